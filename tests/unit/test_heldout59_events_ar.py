"""A fifty-ninth, fresh held-out set of Arabic articles for event detection.

Twelve reports written for this test, different in topic and form from the probe passages and
the first fifty-eight held-out sets: contemporary Arabic copy of 2016-2024, as today's wires,
sites and papers carry it (an Algerian site's wires from Bamako, "باماكو - «الأيام نيوز»
(وكالات)", with a cloth trader of the Grand Marché who knows sanctions "من الأسعار"; a Sudanese
daily's wires from Addis Ababa, "أديس أبابا - «الرأي العام» (وكالات)", with a vegetable seller
of Bangui's PK5; a Tehran Arabic daily, "طهران - «الوفاق» (وكالات)", with a passenger at
Mehrabad who says the Fatiha before take-off; a Libyan channel's site, "طرابلس - «218»
(وكالات)", with a brass seller of Souq al-Mushir; a Russian channel's Arabic wires, "كاراكاس -
«آر تي» (وكالات)", with an arepa seller in Palermo, Buenos Aires; a Gulf site's wires from
Samarkand, "سمرقند - «الخليج أونلاين» (وكالات)", with a sweet seller of the Arasta in north
Nicosia; an Omani daily's wires from Athens, "أثينا - «عُمان» (وكالات)", with a Mytilene
fish-restaurant owner; a Mauritanian site's wires from Ouagadougou, "واغادوغو - «الأخبار»
(وكالات)", with a phone seller of Rood Woko market; a German broadcaster's Arabic service at a
Dutch base, "أويرسخوت (هولندا) - «دويتشه فيله»", with a retired soldier's café by the gate; an
Algerian daily's Tizi Ouzou football page, "تيزي وزو - «البلاد»", with a fan's Kabyle-Algerian
"الجمهور يحب الفريق بزاف"; a Tunisian daily's Kairouan page, "القيروان - «الصريح»", with a
makroudh seller's "المقروض القيرواني ما يتعملش بالعجلة"; a Jordanian daily's Aqaba business
page, "العقبة - «الرأي»", with a spice seller's "الحركة خفيفة هالأيام") and on programmes and
regions they do not touch (the US Treasury's sanctions on Mali's defence minister Sadio Camara
and two air force commanders for facilitating Wagner, July 2023; the African Union's Peace and
Security Council lifting the Central African Republic's suspension after Touadéra's
inauguration, with the EU's training mission to come, April 2016; OFAC's licences for Boeing's
and Airbus's sales to Iran Air, Airbus's second licence to follow, September 2016; President
Biden prolonging the national emergency with respect to Libya, February 2022; Mercosur's
founders threatening to suspend Venezuela unless it meets its obligations by December, September
2016; the Organization of Turkic States admitting the Turkish Republic of Northern Cyprus as an
observer at Samarkand, with the Samarkand Declaration signed, November 2022; Greece and Turkey
signing the Athens Declaration on friendly relations and good-neighbourliness, December 2023;
Burkina Faso restoring relations with China two days after breaking with Taiwan, May 2018; the
Netherlands integrating its 43rd Mechanised Brigade into the German 1st Armoured Division, with
a German tank battalion to join the Dutch brigade, March 2016). Nine carry core events of all ten
alertable types (thirteen in all), ten occurred and three planned (the EU that "يستعد لإرسال
بعثة عسكرية لتدريب الجيش الوطني" in Bangui; Airbus's licence of which "يصدر الترخيص الثاني
لاحقا"; the German battalion that "ستلحق باللواء الهولندي"), next to historical, negated and
stalled ones; three are near misses: a Tizi Ouzou football page (a club sanctioned «فرضت …
عقوبات على شبيبة القبائل», a midfielder banned, harsher penalties threatened «وهددت اللجنة …
بتشديد العقوبات», a goalkeeper's penalty "رفعت اللجنة العقوبة المفروضة على", training "استأنف", a
Belgian coach who "وقع", a Cameroonian striker who "انضم" and a newcomer that "انضم إلى الرابطة
الأولى", a captain's contract "مددت", a sponsorship "ووقعت", the league "علقت" and resumed, two
youth teams "دمج", police reinforcements "نشرت", fans who "هددت" a boycott, a national team's
matches against Togo), a Kairouan local page (bakeries fined, two licences "تعليق رخصة", a
governor's threat, a tax deadline "مددت", water "علقت" and resumed, a twinning with Fez
"ووقعت", the city that "انضمت إلى شبكة متوسطية للمدن التاريخية", schools merged, patrols
"نشرت" for visitors from Algeria and Libya, rubbish "رفعت", a park reopened, buses resumed) and an
Aqaba business page (a port company's contract with an Emirati shipping firm "وقعت … اتفاقية", a
ferry to Egyptian Nuweiba "استأنفت", fines, a hotel licence "تعليق رخصة" and a threat, a share
"علقت" and resumed, two companies "دمجهما", tariffs "رفعت", customs exemptions "مددت السلطة العمل
بالإعفاءات", a start-up and the port group that "انضمت", maintenance teams "نشرت").

The decisions of the annotation, taken before any run: a Treasury that "فرضت … عقوبات على وزير
الدفاع المالي العقيد ساديو كامارا، وقائد القوات الجوية الجنرال ألو بوي ديارا، ونائبه العقيد
آداما باغايوكو" imposes sanctions (core; the United States, the Treasury, OFAC, whose statement
gives the terms, and Brian Nelson, whose words follow; the three officers the targets; Mali,
their country, left out of both lists as set 58 left Cambodia out; not Russia or Wagner, whose
work they helped, nor France, Burkina Faso or the Central African Republic), the Russians "الذين
وصلوا تباعا منذ ديسمبر 2021" a historical presence and Bamako "نافيا وجود أي عناصر من «فاغنر»" a
negated one, Wagner's listing "في يناير الماضي" and Ivan Maslov's "في مايو" historical
impositions, MINUSMA "المنتشرة في البلاد منذ عام 2013" a historical presence (its end, asked by
Bamako, no event of a watched type), the Algiers agreement "وقعته … عام 2015" a historical
signing and its application "متعثرا" a stalled one, ECOWAS's sanctions "فرضتها على مالي في يناير
2022" and lifted "في يوليو من العام الماضي" a historical imposition and lifting, the suspension
of RFI and France 24 "علقت … بث" no sanctions; a council that decided "رفع تعليق عضوية جمهورية
أفريقيا الوسطى" lifts sanctions (core, as a bloc's suspension lifted is in sets 14 and 29; the
African Union and its Peace and Security Council; the Central African Republic the target; not
France, Rwanda, where the summit will be, Ethiopia, the host, or Belgium, where the diplomats
spoke), "يستعد الاتحاد الأوروبي لإرسال بعثة عسكرية لتدريب الجيش الوطني … على أن تبدأ مهامها في
بانغي خلال الصيف المقبل" a planned presence (core: a training mission of some 170 soldiers is a
deployment), the suspension "الذي فرضه في مارس 2013", the arms embargo "في ديسمبر 2013" and the
sanctions on Bozizé "في مايو 2014" historical impositions, "وقد مدد في يناير الماضي العمل بالحظر
والعقوبات" a historical extension, Sangaris "التي أطلقتها في ديسمبر 2013" and MINUSCA
"المنتشرة منذ سبتمبر 2014" historical presences (France that "ستنهي" the operation no presence:
an end is no deployment), the Bangui Forum agreement "في مايو 2015" a historical signing and the
disarmament and integration of the fighters "متعثرة" (the factions that "لم تنضم … حتى الآن إلى
البرنامج") one stalled integration; a Treasury that "منحت … شركتي «بوينغ» … و«إيرباص» … تراخيص
تستثنيهما من العقوبات المفروضة على إيران، وتتيح لهما بيع طائرات ركاب إلى … «إيران إير»"
suspends sanctions in part (core, a licence as a waiver; the United States, the Treasury and
OFAC; Iran and Iran Air the targets; not Boeing or Airbus, the licensees, France, where the Airbus
deal was made, Syria, whither a congressman fears the planes will fly, or Russia, whose old planes
Iran flies), Airbus's "الأول من ترخيصين … على أن يصدر الترخيص الثاني لاحقا" a planned
suspension (core; the United States and OFAC; Iran and Iran Air), "ولم تشمل التراخيص الجديدة
تمويل الصفقات بالدولار" a negated suspension, the nuclear sanctions lifted "في السادس عشر من
يناير الماضي" a historical lifting, the aviation embargo of "عام 1995" a historical imposition
by Bill Clinton, Iran Air's deals with Airbus "وقعت في يناير الماضي" and Boeing (a carrier's
purchase) and the "شروطا صارمة" no events; a president who "مدد … العمل بحالة الطوارئ الوطنية
المتعلقة بليبيا لمدة عام إضافي" extends sanctions (core: the emergency is the legal ground of the
freeze, as set 24 took Lebanon's; the United States and Joe Biden; Libya the target; not Russia,
Turkey, Wagner or Switzerland, where the 5+5 signed), the emergency and freeze of "فبراير 2011"
(Obama; Libya, Gaddafi and the LIA) and Resolution 1970 "بعد أيام من ذلك" historical impositions,
"إذ لم يستجب المجلس لطلبات المؤسسة المتكررة رفع التجميد" a negated lifting, the army's
unification "متعثرا" a stalled integration, the 5+5 action plan "في أكتوبر الماضي" a historical
signing and "كما لم تنفذ حتى الآن خطة العمل" a stalled one (the signing happened, its
application stalls), Wagner "ينتشرون منذ عام 2019" and Turkey's forces, whose mandate Ankara
"مدد … في ديسمبر الماضي" (a troop mandate, no sanctions), historical presences, the security
agreement "وقعته عام 2019" a historical signing, Norland who "حذر، في تصريحات سابقة" of sanctions
on the spoilers (unnamed) a historical threat, and the renewals "سنويا منذ عام 2012" a historical
extension; founders of Mercosur that "هددت … بتعليق عضوية فنزويلا" threaten sanctions (core:
suspending a member is the bloc's sanction, so threatening it is a threat; Mercosur, Argentina,
Brazil, Paraguay and Uruguay, and the ministers José Serra and Susana Malcorra who speak for it;
Venezuela the target; Serra's "ليس عقوبة" is his gloss, not a denial of the threat; not Bolivia,
the EU or the four members), Venezuela "عند انضمامها إلى التكتل عام 2012" a historical joining,
Uruguay "مستبعدا … اللجوء إلى «بند الديمقراطية»" a negated imposition, Paraguay's suspension "في
يونيو 2012" and its lifting "في أغسطس 2013" a historical imposition and lifting, Bolivia's
protocol "عام 2015" a historical signing and its membership awaiting ratification a stalled
joining, the EU talks "متعثرة" a stalled signing, the joint rotating presidency no event; leaders
who "منح … «جمهورية شمال قبرص التركية» صفة المراقب في المنظمة" (the headline's "تنضم … بصفة
مراقب") admit a member (core, alliance.joined: observer status is joining, as set 58's SCO
observers of 2005; Northern Cyprus and Ersin Tatar; the Organization of Turkic States the body;
not Cyprus, Greece or the EU, who protest, Russia, whose territory the corridor avoids, or China),
"ووقع القادة في ختام القمة «إعلان سمرقند»" a signing (core, as set 58's Astana declaration; the
OTS, Uzbekistan, the host, Turkey and Erdoğan, Azerbaijan, Kazakhstan and Kyrgyzstan), Erdoğan's
call "داعيا الدول الأعضاء إلى «رفع العزلة الظالمة» المفروضة على الشطر الشمالي" no lifting (a
call, and isolation no sanctions of a state), Tatar's hope of full membership no plan,
Turkmenistan "العام الماضي", Hungary "عام 2018" and Uzbekistan "عام 2019" historical joinings, the
Turkish troops "منذ … عام 1974" a historical presence, the reunification talks "متعثرة" a stalled
signing; a prime minister and a president who "وقع … «إعلان أثينا بشأن العلاقات الودية وحسن
الجوار»" sign (core; Greece, Turkey, Mitsotakis and Erdoğan; the fifteen agreements the
ministers "وقع" the same day are the same event), the High-Level Cooperation Council "وهو الأول
منذ عام 2016" a restoration of ties (occurred, not core, as set 58's shuttle diplomacy), "ولم
يتوصل الجانبان إلى أي اتفاق بشأن ترسيم الحدود البحرية" a negated signing, the exploratory talks
"متعثرة" a stalled one, the Oruç Reis with warships "صيف عام 2020" a historical presence (Turkey),
the EU that "لوح … حينها بفرض عقوبات على أنقرة" a historical threat, the Greek-Egyptian agreement
"في أغسطس من العام نفسه" and the Turkish-Libyan memorandum "في نوفمبر 2019" historical signings,
"رفع حجم التبادل التجاري" and the rescue teams "إرسال فرق إنقاذ" no events (not Cyprus, Egypt,
Libya or the EU as targets); China and Burkina Faso that "استأنفت … علاقاتهما الدبلوماسية
المقطوعة" restore ties (core; Burkina Faso, China, Wang Yi and Alpha Barry; not Taiwan, the
Dominican Republic, Eswatini, Ghana or Togo), the joint communiqué signed "بتوقيع … بيانا مشتركا"
a signing (occurred, not core: the restoration is the news), the embassies "من المقرر أن تفتح"
a planned restoration (not core, as set 58's), the Dominican Republic "في الأول من مايو الجاري",
Burkina Faso's recognition of Beijing "عام 1973" and its ties with Taipei "عام 1994", and Beijing's
with the Gambia, São Tomé and Príncipe and Panama historical restorations, Eswatini that "لا
تنوي … إقامة علاقات مع الصين" a negated one, Taipei's ending of ties and its projects "أعلنت
تايبيه تعليق العمل فيها" no events of a watched type; the Netherlands that "دمجت … لواءها
الآلي الثالث والأربعين … في الفرقة المدرعة الأولى التابعة للجيش الألماني" integrates forces
(core: one state's brigade placed under another's division is a joint force formed; the
Netherlands, Germany, the Bundeswehr, its 1st Armoured Division and both ministers; the 43rd
Mechanised Brigade the target), "ستلحق باللواء الهولندي كتيبة الدبابات الألمانية 414" a planned
integration (core; the 414th Tank Battalion the target), "ونفت الوزيرتان أن يكون الدمج خطوة نحو
إنشاء «جيش أوروبي موحد»" a negated integration, the airmobile brigade "في يونيو 2014" and the
German-Netherlands corps "عام 1995" historical integrations, NATO's battalions that its leaders
"يتوقع أن يقر" at Warsaw a planned presence (not core: a decision still to be taken), Crimea's
annexation "ضم" no integration (not Russia, the United Kingdom or the EU as targets); a football
page's sanctions, ban, threats, a goalkeeper's penalty lifted, resumed training, coach,
transfers, contract, sponsorship, suspended and resumed league, merged youth teams, police and
the fans' threat, a local page's fines, suspended licences, threat, deadline, water cut and
resumed, twinning, network, merged schools, patrols, rubbish, park and buses, and a business
page's port contract, ferry, fines, licence and threat, suspended share, merger, tariffs,
exemptions, start-up and port network, and maintenance teams are no events.

Annotated like the gold files and scored like them (``rasd.eval.score_article``), with the
shared machinery of ``heldout_support_ar``; the articles and their annotations were written in
full before the analyzer was run on them.

Measured before any fix (2026-12-04, on commit bf92916, in a worktree whose only change was
this file), in one run: events P 0.846 R 0.692 F1 0.762 (recall 9/13, precision 11/13: eleven
alerts right, two wrong by the scorer's count; occurred core found 7/10, planned 2/3; historical
41/44, negated 7/7 and stalled 8/8 kept quiet by the scorer's count). No annotation was changed
after the run.

Missed, by the per-article check (which also wants the status), and why, each cause found in the
code and shown by probe sentences: in ar-hl03 Airbus's second licence "على أن يصدر الترخيص الثاني
لاحقا" gives nothing: the licence forms of ``sanctions.suspended`` (أصدر، منح، مدد … in
``ar.triggers.yaml``) need a ``general_licence`` cue (``ar.cues.yaml``: «الترخيص العام»، «ترخيص
خاص» …), and a licence told bare or by its ordinal («الترخيص الثاني»، «ترخيصا يسمح لها ببيع طائرات
إلى إيران») is none (``waiver_scope`` is read after «إعفاء، استثناء» only); with the cue it is
occurred, for neither «على أن» nor «لاحقا» is a ``future`` cue (``_ahead_cue`` in ``decide``,
``rasd/events/status.py``) ("حصلت إيرباص على الترخيص الأول من وزارة الخزانة الأمريكية، على أن
يصدر الترخيص الثاني لاحقا" nothing, "… على أن يصدر الترخيص العام الثاني لاحقا" occurred, "… الشهر
المقبل" planned; "منحت وزارة الخزانة الأمريكية شركة بوينغ ترخيصا خاصا يسمح لها ببيع طائرات إلى
إيران" an occurred suspension, "… ترخيصا يسمح لها …" nothing); in ar-hl05 "هددت الدول المؤسسة
لتكتل «ميركوسور»، الأرجنتين والبرازيل وباراغواي والأوروغواي، بتعليق عضوية فنزويلا" and the
headline's "تلوح بتعليق عضويتها" give nothing: the threat forms need a ``sanctions_noun`` within
eight words (``sanctions.threatened``, ``ar.triggers.yaml``), «تعليق عضوية» (``suspended_membership``)
is none, and a bloc's suspension of a member is no event at all by the lexicon's own rule (the
comment on the ``suspended_membership`` trigger of ``sanctions.lifted``: only its end is), while
sets 11 and 13 annotate such a suspension as an imposition (not core), a convention for the
maintainer to settle ("هددت ميركوسور بتعليق عضوية فنزويلا" and "علقت ميركوسور عضوية فنزويلا"
nothing, "هددت ميركوسور بفرض عقوبات على فنزويلا" a threat, "رفعت ميركوسور تعليق عضوية باراغواي" a
lifting); in ar-hl06 "ووقع القادة في ختام القمة «إعلان سمرقند»" gives nothing: an agreement needs
a state or a head of state among its parties (``_plausible``, ``rasd/events/extractor.py``, the
``agreement``/``relations`` branch), the bare «القادة» of a summit name none and an organisation of
states is none (set 58's Astana declaration was found only because «أستانا» names Kazakhstan
through ``capitals.yaml``) ("ووقعت تركيا وأذربيجان «إعلان سمرقند»" occurred, "ووقعت منظمة الدول
التركية «إعلان سمرقند»", "ووقع رؤساء الدول الأعضاء في منظمة الدول التركية إعلانا مشتركا" and "ووقع
القادة «إعلان سمرقند»" nothing); in ar-hl09 "دمجت هولندا، أمس الخميس، لواءها الآلي الثالث
والأربعين، الذي يضم نحو ألفين وثلاثمئة عسكري ويعد أكبر ألويتها القتالية، في الفرقة المدرعة الأولى
التابعة للجيش الألماني" gives nothing: the army («للجيش») stands 23 words after the verb, past a
relative clause, out of the ``army_noun`` window of 10 and the ``army_into`` window of 18
(``ar.triggers.yaml``; ``aside_words`` in ``rasd/events/sentences.py`` skips only asides opened by
a preposition, a title or a day, of eight words at most), as set 58's Georgian Legion, and a
division is no army («في الفرقة المدرعة» is no ``army_into``, ``ar.cues.yaml``) ("دمجت هولندا،
أمس الخميس، لواءها الآلي الثالث والأربعين في الفرقة المدرعة الأولى التابعة للجيش الألماني" and
"دمجت هولندا لواءها الآلي في الجيش الألماني" occurred, "دمجت هولندا لواءها الآلي في الفرقة المدرعة
الأولى الألمانية" nothing), and the plan "ستلحق باللواء الهولندي كتيبة الدبابات الألمانية 414"
gives nothing: the attaching forms are «إلحاق، ألحق، ألحقت» followed by a forces noun and an
``army_attached`` cue («بالجيش»، «بالقوات المسلحة» …), with no imperfect «تلحق», no object told
after the unit it joins, and a brigade no army ("ستلحق ألمانيا كتيبة دبابات باللواء الهولندي"
nothing, "ستدمج ألمانيا كتيبة دبابات في الجيش الهولندي" planned). Wrong alerts: in ar-hl04 "وهي
الحالة التي تستند إليها العقوبات الأمريكية على أركان النظام السابق وتجميد أصول الدولة الليبية في
الولايات المتحدة" is an occurred imposition (trigger «وتجميد»): a freeze named in a relative
clause that tells what the emergency underpins is no act of the day, but ``_historical``
(``rasd/events/status.py``) looks for the relative pronoun only three words before the trigger
(``s.first("relative", max(lo, t - 3), t)``), and «العقوبات الأمريكية على أركان النظام السابق»
stands between ("وهي الحالة التي يستند إليها تجميد أصول الدولة الليبية في الولايات المتحدة"
historical, "وهي الحالة التي تستند إليها العقوبات الأمريكية وتجميد أصول الدولة الليبية في الولايات
المتحدة" occurred; it should give nothing, or a historical imposition); and "وكان المبعوث الأمريكي
الخاص إلى ليبيا والسفير ريتشارد نورلاند قد حذر، في تصريحات سابقة، من أن واشنطن «لن تتردد في
استخدام الأدوات المتاحة لها، بما فيها العقوبات…»" is an occurred threat: the status is decided at
the trigger of what was said («تتردد في استخدام»), and the pluperfect «وكان … قد حذر» that dates
the warning is looked for only ten words before it (the ``historical`` cue scan from ``max(lo, t -
10)`` in ``_historical``; the pluperfect rule wants «قد» right before the trigger itself), so a
long subject or an aside puts it out of reach, and «في تصريحات سابقة» is no cue ("وكان المبعوث
الأمريكي الخاص قد حذر من أن واشنطن لن تتردد في استخدام العقوبات ضد المعرقلين" historical, "وكان
المبعوث الأمريكي الخاص إلى ليبيا قد حذر من أن واشنطن ستفرض عقوبات على المعرقلين" and "وحذر المبعوث
الأمريكي، في تصريحات سابقة، من أن واشنطن ستفرض عقوبات على المعرقلين" occurred; it should be
historical); in ar-hl08 the restoration "استأنفت الصين وبوركينا فاسو، أمس السبت، علاقاتهما
الدبلوماسية …، بعد يومين فقط من إعلان واغادوغو قطع علاقاتها مع تايوان" and its signing «بتوقيع …
بيانا مشتركا» have Taiwan for target: in ``assign`` (``rasd/events/roles.py``) the scan by which
"'with X' anywhere later in the clause names the counterpart of a pact" takes any name after «مع»
to the clause's end, past a «بعد … من» clause and into a severance («قطع علاقاتها مع»); it should
stop there ("استأنفت الصين وبوركينا فاسو علاقاتهما الدبلوماسية" no target, "… بعد قطع علاقاتها مع
تايوان" Taiwan, "استأنفت بوركينا فاسو علاقاتها الدبلوماسية مع الصين بعد قطع علاقاتها مع تايوان"
China and Taiwan). Six strict xfails on six articles (ar-hl03, ar-hl05, ar-hl06 and ar-hl09
missed; ar-hl04 and ar-hl08 alarmed); do not tune lexicons on these articles.

Also seen, not scored: in ar-hl01 the imposition has no target (the three officers, unknown to
the knowledge base), the terms "تقضي بتجميد أي أصول" are a historical imposition by the United
States, the Algiers agreement a historical signing with Mali and France for actors, ECOWAS's
lifting historical with no target, and Wagner's designation, Maslov's listing, the Russians'
presence, the Wagner denial, MINUSMA and the stalled application give nothing; in ar-hl02 the
lifting is one event with the headline's «يرفع» for trigger, the EU's planned mission has no
target (Bangui comes after "على أن تبدأ مهامها"), France's "ستنهي" gives nothing, and of the
background only the UN embargo is found (historical); in ar-hl03 the licence's actors are Boeing,
Airbus, the EU, the United States and France (the licensees and Airbus's homes beside the
Treasury's state) and Iran Air is no target, and the Clinton embargo has Iran for actor; in
ar-hl04 the extension is two events (the headline's with Libya and no actor, the body's with the
United States and no target), the LIA's funds "لم يستجب … رفع التجميد" a historical lifting with
the LIA and the United States for actors, not a negated one, the Turkish-GNA agreement has the GNA
for target, and the 5+5 plan, the army's unification and the Wagner and Turkish presences give
nothing; in ar-hl05 nothing is found, Paraguay's suspension and its lifting ("قبل أن ترفع التعليق":
«التعليق» with no «عضوية») included; in ar-hl06 the joining is found through the headline's "تنضم
… بصفة مراقب" only, «صفة المراقب» being no ``partner_status`` cue ("منحت منظمة الدول التركية
جمهورية شمال قبرص التركية صفة شريك الحوار" a joining, "… صفة المراقب" nothing), Uzbekistan's
membership of 2019 is a historical joining with all five members for actors, Turkmenistan's and
Hungary's give nothing, and Erdoğan's "رفع العزلة الظالمة المفروضة على الشطر الشمالي" nothing; in
ar-hl07 the declaration is found twice (headline and body), the Greek-Egyptian and Turkish-Libyan
agreements are one historical signing with the GNA for target, the EU's threat of 2020 is
historical, and the council resumed, the negated delimitation and the stalled exploratory talks
give nothing; in ar-hl08 one negated restoration, gathered from the background, has the Dominican
Republic and Taiwan for actors and China, the Gambia and an unlinked "الرئيس الأسبق بليز" for
targets; in ar-hl09 the denied European army is a negated integration with the EU for target, and
NATO's battalions "ويتوقع أن يقر قادته … نشر كتائب" a historical presence by Poland in the whole
sentence (after "منذ ضم روسيا شبه جزيرة القرم عام 2014"), a planned one alone. The Tizi Ouzou,
Kairouan and Aqaba pages raise nothing.

After the fixes of the same round (2026-12-04): P 1.000 R 0.692 F1 0.818 (recall 9/13, precision
11/11). Fixed as general causes, each pinned by a rule below: the measures that an emergency (a
law) holds up, told in a relative clause «التي تستند إليها العقوبات … وتجميد أصول», stand already
and are no act of the day (``_historical``, ``rasd/events/status.py``); «في تصريحات سابقة» (a
former statement, remarks) dates what was said as background (``ar.cues.yaml``); the "with X" scan
of a pact's counterpart stops at a clause of another time («بعد … من») and at ties cut («قطع …
مع»), whose party is the one left (``_with_reach_end``, ``rasd/events/roles.py``). From the round's
probes, beside the set: a state that «ستستخدم» a base in another state is a planned presence (not
its own base: ``_base_abroad``, ``rasd/events/extractor.py``); whom the targets are «متهمين
بمساعدة» (supplying, funding) is no target; «بروكسل» acting on sanctions is the European Union; a
unity accord («إنهاء الانقسام»، «الوحدة الوطنية») counts as a peace one. Left: ar-hl03's second
licence told bare («الترخيص الثاني»), which a general_licence cue does not cover, with its «على أن
… لاحقا»; ar-hl05's threat of a membership suspension, which the project's convention (sets 4, 18,
25 and 29: a bloc's suspension of a member is no sanctions event, only its end) does not count,
against this set's annotation (the convention stands until it is settled for every set); ar-hl06's
declaration signed by "the leaders" of an organisation of states; ar-hl09's brigade merged into a
division «التابعة للجيش الألماني» past a relative clause, and «ستلحق باللواء», no form.

``python -m tests.unit.test_heldout59_events_ar`` prints every article's alerts and the set's
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
_UNSC = "United Nations Security Council"
_EU = "European Union"
_AU_PSC = "African Union Peace and Security Council"
_ECOWAS = "Economic Community of West African States"
_CMA = "Coordination of Azawad Movements"
_OTS = "Organization of Turkic States"
_MALI_TARGETS = ["Sadio Camara", "Alou Boï Diarra", "Adama Bagayoko"]

_LICENCE_BY_ORDINAL = (
    "a licence told as «الترخيص الثاني» is no general_licence cue (ar.cues.yaml), and «على أن …"
    " لاحقا» is no future cue (_ahead_cue in decide, rasd/events/status.py)"
)
_SUSPENSION_THREATENED = (
    "a threat to suspend a member «بتعليق عضوية فنزويلا» has no sanctions_noun (ar.triggers.yaml):"
    " a bloc's suspension of a member is no sanctions event under the project's convention (sets 4,"
    " 18, 25, 29), only its end, which this annotation does not share"
)
_SUMMIT_SIGNERS = (
    "«ووقع القادة في ختام القمة «إعلان سمرقند»» names no state: an agreement needs a state or a"
    " head of state among its parties, and an organisation of states is none (_plausible,"
    " rasd/events/extractor.py)"
)
_BRIGADE_INTO_DIVISION = (
    "«للجيش الألماني» stands 23 words after «دمجت», past a relative clause, out of the army_noun"
    " and army_into windows, and a division is no army (ar.triggers.yaml, ar.cues.yaml); the plan"
    " «ستلحق باللواء الهولندي كتيبة الدبابات الألمانية 414» has no trigger"
)


ARTICLES = [
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl01-alayyamnews-bamako-treasury-sanctions-malian-defence-minister-camara-wagner-2023",
        date(2023, 7, 25),
        """واشنطن تعاقب وزير الدفاع المالي وقائدين في سلاح الجو بسبب «فاغنر»

باماكو - «الأيام نيوز» (وكالات)

فرضت وزارة الخزانة الأمريكية، أمس الاثنين، عقوبات على وزير الدفاع المالي العقيد ساديو كامارا، وقائد القوات الجوية الجنرال ألو بوي ديارا، ونائبه العقيد آداما باغايوكو، متهمة المسؤولين الثلاثة بتسهيل انتشار مجموعة «فاغنر» الروسية وتوسيع أنشطتها في مالي، وما رافق ذلك من انتهاكات بحق المدنيين واستغلال للثروات المعدنية.

وأوضح مكتب مراقبة الأصول الأجنبية التابع للوزارة، في بيان، أن العقوبات تقضي بتجميد أي أصول للمسؤولين الثلاثة تخضع للولاية القضائية الأمريكية، وتحظر على المواطنين والشركات الأمريكية التعامل معهم، مشيرا إلى أن كامارا "أدى دورا محوريا" في ترتيب التعاقد مع المجموعة أواخر عام 2021، وأن قائدي سلاح الجو أشرفا على تسلم طائرات ومسيرات بمساعدتها.

وقال وكيل وزارة الخزانة لشؤون الإرهاب والاستخبارات المالية براين نلسون إن "أنشطة فاغنر في مالي لم تجلب الأمن، بل جلبت مزيدا من العنف ضد المدنيين، وحرمت الماليين من ثروات بلادهم".

في المقابل، رفضت الحكومة الانتقالية في باماكو القرار، ووصفه المتحدث باسمها العقيد عبد الله مايغا بأنه "اعتداء على سيادة مالي"، مؤكدا أن العسكريين الروس الذين وصلوا تباعا منذ ديسمبر 2021 "مدربون" جاؤوا في إطار تعاون قديم بين الدولتين، ونافيا وجود أي عناصر من «فاغنر» على الأراضي المالية.

وكانت وزارة الخزانة قد صنفت «فاغنر» في يناير الماضي "منظمة إجرامية عابرة للحدود"، قبل أن تدرج في مايو رئيس فرعها في مالي إيفان ماسلوف على قائمة العقوبات، بتهمة العمل على تزويد المجموعة بالسلاح عبر الأراضي المالية.

ويأتي القرار بعد أقل من شهر على إنهاء مجلس الأمن الدولي، بطلب من باماكو، مهمة بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي «مينوسما»، المنتشرة في البلاد منذ عام 2013، والتي يفترض أن يغادر عناصرها البالغ عددهم نحو ثلاثة عشر ألفا بحلول نهاية العام الجاري.

وتتهم منظمات حقوقية ومحققون أمميون الجيش المالي وعناصر "أجنبية" بقتل مئات المدنيين في بلدة مورا وسط البلاد في مارس 2022، وهو ما تنفيه باماكو، التي علقت في العام نفسه بث إذاعة فرنسا الدولية وقناة «فرانس 24» على أراضيها.

ولا يزال تطبيق اتفاق السلم والمصالحة، الذي وقعته الحكومة والحركات المسلحة في الشمال في الجزائر عام 2015، متعثرا، وسط تصاعد التوتر بين الجيش و«تنسيقية حركات أزواد» بعد انسحاب القوات الدولية من قواعدها في الشمال.

وكانت المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» قد رفعت في يوليو من العام الماضي العقوبات الاقتصادية والمالية التي فرضتها على مالي في يناير 2022، بعد أن قدم المجلس العسكري جدولا زمنيا لتسليم السلطة إلى المدنيين في مارس 2024.

وفي السوق الكبير وسط باماكو، قال تاجر أقمشة أربعيني: "العقوبات نسمع عنها في الراديو، أما نحن فنعرفها من الأسعار، عندما أغلقت الحدود العام الماضي تضاعف سعر كل شيء، ولا نريد أن نعيش ذلك مرة أخرى".

ويرى محللون أن أثر العقوبات الأمريكية الجديدة يبقى رمزيا إلى حد بعيد، لضعف ارتباط المسؤولين الماليين بالنظام المالي الأمريكي، لكنها تبعث برسالة إلى دول أخرى في المنطقة، مثل بوركينا فاسو وجمهورية أفريقيا الوسطى، التي تعتمد بدورها على الشركاء الروس في المجال الأمني.""",
        [
            G(
                "sanctions.imposed",
                "occurred",
                [_US, _TREASURY, _OFAC, "Brian Nelson"],
                _MALI_TARGETS,
            ),
            # the Russians "الذين وصلوا تباعا منذ ديسمبر 2021",
            G("military.presence", "historical", ["Russia"], ["Mali"], core=False),
            # "ونافيا وجود أي عناصر من «فاغنر» على الأراضي المالية",
            G("military.presence", "negated", ["Wagner Group"], ["Mali"], core=False),
            # Wagner listed "في يناير الماضي",
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Wagner Group"], core=False),
            # Ivan Maslov "في مايو",
            G("sanctions.imposed", "historical", [_US, _TREASURY], ["Ivan Maslov"], core=False),
            # MINUSMA "المنتشرة في البلاد منذ عام 2013",
            G(
                "military.presence",
                "historical",
                ["United Nations", "MINUSMA"],
                ["Mali"],
                core=False,
            ),
            # the Algiers agreement "وقعته ... عام 2015",
            G("agreement.signed", "historical", ["Mali", _CMA], [], core=False),
            # its application "متعثرا",
            G("agreement.signed", "stalled", ["Mali", _CMA], [], core=False),
            # ECOWAS that "رفعت في يوليو من العام الماضي العقوبات",
            G("sanctions.lifted", "historical", [_ECOWAS], ["Mali"], core=False),
            # "التي فرضتها على مالي في يناير 2022",
            G("sanctions.imposed", "historical", [_ECOWAS], ["Mali"], core=False),
        ],
        not_targets=[
            "Russia",
            "Wagner Group",
            "France",
            "Burkina Faso",
            "Central African Republic",
        ],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl02-alraialaam-addis-au-lifts-central-african-republic-suspension-2016",
        date(2016, 4, 7),
        """الاتحاد الأفريقي يرفع تعليق عضوية أفريقيا الوسطى بعد ثلاث سنوات من الإقصاء

أديس أبابا - «الرأي العام» (وكالات)

قرر مجلس السلم والأمن التابع للاتحاد الأفريقي، في اجتماع عقده أمس الأربعاء بمقر المفوضية في أديس أبابا، رفع تعليق عضوية جمهورية أفريقيا الوسطى في المنظمة القارية، والذي فرضه في مارس 2013 إثر استيلاء تحالف «سيليكا» المسلح على السلطة في بانغي والإطاحة بالرئيس فرانسوا بوزيزيه.

وأوضح المجلس، في بيان ختامي، أن القرار جاء "اعترافا بنجاح المرحلة الانتقالية"، بعد الانتخابات الرئاسية والتشريعية التي جرت بين ديسمبر وفبراير الماضيين، وأدى على إثرها الرئيس المنتخب فوستان أرشانج تواديرا اليمين الدستورية في الثلاثين من مارس، داعيا السلطات الجديدة إلى "إطلاق حوار شامل مع الجماعات المسلحة وإصلاح قطاع الأمن دون إبطاء".

ورحبت رئيسة مفوضية الاتحاد نكوسازانا دلاميني زوما بالقرار، وقالت إن عودة أفريقيا الوسطى إلى "أسرتها الأفريقية" تمثل "رسالة أمل لشعب عانى كثيرا"، فيما أعلن تواديرا أنه سيشارك في القمة الأفريقية المقبلة في كيغالي في يوليو، في أول حضور لبلاده منذ ثلاث سنوات.

وكان مجلس الأمن الدولي قد فرض في ديسمبر 2013 حظرا على توريد الأسلحة إلى أفريقيا الوسطى، قبل أن يفرض عقوبات على بوزيزيه وعدد من قادة الميليشيات في مايو 2014، وقد مدد في يناير الماضي العمل بالحظر والعقوبات حتى مطلع العام المقبل.

وفي السياق نفسه، يستعد الاتحاد الأوروبي لإرسال بعثة عسكرية لتدريب الجيش الوطني، تضم نحو مئة وسبعين عسكريا، على أن تبدأ مهامها في بانغي خلال الصيف المقبل خلفا لبعثته الاستشارية الحالية، وفق ما أعلنه دبلوماسيون أوروبيون في بروكسل.

في المقابل، أكدت فرنسا أنها ستنهي قبل نهاية العام عملية «سنغاريس» العسكرية التي أطلقتها في ديسمبر 2013، وبلغ عدد جنودها في ذروتها نحو ألفين وخمسمئة جندي، فيما تواصل بعثة الأمم المتحدة «مينوسكا»، المنتشرة منذ سبتمبر 2014، مهامها بأكثر من عشرة آلاف عنصر.

ولا تزال عملية نزع سلاح المقاتلين وتسريحهم ودمجهم، التي نص عليها اتفاق وقعته الحكومة الانتقالية ومعظم الجماعات المسلحة في منتدى بانغي للمصالحة في مايو 2015، متعثرة، إذ لم تنضم فصائل رئيسية من «سيليكا» السابقة وميليشيات «أنتي بالاكا» حتى الآن إلى البرنامج، وتشترط الحصول على مناصب في الجيش والحكومة.

وفي حي «بي كا 5» التجاري ذي الغالبية المسلمة في بانغي، قالت بائعة خضار: "رجعنا نفتح المحلات ونبيع، لكن الخوف لم يذهب، نريد أن يعود الجيش ويحمي الجميع، لا أن يحمي كل واحد جماعته".

ويرى مراقبون أن رفع التعليق يفتح الباب أمام استئناف المساعدات الأفريقية والدولية للحكومة الجديدة، غير أن سلطتها لا تزال محدودة خارج العاصمة، حيث تتقاسم الجماعات المسلحة السيطرة على أكثر من نصف أراضي البلاد ومناجم الذهب والماس.""",
        [
            G(
                "sanctions.lifted",
                "occurred",
                ["African Union", _AU_PSC],
                ["Central African Republic"],
            ),
            # "يستعد الاتحاد الأوروبي لإرسال بعثة عسكرية لتدريب الجيش الوطني",
            G("military.presence", "planned", [_EU], ["Central African Republic"]),
            # the suspension "الذي فرضه في مارس 2013",
            G(
                "sanctions.imposed",
                "historical",
                ["African Union", _AU_PSC],
                ["Central African Republic"],
                core=False,
            ),
            # the arms embargo "في ديسمبر 2013",
            G("sanctions.imposed", "historical", [_UNSC], ["Central African Republic"], core=False),
            # Bozizé and militia leaders "في مايو 2014",
            G("sanctions.imposed", "historical", [_UNSC], ["François Bozizé"], core=False),
            # "وقد مدد في يناير الماضي العمل بالحظر والعقوبات",
            G(
                "sanctions.extended",
                "historical",
                [_UNSC],
                ["Central African Republic"],
                core=False,
            ),
            # Sangaris "التي أطلقتها في ديسمبر 2013",
            G(
                "military.presence",
                "historical",
                ["France"],
                ["Central African Republic"],
                core=False,
            ),
            # MINUSCA "المنتشرة منذ سبتمبر 2014",
            G(
                "military.presence",
                "historical",
                ["United Nations", "MINUSCA"],
                ["Central African Republic"],
                core=False,
            ),
            # the Bangui Forum agreement "في مايو 2015",
            G(
                "agreement.signed",
                "historical",
                ["Central African Republic", "Séléka", "Anti-balaka"],
                [],
                core=False,
            ),
            # the disarmament and integration "متعثرة", the factions that "لم تنضم ... حتى الآن",
            G(
                "forces.integrated",
                "stalled",
                ["Central African Republic"],
                ["Séléka", "Anti-balaka"],
                core=False,
            ),
        ],
        not_targets=["France", "Rwanda", "Ethiopia", "Belgium"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl03-alvefagh-tehran-ofac-licences-boeing-airbus-sales-to-iran-air-2016",
        date(2016, 9, 22),
        """واشنطن تجيز بيع طائرات «بوينغ» و«إيرباص» لإيران.. و«إيران إير» تنتظر أولى الشحنات

طهران - «الوفاق» (وكالات)

منحت وزارة الخزانة الأمريكية، أمس الأربعاء، شركتي «بوينغ» الأمريكية و«إيرباص» الأوروبية تراخيص تستثنيهما من العقوبات المفروضة على إيران، وتتيح لهما بيع طائرات ركاب إلى شركة الخطوط الجوية الإيرانية «إيران إير»، في أول خطوة من نوعها منذ الثورة الإسلامية عام 1979.

وقالت «بوينغ»، في بيان مقتضب، إنها تلقت من مكتب مراقبة الأصول الأجنبية التابع للوزارة ترخيصا يسمح لها ببيع ثمانين طائرة إلى الشركة الإيرانية، فيما أعلنت «إيرباص» أنها حصلت على الأول من ترخيصين تحتاجهما لتنفيذ صفقتها، ويغطي سبع عشرة طائرة من طراز «إيه 320»، على أن يصدر الترخيص الثاني لاحقا، لأن طائراتها تحتوي على مكونات أمريكية تتجاوز عشرة في المئة من قيمتها.

ورحب نائب وزير الطرق والتنمية العمرانية الإيراني أصغر فخريه كاشان بالخطوة، وقال للتلفزيون الرسمي إن أول طائرة «إيرباص» جديدة "ستهبط في مطار مهرآباد قبل نهاية العام الميلادي"، مضيفا أن طهران "لن تقبل أي تأخير جديد بذرائع سياسية".

وكانت «إيران إير» قد وقعت في يناير الماضي، خلال زيارة الرئيس حسن روحاني إلى باريس، اتفاقا مبدئيا مع «إيرباص» لشراء 118 طائرة، ثم مذكرة تفاهم مع «بوينغ» في يونيو لشراء 80 طائرة واستئجار 29 أخرى، بقيمة إجمالية تقدر بأكثر من أربعين مليار دولار.

وجاءت الصفقتان بعد دخول الاتفاق النووي بين إيران والقوى الكبرى حيز التنفيذ في السادس عشر من يناير الماضي، حين رفعت الولايات المتحدة والاتحاد الأوروبي العقوبات المرتبطة بالبرنامج النووي، وتعهدت واشنطن بموجبه بالسماح ببيع الطائرات المدنية وقطع غيارها لإيران.

ولا تزال العقوبات الأمريكية "الأولية" سارية، إذ يحظر على الشركات والمصارف الأمريكية التعامل مع إيران، ولم تشمل التراخيص الجديدة تمويل الصفقات بالدولار، ما يضطر طهران إلى البحث عن مصارف أوروبية وآسيوية مستعدة لتمويلها، وهو ما لم يتحقق حتى الآن، في ظل خشية المصارف الكبرى من غرامات أمريكية.

وانتقد نواب جمهوريون في الكونغرس القرار، وقال النائب بيتر روسكام، أحد أشد المعارضين للصفقة، إن الطائرات "قد تستخدم لنقل مقاتلين وأسلحة إلى سوريا"، في حين أكدت وزارة الخزانة أن التراخيص "تتضمن شروطا صارمة" تحظر نقل الطائرات إلى جهات أخرى أو استخدامها لأغراض عسكرية.

وتعود العقوبات الأمريكية على قطاع الطيران المدني الإيراني إلى عام 1995، حين وسع الرئيس الأسبق بيل كلينتون الحظر التجاري على إيران ليشمل قطع غيار الطائرات، ما اضطر شركات الطيران الإيرانية إلى الاعتماد على السوق السوداء وعلى طائرات روسية قديمة.

ويبلغ متوسط عمر أسطول «إيران إير» أكثر من خمسة وعشرين عاما، وشهدت البلاد خلال العقدين الماضيين سلسلة من الحوادث الجوية المميتة نسبت في معظمها إلى تقادم الطائرات وصعوبة صيانتها.

وفي صالة المغادرة بمطار مهرآباد، قال مسافر ستيني متجه إلى مشهد: "ركبت هذه الطائرات منذ كنت شابا، وفي كل مرة أقرأ الفاتحة قبل الإقلاع، إن جاءت الطائرات الجديدة فعلا فسيكون ذلك أول شيء نلمسه من الاتفاق".""",
        [
            G("sanctions.suspended", "occurred", [_US, _TREASURY, _OFAC], ["Iran", "Iran Air"]),
            # Airbus's second licence, "على أن يصدر الترخيص الثاني لاحقا",
            G("sanctions.suspended", "planned", [_US, _OFAC], ["Iran", "Iran Air"]),
            # "ولم تشمل التراخيص الجديدة تمويل الصفقات بالدولار",
            G("sanctions.suspended", "negated", [_US], ["Iran"], core=False),
            # the nuclear sanctions lifted "في السادس عشر من يناير الماضي",
            G("sanctions.lifted", "historical", [_US, _EU], ["Iran"], core=False),
            # the aviation embargo "إلى عام 1995",
            G("sanctions.imposed", "historical", [_US, "Bill Clinton"], ["Iran"], core=False),
        ],
        not_targets=["Boeing", "Airbus", "France", "Syria", "Russia"],
        known_miss=_LICENCE_BY_ORDINAL,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl04-218news-tripoli-biden-extends-libya-national-emergency-2022",
        date(2022, 2, 23),
        """بايدن يمدد حالة الطوارئ الوطنية بشأن ليبيا عاما آخر

طرابلس - «218» (وكالات)

مدد الرئيس الأمريكي جو بايدن، في إشعار وجهه أمس الثلاثاء إلى الكونغرس، العمل بحالة الطوارئ الوطنية المتعلقة بليبيا لمدة عام إضافي، اعتبارا من الخامس والعشرين من فبراير الجاري، وهي الحالة التي تستند إليها العقوبات الأمريكية على أركان النظام السابق وتجميد أصول الدولة الليبية في الولايات المتحدة.

وجاء في الإشعار أن "الوضع في ليبيا لا يزال يشكل تهديدا غير عادي واستثنائيا للأمن القومي والسياسة الخارجية للولايات المتحدة"، وأن هناك "خطرا جديا من تحويل أصول الدولة الليبية أو اختلاسها من قبل أفراد من النظام السابق أو غيرهم"، ما يستدعي "مواصلة التدابير المتخذة للتعامل مع هذا الخطر".

وكان الرئيس الأسبق باراك أوباما قد أعلن حالة الطوارئ في الخامس والعشرين من فبراير 2011، بموجب الأمر التنفيذي رقم 13566، الذي جمد أصول العقيد معمر القذافي وأفراد أسرته وكبار مسؤولي حكومته، إضافة إلى أموال مصرف ليبيا المركزي والمؤسسة الليبية للاستثمار في الولايات المتحدة.

وبعد أيام من ذلك، فرض مجلس الأمن الدولي بقراره رقم 1970 حظرا على توريد الأسلحة إلى ليبيا وتجميدا لأصول القذافي والمقربين منه، ولا تزال أرصدة المؤسسة الليبية للاستثمار، المقدرة بنحو سبعين مليار دولار، مجمدة حتى اليوم، إذ لم يستجب المجلس لطلبات المؤسسة المتكررة رفع التجميد أو السماح لها بإعادة استثمار أموالها.

ويأتي التمديد في ظل أزمة سياسية جديدة، بعد أن كلف مجلس النواب في طبرق في العاشر من فبراير الجاري وزير الداخلية الأسبق فتحي باشاغا بتشكيل حكومة جديدة، في حين يرفض رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة تسليم السلطة "إلا لحكومة منتخبة"، بعد تعثر الانتخابات التي كانت مقررة في الرابع والعشرين من ديسمبر الماضي.

وعلى الصعيد العسكري، لا يزال توحيد المؤسسة العسكرية المنقسمة بين الشرق والغرب متعثرا، كما لم تنفذ حتى الآن خطة العمل التي وقعتها اللجنة العسكرية المشتركة «5+5» في جنيف في أكتوبر الماضي لإخراج المرتزقة والمقاتلين والقوات الأجنبية من البلاد على مراحل.

ويقدر خبراء أمميون أن آلاف المرتزقة لا يزالون في ليبيا، بينهم عناصر من مجموعة «فاغنر» الروسية ينتشرون منذ عام 2019 في قواعد بوسط البلاد وجنوبها، فيما تحتفظ تركيا بقوات ومستشارين عسكريين في غرب البلاد بموجب اتفاق أمني وقعته عام 2019 مع حكومة الوفاق الوطني السابقة، ومدد البرلمان التركي تفويضهم في ديسمبر الماضي.

وكان المبعوث الأمريكي الخاص إلى ليبيا والسفير ريتشارد نورلاند قد حذر، في تصريحات سابقة، من أن واشنطن "لن تتردد في استخدام الأدوات المتاحة لها، بما فيها العقوبات، ضد من يعرقلون العملية الانتخابية".

وفي سوق المشير بالمدينة القديمة في طرابلس، قال صاحب محل للنحاسيات: "سمعنا عن الأموال المجمدة منذ عشر سنوات، مليارات في الخارج ونحن هنا نقف في طوابير المصارف لسحب راتب الشهر، كل حكومة تقول ستعيدها ولا شيء يعود".

ويرى محللون أن تمديد حالة الطوارئ إجراء روتيني يتكرر سنويا منذ عام 2012، لكنه يعكس استمرار القلق الأمريكي من الفوضى في ليبيا، ومن تنامي الحضور الروسي فيها.""",
        [
            G("sanctions.extended", "occurred", [_US, "Joe Biden"], ["Libya"]),
            # the emergency and the freeze "في الخامس والعشرين من فبراير 2011",
            G(
                "sanctions.imposed",
                "historical",
                [_US, "Barack Obama"],
                ["Libya", "Muammar Gaddafi", "Libyan Investment Authority"],
                core=False,
            ),
            # Resolution 1970 "بعد أيام من ذلك",
            G("sanctions.imposed", "historical", [_UNSC], ["Libya"], core=False),
            # "إذ لم يستجب المجلس لطلبات المؤسسة المتكررة رفع التجميد",
            G(
                "sanctions.lifted",
                "negated",
                [_UNSC],
                ["Libyan Investment Authority"],
                core=False,
            ),
            # the army's unification "متعثرا",
            G("forces.integrated", "stalled", ["Libya", "Libyan National Army"], [], core=False),
            # the 5+5 action plan "في أكتوبر الماضي",
            G(
                "agreement.signed",
                "historical",
                ["Libya", "5+5 Joint Military Commission"],
                [],
                core=False,
            ),
            # "كما لم تنفذ حتى الآن خطة العمل",
            G(
                "agreement.signed",
                "stalled",
                ["Libya", "5+5 Joint Military Commission"],
                [],
                core=False,
            ),
            # Wagner "ينتشرون منذ عام 2019",
            G("military.presence", "historical", ["Wagner Group", "Russia"], ["Libya"], core=False),
            # Turkey's forces, and their mandate prolonged "في ديسمبر الماضي",
            G("military.presence", "historical", ["Turkey"], ["Libya"], core=False),
            # the security agreement "وقعته عام 2019 مع حكومة الوفاق الوطني",
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "Government of National Accord"],
                [],
                core=False,
            ),
            # Norland "في تصريحات سابقة",
            G("sanctions.threatened", "historical", [_US, "Richard Norland"], [], core=False),
            # the renewals "سنويا منذ عام 2012",
            G("sanctions.extended", "historical", [_US], ["Libya"], core=False),
        ],
        not_targets=["Russia", "Turkey", "Wagner Group", "Switzerland"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl05-rtarabic-caracas-mercosur-founders-threaten-venezuela-suspension-2016",
        date(2016, 9, 15),
        """«ميركوسور» تمهل فنزويلا حتى ديسمبر وتلوح بتعليق عضويتها

كاراكاس - «آر تي» (وكالات)

هددت الدول المؤسسة لتكتل «ميركوسور»، الأرجنتين والبرازيل وباراغواي والأوروغواي، بتعليق عضوية فنزويلا في السوق المشتركة الجنوبية إذا لم تلتزم حتى الأول من ديسمبر المقبل بالقواعد والاتفاقات الاقتصادية والحقوقية التي تعهدت بتطبيقها عند انضمامها إلى التكتل عام 2012.

وجاء في إعلان مشترك، أصدره وزراء خارجية الدول الأربع مساء الثلاثاء عقب اتصالات استمرت أسابيع، أن الرئاسة الدورية للتكتل، التي كان يفترض أن تتولاها كاراكاس منذ يوليو الماضي، ستمارس بشكل جماعي من قبل الأعضاء المؤسسين حتى نهاية العام، وأن فنزويلا "ستفقد حقوقها كدولة عضو" إذا انقضت المهلة من دون أن تستوفي التزاماتها.

وقال وزير الخارجية البرازيلي جوزيه سيرا إن القرار "ليس عقوبة، بل تطبيق لقواعد يعرفها الجميع"، فيما أكدت نظيرته الأرجنتينية سوزانا مالكورا أن بلادها "لا تريد إقصاء الشعب الفنزويلي"، لكنها "لا تستطيع تجاهل أن حكومة كاراكاس لم تنفذ نحو أربعين في المئة من التزاماتها".

في المقابل، رفضت وزيرة الخارجية الفنزويلية ديلسي رودريغيز الإعلان، ووصفته بأنه "انقلاب على ميركوسور" يقوده "تحالف ثلاثي" من الحكومات اليمينية في بوينس آيرس وبرازيليا وأسونسيون، مؤكدة أن بلادها "ستواصل ممارسة الرئاسة الدورية بموجب القانون"، ولن تعترف بأي قرار يتخذ في غيابها.

وحاولت الأوروغواي، التي سلمت الرئاسة الدورية في يوليو، تليين موقف شركائها، وقال وزير خارجيتها رودولفو نين نوفوا إن بلاده "لم تكن مع استبعاد فنزويلا"، لكنها أيدت الإعلان "حفاظا على وحدة التكتل"، مستبعدا في الوقت نفسه اللجوء إلى "بند الديمقراطية" الوارد في بروتوكول أوشوايا، والذي يتيح تعليق عضوية أي دولة تشهد "انقطاعا في النظام الديمقراطي".

وكانت «ميركوسور» قد علقت عضوية باراغواي في يونيو 2012، بعد عزل البرلمان الرئيس فرناندو لوغو في إجراءات وصفتها دول الجوار بالمتسرعة، وهو القرار الذي فتح الباب حينها أمام دخول فنزويلا إلى التكتل، قبل أن ترفع التعليق في أغسطس 2013 إثر انتخاب الرئيس هوراسيو كارتيس.

ولا تزال بوليفيا، التي وقعت بروتوكول انضمامها إلى «ميركوسور» عام 2015، تنتظر مصادقة برلمانات الدول الأعضاء لتصبح عضوا كامل العضوية، فيما تبقى مفاوضات اتفاق التجارة الحرة بين التكتل والاتحاد الأوروبي، المستمرة منذ عام 1999، متعثرة رغم تبادل العروض بين الجانبين في مايو الماضي.

وتعيش فنزويلا أزمة اقتصادية وسياسية حادة، في ظل نقص واسع في الغذاء والدواء وتضخم تجاوز مئات في المئة، فيما تسعى المعارضة، التي تسيطر على البرلمان منذ يناير الماضي، إلى تنظيم استفتاء لعزل الرئيس نيكولاس مادورو قبل نهاية العام.

وفي حي باليرمو في بوينس آيرس، حيث افتتح مهاجرون فنزويليون عشرات المطاعم الصغيرة خلال العامين الأخيرين، قال شاب يبيع خبز «الأريبا»: "لا يهمني من يرأس ميركوسور، يهمني أن تستطيع أمي في ماراكايبو شراء الدواء، وأن أستطيع أنا تجديد جواز سفري".

ويرى محللون أن التحول في موقف التكتل يعكس صعود حكومات يمين الوسط في الأرجنتين والبرازيل، بعد وصول ماوريسيو ماكري إلى السلطة وعزل الرئيسة ديلما روسيف، في حين فقدت كاراكاس حلفاءها التقليديين في المنطقة.""",
        [
            G(
                "sanctions.threatened",
                "occurred",
                [
                    "Mercosur",
                    "Argentina",
                    "Brazil",
                    "Paraguay",
                    "Uruguay",
                    "José Serra",
                    "Susana Malcorra",
                ],
                ["Venezuela"],
            ),
            # Venezuela's joining "عام 2012",
            G("alliance.joined", "historical", ["Venezuela"], ["Mercosur"], core=False),
            # the democratic clause, "مستبعدا ... اللجوء إلى «بند الديمقراطية»",
            G(
                "sanctions.imposed",
                "negated",
                ["Mercosur", "Uruguay", "Rodolfo Nin Novoa"],
                ["Venezuela"],
                core=False,
            ),
            # Paraguay suspended "في يونيو 2012",
            G("sanctions.imposed", "historical", ["Mercosur"], ["Paraguay"], core=False),
            # and readmitted "في أغسطس 2013",
            G("sanctions.lifted", "historical", ["Mercosur"], ["Paraguay"], core=False),
            # Bolivia's protocol "عام 2015",
            G("agreement.signed", "historical", ["Bolivia", "Mercosur"], [], core=False),
            # its accession awaiting ratification,
            G("alliance.joined", "stalled", ["Bolivia"], ["Mercosur"], core=False),
            # the EU-Mercosur talks "متعثرة",
            G("agreement.signed", "stalled", ["Mercosur", _EU], [], core=False),
        ],
        not_targets=["Bolivia", "Argentina", "Brazil", "Paraguay", "Uruguay", _EU],
        known_miss=_SUSPENSION_THREATENED,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl06-khaleejonline-samarkand-northern-cyprus-observer-turkic-states-2022",
        date(2022, 11, 12),
        """«قبرص التركية» تنضم إلى منظمة الدول التركية بصفة مراقب.. ونيقوسيا تحتج

سمرقند - «الخليج أونلاين» (وكالات)

منح قادة منظمة الدول التركية، في ختام قمتهم التاسعة التي استضافتها أمس الجمعة مدينة سمرقند الأوزبكية، "جمهورية شمال قبرص التركية" صفة المراقب في المنظمة، في خطوة هي الأولى من نوعها لكيان لا تعترف به سوى تركيا.

وشارك رئيس شمال قبرص أرسين تتار في القمة بدعوة من الرئيس التركي رجب طيب أردوغان، الذي قال في كلمته إن "القبارصة الأتراك جزء لا يتجزأ من العالم التركي"، داعيا الدول الأعضاء إلى "رفع العزلة الظالمة" المفروضة على الشطر الشمالي من الجزيرة منذ عقود.

وقال تتار للصحفيين عقب الجلسة إن القرار "يوم تاريخي لشعبنا"، معربا عن أمله في أن "تصبح بلاده يوما ما عضوا كامل العضوية".

ووقع القادة في ختام القمة «إعلان سمرقند»، الذي يدعو إلى تعزيز التعاون في مجالات النقل والطاقة والتجارة، وإلى تطوير «الممر الأوسط» الذي يربط الصين بأوروبا عبر آسيا الوسطى وبحر قزوين وجنوب القوقاز، متجاوزا الأراضي الروسية.

في المقابل، دانت حكومة جمهورية قبرص القرار، ووصفته وزارة خارجيتها بأنه "انتهاك صارخ" لقرارات مجلس الأمن الدولي التي تدعو إلى عدم الاعتراف بالكيان الانفصالي، وطالبت الاتحاد الأوروبي بـ"مراجعة علاقاته" مع الدول الأعضاء في المنظمة، فيما أعرب متحدث باسم الاتحاد عن "أسفه العميق" للخطوة.

وكانت تركمانستان قد حصلت على صفة المراقب في قمة إسطنبول العام الماضي، بعد أن سبقتها المجر عام 2018، فيما أصبحت أوزبكستان عضوا كامل العضوية عام 2019، لتضم المنظمة حاليا خمس دول هي تركيا وأذربيجان وكازاخستان وقيرغيزستان وأوزبكستان.

وتنتشر في الشطر الشمالي من الجزيرة قوات تركية يقدر عددها بنحو أربعين ألف جندي منذ التدخل العسكري التركي عام 1974، الذي أعقب انقلابا دعمته أثينا بهدف ضم الجزيرة إلى اليونان، قبل أن يعلن القبارصة الأتراك دولتهم من جانب واحد عام 1983.

ولا تزال مفاوضات إعادة توحيد الجزيرة، التي انهارت في منتجع كرانس مونتانا السويسري في يوليو 2017، متعثرة، في ظل تمسك تتار وأنقرة بحل يقوم على دولتين، ورفض القبارصة اليونانيين والأمم المتحدة هذا الطرح.

وفي سوق «أراستا» القديم في نيقوسيا الشمالية، قال صاحب محل للحلويات: "نحن معزولون منذ خمسين عاما، لا رحلات مباشرة ولا فرق رياضية تستطيع اللعب في الخارج، اليوم على الأقل صار لنا مقعد في مكان ما، حتى لو كان مقعد مراقب".

ويرى محللون أن الخطوة تعكس ثقل أنقرة داخل المنظمة، لكن الدول الأعضاء في آسيا الوسطى تحرص على عدم الاعتراف بجمهورية شمال قبرص التركية، حفاظا على علاقاتها مع الاتحاد الأوروبي، الذي يعد من أكبر المستثمرين في المنطقة، ومع جمهورية قبرص العضو فيه.""",
        [
            G("alliance.joined", "occurred", ["Northern Cyprus", "Ersin Tatar"], [_OTS]),
            # "ووقع القادة في ختام القمة «إعلان سمرقند»",
            G(
                "agreement.signed",
                "occurred",
                [
                    _OTS,
                    "Uzbekistan",
                    "Turkey",
                    "Azerbaijan",
                    "Kazakhstan",
                    "Kyrgyzstan",
                    "Recep Tayyip Erdoğan",
                ],
                [],
            ),
            # Turkmenistan "في قمة إسطنبول العام الماضي",
            G("alliance.joined", "historical", ["Turkmenistan"], [_OTS], core=False),
            # Hungary "عام 2018",
            G("alliance.joined", "historical", ["Hungary"], [_OTS], core=False),
            # Uzbekistan "عام 2019",
            G("alliance.joined", "historical", ["Uzbekistan"], [_OTS], core=False),
            # Turkish troops "منذ التدخل العسكري التركي عام 1974",
            G("military.presence", "historical", ["Turkey"], ["Northern Cyprus"], core=False),
            # the reunification talks "متعثرة",
            G("agreement.signed", "stalled", ["Cyprus", "Northern Cyprus"], [], core=False),
        ],
        not_targets=["Cyprus", "Greece", _EU, "Russia", "China"],
        known_miss=_SUMMIT_SIGNERS,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl07-omandaily-athens-greece-and-turkey-sign-athens-declaration-2023",
        date(2023, 12, 8),
        """اليونان وتركيا توقعان «إعلان أثينا» لحسن الجوار.. وخلافات بحر إيجه معلقة

أثينا - «عُمان» (وكالات)

وقع رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس والرئيس التركي رجب طيب أردوغان، أمس الخميس في أثينا، «إعلان أثينا بشأن العلاقات الودية وحسن الجوار»، الذي يتعهد فيه البلدان بالامتناع عن أي تصريحات أو أفعال "تعرض السلام والاستقرار في المنطقة للخطر"، وبحل خلافاتهما بالحوار ووفق القانون الدولي.

وجاء التوقيع خلال الاجتماع الخامس لمجلس التعاون الرفيع المستوى بين البلدين، وهو الأول منذ عام 2016، ووقع الوزراء المرافقون على هامشه خمس عشرة اتفاقية ومذكرة تفاهم في مجالات التجارة والتعليم والطاقة والسياحة والحماية المدنية، كما اتفق الجانبان على رفع حجم التبادل التجاري إلى عشرة مليارات دولار سنويا.

وقال ميتسوتاكيس في مؤتمر صحفي مشترك إن البلدين "يبحران اليوم في مياه هادئة"، وإن "الخلاف الجوهري الوحيد"، أي ترسيم الجرف القاري والمناطق الاقتصادية الخالصة في بحر إيجه وشرق المتوسط، "يمكن أن يحال يوما إلى محكمة العدل الدولية في لاهاي"، فيما قال أردوغان: "لا توجد مشكلة بيننا لا يمكن حلها".

ولم يتوصل الجانبان إلى أي اتفاق بشأن ترسيم الحدود البحرية، إذ تمسكت أنقرة بموقفها القائل إن الجزر اليونانية القريبة من سواحلها لا يحق لها جرف قاري كامل، في حين رفضت أثينا إدراج قضايا أخرى، مثل تجريد جزر شرق إيجه من السلاح، على جدول المفاوضات.

وكانت المحادثات الاستكشافية بين البلدين، التي انطلقت عام 2002 وعقدت أكثر من ستين جولة، قد توقفت مرارا، ولا تزال متعثرة منذ استئنافها مطلع عام 2021.

وبلغ التوتر بين الجارتين العضوين في حلف شمال الأطلسي ذروته صيف عام 2020، حين أرسلت تركيا سفينة المسح الزلزالي «عروج ريس» ترافقها سفن حربية إلى مياه تعتبرها اليونان جزءا من جرفها القاري، ولوح الاتحاد الأوروبي حينها بفرض عقوبات على أنقرة إذا واصلت أنشطة التنقيب.

وجاء ذلك بعد أن وقعت اليونان ومصر في أغسطس من العام نفسه اتفاقا لترسيم حدودهما البحرية، ردا على مذكرة التفاهم البحرية التي وقعتها أنقرة مع حكومة الوفاق الوطني الليبية في نوفمبر 2019.

وتشمل الاتفاقات الجديدة برنامجا يتيح للمواطنين الأتراك الحصول على تأشيرات سريعة عند الوصول إلى عشر جزر يونانية في بحر إيجه اعتبارا من أبريل المقبل، وهو ما رحب به أصحاب الفنادق والمطاعم في الجزر القريبة من الساحل التركي.

وفي ميناء ميتيليني بجزيرة ليسبوس، قال صاحب مطعم للمأكولات البحرية: "السياح الأتراك كانوا يأتون بالقوارب لقضاء يوم واحد ويعودون، نحن والأتراك نطبخ الأكل نفسه ونغني الأغاني نفسها، والسياسيون وحدهم كانوا يتشاجرون".

ويرى محللون أن التقارب، الذي بدأ بعد الزلزال المدمر الذي ضرب جنوب تركيا في فبراير الماضي وسارعت اليونان إلى إرسال فرق إنقاذ خلاله، يبقى هشا ما دامت قضايا السيادة وقبرص من دون حل.""",
        [
            G(
                "agreement.signed",
                "occurred",
                ["Greece", "Turkey", "Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"],
                [],
            ),
            # the High-Level Cooperation Council, "وهو الأول منذ عام 2016",
            G("relations.restored", "occurred", ["Greece", "Turkey"], [], core=False),
            # "ولم يتوصل الجانبان إلى أي اتفاق بشأن ترسيم الحدود البحرية",
            G("agreement.signed", "negated", ["Greece", "Turkey"], [], core=False),
            # the exploratory talks "متعثرة",
            G("agreement.signed", "stalled", ["Greece", "Turkey"], [], core=False),
            # the Oruç Reis and its warships "صيف عام 2020",
            G("military.presence", "historical", ["Turkey"], [], core=False),
            # the EU that "لوح ... حينها بفرض عقوبات على أنقرة",
            G("sanctions.threatened", "historical", [_EU], ["Turkey"], core=False),
            # Greece and Egypt "في أغسطس من العام نفسه",
            G("agreement.signed", "historical", ["Greece", "Egypt"], [], core=False),
            # Turkey and the GNA "في نوفمبر 2019",
            G(
                "agreement.signed",
                "historical",
                ["Turkey", "Government of National Accord", "Libya"],
                [],
                core=False,
            ),
        ],
        not_targets=["Cyprus", "Egypt", "Libya", _EU],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl08-alakhbar-ouagadougou-burkina-faso-restores-ties-with-china-2018",
        date(2018, 5, 27),
        """بوركينا فاسو تستأنف علاقاتها مع الصين بعد يومين من قطعها مع تايوان

واغادوغو - «الأخبار» (وكالات)

استأنفت الصين وبوركينا فاسو، أمس السبت، علاقاتهما الدبلوماسية المقطوعة منذ أكثر من أربعة وعشرين عاما، بتوقيع وزير الخارجية الصيني وانغ يي ونظيره البوركيني ألفا باري في بكين بيانا مشتركا بهذا الشأن، بعد يومين فقط من إعلان واغادوغو قطع علاقاتها مع تايوان.

وقال وانغ يي، خلال مراسم التوقيع، إن بوركينا فاسو "عادت إلى الطريق الصحيح"، مضيفا أن "مبدأ الصين الواحدة توافق دولي لا يمكن تحديه"، فيما أكد باري أن بلاده "اتخذت قرارها السيادي بعد تفكير طويل، ومن أجل مصلحة شعبها".

ومن المقرر أن تفتح الصين سفارتها في واغادوغو خلال الأسابيع المقبلة، على أن تفتح بوركينا فاسو بدورها سفارة في بكين، كما يتوقع أن يشارك الرئيس روك مارك كريستيان كابوري في قمة منتدى التعاون الصيني الأفريقي المقررة في بكين مطلع سبتمبر المقبل.

وكانت تايوان قد أعلنت، الخميس، إنهاء علاقاتها مع بوركينا فاسو، وقال وزير خارجيتها جوزيف وو إن بلاده "لن تدخل في منافسة دبلوماسية بالدولارات مع الصين"، متهما بكين بممارسة "ضغوط متواصلة" لعزل الجزيرة دوليا، بعد أن أعلنت جمهورية الدومينيكان في الأول من مايو الجاري إقامة علاقات دبلوماسية مع بكين.

وبذلك لم يعد لتايوان سوى حليف واحد في القارة الأفريقية هو مملكة إسواتيني، التي أكدت حكومتها أنها "لا تنوي" قطع علاقاتها مع تايبيه أو إقامة علاقات مع الصين، مشيرة إلى أن علاقتها بالجزيرة "تاريخية ومتينة".

وكانت بوركينا فاسو قد اعترفت بجمهورية الصين الشعبية عام 1973، قبل أن تقيم علاقات مع تايوان عام 1994 في عهد الرئيس الأسبق بليز كومباوري، ما دفع بكين إلى قطع علاقاتها معها.

وفي السنوات الأخيرة، استعادت بكين علاقاتها مع غامبيا عام 2016 ثم مع ساو تومي وبرينسيب في ديسمبر من العام نفسه، فيما نقلت بنما اعترافها من تايبيه إلى بكين في يونيو 2017.

وتعد الصين أكبر شريك تجاري لأفريقيا، وقد موّلت خلال العقدين الماضيين مشاريع طرق وسدود وملاعب في معظم دول القارة، فيما كانت تايوان تمول في بوركينا فاسو مشاريع زراعية وصحية، أبرزها مستشفى في واغادوغو ومزارع أرز في غرب البلاد، أعلنت تايبيه تعليق العمل فيها.

وفي سوق «رود ووكو» الكبير وسط واغادوغو، قال تاجر يبيع الهواتف والأجهزة الكهربائية الصينية: "كل بضاعتي تأتي من الصين منذ سنوات، كنا نسافر إلى غوانغجو عبر أكرا ولومي للحصول على التأشيرة، واليوم أتمنى أن تصبح الأمور أسهل".

ويرى محللون أن قرار واغادوغو تحكمه اعتبارات اقتصادية بالأساس، في ظل حاجة البلاد إلى الاستثمارات والبنية التحتية، وتصاعد الهجمات المسلحة في الشمال والشرق، التي تستنزف موازنة الدولة.""",
        [
            G(
                "relations.restored",
                "occurred",
                ["Burkina Faso", "China", "Wang Yi", "Alpha Barry"],
                [],
            ),
            # the joint communiqué, "بتوقيع ... بيانا مشتركا",
            G("agreement.signed", "occurred", ["Burkina Faso", "China"], [], core=False),
            # the embassies, "من المقرر أن تفتح الصين سفارتها في واغادوغو",
            G("relations.restored", "planned", ["China", "Burkina Faso"], [], core=False),
            # the Dominican Republic "في الأول من مايو الجاري",
            G("relations.restored", "historical", ["Dominican Republic"], ["China"], core=False),
            # Eswatini that "لا تنوي ... إقامة علاقات مع الصين",
            G("relations.restored", "negated", ["Eswatini"], ["China"], core=False),
            # Burkina Faso and Beijing "عام 1973", and Taipei "عام 1994",
            G("relations.restored", "historical", ["Burkina Faso"], ["China"], core=False),
            G("relations.restored", "historical", ["Burkina Faso"], ["Taiwan"], core=False),
            # the Gambia "عام 2016", São Tomé "في ديسمبر من العام نفسه", Panama "في يونيو 2017",
            G("relations.restored", "historical", ["China"], ["The Gambia"], core=False),
            G("relations.restored", "historical", ["China"], ["São Tomé and Príncipe"], core=False),
            G("relations.restored", "historical", ["Panama"], ["China"], core=False),
        ],
        not_targets=["Taiwan", "Dominican Republic", "Eswatini", "Ghana", "Togo"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl09-dw-oirschot-dutch-brigade-integrated-into-german-armoured-division-2016",
        date(2016, 3, 18),
        """هولندا تضع لواءها الآلي تحت قيادة فرقة ألمانية.. وكتيبة دبابات ألمانية تلحق بالهولنديين

أويرسخوت (هولندا) - «دويتشه فيله»

دمجت هولندا، أمس الخميس، لواءها الآلي الثالث والأربعين، الذي يضم نحو ألفين وثلاثمئة عسكري ويعد أكبر ألويتها القتالية، في الفرقة المدرعة الأولى التابعة للجيش الألماني، خلال مراسم عسكرية أقيمت في قاعدة أويرسخوت جنوبي البلاد، بحضور وزيرة الدفاع الألمانية أورسولا فون دير لاين ونظيرتها الهولندية جانين هينيس بلاسخارت.

وبموجب الاتفاق، يخضع اللواء، ومقره بلدة هافلته شمال شرقي هولندا، لقيادة الفرقة الألمانية في مدينة أولدنبورغ في التدريب والتخطيط العملياتي، مع بقاء قرار إرسال جنوده إلى أي مهمة قتالية بيد البرلمان الهولندي.

وفي المقابل، ستلحق باللواء الهولندي كتيبة الدبابات الألمانية 414، التي يجري تشكيلها في بلدة بيرغن بولاية سكسونيا السفلى، وستضم نحو مئة جندي هولندي إلى جانب الجنود الألمان، على أن تكتمل جاهزيتها بحلول عام 2019، بعد أن كانت هولندا قد باعت آخر دباباتها من طراز «ليوبارد 2» عام 2011 في إطار خفض الإنفاق العسكري.

وقالت فون دير لاين في كلمتها إن الخطوة "نموذج لما يمكن أن يكون عليه التعاون الدفاعي الأوروبي"، مضيفة أن "أوروبا لا تحتاج إلى مزيد من الجيوش الصغيرة المتفرقة، بل إلى قدرات مشتركة"، أما هينيس بلاسخارت فقالت إن بلادها "لا تتخلى عن سيادتها، بل تضاعف قدرتها".

ونفت الوزيرتان أن يكون الدمج خطوة نحو إنشاء "جيش أوروبي موحد"، وهي فكرة طرحها رئيس المفوضية الأوروبية جان كلود يونكر العام الماضي، ولقيت معارضة من بريطانيا ودول أخرى في الاتحاد.

وكان الجيشان قد خطوا الخطوة الأولى في يونيو 2014، حين ألحق اللواء الهولندي الحادي عشر المحمول جوا بفرقة القوات السريعة الألمانية، فيما يعود التعاون بينهما إلى عام 1995، حين شكل البلدان الفيلق الألماني الهولندي الأول، ومقره مدينة مونستر.

ويأتي الدمج في وقت يعيد فيه حلف شمال الأطلسي النظر في انتشاره على جناحه الشرقي منذ ضم روسيا شبه جزيرة القرم عام 2014، ويتوقع أن يقر قادته في قمة وارسو في يوليو المقبل نشر كتائب متعددة الجنسيات في بولندا ودول البلطيق الثلاث بشكل دوري.

وفي مقهى صغير قرب بوابة القاعدة، قال صاحبه، وهو عسكري متقاعد: "خدمت ثلاثين عاما ولم أتخيل أن يأتي يوم يتلقى فيه جنودنا الأوامر من جنرال ألماني، لكن الشباب هنا يقولون إن الألمان يملكون الدبابات ونحن نملك الجنود، فلماذا لا نعمل معا؟".

ويرى محللون أن التجربة الهولندية الألمانية قد تتحول إلى نموذج لدول أوروبية صغيرة تواجه صعوبة في تمويل جيوش متكاملة، فيما يخشى منتقدون في لاهاي أن تفقد بلادهم استقلالية قرارها العسكري على المدى البعيد.""",
        [
            G(
                "forces.integrated",
                "occurred",
                [
                    "Netherlands",
                    "Germany",
                    "Bundeswehr",
                    "1st Panzer Division",
                    "Ursula von der Leyen",
                    "Jeanine Hennis-Plasschaert",
                ],
                ["43rd Mechanised Brigade"],
            ),
            # "ستلحق باللواء الهولندي كتيبة الدبابات الألمانية 414",
            G(
                "forces.integrated",
                "planned",
                ["Netherlands", "Germany", "Bundeswehr"],
                ["414th Tank Battalion"],
            ),
            # "ونفت الوزيرتان أن يكون الدمج خطوة نحو إنشاء «جيش أوروبي موحد»",
            G("forces.integrated", "negated", ["Germany", "Netherlands"], [], core=False),
            # the airmobile brigade "في يونيو 2014",
            G(
                "forces.integrated",
                "historical",
                ["Netherlands", "Germany"],
                ["11th Airmobile Brigade"],
                core=False,
            ),
            # the corps "عام 1995",
            G(
                "forces.integrated",
                "historical",
                ["Germany", "Netherlands"],
                ["1 German-Netherlands Corps"],
                core=False,
            ),
            # the battalions NATO's leaders are expected to approve "في قمة وارسو في يوليو المقبل",
            G(
                "military.presence",
                "planned",
                ["NATO"],
                ["Poland", "Estonia", "Latvia", "Lithuania"],
                core=False,
            ),
        ],
        not_targets=["Russia", "United Kingdom", _EU],
        known_miss=_BRIGADE_INTO_DIVISION,
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl10-elbilad-tizi-ouzou-football-page-2024",
        date(2024, 10, 22),
        """«الكناري» يستأنف التدريبات تحسبا لمواجهة الوفاق.. والرابطة تعاقب الشبيبة بمباراة دون جمهور

تيزي وزو - «البلاد»

فرضت لجنة الانضباط التابعة للرابطة المحترفة لكرة القدم عقوبات على شبيبة القبائل، أبرزها إجراء مباراة واحدة دون جمهور وغرامة مالية قدرها مئتا ألف دينار، بسبب استعمال أنصاره الألعاب النارية ورمي المقذوفات على أرضية ملعب حسين آيت أحمد خلال مواجهة الجولة السادسة من الرابطة المحترفة الأولى، كما قررت إيقاف لاعب وسط الفريق أربع مباريات بعد طرده بسبب الاعتداء على حكم المباراة.

وهددت اللجنة، في بيان نشرته على موقع الرابطة، بتشديد العقوبات في حال تكرار أعمال الشغب، وقد تصل إلى نقل مباريات الفريق إلى ملعب آخر خارج الولاية طيلة ما تبقى من مرحلة الذهاب.

وفي المقابل، رفعت اللجنة العقوبة المفروضة على حارس المرمى الاحتياطي، الذي كان موقوفا منذ الموسم الماضي بسبب تصريحات مسيئة للتحكيم، بعد أن قبلت الطعن الذي تقدمت به إدارة النادي، ليعود إلى قائمة الفريق ابتداء من الجولة المقبلة.

واستأنف لاعبو «الكناري» تدريباتهم صباح أمس بملعب أول نوفمبر 1954 استعدادا لمواجهة وفاق سطيف يوم الجمعة المقبل، تحت إشراف المدرب البلجيكي الذي وقع عقدا مع النادي الصيف الماضي لموسمين، في غياب ثلاثة لاعبين مصابين.

وعلى صعيد الانتدابات، انضم المهاجم الكاميروني إلى الفريق قادما من الدوري التونسي بعقد يمتد موسمين، فيما مددت الإدارة عقد قائد الفريق إلى غاية جوان 2027، ووقعت اتفاقية رعاية مع متعامل للهاتف النقال لمدة ثلاث سنوات.

وكانت الرابطة قد علقت منافسات البطولة أسبوعا كاملا بسبب ارتباط المنتخب الوطني بمباراتين أمام منتخب توغو في تصفيات كأس أمم أفريقيا، قبل أن تستأنف نهاية الأسبوع الماضي بلقاء الوافد الجديد الذي انضم إلى الرابطة الأولى هذا الموسم.

وقرر مجلس الإدارة دمج فريقي الأواسط وأقل من 21 سنة في فريق رديف واحد، بهدف تقليص النفقات وتسريع صعود المواهب الشابة إلى الفريق الأول، على أن يشرف عليه مدرب من أبناء النادي.

ونشرت مصالح الأمن الولائي تعزيزات إضافية في محيط الملعب وعلى الطرق المؤدية إليه، تحسبا لتجمع الأنصار رغم قرار إجراء المباراة المقبلة للفريق دون جمهور.

وهددت لجنة الأنصار بمقاطعة المباريات المقبلة إذا لم تراجع الإدارة أسعار الاشتراكات السنوية، معتبرة أنها "لا تراعي القدرة الشرائية للعائلات".

وفي مقهى شعبي بوسط مدينة تيزي وزو، قال مناصر ستيني: "الجمهور يحب الفريق بزاف، بصح الإدارة ما فهمتش بلي القبايلي يحب يشوف الكناري يربح في الميدان، ماشي يسمع الوعود في الجرائد".

ويحتل فريق شبيبة القبائل، صاحب أربعة عشر لقبا للبطولة، المركز الرابع في جدول الترتيب برصيد أحد عشر نقطة، بفارق ثلاث نقاط عن المتصدر، ويأمل أنصاره في أن يستعيد الفريق أمجاده القارية بعد سنوات من التذبذب.""",
        [],
        not_targets=["Algeria", "Cameroon", "Belgium", "Tunisia", "Togo"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl11-assarih-kairouan-local-page-2019",
        date(2019, 11, 4),
        """القيروان تستعد لاحتفالات المولد النبوي.. وحملات على المخابز ومحلات «المقروض»

القيروان - «الصريح»

فرضت فرق المراقبة الاقتصادية بولاية القيروان خطايا مالية على خمسة وثلاثين مخبزا ومحلا لبيع الحلويات و«المقروض»، خلال حملات نفذتها الأسبوع الماضي لمراقبة الأسعار وجودة المواد المستعملة، وحجزت كميات من الفارينة المدعمة والسميد في مدينة القيروان ومعتمديتي حفوز والسبيخة.

وقررت الولاية تعليق رخصة مخبزين في حي المنشية لمدة شهر، فيما هدد الوالي، خلال اجتماع المجلس الجهوي، بسحب رخص المحلات التي تتكرر مخالفاتها وبغلقها نهائيا طيلة فترة الاحتفالات، مؤكدا أن "قوت المواطن خط أحمر".

ومددت بلدية القيروان آجال خلاص المعاليم البلدية على العقارات المبنية إلى موفى ديسمبر المقبل دون خطايا تأخير، استجابة لطلبات المواطنين، بعد أن تجاوز عدد المتخلفين عن الدفع ثمانية آلاف.

وعلقت الشركة الوطنية لاستغلال وتوزيع المياه التزويد بالماء الصالح للشرب عن عدد من أحياء المدينة العتيقة يوما كاملا لإصلاح قناة رئيسية، قبل أن تستأنف الضخ مساء السبت.

ووقعت البلدية اتفاقية توأمة وتعاون مع بلدية فاس المغربية، تشمل تبادل الخبرات في صيانة المدن العتيقة وتنشيط السياحة الثقافية، فيما انضمت القيروان إلى شبكة متوسطية للمدن التاريخية تضم أكثر من أربعين مدينة.

وقررت المندوبية الجهوية للتربية دمج مدرستين ابتدائيتين في معتمدية الوسلاتية، بسبب تراجع عدد التلاميذ وتهالك أحد المبنيين، على أن ينقل المعلمون إلى مدارس مجاورة.

ونشرت مصالح الأمن الوطني والشرطة البلدية دوريات إضافية في محيط جامع عقبة بن نافع والأسواق العتيقة، لتأمين الاحتفالات وتنظيم حركة المرور، التي يتوقع أن تجذب أكثر من مليون زائر من مختلف الولايات ومن الجزائر وليبيا.

ورفعت فرق النظافة أكثر من مئتي طن من الفضلات من محيط السوق الأسبوعية، وأعادت البلدية فتح حديقة «الأغالبة» بعد أشغال تهيئة دامت خمسة أشهر، كما استؤنفت رحلات الحافلات بين القيروان والعاصمة بعد انتهاء إضراب أعوان الشركة الجهوية للنقل.

وقال رئيس البلدية لـ«الصريح» إن المدينة "تعمل على أكثر من جبهة في وقت واحد"، داعيا المواطنين إلى "الإبلاغ عن أي تجاوز عبر الرقم الأخضر"، ومشيرا إلى أن أغلب الشكاوى تتعلق بنقص الخبز المدعم وتراكم الفضلات في الأحياء الشعبية.

وفي سوق الربع بالمدينة العتيقة، قال بائع «مقروض» سبعيني وهو يرص الحلويات في الصينية: "المقروض القيرواني ما يتعملش بالعجلة، السميد والتمر والزيت، والناس تجي من كل بلاصة، المولد عندنا عيد كبير".

وتعاني شوارع القيروان، التي تصنف مدينتها العتيقة ضمن التراث العالمي، من ازدحام متزايد في المواسم الدينية، في ظل محدودية مآوي السيارات وكثافة حركة سيارات الأجرة الجماعية بين المدينة والمعتمديات المجاورة.""",
        [],
        not_targets=["Tunisia", "Morocco", "Algeria", "Libya"],
    ),
    # --------------------------------------------------------------------------------------------
    Article(
        "ar-hl12-alrai-aqaba-business-page-2024",
        date(2024, 5, 16),
        """العقبة: اتفاقية لتشغيل رصيف جديد.. واستئناف الرحلات البحرية إلى نويبع

العقبة - «الرأي»

وقعت شركة تطوير العقبة، أمس الأربعاء، اتفاقية مع شركة ملاحة إماراتية لتشغيل رصيف متعدد الأغراض في الميناء الجنوبي مدة خمسة وعشرين عاما، باستثمارات تقدر بنحو مئة وعشرين مليون دينار، على أن تبدأ أعمال التوسعة مطلع العام المقبل.

وقال الرئيس التنفيذي للشركة إن الاتفاقية "ستعزز مكانة العقبة بوابة للتجارة الإقليمية"، مشيرا إلى أن الرصيف سيخدم حركة الحاويات والبضائع العامة المتجهة إلى العراق والسعودية، وسيوفر نحو ثلاثمئة فرصة عمل مباشرة.

واستأنفت شركة الجسر العربي للملاحة رحلاتها البحرية بين العقبة وميناء نويبع المصري، بعد توقف دام ثلاثة أسابيع لأعمال صيانة دورية لإحدى العبارتين، وسط إقبال من العمالة المصرية العائدة إلى بلادها.

وفرضت سلطة منطقة العقبة الاقتصادية الخاصة غرامات مالية على اثنتي عشرة منشأة سياحية وتجارية لمخالفتها شروط الترخيص والسلامة العامة، وقررت تعليق رخصة فندق صغير في وسط المدينة لمدة شهر، وهددت بإغلاق المنشآت التي لا تصوب أوضاعها خلال ثلاثين يوما.

وفي بورصة عمان، علقت هيئة الأوراق المالية التداول على سهم شركة مدرجة للنقل البحري، بانتظار إفصاح عن صفقة دمجها مع شركة لوجستية شقيقة، قبل أن يستأنف التداول عليه صباح اليوم، بعد أن أقرت الهيئتان العامتان للشركتين دمجهما في كيان واحد برأسمال يبلغ ستين مليون دينار.

ورفعت شركة مياه العقبة تعرفة المياه للقطاع الفندقي بنسبة ثلاثة في المئة، فيما مددت السلطة العمل بالإعفاءات الجمركية على مواد البناء للمشاريع السكنية حتى نهاية العام الجاري.

وانضمت شركة أردنية ناشئة في مجال الخدمات اللوجستية إلى برنامج مسرعة أعمال إقليمي يدعمه صندوق استثمار خليجي، كما انضمت مجموعة موانئ العقبة إلى شبكة إقليمية للموانئ الخضراء تهدف إلى خفض الانبعاثات في قطاع النقل البحري.

ونشرت شركة العقبة لإدارة وتشغيل الموانئ فرق صيانة إضافية في الرصيف الرئيسي لتسريع تفريغ شحنات القمح والأعلاف، بعد ارتفاع ملحوظ في حركة السفن عبر الميناء في ظل اضطراب الملاحة في البحر الأحمر.

وأغلق المؤشر العام لبورصة عمان على ارتفاع طفيف بنسبة 0.3 في المئة عند مستوى 2430 نقطة، بدعم من أسهم قطاعي النقل والخدمات المالية، وبلغ حجم التداول نحو خمسة ملايين دينار.

وفي السوق القديم قرب ساحة الثورة العربية الكبرى، قال بائع بهارات خمسيني: "الحركة خفيفة هالأيام، السياح قلوا والبواخر السياحية ما عادت تيجي مثل قبل، بس عمال الميناء والشوفيرية ماسكين السوق".

ويتوقع محللون أن تواصل حركة الميناء نموها خلال الأشهر المقبلة، مدعومة بتحول جزء من تجارة الترانزيت إلى العقبة، غير أنهم يحذرون من أثر ارتفاع كلف التأمين والشحن على أسعار السلع في السوق المحلية.""",
        [],
        not_targets=["United Arab Emirates", "Egypt", "Iraq", "Saudi Arabia", "Jordan"],
    ),
]


RULES: list[object] = [
    pytest.param(
        "وهي الحالة التي تستند إليها العقوبات الأمريكية على أركان النظام السابق وتجميد أصول الدولة"
        " الليبية في الولايات المتحدة.",
        date(2022, 2, 16),
        [],
        [],
        id="measures-an-emergency-holds-up",
    ),
    pytest.param(
        "وكان المبعوث الأمريكي قد حذر، في تصريحات سابقة، من أن واشنطن لن تتردد في استخدام العقوبات"
        " ضد من يعرقلون الانتخابات.",
        date(2022, 2, 16),
        [],
        [],
        id="a-warning-of-earlier-remarks",
    ),
    pytest.param(
        "أعلنت بوركينا فاسو استئناف علاقاتها مع الصين بعد يومين من قطع علاقاتها مع تايوان.",
        date(2018, 5, 27),
        [("relations.restored", "occurred", "target:China")],
        ["Taiwan"],
        id="ties-cut-with-another-are-no-counterpart",
    ),
    pytest.param(
        "ستستخدم الهند قاعدة عسكرية في موريشيوس.",
        date(2024, 2, 29),
        [("military.presence", "planned", "India")],
        [],
        id="a-base-abroad-to-be-used",
    ),
    pytest.param(
        "ستستخدم مصر قاعدة محمد نجيب العسكرية في تدريب قواتها.",
        date(2024, 2, 29),
        [],
        [],
        id="its-own-base-to-be-used",
    ),
    pytest.param(
        "فرضت بريطانيا عقوبات على ستة أفراد متهمين بمساعدة روسيا في الالتفاف على العقوبات.",
        date(2023, 6, 10),
        [("sanctions.imposed", "occurred", "United Kingdom")],
        ["Russia"],
        id="whom-the-targets-helped",
    ),
    pytest.param(
        "وقعت حركة حماس وحركة فتح في بكين إعلانا لإنهاء الانقسام.",
        date(2024, 7, 23),
        [("agreement.signed", "occurred", "Hamas")],
        [],
        id="two-movements-sign-for-unity",
    ),
    pytest.param(
        "فرضت بروكسل عقوبات جديدة على إيران.",
        date(2023, 6, 10),
        [("sanctions.imposed", "occurred", "European Union")],
        [],
        id="brussels-for-the-union",
    ),
]


@pytest.mark.parametrize(("text", "published", "alerts", "not_targets"), RULES)
def test_heldout59_rule(
    text: str,
    published: date,
    alerts: list[tuple[str, str, str]],
    not_targets: list[str],
) -> None:
    check_rule(text, published, alerts, not_targets)


@pytest.mark.parametrize("article", params(ARTICLES, "known_miss"))
def test_heldout59_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.parametrize("article", params(ARTICLES, "known_alarm"))
def test_heldout59_no_wrong_alert(article: Article) -> None:
    check_no_wrong_alert(article)


def test_heldout59_set_shape() -> None:
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        words=(300, 600),
        with_alerts=(9, 9),
        alertable_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, words=True))
