"""An eighty-eighth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first eighty-seven Arabic held-out sets: Arabic copy of 2010-2023 as Libyan, pan-Arab, Qatari,
Sudanese, Egyptian, Emirati, Syrian opposition and Moroccan outlets carry it (a Libyan news site,
"طرابلس - «بوابة الوسط»", with a spare-parts dealer of Salah al-Din; a London pan-Arab daily,
"بروكسل - «الحياة»", with a Syrian student in Brussels; a Qatari channel's site, "نيويورك - «الجزيرة
نت»", with a Mogadishu aid worker; a Sudanese site's Arabic edition, "جوبا - «سودان تربيون»", with a
Juba trader; a London pan-Arab site, "بروكسل - «العربي الجديد»", with a farmer of Masafer Yatta; an
Emirati channel's site, "أثينا - «سكاي نيوز عربية»", with a Piraeus shipping agent; a Cairo daily,
"القاهرة - «المصري اليوم»", with a Nile fisherman of Jinja; the Chinese agency's Arabic service,
"بكين 27 سبتمبر 2019 (شينخوا)", with a Tarawa fisheries officer; a Syrian opposition site, "حلب -
«أورينت نت»", with a baker of Bustan al-Qasr; a Qatari daily's Africa page, "كمبالا - «الشرق»", with a
Beni motorcycle taxi driver; a Moroccan sports site, "الدار البيضاء - «هسبريس» - رياضة", with a Raja
supporter; and an Emirati daily's economy page, "دبي - «البيان» - اقتصاد", with a young banker) on
episodes the earlier sets do not carry as core news: the Security Council's Libya sanctions
committee listing Salah Badi, the commander of the Sumud Brigade, over the Tripoli fighting, November
2018; the European Union letting its arms embargo on the Syrian opposition lapse while keeping its
other measures on Damascus, May 2013; the Security Council exempting humanitarian aid in Somalia from
its asset freeze by Resolution 1916, March 2010; the Security Council renewing the South Sudan arms
embargo by Resolution 2683, May 2023; Josep Borrell announcing he would propose EU sanctions on
violent Israeli settlers, December 2023; Greece joining the American-led maritime operation
Prosperity Guardian in the Red Sea, December 2023; Egypt and Uganda signing a military
intelligence-sharing agreement in Kampala, April 2021; Kiribati restoring diplomatic relations with
China after dropping Taiwan, September 2019; the Aleppo factions merging into the Levant Front
(al-Jabha al-Shamiya), December 2014; Ugandan troops entering eastern DR Congo against the Allied
Democratic Forces, November-December 2021.
Searched before writing in all earlier held-out files of both languages (up to set 111 English and
86 Arabic on main, set 110 English and 87 Arabic on their branches, and the English sets 112 and 113
being written beside this one; docstrings, article texts, annotations and rule sentences) by
states, bodies, people, places, resolution numbers and years in Arabic and English spellings,
reading the hits: "Salah Badi"/"صلاح بادي" (none); the Syrian opposition's arms embargo (set 3
Arabic names its lifting "في أيار من العام الماضي" as background only); "1916" and the Somali
humanitarian exemption (none; set 85 Arabic has Resolution 2664, the carve-out of all regimes, another
episode); "2683" (none; the South Sudan renewals of 2022 and 2024 are in sets 99 and 65 English and
83 Arabic, other episodes); Borrell beside the settlers (none; set 56 Arabic carries Blinken's threat
on the Netzah Yehuda battalion, set 21 English Trump's lifting of 2025, other episodes); Greece beside
Prosperity Guardian (none; sets 2 and 61 Arabic name the operation's founding members); Egypt beside
Uganda (none; sets 44 and 81 Arabic carry the Egyptian-Sudanese military agreement of March 2021,
here only background); Kiribati (sets 16 and 18 English name its switch only as a historical
restoration beside the Solomon Islands); the Levant Front (none; sets 85 and 87 Arabic carry the
mergers into Hay'at Tahrir al-Sham and the Liberation and Construction Movement, other episodes);
"Shujaa" and the Ugandan troops in Congo (set 106 English names them "crossed into eastern Congo last
week" as unannotated background of an imposition on Uganda's military intelligence chief). Some
sixty other candidates were dropped because the search found them as core news (among them the
Gül-Soylu delisting, the six billion dollars of Iranian funds, Obama's Sudan suspension, the
Zimbabwean and Transnistrian suspensions, the Title III suspensions, the Afghan licences, the
Taliban travel-ban exemptions, the Murillo listing, the Qatari Francophonie, Oman in the Islamic
coalition, Saudi Arabia in the AIIB, the Congo in OPEC, the Sky Shield, the Armenian genocide threat,
Trump's "devastate" threat, Biden's Ethiopia order, the Saudi embassy in Baghdad, the Egyptian-
Sudanese agreement, Chad and Israel, Bahrain and Qatar and the Ivorian FRCI).
Facts the writer is unsure of: the day of the committee's listing of Badi (16 November 2018), the
wording of its statement and the American measures that followed; the day and hour of the EU
decision (27-28 May 2013), the twelve months of the other measures and the commitment not to
deliver before 1 August; Resolution 1916's date (19 March 2010), its twelve-month exemption and the
monitoring group's report on food aid diverted; Resolution 2683's vote (ten for, five abstaining) and
its terms; the day of Borrell's announcement (11 December 2023), Hungary's reservation and the
American visa bans of 5 December; the day of the Greek announcement, the frigate named and the EU
mission planned; the day and the signatories of the Kampala agreement (7 April 2021) and the Kinshasa
talks that failed the day before; the day of the Kiribati switch (20 and 27 September 2019) and the
signatories in Beijing; the factions of the Levant Front, its leader and the day (25 December 2014);
the day the Ugandan troops crossed (30 November 2021), their number and the Congolese consent.

Ten carry core events of the ten alertable types (ten core events), all occurred, next to planned,
historical, negated and stalled ones and a few alertable events that are not core; two are near
misses: a Moroccan football page (a club that "فرضت … غرامة", a ban "رفعت", a player's "انضمام", a
contract "مدد", a deal "وقع", training "علقت") and an Emirati economy page (two banks that "وقعا
مذكرة تفاهم", an airline's "انضمامها إلى تحالف", a central bank that "فرض … عقوبات مالية" on two
exchange houses, a regulator that "رفعت … الحظر عن سهم" and decided "تعليق التداول", a lease
"مددت", teams "نشرت").

The decisions of the annotation, taken before any run: a committee that "أدرجت … آمر «لواء الصمود»
صلاح بادي على قائمة العقوبات، وقررت تجميد أصوله ومنعه من السفر" imposes (core; the Security Council;
Badi and Libya), the embargo "في فبراير 2011 بموجب القرار 1970" a historical imposition, the measures
that the American Treasury "من المنتظر أن تعلن" a planned imposition (not core), "ولم تشمل العقوبات
أيا من قادة «اللواء السابع»" a negated imposition, the Zawiya ceasefire and the Skhirat agreement
historical signings. A union that "قرر … رفع حظر الأسلحة المفروض على المعارضة السورية" lifts (core;
the European Union; Syria), its other measures "لمدة اثني عشر شهرا" an occurred extension (not core),
the embargo "في مايو 2011" a historical imposition, "ولن تسلم أي دولة عضو أسلحة قبل الأول من أغسطس"
and Austria's UNDOF troops no events of a watched type, Russia's S-300 contract a historical signing.
A council that "قرر … إعفاء وكالات الأمم المتحدة والمنظمات الإنسانية … من تدابير تجميد الأصول"
suspends (core; the Security Council; Somalia), the monitoring group's mandate "مدد" an occurred
extension (not core), the arms embargo "منذ عام 1992" and the Eritrea measures of December historical
impositions, "ولم يرفع القرار حظر الأسلحة" a negated lifting, the Ugandan and Burundian troops that
"من المقرر أن تنشر" a planned presence (not core), the WFP's suspended operations no sanctions. A
council that "مدد … حظر الأسلحة المفروض على جنوب السودان" extends (core; the Security Council; South
Sudan), the embargo "في يوليو 2018" a historical imposition, the peace agreement of September 2018 a
historical signing, the first unified forces of August 2022 a historical integration and the second
batch "من المقرر أن تتخرج" a planned integration (not core), "ولم يستجب المجلس" to the call to lift a
negated lifting. A high representative who "أعلن … أنه سيقترح على الدول الأعضاء فرض عقوبات على
المستوطنين المتطرفين" threatens (core; the European Union and Borrell; Israel, whose settlers are
meant; not Palestine), the American visa bans "الأسبوع الماضي" a historical imposition, "ولم يتوصل
الوزراء إلى إجماع" a negated imposition, the truce of November a historical accord. A state that
"أعلنت … انضمامها إلى عملية «حارس الازدهار»" joins (core; Greece; the operation, no KB entry, and
the United States that leads it), the frigate that "سترسل" a planned presence (not core), the
European mission under study no event, the states that "رفضت الانضمام" (Spain, with its ships under
national command) a negated joining. Two states that "وقعتا … اتفاقية لتبادل المعلومات
الاستخباراتية العسكرية" sign (core; Egypt and Uganda), the Sudanese agreement of March and the
Kenyan and Burundian ones historical signings, the Kinshasa talks on the dam "انتهت دون اتفاق" a
stalled agreement (Egypt, Sudan and Ethiopia). A state that "أقامت … علاقات دبلوماسية" with China
restores ties (core; Kiribati, China and Wang Yi; not Taiwan), the Solomon Islands "الأسبوع الماضي" a
historical restoration, the communiqué signed an occurred signing (not core), the embassy that "من
المنتظر أن تفتح" a planned restoration (not core). Factions that "أعلنت … اندماجها الكامل في تشكيل
عسكري واحد" integrate forces (core; the Nour al-Din al-Zenki Movement and the others, no KB entries;
the Levant Front), "ولم تنضم «جبهة النصرة»" a negated integration, the Islamic Front's forming in 2013
a historical integration, the talks with Ahrar al-Sham "متعثرة" a stalled integration. A force that
"عبرت … الحدود إلى شرق الكونغو الديمقراطية" is present (core; Uganda and its army; the DR Congo), the
Ugandan troops of 1998-2003 a historical presence, the Rwandan troops "لن تشارك" a negated presence,
the joint operations agreement "وقعه الجيشان الشهر الماضي" a historical signing, the ADF's listing a
historical imposition. The Moroccan sports page and the Emirati economy page carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Figures of the first run, before any fix (2026-12-07): events P 0.846, R 0.800, F1 0.822 (recall
8/10, precision 11/13); occurred core found 8/10; historical kept quiet 18/18, negated 7/8, stalled
2/2. No annotation was changed after the run. Missed: Borrell's threat (ar-h88-05), "أنه سيقترح على
الدول الأعضاء فرض عقوبات على المستوطنين المتطرفين", gives no threat but an occurred imposition by the
European Union with no target (a proposal announced in the future tense, "سيقترح … فرض", read as the
imposition itself); the merger into the Levant Front (ar-h88-09), "أعلنت … اندماجها الكامل في تشكيل
عسكري واحد يحمل اسم «الجبهة الشامية»", gives no integration at all (a new formation with no army
named and factions the knowledge base mostly lacks). False alarms: the same imposition in ar-h88-05
(gold's negated imposition, "لم يتوصلوا إلى إجماع على القرار", is the nearest); in the Moroccan
sports page (ar-h88-11) "بعد توصل الإدارة إلى اتفاق مبدئي مع ناديه" on a player's transfer is read as
an occurred agreement of Tunisia (from "يلعب في الدوري التونسي"). Seen, not counted by the score: the
listing of Badi has no target (neither Badi nor Libya); the Somali exemption has the United Nations
for target and no Somalia, and the Eritrea measures are read with Somalia for actor (quiet,
historical); the South Sudan embargo of 2018 has South Sudan and the African Union for actors
(quiet); Greece's joining has the operation (known to the knowledge base) and not the United States;
Kiribati's restoration has no China and the communiqué Wang Yi alone; the EU's arms embargo of 2011
is read as a historical imposition and a lifting by Britain and France (quiet); the other Syrian
measures kept "لمدة اثني عشر شهرا", the American planned measures on Badi, the Kenyan and Burundian
signings and the Rwandan negated presence are not found; the Kinshasa talks are read as a historical
signing, the Gaza truce as a stalled one (quiet). The Emirati economy page raises nothing. Three
articles are strict xfails (ar-h88-05 on its core event and its alert, ar-h88-09 on its core event,
ar-h88-11 on its alert).

After the fixes of 2026-12-07: events P 0.917, R 0.800, F1 0.854 (recall 8/10, precision 11/12).
Two general causes were fixed, pinned by rule sentences of other states and wording in
``test_heldout88_rules_ar.py``: a proposal still to be made, the imperfect and future forms of
"اقترح" ("سيقترح على نظرائه فرض عقوبات", "ستقترح", "يقترح"), now opens a demand as the past "اقترح"
did, so the measure proposed is no occurred imposition (a government's "ستفرض" stays planned, "هدد
بفرض" a threat; the ``demand`` cues in ``rasd/events/lexicons/ar.cues.yaml``, read by ``_cue_near``
in ``rasd/events/status.py``); and the league a player plays in ("يلعب في الدوري التونسي", "في
الدوري", "بطولة الدوري") now marks a transfer deal as sport, so its adjective gives no state's
agreement (two governments' deal and "اجتماعها الدوري", a periodic meeting, keep their reading; the
``sport`` cues, read by the sport screen of ``decide`` in ``status.py``). ar-h88-11's false alarm
is cured and that strict xfail removed. Left, as strict xfails: Borrell's threat (ar-h88-05), now
no imposition from "سيقترح … فرض عقوبات" but still no threat (the set's annotation takes the
announced proposal as a threat; set 104 English took "will propose" names as a planned listing, so
the reading is left open rather than fitted), and the office that "سيبدأ … إعداد الإطار القانوني
لحظر دخول … وتجميد أي أصول" still read as an occurred imposition; the merger into the Levant Front
(ar-h88-09): the merger itself is read ("أعلنت ثلاثة فصائل في ريف درعا اندماجها الكامل في تشكيل
عسكري واحد" gives one), but here the factions go unnamed in the lead and the formation is unknown
to the knowledge base, so the event has no participant and is dropped; giving it the quoted name of
the new formation is a change of the participants' reading left for want of time before this
round's deadline.

``python -m tests.unit.test_heldout88_events_ar`` prints every article's alerts and the set's
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
_ZENKI = "Nour al-Din al-Zenki Movement"
_UPDF = "Uganda People's Defence Force"
_DRC = "Democratic Republic of the Congo"

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-01-alwasat-un-committee-lists-salah-badi-2018",
        date(2018, 11, 17),
        """مجلس الأمن يدرج صلاح بادي على قائمة العقوبات الخاصة بليبيا

طرابلس - «بوابة الوسط»

أدرجت لجنة العقوبات المعنية بليبيا التابعة لمجلس الأمن الدولي، أمس الجمعة، آمر «لواء الصمود» صلاح بادي على قائمة العقوبات، وقررت تجميد أصوله ومنعه من السفر، بسبب دوره في الاشتباكات المسلحة التي شهدتها العاصمة طرابلس خلال أغسطس وسبتمبر الماضيين.

وقالت اللجنة، في بيان نشر على موقع الأمم المتحدة، إن بادي «شارك في أعمال تهدد السلام والاستقرار والأمن في ليبيا»، وإن القوات التي يقودها هاجمت مواقع في جنوب طرابلس واستخدمت أسلحة ثقيلة بشكل عشوائي في أحياء مأهولة بالسكان.

وأسفرت تلك المواجهات، التي اندلعت بين «اللواء السابع» القادم من ترهونة وتشكيلات مسلحة في العاصمة، عن مقتل أكثر من مئة وعشرين شخصا ونزوح آلاف العائلات، قبل أن ترعى بعثة الأمم المتحدة اتفاقا لوقف إطلاق النار وقعته الأطراف في مدينة الزاوية مطلع سبتمبر.

وكان مجلس الأمن قد فرض حظرا على توريد السلاح إلى ليبيا وجمد أصول عائلة القذافي وعدد من معاونيه في فبراير 2011 بموجب القرار 1970، ثم وسع اللجنة لاحقا لتشمل من يهددون العملية السياسية.

ولم تشمل العقوبات أيا من قادة «اللواء السابع»، رغم مطالبات أطراف في طرابلس بإدراجهم، فيما قال دبلوماسي غربي في نيويورك إن اللجنة «قد تنظر في أسماء أخرى» خلال الأشهر المقبلة.

ومن المنتظر أن تعلن وزارة الخزانة الأمريكية بدورها إجراءات مماثلة بحق بادي خلال الأيام المقبلة، بحسب مصادر دبلوماسية، في خطوة تعني حظر تعامل المصارف والشركات الأمريكية معه.

ويعد بادي، وهو نائب سابق في المؤتمر الوطني العام عن مدينة مصراتة، من أبرز قادة عملية «فجر ليبيا» التي سيطرت على طرابلس صيف 2014، وقد رفض علنا الترتيبات الأمنية التي نص عليها اتفاق الصخيرات الموقع في ديسمبر 2015.

ورحب المجلس الرئاسي لحكومة الوفاق الوطني بالقرار، معتبرا أنه «رسالة واضحة» لكل من يعبث بأمن العاصمة، بينما وصف بادي في تسجيل مصور القرار بأنه «سياسي» وقال إنه «لا يملك أصولا في الخارج».

وفي حي صلاح الدين جنوب طرابلس، قال صاحب محل لبيع قطع غيار السيارات أعاد فتح محله قبل أسابيع: «القرارات في نيويورك لا تصلح الجدران. نريد أن يبتعد السلاح عن بيوتنا، ومن يعاقب بعد ذلك شأنه».""",
        [
            G("sanctions.imposed", "occurred", [_UNSC], ["Salah Badi", "Libya"]),
            # the arms embargo and the asset freezes "في فبراير 2011 بموجب القرار 1970"
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "ولم تشمل العقوبات أيا من قادة «اللواء السابع»"
            G("sanctions.imposed", "negated", [_UNSC], [], core=False),
            # the Treasury's measures "من المنتظر أن تعلن"
            G("sanctions.imposed", "planned", [_US], ["Salah Badi"], core=False),
            # the Zawiya ceasefire of September and the Skhirat agreement of December 2015
            G("agreement.signed", "historical", ["Libya"], [], core=False),
        ],
        not_targets=["Misrata"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-02-alhayat-eu-lifts-arms-embargo-on-syrian-opposition-2013",
        date(2013, 5, 28),
        """الاتحاد الأوروبي يرفع حظر السلاح عن المعارضة السورية بعد خلافات حادة

بروكسل - «الحياة»

قرر الاتحاد الأوروبي، في ساعة متأخرة من ليل الاثنين، رفع حظر الأسلحة المفروض على المعارضة السورية، بعد اجتماع ماراثوني لوزراء الخارجية في بروكسل استمر أكثر من اثنتي عشرة ساعة، وكشف عن انقسام عميق بين الدول الأعضاء حول تسليح مقاتلي «الجيش الحر».

وقال وزير الخارجية البريطاني وليام هيغ، عقب الاجتماع، إن القرار «يوجه رسالة قوية إلى نظام الأسد» بأن عليه التفاوض بجدية، مؤكدا أن لندن «ليست لديها خطط فورية» لإرسال أسلحة إلى سورية.

وفي المقابل، اتفق الوزراء على إبقاء بقية العقوبات المفروضة على النظام السوري، ومددوها لمدة اثني عشر شهرا، وهي تشمل تجميد أصول مئات المسؤولين والشركات، وحظر استيراد النفط السوري، وقيودا على التعاملات مع المصرف المركزي.

وكانت بريطانيا وفرنسا قد ضغطتا منذ أسابيع لتخفيف الحظر الذي فرضه الاتحاد في مايو 2011 بعد بدء حملة القمع ضد المتظاهرين، في حين عارضت النمسا والسويد وتشيكيا الخطوة، محذرة من أن الأسلحة قد تقع في أيدي جماعات متشددة.

وتعهدت الدول الأعضاء في إعلان سياسي ألا تسلم أي دولة عضو أسلحة قبل الأول من أغسطس، في انتظار نتائج مؤتمر «جنيف 2» الذي تسعى واشنطن وموسكو إلى عقده الشهر المقبل.

وأبدت فيينا قلقا خاصا على جنودها المنتشرين في قوة الأمم المتحدة لمراقبة فض الاشتباك في الجولان، ولوح مسؤولون نمساويون بإعادة النظر في مشاركتهم في القوة إذا تدهور الوضع.

وفي موسكو، انتقد نائب وزير الخارجية سيرغي ريابكوف القرار، معتبرا أنه «يضر مباشرة» بفرص عقد المؤتمر الدولي، فيما أكدت مصادر روسية أن موسكو ماضية في تنفيذ عقد وقعته مع دمشق قبل سنوات لتزويدها بمنظومات صواريخ «إس-300» المضادة للطائرات.

ورحب الائتلاف الوطني السوري المعارض بالقرار، لكنه وصفه بأنه «متأخر جدا»، داعيا إلى تسليم «أسلحة نوعية» قادرة على وقف تقدم قوات النظام في القصير وريف حمص.

وفي أحد مقاهي حي سان جوس في بروكسل، قال طالب سوري يدرس الهندسة في المدينة منذ عامين: «الوزراء اختلفوا اثنتي عشرة ساعة على ورقة. في القصير لا أحد ينتظر أغسطس».""",
        [
            G("sanctions.lifted", "occurred", [_EU], ["Syria"]),
            # the other measures kept "لمدة اثني عشر شهرا"
            G("sanctions.extended", "occurred", [_EU], ["Syria"], core=False),
            # the embargo "في مايو 2011"
            G("sanctions.imposed", "historical", [_EU], ["Syria"], core=False),
            # the S-300 contract "وقعته مع دمشق قبل سنوات"
            G("agreement.signed", "historical", ["Russia", "Syria"], [], core=False),
        ],
        not_targets=["Austria", "United Kingdom", "France"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-03-aljazeera-net-unsc-exempts-somalia-aid-from-asset-freeze-2010",
        date(2010, 3, 20),
        """مجلس الأمن يعفي المساعدات الإنسانية في الصومال من تجميد الأصول

نيويورك - «الجزيرة نت»

قرر مجلس الأمن الدولي، أمس الجمعة، إعفاء وكالات الأمم المتحدة والمنظمات الإنسانية العاملة في الصومال من تدابير تجميد الأصول المفروضة بموجب نظام العقوبات على البلاد، لمدة اثني عشر شهرا، وذلك لضمان وصول الغذاء والدواء إلى ملايين المحتاجين في مناطق تسيطر عليها حركة الشباب المجاهدين.

واعتمد المجلس القرار 1916 بالإجماع، بعد أسابيع من تحذيرات وكالات الإغاثة من أن القيود المصرفية المرتبطة بالعقوبات تعرقل دفع أجور الناقلين المحليين ورسوم الموانئ والطرق.

ومدد القرار كذلك ولاية فريق الرصد المعني بالصومال وإريتريا لمدة عام، وطلب منه رفع تقارير دورية عن أي تحويل للمساعدات إلى جهات مسلحة.

وكان فريق الرصد قد اتهم في تقرير سري تسربت مقتطفات منه هذا الشهر متعهدين محليين يعملون مع برنامج الأغذية العالمي بتحويل جزء من المساعدات الغذائية إلى السوق وإلى مسلحين، وهو ما نفاه البرنامج مؤكدا أنه فتح تحقيقا مستقلا.

وعلق برنامج الأغذية العالمي في يناير الماضي عملياته في معظم مناطق جنوب الصومال، بعد تهديدات وشروط فرضتها حركة الشباب على موظفيه، ما حرم نحو مليون شخص من الحصص الغذائية.

ويخضع الصومال لحظر على توريد الأسلحة منذ عام 1992، فيما فرض المجلس في ديسمبر الماضي عقوبات على إريتريا بتهمة دعم الجماعات المسلحة الصومالية، شملت حظرا على السلاح وتجميدا لأصول قادة سياسيين وعسكريين.

ولم يرفع القرار الجديد حظر الأسلحة، كما لم يشطب أي اسم من قائمة الأفراد والكيانات الخاضعين للعقوبات.

وفي مقديشو، تواجه قوات الحكومة الانتقالية وبعثة الاتحاد الأفريقي ضغطا متزايدا من مقاتلي الحركة، ومن المقرر أن تنشر أوغندا وبوروندي كتائب إضافية في العاصمة خلال الأشهر المقبلة لرفع عديد البعثة إلى ثمانية آلاف جندي.

ويقدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية عدد المحتاجين إلى المساعدة في الصومال بنحو ثلاثة ملايين ومئتي ألف شخص، أي قرابة نصف السكان، بعد موسم أمطار ضعيف ضرب المناطق الزراعية في الجنوب وارتفاع أسعار الذرة في الأسواق المحلية.

وقال عامل إغاثة صومالي يعمل مع منظمة محلية في مقديشو: «كنا نخاف أن ندفع أجرة شاحنة فنجد أنفسنا متهمين. الآن على الأقل نعرف ما المسموح، لكن الطريق إلى بيدوا ما زال مغلقا».""",
        [
            G("sanctions.suspended", "occurred", [_UNSC], ["Somalia"]),
            # the monitoring group's mandate "لمدة عام"
            G("sanctions.extended", "occurred", [_UNSC], ["Somalia"], core=False),
            # the arms embargo "منذ عام 1992"; the Eritrea measures "في ديسمبر الماضي"
            G("sanctions.imposed", "historical", [_UNSC], ["Somalia", "Eritrea"], core=False),
            # "ولم يرفع القرار الجديد حظر الأسلحة"
            G("sanctions.lifted", "negated", [_UNSC], ["Somalia"], core=False),
            # the Ugandan and Burundian battalions "من المقرر أن تنشر"
            G("military.presence", "planned", ["Uganda", "Burundi"], ["Somalia"], core=False),
        ],
        not_targets=["al-Shabaab"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-04-sudantribune-unsc-renews-south-sudan-arms-embargo-2023",
        date(2023, 5, 31),
        """مجلس الأمن يمدد حظر الأسلحة على جنوب السودان عاما آخر رغم اعتراض جوبا

جوبا - «سودان تربيون»

مدد مجلس الأمن الدولي، أمس الثلاثاء، حظر الأسلحة المفروض على جنوب السودان حتى نهاية مايو من العام المقبل، إلى جانب حظر السفر وتجميد الأصول المفروضين على عدد من المسؤولين العسكريين، وولاية فريق الخبراء المعني بمراقبة تنفيذ العقوبات.

وصدر القرار 2683 بأغلبية عشرة أصوات، وامتناع خمس دول عن التصويت، بينها روسيا والصين والدول الأفريقية الثلاث الأعضاء في المجلس، التي رأت أن الحظر «يعيق قدرة الحكومة على تجهيز قواتها الموحدة».

وكانت الحكومة في جوبا قد طالبت برفع الحظر، بدعم من الاتحاد الأفريقي والهيئة الحكومية للتنمية «إيغاد»، غير أن المجلس لم يستجب للطلب، واكتفى بالإشارة إلى إمكانية مراجعة التدابير في ضوء التقدم المحرز في تنفيذ اتفاق السلام.

وفرض المجلس الحظر لأول مرة في يوليو 2018، بعد نحو خمس سنوات من الحرب الأهلية التي اندلعت أواخر 2013، وقبل أسابيع من توقيع الرئيس سلفا كير وزعيم المعارضة المسلحة رياك مشار اتفاق السلام المنشط في أديس أبابا في سبتمبر من العام نفسه.

وتخرجت الدفعة الأولى من القوات الموحدة، التي تضم عناصر من الجيش الحكومي ومن قوات المعارضة، في أغسطس الماضي، فيما من المقرر أن تتخرج الدفعة الثانية قبل نهاية العام الجاري، بحسب وزارة الدفاع.

وقالت المندوبة الأمريكية في المجلس إن بلادها صوتت لصالح التمديد لأن «العنف ضد المدنيين لا يزال مستمرا» في ولايات جونقلي وأعالي النيل والوحدة، مشيرة إلى أن تدفق السلاح «لن يجلب الأمن».

في المقابل، وصف وزير الإعلام مايكل مكوي القرار بأنه «ظالم»، وقال إن جنوب السودان «يدفع ثمن أخطاء ماضية» رغم التزامه بالجدول الزمني للانتخابات المقررة في ديسمبر 2024.

ويأتي القرار في وقت يستقبل فيه جنوب السودان عشرات الآلاف من الفارين من الحرب في السودان المجاور، ما يزيد الضغط على الموارد في ولاية أعالي النيل ومدينة الرنك الحدودية.

وفي سوق كونيوكونيو بجوبا، قال تاجر يبيع الأقمشة منذ الاستقلال: «نسمع عن الحظر كل سنة في الإذاعة، والسلاح في الأحياء كما هو. ما نريده أن ينزل سعر الدولار وأن تصل البضاعة من الشمال».""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["South Sudan"]),
            # the embargo "في يوليو 2018"
            G("sanctions.imposed", "historical", [_UNSC], ["South Sudan"], core=False),
            # "غير أن المجلس لم يستجب للطلب" to lift it
            G("sanctions.lifted", "negated", [_UNSC], ["South Sudan"], core=False),
            # the revitalised agreement signed in Addis Ababa in September 2018
            G("agreement.signed", "historical", ["Salva Kiir Mayardit", "Riek Machar"], [],
              core=False),
            # the first unified forces "في أغسطس الماضي"; the second batch "من المقرر أن تتخرج"
            G("forces.integrated", "historical", ["South Sudan"], [], core=False),
            G("forces.integrated", "planned", ["South Sudan"], [], core=False),
        ],
        not_targets=["Sudan", "Russia", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-05-alaraby-borrell-to-propose-sanctions-on-violent-settlers-2023",
        date(2023, 12, 12),
        """بوريل: سأقترح على دول الاتحاد الأوروبي فرض عقوبات على المستوطنين المتطرفين

بروكسل - «العربي الجديد»

أعلن مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل، أمس الاثنين، أنه سيقترح على الدول الأعضاء فرض عقوبات على المستوطنين المتطرفين المسؤولين عن الاعتداءات على الفلسطينيين في الضفة الغربية المحتلة، في خطوة هي الأولى من نوعها على مستوى الاتحاد.

وقال بوريل، في مؤتمر صحافي عقب اجتماع وزراء خارجية الاتحاد في بروكسل، إن «عددا كبيرا» من الوزراء أيدوا الفكرة، وإن مكتبه سيبدأ «فورا» إعداد الإطار القانوني لحظر دخول هؤلاء المستوطنين إلى أراضي الاتحاد وتجميد أي أصول لهم فيه.

غير أن الوزراء لم يتوصلوا إلى إجماع على القرار، إذ أبدت المجر وجمهورية التشيك تحفظهما، وهو ما يعني أن أي عقوبات تحتاج إلى مزيد من المشاورات قبل اعتمادها، بحسب دبلوماسيين.

وكانت الولايات المتحدة قد أعلنت الأسبوع الماضي فرض قيود على منح التأشيرات لمستوطنين متورطين في أعمال عنف، فيما قالت بريطانيا وفرنسا إنهما تدرسان خطوات مماثلة.

وتقول الأمم المتحدة إن أكثر من ثلاثمئة وأربعين اعتداء للمستوطنين على الفلسطينيين وممتلكاتهم سجلت منذ السابع من أكتوبر، أدت إلى تهجير مئات العائلات من تجمعات بدوية ورعوية في جنوب الخليل ووادي الأردن.

وتطرق الوزراء أيضا إلى الوضع في قطاع غزة، بعد انهيار الهدنة الإنسانية التي توصلت إليها إسرائيل وحركة «حماس» بوساطة قطرية ومصرية أواخر نوفمبر، ودعا عدد منهم إلى «هدن إنسانية» جديدة لإدخال المساعدات.

ورفضت وزارة الخارجية الإسرائيلية التعليق على تصريحات بوريل، فيما رحبت وزارة الخارجية الفلسطينية بها، داعية إلى أن تشمل العقوبات «منظومة الاستيطان بأكملها» وليس أفرادا فقط.

ويعيش في الضفة الغربية، بما فيها القدس الشرقية، نحو سبعمئة ألف مستوطن في مستوطنات يعتبرها القانون الدولي غير شرعية، فيما تقول منظمات حقوقية إسرائيلية إن معظم الاعتداءات المسجلة تنتهي من دون توجيه أي اتهام، وإن الشرطة نادرا ما تفتح تحقيقات جدية فيها. ويخشى فلسطينيون أن يؤدي موسم قطف الزيتون المقبل إلى موجة جديدة من المواجهات في القرى المحاذية للبؤر الاستيطانية.

وفي مسافر يطا جنوب الخليل، قال مزارع فقد جزءا من قطيعه في هجوم الشهر الماضي: «سمعنا عن العقوبات في الأخبار. المستوطن الذي أحرق حظيرتي لا يسافر إلى أوروبا، يأتي كل ليلة إلى التلة المقابلة».""",
        [
            G("sanctions.threatened", "occurred", [_EU, "Josep Borrell"], ["Israel"]),
            # "غير أن الوزراء لم يتوصلوا إلى إجماع على القرار"
            G("sanctions.imposed", "negated", [_EU], ["Israel"], core=False),
            # the American visa restrictions "الأسبوع الماضي"
            G("sanctions.imposed", "historical", [_US], ["Israel"], core=False),
            # the truce of late November
            G("agreement.signed", "historical", ["Israel", "Hamas"], [], core=False),
        ],
        not_targets=["Palestine", "Hungary", "Czech Republic"],
        known_miss='"سيقترح على الدول الأعضاء فرض عقوبات" gives an imposition, not a threat',
        known_alarm=(
            '"سيبدأ … إعداد الإطار القانوني لحظر دخول … وتجميد أي أصول" is read as an occurred imposition'
        ),
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-06-skynewsarabia-greece-joins-prosperity-guardian-2023",
        date(2023, 12, 21),
        """اليونان تنضم إلى عملية «حارس الازدهار» لحماية الملاحة في البحر الأحمر

أثينا - «سكاي نيوز عربية»

أعلنت اليونان، أمس الأربعاء، انضمامها إلى عملية «حارس الازدهار» البحرية التي تقودها الولايات المتحدة لحماية السفن التجارية في البحر الأحمر وخليج عدن من هجمات جماعة الحوثي اليمنية.

وقالت وزارة الدفاع اليونانية في بيان إن أثينا سترسل فرقاطة تابعة لسلاح البحرية للمشاركة في العملية خلال الأسابيع المقبلة، مؤكدة أن حماية حرية الملاحة «مصلحة وطنية مباشرة» لبلد يملك أكبر أسطول تجاري في العالم.

وكان وزير الدفاع الأمريكي لويد أوستن قد أعلن إطلاق العملية مطلع الأسبوع خلال زيارة إلى البحرين، بمشاركة دول بينها بريطانيا والبحرين وكندا وفرنسا وإيطاليا وهولندا والنرويج وسيشل وإسبانيا.

غير أن مدريد عادت وأكدت أنها لن تشارك إلا في إطار مهمة يقودها حلف شمال الأطلسي أو الاتحاد الأوروبي، فيما رفضت دول أخرى الانضمام بصفة علنية خشية ردود فعل إقليمية.

وتعرضت سفن تجارية عدة لهجمات بطائرات مسيرة وصواريخ خلال الأسابيع الماضية، ما دفع شركات شحن كبرى إلى تعليق عبور سفنها البحر الأحمر وتحويلها إلى طريق رأس الرجاء الصالح، بكلفة وزمن أطول.

ويدرس الاتحاد الأوروبي إطلاق مهمة بحرية خاصة به في المنطقة، بحسب دبلوماسيين في بروكسل، يمكن أن تبني على عملية «أتالانتا» لمكافحة القرصنة قبالة الصومال التي ينفذها منذ عام 2008.

وقالت جماعة الحوثي إن هجماتها تستهدف السفن المرتبطة بإسرائيل أو المتجهة إلى موانئها، وتعهدت بمواصلتها «حتى وقف العدوان على غزة»، فيما حذر قادتها الدول المشاركة في التحالف من أن سفنها «ستكون هدفا».

ويرى محللون أن مشاركة اليونان رمزية من الناحية العسكرية، لكنها مهمة سياسيا بسبب ثقل أساطيلها التجارية، التي تتعامل يوميا مع موانئ الخليج وآسيا عبر قناة السويس.

وارتفعت أقساط التأمين ضد مخاطر الحرب على السفن العابرة لمضيق باب المندب إلى أضعاف مستوياتها قبل شهرين، بحسب وسطاء في لندن، فيما تراجعت إيرادات قناة السويس بشكل ملحوظ مع تحويل عشرات السفن مساراتها. ويقول مسؤولون في هيئة القناة إن حركة العبور انخفضت خلال الأيام العشرة الأخيرة بنحو الخمس مقارنة بالفترة نفسها من العام الماضي.

وفي مكتب لوكالة ملاحية في ميناء بيريوس، قال وكيل شحن: «زبائننا لا يسألون عن الفرقاطات. يسألون متى يعود التأمين إلى سعره السابق، وكم يوما ستضيف الرحلة حول أفريقيا».""",
        [
            G("alliance.joined", "occurred", ["Greece"], [_US]),
            # the frigate "سترسل … خلال الأسابيع المقبلة"
            G("military.presence", "planned", ["Greece"], [], core=False),
            # Madrid's refusal "لن تشارك إلا في إطار مهمة يقودها حلف شمال الأطلسي"
            G("alliance.joined", "negated", ["Spain"], [_US], core=False),
            # Operation Atalanta "منذ عام 2008"
            G("military.presence", "historical", [_EU], ["Somalia"], core=False),
        ],
        not_targets=["Houthis", "Yemen", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-07-almasryalyoum-egypt-uganda-intelligence-sharing-2021",
        date(2021, 4, 8),
        """مصر وأوغندا توقعان اتفاقية لتبادل المعلومات الاستخباراتية العسكرية

القاهرة - «المصري اليوم»

وقعت مصر وأوغندا، أمس الأربعاء، في العاصمة الأوغندية كمبالا، اتفاقية لتبادل المعلومات الاستخباراتية العسكرية بين القوات المسلحة في البلدين، في خطوة تعكس تنامي التعاون الأمني بين القاهرة ودول حوض النيل.

ووقع الاتفاقية عن الجانب المصري وفد عسكري برئاسة مدير إدارة المخابرات الحربية، وعن الجانب الأوغندي مسؤولون في قوات الدفاع الشعبية الأوغندية، بحضور عدد من القادة العسكريين من البلدين.

وقال بيان للجيش الأوغندي إن الاتفاقية تهدف إلى «تعزيز التعاون في مواجهة التهديدات المشتركة»، بما فيها الإرهاب والجماعات المسلحة العابرة للحدود، مشيرا إلى أن البلدين «يتقاسمان النيل ويتقاسمان المصير».

وتأتي الاتفاقية بعد يوم واحد من انتهاء جولة المفاوضات حول سد النهضة الإثيوبي في كينشاسا دون اتفاق، إذ اتهمت القاهرة والخرطوم أديس أبابا بالتعنت ورفض مقترح الوساطة الرباعية.

وكانت مصر قد وقعت في مارس الماضي اتفاقية للتعاون العسكري مع السودان خلال زيارة رئيس أركان حرب القوات المسلحة المصرية إلى الخرطوم، كما وقعت في الأشهر الماضية اتفاقيات مماثلة مع كينيا وبوروندي.

وحذر الرئيس عبد الفتاح السيسي الأسبوع الماضي من أن «مياه مصر لا يمكن المساس بها»، وأن أي مساس بها سيؤدي إلى «عدم استقرار لا يتخيله أحد» في المنطقة.

ولم تعلق إثيوبيا رسميا على الاتفاقية، غير أن وسائل إعلام قريبة من الحكومة في أديس أبابا اعتبرتها جزءا من «محاولات مصرية لتطويق إثيوبيا» عبر جيرانها.

ويقول مسؤولون أوغنديون إن التعاون مع مصر يشمل أيضا مشروعات لتطهير البحيرات من ورد النيل وحفر آبار مياه جوفية في المناطق الريفية، تمولها القاهرة منذ سنوات.

وتعد أوغندا من أكبر دول المنبع في حوض النيل، إذ تنبع من بحيرة فيكتوريا على أراضيها أطول فروع النهر، وتشارك منذ سنوات في مبادرة حوض النيل التي تضم دول المنبع والمصب، رغم الخلاف القائم منذ عقد حول الاتفاق الإطاري لتقاسم المياه. وتستورد كمبالا من مصر أدوية وأسمدة ومواد بناء، فيما تصدر إليها البن والشاي بكميات محدودة.

وفي مدينة جينجا عند منبع النيل، قال صياد يعمل في البحيرة منذ ثلاثين عاما: «المصريون يأتون ويذهبون منذ أيام آبائنا. نحن نريد أن تبقى البحيرة نظيفة والسمك كثيرا، والباقي للسياسيين».""",
        [
            G("agreement.signed", "occurred", ["Egypt", "Uganda", _UPDF], []),
            # the Sudanese agreement "في مارس الماضي"; the Kenyan and Burundian ones
            G("agreement.signed", "historical", ["Egypt", "Sudan"], [], core=False),
            G("agreement.signed", "historical", ["Egypt", "Kenya", "Burundi"], [], core=False),
            # the Kinshasa round on the dam "دون اتفاق"
            G("agreement.signed", "stalled", ["Egypt", "Sudan", "Ethiopia"], [], core=False),
        ],
        not_targets=["Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-08-xinhua-kiribati-restores-ties-with-china-2019",
        date(2019, 9, 27),
        """الصين وكيريباتي تستأنفان العلاقات الدبلوماسية

بكين 27 سبتمبر 2019 (شينخوا) أقامت الصين وجمهورية كيريباتي اليوم (الجمعة) علاقات دبلوماسية على مستوى السفراء، بعد أسبوع من إعلان حكومة كيريباتي قطع «العلاقات الدبلوماسية» مع تايوان.

ووقع مستشار الدولة وزير الخارجية الصيني وانغ يي ووزير خارجية كيريباتي في بكين بيانا مشتركا بشأن استئناف العلاقات، أكدت فيه كيريباتي أن «هناك صينا واحدة في العالم»، وأن حكومة جمهورية الصين الشعبية هي الحكومة الشرعية الوحيدة التي تمثل الصين بأسرها.

وقال وانغ يي، خلال مراسم التوقيع، إن استئناف العلاقات «يتماشى مع المصالح الجوهرية للشعبين»، وإن الصين مستعدة لتقديم المساعدة لكيريباتي في مجالات البنية التحتية والصيد وتغير المناخ «من دون أي شروط سياسية».

وكانت الصين وكيريباتي قد أقامتا علاقات دبلوماسية عام 1980، قبل أن تعلقها بكين عام 2003 إثر اعتراف حكومة كيريباتي آنذاك بتايوان.

وتأتي هذه الخطوة بعد أيام من إقامة جزر سليمان علاقات دبلوماسية مع الصين الأسبوع الماضي، ليتراجع عدد الدول التي تعترف بتايوان إلى خمس عشرة دولة.

واتهمت رئيسة تايوان تساي إنغ-ون بكين بشراء الحلفاء بـ«دبلوماسية الدولار»، مؤكدة أن تايبيه لن تدخل «سباقا في المال»، بينما قالت وزارة الخارجية التايوانية إن كيريباتي طلبت تمويلا لشراء طائرات تجارية، وهو ما رفضته تايبيه.

ومن المنتظر أن تفتح الصين سفارتها في العاصمة تاراوا في وقت لاحق، بحسب مصادر دبلوماسية، فيما يبقى مصير محطة تتبع الأقمار الصناعية التي كانت الصين تشغلها في الجزيرة قبل 2003 غير واضح.

وتقع كيريباتي، التي يقطنها نحو مئة وعشرين ألف نسمة، على ثلاث وثلاثين جزيرة مرجانية متناثرة على مساحة واسعة من المحيط الهادئ، وتعد من أكثر الدول عرضة لارتفاع منسوب مياه البحر.

ويعتمد اقتصاد كيريباتي إلى حد بعيد على رسوم تراخيص الصيد التي تدفعها أساطيل أجنبية للعمل في منطقتها الاقتصادية الخالصة، وهي من أغنى مناطق صيد التونة في العالم، إضافة إلى المساعدات الخارجية وتحويلات البحارة العاملين على السفن التجارية.

وفي ميناء بيتيو بتاراوا، قال موظف في دائرة الثروة السمكية: «سفن الصيد الصينية تعمل في مياهنا منذ سنوات. ما يهمنا أن تبقى رسوم التراخيص تدخل الخزينة، وأن تصل طائرة إلى الجزر البعيدة».""",
        [
            G("relations.restored", "occurred", ["Kiribati", "China", "Wang Yi"], []),
            # the joint communiqué signed in Beijing
            G("agreement.signed", "occurred", ["Kiribati", "China", "Wang Yi"], [], core=False),
            # the Solomon Islands "الأسبوع الماضي"
            G("relations.restored", "historical", ["Solomon Islands"], ["China"], core=False),
            # the embassy in Tarawa "من المنتظر أن تفتح"
            G("relations.restored", "planned", ["China"], ["Kiribati"], core=False),
        ],
        not_targets=["Taiwan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-09-orient-net-aleppo-factions-merge-into-levant-front-2014",
        date(2014, 12, 26),
        """فصائل حلب تندمج في «الجبهة الشامية» وتعلن قيادة عسكرية موحدة

حلب - «أورينت نت»

أعلنت كبرى الفصائل العسكرية في مدينة حلب وريفها، أمس الخميس، اندماجها الكامل في تشكيل عسكري واحد يحمل اسم «الجبهة الشامية»، بقيادة عبد العزيز سلامة، القائد السابق لـ«لواء التوحيد».

وضم التشكيل الجديد كلا من «الجبهة الإسلامية» في حلب و«حركة نور الدين الزنكي» و«جيش المجاهدين» و«تجمع فاستقم كما أمرت» و«جبهة الأصالة والتنمية»، بحسب بيان مصور تلاه قادة الفصائل في ريف حلب الشمالي، أكدوا فيه حل جميع المسميات السابقة وانضواء المقاتلين تحت قيادة عسكرية وسياسية واحدة.

وقال البيان إن الاندماج يهدف إلى «توحيد الجهود في الدفاع عن حلب» في مواجهة محاولات قوات النظام إحكام الطوق على الأحياء الشرقية من المدينة، وفي مواجهة تنظيم «الدولة الإسلامية» في الريف الشمالي والشرقي.

ولم تنضم «جبهة النصرة» إلى التشكيل الجديد، كما بقيت حركة «أحرار الشام» خارجه، رغم أن مفاوضات الاندماج معها لا تزال متعثرة منذ أسابيع، بسبب خلافات حول القيادة وتوزيع المناصب، بحسب مصادر في الفصائل.

وكانت «الجبهة الإسلامية» نفسها قد تشكلت في نوفمبر 2013 من اندماج سبعة فصائل كبرى، بينها «لواء التوحيد» و«أحرار الشام» و«جيش الإسلام»، قبل أن تتراجع فاعليتها في الأشهر الماضية.

ويأتي الإعلان بعد أسابيع من طرح المبعوث الدولي ستافان دي ميستورا خطة «لتجميد القتال» في حلب، تبدأ بوقف لإطلاق النار في بعض الأحياء، وهي الخطة التي لم يوقع عليها أي من الأطراف حتى الآن.

ويقدر ناشطون عدد مقاتلي «الجبهة الشامية» ببضعة عشر ألفا، ينتشرون على خطوط التماس داخل المدينة وفي ريفها الشمالي حتى الحدود التركية.

ورحب الائتلاف الوطني السوري بالخطوة، واعتبرها «نموذجا» ينبغي أن تحتذي به الفصائل في المناطق الأخرى، في حين شكك ناشطون في قدرة التشكيل على الصمود أمام خلافات قادته.

ويعاني نحو ثلاثمئة ألف مدني ما زالوا يقيمون في الأحياء الشرقية من حلب من نقص حاد في الوقود والطحين، مع تعرض طريق الكاستيلو، شريان الإمداد الوحيد إلى المدينة، لقصف متواصل.

وفي حي بستان القصر، قال صاحب فرن يعمل على الحطب منذ انقطاع الكهرباء: «الأسماء تتغير كل شهر. نحن نريد طحينا وممرا آمنا، ونريد أن يتوقف البرميل عن السقوط فوق السوق».""",
        [
            G("forces.integrated", "occurred", [_ZENKI, "Islamic Front"], ["Levant Front"]),
            # "ولم تنضم «جبهة النصرة» إلى التشكيل الجديد"
            G("forces.integrated", "negated", ["al-Nusra Front"], ["Levant Front"], core=False),
            # the talks with Ahrar al-Sham "متعثرة منذ أسابيع"
            G("forces.integrated", "stalled", ["Ahrar al-Sham"], ["Levant Front"], core=False),
            # the Islamic Front formed "في نوفمبر 2013"
            G("forces.integrated", "historical", ["Ahrar al-Sham", "Jaysh al-Islam"],
              ["Islamic Front"], core=False),
            # the freeze plan "لم يوقع عليها أي من الأطراف حتى الآن"
            G("agreement.signed", "negated", [], [], core=False),
        ],
        not_targets=["Turkey", "Islamic State"],
        known_miss='"اندماجها الكامل في تشكيل عسكري واحد يحمل اسم «الجبهة الشامية»" gives no integration',
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-10-alsharq-ugandan-troops-enter-eastern-congo-2021",
        date(2021, 12, 1),
        """قوات أوغندية تعبر إلى شرق الكونغو الديمقراطية لملاحقة «القوات الديمقراطية المتحالفة»

كمبالا - «الشرق»

عبرت وحدات من الجيش الأوغندي، أمس الثلاثاء، الحدود إلى شرق الكونغو الديمقراطية، في عملية مشتركة مع القوات الكونغولية تستهدف معاقل جماعة «القوات الديمقراطية المتحالفة» المسلحة، غداة غارات جوية ومدفعية شنها الجيشان على مواقع الجماعة في إقليم شمال كيفو.

وقال المتحدث باسم قوات الدفاع الشعبية الأوغندية إن الجنود دخلوا عبر معبر نوبيلي الحدودي، وإن العملية تجري «بموافقة كاملة» من حكومة الرئيس فيليكس تشيسيكيدي، مشيرا إلى أن القوات ستبقى «طالما اقتضت الضرورة».

وتحمل كمبالا الجماعة مسؤولية تفجيرات انتحارية هزت العاصمة الأوغندية الشهر الماضي وأسفرت عن مقتل عدد من الأشخاص، وهي هجمات تبناها تنظيم «الدولة الإسلامية»، الذي تعلن الجماعة ولاءها له منذ عام 2019.

وجاءت العملية بموجب اتفاق للعمليات المشتركة وقعه الجيشان الشهر الماضي، بعد أشهر من إعلان تشيسيكيدي حالة الحصار في إقليمي شمال كيفو وإيتوري، ووضعهما تحت إدارة عسكرية.

وكانت الولايات المتحدة قد أدرجت الجماعة في مارس الماضي على قائمتها للمنظمات الإرهابية الأجنبية، ضمن تصنيف شمل فرع تنظيم «الدولة الإسلامية» في موزمبيق.

وأثار دخول القوات الأوغندية مخاوف لدى بعض السياسيين الكونغوليين، الذين ذكروا بتدخل أوغندا ورواندا العسكري في شرق البلاد بين عامي 1998 و2003، وما رافقه من نهب للموارد قضت محكمة العدل الدولية لاحقا بتعويضات عنه.

وأكدت كينشاسا أن القوات الرواندية لن تشارك في العملية، في حين طالب نواب من إيتوري بتحديد مدة زمنية واضحة لبقاء الجنود الأوغنديين وإطلاع البرلمان على تفاصيل الاتفاق.

ويقدر خبراء عدد مقاتلي الجماعة بما بين ألف وألفي مقاتل، يتنقلون في غابات كثيفة حول مدينة بيني، ويتهمون بقتل آلاف المدنيين منذ عام 2014.

وتشير تقديرات الأمم المتحدة إلى أن أكثر من مليون ونصف مليون شخص نزحوا داخل إقليمي شمال كيفو وإيتوري بسبب أعمال العنف، وأن المستشفيات في بيني وبوتيمبو تعاني نقصا في الأدوية والكوادر، بينما تعرقل الطرق الترابية الموحلة وصول قوافل الإغاثة في موسم الأمطار.

وفي مدينة بيني، قال سائق دراجة نارية للأجرة: «سمعنا المدافع طوال الليل. إذا كان الأوغنديون سيفتحون طريق إيرومو فأهلا بهم، لكننا رأينا جيوشا كثيرة تدخل ثم تخرج والغابة كما هي».""",
        [
            G("military.presence", "occurred", ["Uganda", _UPDF], [_DRC]),
            # the joint operations agreement "وقعه الجيشان الشهر الماضي"
            G("agreement.signed", "historical", ["Uganda", _DRC], [], core=False),
            # Uganda's and Rwanda's intervention "بين عامي 1998 و2003"
            G("military.presence", "historical", ["Uganda", "Rwanda"], [_DRC], core=False),
            # "القوات الرواندية لن تشارك في العملية"
            G("military.presence", "negated", ["Rwanda"], [_DRC], core=False),
            # the ADF listed by the United States "في مارس الماضي"
            G("sanctions.imposed", "historical", [_US], ["Allied Democratic Forces"], core=False),
        ],
        not_targets=["Mozambique", "Islamic State"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-11-hespress-sports-raja-fine-and-signings-2022",
        date(2022, 7, 14),
        """الرجاء يرفع الإيقاف عن مهاجمه ويقترب من حسم صفقة الظهير الأيسر

الدار البيضاء - «هسبريس» - رياضة

رفعت إدارة نادي الرجاء الرياضي، أمس الأربعاء، عقوبة الإيقاف الداخلية التي فرضتها قبل أسبوعين على أحد مهاجمي الفريق الأول، بسبب تغيبه عن حصتين تدريبيتين دون إذن، وذلك بعد جلسة مع المكتب المسير اعتذر فيها اللاعب لزملائه والطاقم التقني.

وأوضح مصدر من داخل النادي أن اللاعب سيلتحق بالمعسكر الإعدادي المقام في مدينة إفران خلال الأيام المقبلة، على أن تقتطع من أجره غرامة مالية وفق القانون الداخلي للفريق.

وفي سوق الانتقالات، يقترب الرجاء من حسم انضمام ظهير أيسر دولي يلعب في الدوري التونسي، بعد توصل الإدارة إلى اتفاق مبدئي مع ناديه، في حين تبقى المفاوضات حول المقابل المالي للاعب نفسه معلقة في انتظار عودة وكيله من أوروبا.

كما مدد النادي عقد حارس المرمى الاحتياطي لموسمين إضافيين، ووقع عقدا لثلاثة مواسم مع لاعب وسط شاب قادم من مدرسة النادي، في إطار سياسة المكتب المسير الرامية إلى تقليص النفقات.

وفي المقابل، فرضت اللجنة المركزية للتأديب والروح الرياضية التابعة للجامعة الملكية المغربية لكرة القدم غرامة مالية على الرجاء، بسبب استعمال جماهيره الشهب الاصطناعية في ديربي الموسم الماضي، كما أوقفت مدافعا من الفريق لمباراتين بعد طرده في المباراة نفسها.

وعلقت الإدارة التقنية التداريب الصباحية يوم الثلاثاء بسبب ارتفاع درجات الحرارة، على أن يعوضها المدرب بحصة مسائية خصصت للجوانب البدنية والكرات الثابتة.

ووقع النادي الأسبوع الماضي اتفاقية شراكة جديدة مع شركة محلية للمشروبات لمدة موسمين، تتضمن ظهور شعارها على القميص الاحتياطي وتنظيم أنشطة مع المشجعين في الدار البيضاء.

ويخوض الفريق ثلاث مباريات ودية قبل انطلاق البطولة الاحترافية في أواخر أغسطس، بينها مواجهة أمام ناد جزائري ستقام في وجدة إذا حصلت على الترخيص اللازم.

ويطمح الرجاء إلى استعادة لقب البطولة الذي خسره الموسم الماضي لصالح غريمه التقليدي الوداد، إلى جانب المنافسة على كأس العرش.

وفي مقهى قرب ملعب محمد الخامس، قال مشجع رجاوي في الخمسينيات من عمره: «بغينا غير فريق يلعب بقلبو. الأسماء كتجي وكتمشي، والجمهور ديما هنا، ولكن الصبر عندو حدود».""",
        [],
        not_targets=["Morocco", "Tunisia", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-h88-12-albayan-economy-bank-mou-and-airline-alliance-2018",
        date(2018, 3, 6),
        """مصرفان يوقعان مذكرة تفاهم لدراسة الاندماج.. وناقلة إقليمية تنضم إلى تحالف عالمي

دبي - «البيان» - اقتصاد

وقع مصرفان محليان، أمس، مذكرة تفاهم لبدء دراسة اندماجهما في كيان واحد، في صفقة قد تنشئ أحد أكبر البنوك في الدولة من حيث الأصول وحجم الودائع، بحسب إفصاحين نشرا على موقع سوق دبي المالي.

وقال المصرفان إنهما سيعينان مستشارين ماليين وقانونيين لإجراء دراسات العناية الواجبة وتقييم الأصول، على أن يعرض أي اتفاق نهائي على الجمعيات العمومية وعلى المصرف المركزي للحصول على الموافقات اللازمة.

وأكد مصدر مصرفي أن موظفي المصرفين «سينضمون إلى الكيان الجديد» في حال إتمام الصفقة، مشيرا إلى أن الإدارة لا تخطط لتقليص الوظائف، وأن الفروع المتقاربة قد تدمج تدريجيا.

وفي سياق منفصل، أعلنت شركة طيران إقليمية منخفضة التكلفة انضمامها إلى تحالف عالمي لشركات الطيران يتيح للمسافرين تحويل أميال الولاء بين الشركات الأعضاء واستخدام صالات المطارات المشتركة.

كما مددت الشركة عقد استئجار ست طائرات ضيقة البدن لخمس سنوات إضافية، ونشرت فرقا فنية في مطارات شرق أفريقيا لمتابعة تشغيل الوجهات الجديدة التي تطلقها في الصيف.

وفي المقابل، فرض المصرف المركزي عقوبات مالية على شركتي صرافة لمخالفتهما قواعد مكافحة غسل الأموال، بينما رفعت هيئة الأوراق المالية والسلع الحظر عن سهم شركة عقارية بعد استيفائها متطلبات الإفصاح، وقررت تعليق التداول على سهم شركة تأمين حتى إشعار آخر.

ويرى محللون أن التحالفات بين المصارف الخليجية باتت «ضرورة لا خيارا» في ظل تباطؤ نمو الائتمان وارتفاع كلفة التحول الرقمي، وأن المصارف الصغيرة التي ترفض الاندماج ستجد نفسها تحت ضغط متزايد على هوامش الربح.

وارتفع سهما المصرفين في تعاملات أمس بنسب متفاوتة وسط تداولات نشطة، فيما أغلق المؤشر العام للسوق على ارتفاع طفيف بدعم من أسهم القطاع المالي.

وقال مدير استثمار في شركة وساطة إن الصفقة «قد تستغرق أشهرا» قبل اتضاح شروطها، مشيرا إلى أن صفقات مماثلة في المنطقة احتاجت إلى أكثر من عام بين توقيع المذكرة وإتمام الدمج.

وفي أحد مقاهي مركز دبي المالي العالمي، قال موظف شاب في أحد المصرفين: «سمعنا الخبر من الإفصاح مثل الجميع. الكل يسأل عن الرواتب والترقيات، والإدارة تقول لا تشيلون هم، خلنا نشوف».""",
        [],
        not_targets=["United Arab Emirates"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout88_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout88_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout88_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(10, 10),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
