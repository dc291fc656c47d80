"""Thirty-third English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
thirty-two sets lack: a wire on the European Union's first sanctions on China since 1989 (four
officials and a public security bureau over Xinjiang), China's counter-sanctions on members of the
European Parliament and two think tanks within the hour, and the same officials listed by Britain,
Canada and the United States (2021), a radio bulletin script of 2003 on the Security Council lifting
its sanctions on Iraq by resolution 1483, a law firm's weekly client alert on Pompeo suspending
Title III of the Helms-Burton Act for 45 days instead of six months (2019), an "Africa in brief"
column with the Council of the EU renewing its measures over the Conakry stadium massacre (2019),
a question-and-answer explainer on Biden's executive order threatening sanctions over the war in
Tigray (2021), a live blog (newest entry first) of the summit that admitted the Democratic Republic
of Congo to the East African Community (2022), a New Zealand minister's media statement on the
Bougainville Peace Agreement signed at Arawa (2001), a Buenos Aires daily on Argentina and Britain
restoring diplomatic relations in Madrid (1990), a wire of 1980 on ZANLA and ZIPRA guerrillas and
Rhodesian soldiers merged into the first battalions of the Zimbabwe National Army with British
instructors to be sent, and near misses (a basketball notes column where the league "imposed
sanctions" on a club, a fine is "suspended", a ban "lifted", a player "joined" from Lithuania, a
Serbian centre "signed" on a two-year "agreement" and will be "deployed" off the bench, a game
"restored" to the fixture list, the season "extended", a streaming deal "signed with a Japanese
platform" and an "alliance" of leagues joined; a business wire on a Norwegian and a Swedish savings
bank that "signed a merger agreement", a supervisor that "imposed conditions", IT systems to be
"integrated", a competition objection "lifted", a strike "suspended", a hiring freeze "extended",
staff "deployed", a dividend to be "restored" and a chief executive who "joins" the board; a
Pembrokeshire local story on a hosepipe ban "imposed" and "lifted", two schools "merged" with their
staff "integrated", a twinning "agreement" signed with a town in France, sailings to Rosslare in
Ireland "restored", a speed limit "extended", wardens "deployed" and a partnership of councils
"joined").

Nine articles carry core alertable events of all ten types (sanctions imposed three times, lifted,
suspended, extended and threatened; a state admitted to an organisation; an accord signed;
relations restored; armed forces merged into an army; military instructors to be sent), eleven
occurred and one planned, beside historical, negated and stalled events. They are told in the
ordinary ways: "The European Union on Monday imposed sanctions on four Chinese officials and one
entity over the mass detention of Uyghur Muslims in Xinjiang, its first punitive measures against
Beijing since the arms embargo that followed the crackdown on the Tiananmen Square protests in 1989"
with "Foreign ministers meeting in Brussels approved travel bans and asset freezes on Zhu Hailun
...", "China answered within the hour. Its foreign ministry announced sanctions on ten Europeans and
four organisations", "Britain, Canada and the United States announced sanctions on some of the same
officials later in the day", a newsreader's "The United Nations Security Council has voted to lift
the sanctions it imposed on Iraq almost thirteen years ago", "The State Department said on
Wednesday that Secretary of State Mike Pompeo had suspended for 45 days, rather than the customary
six months, the right of US nationals to sue ... created by Title III of the Cuban Liberty and
Democratic Solidarity Act of 1996, known as Helms-Burton", "The Council of the European Union on
Monday renewed for twelve months the asset freeze and travel ban it keeps on five Guineans over the
killing of at least 157 opposition supporters at a Conakry stadium on 28 September 2009", "On Friday
President Joe Biden signed an executive order that allows the Treasury and the State Department to
sanction anyone responsible for prolonging the war in northern Ethiopia ... he warned that his
administration was prepared to take aggressive action under the order unless the parties moved
quickly towards a negotiated ceasefire" in answer to "What did the president do?", "BREAKING: The
Democratic Republic of Congo has been admitted as the seventh member of the East African
Community", "Foreign Affairs Minister Phil Goff today welcomed the signing of the Bougainville Peace
Agreement at Arawa by the Government of Papua New Guinea and Bougainville's leaders", "Argentina and
Britain restored full diplomatic relations yesterday", "Guerrillas of Zimbabwe's two nationalist
armies and soldiers of the former Rhodesian army were merged into new battalions of the Zimbabwe
National Army on Thursday" under the headline "Former Enemies Parade Together as Zimbabwe Forms Its
First Integrated Battalions", and "London would send about 60 more instructors to join the team early
in the new year"; dates as "March 22" in a dateline, "on Monday", "within the hour", "later in the
day", "last July", "since August 1990", "17.01.2019" in a newsletter's head, "on 1 February", "in
November", "until 27 October 2020", "On Friday", "In May", "last November", a live blog's clock
times, "today" in a media statement, "yesterday" in a morning paper, "in the spring" and "early in
the new year".

Decisions of the annotation: a union that "imposed sanctions on four Chinese officials and one
entity" imposes (core; the officials, the Corps and China its targets), a state whose foreign
ministry "announced sanctions on ten Europeans and four organisations" imposes (core: the
counter-sanctions of the same day, a second event), and three states that "announced sanctions on
some of the same officials later in the day" impose (core: a third event of the same day, told in
one sentence); Washington's listing of Chen Quanguo "last July" and the arms embargo of 1989 are
historical impositions, and the investment agreement "concluded in principle in December" that "has
yet to be signed" a stalled accord; Hungary that "let the measures through" is no event. A council
that "has voted to lift the sanctions it imposed on Iraq" lifts (core), "since August 1990" a
historical imposition and "The ban on selling arms to Iraq stays in place" a negated lifting; the
oil-for-food programme "wound down" and rescue teams that "arrived" in Algeria are no events. A
secretary of state who "had suspended for 45 days ... the right ... to sue ... created by Title III"
of Helms-Burton suspends sanctions on Cuba that occurred (core: the suspension of a sanctions law's
provision, reported the day after by his department), the presidents who "renewed the suspension at
six-monthly intervals" a historical suspension, the 26 entities added to the Cuba Restricted List
"in November" and the embargo "imposed in 1962" historical impositions, and the relations "restored
... in July 2015" a historical restoration; the comment period "extended once already" on export
controls is no event. A council that "renewed for twelve months the asset freeze and travel ban it
keeps on five Guineans" extends (core), the measures "first imposed ... at the end of 2009" a
historical imposition and the arms embargo "that it lifted in 2014" a historical lifting; the peace
agreements of Mozambique ("signed ... in August") and of Ethiopia and Eritrea ("in July 2018") are
historical accords, and Nigeria's closed borders no event. A president who "signed an executive
order that allows the Treasury and the State Department to sanction anyone responsible" and "warned
that his administration was prepared to take aggressive action under the order" threatens Ethiopia,
Eritrea and the TPLF (core: an order naming no one, with a warning), and "No. ... no names were being
announced on Friday" is a negated imposition; the visa restrictions of May and the listing of
General Filipos in August are historical impositions, the Eritrean troops that "crossed into Tigray
last November" a historical presence and the peace with Eritrea that won Abiy the Nobel prize a historical accord; the
trade preferences Ethiopia "stands to lose" are no event. A state that "has been admitted as the
seventh member of the East African Community" joins (core), the treaty of accession its president
is expected to sign "in the coming weeks" a planned accord (not core: a step of the same news),
Somalia's application that "remains pending" a stalled joining, the joinings of 2007 and 2016
historical and the Ugandan troops "operating in North Kivu since November" a historical presence. A
state and a province's leaders who signed a peace agreement ("welcomed the signing of the
Bougainville Peace Agreement at Arawa by the Government of Papua New Guinea and Bougainville's
leaders") sign (core), the Lincoln Agreement "signed ... in January 1998" a historical accord, the
Peace Monitoring Group "on the island since 1998" a historical presence and its monitors who "will
stay" a planned presence (not core); weapons to be handed in are no integration. Two states that
"restored full diplomatic relations yesterday" restore them (core), embassies that "will be
reopened" and ambassadors to be named "in the coming weeks" a planned restoration (not core: a step
of the same news), the consular relations "restored" in October a historical restoration, the
British garrison at Mount Pleasant a historical presence, and the European Community that
"suspended imports from Argentina in April 1982 ... and lifted the ban that June" a historical
imposition and lifting; the trade agreement officials "hope" for is no event. Guerrillas and
soldiers "merged into new battalions of the Zimbabwe National Army" are forces integrated (core:
Zimbabwe, ZANLA and ZIPRA), London that "would send about 60 more instructors to join the team" a
planned presence (core: instructors sent to a foreign army at its request), the training team
"which arrived in the spring" and the Commonwealth Monitoring Force historical presences, the
Lancaster House Agreement "signed in London in December" a historical accord and the sanctions that
Britain and the United Nations "lifted ... in December" a historical lifting; units that "restored
order" are no event. Outside the monitor's remit (no event): a league's sanctions on a club, a fine
suspended, a ban lifted, a player who joins and a centre signed, a game restored, a season extended,
a streaming deal with a Japanese platform and an alliance of leagues; a merger agreement of two
banks, conditions imposed by a supervisor, systems integrated, an objection lifted, a strike
suspended, a freeze extended, staff deployed, a dividend restored; a hosepipe ban imposed and
lifted, schools merged, a twinning agreement, ferry sailings to Ireland restored, a speed limit
extended, wardens deployed and a council partnership joined.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout33_events_en``.
Measured before any fix (2026-12-02, on commit 940582b): P 0.750, R 0.750, F1 0.750 (recall 9/12,
9 of 12 alerts right; recall by status: occurred 8/11, planned 1/1; one false alarm, two unexpected
alerts, no venue as a party; the business and local near misses quiet, the basketball one not). No
annotation was corrected after the run.
Missed: the Title III suspension ("... Secretary of State Mike Pompeo had suspended for 45 days,
rather than the customary six months, the right of US nationals to sue in American courts over
property confiscated by the Cuban government ...": the sentence has no sanctions word, and the
Helms-Burton Act is not among the sanctions laws the English suspension reads, so "The United States
suspended the Helms-Burton Act for 45 days" or "... Title III of the Helms-Burton Act ..." give
nothing where "suspended the Caesar Act" and "suspended its sanctions on Cuba" are read; by the way,
a secretary alone as the actor of a law's suspension, "Rubio on Tuesday suspended the Caesar Act for
180 days", gives nothing either, where "The State Department on Tuesday suspended the Caesar Act" is
read); the Guinea renewal ("The Council of the European Union on Monday renewed for twelve months the
asset freeze and travel ban it keeps on five Guineans over the killing of at least 157 opposition
supporters at a Conakry stadium on 28 September 2009.": read as historical, the date of the
renewal's cause outweighing "on Monday"; the same with "over the crackdown on protesters in August
2020" or ", first imposed in 2020", while the renewal without the past date is news; "five
Guineans" is not read as Guinea either, where "five Malians" and "five Russians" are); the threat to
Ethiopia ("On Friday President Joe Biden signed an executive order that allows the Treasury and the
State Department to sanction anyone responsible for prolonging the war in northern Ethiopia ...":
an order that allows sanctions and names no one is no threat form, and "was prepared to take
aggressive action under the order" has no sanctions word, while "threatened to sanction those
responsible" and "warned Sudan's generals of sanctions" are threats).
False alerts: Ethiopia's sanctions "imposed" by the headline ("Explainer: Biden's New Ethiopia
Sanctions Order, in Six Questions": "<someone>'s New <state> Sanctions Order / Framework / Law" is
read as an imposition, the noun after "Sanctions" not heeded, while "Biden Signs Sudan Sanctions
Order" stays quiet; it matches the negated imposition, a false alarm); the basketball league's deal
("the new streaming deal signed with a Japanese platform": a company named by a demonym and
"platform", a noun not known as a company's, is read as the state, while "with a Japanese company",
"with a Japanese broadcaster" or "with a Korean app" stay quiet); the Zimbabwe National Army as the
only party of the integration ("Guerrillas of Zimbabwe's two nationalist armies and soldiers of the
former Rhodesian army were merged into new battalions of the Zimbabwe National Army on Thursday":
the state named in the first of two coordinated subjects is out of reach, where "Fighters of
Sudan's two rebel movements were merged into new battalions" gives Sudan, and an army named after
its state that the knowledge base lacks, "the Zambia Army", "the Zimbabwe National Army", is kept
as the party instead of the state, while "the Kenya Defence Forces" gives Kenya; an unexpected
alert, the integration being found only through the headline).
Also seen, not scored: the EU's imposition is found through "Foreign ministers meeting in Brussels
approved travel bans and asset freezes on Zhu Hailun ...", with no actor, the lead being read as
historical ("its first punitive measures against Beijing since the arms embargo that followed the
crackdown on the Tiananmen Square protests in 1989": with "the Tiananmen Square protests" the year
of the comparison dates the news, while "since the arms embargo that followed the crackdown in
1989" stays news) and its targets given as "Chinese officials", not China; China's counter-sanctions
have no actor ("Its foreign ministry announced ..." after "China answered within the hour.": "its"
does not carry the state of the sentence before) and a wrong target, "Chinese Officials"; the three
states' sanctions have no target; the Iraq lifting has only the Security Council and Iraq, its arms
ban kept, the embargo of 1990, the Title III suspensions since Clinton, the Cuba Restricted List,
Washington's listing of last July, the investment agreement, the Congo treaty to be signed, Somalia's
pending application, the Ugandan and Eritrean troops, the Lincoln Agreement, the monitors, the
embassies to reopen, the British garrison, the European Community's ban and the Lancaster House
Agreement are not read; the Guinea arms embargo lifted in 2014 is given Burkina Faso, named in the
sentence before, as its actor; "after the TPLF attacked a federal army base" is read as a
historical presence of the TPLF; the Ethiopia-Eritrea peace of 2018 has Eritrea alone; the sanctions
on Rhodesia that "Britain and the United Nations lifted ... in December" have no target; the
signing at Arawa has Papua New Guinea alone. Each form missed or falsely read is pinned below on
sentences of its own, a strict xfail while it fails, beside the neighbouring forms that are read.
After the fixes (same day): P 0.900 R 0.750 F1 0.818 (recall 9/12, precision 9/10). Fixed in general:
the US sanctions statutes by name (Helms-Burton, LIBERTAD, Kingpin, Trading with the Enemy, IEEPA)
are sanctions laws a suspension can name; a "sanctions order", "framework" or "bill" is the
instrument, not sanctions imposed ("Biden's New Ethiopia Sanctions Order"); media and sports
businesses (platform, broadcaster, club, studio, brand...) after a state's adjective are companies,
not the state. Left: the Title III suspension of the article (no sanctions word, a secretary alone
as actor), the Guinea renewal read as historical, the order that allows sanctions as a threat, the
Zimbabwe army's state.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.
Fixed later by the general-misses round 5 of 2026-12-07: with the day of the act named, the dates
after "over" and an offence ("over the killing of ... on 28 September 2009") are the offence's.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from tests.unit.heldout_support_en import (
    Article,
    Gold,
    alert_rows,
    check_core_events_found,
    check_no_false_alarm,
    check_set_shape,
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
UK = "United Kingdom"
EU = "European Union"
UN = "United Nations"
UNSC = "United Nations Security Council"
STATE_DEPT = "United States Department of State"
EU_COUNCIL = "Council of the European Union"
EC = "European Community"
XPCC = "Xinjiang Production and Construction Corps"
DRC = "Democratic Republic of the Congo"
EAC = "East African Community"
PNG = "Papua New Guinea"
TPLF = "Tigray People's Liberation Front"
ZANLA = "Zimbabwe African National Liberation Army"
ZIPRA = "Zimbabwe People's Revolutionary Army"

ARTICLES: list[Article] = [
    Article(
        "f01-wire-eu-first-china-sanctions-since-tiananmen",
        date(2021, 3, 22),
        _p(
            "EU Sanctions Chinese Officials Over Xinjiang, and Beijing Hits Back Within the Hour",
            "BRUSSELS, March 22 (wire)",
            "The European Union on Monday imposed sanctions on four Chinese officials and one entity over the mass detention of Uyghur Muslims in Xinjiang, its first punitive measures against Beijing since the arms embargo that followed the crackdown on the Tiananmen Square protests in 1989.",
            "Foreign ministers meeting in Brussels approved travel bans and asset freezes on Zhu Hailun, a former deputy party secretary of the region, Wang Junzheng, the party secretary of the Xinjiang Production and Construction Corps, Wang Mingshan, who heads the region's political and legal affairs committee, and Chen Mingguo, director of the Xinjiang Public Security Bureau, as well as on the Corps' own public security bureau. The listings were made under the global human rights sanctions regime the bloc set up in December.",
            "China answered within the hour. Its foreign ministry announced sanctions on ten Europeans and four organisations, among them five members of the European Parliament led by the German Green Reinhard Bütikofer, the researcher Adrian Zenz, the Political and Security Committee of the Council, the Parliament's human rights subcommittee and two think tanks, the Mercator Institute for China Studies in Berlin and the Alliance of Democracies Foundation in Copenhagen. Those named and their families are barred from mainland China, Hong Kong and Macao, and companies and institutions linked to them may not do business with China.",
            "A ministry spokesman said the EU measures were \"based on nothing but lies and disinformation\" and urged Brussels to \"correct its mistake\". The EU's ambassador in Beijing was summoned late on Monday.",
            "Britain, Canada and the United States announced sanctions on some of the same officials later in the day, in steps coordinated with Brussels. Washington, which had already blacklisted Chen Quanguo, the region's party chief, and three other officials last July, added Wang Junzheng and Chen Mingguo to its list.",
            "Human rights groups say more than a million Uyghurs and other mostly Muslim minorities have been held in camps in Xinjiang. Beijing says the facilities are vocational training centres needed to fight extremism and that most of those who attended them have graduated.",
            "The sanctions are largely symbolic, diplomats said. None of the four officials is thought to hold assets in Europe. The significance lies in the EU acting at all: Hungary, which has blocked several of the bloc's statements criticising China, let the measures through, although its foreign minister, Péter Szijjártó, called them \"harmful and pointless\".",
            "The arms embargo imposed in 1989 remains in force, although it has never been written into EU law and member states interpret it differently.",
            "The dispute now hangs over the Comprehensive Agreement on Investment, which Brussels and Beijing concluded in principle in December after seven years of talks. The text has yet to be signed, and it will need the approval of the European Parliament, where several lawmakers said on Monday that there could be no vote on it while members of the house were under Chinese sanctions.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (EU, EU_COUNCIL),
                ("China", "Zhu Hailun", "Wang Junzheng", "Chen Mingguo", XPCC),
            ),
            Gold(
                "sanctions.imposed",
                "occurred",
                ("China",),
                (EU, "European Parliament", "Reinhard Bütikofer", "Adrian Zenz"),
            ),
            Gold("sanctions.imposed", "occurred", (UK, "Canada", US), ("China", "Wang Junzheng")),
            # Washington's listing of last July; the arms embargo of 1989; the investment agreement
            # concluded in principle but not signed
            Gold("sanctions.imposed", "historical", (US,), ("China", "Chen Quanguo"), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("China",), core=False),
            Gold("agreement.signed", "stalled", (EU, "China"), (), core=False),
        ),
        not_participants=("Denmark", "Hungary", "Hong Kong", "Macau"),
    ),
    Article(
        "f02-radio-bulletin-2003-un-lifts-iraq-sanctions",
        date(2003, 5, 22),
        _p(
            "WORLD BULLETIN | 1800 GMT | Thursday 22 May 2003 | Running order and script",
            "NEWSREADER: The United Nations Security Council has voted to lift the sanctions it imposed on Iraq almost thirteen years ago, after Saddam Hussein's invasion of Kuwait. The resolution, put forward by the United States, Britain and Spain, was adopted by fourteen votes to none. Syria's seat was empty. Our United Nations correspondent is in New York.",
            "CORRESPONDENT: Resolution 1483 ends the trade embargo that has cut Iraq off from most of the world since August 1990, so Iraqi oil can be sold freely again and goods other than weapons can be shipped in. The ban on selling arms to Iraq stays in place. The council also recognises the United States and Britain as the occupying powers, with authority over the country until an internationally recognised Iraqi government is in place, and gives the UN what the text calls a vital role, through a special representative of the Secretary-General.",
            "NEWSREADER: How did France, Russia and Germany, which opposed the war, come round?",
            "CORRESPONDENT: They won changes in the final days. The oil-for-food programme, which since 1996 has let Iraq sell oil to pay for food and medicine, will be wound down over six months rather than four, and the oil money will go into a Development Fund for Iraq that an international board will audit. The French ambassador said the text was not perfect but that Iraq's needs came first. Syria's ambassador told reporters he had not had time to consult his government.",
            "NEWSREADER: And what happens to the weapons inspectors?",
            "CORRESPONDENT: That question is left open. The resolution says the council will revisit their mandate, but American teams are doing the searching for now, and so far they have found no chemical or biological weapons.",
            "NEWSREADER: Thank you. The head of the American-led administration in Baghdad, Paul Bremer, welcomed the vote. He said oil exports should resume within weeks and pay for the rebuilding of power stations and water plants damaged by war and by years of neglect. Looting and power cuts continue in the capital.",
            "NEWSREADER: In Algeria, the death toll from Wednesday's earthquake east of Algiers has passed one thousand, with thousands more injured. Rescue teams from France, Spain and Switzerland arrived overnight and are searching collapsed blocks of flats in Boumerdès and Rouiba.",
            "NEWSREADER: Police in Morocco say they have arrested more than thirty people after last Friday's suicide bombings in Casablanca, which killed forty-five people, including twelve of the bombers.",
            "NEWSREADER: And the weather: hot and dry across the Gulf, with temperatures above forty-five degrees in Baghdad and Basra. That's the news.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC, UN, US, UK), ("Iraq",)),
            # the embargo of August 1990; the arms ban that stays
            Gold("sanctions.imposed", "historical", (UNSC, UN), ("Iraq",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC, UN), ("Iraq",), core=False),
        ),
        not_participants=("Kuwait", "Syria", "Algeria", "Morocco", "Switzerland"),
    ),
    Article(
        "f03-compliance-newsletter-helms-burton-title-iii-45-days",
        date(2019, 1, 17),
        _p(
            "TRADE CONTROLS WEEKLY",
            "Client alert | 17.01.2019 | For clients of our sanctions and export controls practice. Not legal advice.",
            "This week: Title III of Helms-Burton suspended for just 45 days; BIS comment window on emerging technologies closed; OFSI's no-deal Brexit notice.",
            "CUBA: TITLE III SUSPENDED, BUT ONLY UNTIL MARCH",
            "The State Department said on Wednesday that Secretary of State Mike Pompeo had suspended for 45 days, rather than the customary six months, the right of US nationals to sue in American courts over property confiscated by the Cuban government since 1959. The right is created by Title III of the Cuban Liberty and Democratic Solidarity Act of 1996, known as Helms-Burton, and the suspension in force would otherwise have lapsed on 1 February.",
            "Every president since Bill Clinton has renewed the suspension at six-monthly intervals, largely to avoid disputes with Canada and the European Union, whose companies run hotels, mines and ports on the island. The department said it would use the 45 days to conduct \"a careful review\" of the suspension in light of Havana's support for Nicolás Maduro in Venezuela, and it urged anyone doing business in Cuba to consider whether they might be trafficking in confiscated property.",
            "Our view: clients with Cuban exposure should map their counterparties against the Cuba Restricted List, to which the State Department added 26 entities in November, and review any property whose title goes back to before 1959. The EU and Canada have blocking rules that forbid compliance with Title III and allow counterclaims, so a company can be caught between two legal systems.",
            "Background: the US embargo on Cuba was imposed in 1962 and written into law by Helms-Burton. Washington and Havana restored diplomatic relations in July 2015 and reopened their embassies, but the embargo can be lifted only by Congress, and the present administration has tightened travel and trade rules since 2017.",
            "EXPORT CONTROLS: EMERGING TECHNOLOGIES",
            "The comment period on the Commerce Department's proposal to control emerging technologies such as artificial intelligence and quantum computing, extended once already, closed on 10 January. BIS received more than 200 comments. A proposed rule is not expected before the summer.",
            "UNITED KINGDOM: NO-DEAL NOTICE",
            "The Office of Financial Sanctions Implementation has published guidance on how UK sanctions would work if Britain left the EU without a deal. Existing licences would remain valid. Clients holding EU licences issued by other member states should check whether they need a UK one.",
            "Questions? Reply to this alert or call your usual contact.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, STATE_DEPT, "Mike Pompeo"), ("Cuba",)),
            # the six-monthly suspensions since Clinton; the restricted list of November; the
            # embargo of 1962; the relations restored in 2015
            Gold("sanctions.suspended", "historical", (US,), ("Cuba",), core=False),
            Gold("sanctions.imposed", "historical", (US, STATE_DEPT), ("Cuba",), core=False),
            Gold("relations.restored", "historical", (US, "Cuba"), (), core=False),
        ),
        not_participants=("Venezuela", "Canada"),
    ),
    Article(
        "f04-africa-in-brief-eu-prolongs-guinea-measures",
        date(2019, 10, 15),
        _p(
            "AFRICA IN BRIEF | Tuesday 15 October 2019",
            "GUINEA: EU keeps stadium-massacre sanctions for another year",
            "The Council of the European Union on Monday renewed for twelve months the asset freeze and travel ban it keeps on five Guineans over the killing of at least 157 opposition supporters at a Conakry stadium on 28 September 2009. Those listed include Captain Moussa Dadis Camara, who led the military junta at the time and has lived in exile in Burkina Faso since 2010. The measures now run until 27 October 2020.",
            "The EU first imposed them at the end of 2009, with an arms embargo that it lifted in 2014. Victims' groups have long demanded a trial in Guinea; a panel of judges finished its investigation two years ago, but no date has been set. Guinea is tense ahead of a referendum that could let President Alpha Condé seek a third term, and at least nine people have been killed in protests this month.",
            "MOZAMBIQUE: Voters choose a president and parliament today in the first elections since the peace agreement signed by President Filipe Nyusi and the Renamo leader in August. Observers have reported the killing of an election monitor in Gaza province and complained of irregularities in voter registration.",
            "ETHIOPIA: Prime Minister Abiy Ahmed was awarded the Nobel Peace Prize on Friday, chiefly for ending the twenty-year stand-off with Eritrea through the peace agreement the two countries signed in July 2018. The Norwegian committee said the prize was meant to encourage him in reforms that remain unfinished.",
            "NIGERIA: The land borders with Benin, Niger and Cameroon will remain closed to goods until further notice, the customs service said, two months after they were shut to stop the smuggling of rice. Prices of rice and poultry in Lagos markets have risen by a third.",
            "KENYA: Eliud Kipchoge ran the marathon distance in 1 hour 59 minutes and 40 seconds in Vienna on Saturday, the first person to break two hours. The run, with rotating pacemakers, will not count as a world record. Kenyans watched on screens in Eldoret and Nairobi.",
            "SOUTH AFRICA: Eskom will cut power to parts of the country again this week as it repairs broken units, the utility said. It has asked industrial customers to reduce their load at peak hours.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                (EU, EU_COUNCIL),
                ("Guinea", "Moussa Dadis Camara"),
            ),
            # the measures and the arms embargo of 2009, the embargo lifted in 2014; the two peace
            # agreements of Mozambique (August) and of Ethiopia and Eritrea (July 2018)
            Gold("sanctions.imposed", "historical", (EU,), ("Guinea",), core=False),
            Gold("sanctions.lifted", "historical", (EU,), ("Guinea",), core=False),
            Gold("agreement.signed", "historical", ("Mozambique", "Filipe Nyusi"), (), core=False),
            Gold("agreement.signed", "historical", ("Ethiopia", "Eritrea"), (), core=False),
        ),
        not_participants=("Burkina Faso", "Benin", "Niger", "Cameroon", "Austria", "Norway"),
    ),
    Article(
        "f05-explainer-biden-order-threatens-ethiopia-sanctions",
        date(2021, 9, 18),
        _p(
            "Explainer: Biden's New Ethiopia Sanctions Order, in Six Questions",
            "WASHINGTON | World | Saturday 18 September 2021",
            "What did the president do?",
            "On Friday President Joe Biden signed an executive order that allows the Treasury and the State Department to sanction anyone responsible for prolonging the war in northern Ethiopia, whether in the federal government, the Eritrean government, the Tigray People's Liberation Front or the Amhara regional government. In a statement he warned that his administration was prepared to take aggressive action under the order unless the parties moved quickly towards a negotiated ceasefire and let aid into Tigray.",
            "Has anyone actually been sanctioned?",
            "No. Officials briefing reporters said no names were being announced on Friday and that the order was meant to give the parties a last chance. They said decisions on designations could come within weeks if there was no progress, and that they could target leaders on any side.",
            "Hasn't Washington acted before?",
            "Yes, on a smaller scale. In May the State Department imposed visa restrictions on unnamed Ethiopian and Eritrean officials and members of the Amhara forces accused of abuses, and cut most economic and security assistance to Ethiopia. In August the Treasury sanctioned the Eritrean army's chief of staff, General Filipos Woldeyohannes, accusing his forces of massacres, sexual violence and the looting of property in Tigray.",
            "Why Eritrea?",
            "Eritrean troops crossed into Tigray last November to fight alongside Ethiopia's federal forces after the TPLF attacked a federal army base. Addis Ababa denied their presence for months before admitting it in March. Washington has repeatedly called for them to leave; aid agencies say they are still there.",
            "What does Addis Ababa say?",
            "Prime Minister Abiy Ahmed, who won the Nobel Peace Prize in 2019 for his peace agreement with Eritrea, responded with an open letter to Biden saying that pressure from abroad would not work and that his government was fighting a terrorist group. The foreign ministry said the order ignored what it called the TPLF's crimes.",
            "What comes next?",
            "Ethiopia also stands to lose its duty-free access to the American market under the African Growth and Opportunity Act, a decision due before the end of the year. Diplomats in Nairobi say the African Union's envoy, Olusegun Obasanjo, will visit Mekelle and Addis Ababa next week. The UN says hundreds of thousands of people in Tigray face famine conditions, and that only a tenth of the needed aid trucks have reached the region since July.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, "Joe Biden"),
                ("Ethiopia", "Eritrea", TPLF),
            ),
            # no names announced on Friday; the visa bans of May and General Filipos's listing in
            # August; the Eritrean troops in Tigray since November; the peace of 2018
            Gold("sanctions.imposed", "negated", (US,), ("Ethiopia", "Eritrea"), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, STATE_DEPT),
                ("Ethiopia", "Eritrea", "Filipos Woldeyohannes"),
                core=False,
            ),
            Gold("military.presence", "historical", ("Eritrea",), ("Ethiopia",), core=False),
            Gold("agreement.signed", "historical", ("Ethiopia", "Eritrea"), (), core=False),
        ),
        not_participants=("Kenya", "Nigeria"),
    ),
    Article(
        "f06-live-blog-dr-congo-joins-east-african-community",
        date(2022, 3, 29),
        _p(
            "LIVE: East African leaders' summit on DR Congo membership | Updates, newest first | Tuesday, March 29, 2022",
            "17.40 EAT | That's all from us today. Thank you for following. A summary of the day: the Democratic Republic of Congo is the East African Community's seventh member; the treaty of accession still has to be signed; Somalia waits.",
            "16.05 EAT | Kinshasa reacts. President Félix Tshisekedi, who took part by video link, thanked the other heads of state and said his country's 90 million people would bring the bloc a market, rivers and minerals. \"Congo has always looked west and south. Today it also looks east,\" he said. Cars were honking in central Goma, our correspondent reports.",
            "15.20 EAT | What happens next? The admission is complete only when Tshisekedi signs the treaty of accession, which officials expect him to do in Nairobi in the coming weeks, and Kinshasa deposits its instrument of ratification. Congo will then have six months to start applying the customs union's rules.",
            "14.52 EAT | BREAKING: The Democratic Republic of Congo has been admitted as the seventh member of the East African Community, Kenya's President Uhuru Kenyatta, the chair of the summit, announces at the end of the closed session. \"We are now a community that stretches from the Indian Ocean to the Atlantic,\" he says.",
            "13.30 EAT | No decision on Somalia. Somalia applied to join in 2012, but a verification mission has yet to report, and diplomats say the file will not be on the table today. Mogadishu's application remains pending.",
            "12.10 EAT | Some background. The EAC was founded in 1967, collapsed ten years later and was revived in 2000 by Kenya, Tanzania and Uganda. Burundi and Rwanda joined in 2007 and South Sudan in 2016. The bloc has a customs union and a common market, and plans a single currency.",
            "11.45 EAT | Security is on everyone's mind. Ugandan troops have been operating in North Kivu since November in a joint offensive with the Congolese army against the Allied Democratic Forces, and the M23 rebels have attacked army positions near the Rwandan border this week. Kenyatta said a bigger market would not mean much without peace in the east.",
            "11.00 EAT | Good morning. The summit opens by video conference, with Kenyatta chairing from State House in Nairobi. Seven heads of state and government are expected to join. Ministers recommended Congo's admission last week after a verification report found the country met the criteria, with reservations about its debts to the bloc's institutions.",
        ),
        (
            Gold("alliance.joined", "occurred", (DRC, "Félix Tshisekedi"), (EAC,)),
            # the treaty of accession to be signed; Somalia's application pending; the joinings of
            # 2007 and 2016; the Ugandan troops in North Kivu since November
            Gold("agreement.signed", "planned", (DRC,), (EAC,), core=False),
            Gold("alliance.joined", "stalled", ("Somalia",), (EAC,), core=False),
            Gold("alliance.joined", "historical", ("Burundi", "Rwanda", "South Sudan"), (EAC,), core=False),
            Gold("military.presence", "historical", ("Uganda",), (DRC,), core=False),
        ),
        not_participants=("Tanzania",),
    ),
    Article(
        "f07-press-release-nz-welcomes-bougainville-peace-agreement",
        date(2001, 8, 30),
        _p(
            "MEDIA STATEMENT",
            "Hon Phil Goff, Minister of Foreign Affairs and Trade | 30 August 2001 | For immediate release",
            "Goff welcomes signing of Bougainville Peace Agreement",
            "Foreign Affairs Minister Phil Goff today welcomed the signing of the Bougainville Peace Agreement at Arawa by the Government of Papua New Guinea and Bougainville's leaders, bringing a formal end to a conflict that cost as many as 15,000 lives over more than a decade.",
            "\"This is a proud day for the people of Bougainville and of Papua New Guinea,\" Mr Goff said. \"The agreement signed today is the result of four years of patient negotiation by people who once fought each other. It deserves the support of the whole region.\"",
            "The agreement provides for an autonomous Bougainville government with its own constitution, a referendum on Bougainville's future political status to be held in 10 to 15 years' time, and the disposal of weapons held by the Bougainville Revolutionary Army and the Resistance forces in three stages under United Nations verification. Constitutional amendments to give effect to autonomy are to be passed by the national Parliament.",
            "Mr Goff paid tribute to Prime Minister Sir Mekere Morauta, to the Bougainville leaders Joseph Kabui and John Momis, and to the former combatants who had agreed to hand in their guns. He said the weapons disposal would be the test of the agreement.",
            "New Zealand has been closely involved in the peace process since hosting the talks at Burnham military camp in 1997 that produced the first truce, and the Lincoln Agreement on a permanent ceasefire, signed at Lincoln University in January 1998.",
            "The regional Peace Monitoring Group, led by Australia with personnel from New Zealand, Fiji and Vanuatu, has been on the island since 1998. Its unarmed monitors will stay to support the weapons disposal programme. New Zealand will also continue its aid programme in Bougainville, worth $4 million this year, which supports the rebuilding of schools, health centres and community policing.",
            "The minister noted that the Bougainville Copper mine at Panguna, whose closure in 1989 was at the heart of the conflict, remains shut and that its future is a matter for the people of Bougainville.",
            "Media contact: Press secretary, Office of the Minister of Foreign Affairs and Trade, Parliament Buildings, Wellington.",
        ),
        (
            Gold("agreement.signed", "occurred", (PNG, "Joseph Kabui", "John Momis"), ()),
            # the Burnham truce of 1997 and the Lincoln Agreement of 1998; the monitors on the
            # island since 1998, who will stay
            Gold("agreement.signed", "historical", (PNG,), (), core=False),
            Gold(
                "military.presence",
                "historical",
                ("Australia", "New Zealand", "Fiji", "Vanuatu"),
                (PNG,),
                core=False,
            ),
            Gold("military.presence", "planned", ("Australia", "New Zealand"), (PNG,), core=False),
        ),
    ),
    Article(
        "f08-buenos-aires-daily-1990-argentina-britain-restore-relations",
        date(1990, 2, 16),
        _p(
            "Argentina and Britain Restore Relations Eight Years After the War",
            "BUENOS AIRES, Friday, February 16, 1990",
            "Argentina and Britain restored full diplomatic relations yesterday, ending a break that began when Argentine troops landed on the Falkland Islands in April 1982 and the two countries went to war over them.",
            "The announcement came in a joint statement issued in Madrid at the end of two days of talks between delegations from the two foreign ministries. The embassies in Buenos Aires and London, looked after for eight years by interests sections under the Swiss and Brazilian flags, will be reopened, and the two governments are to name ambassadors in the coming weeks.",
            "As in the first round of talks in Madrid in October, when the two sides declared hostilities over and restored consular relations, the question of sovereignty was set aside under an agreed formula that protects each side's position. Foreign Minister Domingo Cavallo said yesterday that Argentina's claim to the islands was \"untouched and unrenounceable\", and that it would be pursued by peaceful means alone.",
            "The two sides also agreed on a system of information and consultation on military movements in the South Atlantic, including advance notice of exercises, and on a direct communication link between the military authorities on the islands and on the mainland. Britain keeps about 2,000 troops at Mount Pleasant, on East Falkland.",
            "In London, Foreign Secretary Douglas Hurd told the House of Commons that the agreement \"opens a new chapter\" without weakening Britain's commitment to the islanders. A spokesman for the Falkland Islands Legislative Council said the islanders were relieved that their status had not been discussed.",
            "For President Carlos Menem's government, which took office in July, the agreement is the centrepiece of a foreign policy that seeks closer ties with Washington and Western Europe and access to credit for an economy still suffering from hyperinflation. Officials hope it will clear the way for an Argentine trade agreement with the European Community, which suspended imports from Argentina in April 1982 at Britain's request and lifted the ban that June.",
            "Veterans' associations held a silent vigil outside the Foreign Ministry last night. \"We are not against peace,\" said one former conscript, \"but nobody has asked us.\"",
            "Flights between the two countries are expected to resume later this year, and British Airways said it was studying a route. Trade between Argentina and Britain, worth about $40 million last year, has been carried out through third countries since 1982.",
        ),
        (
            Gold("relations.restored", "occurred", ("Argentina", UK, "Domingo Cavallo", "Douglas Hurd"), ()),
            # the embassies to reopen and the ambassadors to be named; the consular relations of
            # October; the British garrison; the European Community's ban of April 1982 lifted
            # that June
            Gold("relations.restored", "planned", ("Argentina", UK), (), core=False),
            Gold("relations.restored", "historical", ("Argentina", UK), (), core=False),
            Gold("military.presence", "historical", (UK,), ("Falkland Islands",), core=False),
            Gold("sanctions.imposed", "historical", (EC, EU), ("Argentina",), core=False),
            Gold("sanctions.lifted", "historical", (EC, EU), ("Argentina",), core=False),
        ),
        not_participants=("Spain", "Switzerland", "Brazil"),
    ),
    Article(
        "f09-wire-1980-zimbabwe-first-integrated-battalions",
        date(1980, 11, 21),
        _p(
            "Former Enemies Parade Together as Zimbabwe Forms Its First Integrated Battalions",
            "SALISBURY, Nov 21 (wire)",
            "Guerrillas of Zimbabwe's two nationalist armies and soldiers of the former Rhodesian army were merged into new battalions of the Zimbabwe National Army on Thursday, seven months after independence, at a passing-out parade at a training camp east of the capital.",
            "Some 35,000 fighters of ZANLA, the armed wing of Prime Minister Robert Mugabe's ZANU-PF, and ZIPRA, which answers to Joshua Nkomo's Patriotic Front, are still waiting in assembly points set up under the ceasefire. Under the integration plan, they are to be formed into battalions over the next eighteen months, each mixing men of both guerrilla armies under officers drawn from all three forces. Those who are not selected will be offered land, training or a demobilisation allowance.",
            "The selection and training is run by a British Military Advisory and Training Team of about 150 officers and non-commissioned officers, which arrived in the spring. The British High Commission said on Wednesday that London would send about 60 more instructors to join the team early in the new year, at the request of the Zimbabwe government.",
            "\"Six months ago these men were shooting at each other. Today they are wearing the same uniform,\" said the commander of one of the new battalions, a former ZANLA fighter. A British officer who watched the parade said discipline was good but that many of the guerrillas had never been taught to read a map.",
            "The integration is being watched closely for signs of the rivalry between the two parties. Fighting between ZANLA and ZIPRA men in the Entumbane township of Bulawayo this month killed more than 50 people before former Rhodesian units restored order, and Mr Nkomo has complained that his men are being passed over for command posts.",
            "The Lancaster House Agreement, signed in London in December by Britain, the Patriotic Front and the government of Bishop Abel Muzorewa, ended a seven-year war that cost some 30,000 lives. A Commonwealth Monitoring Force of about 1,300 troops, most of them British, oversaw the ceasefire and the elections of February before leaving in March. Britain and the United Nations lifted their sanctions on the country in December, fourteen years after Ian Smith's unilateral declaration of independence.",
            "The army's commander, Lieutenant-General Peter Walls, a former Rhodesian commander, resigned in July. Defence officials said a new chief would be named once the integration was further advanced.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Zimbabwe", ZANLA, ZIPRA), ()),
            Gold("military.presence", "planned", (UK,), ("Zimbabwe",)),
            # the training team there since the spring; the Lancaster House Agreement; the
            # monitoring force; the sanctions lifted in December
            Gold("military.presence", "historical", (UK,), ("Zimbabwe",), core=False),
            Gold("agreement.signed", "historical", (UK, "Zimbabwe"), (), core=False),
            Gold("sanctions.lifted", "historical", (UK, UN), ("Zimbabwe",), core=False),
        ),
    ),
    Article(
        "f10-nm-basketball-notes-club-sanctions-and-signings",
        date(2024, 1, 16),
        _p(
            "COURTSIDE | Basketball notes | Tuesday 16 January",
            "The league has imposed sanctions on the Harbour City Hawks for breaching the salary cap last season: a fine of $150,000, half of it suspended until the end of next season, and the loss of their first pick in the next draft. The club said it had made \"an honest mistake\" over a player's housing allowance and would not appeal. Commissioner Dana Whitfield said the suspended part of the fine would be lifted if the club's next two audits were clean.",
            "The two-game ban on Rivers guard Tomas Petrauskas was lifted on appeal on Friday. The tribunal found that his elbow in the game against the Comets was careless rather than reckless, and he returns against the Hawks on Saturday. Petrauskas, who joined the Rivers from Lithuania's Zalgiris two years ago, leads the league in assists.",
            "The Comets have signed the Serbian centre Nikola Radović on a two-year agreement after he was released by his club in Belgrade. The 2.11-metre Radović played for Serbia at the World Cup in the Philippines last summer and is expected to be deployed mainly off the bench at first.",
            "The league confirmed that the Round 19 game between the Hawks and the Rivers, postponed in December because of the heat, has been restored to the fixture list and will be played on 8 February. Tickets already bought remain valid.",
            "The season has been extended by a week to fit the postponed games in, which means the grand final series now starts on 15 March.",
            "Attendances are up 11 per cent on last season, the league said, and the new streaming deal signed with a Japanese platform has brought in viewers from across Asia. The league has also joined an alliance of Asia-Pacific leagues that will share refereeing standards and player-welfare rules.",
            "Injury list: Comets forward Malik Johnson (knee) is out for six weeks; Hawks captain Ben O'Rourke (ankle) is day to day.",
            "This week's game of the week: Rivers v Hawks, Saturday, 7.30pm. The Rivers have won six of their last seven games; the Hawks have lost four in a row since the sanctions were announced.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "f11-nm-business-two-nordic-lenders-sign-merger",
        date(2023, 5, 9),
        _p(
            "Nordic lenders agree merger; regulator imposes conditions",
            "OSLO, May 9 (business wire)",
            "Fjordbank of Norway and Kattegat Sparbank of Sweden signed a merger agreement on Tuesday that will create the region's fifth-largest savings bank, with about 1.9 million customers, after the Norwegian financial supervisor imposed conditions on the combined group's capital.",
            "Under the agreement, Kattegat shareholders will receive 0.82 new Fjordbank shares for each share they hold, valuing the Swedish lender at about 14 billion Swedish crowns. The combined group will keep its headquarters in Bergen and list its shares in Oslo and Stockholm. The two banks' IT systems will be fully integrated by the end of 2025, and the Kattegat brand will be dropped.",
            "The supervisor, Finanstilsynet, said the merged bank would have to hold an extra 1.5 percentage points of core capital for three years. Sweden's competition authority lifted its objection last month after Kattegat agreed to sell 14 branches in the Gothenburg area. The deal still needs the approval of both banks' shareholders at meetings in June.",
            "Unions at both banks had threatened to strike over job cuts. The Swedish union suspended its planned action on Monday after the banks agreed that no staff would be made redundant before 2025. About 600 of the 4,100 jobs are expected to go through retirements and natural turnover. Some branch staff will be deployed to a new customer service centre in Malmö.",
            "Fjordbank also extended its hiring freeze until the end of the year and said it would restore its dividend, suspended during the pandemic, from the 2023 results. Chief executive Ingrid Solheim will lead the combined bank, and Kattegat's chief executive, Johan Lindqvist, joins its board.",
            "\"Scale matters in banking now. Digital investment and regulation cost the same whether you have one million customers or two,\" Solheim said.",
            "Fjordbank shares rose 4.2 per cent in Oslo. Kattegat shares jumped 11 per cent in Stockholm. Analysts at one Nordic broker said the price was fair and the cost savings, put at 900 million crowns a year, looked achievable.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "f12-nm-local-pembrokeshire-hosepipe-ban-and-ferry",
        date(2025, 9, 2),
        _p(
            "Hosepipe ban lifted, school merger approved and Rosslare sailings restored",
            "PEMBROKESHIRE | Local news | Tuesday 2 September",
            "Welsh Water has lifted the hosepipe ban it imposed across Pembrokeshire in July, after three weeks of rain brought the county's reservoirs back above 80 per cent. The company said customers should still use water wisely and that the restrictions, the first in the county since 2018, had saved about 12 million litres a day.",
            "County councillors on Thursday approved the merger of two primary schools in the Haverfordwest area, which will be brought together on a single site from September next year. Parents had collected 600 signatures against the plan. The council said the schools' staff would be integrated into one team and that no teaching posts would be lost.",
            "The council also signed a twinning agreement with the Breton town of Locminé in France, whose mayor visited Fishguard last week with a delegation of schoolchildren and a brass band. The agreement will support exchanges of pupils, sports teams and local businesses.",
            "Sailings between Fishguard and Rosslare in Ireland have been restored after a fortnight's suspension while the ferry was in dry dock. The operator said bookings for the autumn were strong and that an extra sailing would be added on Fridays.",
            "The 20mph speed limit outside schools in St Davids and Newport has been extended to the roads around the two village halls, and extra traffic wardens will be deployed to Tenby's town centre during the half-term week after complaints about parking on pavements.",
            "Pembrokeshire has joined a partnership of coastal councils in Wales and the south-west of England that will bid for money to protect beaches and sea walls from erosion. The council's cabinet member for the environment said the partnership would give small councils a stronger voice.",
            "Police are appealing for witnesses after two boats were stolen from Milford Haven marina on Saturday night. Anyone with information is asked to call 101.",
            "The county show will return in August next year after organisers said the move to a new ground at Withybush had been a success.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
}
CHECK_CORE_FOUND: dict[str, str] = {
    "f03-compliance-newsletter-helms-burton-title-iii-45-days": (
        "'had suspended for 45 days ... the right ... to sue' under Title III of Helms-Burton gives "
        "nothing: no sanctions word, and Helms-Burton is not read as a sanctions law"
    ),
    "f05-explainer-biden-order-threatens-ethiopia-sanctions": (
        "'signed an executive order that allows the Treasury ... to sanction anyone responsible' is "
        "no threat form, and 'prepared to take aggressive action' has no sanctions word"
    ),
}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


_HELMS_BURTON = (
    "the Helms-Burton Act is not among the sanctions laws the English suspension reads (the Caesar "
    "Act, CAATSA, the Magnitsky Act, 'sanctions act', executive orders)"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States on Tuesday suspended the Helms-Burton Act for 45 days.",
            id="suspended-the-helms-burton-act",
        ),
        pytest.param(
            "The United States on Tuesday suspended Title III of the Helms-Burton Act for 45 days.",
            id="suspended-title-iii-of-the-helms-burton-act",
        ),
        pytest.param(
            "Secretary of State Marco Rubio on Tuesday suspended the Caesar Act for 180 days.",
            id="a-secretary-suspended-a-sanctions-law",
        ),
        pytest.param(
            "The State Department on Tuesday suspended the Caesar Act for 180 days.",
            id="a-department-suspended-a-sanctions-law",
        ),
        pytest.param(
            "The United States on Tuesday suspended its sanctions on Cuba for 45 days.",
            id="suspended-its-sanctions-on-a-state",
        ),
        pytest.param(
            "The United States on Tuesday suspended for 45 days, rather than six months, the "
            "sanctions on Cuba.",
            id="suspended-for-a-term-rather-than-another-the-sanctions",
        ),
    ],
)
def test_a_suspension_of_a_sanctions_law_is_read(text: str) -> None:
    assert ("sanctions.suspended", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The EU on Monday renewed for a year its sanctions on Belarus over the crackdown on "
            "protesters in August 2020.",
            id="renewed-over-a-cause-with-its-date",
        ),
        pytest.param(
            "The EU on Monday renewed for a year its sanctions on Belarus, first imposed in 2020.",
            id="renewed-first-imposed-in-a-year",
        ),
        pytest.param(
            "The EU on Monday renewed for a year its sanctions on Belarus over the crackdown on "
            "protesters.",
            id="renewed-over-a-cause-without-a-date",
        ),
        pytest.param(
            "The EU on Monday renewed for a year the asset freeze it keeps on five Russians.",
            id="renewed-the-asset-freeze-it-keeps-on",
        ),
    ],
)
def test_a_renewal_with_a_past_date_beside_it_is_news(text: str) -> None:
    assert ("sanctions.extended", "occurred") in _told(text)


def _targets(text: str) -> list[str]:
    return [n for _, st, _, t in event_rows(text, MONDAY) if st == "occurred" for n in t]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "The EU on Monday imposed sanctions on five Guineans.",
            "Guinea",
            id="five-guineans",
            marks=pytest.mark.xfail(strict=True, reason="'Guineans' is not read as Guinea's people"),
        ),
        pytest.param("The EU on Monday imposed sanctions on five Malians.", "Mali", id="five-malians"),
        pytest.param("The EU on Monday imposed sanctions on five Russians.", "Russia", id="five-russians"),
    ],
)
def test_sanctions_on_a_number_of_a_states_people_target_the_state(text: str, state: str) -> None:
    assert state in _targets(text)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "President Joe Biden on Tuesday signed an executive order that allows the Treasury to "
            "sanction those responsible for the war in Sudan.",
            "an order that allows sanctions and names no one is no threat form",
            "signed-an-order-that-allows-sanctions",
        ),
        pytest.param(
            "President Joe Biden on Tuesday threatened to sanction those responsible for the war in "
            "Sudan.",
            id="threatened-to-sanction-those-responsible",
        ),
        pytest.param(
            "President Joe Biden on Tuesday warned Sudan's generals of sanctions.",
            id="warned-of-sanctions",
        ),
        pytest.param(
            "President Joe Biden warned on Tuesday that he would impose sanctions on Sudan unless the "
            "generals agreed a ceasefire.",
            id="warned-he-would-impose-sanctions-unless",
        ),
    ],
)
def test_an_order_authorising_sanctions_is_a_threat(text: str) -> None:
    assert ("sanctions.threatened", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Biden's New Sudan Sanctions Order", id="new-state-sanctions-order"),
        pytest.param("Biden's New Sudan Sanctions Framework", id="new-state-sanctions-framework"),
        pytest.param("Biden Signs Sudan Sanctions Order", id="signs-state-sanctions-order"),
    ],
)
def test_a_headline_sanctions_order_is_no_imposition(text: str) -> None:
    assert ("sanctions.imposed", "occurred") not in _told(text)


def _integration_parties(text: str) -> list[list[str]]:
    return [a + t for ty, st, a, t in event_rows(text, MONDAY) if (ty, st) == ("forces.integrated", "occurred")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Fighters of Sudan's two rebel movements and soldiers of the former army were merged into "
            "new battalions on Thursday.",
            "Sudan",
            id="the-state-in-the-first-of-two-subjects",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the state named in the first of two coordinated subjects is out of reach",
            ),
        ),
        pytest.param(
            "Former rebels were merged into the Zambia Army on Thursday.",
            "Zambia",
            id="an-army-named-after-its-state-the-knowledge-base-lacks",
        ),
        pytest.param(
            "Fighters of Sudan's two rebel movements were merged into new battalions on Thursday.",
            "Sudan",
            id="the-state-in-a-single-subject",
        ),
        pytest.param(
            "The fighters of two rebel movements and soldiers of the old army were merged into the "
            "army of Sudan on Thursday.",
            "Sudan",
            id="two-subjects-merged-into-the-army-of-a-state",
        ),
        pytest.param(
            "Former rebels were merged into the Kenya Defence Forces on Thursday.",
            "Kenya",
            id="an-army-the-knowledge-base-knows",
        ),
    ],
)
def test_forces_merged_have_their_state_as_a_party(text: str, party: str) -> None:
    found = _integration_parties(text)
    assert any(party in names for names in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The league signed a streaming deal with a Japanese platform on Monday.",
            id="deal-with-a-japanese-platform",
        ),
        pytest.param(
            "The league signed a streaming deal with a Japanese broadcaster on Monday.",
            id="deal-with-a-japanese-broadcaster",
        ),
        pytest.param(
            "The league signed a streaming deal with a Japanese company on Monday.",
            id="deal-with-a-japanese-company",
        ),
        pytest.param("The league signed a streaming deal with a Korean app on Monday.", id="deal-with-a-korean-app"),
    ],
)
def test_no_accord_of_a_state_from_a_company_named_by_its_demonym(text: str) -> None:
    assert not [r for r in alert_rows(text, MONDAY) if r[0] == "agreement.signed"]


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "China answered within the hour. Its foreign ministry announced sanctions on ten "
            "Europeans and four organisations.",
            "'its foreign ministry' does not carry the state of the sentence before",
            "its-foreign-ministry-after-the-state",
        ),
        pytest.param(
            "China's foreign ministry on Monday announced sanctions on ten Europeans and four "
            "organisations.",
            id="the-states-foreign-ministry",
        ),
    ],
)
def test_counter_sanctions_have_their_state_as_actor(text: str) -> None:
    assert any(
        ty == "sanctions.imposed" and st == "occurred" and "China" in a for ty, st, a, _ in event_rows(text, MONDAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The European Union on Monday imposed sanctions on four Chinese officials, its first "
            "measures against Beijing since the arms embargo that followed the Tiananmen Square "
            "protests in 1989.",
            id="first-since-the-embargo-after-the-tiananmen-square-protests-in-a-year",
        ),
        pytest.param(
            "The European Union on Monday imposed sanctions on four Chinese officials, its first "
            "measures against Beijing since the arms embargo that followed the crackdown in 1989.",
            id="first-since-the-embargo-after-the-crackdown-in-a-year",
        ),
        pytest.param(
            "Japan on Monday imposed sanctions on four Syrian officials, its first measures against "
            "Damascus since 2012.",
            id="first-since-a-year",
        ),
    ],
)
def test_first_sanctions_since_a_past_year_are_news(text: str) -> None:
    assert ("sanctions.imposed", "occurred") in _told(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The Security Council has voted to lift the sanctions it imposed on Libya more than ten "
            "years ago.",
            ("sanctions.lifted", "occurred"),
            id="voted-to-lift-the-sanctions-it-imposed-years-ago",
        ),
        pytest.param(
            "Somalia has been admitted as the eighth member of the East African Community, Kenya's "
            "president announced.",
            ("alliance.joined", "occurred"),
            id="has-been-admitted-as-the-eighth-member-of",
        ),
        pytest.param(
            "Chile and Peru restored full diplomatic relations yesterday, ending a break that began in "
            "1978.",
            ("relations.restored", "occurred"),
            id="restored-full-relations-ending-a-break-of-a-past-year",
        ),
        pytest.param(
            "The minister today welcomed the signing of the peace agreement by the Government of the "
            "Philippines and the rebels.",
            ("agreement.signed", "occurred"),
            id="welcomed-the-signing-by-the-government-of-a-state",
        ),
        pytest.param(
            "The Foreign Office said on Wednesday that London would send 60 more military instructors "
            "to Sierra Leone.",
            ("military.presence", "planned"),
            id="would-send-more-military-instructors",
        ),
        pytest.param(
            "US Imposes New Iran Sanctions", ("sanctions.imposed", "occurred"), id="headline-imposes-new-sanctions"
        ),
    ],
)
def test_the_forms_the_set_found(text: str, told: tuple[str, str]) -> None:
    assert told in _told(text)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout33_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-33 English events"))
