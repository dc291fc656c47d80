"""A forty-eighth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first forty-seven held-out sets: contemporary Arabic copy of 2017-2020, as today's wires,
sites and papers carry it (a Baghdad site, "بغداد - «السومرية نيوز»", with a Bartella grocer's
"إحنا بس نريد نعيش بأمان"; a Libyan site's Brussels report, "بروكسل - «بوابة الوسط»", with a
Tobruk trader's "توا الناس ما يهمهاش شن يقرروا في أوروبا"; a Syrian opposition site,
"إسطنبول - «عنب بلدي»", with a Hamidiyeh draper's "يا عمي نحنا بدنا نشتغل ونطعمي ولادنا"; a
Cairo site, "القاهرة - «مصراوي»", with a Sayeda Zeinab pensioner's "يا عم الفلوس دي فلوسنا"; a
Swiss public broadcaster's Arabic service, "جنيف - «سويس إنفو»", with an Ahvaz pharmacist's
"الدوا ما كو، واللي يلگاه يشتريه بأضعاف سعره"; a Kurdish site, "أربيل - «باسنيوز»", with a
Yazidi's "مو بس حچي على الورق" at Sharya camp; a German broadcaster's Arabic service, "برلين -
«دويتشه فيله»", with the agency tag "(د ب أ، رويترز)" and a Saudi medical student's "الحين
ارتحنا"; a Nouakchott site, "نواكشوط - «الأخبار»", with "رئيس الجمهورية السيد محمد ولد عبد
العزيز" and a Bassikounou trader's Hassaniya "وإلا جات القوة يمكن تتحسن لحوال"; a Russian
state channel's Arabic copy, "أوسلو - RT", with an Iraqi cook's "يسوونها قصة كبيرة" in
Trondheim; a Constantine sports page, "قسنطينة - «النصر»", in Algerian usage, "جانفي",
"الانتدابات", "العارضة الفنية", with a coach's "الأرضية كانت ثقيلة بزاف"; a Basra local page,
"البصرة - «المربد»", with a fishmonger's "منين نجيب؟"; a Muscat business page, "مسقط -
«الرؤية»", with a Sohar sweets seller's "الإيجارات غالية وايد") and on programmes and regions
they do not touch (the US Treasury's Global Magnitsky sanctions on Rayan al-Kildani, Waad Qado
and two former governors of Nineveh and Salahuddin, July 2019; the EU delisting Aguila Saleh and
Nouri Abusahmain, October 2020; the US embassy's warning to companies at the Damascus
International Fair, August 2019; the EU prolonging its freeze on the assets of Hosni Mubarak and
his family, March 2019; the Swiss Humanitarian Trade Arrangement for Iran, January 2020; the
Sinjar agreement of Baghdad and Erbil, October 2020; Saudi Arabia's ambassador to return to
Berlin after the Gabriel row, September 2018; the G5 Sahel joint force launched at Bamako, July
2017; the first US Marines at Værnes in Norway, January 2017). Nine carry core events of all ten
alertable types, mostly in occurred status, two planned (the Saudi ambassador who "سيعود إلى
برلين في أقرب وقت", and Montenegro that "من المقرر أن تنضم … إلى الحلف رسميا في الصيف
المقبل"), next to historical, negated and stalled ones; three are near misses: a Constantine
football page (a club fined «فرضت … غرامة», a midfielder banned and a defender's ban "رفعت",
clubs threatened "هددت بفرض عقوبات أشد", a Malagasy striker who "انضم" from the Tunisian league,
a coach's contract "مددت", a sponsorship and a partnership with Tunisia's Espérance "وقعت", two
rounds "دمج", a cup suspended and to "تستأنف", police "نشرت"), a Basra local page (generator
owners fined «فرضت … غرامات» and threatened, rubbish "رفعت", water "علقت" and resumed, a
desalination memorandum with a Korean company "وقعت", the city that "انضمت إلى شبكة المدن
الذكية العربية", a deadline "مددت", traffic teams "نشرت", a school reopened, two schools merged,
river boats resumed) and a Muscat business page (a company that "انضمت إلى بورصة مسقط", a
contract with a Chinese company, port fees "فرضت", freight rates "رفعت", a smelter line "علقت"
and resumed, a bank-merger memorandum, a Kuwaiti fund that "انضم إلى رأسمال" a start-up, a
deadline "مددت" and field teams "نشرت", distributors who "هدد … بتعليق" their dealings, an
airline agreement).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على أربعة
عراقيين" (Rayan al-Kildani, Waad Qado, Nawfal Hammadi al-Sultan and Ahmed al-Jubouri, whom the
knowledge base lacks) imposes sanctions (core; the United States and the Treasury the actors;
not the Popular Mobilization Forces of their titles, nor Iraq), the listing of Kata'ib Hezbollah
and Abu Mahdi al-Muhandis in July 2009 a historical imposition, "ولم تشمل العقوبات الجديدة أي
مسؤول في الحكومة العراقية الحالية" a negated one, the Baghdad-Erbil talks on Sinjar and the
Nineveh plains "متعثرة" a stalled signing; a Union that "رفع … اسم رئيس مجلس النواب المستشار
عقيلة صالح من قائمة العقوبات" and Nouri Abusahmain's lifts sanctions (core; the EU and its
Council; Saleh and Abusahmain, whom the knowledge base lacks, the targets; not Libya, Haftar or
the ICC), the Council's listing of April 2016 (Saleh, Abusahmain, Khalifa al-Ghawil) and the
listing of al-Werfalli and Mousa Diab "في الأسبوع الماضي" historical impositions, the Skhirat
agreement of December 2015 a historical signing (the House of Representatives and the General
National Congress), "لم ترفع واشنطن حتى الآن العقوبات التي فرضتها على صالح عام 2016" a negated
lifting beside a historical imposition, the two separate ceasefire statements of August no
signing, the Bouznika talks "متعثرة" a stalled signing (the House and the High Council of
State); an embassy's warning that "أي تعامل مع نظام الأسد … قد يعرضها لعقوبات أمريكية" a threat
of sanctions (core; the United States; the companies at the fair, none named, its targets, not
Russia, Iran, China, Iraq, the UAE or Lebanon, whose firms attend), the US sanctions on the Syrian
government "منذ عام 2011" and the EU's on Samer Foz in January historical impositions, "ولم تفرض
وزارة الخزانة الأمريكية حتى الآن عقوبات على أي من الشركات" a negated imposition, last year's
"التحذيرات المماثلة" a historical threat, the Caesar bill "معلقا في مجلس الشيوخ" no event (a
bill pending is neither a suspension nor an imposition); a Council that "مدد … تجميد أصول الرئيس
الأسبق حسني مبارك وعدد من أفراد أسرته … لمدة عام إضافي" extends sanctions (core; the EU and its
Council; Hosni, Suzanne, Alaa and Gamal Mubarak the targets; not Egypt, whose authorities asked
for the freeze), the freeze of March 2011 a historical imposition, "ولم يرفع المجلس هذا العام اسم
أي من أفراد أسرة مبارك" a negated lifting, the Cairo-London judicial-cooperation talks "متعثرة"
a stalled signing; a Treasury whose exemption "يعلق تطبيق العقوبات على المعاملات الإنسانية
التي تمر عبر القناة" to Iran suspends sanctions (core; the United States and the Treasury; Iran
the target; not Switzerland, which runs the channel, nor the INSTEX states), the oil and banking
sanctions reimposed in November 2018 and the Central Bank listing of September historical
impositions, "ولم ترفع واشنطن العقوبات عن البنك المركزي الإيراني" a negated lifting, banks
reluctant "عن الانضمام إلى القناة" and the rupture of 1980 no events; two governments that
"وقعت … اتفاقا لتطبيع الأوضاع في قضاء سنجار" sign (core; Iraq and the Kurdistan Regional
Government; Qasim al-Araji, whom the knowledge base lacks, and Rebar Ahmed sign for them; not the
UN mission, which sponsors it), "أي بند يسمح بانتشار قوات تركية في القضاء" denied a negated
presence (Turkey in Iraq), the budget and oil talks "متعثرة" a stalled signing; a kingdom that
"ستعيد … سفيرها إلى ألمانيا خلال الأيام المقبلة" restores ties, planned (core; Saudi Arabia, with
Germany), the German halt to new arms deals of January a historical imposition (Germany on Saudi
Arabia), "ولم يتطرق البيان الألماني إلى رفع هذه القيود" a negated lifting, the recall of November
no event of a watched type; five states whose leaders "أطلق … القوة العسكرية المشتركة" and
announced "دمج سبع كتائب من جيوش الدول الخمس تحت قيادة موحدة" integrate forces (core;
Mauritania, Mali, Niger, Burkina Faso and Chad, joint forces formed; not France or the EU, who
pledge funds), Barkhane since August 2014 a historical presence (France in Mali), the Nouakchott
convention of December 2014 a historical signing of the five, "ولم تنضم الجزائر إلى المجموعة"
a negated joining, France's and the EU's pledges no events; Marines that "وصل … إلى قاعدة فيرنيس
الجوية" are present (core; the United States and its Marine Corps in Norway; not Russia),
Montenegro that "من المقرر أن تنضم … إلى الحلف" a planned joining (core; Montenegro, NATO),
the policy that "لا تسمح بإقامة قواعد عسكرية أجنبية دائمة على أراضيها" a negated presence,
Norway's joining of NATO in 1949 a historical joining, Oslo that "انضمت … إلى العقوبات الأوروبية
على روسيا" in 2014 and Moscow's ban on Norwegian fish historical impositions (a joining of
sanctions is an imposition, not an alliance joined); a football page's fine, bans, a ban lifted,
threats to clubs, a transfer, a contract prolonged, a sponsorship and a partnership, merged
rounds, a suspended and resumed cup and police, a local page's fines and threats, rubbish, water
cut and resumed, a memorandum with a Korean company, a network of smart cities, a deadline,
traffic teams, a school reopened, merged schools and boats resumed, and a business page's
listing, a supply contract, port fees, freight rates, a line suspended and resumed, a merger
memorandum, a fund joining a capital, a deadline, field teams, distributors' threat to suspend
their dealings and an airline agreement are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit d053aed), in one run: events P 0.786 R 0.900 F1
0.839 (recall 9/10, precision 11/14: eleven alerts right, three wrong by the scorer's count;
occurred core found 7/8, planned 2/2; historical 16/17, negated 9/9 and stalled 4/4 kept quiet
by the scorer's count). No annotation was changed after the run. Miss: in ar-hl09 the Marines'
arrival, "وصل نحو 330 جنديا من مشاة البحرية الأمريكية (المارينز)، يوم الاثنين، إلى قاعدة
فيرنيس الجوية قرب مدينة تروندهايم وسط النرويج", gives nothing: the arrival of foreign troops in
``rasd/events/lexicons/ar.triggers.yaml`` needs the host state within fourteen words of the verb
(``rasd/events/extractor.py``), and the parenthesis, the day, the base's and the town's names put
Norway beyond it ("… إلى قاعدة فيرنيس الجوية في النرويج" is read). Wrong alerts: in ar-hl02 the
measures the delisting ends, "لينتهي بذلك حظر السفر وتجميد الأصول المفروضان عليهما في دول
الاتحاد", give an occurred imposition by the EU (trigger «وتجميد»): «لينتهي» is no ending cue and
the masdar after a lifting stays an event of its own (``extractor.py``, ``status.py``; with one
lifting of both names in one clause the sentence gives the lifting alone); in ar-hl05 the
Iranian spokesman's "الشعب الإيراني لا يحتاج إلى صدقات، بل إلى رفع الحظر عن أمواله" is an
occurred lifting with Iran for its actor: «يحتاج إلى» is not among the demand cues of
``rasd/events/lexicons/ar.cues.yaml`` (``status.py``); in ar-hl06 "وقال الكاظمي، في كلمة عقب
التوقيع، إن الاتفاق …" is a second signing with Mustafa al-Kadhimi for its party: the signing
named as the time of a speech («عقب التوقيع») is read as a signing of its own and the speaker as
its party (``extractor.py``, ``roles.py``; «خلال حفل التوقيع» is quiet). Wrong target: in ar-hl01
the imposition on "أربعة عراقيين" has Iraq for its target: the plural demonym after a number,
people of that nationality, is read as the state (``rasd/events/roles.py``; "ثلاثة مسؤولين
عراقيين" stays an unlinked target), and none of the four named men is in the knowledge base. Five
strict xfails on five articles (one core event missed, ar-hl09; four wrong alerts or targets,
ar-hl01, ar-hl02, ar-hl05, ar-hl06); do not tune lexicons on these articles. Every cause has
sentences of its own in ``RULES``, strict xfails until fixed (six: the five causes and the
accusative demonym of counted troops, "300 جنديا فرنسيا", found beside the Norway miss), beside
twelve neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the historical listing has the Popular Mobilization Forces for a
third target and the negated imposition has Iraq for its actor; in ar-hl02 the lifting lacks
Nouri Abusahmain (not in the knowledge base) and has the House of Representatives for a second
target, the Skhirat signing has Libya and Morocco (the town's state) for its parties, the
listing of April 2016 has no target, and the listing of al-Werfalli and Diab, the US sanctions on
Saleh, their negated lifting and the stalled Bouznika talks give nothing; in ar-hl03 the threat
is read from «يتعرضون» with no target, the freeze of "أصول الدولة السورية" comes out a second
historical imposition with Syria for its actor, and the EU's listing has no target (Samer Foz is
not in the knowledge base); in ar-hl04 the extension, read twice (headline and
lead), has no target (neither Hosni nor Gamal Mubarak), and the negated lifting and the stalled Cairo-London talks give nothing; in
ar-hl05 the suspension has Iran for its actor and the United States for its target (the roles
reversed), and the reimposition of November 2018 gives nothing; in ar-hl06 the signing has
Nineveh Governorate for a party beside the Kurdistan Regional Government, and the negated Turkish
presence and the stalled budget talks give nothing; in ar-hl07 the German halt to arms deals and
its negated lifting give nothing; in ar-hl08 the integration has Mali alone for its party, the
historical convention has France and Mali for its parties, the negated joining has the European
Union for the body joined (the G5 Sahel is not in the knowledge base), Algeria's «عدم إرسال قوات»
comes out a quiet negated presence, and Barkhane gives nothing; in ar-hl09 the planned joining
has Russia (of «رغم اعتراض موسكو») for a party and no NATO («إلى الحلف»), and Oslo's joining of
the Russia sanctions gives nothing (and no joining, rightly). The Constantine, Basra and Muscat
pages raise nothing.

ar-hl01 cured by ``test_general_misses7_rules_ar.py``'s body that people counted are members of
("نائبين من …", "قائدان في فصائل …": no target); its strict xfail removed.

``python -m tests.unit.test_heldout48_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

After the fixes of the same round (2026-12-03): events P 0.846 R 0.900 F1 0.872 (recall 9/10,
precision 11/13). Fixed as general causes (rasd/events/roles.py, status.py): people counted by
their nationality («عقوبات على أربعة عراقيين», «خمسة ليبيين») are no state; measures that end with
a lifting («لينتهي بذلك حظر السفر وتجميد الأصول») are what it ends. Left: the PMF as a target beside
the Iraqis (its leaders among them) and the Marines' host named beyond the arrival's reach.
Cured since (test_general_misses5_rules_ar.py): ar-hl05, a need («يحتاج إلى») is a demand cue, and
ar-hl06, a bare «عقب التوقيع» is the time of a remark; now P 1.000 R 0.900 F1 0.947.
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
_UAE = "United Arab Emirates"
_EU = "European Union"
_EUCO = "Council of the European Union"
_TREASURY = "United States Department of the Treasury"
_KRG = "Kurdistan Regional Government"
_SALEH = "Aguila Saleh Issa"
_ABUSAHMAIN = "Nouri Abusahmain"
_HOR = "House of Representatives (Libya)"
_G5 = ["Mauritania", "Mali", "Niger", "Burkina Faso", "Chad"]

_ENDED_MEASURE = (
    "a measure a lifting ends («… لينتهي بذلك حظر السفر وتجميد الأصول المفروضان عليهما») is read"
    " as a new imposition that occurred: «لينتهي» is no ending cue, and the masdar «تجميد» after"
    " the lifting stays an event of its own (rasd/events/extractor.py, status.py; «ألغت … تجميد"
    " أصول» is one lifting)"
)
_HOST_FAR = (
    "troops that «وصل … إلى قاعدة فيرنيس الجوية قرب مدينة تروندهايم وسط النرويج» give nothing:"
    " the foreign_troops arrival of rasd/events/lexicons/ar.triggers.yaml needs the host state within"
    " 14 words of the verb (rasd/events/extractor.py), and the base's and the town's names put it"
    " beyond («… إلى قاعدة فيرنيس الجوية في النرويج» is read)"
)
_ACC_DEMONYM = (
    "the accusative demonym after a counted troop noun («330 جنديا أمريكيا», «300 جنديا فرنسيا»)"
    " names no state: the foreign_troops check of rasd/events/extractor.py finds no GPE in"
    " «أمريكيا»/«فرنسيا» («300 جندي فرنسي» is read)"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alsumaria-treasury-magnitsky-kildani-qado-2019",
        date(2019, 7, 19),
        """واشنطن تفرض عقوبات على ريان الكلداني ووعد قدو ومحافظين سابقين

بغداد - «السومرية نيوز»

فرضت وزارة الخزانة الأمريكية، مساء الخميس، عقوبات على أربعة عراقيين، بينهم قائدان في فصائل الحشد الشعبي، هما الأمين العام لحركة «بابليون» ريان الكلداني، وقائد «اللواء 30» وعد قدو، إضافة إلى محافظ نينوى الأسبق نوفل حمادي السلطان، ومحافظ صلاح الدين الأسبق أحمد عبد الله الجبوري المعروف بـ"أبو مازن"، بموجب قانون ماغنيتسكي العالمي.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن الكلداني ظهر في مقطع مصور العام الماضي "وهو يقطع أذن معتقل مكبل اليدين"، وإن الفصيل الذي يقوده "مسؤول إلى حد كبير عن عرقلة عودة النازحين إلى سهل نينوى"، فيما اتهم عناصر «اللواء 30» بـ"الابتزاز والاعتقال غير القانوني والتحرش بالنساء"، واتهم المحافظين السابقين بـ"فساد واسع" في مشاريع الإعمار.

وبموجب القرار، تجمد جميع الأصول العائدة للمشمولين بالعقوبات داخل الولايات المتحدة، ويحظر على المواطنين والشركات الأمريكية إجراء أي تعاملات معهم.

وأكدت وكيلة وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية سيغال ماندلكر أن الولايات المتحدة "ستواصل محاسبة كل من يرتكب انتهاكات بحق المسيحيين والإيزيديين وسائر الأقليات الدينية في العراق"، مضيفة أن "الفساد وانتهاكات حقوق الإنسان يقوضان استقرار البلاد".

في المقابل، وصفت حركة «بابليون» القرار بأنه "سياسي ويستند إلى معلومات مضللة"، وقال الكلداني في بيان إنه "لن يتخلى عن الدفاع عن العراق وأهله"، فيما أعلنت وزارة الخارجية العراقية أنها "ستدرس القرار" وتتابعه مع الجانب الأمريكي عبر القنوات الدبلوماسية.

وكانت وزارة الخزانة الأمريكية قد أدرجت في تموز 2009 «كتائب حزب الله» ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس على لوائح الإرهاب، بتهمة تهديد السلام والاستقرار في العراق.

ولم تشمل العقوبات الجديدة أي مسؤول في الحكومة العراقية الحالية، بحسب مصدر في السفارة الأمريكية ببغداد تحدث إلى «السومرية نيوز»، مشيرا إلى أن واشنطن "تفرق بين الدولة العراقية والأفراد المتورطين في الانتهاكات".

ويأتي القرار في وقت لا تزال فيه المفاوضات بين الحكومة الاتحادية وحكومة إقليم كردستان بشأن اتفاق لإدارة قضاء سنجار ومناطق سهل نينوى متعثرة، وسط تنافس الفصائل المسلحة على النفوذ في المنطقة.

وفي بلدة برطلة شرقي الموصل، قال صاحب محل لبيع المواد الغذائية: "إحنا بس نريد نعيش بأمان، والله تعبنا من السيطرات والإتاوات، واللي يحمينا ويخلينا نشتغل هو اللي نريده".

ويعيش آلاف المسيحيين من أبناء سهل نينوى في إقليم كردستان منذ صيف 2014، وتقول منظمات محلية إن أقل من نصفهم عادوا إلى بلداتهم بعد طرد تنظيم «داعش» منها، بسبب الدمار وغياب الخدمات وتعدد الجهات المسلحة.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY],
                ["Rayan al-Kildani", "Waad Qado", "Nawfal Hammadi al-Sultan", "Ahmed al-Jubouri"],
            ),
            # Kata'ib Hezbollah and al-Muhandis listed in July 2009,
            G(
                "sanctions.imposed",
                "historical",
                [_TREASURY],
                ["Kata'ib Hezbollah", "Abu Mahdi al-Muhandis"],
                core=False,
            ),
            # "ولم تشمل العقوبات الجديدة أي مسؤول في الحكومة العراقية الحالية",
            G("sanctions.imposed", "negated", [_TREASURY], ["Iraq"], core=False),
            # the Baghdad-Erbil talks on Sinjar and the Nineveh plains "متعثرة",
            G("agreement.signed", "stalled", ["Iraq", _KRG], [], core=False),
        ],
        not_targets=["Popular Mobilization Forces", "Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alwasat-eu-delists-aguila-saleh-2020",
        date(2020, 10, 3),
        """الاتحاد الأوروبي يرفع اسم عقيلة صالح من قائمة العقوبات

بروكسل - «بوابة الوسط»

رفع الاتحاد الأوروبي، الجمعة، اسم رئيس مجلس النواب المستشار عقيلة صالح من قائمة العقوبات التي فرضها عليه قبل أربع سنوات، كما رفع اسم رئيس المؤتمر الوطني العام السابق نوري أبو سهمين، لينتهي بذلك حظر السفر وتجميد الأصول المفروضان عليهما في دول الاتحاد.

وقال مجلس الاتحاد الأوروبي، في بيان، إن رفع اسم صالح "جاء في ضوء انخراطه البناء مؤخرا في دعم حل سياسي تفاوضي للأزمة الليبية"، مؤكدا أن المجلس "سيواصل متابعة سلوكه عن كثب، لا سيما دعمه لمسار برلين ولجهود بعثة الأمم المتحدة للدعم في ليبيا". وأوضح أن رفع اسم أبو سهمين يعود إلى "غياب أي دور له في العملية السياسية في الفترة الأخيرة".

وكان المجلس قد فرض في أبريل 2016 حظر سفر وتجميد أصول على صالح وأبو سهمين ورئيس ما عرف بحكومة الإنقاذ خليفة الغويل، متهما إياهم بعرقلة تنفيذ الاتفاق السياسي الذي وقعه الفرقاء الليبيون في مدينة الصخيرات المغربية في ديسمبر 2015.

وفي الأسبوع الماضي، أدرج وزراء خارجية الاتحاد على القائمة القائد الميداني في قوات القيادة العامة محمود الورفلي، المطلوب لدى المحكمة الجنائية الدولية، والمهرب موسى دياب، إلى جانب ثلاث شركات متهمة بخرق حظر توريد الأسلحة إلى ليبيا.

وقال الممثل الأعلى للسياسة الخارجية والأمنية جوزيب بوريل إن الاتحاد "مصمم على دعم الحوار بين الليبيين"، مضيفا أن "الفرصة سانحة اليوم للتوصل إلى تسوية بعد أشهر طويلة من القتال".

ورحب المستشار الإعلامي لرئيس مجلس النواب بالقرار، وقال في تصريح لـ«بوابة الوسط» إنه "تصحيح لخطأ سياسي ارتكب بحق رئيس السلطة التشريعية المنتخبة"، داعيا الولايات المتحدة إلى "خطوة مماثلة"، إذ لم ترفع واشنطن حتى الآن العقوبات التي فرضتها على صالح عام 2016.

وتأتي الخطوة بعد إعلان صالح ورئيس المجلس الرئاسي فائز السراج، في أغسطس الماضي، وقفا لإطلاق النار في بيانين منفصلين، فيما لا تزال المشاورات بين وفدي مجلس النواب والمجلس الأعلى للدولة في بوزنيقة بشأن اتفاق على توزيع المناصب السيادية متعثرة.

وفي طبرق، قال تاجر مواد غذائية في الخمسينيات من عمره: "توا الناس ما يهمهاش شن يقرروا في أوروبا، الناس تبي الكهرباء والسيولة في المصارف، والباقي كله كلام".

وكانت قوات القيادة العامة بقيادة المشير خليفة حفتر قد انسحبت في يونيو الماضي من محيط طرابلس، بعد هجوم استمر أكثر من عام، فيما تتركز خطوط التماس حاليا حول مدينة سرت وقاعدة الجفرة الجوية، وسط مخاوف من تجدد المعارك.""",
        [
            G("sanctions.lifted", "occurred", [_EU, _EUCO], [_SALEH, _ABUSAHMAIN]),
            # the travel ban and asset freeze of April 2016,
            G(
                "sanctions.imposed",
                "historical",
                [_EUCO],
                [_SALEH, _ABUSAHMAIN, "Khalifa al-Ghawil"],
                core=False,
            ),
            # al-Werfalli and Mousa Diab listed "في الأسبوع الماضي",
            G(
                "sanctions.imposed",
                "historical",
                [_EU],
                ["Mahmoud al-Werfalli", "Mousa Diab"],
                core=False,
            ),
            # the Skhirat agreement of December 2015,
            G(
                "agreement.signed",
                "historical",
                [_HOR, "General National Congress"],
                [],
                core=False,
            ),
            # the US sanctions of 2016 on Saleh, not lifted,
            G("sanctions.imposed", "historical", [_US], [_SALEH], core=False),
            G("sanctions.lifted", "negated", [_US], [_SALEH], core=False),
            # the Bouznika talks "متعثرة",
            G("agreement.signed", "stalled", [_HOR, "High Council of State"], [], core=False),
        ],
        not_targets=["Libya", "Khalifa Haftar", "International Criminal Court"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-enabbaladi-us-warns-damascus-fair-companies-2019",
        date(2019, 8, 29),
        """واشنطن تحذر الشركات المشاركة في «معرض دمشق الدولي» من العقوبات

إسطنبول - «عنب بلدي»

حذرت الولايات المتحدة الشركات ورجال الأعمال المشاركين في الدورة الحادية والستين من «معرض دمشق الدولي»، التي افتتحت أمس، من أنهم قد يتعرضون لعقوبات أمريكية بسبب تعاملهم مع حكومة النظام السوري.

وقالت السفارة الأمريكية في دمشق، المغلقة منذ عام 2012، في منشور على صفحتها في "فيسبوك"، إن "على الشركات الأجنبية أن تعلم أن أي تعامل مع نظام الأسد أو مع المقربين منه قد يعرضها لعقوبات أمريكية"، معتبرة أن المعرض "محاولة من النظام لاجتذاب استثمارات تمول آلته العسكرية".

وتشارك في المعرض، بحسب اللجنة المنظمة، شركات من 38 دولة، أبرزها روسيا وإيران والصين والعراق والإمارات ولبنان، فيما غابت عنه الشركات الأوروبية الكبرى، واقتصر الحضور الأوروبي على رجال أعمال بصفة شخصية.

وقال وزير الاقتصاد والتجارة الخارجية في حكومة النظام محمد سامر الخليل، خلال جولة في أجنحة المعرض، إن "التهديدات الأمريكية لن تمنع الدول الصديقة من المشاركة في إعادة إعمار سوريا"، مضيفا أن عدد الشركات المشاركة "أكبر من العام الماضي".

وكانت الولايات المتحدة قد فرضت منذ عام 2011 عقوبات واسعة على الحكومة السورية، شملت تجميد أصول الدولة السورية وحظر استيراد النفط السوري، كما فرض الاتحاد الأوروبي في كانون الثاني الماضي عقوبات على رجل الأعمال سامر فوز وعشرة رجال أعمال آخرين، بسبب مشاركتهم في مشاريع عقارية على أراض صادرتها الحكومة من مهجرين.

ولم تفرض وزارة الخزانة الأمريكية حتى الآن عقوبات على أي من الشركات الإماراتية أو اللبنانية التي شاركت في دورة العام الماضي، رغم التحذيرات المماثلة التي أطلقتها السفارة حينها.

ويأتي التحذير في وقت لا يزال فيه مشروع «قانون قيصر لحماية المدنيين في سوريا»، الذي يتيح فرض عقوبات على كل من يتعامل مع الحكومة السورية، معلقا في مجلس الشيوخ الأمريكي، بعد أن أقره مجلس النواب في كانون الثاني الماضي.

ويرى اقتصاديون أن التحذير الأمريكي سيقلص فرص توقيع عقود كبيرة خلال المعرض، خصوصا مع الشركات الخليجية التي تخشى على مصالحها في السوق الأمريكية.

وفي سوق الحميدية، قال تاجر أقمشة دمشقي: "يا عمي نحنا بدنا نشتغل ونطعمي ولادنا، شو خصنا بالسياسة؟ اللي بدو ييجي ييجي، واللي ما بدو هو الخسران".

ويستمر المعرض حتى السادس من أيلول المقبل على أرض مدينة المعارض على طريق مطار دمشق الدولي، بعد توقفه خمس سنوات بين 2012 و2016 بسبب الحرب، ويرافقه برنامج من الحفلات الفنية المسائية.""",
        [
            G("sanctions.threatened", "occurred", [_US], []),
            # the US sanctions on the Syrian government since 2011,
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            # the EU's listing of Samer Foz in January,
            G("sanctions.imposed", "historical", [_EU], ["Samer Foz"], core=False),
            # "ولم تفرض وزارة الخزانة الأمريكية حتى الآن عقوبات على أي من الشركات",
            G("sanctions.imposed", "negated", [_TREASURY], [], core=False),
            # last year's "التحذيرات المماثلة",
            G("sanctions.threatened", "historical", [_US], [], core=False),
        ],
        not_targets=["Russia", "Iran", "China", "Iraq", _UAE, "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-masrawy-eu-prolongs-mubarak-asset-freeze-2019",
        date(2019, 3, 12),
        """الاتحاد الأوروبي يمدد تجميد أصول مبارك وأسرته عاما إضافيا

القاهرة - «مصراوي»

مدد مجلس الاتحاد الأوروبي، أمس الإثنين، تجميد أصول الرئيس الأسبق حسني مبارك وعدد من أفراد أسرته ومسؤولين سابقين في نظامه لمدة عام إضافي، ينتهي في 22 مارس 2020، في إطار التدابير التقييدية المتعلقة باختلاس أموال الدولة المصرية.

وقال المجلس، في بيان نشره على موقعه الإلكتروني، إن القرار يشمل مبارك وزوجته سوزان ثابت ونجليه علاء وجمال وزوجتيهما، إلى جانب عدد من الوزراء ورجال الأعمال السابقين، مشيرا إلى أن التجميد "يهدف إلى دعم جهود السلطات المصرية في استرداد الأموال المختلسة".

وأضاف البيان أن المجلس "راجع القائمة في ضوء المعلومات التي قدمتها السلطات المصرية بشأن الإجراءات القضائية الجارية"، وأنه سيواصل مراجعتها بشكل دوري.

وكان الاتحاد الأوروبي قد فرض تجميد الأصول في 21 مارس 2011، بعد أسابيع من تنحي مبارك في أعقاب ثورة 25 يناير، بناء على طلب من الحكومة المصرية، وشمل حينها 19 شخصا.

ولم يرفع المجلس هذا العام اسم أي من أفراد أسرة مبارك من القائمة، رغم الطعون التي قدمها محامو الأسرة أمام المحكمة العامة للاتحاد الأوروبي في لوكسمبورغ خلال السنوات الماضية.

ورحب مصدر قضائي مصري بالقرار، وقال لـ«مصراوي» إن لجنة استرداد الأموال المنهوبة في الخارج "تواصل التنسيق مع الجانب الأوروبي"، مضيفا أن "الأحكام النهائية في بعض القضايا ستسهل استعادة جزء من الأموال خلال الفترة المقبلة".

في المقابل، لا تزال المفاوضات بين القاهرة ولندن بشأن اتفاقية للتعاون القضائي تتيح استرداد الأموال المجمدة في بريطانيا متعثرة، بعد أن أغلق مكتب مكافحة جرائم الاحتيال الخطيرة البريطاني تحقيقاته في القضية عام 2016 لعدم كفاية الأدلة.

وكانت محكمة النقض قد قضت في مارس 2017 ببراءة مبارك نهائيا من تهمة التحريض على قتل المتظاهرين، وغادر بعدها مستشفى المعادي العسكري إلى منزله في مصر الجديدة، فيما لا يزال نجلاه يواجهان قضايا أخرى.

وعلى مقهى في حي السيدة زينب، قال موظف على المعاش: "يا عم الفلوس دي فلوسنا، بقالها تمن سنين متجمدة، لو كانت رجعت كان زمانها عملت مدارس ومستشفيات للغلابة".

وتقدر تقارير صحفية حجم الأموال المجمدة في أوروبا بمئات الملايين من اليوروهات، معظمها في سويسرا وبريطانيا، غير أن السلطات المصرية لم تعلن رقما رسميا حتى الآن.""",
        [
            G(
                "sanctions.extended",
                "occurred",
                [_EU, _EUCO],
                ["Hosni Mubarak", "Suzanne Mubarak", "Alaa Mubarak", "Gamal Mubarak"],
            ),
            # the freeze of 21 March 2011,
            G("sanctions.imposed", "historical", [_EU], ["Hosni Mubarak"], core=False),
            # "ولم يرفع المجلس هذا العام اسم أي من أفراد أسرة مبارك",
            G(
                "sanctions.lifted",
                "negated",
                [_EUCO],
                ["Hosni Mubarak", "Alaa Mubarak", "Gamal Mubarak"],
                core=False,
            ),
            # the Cairo-London talks on judicial cooperation "متعثرة",
            G("agreement.signed", "stalled", ["Egypt", "United Kingdom"], [], core=False),
        ],
        not_targets=["Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-swissinfo-humanitarian-channel-iran-2020",
        date(2020, 1, 31),
        """أول شحنة أدوية لمرضى السرطان تصل إلى إيران عبر القناة الإنسانية السويسرية

جنيف - «سويس إنفو»

أعلنت الحكومة السويسرية ووزارة الخزانة الأمريكية، الخميس، تفعيل «الترتيب التجاري الإنساني السويسري»، وهو قناة دفع تتيح تصدير الأدوية والأغذية والمستلزمات الطبية إلى إيران، بعد أن منحت واشنطن المصارف والشركات المشاركة فيها إعفاء من العقوبات الأمريكية.

وقالت الخزانة الأمريكية، في بيان، إن الإعفاء "يعلق تطبيق العقوبات على المعاملات الإنسانية التي تمر عبر القناة"، شرط أن تقدم الشركات والمصارف المشاركة معلومات مفصلة عن المشترين والمستفيدين النهائيين، "لضمان عدم وصول الأموال إلى النظام الإيراني وأنشطته الخبيثة".

وأوضحت أمانة الدولة للشؤون الاقتصادية السويسرية أن معاملة تجريبية بقيمة 2.3 مليون يورو نفذت بنجاح، وشملت أدوية لعلاج السرطان وأخرى لمرضى زراعة الأعضاء، وأن شركات أدوية سويسرية كبرى أبدت رغبتها في المشاركة خلال الأسابيع المقبلة.

وكانت الولايات المتحدة قد أعادت في نوفمبر 2018 فرض العقوبات على قطاعي النفط والمصارف الإيرانيين، بعد انسحاب الرئيس دونالد ترامب من الاتفاق النووي في مايو من العام نفسه، ثم فرضت وزارة الخزانة في سبتمبر الماضي عقوبات على البنك المركزي الإيراني بموجب صلاحيات مكافحة الإرهاب.

ولم ترفع واشنطن العقوبات عن البنك المركزي الإيراني، الذي يفترض أن تمر عبره مدفوعات الشحنات، وهو ما دفع مصارف أوروبية إلى الإحجام عن الانضمام إلى القناة، بحسب دبلوماسيين في جنيف.

وتأتي القناة السويسرية بعد عام من إطلاق فرنسا وألمانيا وبريطانيا آلية «إنستكس» لتسهيل التجارة مع إيران، التي لم تنفذ حتى الآن سوى عدد محدود من المعاملات.

في المقابل، قال المتحدث باسم وزارة الخارجية الإيرانية عباس موسوي إن القناة "خطوة لا تعني شيئا ما دامت العقوبات الظالمة قائمة"، مضيفا أن "الشعب الإيراني لا يحتاج إلى صدقات، بل إلى رفع الحظر عن أمواله".

وتقول منظمات إنسانية إن المرضى الإيرانيين يعانون منذ أكثر من عام نقصا حادا في أدوية السرطان والثلاسيميا والتصلب المتعدد، رغم أن العقوبات الأمريكية تستثني الغذاء والدواء من حيث المبدأ، بسبب عزوف المصارف عن تحويل الأموال.

وفي الأهواز، قال صيدلاني عربي لـ«سويس إنفو» عبر الهاتف: "الدوا ما كو، واللي يلگاه يشتريه بأضعاف سعره، والناس تعبت وايد، الله يفرجها".

وتمثل سويسرا المصالح الأمريكية في إيران منذ قطع العلاقات الدبلوماسية بين البلدين عام 1980، وتؤدي دور الوسيط في تبادل الرسائل بين الجانبين.""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY], ["Iran"]),
            # the oil and banking sanctions reimposed in November 2018,
            G("sanctions.imposed", "historical", [_US], ["Iran"], core=False),
            # the Central Bank listed in September,
            G("sanctions.imposed", "historical", [_TREASURY], ["Central Bank of Iran"], core=False),
            # "ولم ترفع واشنطن العقوبات عن البنك المركزي الإيراني",
            G("sanctions.lifted", "negated", [_US], ["Central Bank of Iran"], core=False),
        ],
        not_targets=["Switzerland", "France", "Germany", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-basnews-baghdad-erbil-sinjar-agreement-2020",
        date(2020, 10, 10),
        """بغداد وأربيل توقعان «اتفاق سنجار».. وترحيب أممي

أربيل - «باسنيوز»

وقعت الحكومة الاتحادية وحكومة إقليم كردستان، مساء الجمعة، اتفاقا لتطبيع الأوضاع في قضاء سنجار غربي محافظة نينوى، ينظم إدارة القضاء وملفه الأمني وإعادة إعماره، بحضور رئيس مجلس الوزراء مصطفى الكاظمي، وبرعاية بعثة الأمم المتحدة لمساعدة العراق (يونامي).

ووقع الاتفاق عن الحكومة الاتحادية مستشار الأمن الوطني قاسم الأعرجي، وعن حكومة الإقليم وزير الداخلية ريبر أحمد، في مقر مجلس الوزراء ببغداد.

وينص الاتفاق على أن تتولى الشرطة المحلية وجهازا الأمن الوطني والمخابرات مسؤولية الأمن داخل القضاء، وعلى إخراج عناصر حزب العمال الكردستاني والمجموعات المرتبطة به من سنجار وأطرافها، واختيار قائممقام جديد بالتوافق بين الحكومتين، وتشكيل لجنة مشتركة لإعادة الإعمار.

وقال الكاظمي، في كلمة عقب التوقيع، إن الاتفاق "انتصار لأهلنا في سنجار، وخطوة أولى لعودة النازحين إلى ديارهم"، فيما كتب رئيس حكومة الإقليم مسرور بارزاني على "تويتر" أن الاتفاق "يفتح الطريق أمام إعادة الاستقرار إلى المنطقة".

ورحبت الممثلة الخاصة للأمين العام للأمم المتحدة في العراق جينين هينيس بلاسخارت بالاتفاق، ووصفته بأنه "بداية فصل جديد لأهالي سنجار"، داعية الطرفين إلى تطبيقه "بحسن نية وبلا إبطاء".

ونفى مصدر في الحكومة الاتحادية لـ«باسنيوز» أن يكون الاتفاق قد تضمن أي بند يسمح بانتشار قوات تركية في القضاء، مؤكدا أن "أمن سنجار مسؤولية عراقية خالصة".

في المقابل، رفضت «وحدات مقاومة سنجار» وإدارة محلية مقربة منها الاتفاق، وقالت في بيان إنه "عقد من دون استشارة أهالي سنجار".

وفي المقابل أيضا، لا تزال المفاوضات بين بغداد وأربيل بشأن حصة الإقليم في موازنة العام المقبل وتسليم النفط متعثرة، وسط أزمة تأخر صرف رواتب موظفي الإقليم منذ أشهر.

وفي مخيم شاريا قرب دهوك، قال نازح إيزيدي في الخمسين من عمره: "إحنا نريد نرجع لبيوتنا بسنجار، بس نريد أمان وخدمات، مو بس حچي على الورق، تعبنا من الخيام".

ويعيش أكثر من مئتي ألف إيزيدي في مخيمات النزوح بإقليم كردستان منذ اجتياح تنظيم «داعش» للقضاء في آب 2014، وما رافقه من قتل وخطف لآلاف النساء والأطفال، فيما لا يزال مصير نحو ثلاثة آلاف منهم مجهولا.""",
        [
            G("agreement.signed", "occurred", ["Iraq", _KRG], []),
            # "أي بند يسمح بانتشار قوات تركية في القضاء", denied,
            G("military.presence", "negated", ["Turkey"], ["Iraq"], core=False),
            # the budget and oil talks "متعثرة",
            G("agreement.signed", "stalled", ["Iraq", _KRG], [], core=False),
        ],
        not_targets=["United Nations", "United Nations Assistance Mission for Iraq"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-dw-saudi-ambassador-to-return-to-berlin-2018",
        date(2018, 9, 27),
        """السعودية ستعيد سفيرها إلى برلين بعد عشرة أشهر من الأزمة

برلين - «دويتشه فيله»

ستعيد المملكة العربية السعودية سفيرها إلى ألمانيا خلال الأيام المقبلة، بعد نحو عشرة أشهر من استدعائه احتجاجا على تصريحات لوزير الخارجية الألماني السابق زيغمار غابرييل بشأن الأزمة اللبنانية.

وقال وزير الخارجية السعودي عادل الجبير، عقب لقائه نظيره الألماني هايكو ماس على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك، مساء الثلاثاء، إن سفير المملكة الأمير خالد بن بندر بن سلطان "سيعود إلى برلين في أقرب وقت"، مضيفا أن الرياض "تتطلع إلى تعزيز الشراكة مع ألمانيا في كل المجالات".

من جهته، قال ماس، في بيان وزعته الخارجية الألمانية، إن علاقات البلدين شهدت "في الأشهر الماضية سوء تفاهم لا يعكس الروابط القوية والاستراتيجية بيننا"، مضيفا: "كان علينا أن نكون أكثر وضوحا في تواصلنا، ونحن نأسف لذلك بصدق".

وكانت الرياض قد استدعت سفيرها في نوفمبر الماضي، بعدما ألمح غابرييل إلى أن رئيس الوزراء اللبناني سعد الحريري محتجز في المملكة، وهو ما نفته الرياض ونفاه الحريري نفسه بعد عودته إلى بيروت.

وكانت الحكومة الألمانية قد قررت في يناير الماضي، ضمن اتفاق الائتلاف الحاكم، وقف الموافقة على صفقات أسلحة جديدة للدول المشاركة "بشكل مباشر" في حرب اليمن، وفي مقدمتها السعودية.

ولم يتطرق البيان الألماني إلى رفع هذه القيود، وقالت متحدثة باسم الحكومة في برلين، الأربعاء، إن سياسة تصدير الأسلحة "لم تتغير"، وإن كل طلب "يدرس على حدة".

وأشارت تقارير صحفية ألمانية خلال الأشهر الماضية إلى تراجع حصة الشركات الألمانية في المناقصات الحكومية السعودية، وقدرت غرفة التجارة العربية الألمانية خسائرها بمئات الملايين من اليوروهات.

ويرى مراقبون أن إنهاء الأزمة يفتح الطريق أمام زيارة مرتقبة لمسؤولين ألمان إلى الرياض، ويعيد التنسيق بين البلدين في ملفات المنطقة، من اليمن إلى الاتفاق النووي مع إيران.

وقال طالب سعودي يدرس الطب في برلين لـDW عربية: "الحمد لله، الحين ارتحنا، كنا خايفين على البعثة، وأغلب الشباب هنا يبون يكملون دراستهم ويرجعون يخدمون البلد".

وتعد ألمانيا من أكبر الشركاء التجاريين للمملكة في أوروبا، إذ يقارب حجم التبادل التجاري بين البلدين عشرة مليارات يورو سنويا، ويدرس في الجامعات الألمانية نحو ألفي طالب سعودي.

(د ب أ، رويترز)""",
        [
            G("relations.restored", "planned", ["Saudi Arabia"], ["Germany"]),
            # the halt to new arms deals of January,
            G("sanctions.imposed", "historical", ["Germany"], ["Saudi Arabia"], core=False),
            # "ولم يتطرق البيان الألماني إلى رفع هذه القيود",
            G("sanctions.lifted", "negated", ["Germany"], ["Saudi Arabia"], core=False),
        ],
        not_targets=["Lebanon", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-alakhbar-nouakchott-g5-sahel-joint-force-2017",
        date(2017, 7, 3),
        """قمة باماكو تطلق القوة العسكرية المشتركة لدول الساحل الخمس

نواكشوط - «الأخبار»

أطلق رؤساء دول مجموعة الساحل الخمس، الأحد، في العاصمة المالية باماكو، القوة العسكرية المشتركة للمجموعة، التي تضم وحدات من جيوش موريتانيا ومالي والنيجر وبوركينا فاسو وتشاد، وتتولى مواجهة الجماعات المسلحة وشبكات التهريب في المناطق الحدودية، وذلك بحضور الرئيس الفرنسي إيمانويل ماكرون.

وأعلن القادة، في البيان الختامي للقمة، دمج سبع كتائب من جيوش الدول الخمس تحت قيادة موحدة يتولاها الجنرال المالي ديدييه داكو، على أن يبلغ قوام القوة خمسة آلاف جندي، وتتخذ من مدينة سيفاري وسط مالي مقرا لقيادتها.

وشارك في القمة رئيس الجمهورية السيد محمد ولد عبد العزيز، الذي قال في كلمته إن القوة "ستكون أداة حاسمة في تأمين حدودنا المشتركة"، داعيا الشركاء الدوليين إلى "الوفاء بتعهداتهم في التمويل والتجهيز".

وقال الرئيس المالي إبراهيم بوبكر كيتا، الذي استضاف القمة، إن "الإرهاب لا يعترف بالحدود، ولذلك لا بد أن يكون ردنا مشتركا".

وأعلن ماكرون أن فرنسا ستقدم للقوة ثمانية ملايين يورو قبل نهاية العام، إضافة إلى سبعين عربة تكتيكية ومعدات اتصال، بينما تعهد الاتحاد الأوروبي بخمسين مليون يورو.

وتنشر فرنسا في المنطقة نحو أربعة آلاف جندي في إطار عملية «برخان» التي أطلقتها في أغسطس 2014، خلفا لعملية «سرفال» التي تدخلت بموجبها في شمال مالي مطلع 2013.

وكانت الدول الخمس قد وقعت في ديسمبر 2014 بنواكشوط اتفاقية إنشاء المجموعة، التي تأسست في فبراير من العام نفسه لتنسيق سياسات الأمن والتنمية.

ولم تنضم الجزائر إلى المجموعة، إذ تتمسك بمبدأ عدم إرسال قوات إلى خارج حدودها، وتفضل التنسيق عبر لجنة الأركان العملياتية المشتركة التي تتخذ من تمنراست مقرا لها.

ولا يزال تمويل القوة، المقدرة ميزانيتها بـ423 مليون يورو، غير مضمون، بعد أن رفضت الولايات المتحدة الشهر الماضي تمويلها من ميزانية الأمم المتحدة.

وفي سوق العاصمة بنواكشوط، قال تاجر قادم من باسكنو: "الحدود ما يأمن فيها حد، التجار واقفين والطرق خالية، وإلا جات القوة يمكن تتحسن لحوال شوي".

وتشهد منطقة الساحل منذ 2012 تصاعدا في هجمات الجماعات المسلحة المرتبطة بتنظيمي «القاعدة» و«داعش»، خصوصا في المثلث الحدودي بين مالي والنيجر وبوركينا فاسو.""",
        [
            G("forces.integrated", "occurred", _G5, []),
            # Barkhane since August 2014,
            G("military.presence", "historical", ["France"], ["Mali"], core=False),
            # the Nouakchott convention of December 2014,
            G("agreement.signed", "historical", _G5, [], core=False),
            # "ولم تنضم الجزائر إلى المجموعة",
            G("alliance.joined", "negated", ["Algeria"], ["G5 Sahel"], core=False),
        ],
        not_targets=["France", _EU, _US],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-rt-us-marines-arrive-in-norway-2017",
        date(2017, 1, 17),
        """أول قوة أمريكية على الأراضي النرويجية منذ الحرب العالمية الثانية.. وموسكو تنتقد

أوسلو - RT

وصل نحو 330 جنديا من مشاة البحرية الأمريكية (المارينز)، يوم الاثنين، إلى قاعدة فيرنيس الجوية قرب مدينة تروندهايم وسط النرويج، في أول انتشار لقوات أجنبية على الأراضي النرويجية منذ الحرب العالمية الثانية، ضمن مهمة تناوبية تستمر ستة أشهر قابلة للتمديد.

وقالت وزارة الدفاع النرويجية إن الجنود الأمريكيين سيشاركون في تدريبات على القتال في الظروف القطبية، ضمن مناورات مشتركة مع الجيش النرويجي وقوات من دول أخرى في حلف شمال الأطلسي.

وأكدت وزيرة الدفاع إينه إريكسن سوريدي أن الخطوة "لا تعني تغيير سياسة النرويج"، التي لا تسمح بإقامة قواعد عسكرية أجنبية دائمة على أراضيها في زمن السلم، مشيرة إلى أن الجنود "سيتدربون ويغادرون".

في المقابل، قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو "تنظر بقلق" إلى اقتراب البنية التحتية العسكرية للحلف من حدودها، فيما وصفت السفارة الروسية في أوسلو الخطوة بأنها "تزيد من التوتر في الشمال وتجعل النرويج أقل قابلية للتنبؤ".

وكانت النرويج قد انضمت إلى حلف شمال الأطلسي عند تأسيسه عام 1949، وتتقاسم مع روسيا حدودا برية في أقصى الشمال.

كما انضمت أوسلو عام 2014 إلى العقوبات الأوروبية على روسيا بعد ضم شبه جزيرة القرم، فردت موسكو بفرض حظر على واردات الأسماك النرويجية، التي كانت روسيا من أكبر أسواقها.

ومن المقرر أن تنضم جمهورية الجبل الأسود إلى الحلف رسميا في الصيف المقبل، لتصبح عضوه التاسع والعشرين، رغم اعتراض موسكو التي تتهم الحلف بالتمدد شرقا.

ويرى محللون عسكريون أن واشنطن تسعى إلى طمأنة حلفائها الأوروبيين قبل أيام من تسلم الرئيس المنتخب دونالد ترامب مهامه، بعد تصريحات شكك فيها بجدوى الحلف.

وفي تروندهايم، قال مهاجر عراقي يعمل في مطعم للمشويات: "والله الناس هنا ما مهتمين، بس بالتلفزيون يسوونها قصة كبيرة، إحنا هربنا من الحروب وما نريد نشوف حرب هنا".

ويبلغ طول الحدود البرية بين النرويج وروسيا نحو 196 كيلومترا، وتقع قربها قاعدة الأسطول الشمالي الروسي في شبه جزيرة كولا، التي تضم معظم الغواصات النووية الروسية.""",
        [
            G("military.presence", "occurred", [_US, "United States Marine Corps"], ["Norway"]),
            # "من المقرر أن تنضم جمهورية الجبل الأسود إلى الحلف رسميا في الصيف المقبل",
            G("alliance.joined", "planned", ["Montenegro"], ["NATO"]),
            # "لا تسمح بإقامة قواعد عسكرية أجنبية دائمة على أراضيها",
            G("military.presence", "negated", [], ["Norway"], core=False),
            # Norway in NATO since 1949,
            G("alliance.joined", "historical", ["Norway"], ["NATO"], core=False),
            # Oslo joining the EU's Russia sanctions in 2014, and Moscow's fish ban,
            G("sanctions.imposed", "historical", ["Norway"], ["Russia"], core=False),
            G("sanctions.imposed", "historical", ["Russia"], ["Norway"], core=False),
        ],
        not_targets=["Russia"],
        known_miss=_HOST_FAR,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-annasr-constantine-football-page-2022",
        date(2022, 2, 13),
        """شباب قسنطينة يقتسم النقاط مع ضيفه.. والرابطة تعاقب وترفع العقوبة عن مدافع السنافر

قسنطينة - «النصر»

اكتفى شباب قسنطينة بالتعادل السلبي أمام ضيفه اتحاد بسكرة، مساء أمس، بملعب الشهيد حملاوي، في لقاء الجولة العشرين من الرابطة المحترفة الأولى، وسط حضور جماهيري محتشم بسبب البرودة الشديدة.

وعقب اللقاء، فرضت لجنة الانضباط التابعة للرابطة المحترفة غرامة مالية قدرها مئتا ألف دينار على النادي القسنطيني، بسبب استعمال الشماريخ في المدرجات، وقررت إيقاف لاعب وسط الميدان لثلاث مقابلات بعد طرده في الدقيقة السبعين.

وفي المقابل، رفعت اللجنة العقوبة عن مدافع السنافر بعد قبول الطعن الذي تقدمت به إدارة النادي، ليصبح جاهزا لمواجهة الجولة المقبلة، فيما هددت بفرض عقوبات أشد تصل إلى إجراء المقابلات دون جمهور على الأندية التي يتكرر فيها استعمال الألعاب النارية.

وعلى صعيد الانتدابات، انضم مهاجم ملغاشي إلى صفوف الفريق قادما من الدوري التونسي، بعقد يمتد موسما ونصف الموسم، بينما مددت الإدارة عقد المدرب لموسمين إضافيين، بعد النتائج الإيجابية التي حققها منذ توليه العارضة الفنية في جانفي الماضي.

ووقع النادي عقد رعاية مع مؤسسة محلية للمياه المعدنية لمدة ثلاثة مواسم، كما وقعت إدارته اتفاقية شراكة مع الترجي الرياضي التونسي لتبادل الخبرات في مجال التكوين.

وقررت الرابطة دمج مقابلات الجولتين الحادية والعشرين والثانية والعشرين في برنامج واحد، على أن تستأنف مقابلات كأس الجمهورية في الأسبوع الأول من مارس بعد تعليقها بسبب مشاركة المنتخب المحلي في بطولة إفريقيا.

ونشرت مديرية الأمن الولائي أكثر من ألف عون لتأمين اللقاء، بالتنسيق مع إدارة الملعب، ولم تسجل أي حوادث تذكر خارج الملعب.

وعبر مدرب الفريق عن رضاه بالأداء رغم التعادل، وقال في الندوة الصحفية: "اللاعبين عطاو كل ما عندهم، الأرضية كانت ثقيلة بزاف، والمهم ما خسرناش قدام جمهورنا".

وقال مناصر قسنطيني عند خروجه من الملعب: "الفريق راهو يلعب مليح، بصح لازمنا مهاجم يعرف يسجل، ماشي غير يجري".

ويحتل شباب قسنطينة المركز الرابع برصيد اثنتين وثلاثين نقطة، بفارق ست نقاط عن المتصدر، فيما يصارع اتحاد بسكرة من أجل البقاء، ويستعد الفريقان لمواجهتين صعبتين خارج الديار في الجولة المقبلة.""",
        [],
        not_targets=["Tunisia", "Madagascar", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-almirbad-basra-local-page-2023",
        date(2023, 7, 17),
        """البصرة.. غرامات على أصحاب المولدات ورفع آلاف الأطنان من النفايات

البصرة - «المربد»

فرضت الحكومة المحلية في البصرة غرامات مالية على أكثر من ثمانين من أصحاب المولدات الأهلية في مناطق الجمهورية والحيانية والتميمية، بسبب تجاوز التسعيرة المحددة للأمبير، وهددت بفرض عقوبات أشد تصل إلى مصادرة المولدات في حال تكرار المخالفة.

ورفعت ملاكات مديرية بلدية البصرة خلال الأسبوع الماضي أكثر من أربعة آلاف طن من النفايات والأنقاض من الأحياء السكنية والأسواق الشعبية، ضمن حملة تنظيف تستمر حتى نهاية تموز الجاري.

وفي المقابل، علقت مديرية ماء البصرة الضخ إلى عدد من أحياء قضاء أبي الخصيب لمدة يومين، لإجراء صيانة على المشروع الرئيسي، قبل أن تستأنف التجهيز مساء الأحد، وسط شكاوى من ارتفاع ملوحة المياه مع ذروة الصيف.

ووقعت المحافظة مذكرة تفاهم مع شركة كورية لإنشاء محطة لتحلية المياه في قضاء الفاو، بطاقة مئتي ألف متر مكعب يوميا، كما انضمت البصرة إلى شبكة المدن الذكية العربية، بعد إطلاقها بوابة إلكترونية لمعاملات المواطنين.

ومددت دائرة التسجيل العقاري مهلة تسوية أوضاع الدور المشيدة على الأراضي الزراعية حتى نهاية العام، ونشرت مديرية المرور فرقا ميدانية عند التقاطعات الرئيسية لتنظيم حركة السير، بالتنسيق مع شرطة المحافظة.

وأعادت مديرية التربية فتح مدرسة الفراهيدي الابتدائية في منطقة العشار بعد انتهاء أعمال الترميم، فيما قررت دمج مدرستين في قضاء الزبير لتراجع أعداد التلاميذ ونقلهم إلى بناية جديدة.

وعلى صعيد النقل، استأنفت سفن الركاب رحلاتها في شط العرب بين العشار والتنومة، بعد توقف دام أسبوعين بسبب أعمال صيانة الأرصفة النهرية.

وقال محافظ البصرة في مؤتمر صحفي إن الحكومة المحلية "لن تتهاون مع من يستغل حاجة المواطنين في الصيف"، داعيا الأهالي إلى الإبلاغ عن أي تجاوز على التسعيرة.

وفي سوق الهنود، قال بائع سمك في الأربعين من عمره: "والله الحر ما ينطاق، والكهرباء تروح وتجي، وصاحب المولدة يريد فلوس زايدة، منين نجيب؟".

وتعد البصرة ثالث أكبر مدن العراق من حيث عدد السكان، وتضم الموانئ التجارية الرئيسية في البلاد، ويصدر منها معظم النفط العراقي عبر موانئ الخليج.""",
        [],
        not_targets=["Iraq", "South Korea"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alroya-muscat-business-page-2024",
        date(2024, 9, 24),
        """شركة تنضم إلى بورصة مسقط.. و«صحار» يفرض رسوما جديدة على التخزين

مسقط - «الرؤية»

انضمت شركة متخصصة في الصناعات الغذائية مقرها صحار إلى بورصة مسقط، أمس، بعد استكمال طرح أسهمها للاكتتاب العام، لترتفع أسهمها بنسبة تجاوزت خمسة عشر في المئة في أول أيام التداول.

وقال الرئيس التنفيذي للشركة في تصريح لـ«الرؤية» إن الإدراج "خطوة مهمة لتمويل خطط التوسع في الأسواق الخليجية"، مشيرا إلى أن الشركة وقعت عقدا مع شركة صينية لتوريد خطوط إنتاج جديدة لمصنعها في المنطقة الحرة.

وفي المقابل، فرضت إدارة ميناء صحار رسوما جديدة على تخزين الحاويات لفترات طويلة، فيما رفعت شركات الشحن أسعار النقل إلى موانئ شرق أفريقيا بنسب تجاوزت عشرين في المئة، بسبب ارتفاع أسعار الوقود.

وعلقت شركة للألمنيوم في صحار الإنتاج في أحد خطوطها لمدة عشرة أيام لإجراء صيانة مجدولة، قبل أن تستأنف التشغيل الكامل، وفق إفصاح نشرته على موقع البورصة.

ووقع مصرفان محليان مذكرة تفاهم لدراسة الاندماج في كيان واحد، في خطوة ينتظر أن تنشئ ثالث أكبر مصرف في السلطنة من حيث الأصول، كما انضم صندوق استثماري كويتي إلى رأسمال شركة ناشئة في الخدمات اللوجستية بحصة أقلية.

ومددت غرفة تجارة وصناعة عمان مهلة التسجيل في برنامج دعم المؤسسات الصغيرة والمتوسطة حتى نهاية الشهر المقبل، ونشرت فرقا ميدانية في المحافظات لتعريف رواد الأعمال بالبرنامج، فيما هدد موزعو مواد البناء بتعليق تعاملاتهم مع أحد المصانع بسبب تأخر التوريدات.

ووقعت شركة طيران منخفض التكلفة اتفاقية مع مطار صحار لتشغيل رحلات مباشرة إلى مدن في الهند وباكستان اعتبارا من أكتوبر المقبل.

وسجل مؤشر بورصة مسقط ارتفاعا طفيفا بنسبة ثلاثة أعشار في المئة، بدعم من أسهم المصارف والخدمات، فيما تراجعت أسهم قطاع الصناعة.

وفي سوق صحار القديم، قال بائع حلوى عمانية في الستين من عمره: "الحمد لله الحركة زينة هالأيام، بس الإيجارات غالية وايد، والشباب ما يبون يشتغلون في السوق".

وتعد صحار المركز الصناعي الأبرز في السلطنة، إذ تضم ميناء ومنطقة حرة ومجمعا للصناعات الثقيلة، ويعمل فيها آلاف العمانيين والوافدين.""",
        [],
        not_targets=["China", "India", "Pakistan", "Kuwait", "Oman"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout48_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout48_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # nationals counted after a number
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على خمسة ليبيين.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "United States")],
        ["Libya"],
        id="us-sanctions-five-libyans-not-libya",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على خمسة مسؤولين ليبيين.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "United States")],
        ["Libya"],
        id="us-sanctions-five-libyan-officials-not-libya",
    ),
    pytest.param(
        "فرضت الولايات المتحدة عقوبات على ليبيا.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "target:Libya")],
        [],
        id="us-sanctions-libya",
    ),
    # the measures a lifting ends
    pytest.param(
        "رفعت كندا العقوبات عن رجل الأعمال، لينتهي بذلك تجميد أصوله في كندا.",
        date(2024, 3, 5),
        [("sanctions.lifted", "occurred", "Canada")],
        [],
        id="canada-lifts-so-that-freeze-ends",
    ),
    pytest.param(
        "ألغت كندا تجميد أصول رجل الأعمال.",
        date(2024, 3, 5),
        [("sanctions.lifted", "occurred", "Canada")],
        [],
        id="canada-cancels-asset-freeze",
    ),
    pytest.param(
        "وبذلك ينتهي تجميد أصول رجل الأعمال في كندا.",
        date(2024, 3, 5),
        [],
        [],
        id="thus-the-freeze-ends",
    ),
    # what a people is said to need
    pytest.param(
        "وأضاف أن فنزويلا تحتاج إلى رفع العقوبات عن صادراتها النفطية.",
        date(2024, 3, 5),
        [],
        [],
        id="venezuela-needs-sanctions-lifted",
    ),
    pytest.param(
        "ودعا إلى رفع العقوبات عن فنزويلا.",
        date(2024, 3, 5),
        [],
        [],
        id="call-to-lift-venezuela-sanctions",
    ),
    pytest.param(
        "ورفعت الولايات المتحدة العقوبات عن فنزويلا.",
        date(2024, 3, 5),
        [("sanctions.lifted", "occurred", "target:Venezuela")],
        [],
        id="us-lifts-venezuela-sanctions",
    ),
    # a signing named as the time of a speech
    pytest.param(
        "وقال الرئيس التونسي قيس سعيد، عقب التوقيع، إن الاتفاق تاريخي.",
        date(2024, 3, 5),
        [],
        [],
        id="saied-speaks-after-the-signing",
    ),
    pytest.param(
        "وقال الرئيس التونسي قيس سعيد، خلال حفل التوقيع، إن الاتفاق تاريخي.",
        date(2024, 3, 5),
        [],
        [],
        id="saied-speaks-at-the-signing-ceremony",
    ),
    pytest.param(
        "ووقعت تونس والجزائر اتفاقا للتعاون الأمني.",
        date(2024, 3, 5),
        [("agreement.signed", "occurred", "Tunisia")],
        [],
        id="tunisia-and-algeria-sign-security-agreement",
    ),
    # the host state named far after an arrival
    pytest.param(
        "وصل نحو ألف جندي من مشاة البحرية الأمريكية إلى قاعدة سيغونيلا الجوية قرب مدينة كاتانيا"
        " في جزيرة صقلية جنوب إيطاليا.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "target:Italy")],
        [],
        id="us-marines-arrive-at-sigonella-italy-far",
        marks=pytest.mark.xfail(strict=True, reason=_HOST_FAR),
    ),
    pytest.param(
        "وصل نحو ألف جندي من مشاة البحرية الأمريكية، أمس، إلى قاعدة سيغونيلا الجوية في إيطاليا.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "target:Italy")],
        [],
        id="us-marines-arrive-at-sigonella-in-italy",
    ),
    # the accusative demonym of counted troops
    pytest.param(
        "وصل 300 جنديا فرنسيا إلى رومانيا.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "France")],
        [],
        id="300-french-soldiers-accusative-arrive-in-romania",
        marks=pytest.mark.xfail(strict=True, reason=_ACC_DEMONYM),
    ),
    pytest.param(
        "وصل 300 جندي فرنسي إلى رومانيا.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "France")],
        [],
        id="300-french-soldiers-arrive-in-romania",
    ),
    pytest.param(
        "وصلت كتيبة فرنسية إلى رومانيا.",
        date(2024, 3, 5),
        [("military.presence", "occurred", "target:Romania")],
        [],
        id="french-battalion-arrives-in-romania",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout48_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout48_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
