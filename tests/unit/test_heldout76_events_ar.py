"""A seventy-sixth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first seventy-five held-out sets: Arabic copy of 2013-2023 as the region's papers, sites and agencies
and the Arabic services of international ones carry it (the German agency's Arabic wire, "أبوظبي (د
ب أ) -", with a man in a café of Dubai's al-Rigga street, "واللي يبا يخرب البلاد ما له مكان"; an Abu
Dhabi broadcaster's site from Washington, "واشنطن - سكاي نيوز عربية", with a cloth seller of
Monrovia's Waterside market; the Turkish agency's Arabic wire, "إسلام آباد/ الأناضول", with a
bookseller of Lahore's Anarkali; a Baghdad daily, "بغداد - «المدى»", with a money changer of al-Rashid
street, "والله ما ندري شنو الجاي"; the Egyptian agency's wire, "أديس أبابا - أ ش أ", with a Burkinabe
student of al-Azhar; a Levantine-run agency's wire, "ألماتي - يو بي آي:", with a Turkish builders'
merchant of Almaty; a Nouakchott site, "نواكشوط - «الأخبار»", with a Senegalese fisherman of the fish
market; a Palestinian site inside Israel, "القدس - «عرب 48»", with a shopkeeper of Palestinian origin in
Managua, "إحنا هون من زمان"; the Kuwaiti agency in its own form, "الكويت - 11 - 12 (كونا) --", "حضرة
صاحب السمو أمير البلاد" and "(النهاية)", with a man of Souq al-Mubarakiya, "الله يحفظ الديرة"; the
British agency's Arabic wire, "ياوندي (رويترز) -", with a cattle trader of Maroua; a Moroccan site's
sports page, "فاس - «هسبريس»", in Moroccan usage ("بلاغ", "شتنبر", "الجماعة الحضرية") with a fan's
"خاصنا نرجعو للمنافسة"; a Kuwaiti daily's business page, "الكويت - «الجريدة» - الاقتصادي", with an
investor's "الكلام واجد والتوزيعات هي اللي تبين") and on episodes the earlier sets do not carry as
core or background news: the UAE cabinet's list of 83 terrorist organisations, the Muslim Brotherhood
and the Houthis among them, November 2014; Barack Obama ending the national emergency with respect to
Liberia and the sanctions on Charles Taylor's circle, November 2015; the Security Council's ISIL and
al-Qaida committee letting Hafiz Saeed draw on his frozen account for basic expenses, August 2019; Joe
Biden continuing the national emergency with respect to Iraq, May 2023; the African Union's Peace and
Security Council giving Burkina Faso's army two weeks to hand power to civilians or face sanctions,
November 2014; Turkey signing at Almaty the memorandum that makes it a dialogue partner of the Shanghai
Cooperation Organisation, April 2013; Mauritania and Senegal signing the intergovernmental
cooperation agreement on the Grand Tortue Ahmeyim gas field, February 2018; Israel and Nicaragua
resuming diplomatic relations, March 2017; the GCC's Kuwait summit deciding a unified military
command, December 2013; Chadian troops crossing into northern Cameroon against Boko Haram, January
2015.
Searched before writing, as the brief of this round asks, in ALL earlier held-out files of both
languages (docstrings and article texts) by states, bodies, people and places in Arabic and English
spellings: "Tortue"/"السلحفاة"/"Ahmeyim"/"Kosmos"/"Petrosen", "Maroua"/"ماروا", "Hafiz Saeed"/"حافظ
سعيد"/"Jamaat-ud-Dawa", "13303" and the Iraq emergency, "Kafando", "Mezentsev" and Turkey as an SCO
dialogue partner, the GCC's unified command ("القيادة العسكرية الموحدة"), Nicaragua beside Israel and
Liberia's emergency ended are found nowhere; the UAE list is found nowhere ("Islamic Relief",
"83 منظمة"). Some forty other candidates were dropped because the search found them as core news or
background (among them Argentina listing Hezbollah, background in set 26; Sudanese troops in Aden,
set 72; the Pakistani-Iranian ambassadors of January 2024, background in set 42; Turkey threatening
Iraqi Kurdistan after the referendum, set 10; Japan's partial lifting on North Korea of 2014; the
Huawei licence; the Section 907 waiver; Sierra Leone's Resolution 1940; the UK and Iran reopening
embassies; Costa Rica and the OECD; Mexico's National Guard; the Yemeni Nation's Shield Forces).

Ten carry core events of the ten alertable types (ten core events), nine occurred and one planned
(the GCC command the summit "أقر … إنشاء", to be set up "وفق جدول زمني محدد", planned as set 69's
joint Arab force decided at Sharm el-Sheikh), next to historical, negated and stalled ones; two are
near misses: a Fès football page (FIFA that "رفع … المنع من التعاقدات الذي فرضه", a coach's contract
"مدد", players who "انضم", a keeper who "وقع", a camp in Turkey, an ethics committee that "فرضت عقوبات
على رئيس ناد", a stadium licence "علقت", a sponsorship "توقيع اتفاقية", an academy "دمج", supporters'
"التحالف", a window "مددت") and a Kuwaiti business page (a bank merger with operations to "دمج", a
share whose trading "علقت", shares that "انضمت" to an index, a rating "رفعت", regulator's fines "فرضت",
a financing agreement "وقع" with "تحالف من البنوك", an offer "مدد", its "وجود" in markets, talks
"استئناف").

The decisions of the annotation, taken before any run: a state that "أدرجت … 83 جماعة وتنظيما على
قائمة المنظمات الإرهابية، بينها جماعة الإخوان المسلمين وجماعة الحوثيين" imposes (core; the United Arab
Emirates; the Brotherhood and the Houthis the targets; not Qatar, the United States, whose CAIR is
listed, Yemen or Palestine), Saudi Arabia's listing of March and Egypt's of December 2013 historical
impositions, "لم تشمل القائمة … حماس" a negated imposition and the Gulf list "متعثرا منذ أكثر من عام" a
stalled one (the GCC; the Brotherhood), the ambassadors' return to Doha no event of a watched type
told here (background, not annotated). A president who "أنهى … حالة الطوارئ الوطنية … بشأن ليبيريا،
ورفع بذلك العقوبات" lifts (core; the United States and Obama; Liberia and Charles Taylor; not
Nigeria, Sierra Leone or the United Kingdom), Bush's freeze of July 2004 a historical imposition, the
Council's travel ban and freeze "إلغاء … في سبتمبر الماضي" a historical lifting, "لم يرفع مجلس الأمن
حتى الآن حظر توريد الأسلحة" a negated lifting and "مدده في القرار ذاته لتسعة أشهر" a historical
extension, UNMIL since 2003 no presence of a state. A committee that "وافقت … على استثناء يسمح لمؤسس
جماعة الدعوة … بسحب مبلغ شهري من حسابه المصرفي المجمد" suspends (core: an exemption from an asset
freeze is a waiver; the Security Council, whose committee it is; Hafiz Saeed, whom the knowledge base
may lack; not Pakistan, which asked, India or the United States), the listing of December 2008 a
historical imposition, "لم ترفع اللجنة اسم سعيد من قائمة العقوبات" a negated lifting, his arrest and the
FATF review no events. A president who "مدد … لعام إضافي، العمل بحالة الطوارئ الوطنية المتعلقة
بالعراق" extends (core; the United States and Biden; Iraq, the emergency's state; not Iran), the
Treasury's listing of Kata'ib Hezbollah "في يوليو 2009" a historical imposition, "لم ترفع واشنطن
العقوبات المفروضة على كتائب حزب الله" a negated lifting, the Federal Reserve's limits on dollar
transfers no event. A council that "أمهل … الجيش في بوركينا فاسو أسبوعين … ملوحا بفرض عقوبات" threatens
(core; the African Union, whose council it is; Burkina Faso; not Ethiopia, the seat, Mauritania,
whose ambassador chairs, the mediators' Ghana, Senegal and Nigeria, Ivory Coast, where Compaoré went,
or Egypt, home of the agency), "لم يفرض المجلس … أي عقوبات" a negated imposition, the sanctions "في
مارس 2010" on Madagascar's leaders a historical imposition, the mediators' visit no event. A state
that "انضمت … إلى منظمة شنغهاي للتعاون بصفة شريك حوار" joins (core: a dialogue partner joins, as set
59 takes an observer; Turkey and Davutoğlu; the SCO), the memorandum they "وقع" an occurred signing
(not core: the vehicle of the same joining), the EU talks that "تراوح … مكانها منذ سنوات" a stalled
joining, NATO "منذ عام 1952" and Sri Lanka's and Belarus's status historical joinings; Kazakhstan,
the host, Russia, China, Cyprus and the United States are no parties. Two states that "وقعت … اتفاقية
تعاون حكومية مشتركة لتطوير واستغلال حقل" sign (core; Mauritania, Senegal and their presidents; not
the United Kingdom or the United States, home of BP and Kosmos), the fishing agreement whose renewal
"متعثرة" a stalled signing, the fisherman's death and the riots no events. A ministry that "أعلنت …
استئناف العلاقات الدبلوماسية مع نيكاراغوا" restores (core; Israel and Nicaragua), the non-resident
ambassador "من المقرر أن يعتمد … خلال الأشهر المقبلة" a planned restoration (not core: a step of the
same news), Guinea "في يوليو الماضي" a historical restoration, "لم تستأنف بوليفيا وفنزويلا … أي
اتصالات رسمية" a negated restoration, the break of 2010 no event of a watched type; Turkey, Costa Rica
and Palestine are no parties. A summit that "أقر … إنشاء قيادة عسكرية موحدة … على أن تتخذ من …
الرياض مقرا لها" plans an integration (core, planned; the GCC), the Peninsula Shield "عام 1984" a
historical integration and its units in Bahrain "في مارس 2011" a historical presence, Oman that "لن
تكون جزءا من أي اتحاد" a negated joining, the Geneva interim deal a historical signing (Iran no target
of anything here). Chadian troops that "وصلت … إلى إقليم أقصى الشمال في الكاميرون" are present (core;
Chad and Déby; Cameroon; not Boko Haram, the enemy), "لم تعبر القوات التشادية الحدود إلى الأراضي
النيجيرية" a negated presence, the soldiers in Mali "في عام 2013" and Barkhane in N'Djamena "منذ
أغسطس الماضي" historical presences, the Lake Chad Basin force "متعثرة" a stalled integration; the Fès
sports page and the Kuwaiti business page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit 3853dfd, in a worktree whose only change was this file), in one
run: events P 0.833 R 0.900 F1 0.865 (recall 9/10, precision 10/12; occurred core found 8/9, planned
1/1 as the score counts it; historical 16/16, negated 8/8, stalled 4/4 kept quiet). No annotation
was changed after the run. Two unexpected alerts and one wrong target; the two near misses raise
nothing.

Missed (two articles, strict xfails): in ar-h76-03 the committee's "وافقت … على استثناء يسمح … بسحب
مبلغ شهري من حسابه المصرفي المجمد" gives no suspension at all (only the listing of 2008, with no
target); in ar-h76-09 the summit's "أقر … إنشاء قيادة عسكرية موحدة … على أن تتخذ من … الرياض مقرا لها"
is read as an integration done (occurred), with the GCC for its target and no actor (the score counts
it found; the per-article check asks for the status).

Unexpected alerts and wrong targets (three articles, strict xfails): in ar-h76-01 the background
"ويأتي القرار بعد أيام من اتفاق الرياض التكميلي الذي أعلنت بموجبه الدول الثلاث عودة سفرائها إلى
الدوحة" gives an occurred restoration of Qatar, Saudi Arabia, the UAE and Bahrain (not annotated: the
annotation, written before the run, left this background out); in ar-h76-05 the mediators' "في مهمة
وساطة … للتوصل إلى اتفاق على ترتيبات المرحلة الانتقالية" gives a planned signing of Ghana, Senegal,
Nigeria and Burkina Faso; in ar-h76-06 the memorandum signed "في مدينة ألماتي الكازاخستانية" takes
Kazakhstan, the venue, for its target.

Seen but not scored: in ar-h76-02 the lifting's target is the unresolved "الرئيس الليبيري" (not
Liberia or Taylor) and Obama is no actor, Bush's freeze gives nothing, the Council's September lifting
is read as a negated lifting with the United States beside the Council, and the historical imposition
has the White House for an actor; in ar-h76-03 the listing of 2008 has no target and the negated
lifting gives nothing; in ar-h76-05 the threat has no target, the negated imposition has Mauritania
and Ethiopia for actors and the AU's Madagascar sanctions have "Belize" (from «بليز كومباوري») and
Ivory Coast for actors; in ar-h76-06 the stalled EU talks are read as a historical joining (quiet
either way), NATO's joining of 1952 gives nothing and Sri Lanka's and Belarus's have no target; in ar-h76-08 the restoration has the Gaza Strip
as a second target and the planned and negated restorations give nothing; in ar-h76-09 the Peninsula
Shield's formation and presence in Bahrain and Oman's refusal give nothing; in ar-h76-10 Déby is no
actor and the negated, historical and stalled background gives nothing.

After the fixes of 2026-12-07: P 1.000 R 1.000 F1 1.000 (recall 10/10, precision 11/11; occurred
core found 9/9, planned 1/1; historical 16/16, negated 8/8, stalled 4/4 kept quiet), no strict xfail
left. Fixed in general, with rule sentences in ``tests/unit/test_heldout76_rules_ar.py``: an
exemption whose scope is funds a freeze holds ("استثناء يسمح … بسحب مبلغ من حسابه المصرفي المجمد") is
a suspension (``frozen_scope`` in ``ar.cues.yaml`` and its trigger in ``ar.triggers.yaml``; "باستثناء",
"except", is never an exemption granted, ``rasd/events/extractor.py``); the groups a sanctions
committee is "concerned with" ("المعنية بتنظيمي داعش والقاعدة") are its remit, no party, the nationality
of a name in straight quotes glued to it ("جماعة "الدعوة" الباكستانية") is no target, as with «» (a
quote that opens the next name, 'أن "الولايات المتحدة ستفرض', hides nothing), and the day told
between a subject and its verb ("، أمس الخميس،") no longer puts the subject out of reach (all in
``rasd/events/roles.py``), which cures ar-h76-03; what a news item "comes after" is looked for up to
twenty words back, through a relative clause, unless a clause of contrast or a clause of its own
after a comma intervenes ("، ومن المقرر أن …", as in set 45's Colombia article) (``_comes_after_ar``
in ``rasd/events/status.py``), which cures ar-h76-01 and set 72's strict xfail on the Beijing
agreement told after "ويأتي القرار بعد أقل من ثلاثة أسابيع على توقيع …" (removed there); the purpose masdar
"للتوصل" ("in order to reach" a deal) is an aim, no planned signing (``status.py``), which cures
ar-h76-05; the state of the city where an accord is signed ("في مدينة ألماتي الكازاخستانية") is its
venue, no party (``_venue_city_demonym_ar`` in ``roles.py``), which cures ar-h76-06; a joint force
or command a summit or ministers "أقر"/"قرر" to set up ("إنشاء", "تشكيل", "تأسيس") is planned
(``_decided_setup_ar`` in ``status.py``), which cures ar-h76-09.
Seen after the fixes and left: in ar-h76-02 the lifting's target is still the unresolved "الرئيس
الليبيري" and Obama no actor; in ar-h76-03 Hafiz Saeed, unknown to the knowledge base, is no target;
in ar-h76-05 the threat has no target and «بليز كومباوري» still gives "Belize"; in ar-h76-09 the
planned integration has the GCC for its target and no actor.

``python -m tests.unit.test_heldout76_events_ar`` prints every article's alerts and the set's
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

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-01-dpa-uae-list-of-83-terrorist-organisations-2014",
        date(2014, 11, 16),
        """الإمارات تدرج 83 جماعة على قائمة المنظمات الإرهابية بينها "الإخوان" والحوثيون

أبوظبي (د ب أ) - أدرجت دولة الإمارات العربية المتحدة 83 جماعة وتنظيما على قائمة المنظمات الإرهابية، بينها جماعة الإخوان المسلمين وجماعة الحوثيين في اليمن، وذلك بموجب قرار لمجلس الوزراء نشرته وكالة أنباء الإمارات الرسمية (وام) مساء أمس السبت.

وتضم القائمة، إلى جانب تنظيمي "القاعدة" و"الدولة الإسلامية"، جماعات محلية وإقليمية وجمعيات تعمل في دول غربية، من بينها مجلس العلاقات الأمريكية الإسلامية (كير) في الولايات المتحدة ومنظمات إغاثة مسجلة في أوروبا، وهو ما أثار استغرابا في أوساط تلك المنظمات التي سارعت إلى نفي أي صلة لها بالإرهاب.

ويترتب على الإدراج، بحسب قانون مكافحة الجرائم الإرهابية الصادر في أغسطس الماضي، تجميد أموال الجماعات المدرجة وحظر الانتماء إليها أو تمويلها أو الترويج لها، مع عقوبات قد تصل إلى الإعدام.

وقال مسؤول في وزارة الخارجية الإماراتية، طلب عدم ذكر اسمه، إن القائمة "تهدف إلى تحقيق الشفافية وتوعية المجتمع"، مضيفا أن الدولة "ستراجعها بشكل دوري، ويمكن لأي جهة مدرجة أن تتظلم أمام القضاء".

وكانت المملكة العربية السعودية قد صنفت جماعة الإخوان المسلمين منظمة إرهابية في مارس الماضي، بعد أشهر من إعلان الحكومة المصرية الجماعة تنظيما إرهابيا في ديسمبر 2013.

ولم تشمل القائمة الإماراتية حركة المقاومة الإسلامية (حماس)، رغم ارتباطها الفكري بجماعة الإخوان، وهو ما فسره مراقبون بحرص أبوظبي على عدم الظهور في موقف يضر بالقضية الفلسطينية.

ولا يزال مشروع قائمة خليجية موحدة للتنظيمات الإرهابية متعثرا منذ أكثر من عام، بسبب تباين مواقف دول مجلس التعاون من جماعة الإخوان، ولا سيما بين قطر من جهة والسعودية والإمارات والبحرين من جهة أخرى.

ويأتي القرار بعد أيام من اتفاق الرياض التكميلي الذي أعلنت بموجبه الدول الثلاث عودة سفرائها إلى الدوحة، بعد قطيعة استمرت ثمانية أشهر على خلفية الموقف من الجماعة.

ويرى الباحث في شؤون الجماعات الإسلامية حسن أبو هنية أن إدراج منظمات غربية "قد يضع أبوظبي في حرج مع حلفائها"، لكنه "يبعث برسالة واضحة مفادها أن الإمارات لن تفرق بين الجناح السياسي والجناح المسلح".

وفي أحد مقاهي شارع الرقة في دبي، قال موظف إماراتي في الأربعين من عمره: "الأمن عندنا خط أحمر، والحمد لله عايشين في أمان، واللي يبا يخرب البلاد ما له مكان بيننا".""",
        [
            G("sanctions.imposed", "occurred", ["United Arab Emirates"], ["Muslim Brotherhood", "Houthis"]),
            G("sanctions.imposed", "historical", ["Saudi Arabia"], ["Muslim Brotherhood"], core=False),
            G("sanctions.imposed", "historical", ["Egypt"], ["Muslim Brotherhood"], core=False),
            G("sanctions.imposed", "negated", ["United Arab Emirates"], ["Hamas"], core=False),
            G("sanctions.imposed", "stalled", ["Gulf Cooperation Council"], ["Muslim Brotherhood"], core=False),
        ],
        not_targets=["Qatar", "United States", "Yemen", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-02-skynewsarabia-obama-ends-liberia-emergency-2015",
        date(2015, 11, 13),
        """أوباما ينهي العقوبات الأمريكية المرتبطة بنظام تشارلز تايلور في ليبيريا

واشنطن - سكاي نيوز عربية

أنهى الرئيس الأمريكي باراك أوباما، أمس الخميس، حالة الطوارئ الوطنية المعلنة منذ عام 2004 بشأن ليبيريا، ورفع بذلك العقوبات التي فرضتها الولايات المتحدة على الرئيس الليبيري الأسبق تشارلز تايلور والمقربين منه، وذلك بأمر تنفيذي أكد فيه أن الظروف التي دعت إلى إعلانها "تغيرت جذريا".

وقال البيت الأبيض في بيان إن القرار يأتي "اعترافا بالتقدم الذي أحرزته ليبيريا في إرساء الديمقراطية وإصلاح قطاع الأمن، وبنجاحها في التصدي لوباء إيبولا"، مضيفا أن الأموال المجمدة "لم تعد تشكل تهديدا لعملية السلام".

وكان الرئيس الأسبق جورج بوش قد جمد في يوليو 2004 أصول تايلور وأفراد عائلته وعدد من شركائه في الولايات المتحدة، بعد عام من تنحيه عن السلطة ولجوئه إلى نيجيريا، متهما إياهم بنهب ثروات البلاد وتأجيج الحرب في سيراليون المجاورة.

وجاءت الخطوة الأمريكية بعد شهرين من إلغاء مجلس الأمن الدولي، في سبتمبر الماضي، حظر السفر وتجميد الأصول المفروضين على ليبيريا بموجب قراراته السابقة.

ولم يرفع مجلس الأمن حتى الآن حظر توريد الأسلحة إلى الجماعات غير الحكومية في ليبيريا، إذ مدده في القرار ذاته لتسعة أشهر إضافية، قبل أن تتولى قوات الأمن الليبيرية المسؤولية كاملة من بعثة الأمم المتحدة.

ويقضي تايلور حاليا حكما بالسجن خمسين عاما في سجن بريطاني، بعد أن أدانته المحكمة الخاصة بسيراليون عام 2012 بالمساعدة على ارتكاب جرائم حرب وجرائم ضد الإنسانية.

ورحبت رئيسة ليبيريا إلين جونسون سيرليف بالقرار، ووصفته في تصريح لإذاعة محلية بأنه "شهادة على أن ليبيريا طوت صفحة الحرب"، معربة عن أملها في أن "يشجع المستثمرين على العودة".

ويرى الباحث في الشؤون الأفريقية بمعهد كارنيغي، في حديث لسكاي نيوز عربية، أن الأثر المالي للقرار "محدود، لأن معظم الأصول نقلت قبل التجميد"، غير أن قيمته "رمزية وسياسية بالدرجة الأولى".

وتستعد بعثة الأمم المتحدة في ليبيريا، المنتشرة منذ عام 2003، لتقليص عدد أفرادها تدريجيا، وسط مخاوف من تكرار أعمال العنف خلال انتخابات 2017.

وفي سوق واترسايد بالعاصمة منروفيا، قال بائع أقمشة لمراسلنا: "الناس هنا تعبوا من الكلام عن تايلور، نحن نريد كهرباء وطرقا وعملا لأولادنا".""",
        [
            G("sanctions.lifted", "occurred", ["United States", "Barack Obama"], ["Liberia", "Charles Taylor"]),
            G("sanctions.imposed", "historical", ["United States", "George W. Bush"], ["Charles Taylor", "Liberia"],
              core=False),
            G("sanctions.lifted", "historical", ["United Nations Security Council"], ["Liberia"], core=False),
            G("sanctions.lifted", "negated", ["United Nations Security Council"], ["Liberia"], core=False),
            G("sanctions.extended", "historical", ["United Nations Security Council"], ["Liberia"], core=False),
        ],
        not_targets=["Nigeria", "Sierra Leone", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-03-anadolu-un-exemption-hafiz-saeed-expenses-2019",
        date(2019, 8, 16),
        """لجنة أممية تسمح لحافظ سعيد بسحب مبالغ من حسابه لتغطية نفقاته الأساسية

إسلام آباد/ الأناضول

وافقت لجنة العقوبات التابعة لمجلس الأمن الدولي والمعنية بتنظيمي "داعش" و"القاعدة"، أمس الخميس، على استثناء يسمح لمؤسس جماعة "الدعوة" الباكستانية حافظ محمد سعيد بسحب مبلغ شهري من حسابه المصرفي المجمد لتغطية نفقاته الأساسية ونفقات أسرته، بناء على طلب تقدمت به الحكومة الباكستانية.

وقالت مصادر دبلوماسية في نيويورك لمراسل الأناضول إن المهلة المحددة لاعتراض أي من أعضاء اللجنة على الطلب انقضت من دون تسجيل أي اعتراض، ما جعل الاستثناء نافذا تلقائيا، وهو يشمل ما يلزم للطعام والإيجار والرسوم القانونية وفواتير الخدمات.

وأوضحت وزارة الخارجية الباكستانية، في بيان، أن الطلب "يستند إلى الأحكام الإنسانية الواردة في قرارات مجلس الأمن ذات الصلة"، مؤكدة أن إسلام آباد "ملتزمة بتطبيق نظام العقوبات الأممي بكل دقة".

وكان مجلس الأمن قد أدرج سعيد على قائمة العقوبات في ديسمبر 2008، بعد أسابيع من هجمات مومباي التي أودت بحياة 166 شخصا، واتهمت الهند جماعة "عسكر طيبة"، التي يعد سعيد مؤسسها، بالوقوف وراءها.

ولم ترفع اللجنة اسم سعيد من قائمة العقوبات، إذ يبقى خاضعا لتجميد الأصول وحظر السفر وحظر الأسلحة، بحسب المصادر ذاتها.

واعتقلت إدارة مكافحة الإرهاب في إقليم البنجاب سعيد في يوليو الماضي، ووجهت إليه تهما بتمويل الإرهاب، في خطوة رحبت بها واشنطن، وجاءت قبيل مراجعة تجريها مجموعة العمل المالي (فاتف) لمدى التزام باكستان بمكافحة تمويل الإرهاب.

ويرى المحلل السياسي الباكستاني حسن عسكري رضوي أن الاستثناء "إجراء روتيني تتيحه القواعد الأممية"، لافتا إلى أن عدم اعتراض الهند عليه "يعكس رغبة في عدم تحويل ملف إنساني إلى ساحة مواجهة، في وقت تتصاعد فيه التوترات بين البلدين بشأن كشمير".

وتسري في باكستان منذ أشهر إجراءات لحظر الجماعات المرتبطة بسعيد، إذ وضعت السلطات يدها على مدارس ومستوصفات وسيارات إسعاف كانت تديرها جماعة "الدعوة" وذراعها الخيري.

وتنفي جماعة "الدعوة" أي صلة لها بالعمل المسلح، وتقدم نفسها منظمة خيرية تدير شبكة واسعة من المدارس والمستشفيات في أنحاء البلاد، في حين تعدها واشنطن ونيودلهي واجهة لجماعة "عسكر طيبة".

وقال صاحب محل لبيع الكتب في سوق أنار كلي بلاهور: "القضية كلها سياسة، والناس العاديون لا يهمهم إلا الغلاء وفواتير الكهرباء".""",
        [
            G("sanctions.suspended", "occurred", ["United Nations Security Council"], ["Hafiz Saeed"]),
            G("sanctions.imposed", "historical", ["United Nations Security Council"], ["Hafiz Saeed"], core=False),
            G("sanctions.lifted", "negated", ["United Nations Security Council"], ["Hafiz Saeed"], core=False),
        ],
        not_targets=["Pakistan", "India", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-04-almada-biden-continues-iraq-emergency-2023",
        date(2023, 5, 19),
        """بايدن يمدد العمل بحالة الطوارئ الوطنية المتعلقة بالعراق لعام آخر

بغداد - «المدى»

مدد الرئيس الأمريكي جو بايدن، لعام إضافي، العمل بحالة الطوارئ الوطنية المتعلقة بالعراق، والتي تشكل الأساس القانوني لحماية الأموال العراقية من الحجز القضائي وللعقوبات التي تفرضها واشنطن على من تعدهم مهددين لاستقرار البلاد، وذلك في إشعار وجهه إلى الكونغرس ونشره البيت الأبيض مساء أمس.

وجاء في الإشعار أن "العقبات التي تعترض إعادة الإعمار المنظم للعراق، واستعادة السلام والأمن فيه والحفاظ عليهما، لا تزال تشكل تهديدا غير عادي واستثنائي للأمن القومي والسياسة الخارجية للولايات المتحدة".

وكان الرئيس الأسبق جورج بوش قد أعلن حالة الطوارئ هذه في مايو 2003، بعد أسابيع من سقوط النظام السابق، ثم وسع نطاقها بأمر تنفيذي صدر عام 2007 أتاح تجميد أصول الأفراد والجماعات الذين يرتكبون أعمال عنف تهدد الحكومة العراقية.

وبموجب هذا الأمر، فرضت وزارة الخزانة الأمريكية في يوليو 2009 عقوبات على "كتائب حزب الله"، وصنفتها في الوقت نفسه منظمة إرهابية أجنبية، كما أدرجت خلال السنوات الماضية عددا من قادة الفصائل المسلحة.

ولم ترفع واشنطن العقوبات المفروضة على "كتائب حزب الله" أو على أي من قادة الفصائل المدرجين، رغم مطالبات أطراف في الإطار التنسيقي بمراجعة تلك القوائم.

وقال مصدر حكومي عراقي لـ«المدى» إن التمديد "إجراء سنوي اعتيادي"، مضيفا أن بغداد "تتعامل معه بوصفه مظلة قانونية تحمي عائدات النفط المودعة في حساب البنك المركزي لدى الاحتياطي الفيدرالي في نيويورك من دعاوى الدائنين".

ويرى الخبير الاقتصادي نبيل المرسومي أن بقاء حالة الطوارئ "سلاح ذو حدين"، فهو "يحمي الأموال العراقية من جهة، لكنه يبقي الاقتصاد العراقي تحت رقابة الخزانة الأمريكية من جهة أخرى"، في إشارة إلى القيود التي فرضها الاحتياطي الفيدرالي على التحويلات بالدولار منذ نوفمبر الماضي.

وتأتي الخطوة في وقت يواصل فيه الدينار العراقي تقلباته أمام الدولار في السوق الموازية، رغم قرار البنك المركزي تعديل سعر الصرف الرسمي في فبراير الماضي.

وفي شارع الرشيد وسط بغداد، قال صراف في الخمسين من عمره: "كل يوم نسمع قرار جديد من أمريكا، والدولار يصعد وينزل، والمواطن هو اللي يدفع الثمن، والله ما ندري شنو الجاي".""",
        [
            G("sanctions.extended", "occurred", ["United States", "Joe Biden"], ["Iraq"]),
            G("sanctions.imposed", "historical", ["United States", "United States Department of the Treasury"],
              ["Kata'ib Hezbollah"], core=False),
            G("sanctions.lifted", "negated", ["United States"], ["Kata'ib Hezbollah"], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-05-mena-african-union-ultimatum-burkina-faso-2014",
        date(2014, 11, 4),
        """الاتحاد الأفريقي يمهل عسكريي بوركينا فاسو أسبوعين لتسليم السلطة أو مواجهة العقوبات

أديس أبابا - أ ش أ

أمهل مجلس السلم والأمن التابع للاتحاد الأفريقي، أمس الاثنين، الجيش في بوركينا فاسو أسبوعين لتسليم السلطة إلى سلطة مدنية انتقالية، ملوحا بفرض عقوبات على البلاد وعلى قادة المؤسسة العسكرية إذا لم يلتزموا بالمهلة.

وقال رئيس المجلس، سفير موريتانيا لدى الاتحاد، في مؤتمر صحفي عقب اجتماع استمر ساعات بمقر الاتحاد في أديس أبابا، إن المجلس "مقتنع بأن التغيير الذي حدث جاء تلبية لمطالب الشعب"، لكنه "لن يقبل باستمرار حكم عسكري"، مضيفا أن المجلس سيعود للانعقاد بعد انقضاء المهلة "لاتخاذ الإجراءات المناسبة".

ولم يفرض المجلس في اجتماع أمس أي عقوبات على بوركينا فاسو، مفضلا منح الوساطة الإقليمية فرصة، في وقت يتولى فيه المقدم إسحاق زيدا قيادة المرحلة الانتقالية منذ السبت الماضي.

ومن المقرر أن يتوجه رؤساء غانا والسنغال ونيجيريا إلى واغادوغو غدا الأربعاء، في مهمة وساطة باسم المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، للتوصل إلى اتفاق على ترتيبات المرحلة الانتقالية.

وكان الرئيس بليز كومباوري قد أعلن استقالته يوم الجمعة الماضي، بعد احتجاجات حاشدة على مشروع تعديل دستوري يتيح له الترشح لولاية جديدة، وأحرق المحتجون مبنى البرلمان، قبل أن يغادر البلاد إلى ساحل العاج.

وسبق للاتحاد الأفريقي أن فرض في مارس 2010 عقوبات على أكثر من مئة من قادة السلطة الانتقالية في مدغشقر، بينهم أندري راجولينا، بعد رفضهم تطبيق اتفاقات تقاسم السلطة، في سابقة يستند إليها دبلوماسيون للقول إن تهديد المجلس "ليس كلاما فارغا".

ورحبت المعارضة البوركينية بموقف الاتحاد، فيما قال المتحدث باسم الجيش إن المؤسسة العسكرية "لا تسعى إلى السلطة" وإنها "ستسلمها في أقرب الآجال إلى حكومة توافقية".

ويرى الخبير في الشؤون الأفريقية الدكتور أيمن شبانة، في تصريح لوكالة أنباء الشرق الأوسط، أن المهلة "تعكس حرص الاتحاد على تطبيق ميثاقه الرافض للتغييرات غير الدستورية، مع مراعاة خصوصية ما جرى بوصفه ثورة شعبية".

وقال طالب بوركيني يدرس في جامعة الأزهر بالقاهرة: "أهلي في واغادوغو فرحانين برحيل كومباوري، لكنهم خائفين من أن يسرق العسكر الثورة، ونتمنى أن تمر الأمور بسلام".""",
        [
            G("sanctions.threatened", "occurred", ["African Union"], ["Burkina Faso"]),
            G("sanctions.imposed", "negated", ["African Union"], ["Burkina Faso"], core=False),
            G("sanctions.imposed", "historical", ["African Union"], ["Madagascar", "Andry Rajoelina"], core=False),
        ],
        not_targets=["Ethiopia", "Mauritania", "Ghana", "Senegal", "Nigeria", "Ivory Coast", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-06-upi-turkey-sco-dialogue-partner-almaty-2013",
        date(2013, 4, 27),
        """تركيا تصبح "شريك حوار" في منظمة شنغهاي للتعاون

ألماتي - يو بي آي: انضمت تركيا، أمس الجمعة، إلى منظمة شنغهاي للتعاون بصفة "شريك حوار"، بعدما وقع وزير الخارجية التركي أحمد داود أوغلو والأمين العام للمنظمة ديمتري ميزينتسيف في مدينة ألماتي الكازاخستانية مذكرة بهذا الشأن، لتصبح أول دولة عضو في حلف شمال الأطلسي (الناتو) ترتبط بالمنظمة بصفة رسمية.

وكانت قمة المنظمة التي عقدت في بكين في يونيو من العام الماضي قد وافقت على منح تركيا هذه الصفة، التي تتيح لها المشاركة في اجتماعات وزارية وفي مشاريع للتعاون في مجالات الأمن والاقتصاد والطاقة والنقل، من دون أن تكون لها صفة العضو أو المراقب.

وقال داود أوغلو للصحفيين عقب التوقيع إن بلاده "تتقاسم مع دول المنظمة مصيرا مشتركا"، مضيفا أن تركيا "دولة أوروبية وآسيوية في آن معا، ولا ترى تعارضا بين التزاماتها الغربية وانفتاحها على الشرق".

ولقيت الخطوة اهتماما واسعا في العواصم الغربية، بعد تصريحات أدلى بها رئيس الوزراء رجب طيب أردوغان في يناير الماضي، قال فيها إنه طلب من الرئيس الروسي فلاديمير بوتين ضم تركيا إلى المنظمة "لنقول وداعا للاتحاد الأوروبي".

وتراوح مفاوضات انضمام تركيا إلى الاتحاد الأوروبي مكانها منذ سنوات، إذ لم يفتح منذ انطلاقها عام 2005 سوى ثلاثة عشر فصلا من أصل خمسة وثلاثين، فيما جمد الاتحاد ثمانية فصول بسبب الخلاف حول قبرص.

وتركيا عضو في حلف الناتو منذ عام 1952، وتستضيف قاعدة إنجرليك الجوية التي تستخدمها القوات الأمريكية، إضافة إلى منظومة رادار للإنذار المبكر تابعة للحلف نصبت في ولاية ملاطية.

وسبق أن حصلت كل من سريلانكا وبيلاروسيا على صفة شريك الحوار في المنظمة، التي تضم في عضويتها الصين وروسيا وكازاخستان وقرغيزستان وطاجيكستان وأوزبكستان، فيما تشارك الهند وباكستان وإيران ومنغوليا وأفغانستان بصفة مراقب.

ويرى محللون في أنقرة أن الخطوة "رسالة إلى بروكسل أكثر منها تحولا استراتيجيا"، مشيرين إلى أن المنظمة "لا تقدم ضمانات دفاعية جماعية على غرار المادة الخامسة من ميثاق الناتو".

وقال رجل أعمال تركي يعمل في تجارة مواد البناء في ألماتي منذ عشرين عاما: "نحن هنا منذ زمن، والكازاخ يعتبروننا أشقاء، وهذه الخطوة ستسهل علينا التأشيرات والتجارة إن شاء الله".""",
        [
            G("alliance.joined", "occurred", ["Turkey", "Ahmet Davutoğlu"], ["Shanghai Cooperation Organisation"]),
            G("agreement.signed", "occurred", ["Turkey", "Ahmet Davutoğlu", "Shanghai Cooperation Organisation"], [],
              core=False),
            G("alliance.joined", "stalled", ["Turkey"], ["European Union"], core=False),
            G("alliance.joined", "historical", ["Turkey"], ["NATO"], core=False),
            G("alliance.joined", "historical", ["Sri Lanka", "Belarus"], ["Shanghai Cooperation Organisation"],
              core=False),
        ],
        not_targets=["Kazakhstan", "Russia", "China", "Cyprus", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-07-alakhbar-mauritania-senegal-gas-field-agreement-2018",
        date(2018, 2, 10),
        """موريتانيا والسنغال توقعان اتفاقية التعاون لاستغلال حقل "السلحفاة الكبرى - آحميم" للغاز

نواكشوط - «الأخبار»

وقعت موريتانيا والسنغال، أمس الجمعة في نواكشوط، اتفاقية تعاون حكومية مشتركة لتطوير واستغلال حقل "السلحفاة الكبرى - آحميم" للغاز الطبيعي، الواقع على الحدود البحرية بين البلدين، وذلك بحضور الرئيس محمد ولد عبد العزيز ونظيره السنغالي ماكي صال.

ووقع الاتفاقية عن الجانب الموريتاني وزير البترول والطاقة والمعادن محمد ولد عبد الفتاح، وعن الجانب السنغالي وزير النفط والطاقات منصور إليمان كان، وتنص على تقاسم الإنتاج والعائدات مناصفة بين البلدين، وعلى إنشاء هيئات مشتركة للإشراف على المشروع.

وقال الرئيس ولد عبد العزيز في كلمة خلال حفل التوقيع إن الاتفاقية "تجسد روابط الأخوة وحسن الجوار التي تجمع الشعبين"، فيما اعتبر الرئيس صال أن الحقل "سيكون نموذجا للتعاون الإقليمي في أفريقيا، بدل أن يكون مصدرا للخلاف".

وتقدر احتياطيات الحقل، الذي تطوره شركتا "بي بي" البريطانية و"كوسموس إنرجي" الأمريكية بالشراكة مع الشركة الموريتانية للمحروقات وشركة "بتروسن" السنغالية، بنحو خمسة عشر تريليون قدم مكعب، ويتوقع أن يبدأ إنتاج الغاز المسال منه مطلع العقد المقبل عبر منشأة عائمة قبالة السواحل.

وتأتي الاتفاقية بعد أيام من توتر شهدته مدينة سان لويس السنغالية، إثر مقتل صياد سنغالي برصاص خفر السواحل الموريتاني، ما أدى إلى احتجاجات غاضبة في حي غيت ندار.

ولا تزال المفاوضات بين البلدين على تجديد اتفاقية الصيد، التي تتيح للصيادين السنغاليين العمل في المياه الموريتانية، متعثرة منذ انتهاء العمل بالاتفاقية السابقة قبل أكثر من عامين، بسبب الخلاف على الحصص وشروط تفريغ الأسماك في الموانئ الموريتانية.

ويرى الخبير في قطاع الطاقة محمد فال ولد بلال أن الاتفاقية "خطوة ضرورية لطمأنة المستثمرين"، لكنه حذر من أن "العائدات لن تظهر قبل سنوات، وعلى الحكومتين أن تديرا التوقعات بحذر".

واكتشفت شركة "كوسموس إنرجي" الحقل عام 2015 على عمق يقارب ثلاثة آلاف متر، في ما وصف حينها بأنه أحد أكبر اكتشافات الغاز في غرب أفريقيا خلال العقد الأخير، وهو ما أثار آمالا واسعة في البلدين بتحسين أوضاعهما الاقتصادية.

وقال صياد سنغالي يعمل في سوق السمك بنواكشوط منذ سنوات: "نحن جيران وإخوة، البحر يجمعنا قبل الغاز، نتمنى أن يحلوا مشكلة الرخص حتى نرجع للعمل بلا خوف".""",
        [
            G("agreement.signed", "occurred", ["Mauritania", "Senegal", "Mohamed Ould Abdel Aziz", "Macky Sall"], []),
            G("agreement.signed", "stalled", ["Mauritania", "Senegal"], [], core=False),
        ],
        not_targets=["United Kingdom", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-08-arab48-israel-nicaragua-resume-ties-2017",
        date(2017, 3, 30),
        """إسرائيل ونيكاراغوا تستأنفان علاقاتهما الدبلوماسية بعد قطيعة منذ "مرمرة"

القدس - «عرب 48»

أعلنت وزارة الخارجية الإسرائيلية، أمس الأربعاء، استئناف العلاقات الدبلوماسية مع نيكاراغوا، بعد قطيعة استمرت نحو سبع سنوات، أعلنتها حكومة الرئيس دانييل أورتيغا احتجاجا على الهجوم الإسرائيلي على سفينة "مافي مرمرة" التركية، التي كانت ضمن "أسطول الحرية" المتجه إلى قطاع غزة المحاصر عام 2010.

وجاء في بيان الوزارة أن القرار اتخذ في ختام لقاء جمع مسؤولين من وزارتي خارجية البلدين، مشيرا إلى أن الجانبين "اتفقا على العمل من أجل تعزيز التعاون في مجالات الزراعة والمياه والتعليم".

ومن المقرر أن يعتمد سفير إسرائيل لدى كوستاريكا سفيرا غير مقيم لدى نيكاراغوا خلال الأشهر المقبلة، وفق ما أفادت به الإذاعة الإسرائيلية العامة.

وتسعى حكومة بنيامين نتنياهو منذ سنوات إلى توسيع علاقاتها في أمريكا اللاتينية وأفريقيا، بهدف كسر ما تسميه "الأغلبية التلقائية" المؤيدة للفلسطينيين في الجمعية العامة للأمم المتحدة، وكانت قد استأنفت في يوليو الماضي علاقاتها مع غينيا بعد قطيعة دامت قرابة نصف قرن.

ولم تستأنف بوليفيا وفنزويلا، اللتان قطعتا علاقاتهما مع إسرائيل خلال الحرب على غزة أواخر عام 2008 ومطلع 2009، أي اتصالات رسمية معها حتى اليوم، بل تواصلان انتقاد السياسات الإسرائيلية في المحافل الدولية.

ولم يصدر تعليق رسمي فوري عن حكومة ماناغوا، التي تعد من أبرز حلفاء القضية الفلسطينية في القارة، والتي اعترفت بدولة فلسطين عام 2011.

واعتبرت وزارة الخارجية الفلسطينية، في بيان، أن الخطوة "شأن سيادي"، لكنها دعت حكومة نيكاراغوا إلى "عدم السماح لإسرائيل باستغلال هذه العلاقات لتلميع صورتها".

ويرى المحلل السياسي أنطوان شلحت أن نيكاراغوا "تبحث عن الخبرات الزراعية والتقنية الإسرائيلية في ظل تراجع الدعم الفنزويلي"، مضيفا أن إسرائيل "تحصد ثمار دبلوماسية هادئة في دول صغيرة لا تثير الانتباه".

وتنشط الوكالة الإسرائيلية للتعاون الدولي للتنمية (ماشاف) منذ سنوات في دول أمريكا الوسطى، عبر برامج تدريب في الري بالتنقيط وإدارة المياه والطب، وهي المجالات التي قال مسؤولون إسرائيليون إنها ستكون مدخل التعاون مع ماناغوا.

وقال تاجر من أصل فلسطيني يملك متجرا للملابس في العاصمة ماناغوا، في اتصال هاتفي: "إحنا هون من زمان، وأهل البلد بحبونا وبحبوا فلسطين، الحكومة إلها حساباتها بس الناس قلبها معنا".""",
        [
            G("relations.restored", "occurred", ["Israel", "Nicaragua"], []),
            G("relations.restored", "planned", ["Israel"], ["Nicaragua"], core=False),
            G("relations.restored", "historical", ["Israel", "Guinea"], [], core=False),
            G("relations.restored", "negated", ["Bolivia", "Venezuela"], ["Israel"], core=False),
        ],
        not_targets=["Turkey", "Costa Rica", "Palestine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-09-kuna-gcc-summit-unified-military-command-2013",
        date(2013, 12, 11),
        """القمة الخليجية تقر إنشاء قيادة عسكرية موحدة لدول مجلس التعاون

الكويت - 11 - 12 (كونا) -- أقر قادة دول مجلس التعاون لدول الخليج العربية، في ختام أعمال قمتهم الرابعة والثلاثين اليوم، إنشاء قيادة عسكرية موحدة تتولى التنسيق بين القوات البرية والبحرية والجوية لدول المجلس، على أن تتخذ من العاصمة السعودية الرياض مقرا لها.

وأوضح البيان الختامي للقمة، الذي تلاه الأمين العام للمجلس الدكتور عبد اللطيف الزياني، أن القادة كلفوا مجلس الدفاع المشترك باتخاذ ما يلزم لتفعيل القيادة الموحدة "وفق جدول زمني محدد"، كما أقروا إنشاء جهاز للشرطة الخليجية وأكاديمية خليجية للدراسات الاستراتيجية والأمنية.

وقال حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح، رئيس الدورة الحالية للمجلس، في كلمته الختامية إن القرارات "تعكس إدراك القادة لحجم التحديات التي تحيط بالمنطقة"، مؤكدا أن "أمن دول المجلس كل لا يتجزأ".

وكانت دول المجلس قد أنشأت قوات درع الجزيرة المشتركة عام 1984، بعد ثلاث سنوات من تأسيس المجلس، وانتشرت وحدات منها في مملكة البحرين في مارس 2011 بطلب من حكومتها، لحماية المنشآت الحيوية.

ولم يتطرق البيان الختامي إلى مقترح الانتقال من مرحلة التعاون إلى مرحلة الاتحاد، الذي طرحه خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز عام 2011، بعد أن أعلن الوزير المسؤول عن الشؤون الخارجية في سلطنة عمان يوسف بن علوي بن عبد الله الأسبوع الماضي أن بلاده "لن تكون جزءا من أي اتحاد"، وأنها قد تنسحب من المجلس إذا قام.

وأشاد البيان بالاتفاق المرحلي الذي توصلت إليه إيران ومجموعة خمسة زائد واحد في جنيف الشهر الماضي بشأن البرنامج النووي الإيراني، معربا عن الأمل في أن "يشكل خطوة نحو حل شامل".

وقال الخبير العسكري الكويتي اللواء الركن المتقاعد فهد الشليمي لـ(كونا) إن القيادة الموحدة "نقلة نوعية في العمل العسكري الخليجي المشترك"، مشيرا إلى أن نجاحها "مرهون بتوحيد منظومات التسليح والاتصالات بين الجيوش الست".

وفي سوق المباركية، قال مواطن كويتي في الستين من عمره: "الخليج واحد، وإذا تعاونا في الجيش مثل ما تعاونا في غيره يكون أحسن لنا ولعيالنا، الله يحفظ الديرة ويحفظ الخليج".

(النهاية) م ع / أ ب""",
        [
            G("forces.integrated", "planned", ["Gulf Cooperation Council"], []),
            G("forces.integrated", "historical", ["Gulf Cooperation Council"], ["Peninsula Shield Force"], core=False),
            G("military.presence", "historical", ["Peninsula Shield Force", "Gulf Cooperation Council"], ["Bahrain"],
              core=False),
            G("alliance.joined", "negated", ["Oman"], [], core=False),
            G("agreement.signed", "historical", ["Iran"], [], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-10-reuters-chadian-troops-arrive-cameroon-2015",
        date(2015, 1, 18),
        """طلائع القوات التشادية تصل إلى شمال الكاميرون لمواجهة "بوكو حرام"

ياوندي (رويترز) - وصلت طلائع القوات التشادية، أمس السبت، إلى إقليم أقصى الشمال في الكاميرون، للمشاركة في التصدي لهجمات جماعة "بوكو حرام" النيجيرية، بعد يوم من موافقة الجمعية الوطنية التشادية بالإجماع على إرسالها، بحسب ما أفاد به مسؤولون كاميرونيون وشهود.

وقال مسؤول عسكري كاميروني في مدينة ماروا لرويترز إن رتلا يضم مئات الآليات العسكرية، بينها مدرعات وشاحنات محملة بالجنود، عبر الحدود مساء الجمعة، وإن الجنود التشاديين "بدأوا الانتشار في مواقع قريبة من الحدود مع نيجيريا".

وأعلنت الرئاسة التشادية أن إرسال القوات جاء تلبية لطلب من الرئيس الكاميروني بول بيا، مؤكدة أن الرئيس إدريس ديبي إتنو "لن يقف مكتوف الأيدي أمام تهديد يطال أمن المنطقة بأسرها"، فيما قدرت مصادر دبلوماسية عدد الجنود بنحو ألفين وخمسمئة.

ولم تعبر القوات التشادية الحدود إلى الأراضي النيجيرية حتى الآن، إذ تشترط أبوجا تنسيقا مسبقا لأي عمليات على أراضيها، في وقت تستعد فيه نيجيريا لانتخابات رئاسية الشهر المقبل.

وكانت تشاد قد أرسلت في عام 2013 أكثر من ألفي جندي إلى شمال مالي، حيث قاتلوا إلى جانب القوات الفرنسية ضد الجماعات المسلحة في جبال إيفوغاس، وتكبدوا خسائر كبيرة.

وتتخذ عملية "برخان" الفرنسية لمكافحة الإرهاب في منطقة الساحل من العاصمة التشادية إنجامينا مقرا لقيادتها منذ أغسطس الماضي، وتنتشر فيها طائرات مقاتلة فرنسية.

ولا تزال القوة الإقليمية المشتركة التي اتفقت على تشكيلها دول حوض بحيرة تشاد، نيجيريا وتشاد والكاميرون والنيجر، في أكتوبر الماضي متعثرة، بسبب خلافات على القيادة والتمويل ومقر القيادة.

وسيطر مسلحو "بوكو حرام" مطلع الشهر الجاري على بلدة باغا النيجيرية وقاعدة القوة متعددة الجنسيات فيها، على ضفاف بحيرة تشاد، في هجوم قالت منظمات حقوقية إنه أوقع مئات القتلى، كما شنوا هجمات متكررة على قرى كاميرونية حدودية.

وتقول الأمم المتحدة إن عشرات الآلاف من النيجيريين لجؤوا إلى إقليم أقصى الشمال الكاميروني هربا من العنف، ويقيم كثير منهم في مخيم ميناواو، فيما قتل عشرات الجنود الكاميرونيين في مواجهات مع المسلحين خلال الأشهر الماضية.

وقال تاجر ماشية في سوق ماروا: "الناس هنا خائفون منذ شهور، والطرق إلى نيجيريا مقطوعة، ووصول التشاديين أعاد إلينا بعض الطمأنينة".""",
        [
            G("military.presence", "occurred", ["Chad", "Idriss Déby"], ["Cameroon"]),
            G("military.presence", "negated", ["Chad"], ["Nigeria"], core=False),
            G("military.presence", "historical", ["Chad"], ["Mali"], core=False),
            G("military.presence", "historical", ["France"], ["Chad"], core=False),
            G("forces.integrated", "stalled", ["Nigeria", "Chad", "Cameroon", "Niger"],
              ["Multinational Joint Task Force"], core=False),
        ],
        not_targets=["Boko Haram"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-11-hespress-maghreb-fes-transfer-ban-lifted-sports-2021",
        date(2021, 7, 24),
        """"الماص" يتخلص من المنع من الانتدابات ويمدد عقد مدربه استعدادا للموسم الجديد

فاس - «هسبريس»

رفع الاتحاد الدولي لكرة القدم (فيفا) المنع من التعاقدات الذي فرضه على نادي المغرب الفاسي منذ أشهر، بعد أن سوى الفريق مستحقات لاعب أجنبي سابق لجأ إلى غرفة فض النزاعات، بحسب ما أعلنه المكتب المسير للنادي في بلاغ نشره أمس الجمعة.

وأوضح البلاغ أن الإدارة "أدت كامل المبالغ المحكوم بها"، وأن الفريق "أصبح بإمكانه تأهيل لاعبيه الجدد قبل انطلاق البطولة الاحترافية"، مشيرا إلى أن المكتب المسير "مدد عقد المدرب لموسمين إضافيين" تقديرا لعمله في قيادة الفريق إلى مراتب متقدمة.

وانضم إلى صفوف الفريق ثلاثة لاعبين جدد، بينهم مهاجم قادم من الدوري الجزائري ولاعب وسط من أحد أندية القسم الثاني، فيما وقع الحارس الأساسي على عقد جديد يمتد ثلاث سنوات.

ويخوض الفريق حاليا معسكرا إعداديا في مدينة إفران، على أن ينتقل الأسبوع المقبل إلى تركيا لإجراء معسكر ثان يلعب خلاله ثلاث مباريات ودية أمام أندية من الدوري التركي.

وفي المقابل، فرضت لجنة الأخلاقيات التابعة للجامعة الملكية المغربية لكرة القدم عقوبات على رئيس ناد آخر، بعد تصريحات اعتبرت مسيئة للتحكيم، كما علقت اللجنة المركزية للتأديب رخصة ملعب فريق من القسم الثاني بسبب أحداث شغب.

وأعلن النادي كذلك عن توقيع اتفاقية شراكة مع مؤسسة بنكية لرعاية الفريق لمدة ثلاث سنوات، ودمج مدرسة كرة القدم في مركز التكوين الجديد الذي ستشيده الجماعة الحضرية بضواحي المدينة.

وأكد رئيس النادي في تصريح لهسبريس أن الإدارة "استعادت ثقة الجماهير بعد مرحلة صعبة"، وأن "التحالف بين المكتب المسير والمنخرطين والسلطات المحلية هو ما أنقذ الفريق من الأزمة المالية".

وفي سياق متصل، مددت العصبة الوطنية لكرة القدم الاحترافية فترة الانتقالات الصيفية أسبوعا إضافيا بطلب من عدد من الأندية، على أن تنطلق البطولة منتصف شتنبر المقبل.

وينتظر أنصار الفريق انتهاء أشغال إصلاح أرضية المركب الرياضي، التي تأخرت أكثر من مرة، بعدما اضطر الفريق خلال الموسم الماضي إلى استقبال منافسيه في ملاعب مدن أخرى، وهو ما أثر على نتائجه وعلى مداخيل التذاكر.

وقال أحد المشجعين أمام المركب الرياضي بفاس: "الماص فريق كبير، وهاد العام خاصنا نرجعو للمنافسة على الألقاب، الجمهور كيستاهل الفرحة".""",
        [],
        not_targets=["Morocco", "Algeria", "Turkey"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h76-12-aljarida-kfh-ahli-united-merger-business-2022",
        date(2022, 10, 3),
        """"بيتك" يستكمل الاستحواذ على "الأهلي المتحد" ويعلن دمج العمليات

الكويت - «الجريدة» - الاقتصادي

أعلن بيت التمويل الكويتي (بيتك) استكمال صفقة الاستحواذ على البنك الأهلي المتحد، ليصبح أحد أكبر المصارف الإسلامية في العالم بإجمالي أصول يتجاوز مئة مليار دولار، بعد الحصول على جميع الموافقات الرقابية في الكويت والبحرين ومصر والمملكة المتحدة.

وقال الرئيس التنفيذي لـ"بيتك" في بيان أرسله إلى بورصة الكويت إن البنك "سيبدأ دمج العمليات والأنظمة التقنية والموارد البشرية خلال الأشهر المقبلة"، مؤكدا أن "الكيان الجديد سيعزز وجوده في الأسواق الإقليمية والدولية".

وعلقت بورصة الكويت التداول على سهم "الأهلي المتحد" تمهيدا لشطبه، فيما انضمت الأسهم الجديدة لـ"بيتك" إلى مؤشرات السوق الأول اعتبارا من جلسة الأحد.

ورفعت وكالة للتصنيف الائتماني نظرتها المستقبلية للبنك إلى "إيجابية"، مشيرة إلى أن الصفقة "تعزز الملاءة المالية وتنوع مصادر الدخل".

وكانت هيئة أسواق المال قد فرضت في وقت سابق غرامات على عدد من المتداولين بسبب مخالفات تتعلق بتسريب معلومات جوهرية قبل الإعلان عن الصفقة، في إطار حملة رقابية دورية.

ووقع "بيتك" كذلك اتفاقية مع تحالف من البنوك المحلية لتمويل مشروع عقاري كبير، ومدد العمل بعرضه الترويجي على التمويل الشخصي حتى نهاية العام، بعد إقبال كبير من العملاء.

ويرى محللون في شركات الاستثمار أن الاندماج "سيخلق كيانا قادرا على المنافسة إقليميا"، لكنهم نبهوا إلى أن "التحدي الحقيقي يكمن في دمج الثقافتين المؤسسيتين وتوحيد الأنظمة".

وتأتي الصفقة ضمن موجة من عمليات الاندماج في القطاع المصرفي الخليجي، بعد اندماج بنوك في الإمارات والسعودية خلال السنوات الماضية، وسط توقعات باستئناف المفاوضات على صفقات مماثلة في الكويت.

ويملك "الأهلي المتحد"، الذي تأسس في البحرين عام 2000، شبكة من الفروع والشركات التابعة في الكويت ومصر والعراق والمملكة المتحدة، وكان قد حقق أرباحا قياسية في النصف الأول من العام الجاري، مدعوما بنمو محفظة التمويل العقاري وارتفاع أسعار الفائدة.

وتوقع مديرو محافظ استثمارية أن تنعكس الصفقة على أداء القطاع المصرفي في البورصة خلال الربع الأخير، في ظل ترقب المستثمرين لنتائج الشهور التسعة الأولى من العام.

وقال مستثمر يتابع الشاشات في إحدى قاعات التداول بمنطقة الشرق: "السهم زين والصفقة كبيرة، بس نبي نشوف الأرباح أول، الكلام واجد والتوزيعات هي اللي تبين".""",
        [],
        not_targets=["Kuwait", "Bahrain", "Egypt", "United Kingdom"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout76_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout76_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout76_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
