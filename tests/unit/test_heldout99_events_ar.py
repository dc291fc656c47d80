"""A ninety-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first ninety-eight Arabic held-out sets: Arabic copy of 1984-2024 as pan-Arab satellite channels'
news sites, pan-Arab London-based dailies, UN News in Arabic and Palestinian and Jordanian agencies
carry it (a London daily, "لندن - «القدس العربي»", with a prisoner's mother of Jalazone camp; a
London daily, "لوكسمبورغ - «الشرق الأوسط»", with a Tripoli importer of aircraft parts; a London
daily, "واشنطن - «الحياة»", with a Shorja grocer; the UN's Arabic news service, "نيويورك - «أخبار
الأمم المتحدة»", with a displaced mother near Marib; the Qatari channel's site, "الخرطوم - «الجزيرة
نت»", with a Burri doctor; a London daily, "عمان - «العرب»", with a garment worker of al-Hassan
estate; the Palestinian agency, "عمان - «وفا»", with a guard of al-Aqsa; the Jordanian agency,
"عمان - «بترا»", with an Egyptian baker in Amman; a London daily again, "بغداد - «القدس العربي»",
with a Karrada shopkeeper; the Saudi channel's site, "أبوظبي - «العربية.نت»", with a Mina Zayed
fisherman; the Emirati channel's sports page, "عمان - «سكاي نيوز عربية» - رياضة", with a Wehdat fan;
and the Qatari channel's culture page, "الدوحة - «الجزيرة نت» - ثقافة", with a student) on episodes
the earlier sets do not carry as core news: the US Treasury listing Samidoun and Khaled Barakat
and Canada listing Samidoun as a terrorist entity, October 2024; the European Union lifting its
arms embargo and other measures on Libya, October 2004; George W. Bush suspending most American
sanctions on Iraq, May 2003; the Security Council renewing by Resolution 2758 the Yemen sanctions
and the panel of experts, November 2024; Tibor Nagy warning Sudan's Transitional Military Council
of sanctions after the sit-in was dispersed, June 2019; Jordan becoming the 136th member of the
WTO, April 2000; Mahmoud Abbas and King Abdullah II signing the agreement on the Hashemite
custodianship of Jerusalem's holy sites, March 2013; Jordan restoring its relations with Egypt,
September 1984; Ayad Allawi's government deciding to dissolve nine parties' militias and merge
their men into the army, police and National Guard (CPA Order 91), June 2004; Nicolas Sarkozy
opening France's permanent base in Abu Dhabi, May 2009.
Searched before writing in ALL earlier held-out files of both languages (up to set 115 English and
95 Arabic; the branches h96, h97, h98 and h116 held no new set when searched, nor did their
worktrees) by states, bodies, people, places, instruments and resolution numbers in Arabic and
English spellings, reading the hits: "Samidoun"/"صامدون" (none); Libya beside 2004 and "رفع …
حظر … ليبيا" (none for the European lifting of 2004); "Iraq Sanctions Act" and Bush suspending
sanctions on Iraq (none: sets 33 English and 67 and 92 Arabic carry Resolution 1483, the UN's
lifting two weeks later, here only planned); "2758" (none: set 17 Arabic and 36 English carry
the Yemen renewal of 2023, Resolution 2707, another act); "Tibor Nagy"/"تيبور ناجي" and the
Transitional Military Council beside sanctions (none: set 11 Arabic carries the African Union's
suspension and threat of the same weeks, another actor and act, here a background line); Jordan
beside the WTO (none: set 35 Arabic carries Yemen's accession); "الوصاية" and "custodianship"
(none beside the holy sites); "Jordan … Egypt … 1984" (none); "Order 91"/"الأمر رقم 91" (set 92
Arabic names the PMF's Diwani Order 91 of 2016, another instrument) and "بريمر" (none); Abu Dhabi
beside a French base (set 89 Arabic names it in one background line). Some seventy other
candidates were dropped because the search found them as core news (among them the Lockerbie
suspension, the Arab League's ultimatum to Syria of November 2011, the Netzah Yehuda, Bolton,
Smotrich-banks, Grenell, Indonesian Su-35 and Resolution 2051 threats, Palestine in Interpol and
the ICC, Comoros, Yemen and the FATF's Saudi Arabia, the Jordan-EU partnership, the Lebanon-Cyprus
delimitation, the Trans-Saharan pipeline, the Jordan-Qatar, Iraq-Syria, Kuwait-Iraq, Saudi-Iraq,
Chad-Qatar and Morocco-Iran restorations, the Nepalese, Sons of Iraq, Macawisley, Aleppo Asayish,
Oromo and Bosnian integrations, the Rwandan, Akh unit and Jufair deployments, the EU's Uzbek and
Belarusian suspensions, the Obama easing on Sudan, Resolutions 1483, 1957, 2288 and 2731, the
Tunisian freeze renewal and the Lebanon emergency continuation).
Facts the writer is unsure of: the Treasury official quoted and the wording of the Samidoun
listing (Brian Nelson), the day of Israel's designation (2021); the Dutch minister's words and
the day of the EU decision (11 October 2004), the year of the European embargo (written 1986) and
the German role; Ari Fleischer's words, the scope of the suspension of 7 May 2003 and what it
kept; Resolution 2758's number, day, vote and end dates (written as adopted unanimously on 13
November 2024, to 14 November 2025 and mid-December 2025), the British speaker; Nagy's words and
the day (written as of 13-14 June 2019); the Jordanian minister and the export figure; the palace
and the wording of the custodianship agreement; the form of King Hussein's announcement (a letter
to the prime minister) and the Syrian and Libyan reactions; the number of parties and fighters in
the militia agreement, the Kurdish reservations, Order 91's terms; the number of French personnel
(500), the aircraft and the day of the Rafale talks.

Ten carry core events of the ten alertable types (ten core events), all occurred, next to
historical, negated, stalled and planned ones and a few alertable events that are not core; two
are near misses: a Jordanian football page (a club that "رفعت … عقوبة الإيقاف", a forward's
"انضمام", a club that "وقع معه عقدا", a coach's contract "مدد", a committee that "فرضت … غرامة",
ticket sales "علقت", security men the police "ستنشر", relations between a club and its fans that
"عادت", two cups "دمج") and a Doha book-fair page (a novel of "الحصار", "لرفع الحصار عن ذاكرتي",
publishers' "انضمام", a house that "وقعت … اتفاقية", hours "مددت", talks "علقت", a troupe that
"نشرت", "عودة العلاقات" between a union and publishers).

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على شبكة
«صامدون» … وعلى منسقها الدولي خالد بركات" and a Canadian government that announced "إدراج الشبكة
على قائمة الكيانات الإرهابية" impose (one core event; the United States and Canada; Samidoun and
Barakat, absent from the knowledge base; Canada, where Barakat lives, is an actor, not a target),
the PFLP on the list "منذ عام 1997" and Israel's designation "عام 2021" historical impositions, "ولم
يتخذ الاتحاد الأوروبي حتى الآن أي إجراء مماثل" a negated imposition; the secondary sanctions a
bank may face are the listing's reach, no threat. Ministers who decided "رفع الحظر المفروض على
تصدير الأسلحة إلى ليبيا، إلى جانب العقوبات الأخرى" lift (core; the European Union; Libya), the
embargo "عام 1986" a historical imposition, the council's suspension of 1999 and lifting "في
سبتمبر من العام الماضي" a historical suspension and a historical lifting, Washington's trade
embargo lifted "الشهر الماضي" a historical lifting, "لم ترفع اسم ليبيا من قائمة الدول الراعية
للإرهاب" a negated lifting, the compensation accord signed last month a historical signing (of
Libya; the victims are no state); Italy's wish to supply boats is no event. A president who "علق …
العمل بمعظم العقوبات الاقتصادية" suspends (core; the United States and Bush; Iraq), "ولا يشمل
التعليق الحظر على بيع الأسلحة" a negated suspension, the draft "يقضي برفع العقوبات الدولية" a
planned lifting (the United States proposing, the Security Council to decide), Resolution 661 of
August 1990 and the American sanctions "منذ عام 1990" historical impositions; the French and
Russian call to tie the lifting to the inspectors is a call, no event. A council that "مدد …
تدابير الجزاءات المفروضة على اليمن" extends (core; the Security Council; Yemen: "جزاءات" is the
UN's Arabic word for sanctions), Resolutions 2140 and 2216 historical impositions (on Yemen and on
the Houthis), the American listing "في فبراير الماضي" a historical imposition, "ولم يضف المجلس …
أي أسماء إلى قائمة الجزاءات" a negated imposition, the roadmap "لا تزال متعثرة" a stalled signing
of Yemen and the Houthis. An assistant secretary who "لوّح … بفرض عقوبات على المجلس العسكري
الانتقالي في السودان" threatens (core; the United States and Nagy; Sudan), the sanctions of 1997 and
their lifting in October 2017 historical, "لم ترفع حتى الآن اسم السودان من قائمة الدول الراعية
للإرهاب" a negated lifting, the African Union's suspension of Sudan "الأسبوع الماضي" a historical
imposition (as set 11 counts the suspension of a member), "ولم يوقع المجلس العسكري وقوى الحرية
والتغيير حتى الآن أي اتفاق" a negated signing; Booth's appointment and Ethiopia's mediation are no
events. A state that "انضم … رسميا … إلى منظمة التجارة العالمية" joins (core; Jordan; the WTO),
the association agreement with the EU "عام 1997" a historical signing, the free-trade agreement
with the United States it "يستعد لتوقيع" a planned signing (not core), Saudi Arabia's accession
"متعثرة" a stalled joining, Oman that "يتوقع أن تنضم" a planned joining (not core); the application
of 1994 is no event. A president and a king who "وقع … اتفاقية تؤكد الوصاية الهاشمية" sign (core;
Jordan, Palestine, Abdullah II and Abbas), the Wadi Araba treaty of 1994 a historical signing,
Palestine in UNESCO "في أكتوبر 2011" a historical joining; the observer status at the UN is no
joining. A kingdom that "قررت … إعادة العلاقات الدبلوماسية مع جمهورية مصر العربية" restores
relations (core; Jordan and King Hussein; Egypt), the peace treaty of March 1979 a historical
signing, Egypt's membership of the Arab League "معلقة" a historical imposition of the League and
"ولم يتخذ مجلس الجامعة حتى الآن أي قرار بشأن عودتها" a negated lifting (a readmission is a
lifting, as the earlier sets count Syria's), Syria that "لن تعيد علاقاتها مع القاهرة" a negated
restoration; the Arab states' break of 1979 is no event of a watched type. A government that
"قررت حل الميليشيات … ودمج عناصرها في القوات المسلحة" integrates forces (core, a decision taken;
Iraq and Allawi; the Badr Organization and the Peshmerga), "ولا يشمل الاتفاق «جيش المهدي»" a
negated integration, the multinational forces that "تنتشر في العراق" an occurred presence of the
United States (not core); the handover of sovereignty and the elections ahead are no events. A
president who "افتتح … أول قاعدة عسكرية فرنسية دائمة" with 500 men "يتمركز" there marks a presence
(core; France and Sarkozy; the UAE), the forces in Djibouti since 1977 a historical presence, the
defence agreement of 1995 and the nuclear accord of January 2008 a historical signing, the Rafale
talks "متعثرة" a stalled signing; Iran's criticism is no event. The Jordanian sports page and the
Doha book-fair page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.722, R 0.900, F1 0.801 (recall
9/10, precision 13/18); occurred core found 9/10; historical kept quiet 19/22, negated 9/9, stalled
3/3 (the set has no planned core event). No annotation was changed after the run. Missed: the
custodianship signing (ar-h99-07), "وقع سيادة الرئيس محمود عباس وجلالة الملك عبد الله الثاني بن
الحسين … اتفاقية", is read with the king alone for actor (as "Abdullah II of Jordan"), without Abbas,
who is in the knowledge base, and without either state, so it matches no gold name (the gold's
"Abdullah II" is the knowledge base's "Abdullah II of Jordan": a naming slip of the annotation,
recorded here and not changed) and is an unexpected alert as well. False alarms and unexpected
alerts: in ar-h99-01 the Treasury's listing has Palestine for target, read from "لصالح الجبهة
الشعبية لتحرير فلسطين" (Samidoun and Barakat are unknown to the knowledge base); in ar-h99-04
"تدابير الجزاءات المفروضة على اليمن، بما فيها تجميد الأصول" inside the extension is read a second
time as an occurred imposition by Yemen; in ar-h99-05 the African Union's suspension of Sudan
"الأسبوع الماضي" is read as occurred; in ar-h99-10 "وانتقدت إيران افتتاح القاعدة" is read as an
Iranian presence; in ar-h99-12 a Qatari publishing house that "وقعت … اتفاقية مع دار فرنسية" is
read as a signing of Qatar with France. Seen, not counted by the score: the Samidoun listing's
second reading (Canada's "إدراج") has no target; the EU's historical embargo has no target; the
German compensation accord is read as a negated signing of Germany; the American suspension has
the Security Council for a second target and the Treasury's general licence is read as a
historical suspension; "وإنهاء برنامج «النفط مقابل الغذاء»" is read as an occurred lifting by Iraq
(it matches the planned lifting, both alertable); the historical Houthi embargo has no actor; the
sanctions of 1997 are lifted by Sudan, not the United States; the EU association agreement is read
as stalled with Saudi Arabia for an actor, Saudi Arabia's accession carries Jordan, and Oman's
planned joining is read as stalled; the peace treaty of 1979 has Oman, Sudan, Somalia and Iraq for
actors; the militias' integration has no target (Badr and the Peshmerga are not linked to
"عناصرها"), and the multinational forces and the Mahdi Army's exclusion give nothing; the French
base's target is the Persian Gulf, not the UAE. The Jordanian sports page raises nothing. Six
articles are strict xfails (ar-h99-07 on its core event, ar-h99-01, -04, -05, -07, -10 and -12 on
their alerts).

After the fixes of 2026-12-07: events P 0.933, R 1.000, F1 0.966 (recall 10/10, precision 14/15).
Five general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout99_rules_ar.py``. "جزاءات"/"الجزاءات", the United Nations' own Arabic word for
sanctions (UN News, the council's resolutions), was no sanctions noun: a council that "فرض …
جزاءات", "مدد نظام الجزاءات", "رفع الجزاءات" or "هدد بفرض جزاءات" was not read at all; only the
plural is added (the singular جزاء is football's penalty); with it, a freeze listed after "بما
فيها" in a renewal of UN measures is their content again, no imposition: ar-h99-04's strict xfail
removed. Two signers each with an honorific and an office right after the verb ("وقع سيادة الرئيس
… وجلالة الملك …، اليوم الأحد، في عمان، اتفاقية") lost the accord from the window: "سيادة" and
"عطوفة" are honorifics, an honorific after "و" is one too, the office words heading a subject's
name are compared in normalised spelling (``_SUBJECT_HEADS_AR`` held "رئيس" and "زعماء" unnormalised,
so they never matched) and head the second signer's name after "و" or an honorific
(``_heads_a_signer_ar``), and "في" with an unlinked place set off by commas after the subject
counts for nothing (``_unknown_place_aside_ar``): ar-h99-07's two strict xfails removed. Who
decries or welcomes a deployment does not deploy ("وانتقدت إيران افتتاح القاعدة", "رحبت الحكومة
العراقية بنشر قوات تركية"; ``_drop_welcomers`` with the decrying verbs, for the military family):
ar-h99-10's strict xfail removed. A publishing house's nationality after it indefinite ("دار نشر
قطرية", "مع دار فرنسية", "ناشر ألماني") names no party, and a language translated into or from
("لترجمة … إلى الفرنسية", "من الروسية") is no state: ar-h99-12's strict xfail removed.
Left, as strict xfails on their alerts: the Treasury's listing with Palestine for target
(ar-h99-01), read from the network's description "للتضامن مع الأسرى الفلسطينيين" (a people's
demonym inside a group's name; Samidoun itself is unknown to the knowledge base); and the African
Union's suspension of Sudan "الأسبوع الماضي" read as occurred (ar-h99-05), where a week-old step
told in the background of another's news is historical by this set's annotation but may be read
either way: left for want of a rule narrow enough before this round's deadline.

``python -m tests.unit.test_heldout99_events_ar`` prints every article's alerts and the set's
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
_EU = "European Union"
_WTO = "World Trade Organization"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-01-alquds-alarabi-us-and-canada-sanction-samidoun-2024",
        date(2024, 10, 16),
        """واشنطن وأوتاوا تفرضان عقوبات على شبكة «صامدون» للتضامن مع الأسرى الفلسطينيين

لندن - «القدس العربي»

فرضت وزارة الخزانة الأمريكية، الثلاثاء، عقوبات على شبكة «صامدون» للتضامن مع الأسرى الفلسطينيين وعلى منسقها الدولي خالد بركات، متهمة الشبكة بأنها «جمعية خيرية صورية» تجمع الأموال في أوروبا وأمريكا الشمالية لصالح الجبهة الشعبية لتحرير فلسطين. وفي اليوم نفسه، أعلنت الحكومة الكندية إدراج الشبكة على قائمة الكيانات الإرهابية بموجب القانون الجنائي، ما يعني تجميد أي أصول لها في كندا وتجريم تقديم الدعم المالي أو المادي لها.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية برايان نيلسون، في بيان، إن «منظمات مثل صامدون تتظاهر بتقديم الدعم الإنساني، لكنها في الواقع تحول الأموال إلى جماعات إرهابية»، مؤكدا أن الولايات المتحدة «ستواصل استهداف شبكات التمويل» التابعة للجبهة.

وبموجب القرار، تجمد كل ممتلكات الشبكة ومنسقها الخاضعة للولاية الأمريكية، ويحظر على المواطنين والشركات الأمريكية التعامل معهما، فيما تتعرض المؤسسات المالية الأجنبية التي تجري معاملات كبيرة لصالحهما لخطر العقوبات الثانوية.

وتدرج واشنطن الجبهة الشعبية على قائمة المنظمات الإرهابية الأجنبية منذ عام 1997، بينما صنفت إسرائيل «صامدون» منظمة إرهابية عام 2021، واعتبرتها ذراعا للجبهة في الخارج، وهو ما تنفيه الشبكة.

ولم يتخذ الاتحاد الأوروبي حتى الآن أي إجراء مماثل بحق الشبكة، رغم مطالبات نواب في البرلمان الأوروبي بإدراجها على قائمة الإرهاب الأوروبية، إذ تقول مصادر دبلوماسية في بروكسل إن الدول الأعضاء منقسمة حول الأدلة المتوافرة.

من جهتها، وصفت «صامدون» القرار بأنه «هدية لحكومة الاحتلال»، وقالت في بيان إنها «شبكة تضامن مستقلة تعمل في العلن»، وإن الخطوة الأمريكية والكندية تهدف إلى «إسكات الأصوات التي تفضح جرائم الإبادة في غزة والتعذيب في السجون». وقال بركات، المقيم في كندا منذ سنوات، إنه سيطعن في القرار أمام القضاء.

ويأتي القرار في وقت تتصاعد فيه الاحتجاجات المؤيدة للفلسطينيين في الجامعات والمدن الأمريكية والكندية منذ بدء الحرب على غزة قبل أكثر من عام، وسط اتهامات من منظمات حقوقية لحكومات غربية بالخلط بين التضامن مع الفلسطينيين ودعم الإرهاب.

وفي رام الله، قالت والدة أسير من مخيم الجلزون يقضي حكما بالسجن المؤبد: «لا نعرف هؤلاء الناس شخصيا، لكنهم كانوا يرفعون صور أبنائنا في شوارع أوروبا. كل من يذكر الأسرى صار اليوم متهما، وأبناؤنا في الزنازين لا يسمع بهم أحد».""",
        [
            G("sanctions.imposed", "occurred", [_US, "Canada"], ["Samidoun", "Khaled Barakat"]),
            # the PFLP on the list "منذ عام 1997"
            G("sanctions.imposed", "historical", [_US], ["Popular Front for the Liberation of Palestine"], core=False),
            # Israel's designation "عام 2021"
            G("sanctions.imposed", "historical", ["Israel"], ["Samidoun"], core=False),
            # "ولم يتخذ الاتحاد الأوروبي حتى الآن أي إجراء مماثل"
            G("sanctions.imposed", "negated", [_EU], ["Samidoun"], core=False),
        ],
        not_targets=["Palestine", "Israel"],
        known_alarm=(
            'the listing "لصالح الجبهة الشعبية لتحرير فلسطين" has Palestine for target'
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-02-asharq-alawsat-eu-lifts-libya-arms-embargo-2004",
        date(2004, 10, 12),
        """الاتحاد الأوروبي يرفع حظر السلاح والعقوبات عن ليبيا بعد ثمانية عشر عاما

لوكسمبورغ - «الشرق الأوسط»

قرر وزراء خارجية الاتحاد الأوروبي، في اجتماعهم في لوكسمبورغ أمس، رفع الحظر المفروض على تصدير الأسلحة إلى ليبيا، إلى جانب العقوبات الأخرى التي فرضتها الدول الأوروبية على طرابلس منذ منتصف الثمانينيات، مكافأة لها على تخليها عن برامج أسلحة الدمار الشامل وعلى تسوية ملف تعويضات ضحايا تفجير ملهى «لابيل» الليلي في برلين.

وقال وزير الخارجية الهولندي برنارد بوت، الذي تتولى بلاده الرئاسة الدورية للاتحاد، إن القرار «يفتح صفحة جديدة» في العلاقات مع ليبيا، لكنه شدد على أن الدول الأعضاء ستطبق «مدونة السلوك الأوروبية» على أي صفقة سلاح، وأنها ستراقب احترام طرابلس لحقوق الإنسان.

وكانت المجموعة الأوروبية قد فرضت الحظر عام 1986، بعد اتهام ليبيا بالوقوف وراء تفجير برلين الذي قتل فيه جنديان أمريكيان وامرأة تركية، قبل أن تتبعه العقوبات الدولية التي علقها مجلس الأمن عام 1999 بعد تسليم المتهمين في قضية لوكربي، ثم رفعها نهائيا في سبتمبر من العام الماضي.

ولعبت إيطاليا دورا رئيسيا في الدفع نحو القرار، إذ تريد تزويد خفر السواحل الليبي بزوارق ومعدات رادار للحد من تدفق المهاجرين غير النظاميين عبر البحر المتوسط نحو جزيرة لامبيدوزا. وقال دبلوماسيون إن ألمانيا تخلت عن تحفظاتها بعد توقيع اتفاق التعويضات الشهر الماضي.

وكانت الولايات المتحدة قد رفعت الشهر الماضي الحظر التجاري الذي فرضته على ليبيا، وسمحت باستئناف الرحلات الجوية المباشرة والإفراج عن أرصدة ليبية مجمدة، غير أن واشنطن لم ترفع اسم ليبيا من قائمة الدول الراعية للإرهاب، وهو ما يحرم طرابلس من شراء معدات عسكرية أمريكية.

ورحب مسؤول في أمانة الاتصال الخارجي الليبية بالقرار، وقال إن بلاده «تتطلع إلى شراكة متكافئة مع أوروبا»، مشيرا إلى أن شركات أوروبية كبرى تنتظر فرصة المشاركة في تحديث البنية التحتية وقطاع النفط.

ويرى محللون أن الاعتبارات الاقتصادية طغت على النقاش، لا سيما بعد زيارة رئيس الوزراء البريطاني توني بلير إلى طرابلس في مارس الماضي، وتسابق الشركات الأوروبية على عقود التنقيب عن النفط والغاز.

وفي طرابلس، قال رجل أعمال يستورد قطع غيار الطائرات: «عشنا سنوات نشتري كل شيء عن طريق وسطاء وبضعف السعر. الطائرات القديمة ما زالت في المطار، والآن نريد أن نرى الشركات تأتي فعلا، لا أن نسمع عنها في الأخبار».""",
        [
            G("sanctions.lifted", "occurred", [_EU], ["Libya"]),
            # the embargo "عام 1986"
            G("sanctions.imposed", "historical", [_EU], ["Libya"], core=False),
            # the council's suspension of 1999 and its lifting "في سبتمبر من العام الماضي"
            G("sanctions.suspended", "historical", [_UNSC], ["Libya"], core=False),
            G("sanctions.lifted", "historical", [_UNSC], ["Libya"], core=False),
            # Washington's trade embargo lifted "الشهر الماضي"
            G("sanctions.lifted", "historical", [_US], ["Libya"], core=False),
            # "لم ترفع اسم ليبيا من قائمة الدول الراعية للإرهاب"
            G("sanctions.lifted", "negated", [_US], ["Libya"], core=False),
            # the compensation accord signed "الشهر الماضي"
            G("agreement.signed", "historical", ["Libya"], [], core=False),
        ],
        not_targets=["Germany", "Italy", "Netherlands", "United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-03-alhayat-bush-suspends-us-sanctions-on-iraq-2003",
        date(2003, 5, 8),
        """بوش يعلق معظم العقوبات الأمريكية على العراق ويدعو مجلس الأمن إلى رفع العقوبات الدولية

واشنطن - «الحياة»

علق الرئيس الأمريكي جورج بوش، أمس، العمل بمعظم العقوبات الاقتصادية التي تفرضها الولايات المتحدة على العراق منذ عام 1990، بما يسمح للشركات الأمريكية بتصدير السلع إلى العراق وتحويل الأموال إليه، في خطوة قال البيت الأبيض إنها تهدف إلى تسريع إعادة الإعمار بعد سقوط نظام الرئيس صدام حسين.

وقال الناطق باسم البيت الأبيض آري فلايشر إن الرئيس «أراد أن يبعث رسالة واضحة إلى الشعب العراقي بأن العقوبات كانت موجهة ضد النظام لا ضده»، موضحا أن وزارة الخزانة أصدرت ترخيصا عاما يسمح بالتعامل التجاري مع العراق وإرسال المساعدات الإنسانية.

ولا يشمل التعليق الحظر على بيع الأسلحة والمعدات العسكرية، كما تبقى الأصول العراقية المجمدة في المصارف الأمريكية تحت تصرف الحكومة الأمريكية لتمويل مشاريع إعادة الإعمار، وفق ما أوضح مسؤولون في وزارة الخزانة.

وتستعد واشنطن لتقديم مشروع قرار إلى مجلس الأمن خلال أيام، يقضي برفع العقوبات الدولية المفروضة على العراق وإنهاء برنامج «النفط مقابل الغذاء» تدريجيا، ومنح الولايات المتحدة وبريطانيا صلاحية إدارة عائدات النفط العراقي إلى حين تشكيل حكومة عراقية.

وكان مجلس الأمن قد فرض حصارا اقتصاديا شاملا على العراق في السادس من أغسطس 1990، بعد أيام من غزو الكويت، بموجب القرار 661، وهو الحصار الذي قالت منظمات إنسانية إنه تسبب في تدهور حاد للأوضاع الصحية والمعيشية طوال ثلاثة عشر عاما.

ودعت فرنسا وروسيا إلى الربط بين رفع العقوبات وعودة مفتشي الأسلحة الدوليين للتحقق من خلو العراق من أسلحة الدمار الشامل، فيما قال دبلوماسيون في نيويورك إن الخلاف يتركز على الدور الذي ستلعبه الأمم المتحدة في إدارة شؤون العراق خلال المرحلة الانتقالية.

وقال خبير في شؤون الطاقة في واشنطن إن الشركات الأمريكية «لن تتدفق إلى العراق غدا»، بسبب الانفلات الأمني وغياب سلطة قادرة على توقيع العقود، مرجحا أن تقتصر التعاملات في المرحلة الأولى على شحنات الغذاء والدواء ومعدات الكهرباء.

وفي سوق الشورجة وسط بغداد، قال تاجر مواد غذائية: «سمعنا أن الحصار انتهى، لكن الكهرباء مقطوعة والطرق غير آمنة، واللصوص في كل مكان. البضاعة تأتي من الأردن بأسعار عالية. نريد أمانا أولا، ثم نتحدث عن التجارة».""",
        [
            G("sanctions.suspended", "occurred", [_US, "George W. Bush"], ["Iraq"]),
            # "لا يشمل التعليق الحظر على بيع الأسلحة"
            G("sanctions.suspended", "negated", [_US], ["Iraq"], core=False),
            # the draft resolution "يقضي برفع العقوبات الدولية"
            G("sanctions.lifted", "planned", [_US, _UNSC], ["Iraq"], core=False),
            # Resolution 661, "في السادس من أغسطس 1990"
            G("sanctions.imposed", "historical", [_UNSC], ["Iraq"], core=False),
            # the American sanctions "منذ عام 1990"
            G("sanctions.imposed", "historical", [_US], ["Iraq"], core=False),
        ],
        not_targets=["Kuwait", "Jordan", "France", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-04-un-news-security-council-renews-yemen-sanctions-2024",
        date(2024, 11, 13),
        """مجلس الأمن يمدد نظام الجزاءات المفروض على اليمن عاما إضافيا

نيويورك - «أخبار الأمم المتحدة»

مدد مجلس الأمن الدولي، اليوم الأربعاء، تدابير الجزاءات المفروضة على اليمن، بما فيها تجميد الأصول وحظر السفر، حتى الرابع عشر من نوفمبر 2025، كما مدد ولاية فريق الخبراء المعني باليمن حتى منتصف ديسمبر من العام نفسه، وذلك بموجب القرار 2758 الذي اعتمده بالإجماع.

وأعرب المجلس في القرار عن قلقه البالغ إزاء استمرار الهجمات على السفن التجارية في البحر الأحمر وخليج عدن، وطالب جميع الأطراف بالامتناع عن الأعمال التي تقوض الاستقرار، مؤكدا أن حظر توريد الأسلحة المفروض على الأفراد والكيانات المدرجة في القائمة يظل ساريا.

وقالت نائبة المندوب البريطاني، التي صاغت بلادها مشروع القرار، إن التمديد «يبعث رسالة واضحة بأن المجتمع الدولي لن يتسامح مع من يهددون السلام والأمن في اليمن»، فيما رحب مندوب اليمن بالقرار، داعيا المجلس إلى «ممارسة مزيد من الضغط على الميليشيات الحوثية».

وكان المجلس قد أنشأ نظام الجزاءات الخاص باليمن عام 2014 بموجب القرار 2140، ثم فرض عام 2015، بموجب القرار 2216، حظرا على توريد الأسلحة إلى جماعة الحوثيين وقادتها. وفي فبراير الماضي، أعادت الولايات المتحدة إدراج الحوثيين على قائمتها للإرهابيين العالميين المصنفين تصنيفا خاصا، ردا على هجماتهم في البحر الأحمر.

ولم يضف المجلس في قراره الجديد أي أسماء إلى قائمة الجزاءات، رغم مطالبات بعض الأعضاء بإدراج قادة حوثيين متورطين في الهجمات البحرية.

وفي إحاطته الأخيرة أمام المجلس، قال المبعوث الخاص للأمين العام إلى اليمن هانس غروندبرغ إن خارطة الطريق التي أعلن في ديسمبر الماضي التزام الطرفين بها «لا تزال متعثرة»، بسبب التصعيد الإقليمي، مشددا على أن «الحل العسكري ليس خيارا».

ووفقا لمكتب تنسيق الشؤون الإنسانية، يحتاج أكثر من 18 مليون شخص في اليمن إلى المساعدة الإنسانية والحماية، فيما لم يتلق النداء الإنساني لهذا العام سوى نحو نصف التمويل المطلوب.

وفي مخيم للنازحين قرب مدينة مأرب، قالت أم لخمسة أطفال لأخبار الأمم المتحدة: «نسمع عن القرارات في نيويورك، لكن ما يهمنا هو الماء والخبز والدواء. زوجي بلا عمل منذ ثلاث سنوات، والأطفال لم يذهبوا إلى المدرسة هذا العام».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Yemen"]),
            # Resolution 2140 of 2014 and Resolution 2216 of 2015
            G("sanctions.imposed", "historical", [_UNSC], ["Yemen"], core=False),
            G("sanctions.imposed", "historical", [_UNSC], ["Houthis"], core=False),
            # the American listing "في فبراير الماضي"
            G("sanctions.imposed", "historical", [_US], ["Houthis"], core=False),
            # "ولم يضف المجلس في قراره الجديد أي أسماء"
            G("sanctions.imposed", "negated", [_UNSC], ["Houthis"], core=False),
            # the roadmap "لا تزال متعثرة"
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["United Kingdom"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-05-aljazeera-net-us-envoy-warns-sudan-junta-of-sanctions-2019",
        date(2019, 6, 14),
        """واشنطن تلوح بعقوبات على المجلس العسكري في السودان بعد فض اعتصام القيادة العامة

الخرطوم - «الجزيرة نت»

لوّح مساعد وزير الخارجية الأمريكي للشؤون الأفريقية تيبور ناجي بفرض عقوبات على المجلس العسكري الانتقالي في السودان، إذا لم يوقف العنف ضد المحتجين ويسلم السلطة إلى حكومة مدنية، وذلك في ختام زيارة للخرطوم التقى خلالها رئيس المجلس الفريق أول عبد الفتاح البرهان وقادة قوى إعلان الحرية والتغيير.

وقال ناجي للصحفيين إن «كل الخيارات مطروحة على الطاولة، بما فيها العقوبات»، مضيفا أن بلاده تريد «تحقيقا مستقلا وذا مصداقية» في عملية فض الاعتصام أمام مقر القيادة العامة للجيش في الثالث من يونيو، التي قتل فيها العشرات بحسب لجنة أطباء السودان المركزية.

وأعلنت الخارجية الأمريكية تعيين الدبلوماسي دونالد بوث مبعوثا خاصا إلى السودان، لدعم جهود الوساطة التي يقودها رئيس الوزراء الإثيوبي آبي أحمد بين العسكريين والمعارضة.

وكانت الولايات المتحدة قد فرضت عقوبات اقتصادية وتجارية شاملة على السودان عام 1997، ثم رفعتها في أكتوبر 2017، لكنها لم ترفع حتى الآن اسم السودان من قائمة الدول الراعية للإرهاب، وهو ما يحرم الخرطوم من الحصول على قروض المؤسسات المالية الدولية.

وعلق الاتحاد الأفريقي عضوية السودان الأسبوع الماضي إلى حين تسليم السلطة إلى سلطة مدنية انتقالية، فيما دعت دول غربية إلى جلسة لمجلس الأمن حول الأوضاع في البلاد.

ولم يوقع المجلس العسكري وقوى الحرية والتغيير حتى الآن أي اتفاق على تقاسم السلطة، بعد أن علق العسكريون المفاوضات في مايو الماضي، ثم أعلنوا إلغاء ما تم التوصل إليه عقب فض الاعتصام.

من جهته، قال المتحدث باسم المجلس العسكري إن المجلس «منفتح على الحوار» وإن التحقيق في أحداث القيادة العامة «يجري بشفافية»، رافضا ما وصفه بـ«التدخل في الشؤون الداخلية».

ويقول محللون إن التلويح الأمريكي يأتي بعد انتقادات لواشنطن بسبب بطء ردها على الأحداث، مقارنة بمواقف بريطانيا والنرويج، مشيرين إلى أن الدعم الذي تقدمه السعودية والإمارات للمجلس العسكري يقلل من أثر أي ضغوط غربية.

وفي حي بري شرقي الخرطوم، قال طبيب شارك في الاعتصام: «فقدنا أصدقاء في ذلك الصباح. العقوبات وحدها لن تعيدهم، لكننا نريد أن يعرف العالم من أعطى الأوامر. الشارع لم يتراجع، والعصيان المدني أثبت ذلك».""",
        [
            G("sanctions.threatened", "occurred", [_US, "Tibor Nagy"], ["Sudan"]),
            # the sanctions "عام 1997" and their lifting "في أكتوبر 2017"
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # "لم ترفع حتى الآن اسم السودان من قائمة الدول الراعية للإرهاب"
            G("sanctions.lifted", "negated", [_US], ["Sudan"], core=False),
            # the African Union's suspension of Sudan "الأسبوع الماضي"
            G("sanctions.imposed", "historical", ["African Union"], ["Sudan"], core=False),
            # "ولم يوقع المجلس العسكري وقوى الحرية والتغيير حتى الآن أي اتفاق"
            G("agreement.signed", "negated", ["Sudan"], [], core=False),
        ],
        not_targets=["Ethiopia", "Saudi Arabia", "United Arab Emirates", "Norway"],
        known_alarm=(
            "the African Union's suspension «الأسبوع الماضي» is read as occurred"
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-06-alarab-jordan-becomes-wto-member-2000",
        date(2000, 4, 12),
        """الأردن يصبح العضو 136 في منظمة التجارة العالمية

عمان - «العرب»

انضم الأردن رسميا، أمس الثلاثاء، إلى منظمة التجارة العالمية عضوا كامل العضوية، ليصبح العضو السادس والثلاثين بعد المئة في المنظمة، بعد نحو ست سنوات من تقديمه طلب الانضمام، وثلاثين يوما من إيداعه وثيقة قبول بروتوكول الانضمام في جنيف.

وقال وزير الصناعة والتجارة الأردني إن العضوية «تضع الاقتصاد الأردني على خريطة التجارة الدولية»، وتمنح الصادرات الأردنية معاملة تفضيلية في أسواق الدول الأعضاء، مقابل التزام المملكة بخفض الرسوم الجمركية تدريجيا وحماية حقوق الملكية الفكرية وفتح قطاعات الخدمات أمام المنافسة.

وكان الأردن قد وقع عام 1997 اتفاقية شراكة مع الاتحاد الأوروبي تنص على إقامة منطقة تجارة حرة خلال اثني عشر عاما، فيما يستعد لتوقيع اتفاقية للتجارة الحرة مع الولايات المتحدة قبل نهاية العام، بعد جولات من المفاوضات بدأت عقب زيارة الملك عبد الله الثاني إلى واشنطن.

ويأتي انضمام الأردن في وقت لا تزال فيه مفاوضات انضمام السعودية إلى المنظمة متعثرة، بسبب خلافات حول قطاعات الخدمات والتأمين والاتصالات، في حين يتوقع أن تنضم سلطنة عمان إلى المنظمة قبل نهاية العام الجاري.

وتخشى قطاعات صناعية صغيرة، مثل صناعة الأحذية والأثاث والمنظفات، من منافسة البضائع المستوردة الأرخص ثمنا بعد خفض الرسوم، وطالبت غرفة صناعة عمان الحكومة بفترات انتقالية أطول وبرامج لتأهيل المصانع.

في المقابل، يرى اقتصاديون أن العضوية ستعزز ثقة المستثمرين الأجانب، خاصة في المناطق الصناعية المؤهلة التي تصدر منتجاتها إلى السوق الأمريكية دون رسوم جمركية، والتي ارتفع عدد العاملين فيها إلى آلاف خلال العامين الماضيين.

وبلغت قيمة الصادرات الأردنية العام الماضي نحو ملياري دولار، يذهب معظمها إلى العراق ودول الخليج والهند، فيما تشكل الفوسفات والبوتاس والأدوية أبرز السلع المصدرة، بحسب أرقام دائرة الإحصاءات العامة.

وتضم المنظمة، التي تأسست عام 1995 خلفا للاتفاقية العامة للتعريفات الجمركية والتجارة «الغات»، عددا من الدول العربية، من بينها مصر والمغرب وتونس والإمارات والكويت وقطر والبحرين.

وفي مدينة الحسن الصناعية قرب إربد، قالت عاملة في مصنع للملابس: «نسمع أن المصانع ستزيد، وأن هناك طلبيات جديدة. نتمنى أن ترتفع الرواتب أيضا، لا أن يزيد العمل فقط. نصف البنات هنا يصرفن على عائلاتهن».""",
        [
            G("alliance.joined", "occurred", ["Jordan"], [_WTO]),
            # the association agreement "عام 1997"
            G("agreement.signed", "historical", ["Jordan", _EU], [], core=False),
            # the free-trade agreement with the United States "قبل نهاية العام"
            G("agreement.signed", "planned", ["Jordan", _US], [], core=False),
            # Saudi Arabia's accession "متعثرة"
            G("alliance.joined", "stalled", ["Saudi Arabia"], [_WTO], core=False),
            # Oman "يتوقع أن تنضم ... قبل نهاية العام الجاري"
            G("alliance.joined", "planned", ["Oman"], [_WTO], core=False),
        ],
        not_targets=["Egypt", "Morocco", "Tunisia", "Kuwait", "Qatar", "Bahrain"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-07-wafa-abbas-and-king-abdullah-sign-jerusalem-custodianship-2013",
        date(2013, 3, 31),
        """الرئيس عباس والملك عبد الله الثاني يوقعان اتفاقية للدفاع عن القدس والمقدسات

عمان - «وفا»

وقع سيادة الرئيس محمود عباس وجلالة الملك عبد الله الثاني بن الحسين، اليوم الأحد، في قصر الحسينية بعمان، اتفاقية تؤكد الوصاية الهاشمية على المقدسات الإسلامية والمسيحية في مدينة القدس، وتنص على العمل المشترك لحمايتها والدفاع عنها في المحافل الدولية.

وتؤكد الاتفاقية أن جلالة الملك، بصفته صاحب الوصاية على الأماكن المقدسة في القدس، يبذل جميع الجهود القانونية للحفاظ عليها، خاصة المسجد الأقصى المبارك، وأن دولة فلسطين صاحبة السيادة على الأرض، بما فيها القدس الشرقية.

وقال الرئيس عباس، عقب التوقيع، إن الاتفاقية «تعيد التأكيد على ما هو قائم منذ عقود»، وتأتي في وقت «تتعرض فيه القدس لهجمة استيطانية غير مسبوقة ومحاولات متواصلة لتغيير طابعها وهويتها»، مثمنا الدور الأردني في رعاية المقدسات وإعمارها.

من جانبه، أكد جلالة الملك أن الأردن «سيواصل القيام بواجبه الديني والتاريخي» تجاه القدس، وأن «الدفاع عن المقدسات مسؤولية عربية وإسلامية مشتركة».

وتعود الرعاية الهاشمية للمقدسات إلى عام 1924، وقد نصت معاهدة السلام التي وقعها الأردن مع إسرائيل عام 1994 في وادي عربة على احترام الدور الخاص للمملكة في الأماكن الإسلامية المقدسة في القدس.

ويأتي التوقيع بعد أشهر من حصول فلسطين على صفة دولة مراقب غير عضو في الأمم المتحدة، في التاسع والعشرين من نوفمبر الماضي، وبعد انضمامها إلى منظمة الأمم المتحدة للتربية والعلم والثقافة «اليونسكو» في أكتوبر 2011.

ورحب الأمين العام لجامعة الدول العربية بالاتفاقية، معتبرا أنها «خطوة مهمة لحماية القدس من التهويد»، فيما لم يصدر تعليق رسمي عن الحكومة الإسرائيلية حتى مساء اليوم.

وقال وزير الأوقاف والشؤون الدينية الفلسطيني إن الاتفاقية «ستعزز التنسيق بين الأوقاف في القدس ووزارة الأوقاف الأردنية»، في ظل تكرار اقتحامات المستوطنين لباحات الأقصى تحت حماية شرطة الاحتلال.

وفي باب الأسباط، قال حارس من حراس المسجد الأقصى يعمل في دائرة الأوقاف منذ عشرين عاما: «نحن هنا كل يوم بين المصلين والمقتحمين. الورق مهم، لكن المهم أكثر أن يبقى الناس يأتون إلى الأقصى، وأن نبقى نحن على أبوابه».""",
        [
            G("agreement.signed", "occurred", ["Jordan", "Palestine", "Abdullah II", "Mahmoud Abbas"], []),
            # the Wadi Araba treaty "عام 1994"
            G("agreement.signed", "historical", ["Jordan", "Israel"], [], core=False),
            # Palestine in UNESCO "في أكتوبر 2011"
            G("alliance.joined", "historical", ["Palestine"], ["UNESCO"], core=False),
        ],
        not_targets=["Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-08-petra-jordan-restores-relations-with-egypt-1984",
        date(1984, 9, 26),
        """الأردن يعيد علاقاته الدبلوماسية مع مصر

عمان - «بترا»

قررت المملكة الأردنية الهاشمية إعادة العلاقات الدبلوماسية مع جمهورية مصر العربية، المقطوعة منذ عام 1979، وفق ما أعلنه جلالة الملك الحسين بن طلال، أمس الثلاثاء، في رسالة وجهها إلى رئيس الوزراء، أكد فيها أن «مصر هي القلب من الأمة العربية، ولا يمكن للأمة أن تواجه التحديات وهي غائبة».

وقال جلالته في الرسالة إن القرار «نابع من إيمان الأردن بضرورة رص الصف العربي»، وإنه لا يعني بأي حال القبول باتفاقيات كامب ديفيد، مشددا على تمسك الأردن بقرارات القمم العربية وبحقوق الشعب الفلسطيني.

ورحب الرئيس المصري محمد حسني مبارك بالقرار، ووصفه في تصريح للصحفيين في القاهرة بأنه «خطوة شجاعة»، معربا عن أمله في أن تتبعها خطوات مماثلة من الدول العربية الشقيقة.

والأردن أول دولة عربية تعيد علاقاتها الدبلوماسية مع مصر منذ قطعتها الدول العربية، باستثناء سلطنة عمان والسودان والصومال، تنفيذا لقرارات قمة بغداد، بعد توقيع مصر معاهدة السلام مع إسرائيل في مارس 1979.

ولا تزال عضوية مصر في جامعة الدول العربية معلقة، ولم يتخذ مجلس الجامعة حتى الآن أي قرار بشأن عودتها، في ظل معارضة عدد من الدول الأعضاء، فيما انتقل مقر الجامعة إلى تونس منذ ذلك الحين.

وفي دمشق، انتقدت الحكومة السورية القرار الأردني، وأكدت أنها لن تعيد علاقاتها مع القاهرة ما دامت متمسكة بمعاهدة السلام مع إسرائيل، كما هاجمت إذاعة طرابلس الليبية الخطوة ووصفتها بأنها «خروج على الإجماع العربي».

ويرتبط الأردن ومصر بعلاقات اقتصادية واسعة رغم القطيعة الرسمية، إذ يعمل في المملكة عشرات الآلاف من العمال المصريين، وتمر عبر ميناء العقبة كميات كبيرة من البضائع المتجهة إلى العراق.

وقال مصدر رسمي إن تبادل السفراء بين البلدين سيتم «في أقرب وقت»، وإن وزيري خارجية البلدين سيبحثان قريبا ترتيبات استئناف عمل البعثتين الدبلوماسيتين.

وفي وسط البلد بعمان، قال عامل مصري يعمل في مخبز منذ ست سنوات: «نحن هنا منذ زمن، ولم نشعر يوما بأننا غرباء. لكن القرار يفرح القلب. ربما يصبح السفر إلى البلد أسهل، والأوراق أسرع».""",
        [
            G("relations.restored", "occurred", ["Jordan", "Hussein of Jordan"], ["Egypt"]),
            # the peace treaty "في مارس 1979"
            G("agreement.signed", "historical", ["Egypt", "Israel"], [], core=False),
            # Egypt's membership of the Arab League suspended since 1979, and "لم يتخذ مجلس
            # الجامعة حتى الآن أي قرار بشأن عودتها"
            G("sanctions.imposed", "historical", ["Arab League"], ["Egypt"], core=False),
            G("sanctions.lifted", "negated", ["Arab League"], ["Egypt"], core=False),
            # Syria "لن تعيد علاقاتها مع القاهرة"
            G("relations.restored", "negated", ["Syria"], ["Egypt"], core=False),
        ],
        not_targets=["Iraq", "Oman", "Sudan", "Somalia", "Tunisia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-09-alquds-alarabi-iraq-militias-to-merge-into-army-and-police-2004",
        date(2004, 6, 8),
        """اتفاق على حل الميليشيات العراقية ودمج عناصرها في الجيش والشرطة

بغداد - «القدس العربي»

أعلن رئيس الحكومة العراقية المؤقتة إياد علاوي، أمس الاثنين، أن حكومته قررت حل الميليشيات التابعة لتسعة أحزاب وقوى سياسية، ودمج عناصرها في القوات المسلحة وأجهزة الشرطة والحرس الوطني، أو إحالتهم إلى التقاعد أو إلى وظائف مدنية، بعد اتفاق مع قادة هذه القوى.

ويشمل القرار نحو مئة ألف مقاتل، بينهم عناصر «فيلق بدر» التابع للمجلس الأعلى للثورة الإسلامية في العراق وقوات البيشمركة التابعة للحزبين الكرديين الرئيسيين، على أن تستكمل عملية الدمج قبل الانتخابات المقررة في يناير المقبل.

وقال علاوي في مؤتمر صحفي إن «السلاح يجب أن يكون بيد الدولة وحدها»، مؤكدا أن أي جماعة مسلحة ترفض الاتفاق «ستعامل بوصفها خارجة على القانون».

من جهته، قال الحاكم المدني الأمريكي بول بريمر إن الأمر رقم 91 الذي أصدرته سلطة الائتلاف ينظم عملية الدمج، ويمنع المنتسبين إلى الجيش والشرطة من الانتماء إلى أي تنظيم مسلح، واصفا الاتفاق بأنه «خطوة أساسية نحو عراق ديمقراطي».

ولا يشمل الاتفاق «جيش المهدي» التابع للزعيم الشيعي مقتدى الصدر، الذي تخوض عناصره منذ أبريل الماضي مواجهات مع القوات الأمريكية في النجف والكوفة ومدينة الصدر، ولم يشارك ممثلوه في المفاوضات.

وتأتي الخطوة قبل ثلاثة أسابيع من نقل السيادة إلى الحكومة العراقية المؤقتة في الثلاثين من يونيو، بينما تنتشر في العراق قوات متعددة الجنسيات يبلغ قوامها نحو 160 ألف جندي، معظمهم أمريكيون.

وأبدى مسؤولون أكراد تحفظات على تفاصيل الاتفاق، مؤكدين أن البيشمركة «ستبقى مسؤولة عن أمن إقليم كردستان»، فيما قال قيادي في المجلس الأعلى إن عناصر بدر «تحولوا منذ سقوط النظام إلى العمل السياسي والاجتماعي».

ويرى مراقبون أن نجاح الخطة يتوقف على قدرة الحكومة على توفير رواتب ووظائف لعشرات الآلاف من المقاتلين، في بلد يعاني من بطالة مرتفعة وتدهور في الخدمات.

وفي حي الكرادة ببغداد، قال صاحب محل لبيع الأجهزة الكهربائية: «في كل شارع حزب وفي كل حزب مسلحون. إذا صار السلاح بيد الجيش والشرطة فقط فهذا ما نريده، لكن من يضمن أن الجيش نفسه لن يصبح أحزابا؟».""",
        [
            G("forces.integrated", "occurred", ["Iraq", "Ayad Allawi"], ["Badr Organization", "Peshmerga"]),
            # "ولا يشمل الاتفاق «جيش المهدي»"
            G("forces.integrated", "negated", ["Iraq"], ["Mahdi Army"], core=False),
            # the multinational forces now in Iraq
            G("military.presence", "occurred", [_US], ["Iraq"], core=False),
        ],
        not_targets=[],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-10-alarabiya-net-sarkozy-opens-french-base-in-abu-dhabi-2009",
        date(2009, 5, 27),
        """ساركوزي يفتتح أول قاعدة عسكرية فرنسية دائمة في الخليج

أبوظبي - «العربية.نت»

افتتح الرئيس الفرنسي نيكولا ساركوزي، أمس الثلاثاء، في أبوظبي، أول قاعدة عسكرية فرنسية دائمة في منطقة الخليج، يتمركز فيها نحو 500 عسكري فرنسي، موزعين على منشأة بحرية في ميناء زايد وقاعدة جوية في الظفرة ومعسكر لتدريب القوات البرية.

وقال ساركوزي في كلمة أمام الجنود الفرنسيين، بحضور ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، إن القاعدة «تعبر عن التزام فرنسا بأمن الإمارات واستقرار منطقة الخليج»، مضيفا أن فرنسا «مستعدة لتحمل مسؤولياتها» في هذه المنطقة الاستراتيجية.

وتضم المنشأة البحرية أرصفة قادرة على استقبال السفن الحربية الكبيرة، بما فيها حاملة الطائرات «شارل ديغول»، فيما تستخدم القاعدة الجوية ست طائرات مقاتلة من طراز «ميراج»، ويخصص معسكر التدريب للتدريب على القتال في المناطق الصحراوية والحضرية.

وتطل القاعدة على مضيق هرمز الذي يمر عبره نحو 40 في المئة من النفط المنقول بحرا في العالم، وهي أول قاعدة عسكرية تقيمها فرنسا خارج مستعمراتها السابقة في أفريقيا، حيث تحتفظ بقوات في جيبوتي منذ استقلالها عام 1977.

وترتبط فرنسا والإمارات باتفاقية للتعاون الدفاعي منذ عام 1995، كما وقع البلدان في يناير من العام الماضي، خلال زيارة ساركوزي الأولى لأبوظبي، اتفاقا للتعاون في مجال الطاقة النووية المدنية، إلى جانب الاتفاق على إنشاء القاعدة.

ولا تزال المفاوضات حول شراء الإمارات ستين طائرة «رافال» من شركة «داسو» الفرنسية متعثرة، بسبب خلافات على السعر وعلى تحديث محركات الطائرات وأنظمتها، وفق ما أفادت مصادر قريبة من المفاوضات.

وانتقدت إيران افتتاح القاعدة، وقال متحدث باسم وزارة خارجيتها إن «وجود القوات الأجنبية لا يجلب الأمن للمنطقة»، فيما قال مسؤول فرنسي إن القاعدة «ليست موجهة ضد أي دولة».

ويرى محللون أن القاعدة تمنح باريس موطئ قدم في سوق السلاح الخليجية التي تهيمن عليها الشركات الأمريكية والبريطانية، وتعزز حضورها في منطقة تعد من أهم مصادر الطاقة في العالم.

وعند ميناء زايد، قال صياد إماراتي يعمل في المنطقة منذ أكثر من ثلاثين عاما: «نرى السفن الحربية تأتي وتذهب منذ سنوات. البحر واسع، والمهم ألا يضايقونا في أماكن الصيد. الرزق على الله، والأمن نعمة».""",
        [
            G("military.presence", "occurred", ["France", "Nicolas Sarkozy"], ["United Arab Emirates"]),
            # the forces in Djibouti "منذ استقلالها عام 1977"
            G("military.presence", "historical", ["France"], ["Djibouti"], core=False),
            # the defence agreement "منذ عام 1995" and the nuclear accord of January 2008
            G("agreement.signed", "historical", ["France", "United Arab Emirates"], [], core=False),
            # the Rafale talks "متعثرة"
            G("agreement.signed", "stalled", ["United Arab Emirates", "France"], [], core=False),
        ],
        not_targets=["Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-11-skynews-arabia-sport-wehdat-lifts-keeper-ban-2023",
        date(2023, 3, 9),
        """الوحدات يرفع الإيقاف عن حارسه.. والفيصلي يضم مهاجما جديدا قبل الديربي

عمان - «سكاي نيوز عربية» - رياضة

رفعت إدارة نادي الوحدات، أمس الأربعاء، عقوبة الإيقاف التي فرضتها الأسبوع الماضي على حارس مرمى الفريق الأول، بعد اعتذاره عن تصريحات انتقد فيها الجهاز الفني عبر مواقع التواصل الاجتماعي، ليعود إلى التدريبات الجماعية استعدادا لمباراة الديربي أمام الفيصلي.

وقالت مصادر في النادي إن الحارس سيدفع غرامة مالية تقتطع من راتبه الشهري، وإن المدرب يعول عليه في المباراة المقبلة، خاصة بعد إصابة الحارس البديل في مباراة الأسبوع الماضي.

في المقابل، أعلن نادي الفيصلي انضمام مهاجم قادم من الدوري العراقي إلى صفوفه حتى نهاية الموسم، بعد أن وقع معه عقدا لمدة ستة أشهر قابلة للتجديد، فيما لا تزال المفاوضات متعثرة مع لاعب وسط من الدوري السعودي بسبب خلاف على قيمة الراتب.

كما مدد الفيصلي عقد مدربه لموسم إضافي، في خطوة قالت الإدارة إنها تهدف إلى «تحقيق الاستقرار الفني»، بعد سلسلة من النتائج الإيجابية وضعت الفريق في المركز الثاني.

وفرضت لجنة الانضباط في الاتحاد الأردني لكرة القدم غرامة مالية على الناديين بسبب الهتافات المسيئة في مباراة الدور الأول، وقررت إقامة الديربي بحضور جماهيري محدود، بعد أن علقت بيع التذاكر عبر المنصة الإلكترونية إثر عطل فني.

وأعلنت مديرية الأمن العام أنها ستنشر أعدادا إضافية من رجال الأمن في محيط ستاد عمان الدولي، وستغلق الطرق المؤدية إليه قبل ساعات من انطلاق المباراة، لتفادي الاحتكاكات بين الجماهير.

وعادت العلاقات بين إدارة الوحدات ورابطة مشجعيه إلى طبيعتها بعد أشهر من التوتر، إثر اجتماع مصالحة تعهدت فيه الإدارة بإشراك الرابطة في تنظيم المدرجات والرحلات إلى ملاعب الخصوم.

ويتصدر الرمثا ترتيب الدوري بفارق ثلاث نقاط عن الفيصلي، قبل سبع جولات من نهاية الموسم، بينما يحتل الوحدات المركز الرابع، ويأمل أن يقلص الفارق مع فرق الصدارة إذا فاز في الديربي.

وقرر الاتحاد دمج بطولتي الرديف والشباب في مسابقة واحدة الموسم المقبل، لتخفيف الأعباء المالية عن الأندية.

وفي مقهى بجبل النصر، قال مشجع وحداتي في الستين من عمره: «الحارس أخطأ واعتذر، وهذا يكفي. الديربي لا يحتمل الخلافات. نريد الفوز فقط، والباقي كلام جرائد».""",
        [],
        not_targets=["Jordan", "Iraq", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h99-12-aljazeera-net-culture-doha-book-fair-2024",
        date(2024, 5, 12),
        """معرض الدوحة للكتاب.. روايات عن الحصار وتوقيع اتفاقيات للترجمة

الدوحة - «الجزيرة نت» - ثقافة

تواصلت لليوم الثالث فعاليات معرض الدوحة الدولي للكتاب، الذي تشارك فيه مئات دور النشر من عشرات الدول، وسط إقبال لافت على جناح الأدب الفلسطيني، حيث وقع روائيون شبان من غزة والضفة الغربية أعمالهم الجديدة، ومنها رواية بعنوان «الحصار الطويل» تروي يوميات عائلة في مخيم جباليا.

وقالت الروائية، في ندوة على هامش المعرض، إن الكتابة «كانت طريقتي الوحيدة لرفع الحصار عن ذاكرتي»، مضيفة أن شخصيات الرواية «تفرض على القارئ أن يعيش معها الخوف والانتظار».

وأعلنت إدارة المعرض انضمام اثنتي عشرة دار نشر جديدة إلى قائمة المشاركين هذا العام، كما وقعت دار نشر قطرية اتفاقية مع دار فرنسية لترجمة عشرين عنوانا عربيا إلى الفرنسية خلال ثلاث سنوات.

ومددت إدارة المعرض ساعات العمل في عطلة نهاية الأسبوع حتى منتصف الليل، بسبب الإقبال الكبير من العائلات وطلاب المدارس، فيما علقت بعض الندوات المسائية بسبب ازدحام القاعات.

وفي جناح الأطفال، نشرت فرقة مسرحية عرائسها بين الأروقة، وقدمت عروضا عن الحكايات الشعبية الخليجية، بينما شارك مئات الأطفال في ورش للرسم والكتابة.

ويقام المعرض هذا العام تحت شعار يحتفي بالمعرفة والقراءة، ويضم أكثر من مئة وخمسين ألف عنوان، إلى جانب برنامج ثقافي يشمل الندوات والأمسيات الشعرية وحفلات توقيع الكتب ولقاءات مفتوحة مع الكتاب والنقاد.

وقال مدير إحدى دور النشر اللبنانية إن مبيعات كتب التاريخ والسياسة «ارتفعت بشكل ملحوظ»، مشيرا إلى أن القراء يبحثون عن «فهم ما يجري في المنطقة»، في حين تراجعت مبيعات كتب التنمية الذاتية.

وشهد المعرض عودة العلاقات بين اتحاد الناشرين العرب وعدد من دور النشر المغاربية بعد خلاف تنظيمي دام عامين، بحسب رئيس الاتحاد، الذي أكد أن الدور العائدة «ستشارك في المعارض العربية المقبلة».

كما كرم المعرض عددا من الكتاب الراحلين، بينهم شعراء وروائيون أثروا المكتبة العربية خلال العقود الماضية، وخصص ركنا لإعادة طبع أعمالهم.

وفي أحد الأروقة، قال طالب جامعي كان يحمل كيسا مليئا بالكتب: «أجيء كل عام، لكن هذه السنة مختلفة. اشتريت ثلاث روايات من غزة. أريد أن أقرأ ما يكتبه الناس هناك، لا ما يقال عنهم فقط».""",
        [],
        not_targets=["Qatar", "Palestine", "France", "Lebanon"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout99_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout99_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout99_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
