"""An eighty-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-eight Arabic held-out sets: Arabic copy of 2016-2024 as Gulf, Iraqi and Yemeni outlets
and the Arabic services of Japanese, Chinese, Korean, Turkish and Iranian broadcasters and agencies
carry it (the Japanese broadcaster's Arabic service, "طوكيو - «إن إتش كيه» العربية", with a shop
keeper of Ikebukuro; the Chinese agency's Arabic service, "بكين 7 نوفمبر 2020 (شينخوا)", with an
Urumqi fruit seller; a Qatari daily, "الدوحة - «الشرق»", with an Afghan taxi driver of Souq Waqif;
an Aden daily, "عدن - «الأيام»", with a Crater grocer; the Korean agency's Arabic service, "سيول، 5
أغسطس (يونهاب) --", with a Myeongdong shop keeper; the Turkish agency's Arabic service, "كولومبو/
الأناضول", with a Colombo customs clerk; an Emirati daily, "أبوظبي - «الخليج»", with a Deira
jeweller; the Iranian agency's Arabic service, "طهران - إرنا", with a Tabriz carpet trader; an Iraqi
news site, "بغداد - «السومرية نيوز»", with a man of al-Zahraa in the Khazir camp; a Dubai daily,
"دبي - «البيان»", with a dhow captain of Sharjah; an Omani daily's sports page, "مسقط - «عمان» -
رياضة", with a Seeb fan; and a Saudi economic daily, "الرياض - «الاقتصادية»", with a young bank
clerk) on episodes the earlier sets do not carry as core news: China sanctioning the former
Japanese member of the House of Councillors Seki Hei, September 2024; the United States revoking
the terrorist designation of the East Turkestan Islamic Movement, November 2020; the Security
Council's Taliban sanctions committee exempting the movement's negotiators from the travel ban for
the intra-Afghan talks in Doha, September 2020; the Security Council renewing the Yemen sanctions
for a year by Resolution 2402 after Russia's veto of a British draft, February 2018; Japan
threatening South Korea with countermeasures if the seized assets of Nippon Steel were sold,
August 2020; Sri Lanka joining Operation Prosperity Guardian, January 2024; the United Arab
Emirates and India signing their Comprehensive Economic Partnership Agreement, February 2022;
Azerbaijan reopening its embassy in Tehran, July 2024; the Hashd al-Watani of Nineveh joining the
Popular Mobilization Forces as the Nineveh Guard, December 2016; the European maritime mission in
the Strait of Hormuz starting from the French base in Abu Dhabi, February 2020.
Searched before writing in ALL earlier held-out files of both languages (English up to set 113,
Arabic up to set 87 and set 88 while it was being written; article texts, annotations and
docstrings) by states, bodies, people, places, resolution numbers and years in Arabic and English
spellings, reading the hits: "Seki"/"سيكي" (none); "ETIM"/"East Turkestan"/"تركستان الشرقية" (set
55 Arabic names the delisting of 2020 only as the background of another step, set 93 English the
movement as a party of another episode); the Taliban travel-ban exemptions (set 15 Arabic carries
the exemption of Amir Khan Muttaqi for a visit to New Delhi, another episode; none for the Doha
negotiators); "2402" (none); "Nippon Steel"/"نيبون" (sets 11 and 48 English name the court rulings
as background, no threat of August 2020); "Prosperity Guardian"/"حارس الازدهار" beside Sri
Lanka/"Wickremesinghe" (none; other sets carry the coalition's launch and other members);
"CEPA"/"الشراكة الاقتصادية الشاملة" beside the UAE and India, "Zeyoudi", "Goyal" (sets 87 and 90
English carry Indonesia's agreements with Canada and Australia, set 100 English the UAE's with
Israel, set 40 Arabic the UAE's with Vietnam as background, set 95 English India's with
Australia); "سفارة أذربيجان" (set 71 Arabic names the embassy in Tehran as not yet reopened, a
negated background of another article); "حرس نينوى"/"Nineveh Guard" and "الحشد الوطني" (set 85
Arabic names the Hashd al-Watani only as the force trained at Bashiqa); "EMASoH"/"Agenor"/"أجينور"
and the mission in Arabic (none). Some sixty other candidates were dropped because the search found
them as core news (among them the Iran-Maldives and Saudi-Thai restorations, Iran in the SCO and
BRICS, Mongolia in the OSCE, Uzbekistan in the Turkic Council, Oman in the Islamic military
coalition, India in the Combined Maritime Forces, the Iraq-Iran security agreement, the China-
Solomon pact, the Myanmar Border Guard Force, the Khassadars, the MILF fighters, the Popular
Resistance of Aden, the Abdul-Mahdi decree, the Pakistani troops in Saudi Arabia, the Takanami,
the Cheonghae unit, Socotra, the Aghdam centre, Trump's threats on Iraq and Turkey, the Su-35 of
Indonesia, the Iran gas pipeline of Pakistan, the Varosha and Armenian-genocide threats, the
Houthi, Huawei, Afghan and Iranian civil-nuclear licences and waivers, and the liftings on
Vietnam, Japan-North Korea, Hekmatyar and the Turkish ministers).
Facts the writer is unsure of: the day of the Chinese announcement on Seki Hei (9 September 2024),
its measures, his party history and the Japanese reaction's words and speaker; the day of the
revocation and of its publication (5 and 6 November 2020) and the Chinese spokesman's words; the
day, number and terms of the Taliban exemptions and the delisting clause of the Doha agreement;
Resolution 2402's date and terms, the vote on the British draft (eleven for, Russia and Bolivia
against) and the speakers; the day the Pohang court's order took effect, the share number and the
measures reported from Tokyo; the day of Wickremesinghe's announcement, the cost he named and the
coalition's members; the CEPA's figures and the memoranda exchanged; the day of the embassy's
reopening, who attended and the dam's opening; the month of the Hashd al-Watani's joining of the
PMF and the name taken; the day the European mission started, the ships and the states named.

Ten carry core events of the ten alertable types (ten core events, all occurred), next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: an Omani football page (a club that "رفعت … الإيقاف" on its goalkeeper,
"انضمام لاعب وسط", a coach's contract "مدد", a federation that "فرضت … غرامة", training "علقت",
an "اتفاقية رعاية" signed) and a Saudi business page (two banks that "وقع … اتفاقية غير ملزمة" to
study a merger, a haulier's "انضمامها إلى تحالف دولي لشركات الخدمات اللوجستية", a regulator that
"فرضت غرامات", a bourse that "علقت التداول", a contract "مددت", teams "نشرت").

The decisions of the annotation, taken before any run: a state that "فرضت … عقوبات على عضو سابق
في مجلس المستشارين الياباني" imposes (core; China; Seki Hei, not Japan), "ولا تشمل الإجراءات
الجديدة أي مسؤولين في الحكومة اليابانية الحالية" a negated imposition, the seafood imports that
"علقت … العام الماضي" and the sanctions on Mike Gallagher "في أبريل الماضي" historical impositions.
A secretary of state who "وقع قرارا بإلغاء تصنيف الحركة" lifts (core; the United States and Mike
Pompeo; the East Turkestan Islamic Movement, not China, which objects), the listings of 2002 a
historical imposition, "لم تتقدم الولايات المتحدة بأي طلب لرفع اسم الحركة منها" a negated lifting,
the Xinjiang sanctions of July and Beijing's reply historical impositions. A committee that
"وافقت … على إعفاء عدد من أعضاء وفد الحركة المفاوض مؤقتا من حظر السفر" suspends (core; the
Security Council; the Taliban; not Qatar, the host), the sanctions "منذ عام 1999" a historical
imposition, the Doha agreement of 29 February a historical signing, the delisting due by 29 May
"لم يتحقق بعد" a negated lifting, the prisoner exchange that "تعثر" a stalled accord. A council
that "مدد … العقوبات المفروضة على اليمن لمدة عام إضافي" extends (core; the Security Council;
Yemen; not Iran, named in the draft vetoed, nor Russia or the United Kingdom), the sanctions of
2014 and the embargo of 2015 a historical imposition, "لم ترفع عن أي من قادتهم" a negated lifting,
the political talks "متعثرة" a stalled accord; the vetoed draft carries no measure of its own. A
government that "هددت … باتخاذ إجراءات انتقامية" of tariffs, visa curbs and a halt of remittances
threatens (core; Japan and Yoshihide Suga; South Korea), "ولم تعلن طوكيو حتى الآن أي إجراء محدد"
a negated imposition, the export curbs of July 2019 and the removal from the list a historical
imposition, the talks on lifting them "متوقفة" a stalled lifting; the court's seizure and Seoul's
threat to end GSOMIA are no events of a watched type. A president who announced "انضمام بلاده إلى
تحالف «حارس الازدهار»" joins (core; Sri Lanka and Ranil Wickremesinghe; Operation Prosperity
Guardian; not Israel or the Houthis), the ship to be sent "في أقرب وقت" a planned presence (not
core), the coalition's launch with its members a historical joining, India that "لم تعلن …
انضمامها" a negated joining, the Combined Maritime Forces in Bahrain a historical presence. Two
states that "وقعت … اتفاقية الشراكة الاقتصادية الشاملة" sign (core; the UAE, India, Mohamed bin
Zayed, Narendra Modi and Piyush Goyal), the two memoranda exchanged an occurred signing (not core),
the agreements with eight states whose talks "لم تختتم … بعد" a negated signing, India's agreement
with Japan of 2011 a historical signing, the India-GCC talks that "تعثرت" a stalled signing; the
entry into force "في الأول من مايو المقبل" and the joint statement are no signing. A state whose
embassy "استأنفت … عملها رسميا" restores ties (core; Azerbaijan and Iran; not Armenia, Israel,
Turkey or Russia), the transit memorandum "في أكتوبر الماضي" a historical signing; "ولم تقطع
الدولتان علاقاتهما الدبلوماسية رسميا" is a cut denied, no event. A force that announced "اندماج
مقاتليها رسميا في هيئة الحشد الشعبي" integrates (core; the Nineveh Guard, as the force is now
named; the Popular Mobilization Forces), the tribal fighters "لم يشمل الإعلان" a negated
integration, the earlier talks that "تعثرت أكثر من مرة" a stalled integration, the PMF law of
November a historical integration, the Turkish trainers near Bashiqa a historical presence; Turkey
is no party. A mission that "بدأت … عملياتها رسميا" with a Danish frigate arrived and its command
at the French base in Abu Dhabi is present (core; France and Denmark; the United Arab Emirates; not
Iran), the Dutch frigate "من المنتظر أن تنضم" a planned presence (not core), the American
construct "من البحرين منذ نوفمبر الماضي" and the French base "منذ عام 2009" historical presences,
London's joining of the construct a historical joining, Germany's refusal a negated presence and
the British proposal that "تعثر" a stalled one. The Omani sports page and the Saudi business page
carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 1.000, R 0.800, F1 0.889 (recall
8/10, precision 8/8); occurred core found 8/10; historical kept quiet 18/18, negated 9/9, stalled
6/6. No annotation was changed after the run. Missed: Japan's threat (ar-h89-05), "هددت اليابان
باتخاذ إجراءات انتقامية ضد كوريا الجنوبية، في حال تصفية أصول شركة «نيبون ستيل»", gives no event at
all (neither the threat nor the historical export curbs of "فرضت اليابان … قيودا على تصدير"); the
European mission in Hormuz (ar-h89-10), "بدأت المهمة الأوروبية للمراقبة البحرية في مضيق هرمز
عملياتها رسميا، بعد وصول الفرقاطة الدنماركية", is read from "وصول" as a historical presence of the
European Union, Denmark and the United Arab Emirates with France for target, so quiet. No
unexpected alert. Seen, not counted by the score: Seki Hei is an unlinked "نائب ياباني" beside Japan
as a target (ar-h89-01); the revocation of the ETIM designation has China, which objects, for
actor and the United States beside the movement (as "Turkistan Islamic Party") for targets
(ar-h89-02); the Taliban exemption has "United Nations" for a second actor (ar-h89-03); the CEPA
signing has Japan, named for India's agreement of 2011, for a target (ar-h89-07); the embassy's
reopening has Azerbaijan alone, no Iran (ar-h89-08); the Nineveh Guard, not in the knowledge base,
is read as Iraq (ar-h89-09); Sri Lanka's joining has no Wickremesinghe, the CEPA signing no leader
and the threat no Suga. The two near misses raise nothing. Two articles are strict xfails
(ar-h89-05 and -10 on their core events).

After the fixes of 2026-12-07: events P 1.000, R 1.000, F1 1.000 (recall 10/10, precision 10/10;
every quiet event still kept quiet). Two general causes were fixed, pinned by rule sentences of
other states and wording in ``test_heldout89_rules_ar.py``: measures named as a reprisal
("إجراءات انتقامية", "التدابير الانتقامية") are a sanctions noun, as "retaliatory measures" is in
English, so "هددت … باتخاذ إجراءات انتقامية ضد …" is a threat of sanctions (the Kremlin's "تدابير
مضادة" and "غارات انتقامية" stay out; ``sanctions_noun`` in ``rasd/events/lexicons/ar.cues.yaml``);
and a force's arrival ("وصول", "وصلت", "arrived") is no longer demoted to the background by a
presence of the past told as lasting "منذ" a year (a base kept "منذ عام 2009"), while a past
sending told with its year still is (``_arrival_beside_standing`` in ``_demote``,
``rasd/events/extractor.py``). The strict xfails of ar-h89-05 and ar-h89-10 are removed. Left, as
wrong participants the score does not count: Seki Hei unlinked, China read as the actor of the
American revocation, Japan as a target of the CEPA signing, Iran missing from the embassy's
reopening, the Nineveh Guard read as Iraq, and France as the target of the Hormuz mission (the
mission's "في القاعدة البحرية الفرنسية في أبوظبي" gives the French adjective a host's role).

``python -m tests.unit.test_heldout89_events_ar`` prints every article's alerts and the set's
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
_UNSC = "United Nations Security Council"
_ETIM = "East Turkestan Islamic Movement"
_PMF = "Popular Mobilization Forces"
_OPG = "Operation Prosperity Guardian"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-01-nhk-arabic-china-sanctions-seki-hei-2024",
        date(2024, 9, 10),
        """الصين تفرض عقوبات على نائب ياباني سابق للمرة الأولى

طوكيو - «إن إتش كيه» العربية

فرضت الصين عقوبات على عضو سابق في مجلس المستشارين الياباني هو سيكي هيي، في أول خطوة من نوعها تستهدف برلمانيا يابانيا، متهمة إياه بنشر «مغالطات» حول تايوان وشينجيانغ والتبت وهونغ كونغ.

وقالت وزارة الخارجية الصينية في بيان صدر أمس الاثنين إن الإجراءات تشمل تجميد أي أصول يملكها سيكي داخل الصين، ومنع المؤسسات والأفراد في البلاد من التعامل معه، وحظر دخوله إلى الأراضي الصينية، بما فيها هونغ كونغ وماكاو، وكذلك حظر دخول أفراد عائلته المباشرين.

وأضاف البيان أن النائب السابق «دأب على الإساءة إلى الصين والتدخل في شؤونها الداخلية»، وأن بكين «عازمة على حماية سيادتها وأمنها ومصالحها التنموية».

وسيكي، المولود في مقاطعة سيتشوان الصينية والحاصل على الجنسية اليابانية عام 2007، كاتب ومعلق معروف بانتقاداته الحادة للحزب الشيوعي الصيني، وانتخب عضوا في مجلس المستشارين عن حزب التجديد الياباني عام 2019 قبل أن ينتقل لاحقا إلى الحزب الديمقراطي الليبرالي الحاكم.

وقال سيكي في منشور على منصة «إكس» إنه يعتبر العقوبات «وساما على صدره»، مضيفا أنه لا يملك أي أصول في الصين ولا ينوي زيارتها.

وأعرب كبير أمناء مجلس الوزراء الياباني يوشيماسا هاياشي، في مؤتمر صحفي اليوم، عن «أسف» الحكومة للخطوة، مؤكدا أن حرية التعبير «قيمة أساسية» يجب أن تحترم، وأن طوكيو أبلغت بكين موقفها عبر القنوات الدبلوماسية.

ولا تشمل الإجراءات الجديدة أي مسؤولين في الحكومة اليابانية الحالية، كما لم تعلن بكين أي خطوات تتعلق بالتجارة مع اليابان.

وتأتي الخطوة في ظل توتر متزايد بين البلدين، بعد أن علقت الصين العام الماضي وارداتها من المأكولات البحرية اليابانية احتجاجا على تصريف مياه محطة فوكوشيما المعالجة في المحيط، وهو حظر لا يزال ساريا رغم محادثات بين الجانبين حول آلية للمراقبة.

وكانت بكين قد فرضت خلال السنوات الماضية عقوبات مماثلة على عشرات البرلمانيين والمسؤولين الأمريكيين والأوروبيين، كان آخرهم النائب الأمريكي السابق مايكل غالاغر الذي عوقب في أبريل الماضي بسبب مواقفه من تايوان.

وفي حي إيكيبوكورو بطوكيو، حيث تتركز محلات كثيرة يديرها صينيون، قال صاحب متجر للأطعمة الصينية يقيم في اليابان منذ عشرين عاما: «الناس هنا لا يتحدثون عن السياسة كثيرا. نحن نبيع ونشتري، ونتمنى أن تبقى الطائرات بين البلدين ممتلئة».""",
        [
            G("sanctions.imposed", "occurred", ["China"], ["Seki Hei"]),
            # "ولا تشمل الإجراءات الجديدة أي مسؤولين في الحكومة اليابانية الحالية"
            G("sanctions.imposed", "negated", ["China"], ["Japan"], core=False),
            # the seafood ban "العام الماضي", still in force
            G("sanctions.imposed", "historical", ["China"], ["Japan"], core=False),
            # Mike Gallagher "في أبريل الماضي"
            G("sanctions.imposed", "historical", ["China"], ["Mike Gallagher"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-02-xinhua-arabic-us-revokes-etim-designation-2020",
        date(2020, 11, 7),
        """بكين تعبر عن استيائها الشديد من شطب واشنطن «حركة تركستان الشرقية الإسلامية» من قائمة الإرهاب

بكين 7 نوفمبر 2020 (شينخوا)

أعربت الصين اليوم (السبت) عن «استيائها الشديد ومعارضتها القوية» لقرار الولايات المتحدة شطب «حركة تركستان الشرقية الإسلامية» من قائمتها للمنظمات الإرهابية، معتبرة أن الخطوة تكشف «ازدواجية المعايير» في مكافحة الإرهاب.

وكان وزير الخارجية الأمريكي مايك بومبيو قد وقع قرارا بإلغاء تصنيف الحركة، ونشر القرار في السجل الاتحادي الأمريكي أمس الجمعة، بعد أن قالت الخارجية الأمريكية إنه «لا يوجد دليل موثوق» على أن الحركة ما زالت موجودة منذ أكثر من عقد.

وقال المتحدث باسم وزارة الخارجية الصينية وانغ ون بين في مؤتمر صحفي إن الحركة «منظمة إرهابية أدرجها مجلس الأمن الدولي على قائمته»، وإن «أي محاولة لتبييض صفحتها تشجع قوى الإرهاب وتقوض التعاون الدولي».

وأدرجت واشنطن الحركة على قائمة استبعاد الإرهابيين عام 2002، في الفترة التي أعقبت هجمات الحادي عشر من سبتمبر، كما أدرجتها لجنة العقوبات التابعة لمجلس الأمن على قائمتها في العام نفسه بموافقة الولايات المتحدة والصين.

ولم يتطرق القرار الأمريكي إلى القائمة الأممية، إذ لم تتقدم الولايات المتحدة بأي طلب لرفع اسم الحركة منها، وهو ما يعني بقاء تجميد الأصول وحظر السفر المفروضين عليها دوليا.

ويأتي القرار في وقت تشهد فيه العلاقات بين البلدين توترا متصاعدا، بعد أن فرضت واشنطن في يوليو الماضي عقوبات على مسؤولين صينيين كبار في منطقة شينجيانغ، بينهم أمين الحزب في المنطقة تشن تشيوان قوه، وهو ما ردت عليه بكين بإجراءات مماثلة بحق مشرعين ومسؤولين أمريكيين.

وأشار مراقبون إلى أن توقيت القرار، بعد أيام من الانتخابات الرئاسية الأمريكية، يعكس رغبة الإدارة الحالية في تثبيت مواقفها من ملف شينجيانغ قبل انتقال السلطة.

وأكد المتحدث الصيني أن بلاده «ستواصل بحزم» مكافحة الإرهاب والتطرف، وأن الإجراءات المتخذة في شينجيانغ «حققت نتائج ملموسة»، إذ لم تشهد المنطقة أي هجوم إرهابي منذ نحو أربع سنوات، على حد قوله.

ودعا الولايات المتحدة إلى «التوقف عن التستر على الجماعات الإرهابية» وإلى «تصحيح أخطائها» بدلا من الإضرار بالعلاقات الثنائية.

وفي سوق شعبية بمدينة أورومتشي، قال بائع فواكه مجففة من الإيغور لمراسل محلي إن أكثر ما يشغله هذه الأيام هو انخفاض أعداد الزوار بسبب الإجراءات الصحية، مضيفا: «الموسم كان صعبا، ونأمل أن يعود السياح في الربيع».""",
        [
            G("sanctions.lifted", "occurred", [_US, "Mike Pompeo"], [_ETIM]),
            # the listing of 2002 by Washington and the UN committee
            G("sanctions.imposed", "historical", [_US, _UNSC], [_ETIM], core=False),
            # "لم تتقدم الولايات المتحدة بأي طلب لرفع اسم الحركة منها"
            G("sanctions.lifted", "negated", [_UNSC], [_ETIM], core=False),
            # the Xinjiang officials "في يوليو الماضي" and Beijing's reply
            G("sanctions.imposed", "historical", [_US], ["Chen Quanguo"], core=False),
            G("sanctions.imposed", "historical", ["China"], [_US], core=False),
        ],
        not_targets=["China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-03-alsharq-qatar-un-exempts-taliban-negotiators-travel-ban-2020",
        date(2020, 9, 11),
        """لجنة أممية تستثني مفاوضي «طالبان» من حظر السفر للمشاركة في محادثات الدوحة

الدوحة - «الشرق»

وافقت لجنة العقوبات المنبثقة عن مجلس الأمن الدولي والخاصة بحركة «طالبان» على إعفاء عدد من أعضاء وفد الحركة المفاوض مؤقتا من حظر السفر المفروض عليهم، لتمكينهم من المشاركة في المفاوضات الأفغانية الأفغانية التي تنطلق في الدوحة غدا السبت.

وقالت مصادر دبلوماسية في نيويورك إن الإعفاء يسري طوال مدة المفاوضات، ويسمح للمعنيين بالسفر إلى قطر والتنقل منها إلى دول أخرى لأغراض تتصل بعملية السلام فقط، على أن يبقى تجميد أصولهم وحظر الأسلحة ساريين.

ويخضع عدد من قادة الحركة لعقوبات أممية فرضها مجلس الأمن منذ عام 1999، قبل أن تفصل قائمة «طالبان» عن قائمة تنظيم «القاعدة» عام 2011 بموجب القرار 1988، وهو ما فتح الباب أمام استخدام العقوبات أداة لتشجيع المصالحة في أفغانستان.

ونص الاتفاق الذي وقعته الولايات المتحدة والحركة في الدوحة في التاسع والعشرين من فبراير الماضي على أن تسعى واشنطن لدى أعضاء مجلس الأمن لرفع أسماء قادة الحركة من قائمة العقوبات بحلول التاسع والعشرين من مايو، غير أن ذلك لم يتحقق بعد، إذ ربط أعضاء في المجلس أي شطب بتقدم المفاوضات وتراجع العنف.

وتأخر انطلاق المفاوضات نحو ستة أشهر بسبب خلاف حول تبادل الأسرى، تعثر خلاله الإفراج عن آخر دفعة من سجناء الحركة الذين اتهمتهم الحكومة الأفغانية بجرائم خطيرة، قبل أن تفرج عنهم كابل الشهر الماضي بعد موافقة «اللويا جيرغا».

ومن المقرر أن يفتتح المفاوضات وزير الخارجية الأمريكي مايك بومبيو، إلى جانب معالي الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية، بحضور ممثلين عن عشرات الدول والمنظمات.

ويترأس وفد الحكومة الأفغانية رئيس المجلس الأعلى للمصالحة عبدالله عبدالله، فيما يقود وفد الحركة الملا عبدالغني برادر، رئيس مكتبها السياسي في الدوحة.

وأكدت دولة قطر، التي تستضيف المكتب السياسي للحركة منذ عام 2013، أنها ستواصل دعم جهود السلام «بالتنسيق مع جميع الأطراف»، معربة عن أملها في أن تفضي المفاوضات إلى وقف دائم لإطلاق النار.

وفي سوق واقف، قال سائق أجرة أفغاني يعمل في الدوحة منذ أكثر من عشر سنوات: «أهلي في قندهار تعبوا من الحرب. إذا اتفقوا هنا فسأعود في الصيف لأرى أمي، وإذا لم يتفقوا سأبقى أرسل المال كما أفعل كل شهر».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["Taliban"]),
            # the sanctions "منذ عام 1999", split by Resolution 1988 in 2011
            G("sanctions.imposed", "historical", [_UNSC], ["Taliban"], core=False),
            # the Doha agreement of 29 February
            G("agreement.signed", "historical", [_US, "Taliban"], [], core=False),
            # the delisting due by 29 May "لم يتحقق بعد"
            G("sanctions.lifted", "negated", [_UNSC], ["Taliban"], core=False),
            # the prisoner exchange that "تعثر"
            G("agreement.signed", "stalled", ["Afghanistan", "Taliban"], [], core=False),
        ],
        not_targets=["Qatar"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-04-alayyam-aden-security-council-renews-yemen-sanctions-2018",
        date(2018, 2, 27),
        """مجلس الأمن يمدد العقوبات على اليمن عاما بعد «فيتو» روسي على مشروع بريطاني

عدن - «الأيام»

مدد مجلس الأمن الدولي، مساء أمس الاثنين، العقوبات المفروضة على اليمن لمدة عام إضافي، بما فيها تجميد الأصول وحظر السفر، كما مدد ولاية فريق الخبراء المكلف بمراقبة تنفيذها، وذلك بعد أن أسقطت روسيا باستخدام حق النقض مشروع قرار بريطانيا كان يتضمن إشارة إلى إيران.

واعتمد المجلس بالإجماع القرار 2402 الذي قدمته روسيا، ويقتصر على تمديد التدابير المنصوص عليها في القرار 2140 حتى السادس والعشرين من فبراير 2019، وولاية فريق الخبراء حتى الثامن والعشرين من مارس من العام نفسه، من دون أي إشارة إلى نتائج تقرير الفريق الأخير.

وكان المشروع البريطاني، الذي أيدته الولايات المتحدة وفرنسا، يعبر عن قلق المجلس من أن إيران لم تمنع وصول صواريخ باليستية إلى جماعة الحوثيين، استنادا إلى تقرير الخبراء الذي خلص إلى أن طهران انتهكت حظر السلاح، غير أن المشروع سقط بعد أن صوتت ضده روسيا وبوليفيا رغم حصوله على أحد عشر صوتا.

ووصفت المندوبة الأمريكية نيكي هيلي «الفيتو» الروسي بأنه «حماية لإيران»، فيما قال المندوب الروسي فاسيلي نيبينزيا إن بلاده لا يمكن أن تقبل «استنتاجات غير مؤكدة» بشأن مصدر الصواريخ.

وفرض مجلس الأمن العقوبات على اليمن لأول مرة في فبراير 2014 بموجب القرار 2140، وشملت الرئيس السابق علي عبدالله صالح واثنين من قادة الحوثيين، قبل أن يضيف القرار 2216 في أبريل 2015 حظرا على توريد السلاح إلى الجماعة وزعيمها عبدالملك الحوثي.

وأشاد وزير الخارجية عبدالملك المخلافي بالتمديد، مؤكدا أن الحكومة الشرعية كانت تأمل في قرار «أكثر وضوحا» في تحميل طهران المسؤولية، في حين اعتبر الحوثيون في صنعاء أن العقوبات «جائرة» وأنها لم ترفع عن أي من قادتهم رغم مطالباتهم المتكررة.

ويأتي التمديد في وقت تتواصل فيه المعارك على عدة جبهات، بينما لا تزال جهود المبعوث الأممي الجديد مارتن غريفيث لاستئناف المشاورات السياسية متعثرة منذ انهيار مشاورات الكويت في أغسطس 2016.

وفي سوق الطويلة بمدينة كريتر، قال تاجر مواد غذائية إن ما يهمه ليس القرارات الصادرة من نيويورك بل أسعار الصرف: «كل أسبوع الريال ينزل، والبضاعة تغلى، والناس ما عادت تقدر تشتري مثل زمان».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Yemen"]),
            # the British draft vetoed by Russia: no measures of its own; the sanctions of 2014 and
            # the embargo of 2015
            G("sanctions.imposed", "historical", [_UNSC], ["Yemen", "Ali Abdullah Saleh",
                                                           "Houthis"], core=False),
            # "لم ترفع عن أي من قادتهم"
            G("sanctions.lifted", "negated", [_UNSC], ["Houthis"], core=False),
            # the Kuwait talks that collapsed and the envoy's efforts "متعثرة"
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["Iran", "Russia", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-05-yonhap-arabic-japan-threatens-countermeasures-korea-2020",
        date(2020, 8, 5),
        """اليابان تلوح بإجراءات انتقامية ضد كوريا الجنوبية إذا بيعت أصول «نيبون ستيل»

سيول، 5 أغسطس (يونهاب) --

هددت اليابان باتخاذ إجراءات انتقامية ضد كوريا الجنوبية، في حال تصفية أصول شركة «نيبون ستيل» اليابانية المصادرة في كوريا لتعويض ضحايا العمل القسري خلال الحقبة الاستعمارية، بعد أن أصبح أمر محكمة كورية بمصادرة جزء من أسهم الشركة نافذا اعتبارا من منتصف ليل الثلاثاء.

وقال كبير أمناء مجلس الوزراء الياباني يوشيهيدي سوغا في مؤتمر صحفي بطوكيو إن حكومته «تدرس جميع الخيارات» للرد، محذرا من أن أي بيع للأصول «سيؤدي إلى وضع خطير للغاية» يجب تجنبه.

وذكرت وسائل إعلام يابانية أن الخيارات التي تدرسها طوكيو تشمل رفع الرسوم الجمركية على بعض الواردات الكورية، وتقييد إصدار التأشيرات، ووقف التحويلات المالية، واستدعاء السفير الياباني من سيول.

وكانت محكمة منطقة بوهانغ قد أصدرت في يونيو الماضي إشعارا علنيا بأمر مصادرة نحو 81 ألف سهم تملكها «نيبون ستيل» في مشروع مشترك مع شركة «بوسكو» الكورية، بعد أن رفضت الشركة اليابانية تنفيذ حكم المحكمة العليا الصادر عام 2018 بتعويض أربعة عمال كوريين.

ولم تعلن طوكيو حتى الآن أي إجراء محدد، وقالت «نيبون ستيل» إنها ستطعن في أمر المحكمة، وهو ما قد يؤخر عملية البيع لأشهر.

وفي سيول، قالت وزارة الخارجية الكورية إن الحكومة «لا يمكنها التدخل» في قرارات القضاء، داعية اليابان إلى «الحوار» بدلا من التهديد.

ويشهد البلدان توترا منذ أن فرضت اليابان في يوليو من العام الماضي قيودا على تصدير ثلاث مواد كيميائية أساسية لصناعة أشباه الموصلات إلى كوريا الجنوبية، ثم شطبتها من قائمة الدول التي تحظى بمعاملة تفضيلية في التصدير، وهو ما ردت عليه سيول بشكوى أمام منظمة التجارة العالمية وبحملة شعبية لمقاطعة المنتجات اليابانية.

وكانت كوريا الجنوبية قد لوحت العام الماضي بإنهاء اتفاقية تبادل المعلومات العسكرية مع اليابان، قبل أن تتراجع عن ذلك في اللحظة الأخيرة، فيما لا تزال المحادثات بين الجانبين حول رفع القيود على الصادرات متوقفة منذ أشهر.

ويتوقع محللون أن تبقى الأزمة بلا حل قريب، في ظل اقتراب الانتخابات في اليابان وتشدد الرأي العام في البلدين.

وفي حي ميونغدونغ التجاري وسط سيول، قال صاحب متجر لمستحضرات التجميل إن زبائنه اليابانيين اختفوا تقريبا: «قبل الأزمة ووباء كورونا كان نصف الزبائن يابانيين. الآن نبيع عبر الإنترنت ونتمنى أن تهدأ الأمور».""",
        [
            G("sanctions.threatened", "occurred", ["Japan", "Yoshihide Suga"], ["South Korea"]),
            # "ولم تعلن طوكيو حتى الآن أي إجراء محدد"
            G("sanctions.imposed", "negated", ["Japan"], ["South Korea"], core=False),
            # the export curbs of July last year and the removal from the list
            G("sanctions.imposed", "historical", ["Japan"], ["South Korea"], core=False),
            # the talks on lifting the curbs "متوقفة منذ أشهر"
            G("sanctions.lifted", "stalled", ["Japan"], ["South Korea"], core=False),
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-06-anadolu-arabic-sri-lanka-joins-prosperity-guardian-2024",
        date(2024, 1, 4),
        """سريلانكا تنضم إلى تحالف «حارس الازدهار» في البحر الأحمر

كولومبو/ الأناضول

أعلن الرئيس السريلانكي رانيل ويكريميسينغه، الأربعاء، انضمام بلاده إلى تحالف «حارس الازدهار» البحري الذي تقوده الولايات المتحدة لحماية الملاحة التجارية في البحر الأحمر من هجمات جماعة الحوثي اليمنية.

وقال ويكريميسينغه، خلال فعالية في العاصمة كولومبو، إن القوات البحرية السريلانكية سترسل إحدى سفنها إلى المنطقة «في أقرب وقت»، مشيرا إلى أن الاضطرابات في البحر الأحمر تهدد التجارة التي يعتمد عليها الاقتصاد السريلانكي، ولا سيما صادرات الشاي والملابس إلى أوروبا.

وأضاف أن كلفة مشاركة السفينة قد تصل إلى 250 مليون روبية شهريا، لكنها «أقل بكثير» من الخسائر التي قد تتكبدها البلاد إذا تحولت خطوط الشحن إلى طريق رأس الرجاء الصالح.

وأطلقت واشنطن التحالف في الثامن عشر من ديسمبر الماضي، بمشاركة دول بينها بريطانيا والبحرين وكندا وفرنسا وإيطاليا وهولندا والنرويج وإسبانيا وسيشل، بعد سلسلة هجمات بالصواريخ والطائرات المسيرة شنها الحوثيون على سفن تجارية قالوا إنها مرتبطة بإسرائيل.

في المقابل، لم تنضم أي دولة عربية مطلة على البحر الأحمر إلى التحالف حتى الآن، فيما أعلنت إيطاليا وإسبانيا وفرنسا أن سفنها ستعمل تحت قياداتها الوطنية.

وينتشر في المنطقة منذ سنوات أسطول من القوات البحرية المشتركة متعددة الجنسيات، الذي تتخذ قيادته من البحرين مقرا، وتعمل في إطاره قوة المهام 153 المكلفة بأمن البحر الأحمر وخليج عدن.

وتعد سريلانكا من الدول القليلة في جنوب آسيا التي أعلنت مشاركتها، في وقت لم تعلن فيه الهند، التي نشرت مدمرات في بحر العرب، انضمامها إلى التحالف، مفضلة العمل بشكل مستقل.

وكانت سريلانكا قد استضافت العام الماضي سفينة أبحاث صينية في ميناء كولومبو رغم اعتراضات هندية، وهو ما جعل قرار المشاركة في التحالف محل متابعة في نيودلهي وبكين على حد سواء.

وانتقدت أحزاب معارضة في كولومبو القرار، معتبرة أن البلاد، التي لا تزال تتعافى من أزمة اقتصادية حادة تخلفت خلالها عن سداد ديونها عام 2022، لا تحتمل أعباء عسكرية جديدة.

وفي ميناء كولومبو، قال موظف في شركة تخليص جمركي إن عددا من السفن الكبيرة عدل مساره خلال الأسابيع الأخيرة: «بعض الحاويات تأخرت أسبوعين. إذا بقي الوضع هكذا سترتفع الأسعار على الجميع».""",
        [
            G("alliance.joined", "occurred", ["Sri Lanka", "Ranil Wickremesinghe"], [_OPG]),
            # the ship to be sent "في أقرب وقت"
            G("military.presence", "planned", ["Sri Lanka"], [], core=False),
            # the coalition launched on 18 December with its members
            G("alliance.joined", "historical", ["United Kingdom", "Bahrain", "Canada"], [_OPG],
              core=False),
            # "لم تنضم أي دولة عربية …"; India "لم تعلن … انضمامها"
            G("alliance.joined", "negated", ["India"], [_OPG], core=False),
            # the Combined Maritime Forces based in Bahrain "منذ سنوات"
            G("military.presence", "historical", [], ["Bahrain"], core=False),
        ],
        not_targets=["Israel", "Houthis"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-07-alkhaleej-uae-india-sign-cepa-2022",
        date(2022, 2, 19),
        """الإمارات والهند توقعان اتفاقية الشراكة الاقتصادية الشاملة

أبوظبي - «الخليج»

وقعت دولة الإمارات وجمهورية الهند، أمس، اتفاقية الشراكة الاقتصادية الشاملة بين البلدين، خلال قمة افتراضية جمعت صاحب السمو الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، ورئيس الوزراء الهندي ناريندرا مودي.

ووقع الاتفاقية عن الجانب الإماراتي معالي الدكتور ثاني بن أحمد الزيودي، وزير دولة للتجارة الخارجية، وعن الجانب الهندي وزير التجارة والصناعة بيوش غويال، الذي يزور الدولة على رأس وفد رفيع.

وتهدف الاتفاقية، التي أنجزت مفاوضاتها في أقل من ثمانية وثمانين يوما، إلى رفع حجم التجارة غير النفطية بين البلدين إلى مئة مليار دولار خلال خمس سنوات، من نحو ستين مليار دولار حاليا، وتلغي الرسوم الجمركية أو تخفضها على أكثر من ثمانين في المئة من السلع المتبادلة.

ومن المنتظر أن تدخل الاتفاقية حيز التنفيذ في الأول من مايو المقبل، بعد استكمال الإجراءات القانونية في البلدين.

وأصدر الزعيمان بيانا مشتركا بعنوان «رؤية مشتركة» حدد أولويات التعاون في مجالات الطاقة والمناخ والتكنولوجيا والأمن الغذائي والدفاع، كما شهدا تبادل مذكرتي تفاهم في مجالي الأمن الغذائي والخدمات المالية.

وتعد هذه الاتفاقية الأولى من نوعها التي توقعها الإمارات في إطار مشاريع الخمسين، التي أعلنت الدولة في سبتمبر الماضي عزمها بموجبها التفاوض على اتفاقيات اقتصادية شاملة مع ثماني دول، بينها إندونيسيا وإسرائيل وكوريا الجنوبية، فيما لم تختتم المفاوضات مع هذه الدول بعد.

أما بالنسبة للهند، فهي أول اتفاقية تجارية شاملة توقعها نيودلهي منذ نحو عشر سنوات، بعد أن وقعت اتفاقية مماثلة مع اليابان عام 2011، وانسحبت عام 2019 من مفاوضات الشراكة الاقتصادية الإقليمية الشاملة في آسيا.

وكانت الهند ومجلس التعاون لدول الخليج العربية قد بدآ قبل سنوات مفاوضات حول اتفاقية للتجارة الحرة، غير أنها تعثرت ولم تسفر عن نتائج.

وقال رجال أعمال إن الاتفاقية ستفتح الباب أمام صادرات هندية من المجوهرات والمنسوجات والأغذية إلى السوق الإماراتية، وتمنح الشركات الإماراتية فرصا أوسع للاستثمار في البنية التحتية والخدمات اللوجستية بالهند.

وفي سوق الذهب بديرة، قال تاجر مجوهرات من ولاية كيرالا يعمل في دبي منذ ثلاثين عاما: «نصف بضاعتنا تأتي من الهند. إذا انخفضت الرسوم سنعرض أسعارا أفضل، والزبون هو الرابح في النهاية».""",
        [
            G("agreement.signed", "occurred", ["United Arab Emirates", "India", "Mohamed bin Zayed",
                                               "Narendra Modi", "Piyush Goyal"], []),
            # the agreement that "من المنتظر أن تدخل … حيز التنفيذ": entry into force, no signing
            # the memoranda exchanged before the leaders
            G("agreement.signed", "occurred", ["United Arab Emirates", "India"], [], core=False),
            # the talks with the eight states "لم تختتم … بعد"
            G("agreement.signed", "negated", ["United Arab Emirates"], [], core=False),
            # India's agreement with Japan of 2011
            G("agreement.signed", "historical", ["India", "Japan"], [], core=False),
            # the India-GCC free trade talks that "تعثرت"
            G("agreement.signed", "stalled", ["India", "Gulf Cooperation Council"], [], core=False),
        ],
        not_targets=["Israel", "Indonesia", "South Korea"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-08-irna-arabic-azerbaijan-reopens-embassy-tehran-2024",
        date(2024, 7, 15),
        """أذربيجان تستأنف عمل سفارتها في طهران بعد عام ونصف من إغلاقها

طهران - إرنا

استأنفت سفارة جمهورية أذربيجان في طهران عملها رسميا اليوم الاثنين، بعد نحو عام ونصف من إغلاقها، في خطوة قالت وزارة الخارجية الإيرانية إنها «تفتح صفحة جديدة» في العلاقات بين البلدين الجارين.

وحضر مراسم إعادة الافتتاح مسؤولون من وزارة الخارجية الإيرانية والقائم بأعمال السفارة الأذربيجانية، وتم رفع علم أذربيجان فوق المبنى الجديد للسفارة في شمال العاصمة.

وقال القائم بأعمال وزير الخارجية علي باقري كني، في اتصال هاتفي مع نظيره الأذربيجاني جيهون بيراموف، إن طهران «ترحب بعودة البعثة الدبلوماسية» وتعتبر العلاقات مع باكو «ذات أولوية»، فيما أكد بيراموف أن بلاده عازمة على تطوير التعاون في مجالات النقل والطاقة والتجارة.

وكانت باكو قد علقت عمل سفارتها وأجلت موظفيها في يناير 2023، بعد هجوم مسلح على مقرها السابق قتل فيه رئيس جهاز الأمن في السفارة وأصيب اثنان من الحراس، واتهمت حينها السلطات الإيرانية بالتقصير في حمايتها، في حين قالت طهران إن الدافع «شخصي».

ولم تقطع الدولتان علاقاتهما الدبلوماسية رسميا خلال تلك الفترة، إذ واصلت السفارة الإيرانية في باكو عملها، وإن بعدد محدود من الدبلوماسيين.

وشهدت العلاقات تحسنا تدريجيا منذ مطلع العام الجاري، بعد أن افتتح الرئيس الراحل إبراهيم رئيسي ونظيره الأذربيجاني إلهام علييف في مايو الماضي سد «قيز قلعه سي» على نهر أرس الحدودي، قبل ساعات من حادث تحطم المروحية الذي أودى بحياة رئيسي ووزير خارجيته حسين أمير عبداللهيان.

وكان البلدان قد وقعا في أكتوبر الماضي مذكرة تفاهم لإنشاء ممر عبور يربط البر الأذربيجاني بإقليم نخجوان مرورا بالأراضي الإيرانية، بديلا عن الطريق الذي يمر عبر جنوب أرمينيا.

وأكد الرئيس المنتخب مسعود بزشكيان في تصريحات سابقة أن حكومته ستعطي «أولوية قصوى» للعلاقات مع دول الجوار، ومن بينها أذربيجان وتركيا وروسيا.

وقال محللون إن عودة السفارة تمهد لتبادل زيارات على مستوى رفيع خلال الأشهر المقبلة، مشيرين إلى أن ملفات خلافية لا تزال قائمة، أبرزها العلاقات بين باكو وتل أبيب.

وفي مدينة تبريز، قال تاجر سجاد يصدر جزءا من بضاعته إلى باكو: «نحن والأذربيجانيون أهل، نتكلم اللغة نفسها. إذا سهلوا التأشيرات والجمارك سيعود السوق كما كان».""",
        [
            G("relations.restored", "occurred", ["Azerbaijan", "Iran"], []),
            # "ولم تقطع الدولتان علاقاتهما الدبلوماسية رسميا": a cut denied, no event
            # the transit memorandum "في أكتوبر الماضي"
            G("agreement.signed", "historical", ["Azerbaijan", "Iran"], [], core=False),
        ],
        not_targets=["Armenia", "Israel", "Turkey", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-09-alsumaria-hashd-watani-joins-pmf-as-nineveh-guard-2016",
        date(2016, 12, 20),
        """«الحشد الوطني» ينضوي رسميا تحت هيئة الحشد الشعبي باسم «حرس نينوى»

بغداد - «السومرية نيوز»

أعلنت قيادة «الحشد الوطني» في محافظة نينوى، اليوم الثلاثاء، اندماج مقاتليها رسميا في هيئة الحشد الشعبي، وتغيير اسمها إلى «حرس نينوى»، لتصبح جزءا من المؤسسة الأمنية التي أقر البرلمان قانونها الشهر الماضي.

وقال المتحدث باسم القوة في بيان إن الاندماج جاء «تنفيذا لتوجيهات القائد العام للقوات المسلحة»، وإن مقاتلي الحشد، ومعظمهم من أبناء الموصل وأطرافها، سيخضعون منذ الآن لقيادة الهيئة وأنظمتها في التسليح والرواتب.

وتشكلت القوة عام 2014 بعد سيطرة تنظيم «داعش» على الموصل، بمبادرة من محافظ نينوى السابق أثيل النجيفي، وتلقت تدريبات على يد مدربين أتراك في معسكر قرب بعشيقة، وهو ما أثار خلافا حادا بين بغداد وأنقرة.

وصوت مجلس النواب في السادس والعشرين من نوفمبر الماضي على قانون هيئة الحشد الشعبي، الذي يجعل الهيئة تشكيلا عسكريا مستقلا يرتبط بالقائد العام للقوات المسلحة، وسط مقاطعة نواب من تحالف القوى العراقية.

ولم يشمل الإعلان المقاتلين المرتبطين بعشائر في جنوب الموصل، الذين قالوا إنهم يفضلون البقاء ضمن تشكيلات «الحشد العشائري» التابعة لقيادة العمليات، بحسب مصادر محلية.

وكانت مفاوضات سابقة لضم القوة إلى الهيئة قد تعثرت أكثر من مرة خلال العام الماضي، بسبب خلافات حول أعداد المقاتلين ورواتبهم ومن يتولى قيادتهم، إضافة إلى مذكرة قبض صدرت بحق النجيفي.

وتشارك القوة منذ أسابيع في عمليات «قادمون يا نينوى» لاستعادة الموصل، حيث تمسك مناطق في محيط بعشيقة وبرطلة شرقي المدينة، إلى جانب قطعات الجيش والشرطة الاتحادية والبيشمركة.

ويرى مراقبون أن الخطوة تمنح الحكومة سيطرة أكبر على القوة ذات الغالبية السنية، وتضعف الذرائع التي استخدمتها أطراف إقليمية لتبرير وجود قوات أجنبية قرب الموصل.

وقال عضو في مجلس محافظة نينوى إن أهالي المحافظة يريدون «قوة محلية منضبطة» تمسك الأرض بعد التحرير وتمنع عودة التنظيم، داعيا إلى الإسراع في صرف الرواتب المتأخرة.

وفي مخيم الخازر للنازحين، قال رجل من حي الزهراء في الجانب الأيسر من الموصل: «ابني مع الحشد من سنتين. المهم أن يصرفوا له الراتب وأن نرجع إلى بيتنا قبل الربيع».""",
        [
            G("forces.integrated", "occurred", ["Nineveh Guard"], [_PMF]),
            # the tribal fighters "لم يشمل الإعلان …"
            G("forces.integrated", "negated", [], [_PMF], core=False),
            # earlier talks that "تعثرت أكثر من مرة"
            G("forces.integrated", "stalled", ["Nineveh Guard"], [_PMF], core=False),
            # the PMF law voted "في السادس والعشرين من نوفمبر الماضي"
            G("forces.integrated", "historical", [_PMF], [], core=False),
            # the Turkish trainers near Bashiqa
            G("military.presence", "historical", ["Turkey"], ["Iraq"], core=False),
        ],
        not_targets=["Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-10-albayan-european-hormuz-mission-starts-from-abu-dhabi-2020",
        date(2020, 2, 26),
        """المهمة البحرية الأوروبية في هرمز تبدأ عملها من أبوظبي بوصول فرقاطة دنماركية

دبي - «البيان»

بدأت المهمة الأوروبية للمراقبة البحرية في مضيق هرمز عملياتها رسميا، بعد وصول الفرقاطة الدنماركية «إيفر هويتفلت» إلى المنطقة وانضمامها إلى قطع فرنسية، على أن تدار العمليات من مقر قيادة في القاعدة البحرية الفرنسية في أبوظبي.

وقالت وزارة الجيوش الفرنسية إن المهمة، التي تحمل اسم «أجينور» في شقها العسكري، تهدف إلى «تعزيز الوعي بالوضع البحري» وتأمين الملاحة التجارية في الخليج العربي وبحر عمان، بعد سلسلة حوادث استهدفت ناقلات نفط العام الماضي.

وتضم المهمة، التي تقودها فرنسا، قطعا وضباطا من الدنمارك وهولندا واليونان، فيما قدمت بلجيكا وألمانيا وإيطاليا والبرتغال دعما سياسيا لها، ومن المنتظر أن تنضم فرقاطة هولندية إلى القوة خلال الأسابيع المقبلة.

وقال مسؤولون أوروبيون إن المهمة «مستقلة» عن التحالف الدولي لأمن الملاحة البحرية الذي تقوده الولايات المتحدة من البحرين منذ نوفمبر الماضي، بهدف الحفاظ على قنوات الحوار مع إيران ودعم جهود إنقاذ الاتفاق النووي.

وأكدت الدول المشاركة أن سفنها لن تشارك في أي عمليات عسكرية ضد إيران، وأنها لن تتولى مرافقة السفن بشكل منهجي، بل ستكتفي بالمراقبة وتبادل المعلومات مع شركات الشحن.

وتحتفظ فرنسا منذ عام 2009 بقاعدة بحرية وجوية دائمة في أبوظبي، تستضيف نحو سبعمئة عسكري، وتعد أول قاعدة فرنسية دائمة في منطقة الخليج.

وكانت ألمانيا قد أعلنت العام الماضي رفضها إرسال سفن حربية إلى المضيق ضمن المهمة، مفضلة الاكتفاء بالدعم السياسي، في حين تعثر مقترح بريطاني سابق لتشكيل قوة أوروبية بحتة بعد خروج لندن من الاتحاد الأوروبي وانضمامها إلى المهمة الأمريكية.

وتقول باريس إن قيادة المهمة ستبقى مفتوحة أمام دول أوروبية أخرى، وإن ضباط الاتصال في المقر يعملون على تنسيق مواعيد عبور الناقلات مع شركات الشحن وتبادل التحذيرات بشأن أي تحركات مريبة في المضيق.

ورحب مسؤولون خليجيون بالمهمة، معتبرين أن أمن الملاحة في هرمز «مسؤولية دولية»، إذ يمر عبر المضيق نحو خمس إمدادات النفط العالمية.

وفي ميناء خالد في الشارقة، قال قبطان مركب خشبي يعمل في نقل البضائع إلى الموانئ الإيرانية: «نحن نمر من المضيق كل أسبوع. السفن الحربية لا تقترب منا، والمهم أن يبقى البحر هادئا ولا تتوقف التجارة».""",
        [
            G("military.presence", "occurred", ["France", "Denmark"], ["United Arab Emirates"]),
            # the Dutch frigate "من المنتظر أن تنضم"
            G("military.presence", "planned", ["Netherlands"], [], core=False),
            # the US-led construct from Bahrain "منذ نوفمبر الماضي"
            G("military.presence", "historical", [_US], ["Bahrain"], core=False),
            # the French base in Abu Dhabi "منذ عام 2009"
            G("military.presence", "historical", ["France"], ["United Arab Emirates"], core=False),
            # Germany's refusal to send warships
            G("military.presence", "negated", ["Germany"], [], core=False),
            # the British proposal of a European force that "تعثر"
            G("military.presence", "stalled", ["United Kingdom"], [], core=False),
            # London's joining of the American construct
            G("alliance.joined", "historical", ["United Kingdom"],
              ["International Maritime Security Construct"], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-11-oman-daily-sports-club-signings-and-penalties-2023",
        date(2023, 8, 14),
        """السيب يرفع الإيقاف عن حارسه ويضم لاعبين جديدين قبل انطلاق دوري عمانتل

مسقط - «عمان» - رياضة

رفعت إدارة نادي السيب، أمس، الإيقاف الذي فرضته على حارس مرمى الفريق الأول قبل ثلاثة أسابيع بسبب تغيبه عن التدريبات من دون إذن، بعد أن قدم اعتذارا مكتوبا للإدارة والجهاز الفني، على أن يلتحق بالفريق في المعسكر الداخلي اعتبارا من اليوم.

وفي إطار استعداداته للموسم الجديد، أعلن النادي انضمام لاعب وسط سوري ومدافع أردني إلى صفوفه بعقدين لمدة موسم واحد قابلين للتمديد، فيما لا تزال المفاوضات مع مهاجم برازيلي متوقفة بسبب الخلاف على قيمة الراتب.

كما مدد النادي عقد مدربه الوطني لموسمين إضافيين، تقديرا لما حققه الفريق الموسم الماضي، حين أنهى الدوري في المركز الثاني وبلغ نصف نهائي كأس جلالة السلطان.

من جهتها، فرضت لجنة الانضباط في الاتحاد العماني لكرة القدم غرامة مالية على نادي صحم بسبب تأخر فريقه عن موعد انطلاق مباراة ودية نظمها الاتحاد، كما أوقفت لاعبا من نادي ظفار ثلاث مباريات بسبب اعتدائه على حكم في مباراة الكأس الأخيرة.

وعلقت إدارة مجمع السلطان قابوس الرياضي في بوشر التدريبات على الملعب الرئيسي أسبوعا لأعمال صيانة العشب، ما دفع عددا من الأندية إلى نقل حصصها التدريبية إلى ملاعب فرعية.

ووقع نادي النهضة اتفاقية رعاية مع شركة للاتصالات لمدة ثلاثة مواسم، تتضمن وضع شعار الشركة على قمصان الفريق الأول وتنظيم برامج لاكتشاف المواهب في المدارس.

وكانت الأندية قد طالبت الموسم الماضي بزيادة المخصصات المالية، غير أن الاتحاد لم يعلن حتى الآن أي تعديل على قيمة الدعم السنوي، مكتفيا بوعود بدراستها مع الجهات المختصة.

وينطلق دوري عمانتل للمحترفين في الخامس عشر من سبتمبر المقبل بمشاركة أربعة عشر فريقا، بعد قرار الاتحاد توسيع المسابقة، وسط توقعات بمنافسة قوية بين السيب والنهضة وظفار على اللقب.

وتخوض الأندية العمانية الممثلة في كأس الاتحاد الآسيوي مبارياتها الأولى أواخر الشهر المقبل، وسط شكاوى من ضغط الجدول وقلة فترات الراحة بين المباريات.

وفي أحد المقاهي بولاية السيب، قال مشجع في الخمسينيات من عمره: «الفريق يحتاج مهاجما يسجل من أول مباراة. الحارس رجع وهذا جيد، لكن البطولة تحتاج أهدافا، لا أسماء».""",
        [],
        not_targets=["Oman", "Syria", "Jordan", "Brazil"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h89-12-aleqtisadiah-business-bank-mou-and-logistics-alliance-2021",
        date(2021, 11, 9),
        """بنكان سعوديان يوقعان اتفاقية لدراسة الاندماج.. وشركة نقل تنضم إلى تحالف لوجستي دولي

الرياض - «الاقتصادية»

وقع بنكان سعوديان مدرجان في السوق المالية، أمس، اتفاقية غير ملزمة لتقييم جدوى اندماجهما، في خطوة قد تنشئ كيانا مصرفيا يتجاوز إجمالي أصوله مئتي مليار ريال، بحسب إعلانين نشرا على موقع «تداول السعودية».

وأوضح البنكان أنهما سيعينان مستشارين ماليين وقانونيين لإجراء الفحص النافي للجهالة، على أن يخضع أي اتفاق نهائي لموافقة البنك المركزي السعودي وهيئة السوق المالية والهيئة العامة للمنافسة والجمعيتين العامتين للمساهمين.

وكانت مفاوضات سابقة بين أحد البنكين ومصرف ثالث قد توقفت العام الماضي بعد خلاف على معامل المبادلة، من دون أن يعلن الطرفان أسباب تعثرها بالتفصيل.

وفي سياق منفصل، أعلنت شركة سعودية للنقل البري انضمامها إلى تحالف دولي لشركات الخدمات اللوجستية يضم أكثر من مئة شركة في أوروبا وآسيا وأفريقيا، بهدف توسيع شبكة خدماتها وتمكين عملائها من شحن البضائع عبر الحدود بتكلفة أقل.

كما مددت الشركة عقد تشغيل أسطولها لصالح إحدى شركات البتروكيماويات لثلاث سنوات إضافية، ونشرت فرقا فنية في ميناء جدة الإسلامي لمتابعة مناولة الحاويات خلال موسم الذروة.

من جهتها، فرضت هيئة السوق المالية غرامات على شركتين مدرجتين بسبب مخالفات في الإفصاح عن نتائجهما الفصلية، فيما علقت «تداول السعودية» التداول على سهم شركة في قطاع التأمين لتأخرها في نشر قوائمها المالية، على أن يرفع التعليق فور استيفاء المتطلبات.

ويرى محللون أن موجة الاندماجات في القطاع المصرفي السعودي، التي بدأت باندماج البنك الأهلي التجاري ومجموعة سامبا، مرشحة للاستمرار في ظل سعي البنوك إلى خفض التكاليف وتعزيز قدرتها على تمويل مشاريع رؤية 2030.

وارتفع سهما البنكين في ختام تعاملات أمس بنسب تجاوزت خمسة في المئة، وسط تداولات نشطة، فيما أغلق المؤشر العام على ارتفاع طفيف بدعم من أسهم القطاع المصرفي.

وقال مدير محافظ في شركة وساطة بالرياض إن الصفقة «قد تستغرق عاما على الأقل» قبل اتضاح شروطها النهائية، مضيفا أن المستثمرين سيتابعون عن كثب نسبة المبادلة المقترحة.

وفي أحد المقاهي بحي العليا، قال موظف شاب في أحد البنكين: «عرفنا الخبر من الجوال مثل الناس. الكل يسأل عن الوظائف والفروع، والإدارة تقول لا تغيير الآن. ننتظر ونشوف».""",
        [],
        not_targets=["Saudi Arabia"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout89_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout89_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout89_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
