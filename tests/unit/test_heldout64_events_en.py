"""Sixty-fourth English held-out event set: twelve full-length articles (300-600 words) written for
this test, leaning on forms the earlier sets use less (a Treasury press release with its
"Sanctions Implications" boilerplate, a foreign ministry statement as published, an email
newsletter, a numbered sanctions briefing, a live blog newest entry first, a "what we know"
explainer, a wire, a regional morning briefing, a ministry of defence press release), all of
2016-2025: the US Treasury sanctioning Bangladesh's Rapid Action Battalion and six officers, with
State Department visa bans (2021); the Belarusian foreign ministry on the US lifting its sanctions
on Belavia (2025); a Mexico City banking newsletter on FinCEN putting off for 45 days its orders
against CIBanco, Intercam and Vector (2025); an EU sanctions briefing on the Council prolonging its
Russia hybrid-threats regime for a year, the nineteenth package stalled (2025); a live blog of the
ECOWAS summit in Accra giving the juntas of Burkina Faso and Guinea until 25 April or face
sanctions (2022); an explainer on Iran joining the Shanghai Cooperation Organisation, Belarus to
follow (2023); a wire on the Central African Republic's peace deal with fourteen armed groups,
their fighters to be integrated into mixed units with the army (2019); a Horn of Africa briefing
on Djibouti and Eritrea restoring relations (2018); a Ministry of Defence press release on 800
British troops for Estonia, Typhoons for Romania and a company for Poland (2016); and near misses
(a Scottish transfer deadline-day live blog where clubs "signed", a player "joined", a contract is
"extended", the SFA "lifted the suspension it imposed", a governing body "imposed sanctions" and a
chairman "threatened" to sue, a striker is "integrated" and "deployed", relations with a fans'
trust "restored" and the trust "joined an alliance"; a York museums newsletter with an altarpiece
"restored", an agreement "signed" with a Kyoto museum, an "alliance" of museums "joined", a loan
"extended", works "suspended", a press "embargo", a busking "ban imposed", "sanctions" on tenants,
ticketing "integrated" and volunteers "deployed"; a Copperbelt miner's trading update with power
"restored", operations "suspended", an offtake contract "extended", the Global Battery Alliance
"joined", drones "deployed", a regulator's "sanctions" on a contractor, a strike "threatened" and
a hiring freeze "lifted").

Nine articles carry core alertable events of all ten types; core events occurred (ten) or planned
(five: Belarus's accession, the integration of the CAR fighters, the British troops for Estonia,
Romania and Poland), beside historical, negated and stalled background.

Decisions of the annotation: OFAC that "designated Bangladesh's Rapid Action Battalion ... and six
of its current and former officers" imposes (core, with the Treasury and the US; RAB and the
officers, not in the knowledge base, by name) and the State Department "designating Benazir Ahmed
and Miftah Uddin Ahmed" under 7031(c) imposes too (core: a visa ban announced with the action);
the boilerplate on removing persons from the list is no event. The United States that "has lifted
its sanctions on the national air carrier Belavia" lifts (core, with John Coale); the Treasury's
measures "introduced ... in August 2023" and the EU's airspace closure "from 2021" are historical
impositions, "The European Union has not lifted these restrictions" and "Washington has not lifted
the sanctions imposed on Belaruskali" negated liftings; the pardon of 52 people and Minsk's call
for "the restoration of normal ... relations with all states" are no events. FinCEN that "pushed
back by 45 days the date on which its orders ... take effect, suspending until 4 September the ban
on transfers" suspends (core: a deferral of measures ordered is an extension of their suspension;
with the Treasury; the three firms by name); the orders "on 25 June" (fifteen days old, told as
background) a historical imposition, "It did not withdraw them" a negated lifting, the cartels
designated "In February" a historical imposition; the finance ministry's control of two banks is
no sanction. The Council that "extended by one year ... the framework for restrictive measures in
view of Russia's destabilising activities, together with the asset freezes and travel bans" extends
(core, with the EU; Russia as target); the listings "in December last year" and "in May and July"
are historical impositions, "No names were added or removed" a negated imposition and lifting, the
nineteenth package whose talks "have stalled" a stalled imposition; a court upholding a listing is
no event. ECOWAS that has given the juntas of Burkina Faso and Guinea "until 25 April ... or face
economic and financial sanctions" threatens each (core, two events); "it has not lifted the
sanctions on Mali" is a negated lifting, the Mali sanctions "imposed on 9 January" a historical
imposition, the mediation that "stalled last week" a stalled lifting and Burkina Faso's suspension
from the bloc's bodies "since 28 January" a historical imposition; Ghana, the host, is no party.
Iran that "became a full member of the Shanghai Cooperation Organisation on Tuesday" joins (core),
and Belarus, which members "expect to admit ... as the tenth member ... next year", is a planned
joining (core); India and Pakistan "admitted in 2017" a historical joining, Iran's memorandum
"signed ... in Samarkand in September 2022" a historical accord and Belarus's memorandum signed
"at this summit" an occurred one (not core: an accession step), the UN sanctions "lifted" after
2015 a historical lifting. The CAR government and the armed groups that "signed a peace agreement
in Bangui on Wednesday" sign (core, with Touadéra, the FPRC and the UPC), and "fighters of the
armed groups will be integrated into mixed special security units with soldiers of the national
army" is a planned integration (core); the Sant'Egidio deal of June 2017 a historical accord,
Russia's instructors "sent ... in early 2018" a historical presence, the Security Council's
"exemption to the arms embargo" a historical suspension and its renewal "at the end of January"
(a week old, told as background) a historical extension; Sudan (Khartoum, the talks' venue) and
Italy (Rome) are no parties. Djibouti and Eritrea that "have restored diplomatic relations"
restore (core); their agreement "earlier this month ... to normalise relations" and Eritrea's
restoration with Ethiopia "in July" are historical restorations, Qatar's peacekeepers stationed
"in 2010" a historical presence, the Security Council's sanctions "in 2009" a historical
imposition and "The council has not lifted them" a negated lifting; Saudi Arabia is no party.
Britain that "will deploy around 800 troops to Estonia next year", Typhoons "to Romania in 2017"
and "a company of around 150 soldiers to Poland" are planned presences (core, with the Ministry of
Defence and Michael Fallon); the French and Danish troops that will join the battlegroup a planned
presence (not core), the Warsaw decision "in July" to station four battalions and the RAF's Baltic
air policing "in 2014 and 2015" historical presences; Russia is no party. Nothing in the near
misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout64_events_en``.
Measured before any fix (on commit 10c42a8): P 0.750, R 0.733, F1 0.742 (recall 11/15, 9 of 12
alerts right; recall by status: occurred 7/10, planned 4/5; one false alarm on a historical event,
two unexpected alerts, one of the three near misses loud).
No annotation was changed after the run.
Missed: on the Mexico City newsletter, "FinCEN ... pushed back by 45 days the date on which its
orders against three Mexican financial institutions take effect, suspending until 4 September the
ban on transfers" gives nothing: neither "pushed back", "delayed" nor "suspended" with "orders" or
"ban on transfers" as object is read ("FinCEN suspended its sanctions on CIBanco until 4 September."
is occurred, with FinCEN and the US but no target: CIBanco is not known and has no title). A
deferral of an order's effective date is a suspension, and "orders" / "ban on transfers" by a
sanctioning agency are measures. On the live blog, "ECOWAS has given the military rulers of
Burkina Faso and Guinea until 25 April ... or face economic and financial sanctions, and it has not
lifted the sanctions on Mali" is an occurred threat with no actor and Mali as target: the "or face"
form takes no actor from the subject of "has given" ("ECOWAS has given Burkina Faso until 25 April
to present a timetable, or face sanctions." has none either), and "rulers of Burkina Faso" is taken
as an unlinked mention, so the target falls to the next clause's Mali; the communique's "if no
acceptable timetable is presented by 25 April, 'economic and financial sanctions will be imposed
immediately'" gives nothing (a quoted passive with the threatened state only in "On Burkina Faso,"
before it). On the CAR wire, "fighters of the armed groups will be integrated into mixed special
security units with soldiers of the national army" gives nothing: an integration needs a named
group or army in its sentence ("Fighters of the Sudan Liberation Movement will be integrated into
mixed units with the army." is planned), and the groups named in the paragraph before and the
state behind "the national army" are not carried over.
False alarm: on the CAR wire, "The council extended the embargo for another year at the end of
January." (published 7 February) is an occurred extension of the Security Council: a month named
without a year and a week or so old is read as the act's date in the news, though it is told as
background after the history of the Russian instructors ("... on 31 January." is historical).
Loud near miss: on the York newsletter, the deck "Restored altarpiece returns; Japanese partnership
signed; a new alliance of northern museums" is an occurred agreement of Japan: a demonym before
"partnership" in a headline fragment is taken for the state signing (a museum's partnership).
Also seen, not scored: on the Treasury release the imposition has Bangladesh as target (RAB and
its officers are not in the knowledge base) and the State Department's "is designating" is read as
planned; on the Horn briefing the Djibouti-Eritrea restoration has Ethiopia and Somalia as actors
too (from the paragraph on the ministers' visit); the Belarus statement's lifting has no Coale and
Belavia's historical imposition is not found; the EU extension has no target. None of the negated,
stalled or historical background elsewhere (the stalled nineteenth package, Mali's sanctions kept,
Belaruskali, the Security Council's Eritrea sanctions) gives an alert, and the other two near
misses are quiet. Rapid Action Battalion, Chowdhury Abdullah Al-Mamun, Khan Mohammad Azad,
Tofayel Mustafa Sorwar, Mohammad Jahangir Alam, Mohammad Anwar Latif Khan, Miftah Uddin Ahmed,
John Coale, CIBanco, Intercam Banco, Vector Casa de Bolsa, the FPRC and the UPC are not in the
knowledge base.
The articles whose core events are missed, the CAR wire's false alarm and the loud near miss are
strict xfails.

After the fixes of the same round (2026-12-05): P 0.909 R 0.867 F1 0.887 (recall 13/15, precision
10/11). Fixed, with rule sentences below: a deadline's setter opening the clause is the threat's
actor even when whom it is set for is named ("ECOWAS has given the military rulers of Burkina Faso
… or face sanctions"), and those named before "or face" are its targets over a state of a later
clause; a demonym opening a headline fragment before the accord's noun with no subject ("Japanese
partnership signed") names no party. Left (strict xfails): FinCEN's orders pushed back (a
judgement of the annotation), the CAR fighters "integrated into mixed units with the national
army" with the groups named a paragraph before, and a renewal dated "at the end of January" a week
before publication read as news (fixed later by held-out set 90's round of 2026-12-07: a month of
last month told as "at the end of January", "at the beginning of May" or "in early June" dates the
act as "in January" does, ``_month_told_as_a_time_en`` in ``rasd/events/status.py``; the strict
xfail of the Bangui wire's false alarm is removed, its core xfail stays).

The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from tests.unit.heldout_support_en import (
    Article,
    Gold,
    alert_kinds,
    alert_parties,
    check_core_events_found,
    check_no_false_alarm,
    check_set_shape,
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
EU = "European Union"
UK = "United Kingdom"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
DOS = "United States Department of State"
FINCEN = "Financial Crimes Enforcement Network"
CEU = "Council of the European Union"
ECOWAS = "Economic Community of West African States"
SCO = "Shanghai Cooperation Organisation"
UNSC = "United Nations Security Council"
CAR = "Central African Republic"
RAB = "Rapid Action Battalion"
MOD = "Ministry of Defence (United Kingdom)"
NATO = "NATO"
FPRC = "Popular Front for the Renaissance of the Central African Republic"
UPC = "Union for Peace in the Central African Republic"

ARTICLES: list[Article] = [
    Article(
        "n01-treasury-press-release-sanctions-on-bangladesh-rapid-action-battalion",
        date(2021, 12, 10),
        _p(
            "Treasury Sanctions Bangladesh's Rapid Action Battalion and Six Officers for Serious Human Rights Abuse",
            "PRESS RELEASES | U.S. DEPARTMENT OF THE TREASURY | December 10, 2021",
            "WASHINGTON - Today, on International Human Rights Day, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Bangladesh's Rapid Action Battalion (RAB), a paramilitary police unit, and six of its current and former officers pursuant to Executive Order 13818, which builds upon and implements the Global Magnitsky Human Rights Accountability Act.",
            "Non-governmental organizations allege that RAB and other Bangladeshi law enforcement are responsible for more than 600 disappearances since 2009, nearly 600 extrajudicial killings since 2018, and torture. Some reports suggest these incidents target opposition party members, journalists, and human rights activists. \"Our commitment to human rights is strong and unwavering,\" the Deputy Secretary of the Treasury said. \"Treasury will use its tools to hold accountable those who use violence and repression against their own people.\"",
            "The individuals designated today are Chowdhury Abdullah Al-Mamun, RAB's current Director General; Benazir Ahmed, its former Director General and now Inspector General of the Bangladesh Police; Khan Mohammad Azad, its Additional Director General (Operations); Tofayel Mustafa Sorwar and Mohammad Jahangir Alam, former Additional Directors General (Operations); and Mohammad Anwar Latif Khan, a former commander of RAB's unit in Cox's Bazar. OFAC assesses that RAB officers, under the command of the officials named today, carried out the extrajudicial killing of a municipal councillor in Teknaf in 2018, among other abuses.",
            "Concurrent with today's action, the Department of State is designating Benazir Ahmed and Miftah Uddin Ahmed, a former RAB commander, under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, rendering them and their immediate family members ineligible for entry into the United States.",
            "Sanctions Implications: As a result of today's action, all property and interests in property of the designated persons described above that are in the United States or in the possession or control of U.S. persons must be blocked and reported to OFAC. In addition, any entities that are owned, directly or indirectly, 50 percent or more by one or more blocked persons are also blocked. Unless authorized by a general or specific license issued by OFAC, or exempt, OFAC's regulations generally prohibit all transactions by U.S. persons or within the United States that involve any property or interests in property of designated or otherwise blocked persons.",
            "The power and integrity of OFAC sanctions derive not only from OFAC's ability to designate and add persons to the Specially Designated Nationals and Blocked Persons List, but also from its willingness to remove persons from the list consistent with the law. The ultimate goal of sanctions is not to punish, but to bring about a positive change in behavior.",
            "RAB was established in 2004 to combat domestic terrorism and organized crime and is composed of members of the police, army, navy, air force, and border guard. For identifying information on the individuals and entity designated today, click here.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, UST, OFAC), (RAB, "Chowdhury Abdullah Al-Mamun", "Benazir Ahmed", "Khan Mohammad Azad", "Tofayel Mustafa Sorwar", "Mohammad Jahangir Alam", "Mohammad Anwar Latif Khan")),
            Gold("sanctions.imposed", "occurred", (US, DOS), ("Benazir Ahmed", "Miftah Uddin Ahmed")),
        ),
    ),
    Article(
        "n02-belarus-foreign-ministry-statement-us-lifts-sanctions-on-belavia",
        date(2025, 9, 12),
        _p(
            "Statement of the Ministry of Foreign Affairs of the Republic of Belarus",
            "Minsk, 12 September 2025",
            "On 11 September 2025, the President of the Republic of Belarus, Alexander Lukashenko, received in Minsk a delegation of the United States of America headed by the Special Envoy of the President of the United States, John Coale. The parties held a substantive exchange of views on the state and prospects of Belarusian-American relations, on regional security and on humanitarian questions of mutual interest.",
            "The Ministry of Foreign Affairs notes with satisfaction that, following the meeting, the American side announced that the United States has lifted its sanctions on the national air carrier Belavia, including the restrictions on the servicing and maintenance of its aircraft and on the purchase of spare parts and components. The Ministry regards this decision as a pragmatic step in the interests of the safety of civil aviation and of ordinary passengers, who should never have been made hostages of politics.",
            "We recall that the restrictive measures against Belavia were introduced by the United States Department of the Treasury in August 2023, and that from 2021 the European Union closed its airspace and airports to Belarusian carriers. The European Union has not lifted these restrictions and, contrary to the interests of its own citizens, continues to maintain them, forcing passengers to travel by land through a small number of border crossings.",
            "The Belarusian side, acting on humanitarian grounds and in the spirit of the understandings reached, took the decision to pardon 52 persons, including citizens of foreign states. The Ministry emphasises that these decisions were taken by the Head of State in accordance with the Constitution and legislation of the Republic of Belarus and are not the subject of any bargaining.",
            "At the same time, the Ministry draws attention to the fact that a number of unilateral restrictive measures of the United States against the Belarusian economy remain in force. Washington has not lifted the sanctions imposed on Belaruskali and the potash industry, which are among the largest suppliers of fertilisers to the world market and whose products are vital for global food security. The Belarusian side is ready to continue a dialogue on these questions on the basis of equality and mutual respect, and without preconditions.",
            "The Republic of Belarus consistently advocates the restoration of normal, mutually respectful relations with all states, including the United States of America, and stands ready for constructive interaction in the areas of trade, transport, agriculture and healthcare. The Ministry expresses its appreciation to the American delegation for the professional and businesslike manner in which the talks were conducted.",
            "Information for the media: accreditation for the briefing of the official representative of the Ministry on 15 September is open until 12:00 on 14 September.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "John Coale"), ("Belavia", "Belarus")),
            Gold("sanctions.imposed", "historical", (US, UST), ("Belavia",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Belarus",), core=False),
            Gold("sanctions.lifted", "negated", (EU,), ("Belarus",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Belaruskali",), core=False),
        ),
    ),
    Article(
        "n03-mexico-city-banking-newsletter-fincen-postpones-orders-on-three-banks",
        date(2025, 7, 10),
        _p(
            "THE PESO LETTER - Thursday, 10 July 2025",
            "A weekly email on Mexican banking and markets. In this issue: FinCEN gives CIBanco, Intercam and Vector 45 more days; what the delay means for their clients; the week in numbers.",
            "Good morning. The US Treasury's Financial Crimes Enforcement Network (FinCEN) on Wednesday pushed back by 45 days the date on which its orders against three Mexican financial institutions take effect, suspending until 4 September the ban on transfers between them and American banks. CIBanco, Intercam Banco and the brokerage Vector Casa de Bolsa had been due to be cut off from the US financial system on 21 July.",
            "FinCEN said in a short notice that it was granting the extension to give the institutions and their correspondents more time to wind down relationships and move clients, and that the orders themselves stand. It did not withdraw them, and it did not say whether a further delay would follow. The agency had named the three firms on 25 June as being of \"primary money laundering concern\" in connection with illicit opioid trafficking, the first use of the powers Congress gave it last year under the FEND Off Fentanyl Act.",
            "The finance ministry, which took temporary control of the boards of CIBanco and Intercam on 26 June to protect depositors, welcomed the decision and said the three institutions were solvent. Both banks have been selling their trust businesses to other lenders in recent days; CIBanco said it had moved more than 5,000 trusts, and Intercam has found a buyer for its pension and insurance accounts.",
            "For clients the practical effect is limited. Dollar transfers through the three firms have largely stopped since late June as American correspondents closed accounts of their own accord, and several fintechs that used CIBanco for payments have moved to other banks. A Monterrey importer told us that his suppliers in Texas now insist on being paid through one of the big five lenders.",
            "The context matters. In February the State Department designated six Mexican cartels, the Sinaloa Cartel and the Jalisco New Generation Cartel among them, as foreign terrorist organisations, and bankers in Mexico City expect more actions against firms accused of moving their money. \"Everyone is checking their correspondent accounts twice,\" a compliance officer at a mid-sized bank said.",
            "The week in numbers: the peso closed Wednesday at 18.66 to the dollar, its strongest level in almost a year; the Bank of Mexico cut its benchmark rate by half a point to 8 percent on 26 June; remittances fell 4.6 percent year on year in May.",
            "That's all for this week. Reply to this email to tell us what you want us to cover next.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST, FINCEN), ("CIBanco", "Intercam Banco", "Vector Casa de Bolsa")),
            Gold("sanctions.imposed", "historical", (US, UST, FINCEN), ("CIBanco", "Intercam Banco", "Vector Casa de Bolsa"), core=False),
            Gold("sanctions.lifted", "negated", (US, FINCEN), ("CIBanco", "Intercam Banco", "Vector Casa de Bolsa"), core=False),
            Gold("sanctions.imposed", "historical", (US, DOS), ("Sinaloa Cartel", "Jalisco New Generation Cartel"), core=False),
        ),
    ),
    Article(
        "n04-brussels-sanctions-newsletter-eu-prolongs-russia-hybrid-threats-regime",
        date(2025, 10, 10),
        _p(
            "EU SANCTIONS WATCH | Weekly briefing, Friday 10 October 2025",
            "In this edition: hybrid threats regime rolled over; the nineteenth package still held up; dates for your diary.",
            "1. Hybrid threats framework prolonged. The Council of the European Union on Thursday extended by one year, until 9 October 2026, the framework for restrictive measures in view of Russia's destabilising activities, together with the asset freezes and travel bans already imposed under it. The regime, which targets people and entities behind election interference, sabotage, cyber attacks, disinformation and the instrumentalisation of migrants, now covers 47 individuals and 15 entities. No names were added or removed in this review.",
            "The framework was set up in October 2024, and the first listings came in December last year, when the Council froze the assets of sixteen people and three entities, among them officers of Russia's military intelligence service accused of attacks in Estonia and of jamming satellite signals over the Baltic. Further rounds followed in May and July. The rollover was a formality: it needs unanimity, but no member state objected.",
            "2. The nineteenth package, still waiting. Ambassadors again failed on Wednesday to agree the nineteenth package of sanctions on Russia, which the Commission proposed on 19 September. The talks have stalled over Slovakia's demand for guarantees on energy prices and over Austria's request to use frozen Russian assets to compensate one of its banks. The package would bring forward the ban on Russian liquefied natural gas to January 2027, list more tankers of the shadow fleet and restrict the movements of Russian diplomats inside the Union. Diplomats now expect a deal at the summit on 23 October at the earliest.",
            "3. Court. The General Court on Wednesday upheld the listing of a Russian steel executive who had argued that he left the board of his company in 2022.",
            "4. Guidance. The Commission published updated FAQs on the no-Russia clause, including on contracts signed before the clause was introduced, and on how exporters should treat subsidiaries in third countries.",
            "5. Diary. 20 October: Foreign Affairs Council, Luxembourg. 23-24 October: European Council, Brussels. 14 November: deadline for comments on the draft guidance on the best-efforts obligation.",
            "As always, write to us with questions or corrections. This newsletter is for information and is not legal advice.",
        ),
        (
            Gold("sanctions.extended", "occurred", (CEU, EU), ("Russia",)),
            Gold("sanctions.imposed", "historical", (CEU, EU), ("Russia",), core=False),
            Gold("sanctions.imposed", "negated", (CEU, EU), ("Russia",), core=False),
            Gold("sanctions.lifted", "negated", (CEU, EU), ("Russia",), core=False),
            Gold("sanctions.imposed", "stalled", (EU, CEU), ("Russia",), core=False),
        ),
    ),
    Article(
        "n05-live-blog-ecowas-accra-summit-deadline-to-burkina-faso-and-guinea",
        date(2022, 3, 25),
        _p(
            "LIVE: ECOWAS leaders meet in Accra on Mali, Guinea and Burkina Faso",
            "Live updates | Friday, 25 March 2022",
            "21:40 GMT - That is where we will end our coverage for tonight. To recap: ECOWAS has given the military rulers of Burkina Faso and Guinea until 25 April to present an acceptable timetable for a return to civilian rule, or face economic and financial sanctions, and it has not lifted the sanctions on Mali. Thanks for following.",
            "21:05 GMT - Reading the final communique now. On Burkina Faso, the heads of state \"deplore\" the 36-month transition announced by Lieutenant Colonel Paul-Henri Sandaogo Damiba and say that, if no acceptable timetable is presented by 25 April, \"economic and financial sanctions will be imposed immediately\". The same paragraph, almost word for word, is addressed to Colonel Mamady Doumbouya in Conakry. The leaders also ask that former president Roch Marc Christian Kaboré be released without conditions.",
            "20:30 GMT - On Mali, no change. The sanctions imposed on 9 January, the closure of borders and the freeze of the state's assets at the regional central bank, remain in place. Talks between the junta and the ECOWAS mediator, Goodluck Jonathan, stalled last week over the length of the transition, and the communique says only that the mediator will return to Bamako.",
            "19:15 GMT - A diplomat in the room tells our correspondent that the discussion on Burkina Faso was the shortest of the three. \"Everyone knows Ouagadougou is fighting a war; nobody wants to strangle it,\" he said, \"but nobody wants a third three-year transition either.\" Burkina Faso has been suspended from all ECOWAS bodies since 28 January, four days after the coup.",
            "17:50 GMT - The summit has moved into a closed session. Ghana's President Nana Akufo-Addo, the current chairman, opened it by saying that the region could not \"accept that coups become a normal means of changing government\".",
            "16:20 GMT - Some background while we wait. Damiba's soldiers removed Kaboré on 24 January after months of anger over attacks by jihadist groups that have killed thousands and driven nearly two million people from their homes. The junta's charter, adopted on 1 March, sets a transition of three years.",
            "15:00 GMT - Welcome to our live coverage of the extraordinary summit of the Economic Community of West African States at the Accra International Conference Centre. Leaders of the bloc's member states, minus the three suspended ones, are expected to decide how to respond to the military governments in Bamako, Conakry and Ouagadougou.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (ECOWAS,), ("Burkina Faso", "Paul-Henri Sandaogo Damiba")),
            Gold("sanctions.threatened", "occurred", (ECOWAS,), ("Guinea", "Mamady Doumbouya")),
            Gold("sanctions.lifted", "negated", (ECOWAS,), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Mali",), core=False),
            Gold("sanctions.lifted", "stalled", (ECOWAS, "Goodluck Jonathan"), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Burkina Faso",), core=False),
        ),
        not_participants=("Ghana",),
    ),
    Article(
        "n06-explainer-what-we-know-about-iran-joining-the-sco",
        date(2023, 7, 5),
        _p(
            "Explainer: What we know about Iran's membership of the Shanghai Cooperation Organisation",
            "ANALYSIS | Wednesday, 5 July 2023",
            "Iran became a full member of the Shanghai Cooperation Organisation on Tuesday, at a summit held by video link and chaired by India's prime minister, Narendra Modi. It is the first country to join the Eurasian bloc since India and Pakistan were admitted in 2017. Here is what we know.",
            "What happened? The leaders of the SCO's eight members signed a decision admitting Iran at the end of the virtual summit. President Ebrahim Raisi, speaking from Tehran, called the membership a sign that \"the unilateral world order\" was ending and urged members to trade in their own currencies rather than the dollar. The organisation's flag was raised at its secretariat in Beijing the same day.",
            "How long did it take? Iran has been an observer since 2005 and first applied for full membership in 2008, but its bid was held back for years, in part because the organisation's rules barred countries under United Nations sanctions. After the nuclear deal of 2015 those sanctions were lifted, and members agreed to start the accession process at the summit in Dushanbe in 2021. Iran signed its memorandum of obligations in Samarkand in September 2022.",
            "What does membership mean? The SCO is not a military alliance: it has no mutual-defence clause, and members have no obligation to come to one another's aid. It runs a regional counter-terrorism structure in Tashkent, holds joint exercises and has become a forum for trade and transport projects. For Tehran, which is under heavy American sanctions, the value is mostly political: a seat at a table that includes China, Russia and India.",
            "Who else is in line? Belarus signed its own memorandum of obligations at this summit, and members expect to admit it as the tenth member at the summit in Astana next year. Saudi Arabia, Egypt and Qatar are among the dialogue partners, a lesser status that does not carry a vote.",
            "Will it change anything? Analysts are divided. Some point out that the bloc works by consensus and that India, which is close to Washington, has blocked language it dislikes. Others say that for a country cut off from Western markets, even modest projects, such as the rail corridor from Russia through Iran to the Gulf, count. Iran's foreign minister, Hossein Amir-Abdollahian, said the country would now take part in every SCO body \"as an equal\".",
        ),
        (
            Gold("alliance.joined", "occurred", ("Iran", "Ebrahim Raisi"), (SCO,)),
            Gold("alliance.joined", "planned", ("Belarus",), (SCO,)),
            Gold("alliance.joined", "historical", ("India", "Pakistan"), (SCO,), core=False),
            Gold("agreement.signed", "historical", ("Iran",), (SCO,), core=False),
            Gold("agreement.signed", "occurred", ("Belarus",), (SCO,), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Iran",), core=False),
        ),
    ),
    Article(
        "n07-wire-car-government-and-fourteen-armed-groups-sign-peace-deal-in-bangui",
        date(2019, 2, 7),
        _p(
            "Central African Republic signs peace deal with 14 armed groups",
            "BANGUI, Feb 7 -",
            "The government of the Central African Republic and the country's 14 main armed groups signed a peace agreement in Bangui on Wednesday, the eighth attempt since 2013 to end fighting that has driven a quarter of the population from their homes.",
            "President Faustin-Archange Touadéra and the leaders of the groups, among them the Popular Front for the Renaissance of the Central African Republic and the Union for Peace in the Central African Republic, put their names to the text at a ceremony in the presidential palace. It was negotiated over ten days in Khartoum under the auspices of the African Union.",
            "Under the deal, fighters of the armed groups will be integrated into mixed special security units with soldiers of the national army, which are to be deployed for an initial period of two years in the areas the groups now control. The government has also agreed to form an inclusive cabinet and to set up a truth, justice and reconciliation commission, though the text does not offer an amnesty.",
            "\"This is a great day for our country and for Africa,\" Touadéra told the ceremony. The head of the United Nations peacekeeping mission said the hardest part, the disarmament of thousands of fighters, was still to come.",
            "None of the seven previous agreements has held. A deal signed in Rome under the mediation of the Sant'Egidio community in June 2017 collapsed within a day, when fighting in Bria killed more than 100 people.",
            "The state controls little beyond the capital. The mostly Muslim Seleka alliance, from which several of the signatory groups emerged, ousted President François Bozizé in March 2013, and mainly Christian anti-balaka militias rose against it. Both sides are accused of massacres of civilians.",
            "Russia has become a major player since it sent military instructors and weapons to the government in early 2018, after the Security Council granted it an exemption to the arms embargo. The council extended the embargo for another year at the end of January.",
            "Analysts cautioned that the groups make money from taxing gold, diamonds and cattle routes and have little reason to give up their territory. \"They signed because they were promised posts and money,\" said a researcher who follows the conflict. \"The test is whether a single fighter hands over a gun.\"",
            "The agreement will be formally presented to the African Union summit in Addis Ababa this weekend.",
        ),
        (
            Gold("agreement.signed", "occurred", (CAR, "Faustin-Archange Touadéra", FPRC, UPC), ()),
            Gold("forces.integrated", "planned", (CAR,), (FPRC, UPC)),
            Gold("agreement.signed", "historical", (CAR,), (), core=False),
            Gold("military.presence", "historical", ("Russia",), (CAR,), core=False),
            Gold("sanctions.suspended", "historical", (UNSC,), (CAR, "Russia"), core=False),
            Gold("sanctions.extended", "historical", (UNSC,), (CAR,), core=False),
        ),
        not_participants=("Sudan", "Italy"),
    ),
    Article(
        "n08-horn-of-africa-morning-briefing-djibouti-and-eritrea-restore-relations",
        date(2018, 9, 18),
        _p(
            "HORN OF AFRICA MORNING BRIEFING - Tuesday, 18 September 2018",
            "Top story: Djibouti and Eritrea end a decade of hostility. Also: fuel queues in Addis Ababa, Somalia's budget, the weather.",
            "DJIBOUTI AND ERITREA. Djibouti and Eritrea have restored diplomatic relations, ten years after a border war left them without ambassadors and with troops facing each other across the disputed Ras Doumeira headland. President Ismaïl Omar Guelleh and President Isaias Afwerki met on Monday for the first time in a decade, and their foreign ministers said the two countries would open a new page based on good neighbourliness and respect for each other's sovereignty.",
            "The thaw began earlier this month, when the foreign ministers of Eritrea, Ethiopia and Somalia flew to Djibouti and agreed to normalise relations. Djibouti had asked the African Union and the United Nations to help settle the border dispute, and Djibouti's foreign minister, Mahmoud Ali Youssouf, said the question of the prisoners of war it says Eritrea still holds would be part of the talks.",
            "Background. The two countries fought briefly in June 2008, and Qatar mediated a truce in 2010 and stationed peacekeepers on the border. It withdrew them in June last year after Djibouti and Eritrea sided with Saudi Arabia in the Gulf crisis, and Eritrean troops moved back into the disputed area. Eritrea restored relations with Ethiopia in July, after twenty years of war and frozen conflict.",
            "The Security Council imposed an arms embargo and targeted sanctions on Eritrea in 2009, partly over the border dispute with Djibouti and partly over its alleged support for al-Shabaab in Somalia. The council has not lifted them, though Asmara's diplomats and several African governments now argue that the reasons for them have gone.",
            "What to watch: whether the two leaders meet again on African soil, and whether the council takes up the sanctions at its review in November.",
            "ETHIOPIA. Fuel queues stretched for several kilometres in Addis Ababa on Monday as the state distributor blamed the shortage on foreign-exchange delays at the port of Djibouti. The government said it would release supplies from the strategic reserve.",
            "SOMALIA. Parliament approved a budget of 340 million dollars for next year, the largest so far, with 40 percent to come from domestic revenue.",
            "WEATHER. Rain is forecast in the Ethiopian highlands through the weekend; dry and hot along the coast, with temperatures in Djibouti City near 40 C.",
        ),
        (
            Gold("relations.restored", "occurred", ("Djibouti", "Eritrea", "Ismaïl Omar Guelleh", "Isaias Afwerki"), ()),
            Gold("relations.restored", "historical", ("Djibouti", "Eritrea"), (), core=False),
            Gold("relations.restored", "historical", ("Eritrea", "Ethiopia"), (), core=False),
            Gold("military.presence", "historical", ("Qatar",), ("Djibouti", "Eritrea"), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Eritrea",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Eritrea",), core=False),
        ),
        not_participants=("Saudi Arabia",),
    ),
    Article(
        "n09-ministry-of-defence-press-release-uk-troops-to-estonia-typhoons-to-romania",
        date(2016, 10, 26),
        _p(
            "UK to deploy 800 troops to Estonia and Typhoon jets to Romania",
            "Press release | From: Ministry of Defence and The Rt Hon Sir Michael Fallon MP | Published 26 October 2016",
            "Britain will deploy around 800 troops to Estonia next year, the Defence Secretary Sir Michael Fallon announced today at a meeting of NATO defence ministers in Brussels. Royal Air Force Typhoon fighter jets will also be deployed to Romania in 2017 to help police the Black Sea airspace alongside the Romanian air force.",
            "The troops will form a battlegroup based at Tapa, 120 kilometres from the Russian border, from May 2017, as part of NATO's enhanced forward presence in the Baltic states and Poland. The battlegroup will be led by a battalion of the 5th Battalion The Rifles, with Challenger 2 tanks, Warrior armoured fighting vehicles and drones, and will be joined by a French company and later by Danish troops.",
            "The UK will also send a company of around 150 soldiers to Poland from April, to serve in the US-led battlegroup there.",
            "Defence Secretary Sir Michael Fallon said: \"Despite the Prime Minister's commitment to leave the European Union, we will play our full part in NATO. Our commitment to the security of our allies is unconditional. These deployments show that the UK is stepping up and leading in the alliance, and that we will continue to stand up to aggression.\"",
            "The deployments follow the decision of NATO leaders at the Warsaw summit in July to station four multinational battalions in Estonia, Latvia, Lithuania and Poland on a rotational basis. Canada, Germany and the United States lead the other three. The UK already contributes to NATO's air policing: RAF Typhoons flew Baltic air policing missions from Ämari airbase in Estonia in 2014 and 2015, and from Šiauliai in Lithuania before that.",
            "The deployments are defensive and proportionate, and are fully consistent with the UK's international commitments. The Estonian Defence Minister, Hannes Hanso, welcomed the announcement and said Estonia was preparing barracks and training areas at Tapa for the arrival of the battlegroup.",
            "Notes to editors: the battlegroup will be rotated every six months. The Typhoon deployment to Romania will take place between April and August 2017 under NATO's Southern Air Policing mission. Further details of the units involved will be announced in due course.",
        ),
        (
            Gold("military.presence", "planned", (UK, MOD, "Michael Fallon"), ("Estonia",)),
            Gold("military.presence", "planned", (UK, MOD), ("Romania",)),
            Gold("military.presence", "planned", (UK,), ("Poland",)),
            Gold("military.presence", "planned", ("France", "Denmark"), ("Estonia",), core=False),
            Gold("military.presence", "historical", (NATO,), ("Estonia", "Latvia", "Lithuania", "Poland"), core=False),
            Gold("military.presence", "historical", (UK,), ("Estonia", "Lithuania"), core=False),
        ),
        not_participants=("Russia",),
    ),
]
ARTICLES += [
    Article(
        "n10-transfer-deadline-day-live-blog-scottish-football",
        date(2023, 9, 1),
        _p(
            "Transfer deadline day LIVE: every signing as the Scottish window closes",
            "Live | Friday, 1 September 2023",
            "23:58 - And that's it. The window is shut. Thanks for sticking with us through a long day: a club record fee at Ibrox, a loan move that nearly collapsed at Fir Park and a chairman threatening to sue. Full round-up below.",
            "23:30 - Confirmed: Motherwell have signed a Danish defender on a season-long loan. The paperwork was lodged at 22:55, and the league says it was received in time. He joins a squad that was down to three fit centre-backs.",
            "22:10 - Hibernian have extended the contract of their captain until 2026. He has played more than 300 games for the club and said he never wanted to leave Leith.",
            "21:20 - Dundee say the SFA has lifted the suspension it imposed on their goalkeeper last month, after an appeal panel found that the referee had mistaken him for a team-mate. He is available for the game at Tynecastle on Sunday.",
            "20:45 - The chairman of a Championship club has threatened legal action against the league after the governing body imposed sanctions on his club, a fine and a six-point deduction, for fielding an ineligible player in July. The club says the player's registration was approved by email.",
            "19:05 - Aberdeen's Swedish striker, signed in June, will be integrated into the first team after a month of fitness work, the manager says. He was deployed on the left of a front three in a bounce game on Tuesday and scored twice.",
            "17:40 - Relations between Hearts and their supporters' trust have been restored after a year-long dispute over ticket prices, both sides said in a joint statement. The trust has joined an alliance of fan-owned clubs across Europe.",
            "16:15 - St Mirren have signed an agreement with a Belgian club to share scouting data and send young players on loan. The club say it is the first such partnership in the Scottish Premiership.",
            "14:30 - Celtic have completed the signing of a Japanese winger from a J1 League side for an undisclosed fee. He becomes the fifth Japanese player in the squad.",
            "12:00 - Rangers have agreed a fee with a Brazilian club for a centre-back, which would be a club record if the medical goes through. The player is understood to have joined up with the squad in Glasgow this morning.",
            "09:00 - Good morning and welcome to deadline day. The window closes at midnight, and the clubs have until 1am to file any paperwork started before the deadline. Stay with us for every deal, done and collapsed.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-york-museums-newsletter-altarpiece-restored-loan-extended",
        date(2018, 5, 17),
        _p(
            "MUSEUMS & HERITAGE | York Culture Newsletter, 17 May 2018",
            "Restored altarpiece returns; Japanese partnership signed; a new alliance of northern museums",
            "The medieval altarpiece that left the city's art gallery for conservation two years ago is back on the wall. Conservators in Cambridge removed a layer of Victorian varnish and restored the gilding on the wings, revealing a second donor figure that nobody had known was there. The panel will be shown in a small exhibition from 1 June.",
            "The York Museums Trust has signed an agreement with a museum in Kyoto to exchange curators and lend objects for exhibitions over the next five years. The first loan, of Japanese woodblock prints, will arrive next spring. The trust has also joined an alliance of eleven northern museums that will share a touring programme and a single membership card.",
            "The loan of the Viking sword from the British Museum, which was due to end in June, has been extended until the end of the year after visitor numbers at the Yorkshire Museum rose by a fifth. The conservation work at St Mary's Abbey has been suspended for the nesting season, after a pair of peregrine falcons moved into the ruins, and will resume in August.",
            "A press embargo on the Turner Prize shortlist, which includes an artist from Leeds, lifts at 10 a.m. on Thursday. The city council imposed a ban on amplified busking in Parliament Street after complaints from shops and residents, and a group of musicians has threatened to challenge it in court. A tenants' group said the council housing department had imposed sanctions on residents who put up satellite dishes on listed buildings.",
            "The minster's new visitor centre will be integrated with the city's ticketing system, so that one pass covers the minster, the walls and the museums. Volunteers from the civic trust were deployed at the Micklegate Bar this week to count visitors for a survey on the city's pedestrian zone.",
            "The Jorvik Viking Centre, closed after the floods of December 2015 and reopened last year, reported its best April since 2012. The Merchant Adventurers' Hall will host the Early Music Festival's opening concert on 6 July; tickets go on sale on Monday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-lusaka-mining-company-trading-update-smelter-power-restored",
        date(2024, 10, 24),
        _p(
            "Trading update for the quarter ended 30 September 2024",
            "LUSAKA, 24 October 2024 - Copperbelt mining company: announcement to shareholders",
            "Copper output in the third quarter was 61,200 tonnes, 8 percent lower than in the previous quarter, as the drought that has cut hydroelectric generation at Kariba forced the group to run its smelter at reduced capacity for most of August. Power was restored to full capacity on 9 September, after the company signed an agreement with a private solar producer and imported electricity through a trader in Mozambique.",
            "The group suspended operations at its smaller open pit for three weeks in July while the pit wall was stabilised, and has extended its offtake contract with a Swiss trading house until 2027 on improved terms. The company joined the Global Battery Alliance in September, and its new tailings monitoring system, which uses drones deployed over the dams twice a day, has been integrated with the mine's control room.",
            "The mines regulator imposed sanctions on the company's contractor at the Chingola site, a fine and a two-month suspension of its explosives licence, after an inspection found that blasting records were incomplete. The contractor has appealed, and blasting has been taken over by the company's own teams in the meantime. No injuries were reported.",
            "The mineworkers' union threatened to strike in October over the new shift pattern, but withdrew the notice after talks. A new wage agreement was signed on 18 October, with a 9 percent rise backdated to July. The company lifted the freeze on hiring of graduate engineers that it imposed in March, and will take on 40 this year.",
            "Net debt stood at 412 million dollars at the end of September. Capital spending for the year is expected at the lower end of the guidance of 280 to 320 million dollars. The board has not declared an interim dividend.",
            "Outlook: Output guidance for the full year is lowered to between 240,000 and 250,000 tonnes, from 255,000 to 270,000 tonnes, assuming that power supply remains at current levels. The chief executive said that the rains expected from November should restore generation at Kariba in the first half of next year.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n03-mexico-city-banking-newsletter-fincen-postpones-orders-on-three-banks": (
        "'pushed back ... the date on which its orders ... take effect' / 'suspending ... the ban on transfers' is no suspension"
    ),
    "n07-wire-car-government-and-fourteen-armed-groups-sign-peace-deal-in-bangui": (
        "'fighters of the armed groups will be integrated into mixed ... units with ... the national army' names no party"
    ),
}


@pytest.mark.parametrize(
    ("text", "published", "kind", "party"),
    [
        pytest.param(
            "The African Union gave Guinea's junta three months to publish an election calendar or face"
            " sanctions, and it kept its measures on Mali.",
            date(2022, 7, 4), "sanctions.threatened", "African Union", id="who-sets-the-deadline",
        ),
    ],
)
def test_heldout64_rule(text: str, published: date, kind: str, party: str) -> None:
    assert party in alert_parties(text, kind, published), event_rows(text, published)


@pytest.mark.parametrize(
    "text",
    ["Turkish ferry deal signed", "Norwegian research partnership signed"],
)
def test_heldout64_a_demonym_fragment_names_no_party(text: str) -> None:
    assert alert_kinds(text, date(2024, 5, 2)) == set(), event_rows(text, date(2024, 5, 2))


def test_heldout64_states_named_before_the_accord_still_sign() -> None:
    text = "Indian defence pact signed with Japan"
    assert "agreement.signed" in alert_kinds(text, date(2024, 5, 2)), event_rows(text, date(2024, 5, 2))


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout64_set_shape() -> None:
    """Twelve articles of 300-600 words, three near misses, nine with core alertable events of
    all ten types, and every status annotated somewhere."""
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        near_misses=(3, 3),
        words=(300, 600),
        core_articles=9,
        core_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-64 English events"))
