"""A thirty-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first thirty-eight held-out sets: Arabic copy of 1958-2016 in forms they use little (an
Algiers daily of 2010 with the byline "أديس أبابا: ق. د / وكالات", "أوت", "الملغاشي" and a
diplomat's "القضية ما راهيش ساهلة … جات متأخرة بزاف", a London daily of 2001 with its colon
dateline "نيويورك: «الشرق الأوسط»", "يونيو (حزيران)" and an Omdurman shopkeeper's "دي بشارة كويسة
… الحال واقف", a Dubai daily of 1999 carrying Reuters, "أروشا (تنزانيا) - رويترز:", with a Yemeni
trader's "الحين يمكن ترجع البضاعة تمشي" at Kigoma, an Amman daily of 2005 with a run-in Petra
dateline, "واشنطن - بترا -", "أيار (مايو)" and a truck driver's "والله يا زلمة … ما في إشي تغير",
a Sharjah daily of 2007, "موروني - «الخليج»، وكالات:", with a Comorian's "والناس ما تبي إلا تعيش
بسلام", an Algiers party daily of 1969 with "من مبعوث «الشعب»", "الأخ الرئيس", "جويلية" and a
Hassi Messaoud technician's "البترول تاعنا لازم يكون في يدنا", a London-Baghdad daily of 2004
with a double dateline, "بغداد - الكويت - «الزمان»", and a Rashid Street bookseller's "هسه صار
وقتها … والدم ما يصير ماي", a Khartoum daily of 1972 with "من مندوب «الأيام»", "السيد الرئيس"
and a former fighter's Juba Arabic "ياتو زول داير حرب تاني؟", a Beirut daily of 1958 with "لمراسل
«الحياة»", "جلالة الملك" and an Achrafieh grocer's "شو بدهم فينا هالأميركان؟", an Oran daily's
sports page with a supporter's "الحمراوة راهم مقلقين بزاف … بصح الشغب ماشي حل", an Irbid local
page of 2012 with "والله المي ما إجت من أسبوع" and "الأسعار نار", a Casablanca business page of
2008 with "ماي", "بلاغ", "الأورو" and a broker's Darija "السوق ناعسة هاد الأيام، كلشي كيتسنى")
and on programmes and regions they do not touch (the African Union's sanctions on Andry Rajoelina
and 108 officials of Madagascar in 2010, the Security Council lifting its sanctions of 1996 on
Sudan, the Great Lakes states suspending their embargo on Burundi at Arusha in 1999, Bush renewing
the Syria sanctions of 2004 for a year and the Treasury's designations to come, the African
Union's threat to Mohamed Bacar of Anjouan, Algeria joining OPEC in 1969, Iraq and Kuwait
restoring ties in 2004, the Anyanya fighters absorbed into the Sudanese army after Addis Ababa in
1972 and the protocol of military arrangements signed in Juba, British paratroopers landing in
Amman and a second Marine landing at Khalde in July 1958). Nine carry events of all ten alertable
types, mostly in occurred status, one core event planned (the Treasury's sanctions "خلال الأيام
المقبلة"), next to historical, negated and stalled ones; three are near misses: an Oran sports
page (matches "علقت", a fine "فرضت", a ban "رفعت", a discipline committee that "هددت بفرض عقوبات"
on clubs, players "وقع" and "انضم", a coach's contract "مدد", football schools "دمج", police that
"ستنشر" at a derby, a sponsorship with Sonatrach "وقعت"), an Irbid local page (fees "رفع", stalls
banned "فرض منعا", a study with a Korean company "وقعت", water "علقت" and to "يستأنف", towns that
"انضمت" to the sewers, patrols "نشرت", schools "دمج", a deadline "مددت", Syrian refugees and a
Japanese grant beside them) and a Casablanca business page (two banks "وقع" to merge, a stock
"علقت", a listing "انضمت", fares "رفعت", a lease with Airbus "وقعت", a deadline "مددت", a duty on
steel from Turkey and Ukraine "فرضت", a report "نشرت").

The decisions of the annotation, taken before any run: a peace and security council that
"فرض … أول أمس الأربعاء" travel bans and freezes on a transitional leader and 108 officials
imposes sanctions (core; the African Union the actor, Andry Rajoelina, not in the knowledge base,
and Madagascar the targets: the programme is on the state's rulers), the suspension of the
state's membership in March 2009 a historical imposition, the Maputo charter and the Addis Ababa
act historical signings and the Pretoria talks "من أجل التوقيع على اتفاق جديد تعثرت" a stalled
one, a regional community that "لن تفرض عقوبات من جانبها" a negated imposition, France's call
for dialogue no event; a council that "رفع … مساء أمس العقوبات الدبلوماسية" lifts them (core,
Sudan the target), its sanctions of 1996 a historical imposition, a great power that "لن ترفع
العقوبات الاقتصادية الثنائية" a negated lifting and those of 1997 historical, Egypt and Ethiopia
asking for an end no event of their own; summit leaders who "قرروا … تعليق العقوبات الاقتصادية
التي يفرضونها" suspend them (core; the six states present the actors, Burundi and Buyoya the
targets), the blockade of August 1996 historical, "رفضوا رفع العقوبات نهائيا" a negated lifting,
"سيعيدون فرضها إذا تعثرت مفاوضات السلام" a threat (not core), the Arusha talks "تراوح مكانها" a
stalled signing; a president who "مدد … العقوبات الاقتصادية المفروضة على سوريا لمدة عام" extends
them (core) and a treasury that "ستفرض خلال الأيام المقبلة عقوبات على مسؤولين سوريين" plans an
imposition (core; Syria the target, its officials unnamed), the sanctions of May 2004 historical,
"لم يتضمن قرار التمديد أي عقوبات جديدة" a negated imposition, an official's "قد تفرض عقوبات إضافية
إذا لم توقف دمشق" a threat (not core), the Syrian forces withdrawn from Lebanon after twenty-nine
years a historical presence and the Jordanian-Syrian trade agreements of last year historical
signings; a union that "هدد … بفرض عقوبات على زعيم جزيرة أنجوان" threatens them (core; Mohamed
Bacar and Anjouan, neither in the knowledge base, the targets, not the Comoros, whose government
asked for them), the OAU's sanctions of 2000 historical, the Fomboni agreement a historical
signing, "لن يرسل قوات إلى الجزيرة في الوقت الراهن" a negated presence, the Mohéli talks "وصلت إلى
طريق مسدود" a stalled signing; a conference that "وافق … على انضمام الجزائر" admits her (core,
Algeria joins OPEC), Libya, Indonesia and Abu Dhabi historical joinings, Nigeria that "لم تنضم …
بعد" a negated one, the Algiers accords of 1965 a historical signing and the price talks "لا تزال
متعثرة" a stalled one, the expected joining of OAPEC planned (not core); two states that "أعلن …
أمس استئناف العلاقات الدبلوماسية" restore them (core), the embassy Kuwait "ستعيد فتح … حين تسمح
الظروف" a planned restoration (not core), the council's lifting of May 2003 historical, the
minutes of 1963 a historical signing and the Khor Abdullah navigation agreement "متعثرا" a stalled
one; an army that "بدأت … أمس … استيعاب الدفعة الأولى من مقاتلي حركة الأنيانيا في صفوفها"
integrates them (core; the Sudanese Armed Forces and Sudan the actors, the Anyanya, not in the
knowledge base, the target) and a southern commander and Joseph Lagu who "وقع … أمس … بروتوكولا
للترتيبات العسكرية" sign it (core), the Addis Ababa agreement of February a historical signing,
the six thousand "خلال خمس سنوات" a planned integration and the groups that "لن تدمج" a negated
one (neither core); paratroopers landing in Amman "صباح أمس" at the king's request a presence
(core, the United Kingdom in Jordan) and Marines who "نزلت أمس على شاطئ خلدة" a presence (core, the
United States in Lebanon), Washington's "لن ترسل قوات برية إلى الأردن" a negated presence, the
British forces that left Jordan in 1957 a historical one, the Arab Union's charter a historical
signing, Cyprus the forces came from and Israel whose skies they crossed no participants; a
football league's suspensions, fines, bans lifted, threats to clubs, transfers, contracts, merged
football schools, police at a derby and a sponsorship, a municipality's fees, bans, a transport
study with a foreign company, water cut and resumed, towns joining the sewers, patrols, merged
schools and deadlines, a bank merger, a stock suspended, a listing, fares, a lease, a deadline, a
duty on imports and a report are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them, and no annotation was changed after the run.

Measured before any fix (2026-12-03, on commit b1e289d), in one run: events P 0.917 R 0.750 F1
0.825 (recall 9/12, precision 11/12: eleven alerts right, one unexpected alert and no false
alarm; occurred core found 8/11, planned 1/1; historical 17/17, negated 8/8 and stalled 5/5 kept
quiet). Three core events are missed. In ar-hk09 "هبطت في مطار عمان صباح أمس طلائع المظليين
البريطانيين قادمة من قبرص" gives nothing: the arrival forms of military.presence in
``rasd/events/lexicons/ar.triggers.yaml`` are "وصل" and "حط", and a landing, "هبطت", "نزلت"
(and "الإنزال"), is no trigger ("وصلت إلى الأردن … طلائع المظليين البريطانيين" is read); with
"وصلت" the airport of the capital, "مطار عمان", still gives no host ("عمان" is left between Amman
and Oman, where "مطار بغداد" gives Iraq). In the same article "نزلت أمس على شاطئ خلدة دفعة جديدة
من مشاة البحرية الأميركية" gives nothing for the landing verb and, with "وصلت", for the troops:
the need ``foreign_troops`` (``rasd/events/extractor.py``) wants a troop noun with a state's
demonym within two words, and "مشاة البحرية الأميركية" is taken whole as the United States
Marine Corps, an organisation, so no state owns the troops ("الجنود الأميركيين" is read). In
ar-hk08 "ووقع اللواء قائد القيادة الجنوبية والجنرال جوزيف لاقو قائد حركة الأنيانيا أمس …
بروتوكولا للترتيبات العسكرية المؤقتة" gives nothing, for two causes: the accusative "بروتوكولا"
is missing from the agreement nouns of ``rasd/events/lexicons/ar.cues.yaml`` (which hold
"بروتوكول" and "اتفاقا"), so "وقعت السودان وإثيوبيا أمس بروتوكولا للتعاون العسكري" gives nothing
where "بروتوكول تعاون" is read; and an army whose partner is a person or a movement the knowledge
base lacks gives no signing ("وقع الجيش السوداني والجنرال جوزيف لاقو أمس اتفاقا" nothing, "وقع
الجيش السوداني والجيش الإثيوبي أمس اتفاقا" the army's signing): the unlinked commander and the
unknown movement are no party, and the army alone, with no second party, is dropped. The
unexpected alert: in ar-hk12 "وقع بنكان مغربيان أمس اتفاقا نهائيا لدمج نشاطهما" is a signing by
Morocco: ``_company_demonym_ar`` in ``rasd/events/roles.py`` screens a company's nationality
only when the demonym is definite ("البنك المغربي", "الشركة المغربية" give nothing), so an
indefinite one, "بنكان مغربيان", "شركة مغربية", "بنك مغربي", makes its state the party of a
business agreement. Three strict xfails on the articles; do not tune lexicons on these articles.
Every general cause has sentences of its own in ``RULES``, strict xfails until fixed (eight),
beside eight that pass.

Also seen, not scored: in ar-hk01 the imposition has no target (Andry Rajoelina is not in the
knowledge base, and Madagascar after "رئيس السلطة الانتقالية العليا في" is not taken); in ar-hk02
the sanctions of 1996 are a historical imposition with Sudan for actor; in ar-hk03 the suspension
is split in two, one with no actor and Burundi for target, one with Tanzania for actor and no
target; in ar-hk04 "لم يتضمن قرار التمديد أي عقوبات جديدة" is a negated extension with the
unlinked "المصارف السورية" for target, the official's threat has no target, and the
Jordanian-Syrian trade agreements are a historical signing by the United States and Jordan; in
ar-hk05 the threat has no target (Mohamed Bacar and Anjouan are not in the knowledge base) and
"Moroni" is the actor of the stalled talks; in ar-hk06 Austria, the host ("بالعاصمة
النمساوية"), is an actor of Algeria's joining and its organisation is OAPEC, not OPEC ("منظمة
الأقطار المصدرة للبترول «أوبيك»"), and Nigeria's "فلم تنضم" and the historical joinings give
nothing; in ar-hk08 the integration has Addis Ababa (of "اتفاقية أديس أبابا") for target and
no Anyanya, and the groups that "لن تدمج" are a negated integration with the army for target; in
ar-hk09 Washington's negated presence has the unlinked "وزارة الخارجية" for a second actor.

After the fixes of the same round (2026-12-03): events P 1.000 R 0.917 F1 0.957 (recall 11/12,
precision 13/13). Fixed in general: troops landing ("هبطت", "نزلت", "إنزال") arrive like those who
"وصلت"; a state's force named in full ("مشاة البحرية الأمريكية") says whose the troops are once a
place of another state is named, and a state named by its name beside them is their host; where
troops came from ("قادمة من قبرص") is not where they are; the accusative and definite accord nouns
("بروتوكولا", "البروتوكول", "ميثاقا"); an indefinite nationality after a bank or a company
("بنكان مغربيان", "شركة مغربية") is the company's, not a party. Left: "مطار عمان" (Amman or
Oman) and the Juba protocol of an army with a partner the knowledge base lacks.

``python -m tests.unit.test_heldout39_events_ar`` prints every article's alerts and the set's
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

_UNSC = "United Nations Security Council"
_AU = "African Union"
_OAU = "Organisation of African Unity"
_OAPEC = "Organization of Arab Petroleum Exporting Countries"
_US = "United States"
_GREAT_LAKES = ["Tanzania", "Kenya", "Uganda", "Rwanda", "Ethiopia", "Zambia"]

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk01-elkhabar-au-sanctions-madagascar-rajoelina-2010",
        date(2010, 3, 19),
        """الاتحاد الإفريقي يفرض عقوبات على راجولينا و108 من معاونيه

أديس أبابا: ق. د / وكالات

فرض مجلس السلم والأمن التابع للاتحاد الإفريقي، أول أمس الأربعاء، عقوبات فردية على رئيس السلطة الانتقالية العليا في مدغشقر، أندري راجولينا، و108 من المسؤولين المدنيين والعسكريين المحسوبين عليه، بعد انقضاء المهلة التي منحها إياه الاتحاد للالتزام باتفاقات تقاسم السلطة. وتشمل العقوبات منع السفر وتجميد الأرصدة والعزلة الدبلوماسية، على أن يلتزم بها جميع الدول الأعضاء فورا.

وقال مفوض السلم والأمن في الاتحاد، الجزائري رمطان لعمامرة، للصحفيين عقب الاجتماع الذي دام أكثر من سبع ساعات، إن المجلس "لم يعد أمامه خيار آخر بعد أن أدار الطرف الآخر ظهره لكل الوساطات"، مضيفا أن العقوبات "ليست موجهة ضد الشعب الملغاشي، بل ضد من يعرقلون عودة النظام الدستوري إلى الجزيرة".

وكان الاتحاد قد علق عضوية مدغشقر في مارس من العام المنصرم، إثر استيلاء راجولينا على الحكم بدعم من قطاع من الجيش وإرغام الرئيس مارك رافالومانانا على التنحي ومغادرة البلاد إلى جنوب إفريقيا، حيث يقيم منذ ذلك الحين.

ووقعت الحركات السياسية الملغاشية الأربع في أوت الماضي بالعاصمة الموزمبيقية مابوتو ميثاقا لتقاسم السلطة خلال مرحلة انتقالية تنتهي بانتخابات عامة، ثم ألحقت به في نوفمبر وثيقة إضافية في أديس أبابا حددت توزيع المناصب السيادية. غير أن المحادثات التي أجراها الوسيط الموزمبيقي يواكيم شيسانو في بريتوريا الشهر الماضي من أجل التوقيع على اتفاق جديد تعثرت، بعدما رفض راجولينا الحضور وأعلن تنظيم انتخابات تشريعية من جانب واحد.

من جهتها، أكدت المجموعة الإنمائية لدول الجنوب الإفريقي "سادك" أنها لن تفرض عقوبات من جانبها في الوقت الحاضر، مفضلة مواصلة جهود الوساطة، في حين اكتفت باريس بالدعوة إلى "الحوار بين جميع الأطراف" دون أن تعلق على قرار أديس أبابا.

وفي أنتاناناريفو، وصف الناطق باسم السلطة الانتقالية العقوبات بأنها "غير مقبولة ولا أثر لها على الأرض"، مؤكدا أن السلطة ماضية في تنظيم الانتخابات في موعدها. وتشير مصادر دبلوماسية إلى أن قائمة المعنيين تضم وزراء وضباطا كبارا ورجال أعمال مقربين من الرئيس الانتقالي، وأن المفوضية ستحيلها إلى الأمم المتحدة والاتحاد الأوروبي لحثهما على اتخاذ إجراءات مماثلة.

وقال دبلوماسي جزائري في أديس أبابا لـ"الخبر": "القضية ما راهيش ساهلة، والناس هنا يقولوا بلي العقوبات جات متأخرة بزاف، وراجولينا ما راهوش يسمع لحد".

ويرى مراقبون أن نجاح العقوبات يبقى مرهونا بمدى التزام دول الجوار بها، خاصة موريشيوس وجزر القمر وجنوب إفريقيا، التي تربطها بمدغشقر مبادلات تجارية ورحلات جوية منتظمة، وأن تأثيرها على الاقتصاد الملغاشي المنهك أصلا بتعليق المساعدات الدولية منذ عام سيكون محدودا.""",
        [
            G("sanctions.imposed", "occurred", [_AU], ["Andry Rajoelina", "Madagascar"]),
            # the suspension of Madagascar's membership in March 2009
            G("sanctions.imposed", "historical", [_AU], ["Madagascar"], core=False),
            # the Maputo charter of August and the Addis Ababa act of November
            G(
                "agreement.signed",
                "historical",
                ["Madagascar", "Andry Rajoelina", "Marc Ravalomanana"],
                [],
                core=False,
            ),
            # the Pretoria talks to sign a new deal "تعثرت"
            G("agreement.signed", "stalled", ["Madagascar", "Andry Rajoelina"], [], core=False),
            # SADC "لن تفرض عقوبات من جانبها"
            G(
                "sanctions.imposed",
                "negated",
                ["Southern African Development Community"],
                ["Madagascar"],
                core=False,
            ),
        ],
        not_targets=["Algeria", "Mozambique", "South Africa", "France", "Comoros", "Mauritius"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk02-asharqalawsat-unsc-lifts-sudan-sanctions-2001",
        date(2001, 9, 29),
        """مجلس الأمن يرفع العقوبات عن السودان.. وواشنطن تمتنع عن التصويت

نيويورك: «الشرق الأوسط»

رفع مجلس الأمن الدولي مساء أمس العقوبات الدبلوماسية التي فرضها على السودان قبل خمس سنوات، بعد أن تبنى بأغلبية أربعة عشر صوتا قرارا تقدمت به الدول الأفريقية الأعضاء في المجلس، فيما امتنعت الولايات المتحدة عن التصويت. وينهي القرار القيود على حجم البعثات الدبلوماسية السودانية في الخارج، وعلى سفر المسؤولين السودانيين، وعلى عقد المؤتمرات الدولية في الخرطوم.

وكان المجلس قد فرض تلك العقوبات في ربيع عام 1996 بعد اتهام الخرطوم بإيواء ثلاثة من المتهمين بمحاولة اغتيال الرئيس المصري حسني مبارك في أديس أبابا في يونيو (حزيران) 1995، ورفضها تسليمهم إلى إثيوبيا. وطالبت القاهرة وأديس أبابا خلال الأشهر الماضية بإنهاء العقوبات، مؤكدتين أن السودان تعاون معهما وأن الظروف التي أملتها لم تعد قائمة.

وقال المندوب الأميركي بالنيابة جيمس كننغهام في كلمته أمام المجلس إن بلاده امتنعت عن التصويت "تقديرا للخطوات التي اتخذتها الحكومة السودانية في الأشهر الأخيرة"، لكنه شدد على أن واشنطن لن ترفع العقوبات الاقتصادية الثنائية التي تفرضها على الخرطوم منذ نوفمبر (تشرين الثاني) 1997، وأن السودان لا يزال مدرجا على القائمة الأميركية للدول الراعية للإرهاب.

وجاء التصويت بعد أن أرجأته الولايات المتحدة مرتين، الأولى في أغسطس (آب) الماضي والثانية عقب هجمات الحادي عشر من سبتمبر (أيلول) على نيويورك وواشنطن، قبل أن تعلن الأسبوع الماضي أنها لن تستخدم حق النقض. وقالت مصادر دبلوماسية في نيويورك لـ«الشرق الأوسط» إن الخرطوم قدمت في الأسابيع الأخيرة معلومات إلى أجهزة الأمن الأميركية عن عناصر مرتبطة بتنظيم «القاعدة» أقام بعضها في السودان في النصف الأول من التسعينات.

ورحب وزير الخارجية السوداني الدكتور مصطفى عثمان إسماعيل بالقرار، ووصفه في اتصال هاتفي مع «الشرق الأوسط» بأنه "انتصار للدبلوماسية السودانية وتصحيح لخطأ تاريخي"، معربا عن أمله في أن "تتبع واشنطن خطوة المجلس بخطوات مماثلة"، وأن يفتح القرار الباب أمام عودة الاستثمارات العربية والأجنبية.

وفي أم درمان، استقبل المواطنون النبأ بفتور، وقال صاحب متجر في سوق المدينة: "والله دي بشارة كويسة، بس العقوبات الأمريكية دي هي الفيها المشكلة، والدولار لسه غالي والحال واقف".

ويرى دبلوماسيون أن القرار رمزي في جانب كبير منه، إذ لم تطبق دول كثيرة العقوبات بصرامة في السنوات الأخيرة، لكنه يعيد السودان إلى المجتمع الدولي في وقت تبحث فيه واشنطن عن حلفاء في حربها على الإرهاب، وتسعى فيه الخرطوم إلى إنهاء الحرب في الجنوب عبر مبادرة دول الإيقاد.""",
        [
            G("sanctions.lifted", "occurred", [_UNSC], ["Sudan"]),
            # the sanctions of 1996 after the attempt on Mubarak
            G("sanctions.imposed", "historical", [_UNSC], ["Sudan"], core=False),
            # Washington "لن ترفع العقوبات الاقتصادية الثنائية" of November 1997
            G("sanctions.lifted", "negated", [_US], ["Sudan"], core=False),
            G("sanctions.imposed", "historical", [_US], ["Sudan"], core=False),
        ],
        not_targets=["Egypt", "Ethiopia", "Hosni Mubarak", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk03-albayan-arusha-summit-suspends-burundi-embargo-1999",
        date(1999, 1, 25),
        """قمة أروشا تعلق الحصار الاقتصادي على بوروندي

أروشا (تنزانيا) - رويترز:

قرر زعماء دول منطقة البحيرات العظمى في ختام قمتهم في مدينة أروشا التنزانية أمس الأول تعليق العقوبات الاقتصادية التي يفرضونها على بوروندي منذ نحو عامين ونصف العام، مكافأة لحكومة الرئيس بيير بويويا على مشاركتها في مفاوضات السلام مع الجماعات المتمردة.

وشارك في القمة رؤساء تنزانيا وكينيا وأوغندا ورواندا وزامبيا ورئيس وزراء إثيوبيا، إضافة إلى ممثل عن جمهورية الكونغو الديمقراطية. وقال البيان الختامي إن التعليق يسري فورا، وإنه يشمل حركة البضائع والوقود والرحلات الجوية من بوروندي وإليها.

وكانت دول المنطقة قد فرضت الحصار في أغسطس 1996، بعد أسابيع من الانقلاب العسكري الذي أعاد بويويا إلى السلطة، مطالبة بإعادة العمل بالدستور والبرلمان وبدء مفاوضات شاملة مع كل الأطراف. وتسبب الحصار في ارتفاع حاد في أسعار الوقود والسلع الأساسية في بوجمبورا، وفي تراجع صادرات البن والشاي التي يعتمد عليها اقتصاد البلاد.

غير أن القادة رفضوا رفع العقوبات نهائيا كما طالبت بوجمبورا، وحذروا في بيانهم من أنهم سيعيدون فرضها إذا تعثرت مفاوضات السلام أو عادت الحكومة إلى سياسة تجميع السكان في المعسكرات. وقال مسؤول تنزاني للصحفيين إن القرار "ليس صكا على بياض، بل خطوة مشروطة بالأفعال".

ولا تزال المفاوضات التي يرعاها الرئيس التنزاني السابق جوليوس نيريري في أروشا بين الحكومة والأحزاب المعارضة والفصائل المسلحة تراوح مكانها منذ جولتها الأولى في يونيو الماضي، إذ ترفض أكبر جماعتين متمردتين الجلوس إلى الطاولة، ويختلف المشاركون حول تقاسم السلطة وإصلاح الجيش الذي يهيمن عليه التوتسي.

ورحب وزير الخارجية البوروندي بالقرار، لكنه قال إنه "جاء متأخرا"، وإن الحصار "عاقب الفقراء ولم يعاقب أحدا غيرهم". أما منظمات الإغاثة العاملة في البلاد فقد أبدت ارتياحها، مشيرة إلى أن الاستثناءات الإنسانية التي أقرت عام 1997 لم تكن كافية لتلبية الحاجات المتزايدة للسكان.

وفي ميناء كيغوما على بحيرة تنجانيقا، حيث تتكدس البضائع المتجهة إلى بوروندي منذ شهور، قال تاجر يمني يعمل في المنطقة منذ ثلاثين عاما: "والله الحصار خرب بيوتنا، الحين يمكن ترجع البضاعة تمشي، بس الناس خايفين يرجع من جديد".

وتتهم بوجمبورا تنزانيا بإيواء المتمردين الهوتو في مخيمات اللاجئين على الحدود، وهو ما تنفيه دار السلام. ويقدر عدد قتلى الحرب الأهلية في بوروندي منذ عام 1993 بأكثر من مئتي ألف شخص، معظمهم من المدنيين.""",
        [
            G("sanctions.suspended", "occurred", _GREAT_LAKES, ["Burundi", "Pierre Buyoya"]),
            # the embargo of August 1996
            G("sanctions.imposed", "historical", _GREAT_LAKES, ["Burundi"], core=False),
            # the leaders "رفضوا رفع العقوبات نهائيا"
            G("sanctions.lifted", "negated", _GREAT_LAKES, ["Burundi"], core=False),
            # "سيعيدون فرضها إذا تعثرت مفاوضات السلام"
            G("sanctions.threatened", "occurred", _GREAT_LAKES, ["Burundi"], core=False),
            # the Arusha talks under Nyerere "تراوح مكانها"
            G("agreement.signed", "stalled", ["Burundi"], [], core=False),
        ],
        not_targets=[
            "Tanzania",
            "Kenya",
            "Uganda",
            "Rwanda",
            "Zambia",
            "Ethiopia",
            "Democratic Republic of the Congo",
            "Yemen",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk04-addustour-bush-renews-syria-sanctions-2005",
        date(2005, 5, 7),
        """بوش يمدد العقوبات على سوريا عاما آخر.. والخزانة تعد قائمة جديدة

واشنطن - بترا - مدد الرئيس الأميركي جورج بوش أمس العقوبات الاقتصادية المفروضة على سوريا لمدة عام، قائلا في رسالة إلى الكونغرس إن سياسات دمشق "ما زالت تشكل تهديدا غير عادي واستثنائيا للأمن القومي والسياسة الخارجية والاقتصاد في الولايات المتحدة".

وكانت الإدارة الأميركية قد فرضت هذه العقوبات في أيار (مايو) من العام الماضي بموجب قانون محاسبة سوريا، وهي تحظر تصدير معظم السلع الأميركية إلى سوريا باستثناء الغذاء والدواء، وتمنع الطائرات السورية من الهبوط في المطارات الأميركية أو التحليق فوقها.

وأعلنت وزارة الخزانة الأميركية في بيان منفصل أنها ستفرض خلال الأيام المقبلة عقوبات على مسؤولين سوريين تتهمهم بتسهيل عبور المقاتلين والأموال إلى العراق، من بينهم ضباط في الأجهزة الأمنية، على أن تنشر أسماءهم في السجل الفدرالي فور استكمال الإجراءات.

ولم يتضمن قرار التمديد أي عقوبات جديدة على قطاع النفط أو على المصارف السورية، رغم مطالبات نواب في الكونغرس بتوسيعها. لكن مسؤولا في الخارجية الأميركية حذر في حديث للصحفيين من أن واشنطن "قد تفرض عقوبات إضافية إذا لم توقف دمشق تدفق المقاتلين عبر حدودها مع العراق"، مشيرا إلى أن الإدارة "تراقب الأفعال لا الأقوال".

ويأتي القرار بعد أسبوعين من إتمام سوريا سحب قواتها من لبنان، منهية وجودا عسكريا استمر تسعة وعشرين عاما، في أعقاب اغتيال رئيس الوزراء اللبناني الأسبق رفيق الحريري في شباط (فبراير) الماضي.

وفي دمشق، قال مصدر رسمي سوري لوكالة الأنباء السورية إن تمديد العقوبات "يؤكد أن الإدارة الأميركية لا تريد أن ترى ما قامت به سوريا من خطوات"، مضيفا أن العقوبات "لم تؤثر ولن تؤثر في الاقتصاد السوري، لأن حجم التبادل التجاري مع الولايات المتحدة محدود أصلا".

وعلى الجانب الأردني من الحدود، في مركز جابر، لم يلمس سائقو الشاحنات أي تغيير في حركة العبور. وقال سائق ينقل الخضار بين عمان ودمشق منذ سنوات: "والله يا زلمة الشغل على الحدود زي ما هو، والسوريين بحكوا إنه ما في إشي تغير عندهم، بس الكل خايف من اللي جاي".

ويقول اقتصاديون في عمان إن العقوبات الأميركية قد تنعكس بصورة غير مباشرة على الأردن، الذي يعد ممرا رئيسيا لتجارة الترانزيت بين سوريا ودول الخليج، وإن أي عقوبات على القطاع المصرفي السوري ستربك التحويلات بين البلدين. وكان البلدان قد وقعا خلال العام الماضي عدة اتفاقيات لتسهيل التبادل التجاري وإقامة منطقة حرة مشتركة على الحدود.""",
        [
            G("sanctions.extended", "occurred", ["George W. Bush", _US], ["Syria"]),
            # the Treasury "ستفرض خلال الأيام المقبلة عقوبات على مسؤولين سوريين"
            G(
                "sanctions.imposed",
                "planned",
                ["United States Department of the Treasury", _US],
                ["Syria"],
            ),
            # the sanctions of May 2004 under the Syria Accountability Act
            G("sanctions.imposed", "historical", [_US], ["Syria"], core=False),
            # "لم يتضمن قرار التمديد أي عقوبات جديدة على قطاع النفط"
            G("sanctions.imposed", "negated", [_US], ["Syria"], core=False),
            # "قد تفرض عقوبات إضافية إذا لم توقف دمشق …"
            G("sanctions.threatened", "occurred", [_US], ["Syria"], core=False),
            # the Syrian forces in Lebanon for twenty-nine years, withdrawn last month
            G("military.presence", "historical", ["Syria"], ["Lebanon"], core=False),
            # the trade agreements Jordan and Syria signed last year
            G("agreement.signed", "historical", ["Jordan", "Syria"], [], core=False),
        ],
        not_targets=["Jordan", "Iraq", "Lebanon", "Rafic Hariri"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk05-alkhaleej-au-threatens-anjouan-bacar-2007",
        date(2007, 6, 13),
        """الاتحاد الإفريقي يهدد بفرض عقوبات على زعيم أنجوان

موروني - «الخليج»، وكالات:

هدد الاتحاد الإفريقي أمس بفرض عقوبات على زعيم جزيرة أنجوان محمد بكر وأعضاء حكومته، تشمل منع السفر وتجميد الأرصدة، إذا لم يتراجع عن نتائج الانتخابات التي نظمها في الجزيرة يوم الأحد الماضي خلافا لقرار الحكومة الاتحادية في جزر القمر وللموعد الذي حدده الاتحاد.

وقال مبعوث الاتحاد الإفريقي إلى جزر القمر فرانسيسكو ماديرا في مؤتمر صحفي في موروني إن الانتخابات "باطلة ولا يعترف بها أحد"، وإن الاتحاد "لن يقبل بفرض الأمر الواقع بقوة السلاح"، مؤكدا أن مجلس السلم والأمن سيجتمع في أديس أبابا الأسبوع المقبل لبحث الخطوات التالية.

وأعلن محمد بكر، الضابط السابق في الدرك، فوزه بولاية جديدة بنسبة تقارب تسعين في المائة من الأصوات، في اقتراع جرى وسط انتشار كثيف لقواته ومنع للمراقبين من دخول مراكز الاقتراع. وكانت الحكومة الاتحادية برئاسة أحمد عبد الله سامبي قد طلبت تأجيل الانتخابات في أنجوان أسبوعا، بعد أعمال عنف بين قوات بكر والجيش الاتحادي.

وتعود الأزمة إلى عام 1997 حين أعلنت أنجوان وموهيلي الانفصال عن الدولة القمرية، قبل أن تفرض منظمة الوحدة الإفريقية عقوبات على أنجوان عام 2000 شملت حظرا على السفر والاتصالات. ووقعت الأطراف القمرية في فومبوني في فبراير 2001 اتفاقا أقام "اتحاد جزر القمر" ومنح كل جزيرة رئيسا وحكومة وبرلمانا خاصا بها.

وأوضح ماديرا أن الاتحاد لن يرسل قوات إلى الجزيرة في الوقت الراهن، وأنه "يفضل استنفاد الوسائل السلمية"، في وقت طالبت فيه الحكومة الاتحادية بتدخل عسكري لإنهاء ما وصفته بالتمرد. وكانت المحادثات التي جرت بين موروني وممثلي بكر في جزيرة موهيلي الشهر الماضي للتوصل إلى اتفاق حول تنظيم الانتخابات قد وصلت إلى طريق مسدود.

ودعت جامعة الدول العربية، التي تنتمي إليها جزر القمر منذ عام 1993، الأطراف القمرية إلى "تغليب مصلحة الوطن وتجنب الاقتتال"، فيما أعربت فرنسا عن "قلقها العميق" من التطورات.

وفي الشارقة، حيث تقيم جالية قمرية صغيرة، قال أحد أبنائها لـ«الخليج»: "أهلنا في أنجوان تعبانين، والمركب ما يوصل إلا مرة في الأسبوع، والكهرباء مقطوعة أكثر الوقت، والناس ما تبي إلا تعيش بسلام".

ويقطن أنجوان نحو ثلاثمئة ألف نسمة، وتعد أكثر جزر الأرخبيل كثافة سكانية وأشدها فقرا، ويغادرها مئات الشبان كل عام في قوارب صغيرة نحو جزيرة مايوت المجاورة التي لا تزال تحت الإدارة الفرنسية، ويغرق كثير منهم في الطريق.""",
        [
            G("sanctions.threatened", "occurred", [_AU], ["Mohamed Bacar", "Anjouan"]),
            # the OAU's sanctions on Anjouan of 2000
            G("sanctions.imposed", "historical", [_OAU], ["Anjouan"], core=False),
            # the Fomboni agreement of February 2001
            G("agreement.signed", "historical", ["Comoros", "Anjouan"], [], core=False),
            # the AU "لن يرسل قوات إلى الجزيرة في الوقت الراهن"
            G("military.presence", "negated", [_AU], ["Anjouan", "Comoros"], core=False),
            # the Mohéli talks "وصلت إلى طريق مسدود"
            G("agreement.signed", "stalled", ["Comoros", "Mohamed Bacar"], [], core=False),
        ],
        not_targets=["Comoros", "France", "United Arab Emirates", "Arab League"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk06-echaab-algeria-joins-opec-1969",
        date(1969, 7, 11),
        """الجزائر العضو العاشر في منظمة الأقطار المصدرة للبترول

فيينا - من مبعوث «الشعب»

وافق مؤتمر منظمة الأقطار المصدرة للبترول «أوبيك» في دورته المنعقدة بالعاصمة النمساوية أمس بالإجماع على انضمام الجزائر إلى المنظمة عضوا كاملا، لتصبح بذلك العضو العاشر فيها، والبلد الإفريقي الثاني بعد ليبيا. وقد شارك وفدنا برئاسة الأخ بلعيد عبد السلام وزير الصناعة والطاقة في الجلسة الختامية بصفته عضوا.

وقال الأخ عبد السلام في تصريح لمبعوث «الشعب» إن انضمام الجزائر "ليس مجرد إجراء إداري، بل هو خطوة في معركة استرجاع الثروات الوطنية التي تخوضها بلادنا بقيادة الأخ الرئيس هواري بومدين"، مضيفا أن المنظمة "تمثل الإطار الطبيعي لتنسيق مواقف البلدان المنتجة في مواجهة الشركات الاحتكارية".

وكانت ليبيا وإندونيسيا قد انضمتا إلى المنظمة عام 1962، ثم تبعتهما إمارة أبو ظبي عام 1967، بعد أن أسستها في بغداد عام 1960 كل من العراق وإيران والكويت والعربية السعودية وفنزويلا. أما نيجيريا، التي أصبحت من كبار المنتجين في القارة، فلم تنضم إلى المنظمة بعد، ولم تتقدم بطلب في هذا الشأن حسب مصادر الأمانة العامة.

ويأتي انضمام الجزائر في وقت تخوض فيه مفاوضات صعبة مع الحكومة الفرنسية لمراجعة السعر الجبائي للبترول المنصوص عليه في اتفاقيات الجزائر الموقعة بين البلدين في جويلية 1965، وهي المفاوضات التي لا تزال متعثرة بعد ثلاث جولات، بسبب تمسك الجانب الفرنسي بالأسعار القديمة ورفضه مطالب الجزائر برفعها بما يتناسب مع الأسعار العالمية.

وأكدت مصادر الوفد أن الجزائر ستطرح خلال الدورات المقبلة للمنظمة مسألة رفع الأسعار المعلنة ومشاركة الدول المنتجة في ملكية الشركات العاملة على أراضيها. ويتوقع المراقبون هنا أن تنضم الجزائر أيضا إلى منظمة الأقطار العربية المصدرة للبترول التي تأسست في بيروت العام الماضي، وذلك بعد أن تعدل المنظمة شروط العضوية فيها.

وفي حاسي مسعود، استقبل العمال النبأ بارتياح كبير، وقال أحد التقنيين الشبان في حقل الإنتاج: "والله هذي خطوة مليحة، البترول تاعنا لازم يكون في يدنا، ماشي في يد الشركات".

ويبلغ إنتاج الجزائر من البترول الخام قرابة مليون برميل يوميا، يصدر معظمها إلى فرنسا وألمانيا الغربية، وتسيطر الشركة الوطنية «سوناطراك» حاليا على ما يقارب ثلث الإنتاج، بعد تأميم شبكة التوزيع العام الماضي. وتبلغ حصة البلدان الأعضاء في المنظمة مجتمعة أكثر من ثمانين في المائة من صادرات البترول في العالم.""",
        [
            G("alliance.joined", "occurred", ["Algeria"], ["OPEC"]),
            # Libya and Indonesia in 1962, Abu Dhabi in 1967
            G("alliance.joined", "historical", ["Libya", "Indonesia"], ["OPEC"], core=False),
            # Nigeria "فلم تنضم إلى المنظمة بعد"
            G("alliance.joined", "negated", ["Nigeria"], ["OPEC"], core=False),
            # the Algiers accords of July 1965; the price talks "متعثرة"
            G("agreement.signed", "historical", ["Algeria", "France"], [], core=False),
            G("agreement.signed", "stalled", ["Algeria", "France"], [], core=False),
            # OAPEC "يتوقع المراقبون هنا أن تنضم الجزائر"
            G("alliance.joined", "planned", ["Algeria"], [_OAPEC], core=False),
        ],
        not_targets=["France", "Austria", "Nigeria", "West Germany", "Germany"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk07-azzaman-iraq-kuwait-restore-ties-2004",
        date(2004, 8, 4),
        """العراق والكويت يستأنفان العلاقات الدبلوماسية بعد 14 عاما من القطيعة

بغداد - الكويت - «الزمان»

أعلن العراق والكويت أمس استئناف العلاقات الدبلوماسية بينهما، المقطوعة منذ الغزو العراقي للكويت في آب (أغسطس) 1990، في بيان مشترك صدر في ختام زيارة قام بها وزير الخارجية هوشيار زيباري إلى الكويت، التقى خلالها أمير البلاد الشيخ جابر الأحمد الصباح ورئيس الوزراء الشيخ صباح الأحمد.

وقال زيباري في مؤتمر صحفي مشترك مع نظيره الكويتي الشيخ محمد صباح السالم الصباح إن الخطوة "تطوي صفحة سوداء صنعها النظام السابق"، وإن العراق الجديد "يريد علاقات حسن جوار تقوم على احترام السيادة والحدود المعترف بها دوليا". وأضاف الشيخ محمد أن الكويت "تمد يدها إلى الشعب العراقي الشقيق".

وأوضح البيان أن الكويت ستعيد فتح سفارتها في بغداد حين تسمح الظروف الأمنية بذلك، على أن يبدأ العراق فورا بتعيين طاقم دبلوماسي في سفارته بالكويت التي بقيت مغلقة منذ أربعة عشر عاما.

وكان مجلس الأمن الدولي قد رفع العقوبات الاقتصادية المفروضة على العراق في أيار (مايو) من العام الماضي، بعد أسابيع من سقوط النظام السابق، لكنه أبقى على اقتطاع خمسة في المائة من عائدات النفط العراقي لصالح صندوق التعويضات، الذي تحصل الكويت على الجزء الأكبر منه.

وتتضمن الملفات العالقة بين البلدين مصير المفقودين الكويتيين، والديون العراقية المستحقة للكويت، وصيانة العلامات الحدودية. أما الاتفاق على تنظيم الملاحة في خور عبد الله، فلا يزال التفاوض بشأنه متعثرا منذ أشهر بسبب خلافات فنية حول مسارات السفن. وكان البلدان قد وقعا عام 1963 محضرا اعترف فيه العراق باستقلال الكويت وبالحدود بينهما.

وفي بغداد، رحب رئيس الحكومة المؤقتة الدكتور إياد علاوي بالخطوة، وقال مكتبه إنها "ثمرة جهود دبلوماسية هادئة استمرت أشهرا". وفي شارع الرشيد، قال صاحب مكتبة قديمة لمراسل «الزمان»: "هسه صار وقتها، الكويتيين جيرانا ومن زمان، والدم ما يصير ماي، بس خلي السياسيين يحلون مشاكلهم بعيد عن الناس".

ويعمل في الكويت حاليا عدد من رجال الأعمال العراقيين في قطاعات النقل والتموين، ويعبر الحدود يوميا عشرات الشاحنات المحملة بالمواد الغذائية ومواد البناء المتجهة إلى الجنوب العراقي عبر منفذ صفوان. ويتوقع مسؤولون في البلدين أن تنعكس الخطوة على حركة التجارة بينهما خلال الأشهر المقبلة.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Iraq", "Kuwait", "Hoshyar Zebari", "Mohammad Sabah Al-Salem Al-Sabah"],
                [],
            ),
            # "ستعيد فتح سفارتها في بغداد حين تسمح الظروف الأمنية"
            G("relations.restored", "planned", ["Kuwait"], ["Iraq"], core=False),
            # the Security Council's lifting of May 2003
            G("sanctions.lifted", "historical", [_UNSC], ["Iraq"], core=False),
            # the minutes of 1963; the Khor Abdullah navigation agreement "متعثرا"
            G("agreement.signed", "historical", ["Iraq", "Kuwait"], [], core=False),
            G("agreement.signed", "stalled", ["Iraq", "Kuwait"], [], core=False),
        ],
        not_targets=["Saudi Arabia", "Jordan", "Iran"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk08-alayam-khartoum-army-absorbs-anyanya-1972",
        date(1972, 7, 13),
        """بدء استيعاب مقاتلي «الأنيانيا» في القوات المسلحة

جوبا - من مندوب «الأيام»

بدأت القوات المسلحة السودانية أمس في جوبا استيعاب الدفعة الأولى من مقاتلي حركة الأنيانيا في صفوفها، تنفيذا لاتفاقية أديس أبابا التي أنهت سبعة عشر عاما من الحرب في المديريات الجنوبية. وضمت الدفعة الأولى نحو ستمائة مقاتل وصلوا إلى معسكر التجميع على مشارف المدينة منذ مطلع الأسبوع، وتسلموا زي القوات المسلحة ورتبهم الجديدة في احتفال حضره قادة الجانبين.

ووقع اللواء قائد القيادة الجنوبية والجنرال جوزيف لاقو قائد حركة الأنيانيا أمس في مقر القيادة بجوبا بروتوكولا للترتيبات العسكرية المؤقتة، ينظم توزيع المستوعبين على الوحدات ومواقع تمركزهم ومراحل تدريبهم، ويحدد رتب الضباط القادمين من الحركة وفق مؤهلاتهم وخبرتهم.

وكانت الحكومة وحركة تحرير جنوب السودان قد وقعتا اتفاقية أديس أبابا في السابع والعشرين من فبراير الماضي برعاية الإمبراطور هيلا سلاسي ومجلس الكنائس العالمي، وتبادل الطرفان وثائق التصديق عليها في السابع والعشرين من مارس، وهو اليوم الذي أعلنه السيد الرئيس جعفر محمد نميري عيدا للوحدة الوطنية.

ومن المقرر أن يكتمل استيعاب ستة آلاف مقاتل خلال خمس سنوات، على أن تتألف القيادة الجنوبية من اثني عشر ألف جندي نصفهم من أبناء الجنوب. وأكد مصدر عسكري لمندوب «الأيام» أن المجموعات الصغيرة التي رفضت الاتفاقية ولم تسلم أسلحتها لن تدمج في القوات المسلحة، وأن أبواب العفو ستبقى مفتوحة أمام أفرادها حتى نهاية العام.

وقال السيد أبيل ألير نائب رئيس الجمهورية ورئيس المجلس التنفيذي العالي للإقليم الجنوبي في كلمة أمام المستوعبين إن "جيش الوطن اليوم جيش واحد لكل السودانيين"، داعيا إلى طي صفحة الماضي والتفرغ للتنمية. ووصلت إلى جوبا خلال الأسبوع الماضي أول قافلة من الشاحنات المحملة بالمواد التموينية والبذور قادمة من كوستي، بعد انقطاع الطريق سنوات.

وفي سوق جوبا، قال أحد المقاتلين السابقين وهو يحمل أوراق تسجيله: "ياتو زول داير حرب تاني؟ نحن تعبنا خلاص، داير أرجع لأهلي في توريت وأزرع".

وكانت لجنة مشتركة من ضباط الجيش وقادة الحركة قد قامت خلال الشهرين الماضيين بحصر أعداد المقاتلين في المديريات الثلاث وتسجيل أسمائهم، وسط تعاون من منظمات الإغاثة التي تتولى إعادة توطين آلاف اللاجئين العائدين من أوغندا وزائير وجمهورية أفريقيا الوسطى.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Sudanese Armed Forces", "Sudan"],
                ["Anyanya"],
            ),
            # the protocol of military arrangements signed in Juba "أمس"
            G(
                "agreement.signed",
                "occurred",
                ["Sudanese Armed Forces", "Sudan", "Anyanya", "Joseph Lagu"],
                [],
            ),
            # the Addis Ababa agreement of 27 February
            G(
                "agreement.signed",
                "historical",
                ["Sudan", "Southern Sudan Liberation Movement"],
                [],
                core=False,
            ),
            # six thousand within five years; the groups that refused "لن تدمج"
            G("forces.integrated", "planned", ["Sudanese Armed Forces"], ["Anyanya"], core=False),
            G("forces.integrated", "negated", ["Sudanese Armed Forces"], ["Anyanya"], core=False),
        ],
        known_miss="the accusative protocol noun; a signing by an army and an unknown partner",
        not_targets=["Ethiopia", "Uganda", "Central African Republic"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk09-alhayat-beirut-british-paratroopers-amman-1958",
        date(1958, 7, 18),
        """المظليون البريطانيون في عمان.. ودفعة جديدة من الأسطول السادس على شاطئ خلدة

عمان - لمراسل «الحياة»

هبطت في مطار عمان صباح أمس طلائع المظليين البريطانيين قادمة من قبرص، بناء على طلب تقدم به جلالة الملك حسين إلى الحكومة البريطانية بعد ثلاثة أيام من الانقلاب الذي أطاح بالعرش الهاشمي في بغداد. وقدر شهود عيان عدد الجنود الذين وصلوا حتى المساء بنحو ألفين، مع أسلحتهم الخفيفة وعرباتهم، وتمركز معظمهم حول المطار وقصر بسمان.

وأعلن رئيس الوزراء البريطاني هارولد ماكميلان في مجلس العموم أن القوات أرسلت "لمساعدة الأردن على حماية استقلاله وسلامة أراضيه من أي تهديد خارجي"، وأنها ستبقى "ما دامت الحكومة الأردنية ترغب في ذلك". وعبرت الطائرات البريطانية الأجواء الإسرائيلية بعد موافقة مسبقة، وهو ما أثار استياء واسعا في الأوساط الشعبية.

وفي بيروت، نزلت أمس على شاطئ خلدة دفعة جديدة من مشاة البحرية الأميركية، ليرتفع عدد الجنود الأميركيين في لبنان إلى نحو خمسة آلاف، بعد الإنزال الأول الذي جرى يوم الثلاثاء الماضي بطلب من الرئيس كميل شمعون. وانتشر الجنود حول المطار والميناء وعلى الطريق المؤدية إلى العاصمة، وسط هدوء حذر في أحياء البسطة والمصيطبة التي تسيطر عليها المعارضة.

وأكدت واشنطن في بيان لوزارة الخارجية أنها لن ترسل قوات برية إلى الأردن، مكتفية بنقل الوقود والمؤن جوا إلى عمان، بعد أن انقطعت إمداداته من العراق عبر خط الأنابيب. وكانت القوات البريطانية قد غادرت الأردن في تموز من العام الماضي، بعد إنهاء المعاهدة الأردنية البريطانية وتعريب قيادة الجيش.

وفي القاهرة، نددت حكومة الجمهورية العربية المتحدة بما وصفته "بالعدوان الاستعماري على الأمة العربية"، وطالبت بسحب القوات الأجنبية فورا من لبنان والأردن، فيما دعا الاتحاد السوفياتي إلى عقد جلسة عاجلة لمجلس الأمن. وكان الملك حسين قد أعلن أمس الأول توليه رئاسة الاتحاد العربي الذي وقع ميثاقه مع ابن عمه الملك فيصل الثاني في شباط الماضي، قبل أن تصل أنباء مقتل الملك فيصل في بغداد.

وفي شوارع بيروت، بدت الحركة خفيفة والمحال نصف مقفلة، وقال صاحب دكان في الأشرفية لمراسل «الحياة»: "شو بدهم فينا هالأميركان؟ البلد مقسوم من شهرين، وهلق صار في عسكر عالبحر وعسكر عالطريق، والله ما حدا عارف لوين رايحين".

ويرى المراقبون أن وصول القوات الغربية إلى البلدين في وقت واحد يشير إلى تنسيق بين لندن وواشنطن لمنع امتداد الانقلاب العراقي إلى الدول المجاورة، في حين يترقب الجميع موقف الحكومة العراقية الجديدة برئاسة الزعيم عبد الكريم قاسم من الاتحاد ومن حلف بغداد.""",
        [
            G("military.presence", "occurred", ["United Kingdom"], ["Jordan"]),
            # the Marines' second landing at Khalde "أمس"
            G(
                "military.presence",
                "occurred",
                [_US, "United States Marine Corps"],
                ["Lebanon"],
            ),
            # Washington "لن ترسل قوات برية إلى الأردن"
            G("military.presence", "negated", [_US], ["Jordan"], core=False),
            # the British forces that left Jordan in July 1957
            G("military.presence", "historical", ["United Kingdom"], ["Jordan"], core=False),
            # the Arab Union's charter of February
            G("agreement.signed", "historical", ["Jordan", "Iraq"], [], core=False),
        ],
        not_targets=["Israel", "Iraq", "Egypt", "Cyprus", "Soviet Union"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk10-eljoumhouria-oran-sports-page-2016",
        date(2016, 11, 24),
        """الجمهورية الرياضية

وهران - «الجمهورية»

الرابطة تعلق مباريات الحمراوة وتفرض غرامة ثقيلة

علقت الرابطة الوطنية لكرة القدم المحترفة مباراتين لمولودية وهران على أرضية ملعب أحمد زبانة، وفرضت على النادي غرامة مالية قدرها مئتا ألف دينار، إثر أعمال الشغب التي شهدتها مباراة الجولة الماضية أمام شباب بلوزداد. وهددت لجنة الانضباط بفرض عقوبات أشد على الأندية التي لا تتخذ إجراءات لتأمين مدرجاتها، مشيرة إلى أن الملاعب قد تغلق حتى نهاية الموسم.

وفي المقابل، رفعت الرابطة العقوبة المفروضة على مدافع الحمراوة بعد قبول الطعن الذي قدمه النادي، ليعود إلى التشكيلة في مباراة السبت أمام اتحاد العاصمة.

سوق الانتقالات

ووقع المهاجم الكاميروني الشاب عقدا لمدة موسمين مع جمعية وهران، فيما انضم لاعب وسط تونسي إلى صفوف المولودية قادما من النادي الإفريقي على سبيل الإعارة. ومدد نادي غالي معسكر عقد مدربه الفرنسي حتى نهاية الموسم، بعد النتائج الإيجابية التي حققها الفريق في الجولات الأخيرة.

الأكاديميات

وقررت مديرية الشباب والرياضة لولاية وهران دمج مدرستين لكرة القدم في حي الصديقية والمدينة الجديدة ضمن أكاديمية واحدة، لتوحيد الجهود وتقليص التكاليف، بعد أن تم دمج عدد من المدارس المماثلة في السنوات الماضية.

الأمن في الملاعب

وأعلنت المديرية العامة للأمن الوطني أنها ستنشر أكثر من ألف وخمسمائة شرطي لتأمين الداربي الوهراني بين المولودية والجمعية يوم الجمعة المقبل، مع منع دخول المناصرين القصر غير المرفوقين بأوليائهم.

الرعاية

ووقعت إدارة المولودية اتفاقية رعاية مع شركة سوناطراك لمدة ثلاث سنوات، تتكفل بموجبها الشركة بجزء من مصاريف الفريق وتجهيز مركز التكوين.

كرة اليد

واستأنف فريق كرة اليد لمولودية وهران تدريباته أمس بقاعة حمو بوتليليس، بعد تعليقها أسبوعا بسبب أشغال الصيانة، استعدادا لبطولة إفريقيا للأندية البطلة التي ستحتضنها المغرب الشهر المقبل. ورفع الاتحاد الجزائري للعبة عدد اللاعبين الأجانب المسموح بهم إلى لاعب واحد في كل فريق.

صوت المدرجات

وقال أحد المناصرين القدامى للحمراوة أمام مقر النادي: "الحمراوة راهم مقلقين بزاف، واش راح نديرو بلا ملعب؟ الشباب يحبو الفريق، بصح الشغب ماشي حل، والعقوبة تخلصها المولودية كامل".

ألعاب القوى

وعلى صعيد ألعاب القوى، انضم ثلاثة عدائين من وهران إلى معسكر المنتخب الوطني في إفران بالمغرب، استعدادا لبطولة العالم للعدو الريفي، بعد أن فرضت الاتحادية على المشاركين اجتياز اختبارات بدنية جديدة.""",
        [],
        not_targets=["Cameroon", "Tunisia", "France", "Morocco", "Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk11-alrai-irbid-local-page-2012",
        date(2012, 8, 21),
        """محليات إربد

إربد - «الرأي»

البلدية ترفع رسوم الحرف وتمنع البسطات في وسط المدينة

قرر مجلس بلدية إربد الكبرى في جلسته أمس رفع رسوم رخص المهن والحرف بنسبة خمسة بالمئة اعتبارا من مطلع العام المقبل، وفرض منعا على البسطات والعربات في شارع الهاشمي والأسواق القديمة وسط المدينة خلال ساعات الذروة. كما أطلق حملة لرفع النفايات المتراكمة في الأحياء الشرقية بعد شكاوى السكان.

اتفاقية للنقل

ووقعت البلدية اتفاقية مع شركة كورية خاصة لدراسة مشروع للنقل العام السريع يربط مجمع عمان الجديد بجامعة اليرموك وجامعة العلوم والتكنولوجيا، على أن تنجز الدراسة خلال تسعة أشهر.

المياه

وعلقت سلطة مياه اليرموك ضخ المياه عن عدة مناطق في لواء بني عبيد والرمثا يومين لإجراء صيانة على خط رئيسي، على أن يستأنف الضخ مساء الخميس. وقال أحد سكان حي الحصن: "والله المي ما إجت من أسبوع، والصهريج صار بعشرين ليرة، ومع هالشوب ما حدا قادر يتحمل".

وأوضحت السلطة أن الضغط على الشبكة تضاعف خلال الأشهر الأخيرة مع ازدياد أعداد اللاجئين السوريين المقيمين في المحافظة، الذين تجاوز عددهم ستين ألفا.

الخدمات

وانضمت ثلاث بلدات جديدة في لواء الكورة إلى شبكة الصرف الصحي، بعد الانتهاء من تمديد الخطوط الرئيسية إليها بتمويل من منحة يابانية.

الأمن

ونشرت مديرية شرطة إربد دوريات إضافية في محيط الجامعات والأسواق مع اقتراب عيد الفطر، فيما قررت مديرية التربية دمج مدرستين أساسيتين في لواء الوسطية بسبب تراجع أعداد الطلبة، ونقل معلميهما إلى مدارس مجاورة.

التربية

ومددت وزارة التربية والتعليم فترة قبول طلبات الانتقال بين المدارس حتى نهاية الشهر الجاري، نظرا لتزايد أعداد الطلبة الجدد من أبناء اللاجئين السوريين الذين التحقوا بالمدارس الحكومية في المحافظة.

الأسواق

وشهدت أسواق الخضار المركزية إقبالا كبيرا قبيل العيد، وارتفعت أسعار البندورة والخيار بشكل ملحوظ، فيما استقرت أسعار اللحوم البلدية. وقال أحد التجار: "الحركة منيحة الحمد لله، بس الأسعار نار والناس بتشتري بالقطعة".

الرياضة

ومدد نادي الحسين إربد عقد مدربه موسما إضافيا، فيما انضم لاعبان عراقيان إلى صفوفه استعدادا لانطلاق الدوري الممتاز، ووقع النادي عقد رعاية مع شركة اتصالات محلية لمدة عامين.""",
        [],
        not_targets=["Syria", "South Korea", "Japan", "Iraq", "Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hk12-assabah-casablanca-business-page-2008",
        date(2008, 4, 16),
        """الصباح الاقتصادي

الدار البيضاء - «الصباح»

اندماج بنكين

وقع بنكان مغربيان أمس اتفاقا نهائيا لدمج نشاطهما في مجال القروض الاستهلاكية داخل شركة واحدة، بعد موافقة بنك المغرب ومجلس القيم المنقولة. وتصبح الشركة الجديدة بعد الدمج الأولى في سوق القروض الاستهلاكية بالمملكة، بحصة تتجاوز ثلاثين في المائة، حسب مصدر من الإدارة.

البورصة

وعلقت بورصة الدار البيضاء التداول على أسهم شركة عقارية مدرجة إلى حين نشر بلاغ حول عملية استحواذ، فيما استأنفت التداول على أسهم شركة للاتصالات بعد توقف يوم واحد. وانضمت شركة ثالثة للإسمنت إلى لائحة الشركات المدرجة، ليرتفع عدد الشركات المدرجة إلى أربع وسبعين شركة. وأغلق المؤشر العام على ارتفاع طفيف وسط تداولات ضعيفة.

النقل الجوي

ورفعت الخطوط الملكية المغربية أسعار تذاكرها على الخطوط الداخلية بنسبة ستة في المائة بسبب ارتفاع أسعار الوقود، ووقعت عقدا مع شركة إيرباص لاستئجار طائرتين إضافيتين لموسم الصيف، على أن تنشر برنامج رحلاتها الجديد في ماي المقبل.

المالية والضرائب

ومددت المديرية العامة للضرائب أجل التصريح بالدخل عن سنة 2007 إلى نهاية الشهر الجاري، بعد مطالبة هيئة المحاسبين. وفرضت وزارة التجارة والصناعة رسما إضافيا مؤقتا على حديد البناء المستورد من تركيا وأوكرانيا لحماية الإنتاج الوطني، فيما رفع بنك المغرب سعر الفائدة الرئيسي ربع نقطة.

القطاع البنكي

ونشرت المجموعة المهنية لبنوك المغرب تقريرها الفصلي الذي أظهر نمو الودائع بنسبة تسعة في المائة منذ بداية السنة، في حين تباطأ نمو القروض العقارية. وقال رئيس المجموعة إن البنوك "ستواصل تمويل الاستثمار رغم ارتفاع كلفة الموارد".

سوق الصرف

واستقر سعر صرف الأورو عند أحد عشر درهما وثلاثين سنتيما، وسط طلب عادي من المستوردين. وقال أحد الوسطاء في البورصة: "السوق ناعسة هاد الأيام، كلشي كيتسنى النتائج ديال الشركات، وحتى واحد ما بغا يغامر قبل ما يبان الوضع".

العقار

وفي الدار البيضاء، وقعت شركة التهيئة عقدا مع شركة مقاولات إسبانية لتأهيل المدينة القديمة، على أن تنطلق الأشغال في الخريف المقبل، بينما انضمت مجموعة عقارية خليجية إلى مشروع المارينا على الكورنيش.

الفلاحة

وعلى صعيد آخر، نشرت وزارة الفلاحة توقعاتها للموسم الحالي، مرجحة محصولا من الحبوب يفوق خمسين مليون قنطار بفضل التساقطات الأخيرة، وهو ما قد يخفف من فاتورة الاستيراد.""",
        [],
        not_targets=["Turkey", "Ukraine", "Spain", "France", "Morocco", "European Union"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout39_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout39_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


RULES: list[object] = [
    # a landing is an arrival of troops
    pytest.param(
        "وصلت إلى الأردن صباح أمس طلائع المظليين البريطانيين.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "United Kingdom")],
        [],
        id="british-paratroopers-arrive-in-jordan",
    ),
    pytest.param(
        "هبطت في الأردن صباح أمس طلائع المظليين البريطانيين.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "United Kingdom")],
        [],
        id="british-paratroopers-land-in-jordan",
    ),
    pytest.param(
        "وصلت إلى لبنان أمس قوات أمريكية.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "target:Lebanon")],
        [],
        id="american-forces-arrive-in-lebanon",
    ),
    pytest.param(
        "نزلت في لبنان أمس قوات أمريكية.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "target:Lebanon")],
        [],
        id="american-forces-come-ashore-in-lebanon",
    ),
    # the Marines are the United States' troops
    pytest.param(
        "وصلت أمس إلى لبنان دفعة جديدة من الجنود الأميركيين.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "United States")],
        [],
        id="new-batch-of-american-soldiers-arrives",
    ),
    pytest.param(
        "وصلت أمس إلى لبنان دفعة جديدة من مشاة البحرية الأمريكية.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "United States")],
        [],
        id="new-batch-of-marines-arrives",
    ),
    # the airport of a capital is in its state
    pytest.param(
        "وصلت إلى مطار بغداد صباح أمس طلائع القوات البريطانية.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "target:Iraq")],
        [],
        id="british-vanguard-at-baghdad-airport",
    ),
    pytest.param(
        "وصلت إلى مطار عمان صباح أمس طلائع القوات البريطانية.",
        date(1958, 7, 18),
        [("military.presence", "occurred", "target:Jordan")],
        [],
        id="british-vanguard-at-amman-airport",
        marks=_xfail("no host"),
    ),
    # the accusative "بروتوكولا" is an agreement noun
    pytest.param(
        "وقعت السودان وإثيوبيا أمس بروتوكول تعاون عسكري.",
        date(1972, 7, 13),
        [("agreement.signed", "occurred", "Sudan")],
        [],
        id="sudan-ethiopia-sign-protocol-construct",
    ),
    pytest.param(
        "وقعت السودان وإثيوبيا أمس بروتوكولا للتعاون العسكري.",
        date(1972, 7, 13),
        [("agreement.signed", "occurred", "Sudan")],
        [],
        id="sudan-ethiopia-sign-protocol-accusative",
    ),
    # an army signing with a partner the knowledge base lacks
    pytest.param(
        "وقع الجيش السوداني والجيش الإثيوبي أمس اتفاقا للتعاون العسكري.",
        date(1972, 7, 13),
        [("agreement.signed", "occurred", "Sudanese Armed Forces")],
        [],
        id="sudanese-and-ethiopian-armies-sign",
    ),
    pytest.param(
        "وقع الجيش السوداني والجنرال جوزيف لاقو أمس اتفاقا للترتيبات العسكرية.",
        date(1972, 7, 13),
        [("agreement.signed", "occurred", "Sudanese Armed Forces")],
        [],
        id="sudanese-army-and-lagu-sign",
        marks=_xfail("no event"),
    ),
    # a firm's nationality, definite or not, makes no state a party
    pytest.param(
        "وقع البنك المغربي أمس اتفاقا للتعاون.",
        date(2008, 4, 16),
        [],
        [],
        id="the-moroccan-bank-signs",
    ),
    pytest.param(
        "وقع بنكان مغربيان أمس اتفاقا للتعاون.",
        date(2008, 4, 16),
        [],
        [],
        id="two-moroccan-banks-sign",
    ),
    pytest.param(
        "وقعت شركة مغربية أمس اتفاقا للتعاون.",
        date(2008, 4, 16),
        [],
        [],
        id="a-moroccan-company-signs",
    ),
    pytest.param(
        "وقع المغرب وتونس أمس اتفاقا للتعاون.",
        date(2008, 4, 16),
        [("agreement.signed", "occurred", "Morocco")],
        [],
        id="morocco-and-tunisia-sign",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout39_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout39_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
