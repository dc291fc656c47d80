"""A ninety-seventh, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
earlier Arabic held-out sets: Arabic copy of 1977-2024 as Egyptian, Sudanese, Libyan, Algerian,
Moroccan and Tunisian dailies and sites and the Arabic services of European broadcasters carry it
(a Sudanese daily, "بورتسودان - «السوداني»", with a tea seller from Kalakla; a Libyan daily,
"بنغازي - «قورينا»", with a student waiting for a visa; a Cairo daily's world page, "نيويورك -
«الأهرام»", with a Qasr El Nil travel agent; the European channel's Arabic service, "بروكسل -
«يورونيوز عربية»", with a Tobruk shopkeeper; an Algerian daily, "الجزائر - «الخبر»", with an Oran
importer; a Cairo site, "القاهرة - «اليوم السابع»", with a student of Chinese; a Cairo daily,
"القاهرة - «الشروق»", with a Sharm el-Sheikh diving instructor; a Tunis daily, "تونس - «الصباح»",
with a Ben Gardane trader; the British broadcaster's Arabic service, "نجامينا - «بي بي سي عربي»",
with an Abeche grain seller; a Rabat daily, "الرباط - «العلم»", with a retired soldier; a Tunis
daily's culture page, "تونس - «الصحافة اليوم» - ثقافة", with a music student; and a Cairo daily's
sports page, "القاهرة - «الشروق» - رياضة", with a Zamalek fan) on episodes the earlier sets do not
carry as core news: the US Treasury listing Algoney Hamdan Dagalo, the RSF's procurement chief,
October 2024; Switzerland lifting its entry ban on 188 Libyan officials and Libya its ban on
Schengen visas, March 2010; the Security Council suspending some Yugoslavia sanctions by
Resolution 943, September 1994; the European Union prolonging its measures on Aguila Saleh, Nouri
Abusahmain and Khalifa Ghwell, September 2016; Borrell and Dombrovskis warning Algeria over its
freeze of trade with Spain, June 2022; Egypt made a dialogue partner of the Shanghai Cooperation
Organisation at Samarkand, September 2022; Egypt and Saudi Arabia signing their maritime border
agreement (Tiran and Sanafir), April 2016; Tunisia and Libya resuming relations, December 1987;
Chad's army taking in the fighters of the United Front for Change, March 2007; Moroccan troops
arriving in Zaire's Shaba, April 1977.
Searched before writing in ALL earlier held-out files of both languages (up to set 115 English and
95 Arabic; the branches h96, h98 and h116 had no commits yet) by states, bodies, people, places
and resolution numbers in Arabic and English spellings, and through the list of every article id,
reading the hits: "Algoney"/"القوني" (set 38 Arabic names another man, an envoy of 1961);
"هانيبال"/"Hannibal" and Switzerland beside Libya (none); "Resolution 943"/"القرار 943" (none; set
36 Arabic carries Resolution 1022 of November 1995, another episode); "أبو سهمين"/"Abusahmain"
(set 73 Arabic carries the EU's threat before the listing and set 48 Arabic the delisting of
Aguila Saleh in 2020, here the listing is background); "Dombrovskis"/"دومبروفسكيس" (none; the
Algerian ambassador's return to Madrid is core news in sets 87 Arabic and others, another
episode); Egypt beside "شريك حوار"/"dialogue partner" (none: set 13 Arabic is Saudi Arabia's
cabinet approval of 2023, set 44 the UAE); "تيران"/"Tiran" (set 4 Arabic carries the court's
ruling of 2017 on the agreement, the signing only background); Tunisia beside Libya with
"1987" (set 93 Arabic names the Amman summit of 1987 and Egypt); "الجبهة المتحدة للتغيير"/
"Mahamat Nour"/"FUC" (none); "Shaba"/"شابا"/"Zaire"/"زائير" beside Morocco (none). Some forty
other candidates were dropped because the search found them as core news (among them Kaniyat,
Karti, the Bam earthquake easing, the Juba Declaration, the Mubarak and Ben Ali freezes, Tunisia
in COMESA, the Sahwa, the PMF and MNLF integrations, the Italian hospital at Misrata, Morocco and
Germany, Qatar and Bahrain, Sudan and Iran, Pakistani troops in Saudi Arabia, Turkish troops in
Qatar, the Trans-Saharan pipeline and the Egypt-Greece delimitation).
Facts the writer is unsure of: the day of the Algoney listing (8 October 2024) and Adeyemo's
words; the day Switzerland lifted its ban (27 March 2010), the number of officials and the hour of
Libya's lifting; Resolution 943's vote and the opposing members; the day and term of the EU's
prolongation (written as of 29 September 2016, to 2 April 2017); the wording of the Borrell and
Dombrovskis statement and of the Algerian mission's reply; whether Saudi Arabia was made a
dialogue partner at Samarkand with Egypt and Qatar, and who signed for Egypt; who signed the
maritime agreement and the number of other agreements; the day of the Tunisian-Libyan
resumption (written as of 22 December 1987) and the joint statement's terms; the date, place and
size of the first FUC units taken into the Chadian army; the size of the Moroccan force and the
day of its arrival (written as of 10 April 1977).

Ten carry core events of the ten alertable types (ten core events), all occurred, next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Tunisian culture page (ticket sales "علقت", "انضمام فرقة موسيقية سورية", a
festival that "وقعت اتفاقية رعاية", an exhibition "مددت", a censor that "رفعت … الحظر", a body
that "فرضت … غرامة", volunteers "نشرت") and an Egyptian sports page (FIFA that "رفع عقوبة إيقاف
القيد", a club that "ضم", "وقع عقدا", "مدد عقد", a committee that "فرضت … غرامة" and "علقت
مشاركة", a "بروتوكول تعاون", police that "سينشر قوات إضافية").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على القوني
حمدان دقلو موسى" imposes (core; the United States; Algoney, absent from the knowledge base, and the
RSF), Abdelrahim's listing "في سبتمبر من العام الماضي" a historical imposition, "ولم تفرض واشنطن
حتى الآن أي عقوبات على … حميدتي" a negated imposition, the Jeddah declaration a historical signing;
Saudi Arabia, a sponsor, is no target. A Switzerland that "رفعت … القيود التي فرضتها على دخول …
مسؤولا ليبيا" lifts (core; Libya), Libya's lifting of its visa ban an occurred lifting (not core),
the Swiss list "في نوفمبر الماضي" and Libya's oil cut, withdrawn deposits and visa ban historical
impositions, Merz's settlement of 2009 a historical signing; Spain and Germany, the mediators, are
no targets. A council that "علق … بعض العقوبات المفروضة على جمهورية يوغوسلافيا الاتحادية"
suspends (core; the Security Council; the FRY), Resolution 942 "في الجلسة نفسها" an occurred
imposition on the Bosnian Serbs (not core), Belgrade's blockade "مطلع أغسطس الماضي" and Resolution
757 historical impositions, "ولم يرفع المجلس الحظر النفطي" a negated lifting. A Union that "مدد …
العقوبات التي فرضها على ثلاثة سياسيين ليبيين" extends (core; the EU; Aguila Saleh, Abusahmain and
Ghwell), the listing of April a historical imposition, the ministers' earlier warnings a historical
threat, "ولم يدرج الاتحاد أي أسماء جديدة" a negated imposition, Skhirat a historical signing. A
Commission that "لوحت … باتخاذ إجراءات ضد الجزائر" and declared the Union "مستعد للتصدي لأي نوع
من الإجراءات القسرية" threatens (core; the EU, Borrell and Dombrovskis; Algeria), the banks' freeze
of trade with Spain an occurred imposition by Algeria (not core), "ولم يتخذ الاتحاد الأوروبي حتى
الآن أي إجراء عملي ضد الجزائر" a negated imposition, the treaty of 2002 a historical signing;
Algeria's suspension of the treaty and recall of its ambassador are no watched events. A state that
"انضمت … رسميا إلى منظمة شنغهاي للتعاون بصفة شريك حوار" joins (core; Egypt and Shoukry; the SCO),
as set 13 takes a dialogue partner's status, Qatar and Saudi Arabia occurred joinings (not core),
Iran's membership "خلال قمة العام المقبل" a planned joining, India and Pakistan "عام 2017" a
historical joining, the memoranda occurred signings (not core). Two states that "وقعت … اتفاقية
لتعيين الحدود البحرية" sign (core; Egypt, Saudi Arabia, Ismail and Mohammed bin Salman), the
seventeen agreements occurred signings (not core), the peace treaty of 1979 a historical signing;
the bridge stalled since 1988 and the parliament's vote are no signings. Two states that "أعلنت …
استئناف العلاقات الدبلوماسية بينهما" restore ties (core; Tunisia, Libya and Ben Ali), the
agreements "خلال الأسابيع المقبلة" a planned signing, the Djerba declaration of 1974 a historical
signing; the break of 1985 is no watched event, and Algeria, Morocco and Mauritania no parties. An
army that began "دمج مقاتلي «الجبهة المتحدة للتغيير» … في صفوفه" integrates forces (core; the
FUC, absent from the knowledge base; Chad), the Tripoli agreement "في ديسمبر الماضي" a historical
signing, the UFDD that "رفض … التوقيع" a negated signing, the international force "لا يزال
متعثرا" a stalled presence, the French force "منذ عام 1986" a historical presence; Libya, the
mediator, and Sudan are no targets. Troops that "وصلت … إلى إقليم شابا في جنوب زائير" are a
presence (core; Morocco and Hassan II, absent from the knowledge base; Zaire), the second
contingent "خلال الأيام المقبلة" a planned presence (not core), "لن تشارك في أي عمليات داخل
الأراضي الأنغولية" a negated presence, the Golan "عام 1973" and the Congo "سنة 1960" historical
presences; the French transport aircraft are no presence. The Tunisian culture page and the
Egyptian sports page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.706, R 0.900, F1 0.791 (recall
9/10, precision 12/17); occurred core found 9/10; historical kept quiet 17/18, negated 5/6, stalled
1/1. No annotation was changed after the run. Missed: Switzerland's lifting (ar-h97-02), "رفعت
سويسرا … القيود التي فرضتها على دخول مئة وثمانية وثمانين مسؤولا ليبيا", gives nothing in the body;
only the headline "برن ترفع حظر الدخول عن مسؤولين ليبيين" is read, with no actor and the unlinked
"مسؤولين ليبيين" for target (an unexpected alert as well), and Libya's lifting of its visa ban, the
Swiss list and Libya's measures of 2008 are not read. False alarms and unexpected alerts: in
ar-h97-04 the contents of the prolonged measures, "التي تشمل حظر السفر … وتجميد الأصول، ستبقى
سارية حتى الثاني من أبريل المقبل", are read as a planned imposition by the EU; in ar-h97-06
"وقع وزير الخارجية سامح شكري مذكرة التفاهم" is an occurred signing with the minister and not
Egypt (gold gives Egypt's signing: the minister is not taken to his state); in ar-h97-10 "اكتفت
بإرسال مساعدات غير عسكرية إلى زائير", aid sent, is read as an American presence; in ar-h97-11, the
culture page, "رفعت لجنة الرقابة الحظر … على عرض فيلم تونسي قصير" is read as a lifting by the
ministry of culture with Tunisia for target. Seen, not counted by the score: the EU's warning
(ar-h97-05) is not read at all; its threat is found only because the banks' freeze, "أوقفت
المبادلات التجارية مع إسبانيا" in the warning's condition, is read as a threat by Algeria on Spain;
Algoney, absent from the knowledge base, is no target of the Treasury's listing, which has
Hemedti, the negated target, instead; Resolution 942 on the Bosnian Serbs is not read and the
negated lifting has them for actor; Sherif Ismail is a target of the maritime signing and King
Salman an actor; the FUC is no party to its integration; Zaire is no target of the Moroccan
presence, and the second contingent and the negated presence in Angola are not read; Qatar's and
Saudi Arabia's joining has no SCO, and "ولا تمنح صفة شريك الحوار مصر حق التصويت" is read as a
negated joining. The Egyptian sports page raises nothing. Five articles are strict xfails
(ar-h97-02 on its core event, ar-h97-02, -04, -06, -10 and -11 on their alerts).

After the fixes of 2026-12-07: events P 1.000, R 1.000, F1 1.000 (recall 10/10, precision 15/15);
historical kept quiet 18/18, negated 6/6. Six general causes were fixed, pinned by rule sentences
of other states and wording in ``test_heldout97_rules_ar.py``. Measures "على دخول" or "على سفر"
officials, past a number ("القيود التي فرضتها على دخول عشرين مسؤولا من فيجي"), are a travel ban
whose state may stand six words on (``_officials_kept_out_ar``; not the entry of pilgrims or of
foreigners in an epidemic). A headline that names no actor and no known party is the act of its
type the body tells with actors (``_headline_told_below``: "برن ترفع حظر الدخول عن مسؤولين
ليبيين", Bern read as ambiguous, over Switzerland's lifting): ar-h97-02's strict xfails removed.
The terms of measures told before, named with the article ("إن التدابير، التي تشمل حظر السفر …
وتجميد الأصول، ستبقى سارية"), are no measure of their own (not "ستفرض إجراءات جديدة تشمل تجميد
أصول", new ones imposed): ar-h97-04's strict xfail removed. A foreign or finance minister who
signs with no state named signs for his state, as he does when he imposes ("وقع وزير الخارجية سامح
شكري مذكرة التفاهم"; a head of state alone keeps his name, as set 66 rules): ar-h97-06's strict
xfail removed. Aid,
arms, equipment or supplies called military, or non-military ("بإرسال مساعدات غير عسكرية"), are
no troops, though "عسكرية" reads as the soldier of ``base_noun`` (``_materiel_adjective_ar``):
ar-h97-10's strict xfail removed. A censor's ban on a film, a play, a novel, a song or a series,
or its end, is no sanction unless called sanctions (cue group ``censorship``): ar-h97-11's strict
xfail removed. And measures threatened "ضد" or "بحق" a state named right after ("لوحت المفوضية
الأوروبية … باتخاذ إجراءات ضد الجزائر") are a threat of sanctions (``measures_against``), so the
EU's warning of ar-h97-05 is read, not only the freeze it warns of. No strict xfail is left.
Elsewhere: set 84 English's headline suspension with no actor joins the body's (an unexpected
alert cured), set 21 Arabic's Azerbaijani minister signs for his state (F1 0.825 to 0.854); set 3
Arabic loses a lucky hit, "أن الإجراءات تشمل تجميد الأصول" read as an imposition by Syria, now
no measure (F1 0.979 to 0.978). Left, seen and not counted: Algoney is no target (unknown to the
knowledge base), Resolution 942 on the Bosnian Serbs and the second Moroccan contingent are not
read, Sherif Ismail is read as a target of the signing he made in the VOS order, and "ولا تمنح
صفة شريك الحوار مصر حق التصويت" stays a negated joining.

``python -m tests.unit.test_heldout97_events_ar`` prints every article's alerts and the set's
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
_UN = "United Nations"
_UNSC = "United Nations Security Council"
_EU = "European Union"
_SCO = "Shanghai Cooperation Organisation"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-01-alsudani-treasury-sanctions-rsf-procurement-chief-algoney-2024",
        date(2024, 10, 9),
        """واشنطن تفرض عقوبات على القوني حمدان دقلو مسؤول مشتريات «الدعم السريع»

بورتسودان - «السوداني»

فرضت وزارة الخزانة الأمريكية، أمس الثلاثاء، عقوبات على القوني حمدان دقلو موسى، الشقيق الأصغر لقائد قوات الدعم السريع ومسؤول المشتريات فيها، متهمة إياه بالإشراف على صفقات لشراء الأسلحة والمعدات العسكرية مكنت القوات من مواصلة الحرب وتنفيذ هجمات على المدنيين في الفاشر وغيرها من مدن دارفور.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، إن العقوبات تقضي بتجميد أي أصول للقوني داخل الولايات المتحدة، وتمنع المواطنين والشركات الأمريكية من التعامل معه، مشيرا إلى أنه يعتمد على شبكة من الشركات المسجلة في دول مجاورة لنقل الأموال والوقود والمركبات إلى مناطق القتال.

وقال نائب وزير الخزانة والي أدييمو إن واشنطن «ستواصل محاسبة من يطيلون أمد الحرب ويحرمون الشعب السوداني من السلام»، داعيا الطرفين إلى العودة إلى طاولة التفاوض والسماح بمرور المساعدات الإنسانية دون عوائق.

وكانت الوزارة قد فرضت في سبتمبر من العام الماضي عقوبات على عبد الرحيم حمدان دقلو، نائب قائد الدعم السريع، على خلفية انتهاكات ارتكبتها قواته في غرب دارفور، كما أدرجت شركات مرتبطة بالطرفين على قوائمها في الأشهر الماضية.

ولم تفرض واشنطن حتى الآن أي عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو «حميدتي» نفسه، وهو ما يثير انتقادات ناشطين سودانيين يرون أن الإجراءات الأمريكية «جاءت متأخرة ومحدودة الأثر».

في المقابل، وصفت قوات الدعم السريع القرار في بيان بأنه «مسيس ويفتقر إلى الأدلة»، مؤكدة أن مشترياتها «تتم لأغراض دفاعية»، ومتهمة الجيش بعرقلة مساعي السلام.

ورحبت وزارة الخارجية السودانية بالخطوة، لكنها طالبت المجتمع الدولي بتصنيف قوات الدعم السريع «منظمة إرهابية»، وبمحاسبة الدول التي تمدها بالسلاح.

ويذكر أن ممثلي الجيش والدعم السريع كانوا قد وقعوا في مايو 2023 «إعلان جدة» للالتزام بحماية المدنيين، برعاية سعودية أمريكية، غير أن الإعلان لم ينفذ على الأرض، وتوقفت المفاوضات منذ أشهر.

وتقول الأمم المتحدة إن الحرب التي اندلعت في أبريل 2023 شردت أكثر من عشرة ملايين شخص داخل البلاد وخارجها، فيما يواجه الملايين خطر المجاعة في دارفور وكردفان.

وفي سوق بورتسودان، قالت بائعة شاي نزحت من حي الكلاكلة في الخرطوم: «العقوبات لا تطعمنا ولا تعيدنا إلى بيوتنا. نريد أن تقف الحرب، وبعدها فليعاقبوا من يشاؤون».""",
        [
            G("sanctions.imposed", "occurred", [_US], ["Algoney Hamdan Dagalo", "Rapid Support Forces"]),
            # Abdelrahim Dagalo "في سبتمبر من العام الماضي" and the firms listed "في الأشهر الماضية"
            G("sanctions.imposed", "historical", [_US], ["Abdelrahim Hamdan Dagalo"], core=False),
            # "ولم تفرض واشنطن حتى الآن أي عقوبات على قائد قوات الدعم السريع"
            G("sanctions.imposed", "negated", [_US], ["Mohamed Hamdan Dagalo"], core=False),
            # the Jeddah declaration "في مايو 2023"
            G("agreement.signed", "historical", ["Rapid Support Forces", "Sudan"], [], core=False),
        ],
        not_targets=["Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-02-quryna-switzerland-lifts-entry-ban-on-libyan-officials-2010",
        date(2010, 3, 28),
        """برن ترفع حظر الدخول عن مسؤولين ليبيين.. وطرابلس تعيد منح التأشيرات لمواطني «شنغن»

بنغازي - «قورينا»

رفعت سويسرا، أمس السبت، القيود التي فرضتها على دخول مئة وثمانية وثمانين مسؤولا ليبيا إلى أراضيها وإلى دول فضاء «شنغن»، بعد وساطة قادتها إسبانيا، الرئيسة الحالية للاتحاد الأوروبي، بمشاركة ألمانيا، لإنهاء الأزمة الدبلوماسية المستمرة بين البلدين منذ نحو عامين.

وقالت وزارة الخارجية السويسرية في بيان إن الأسماء حذفت من قاعدة بيانات «شنغن»، مؤكدة أن القرار يفتح الطريق أمام «تطبيع تدريجي» للعلاقات مع طرابلس.

وبعد ساعات، أعلنت اللجنة الشعبية العامة للاتصال الخارجي والتعاون الدولي رفع الحظر الذي فرضته ليبيا منذ منتصف فبراير الماضي على منح التأشيرات لمواطني دول «شنغن»، وقالت إن القنصليات الليبية ستستأنف استقبال الطلبات ابتداء من اليوم.

وتعود الأزمة إلى يوليو 2008، حين أوقفت شرطة جنيف هانيبال القذافي، نجل القائد معمر القذافي، وزوجته لفترة وجيزة بعد شكوى تقدم بها خادمان. وردت طرابلس آنذاك بإيقاف رجلي أعمال سويسريين، وبوقف إمدادات النفط إلى سويسرا وسحب جزء من أرصدتها من المصارف السويسرية.

وكانت برن قد وضعت قائمة المسؤولين الليبيين الممنوعين من الدخول في نوفمبر الماضي، بعد أن تعثر تنفيذ اتفاق وقعه الرئيس السويسري هانس رودولف ميرتس في طرابلس في أغسطس 2009 لتسوية الخلاف.

ولم تفرج السلطات الليبية حتى الآن عن رجل الأعمال السويسري ماكس غولدي، الذي يقضي حكما بالسجن أربعة أشهر بتهمة مخالفة قوانين الإقامة، ويتوقع دبلوماسيون أن يغادر البلاد قريبا بموجب التسوية.

وقال مصدر أوروبي إن الاتحاد الأوروبي «تنفس الصعداء»، لأن الحظر الليبي أصاب رجال أعمال وعمالا من دول لا علاقة لها بالخلاف، وعطل عقودا في قطاعي النفط والبناء.

ويرى مراقبون في طرابلس أن الخلاف كشف حدود قدرة ليبيا على الضغط على أوروبا، رغم ثقلها في ملفي الطاقة والهجرة، وأن الطرفين سيحتاجان إلى وقت طويل لاستعادة الثقة، خاصة بعد دعوة القذافي العام الماضي إلى تقسيم سويسرا بين جيرانها.

وفي بنغازي، قال طالب جامعي ينتظر تأشيرة للدراسة في ألمانيا: «كنا ندفع ثمن خلاف لا ذنب لنا فيه. قدمت أوراقي قبل شهرين، وأتمنى أن تفتح السفارات أبوابها من جديد قبل بداية العام الدراسي».""",
        [
            G("sanctions.lifted", "occurred", ["Switzerland"], ["Libya"]),
            # Libya's ban on visas for the Schengen states lifted the same day
            G("sanctions.lifted", "occurred", ["Libya"], [], core=False),
            # the list "في نوفمبر الماضي"
            G("sanctions.imposed", "historical", ["Switzerland"], ["Libya"], core=False),
            # the oil and the deposits withdrawn in 2008 and the visa ban "منذ منتصف فبراير الماضي"
            G("sanctions.imposed", "historical", ["Libya"], ["Switzerland"], core=False),
            # the settlement "في أغسطس 2009"
            G("agreement.signed", "historical", ["Switzerland", "Libya", "Hans-Rudolf Merz"], [], core=False),
        ],
        not_targets=["Spain", "Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-03-ahram-unsc-943-suspends-some-yugoslavia-sanctions-1994",
        date(1994, 9, 25),
        """مجلس الأمن يعلق جزئيا العقوبات على يوغوسلافيا بعد إغلاق حدودها مع صرب البوسنة

نيويورك - «الأهرام»

علق مجلس الأمن الدولي، مساء الجمعة، لمدة مئة يوم، بعض العقوبات المفروضة على جمهورية يوغوسلافيا الاتحادية (صربيا والجبل الأسود)، إذ قرر بموجب القرار 943 السماح باستئناف الرحلات الجوية المدنية من مطار بلغراد وخط العبارات بين ميناء باري الإيطالي والجبل الأسود، والمشاركة في المنافسات الرياضية والتبادل الثقافي.

وجاء القرار بعد أن أكدت بعثة المراقبين التابعة للمؤتمر الدولي المعني بيوغوسلافيا السابقة أن بلغراد أغلقت فعلا حدودها مع المناطق الخاضعة لسيطرة صرب البوسنة، ولم تعد تسمح إلا بمرور المواد الغذائية والأدوية.

وفي الجلسة نفسها، اعتمد المجلس القرار 942 الذي فرض عقوبات جديدة على صرب البوسنة، تشمل تجميد أصولهم في الخارج وحظر التعامل التجاري معهم، بعد رفضهم خطة السلام التي اقترحتها مجموعة الاتصال الدولية.

وكانت بلغراد قد قطعت علاقاتها السياسية والاقتصادية مع قيادة صرب البوسنة مطلع أغسطس الماضي، وفرضت عليهم حصارا لحملهم على قبول الخطة، في تحول لافت في موقف الرئيس الصربي سلوبودان ميلوشيفيتش.

وكان المجلس قد فرض في مايو 1992 بموجب القرار 757 حظرا شاملا على التجارة مع يوغوسلافيا، شمل النفط والرحلات الجوية والأنشطة الرياضية، ثم شدده في العام التالي.

ويرى خبراء أن الخطوة تهدف إلى تشجيع ميلوشيفيتش على مواصلة الضغط على حلفائه السابقين، وإلى تعميق عزلة قيادة صرب البوسنة.

ولم يرفع المجلس الحظر النفطي ولا تجميد الأرصدة اليوغوسلافية في الخارج، وقال دبلوماسيون غربيون إن تخفيف بقية العقوبات مرهون باعتراف بلغراد بحدود البوسنة وكرواتيا.

واعترضت دول إسلامية أعضاء في المجلس على القرار، معتبرة أنه «مكافأة سابقة لأوانها» لبلغراد، بينما يتعرض المسلمون في البوسنة لحصار خانق في سراييفو وغيرها من المدن.

وقال مندوب مصر لدى الأمم المتحدة إن القاهرة «تتابع بقلق» أي خطوة لا ترتبط بوقف العدوان على الشعب البوسني، مؤكدا أن الحل العادل يجب أن يحفظ وحدة أراضي جمهورية البوسنة والهرسك.

وفي القاهرة، قال صاحب وكالة سفر في شارع قصر النيل كان ينظم رحلات إلى يوغوسلافيا قبل الحرب: «الناس لن تسافر إلى هناك للسياحة الآن. لكن الطلاب اليوغوسلاف الذين يدرسون في الأزهر ينتظرون الطائرات منذ عامين للعودة إلى أهلهم».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["Federal Republic of Yugoslavia", "Serbia", "Montenegro"]),
            # Resolution 942 the same evening
            G("sanctions.imposed", "occurred", [_UNSC], ["Bosnian Serbs"], core=False),
            # Belgrade's blockade "مطلع أغسطس الماضي"
            G("sanctions.imposed", "historical", ["Federal Republic of Yugoslavia"], ["Bosnian Serbs"], core=False),
            # Resolution 757 "في مايو 1992"
            G("sanctions.imposed", "historical", [_UNSC], ["Federal Republic of Yugoslavia"], core=False),
            # "ولم يرفع المجلس الحظر النفطي ولا تجميد الأرصدة"
            G("sanctions.lifted", "negated", [_UNSC], ["Federal Republic of Yugoslavia"], core=False),
        ],
        not_targets=["Italy", "Egypt", "Croatia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-04-euronews-eu-prolongs-sanctions-on-three-libyan-politicians-2016",
        date(2016, 9, 30),
        """الاتحاد الأوروبي يمدد ستة أشهر عقوباته على عقيلة صالح وأبو سهمين والغويل

بروكسل - «يورونيوز عربية»

مدد الاتحاد الأوروبي، أمس الخميس، لستة أشهر إضافية العقوبات التي فرضها على ثلاثة سياسيين ليبيين يتهمهم بعرقلة تنفيذ الاتفاق السياسي الليبي، وهم رئيس مجلس النواب عقيلة صالح، ورئيس المؤتمر الوطني العام السابق نوري أبو سهمين، ورئيس حكومة الإنقاذ في طرابلس خليفة الغويل.

وقال مجلس الاتحاد في بيان إن التدابير، التي تشمل حظر السفر إلى دول الاتحاد وتجميد الأصول، ستبقى سارية حتى الثاني من أبريل المقبل، مشيرا إلى أن الثلاثة «ما زالوا يعرقلون» قيام حكومة الوفاق الوطني بمهامها.

وكان الاتحاد قد فرض العقوبات في الأول من أبريل الماضي، بعد أيام من وصول المجلس الرئاسي برئاسة فائز السراج إلى قاعدة بوستة البحرية في طرابلس، وبعد تحذيرات متكررة وجهها وزراء الخارجية الأوروبيون إلى معرقلي العملية السياسية.

ولم يدرج الاتحاد أي أسماء جديدة على قائمته هذه المرة، رغم مطالبات من نواب في البرلمان الأوروبي بمعاقبة قادة مجموعات مسلحة متورطة في تهريب المهاجرين عبر البحر المتوسط.

وقالت مصادر دبلوماسية في بروكسل إن بعض الدول الأعضاء أبدت تحفظا على إبقاء اسم عقيلة صالح، معتبرة أن الحوار معه ضروري لإقناع مجلس النواب بمنح الثقة لحكومة الوفاق، وهو تصويت لم يتم حتى الآن رغم مرور أشهر على توقيع الاتفاق.

وكانت الأطراف الليبية قد وقعت الاتفاق السياسي في مدينة الصخيرات المغربية في ديسمبر الماضي، برعاية الأمم المتحدة، غير أن تطبيقه اصطدم بانقسام المؤسسات بين الشرق والغرب.

ووصف عقيلة صالح العقوبات في وقت سابق بأنها «تدخل سافر في الشأن الليبي»، مؤكدا أنه «لا يملك أموالا في أوروبا»، فيما قال الغويل إن القرار «لن يغير شيئا على الأرض».

ويأتي التمديد في وقت تشهد فيه منطقة الهلال النفطي تطورات متسارعة، بعد سيطرة قوات تابعة للقيادة العامة على موانئ التصدير الشهر الماضي، واستئناف شحن النفط منها.

وفي مدينة طبرق، قال صاحب متجر للأجهزة الكهربائية: «أوروبا تعاقب الأسماء ولا تسأل عن الناس. الكهرباء تنقطع عندنا ساعات، والمصارف بلا سيولة، ولا أحد يحاسب أحدا على ذلك».""",
        [
            G("sanctions.extended", "occurred", [_EU], ["Aguila Saleh Issa", "Nouri Abusahmain", "Khalifa Ghwell", "Libya"]),
            # the measures "في الأول من أبريل الماضي"
            G("sanctions.imposed", "historical", [_EU], ["Aguila Saleh Issa", "Nouri Abusahmain", "Khalifa Ghwell"], core=False),
            # the foreign ministers' "تحذيرات متكررة" before April
            G("sanctions.threatened", "historical", [_EU], [], core=False),
            # "ولم يدرج الاتحاد أي أسماء جديدة"
            G("sanctions.imposed", "negated", [_EU], [], core=False),
            # the Skhirat agreement "في ديسمبر الماضي"
            G("agreement.signed", "historical", ["Libya"], [], core=False),
        ],
        not_targets=["Morocco"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-05-elkhabar-eu-warns-algeria-over-spain-trade-freeze-2022",
        date(2022, 6, 11),
        """بروكسل تلوح بإجراءات ضد الجزائر.. والجزائر: لا يوجد أي حظر تجاري على إسبانيا

الجزائر - «الخبر»

لوحت المفوضية الأوروبية، أمس الجمعة، باتخاذ إجراءات ضد الجزائر إذا ثبت أنها أوقفت المبادلات التجارية مع إسبانيا، وقال الممثل الأعلى للسياسة الخارجية جوزيب بوريل ونائب رئيسة المفوضية فالديس دومبروفسكيس، في بيان مشترك، إن الاتحاد الأوروبي «مستعد للتصدي لأي نوع من الإجراءات القسرية المطبقة ضد دولة عضو».

وأضاف البيان أن المفوضية «تقيم تداعيات» الخطوات الجزائرية، معتبرا أنها «مقلقة للغاية» وقد تشكل خرقا لاتفاق الشراكة بين الجزائر والاتحاد، لا سيما في مجال التجارة والاستثمار، وأن السياسة التجارية من اختصاص الاتحاد وحده.

وكانت الجزائر قد أعلنت، الأربعاء الماضي، التعليق الفوري لمعاهدة الصداقة وحسن الجوار والتعاون التي وقعتها مع إسبانيا عام 2002، احتجاجا على تأييد حكومة بيدرو سانشيز مخطط الحكم الذاتي المغربي في الصحراء الغربية.

وفي اليوم التالي، وجهت الجمعية المهنية للبنوك والمؤسسات المالية تعليمات إلى المصارف بتجميد عمليات التوطين البنكي للواردات من إسبانيا وإليها، وهو ما اعتبرته مدريد وعدد من رجال الأعمال الإسبان حظرا تجاريا غير معلن.

ورد مصدر في البعثة الجزائرية لدى الاتحاد الأوروبي بأن «التدابير المزعومة لا وجود لها إلا في أذهان من يروجون لها»، مؤكدا أن الجزائر «لم تتخذ أي إجراء يمس التجارة مع الاتحاد»، وأن الخلاف مع مدريد «سياسي وثنائي».

ولم يتخذ الاتحاد الأوروبي حتى الآن أي إجراء عملي ضد الجزائر، وقال دبلوماسيون إن دولا أعضاء تخشى أن يؤثر التصعيد في إمدادات الغاز، في وقت تبحث فيه أوروبا عن بدائل للغاز الروسي.

وأكدت شركة «سوناطراك» أنها ستواصل الوفاء بالتزاماتها التعاقدية مع زبائنها الإسبان، رغم أنها كانت قد لوحت في أبريل الماضي بمراجعة أسعار الغاز المصدر إلى إسبانيا.

وكانت الجزائر قد استدعت سفيرها من مدريد للتشاور في مارس الماضي، بعد أيام من الإعلان عن الموقف الإسباني الجديد.

وفي وهران، قال مستورد لمواد البناء يتعامل مع موردين في بلنسية: «عندي حاويات من البلاط في ميناء إسبانيا لا أعرف مصيرها. السياسة لها حساباتها، لكن التاجر الصغير هو أول من يدفع الثمن».""",
        [
            G("sanctions.threatened", "occurred", [_EU, "Josep Borrell", "Valdis Dombrovskis"], ["Algeria"]),
            # the banks' freeze of trade with Spain the day before
            G("sanctions.imposed", "occurred", ["Algeria"], ["Spain"], core=False),
            # "ولم يتخذ الاتحاد الأوروبي حتى الآن أي إجراء عملي ضد الجزائر"
            G("sanctions.imposed", "negated", [_EU], ["Algeria"], core=False),
            # the friendship treaty of 2002
            G("agreement.signed", "historical", ["Algeria", "Spain"], [], core=False),
        ],
        not_targets=["Morocco", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-06-youm7-egypt-becomes-sco-dialogue-partner-samarkand-2022",
        date(2022, 9, 17),
        """مصر تنضم إلى منظمة شنغهاي للتعاون بصفة شريك حوار

القاهرة - «اليوم السابع»

انضمت مصر رسميا إلى منظمة شنغهاي للتعاون بصفة شريك حوار، بعد أن وقع وزير الخارجية سامح شكري مذكرة التفاهم الخاصة بذلك على هامش قمة المنظمة التي اختتمت أعمالها أمس الجمعة في مدينة سمرقند الأوزبكية.

وقال المتحدث باسم وزارة الخارجية إن الخطوة «تعكس حرص مصر على تنويع شراكاتها الدولية»، وتفتح الباب أمام مشاركتها في أنشطة المنظمة في مجالات مكافحة الإرهاب والأمن الغذائي والطاقة والنقل، دون أن تترتب عليها التزامات عسكرية.

وقررت القمة أيضا منح صفة شريك الحوار لكل من قطر والمملكة العربية السعودية، فيما وقعت إيران مذكرة الالتزامات التي تمهد لحصولها على العضوية الكاملة، على أن تصبح عضوا كامل العضوية خلال قمة العام المقبل في الهند.

ولا تمنح صفة شريك الحوار مصر حق التصويت أو المشاركة في قرارات مجلس رؤساء الدول، إذ يقتصر ذلك على الأعضاء الثمانية، وهم الصين وروسيا والهند وباكستان وكازاخستان وقرغيزستان وطاجيكستان وأوزبكستان.

وكانت الهند وباكستان قد انضمتا إلى المنظمة عضوين كاملين عام 2017، في أول توسيع لها منذ تأسيسها في مدينة شنغهاي الصينية عام 2001 على يد ست دول.

وشهدت القمة لقاءات ثنائية بين الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين، هي الأولى وجها لوجه منذ بدء الحرب في أوكرانيا، فيما دعا البيان الختامي إلى «نظام دولي أكثر عدلا».

ويرى خبراء أن القاهرة تسعى إلى تعزيز علاقاتها الاقتصادية مع آسيا، في ظل أزمة العملة الصعبة وارتفاع أسعار القمح، مشيرين إلى أن الصين أصبحت الشريك التجاري الأول لمصر، وأن المنطقة الاقتصادية لقناة السويس تستقطب استثمارات صينية متزايدة.

وقال أستاذ للعلوم السياسية في جامعة القاهرة إن الخطوة «لا تعني ابتعادا عن الغرب»، موضحا أن مصر تحافظ على شراكتها الاستراتيجية مع الولايات المتحدة وعلاقاتها الوثيقة مع الاتحاد الأوروبي.

وفي حي مدينة نصر، قال شاب يدرس اللغة الصينية في أحد المراكز الثقافية: «أصدقائي يسخرون مني لأني أتعلم الصينية بدلا من الإنجليزية. لكن الشركات الصينية هنا في كل مكان، وأظن أن الفرص ستزيد».""",
        [
            G("alliance.joined", "occurred", ["Egypt", "Sameh Shoukry"], [_SCO]),
            # the same status granted to Qatar and Saudi Arabia
            G("alliance.joined", "occurred", ["Qatar", "Saudi Arabia"], [_SCO], core=False),
            # Iran "على أن تصبح عضوا كامل العضوية خلال قمة العام المقبل"
            G("alliance.joined", "planned", ["Iran"], [_SCO], core=False),
            # "عام 2017"
            G("alliance.joined", "historical", ["India", "Pakistan"], [_SCO], core=False),
            # Shoukry's memorandum and Iran's memorandum of obligations
            G("agreement.signed", "occurred", ["Egypt", "Iran", _SCO], [], core=False),
        ],
        not_targets=["Uzbekistan", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-07-shorouk-egypt-saudi-arabia-sign-maritime-border-agreement-2016",
        date(2016, 4, 10),
        """مصر والسعودية توقعان اتفاقية تعيين الحدود البحرية وإنشاء جسر الملك سلمان

القاهرة - «الشروق»

وقعت مصر والمملكة العربية السعودية، مساء الجمعة، اتفاقية لتعيين الحدود البحرية بين البلدين، وذلك بحضور الرئيس عبد الفتاح السيسي وخادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر عابدين، في اليوم الثاني من زيارة العاهل السعودي للقاهرة.

ووقع الاتفاقية عن الجانب المصري رئيس مجلس الوزراء شريف إسماعيل، وعن الجانب السعودي ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان، وقال بيان لمجلس الوزراء إن اللجنة المشتركة لتعيين الحدود عقدت إحدى عشرة جولة على مدى ست سنوات قبل التوصل إلى الاتفاق النهائي بين البلدين.

وأثار الإعلان عن أن الاتفاقية تضع جزيرتي تيران وصنافير في المياه الإقليمية السعودية جدلا واسعا، إذ انتقدت أحزاب وشخصيات معارضة الخطوة، مؤكدة أن الجزيرتين مصريتان، بينما قالت الحكومة إن المملكة طلبت من مصر عام 1950 حمايتهما.

ووقع البلدان خلال الزيارة أيضا سبع عشرة اتفاقية ومذكرة تفاهم في مجالات الإسكان والكهرباء والتعليم والزراعة، إلى جانب اتفاق لإنشاء منطقة تجارة حرة في سيناء، وأعلن الملك سلمان الاتفاق على إنشاء جسر بري يربط البلدين عبر البحر الأحمر.

ولم يعرض الاتفاق على مجلس النواب حتى الآن، ويقول خبراء قانونيون إنه لن يصبح نافذا إلا بعد موافقة البرلمان وتصديق رئيس الجمهورية.

ويعود الحديث عن الجسر إلى عام 1988، حين طرحت فكرته للمرة الأولى، قبل أن يتعثر المشروع سنوات طويلة لأسباب تتعلق بالتمويل والاعتبارات الأمنية.

وتقع الجزيرتان عند مدخل خليج العقبة، وتخضعان لترتيبات أمنية خاصة بموجب معاهدة السلام المصرية الإسرائيلية الموقعة عام 1979، وقال مسؤولون إن السعودية ستلتزم بهذه الترتيبات.

وقال رئيس مجلس الوزراء في مؤتمر صحافي إن الاتفاق «يعزز الاستقرار في البحر الأحمر»، ويمكّن البلدين من الاستفادة من الثروات الطبيعية في المنطقة الاقتصادية الخالصة لكل منهما.

وفي شرم الشيخ، قال مدرب غوص يصطحب السياح إلى الشعاب المرجانية قرب تيران: «نعمل هنا منذ عشرين عاما، والجزيرة جزء من حياتنا اليومية. لا نعرف ماذا سيتغير، ونريد فقط أن يبقى البحر مفتوحا للناس وللسياح».""",
        [
            G("agreement.signed", "occurred", ["Egypt", "Saudi Arabia", "Sherif Ismail", "Mohammed bin Salman"], []),
            # the seventeen agreements and memoranda of the visit
            G("agreement.signed", "occurred", ["Egypt", "Saudi Arabia"], [], core=False),
            # the peace treaty "الموقعة عام 1979"
            G("agreement.signed", "historical", ["Egypt", "Israel"], [], core=False),
        ],
        not_targets=["Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-08-assabah-tunisia-and-libya-resume-diplomatic-relations-1987",
        date(1987, 12, 23),
        """تونس وليبيا تستأنفان العلاقات الدبلوماسية بعد قطيعة دامت عامين

تونس - «الصباح»

أعلنت تونس وليبيا، أمس الثلاثاء، استئناف العلاقات الدبلوماسية بينهما، بعد أكثر من عامين على قطعها، إثر محادثات أجراها في تونس وفد ليبي رفيع المستوى مع الرئيس زين العابدين بن علي، نقل خلالها رسالة من العقيد معمر القذافي.

وقال بيان مشترك صدر في ختام المحادثات إن البلدين اتفقا على إعادة فتح السفارتين في أقرب الآجال، وعلى تشكيل لجنة مشتركة لتسوية الملفات العالقة، وفي مقدمتها مستحقات العمال التونسيين الذين أبعدوا من ليبيا، وإعادة فتح المعبر الحدودي في رأس جدير أمام المسافرين.

وكانت تونس قد قطعت علاقاتها مع طرابلس في سبتمبر 1985، بعد أن أبعدت السلطات الليبية عشرات الآلاف من العمال التونسيين، وحشدت قوات على الحدود، في واحدة من أسوأ الأزمات بين البلدين منذ الاستقلال.

وأكد البيان أن البلدين سيوقعان خلال الأسابيع المقبلة اتفاقيات جديدة للتعاون الاقتصادي وتنقل الأشخاص، تمهيدا لزيارة مرتقبة للرئيس بن علي إلى ليبيا.

وتأتي الخطوة بعد نحو ستة أسابيع من تولي الرئيس بن علي الحكم في السابع من نوفمبر، وقد جعل تحسين العلاقات مع دول الجوار المغاربي من أولويات سياسته الخارجية، في إطار ما يصفه بـ«العهد الجديد».

ويذكر أن البلدين كانا قد وقعا في جربة عام 1974 إعلانا للوحدة بينهما، لم يعمر سوى أيام قليلة قبل أن تتراجع عنه تونس، وظلت العلاقات منذ ذلك الحين تتأرجح بين التقارب والتوتر.

ولم يحسم الجانبان بعد مسألة التعويضات التي تطالب بها تونس، وقال مصدر دبلوماسي إن اللجنة المشتركة ستبدأ دراستها مطلع العام المقبل.

ويرى مراقبون في العاصمة أن عودة العلاقات ستنعكس سريعا على المبادلات التجارية في الجنوب الشرقي، حيث يعتمد آلاف السكان على التجارة مع ليبيا.

ورحبت الجزائر بالخطوة، معتبرة أنها تخدم مسعى بناء المغرب العربي، فيما قال دبلوماسيون إن الرباط ونواكشوط تتابعان بارتياح هذا التقارب.

وفي بن قردان، قال تاجر كان يجلب البضائع من طرابلس قبل القطيعة: «الحدود هي رزقنا. منذ عامين والدكاكين نصف فارغة والشباب بلا عمل. إذا فتح المعبر فستعود الحياة إلى المدينة كلها».""",
        [
            G("relations.restored", "occurred", ["Tunisia", "Libya", "Zine El Abidine Ben Ali"], []),
            # "سيوقعان خلال الأسابيع المقبلة اتفاقيات جديدة"
            G("agreement.signed", "planned", ["Tunisia", "Libya"], [], core=False),
            # the Djerba declaration "عام 1974"
            G("agreement.signed", "historical", ["Tunisia", "Libya"], [], core=False),
        ],
        not_targets=["Algeria", "Morocco", "Mauritania"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-09-bbcarabic-chad-army-integrates-fuc-fighters-2007",
        date(2007, 3, 15),
        """تشاد: بدء دمج مقاتلي «الجبهة المتحدة للتغيير» في الجيش الوطني

نجامينا - «بي بي سي عربي»

بدأ الجيش التشادي دمج مقاتلي «الجبهة المتحدة للتغيير» المتمردة سابقا في صفوفه، إذ انضمت أولى الوحدات، التي تضم بضع مئات من المقاتلين، إلى ثكنات الجيش في شرق البلاد، وفق ما أعلنه متحدث باسم وزارة الدفاع في نجامينا أمس.

وقال المتحدث إن المقاتلين سيخضعون لدورات تدريبية قبل توزيعهم على الوحدات النظامية، وإن عملية الدمج ستستمر على مراحل «حتى استيعاب جميع عناصر الجبهة» الذين جرى إحصاؤهم خلال الأسابيع الماضية.

ويأتي ذلك تطبيقا للاتفاق الذي وقعه الرئيس إدريس ديبي وزعيم الجبهة محمد نور عبد الكريم في طرابلس في ديسمبر الماضي، برعاية الزعيم الليبي معمر القذافي، والذي عين نور بموجبه وزيرا للدفاع.

وكانت الجبهة قد شنت في أبريل من العام الماضي هجوما على العاصمة نجامينا انطلاقا من إقليم دارفور السوداني، قبل أن تصدها القوات الحكومية بعد معارك عنيفة في أحياء المدينة.

ورفض «اتحاد القوى من أجل الديمقراطية والتنمية» بقيادة محمد نوري التوقيع على أي اتفاق مع الحكومة، ولا يزال مقاتلوه ينشطون قرب الحدود السودانية، حيث تتهم نجامينا الخرطوم بدعمهم.

وتبحث الأمم المتحدة والاتحاد الأوروبي منذ أشهر نشر قوة دولية في شرق تشاد لحماية اللاجئين السودانيين، غير أن المشروع لا يزال متعثرا بسبب تحفظات الحكومة التشادية على وجود عسكري أممي كبير على أراضيها.

وتتمركز في تشاد منذ عام 1986 قوة عسكرية فرنسية في إطار عملية «إيبرفييه»، قدمت دعما استخباراتيا ولوجستيا للجيش التشادي خلال هجوم العام الماضي.

ويقول محللون إن نجاح الدمج سيختبر قدرة ديبي على تحويل المصالحة إلى استقرار دائم، مشيرين إلى أن اتفاقات سابقة مع حركات متمردة انهارت بعد أشهر من توقيعها، وعاد مقاتلوها إلى حمل السلاح.

وقال دبلوماسي غربي في نجامينا إن المانحين مستعدون لتمويل برامج تسريح المقاتلين الذين لا يرغبون في الالتحاق بالجيش وإعادة إدماجهم في الحياة المدنية.

وفي سوق أبشي، قال بائع حبوب: «رأينا هؤلاء الشباب يقاتلون الجيش قبل عام، واليوم يلبسون زيه. إذا كان هذا يعني أن الطرق ستصبح آمنة، فنحن مع كل من يحمل السلام».""",
        [
            G("forces.integrated", "occurred", ["United Front for Change"], ["Chad"]),
            # the Tripoli agreement "في ديسمبر الماضي"
            G("agreement.signed", "historical", ["Chad", "Idriss Déby", "United Front for Change"], [], core=False),
            # "ورفض … التوقيع على أي اتفاق مع الحكومة"
            G("agreement.signed", "negated", ["Union of Forces for Democracy and Development"], ["Chad"], core=False),
            # the international force "لا يزال متعثرا"
            G("military.presence", "stalled", [_UN, _EU], ["Chad"], core=False),
            # Epervier "منذ عام 1986"
            G("military.presence", "historical", ["France"], ["Chad"], core=False),
        ],
        not_targets=["Sudan", "Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-10-alalam-moroccan-troops-arrive-in-shaba-1977",
        date(1977, 4, 11),
        """طلائع القوات المسلحة الملكية تصل إلى إقليم شابا في زائير

الرباط - «العلم»

وصلت طلائع القوات المسلحة الملكية إلى إقليم شابا في جنوب زائير، أمس الأحد، على متن طائرات نقل فرنسية، لمساعدة الجيش الزائيري على صد المتمردين القادمين من أنغولا، تنفيذا لقرار جلالة الملك الحسن الثاني الاستجابة لطلب الرئيس موبوتو سيسي سيكو.

وقال بلاغ للديوان الملكي إن إرسال القوات جاء «تلبية لنداء دولة إفريقية شقيقة تتعرض لعدوان خارجي»، مؤكدا أن المغرب «لا يمكن أن يقف مكتوف الأيدي» أمام محاولات زعزعة استقرار القارة.

وأفادت مصادر عسكرية بأن الوحدات المغربية، التي يقدر عددها بنحو ألف وخمسمئة جندي، تمركزت قرب مدينة كولويزي، مركز صناعة النحاس في الإقليم، على أن تلتحق بها دفعة ثانية خلال الأيام المقبلة.

وكان المتمردون، وهم من أفراد الدرك الكاتانغي السابق، قد دخلوا الإقليم في مارس الماضي وسيطروا على عدد من البلدات، ووصلوا إلى مسافة قريبة من مراكز التعدين.

وأكدت الرباط أن قواتها لن تشارك في أي عمليات داخل الأراضي الأنغولية، وأن مهمتها تنحصر في الدفاع عن وحدة زائير الترابية.

ويذكر أن المغرب كان قد أرسل عام 1973 تجريدة عسكرية إلى الجبهة السورية، شاركت في القتال في الجولان خلال حرب أكتوبر.

واتهمت الحكومة الأنغولية الرباط وباريس بالتدخل في الشؤون الإفريقية، بينما قالت مصادر دبلوماسية إن الولايات المتحدة اكتفت بإرسال مساعدات غير عسكرية إلى زائير.

ويرى مراقبون أن المبادرة المغربية تعكس مكانة المملكة في إفريقيا وعلاقاتها الوثيقة بالرئيس موبوتو، وتأتي في ظل خلاف الرباط مع الجزائر حول قضية الصحراء ودعم الجزائر لخصوم المغرب.

ويمثل الإقليم المصدر الرئيسي للعملة الصعبة في زائير، إذ ينتج معظم صادراتها من النحاس والكوبالت، وقد أدى القتال إلى تراجع الإنتاج في عدد من المناجم.

وقال مسؤول في وزارة الشؤون الخارجية إن دولا إفريقية أخرى أبدت استعدادها لمساندة زائير، دون أن يحددها.

وفي أحد مقاهي حي المحيط بالرباط، قال موظف متقاعد خدم في الجيش: «جنودنا ذهبوا إلى الكونغو من قبل في إطار الأمم المتحدة سنة 1960، ويعرفون أدغال إفريقيا. ندعو لهم بالعودة سالمين إلى عائلاتهم».""",
        [
            G("military.presence", "occurred", ["Morocco", "Hassan II"], ["Zaire", "Democratic Republic of the Congo"]),
            # the second contingent "خلال الأيام المقبلة"
            G("military.presence", "planned", ["Morocco"], ["Zaire", "Democratic Republic of the Congo"], core=False),
            # "لن تشارك في أي عمليات داخل الأراضي الأنغولية"
            G("military.presence", "negated", ["Morocco"], ["Angola"], core=False),
            # the contingent "عام 1973"
            G("military.presence", "historical", ["Morocco"], ["Syria"], core=False),
            # the Congo "سنة 1960", in the pensioner's words
            G("military.presence", "historical", ["Morocco"], ["Democratic Republic of the Congo"], core=False),
        ],
        not_targets=["Angola", "Algeria", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-11-essahafa-culture-carthage-festival-page-2019",
        date(2019, 6, 20),
        """مهرجان قرطاج يعلق بيع التذاكر مؤقتا.. وفرقة سورية تنضم إلى البرنامج

تونس - «الصحافة اليوم» - ثقافة

علقت إدارة مهرجان قرطاج الدولي، أمس، بيع تذاكر سهرة الافتتاح عبر الإنترنت مؤقتا، بسبب عطل تقني في منصة الحجز، على أن يستأنف البيع اليوم في الشبابيك المعتمدة بالمسرح الأثري وفي عدد من الفضاءات التجارية بالعاصمة.

وأعلنت الإدارة انضمام فرقة موسيقية سورية إلى برنامج الدورة الجديدة، بعد اعتذار فنان لبناني عن الحضور لأسباب صحية، كما انضمت ممثلة تونسية معروفة إلى لجنة انتقاء العروض المسرحية.

ووقعت الإدارة اتفاقية رعاية مع شركة اتصالات لمدة ثلاث سنوات، تشمل بث عدد من السهرات مباشرة على الإنترنت، ودعم ورشات فنية لفائدة الأطفال في الأحياء الشعبية.

وفي سياق متصل، مددت وزارة الشؤون الثقافية معرض الفن التشكيلي المقام في قصر العبدلية بالمرسى أسبوعا إضافيا، نظرا للإقبال الكبير، فيما رفعت لجنة الرقابة الحظر الذي فرضته الشهر الماضي على عرض فيلم تونسي قصير في القاعات، بعد حذف مشهدين منه.

وفرضت الهيئة المشرفة على حقوق المؤلف غرامة على إحدى الشركات الخاصة بسبب بث أغان دون ترخيص في حفلات الأعراس، في إطار حملة لحماية حقوق الفنانين.

ونشرت إدارة المهرجان فرقا من المتطوعين في محيط المسرح الأثري لتنظيم دخول الجمهور، بالتنسيق مع مصالح الحماية المدنية، تفاديا للاكتظاظ الذي سجل في الدورات السابقة.

ولم تحسم الإدارة بعد برمجة سهرة الاختتام، في انتظار رد نجم عربي معروف على الدعوة التي وجهت إليه، وقال المدير الفني إن «المفاوضات متقدمة».

وتنطلق الدورة الجديدة منتصف الشهر المقبل وتستمر خمسة أسابيع، وتضم عروضا في الموسيقى والمسرح والرقص، إضافة إلى سهرات مخصصة للشباب ولفنون الشارع.

ويشتكي عدد من الفنانين التونسيين من ضعف حضورهم في البرمجة، مقارنة بالنجوم العرب والأجانب، وهو ما ترد عليه الإدارة بأن ثلث العروض تونسية.

وفي مقهى بشارع الحبيب بورقيبة، قالت طالبة في المعهد العالي للموسيقى: «ننتظر قرطاج كل صيف. التذاكر غالية علينا، لكننا نجمع ثمنها من أجل سهرة واحدة على الأقل. المسرح الأثري تحت النجوم لا يشبه أي مكان آخر».""",
        [],
        not_targets=["Syria", "Lebanon", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h97-12-shorouk-sports-zamalek-registration-ban-lifted-2021",
        date(2021, 8, 10),
        """الزمالك يتنفس بعد رفع إيقاف القيد.. ويضم مدافعا ويمدد عقد حارسه

القاهرة - «الشروق» - رياضة

أعلن نادي الزمالك، أمس، أن الاتحاد الدولي لكرة القدم رفع عقوبة إيقاف القيد التي فرضها على النادي الشهر الماضي، بعد سداد مستحقات مدرب أجنبي سابق، ليتمكن الفريق من تسجيل صفقاته الجديدة قبل غلق باب الانتقالات الصيفية.

وقال مصدر في مجلس الإدارة إن النادي حول المبلغ المطلوب إلى حساب المدرب، وإن لجنة شؤون اللاعبين في الاتحاد الدولي أخطرت الاتحاد المصري بالقرار، مشيرا إلى أن النادي ما زال يواجه قضيتين أخريين لم يبت فيهما بعد.

وسارع الزمالك إلى ضم مدافع دولي قادم من الدوري المغربي بعقد لمدة ثلاثة مواسم، فيما وقع النادي عقدا مع جناح شاب من أحد أندية الدرجة الثانية، على أن ينضم إلى التدريبات مطلع الأسبوع المقبل.

كما مدد النادي عقد حارس مرماه الأساسي لموسمين إضافيين، بعد مفاوضات استمرت أسابيع، بينما لم تكتمل بعد صفقة المهاجم الغاني بسبب خلاف على قيمة الشرط الجزائي.

وفي المقابل، فرضت لجنة المسابقات باتحاد الكرة غرامة مالية على النادي بسبب تأخر الفريق في النزول إلى أرض الملعب في مباراته الأخيرة، كما علقت مشاركة أحد لاعبيه في مباراتين بعد حصوله على بطاقة حمراء.

ووقع النادي أيضا بروتوكول تعاون مع إحدى الجامعات الخاصة لرعاية الناشئين، يتضمن منحا دراسية للاعبين المتميزين دراسيا.

وأعلنت رابطة الأندية أن الأمن سينشر قوات إضافية في محيط استاد القاهرة خلال مباراة القمة، مع السماح بحضور عدد محدود من الجماهير وفق الضوابط المعتمدة.

ويحتل الزمالك المركز الثالث في ترتيب الدوري بفارق أربع نقاط عن المتصدر، قبل ثماني جولات من نهاية الموسم، ويستعد لمواجهة الأهلي يوم الخميس المقبل.

ويرى نقاد رياضيون أن أزمة إيقاف القيد تكررت في السنوات الأخيرة بسبب سوء إدارة العقود مع المدربين واللاعبين الأجانب، داعين إلى إنشاء إدارة قانونية محترفة داخل النادي.

وفي مقهى بحي ميت عقبة، قال مشجع زملكاوي في الأربعينيات من عمره: «كل موسم نفس القصة، غرامة وإيقاف ثم فرحة بالرفع. نريد فريقا يلعب ويفوز، لا مجلسا يطفئ الحرائق».""",
        [],
        not_targets=["Egypt", "Morocco", "Ghana"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout97_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout97_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout97_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
