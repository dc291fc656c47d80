"""A sixty-first, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first sixty held-out sets: contemporary Arabic copy of 2019-2024, as today's wires, sites and papers
carry it (a Saudi daily's Ankara bureau, "أنقرة - «الشرق الأوسط»", with a young Syrian in a Kızılay
phone shop; a London-based site's wires from Sanaa, "صنعاء - «العربي الجديد» (وكالات)", with a grain
seller in Bab al-Yemen, "تصنيف ولا ما تصنيف"; a business channel's wires from Tokyo, "طوكيو - «الشرق
للأخبار» (وكالات)", with an Egyptian cook of Shin-Okubo; a Paris radio's Arabic site, "نيويورك -
«مونت كارلو الدولية»", with a Mauritanian tea trader in Bamako, "الحالة ماهي زينة"; a news site's
Istanbul desk, "إسطنبول - «عربي بوست»", with a Syrian clothes seller of Laleli; a Bahraini daily,
"المنامة - «الأيام»", with a fisherman of the Manama fish market; a Libyan news portal, "طرابلس -
«بوابة الوسط»", with a brass seller of Souq al-Mushir, "احنا نبو الحرب توقف"; a Beirut daily's Arab
site, "بيروت - «النهار العربي»", with a Hamra café owner; an Iraqi news site, "بغداد - «شفق نيوز»",
with a cloth trader of al-Shorja, "الحچي شي والفعل شي"; a Kuwaiti daily's football page, "الكويت -
«الراي»"; a Jordanian daily's Irbid page, "إربد - «الغد»"; an Omani daily's business page, "مسقط -
«الرؤية»") and on programmes and regions they do not touch (the US CAATSA sanctions on Turkey's
Presidency of Defense Industries and İsmail Demir, with the EU's listings over the drilling to come,
December 2020; Antony Blinken revoking the terrorist designations of the Houthis, February 2021; the
US Treasury's general licence for Sakhalin-2 crude bound for Japan, November 2022; the Security
Council renewing the Mali sanctions regime, August 2022; Wally Adeyemo warning Turkish banks and
firms of sanctions over sanctioned Russians, August 2022; Bahrain and eight states in Operation
Prosperity Guardian, with a Greek frigate to follow, December 2023; the Turkish-Libyan memoranda on
security cooperation and maritime jurisdiction, November 2019; the Saudi and Kuwaiti ambassadors back
in Beirut, April 2022; Adil Abdul-Mahdi's decree merging the Popular Mobilization Forces into the
armed forces, with Saraya al-Salam to follow, July 2019). Nine carry core events of all ten
alertable types (fifteen in all), twelve occurred and three planned (the EU that "سيضيف … أسماء
جديدة"; a Greek government that "سترسل فرقاطة إلى البحر الأحمر"; Sadr's brigades that "ستفك
ارتباطها بالتيار وستنضوي بالكامل تحت إمرة القائد العام"), next to historical, negated and stalled
ones; three are near misses: a Kuwaiti football page (a club fined «فرضت … غرامة», harsher penalties
threatened «وهددت اللجنة … بفرض عقوبات أشد», a ban "رفعت", a complaint "علقت", training "استأنف",
a coach who "وقع", a striker who "انضم", a contract "مدد", a sponsorship "ووقع", two youth teams
"دمج", a club that hopes for "الانضمام", patrols "نشرت"), an Irbid local page (licences "علقت",
fines «فرضت غرامات», a mayor who "توعد … بفرض عقوبات" on lax employees, a tribal reconciliation
that "ووقع … صك الصلح" with "عودة العلاقات بينهما", a deadline "مددت", a memorandum "وقعت",
villages that "انضمت", schools "دمج", teams "نشرت", pumping resumed, a ban on stalls "رفعت") and a
Muscat business page (two insurers that sign "اتفاقية نهائية لدمج أعمالهما", a reinsurance deal, a
share "علقت" and resumed, fines «فرضت غرامات» and a threat to suspend licences, prices "رفعت", a
start-up and a share that "انضمت", "انضم", a deadline "مددت", teams "نشرت", a seasonal fishing ban
"رفعت").

The decisions of the annotation, taken before any run: a state that "فرضت … عقوبات على رئاسة
الصناعات الدفاعية التركية ورئيسها إسماعيل دمير" imposes sanctions (core; the United States and
Pompeo, whose statement gives their terms; the Presidency of Defense Industries and Demir the
targets; Turkey, whose purchase is the cause, left out of both lists, as set 58's Cambodia), the EU
that "سيضيف أسماء جديدة إلى قائمة … الخاضعين لعقوبات بسبب أنشطة التنقيب التركية" after its leaders
"اتفق … يوم الجمعة الماضي على توسيعها" plans an imposition (core: the listing is still to come; the
EU, the European Council and Borrell; Turkey the target), the S-400 purchase "وقعت عام 2017" a
historical signing, the F-35 exclusion no event, "ولم تشمل العقوبات الأمريكية الرئيس رجب طيب
أردوغان" a negated imposition, the working-group talks "متعثرة" a stalled signing, and Biden's
administration that "لن ترفع هذه العقوبات على الأرجح" a negated lifting; a secretary who "أعلن …
إلغاء تصنيف جماعة أنصار الله (الحوثيين) «منظمة إرهابية أجنبية»" lifts sanctions (core: a
delisting decided, in force on Tuesday; the United States, the State Department and Blinken; the
Houthis), the three leaders who "سيبقون خاضعين للعقوبات" a negated lifting, the designation "في
العاشر من يناير الماضي" a historical imposition, the Treasury's one-month licence a historical
suspension, the UN sanctions and the arms embargo that the decision "لا يعني رفع" a negated lifting
and the embargo "في أبريل 2015" a historical imposition, the Stockholm agreement "في ديسمبر 2018" a
historical signing and Griffiths's talks "متعثرة" a stalled one; a Treasury that "أصدرت … ترخيصا
عاما يجيز تقديم خدمات … لشحنات النفط الخام المستخرج من مشروع «سخالين-2» … والمتجهة إلى اليابان …
مستثنية إياها من سقف الأسعار" suspends sanctions in part (core, a licence that exempts, as set
60's Druzhba; the United States, the Treasury and OFAC; Russia the target; Japan, which benefits, no
target), the G7's cap "اعتبارا من الخامس من ديسمبر" a planned imposition (not core: another
programme's scheduled step told as context), Japan that "انضمت إلى العقوبات الغربية على روسيا" in
February a historical imposition (no joining: sanctions are no alliance), "ولا يعني الترخيص الأمريكي
رفع العقوبات عن شركة «غازبروم»" a negated lifting, the peace-treaty talks "متعثرة" a stalled signing
(Russia that "علقتها" suspends talks, not sanctions); a Council that "مدد … نظام العقوبات المفروض
على مالي عاما إضافيا" extends sanctions (core; the Security Council; Mali the target, as the
earlier sets' regimes), the regime "في سبتمبر 2017" and the listings of 2018-2019 historical
impositions, France's nine years of Barkhane a historical presence, the Wagner presence Bamako
"تنفي" a negated one, ECOWAS that "رفعت في الثالث من يوليو الماضي العقوبات" a historical lifting,
the Algiers agreement "عام 2015" a historical signing and the talks on it "متعثرة" a stalled signing,
with the ex-combatants' integration among them a stalled integration; a deputy secretary who "حذر …
المصارف والشركات التركية من أنها قد تتعرض لعقوبات أمريكية إذا تعاملت مع أفراد أو كيانات روسية
خاضعة للعقوبات" threatens sanctions (core; the United States, the Treasury and Adeyemo; Turkey,
through its banks and firms, the target; not Russia, whose listed people are the cause), his warning
"في يونيو الماضي" a historical threat, the Sochi agreement "في الخامس من أغسطس" and the grain deal
"في الثاني والعشرين من يوليو" historical signings, Turkey that "لم تنضم … إلى العقوبات الغربية على
موسكو" a negated imposition, the F-16 talks "متعثرة" a stalled signing, the Mir cards no event;
Bahrain's ministry that "أكدت … انضمام المملكة إلى العملية" joins (core; Bahrain; Operation
Prosperity Guardian), the eight states Austin named "بمشاركة" a joining of their own (core, one
event: the United Kingdom, Canada, France, Italy, the Netherlands, Norway, Seychelles and Spain; the
United States, which leads the operation, and Austin no joiners), Greece that "سترسل فرقاطة إلى
البحر الأحمر للمشاركة في العملية" a planned presence (core; Greece; no host) and a planned joining
(not core, the same step), the Fifth Fleet at Mina Salman "منذ عقود" a historical presence, the
security agreement "في سبتمبر الماضي" a historical signing, the shipping lines that "علقت" their
transits no event, the roadmap talks "متعثرة" a stalled signing; two leaders who "وقع … مذكرة تفاهم
للتعاون الأمني والعسكري" sign (core; Turkey, Erdoğan, the Government of National Accord and
al-Sarraj; Libya, as the GNA's state), "كما وقع الجانبان مذكرة تفاهم ثانية لتحديد مناطق الصلاحية
البحرية" a second signing (core, the same parties), the denial "أن تكون المذكرة الأمنية تمهيدا
لإرسال قوات تركية إلى ليبيا" a negated presence, the Egypt-Cyprus agreement "عام 2013" a historical
signing and the Egypt-Greece talks "متعثرة" a stalled one, the arms embargo "منذ عام 2011" a
historical imposition, the Berlin conference and the ratification no events; an ambassador who "عاد
… إلى بيروت، منهيا غيابا دام أكثر من خمسة أشهر" restores ties (core; Saudi Arabia, its ministry and
Walid Bukhari, whom the knowledge base lacks; Lebanon), Kuwait that "أعلنت … عودة سفيرها إلى بيروت"
a restoration of its own (core; Kuwait and its ministry; Lebanon), the recall of October no event,
the import ban «أوقفت … جميع الواردات اللبنانية» with the produce ban before it a historical
imposition, "ولم تعلن الرياض حتى الآن رفع هذا الحظر" a negated lifting, Bahrain and the UAE that
"لم تعلن … بعد موعد عودة سفيريهما" a negated restoration, the Naqoura talks "متعثرة" a stalled
signing; a prime minister who "أصدر … أمرا ديوانيا يقضي بدمج جميع فصائل الحشد الشعبي في القوات
المسلحة" integrates forces (core; Iraq and Abdul-Mahdi; the PMF and the Iraqi Armed Forces), Sadr
who "أعلن … أن ألوية «سرايا السلام» الثلاثة ستفك ارتباطها بالتيار وستنضوي بالكامل تحت إمرة القائد
العام" a planned integration (core; Muqtada al-Sadr and the Sadrist Movement; Saraya al-Salam), the
PMF law "في نوفمبر 2016" a historical integration, the US troops "منذ عام 2014" a historical
presence, the joint army-Peshmerga brigades "متعثرا" a stalled integration (Iraq, the KRG and the
Peshmerga); the Kuwait, Irbid and Muscat pages carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (2026-12-05, on commit c18cf43, in a worktree whose only changes were this
file and the English set 61's), in one run: events P 0.909 R 0.933 F1 0.921 (recall 14/15,
precision 10/11: eleven alerts, ten right by the scorer's count; occurred core found 12/12, planned
2/3; historical 20/20, negated 9/10 and stalled 10/10 kept quiet by the scorer's count). No
annotation was changed after the run.

Missed, by the per-article check (which also wants the status), and why, each cause found in the
code and shown by probe sentences: in ar-hl09 Sadr's "أعلن … أن ألوية «سرايا السلام» الثلاثة ستفك
ارتباطها بالتيار وستنضوي بالكامل تحت إمرة القائد العام للقوات المسلحة" gives nothing: «انضوى تحت»
("to come under") is no ``forces.integrated`` form, and the army's command (``army_rule``,
``ar.cues.yaml``) is taken only by the causative «إخضاع، أخضع» and only as «لإمرة القوات المسلحة»,
not the intransitive «تخضع لـ» nor "the commander-in-chief of the armed forces"; units that "join"
the army («ستنضم إلى القوات المسلحة») are no form either, the «انضم» forms needing fighters named
with the verb ("انضم مقاتلو") ("… أن ألوية سرايا السلام ستدمج في القوات المسلحة" and "… أن سرايا
السلام ستلتحق بالقوات المسلحة" are planned; "… ستنضوي … تحت إمرة القائد العام للقوات المسلحة",
"… ستخضع لإمرة القوات المسلحة" and "… ستنضم إلى القوات المسلحة" nothing); in ar-hl01 the EU's
"إذ سيضيف الاتحاد الأوروبي أسماء جديدة إلى قائمة الأشخاص والشركات الخاضعين لعقوبات بسبب أنشطة
التنقيب التركية" gives nothing: ``to_blacklist`` (``ar.cues.yaml``) knows a sanctions list only by
its name («إلى قائمة عقوب*»، «إلى قائمة الكيانات»), not described by those on it («قائمة الأشخاص …
الخاضعين لعقوبات»), and "اتفق قادته … على توسيعها" (a list widened) is no form ("سيضيف الاتحاد
الأوروبي أسماء جديدة إلى قائمة العقوبات …" is planned, though with the EU for target, no actor);
the scorer counts it found through the US imposition, which carries Turkey as a target.

False alarm, by the per-article check: in ar-hl08 "فيما لم تعلن البحرين والإمارات بعد موعد عودة
سفيريهما" is an occurred restoration: in ``_negated`` (``rasd/events/status.py``) a negator more than
five words before the trigger counts only if it is «ليس»، and here a two-state subject with «بعد
موعد» puts «لم» six words before the verbal noun «عودة»; the negation of the governing verb
(«لم تعلن … عودة») should reach the noun it governs whatever the subject's length ("فيما لم تعلن
البحرين بعد موعد عودة سفيرها" and "فيما لم تعلن البحرين والإمارات موعد عودة سفيريهما" are negated;
"فيما لم تعلن البحرين والإمارات بعد موعد عودة سفيرها" occurred).

Found only by the lenient scoring, not earned (the per-article check passes them too): in ar-hl08
the Saudi return, "عاد السفير السعودي لدى لبنان وليد بخاري … إلى بيروت", has Saudi Arabia for
target and no actor (the ambassador's adjective read as a target; "أعادت السعودية سفيرها إلى
بيروت" is right), and only Kuwait's restoration is its own event, with Saudi Arabia beside Lebanon
among the targets; in ar-hl05 the threat has Adeyemo for target and not Turkey ("قد تتعرض
لعقوبات" taken as the trigger, the warning verb «حذر» not); in ar-hl03 the suspension, triggered by
«أصدرت», has no target (Russia only as the adjective «الروسي» of the project); in ar-hl06 the eight
states have no event of their own (matched through the operation) and Greece's frigate has the Red
Sea for host.

Also seen, not scored: in ar-hl01 the US imposition has Turkey among its targets and no Pompeo, and
the negated imposition, the stalled talks and Biden's negated lifting give nothing; in ar-hl02 the
lifting has no State Department or Blinken, the leaders' negated lifting has no targets, the UN
embargo is a negated imposition (gold: historical) and the historical designation and licence give
nothing; in ar-hl03 Japan's historical imposition is split in two with the Central Bank of Russia
and the Kremlin for actors, and the G7 cap and the stalled treaty talks give nothing; in ar-hl04 the
historical regime, Barkhane, Wagner and the Algiers agreement give nothing; in ar-hl05 Turkey's
"لم تنضم … إلى العقوبات الغربية" is a negated joining of NATO (gold: a negated imposition), and the
historical threat and signings and the F-16 talks give nothing; in ar-hl07 the two memoranda are one
event with the GNA and al-Sarraj for targets, the Egypt-Cyprus agreement is a stalled signing with
Greece (gold: historical beside the stalled Egypt-Greece talks), and the UN embargo has the United
Nations for actor; in ar-hl09 the integration has no Iraq and no armed forces, and the PMF law, the
US troops and the joint brigades give nothing. The Kuwait, Irbid and Muscat pages raise nothing.
Three strict xfails on three articles (ar-hl01 and ar-hl09 missed, ar-hl08 a false alarm); do not
tune lexicons on these articles.

After the fixes of the same round (2026-12-05): P 1.000 R 1.000 F1 1.000 (recall 15/15, precision
12/12; occurred 12/12, planned 3/3; historical 20/20, negated 10/10, stalled 10/10 kept quiet).
Fixed, each with a sentence of its own in ``RULES`` (none of these articles'): forces that come
under the army's command, told of themselves («ستنضوي … تحت إمرة …», «ستخضع لإمرة القوات
المسلحة»), and armed units named before a verb of joining the army («الألوية … ستنضم إلى القوات
المسلحة») are integrated; a list named by who is on it and the sanctions they are under («إلى قائمة
الأشخاص والشركات الخاضعين لعقوبات») is a sanctions list; a negator denies the verb that governs the
trigger's verbal noun past a long subject («لم تعلن البحرين والإمارات بعد موعد عودة …»), within one
clause. Also fixed on the causes of the English set of this round and the lost first draft of this
one: a stall cue after «بعد» or in a «بعد أن» clause is the stall the step ended; «توقف» of a journey
(«بعد توقف قصير في ميناء جيبوتي») is no stall; «متعثرا» stalls; the dual «تنضمان» joins; «وحدة عسكرية»
is a troops noun; «يستثني … من إجراءات تجميد الأصول» suspends and imposes nothing; a distributor's,
a supplier's or a factory's nationality names no party.

``python -m tests.unit.test_heldout61_events_ar`` prints every article's alerts and the set's
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
_OFAC = "Office of Foreign Assets Control"
_STATE = "United States Department of State"
_EU = "European Union"
_UNSC = "United Nations Security Council"
_OPG = "Operation Prosperity Guardian"
_GNA = "Government of National Accord"


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-asharqalawsat-ankara-caatsa-sanctions-on-turkish-defence-industries-2020",
        date(2020, 12, 15),
        """واشنطن تفرض عقوبات «كاتسا» على الصناعات الدفاعية التركية.. وأنقرة: قرار خاطئ سنرد عليه

أنقرة - «الشرق الأوسط»

فرضت الولايات المتحدة، أمس الاثنين، عقوبات على رئاسة الصناعات الدفاعية التركية ورئيسها إسماعيل دمير وثلاثة من كبار مسؤوليها، بموجب قانون "مكافحة أعداء أمريكا من خلال العقوبات" المعروف اختصارا بـ«كاتسا»، بسبب شراء أنقرة منظومة الدفاع الجوي الروسية «إس-400»، في أول مرة يستخدم فيها هذا القانون ضد دولة عضو في حلف شمال الأطلسي.

وقال وزير الخارجية الأمريكي مايك بومبيو، في بيان، إن العقوبات تشمل حظر منح أي تراخيص تصدير أمريكية للرئاسة، وتجميد أصول دمير والمسؤولين الثلاثة ومنعهم من دخول الأراضي الأمريكية، مضيفا أن واشنطن "أوضحت لتركيا على أعلى المستويات وفي مناسبات عديدة" أن شراء المنظومة "يعرض أمن التكنولوجيا العسكرية الأمريكية وأفرادها للخطر".

في المقابل، دانت وزارة الخارجية التركية القرار ووصفته بأنه "خطأ جسيم"، مؤكدة أن أنقرة "ستتخذ الخطوات اللازمة" للرد عليه "في الزمان والمكان المناسبين"، فيما كتب دمير في تغريدة أن العقوبات "لن تغير شيئا" في مسيرة الصناعات الدفاعية التركية، ولن توقف مشاريعها.

وكانت أنقرة قد وقعت عام 2017 مع موسكو صفقة شراء المنظومة بقيمة تقارب ملياري ونصف مليار دولار، وبدأت مكوناتها تصل إلى قاعدة مرتد الجوية قرب العاصمة في يوليو 2019، ما دفع واشنطن آنذاك إلى إخراج تركيا من برنامج تصنيع المقاتلة الشبح «إف-35».

ولم تشمل العقوبات الأمريكية الرئيس رجب طيب أردوغان أو أيا من وزراء حكومته، كما استبعدت الإدارة خيارات أشد كانت مطروحة على الطاولة، من بينها استهداف مصارف تركية كبرى، وهو ما فسره دبلوماسيون بأنه محاولة لإبقاء الباب مفتوحا أمام الإدارة المقبلة.

وتأتي الخطوة فيما تتعرض أنقرة لضغوط أوروبية موازية، إذ سيضيف الاتحاد الأوروبي أسماء جديدة إلى قائمة الأشخاص والشركات الخاضعين لعقوبات بسبب أنشطة التنقيب التركية في شرق المتوسط، بعد أن اتفق قادته في قمتهم ببروكسل يوم الجمعة الماضي على توسيعها، وكلفوا الممثل الأعلى للسياسة الخارجية جوزيب بوريل بإعداد تقرير عن الخيارات المتاحة قبل قمة مارس المقبل.

أما المحادثات بين البلدين حول تشكيل مجموعة عمل فنية مشتركة لتقييم أثر المنظومة على أنظمة الحلف، وهو اقتراح طرحته أنقرة أكثر من مرة، فلا تزال متعثرة، في ظل رفض واشنطن أي صيغة لا تتضمن التخلي عن المنظومة نهائيا.

وتراجعت الليرة التركية بنحو واحد في المئة فور الإعلان، قبل أن تقلص خسائرها خلال التعاملات المسائية.

وفي حي كيزيلاي وسط أنقرة، قال شاب سوري يعمل في محل لبيع الهواتف: "الليرة نزلت كتير هالسنة، وكل ما بيطلع خبر عن عقوبات بيرجع الدولار يطلع، والأسعار بتضل تطلع معه، ونحنا اللي منتحمل بالآخر".

ويرى محللون أن إدارة الرئيس المنتخب جو بايدن، التي تتسلم السلطة في العشرين من يناير المقبل، لن ترفع هذه العقوبات على الأرجح، لكنهم يتوقعون أن تفتح قنوات حوار جديدة مع أنقرة حول ملفات الحلف وشرق المتوسط وشمال سوريا.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, "Mike Pompeo"],
                ["Presidency of Defense Industries", "İsmail Demir"],
            ),
            # the EU that "سيضيف أسماء جديدة إلى قائمة" over the drilling,
            G(
                "sanctions.imposed",
                "planned",
                [_EU, "European Council", "Josep Borrell"],
                ["Turkey"],
            ),
            # the S-400 deal "وقعت عام 2017",
            G("agreement.signed", "historical", ["Turkey", "Russia"], [], core=False),
            # "ولم تشمل العقوبات الأمريكية الرئيس رجب طيب أردوغان",
            G(
                "sanctions.imposed",
                "negated",
                [_US],
                ["Recep Tayyip Erdoğan", "Turkey"],
                core=False,
            ),
            # the working-group talks "متعثرة",
            G("agreement.signed", "stalled", ["Turkey", _US], [], core=False),
            # Biden's administration "لن ترفع هذه العقوبات على الأرجح",
            G(
                "sanctions.lifted",
                "negated",
                [_US, "Joe Biden"],
                ["Presidency of Defense Industries"],
                core=False,
            ),
        ],
        not_targets=["Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alaraby-sanaa-us-revokes-houthi-terrorist-designation-2021",
        date(2021, 2, 13),
        """واشنطن تلغي تصنيف الحوثيين «منظمة إرهابية».. والعقوبات باقية على ثلاثة من قادتهم

صنعاء - «العربي الجديد» (وكالات)

أعلن وزير الخارجية الأمريكي أنتوني بلينكن، مساء أمس الجمعة، إلغاء تصنيف جماعة أنصار الله (الحوثيين) "منظمة إرهابية أجنبية" و"كيانا إرهابيا عالميا مصنفا بصفة خاصة"، على أن يسري القرار اعتبارا من يوم الثلاثاء المقبل، في خطوة قال إنها تأتي استجابة للتحذيرات الأممية من أن التصنيف يهدد بتعميق ما تصفه الأمم المتحدة بأسوأ أزمة إنسانية في العالم.

وقال بلينكن، في بيان، إن القرار "يعترف بالوضع الإنساني البالغ الصعوبة في اليمن"، ولا يعكس "أي تغيير في نظرتنا إلى الحوثيين وسلوكهم المستهجن"، مؤكدا أن زعيم الجماعة عبد الملك الحوثي وشقيقه عبد الخالق الحوثي والقيادي عبد الله يحيى الحاكم سيبقون خاضعين للعقوبات الأمريكية بموجب أمر تنفيذي منفصل.

وكانت إدارة الرئيس السابق دونالد ترامب قد أعلنت التصنيف في العاشر من يناير الماضي، على لسان وزير الخارجية آنذاك مايك بومبيو، قبل عشرة أيام من مغادرتها البيت الأبيض، ودخل حيز التنفيذ في التاسع عشر من الشهر نفسه، رغم اعتراض وكالات الإغاثة ومنظمات التجارة التي حذرت من توقف استيراد الغذاء والوقود.

وبعد أيام من تسلم الرئيس جو بايدن السلطة، أصدرت وزارة الخزانة الأمريكية ترخيصا عاما لمدة شهر يجيز معظم المعاملات التي تكون الجماعة أو المؤسسات الخاضعة لها طرفا فيها، ريثما تنتهي مراجعة القرار.

ورحب المتحدث باسم الأمين العام للأمم المتحدة بالخطوة، فيما أعربت الحكومة اليمنية المعترف بها دوليا عن "خيبة أملها"، معتبرة أن الجماعة "ستقرأ القرار رسالة خاطئة"، في وقت تواصل فيه هجومها على محافظة مأرب، آخر معاقل الحكومة في شمال البلاد.

من جهته، قال المتحدث باسم الجماعة محمد عبد السلام إن "التصنيف أو إلغاءه لا يعنينا"، مطالبا بوقف "العدوان" ورفع "الحصار" عن مطار صنعاء وميناء الحديدة.

ولا يعني القرار الأمريكي رفع العقوبات التي فرضها مجلس الأمن الدولي على قادة في الجماعة، ولا حظر توريد الأسلحة إليها الذي أقره المجلس في أبريل 2015 بموجب القرار 2216.

وعلى الصعيد السياسي، لا تزال مشاورات السلام التي يرعاها المبعوث الأممي مارتن غريفيث متعثرة، منذ اتفاق ستوكهولم الذي وقعته الحكومة والحوثيون في ديسمبر 2018 ولم ينفذ منه سوى القليل، رغم تعيين بايدن الدبلوماسي تيموثي ليندركينغ مبعوثا خاصا إلى اليمن.

وفي سوق باب اليمن بصنعاء القديمة، قال بائع حبوب في الخمسين من عمره: "والله يا أخي ما عاد معانا شي، كيس الدقيق وصل عشرين ألف، تصنيف ولا ما تصنيف، احنا اللي ندفع الحساب في الأخير".

ويقول تجار في صنعاء إن المصارف الأجنبية جمدت خلال الأسابيع الماضية تحويلات مخصصة لاستيراد القمح والأدوية خشية التعرض لغرامات، وإنهم يأملون أن يعيد القرار الجديد الثقة إلى هذه التعاملات قبل شهر رمضان.""",
        [
            G("sanctions.lifted", "occurred", [_US, _STATE, "Antony Blinken"], ["Houthis"]),
            # the three leaders who "سيبقون خاضعين للعقوبات",
            G(
                "sanctions.lifted",
                "negated",
                [_US, "Antony Blinken"],
                ["Abdul-Malik al-Houthi", "Abd al-Khaliq al-Houthi"],
                core=False,
            ),
            # the designation "في العاشر من يناير الماضي",
            G(
                "sanctions.imposed",
                "historical",
                [_US, "Donald Trump", "Mike Pompeo"],
                ["Houthis"],
                core=False,
            ),
            # the Treasury's one-month licence,
            G("sanctions.suspended", "historical", [_US, _TREASURY], ["Houthis"], core=False),
            # "ولا يعني القرار الأمريكي رفع العقوبات التي فرضها مجلس الأمن",
            G("sanctions.lifted", "negated", [_UNSC], ["Houthis"], core=False),
            # the arms embargo "في أبريل 2015",
            G("sanctions.imposed", "historical", [_UNSC], ["Houthis"], core=False),
            # the Stockholm agreement "في ديسمبر 2018",
            G("agreement.signed", "historical", ["Yemen", "Houthis"], [], core=False),
            # Griffiths's talks "متعثرة",
            G("agreement.signed", "stalled", ["Yemen", "Houthis"], [], core=False),
        ],
        not_targets=["Yemen", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-asharqnews-tokyo-us-licence-for-sakhalin-2-crude-to-japan-2022",
        date(2022, 11, 23),
        """واشنطن تستثني نفط «سخالين-2» المتجه إلى اليابان من قيود سقف الأسعار

طوكيو - «الشرق للأخبار» (وكالات)

أصدرت وزارة الخزانة الأمريكية، أمس الثلاثاء، ترخيصا عاما يجيز تقديم خدمات النقل البحري والتأمين والتمويل لشحنات النفط الخام المستخرج من مشروع «سخالين-2» في أقصى الشرق الروسي والمتجهة إلى اليابان، حتى الثلاثين من سبتمبر 2023، مستثنية إياها من سقف الأسعار الذي تعتزم مجموعة السبع فرضه على النفط الروسي المنقول بحرا اعتبارا من الخامس من ديسمبر المقبل.

وأوضح مكتب مراقبة الأصول الأجنبية التابع للوزارة، في وثيقة نشرها على موقعه، أن الترخيص جاء "لضمان أمن الطاقة" لدى الحليف الآسيوي، إذ تعتمد طوكيو على المشروع في نحو تسعة في المئة من وارداتها من الغاز الطبيعي المسال، فيما تستخرج منه كميات محدودة من الخام تشتريها مصاف يابانية.

ورحب وزير الاقتصاد والتجارة والصناعة الياباني ياسوتوشي نيشيمورا بالخطوة، وقال للصحافيين إنها "تعكس تفهم شركائنا لوضع اليابان الخاص"، مؤكدا أن بلاده "متمسكة بحصصها" في المشروع.

وتملك شركتا «ميتسوي» و«ميتسوبيشي» اليابانيتان حصتين تبلغان اثني عشر ونصفا وعشرة في المئة على التوالي في المشروع، الذي نقل الرئيس الروسي فلاديمير بوتين ملكيته بمرسوم أصدره في يونيو الماضي إلى شركة روسية جديدة، قبل أن توافق الحكومة الروسية لاحقا على احتفاظ الشركتين بحصتيهما.

وكانت اليابان قد انضمت إلى العقوبات الغربية على روسيا بعد أيام من بدء الحرب في أوكرانيا أواخر فبراير الماضي، فجمدت أصول البنك المركزي الروسي وأصول عدد من رجال الأعمال المقربين من الكرملين، وحظرت تصدير أشباه الموصلات والمعدات المتطورة إليها.

ولا يعني الترخيص الأمريكي رفع العقوبات عن شركة «غازبروم»، المساهم الأكبر في المشروع، كما لا يشمل شحنات الخام المتجهة إلى دول أخرى غير اليابان.

في المقابل، لا تزال المفاوضات بين طوكيو وموسكو حول معاهدة سلام تنهي رسميا حالة الحرب العالمية الثانية بين البلدين متعثرة، بعد أن علقتها روسيا في مارس الماضي ردا على العقوبات اليابانية، متهمة طوكيو بتبني "موقف غير ودي بشكل صريح".

ويقول محللون في قطاع الطاقة إن الاستثناء يكشف حدود قدرة الحلفاء الآسيويين على الاستغناء عن الطاقة الروسية، في وقت تتنافس فيه اليابان وكوريا الجنوبية مع أوروبا على شحنات الغاز المسال مع اقتراب فصل الشتاء.

وفي حي شين أوكوبو بطوكيو، قال طاه مصري يعمل في مطعم شرقي منذ عشر سنوات: "الكهربا هنا غليت قوي السنة دي، والغاز كمان، وصاحب المطعم بيقول لو الأسعار فضلت كده هيقفل بدري بالليل، ربنا يستر على الشتا".

وتراجعت أسعار العقود الآجلة لخام برنت بنحو واحد في المئة في التعاملات الآسيوية صباح اليوم الأربعاء، وسط توقعات بأن يحدد سقف الأسعار عند مستوى يتراوح بين خمسة وستين وسبعين دولارا للبرميل.""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY, _OFAC], ["Russia"]),
            # the G7's cap "اعتبارا من الخامس من ديسمبر",
            G("sanctions.imposed", "planned", ["G7"], ["Russia"], core=False),
            # Japan that "انضمت إلى العقوبات الغربية على روسيا" in February,
            G(
                "sanctions.imposed",
                "historical",
                ["Japan"],
                ["Russia", "Central Bank of Russia"],
                core=False,
            ),
            # "ولا يعني الترخيص الأمريكي رفع العقوبات عن شركة «غازبروم»",
            G("sanctions.lifted", "negated", [_US], ["Gazprom"], core=False),
            # the peace-treaty talks "متعثرة",
            G("agreement.signed", "stalled", ["Japan", "Russia"], [], core=False),
        ],
        not_targets=["Japan", "South Korea"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-mcd-new-york-security-council-renews-mali-sanctions-2022",
        date(2022, 8, 31),
        """مجلس الأمن يمدد العقوبات على مالي عاما إضافيا.. وباريس وباماكو تتبادلان الاتهامات

نيويورك - «مونت كارلو الدولية»

مدد مجلس الأمن الدولي، أمس الثلاثاء، نظام العقوبات المفروض على مالي عاما إضافيا، حتى الحادي والثلاثين من أغسطس 2023، ويشمل حظر السفر وتجميد الأصول بحق أفراد وكيانات يتهمهم المجلس بعرقلة تنفيذ اتفاق السلام والمصالحة في البلاد أو بتهديد أمنها واستقرارها، كما مدد ولاية فريق الخبراء المكلف بمتابعة تنفيذ العقوبات حتى الثلاثين من سبتمبر من العام نفسه.

وأنشئ نظام العقوبات في سبتمبر 2017 بطلب من الحكومة المالية آنذاك، وأدرجت لجنة العقوبات التابعة للمجلس أسماء ثمانية أشخاص على قائمتها بين عامي 2018 و2019، معظمهم قياديون في حركات مسلحة موقعة على الاتفاق ومتهمون بالتورط في الاتجار بالمخدرات.

ويأتي التمديد في وقت تشهد فيه العلاقات بين باماكو وباريس أسوأ مراحلها، بعد أن أكملت القوات الفرنسية منتصف الشهر الجاري انسحابها من مالي، إثر تسع سنوات من الانتشار في إطار عملية «برخان» لمكافحة الجماعات المسلحة في منطقة الساحل.

واتهم وزير الخارجية المالي عبد الله ديوب فرنسا، في رسالة إلى رئاسة المجلس، بانتهاك المجال الجوي لبلاده وتقديم معلومات استخباراتية لجماعات إرهابية، وطالب بعقد اجتماع طارئ، وهي اتهامات وصفتها الخارجية الفرنسية بأنها "لا أساس لها".

في المقابل، تنفي السلطات الانتقالية في باماكو وجود عناصر من مجموعة «فاغنر» الروسية على أراضيها، وتقول إن من يوجدون في البلاد "مدربون روس" قدموا بموجب اتفاقات تعاون عسكري قديمة بين الدولتين، بينما تؤكد تقارير غربية وأممية انتشار مئات من عناصر المجموعة في وسط البلاد.

وكانت المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» قد رفعت في الثالث من يوليو الماضي العقوبات الاقتصادية والمالية التي فرضتها على مالي مطلع العام، بعد أن قدم المجلس العسكري بقيادة العقيد أسيمي غويتا جدولا زمنيا لتسليم السلطة إلى المدنيين في مارس 2024.

أما اتفاق السلام والمصالحة الموقع في الجزائر عام 2015 بين الحكومة والحركات المسلحة في الشمال، فلا تزال المحادثات حول تنفيذ بنوده، وأبرزها دمج المقاتلين السابقين في الجيش، متعثرة منذ أشهر، وسط تبادل الاتهامات بين الطرفين بالمماطلة.

وقال دبلوماسي أفريقي في نيويورك إن الإبقاء على النظام "رسالة إلى كل الأطراف بأن عرقلة الاتفاق لها ثمن"، لكنه أقر بأن العقوبات "لم تغير كثيرا" في سلوك الجماعات المستهدفة.

وفي سوق «دابانان» الكبير بباماكو، قال تاجر موريتاني يبيع الشاي والسكر منذ عشرين سنة: "الحالة ماهي زينة، السلعة غلات بعد الحصار اللي كان، والطريق الجاي من نواكشوط ما فيه أمان، والناس هنا ما عاد عندها شي تشري بيه".

ويتهم ناشطون حقوقيون الجيش المالي وعناصر أجنبية تقاتل إلى جانبه بارتكاب انتهاكات بحق المدنيين، أبرزها ما جرى في بلدة مورا وسط البلاد في مارس الماضي، حيث تقول منظمات دولية إن مئات المدنيين قتلوا.""",
        [
            G("sanctions.extended", "occurred", [_UNSC], ["Mali"]),
            # the regime "في سبتمبر 2017" and the listings of 2018-2019,
            G("sanctions.imposed", "historical", [_UNSC], ["Mali"], core=False),
            # Barkhane's "تسع سنوات من الانتشار",
            G("military.presence", "historical", ["France"], ["Mali"], core=False),
            # the Wagner presence Bamako denies,
            G("military.presence", "negated", ["Wagner Group"], ["Mali"], core=False),
            # ECOWAS's lifting "في الثالث من يوليو الماضي",
            G(
                "sanctions.lifted",
                "historical",
                ["Economic Community of West African States"],
                ["Mali"],
                core=False,
            ),
            # the Algiers agreement "عام 2015",
            G("agreement.signed", "historical", ["Mali"], [], core=False),
            # the talks on its implementation "متعثرة",
            G("agreement.signed", "stalled", ["Mali"], [], core=False),
            # the ex-combatants' integration among them,
            G("forces.integrated", "stalled", ["Mali"], [], core=False),
        ],
        not_targets=["France", "Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-arabicpost-istanbul-treasury-warns-turkish-banks-of-sanctions-2022",
        date(2022, 8, 24),
        """الخزانة الأمريكية تحذر الشركات التركية من عقوبات إذا تعاملت مع روس مدرجين

إسطنبول - «عربي بوست»

حذر نائب وزيرة الخزانة الأمريكية والي أديمو المصارف والشركات التركية من أنها قد تتعرض لعقوبات أمريكية إذا تعاملت مع أفراد أو كيانات روسية خاضعة للعقوبات، في رسالة وجهها إلى جمعية الصناعيين ورجال الأعمال الأتراك «توسياد»، كشفت عنها وسائل إعلام أمريكية وتركية أمس الثلاثاء.

وجاء في الرسالة أن "أي مؤسسة تركية تقدم خدمات لأشخاص روس مدرجين على قوائم العقوبات، أو تساعدهم على التهرب منها، تعرض نفسها لخطر العقوبات"، مضيفة أن وزارة الخزانة "تراقب عن كثب" تدفق الأموال والبضائع بين البلدين.

وتأتي الرسالة بعد أسابيع من اتفاق الرئيسين التركي رجب طيب أردوغان والروسي فلاديمير بوتين، خلال قمتهما في سوتشي في الخامس من أغسطس الجاري، على رفع حجم التبادل التجاري إلى مئة مليار دولار، وتسديد جزء من ثمن الغاز الروسي بالروبل، وهو ما أثار قلقا في العواصم الغربية من أن تتحول تركيا إلى منفذ لتجاوز العقوبات.

وكان أديمو قد زار إسطنبول وأنقرة في يونيو الماضي، وحذر حينها مسؤولين ورجال أعمال أتراكا من استخدام بلادهم ملاذا للأموال الروسية.

ولم تنضم تركيا، العضو في حلف شمال الأطلسي، إلى العقوبات الغربية على موسكو منذ بدء الحرب في أوكرانيا، وتقول إنها تلتزم فقط بالعقوبات التي يقرها مجلس الأمن الدولي، فيما تحرص على دور الوسيط بين الطرفين، وقد توسطت مع الأمم المتحدة في اتفاق تصدير الحبوب الأوكرانية الذي وقع في إسطنبول في الثاني والعشرين من يوليو.

وقال وزير المالية التركي نور الدين نباتي للصحافيين إن الرسالة "لن يكون لها أي أثر" على العلاقات الاقتصادية مع روسيا، مؤكدا أن أنقرة "لن تسمح بأي محاولة للتهرب من العقوبات عبر أراضيها"، في حين قال مسؤول في جمعية «توسياد» إن الشركات الأعضاء "ستدرس الرسالة بعناية".

وتعمل بطاقات الدفع الروسية «مير» في خمسة مصارف تركية على الأقل، ما يتيح للسياح الروس الإنفاق في المنتجعات التركية رغم إقصاء مصارفهم من نظام «سويفت»، وقالت مصادر مصرفية إن بعض هذه المصارف يراجع حاليا استمرار العمل بها.

وعلى صعيد العلاقات الثنائية، لا تزال المفاوضات بين أنقرة وواشنطن حول صفقة شراء أربعين مقاتلة من طراز «إف-16» وتحديث نحو ثمانين أخرى متعثرة في الكونغرس، بسبب اعتراض نواب على سياسات أنقرة تجاه اليونان.

وفي حي لاله لي التجاري بإسطنبول، حيث يكثر التجار الروس، قال بائع ملابس سوري: "الروس عم يشتروا بالكاش هلق، الكرت تبعن صار يعلق بكم بنك، والبنوك خايفة، ونحنا بدنا نبيع وبس".

وارتفعت الصادرات التركية إلى روسيا بنحو خمسين في المئة في يوليو مقارنة بالشهر نفسه من العام الماضي، وفق بيانات جمعية المصدرين الأتراك، فيما تضاعفت وارداتها من النفط الروسي خلال الأشهر الأخيرة.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [_US, _TREASURY, "Wally Adeyemo"],
                ["Turkey"],
            ),
            # his warning "في يونيو الماضي",
            G(
                "sanctions.threatened",
                "historical",
                [_US, "Wally Adeyemo"],
                ["Turkey"],
                core=False,
            ),
            # the Sochi agreement "في الخامس من أغسطس",
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "Russia", "Recep Tayyip Erdoğan", "Vladimir Putin"],
                [],
                core=False,
            ),
            # the grain deal "في الثاني والعشرين من يوليو",
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "United Nations", "Russia", "Ukraine"],
                [],
                core=False,
            ),
            # Turkey that "لم تنضم … إلى العقوبات الغربية على موسكو",
            G("sanctions.imposed", "negated", ["Turkey"], ["Russia"], core=False),
            # the F-16 talks "متعثرة",
            G("agreement.signed", "stalled", ["Turkey", _US], [], core=False),
        ],
        not_targets=["Russia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-alayam-manama-bahrain-joins-operation-prosperity-guardian-2023",
        date(2023, 12, 19),
        """البحرين تنضم إلى «حارس الازدهار» لحماية الملاحة في البحر الأحمر.. واليونان سترسل فرقاطة

المنامة - «الأيام»

أعلن وزير الدفاع الأمريكي لويد أوستن، من المنامة مساء أمس الاثنين، إطلاق عملية «حارس الازدهار»، وهي مبادرة أمنية متعددة الجنسيات تهدف إلى حماية السفن التجارية في البحر الأحمر وخليج عدن من هجمات جماعة الحوثي، بمشاركة المملكة المتحدة وكندا وفرنسا وإيطاليا وهولندا والنرويج وسيشل وإسبانيا.

وأكدت وزارة الخارجية البحرينية، في بيان، انضمام المملكة إلى العملية، "انطلاقا من حرصها على أمن الملاحة البحرية وحرية التجارة الدولية"، لتكون بذلك الدولة العربية الوحيدة التي أعلنت رسميا مشاركتها فيها.

وقال أوستن، في ختام لقائه ولي العهد رئيس مجلس الوزراء الأمير سلمان بن حمد آل خليفة، إن "هذا تحد دولي يتطلب عملا جماعيا"، مضيفا أن العملية ستعمل تحت مظلة القوات البحرية المشتركة وقيادة قوة المهام 153 المعنية بأمن البحر الأحمر.

وفي أثينا، قالت الحكومة اليونانية إنها سترسل فرقاطة إلى البحر الأحمر للمشاركة في العملية، على أن يحدد موعد إبحارها خلال الأيام المقبلة، فيما لم تعلن دول أخرى في المنطقة انضمامها، رغم مشاورات أجرتها واشنطن مع عواصم خليجية عدة.

ويستضيف ميناء سلمان في المنامة منذ عقود مقر الأسطول الخامس الأمريكي، فيما تقود البحرين بالتناوب مع شركائها بعض قوات المهام البحرية المشتركة، كما وقعت مع الولايات المتحدة في سبتمبر الماضي اتفاقية التكامل الأمني والازدهار الشامل.

وتأتي العملية بعد أن علقت شركات شحن عالمية كبرى، بينها «ميرسك» و«هاباغ لويد»، عبور سفنها البحر الأحمر، وقررت تحويل مساراتها إلى رأس الرجاء الصالح، ما يضيف نحو عشرة أيام إلى الرحلة بين آسيا وأوروبا، ويرفع تكاليف الشحن والتأمين.

في المقابل، قال المتحدث باسم جماعة الحوثي محمد عبد السلام إن التحالف "لن يمنعنا من مواصلة عملياتنا" ضد السفن المرتبطة بإسرائيل، مؤكدا أن الهجمات "لن تتوقف إلا بوقف العدوان على غزة".

ولا تزال المفاوضات التي ترعاها الأمم المتحدة للتوصل إلى خارطة طريق لإنهاء الحرب في اليمن متعثرة، بعد أشهر من الاتصالات بين الرياض والحوثيين بوساطة عمانية.

وفي سوق السمك بالمنامة، قال صياد ستيني وهو يفرغ شباكه: "البحر ما عاد مثل أول، كل يوم نسمع عن سفينة انضربت، والديزل غالي، بس الحمد لله رزقنا هني قريب، الله يستر على اللي يشتغلون بعيد".

ويقول خبراء في الشؤون البحرية إن نجاح العملية سيعتمد على عدد القطع المشاركة وقواعد الاشتباك التي ستعتمدها، في ظل اتساع المسافة بين باب المندب وقناة السويس وتكرار الهجمات بالطائرات المسيرة والصواريخ.""",
        [
            G("alliance.joined", "occurred", ["Bahrain"], [_OPG]),
            # the eight states Austin named "بمشاركة",
            G(
                "alliance.joined",
                "occurred",
                [
                    "United Kingdom",
                    "Canada",
                    "France",
                    "Italy",
                    "Netherlands",
                    "Norway",
                    "Seychelles",
                    "Spain",
                ],
                [_OPG],
            ),
            # Greece that "سترسل فرقاطة إلى البحر الأحمر للمشاركة في العملية",
            G("military.presence", "planned", ["Greece"], []),
            G("alliance.joined", "planned", ["Greece"], [_OPG], core=False),
            # the Fifth Fleet at Mina Salman "منذ عقود",
            G(
                "military.presence",
                "historical",
                [_US, "United States Fifth Fleet"],
                ["Bahrain"],
                core=False,
            ),
            # the security agreement "في سبتمبر الماضي",
            G("agreement.signed", "historical", ["Bahrain", _US], [], core=False),
            # the roadmap talks "متعثرة",
            G("agreement.signed", "stalled", ["Saudi Arabia", "Houthis"], [], core=False),
        ],
        not_targets=["Houthis", "Israel", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alwasat-tripoli-turkey-and-libya-sign-security-and-maritime-memoranda-2019",
        date(2019, 11, 28),
        """أردوغان والسراج يوقعان مذكرتين للتعاون الأمني وترسيم الحدود البحرية.. وغضب في أثينا والقاهرة

طرابلس - «بوابة الوسط»

وقع الرئيس التركي رجب طيب أردوغان ورئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فايز السراج، مساء أمس الأربعاء في قصر دولمة بهجة بإسطنبول، مذكرة تفاهم للتعاون الأمني والعسكري بين البلدين، في لقاء مغلق لم يعلن عنه مسبقا.

كما وقع الجانبان مذكرة تفاهم ثانية لتحديد مناطق الصلاحية البحرية في البحر المتوسط، قالت أنقرة إنها "تحمي حقوق البلدين المنبثقة عن القانون الدولي"، فيما أعلن المكتب الإعلامي للمجلس الرئاسي أن المذكرتين "تعززان التعاون المشترك" دون أن ينشر نصيهما.

وتنص المذكرة الأمنية، بحسب ما نقلته وكالة «الأناضول» عن مصادر تركية، على التعاون في مجالات التدريب والتأهيل والصناعات الدفاعية ومكافحة الإرهاب والهجرة غير النظامية، وتبادل المعلومات الاستخباراتية، وتطوير الإطار القانوني للتعاون العسكري القائم بين البلدين.

وسارعت وزارة الخارجية المصرية إلى وصف المذكرتين بأنهما "معدومتا الأثر القانوني"، معتبرة أن السراج "لا يملك صلاحية" توقيع اتفاقات دولية بمفرده وفق اتفاق الصخيرات، فيما استدعت الخارجية اليونانية السفير الليبي في أثينا، وقال وزير الخارجية اليوناني نيكوس دندياس إن أي اتفاق يتجاهل جزيرة كريت "عبثي جغرافيا".

ونفت مصادر في الرئاسة التركية أن تكون المذكرة الأمنية تمهيدا لإرسال قوات تركية إلى ليبيا، مؤكدة أن التعاون "يقتصر على التدريب والاستشارات"، في حين قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن الخطوة "تكشف ما كان خافيا" من دعم أنقرة لحكومة الوفاق.

وكانت مصر وقبرص قد وقعتا عام 2013 اتفاقا لترسيم المنطقة الاقتصادية الخالصة بينهما، بينما لا تزال المفاوضات بين القاهرة وأثينا حول ترسيم حدودهما البحرية متعثرة منذ سنوات، رغم جولات عدة عقدتها لجان فنية من البلدين.

ويخضع الليبيون منذ عام 2011 لحظر أممي على توريد الأسلحة فرضه مجلس الأمن الدولي بموجب القرار 1970، ويتهم خبراء أمميون كلا من تركيا والإمارات بانتهاكه عبر تزويد طرفي النزاع بطائرات مسيرة ومدرعات.

وتأتي المذكرتان فيما تدخل معارك جنوب طرابلس شهرها الثامن، منذ أن أطلق المشير خليفة حفتر في أبريل الماضي هجوما للسيطرة على العاصمة، وسط تحضيرات ألمانية لمؤتمر دولي في برلين يهدف إلى إحياء المسار السياسي.

وفي سوق المشير بالمدينة القديمة في طرابلس، قال بائع نحاسيات في الستين: "احنا نبو الحرب توقف وبس، الكهرباء تقطع والسيولة مافيش في المصارف، تركيا ولا غيرها، المهم الناس ترتاح شوية".

ومن المقرر أن تحال المذكرتان إلى البرلمان التركي للمصادقة عليهما، فيما يرى مراقبون أن مذكرة الحدود البحرية ستعقد مشاريع نقل الغاز من شرق المتوسط إلى أوروبا، وفي مقدمتها خط أنابيب «إيست ميد» الذي تدعمه اليونان وقبرص وإسرائيل.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Turkey", "Recep Tayyip Erdoğan", _GNA, "Fayez al-Sarraj", "Libya"],
                [],
            ),
            # "كما وقع الجانبان مذكرة تفاهم ثانية لتحديد مناطق الصلاحية البحرية",
            G(
                "agreement.signed",
                "occurred",
                ["Turkey", "Recep Tayyip Erdoğan", _GNA, "Fayez al-Sarraj", "Libya"],
                [],
            ),
            # the denial "أن تكون المذكرة الأمنية تمهيدا لإرسال قوات تركية إلى ليبيا",
            G("military.presence", "negated", ["Turkey"], ["Libya"], core=False),
            # the Egypt-Cyprus agreement "عام 2013",
            G("agreement.signed", "historical", ["Egypt", "Cyprus"], [], core=False),
            # the Egypt-Greece talks "متعثرة",
            G("agreement.signed", "stalled", ["Egypt", "Greece"], [], core=False),
            # the arms embargo "منذ عام 2011",
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
        ],
        not_targets=["Egypt", "Greece", "Cyprus", "Crete", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-annaharalarabi-beirut-saudi-and-kuwaiti-ambassadors-return-2022",
        date(2022, 4, 9),
        """السفير السعودي يعود إلى بيروت بعد خمسة أشهر من القطيعة.. والكويت تعيد سفيرها

بيروت - «النهار العربي»

عاد السفير السعودي لدى لبنان وليد بخاري، أمس الجمعة، إلى بيروت، منهيا غيابا دام أكثر من خمسة أشهر، بعد ساعات من إعلان وزارة الخارجية السعودية عودته "استجابة لنداءات ومناشدات القوى السياسية الوطنية المعتدلة في لبنان"، وتأكيدا لما ذكره رئيس الوزراء نجيب ميقاتي من التزام حكومته "اتخاذ الإجراءات اللازمة والمطلوبة لتعزيز التعاون مع المملكة ودول مجلس التعاون".

وأعلنت وزارة الخارجية الكويتية بدورها عودة سفيرها إلى بيروت، مشيرة في بيان إلى أن الخطوة تأتي "في ضوء ما أبدته الحكومة اللبنانية من تجاوب" مع الورقة التي نقلها وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح إلى المسؤولين اللبنانيين في يناير الماضي.

وكانت الرياض قد استدعت سفيرها وطلبت من السفير اللبناني مغادرة أراضيها في أواخر أكتوبر الماضي، احتجاجا على تصريحات لوزير الإعلام آنذاك جورج قرداحي انتقد فيها التدخل العسكري للتحالف في اليمن، وتبعتها الكويت والبحرين والإمارات التي استدعت سفراءها أو دبلوماسييها.

وأوقفت المملكة في الوقت نفسه جميع الواردات اللبنانية إلى أسواقها، بعد أشهر من حظر دخول الخضار والفواكه اللبنانية إثر ضبط شحنات من حبوب الكبتاغون المخدرة داخل ثمار الرمان، ولم تعلن الرياض حتى الآن رفع هذا الحظر، الذي يقول المصدرون اللبنانيون إنه كلفهم مئات ملايين الدولارات.

ورحب ميقاتي بعودة السفيرين، وكتب في تغريدة أن لبنان "يفخر بانتمائه العربي ويتمسك بأفضل العلاقات مع دول مجلس التعاون"، فيما لم تعلن البحرين والإمارات بعد موعد عودة سفيريهما.

وتأتي الخطوة قبل خمسة أسابيع من الانتخابات النيابية المقررة في الخامس عشر من مايو، في وقت يرى فيه محللون أن الرياض تريد أن تكون حاضرة في المشهد الانتخابي، خصوصا بعد عزوف رئيس الوزراء الأسبق سعد الحريري عن الترشح.

وفي سياق متصل، لا تزال المفاوضات غير المباشرة بين لبنان وإسرائيل برعاية أمريكية لترسيم الحدود البحرية متعثرة، منذ توقف جولاتها في الناقورة في مايو من العام الماضي، رغم زيارات متكررة للوسيط الأمريكي آموس هوكستين.

وفي مقهى قديم بشارع الحمرا، قال صاحبه وهو يرتب الكراسي على الرصيف: "يا ريت يرجعوا كلن، الخليجيي كانوا يعبوا البلد بالصيف، هلق المطاعم فاضية والدولار صار بخمسة وعشرين ألف، منشالله تكون بداية خير".

ويعاني لبنان منذ خريف عام 2019 من انهيار اقتصادي صنفه البنك الدولي بين الأسوأ في العالم منذ منتصف القرن التاسع عشر، وفقدت الليرة أكثر من تسعين في المئة من قيمتها، فيما يعيش أكثر من ثلاثة أرباع السكان تحت خط الفقر.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Saudi Arabia", "Ministry of Foreign Affairs (Saudi Arabia)", "Walid Bukhari"],
                ["Lebanon"],
            ),
            # Kuwait that "أعلنت … عودة سفيرها إلى بيروت",
            G(
                "relations.restored",
                "occurred",
                ["Kuwait", "Ministry of Foreign Affairs (Kuwait)"],
                ["Lebanon"],
            ),
            # the import ban of October and the produce ban before it,
            G("sanctions.imposed", "historical", ["Saudi Arabia"], ["Lebanon"], core=False),
            # "ولم تعلن الرياض حتى الآن رفع هذا الحظر",
            G("sanctions.lifted", "negated", ["Saudi Arabia"], ["Lebanon"], core=False),
            # Bahrain and the UAE that "لم تعلن … بعد موعد عودة سفيريهما",
            G(
                "relations.restored",
                "negated",
                ["Bahrain", "United Arab Emirates"],
                ["Lebanon"],
                core=False,
            ),
            # the Naqoura talks "متعثرة",
            G("agreement.signed", "stalled", ["Lebanon", "Israel"], [], core=False),
        ],
        not_targets=["Yemen", "Israel"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-shafaaq-baghdad-abdul-mahdi-decree-merges-pmf-into-armed-forces-2019",
        date(2019, 7, 2),
        """عبد المهدي يأمر بدمج الحشد الشعبي في القوات المسلحة.. والصدر: سرايا السلام ستلتزم

بغداد - «شفق نيوز»

أصدر رئيس الوزراء العراقي القائد العام للقوات المسلحة عادل عبد المهدي، مساء أمس الاثنين، أمرا ديوانيا يقضي بدمج جميع فصائل الحشد الشعبي في القوات المسلحة، على أن تعمل "جزءا لا يتجزأ" منها وتخضع لما تخضع له من قوانين وضوابط، وأن تتخلى عن التسميات التي عملت بها خلال الحرب على تنظيم «داعش».

وينص الأمر، الذي نشره المكتب الإعلامي لرئيس الوزراء، على أن تقطع الفصائل أي ارتباط سياسي أو حزبي، وأن تغلق مقارها ومكاتبها الاقتصادية داخل المدن وخارجها، وتمنع أي فصيل يعمل "علنيا أو سريا" خارج هذه الضوابط، ويمهلها حتى الحادي والثلاثين من يوليو الجاري لاستكمال الترتيبات اللازمة.

وسارع زعيم التيار الصدري مقتدى الصدر إلى الترحيب بالأمر، وأعلن في تغريدة أن ألوية «سرايا السلام» الثلاثة ستفك ارتباطها بالتيار وستنضوي بالكامل تحت إمرة القائد العام للقوات المسلحة، داعيا بقية الفصائل إلى أن تحذو حذوها "من أجل عراق قوي".

كما رحب رئيس هيئة الحشد الشعبي فالح الفياض ورئيس تحالف الفتح هادي العامري بالقرار، في حين قال قيادي في أحد الفصائل المسلحة، طلب عدم الكشف عن اسمه، إن فصيله "لن يتخلى عن سلاحه" ما دامت القوات الأمريكية موجودة في البلاد.

وكان البرلمان العراقي قد أقر في نوفمبر 2016 قانون هيئة الحشد الشعبي، الذي جعل منها تشكيلا عسكريا رسميا مرتبطا بالقائد العام، لكن فصائل عدة احتفظت عمليا باستقلالية قرارها وبمصادر تمويلها وتسلسلها القيادي.

ونفى المتحدث باسم الحكومة أن يكون الأمر جاء استجابة لضغوط أمريكية، رغم تصاعد التوتر بين واشنطن وطهران، وتحذير مسؤولين أمريكيين من أن أي هجوم تشنه فصائل موالية لإيران على مصالحهم في العراق سيقابل برد حازم.

وتنتشر في العراق منذ عام 2014 قوات أمريكية يقدر عددها بنحو خمسة آلاف جندي، في إطار التحالف الدولي ضد «داعش»، وتطالب فصائل وكتل في البرلمان بإخراجها.

وعلى صعيد آخر، لا يزال اتفاق بغداد وأربيل على تشكيل ألوية مشتركة من الجيش والبيشمركة لحفظ الأمن في المناطق المتنازع عليها متعثرا، رغم اجتماعات عدة عقدتها اللجان العسكرية من الطرفين منذ مطلع العام.

وفي سوق الشورجة وسط بغداد، قال تاجر قماش خمسيني: "احنا نريد دولة وحدة وجيش واحد، هذا اللي نتمناه من زمان، بس الحچي شي والفعل شي، خلي نشوف شراح يصير بعد شهر".

ويرى مراقبون أن تنفيذ الأمر سيكون اختبارا حقيقيا لحكومة عبد المهدي، التي جاءت بتوافق بين تحالفي «سائرون» المدعوم من الصدر و«الفتح» الذي يضم أبرز فصائل الحشد، في ظل شكوك حول قدرتها على فرض سلطة الدولة على فصائل تملك نفوذا سياسيا واقتصاديا واسعا.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Iraq", "Adil Abdul-Mahdi"],
                ["Popular Mobilization Forces", "Iraqi Armed Forces"],
            ),
            # Sadr: the brigades of Saraya al-Salam "ستنضوي بالكامل تحت إمرة القائد العام",
            G(
                "forces.integrated",
                "planned",
                ["Muqtada al-Sadr", "Sadrist Movement"],
                ["Saraya al-Salam"],
            ),
            # the PMF law "في نوفمبر 2016",
            G(
                "forces.integrated",
                "historical",
                ["Iraq", "Council of Representatives of Iraq"],
                ["Popular Mobilization Forces"],
                core=False,
            ),
            # the US troops "منذ عام 2014",
            G("military.presence", "historical", [_US], ["Iraq"], core=False),
            # the joint army-Peshmerga brigades "متعثرا",
            G(
                "forces.integrated",
                "stalled",
                ["Iraq", "Kurdistan Regional Government"],
                ["Peshmerga"],
                core=False,
            ),
        ],
        not_targets=["Iran", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-alrai-kuwait-football-page-2024",
        date(2024, 2, 20),
        """«الأزرق» يستأنف تحضيراته.. و«الانضباط» تفرض غرامة على العربي وترفع الإيقاف عن مدافع القادسية

الكويت - «الراي»

فرضت لجنة الانضباط في الاتحاد الكويتي لكرة القدم غرامة مالية قدرها ثلاثة آلاف دينار على نادي العربي، بسبب الألعاب النارية التي أطلقها جمهوره في مدرجات استاد صباح السالم خلال مواجهة الفريق أمام الكويت في الجولة الخامسة عشرة من دوري «زين» الممتاز، كما أوقفت لاعب الوسط في الفريق مباراتين بسبب اعتراضه على قرارات الحكم.

وهددت اللجنة، في بيان نشرته على حسابها في منصة «إكس»، بفرض عقوبات أشد قد تصل إلى إقامة المباريات دون جمهور، في حال تكرار المخالفات في المباريات المقبلة.

في المقابل، رفعت اللجنة الإيقاف عن مدافع القادسية بعد قبول التظلم الذي تقدم به النادي، ليصبح متاحا أمام الجهاز الفني في لقاء «القمة» المرتقب، فيما علقت النظر في شكوى تقدم بها نادي السالمية ضد أحد الحكام إلى حين الاستماع إلى أقوال الطرفين.

واستأنف المنتخب الوطني الأول تحضيراته مساء أمس على استاد جابر الأحمد الدولي، استعدادا لمواجهتي الهند في التصفيات المشتركة المؤهلة إلى كأس العالم 2026 وكأس آسيا 2027، تحت قيادة المدرب البرتغالي الذي وقع عقدا جديدا مع الاتحاد يمتد حتى نهاية التصفيات.

وانضم إلى التشكيلة مهاجم الكويت العائد من الإصابة، فيما مدد نادي كاظمة عقد حارس مرماه الدولي لموسمين إضافيين، ووقع اتفاقية رعاية مع إحدى شركات الاتصالات لمدة ثلاثة مواسم.

وعلى صعيد الفئات السنية، قرر مجلس إدارة نادي النصر دمج فريقي الشباب والناشئين في فريق واحد حتى نهاية الموسم، بسبب النقص في عدد اللاعبين وضغط جدول المباريات.

ويسعى نادي الجهراء إلى الانضمام مجددا إلى دوري الأضواء، إذ يتصدر ترتيب دوري الدرجة الأولى برصيد ثمانٍ وعشرين نقطة، بفارق نقطتين عن أقرب ملاحقيه.

ونشرت وزارة الداخلية دوريات إضافية في محيط الاستاد وعلى الطرق المؤدية إليه قبل مباراة القمة، مع تخصيص مواقف للجماهير وفتح البوابات قبل ثلاث ساعات من ضربة البداية.

وفي ديوانية قرب ضاحية عبد الله السالم، قال مشجع قدساوي ستيني: "والله الدوري حلو هالسنة، بس الملاعب تبيلها صيانة، والجمهور يبي يشوف عيال الديرة يلعبون، مو بس المحترفين".

ويعاني عدد من الأندية من تأخر صرف الدعم الحكومي، ما دفع لاعبين إلى رفع شكاوى إلى غرفة فض المنازعات في الاتحاد للمطالبة برواتبهم المتأخرة منذ أشهر.""",
        [],
        not_targets=["Kuwait", "India"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-alghad-irbid-local-page-2023",
        date(2023, 9, 12),
        """بلدية إربد تعلق رخص محال مخالفة.. وصلح عشائري ينهي خلافا في الرمثا

إربد - «الغد»

علقت بلدية إربد الكبرى رخص تسعة محال تجارية في وسط المدينة لمدة أسبوعين، وفرضت غرامات مالية على خمسة وعشرين محلا آخر، خلال حملة نفذتها الأسبوع الماضي لإزالة البسطات والتعديات على الأرصفة، بحسب ما أفاد مصدر في البلدية.

وتوعد رئيس البلدية، خلال اجتماع مع مديري المناطق، بفرض عقوبات على الموظفين الذين يتهاونون في متابعة المخالفات، مؤكدا أن "الرصيف حق للمواطن قبل أي أحد".

وشهد لواء الرمثا مساء السبت جاهة عشائرية كبيرة أنهت خلافا بين عائلتين استمر أكثر من عامين، بحضور محافظ إربد ونواب ووجهاء، ووقع ممثلو العائلتين صك الصلح، معلنين عودة العلاقات بينهما إلى ما كانت عليه.

ومددت البلدية مهلة تسديد المسقفات وضريبة المعارف دون غرامات حتى نهاية الشهر الجاري، استجابة لطلبات المواطنين، فيما وقعت مذكرة تفاهم مع جامعة اليرموك لتدريب طلبة الهندسة في مشاريع البنية التحتية.

وانضمت ثماني عشرة قرية في الألوية الشرقية إلى مشروع الصرف الصحي الذي تنفذه وزارة المياه والري بتمويل أوروبي، فيما قررت مديرية التربية والتعليم دمج مدرستين أساسيتين في بلدة حوارة بسبب تراجع أعداد الطلبة وقدم أحد المبنيين.

ونشرت شركة كهرباء إربد فرق الصيانة في مناطق عدة لمعالجة الأعطال التي خلفتها موجة الحر الأخيرة، كما أعلنت سلطة المياه استئناف الضخ إلى أحياء في المدينة بعد إصلاح خط ناقل رئيسي.

ورفعت البلدية الحظر الذي فرضته مطلع الصيف على البسطات في سوق الخضار المركزي، بعد الانتهاء من تنظيم مواقعها وترقيمها، على أن يلتزم أصحابها بالمواقع المحددة.

وقال رئيس البلدية لـ«الغد» إن البلدية "تعمل بإمكانات محدودة"، مشيرا إلى أن مديونيتها تجاوزت أربعين مليون دينار، وأن أغلب الشكاوى التي تتلقاها تتعلق بالنظافة وأزمات السير في شارع الجامعة.

وفي سوق البخارية، قال بائع قهوة خمسيني: "والله السوق نايم هالأيام، الناس ما معها مصاري، والبسطات ما ضلش إلها مكان، بس إن شاء الله بعد ما يرتبوها بترجع الحركة".

وتعد إربد ثاني أكبر مدن المملكة من حيث عدد السكان، وتستضيف عشرات آلاف اللاجئين السوريين، ما يضاعف الضغط على خدمات المياه والنقل والنفايات فيها.""",
        [],
        not_targets=["Jordan"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alroya-muscat-business-page-2024",
        date(2024, 3, 13),
        """شركتا تأمين عمانيتان توقعان اتفاقية اندماج.. وتعليق تداول سهم في بورصة مسقط

مسقط - «الرؤية»

وقعت شركتا تأمين مدرجتان في بورصة مسقط، أمس الثلاثاء، اتفاقية نهائية لدمج أعمالهما في كيان واحد تتجاوز أصوله ثلاثمئة مليون ريال عماني، على أن تعرض الصفقة على الجمعيتين العامتين غير العاديتين للمساهمين وهيئة الخدمات المالية خلال الربع الثاني من العام الجاري.

وقال رئيس مجلس إدارة إحدى الشركتين إن الاندماج "سيخلق كيانا أقدر على المنافسة في سوق تأمين صغيرة ومزدحمة"، مشيرا إلى أن شركته وقعت أيضا اتفاقية إعادة تأمين مع شركة أوروبية لمدة خمس سنوات.

وفي المقابل، علقت بورصة مسقط تداول سهم شركة صناعية مدرجة لمدة جلسة واحدة، بانتظار إفصاح جوهري عن عقد حكومي، قبل أن يستأنف التداول على السهم صباح اليوم.

وفرضت هيئة الخدمات المالية غرامات على ثلاث شركات وساطة لمخالفتها قواعد الإفصاح، وهددت بتعليق تراخيص الشركات التي تتكرر مخالفاتها، فيما رفعت إحدى شركات الاتصالات أسعار باقات الإنترنت المنزلي بنسبة سبعة في المئة اعتبارا من الشهر المقبل.

وانضمت شركة ناشئة في مجال الخدمات اللوجستية إلى برنامج حاضنات الأعمال التابع لغرفة تجارة وصناعة عمان، كما انضم سهم أحد المصارف إلى مؤشر الأسواق الناشئة لإحدى شركات المؤشرات العالمية.

ومددت وزارة الإسكان والتخطيط العمراني مهلة تسجيل عقود الإيجار إلكترونيا شهرين إضافيين، فيما نشرت شركة الكهرباء فرق الصيانة في المنطقة الصناعية بالرسيل لاستبدال المحولات القديمة.

ورفعت وزارة الثروة الزراعية والسمكية وموارد المياه الحظر الموسمي على صيد الشارخة (الروبيان الصخري) في محافظتي الوسطى وظفار، مع انتهاء موسم التكاثر، ودعت الصيادين إلى الالتزام بالأحجام المسموح بها.

وأغلق المؤشر الرئيسي لبورصة مسقط على ارتفاع بنسبة 0.4 في المئة، بدعم من أسهم القطاع المالي، وبلغت قيمة التداولات نحو ثلاثة ملايين وثمانمئة ألف ريال عماني، وسط مشتريات ملحوظة من المستثمرين الخليجيين.

وفي سوق مطرح، قال بائع بخور ستيني وهو يرتب قناني العطور: "الحركة زينة هالأيام مع الموسم السياحي، والسفن السياحية تجيب ناس وايد، بس الإيجارات غالية والمصاريف ما تخلص، الله يعين".

ويتوقع محللون أن تشهد سوق التأمين العمانية مزيدا من عمليات الاندماج خلال العامين المقبلين، بعد رفع الحد الأدنى لرأس مال شركات التأمين، وهو ما يضع ضغوطا على الشركات الصغيرة.""",
        [],
        not_targets=["Oman"],
    ),
]


RULES: list[object] = [
    pytest.param(
        "ستخضع قوات الدعم السريع لإمرة القوات المسلحة السودانية.",
        date(2022, 12, 6),
        [("forces.integrated", "planned", "Rapid Support Forces")],
        [],
        id="forces-under-the-armys-command",
    ),
    pytest.param(
        "قال الصدر إن ألوية سرايا السلام ستنضم إلى القوات المسلحة العراقية.",
        date(2019, 7, 2),
        [("forces.integrated", "planned", "Saraya al-Salam")],
        [],
        id="armed-units-join-the-army",
    ),
    pytest.param(
        "انضم شقيقه إلى الجيش عام 2010.", date(2019, 7, 2), [], [], id="a-recruit-joins-the-army"
    ),
    pytest.param(
        "سيضيف الاتحاد الأوروبي أسماء جديدة إلى قائمة الأفراد والكيانات الخاضعين لعقوبات بسبب القمع في بيلاروس.",
        date(2021, 5, 20),
        [("sanctions.imposed", "planned", "European Union")],
        [],
        id="a-list-named-by-who-is-on-it",
    ),
    pytest.param(
        "لم تعلن البحرين والإمارات العربية المتحدة حتى الآن استئناف العلاقات مع قطر.",
        date(2021, 1, 20),
        [],
        [],
        id="a-negated-governor-past-a-long-subject",
    ),
    pytest.param(
        "وقعت تونس وليبيا اتفاقا للتعاون الأمني أمس، بعد توقف المحادثات لعامين.",
        date(2021, 5, 30),
        [("agreement.signed", "occurred", "Tunisia")],
        [],
        id="the-stall-the-step-ended",
    ),
    pytest.param(
        "وصلت قوة بحرية تركية إلى ميناء بورتسودان أمس لتنتشر في السودان، بعد توقف قصير في ميناء جيبوتي.",
        date(2021, 3, 2),
        [("military.presence", "occurred", "Turkey")],
        [],
        id="a-stopover-is-no-stall",
    ),
    pytest.param(
        "أعلنت الخارجية أن السويد وفنلندا تنضمان إلى حلف شمال الأطلسي رسميا اليوم.",
        date(2023, 4, 4),
        [("alliance.joined", "occurred", "Sweden")],
        [],
        id="a-dual-join",
    ),
    pytest.param(
        "انتشرت وحدة عسكرية فرنسية في النيجر أمس.",
        date(2019, 5, 3),
        [("military.presence", "occurred", "France")],
        [],
        id="a-military-unit",
    ),
    pytest.param(
        "استثنت الحكومة البريطانية البنوك الروسية من إجراءات تجميد الأصول.",
        date(2022, 4, 6),
        [("sanctions.suspended", "occurred", "United Kingdom")],
        [],
        id="exempted-from-a-named-measure",
    ),
    pytest.param(
        "ووقع الديوان الوطني للزيت اتفاقية مع موزع إسباني لتسويق زيت الزيتون في أمريكا الشمالية.",
        date(2022, 11, 10),
        [],
        [],
        id="a-distributors-nationality",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout61_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout61_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout61_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout61_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
