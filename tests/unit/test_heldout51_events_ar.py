"""A fifty-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty held-out sets: contemporary Arabic copy of 2019-2025, as today's wires, sites and
papers carry it (a Gulf-owned site's wire from Colombia, "بوغوتا - «العربية.نت»", with a Lebanese
draper of Maicao's "الحمد لله الوضع أحسن من قبل بكتير، بس بعدنا خايفين من الجماعات اللي
بالجبال"; a London daily's Nicosia report, "نيقوسيا - «الشرق الأوسط»", with a Lebanese restaurant
owner of Larnaca's "والله الجزيرة هادية وما في شي"; a Beirut-based web magazine, "بروكسل -
«رصيف22»", with an Ahvazi's "إحنا نريد بس أهلنا يعيشون بكرامة، هذا مو كثير"; a Sudanese site,
"الخرطوم - «التغيير»", with a Sahafa grocer's "الزول ما لاقي موية ولا كهربا … نحن دايرين الحرب
تقيف بس"; a Mecca daily with its honorifics, "خادم الحرمين الشريفين" and "صاحب السمو الملكي
الأمير … ولي العهد نائب رئيس مجلس الوزراء", "الرياض - «مكة»", with a compliance banker's "هذي
خطوة كبيرة يا أخي"; an Algiers daily, "الجزائر - «المساء»", with "رئيس الجمهورية السيد" and a Bab
El Oued pensioner's "مليح كي يجيو الطليان ويحتاجونا، بصح الغاز تاعنا"; a Doha daily, "الدوحة -
«الوطن»", with "صاحب السمو … أمير البلاد المفدى", «قنا» and a Souq Waqif perfumer's "الخليج بيت
واحد، وعيالنا بيرجعون … عقب هالسنين"; a Sudanese radio's site, "الفاشر - «راديو دبنقا»", with
Minnawi's "ما عندنا خيار غير إنو نحمي أهلنا بنفسنا" and an Abu Shouk woman's "نحنا دايرين الأمان
بس"; a Qatari channel's site, "نيامي - «الجزيرة نت»", with a Diffa Arab trader's "نحن دايرين الأمن
في الطرق بس"; a Cairo daily's sports page, "القاهرة - «المصري اليوم»", in Egyptian usage, "ضارب",
"التظلم", "الشوط التالت", with a coach's "الولاد لعبوا ماتش كبير"; a Muscat site's Salalah page,
"صلالة - «أثير»", with the khareef, Ain Razat and a frankincense seller's "الخريف هالسنة زين
واجد"; a Basra radio's business page, "البصرة - «المربد»", with Umm Qasr, Ashar and a date
seller's "السوق هالأيام ماكو بيه حيل … شنسوي؟") and on programmes and regions they do not touch
(the State Department striking the FARC off the terrorist list and designating two dissident
factions, November 2021; Washington's one-year waiver of the Cyprus arms embargo, September 2020;
the Council of the EU prolonging its Iran human-rights regime to April 2024; Biden's executive
order threatening sanctions over Sudan's war, May 2023; Saudi Arabia a full member of the FATF,
June 2019; fifteen Algerian-Italian agreements in Draghi's visit, July 2022; Qatar and the UAE
back to embassies, June 2023; the Darfur joint force formed with the Juba signatories' fighters,
2022; Russian instructors of the Africa Corps landing in Niamey, April 2024). Nine carry core
events of all ten alertable types (eleven in all), ten occurred and one planned (al-Tahir Hajar's
forces that "ستدمج في القوة المشتركة في المرحلة الثانية مطلع العام المقبل"), next to historical,
negated and stalled ones; three are near misses: a Cairo volleyball page (a club fined «فرضت …
غرامة», a coach banned and a hitter's ban "رفعت", clubs threatened "هدد الاتحاد بفرض عقوبات أشد",
a Tunisian who "انضم" from the Qatari league, a coach's contract "مدد", a sponsorship and a
protocol with the Tunisian federation "وقع", two youth leagues "دمج", a cup suspended and to
"تستأنف", security forces "نشرت"), a Salalah local page (hawkers fined «فرضت … غرامات» and
threatened, rubbish "رفعت", water "علقت" and resumed, a partnership "وقعت", the town that "انضمت
إلى شبكة المدن الصديقة للسياحة البيئية", a deadline "مددت", police patrols "نشرت", a school
reopened, two schools merged, buses resumed) and a Basra business page (a company that "انضمت إلى
سوق العراق للأوراق المالية", a contract with a Turkish company, port fees "فرضت", freight rates
"رفعت", a unit "علقت" and resumed, a merger memorandum, a Kuwaiti investor who "انضم إلى رأسمال"
a start-up, a deadline "مددت" and field teams "نشرت", date traders who "هدد … بتعليق" their
dealings, an airline agreement).

The decisions of the annotation, taken before any run: a State Department that "رفعت …
«القوات المسلحة الثورية الكولومبية» (فارك) من قائمة المنظمات الإرهابية الأجنبية" lifts
sanctions (core; the United States and the State Department; the FARC, which the knowledge base
lacks, the target; not Colombia), and in the same step "فرضت … عقوبات على فصيلين منشقين … هما
«الماركيتاليا الثانية» و«فارك - الجيش الشعبي»" imposes them (core; the two factions, which the
knowledge base lacks, the targets), the listing of October 1997 "وكانت … قد أدرجت" a historical
imposition, the peace agreement of 2016 a historical signing, "ولم ترفع الخارجية الأمريكية «جيش
التحرير الوطني» … من القائمة" a negated lifting, the talks with the ELN "متعثرة" a stalled
signing; the United States that "علقت … حظر بيع الأسلحة … المفروض على جمهورية قبرص منذ عام 1987،
لمدة عام واحد" suspends sanctions (core; the United States, the State Department and Pompeo, who
"وقع قرار الإعفاء", a signature of no agreement; Cyprus the target; not Russia, whose warships
are turned away, nor Turkey), the embargo of December 1987 a historical imposition, "ولا تعتزم
الولايات المتحدة إقامة أي قاعدة عسكرية في الجزيرة" a negated presence, the Turkish forces "منذ
عام 1974" a historical presence, Turkey's threat "بتعزيز وجودها العسكري" no event (a threat to
reinforce is neither an agreed nor a planned deployment), the reunification talks "متعثرة" a
stalled signing; a Council that "مدد … العمل بالإجراءات التقييدية المفروضة على إيران … لمدة عام
إضافي" extends sanctions (core; the Council of the EU and the EU; Iran the target; not Belgium),
the framework of April 2011 and its packages since October a historical imposition, "ولم يرفع
المجلس أي اسم من القائمة" a negated lifting, Tehran's vow "سترد بالمثل" no event, the nuclear
talks "متعثرة" a stalled signing; a president who "لوّح … بفرض عقوبات على المسؤولين عن الحرب
الدائرة في السودان" and "وقع أمرا تنفيذيا" threatens sanctions (core; the United States and
Biden; no target named; the order signed no agreement), "ولم تفرض الإدارة الأمريكية حتى الآن أي
عقوبات على … البرهان أو … حميدتي" a negated imposition, the sanctions lifted "في أكتوبر 2017" and
the listing removed in December 2020 a historical lifting, the merger of the RSF into the army
whose talks "تعثرت" a stalled integration, the Jeddah talks announced no event; Saudi Arabia that
"انضمت … رسميا إلى مجموعة العمل المالي «فاتف» عضوا كاملا" joins (core; Saudi Arabia, the FATF),
its observer status of 2015 and its founding of MENAFATF in 2004 historical joinings, Iran and
North Korea kept on the black list no event; Algeria and Italy that "وقعت … خمس عشرة اتفاقية"
sign (core; Algeria, Italy, Tebboune and Draghi; not Russia or Tunisia), the treaty of friendship
of 2003 a historical signing, "ولم يوقع البلدان خلال القمة أي اتفاق في مجال التصنيع العسكري" a
negated signing, Sonatrach's extra gas no event, the treaty with Spain suspended no event of a
watched type and the trade with Madrid frozen "في يونيو الماضي" a historical imposition (Algeria
on Spain); Qatar and the UAE that announced "استئناف التمثيل الدبلوماسي بينهما" restore ties
(core; Qatar, the UAE; not Iran or China), the boycott of June 2017 "وفرضت عليها مقاطعة" a
historical imposition on Qatar, the AlUla declaration of 2021 a historical signing, Qatar and
Bahrain in April and Doha and Cairo in 2021 historical restorations; the Sudanese authorities
that "دمجت … نحو ألفي مقاتل من حركة العدل والمساواة وحركة تحرير السودان بقيادة مني أركو مناوي
في القوة المشتركة" integrate forces (core; Sudan, its army and the RSF; JEM and the SLM the
targets; not Chad), the forces of al-Tahir Hajar's alliance that "ستدمج في القوة المشتركة في
المرحلة الثانية مطلع العام المقبل" a planned integration (core; Sudan; the Sudan Liberation Forces
Alliance, which the knowledge base lacks), the Juba agreement of October 2020 a historical
signing, "ولم يشمل الدمج قوات حركة تحرير السودان بقيادة عبد الواحد محمد نور" a negated
integration, the talks with the SPLM-N "متعثرة" a stalled signing, UNAMID "تنتشر في الإقليم منذ
عام 2007" a historical presence, the joint force that "ستنتشر" in its own region no presence of a
foreign force; Russian instructors who "وصل إلى … نيامي" with an air-defence system (core,
presence; Russia and the Africa Corps in Niger; not Mali, Burkina Faso, France or the United
States), the document signed in December a historical signing, the US troops "منذ عام 2013" a
historical presence, "ولم يوقع النيجر والولايات المتحدة أي اتفاق جديد" a negated signing, the
status-of-forces agreement revoked and the French withdrawal no event; a volleyball page's fine,
bans, a ban lifted, threats to clubs, a transfer, a contract prolonged, a sponsorship and a
protocol, merged youth leagues, a suspended and resumed cup and security forces, a local page's
fines and threats, rubbish, water cut and resumed, a partnership, a network of towns, a deadline,
patrols, a school reopened, merged schools and buses resumed, and a business page's listing, a
supply contract, port fees, freight rates, a unit suspended and resumed, a merger memorandum, an
investor joining a capital, a deadline, field teams, traders' threat to suspend their dealings
and an airline agreement are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-03, on commit 4868744), in one run: events P 1.000 R 0.909 F1
0.952 (recall 10/11, precision 10/10: ten alerts right, none wrong by the scorer's count;
occurred core found 9/10, planned 1/1; historical 18/18, negated 7/7 and stalled 5/5 kept quiet
by the scorer's count). No annotation or text was changed after the run. Misses: in ar-hl01 the
imposition "وفي الخطوة نفسها، فرضت الخارجية عقوبات على فصيلين منشقين عن الحركة، هما
«الماركيتاليا الثانية» و«فارك - الجيش الشعبي»" gives nothing: the bare «الخارجية», the short form
of the "وزارة الخارجية الأمريكية" of the lead, is no alias of the State Department in
``rasd/kb/data/authorities.yaml`` (read by ``rasd/entities/matcher.py``; the Treasury's «الخزانة»
is one, an ambiguous alias confirmed by the full name earlier), the factions are unknown, and an
event with no target and no linked actor is dropped (``_plausible`` in
``rasd/events/extractor.py``; "فرضت الخارجية الأمريكية عقوبات على …" is read); in ar-hl08 the
second phase "أن قوات «تجمع قوى تحرير السودان» بقيادة الطاهر حجر ستدمج في القوة المشتركة في
المرحلة الثانية مطلع العام المقبل" gives nothing: a merger needs an army noun in its window
(army_noun / army_into in ``rasd/events/lexicons/ar.cues.yaml``, read by
``rasd/events/extractor.py``) and «القوة المشتركة», the joint force fighters are merged into, is
none («القوات الموحدة», «الشرطة», «الجيش السوداني» are); the lead's occurred merger is read only
because "وحدات من الجيش" follows within the window, and the scorer counts the planned event found
by that occurred one (same type, alertable, Sudan in both), the set's check does not. No wrong
alert. Two strict xfails on two articles (ar-hl01, ar-hl08); do not tune lexicons on these
articles. Every cause has sentences of its own in ``RULES``, strict xfails until fixed (four: the
short «الخارجية» imposing and threatening, the joint force planned and occurred), beside six
neighbouring forms that pass.

Also seen, not scored: in ar-hl01 the lifting is raised twice (the headline's «تشطب» with the
United States, the lead's «رفعت» with the State Department and Colombia, the country of the
FARC, for actors), neither with a target (the FARC is unknown), the historical listing has no
target, the peace agreement of 2016 is read as a stalled signing of the United States with
Colombia and Santos for its targets (quiet either way), and the negated lifting and the stalled
ELN talks give nothing; in ar-hl02 Pompeo's "وقع قرار الإعفاء" raises no signing, the negated
base is a negated presence with Nicosia and Cyprus for its targets, and the embargo of 1987, the
Turkish forces and the stalled talks give nothing; in ar-hl03 the historical framework and the
negated lifting give nothing; in ar-hl04 the executive order "وقع أمرا تنفيذيا" raises no signing,
the threat has Biden missing from its actors, the removal from the terror list is a historical
lifting with Sudan for its actor, the stalled integration has the RSF and no actor, and the
negated imposition gives nothing; in ar-hl05 the observer status and MENAFATF give nothing; in
ar-hl06 the suspended treaty with Spain is a quiet historical sanctions.suspended of Algeria and
Spain (no sanctions; quiet), the treaty of 2003 («وكان البلدان قد وقعا») is taken into the
negated signing (its trigger), and the trade freeze gives nothing; in ar-hl07 Doha and Cairo are
a historical restoration, and the boycott, AlUla and Bahrain give nothing; in ar-hl08 the negated integration has the SLM (Abdul
Wahid's wing, linked as the SLM) and no actor, and the stalled talks and UNAMID give nothing; in
ar-hl09 the presence has Niamey beside Niger for its targets, and the December document gives
nothing. The Cairo, Salalah and Basra pages raise nothing.

After the fixes of the same round (2026-12-03): events P 1.000 R 0.909 F1 0.952 (the same score:
ar-hl08's planned second phase now passes the set's own check). Fixed as general causes (the
Arabic lexicons): fighters merged «في القوة المشتركة» or «في القوات الموحدة» are integrated.
Beside them, from probing common forms (rasd/events/roles.py): a state right after a listing verb
and before a counted object lists («أدرجت بريطانيا خمسة أفراد على قائمة العقوبات»), and a
go-between after the masdar («استئناف العلاقات … بوساطة صينية») no longer displaces the states
that announced it. Left: «الخارجية» as the State Department's short name (ar-hl01): a bare
«الخارجية» names every state's foreign ministry, so it is not made an alias.

``python -m tests.unit.test_heldout51_events_ar`` prints every article's alerts and the set's
precision, recall and F1.

Later, in set 60's round (2026-12-04): the Colombian armed groups joined the knowledge base (the
FARC, the dissidents' FARC-EP, the Second Marquetalia, the ELN), so ar-hl01's imposition on the two
dissident factions is found by its targets; the State Department by its bare short name
«الخارجية» is still no alias (the rules below).
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
_STATE = "United States Department of State"
_COUNCIL_EU = "Council of the European Union"
_FARC = "Revolutionary Armed Forces of Colombia"
_FARC_EP = "FARC-EP"
_MARQUETALIA = "Segunda Marquetalia"
_ELN = "National Liberation Army (Colombia)"
_FATF = "Financial Action Task Force"
_MENAFATF = "Middle East and North Africa Financial Action Task Force"
_JEM = "Justice and Equality Movement"
_SLM = "Sudan Liberation Movement"
_SLM_AW = "Sudan Liberation Movement (Abdul Wahid)"
_SLFA = "Sudan Liberation Forces Alliance"
_SPLMN = "Sudan People's Liberation Movement–North"
_UNAMID = "African Union – United Nations Hybrid Operation in Darfur"

_STATE_SHORT = (
    "the imposition on the two dissident factions («وفي الخطوة نفسها، فرضت الخارجية عقوبات على"
    " فصيلين منشقين عن الحركة، هما «الماركيتاليا الثانية» و«فارك - الجيش الشعبي»») gives nothing:"
    " the bare «الخارجية», the short form of «وزارة الخارجية الأمريكية» named in the lead, is no"
    " alias of the State Department (rasd/kb/data/authorities.yaml, read by"
    " rasd/entities/matcher.py; the Treasury's «الخزانة» is one, as an ambiguous alias confirmed by"
    " the full name), the factions are unknown, and an event with no target and no linked actor is"
    " dropped (_plausible in rasd/events/extractor.py)"
)

ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alarabiya-net-us-delists-farc-designates-dissidents-2021",
        date(2021, 12, 1),
        """واشنطن تشطب «فارك» من قائمة الإرهاب وتدرج فصيلين منشقين

بوغوتا - «العربية.نت»

رفعت وزارة الخارجية الأمريكية، أمس الثلاثاء، «القوات المسلحة الثورية الكولومبية» (فارك) من قائمة المنظمات الإرهابية الأجنبية، بعد خمس سنوات من توقيع اتفاق السلام الذي حوّل الحركة المتمردة السابقة إلى حزب سياسي ممثل في الكونغرس الكولومبي.

وفي الخطوة نفسها، فرضت الخارجية عقوبات على فصيلين منشقين عن الحركة، هما «الماركيتاليا الثانية» و«فارك - الجيش الشعبي»، وأدرجتهما على القائمة ذاتها، بعد أن رفض قادتهما إلقاء السلاح وعادوا إلى تهريب المخدرات والخطف في المناطق الحدودية مع فنزويلا.

وقال وزير الخارجية أنتوني بلينكن، في بيان، إن القرار "لا يعني العفو عن الجرائم التي ارتكبها قادة الحركة"، وأضاف أن "فارك لم تعد موجودة بوصفها منظمة موحدة تنخرط في الإرهاب أو تملك القدرة على ذلك". وأكد أن واشنطن "ستواصل دعم الضحايا وتنفيذ الاتفاق بكل بنوده".

وكانت الولايات المتحدة قد أدرجت الحركة على قائمة المنظمات الإرهابية الأجنبية في أكتوبر 1997، في ذروة الحرب التي خلفت أكثر من مئتين وخمسين ألف قتيل وملايين النازحين على مدى نصف قرن.

ووقعت الحكومة الكولومبية برئاسة خوان مانويل سانتوس اتفاق السلام النهائي مع الحركة في بوغوتا في نوفمبر 2016، بعد أربع سنوات من المفاوضات في العاصمة الكوبية هافانا، ونال سانتوس عنه جائزة نوبل للسلام.

ولم ترفع الخارجية الأمريكية «جيش التحرير الوطني»، ثاني أكبر حركة متمردة في البلاد، من القائمة، فيما لا تزال المفاوضات بين الحكومة والحركة متعثرة منذ تعليقها في يناير 2019، إثر تفجير سيارة مفخخة في أكاديمية للشرطة في العاصمة.

ورحب الرئيس الكولومبي إيفان دوكي بتصنيف الفصيلين المنشقين، لكنه انتقد ضمنا رفع الحركة من القائمة، قائلا إن "من خانوا الاتفاق يجب أن يلاحقوا أينما كانوا". في المقابل، قال حزب «كومونيس»، الذي أسسه مقاتلو الحركة السابقون، إن القرار "يصحح ظلما تاريخيا" ويسهل على أعضائه السفر والتعامل مع المصارف.

وفي مدينة مايكاو على الحدود مع فنزويلا، حيث تعيش جالية لبنانية كبيرة منذ عقود، قال تاجر أقمشة من أصل لبناني: "الحمد لله الوضع أحسن من قبل بكتير، بس بعدنا خايفين من الجماعات اللي بالجبال، ما حدا بيعرف شو ممكن يصير".

ويعيش في كولومبيا عشرات الآلاف من المتحدرين من أصول لبنانية وسورية وفلسطينية، يتركز كثير منهم في مدن الساحل الكاريبي مثل بارانكيا وقرطاجنة ومايكاو، حيث بنوا مساجد وكنائس ومدارس، ويعمل أغلبهم في التجارة.""",
        [
            G("sanctions.lifted", "occurred", [_US, _STATE], [_FARC]),
            G("sanctions.imposed", "occurred", [_US, _STATE], [_MARQUETALIA, _FARC_EP]),
            # the designation of October 1997,
            G("sanctions.imposed", "historical", [_US], [_FARC], core=False),
            # the peace agreement of November 2016,
            G(
                "agreement.signed",
                "historical",
                ["Colombia", _FARC, "Juan Manuel Santos"],
                [],
                core=False,
            ),
            # "ولم ترفع الخارجية الأمريكية «جيش التحرير الوطني» … من القائمة",
            G("sanctions.lifted", "negated", [_US, _STATE], [_ELN], core=False),
            # the talks with the ELN "متعثرة منذ تعليقها في يناير 2019",
            G("agreement.signed", "stalled", ["Colombia", _ELN], [], core=False),
        ],
        not_targets=["Colombia", "Venezuela", "Cuba"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-asharqalawsat-us-waives-cyprus-arms-embargo-one-year-2020",
        date(2020, 9, 2),
        """واشنطن تعلق حظر الأسلحة على قبرص لمدة عام.. وأنقرة تحذر

نيقوسيا - «الشرق الأوسط»

علقت الولايات المتحدة حظر بيع الأسلحة والمعدات العسكرية غير الفتاكة المفروض على جمهورية قبرص منذ عام 1987، لمدة عام واحد يبدأ في الأول من أكتوبر المقبل، في خطوة وصفتها نيقوسيا بـ"التاريخية"، فيما حذرت أنقرة من أنها ستقوض جهود التسوية في الجزيرة المقسمة.

وقالت وزارة الخارجية الأمريكية، في بيان، إن الوزير مايك بومبيو وقع قرار الإعفاء بعد أن "أحرزت الحكومة القبرصية تقدما في منع السفن العسكرية الروسية من استخدام موانئها للتزود بالوقود والصيانة"، مضيفة أن القرار "يعزز الشراكة الأمنية مع شريك مهم في شرق المتوسط".

وأضاف البيان أن الإعفاء يمكن تجديده سنويا، شرط أن تواصل قبرص تطبيق إجراءات مكافحة غسل الأموال وتشديد الرقابة على المصارف التي تعامل معها رجال أعمال روس.

ورحب الرئيس القبرصي نيكوس أناستاسيادس بالقرار، وقال في تصريح مقتضب للصحفيين إنه "يعكس العلاقات الممتازة بين البلدين"، فيما قال وزير الخارجية نيكوس خريستودوليدس إن بلاده "لن تتحول إلى ساحة لأي طرف، لكنها من حقها الدفاع عن نفسها".

وكانت واشنطن قد فرضت الحظر في ديسمبر 1987 لتشجيع جهود إعادة توحيد الجزيرة ومنع سباق تسلح بين شطريها، القبرصي اليوناني في الجنوب والقبرصي التركي في الشمال، الذي تنتشر فيه قوات تركية منذ عام 1974.

ولا تعتزم الولايات المتحدة إقامة أي قاعدة عسكرية في الجزيرة، بحسب ما أكد مسؤول في السفارة الأمريكية في نيقوسيا، ردا على تقارير صحفية يونانية تحدثت عن "وجود أمريكي دائم" قرب ميناء ليماسول.

في المقابل، قالت وزارة الخارجية التركية إن القرار "يسمم أجواء السلام والاستقرار"، داعية واشنطن إلى "التراجع عنه فورا"، وهددت بتعزيز وجودها العسكري في شمال الجزيرة "لضمان أمن القبارصة الأتراك".

ولا تزال مفاوضات إعادة توحيد الجزيرة متعثرة منذ انهيار مؤتمر كرانس مونتانا في سويسرا صيف 2017، بعد أن أخفق الطرفان في الاتفاق على مصير القوات التركية ونظام الضمانات.

وفي مدينة لارنكا، التي يقيم فيها آلاف اللبنانيين والسوريين، قال صاحب مطعم لبناني قرب الكورنيش: "والله الجزيرة هادية وما في شي، الناس همها الشغل والسياحة، بس كورونا خربت الموسم كله".

ويقصد قبرص كل صيف عشرات آلاف اللبنانيين، فيما اتخذها كثيرون مقرا دائما لأعمالهم بعد الانهيار المالي الذي ضرب لبنان منذ خريف العام الماضي.""",
        [
            G("sanctions.suspended", "occurred", [_US, _STATE, "Mike Pompeo"], ["Cyprus"]),
            # the embargo imposed in December 1987,
            G("sanctions.imposed", "historical", [_US], ["Cyprus"], core=False),
            # "ولا تعتزم الولايات المتحدة إقامة أي قاعدة عسكرية في الجزيرة",
            G("military.presence", "negated", [_US], ["Cyprus"], core=False),
            # the Turkish forces deployed in the north since 1974,
            G("military.presence", "historical", ["Turkey"], ["Northern Cyprus"], core=False),
            # the reunification talks "متعثرة منذ انهيار مؤتمر كرانس مونتانا",
            G("agreement.signed", "stalled", ["Cyprus", "Northern Cyprus"], [], core=False),
        ],
        not_targets=["Russia", "Turkey", "Lebanon"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-raseef22-eu-prolongs-iran-human-rights-regime-2023",
        date(2023, 4, 13),
        """الاتحاد الأوروبي يمدد عقوباته على إيران بسبب انتهاكات حقوق الإنسان عاما إضافيا

بروكسل - «رصيف22»

مدد مجلس الاتحاد الأوروبي، أمس الأربعاء، العمل بالإجراءات التقييدية المفروضة على إيران بسبب انتهاكات حقوق الإنسان لمدة عام إضافي، حتى الثالث عشر من أبريل 2024، في ظل استمرار حملة القمع التي تشنها السلطات على المحتجين منذ سبتمبر الماضي.

وقال المجلس، في بيان نشره على موقعه الإلكتروني، إن الإجراءات تشمل حاليا مئتين وستة عشر فردا وسبعة وثلاثين كيانا، تخضع أصولهم للتجميد ويُمنعون من دخول أراضي الدول الأعضاء، كما تحظر تصدير المعدات التي قد تستخدم في القمع الداخلي وفي مراقبة الاتصالات إلى إيران.

وأضاف البيان أن الاتحاد "يدعو السلطات الإيرانية إلى وقف استخدام العنف ضد المتظاهرين السلميين، والإفراج عن جميع المعتقلين تعسفيا، ووقف تنفيذ أحكام الإعدام".

وكان الاتحاد قد أنشأ هذا الإطار في أبريل 2011، عقب حملة القمع التي أعقبت الانتخابات الرئاسية عام 2009، ثم وسعه منذ أكتوبر الماضي بسلسلة من الحزم شملت «شرطة الأخلاق» وقادة في «الحرس الثوري» ووزراء ونوابا وهيئة الإذاعة والتلفزيون الرسمية.

ولم يرفع المجلس أي اسم من القائمة خلال المراجعة السنوية، بحسب دبلوماسي أوروبي تحدث لـ«رصيف22» شرط عدم الكشف عن هويته، قائلا إن النقاش بين الدول الأعضاء "كان قصيرا على غير العادة".

في المقابل، قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن القرار "تدخل سافر في الشؤون الداخلية"، وتوعد بأن طهران "سترد بالمثل في الوقت المناسب".

وتأتي الخطوة فيما لا تزال المفاوضات الرامية إلى إحياء الاتفاق النووي بين إيران والقوى الكبرى متعثرة منذ أغسطس الماضي، بعد أن رفضت طهران المسودة النهائية التي قدمها منسق الاتحاد الأوروبي جوزيب بوريل.

ويقول ناشطون إيرانيون في المنفى إن العقوبات الفردية "رمزية في أغلبها"، لأن معظم المدرجين لا يملكون أصولا في أوروبا ولا يسافرون إليها، لكنهم يرون فيها رسالة سياسية مهمة إلى عائلات الضحايا.

وفي ساحة شومان قرب مقر المفوضية، حيث تجمع عشرات المحتجين، قال شاب من الأحواز يعيش في بلجيكا منذ سنوات: "إحنا نريد بس أهلنا يعيشون بكرامة، هذا مو كثير، والعالم لازم يسمع صوتنا مو بس بيانات".

ويقدر عدد الإيرانيين المقيمين في بلجيكا بنحو عشرين ألفا، ينشط كثير منهم في جمعيات حقوقية وثقافية تنظم وقفات أسبوعية منذ اندلاع الاحتجاجات في الخريف الماضي.""",
        [
            G("sanctions.extended", "occurred", [_COUNCIL_EU, "European Union"], ["Iran"]),
            # the framework set up in April 2011 and widened since October,
            G("sanctions.imposed", "historical", ["European Union"], ["Iran"], core=False),
            # "ولم يرفع المجلس أي اسم من القائمة",
            G("sanctions.lifted", "negated", [_COUNCIL_EU], ["Iran"], core=False),
            # the nuclear talks "متعثرة منذ أغسطس الماضي",
            G("agreement.signed", "stalled", ["Iran"], [], core=False),
        ],
        not_targets=["Belgium"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-altaghyeer-biden-order-threatens-sudan-sanctions-2023",
        date(2023, 5, 5),
        """بايدن يلوّح بالعقوبات على المسؤولين عن الحرب في السودان

الخرطوم - «التغيير»

لوّح الرئيس الأمريكي جو بايدن، مساء الخميس، بفرض عقوبات على المسؤولين عن الحرب الدائرة في السودان منذ منتصف أبريل الماضي، ووقع أمرا تنفيذيا يوسع صلاحيات إدارته في معاقبة كل من "يهدد السلام والأمن والاستقرار في السودان أو يقوض الانتقال الديمقراطي".

وقال بايدن، في بيان وزعه البيت الأبيض، إن العنف الذي اندلع بين الجيش السوداني وقوات الدعم السريع "مأساة، وخيانة لمطالب الشعب السوداني بحكومة مدنية"، مضيفا أن "القتال يجب أن يتوقف فورا".

ولم يتضمن الأمر التنفيذي أي أسماء، ولم تفرض الإدارة الأمريكية حتى الآن أي عقوبات على قائد الجيش الفريق أول عبد الفتاح البرهان أو قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو «حميدتي»، وفق ما أكده مسؤول في الخارجية للصحفيين في إحاطة هاتفية.

وأوضح المسؤول أن الإجراءات المحتملة قد تشمل تجميد الأصول وحظر التأشيرات، وأن واشنطن "ستنسق مع شركائها في المنطقة" قبل اتخاذ أي خطوة.

وكانت الولايات المتحدة قد رفعت في أكتوبر 2017 العقوبات الاقتصادية والتجارية التي فرضتها على السودان منذ عام 1997، ثم شطبته في ديسمبر 2020 من قائمة الدول الراعية للإرهاب، بعد أشهر من الإطاحة بنظام الرئيس عمر البشير.

وتعثرت قبل اندلاع الحرب المحادثات حول دمج قوات الدعم السريع في الجيش، التي كانت جزءا من الاتفاق الإطاري الموقع في ديسمبر الماضي، بعد خلاف على الجدول الزمني للدمج وعلى قيادة القوات خلال الفترة الانتقالية.

وفي الأثناء، أعلنت السعودية والولايات المتحدة أن ممثلين عن الطرفين سيلتقون في جدة مطلع الأسبوع المقبل، في أول محادثات مباشرة منذ بدء القتال، وسط تشكيك واسع في فرص التوصل إلى هدنة دائمة.

وأسفرت المعارك حتى الآن عن مقتل أكثر من خمسمئة شخص، بحسب وزارة الصحة، ونزوح ما يزيد على ثلاثمئة ألف داخل البلاد، فيما عبر نحو مئة ألف الحدود إلى مصر وتشاد وجنوب السودان.

وفي حي الصحافة جنوبي الخرطوم، قال صاحب بقالة أغلق محله منذ أسبوعين: "الزول ما لاقي موية ولا كهربا، والرصاص فوق راسنا ليل ونهار، العقوبات دي ما بتأكلنا عيش، نحن دايرين الحرب تقيف بس".

ويشكو سكان العاصمة من انقطاع المياه والكهرباء ونفاد الأدوية، فيما أغلقت معظم المستشفيات أبوابها، وتحولت الشوارع الرئيسية إلى ساحات مواجهة بين الطرفين.""",
        [
            G("sanctions.threatened", "occurred", [_US, "Joe Biden"], []),
            # "ولم تفرض الإدارة الأمريكية حتى الآن أي عقوبات على … البرهان أو … حميدتي",
            G(
                "sanctions.imposed",
                "negated",
                [_US],
                ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"],
                core=False,
            ),
            # the sanctions lifted in October 2017 and the listing removed in December 2020,
            G("sanctions.lifted", "historical", [_US], ["Sudan"], core=False),
            # the talks on merging the RSF into the army that "تعثرت",
            G(
                "forces.integrated",
                "stalled",
                ["Sudanese Armed Forces"],
                ["Rapid Support Forces"],
                core=False,
            ),
        ],
        not_targets=["Saudi Arabia", "Egypt", "Chad"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-makkah-saudi-arabia-becomes-full-fatf-member-2019",
        date(2019, 6, 22),
        """المملكة أول دولة عربية تنال العضوية الكاملة في «فاتف»

الرياض - «مكة»

انضمت المملكة العربية السعودية رسميا إلى مجموعة العمل المالي «فاتف» عضوا كاملا، أمس، خلال الاجتماع العام للمجموعة في مدينة أورلاندو الأمريكية، لتصبح أول دولة عربية تحصل على العضوية الكاملة في الهيئة الدولية المعنية بمكافحة غسل الأموال وتمويل الإرهاب.

وقال وزير المالية محمد الجدعان، الذي رأس وفد المملكة، إن القرار "يعكس الثقة الدولية في منظومة المملكة لمكافحة الجرائم المالية"، وأضاف أن المملكة "ستعمل مع الدول الأعضاء على تطوير المعايير الدولية وحماية النظام المالي العالمي".

وأكد الجدعان أن العضوية جاءت "بتوجيهات من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، ومتابعة من صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء"، مشيرا إلى أن الجهات الحكومية عملت على مدى سنوات لتحديث الأنظمة والإجراءات.

وكانت المملكة قد حصلت على صفة العضو المراقب في المجموعة عام 2015، وخضعت خلال العامين الماضيين لتقييم متبادل شمل زيارة ميدانية لفريق من المقيمين الدوليين استمرت أسبوعين.

كما كانت المملكة من الدول المؤسسة لمجموعة العمل المالي لمنطقة الشرق الأوسط وشمال أفريقيا «مينافاتف» عند إنشائها في المنامة عام 2004، وتستضيف عددا من برامجها التدريبية.

وأبقت المجموعة في اجتماعها نفسه إيران وكوريا الشمالية على قائمتها السوداء للدول عالية المخاطر، وأمهلت طهران حتى أكتوبر المقبل لاستكمال إصلاحاتها التشريعية.

ويرى مختصون في القطاع المصرفي أن العضوية الكاملة ستسهل تعاملات البنوك السعودية مع نظيراتها في الخارج، وتخفض كلفة الامتثال على المؤسسات المالية، وتعزز جاذبية السوق للمستثمرين الأجانب في ظل برامج رؤية المملكة 2030.

وقال مصرفي سعودي يعمل في إدارة الالتزام بأحد البنوك الكبرى في الرياض لـ«مكة»: "هذي خطوة كبيرة يا أخي، البنوك الأجنبية كانت تسألنا أسئلة كثيرة عند كل حوالة، والحين إن شاء الله الأمور بتمشي أسرع".

وتضم مجموعة العمل المالي، التي أنشأتها مجموعة السبع عام 1989 ومقرها باريس، تسعا وثلاثين عضوا بين دول ومنظمات إقليمية، وتصدر توصيات تعد المرجع الدولي في مكافحة غسل الأموال وتمويل الإرهاب وانتشار التسلح.

وتنتظر المؤسسات المالية السعودية صدور تقرير التقييم المتبادل كاملا خلال الأسابيع المقبلة، ليتضمن تفاصيل نقاط القوة والملاحظات التي أبداها المقيمون.""",
        [
            G("alliance.joined", "occurred", ["Saudi Arabia"], [_FATF]),
            # the observer status of 2015,
            G("alliance.joined", "historical", ["Saudi Arabia"], [_FATF], core=False),
            # a founder of MENAFATF in 2004,
            G("alliance.joined", "historical", ["Saudi Arabia"], [_MENAFATF], core=False),
        ],
        not_targets=["Iran", "North Korea", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-elmassa-algeria-italy-sign-agreements-draghi-visit-2022",
        date(2022, 7, 19),
        """الجزائر وإيطاليا توقعان خمس عشرة اتفاقية خلال زيارة دراغي

الجزائر - «المساء»

وقعت الجزائر وإيطاليا، أمس الاثنين، خمس عشرة اتفاقية ومذكرة تفاهم في مجالات الطاقة والعدالة والصناعة والمؤسسات الصغيرة والتعاون الأمني، خلال القمة الحكومية الرابعة بين البلدين التي ترأسها رئيس الجمهورية السيد عبد المجيد تبون ورئيس مجلس الوزراء الإيطالي ماريو دراغي بقصر المرادية.

وقال رئيس الجمهورية، في ندوة صحفية مشتركة مع ضيفه، إن العلاقات بين البلدين "استراتيجية وضاربة في عمق التاريخ"، مضيفا أن الجزائر "ستبقى شريكا موثوقا لإيطاليا في مجال الطاقة". وأكد أن البلدين اتفقا على رفع حجم المبادلات التجارية خارج المحروقات.

من جانبه، قال دراغي إن إيطاليا "ممتنة للجزائر على وقوفها إلى جانبها"، مشيرا إلى أن الجزائر أصبحت "أول مورد للغاز إلى إيطاليا"، وأضاف أن البلدين سيعملان على مشروع لنقل الهيدروجين الأخضر والكهرباء عبر البحر المتوسط.

وأعلنت مجموعة سوناطراك، على هامش الزيارة، أنها ستزيد إمداداتها من الغاز إلى إيطاليا بأربعة مليارات متر مكعب إضافية خلال الأسابيع المقبلة، عبر أنبوب «ترانسميد» الذي يعبر الأراضي التونسية.

وكان البلدان قد وقعا في الجزائر العاصمة عام 2003 معاهدة للصداقة وحسن الجوار والتعاون، تعقد بموجبها قمة حكومية دورية بالتناوب بين العاصمتين.

ولم يوقع البلدان خلال القمة أي اتفاق في مجال التصنيع العسكري، رغم أن الموضوع طرح في محادثات سابقة بين وزيري الدفاع، بحسب مصدر دبلوماسي تحدث لـ«المساء».

وتأتي الزيارة بعد أسابيع من تعليق الجزائر معاهدة الصداقة مع إسبانيا، وتجميد المعاملات التجارية معها، وكانت الجزائر قد جمدت في يونيو الماضي عمليات التوطين البنكي للتجارة مع مدريد، ردا على تغيير الحكومة الإسبانية موقفها من قضية الصحراء الغربية.

وتسعى روما، كغيرها من العواصم الأوروبية، إلى تقليص اعتمادها على الغاز الروسي منذ بدء الحرب في أوكرانيا، وكانت موسكو تؤمن قرابة أربعين في المئة من احتياجاتها قبل الحرب.

وفي حي باب الوادي الشعبي، قال متقاعد كان يعمل في ميناء العاصمة: "مليح كي يجيو الطليان ويحتاجونا، بصح الغاز تاعنا لازم يرجع بالخير على الشباب، راهم قاعدين بلا خدمة".

ويعيش في إيطاليا عشرات الآلاف من الجزائريين، يتركز أغلبهم في مدن الشمال، فيما تنشط نحو مئتي شركة إيطالية في الجزائر في قطاعات الطاقة والبناء والأشغال العمومية.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Algeria", "Italy", "Abdelmadjid Tebboune", "Mario Draghi"],
                [],
            ),
            # the treaty of friendship of 2003,
            G("agreement.signed", "historical", ["Algeria", "Italy"], [], core=False),
            # "ولم يوقع البلدان خلال القمة أي اتفاق في مجال التصنيع العسكري",
            G("agreement.signed", "negated", ["Algeria", "Italy"], [], core=False),
            # the trade with Madrid frozen in June,
            G("sanctions.imposed", "historical", ["Algeria"], ["Spain"], core=False),
        ],
        not_targets=["Russia", "Tunisia", "Ukraine"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alwatan-qatar-uae-resume-diplomatic-representation-2023",
        date(2023, 6, 20),
        """قطر والإمارات تستأنفان التمثيل الدبلوماسي بينهما

الدوحة - «الوطن»

أعلنت دولة قطر ودولة الإمارات العربية المتحدة، أمس، استئناف التمثيل الدبلوماسي بينهما، بعد أكثر من ست سنوات على قطع العلاقات، وذلك "تنفيذا لبيان العُلا، وحرصا على تعزيز العمل الخليجي المشترك"، وفق ما جاء في بيان لوزارة الخارجية نقلته وكالة الأنباء القطرية «قنا».

وأوضح البيان أن الخطوة تشمل إعادة فتح سفارة دولة قطر في أبوظبي وقنصليتها العامة في دبي، وسفارة دولة الإمارات في الدوحة، معربا عن تطلع البلدين إلى "تحقيق تطلعات الشعبين الشقيقين".

وقال الدكتور ماجد بن محمد الأنصاري، مستشار رئيس مجلس الوزراء والمتحدث الرسمي باسم وزارة الخارجية، في تصريح صحفي، إن القرار "يأتي في إطار الاتصالات المستمرة بين قيادتي البلدين"، وأضاف أن العمل جار على استكمال الترتيبات اللوجستية لعمل البعثتين.

وكانت الإمارات والسعودية والبحرين ومصر قد قطعت علاقاتها مع قطر في يونيو 2017، وفرضت عليها مقاطعة شملت إغلاق الحدود البرية والأجواء والموانئ، متهمة الدوحة بدعم الإرهاب، وهو ما نفته قطر بشدة.

وانتهت الأزمة بتوقيع بيان العُلا في القمة الخليجية الحادية والأربعين في يناير 2021، برعاية خادم الحرمين الشريفين، بحضور صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى.

وكانت قطر والبحرين قد أعادتا علاقاتهما الدبلوماسية في أبريل الماضي، عقب اجتماع للجنتي المتابعة في مقر الأمانة العامة لمجلس التعاون في الرياض، فيما تبادلت الدوحة والقاهرة السفراء في عام 2021.

ورغم انتهاء المقاطعة، ظلت العلاقات بين الدوحة وأبوظبي الأبطأ في التحسن، قبل أن تشهد تقاربا ملحوظا منذ العام الماضي، تُوّج بزيارة صاحب السمو إلى الإمارات في ديسمبر الماضي ولقائه صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس دولة الإمارات.

ويرى محللون أن الخطوة تعكس رغبة البلدين في تجاوز مرحلة الأزمة والتركيز على ملفات التعاون الاقتصادي والاستثمار، في ظل تحولات إقليمية متسارعة، بينها الاتفاق السعودي الإيراني برعاية صينية.

وفي سوق واقف بالدوحة، قال تاجر قطري يبيع العطور والبخور: "الحمد لله، الخليج بيت واحد، وعيالنا بيرجعون يزورون أهلهم في العين وأبوظبي عقب هالسنين، والله إنه خبر يفرح".

وترتبط عائلات قطرية وإماراتية كثيرة بصلات نسب وقرابة، وتضررت بشدة خلال سنوات المقاطعة التي فرقت بين الأزواج والأقارب.""",
        [
            G("relations.restored", "occurred", ["Qatar", "United Arab Emirates"], []),
            # the boycott of June 2017,
            G(
                "sanctions.imposed",
                "historical",
                ["United Arab Emirates", "Saudi Arabia", "Bahrain", "Egypt"],
                ["Qatar"],
                core=False,
            ),
            # the AlUla declaration of January 2021,
            G("agreement.signed", "historical", ["Qatar", "Saudi Arabia"], [], core=False),
            # Qatar and Bahrain in April, Doha and Cairo in 2021,
            G("relations.restored", "historical", ["Qatar", "Bahrain"], [], core=False),
            G("relations.restored", "historical", ["Qatar", "Egypt"], [], core=False),
        ],
        not_targets=["Iran", "China"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-dabanga-darfur-joint-force-movements-merged-2022",
        date(2022, 9, 12),
        """تخريج أول دفعة من القوة المشتركة لحفظ الأمن في دارفور

الفاشر - «راديو دبنقا»

دمجت السلطات السودانية، أمس الأحد، نحو ألفي مقاتل من حركة العدل والمساواة وحركة تحرير السودان بقيادة مني أركو مناوي في القوة المشتركة لحفظ الأمن وحماية المدنيين في دارفور، إلى جانب وحدات من الجيش وقوات الدعم السريع والشرطة، وذلك في احتفال بتخريج الدفعة الأولى من القوة بمدينة الفاشر.

وقال عضو مجلس السيادة الانتقالي، الذي خاطب الاحتفال، إن القوة "نواة لجيش قومي واحد"، وأضاف أن تنفيذ بند الترتيبات الأمنية "تأخر كثيرا لأسباب مالية ولوجستية، لكنه بدأ الآن فعليا على الأرض".

وأكد حاكم إقليم دارفور مني أركو مناوي أن القوة ستنتشر في المناطق التي تشهد نزاعات قبلية متكررة، وقال: "ما عندنا خيار غير إنو نحمي أهلنا بنفسنا، بعد ما طلعت يوناميد".

وأوضح المتحدث باسم اللجنة العليا للترتيبات الأمنية أن قوات «تجمع قوى تحرير السودان» بقيادة الطاهر حجر ستدمج في القوة المشتركة في المرحلة الثانية مطلع العام المقبل، بعد استكمال حصر مقاتليها وتدريبهم في معسكرات بولاية شمال دارفور.

وكانت الحكومة الانتقالية قد وقعت اتفاق جوبا للسلام مع الجبهة الثورية السودانية، التي تضم حركات دارفور المسلحة، في الثالث من أكتوبر 2020، ونص الاتفاق على تشكيل قوة مشتركة قوامها اثنا عشر ألف عنصر.

ولم يشمل الدمج قوات حركة تحرير السودان بقيادة عبد الواحد محمد نور، التي رفضت التوقيع على الاتفاق، ولا تزال تسيطر على مناطق في جبل مرة.

كما لا تزال المفاوضات مع الحركة الشعبية لتحرير السودان - شمال بقيادة عبد العزيز الحلو متعثرة منذ توقفها في جوبا العام الماضي، بعد خلاف على علاقة الدين بالدولة.

وكانت بعثة الأمم المتحدة والاتحاد الأفريقي المختلطة «يوناميد» تنتشر في الإقليم منذ عام 2007، قبل أن تنهي مهمتها في ديسمبر 2020 وتغادر آخر قواتها العام الماضي.

ويشهد الإقليم منذ أشهر موجة من الاشتباكات القبلية في ولايات غرب ووسط وجنوب دارفور، أدت إلى مقتل المئات ونزوح عشرات الآلاف.

وفي معسكر أبوشوك للنازحين شمالي الفاشر، قالت امرأة تبيع الفول السوداني: "نحنا دايرين الأمان بس، الزراعة ما بتمشي والناس خايفين يطلعوا برا المعسكر، الله يجيب السلام".

ويضم معسكر أبوشوك عشرات الآلاف من النازحين الذين فروا من قراهم منذ بداية الحرب في الإقليم قبل نحو عقدين.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Sudan", "Sudanese Armed Forces", "Rapid Support Forces"],
                [_JEM, _SLM],
            ),
            # the forces of al-Tahir Hajar's alliance "ستدمج … في المرحلة الثانية",
            G("forces.integrated", "planned", ["Sudan"], [_SLFA]),
            # the Juba peace agreement of October 2020,
            G(
                "agreement.signed",
                "historical",
                ["Sudan", "Sudanese Revolutionary Front"],
                [],
                core=False,
            ),
            # "ولم يشمل الدمج قوات حركة تحرير السودان بقيادة عبد الواحد محمد نور",
            G("forces.integrated", "negated", ["Sudan"], [_SLM_AW], core=False),
            # the talks with al-Hilu's SPLM-N "متعثرة",
            G("agreement.signed", "stalled", ["Sudan", _SPLMN], [], core=False),
            # UNAMID deployed in Darfur since 2007,
            G("military.presence", "historical", [_UNAMID], ["Sudan"], core=False),
        ],
        not_targets=["Chad", "South Sudan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-aljazeeranet-russian-instructors-arrive-niamey-2024",
        date(2024, 4, 13),
        """مدربون عسكريون روس يصلون إلى نيامي ومعهم منظومة دفاع جوي

نيامي - «الجزيرة نت»

وصل إلى العاصمة النيجرية نيامي، مساء الأربعاء، مدربون عسكريون روس على متن طائرة شحن عسكرية، ومعهم منظومة للدفاع الجوي، في إطار اتفاق التعاون العسكري بين البلدين، وفق ما أعلن التلفزيون الرسمي في النيجر.

ونقل التلفزيون عن أحد المدربين قوله إن مهمتهم "تدريب الجيش النيجري على استخدام المنظومة وتطوير التعاون العسكري بين روسيا والنيجر"، فيما أفادت وسائل إعلام روسية بأن المدربين ينتمون إلى «الفيلق الأفريقي» التابع لوزارة الدفاع الروسية.

وقال مصدر عسكري نيجري، طلب عدم الكشف عن هويته، إن عدد المدربين "لا يتجاوز المئة في المرحلة الحالية"، مضيفا أنهم سيتمركزون في قاعدة جوية قرب مطار نيامي.

وكان رئيس المجلس العسكري الحاكم الجنرال عبد الرحمن تياني قد بحث مع الرئيس الروسي فلاديمير بوتين، في اتصال هاتفي أواخر مارس الماضي، "تعزيز التعاون الأمني لمواجهة التهديدات الحالية"، بحسب بيان الكرملين. كما وقع البلدان في ديسمبر الماضي، خلال زيارة نائب وزير الدفاع الروسي يونس بك يفكوروف إلى نيامي، وثيقة لتعزيز التعاون العسكري.

وتأتي الخطوة بعد أسابيع من إعلان المجلس العسكري إلغاء الاتفاق الذي يسمح بوجود نحو ألف جندي أمريكي على أراضي النيجر، ووصفه بأنه "غير قانوني"، عقب زيارة وفد أمريكي رفيع إلى نيامي.

وتنتشر قوات أمريكية في النيجر منذ عام 2013، وتشغل قاعدة جوية للطائرات المسيرة قرب مدينة أغاديز في الشمال، أنفقت واشنطن على إنشائها أكثر من مئة مليون دولار.

ولم يوقع النيجر والولايات المتحدة أي اتفاق جديد خلال زيارة الوفد الأمريكي، الذي ضم مساعدة وزير الخارجية للشؤون الأفريقية وقائد القيادة الأمريكية في أفريقيا «أفريكوم»، بحسب ما أكده المتحدث باسم المجلس العسكري.

وكانت القوات الفرنسية قد أكملت انسحابها من النيجر في ديسمبر الماضي، بعد أن طالبها المجلس العسكري بالمغادرة إثر الانقلاب الذي أطاح بالرئيس محمد بازوم في يوليو من العام الماضي.

وفي سوق نيامي الكبير، قال تاجر من عرب ديفا يبيع الأقمشة: "والله الناس كلهم فرحانين بالأخبار، لكن نحن دايرين الأمن في الطرق بس، والسوق ماشي ضعيف من زمان".

ويواجه النيجر، أحد أفقر بلدان العالم، هجمات متكررة لجماعات مسلحة في منطقة المثلث الحدودي مع مالي وبوركينا فاسو، وفي الجنوب الشرقي قرب بحيرة تشاد.""",
        [
            G("military.presence", "occurred", ["Russia", "Africa Corps"], ["Niger"]),
            # the document signed in December,
            G("agreement.signed", "historical", ["Niger", "Russia"], [], core=False),
            # the US troops in Niger since 2013,
            G("military.presence", "historical", [_US], ["Niger"], core=False),
            # "ولم يوقع النيجر والولايات المتحدة أي اتفاق جديد",
            G("agreement.signed", "negated", ["Niger", _US], [], core=False),
        ],
        not_targets=["Mali", "Burkina Faso", "France", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-almasryalyoum-volleyball-league-page-2025",
        date(2025, 3, 9),
        """الأهلي يحسم القمة الطائرة.. واتحاد اللعبة يغرم الزمالك ويرفع الإيقاف عن لاعب سموحة

القاهرة - «المصري اليوم»

حسم فريق الكرة الطائرة بالنادي الأهلي قمة الدوري الممتاز أمام الزمالك بثلاثة أشواط مقابل شوط، في المباراة التي أقيمت مساء الجمعة بصالة حسن مصطفى بمدينة السادس من أكتوبر، ليعزز صدارته لجدول مرحلة التتويج.

وعقب اللقاء، فرضت لجنة المسابقات بالاتحاد المصري للكرة الطائرة غرامة مالية قدرها خمسون ألف جنيه على نادي الزمالك، بسبب الشغب الذي أحدثه عدد من المشجعين في المدرجات، وقررت إيقاف مدرب الفريق المساعد مباراتين بعد اعتراضه على قرارات الحكم.

وفي المقابل، رفعت اللجنة الإيقاف عن ضارب نادي سموحة بعد قبول التظلم الذي تقدم به ناديه، ليصبح جاهزا للمشاركة في مواجهة الأسبوع المقبل، فيما هدد الاتحاد بفرض عقوبات أشد على الأندية التي يتكرر فيها نزول الجماهير إلى أرض الملعب.

وعلى صعيد الانتقالات، انضم ضارب تونسي إلى صفوف الأهلي قادما من الدوري القطري، بعقد يمتد لموسم ونصف، بينما مدد الزمالك عقد مدربه البولندي لموسمين إضافيين، رغم الخسارة في القمة.

ووقع الاتحاد عقد رعاية مع شركة اتصالات لمدة ثلاثة مواسم، كما وقع بروتوكول تعاون مع الاتحاد التونسي للعبة لتبادل الخبرات في مجال التحكيم وإقامة معسكرات مشتركة للمنتخبات.

وقرر مجلس إدارة الاتحاد دمج دوري الشباب ودوري الناشئين في مسابقة واحدة بداية من الموسم المقبل، لتقليل النفقات، على أن تستأنف بطولة كأس مصر منافساتها الشهر المقبل، بعد تعليقها بسبب ارتباط المنتخب الوطني ببطولة أفريقيا للأندية.

ونشرت مديرية أمن الجيزة قوات لتأمين المباراة في محيط الصالة، ولم تسجل أي تجاوزات خارجها، وسط حضور جماهيري بلغ نحو ألفي مشجع من الناديين.

وقال المدير الفني للأهلي في المؤتمر الصحفي عقب اللقاء: "الولاد لعبوا ماتش كبير، والزمالك فريق محترم وتعبنا جامد في الشوط التالت، بس الحمد لله عرفنا نقفل الماتش".

وقال مشجع زملكاوي عند خروجه من الصالة: "إحنا زعلانين طبعا، بس الفريق لسه فيه أمل، والدوري لسه طويل، وإن شاء الله نرجع في المرحلة الجاية".

ويتصدر الأهلي جدول مرحلة التتويج برصيد خمس عشرة نقطة، بفارق ثلاث نقاط عن الزمالك صاحب المركز الثاني، فيما يأتي سموحة ثالثا، ويحتل الاتحاد السكندري المركز الرابع.

وتقام الجولة المقبلة يوم الأربعاء، حيث يلتقي الأهلي مع الاتحاد السكندري في الإسكندرية، بينما يستضيف الزمالك فريق سموحة بالصالة المغطاة في ميت عقبة.""",
        [],
        not_targets=["Tunisia", "Qatar", "Poland", "Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-atheer-salalah-khareef-local-page-2024",
        date(2024, 7, 15),
        """صلالة: مخالفات على الباعة المتجولين ورفع مخلفات الخريف من عين رزات

صلالة - «أثير»

فرضت بلدية ظفار غرامات مالية على عدد من الباعة المتجولين الذين يعرضون بضائعهم على جوانب الطرق المؤدية إلى المواقع السياحية دون تصاريح، وهددت بفرض عقوبات أشد تصل إلى مصادرة البضائع في حال تكرار المخالفة خلال موسم الخريف.

ورفعت فرق النظافة التابعة للبلدية، خلال الأسبوع الماضي، أكثر من مئة وعشرين طنا من المخلفات من منتزه عين رزات ووادي دربات والشواطئ القريبة، في إطار حملة «خريفنا نظيف» التي تتواصل حتى نهاية سبتمبر.

وفي المقابل، علقت هيئة تنظيم الخدمات العامة توصيل المياه عن أحياء في السعادة ليومين لإجراء أعمال صيانة على الخط الرئيسي، قبل أن تستأنف الضخ مساء الأحد.

ووقعت البلدية اتفاقية شراكة مع جمعية أهلية للعناية بالمسطحات الخضراء، كما انضمت صلالة إلى شبكة المدن الصديقة للسياحة البيئية، بعد مشاركتها في ملتقى أقيم في مسقط.

ومددت البلدية مهلة تجديد تراخيص المحلات التجارية حتى نهاية أغسطس، ونشرت شرطة عمان السلطانية دوريات إضافية على طريق جبل إتين وطريق المغسيل لتنظيم حركة السير خلال ساعات الذروة.

وأعادت المديرية العامة للتربية والتعليم بالمحافظة فتح مدرسة بولاية طاقة بعد انتهاء أعمال الترميم، فيما قررت دمج مدرستين في نيابة صغيرة بسبب تراجع أعداد الطلاب.

وعلى صعيد النقل، استأنفت حافلات «مواصلات» رحلاتها بين مسقط وصلالة بشكل يومي، بعد توقف بعض الرحلات بسبب الضباب الكثيف على الطريق في المرتفعات.

وقال مدير دائرة الرقابة بالبلدية في تصريح لـ«أثير» إن الفرق الميدانية "لن تتهاون مع أي مخالفة تمس الصحة العامة أو المظهر الحضاري"، داعيا المواطنين والزوار إلى الإبلاغ عن أي تجاوزات.

وفي سوق الحافة، قال بائع لبان في الستينيات من عمره: "الخريف هالسنة زين واجد، والناس جات من كل مكان، بس الزحمة في الطرق شي ما ينوصف، الله يعين".

ويشتكي سكان الأحياء القريبة من المواقع السياحية من الازدحام المروري خلال عطلات نهاية الأسبوع، ويطالبون بتوسعة الطرق وإنشاء مواقف إضافية للسيارات.

وتستقبل محافظة ظفار كل عام مئات الآلاف من الزوار من داخل السلطنة ومن دول الخليج خلال موسم الخريف، الذي يمتد من أواخر يونيو إلى سبتمبر، حين تكسو الخضرة الجبال والسهول.""",
        [],
        not_targets=["Oman"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-almirbad-basra-business-page-2024",
        date(2024, 11, 18),
        """شركة بصرية تنضم إلى سوق العراق للأوراق المالية.. والموانئ تفرض رسوما جديدة

البصرة - «المربد»

انضمت شركة متخصصة في صناعة الأنابيب البلاستيكية مقرها البصرة إلى سوق العراق للأوراق المالية، أمس، بعد استكمال إجراءات إدراج أسهمها، لترتفع أسهمها بنسبة تجاوزت ثمانية في المئة في أولى جلسات التداول.

وقال المدير المفوض للشركة في تصريح لـ«المربد» إن الإدراج "يفتح الباب أمام توسيع خطوط الإنتاج"، مشيرا إلى أن الشركة وقعت عقدا مع شركة تركية لتوريد مكائن حديثة لمصنعها الجديد في منطقة خور الزبير.

وفي المقابل، فرضت الشركة العامة لموانئ العراق رسوما جديدة على تخزين الحاويات لفترات طويلة في ميناء أم قصر، فيما رفعت شركات النقل البري أجور الشحن إلى بغداد بنسبة عشرة في المئة بسبب ارتفاع أسعار الإطارات وقطع الغيار.

وعلقت إحدى شركات الأسمدة الإنتاج في وحدة الأمونيا لمدة أسبوعين لإجراء صيانة دورية، قبل أن تستأنف التشغيل الكامل، وفق بيان نشرته على صفحتها الرسمية.

ووقعت شركتان محليتان للمقاولات مذكرة تفاهم لدراسة الاندماج في كيان واحد، كما انضم مستثمر كويتي إلى رأسمال شركة ناشئة في خدمات التوصيل بحصة أقلية.

ومددت غرفة تجارة البصرة مهلة تجديد هويات التجار حتى نهاية الشهر المقبل، ونشرت فرقا ميدانية في أسواق العشار لتعريف أصحاب المحال بنظام التسجيل الإلكتروني، فيما هدد تجار التمور بتعليق تعاملاتهم مع أحد المصدرين بسبب تأخر المستحقات.

ووقعت إدارة مطار البصرة الدولي اتفاقية مع شركة طيران خاصة لتشغيل رحلات مباشرة إلى إسطنبول ودبي اعتبارا من مطلع العام المقبل.

وسجل مؤشر سوق العراق للأوراق المالية ارتفاعا طفيفا بنسبة نصف في المئة، بدعم من أسهم قطاعي المصارف والصناعة، بينما تراجعت أسهم قطاع الفنادق والسياحة.

وفي سوق حنا الشيخ بالبصرة القديمة، قال بائع تمور في الخمسينيات من عمره: "والله السوق هالأيام ماكو بيه حيل، البرحي زين بس الأسعار نازلة، والمصاريف كلها صاعدة، شنسوي؟".

وتعد البصرة الرئة الاقتصادية للعراق، إذ تضم موانئه التجارية الرئيسية وأكبر حقوله النفطية، إلى جانب بساتين النخيل الممتدة على ضفاف شط العرب.

ويتوقع متعاملون أن تشهد الأسواق المحلية حركة أنشط خلال الأسابيع المقبلة مع صرف الرواتب وبدء موسم الشتاء، الذي يشهد عادة ارتفاعا في الطلب على مواد البناء والتدفئة.""",
        [],
        not_targets=["Turkey", "Kuwait", "Iraq", "United Arab Emirates"],
    ),
]


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout51_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout51_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


RULES: list[object] = [
    # the State Department by its short name after its full name
    pytest.param(
        "رحبت وزارة الخارجية الأمريكية بالاتفاق. وفرضت الخارجية عقوبات على جماعتين مسلحتين"
        " منشقتين.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", _STATE)],
        [],
        id="the-foreign-ministry-by-its-short-name-imposes",
        marks=pytest.mark.xfail(strict=True, reason=_STATE_SHORT),
    ),
    pytest.param(
        "أشادت وزارة الخارجية الأمريكية بالهدنة. وهددت الخارجية بفرض عقوبات على معرقلي الاتفاق.",
        date(2024, 3, 5),
        [("sanctions.threatened", "occurred", _STATE)],
        [],
        id="the-foreign-ministry-by-its-short-name-threatens",
        marks=pytest.mark.xfail(strict=True, reason=_STATE_SHORT),
    ),
    pytest.param(
        "رحبت وزارة الخزانة الأمريكية بالاتفاق. وفرضت الخزانة عقوبات على جماعتين مسلحتين منشقتين.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "United States Department of the Treasury")],
        [],
        id="the-treasury-by-its-short-name-imposes",
    ),
    pytest.param(
        "فرضت الخارجية الأمريكية عقوبات على جماعتين مسلحتين منشقتين.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", _STATE)],
        [],
        id="the-us-foreign-ministry-imposes",
    ),
    pytest.param(
        "فرضت الخارجية عقوبات على فنزويلا.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "target:Venezuela")],
        [],
        id="the-foreign-ministry-imposes-on-a-named-state",
    ),
    # fighters merged into a joint force
    pytest.param(
        "ستدمج قوات حركة العدل والمساواة في القوة المشتركة لحماية المدنيين العام المقبل.",
        date(2024, 3, 5),
        [("forces.integrated", "planned", _JEM)],
        [],
        id="movement-to-be-merged-into-the-joint-force",
    ),
    pytest.param(
        "دمجت الحكومة مقاتلي حركة العدل والمساواة في القوة المشتركة.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", _JEM)],
        [],
        id="movement-merged-into-the-joint-force",
    ),
    pytest.param(
        "ستدمج قوات حركة العدل والمساواة في الجيش السوداني العام المقبل.",
        date(2024, 3, 5),
        [("forces.integrated", "planned", _JEM)],
        [],
        id="movement-to-be-merged-into-the-army",
    ),
    pytest.param(
        "دمجت الحكومة مقاتلي حركة العدل والمساواة في القوات الموحدة.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", _JEM)],
        [],
        id="movement-merged-into-the-unified-forces",
    ),
    pytest.param(
        "دمجت الحكومة مقاتلي حركة العدل والمساواة في الشرطة.",
        date(2024, 3, 5),
        [("forces.integrated", "occurred", _JEM)],
        [],
        id="movement-merged-into-the-police",
    ),
    # forms fixed beside this round (each failed before its fix)
    pytest.param(
        "أدرجت بريطانيا خمسة أفراد على قائمة العقوبات بسبب انتهاكات حقوق الإنسان.",
        date(2024, 3, 5),
        [("sanctions.imposed", "occurred", "United Kingdom")],
        ["United Kingdom"],
        id="a-state-right-after-the-listing-verb-lists",
    ),
    pytest.param(
        "أعلنت السعودية وإيران استئناف العلاقات الدبلوماسية بينهما بوساطة صينية.",
        date(2024, 3, 5),
        [("relations.restored", "occurred", "Saudi Arabia")],
        [],
        id="a-go-between-after-the-masdar-is-no-party",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout51_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


def test_heldout51_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
