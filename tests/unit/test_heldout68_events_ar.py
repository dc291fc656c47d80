"""A sixty-eighth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty-seven held-out sets: Arabic copy of 2012-2023 as the region's papers, sites and agencies
carry it (a Yemeni news site's "المصدر أونلاين - متابعات خاصة", with a grocer of Bab al-Yemen, "الدبة
البترول وصلت سعرها نار"; a Turkish state agency's Arabic service, "أنقرة/ الأناضول", in its
"أغسطس/آب", with a money changer of Fatih; a Kuwaiti daily's wires, "لوكسمبورغ - «القبس» - وكالات",
with a rice and teak trader of Mubarakiya, "بنتعامل معاهم مباشرة"; a Khartoum daily, "الخرطوم:
«التيار»", with a spare-parts trader of the Arab market, "العقوبات دي أتعبتنا شديد"; a Ramallah
daily with its dateline run into the lead, "رام الله - «الأيام»: هدد …", with a retired clerk of
al-Bireh, "شو ضايل؟"; a Nouakchott site, "أديس أبابا – الأخبار (نواكشوط)", with a vegetable importer,
"الشاحنات تجي من الكركرات"; a Muscat daily carrying the state agency, "دمشق - «عُمان» - العُمانية",
in the titles of the sultanate, "حضرة صاحب الجلالة"، "سعادة"، "معالي", with a Mutrah trader; a Manama
daily's local desk, "كتب: محرر الشؤون المحلية - «أخبار الخليج»", with a cloth trader of the old
market, "الإنجليز ما هم غرب علينا"; a Syrian opposition site, "عنب بلدي – ريف حلب الشمالي", with a
vegetable seller of al-Bab, "كل فصيل كان عنده حاجز"; a Tripoli site's sports desk, "طرابلس - «عين
ليبيا» - القسم الرياضي", with an Ittihad supporter, "إحنا نبوا الدوري يكمل"; a Kuwaiti daily's
business page, "الكويت - «الأنباء» - الصفحة الاقتصادية", with a money changer; an Aden daily's city
page, "عدن - «الأيام» - خاص", with a clothes seller of Crater, "الحر ما يرحم") and on episodes the
earlier sets do not carry as core news: the US Treasury's sanctions on the network of the Houthi
financier Sa'id al-Jamal, June 2021; the Treasury lifting its sanctions of August on Turkey's
justice and interior ministers, Abdulhamit Gül and Süleyman Soylu, after the release of the pastor
Andrew Brunson, with Erdoğan saying Turkey will lift its own on Jeff Sessions and Ryan Zinke,
November 2018; the EU foreign ministers suspending most of the Myanmar sanctions for a year,
arms embargo kept, April 2012; Barack Obama prolonging for a year the national emergency with
respect to Sudan, November 2016; John Bolton threatening the International Criminal Court's
judges and prosecutors with sanctions on the day the PLO office in Washington was closed, September
2018; Morocco taken back into the African Union at the Addis Ababa summit, January 2017; Oman's
ambassador to Damascus presenting his credentials, the first Gulf ambassador since 2012, October
2020; Bahrain and the United Kingdom signing at the Manama Dialogue the agreement on a permanent
British naval facility at Mina Salman, December 2014; the Syrian Interim Government announcing the
Syrian National Army, thirty factions of northern Aleppo merged into three corps, December 2017.
Nine carry core events of all ten alertable types (eleven in all), eight occurred and three planned
(Turkey that "سترفع بدورها العقوبات المماثلة"; the British navy that the agreement lets "نشر سفن
أكبر وأكثر عددا في المنطقة بشكل دائم" at a facility to be built from next year; and, in the same
article, the facility itself), next to historical, negated and stalled ones; three are near misses:
a Tripoli football page (a fine «فرضت … غرامة», a striker suspended, a warning of points deducted, a
keeper's suspension "رفعت", a complaint "علقت", a full back who "انضم", a club that "وقع" and
"مدد", a sponsorship agreement signed, youth teams "دمج", two clubs' presidents announcing "عودة
العلاقات بين الناديين" and "استئناف التنسيق", security men to "تنشر" round a stadium), a Kuwaiti
business page (a market regulator's fine, a share "علقت" and to resume, a threat to delist, a halt
"رفعت", firms that "انضمت" to an index, banks that "وقع" a merger memorandum, OPEC+ "تمديد
التخفيضات", a deadline "مددت", flights "استئناف", trucks "نشرت") and an Aden city page (fines
«فرض … غرامات» on bakeries, fuel stations' licences "تعليق", a threat to close shops, a ban "رفعت", a
deadline "مددت", a memorandum with an international organisation "ووقعت", a network of coastal
cities "انضمت", two schools "دمج", traffic police "نشرت", the power "عودة التيار" and a plant's work
"استئناف").

The decisions of the annotation, taken before any run: a United States that "فرضت … عقوبات على شبكة
دولية يديرها القيادي الحوثي المقيم في إيران سعيد الجمل" imposes (core; the United States and the
Treasury; al-Jamal and the Houthis whom the network funds, not Iran where he lives nor the United
Arab Emirates and Turkey where its front firms are registered), Biden's revocation "في شباط
الماضي" of the terrorist designation a historical lifting, Resolution 2216 "في نيسان 2015" a
historical imposition, "ولا تعتزم الإدارة الأميركية … إعادة إدراج الحوثيين على قائمة الإرهاب" a
negated imposition, the Muscat talks "متعثرة منذ أسابيع" a stalled signing; a Treasury that "رفعت …
العقوبات التي كانت قد فرضتها مطلع أغسطس/آب الماضي على وزير العدل التركي … ووزير الداخلية" lifts
(core; the United States and the Treasury; Turkey, Gül and Soylu) and Erdoğan who said "إن تركيا
سترفع بدورها العقوبات المماثلة" on Sessions and Zinke lifts as planned (core; Turkey and Erdoğan;
the United States and its two secretaries), the impositions of August on both sides historical,
"لم تصدر وزارة الخزانة حتى الآن أي قرار بفرض غرامات على بنك «خلق»" a negated imposition, the
Patriot talks "متعثرة" a stalled signing, the Manbij roadmap "المتفق عليها" a historical signing,
the steel tariffs no sanction; EU ministers who decided "تعليق معظم العقوبات المفروضة على ميانمار
… لمدة عام" suspend (core; the EU; Myanmar), "بيد أن التعليق لم يشمل حظر توريد الأسلحة" a negated
suspension, the sanctions of 1996 and 2007 historical, "فلم تقرر بعد رفع عقوباتها" a negated
lifting by the United States and its "تخفيف محدود للقيود" an occurred suspension (not core: eased
sanctions are suspended ones, as earlier sets have it), the ambassador it intends to name and
Ashton's office to open in Naypyidaw planned restorations (not core), the Kachin ceasefire talks
"متعثرة" a stalled signing, Myanmar in ASEAN "عام 1997" a historical joining; a president who "مدد
… لعام إضافي، حالة الطوارئ الوطنية المعلنة تجاه السودان منذ عام 1997، والتي تستند إليها حزمة
العقوبات" extends (core; the United States and Obama; Sudan), "ولم يتضمن الإخطار أي عقوبات جديدة"
a negated imposition, Clinton's order of 1997 and the listing of 1993 historical impositions, the
Commerce easing "في فبراير من العام الماضي" a historical suspension, the Addis Ababa talks with
the SPLM-North "متعثرة" a stalled signing; a national security adviser who "هدد … بفرض عقوبات على
قضاة المحكمة الجنائية الدولية" threatens (core; the United States and Bolton; the ICC, not Israel
and Afghanistan named in its conditions and cases), "ولم تتخذ الإدارة الأميركية حتى الآن أي إجراء
فعلي بحق أي من قضاة المحكمة" a negated imposition, Palestine "قد انضمت رسميا إلى المحكمة في الأول
من نيسان 2015" and Abbas's signature of the Rome Statute historical, the negotiations "متوقفة منذ
نيسان 2014" a stalled signing, the closing of the PLO office no event type; a Morocco that
"استعادت … عضويتها في الاتحاد الإفريقي" joins (core; Morocco and Mohammed VI; the African Union),
its ECOWAS application "من المنتظر أن تتقدم … بطلب للانضمام" a planned joining (not core), the
Sahrawi republic admitted to the OAU in 1984 a historical joining, "فلم تعين نواكشوط حتى الآن سفيرا
لها في الرباط" a negated restoration, the Western Sahara talks "متوقفة منذ عام 2012" a stalled
signing, the elections of Faki and Condé no events; an ambassador whose credentials the deputy
minister "تسلم" as "أول دولة خليجية تعيد سفيرا إلى دمشق" restores ties (core; Oman, Haitham bin
Tariq whose decree named him, and Badr Albusaidi; Syria), the Arab League's suspension and
sanctions "في نوفمبر 2011" a historical imposition, the UAE's embassy reopened "في ديسمبر 2018"
and Bahrain's after it historical restorations, "لم تعلن المملكة العربية السعودية ولا دولة قطر أي
خطوة مماثلة" a negated restoration, the constitutional committee "تعثر" a stalled signing, the
Caesar Act "في يونيو الماضي" a historical imposition; ministers who "وقّع … اتفاقية للتعاون الدفاعي"
sign (core; Bahrain, the United Kingdom, Khalid bin Ahmed and Hammond) and plan a presence (core;
"تتولى المملكة المتحدة إنشاء منشأة بحرية دائمة في ميناء سلمان" and "ستمكن البحرية الملكية من نشر
سفن"; the United Kingdom in Bahrain), "لا تعتزم نشر قوات برية قتالية في المملكة" a negated
presence, the withdrawal east of Suez of 1971 and the Fifth Fleet "منذ عام 1995" historical
presences, Bahrain in the coalition against ISIS "في سبتمبر الماضي" a historical joining, the
national dialogue "تعثر" and the nuclear talks that "تعثرت" stalled signings (Al-Wefaq's
participation "علقت" and the talks' "تمديد" no sanctions); a ministry that "أعلنت … تشكيل «الجيش
الوطني السوري» … بعد اندماج أكثر من ثلاثين فصيلا" integrates forces (core; the Syrian Interim
Government, the Syrian National Army and the Free Syrian Army whose factions merge), the
commanders who "وقع … على وثيقة تنص على حل التشكيلات السابقة" an occurred signing (not core), "ولم
تنضم «هيئة تحرير الشام» … إلى التشكيل الجديد" a negated integration, the May plan that "تعثرت" a
stalled integration, the Turkish forces "منذ آب 2016" a historical presence, the Geneva talks
"متعثرة" a stalled signing; the Tripoli, Kuwait and Aden pages carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (on commit cdfd1ea, in a worktree whose only change was this file), in one
run: events P 0.833 R 0.818 F1 0.826 (recall 9/11, precision 10/12; occurred core found 8/9,
planned 1/2 by the scorer's count, which asks only that both be alertable; historical 18/18,
negated 10/10 and stalled 11/11 kept quiet). The core events are nine occurred and two planned (the
text above, written before the run, miscounts them as eight and three: the facility and the navy's
ships are one planned presence); no annotation was changed after the run.

Missed: in ar-hl04 "مدد الرئيس الأمريكي باراك أوباما، لعام إضافي، حالة الطوارئ الوطنية المعلنة
تجاه السودان منذ عام 1997، والتي تستند إليها حزمة العقوبات …" gives nothing (the probe "مدد الرئيس
الأمريكي باراك أوباما لعام إضافي حالة الطوارئ الوطنية بشأن السودان." is an extension of the
United States on Sudan; "… حالة الطوارئ الوطنية المعلنة تجاه السودان." nothing): an emergency
"تجاه" (toward) a state is not read as one "بشأن" it; in ar-hl08 the presence is not found:
"وبموجب الاتفاقية، تتولى المملكة المتحدة إنشاء منشأة بحرية دائمة في ميناء سلمان" and "المنشأة
الجديدة ستمكن البحرية الملكية من نشر سفن أكبر وأكثر عددا في المنطقة بشكل دائم" give nothing
(the probe "تتولى المملكة المتحدة إنشاء قاعدة بحرية دائمة في البحرين." is an occurred presence;
"ستنشئ المملكة المتحدة منشأة بحرية دائمة في البحرين." nothing): a naval facility («منشأة
بحرية») is no base to the lexicon, and a navy enabled «من نشر سفن» is no presence form. Found by
the scorer's count only: in ar-hl06 "استعادت المملكة المغربية، اليوم الاثنين، عضويتها في الاتحاد
الإفريقي" and the headline "المغرب يستعيد مقعده في الاتحاد الإفريقي" give nothing (the probe
"استعاد المغرب عضويته في الاتحاد الإفريقي." nothing): a state that regains its membership or
its seat («استعاد عضويته»، «يستعيد مقعده») is no joining to the lexicon; the recall is kept by the
planned ECOWAS application, an alertable joining by Morocco; in ar-hl02 Erdoğan's "إن تركيا سترفع
بدورها العقوبات المماثلة التي فرضتها على وزيري العدل والداخلية الأمريكيين" is a planned lifting by
Turkey alone (the probe of the full sentence the same) but not in the article, where only the
Treasury's occurred lifting, with Turkey among its actors, is left: the two liftings are told as
one.

Unexpected: in ar-hl01 "ولا تعتزم الإدارة الأميركية، وفقا لمسؤول في الخارجية تحدث للصحافيين
شريطة عدم الكشف عن اسمه، إعادة إدراج الحوثيين على قائمة الإرهاب في الوقت الراهن" is an occurred
threat on the Houthis (the probe "ولا تعتزم الإدارة الأميركية إعادة إدراج الحوثيين على قائمة
الإرهاب." is a negated imposition; with "، وفقا لمسؤول في الخارجية،" an occurred imposition; with
"تحدث للصحافيين شريطة عدم الكشف عن اسمه" a threat): an attribution set off by commas between
"لا تعتزم" and the listing cuts the negation, and «شريطة» of the stock "on condition of anonymity"
is read as the condition of a threat; and "أن مكتب مراقبة الأصول الأجنبية التابع لها أدرج على
قائمة العقوبات عشرة أفراد وكيانات" is the same imposition with the Office of Foreign Assets
Control alone for actor and no target (the Treasury named as its parent "التابع لها" is not
taken), which the scorer cannot match.

Wrong parties not counted by the scorer: in ar-hl02 the headline's lifting takes the unlinked
"وزيرين تركيين" for its target and the Treasury's lifting has Turkey among its actors; in ar-hl07
the restoration has no actor ("السلطنة", the Omani paper's name for its state, is not read as
Oman); in ar-hl08 Bahrain's joining of the coalition is given to the United Kingdom ("المملكة");
in ar-hl09 the integration takes Aleppo and Syria for actors and the Free Syrian Army for target.
Strict xfails on five articles; do not tune lexicons on these articles.

After the fixes of 2026-12-05: P 1.000 R 1.000 F1 1.000 (recall 11/11, precision 14/14; occurred
core found 9/9, planned 2/2 by the scorer's count; historical 18/18, negated 10/10 and stalled 11/11
kept quiet). Fixed, with rule sentences in ``tests/unit/test_heldout68_rules_ar.py``: a US national
emergency declared «تجاه»، «إزاء» or «حيال» a state is a sanctions programme with that state for
target, and «منذ» after a participle and whom it is on ("المعلنة تجاه السودان منذ عام 1997")
dates the measure, not its renewal; a state that regains its membership or its seat («استعادت
عضويتها في»، «يستعيد مقعده في») joins again, as one back in a body does; a naval or military
facility («منشأة بحرية»، «منشأة عسكرية») is a base, built in the present and the future too
(«ستنشئ»), and a clause that opens «وبموجب الاتفاقية،» and goes on in the present tells what the
accord provides for, planned (a perfect keeps it done); «لا تعتزم»، «لا تنوي» deny the verbal noun
they govern, a source told between commas («، وفقا لمسؤول …،») no longer cuts a negation from its
object, and «شريطة عدم الكشف عن اسمه» (anonymity) is no condition of a threat; an office whose
parent body is named in the same sentence acts with it (OFAC "التابع لها" beside the Treasury).
Left (strict xfail): in ar-hl02 Erdoğan's planned lifting is still missed: the OFAC notice "أن
اسمي الوزيرين حُذفا من قائمة الأشخاص المحظورين، ما يعني إلغاء تجميد أي أصول محتملة لهما" gives, in
the article, a lifting with Turkey (the delisted ministers' state) among its actors, and the
planned lifting by Turkey, sharing that actor, is folded into the occurred one; and the Treasury's
lifting still has no target: "رفعت وزارة الخزانة الأمريكية، الجمعة، العقوبات التي كانت قد
فرضتها مطلع أغسطس/آب الماضي على وزير العدل التركي عبد الحميد غُل" puts a day aside, a pluperfect
and a date in two calendars between the verb and the minister (the probes with the aside and
"مطلع أغسطس/آب الماضي" but no «كانت قد», or with «كانت قد» and "مطلع أغسطس الماضي" but no aside,
have Gül for target; with one word more the unlinked title "وزير العدل التركي"; with all, nothing):
the reach of whom the measure is on does not stretch over a relative clause's own time. Wrong parties left, not counted by the scorer: ar-hl02's headline takes the unlinked
"وزيرين تركيين" for target; ar-hl07's restoration has no actor ("السلطنة" is not read as Oman);
ar-hl08's planned presence, from the headline "لإنشاء منشأة بحرية", takes Bahrain for an actor and
Mina Salman for target, and Bahrain's joining of the coalition is still the United Kingdom's;
ar-hl09's integration takes Aleppo and Syria for actors and the Free Syrian Army for target.

``python -m tests.unit.test_heldout68_events_ar`` prints every article's alerts and the set's
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
_UK = "United Kingdom"
_TREASURY = "United States Department of the Treasury"
_EU = "European Union"
_UNSC = "United Nations Security Council"
_UN = "United Nations"
_ICC = "International Criminal Court"
_AU = "African Union"
_SIG = "Syrian Interim Government"
_SNA = "Syrian National Army"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-almasdar-online-treasury-sanctions-saeed-al-jamal-network-2021",
        date(2021, 6, 11),
        """واشنطن تفرض عقوبات على شبكة سعيد الجمل.. وتتهمها بتمويل هجمات الحوثيين من عائدات النفط الإيراني

المصدر أونلاين - متابعات خاصة

فرضت الولايات المتحدة، الخميس، عقوبات على شبكة دولية يديرها القيادي الحوثي المقيم في إيران سعيد الجمل، قالت إنها تجني عشرات الملايين من الدولارات من بيع النفط والمنتجات البترولية الإيرانية، وتحول جزءا كبيرا منها إلى جماعة الحوثيين عبر وسطاء في المنطقة.

وأوضحت وزارة الخزانة الأميركية، في بيان، أن مكتب مراقبة الأصول الأجنبية التابع لها أدرج على قائمة العقوبات عشرة أفراد وكيانات وسفنا مرتبطة بالشبكة، بينهم شركات واجهة مسجلة في دولة الإمارات وتركيا، وأن الإجراء يقضي بتجميد أي أصول لهم في الولايات المتحدة ومنع التعامل معهم.

وقالت الوزارة إن الشبكة تعمل "بتوجيه ودعم من فيلق القدس التابع للحرس الثوري الإيراني"، وإن أموالها استخدمت في "تمويل الهجمات التي تشنها الجماعة على المدنيين اليمنيين والبنية التحتية الحيوية في المملكة العربية السعودية، وعلى السفن التجارية في البحر الأحمر".

ونقل البيان عن مدير المكتب أندريا غاكي قولها إن "الحوثيين يواصلون تصعيد هجماتهم في الوقت الذي يعاني فيه ملايين اليمنيين من الجوع"، مضيفة أن واشنطن "ستستمر في استهداف مصادر التمويل التي تغذي هذا الصراع".

في المقابل، وصف المتحدث باسم الجماعة محمد عبدالسلام القرار بأنه "محاولة مكشوفة لتبرير العدوان والحصار"، مؤكدا في تغريدة على حسابه في تويتر أنه "لن يغير شيئا على الأرض".

وتأتي العقوبات في وقت لا تزال فيه المشاورات التي يرعاها المبعوث الأممي مارتن غريفيث والمبعوث الأميركي تيم ليندركينغ في العاصمة العمانية مسقط، بشأن وقف شامل لإطلاق النار وإعادة فتح مطار صنعاء، متعثرة منذ أسابيع، بعد أن رفض الحوثيون المقترح الأممي واشترطوا رفع القيود عن الموانئ أولا.

وكانت إدارة الرئيس جو بايدن قد ألغت في شباط الماضي قرار الإدارة السابقة تصنيف الجماعة منظمة إرهابية أجنبية، بدعوى تجنب تفاقم الأزمة الإنسانية، فيما كان مجلس الأمن الدولي قد فرض في نيسان 2015، بموجب القرار 2216، حظرا على توريد الأسلحة إلى زعيم الجماعة عبدالملك الحوثي وعدد من قادتها.

ولا تعتزم الإدارة الأميركية، وفقا لمسؤول في الخارجية تحدث للصحافيين شريطة عدم الكشف عن اسمه، إعادة إدراج الحوثيين على قائمة الإرهاب في الوقت الراهن، لأن ذلك "سيعرقل وصول المساعدات والواردات التجارية".

ورحبت الحكومة اليمنية بالعقوبات، وقال وزير الإعلام معمر الإرياني إنها "خطوة في الاتجاه الصحيح لتجفيف منابع تمويل الميليشيا"، داعيا المجتمع الدولي إلى "ممارسة ضغط حقيقي على طهران لوقف تهريب الأسلحة والنفط".

وفي سوق باب اليمن بصنعاء، قال بائع مواد غذائية لـ"المصدر أونلاين": "العقوبات هذي ما تمس إلا المواطن. الدبة البترول وصلت سعرها نار، والراتب مقطوع من سنين، والتجار يقولوا إن الشحنات واقفة في البحر".

ويرى مراقبون أن أثر الإجراءات سيظل محدودا ما لم تتمكن واشنطن من ملاحقة السفن التي تنقل الشحنات إلى ميناء الحديدة، مشيرين إلى أن الشبكة اعتمدت على تغيير أسماء الناقلات وأعلامها أكثر من مرة للتهرب من الرقابة.""",
        [
            G("sanctions.imposed", "occurred", [_US, _TREASURY], ["Sa'id al-Jamal", "Houthis"]),
            # Biden's revocation "في شباط الماضي" of the terrorist designation,
            G("sanctions.lifted", "historical", [_US, "Joe Biden"], ["Houthis"], core=False),
            # Resolution 2216 "في نيسان 2015",
            G("sanctions.imposed", "historical", [_UNSC], ["Houthis", "Abdul-Malik al-Houthi"], core=False),
            # "ولا تعتزم الإدارة الأميركية … إعادة إدراج الحوثيين على قائمة الإرهاب",
            G("sanctions.imposed", "negated", [_US], ["Houthis"], core=False),
            # the Muscat talks on a ceasefire "متعثرة منذ أسابيع",
            G("agreement.signed", "stalled", ["Houthis", _UN, "Martin Griffiths"], [], core=False),
        ],
        not_targets=["Iran", "United Arab Emirates", "Turkey", "Saudi Arabia", "Oman", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-anadolu-arabic-ankara-us-lifts-sanctions-on-turkish-ministers-2018",
        date(2018, 11, 2),
        """واشنطن ترفع العقوبات عن وزيرين تركيين.. وأردوغان: سنتخذ الخطوة نفسها

أنقرة/ الأناضول

رفعت وزارة الخزانة الأمريكية، الجمعة، العقوبات التي كانت قد فرضتها مطلع أغسطس/آب الماضي على وزير العدل التركي عبد الحميد غُل ووزير الداخلية سليمان صويلو، على خلفية قضية القس الأمريكي أندرو برانسون الذي أفرجت عنه محكمة تركية الشهر الماضي.

وذكر مكتب مراقبة الأصول الأجنبية التابع للوزارة، في إشعار نشره على موقعه الإلكتروني، أن اسمي الوزيرين حُذفا من قائمة الأشخاص المحظورين، ما يعني إلغاء تجميد أي أصول محتملة لهما في الولايات المتحدة، ورفع الحظر عن التعامل معهما.

وعقب ساعات من الإعلان، قال الرئيس رجب طيب أردوغان، في كلمة ألقاها أمام حشد من أنصاره في ولاية إزمير، إن تركيا سترفع بدورها العقوبات المماثلة التي فرضتها على وزيري العدل والداخلية الأمريكيين جيف سيشنز وريان زينكي، مضيفا: "نحن لا نريد أن نعيش أزمة مع حليف استراتيجي، لكننا لن نقبل لغة التهديد".

وكانت أنقرة قد ردت على الخطوة الأمريكية في الرابع من أغسطس بتجميد أصول الوزيرين الأمريكيين في تركيا، إن وجدت، فيما ضاعفت واشنطن في الأسبوع ذاته الرسوم الجمركية على واردات الصلب والألمنيوم التركية، ما أدى إلى تراجع حاد في سعر صرف الليرة.

ووصف وزير الخارجية مولود جاويش أوغلو القرار الأمريكي بأنه "خطوة إيجابية في الاتجاه الصحيح"، مؤكدا خلال مؤتمر صحفي في أنقرة أن "الحوار هو السبيل الوحيد لحل الخلافات بين البلدين العضوين في حلف شمال الأطلسي (ناتو)".

غير أن ملفات خلافية عدة ما تزال عالقة بين الجانبين، إذ لم تصدر وزارة الخزانة حتى الآن أي قرار بفرض غرامات على بنك "خلق" الحكومي التركي، الذي أدين أحد مديريه التنفيذيين السابقين في نيويورك بتهمة المساعدة في الالتفاف على العقوبات المفروضة على إيران، وهو ما تعتبره أنقرة قضية ذات دوافع سياسية.

كما لا تزال المباحثات بين الجانبين حول صفقة منظومة الدفاع الجوي "باتريوت" متعثرة، منذ أن أصرت تركيا على شراء منظومة "إس-400" الروسية، وهي الصفقة التي ربطتها واشنطن بمستقبل مشاركة تركيا في برنامج مقاتلات "إف-35".

وفي حي الفاتح بإسطنبول، قال صاحب محل للصرافة: "الليرة تعبت كثيرا في الصيف، الناس كانت خايفة. اليوم الوضع أهدأ، والدولار نزل شوي، بس الكل ينتظر يشوف إذا رح تكمل الأمور على خير".

ويرى محللون أتراك أن رفع العقوبات عن الوزيرين يمثل إغلاقا لصفحة أزمة برانسون، لكنه لا يعني انتهاء التوتر بين أنقرة وواشنطن، في ظل استمرار الخلاف حول دعم الأخيرة لوحدات حماية الشعب الكردية في شمال سوريا، وتأخر تنفيذ خارطة الطريق المتفق عليها بشأن مدينة منبج.""",
        [
            G("sanctions.lifted", "occurred", [_US, _TREASURY], ["Turkey", "Abdulhamit Gül", "Süleyman Soylu"]),
            # "إن تركيا سترفع بدورها العقوبات المماثلة التي فرضتها على وزيري العدل والداخلية الأمريكيين",
            G("sanctions.lifted", "planned", ["Turkey", "Recep Tayyip Erdoğan"], [_US, "Jeff Sessions", "Ryan Zinke"]),
            # the impositions of August on both sides,
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Turkey", "Abdulhamit Gül", "Süleyman Soylu"],
              core=False),
            G("sanctions.imposed", "historical", ["Turkey"], [_US, "Jeff Sessions", "Ryan Zinke"], core=False),
            # "لم تصدر وزارة الخزانة حتى الآن أي قرار بفرض غرامات على بنك «خلق»",
            G("sanctions.imposed", "negated", [_US, _TREASURY], ["Halkbank"], core=False),
            # the Patriot talks "متعثرة", the Manbij roadmap "المتفق عليها",
            G("agreement.signed", "stalled", ["Turkey", _US], [], core=False),
            G("agreement.signed", "historical", ["Turkey", _US], [], core=False),
        ],
        not_targets=["Iran", "Russia", "Syria", "Andrew Brunson"],
        known_miss="Turkey, the delisted ministers' state, an actor of the OFAC notice's lifting; Turkey's "
                   "planned lifting folded into it",
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alqabas-kuwait-eu-suspends-myanmar-sanctions-2012",
        date(2012, 4, 24),
        """الاتحاد الأوروبي يعلّق عقوباته على ميانمار عاماً كاملاً.. ويُبقي حظر السلاح

لوكسمبورغ - «القبس» - وكالات

قرر وزراء خارجية الاتحاد الأوروبي، في اجتماعهم الدوري الذي عقد في لوكسمبورغ أمس، تعليق معظم العقوبات المفروضة على ميانمار (بورما سابقا) لمدة عام، مكافأة لحكومة الرئيس ثين سين على ما وصفوه بـ«التغييرات التاريخية» التي شهدتها البلاد منذ تسلمها السلطة قبل عام.

وشمل القرار، بحسب البيان الختامي للاجتماع، القيود المفروضة على أكثر من 800 شركة ومؤسسة، وحظر منح التأشيرات لنحو 500 من المسؤولين وأفراد أسرهم، إضافة إلى تجميد أصولهم في دول الاتحاد، على أن يعيد الوزراء تقييم الوضع قبل انتهاء مدة التعليق في نيسان المقبل.

وقالت الممثلة العليا للسياسة الخارجية والأمنية في الاتحاد كاثرين آشتون للصحافيين عقب الاجتماع إن «أوروبا تريد أن ترسل رسالة واضحة بأنها تدعم مسار الإصلاح»، مشيرة إلى أنها ستزور نايبيداو الأسبوع المقبل لافتتاح مكتب للاتحاد هناك.

بيد أن التعليق لم يشمل حظر توريد الأسلحة والمعدات التي يمكن استخدامها في القمع الداخلي، إذ أكد الوزراء أنه «سيبقى ساريا» إلى حين التأكد من التزام الجيش بالانتقال الديموقراطي، ووقف الانتهاكات في المناطق التي تقطنها الأقليات.

وكان الاتحاد قد فرض أولى عقوباته على النظام العسكري في بورما عام 1996، ثم شددها مرات عدة، خصوصا بعد القمع الدموي للاحتجاجات التي قادها الرهبان البوذيون في خريف 2007، والمعروفة بـ«ثورة الزعفران».

وجاءت الخطوة الأوروبية بعد أسابيع من فوز زعيمة المعارضة أونغ سان سو تشي وحزبها «الرابطة الوطنية من أجل الديموقراطية» بـ43 مقعدا من أصل 45 في الانتخابات الفرعية التي جرت مطلع الشهر الجاري، في أول مشاركة للحزب في الانتخابات منذ أكثر من عشرين عاما.

أما الولايات المتحدة، فلم تقرر بعد رفع عقوباتها الاقتصادية، واكتفت بالإعلان عن تخفيف محدود للقيود على الاستثمار والخدمات المالية، وعن نيتها تعيين سفير في رانغون للمرة الأولى منذ 1990.

ولا تزال مفاوضات وقف إطلاق النار بين الحكومة ومتمردي «جيش استقلال كاتشين» في شمال البلاد متعثرة، بعد جولات عدة لم تسفر عن اتفاق، فيما تتواصل المعارك التي أدت إلى نزوح عشرات الآلاف منذ حزيران الماضي.

وفي سوق المباركية، قال تاجر كويتي يستورد الأرز والأخشاب من جنوب شرق آسيا: «كنا نشتري البضاعة البورمية عن طريق تايلند وسنغافورة بسبب المشاكل مع البنوك. إذا انفتحت الأمور بنتعامل معاهم مباشرة، والسعر بيكون أحسن للتاجر وللزبون».

ويرى مراقبون أن الشركات الأوروبية ستسارع إلى دخول السوق البورمية، التي تعد من آخر الأسواق البكر في آسيا، بعد انضمام البلاد إلى رابطة دول جنوب شرق آسيا «آسيان» عام 1997، غير أنهم حذروا من أن ضعف البنية التحتية وغياب الإطار القانوني قد يبطئان تدفق الاستثمارات.""",
        [
            G("sanctions.suspended", "occurred", [_EU, "Catherine Ashton"], ["Myanmar"]),
            # "بيد أن التعليق لم يشمل حظر توريد الأسلحة",
            G("sanctions.suspended", "negated", [_EU], ["Myanmar"], core=False),
            # the sanctions of 1996 and those tightened after 2007,
            G("sanctions.imposed", "historical", [_EU], ["Myanmar"], core=False),
            # the United States "فلم تقرر بعد رفع عقوباتها" and its "تخفيف محدود للقيود",
            G("sanctions.lifted", "negated", [_US], ["Myanmar"], core=False),
            G("sanctions.suspended", "occurred", [_US], ["Myanmar"], core=False),
            # an ambassador it intends to name, the EU office Ashton is to open,
            G("relations.restored", "planned", [_US], ["Myanmar"], core=False),
            G("relations.restored", "planned", [_EU, "Catherine Ashton"], ["Myanmar"], core=False),
            # the Kachin ceasefire talks "متعثرة", Myanmar in ASEAN "عام 1997",
            G("agreement.signed", "stalled", ["Myanmar", "Kachin Independence Army"], [], core=False),
            G("alliance.joined", "historical", ["Myanmar"], ["ASEAN"], core=False),
        ],
        not_targets=["Thailand", "Singapore", "Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-altayar-khartoum-obama-prolongs-sudan-national-emergency-2016",
        date(2016, 11, 1),
        """أوباما يمدد «الطوارئ الوطنية» تجاه السودان عاما آخر.. والخرطوم: القرار لا يعكس التقدم في الحوار

الخرطوم: «التيار»

مدد الرئيس الأمريكي باراك أوباما، لعام إضافي، حالة الطوارئ الوطنية المعلنة تجاه السودان منذ عام 1997، والتي تستند إليها حزمة العقوبات الاقتصادية والتجارية المفروضة على البلاد، وذلك قبل يومين من انتهاء أجلها في الثالث من نوفمبر الجاري.

وقال أوباما، في إخطار بعث به إلى الكونغرس ونشره البيت الأبيض مساء الاثنين، إن "الأفعال والسياسات التي تتبعها حكومة السودان ما زالت تشكل تهديدا غير عادي واستثنائيا للأمن القومي والسياسة الخارجية للولايات المتحدة"، مضيفا أنه "من الضروري استمرار حالة الطوارئ الوطنية والإبقاء على العقوبات" المرتبطة بها.

ولم يتضمن الإخطار أي عقوبات جديدة على الخرطوم، كما لم يشر إلى جولات الحوار الثنائي التي جرت بين البلدين خلال الأشهر الماضية، والتي تقول الحكومة إنها حققت "تقدما ملموسا" في ملفات مكافحة الإرهاب ووقف العدائيات وإيصال المساعدات الإنسانية إلى المناطق المتأثرة بالحرب.

وعبرت وزارة الخارجية، في بيان صحفي، عن "أسفها البالغ" للقرار، وقالت إنه "لا يتسق مع روح التعاون الذي ساد العلاقات خلال الفترة الماضية"، غير أن مصدرا دبلوماسيا أكد لـ"التيار" أن التمديد "إجراء روتيني سنوي" يلزم به القانون الأمريكي الإدارة إذا لم تقرر إنهاء الطوارئ.

وكان الرئيس الأسبق بيل كلينتون قد أصدر في نوفمبر 1997 الأمر التنفيذي رقم 13067 الذي فرض بموجبه حظرا تجاريا شاملا على السودان وجمد أصول حكومته، بعد أربع سنوات من إدراج الخارجية الأمريكية البلاد على قائمة الدول الراعية للإرهاب في أغسطس 1993.

وخففت وزارة التجارة الأمريكية في فبراير من العام الماضي بعض القيود، بالسماح بتصدير أجهزة الاتصالات الشخصية والبرمجيات إلى السودان، في خطوة وصفها مسؤولون آنذاك بأنها تهدف إلى "دعم حرية التواصل لدى المواطنين".

وتأتي هذه التطورات فيما لا تزال مفاوضات السلام بين الحكومة والحركة الشعبية لتحرير السودان – شمال بشأن المنطقتين، والتي تجري في أديس أبابا برعاية الآلية الأفريقية رفيعة المستوى برئاسة ثابو مبيكي، متعثرة منذ أغسطس الماضي، بعد خلاف حول مسارات إيصال المساعدات الإنسانية.

ويقول اقتصاديون إن العقوبات كلفت الاقتصاد السوداني خسائر كبيرة، خاصة في قطاعات السكك الحديدية والطيران والمصارف، إذ تعجز المصارف المحلية عن إجراء تحويلات بالدولار، ويضطر المستوردون إلى اللجوء لوسطاء في دول الخليج بتكلفة عالية.

وفي السوق العربي وسط الخرطوم، قال تاجر قطع غيار: "العقوبات دي أتعبتنا شديد، الإسبير بنجيبو من دبي بالتحويل من جهة لجهة، والقروش بتضيع في الرسوم. سمعنا إنو في حوار مع الأمريكان، لكن نحن ما شايفين حاجة اتغيرت".

ويتوقع مراقبون أن تحسم الإدارة الأمريكية موقفها من العقوبات قبل مغادرة أوباما البيت الأبيض في يناير المقبل، في ضوء نتائج الحوار الذي تقوده الخارجية الأمريكية مع الخرطوم.""",
        [
            G("sanctions.extended", "occurred", [_US, "Barack Obama"], ["Sudan"]),
            # "ولم يتضمن الإخطار أي عقوبات جديدة على الخرطوم",
            G("sanctions.imposed", "negated", [_US], ["Sudan"], core=False),
            # Clinton's order of November 1997 and the listing of August 1993,
            G("sanctions.imposed", "historical", [_US, "Bill Clinton"], ["Sudan"], core=False),
            # the Commerce easing "في فبراير من العام الماضي",
            G("sanctions.suspended", "historical", [_US], ["Sudan"], core=False),
            # the talks with the SPLM-North "متعثرة منذ أغسطس الماضي",
            G("agreement.signed", "stalled", ["Sudan", "Sudan People's Liberation Movement–North"], [],
              core=False),
        ],
        not_targets=["United Arab Emirates"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-alayyam-ramallah-bolton-threatens-icc-judges-2018",
        date(2018, 9, 11),
        """بولتون يهدد قضاة «الجنائية الدولية» بالعقوبات ويعلن إغلاق مكتب المنظمة في واشنطن

رام الله - «الأيام»: هدد مستشار الأمن القومي الأميركي جون بولتون، أمس، بفرض عقوبات على قضاة المحكمة الجنائية الدولية ومدعيها العامين، وبمنعهم من دخول الولايات المتحدة، إذا مضت المحكمة في أي تحقيق يطال مواطنين أميركيين أو مواطني دول حليفة لواشنطن، وفي مقدمتها إسرائيل.

وقال بولتون، في أول خطاب علني له منذ توليه منصبه، ألقاه أمام «الجمعية الفيدرالية» المحافظة في واشنطن، إن بلاده «ستستخدم كل الوسائل الضرورية» لحماية مواطنيها، مضيفا: «سنحظر على قضاتها ومدعيها العامين دخول الولايات المتحدة، وسنفرض عقوبات على أموالهم في النظام المالي الأميركي، وسنلاحقهم قضائيا». ووصف المحكمة بأنها «غير شرعية» و«ميتة بالنسبة لنا».

وجاءت تصريحات بولتون بعد ساعات من إعلان وزارة الخارجية الأميركية إغلاق مكتب منظمة التحرير الفلسطينية في واشنطن، بذريعة أن القيادة الفلسطينية «لم تتخذ خطوات لبدء مفاوضات مباشرة وجادة مع إسرائيل»، وأنها تسعى إلى دفع المحكمة لفتح تحقيق ضد إسرائيل.

ولم تتخذ الإدارة الأميركية حتى الآن أي إجراء فعلي بحق أي من قضاة المحكمة أو موظفيها، بحسب ما أكده مسؤولون في الخارجية الأميركية للصحافيين، موضحين أن الخيارات «ستبقى مطروحة على الطاولة» وفق تطورات عمل المحكمة.

من جهتها، قالت المحكمة، في بيان صدر عن مقرها في لاهاي، إنها «ستواصل القيام بعملها دون أن تثنيها» هذه التهديدات، مؤكدة أنها «مؤسسة قضائية مستقلة ومحايدة» تحظى بدعم 123 دولة.

وكانت دولة فلسطين قد انضمت رسميا إلى المحكمة في الأول من نيسان 2015، بعد أن وقع الرئيس محمود عباس على ميثاق روما نهاية العام 2014، في أعقاب فشل مشروع قرار عربي في مجلس الأمن لإنهاء الاحتلال.

ووصف أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات القرار الأميركي بأنه «تصعيد خطير» و«صفعة جديدة لجهود السلام»، مؤكدا أن القيادة «لن تخضع للابتزاز والتهديد»، وأنها ماضية في متابعة ملفات الاستيطان والعدوان على غزة أمام المحكمة.

وتأتي هذه الخطوات في ظل جمود كامل في عملية السلام، إذ لا تزال المفاوضات بين الجانبين الفلسطيني والإسرائيلي متوقفة منذ نيسان 2014، فيما تقاطع القيادة الفلسطينية الإدارة الأميركية منذ اعترافها بالقدس عاصمة لإسرائيل في كانون الأول الماضي.

وفي مقهى بمدينة البيرة، قال موظف متقاعد: «أميركا صارت تحكي بلسان إسرائيل، قطعوا عن الأونروا، وقطعوا عن المستشفيات في القدس، واليوم سكروا المكتب. شو ضايل؟ إحنا تعودنا، بس اللي بيتعب هو الناس الغلابة».

ويرى مراقبون أن التهديد الأميركي يهدف إلى ردع المدعية العامة للمحكمة فاتو بنسودا عن المضي في الفحص الأولي الذي فتحته في كانون الثاني 2015 بشأن الوضع في الأراضي الفلسطينية، وفي التحقيق المحتمل بشأن أفغانستان.""",
        [
            G("sanctions.threatened", "occurred", [_US, "John Bolton"], [_ICC]),
            # "ولم تتخذ الإدارة الأميركية حتى الآن أي إجراء فعلي بحق أي من قضاة المحكمة",
            G("sanctions.imposed", "negated", [_US], [_ICC], core=False),
            # Palestine in the court "في الأول من نيسان 2015", Abbas's signature "نهاية العام 2014",
            G("alliance.joined", "historical", ["Palestine"], [_ICC], core=False),
            G("agreement.signed", "historical", ["Palestine", "Mahmoud Abbas"], [], core=False),
            # the negotiations "متوقفة منذ نيسان 2014",
            G("agreement.signed", "stalled", ["Palestine", "Israel"], [], core=False),
        ],
        not_targets=["Israel", "Afghanistan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alakhbar-nouakchott-morocco-rejoins-african-union-2017",
        date(2017, 1, 30),
        """بعد 33 عاما من الغياب.. المغرب يستعيد مقعده في الاتحاد الإفريقي

أديس أبابا – الأخبار (نواكشوط)

استعادت المملكة المغربية، اليوم الاثنين، عضويتها في الاتحاد الإفريقي، بعد أن وافقت أغلبية الدول الأعضاء على طلبها خلال الجلسة المغلقة للقمة الثامنة والعشرين للاتحاد، المنعقدة في العاصمة الإثيوبية أديس أبابا، لتنهي بذلك قطيعة دامت ثلاثة وثلاثين عاما مع المنظمة القارية.

وأفادت مصادر دبلوماسية حضرت الجلسة لـ"الأخبار" أن تسعا وثلاثين دولة صوتت لصالح عودة الرباط، فيما تحفظت دول أخرى بينها الجزائر وجنوب إفريقيا، وطالبت بضمانات تتعلق بالتزام المغرب بالقانون التأسيسي للاتحاد، الذي ينص على احترام الحدود الموروثة عند الاستقلال.

وقال الملك محمد السادس، في خطاب ألقاه أمام القادة الأفارقة بعد الإعلان عن القرار، إن "إفريقيا قارتي، وهي أيضا بيتي، لقد عدت أخيرا إلى بيتي"، مؤكدا أن بلاده "لن تكون عامل تفرقة، بل ستعمل على توحيد الصفوف والنهوض بالقارة".

وكان المغرب قد انسحب من منظمة الوحدة الإفريقية، التي حل محلها الاتحاد الإفريقي عام 2002، في نوفمبر 1984 احتجاجا على قبول عضوية "الجمهورية العربية الصحراوية الديمقراطية" التي أعلنتها جبهة البوليساريو، والتي انضمت إلى المنظمة رسميا في العام نفسه.

ولم يتضمن قرار القمة أي إشارة إلى وضع الجمهورية الصحراوية، التي احتفظ وفدها بمقعده في القاعة إلى جانب الوفد المغربي، في مشهد وصفه دبلوماسيون بأنه "غير مسبوق"، فيما قال زعيم البوليساريو إبراهيم غالي إن عودة المغرب "فرصة ليلتزم بالشرعية الإفريقية".

ومن المنتظر أن تتقدم الرباط خلال الأسابيع المقبلة بطلب للانضمام إلى المجموعة الاقتصادية لدول غرب إفريقيا "إيكواس"، بحسب ما صرح به مسؤول مغربي لوسائل إعلام محلية، في إطار ما يصفه مراقبون بالاستراتيجية المغربية الجديدة تجاه العمق الإفريقي.

أما على المستوى الثنائي، فلم تعين نواكشوط حتى الآن سفيرا لها في الرباط، وهو المنصب الشاغر منذ أكثر من أربع سنوات، رغم الاتصالات التي جرت بين البلدين في الأسابيع الأخيرة لتجاوز الفتور الذي طبع علاقاتهما.

وتبقى مفاوضات التسوية في الصحراء الغربية بين المغرب وجبهة البوليساريو متوقفة منذ عام 2012، بعد فشل الجولات غير الرسمية التي رعاها المبعوث الأممي كريستوفر روس في التوصل إلى أي تقدم.

وانتخبت القمة وزير الخارجية التشادي موسى فكي محمد رئيسا لمفوضية الاتحاد الإفريقي، خلفا للجنوب إفريقية نكوسازانا دلاميني زوما، كما تسلم الرئيس الغيني ألفا كوندي الرئاسة الدورية للاتحاد.

وفي سوق العاصمة بنواكشوط، قال تاجر يستورد الخضر من المغرب: "الشاحنات تجي من الكركرات كل يوم، والعلاقة بين الناس أقوى من السياسة. إذا رجع المغرب للاتحاد وتحسنت الأمور، يمكن تخف علينا الرسوم والتعطيل في الحدود".""",
        [
            G("alliance.joined", "occurred", ["Morocco", "Mohammed VI of Morocco"], [_AU]),
            # "ومن المنتظر أن تتقدم الرباط خلال الأسابيع المقبلة بطلب للانضمام إلى … «إيكواس»",
            G("alliance.joined", "planned", ["Morocco"], ["Economic Community of West African States"], core=False),
            # the Sahrawi republic "التي انضمت إلى المنظمة رسميا في العام نفسه" (1984),
            G("alliance.joined", "historical", ["Sahrawi Arab Democratic Republic"], ["Organisation of African Unity"],
              core=False),
            # "فلم تعين نواكشوط حتى الآن سفيرا لها في الرباط",
            G("relations.restored", "negated", ["Mauritania"], ["Morocco"], core=False),
            # the Western Sahara talks "متوقفة منذ عام 2012",
            G("agreement.signed", "stalled", ["Morocco", "Polisario Front"], [], core=False),
        ],
        not_targets=["Algeria", "South Africa", "Ethiopia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-oman-daily-muscat-ambassador-to-damascus-2020",
        date(2020, 10, 6),
        """السلطنة تعيد سفيرها إلى دمشق.. وأول سفير خليجي يقدم أوراقه منذ 2012

دمشق - «عُمان» - العُمانية: تسلم الدكتور فيصل المقداد نائب وزير الخارجية والمغتربين في الجمهورية العربية السورية أمس نسخة من أوراق اعتماد سعادة السيد تركي بن محمود البوسعيدي سفيرا مفوضا وفوق العادة لسلطنة عُمان لدى الجمهورية العربية السورية، وذلك بمقر الوزارة في دمشق.

وتأتي هذه الخطوة تنفيذا للمرسوم السلطاني الذي أصدره حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم في وقت سابق من العام الجاري بتعيين سفراء جدد للسلطنة في عدد من الدول الشقيقة والصديقة، لتصبح السلطنة بذلك أول دولة خليجية تعيد سفيرا إلى دمشق منذ أن سحبت دول مجلس التعاون سفراءها في عام 2012.

ونقل السفير خلال اللقاء تحيات معالي السيد بدر بن حمد بن حمود البوسعيدي وزير الخارجية إلى القيادة السورية، مؤكدا حرص السلطنة على "تعزيز العلاقات الأخوية بين البلدين والشعبين الشقيقين"، فيما أعرب المقداد عن تقدير دمشق "للمواقف الحكيمة والمتوازنة" للسلطنة طوال سنوات الأزمة.

وحافظت السلطنة على علاقاتها مع دمشق طوال السنوات الماضية، ولم تغلق سفارتها هناك، إذ أدارها قائم بالأعمال، كما استقبلت مسقط وزير الخارجية السوري وليد المعلم في أكثر من زيارة، كان آخرها في مارس 2019.

وكانت جامعة الدول العربية قد علقت عضوية سوريا في نوفمبر 2011، وفرضت عليها عقوبات اقتصادية شملت تجميد أرصدة الحكومة ووقف التعاملات مع المصرف المركزي، فيما أعادت دولة الإمارات العربية المتحدة فتح سفارتها في دمشق في ديسمبر 2018، تلتها مملكة البحرين التي أعلنت استمرار العمل في سفارتها.

في المقابل، لم تعلن المملكة العربية السعودية ولا دولة قطر أي خطوة مماثلة، وتؤكد الدوحة أن موقفها من إعادة العلاقات مع دمشق "لم يتغير" ما لم يتحقق حل سياسي وفق قرار مجلس الأمن 2254.

وتتزامن الخطوة العمانية مع استمرار تعثر أعمال اللجنة الدستورية السورية في جنيف، التي اختتمت جولتها الثالثة في أغسطس الماضي دون التوصل إلى اتفاق على جدول أعمال الجولة المقبلة، وفق ما أعلنه المبعوث الأممي غير بيدرسن.

كما تأتي في ظل العقوبات الأمريكية المفروضة بموجب "قانون قيصر" الذي دخل حيز التنفيذ في يونيو الماضي، والذي يستهدف الحكومة السورية وكل من يتعامل معها من أفراد وشركات في قطاعات البناء والطاقة.

وفي سوق مطرح، قال تاجر عماني يستورد الحلويات والمعلبات السورية منذ التسعينات: "البضاعة الشامية لها زبائنها هنا، والشحن كان صعب خلال السنين اللي راحت. إن شاء الله مع رجوع السفير تتسهل الأمور، والتجار يرجعون يتعاملون مثل قبل".

ويرى محللون أن السلطنة، بحكم سياستها القائمة على الحياد والحوار، قد تؤدي دورا في تقريب وجهات النظر بين دمشق وعواصم عربية أخرى خلال المرحلة المقبلة.""",
        [
            G("relations.restored", "occurred", ["Oman", "Haitham bin Tariq", "Badr Albusaidi"], ["Syria"]),
            # the League's suspension and sanctions "في نوفمبر 2011",
            G("sanctions.imposed", "historical", ["Arab League"], ["Syria"], core=False),
            # the UAE's embassy "في ديسمبر 2018" and Bahrain's after it,
            G("relations.restored", "historical", ["United Arab Emirates", "Bahrain"], ["Syria"], core=False),
            # "لم تعلن المملكة العربية السعودية ولا دولة قطر أي خطوة مماثلة",
            G("relations.restored", "negated", ["Saudi Arabia", "Qatar"], ["Syria"], core=False),
            # the constitutional committee's "تعثر",
            G("agreement.signed", "stalled", ["Syria", _UN, "Geir Pedersen"], [], core=False),
            # the Caesar Act "في يونيو الماضي",
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
        ],
        not_targets=["Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-akhbar-alkhaleej-manama-uk-naval-facility-mina-salman-2014",
        date(2014, 12, 7),
        """البحرين والمملكة المتحدة توقعان اتفاقية لإنشاء منشأة بحرية بريطانية دائمة في ميناء سلمان

كتب: محرر الشؤون المحلية - «أخبار الخليج»

وقّع معالي الشيخ خالد بن أحمد بن محمد آل خليفة وزير الخارجية، ومعالي السيد فيليب هاموند وزير خارجية المملكة المتحدة الصديقة، مساء أمس، اتفاقية للتعاون الدفاعي بين البلدين، على هامش أعمال الدورة العاشرة لمنتدى «حوار المنامة» الذي ينظمه المعهد الدولي للدراسات الاستراتيجية.

وبموجب الاتفاقية، تتولى المملكة المتحدة إنشاء منشأة بحرية دائمة في ميناء سلمان، تكون مقرا لسفن البحرية الملكية البريطانية العاملة في الخليج العربي، على أن تتحمل مملكة البحرين تكاليف البناء المقدرة بنحو خمسة عشر مليون جنيه إسترليني، فيما تتكفل الحكومة البريطانية بتكاليف التشغيل، ومن المتوقع أن تبدأ الأعمال الإنشائية مطلع العام المقبل.

وقال الوزير البريطاني في تصريح للصحافيين عقب التوقيع إن المنشأة الجديدة "ستمكن البحرية الملكية من نشر سفن أكبر وأكثر عددا في المنطقة بشكل دائم"، مؤكدا أن أمن الخليج "جزء لا يتجزأ من أمن المملكة المتحدة"، وأن بلاده "ستبقى شريكا ملتزما" تجاه حلفائها في المنطقة.

وأوضح هاموند، ردا على سؤال، أن بلاده لا تعتزم نشر قوات برية قتالية في المملكة، وأن الوجود الجديد سيقتصر على الطواقم البحرية وفرق الإسناد الفني، من كاسحات الألغام والفرقاطات والمدمرات التي تزور الموانئ البحرينية بانتظام.

من جانبه، أكد وزير الخارجية أن الاتفاقية "تعكس عمق العلاقات التاريخية الممتدة لأكثر من مئتي عام بين البلدين الصديقين"، وتأتي في إطار "التنسيق المستمر لمواجهة التحديات الأمنية التي تشهدها المنطقة، وفي مقدمتها خطر الإرهاب".

وتعد المنشأة أول قاعدة عسكرية بريطانية دائمة في منطقة الشرق الأوسط منذ انسحاب القوات البريطانية من شرق السويس عام 1971، وهو العام الذي نالت فيه البحرين استقلالها، فيما يتخذ الأسطول الأمريكي الخامس من المنامة مقرا لقيادته منذ عام 1995.

وكانت المملكة قد انضمت في سبتمبر الماضي إلى التحالف الدولي لمحاربة تنظيم "داعش"، وشاركت طائراتها في الضربات الجوية ضد مواقع التنظيم في سوريا.

ويأتي التوقيع بعد أسبوعين من الانتخابات النيابية والبلدية التي شهدتها المملكة، وسط استمرار تعثر الحوار الوطني بين الحكومة وجمعيات المعارضة، وفي مقدمتها جمعية الوفاق التي قاطعت الانتخابات، بعد أن علقت مشاركتها في جلسات الحوار مطلع العام.

كما يتزامن مع تمديد المفاوضات النووية بين إيران والقوى الكبرى سبعة أشهر إضافية، بعد أن تعثرت في التوصل إلى اتفاق نهائي قبل انتهاء المهلة المحددة في الرابع والعشرين من نوفمبر الماضي.

وفي سوق المنامة القديم، قال تاجر أقمشة خمسيني: "الإنجليز ما هم غرب علينا، يعرفون البلد من زمان، وأبوي كان يشتغل ويهم في الميناء. المهم الأمن يكون زين والشغل يمشي، والسوق يرجع يتحرك مثل قبل".""",
        [
            G("agreement.signed", "occurred", ["Bahrain", _UK, "Khalid bin Ahmed Al Khalifa", "Philip Hammond"], []),
            G("military.presence", "planned", [_UK], ["Bahrain"]),
            # "لا تعتزم نشر قوات برية قتالية في المملكة",
            G("military.presence", "negated", [_UK], ["Bahrain"], core=False),
            # east of Suez until 1971, the Fifth Fleet "منذ عام 1995",
            G("military.presence", "historical", [_UK, _US, "United States Fifth Fleet"], ["Bahrain"], core=False),
            # Bahrain in the coalition against ISIS "في سبتمبر الماضي",
            G("alliance.joined", "historical", ["Bahrain"], ["Global Coalition to Defeat ISIS"], core=False),
            # the national dialogue and the nuclear talks,
            G("agreement.signed", "stalled", ["Bahrain", "Al-Wefaq"], [], core=False),
            G("agreement.signed", "stalled", ["Iran"], [], core=False),
        ],
        not_targets=["Iran", "Syria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-enab-baladi-syrian-national-army-formed-azaz-2017",
        date(2017, 12, 31),
        """«الجيش الوطني» يبصر النور في ريف حلب.. ثلاثة فيالق وأكثر من 30 فصيلا تحت مظلة «المؤقتة»

عنب بلدي – ريف حلب الشمالي

أعلنت وزارة الدفاع في الحكومة السورية المؤقتة، السبت 30 من كانون الأول، تشكيل «الجيش الوطني السوري» في ريف حلب الشمالي، بعد اندماج أكثر من ثلاثين فصيلا من «الجيش الحر» العاملة في مناطق «درع الفرات» ضمن ثلاثة فيالق، تتبع إداريا وعسكريا لهيئة الأركان العامة في الوزارة.

وجاء الإعلان خلال اجتماع عقد في مدينة أعزاز، بحضور رئيس الحكومة المؤقتة ووزير الدفاع فيها، جواد أبو حطب، وقادة الفصائل المنضوية في التشكيل الجديد، حيث وقع القادة على وثيقة تنص على حل التشكيلات السابقة وتسليم سلاحها الثقيل إلى قيادة الفيالق.

وقال أبو حطب، في كلمة خلال الاجتماع، إن «زمن الفصائلية انتهى»، وإن الجيش الوطني «سيكون نواة لمؤسسة عسكرية تحمي المدنيين وتحافظ على المناطق المحررة»، مشيرا إلى أن عدد المقاتلين في الفيالق الثلاثة يقدر بنحو 22 ألف مقاتل.

ويضم الفيلق الأول فصائل من أبرزها «لواء المعتصم» و«فرقة الحمزة»، فيما يضم الفيلق الثاني «فرقة السلطان مراد» وعددا من ألوية التركمان، ويتشكل الفيلق الثالث من «الجبهة الشامية» و«جيش الإسلام» الذي انتقل مقاتلوه من الغوطة الشرقية إلى الشمال في وقت سابق.

ولم تنضم «هيئة تحرير الشام»، التي تسيطر على معظم محافظة إدلب، إلى التشكيل الجديد، كما لم تشمل الخطوة الفصائل العاملة في ريف حماة الشمالي، التي قالت مصادر فيها لعنب بلدي إن «المشاورات ما زالت جارية» بشأن آلية الالتحاق.

وكانت فصائل المعارضة قد خاضت منذ آب 2016 معركة «درع الفرات» بدعم من الجيش التركي، الذي دخلت قواته إلى مدينة جرابلس وانتشرت في مناطق واسعة من ريف حلب الشمالي، وطردت تنظيم «الدولة الإسلامية» من مدينة الباب في شباط الماضي.

وسبق أن أعلنت الحكومة المؤقتة في أيار الماضي خطة مماثلة لتوحيد الفصائل، غير أنها تعثرت بسبب الخلافات بين القادة على توزيع المناصب والموارد، خاصة عائدات المعابر الحدودية مع تركيا.

ويأتي تشكيل الجيش الوطني في وقت لا تزال فيه مفاوضات جنيف بين وفدي النظام والمعارضة برعاية الأمم المتحدة متعثرة، بعد انتهاء الجولة الثامنة منتصف الشهر الجاري دون أي نتيجة، وقبل أسابيع من مؤتمر سوتشي الذي تحضر له روسيا.

وفي سوق مدينة الباب، قال بائع خضار لعنب بلدي: «كل فصيل كان عنده حاجز وكل حاجز بياخد إتاوة. إذا صار في جيش واحد وقيادة وحدة ممكن ترتاح الناس شوي، بس المهم يكون الكلام بالفعل مو بس على الورق».

ويرى محللون عسكريون أن نجاح التجربة سيتوقف على قدرة وزارة الدفاع على تأمين رواتب ثابتة للمقاتلين، وعلى ضبط الخلافات التي كثيرا ما تحولت إلى اقتتال داخلي بين الفصائل.""",
        [
            G("forces.integrated", "occurred", [_SIG, _SNA, "Free Syrian Army"], []),
            # the commanders who "وقع … على وثيقة تنص على حل التشكيلات السابقة",
            G("agreement.signed", "occurred", [_SIG, _SNA, "Free Syrian Army"], [], core=False),
            # "ولم تنضم «هيئة تحرير الشام» … إلى التشكيل الجديد",
            G("forces.integrated", "negated", ["Hay'at Tahrir al-Sham"], [], core=False),
            # the plan of May that "تعثرت",
            G("forces.integrated", "stalled", [_SIG], [], core=False),
            # the Turkish forces "منذ آب 2016",
            G("military.presence", "historical", ["Turkey"], ["Syria"], core=False),
            # the Geneva talks "متعثرة",
            G("agreement.signed", "stalled", ["Syria", _UN], [], core=False),
        ],
        not_targets=["Turkey", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-ain-libya-tripoli-football-page-2023",
        date(2023, 3, 14),
        """لجنة المسابقات تغرّم الاتحاد وتوقف مهاجم الأهلي.. والمدينة يضم ظهيرا من الدوري التونسي

طرابلس - «عين ليبيا» - القسم الرياضي

فرضت لجنة المسابقات بالاتحاد الليبي لكرة القدم غرامة مالية قدرها عشرون ألف دينار على نادي الاتحاد، بسبب إلقاء جماهيره المقذوفات على أرضية ملعب طرابلس الدولي خلال مباراة الفريق أمام الأهلي طرابلس في الأسبوع الماضي، كما قررت إيقاف مهاجم الأهلي ثلاث مباريات لطرده بسبب الاعتداء على أحد لاعبي المنافس.

وحذرت اللجنة، في بيان نشرته على صفحتها الرسمية، الأندية من أن تكرار هذه الأحداث سيؤدي إلى فرض عقوبة اللعب دون جمهور وخصم النقاط، مؤكدة أنها "لن تتهاون" مع أي تجاوز يهدد سلامة اللاعبين والحكام.

في المقابل، رفعت لجنة الاستئناف الإيقاف عن حارس مرمى نادي النصر بعد قبول التظلم الذي تقدم به النادي، فيما علقت اللجنة النظر في شكوى نادي السويحلي ضد الحكم إلى حين الاطلاع على تقرير المراقب.

وعلى صعيد الانتقالات، انضم الظهير الأيسر الدولي إلى نادي المدينة قادما من الدوري التونسي بعقد يمتد لموسمين، فيما وقع الأهلي بنغازي مع لاعب وسط من الدوري المصري، ومدد نادي الهلال عقد مدربه الوطني حتى نهاية الموسم المقبل.

وأعلنت إدارة نادي الاتحاد توقيع اتفاقية رعاية مع شركة اتصالات محلية لمدة ثلاث سنوات، تشمل تجديد مرافق النادي وتطوير مدرسة الكرة، كما قررت دمج فريقي الشباب والأواسط تحت إشراف جهاز فني واحد.

وعقد رئيسا ناديي الأهلي طرابلس والاتحاد اجتماعا في مقر الاتحاد الليبي لكرة القدم، أعلنا في ختامه عودة العلاقات بين الناديين إلى طبيعتها، واستئناف التنسيق بشأن مواعيد التدريب في ملعب طرابلس الدولي، بعد القطيعة التي أعقبت أحداث مباراة الذهاب.

وأكدت مديرية أمن طرابلس أنها ستنشر أكثر من ألف وخمسمئة عنصر أمني في محيط الملعب وداخل المدرجات لتأمين مباراة القمة المقبلة، مع منع دخول الجماهير قبل التفتيش الإلكتروني عند البوابات.

ويتصدر الأهلي طرابلس ترتيب المجموعة الأولى برصيد خمس وعشرين نقطة، متقدما بنقطتين على الاتحاد، فيما يتصدر الأهلي بنغازي المجموعة الثانية بفارق الأهداف عن النصر، على أن تتواصل منافسات الدوري الممتاز بعد فترة التوقف الدولي.

وفي شارع عمر المختار، قال مشجع للاتحاد يعمل في بيع الملابس: "الغرامة ما فيهاش مشكلة، المشكلة لو لعبنا من غير جمهور. الجمهور هو روح الفريق، وإحنا نبوا الدوري يكمل بدون مشاكل ويرجع المنتخب قوي".

ويستعد المنتخب الوطني لخوض معسكر إعدادي في تونس الشهر المقبل، استعدادا للمباراتين المقبلتين في تصفيات كأس الأمم الإفريقية، بحسب ما أعلنه الجهاز الفني للمنتخب.""",
        [],
        not_targets=["Libya", "Tunisia", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alanba-kuwait-business-page-2023",
        date(2023, 7, 5),
        """«الهيئة» تعلّق تداول سهم شركة عقارية وتغرّم مكتب وساطة.. ومصرفان يوقعان مذكرة لدراسة الاندماج

الكويت - «الأنباء» - الصفحة الاقتصادية

فرض مجلس التأديب في هيئة أسواق المال غرامة مالية قدرها خمسون ألف دينار على إحدى شركات الوساطة المالية العاملة في بورصة الكويت، بعد ثبوت مخالفتها قواعد الإفصاح وإجراءات "اعرف عميلك" المنصوص عليها في اللائحة التنفيذية لقانون الهيئة، كما ألزمها بتصحيح أوضاعها خلال ثلاثين يوما.

وعلقت الهيئة تداول سهم شركة عقارية مدرجة في السوق الرئيسي لحين إفصاحها عن بياناتها المالية المرحلية عن الربع الثاني، على أن يستأنف التداول فور نشر البيانات، ولوحت بإلغاء إدراج الشركات التي تتأخر عن تقديم بياناتها أكثر من مرة خلال العام.

وفي المقابل، رفعت الهيئة الإيقاف عن سهم شركة استثمارية بعد استيفائها متطلبات الإفصاح، فيما انضمت ثلاث شركات كويتية إلى مؤشر "فوتسي راسل" للأسواق الناشئة ضمن المراجعة الدورية، وهو ما يتوقع أن يجذب تدفقات أجنبية تقدر بنحو مئتي مليون دولار.

ووقع مصرفان محليان مذكرة تفاهم غير ملزمة لدراسة جدوى الاندماج بينهما، على أن يجري تقييم الأصول والمطلوبات خلال الأشهر الستة المقبلة، وتعرض النتائج على مجلسي الإدارة والجمعيتين العموميتين قبل الحصول على موافقة بنك الكويت المركزي.

وقال مصرفي لـ"الأنباء" إن دمج الكيانين "سيخلق أحد أكبر المصارف في السوق المحلي"، مشيرا إلى أن السوق المصرفي الكويتي "يتسع لعمليات اندماج إضافية في ظل المنافسة الإقليمية المتزايدة".

وعلى صعيد النفط، قررت دول تحالف "أوبك+" في اجتماعها الشهري تمديد التخفيضات الطوعية في الإنتاج حتى نهاية العام، فيما ارتفع سعر برميل النفط الكويتي إلى خمسة وثمانين دولارا، بحسب الأسعار المعلنة من مؤسسة البترول الكويتية.

كما مددت وزارة التجارة والصناعة مهلة تحديث بيانات الشركات في السجل التجاري حتى نهاية الشهر المقبل، فيما أعلنت شركة الطيران الوطنية استئناف رحلاتها المباشرة إلى عدد من الوجهات الأوروبية خلال موسم الصيف، ونشرت شركة للخدمات اللوجستية أسطولا جديدا من الشاحنات المبردة.

وأغلق مؤشر السوق الأول على ارتفاع بنسبة 0.6 في المئة بدعم من أسهم البنوك والاتصالات، فيما بلغت قيمة التداولات نحو خمسين مليون دينار موزعة على أكثر من مئتي مليون سهم.

وفي سوق المباركية، قال صاحب محل صرافة: "السوق هالأيام زين، بس الناس خايفة من الأسعار، كل شي غالي. اللي عنده فلوس يحطها بالأسهم أو بالعقار، واللي ماعنده ينطر الراتب".

ويتوقع محللون أن تواصل البورصة أداءها الإيجابي خلال الربع المقبل، مدعومة بنتائج البنوك القوية وتوزيعات الأرباح المرتقبة.""",
        [],
        not_targets=["Kuwait"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alayyam-aden-city-page-2023",
        date(2023, 6, 20),
        """السلطة المحلية بعدن تفرض غرامات على المخابز المخالفة وتعلّق تراخيص محطات وقود.. وعودة التيار إلى المنصورة

عدن - «الأيام» - خاص

فرض مكتب الصناعة والتجارة في العاصمة المؤقتة عدن غرامات مالية على أكثر من ستين مخبزا في مديريات الشيخ عثمان والمنصورة والبريقة، بسبب التلاعب بوزن الرغيف ورفع سعره دون إذن مسبق، وذلك ضمن حملة رقابية نفذتها فرق المكتب بالتنسيق مع إدارة أمن عدن.

وقرر المكتب تعليق تراخيص ثلاث محطات وقود لمدة أسبوعين بسبب بيع المشتقات النفطية بأسعار تزيد على التسعيرة الرسمية، فيما هدد مدير المكتب بإغلاق المحال التي تكرر المخالفة "دون سابق إنذار"، داعيا المواطنين إلى الإبلاغ عن أي تجاوزات.

في المقابل، رفعت السلطة المحلية الحظر عن دخول شاحنات النقل الثقيل إلى الطريق البحري في ساعات الليل، بعد الانتهاء من أعمال صيانة الجسر، ومددت مهلة تجديد التراخيص التجارية دون غرامات حتى نهاية الشهر الجاري.

ووقعت السلطة المحلية مذكرة تفاهم مع منظمة دولية لإعادة تأهيل شبكة الصرف الصحي في مديرية كريتر، بتمويل يبلغ أربعة ملايين دولار، كما انضمت عدن إلى شبكة للمدن الساحلية في البحر الأحمر وخليج عدن تعنى بحماية البيئة البحرية.

وأعلن مكتب التربية دمج مدرستين في مديرية خور مكسر بسبب نقص الكادر التعليمي، فيما نشرت إدارة المرور أكثر من مئتي شرطي في التقاطعات الرئيسية للحد من الازدحام خلال أيام العيد.

وأعلنت المؤسسة العامة للكهرباء عودة التيار إلى أحياء واسعة في مديرية المنصورة بعد انقطاع استمر أكثر من عشرين ساعة، وذلك عقب وصول شحنة من وقود الديزل إلى محطة الحسوة، مؤكدة استئناف العمل في المحطة بكامل طاقتها.

وقال مصدر في المؤسسة لـ"الأيام" إن ساعات الانقطاع قد تعود للارتفاع خلال الأيام المقبلة إذا تأخرت شحنات الوقود، مشيرا إلى أن الطلب على الكهرباء يتجاوز ضعف القدرة التوليدية المتاحة في ذروة الصيف.

وفي سوق الطويلة بكريتر، قال بائع ملابس: "الحر ما يرحم، والكهرباء تطفي وتشتغل على كيفها. الناس تعبت من الوعود، والأسعار كل يوم في الطالع، والراتب ما يكفي لنص الشهر".

وتشهد عدن منذ أسابيع أزمة في السيولة النقدية، مع تراجع سعر صرف الريال أمام العملات الأجنبية، ما انعكس على أسعار المواد الغذائية والأدوية في الأسواق المحلية.

ومن المقرر أن يعقد المجلس المحلي للمحافظة اجتماعا الأسبوع المقبل لمناقشة خطة الاستعداد لموسم الأمطار، وتأهيل مجاري السيول في مديريات التواهي والمعلا وكريتر.""",
        [],
        not_targets=["Yemen"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout68_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout68_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout68_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
