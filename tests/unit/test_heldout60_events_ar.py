"""A sixtieth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and the
first fifty-nine held-out sets: contemporary Arabic copy of 2018-2025, as today's wires, sites and
papers carry it (a London-based site's wires from Ankara, "أنقرة - «عربي21» (وكالات)", with a Grand
Bazaar money-changer's "عندنا السياسة تتغير كل أسبوع"; a Saudi-owned site's wires from Brussels,
"بروكسل - «إندبندنت عربية» (وكالات)", with a lorry driver near Bratislava, "السياسيون في بروكسل لا
يملؤون خزاناتهم بأنفسهم"; an Abu Dhabi news site, "واشنطن - «العين الإخبارية»", with an Indian
restaurant owner of Chungking Mansions; a Saudi channel's wires from Tbilisi, "تبليسي - «الشرق»
(وكالات)", with a student wrapped in the EU flag on Rustaveli Avenue; a Russian agency's Arabic
service, "موسكو - «سبوتنيك عربي»", with an Uzbek dried-fruit seller at Sadovod market; a Baghdad
site, "بغداد - «بغداد اليوم»", with a lorry driver queuing at the Ibrahim Khalil crossing; a Cairo
news channel's site, "روما - «القاهرة الإخبارية»", with an Aleppine restaurant owner near Termini; a
Russian channel's Arabic site, "موسكو - «روسيا اليوم»", with its "العملية العسكرية الخاصة" and a
Donetsk pensioner in a bread queue; the London site's wires again, "إسلام آباد - «عربي21» (وكالات)",
with a Rawalpindi cloth seller's "هذه ليست حربنا"; an Algiers daily's Batna football page, "باتنة -
«الخبر»", with "فيفري", "جوان" and a fan's "الكاب راهو يلعب بلا دراهم … بصح الجمهور ما يسلمش فيه"; a
Cairo site's Sohag page, "سوهاج - «القاهرة 24»", with a tomato seller's "الميه بقت تيجي بالساعة،
والحر ما بيرحمش"; a Dubai daily's Ajman business page, "عجمان - «الإمارات اليوم»", with a fish
seller's "السوق زين هالأيام … بس الإيجارات غالية") and on programmes and regions they do not touch
(the US Treasury lifting its sanctions on Turkey's justice and interior ministers Abdulhamit Gül and
Süleyman Soylu after Andrew Brunson's release, and Turkey lifting its answer on Jeff Sessions and
Ryan Zinke, November 2018; the Council of the EU's sixth package against Russia, its seaborne-oil
embargo and the temporary exemption for crude by the Druzhba pipeline, June 2022; President Biden
continuing the national emergency with respect to Hong Kong, with sanctions on the Liaison Office's
deputy directors to come, July 2021; the State Department's James O'Brien threatening Georgian
officials with financial and travel restrictions over the foreign influence law, May 2024;
Uzbekistan and Cuba made observers of the Eurasian Economic Union, December 2020; Iraq, Turkey,
Qatar and the UAE signing the Development Road memorandum in Baghdad, with an Iraqi-Turkish
strategic framework agreement, April 2024; Italy naming an ambassador to Damascus, the first of the
G7, July 2024; the people's militias of Donetsk and Luhansk merged into the Russian Armed Forces,
December 2022; a Pakistani army contingent for Saudi Arabia on a training and advisory mission,
February 2018). Nine carry core events of all ten alertable types (fifteen in all), twelve occurred
and three planned (the State Department's sanctions on the Liaison Office "خلال الأيام المقبلة"; a
Russian ministry that "ستدمج خلال الأشهر المقبلة الكتائب التطوعية الأخرى"; a Pakistani army that
"سيرسل وحدة عسكرية جديدة"), next to historical, negated and stalled ones; three are near misses: a
Batna football page (a club sanctioned «فرضت … عقوبات على نادي شباب الأوراس باتنة», harsher
penalties threatened «وهددت الرابطة … بفرض عقوبات أشد», a defender's ban "رفعت اللجنة الإيقاف
المفروض على", a coach's licence "علقت", training "استأنف", a coach who "وقع", a striker who "انضم",
a goalkeeper's contract "مددت", a sponsorship "ووقعت", two youth teams "دمج", a club that hopes for
"الانضمام إلى الرابطة المحترفة الأولى", five hundred policemen "نشرت", buses resumed, the fans'
boycott threat and a cup tie against «الوفاق»), a Sohag local page (bakery licences "علقت" and shops
fined «فرضت … غرامات», a governor who "توعد … بفرض عقوبات" on lax employees, a blood feud ended by
families that "وقع … على وثيقة الصلح" with "بعودة العلاقات بينهما", a deadline "مددت", a protocol
"ووقعت", villages that "انضمت" to «حياة كريمة», schools merged, repair teams "نشرت", pumping and a
ferry resumed, a ban on rice "رفعت … الحظر") and an Ajman business page (two developers that sign
"اتفاقية نهائية لدمج أعمالهما", a Chinese contractor's deal, a share "علقت" and resumed, fines «فرضت
… غرامات» and a threat to cancel licences, prices "رفعت", a fintech and a share that "انضمت",
"انضم", a deadline "مددت", maintenance teams "نشرت", a ban on live poultry from a Polish province
lifted, a sanitary ban and no sanction, and a port that resumed).

The decisions of the annotation, taken before any run: a Treasury that "رفعت … العقوبات التي فرضتها
مطلع أغسطس الماضي على وزير العدل التركي عبد الحميد غل ووزير الداخلية سليمان صويلو" lifts sanctions
(core; the United States, the Treasury and OFAC, which announced the delisting; the two ministers
the targets; Turkey, their state, left out of both lists, as set 58's Cambodia), Turkey that "قررت
بدورها رفع الإجراءات المماثلة التي اتخذتها بحق" Sessions and Zinke lifts too (core, an act of its
own; Turkey and Çavuşoğlu; the two Americans, Zinke unknown to the knowledge base, the targets), the
sanctions "في الأول من أغسطس" and Ankara's freeze "بعد ثلاثة أيام" historical impositions, Trump's
doubled tariffs no event (a tariff is a trade measure, not one of the design's sanctions), Trump
"نافيا أن تكون إدارته قد أبرمت «أي صفقة»" a negated signing, the Iran oil sanctions in force "يوم
الاثنين" a planned imposition and the waivers Pompeo "قال … إن بلاده ستمنحها لثماني دول لم يسمها" a
planned suspension (both not core: another programme's scheduled steps told as context; Turkey, a
hoped-for beneficiary, no target), the S-400 and Halkbank talks "متعثرة" a stalled signing, and the
Congress members' "تلويح … بفرض عقوبات على أنقرة إذا تسلمت المنظومة الروسية" an occurred threat (not
core, told in passing; Turkey the target; members of Congress, not the government, so the United
States is no actor); a Council that "تبنى … الحزمة السادسة من العقوبات على روسيا", the seaborne-oil
embargo and Sberbank cut from SWIFT, imposes sanctions (core; the EU and its Council; Russia and
Sberbank the targets), "غير أن المجلس استثنى مؤقتا من الحظر النفط الذي يصل … عبر خط أنابيب «دروجبا»"
suspends them in part (core, an exemption, as set 58's German waiver; the EU, its Council and von
der Leyen, whose words give its terms; Russia the target; Hungary, Slovakia and the Czech Republic,
which benefit, no targets), the Patriarch whose name the members "أسقطت … من قائمة الأشخاص الخاضعين
لتجميد الأصول" before it was adopted a negated imposition (he was never listed: no lifting), the
coal embargo "في أبريل الماضي" and the central bank's assets frozen "في الأيام الأولى من الحرب"
historical impositions, "ولا تشمل العقوبات الغاز الروسي" a negated imposition, the G7's price-cap
talks "متعثرة" a stalled signing, the entry into force "اليوم السبت" part of the act; a president
who "مدد … لعام إضافي العمل بحالة الطوارئ الوطنية المتعلقة بهونغ كونغ", the legal ground of the
sanctions, extends them (core: the continuation of a national emergency is a renewal, as the earlier
sets' Zimbabwe; the United States and Biden; Hong Kong the target; China left out of both lists), an
official's "إن الإدارة ستفرض «خلال الأيام المقبلة» عقوبات على عدد من نواب مدير مكتب الاتصال" a
planned imposition (core; the United States and its State Department, for which he speaks; the
Liaison Office, unknown to the knowledge base, the target), the warning to business no event, Carrie
Lam and ten officials "في أغسطس 2020" and Beijing's answer on eleven Americans "بعد أيام" historical
impositions, the end of Hong Kong's special treatment part of the order of 2020, London that "لم
تفرض … حتى الآن أي عقوبات" a negated imposition, the anti-sanctions law and Zhao Lijian's "الرد
بحزم" no threat (no sanctions word for the answer), Phase One "في يناير 2020" a historical signing
and the trade talks "متعثرة" a stalled one; an assistant secretary who "هدد … بفرض قيود مالية وقيود
على السفر بحق المسؤولين الجورجيين الذين يقفون وراء قانون «الشفافية بشأن النفوذ الأجنبي»" threatens
sanctions (core; the United States, the State Department and James O'Brien, whom the knowledge base
lacks; Georgia and the ruling Georgian Dream the targets; not Russia, whose law it copies, the EU or
Zourabichvili, who will veto it), "ولم تفرض واشنطن حتى الآن أي عقوبات على أعضاء في الحكومة الجورجية
الحالية" a negated imposition, the four judges "في أبريل من العام الماضي" a historical imposition,
Borrell "من دون أن يتطرق إلى أي إجراءات عقابية" a negated threat, the candidate status of December
no joining, Kobakhidze's "التهديدات" the threat named again, Russian forces in Abkhazia and South
Ossetia "منذ حرب أغسطس 2008" a historical presence, the Geneva International Discussions "متعثرة" a
stalled signing; a council that "منح … كلا من أوزبكستان وكوبا صفة الدولة المراقبة في الاتحاد
الاقتصادي الأوراسي" lets two states join (core, one event each, as set 59's observer at Samarkand;
Uzbekistan and Mirziyoyev, Cuba and Manuel Marrero, whom the knowledge base lacks; the EAEU the
body; not Russia, Belarus, whose president chaired, or Kazakhstan), the parliament's vote of April a
step of the same joining, Mirziyoyev's country that "لا تنوي في الوقت الحالي" to seek full
membership a negated joining, the WTO talks "المتعثرة منذ تسعينيات القرن الماضي" a stalled joining,
the US embargo "المفروض عليها منذ نحو ستة عقود" and tightened by Trump a historical imposition,
Moldova "منذ مايو 2018" and Armenia and Kyrgyzstan "عام 2015" historical joinings, the founding
treaty signed at Astana, the agreement with Serbia "في أكتوبر من العام الماضي" and the Karabakh
ceasefire "في العاشر من نوفمبر الماضي" historical signings, the free-trade talks with Egypt
"المتعثرة" a stalled one, Putin's hope of full membership no event; four states that "وقع … مذكرة
تفاهم رباعية للتعاون في تنفيذ مشروع «طريق التنمية»" sign (core; Iraq, Turkey, Qatar, the UAE,
al-Sudani and Erdoğan), "كما وقع الجانبان العراقي والتركي اتفاقية إطار استراتيجية" a second signing
(core; Iraq and Turkey), the water agreement the two "ستوقعان … خلال الأشهر المقبلة" a planned one
(not core: a plan officials report), Turkey's bases "منذ تسعينيات القرن الماضي" a historical
presence and Güler who "نفى أن تكون أنقرة تسعى إلى … إقامة قواعد دائمة جديدة" a negated one, the
talks on the Kirkuk-Ceyhan exports "متعثرة" a stalled signing (Iraq, Turkey and the KRG; "استئناف
تصدير" is no restoration of ties), the council of 2008 and the IMEC memorandum "في سبتمبر الماضي"
historical signings, the PKK no party; a minister who announced "تعيين المبعوث الخاص … سفيرا لدى
دمشق", Italy thus "أول دولة من مجموعة السبع تعيد تمثيلها الدبلوماسي على مستوى السفير", restores ties
(core, a return to ambassadors after the embassy closed in 2012; Italy and Tajani; Syria), "وسنعيد
فتح السفارة في دمشق قريبا" a planned restoration (not core, as set 58's embassy), the eight states'
letter to Borrell no event, "لا يعني رفع العقوبات الأوروبية المفروضة على حكومة الرئيس بشار الأسد" a
negated lifting and the sanctions "منذ عام 2011" a historical imposition, the Arab League that
"أعادت سوريا إلى مقعدها … منهية تعليقا لعضويتها" a historical lifting (the lifting of a bloc's
suspension is one, the suspension itself none), the UAE's and Bahrain's embassies "أواخر عام 2018" a
historical restoration, the Constitutional Committee "متعثرة" a stalled signing, Washington that "لن
تطبع علاقاتها" a negated restoration; a minister who announced that the people's militias "دمجت في
قوام القوات المسلحة الروسية" integrates forces (core; Russia, its Ministry of Defence, Shoigu and
the Russian Armed Forces; the Donetsk and Luhansk people's militias, unknown to the knowledge base,
the targets; the annexation no event, and Ukraine, whose land they hold, left out of both lists),
"مضيفا أن الوزارة «ستدمج خلال الأشهر المقبلة الكتائب التطوعية الأخرى»" a planned integration (core;
Russia, the ministry and Shoigu; the battalions unnamed), the military districts re-formed at home
no presence, "وانضمام فنلندا والسويد المرتقب إليه" a planned joining (not core: NATO's enlargement
named as Moscow's reason), Peskov who "نفى … أن يشمل الدمج مجموعة «فاغنر»" a negated integration,
the Russian forces in Belarus "في أكتوبر الماضي" a historical presence, the Minsk agreements "في
فبراير 2015" a historical signing and the talks since Istanbul "متعثرة" a stalled one, Kyiv's "إلحاق
ميليشيات غير شرعية بجيش الاحتلال" the same integration told again; an army that "أعلن … أنه سيرسل
وحدة عسكرية جديدة إلى المملكة العربية السعودية في «مهمة تدريب واستشارة»" plans a presence (core,
planned: the contingent is still to go, whatever the headline's present tense; Pakistan, Bajwa and
the defence minister Khurram Dastgir Khan, whom the knowledge base lacks and who gave its size;
Saudi Arabia the host; not Iran or Yemen), "لن تستخدم خارج المملكة" with "لن يشاركوا في أي عمليات
قتالية داخل اليمن" a negated presence, the parliament's vote "في أبريل 2015" against joining the
Saudi-led coalition a negated joining, the 1,600 already there a historical presence, the agreement
"عام 1982" a historical signing, the IMCTC that Pakistan joined "أواخر عام 2015" a historical
joining, the deferred-payment oil talks "متعثرة" a stalled signing; the Batna, Sohag and Ajman pages
carry no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the shared
machinery of ``heldout_support_ar``; the articles and their annotations were written in full before
the analyzer was run on them.

Measured before any fix (2026-12-04, on commit 2da928a, in a worktree whose only changes were this
file and the English set 60's), in one run: events P 1.000 R 0.867 F1 0.929 (recall 13/15, precision
12/12: twelve alerts, all right by the scorer's count; occurred core found 11/12, planned 2/3;
historical 26/26, negated 13/13 and stalled 10/10 kept quiet by the scorer's count). No annotation
was changed after the run.

Missed, by the per-article check (which also wants the status), and why, each cause found in the
code and shown by probe sentences: in ar-hl03 the official's "إن الإدارة ستفرض «خلال الأيام المقبلة»
عقوبات على عدد من نواب مدير مكتب الاتصال التابع للحكومة المركزية الصينية" gives nothing: «الإدارة»
("the administration") is no party, ``speaker_state`` (``rasd/events/roles.py``) lends the speaker's
state only to «بلاده», «الحكومة» or «الوزارة» and only when the speaker is a person or a title with
a state's demonym (not "مسؤول في وزارة الخارجية الأمريكية", an official named by his ministry), and
with no party left ``_plausible`` (``rasd/events/extractor.py``) drops the event ("وقال وزير
الخارجية الأمريكي إن الحكومة ستفرض عقوبات على مسؤولين في هونغ كونغ" is planned, by the United
States; "وقال وزير الخارجية الأمريكي إن الإدارة ستفرض …" and "وقال مسؤول في وزارة الخارجية الأمريكية
إن الحكومة ستفرض …" nothing); without the quotes around the time, the office's name lends China as
the only party, a target with no actor, which the gold does not match ("وقال مسؤول في وزارة الخارجية
الأمريكية إن الإدارة ستفرض عقوبات على عدد من نواب مدير مكتب الاتصال التابع للحكومة المركزية الصينية
في هونغ كونغ" is a planned imposition on China); in ar-hl07 the lead's "أعلن وزير الخارجية الإيطالي
أنطونيو تاياني … تعيين المبعوث الخاص لبلاده إلى سوريا … سفيرا لدى دمشق، لتصبح إيطاليا أول دولة من
مجموعة السبع تعيد تمثيلها الدبلوماسي على مستوى السفير" and the headline's "إيطاليا تعين سفيرا لدى
دمشق" give nothing: an ambassador appointed where there was none («عين، تعيين … سفيرا لدى») is no
restoration form, and «أعاد» takes only a relations noun (within three words) or an ambassador noun
(within two), not «تمثيلها الدبلوماسي», a representation noun that only «رفع» takes
(``relations.restored``, ``ar.triggers.yaml``) ("أعادت إيطاليا سفيرها إلى دمشق" and "رفعت إيطاليا
مستوى تمثيلها الدبلوماسي في سوريا إلى درجة سفير" are occurred; "عينت إيطاليا سفيرا لدى سوريا",
"أعلنت إيطاليا تعيين سفير لدى سوريا" and "أعادت إيطاليا تمثيلها الدبلوماسي لدى سوريا إلى مستوى
السفير" nothing; an ambassador named to a capital where the state had none, the break told beside
it, and representation brought back to ambassadors should both be restorations, not a routine
posting); the planned reopening in Tajani's own words, "وسنعيد فتح السفارة في دمشق قريبا", gives
nothing too (not core): «نعيد فتح» is no form, and a verb in the first person plural lends the
speaker's state only among the verbs of ``_WE_VERB_AR`` (وقع، برم، فرض، رفع، نضم، نشر; ``roles.py``)
("قال وزير الخارجية الإيطالي إن بلاده ستعيد فتح السفارة في دمشق قريبا" is planned, "وقال أنطونيو
تاياني: «سنعيد فتح السفارة في دمشق قريبا»" nothing); in ar-hl08 "مضيفا أن الوزارة «ستدمج خلال الأشهر
المقبلة الكتائب التطوعية الأخرى العاملة في منطقة العملية العسكرية الخاصة، وفق المعايير نفسها»" gives
nothing: the integration forms need the army after the verb (``army_noun``, ``army_into``,
``ar.triggers.yaml``), and the army is named only in the quoted clause before «مضيفا», as in set
58's Ukrainian plan ("ستدمج روسيا الكتائب التطوعية في الجيش الروسي" is planned, "ستدمج روسيا الكتائب
التطوعية الأخرى خلال الأشهر المقبلة" nothing, and "وقال شويغو إن «عملية دمج الفيلقين الأول والثاني
في الجيش الروسي اكتملت»، مضيفا أن الوزارة «ستدمج خلال الأشهر المقبلة الكتائب التطوعية الأخرى»" only
the occurred integration; "ستدمج وزارة الدفاع الروسية الكتائب التطوعية الأخرى خلال الأشهر المقبلة"
is planned, the ministry's own name taken for the army); the scorer counts the plan found through
the occurred integration of the same actors; in ar-hl09 the lead's "أعلن الجيش الباكستاني، مساء أمس
الخميس، أنه سيرسل وحدة عسكرية جديدة إلى المملكة العربية السعودية" is planned on its own, but the
headline's "باكستان ترسل قوات إلى السعودية" is an occurred presence (a bare imperfect), and
``_absorb`` in ``_merge`` (``rasd/events/extractor.py``) keeps the better-ranked status of the two
(``_STATUS_RANK``: occurred before planned), so the merged event is occurred (the headline "باكستان
ترسل قوات إلى السعودية" over "أعلن الجيش الباكستاني أنه سيرسل قوات إلى السعودية." gives occurred,
with "سترسل" in the headline planned): a headline's imperfect is its present of the news, and when
the lead puts the act ahead with «س» and no past verb, the merged event should keep planned; the
scorer counts it found (both alertable).

Found only by the lenient scoring, not earned (the per-article check, which asks for one shared
name, passes them too): in ar-hl01 Turkey's own lifting, "قررت بدورها رفع الإجراءات المماثلة التي
اتخذتها بحق وزير العدل الأمريكي جيف سيشنز ووزير الداخلية ريان زينكي", gives nothing: the
``imposed_measures`` cue (``ar.cues.yaml``; ``_needs_met``, ``rasd/events/extractor.py``) must read
«الإجراءات التي فرضتها على» unbroken, so an adjective between («المماثلة») or measures "taken
against" («اتخذتها بحق») leave «الإجراءات» a plain word ("رفعت تركيا الإجراءات التي فرضتها على جيف
سيشنز" is occurred; "رفعت تركيا الإجراءات المماثلة التي فرضتها على جيف سيشنز" and "رفعت تركيا
الإجراءات التي اتخذتها بحق جيف سيشنز" nothing); it is matched only because the US lifting carries
Turkey as a second actor: in "وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في إشعار نشره على
موقعه، إنه شطب اسمي الوزيرين …" the speaker is lost past the aside, and «الوزيرين», a plural anaphor
of ``_PLURAL_AR`` (``roles.py``) though here the object's genitive, is taken for the subject and
resolved to the headline's "وأنقرة ترد بالمثل" (below that headline the sentence is a lifting by
Turkey; without the aside, by OFAC); in ar-hl02 "أسقطت الدول الأعضاء اسم بطريرك موسكو وسائر روسيا
كيريل من قائمة الأشخاص الخاضعين لتجميد الأصول وحظر السفر" is a planned imposition (the «ل» of
«لتجميد» read as "to freeze") with Russia, from the Patriarch's title, for actor: an alert nobody
should receive, counted right because Russia is the gold imposition's target; in ar-hl01 the Iran
oil sanctions in force "يوم الاثنين" are occurred ("الحزمة"), matched to the planned gold
imposition.

Also seen, not scored: in ar-hl01 the US lifting's targets are the headline's unlinked "وزيرين
تركيين" and Gül (not Soylu), the freeze of August has Andrew Brunson for target and the United
States beside Turkey for actors, Trump's denial is a historical signing with Turkey for target, and
the waivers, the stalled talks and the Congress threat give nothing; in ar-hl02 the suspension has
no target and no von der Leyen, the historical impositions are one with no actor, and the gas
negation and the G7 talks give nothing; in ar-hl03 the extension has no Biden, the Phase One deal is
a stalled signing with Joe Biden for actor beside the stalled talks; in ar-hl04 the threat comes
from the headline's "تلوح" with the unlinked "مسؤولين جورجيين" for target and no O'Brien, and the
judges, Borrell, the Russian forces and the Geneva talks give nothing; in ar-hl05 Uzbekistan and
Cuba join in one event with no body (the union named as «عمل الاتحاد»), the Astana treaty has
Armenia and Kyrgyzstan among its signatories, the Serbian agreement is stalled with Serbia for
target, and the negated and stalled joinings, Moldova and the embargo on Cuba give nothing; in
ar-hl06 the two signings are one event without al-Sudani or Erdoğan, the IMEC memorandum has the G20
among its signatories, and the bases, the denial and the Kirkuk-Ceyhan talks give nothing; in
ar-hl07 the negated lifting has the EU and Assad (not Italy), the UAE's and Bahrain's restoration
has no Syria, and the Arab League, the Constitutional Committee and Washington's refusal give
nothing; in ar-hl08 the integration has Donetsk and Luhansk (the cities) and the Russian Armed
Forces for targets and neither the ministry nor Shoigu, the forces in Belarus are a negated presence
(gold: historical), the Minsk agreements a stalled signing with Russia for target, and Finland and
Sweden and Wagner give nothing; in ar-hl09 the agreement of 1982 has Saudi Arabia alone, and the
negated presence and joining, the 1,600 and the IMCTC give nothing. The Batna, Sohag and Ajman pages
raise nothing. Four strict xfails on four articles (ar-hl03, ar-hl07, ar-hl08 and ar-hl09 missed);
do not tune lexicons on these articles.

Nothing of this set was fixed in its own round (the session ended with the English set's
causes); its four known misses stand as measured.

Later, in set 61's round (2026-12-05): P 1.000 R 1.000 F1 1.000 (recall 15/15, precision 15/15).
Fixed as general causes, each pinned by a rule below: «الإدارة» after «إن» is the speaker's
administration, like «الحكومة» and «الوزارة», and an official named by his ministry ("مسؤول في وزارة
الخارجية الأمريكية") lends the ministry's state (``speaker_state``, ``rasd/events/roles.py``, whose
list of titles was never normalised, so «مسؤول» had matched no word); a source's wish to stay
unnamed («طلب عدم الكشف عن اسمه») is neither a call nor a denial (``_anonymity_ar``,
``rasd/events/status.py``); representation brought back («تعيد تمثيلها الدبلوماسي») is a
restoration (``ar.triggers.yaml``); armed units merged by a verb after which no army is named take
the army or its ministry named in the eight words before it («… في الجيش الروسي اكتملت، مضيفا أن
الوزارة ستدمج … الكتائب التطوعية الأخرى»; ``armed_units``, ``ar.cues.yaml``); and a headline's
occurred, a present tense, gives way to the lead's planned of the same event when no sentence of
the body tells it as done (``_absorb``, ``rasd/events/extractor.py``). An ambassador appointed
(«تعيين … سفيرا لدى دمشق») is still no restoration form: most appointments are routine postings.

``python -m tests.unit.test_heldout60_events_ar`` prints every article's alerts and the set's
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
_CEU = "Council of the European Union"
_EAEU = "Eurasian Economic Union"
_RU_MOD = "Ministry of Defence (Russia)"



ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-arabi21-ankara-us-and-turkey-lift-sanctions-on-ministers-2018",
        date(2018, 11, 3),
        """واشنطن ترفع العقوبات عن وزيرين تركيين.. وأنقرة ترد بالمثل

أنقرة - «عربي21» (وكالات)

رفعت وزارة الخزانة الأمريكية، أمس الجمعة، العقوبات التي فرضتها مطلع أغسطس الماضي على وزير العدل التركي عبد الحميد غل ووزير الداخلية سليمان صويلو، بعد ثلاثة أسابيع من إفراج القضاء التركي عن القس الأمريكي أندرو برانسون، الذي شكل احتجازه قرابة عامين أبرز ملفات التوتر بين البلدين العضوين في حلف شمال الأطلسي.

وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة، في إشعار نشره على موقعه، إنه شطب اسمي الوزيرين من قائمة "المواطنين المصنفين خصيصا"، ما يعني إلغاء تجميد أي أصول لهما تخضع للولاية القضائية الأمريكية، والسماح للمواطنين والشركات الأمريكية بالتعامل معهما من جديد.

وبعد ساعات، أعلن وزير الخارجية التركي مولود جاويش أوغلو أن بلاده قررت بدورها رفع الإجراءات المماثلة التي اتخذتها بحق وزير العدل الأمريكي جيف سيشنز ووزير الداخلية ريان زينكي، وكتب في تغريدة: "قلنا منذ البداية إننا سنرد بالمثل على أي خطوة، واليوم نرفع ما فرضناه ردا على القرار الأمريكي".

وكانت إدارة الرئيس دونالد ترامب قد فرضت العقوبات على الوزيرين في الأول من أغسطس، متهمة إياهما بلعب "دور رئيسي" في اعتقال برانسون، في سابقة هي الأولى بحق وزراء في دولة حليفة، وردت أنقرة بعد ثلاثة أيام بتجميد أصول سيشنز وزينكي في تركيا، "إن وجدت".

كما ضاعف ترامب في الشهر نفسه الرسوم الجمركية على واردات الصلب والألمنيوم التركية، ما عمق أزمة الليرة التي فقدت نحو أربعين في المئة من قيمتها منذ بداية العام، قبل أن تستعيد جزءا من خسائرها في الأسابيع الأخيرة.

وكان برانسون قد غادر تركيا في الثاني عشر من أكتوبر، بعد أن قضت محكمة في إزمير بإطلاق سراحه مع احتساب مدة توقيفه، واستقبله ترامب في البيت الأبيض، نافيا أن تكون إدارته قد أبرمت "أي صفقة" مع أنقرة مقابل الإفراج عنه.

وتأتي الخطوة قبل يومين من دخول الحزمة الثانية من العقوبات الأمريكية على قطاع النفط الإيراني حيز التنفيذ يوم الاثنين، إذ تأمل أنقرة، التي تستورد قرابة نصف حاجتها من النفط الخام من إيران، أن تكون بين المستفيدين من الإعفاءات المؤقتة التي قال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستمنحها لثماني دول لم يسمها.

في المقابل، لا تزال المفاوضات بين البلدين حول ملفات عالقة أخرى، في مقدمتها صفقة منظومة الدفاع الجوي الروسية «إس-400» ومصير مصرف «خلق بنك» الحكومي الذي يواجه غرامة أمريكية محتملة، متعثرة، وسط تلويح أعضاء في الكونغرس الأمريكي بفرض عقوبات على أنقرة إذا تسلمت المنظومة الروسية العام المقبل.

وفي البازار الكبير بإسطنبول، قال صراف خمسيني وهو يعد رزمة من الأوراق النقدية: "الدولار كان بسبع ليرات في أغسطس، اليوم بخمس ونصف، الناس ارتاحت قليلا، لكن لا أحد يصدق أن المشاكل انتهت، عندنا السياسة تتغير كل أسبوع".

ويرى محللون أن رفع العقوبات المتبادلة يمهد للقاء مرتقب بين ترامب والرئيس التركي رجب طيب أردوغان في باريس الأسبوع المقبل، على هامش إحياء الذكرى المئوية لنهاية الحرب العالمية الأولى، لكنهم يحذرون من أن الخلاف حول دعم واشنطن للمقاتلين الأكراد في شمال سوريا ما زال قادرا على تفجير أزمة جديدة في أي لحظة.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                [_US, _TREASURY, _OFAC],
                ["Abdulhamit Gül", "Süleyman Soylu"],
            ),
            # Turkey that "قررت بدورها رفع الإجراءات المماثلة التي اتخذتها بحق" Sessions and Zinke,
            G(
                "sanctions.lifted",
                "occurred",
                ["Turkey", "Mevlüt Çavuşoğlu"],
                ["Jeff Sessions", "Ryan Zinke"],
            ),
            # the US sanctions "في الأول من أغسطس",
            G(
                "sanctions.imposed",
                "historical",
                [_US, "Donald Trump"],
                ["Abdulhamit Gül", "Süleyman Soylu"],
                core=False,
            ),
            # Ankara's freeze "بعد ثلاثة أيام",
            G(
                "sanctions.imposed",
                "historical",
                ["Turkey"],
                ["Jeff Sessions", "Ryan Zinke"],
                core=False,
            ),
            # Trump "نافيا أن تكون إدارته قد أبرمت «أي صفقة» مع أنقرة",
            G("agreement.signed", "negated", [_US, "Donald Trump"], [], core=False),
            # the second round of Iran oil sanctions in force on Monday,
            G("sanctions.imposed", "planned", [_US], ["Iran"], core=False),
            # the temporary waivers Pompeo "قال … إن بلاده ستمنحها لثماني دول",
            G("sanctions.suspended", "planned", [_US, "Mike Pompeo"], ["Iran"], core=False),
            # the talks on the S-400 and Halkbank "متعثرة",
            G("agreement.signed", "stalled", [_US, "Turkey"], [], core=False),
            # Congress members "تلويح … بفرض عقوبات على أنقرة إذا تسلمت المنظومة",
            G(
                "sanctions.threatened",
                "occurred",
                ["United States Congress"],
                ["Turkey"],
                core=False,
            ),
        ],
        not_targets=["Russia", "France", "Andrew Brunson"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-independentarabia-brussels-eu-sixth-package-oil-embargo-druzhba-exemption-2022",
        date(2022, 6, 4),
        """أوروبا تحظر النفط الروسي المنقول بحرا.. واستثناء مؤقت لأنبوب «دروجبا»

بروكسل - «إندبندنت عربية» (وكالات)

تبنى مجلس الاتحاد الأوروبي رسميا، أمس الجمعة، الحزمة السادسة من العقوبات على روسيا بسبب حربها في أوكرانيا، وتتضمن حظرا تدريجيا على واردات النفط الخام الروسي المنقول بحرا خلال ستة أشهر، وعلى المشتقات النفطية خلال ثمانية أشهر، إلى جانب استبعاد ثلاثة مصارف روسية أخرى، أبرزها «سبيربنك»، أكبر مصارف البلاد، من نظام «سويفت» للتحويلات المالية الدولية.

غير أن المجلس استثنى مؤقتا من الحظر النفط الذي يصل إلى دول الاتحاد عبر خط أنابيب «دروجبا»، الذي يمد المجر وسلوفاكيا والتشيك بمعظم حاجاتها، بعد أسابيع من مفاوضات شاقة عطلها رئيس الوزراء المجري فيكتور أوربان، الذي وصف الحظر الشامل بأنه "قنبلة ذرية" تلقى على اقتصاد بلاده.

وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الحزمة ستخفض واردات الاتحاد من النفط الروسي "بنحو 90 في المئة بحلول نهاية العام"، مضيفة أن الاستثناء "مؤقت، وسنعود إلى مسألة النفط المنقول بالأنابيب في أقرب وقت ممكن".

وفي اللحظة الأخيرة، أسقطت الدول الأعضاء اسم بطريرك موسكو وسائر روسيا كيريل من قائمة الأشخاص الخاضعين لتجميد الأصول وحظر السفر، استجابة لاعتراض بودابست، فيما ضمت القائمة الجديدة خمسة وستين شخصا وثمانية عشر كيانا، بينهم عسكريون يتهمهم الاتحاد بارتكاب انتهاكات في بلدة بوتشا قرب كييف.

وكان الاتحاد قد فرض في أبريل الماضي، ضمن حزمته الخامسة، حظرا على واردات الفحم الروسي يسري اعتبارا من أغسطس، بعد أن جمد في الأيام الأولى من الحرب أصول البنك المركزي الروسي، وأغلق أجواءه أمام شركات الطيران الروسية.

ولا تشمل العقوبات الغاز الروسي، الذي تعتمد عليه ألمانيا وإيطاليا ودول أخرى في التدفئة والصناعة، إذ يقول دبلوماسيون في بروكسل إن فرض حظر مماثل عليه "غير مطروح في الوقت الحالي".

في المقابل، قال المتحدث باسم الكرملين دميتري بيسكوف إن الحظر "سيؤثر سلبا على أوروبا وعلى روسيا وعلى سوق الطاقة العالمية كلها"، مؤكدا أن موسكو "ستعيد توجيه" صادراتها إلى أسواق أخرى، فيما ارتفع سعر خام برنت إلى قرابة 120 دولارا للبرميل.

وبالتوازي، لا تزال مشاورات مجموعة السبع حول آلية لتحديد سقف لأسعار النفط الروسي متعثرة، بسبب مخاوف من أن تلجأ موسكو إلى بيع نفطها لمشترين لا يلتزمون بالسقف، وفي مقدمتهم الصين والهند.

وفي محطة وقود على الطريق السريع قرب العاصمة السلوفاكية براتيسلافا، قال سائق شاحنة أربعيني: "نحن بلد صغير، كل شيء عندنا يأتي من الأنبوب الروسي، إذا أغلقوه غدا فمن أين نأتي بالديزل؟ السياسيون في بروكسل لا يملؤون خزاناتهم بأنفسهم".

ومن المقرر أن ينشر القرار في الجريدة الرسمية للاتحاد اليوم السبت، ليدخل حيز التنفيذ فورا، على أن تمنح الشركات فترات انتقالية لتصفية العقود القائمة، في حين يرى محللون أن الاستثناء سيفتح الباب أمام خلافات جديدة حول المنافسة داخل السوق الأوروبية، لأن مصافي المجر وسلوفاكيا ستواصل الحصول على خام أرخص من منافساتها.""",
        [
            G("sanctions.imposed", "occurred", [_EU, _CEU], ["Russia", "Sberbank"]),
            # "غير أن المجلس استثنى مؤقتا من الحظر النفط الذي يصل … عبر خط أنابيب «دروجبا»",
            G(
                "sanctions.suspended",
                "occurred",
                [_EU, _CEU, "Ursula von der Leyen"],
                ["Russia"],
            ),
            # the Patriarch whose name the members "أسقطت … من قائمة" before listing him,
            G("sanctions.imposed", "negated", [_EU], ["Patriarch Kirill of Moscow"], core=False),
            # the coal embargo "في أبريل الماضي",
            G("sanctions.imposed", "historical", [_EU], ["Russia"], core=False),
            # the central bank's assets frozen "في الأيام الأولى من الحرب",
            G(
                "sanctions.imposed",
                "historical",
                [_EU],
                ["Central Bank of Russia"],
                core=False,
            ),
            # "ولا تشمل العقوبات الغاز الروسي",
            G("sanctions.imposed", "negated", [_EU], ["Russia"], core=False),
            # the G7's price-cap talks "متعثرة",
            G("agreement.signed", "stalled", ["G7"], [], core=False),
        ],
        not_targets=[
            "Hungary",
            "Slovakia",
            "Czech Republic",
            "Ukraine",
            "Germany",
            "Italy",
            "China",
            "India",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alain-washington-biden-continues-hong-kong-emergency-2021",
        date(2021, 7, 14),
        """بايدن يمدد حالة الطوارئ الخاصة بهونغ كونغ عاما.. وعقوبات جديدة في الطريق

واشنطن - «العين الإخبارية»

مدد الرئيس الأمريكي جو بايدن، أمس الثلاثاء، لعام إضافي العمل بحالة الطوارئ الوطنية المتعلقة بهونغ كونغ، التي أعلنها سلفه دونالد ترامب في يوليو من العام الماضي، والتي تشكل الأساس القانوني للعقوبات الأمريكية على مسؤولين صينيين ومحليين تتهمهم واشنطن بتقويض الحكم الذاتي للمدينة.

وقال بايدن، في إخطار وجهه إلى الكونغرس، إن الإجراءات التي اتخذتها بكين "لتقويض الحريات" في هونغ كونغ "ما زالت تشكل تهديدا غير عادي واستثنائيا للأمن القومي والسياسة الخارجية والاقتصاد في الولايات المتحدة"، ما يستدعي الإبقاء على العقوبات المفروضة بموجب الأمر التنفيذي.

وقال مسؤول في وزارة الخارجية الأمريكية، طلب عدم الكشف عن اسمه، إن الإدارة ستفرض "خلال الأيام المقبلة" عقوبات على عدد من نواب مدير مكتب الاتصال التابع للحكومة المركزية الصينية في هونغ كونغ، وإنها ستصدر تحذيرا للشركات الأمريكية من المخاطر المتزايدة للعمل في المدينة.

وكانت وزارة الخزانة الأمريكية قد فرضت في أغسطس 2020 عقوبات على الرئيسة التنفيذية لهونغ كونغ كاري لام وعشرة مسؤولين آخرين، بينهم قائد الشرطة، بموجب الأمر التنفيذي ذاته، فردت بكين بعد أيام بفرض عقوبات على أحد عشر أمريكيا، بينهم السيناتوران الجمهوريان ماركو روبيو وتيد كروز.

وأنهى الأمر التنفيذي كذلك المعاملة التفضيلية التي كانت هونغ كونغ تحظى بها في القانون الأمريكي منذ إعادتها إلى الصين عام 1997، بما في ذلك في مجالات الجمارك وتصدير التقنيات الحساسة وتسليم المطلوبين.

وفي لندن، لم تفرض الحكومة البريطانية حتى الآن أي عقوبات على مسؤولين في هونغ كونغ، رغم مطالبات متكررة من نواب في حزب المحافظين الحاكم، واكتفت بفتح باب الإقامة والعمل أمام حاملي جوازات السفر البريطانية لما وراء البحار وعائلاتهم.

في المقابل، قال المتحدث باسم وزارة الخارجية الصينية تشاو لي جيان إن بلاده "ترفض بشدة" الخطوة الأمريكية، مشيرا إلى أن قانون مواجهة العقوبات الأجنبية، الذي أقره البرلمان الصيني الشهر الماضي، يتيح لبكين "الرد بحزم" على أي محاولة للتدخل في شؤونها الداخلية.

ويأتي التمديد في وقت لا تزال فيه المحادثات التجارية بين واشنطن وبكين متعثرة، بعد أن توقفت عمليا عقب توقيع البلدين اتفاق «المرحلة الأولى» في يناير 2020، وسط مراجعة تجريها إدارة بايدن للرسوم الجمركية التي فرضها ترامب على بضائع صينية بمئات المليارات من الدولارات.

وفي حي تسيم شا تسوي، قال صاحب مطعم هندي صغير في مبنى «تشونغكينغ مانشنز» الشهير: "السياح اختفوا منذ كورونا، والآن الكل يتحدث عن العقوبات، زبائني القدامى هاجروا إلى بريطانيا وكندا، ونحن ننتظر فقط أن تفتح الحدود مع البر الصيني".

وتشير أرقام حكومة هونغ كونغ إلى أن عدد سكان المدينة تراجع بأكثر من ثمانين ألف نسمة خلال عام واحد، في أكبر انخفاض منذ عقود، فيما يقول مسؤولون محليون إن المغادرين غادروا لأسباب تتعلق بالجائحة والتعليم، لا بقانون الأمن الوطني الذي فرضته بكين في يونيو من العام الماضي.""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Hong Kong"]),
            # the State Department official: the administration "ستفرض «خلال الأيام المقبلة»
            # عقوبات على عدد من نواب مدير مكتب الاتصال",
            G(
                "sanctions.imposed",
                "planned",
                [_US, _STATE],
                ["Liaison Office of the Central People's Government in Hong Kong"],
            ),
            # Carrie Lam and ten officials "في أغسطس 2020",
            G(
                "sanctions.imposed",
                "historical",
                [_US, _TREASURY],
                ["Carrie Lam", "Hong Kong"],
                core=False,
            ),
            # Beijing's reply "بعد أيام" on eleven Americans,
            G(
                "sanctions.imposed",
                "historical",
                ["China"],
                ["Marco Rubio", "Ted Cruz"],
                core=False,
            ),
            # "لم تفرض الحكومة البريطانية حتى الآن أي عقوبات على مسؤولين في هونغ كونغ",
            G("sanctions.imposed", "negated", ["United Kingdom"], ["Hong Kong"], core=False),
            # the Phase One deal "في يناير 2020",
            G("agreement.signed", "historical", [_US, "China"], [], core=False),
            # the trade talks "متعثرة",
            G("agreement.signed", "stalled", [_US, "China"], [], core=False),
        ],
        not_targets=["United Kingdom", "Canada", "India"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-asharq-tbilisi-us-threatens-georgian-officials-over-foreign-influence-law-2024",
        date(2024, 5, 16),
        """واشنطن تلوح بعقوبات على مسؤولين جورجيين بعد إقرار قانون «العملاء الأجانب»

تبليسي - «الشرق» (وكالات)

هدد مساعد وزير الخارجية الأمريكي للشؤون الأوروبية والأوراسية جيمس أوبراين، أمس الأربعاء، بفرض قيود مالية وقيود على السفر بحق المسؤولين الجورجيين الذين يقفون وراء قانون «الشفافية بشأن النفوذ الأجنبي»، الذي أقره البرلمان بقراءة ثالثة ونهائية الثلاثاء، رغم احتجاجات شعبية واسعة وتحذيرات غربية متكررة.

وقال أوبراين للصحفيين في ختام زيارة استمرت يومين إلى تبليسي، التقى خلالها رئيس الوزراء إيراكلي كوباخيدزه: "إذا مضى هذا القانون قدما من دون أن ينسجم مع المعايير الديمقراطية، فستكون هناك قيود، مالية وعلى السفر، على الأفراد المسؤولين عن ذلك وعلى عائلاتهم"، مضيفا أن العلاقة بين البلدين "قد تتغير جذريا".

ويلزم القانون المنظمات غير الحكومية ووسائل الإعلام التي تتلقى أكثر من عشرين في المئة من تمويلها من الخارج بالتسجيل بوصفها جهات "تخدم مصالح قوة أجنبية"، ويقول معارضوه إنه مستنسخ من قانون روسي مماثل استخدمه الكرملين لملاحقة منتقديه وإسكات الصحافة المستقلة.

وأعلنت رئيسة البلاد سالومي زورابيشفيلي أنها ستستخدم حق النقض ضد القانون، غير أن حزب «الحلم الجورجي» الحاكم، الذي أسسه الملياردير بيدزينا إيفانيشفيلي، يملك في البرلمان أغلبية تكفي لتجاوز الفيتو خلال أسابيع.

ولم تفرض واشنطن حتى الآن أي عقوبات على أعضاء في الحكومة الجورجية الحالية، لكنها كانت قد أدرجت في أبريل من العام الماضي أربعة قضاة جورجيين، بينهم رئيس سابق لمجلس القضاء الأعلى، على قائمة الممنوعين من دخول أراضيها بتهمة "الفساد الكبير".

وفي بروكسل، قال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل إن إقرار القانون "يؤثر سلبا" على مسار جورجيا نحو عضوية الاتحاد، الذي منحها صفة الدولة المرشحة في ديسمبر الماضي، من دون أن يتطرق إلى أي إجراءات عقابية.

ورد كوباخيدزه بأن "التهديدات لن تغير قرار البرلمان"، متهما "قوى خارجية" بتمويل الاحتجاجات، ومؤكدا أن حكومته "ملتزمة بالتكامل الأوروبي والأطلسي أكثر من أي حكومة سابقة".

وتتهم المعارضة الحكومة بالتقارب مع موسكو، التي تحتفظ بقوات في إقليمي أبخازيا وأوسيتيا الجنوبية الانفصاليين منذ حرب أغسطس 2008، فيما لا تزال «مباحثات جنيف الدولية» بين البلدين، التي انطلقت بعد الحرب برعاية أوروبية وأممية، متعثرة من دون أي اتفاق على عدم استخدام القوة.

وأمام مبنى البرلمان في جادة روستافيلي، قالت طالبة جامعية تلتحف علم الاتحاد الأوروبي: "أمي تقول إنها عاشت هذا في أيام الاتحاد السوفيتي، نحن لا نريد أن نعود إلى هناك، سنبقى في الشارع حتى يسحبوا القانون".

ويخرج عشرات الآلاف منذ أسابيع في مسيرات ليلية في العاصمة، استخدمت الشرطة خلال بعضها الغاز المسيل للدموع والرصاص المطاطي، واعتقلت عشرات المحتجين، بينما تنظم الحكومة تجمعات مضادة تقول إنها تدافع فيها عن "السيادة الوطنية".""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [_US, _STATE, "James O'Brien"],
                ["Georgia", "Georgian Dream"],
            ),
            # "ولم تفرض واشنطن حتى الآن أي عقوبات على أعضاء في الحكومة الجورجية الحالية",
            G("sanctions.imposed", "negated", [_US], ["Georgia"], core=False),
            # four judges "في أبريل من العام الماضي",
            G("sanctions.imposed", "historical", [_US], [], core=False),
            # Borrell "من دون أن يتطرق إلى أي إجراءات عقابية",
            G(
                "sanctions.threatened",
                "negated",
                [_EU, "Josep Borrell"],
                ["Georgia"],
                core=False,
            ),
            # Russian forces in Abkhazia and South Ossetia "منذ حرب أغسطس 2008",
            G(
                "military.presence",
                "historical",
                ["Russia"],
                ["Georgia", "Abkhazia", "South Ossetia"],
                core=False,
            ),
            # the Geneva International Discussions "متعثرة",
            G("agreement.signed", "stalled", ["Georgia", "Russia"], [], core=False),
        ],
        not_targets=["Russia", "European Union", "Salome Zourabichvili"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-sputnik-moscow-uzbekistan-and-cuba-eaeu-observers-2020",
        date(2020, 12, 12),
        """أوزبكستان وكوبا تنضمان إلى الاتحاد الاقتصادي الأوراسي بصفة مراقب

موسكو - «سبوتنيك عربي»

منح المجلس الاقتصادي الأوراسي الأعلى، في قمة عقدها أمس الجمعة عبر تقنية الفيديو برئاسة الرئيس البيلاروسي ألكسندر لوكاشينكو، كلا من أوزبكستان وكوبا صفة الدولة المراقبة في الاتحاد الاقتصادي الأوراسي، الذي يضم روسيا وكازاخستان وبيلاروس وأرمينيا وقيرغيزستان.

وقال الرئيس الروسي فلاديمير بوتين، في كلمته أمام القمة، إن انضمام طشقند وهافانا إلى عمل الاتحاد "يعكس الاهتمام المتزايد بالتكامل الأوراسي"، معربا عن أمله في أن "تتحول صفة المراقب مستقبلا إلى عضوية كاملة".

وكان البرلمان الأوزبكي قد صوت في أبريل الماضي لصالح الانضمام بصفة مراقب، بعد جدل داخلي حول جدوى الخطوة، فيما أكد الرئيس شوكت ميرضيائيف أن بلاده "لا تنوي في الوقت الحالي" التقدم بطلب العضوية الكاملة، وأنها ستواصل مفاوضات انضمامها إلى منظمة التجارة العالمية، المتعثرة منذ تسعينيات القرن الماضي.

وقال رئيس الوزراء الكوبي مانويل ماريرو، الذي شارك في القمة، إن بلاده "تعول على الشركاء الأوراسيين" في مواجهة الحصار الأمريكي المفروض عليها منذ نحو ستة عقود، والذي شددته إدارة الرئيس دونالد ترامب خلال السنوات الأربع الماضية.

وكانت مولدوفا الدولة المراقبة الوحيدة في الاتحاد منذ مايو 2018، فيما انضمت إليه أرمينيا وقيرغيزستان عام 2015، بعد عام من توقيع روسيا وكازاخستان وبيلاروس معاهدة تأسيسه في أستانا.

وبحث القادة كذلك مسار مفاوضات اتفاقية التجارة الحرة مع مصر، المتعثرة منذ انطلاقها عام 2017 بسبب الخلاف على قوائم السلع المستثناة، والاتفاقية التي وقعها الاتحاد مع صربيا في أكتوبر من العام الماضي، والتي دخلت حيز التنفيذ الصيف الماضي.

وشارك رئيس الوزراء الأرميني نيكول باشينيان في القمة، في أول اجتماع إقليمي يحضره منذ توقيع بلاده في العاشر من نوفمبر الماضي، مع أذربيجان وروسيا، اتفاق وقف إطلاق النار في إقليم ناغورني قره باغ، الذي أثار احتجاجات غاضبة في يريفان.

وتمنح صفة المراقب الدولة حق حضور اجتماعات هيئات الاتحاد والاطلاع على وثائقه، من دون أن يكون لها حق التصويت أو تلتزم بقراراته، ويرى خبراء أنها تتيح لطشقند اختبار فوائد التكامل قبل أي التزام نهائي، في بلد يقطنه أكثر من ثلاثة وثلاثين مليون نسمة.

وتشير التقديرات إلى أن تحويلات العمال الأوزبكيين في روسيا وحدها تتجاوز خمسة مليارات دولار سنويا، ما يجعل تسهيل شروط العمل والإقامة في دول الاتحاد من أولويات الحكومة الأوزبكية.

وفي سوق «سادوفود» بضواحي موسكو، قال عامل أوزبكي يبيع الفواكه المجففة: "نصف قريتي يعمل في روسيا، إذا صار الدخول والعمل أسهل فهذا خير لنا، أما السياسة فلا نفهم فيها كثيرا، المهم أن نرسل المال إلى البيت قبل الشتاء".""",
        [
            G("alliance.joined", "occurred", ["Uzbekistan", "Shavkat Mirziyoyev"], [_EAEU]),
            G("alliance.joined", "occurred", ["Cuba", "Manuel Marrero Cruz"], [_EAEU]),
            # Mirziyoyev: the country "لا تنوي في الوقت الحالي" to apply for full membership,
            G(
                "alliance.joined",
                "negated",
                ["Uzbekistan", "Shavkat Mirziyoyev"],
                [_EAEU],
                core=False,
            ),
            # the WTO accession talks "المتعثرة منذ تسعينيات القرن الماضي",
            G(
                "alliance.joined",
                "stalled",
                ["Uzbekistan"],
                ["World Trade Organization"],
                core=False,
            ),
            # the US embargo "المفروض عليها منذ نحو ستة عقود", tightened under Trump,
            G("sanctions.imposed", "historical", [_US, "Donald Trump"], ["Cuba"], core=False),
            # Moldova an observer "منذ مايو 2018",
            G("alliance.joined", "historical", ["Moldova"], [_EAEU], core=False),
            # Armenia and Kyrgyzstan "عام 2015",
            G("alliance.joined", "historical", ["Armenia", "Kyrgyzstan"], [_EAEU], core=False),
            # the founding treaty signed at Astana,
            G(
                "agreement.signed",
                "historical",
                ["Russia", "Kazakhstan", "Belarus"],
                [],
                core=False,
            ),
            # the free-trade talks with Egypt "المتعثرة",
            G("agreement.signed", "stalled", [_EAEU, "Egypt"], [], core=False),
            # the agreement with Serbia "في أكتوبر من العام الماضي",
            G("agreement.signed", "historical", [_EAEU, "Serbia"], [], core=False),
            # the Karabakh ceasefire "في العاشر من نوفمبر الماضي",
            G(
                "agreement.signed",
                "historical",
                ["Armenia", "Azerbaijan", "Russia"],
                [],
                core=False,
            ),
        ],
        not_targets=["Russia", "Belarus", "Kazakhstan", "United States"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-baghdadalyoum-baghdad-iraq-turkey-qatar-uae-development-road-memorandum-2024",
        date(2024, 4, 23),
        """العراق وتركيا وقطر والإمارات توقع مذكرة تفاهم رباعية لمشروع «طريق التنمية»

بغداد - «بغداد اليوم»

وقع العراق وتركيا وقطر والإمارات، أمس الاثنين في بغداد، مذكرة تفاهم رباعية للتعاون في تنفيذ مشروع «طريق التنمية»، الذي يربط ميناء الفاو الكبير في أقصى جنوب العراق بالحدود التركية عبر شبكة من الطرق السريعة والسكك الحديدية يبلغ طولها نحو 1200 كيلومتر، بكلفة تقدر بسبعة عشر مليار دولار.

وجرى التوقيع بحضور رئيس الوزراء محمد شياع السوداني والرئيس التركي رجب طيب أردوغان، الذي يزور العراق للمرة الأولى منذ عام 2011، فيما وقع المذكرة عن الجانبين القطري والإماراتي وزيرا النقل في البلدين.

كما وقع الجانبان العراقي والتركي اتفاقية إطار استراتيجية وأكثر من عشرين مذكرة تفاهم أخرى في مجالات الأمن والطاقة والتجارة والتعليم والصحة.

وقال السوداني في مؤتمر صحفي مشترك إن المشروع "ليس مجرد طريق، بل شريان اقتصادي سيغير وجه المنطقة"، فيما وصف أردوغان الزيارة بأنها "نقطة تحول" في العلاقات بين البلدين، مؤكدا أن أنقرة "ستقف إلى جانب العراق في حربه على الإرهاب".

وفي ملف المياه، الذي يشكل مصدر خلاف مزمن بين البلدين بسبب السدود التركية على نهري دجلة والفرات، قال مسؤولون عراقيون إن بغداد وأنقرة ستوقعان اتفاقا تنفيذيا لإدارة المشاريع المائية المشتركة خلال الأشهر المقبلة.

وبحث الجانبان عمليات حزب العمال الكردستاني في شمال العراق، حيث تحتفظ تركيا منذ تسعينيات القرن الماضي بعشرات القواعد والنقاط العسكرية، فيما نفى وزير الدفاع التركي يشار غولر أن تكون أنقرة تسعى إلى "احتلال أي أرض عراقية" أو إقامة قواعد دائمة جديدة.

وعلى صعيد الطاقة، لا تزال المحادثات بين بغداد وأنقرة وأربيل بشأن استئناف تصدير نفط إقليم كردستان عبر خط أنابيب كركوك - جيهان، المتوقف منذ مارس 2023 إثر حكم تحكيم دولي لصالح الحكومة الاتحادية، متعثرة.

وكان البلدان قد وقعا عام 2008 اتفاقية لتأسيس مجلس أعلى للتعاون الاستراتيجي، لكن اجتماعاته ظلت متقطعة بسبب التوترات الأمنية والخلافات حول المياه.

ويرى محللون أن دخول قطر والإمارات شريكين في التمويل يمنح المشروع فرصا أكبر، في منافسة مع الممر الاقتصادي بين الهند والشرق الأوسط وأوروبا، الذي وقعت مذكرة التفاهم الخاصة به الهند والسعودية والإمارات والولايات المتحدة والاتحاد الأوروبي على هامش قمة مجموعة العشرين في نيودلهي في سبتمبر الماضي.

وفي قضاء زاخو الحدودي، قال سائق شاحنة ينقل البضائع عبر منفذ إبراهيم الخليل: "نقف أحيانا ثلاثة أيام في الطابور، إذا بنوا الطريق والسكة فعلا سنرتاح، لكننا سمعنا عن مشاريع كثيرة لم نر منها شيئا غير الصور".

وتقول وزارة النقل العراقية إن المرحلة الأولى من المشروع ستنجز بحلول عام 2028، وإن الطريق سيوفر عند اكتماله أكثر من مئة ألف فرصة عمل، فيما يشكك خبراء اقتصاديون في قدرة الموازنة العراقية، المعتمدة بنسبة تفوق تسعين في المئة على النفط، على تحمل حصتها من الكلفة.""",
        [
            G(
                "agreement.signed",
                "occurred",
                [
                    "Iraq",
                    "Turkey",
                    "Qatar",
                    "United Arab Emirates",
                    "Mohammed Shia al-Sudani",
                    "Recep Tayyip Erdoğan",
                ],
                [],
            ),
            # "كما وقع الجانبان العراقي والتركي اتفاقية إطار استراتيجية",
            G("agreement.signed", "occurred", ["Iraq", "Turkey"], []),
            # the water agreement the two "ستوقعان … خلال الأشهر المقبلة",
            G("agreement.signed", "planned", ["Iraq", "Turkey"], [], core=False),
            # Turkey's bases in the north "منذ تسعينيات القرن الماضي",
            G("military.presence", "historical", ["Turkey"], ["Iraq"], core=False),
            # Güler "نفى أن تكون أنقرة تسعى إلى … إقامة قواعد دائمة جديدة",
            G(
                "military.presence",
                "negated",
                ["Turkey", "Yaşar Güler"],
                ["Iraq"],
                core=False,
            ),
            # the talks on the Kirkuk-Ceyhan exports "متعثرة",
            G(
                "agreement.signed",
                "stalled",
                ["Iraq", "Turkey", "Kurdistan Regional Government"],
                [],
                core=False,
            ),
            # the strategic council agreement "عام 2008",
            G("agreement.signed", "historical", ["Iraq", "Turkey"], [], core=False),
            # the IMEC memorandum "في سبتمبر الماضي",
            G(
                "agreement.signed",
                "historical",
                ["India", "Saudi Arabia", "United Arab Emirates", _US, _EU],
                [],
                core=False,
            ),
        ],
        not_targets=["Kurdistan Workers' Party", "India", "Saudi Arabia"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-alqaheranews-rome-italy-names-ambassador-to-damascus-2024",
        date(2024, 7, 27),
        """إيطاليا تعين سفيرا لدى دمشق.. أول دولة من مجموعة السبع تكسر القطيعة

روما - «القاهرة الإخبارية»

أعلن وزير الخارجية الإيطالي أنطونيو تاياني، أمس الجمعة، تعيين المبعوث الخاص لبلاده إلى سوريا ستيفانو رافانيان سفيرا لدى دمشق، لتصبح إيطاليا أول دولة من مجموعة السبع تعيد تمثيلها الدبلوماسي على مستوى السفير لدى الحكومة السورية، بعد أكثر من اثني عشر عاما على إغلاق سفارتها هناك.

وقال تاياني للصحفيين إن القرار يهدف إلى "تسليط الضوء على سوريا"، مضيفا: "كلفت المبعوث الخاص بأن يصبح سفيرا، وسنعيد فتح السفارة في دمشق قريبا، فالوضع تغير ولا يمكن أن نبقى من دون عيون هناك".

وجاءت الخطوة بعد أيام من رسالة وجهتها إيطاليا وسبع دول أخرى في الاتحاد الأوروبي، هي النمسا وكرواتيا وقبرص والتشيك واليونان وسلوفاكيا وسلوفينيا، إلى مسؤول السياسة الخارجية في الاتحاد جوزيب بوريل، تدعو فيها إلى مراجعة السياسة الأوروبية تجاه سوريا، وإلى بحث سبل تهيئة الظروف لعودة اللاجئين "بشكل آمن وطوعي وكريم".

غير أن روما شددت على أن القرار لا يعني رفع العقوبات الأوروبية المفروضة على حكومة الرئيس بشار الأسد منذ عام 2011، والتي يربط الاتحاد رفعها بالتوصل إلى حل سياسي وفق قرار مجلس الأمن الدولي 2254.

وكانت جامعة الدول العربية قد أعادت سوريا إلى مقعدها في مايو من العام الماضي، منهية تعليقا لعضويتها استمر منذ عام 2011، بعد أن أعادت الإمارات فتح سفارتها في دمشق أواخر عام 2018، وتبعتها البحرين في اليوم التالي.

وتأتي هذه التطورات بينما لا تزال اجتماعات اللجنة الدستورية السورية، التي تضم ممثلين عن الحكومة والمعارضة والمجتمع المدني برعاية الأمم المتحدة، متعثرة منذ منتصف عام 2022، بعد خلاف على مكان انعقادها.

في المقابل، انتقد الائتلاف الوطني لقوى الثورة والمعارضة السورية الخطوة الإيطالية، معتبرا أنها "تمنح النظام شرعية مجانية"، فيما قالت وزارة الخارجية الأمريكية إن واشنطن "لن تطبع علاقاتها" مع حكومة الأسد، ولا تشجع الآخرين على ذلك.

وفي مطعم سوري صغير قرب محطة «تيرميني» وسط روما، قال صاحبه القادم من حلب منذ عام 2013: "الإيطاليون طيبون معنا، لكن أهلي في حلب إذا أرادوا زيارتي يسافرون إلى بيروت ليقدموا طلب التأشيرة، وينتظرون شهورا، إذا فتحوا السفارة في الشام يرتاح الناس من هذا العذاب".

ويرى مراقبون أن روما تسعى من خلال الخطوة إلى فتح قناة مباشرة مع دمشق بشأن ملفات الهجرة غير النظامية ومكافحة الإرهاب، في ظل تزايد أعداد المهاجرين الذين يصلون إلى السواحل الإيطالية عبر ليبيا، بينهم سوريون كثر، وإلى حجز موقع لإيطاليا في أي مشاريع مستقبلية لإعادة الإعمار.

وتقدر الأمم المتحدة عدد اللاجئين السوريين في دول الجوار بأكثر من خمسة ملايين، إضافة إلى نحو مليون في أوروبا، يقيم أغلبهم في ألمانيا، فيما يعيش نحو تسعين في المئة من السوريين داخل البلاد تحت خط الفقر.""",
        [
            G("relations.restored", "occurred", ["Italy", "Antonio Tajani"], ["Syria"]),
            # Tajani: "وسنعيد فتح السفارة في دمشق قريبا",
            G("relations.restored", "planned", ["Italy", "Antonio Tajani"], ["Syria"], core=False),
            # "لا يعني رفع العقوبات الأوروبية المفروضة على حكومة الرئيس بشار الأسد",
            G(
                "sanctions.lifted",
                "negated",
                ["Italy", _EU],
                ["Syria", "Bashar al-Assad"],
                core=False,
            ),
            # the EU sanctions "منذ عام 2011",
            G("sanctions.imposed", "historical", [_EU], ["Syria"], core=False),
            # the Arab League that ended Syria's suspension "في مايو من العام الماضي",
            G("sanctions.lifted", "historical", ["Arab League"], ["Syria"], core=False),
            # the UAE's and Bahrain's embassies "أواخر عام 2018",
            G(
                "relations.restored",
                "historical",
                ["United Arab Emirates", "Bahrain"],
                ["Syria"],
                core=False,
            ),
            # the Constitutional Committee "متعثرة منذ منتصف عام 2022",
            G("agreement.signed", "stalled", ["Syria"], [], core=False),
            # Washington "لن تطبع علاقاتها" with Assad's government,
            G("relations.restored", "negated", [_US, _STATE], ["Syria"], core=False),
        ],
        not_targets=[
            "Austria",
            "Croatia",
            "Cyprus",
            "Czech Republic",
            "Greece",
            "Slovakia",
            "Slovenia",
            "Lebanon",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-rtarabic-moscow-donetsk-luhansk-militias-merged-into-russian-army-2022",
        date(2022, 12, 22),
        """شويغو: دمج قوات دونيتسك ولوغانسك في الجيش الروسي اكتمل.. ورفع عديده إلى مليون ونصف

موسكو - «روسيا اليوم»

أعلن وزير الدفاع الروسي سيرغي شويغو، أمس الأربعاء، أن التشكيلات المسلحة لجمهوريتي دونيتسك ولوغانسك الشعبيتين، المعروفة باسم «الميليشيا الشعبية»، دمجت في قوام القوات المسلحة الروسية، وباتت تخضع لقيادة وزارة الدفاع وتتلقى منها الرواتب والأسلحة والإمدادات، بعد نحو ثلاثة أشهر من إعلان موسكو ضم المنطقتين.

وقال شويغو، خلال اجتماع موسع لمجلس وزارة الدفاع حضره الرئيس فلاديمير بوتين، إن "عملية دمج الفيلقين الأول والثاني في الجيش الروسي اكتملت"، مضيفا أن الوزارة "ستدمج خلال الأشهر المقبلة الكتائب التطوعية الأخرى العاملة في منطقة العملية العسكرية الخاصة، وفق المعايير نفسها".

واقترح الوزير رفع عديد القوات المسلحة إلى مليون ونصف المليون عسكري، وإعادة تشكيل منطقتين عسكريتين في موسكو ولينينغراد، ردا على ما وصفه بتوسع حلف شمال الأطلسي، وانضمام فنلندا والسويد المرتقب إليه.

من جهته، قال بوتين إن بلاده "لا تعتزم عسكرة الاقتصاد"، لكنها "ستوفر للجيش كل ما يحتاجه من دون أي قيود في التمويل"، داعيا إلى الاستفادة من "دروس العملية" في تطوير الطائرات المسيرة وأنظمة الاتصال.

ونفى المتحدث باسم الكرملين دميتري بيسكوف، في تصريح منفصل، أن يشمل الدمج مجموعة «فاغنر» العسكرية الخاصة، التي يقاتل عناصرها قرب مدينة باخموت، مؤكدا أنها "ليست جزءا من هيكل الدولة" وأن وضعها "غير مطروح للنقاش".

وتأتي هذه الخطوات بعد شهرين من بدء وصول قوات روسية إلى بيلاروس ضمن «مجموعة إقليمية مشتركة» اتفق عليها بوتين ونظيره البيلاروسي ألكسندر لوكاشينكو في أكتوبر الماضي، وبعد يومين من زيارة أجراها بوتين إلى مينسك.

وكانت الجمهوريتان قد أعلنتا انفصالهما عن أوكرانيا عام 2014، ووقع ممثلوهما مع كييف وموسكو اتفاقيات مينسك في فبراير 2015، التي لم تطبق بنودها قط، فيما لا تزال المفاوضات بين روسيا وأوكرانيا، المتوقفة منذ جولة إسطنبول في مارس الماضي، متعثرة.

في المقابل، قالت وزارة الخارجية الأوكرانية إن "إلحاق ميليشيات غير شرعية بجيش الاحتلال لا يغير شيئا في وضع الأراضي الأوكرانية المحتلة"، مؤكدة أن مقاتليها "سيحاسبون على جرائمهم".

وفي دونيتسك، قالت متقاعدة تقف في طابور أمام مخبز في حي كويبيشيفسكي: "ابني في الميليشيا منذ 2014، كان يأخذ راتبا صغيرا ولا أحد يعرف متى يصل، الآن يقولون صار جنديا روسيا، المهم عندي أن يعود حيا".

ويقدر خبراء عسكريون أن الفيلقين كانا يضمان قبل الحرب نحو أربعين ألف مقاتل، قبل أن تتوسع صفوفهما بحملات تعبئة واسعة في المنطقتين مطلع العام، فيما تقول منظمات حقوقية إن كثيرين جندوا قسرا من الشوارع ومحطات النقل من دون تدريب كاف.""",
        [
            G(
                "forces.integrated",
                "occurred",
                ["Russia", _RU_MOD, "Sergei Shoigu", "Russian Armed Forces"],
                ["Donetsk People's Militia", "Luhansk People's Militia"],
            ),
            # the ministry that "ستدمج خلال الأشهر المقبلة الكتائب التطوعية الأخرى",
            G("forces.integrated", "planned", ["Russia", _RU_MOD, "Sergei Shoigu"], []),
            # Finland's and Sweden's accession "المرتقب",
            G("alliance.joined", "planned", ["Finland", "Sweden"], ["NATO"], core=False),
            # Peskov "نفى … أن يشمل الدمج مجموعة «فاغنر»",
            G(
                "forces.integrated",
                "negated",
                ["Russia", "Dmitry Peskov"],
                ["Wagner Group"],
                core=False,
            ),
            # Russian forces in Belarus since October,
            G("military.presence", "historical", ["Russia"], ["Belarus"], core=False),
            # the Minsk agreements "في فبراير 2015",
            G("agreement.signed", "historical", ["Ukraine", "Russia"], [], core=False),
            # the talks "المتوقفة منذ جولة إسطنبول … متعثرة",
            G("agreement.signed", "stalled", ["Russia", "Ukraine"], [], core=False),
        ],
        not_targets=["Belarus", "Finland", "Sweden", "NATO", "Wagner Group"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-arabi21-islamabad-pakistan-to-send-troops-to-saudi-arabia-2018",
        date(2018, 2, 16),
        """باكستان ترسل قوات إلى السعودية في «مهمة تدريب واستشارة».. ولا انتشار خارج المملكة

إسلام آباد - «عربي21» (وكالات)

أعلن الجيش الباكستاني، مساء أمس الخميس، أنه سيرسل وحدة عسكرية جديدة إلى المملكة العربية السعودية في "مهمة تدريب واستشارة"، في إطار التعاون الأمني الثنائي القائم بين البلدين منذ عقود، من دون أن يحدد عدد أفرادها أو موعد وصولها.

وقالت إدارة العلاقات العامة للقوات المسلحة الباكستانية، في بيان مقتضب، إن القرار اتخذ عقب لقاء جمع قائد الجيش الجنرال قمر جاويد باجوا بالسفير السعودي في إسلام آباد، مؤكدة أن "هذه القوات، أو أي قوات موجودة هناك أصلا، لن تستخدم خارج المملكة".

وكان البرلمان الباكستاني قد صوت بالإجماع في أبريل 2015 ضد الانضمام إلى التحالف العسكري الذي تقوده الرياض في اليمن، ودعا الحكومة إلى التزام "الحياد" في النزاع، في قرار أثار حينها استياء في عواصم خليجية.

وتحتفظ باكستان بنحو ألف وستمئة عسكري في المملكة، يعمل معظمهم مدربين ومستشارين، بموجب اتفاقية للتعاون الدفاعي وقعها البلدان عام 1982، فيما يتولى قائد الجيش السابق الجنرال راحيل شريف منذ العام الماضي قيادة «التحالف الإسلامي العسكري لمحاربة الإرهاب»، الذي انضمت إليه باكستان عند تأسيسه أواخر عام 2015.

وأثار البيان تساؤلات في مجلس الشيوخ، حيث طالب رئيسه رضا رباني وزير الدفاع خرم دستغير خان بالمثول أمام المجلس لتوضيح طبيعة المهمة، قائلا إن "البرلمان لا ينبغي أن يعلم بمثل هذه القرارات من بيانات صحفية".

وقال دستغير خان أمام المجلس، في وقت لاحق، إن عدد الجنود الذين سيرسلون "يقارب ألف جندي"، وإنهم "لن يشاركوا في أي عمليات قتالية داخل اليمن أو خارجه"، مضيفا أن مهمتهم ستقتصر على التدريب وحماية المنشآت.

وتتابع إيران، الجارة الغربية لباكستان، الخطوة باهتمام، في حين نفت وزارة الخارجية الباكستانية أن تكون موجهة "ضد أي دولة ثالثة"، مؤكدة حرص إسلام آباد على "علاقات متوازنة" مع الرياض وطهران.

وعلى الصعيد الاقتصادي، لا تزال المحادثات بين البلدين حول اتفاق يتيح لباكستان استيراد النفط السعودي بالدفع المؤجل متعثرة، رغم الضغوط التي يواجهها ميزان المدفوعات الباكستاني وتراجع احتياطيات البنك المركزي من العملات الأجنبية.

وفي سوق «راجا بازار» بمدينة راولبندي، حيث مقر القيادة العامة للجيش، قال بائع ملابس ستيني: "ابن أخي خدم في تبوك سنتين، الراتب هناك أفضل بكثير، لكن الناس يخافون أن يرسلوا أولادهم إلى حرب اليمن، هذه ليست حربنا، وربنا يحفظ الجميع".

وتعد باكستان، القوة النووية الوحيدة في العالم الإسلامي، من أكبر متلقي المساعدات السعودية، فيما يعمل في المملكة أكثر من مليوني باكستاني، تشكل تحويلاتهم أحد أهم مصادر العملة الصعبة للبلاد.""",
        [
            G(
                "military.presence",
                "planned",
                ["Pakistan", "Qamar Javed Bajwa", "Khurram Dastgir Khan"],
                ["Saudi Arabia"],
            ),
            # "لن تستخدم خارج المملكة", "لن يشاركوا في أي عمليات قتالية داخل اليمن",
            G("military.presence", "negated", ["Pakistan"], ["Yemen"], core=False),
            # the parliament's vote "في أبريل 2015" against joining the coalition,
            G(
                "alliance.joined",
                "negated",
                ["Pakistan"],
                ["Saudi-led coalition"],
                core=False,
            ),
            # the 1,600 already in the Kingdom,
            G("military.presence", "historical", ["Pakistan"], ["Saudi Arabia"], core=False),
            # the defence cooperation agreement "عام 1982",
            G("agreement.signed", "historical", ["Pakistan", "Saudi Arabia"], [], core=False),
            # the IMCTC Pakistan joined "أواخر عام 2015",
            G(
                "alliance.joined",
                "historical",
                ["Pakistan"],
                ["Islamic Military Counter Terrorism Coalition"],
                core=False,
            ),
            # the deferred-payment oil talks "متعثرة",
            G("agreement.signed", "stalled", ["Pakistan", "Saudi Arabia"], [], core=False),
        ],
        not_targets=["Iran", "Yemen"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-elkhabar-batna-football-page-2023",
        date(2023, 2, 21),
        """«الكاب» يستأنف التدريبات قبل مواجهة الوفاق.. والرابطة تعاقب الفريق بغرامة

باتنة - «الخبر»

فرضت لجنة الانضباط التابعة للرابطة الوطنية لكرة القدم هواة عقوبات على نادي شباب الأوراس باتنة، تمثلت في غرامة مالية قدرها مئتا ألف دينار وإجراء مباراة واحدة دون جمهور، بسبب رمي المقذوفات على أرضية الميدان خلال مواجهة الفريق أمام اتحاد خنشلة برسم الجولة التاسعة عشرة.

وهددت الرابطة، في بيان نشرته على موقعها الرسمي، بفرض عقوبات أشد قد تصل إلى خصم النقاط ونقل المباريات إلى ملعب آخر، في حال تكرار أعمال الشغب في ملعب أول نوفمبر أو في محيطه.

في المقابل، رفعت اللجنة الإيقاف المفروض على المدافع المحوري للفريق، بعد قبول الطعن الذي تقدمت به إدارة النادي، ليكون جاهزا للمشاركة في المباراة المقبلة، فيما علقت الإجازة الفنية لمدرب الحراس ثلاثة أشهر بسبب احتجاجه على الحكم.

واستأنف لاعبو «الكاب» تدريباتهم صباح أمس بملعب مصطفى سفوحي، تحضيرا لمواجهة وفاق سطيف في الدور ثمن النهائي لكأس الجمهورية يوم السبت المقبل، بعد راحة دامت ثلاثة أيام، تحت إشراف المدرب الذي وقع عقدا مع النادي مطلع فيفري لما تبقى من الموسم.

وعلى مستوى الانتدابات الشتوية، انضم المهاجم القادم من نادي الشلف إلى الفريق بعقد يمتد موسمين، فيما مددت الإدارة عقد حارس المرمى إلى غاية جوان 2025، ووقعت اتفاقية رعاية مع شركة محلية لمواد البناء تمتد ثلاثة مواسم.

وقررت الإدارة دمج فريقي الأواسط والآمال في فريق رديف واحد، بهدف تقليص النفقات وتسريع صعود المواهب الشابة إلى الفريق الأول، على أن يشرف عليه أحد قدماء اللاعبين.

ويطمح الفريق إلى الانضمام إلى الرابطة المحترفة الأولى الموسم المقبل، إذ يحتل المركز الثالث في مجموعته برصيد اثنتين وثلاثين نقطة، بفارق ثلاث نقاط عن المتصدر.

ونشرت مصالح الأمن الولائي أكثر من خمسمئة شرطي في محيط الملعب وعلى الطرق المؤدية إليه قبل مباراة السبت، فيما أعلنت شركة النقل الحضري استئناف رحلات الحافلات نحو الملعب بعد توقفها شهرين.

وهددت فصائل الأنصار بمقاطعة المباريات المقبلة إذا لم تراجع الإدارة أسعار التذاكر، معتبرة أنها "لا تراعي القدرة الشرائية للعائلات الباتنية".

وفي مقهى شعبي بحي بوعقال، قال مناصر خمسيني: "الكاب راهو يلعب بلا دراهم والإدارة تبدل كل عام، بصح الجمهور ما يسلمش فيه، كي كان الفريق في القسم الأول كنا نروحو للملعب من الصباح".

ويعاني النادي من أزمة مالية خانقة منذ سنوات، بسبب تأخر صرف إعانات البلدية والولاية، ما دفع عددا من اللاعبين إلى رفع شكاوى إلى غرفة النزاعات للمطالبة بمستحقاتهم العالقة.""",
        [],
        not_targets=["Algeria"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-cairo24-sohag-local-page-2022",
        date(2022, 9, 14),
        """محافظ سوهاج يعلق رخص مخابز مخالفة.. وصلح ينهي خصومة ثأرية في طهطا

سوهاج - «القاهرة 24»

علقت مديرية التموين بمحافظة سوهاج رخص تشغيل ستة مخابز بلدية في مراكز طهطا وجرجا والمراغة، وفرضت غرامات مالية على عشرين محلا تجاريا، خلال حملات نفذتها الأسبوع الماضي لضبط وزن الرغيف المدعم ومتابعة الأسعار، وأحالت أصحاب أربعة منها إلى النيابة العامة.

وتوعد محافظ سوهاج، خلال اجتماع مع رؤساء المراكز والمدن، بفرض عقوبات رادعة على الموظفين المقصرين في متابعة الحملات، مؤكدا أن "رغيف العيش خط أحمر".

وشهدت قرية بمركز طهطا أمس جلسة صلح أنهت خصومة ثأرية استمرت أكثر من عشر سنوات بين عائلتين، بحضور مدير الأمن وعدد من النواب وكبار العائلات، ووقع الطرفان على وثيقة الصلح وسط إجراءات أمنية مشددة، وتعهدا بعودة العلاقات بينهما إلى سابق عهدها.

ومددت المحافظة مهلة تلقي طلبات التصالح في مخالفات البناء شهرين إضافيين، استجابة لمطالب المواطنين، بعد أن تجاوز عدد الطلبات المقدمة خمسة وعشرين ألف طلب.

ووقعت المحافظة بروتوكول تعاون مع جامعة سوهاج لتدريب العاملين في الوحدات المحلية على نظم المعلومات الجغرافية، فيما انضمت خمس وأربعون قرية جديدة إلى المرحلة الثانية من المبادرة الرئاسية «حياة كريمة».

وقررت مديرية التربية والتعليم دمج مدرستين ابتدائيتين في إحدى قرى مركز جهينة، بسبب تراجع أعداد التلاميذ وتهالك أحد المبنيين، على أن ينقل المعلمون إلى مدارس مجاورة قبل بدء العام الدراسي.

ونشرت شركة الكهرباء فرق الصيانة في مركزي البلينا ودار السلام لإصلاح أعطال الشبكة التي تسببت في انقطاع التيار ساعات طويلة خلال موجة الحر الأخيرة، فيما أعلنت شركة مياه الشرب استئناف الضخ في قرى المنشاة بعد الانتهاء من إصلاح خط رئيسي.

ورفعت إدارة الري الحظر عن زراعة الأرز في مساحات محدودة بمركز المنشاة، بعد تحسن مناسيب المياه في الترع، كما أعلنت مديرية النقل النهري استئناف رحلات المعدية بين سوهاج وأخميم بعد صيانة المرسى.

وقال المحافظ لـ«القاهرة 24» إن المحافظة "تعمل على أكثر من جبهة في وقت واحد"، داعيا المواطنين إلى الإبلاغ عن أي مخالفة عبر الخط الساخن، ومشيرا إلى أن أغلب الشكاوى تتعلق بانقطاع المياه والكهرباء في القرى.

وفي سوق الخضار بمدينة سوهاج، قال بائع طماطم ستيني وهو يرش الماء على بضاعته: "الميه بقت تيجي بالساعة، والحر ما بيرحمش، والطماطم بتبوظ قبل ما نبيعها، ربنا يسترها علينا وعلى الغلابة".

وتعد سوهاج من أكثر محافظات الصعيد كثافة سكانية، ويتجاوز عدد سكانها خمسة ملايين ونصف المليون نسمة، يعتمد أغلبهم على الزراعة والعمل الموسمي في محافظات أخرى.""",
        [],
        not_targets=["Egypt"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-emaratalyoum-ajman-business-page-2025",
        date(2025, 1, 23),
        """شركتان عقاريتان في عجمان تعلنان الدمج.. وتعليق تداول سهم لجلسة واحدة

عجمان - «الإمارات اليوم»

أعلنت شركتان عقاريتان مقرهما عجمان، أمس الأربعاء، توقيع اتفاقية نهائية لدمج أعمالهما في كيان واحد تتجاوز قيمة أصوله أربعة مليارات درهم، على أن تعرض الصفقة على الجمعيتين العموميتين والجهات الرقابية خلال الربع الثاني من العام الجاري.

وقال رئيس مجلس إدارة إحدى الشركتين إن الاندماج "سيخلق كيانا أقدر على المنافسة وتمويل المشاريع السكنية الكبرى"، مشيرا إلى أن شركته وقعت أيضا اتفاقية مع شركة هندسية صينية لتطوير مجمع سكني على واجهة عجمان البحرية.

وفي المقابل، علقت هيئة الأوراق المالية والسلع تداول سهم شركة صناعية مدرجة لمدة جلسة واحدة بانتظار إفصاح عن صفقة بيع أصول في الخارج، قبل أن يستأنف التداول على السهم صباح اليوم.

وفرضت دائرة التنمية الاقتصادية في عجمان غرامات على ثلاثين منشأة تجارية لمخالفتها قواعد إشهار الأسعار، وهددت بإلغاء رخص المنشآت التي تتكرر مخالفاتها، فيما رفعت إحدى شركات الاتصالات أسعار باقات الإنترنت المنزلي بنسبة عشرة في المئة.

وانضمت شركة ناشئة في مجال المدفوعات الرقمية إلى برنامج مسرعات الأعمال التابع لغرفة تجارة وصناعة عجمان، كما انضم سهم شركة للأغذية إلى مؤشر الأسواق الناشئة لإحدى شركات المؤشرات العالمية اعتبارا من الشهر المقبل.

ومددت دائرة البلدية والتخطيط مهلة تجديد عقود الإيجار إلكترونيا شهرين إضافيين، لتجنيب الملاك والمستأجرين الغرامات، ونشرت هيئة الكهرباء فرق الصيانة في المناطق الصناعية لتسريع أعمال استبدال المحولات القديمة.

ورفعت وزارة التغير المناخي والبيئة الحظر المؤقت الذي فرضته الشهر الماضي على استيراد الدواجن الحية من إحدى المقاطعات البولندية، بعد تأكيد السلطات البيطرية هناك زوال خطر إنفلونزا الطيور، فيما أعلن ميناء عجمان استئناف استقبال سفن الشحن الكبيرة بعد انتهاء أعمال تعميق القناة الملاحية.

وأغلق مؤشر سوق أبوظبي للأوراق المالية على ارتفاع بنسبة 0.6 في المئة، بدعم من أسهم العقارات والبنوك، وبلغت قيمة التداولات نحو مليار ومئتي مليون درهم، وسط مشتريات ملحوظة من المستثمرين الأجانب.

وفي سوق السمك بكورنيش عجمان، قال بائع خمسيني وهو يرتب صناديق الهامور: "السوق زين هالأيام والجو حلو، الناس تطلع وتشتري، بس الإيجارات غالية والمصاريف ما تخلص، الله يعين".

ويتوقع محللون أن تشهد سوق العقارات في الإمارات الشمالية مزيدا من عمليات الاندماج والاستحواذ خلال العام الجاري، مدفوعة بارتفاع الطلب على الوحدات السكنية ذات الأسعار المعقولة، وانتقال سكان من دبي والشارقة بحثا عن إيجارات أقل.""",
        [],
        not_targets=["United Arab Emirates", "Poland", "China"],
    ),
]


RULES: list[object] = [
    pytest.param(
        "وقال مسؤول في وزارة الخارجية الأمريكية، طلب عدم الكشف عن اسمه، إن الإدارة ستفرض عقوبات على"
        " مسؤولين في هونغ كونغ خلال الأيام المقبلة.",
        date(2021, 7, 16),
        [("sanctions.imposed", "planned", "United States")],
        [],
        id="the-administration-of-a-ministrys-official",
    ),
    pytest.param(
        "قال مسؤول بريطاني فضل عدم ذكر اسمه إن لندن رفعت العقوبات عن البنك.",
        date(2023, 6, 10),
        [("sanctions.lifted", "occurred", "United Kingdom")],
        [],
        id="an-unnamed-source-is-no-denial",
    ),
    pytest.param(
        "قال مسؤول أمريكي، طلب عدم الكشف عن اسمه، إن الولايات المتحدة ستفرض عقوبات على مسؤولين"
        " إيرانيين.",
        date(2023, 6, 10),
        [("sanctions.imposed", "planned", "United States")],
        [],
        id="an-unnamed-source-is-no-call",
    ),
    pytest.param(
        "قررت لندن عدم رفع العقوبات عن البنك.",
        date(2023, 6, 10),
        [],
        [],
        id="a-decision-not-to-lift-is-still-a-denial",
    ),
    pytest.param(
        "أصبحت إيطاليا أول دولة من مجموعة السبع تعيد تمثيلها الدبلوماسي في سوريا على مستوى السفير.",
        date(2024, 7, 27),
        [("relations.restored", "occurred", "Italy")],
        [],
        id="representation-brought-back",
    ),
    pytest.param(
        "وقررت الحكومة إعادة النظر في مستوى العلاقات مع فرنسا.",
        date(2024, 7, 27),
        [],
        [],
        id="ties-reviewed-are-not-restored",
    ),
    pytest.param(
        "وقال الوزير إن دمج الفيلقين في الجيش الروسي اكتمل، مضيفا أن روسيا ستدمج خلال الأشهر المقبلة"
        " الكتائب التطوعية الأخرى.",
        date(2022, 12, 22),
        [("forces.integrated", "occurred", "Russia"), ("forces.integrated", "planned", "Russia")],
        [],
        id="the-next-units-of-a-merger",
    ),
    pytest.param(
        "باكستان ترسل قوات إلى السعودية\n\nأعلن الجيش الباكستاني أنه سيرسل وحدة عسكرية جديدة إلى"
        " المملكة العربية السعودية.",
        date(2018, 2, 16),
        [("military.presence", "planned", "Pakistan")],
        [],
        id="a-headlines-present-over-a-planned-lead",
    ),
    pytest.param(
        "باكستان ترسل قوات إلى السعودية\n\nأرسل الجيش الباكستاني وحدة عسكرية جديدة إلى المملكة العربية"
        " السعودية، وقال إنه سيرسل وحدة أخرى.",
        date(2018, 2, 16),
        [("military.presence", "occurred", "Pakistan")],
        [],
        id="a-headlines-present-over-a-lead-told-done",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout60_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout60_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout60_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout60_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
