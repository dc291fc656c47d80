"""Thirtieth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
twenty-nine sets lack: a world-news ticker of time-stamped items with datelines (China opening its
base in Djibouti, the Treasury's sanctions on Maduro, Trump to sign the sanctions bill on Russia,
Iran and North Korea, Moscow's cut of American diplomatic staff; 2017), a signed opinion column on
Biden ending the US sanctions programme on Burundi while the EU keeps its own (2021), Modi's opening
remarks at the New Delhi summit in excerpts, with the African Union admitted as a permanent member
of the G20 and the India-Middle East-Europe corridor memorandum signed (2023), a business council's
members' bulletin on the Netherlands and Turkey normalising relations after the Rotterdam row
(2018), a Winter Olympics dispatch from PyeongChang on the UN sanctions committee exempting Choe Hwi
from its travel ban, Seoul's exception for a North Korean ferry and Pence's announcement of new
sanctions (2018), a "Letter from Conakry" on the ECOWAS deadline to Guinea's junta with sanctions to
follow (2022), an election-day front page with its "also inside" box on the South African National
Defence Force taking in Umkhonto we Sizwe, APLA and the homeland armies (1994), a parliamentary
digest of the Verkhovna Rada's sitting and Zelensky's decree renewing the blocks on VKontakte,
Yandex and Mail.ru for three years (2020), a legal-affairs report on the State Department moving to
delist the Mujahedin-e Khalq under a court deadline (2012), and near misses (a Fife story on eight
police forces "merged" into Police Scotland, officers "deployed" and "joined", an "agreement" on
civilian staff and a recruiting freeze "imposed" and to be "lifted"; a companies page on Renault and
Nissan recasting their "alliance" in a "framework agreement", voting rights "restored" and a stake
in Ampere "agreed"; a Mayotte story after Cyclone Chido with a curfew "imposed", police and
gendarmes "deployed", soldiers flown in and flights "suspended").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a bloc joined; a memorandum signed; relations normalised; liberation armies
taken into a national army; a foreign base opened), eleven occurred and three planned, beside
historical, negated and stalled events. They are told in the ordinary ways: a ticker's items ("06:55
DJIBOUTI - China formally opened its first military base abroad", "put Venezuelan President Nicolas
Maduro on its sanctions list", "President Trump will sign the bill imposing new sanctions"), a
lifting told as an order that "ends the national emergency" and "revokes the order" with the
designations "lifted", an invitation in a speech ("I invite the chairperson of the African Union to
take his seat as a permanent member") beside "became a permanent member", a memorandum signed by
eight parties in one list, "agreed ... to normalise their diplomatic relations and to reinstate
ambassadors", an exemption from a travel ban "granted" by a committee and a port ban bent ("let the
North Korean ferry ... dock ... although North Korean ships have been barred"), "would soon unveil
the toughest ... round of economic sanctions", a deadline after which "sanctions will come into
force immediately", a force that "takes in" the armed wings of the liberation movements, "extended
for three years Ukraine's sanctions on", "has decided to take the Mujahedin-e Khalq ... off the US
list", and dates as "on Monday", "in January", "since June", "a week ago" and "in October 1997".

Decisions of the annotation: a base "formally opened" with its flag raised is a presence that
occurred (core), the American, French, Japanese and Italian forces in Djibouti "since 2002", "since
independence" and "in 2011" historical presences; the Treasury that "put ... Maduro on its sanctions
list" on Monday imposes (core), Trump's "strong and swift economic actions" before the vote a
historical threat, oil measures "still under consideration" no event; a president who "will sign the
bill imposing new sanctions" plans an imposition (core), and the bill's bar on "easing the sanctions
on Russia" and Moscow's cut of the missions' staff are no events. An order that "ends the national
emergency" with "the designations ... lifted" lifts (core), the programme of 2015 and its first four
names a historical imposition, the EU's bans and freezes "imposed in 2015" (and its budget support
suspended in 2016) a historical imposition that "remain[s] in force", so a negated lifting; a
columnist's "lift its measures when they are taken" and "a decision could come early next year" are
no plans, and Burundi leaving the ICC is no event. A union that "became a permanent member of the
Group of 20" when invited "to take his seat" joins (core), the EU "a member from the start" a
historical joining; eight parties that "signed a memorandum of understanding" on the corridor sign
(core: a cooperation memorandum of states, economic though it is), and the leaders' declaration
adopted by the summit is no accord. States that "agreed ... to normalise their diplomatic relations"
restore ties (core), the ambassadors to be reinstated "shortly" a planned restoration (not core: a
step of the same news, as in set 29), Ankara's measures of March 2017 "what it called sanctions" a
historical imposition, its ministers' threat of economic sanctions historical and "none were ever
applied" a negated imposition; a trade mission "suspended" and seminars that "resume" are a
council's business. A sanctions committee that "granted an exemption from its travel ban and asset
freeze" for a delegation's stay suspends (core), and so does a government that "let the North Korean
ferry ... dock" although its ships "have been barred ... since 2010" (core: another authority's
measures, as OFAC beside the EU in set 29); the listing "since June" and the port ban of 2010 are
historical impositions, "Nothing has been lifted" a negated lifting; a vice-president who said the
United States "would soon unveil the toughest and most aggressive round of economic sanctions"
announces a planned imposition (core); a joint hockey team that players "joined", athletes the North
"agreed to send", exercises "postponed" and Russians under a neutral flag are no events. A bloc
whose summit says that after a deadline "economic and financial sanctions will come into force
immediately" threatens (core), its travel bans and asset freezes of September and its sanctions on
Mali of January historical impositions, those sanctions "kept" with easing considered "only if" a
negated lifting, a Guinea that "refused to apply the sanctions on Mali" a negated imposition; the
suspension of Guinea from the bloc's bodies is no sanction (as set 4), "An embargo on Guinea would
put an end to that" no event. A national defence force that "takes in" the homeland armies and the
armed wings of the liberation movements integrates (core), the guerrillas who "are to report to
assembly areas" before they "are placed in units" a planned integration (not core: the same news),
the KwaZulu Police and Inkatha's units that "are not part of the arrangement" a negated integration,
the UN arms embargo "imposed in 1977" that "remains in force" a historical imposition and a negated
lifting, and "will review it" no plan; Inkatha that "joined the election" is no joining. A president
who "has extended for three years Ukraine's sanctions on" Russian web companies extends (core; the
renewal of a state's own measures), the dozen companies "taken off" the list in the same decree a
lifting that occurred (not core: housekeeping of the renewal), the measures of May 2017 a historical
imposition, the Normandy talks that "have stalled" with "No new agreement ... signed" a stalled
agreement; the Rada's resolution asking for the renewal and an IMF loan's "condition" are no events
of their own. A secretary who "has decided to take the Mujahedin-e Khalq ... off the US list of
foreign terrorist organisations", the revocation to "take effect when it is published", plans a
lifting (core), the listing of October 1997 is a historical imposition, the British and EU
delistings of 2008 and 2009 historical liftings, and "does not lift or ease any of the American
sanctions on Iran" a negated lifting; the court's order of June is no event of its own. Outside the
monitor's remit (no event): police forces and fire services merged, officers deployed and joined, an
agreement between a police authority and its chief constable, a freeze imposed and to be lifted;
carmakers' alliance, framework and definitive agreements, voting rights restored and a stake agreed;
a curfew imposed, police and gendarmes deployed and soldiers flown in within France, flights
suspended, and migrants from the Comoros.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout30_events_en``.
Measured before any fix (2026-12-02, on commit 02398db): P 0.615, R 0.643, F1 0.629 (recall 9/14, 8
of 13 alerts right; recall by status: occurred 7/11, planned 2/3; three false alarms and two
unexpected alerts, no venue as a party; the three near misses quiet). No annotation was corrected
after the run. Missed: the end of the Burundi programme ("President Joe Biden on Thursday signed an
executive order that ends the national emergency declared in November 2015 and revokes the order
that came with it. The Treasury said the designations made under the programme were lifted ...": an
order that "ends the national emergency" behind a programme is no lifting, and "designations" are no
sanctions noun for a lifting verb, "lifted the designations of" and "the designations ... were
lifted" giving nothing, while "ended the sanctions programme on Zimbabwe" is a lifting); the ECOWAS
threat ("West Africa's leaders have given Guinea's military government until April 25 to present an
acceptable timetable ... After that date, says the communique of their summit ..., economic and
financial sanctions will come into force immediately": sanctions that "will come into force" after a
deadline or "if" it is missed, and "gave ... a month to ... or face economic sanctions", are no
threat forms, while "warned ... that sanctions would follow if" and "threatened ... with sanctions"
are); the South African integration ("The new force takes in the SADF, the defence forces of the
four nominally independent homelands ... and the armed wings of the liberation movements": an army
that "takes in" or "took in" fighters, the army the subject, is no integration form, while fighters
"taken into Mozambique's army" or "absorbed into the Mozambican army" are integrated); Zelensky's
renewal, read as historical ("President Volodymyr Zelensky has extended for three years Ukraine's
sanctions on the Russian social networks ..., a day before the measures imposed by his predecessor
in May 2017 were due to lapse": the year of a reduced relative clause with an agent, "the measures
imposed by <someone> in <year>", dates the main verb, even beside "on Friday"; without "by his
predecessor" the renewal is news); the MEK delisting ("Secretary of State Hillary Clinton has
decided to take the Mujahedin-e Khalq, an Iranian opposition group ..., off the US list of foreign
terrorist organisations": "take <someone> off <a list>" is no lifting form, and a list named by its
title, "list of foreign terrorist organisations", is no sanctions list: "took Milorad Dodik off its
sanctions list" and "will remove the Houthis from its list of foreign terrorist organisations" give
nothing, while "will remove the Houthis from its terrorist list" is a planned lifting). False
alarms: Ankara's measures of 2017 ("The row began in March 2017, ... Ankara then announced what it
called sanctions against the Netherlands: it suspended high-level political contacts ..." and
"Turkish ministers also threatened economic sanctions, but none were ever applied": a past episode
dated only in its opening, "The row began in March 2017 ... Ankara then ...", is read sentence by
sentence as this week's news, while "In March 2019 Beijing imposed sanctions on Canada" is
background); the denial in the MEK report ("The move does not lift or ease any of the American
sanctions on Iran, officials said.": sanctions after "any of the" or "all of the", with their owner,
in a sentence closed by ", officials said", are read once more as an imposition that occurred,
beside the negated lifting; with "a spokesman said", or without "any of", only the denial is read).
Unexpected: the sanctions bill's limit ("and it stops the president from easing the sanctions on
Russia without the consent of lawmakers": a lifting governed by a verb of prevention, "stops / bars
/ prevents <someone> from lifting / easing", is read as a lifting that occurred, here with Iran,
from the sentence before, as its actor); Ankara's measures again ("it suspended high-level political
contacts, barred the Dutch ambassador ...": "suspended <contacts>" after a colon or an "and" in a
sentence that announces sanctions is read as sanctions suspended, here on the ambassador). Also
seen, not scored: Seoul's exception for the ferry ("On Tuesday it let the North Korean ferry
Mangyongbong-92 dock ..., although North Korean ships have been barred from South Korean ports since
2010": an exception a state makes to its own ban, "made an exception to its ban on North Korean
ships" or "exempted a North Korean ferry from its port ban", gives nothing) and Pence's announcement
("said in Tokyo on Wednesday that the United States would soon unveil the toughest and most
aggressive round of economic sanctions on North Korea yet": "would (soon) unveil" in reported speech
gives nothing, while "would impose" and "will unveil" are plans) are counted found only through the
UN's exemption and through the headline "UN Lets a Sanctioned North Korean Travel", whose participle
before a person is read as an imposition that occurred ("A sanctioned Iranian general arrived in
Moscow" as well); China's base has Djibouti among its actors and no host (a dateline after a time,
"06:55 DJIBOUTI -", is not taken for a dateline); Maduro's listing has Venezuela as an actor, and
the sanctions bill the White House as a target; the AU's joining has no target ("Group of 20" is no
name of the G20 in the knowledge base), and the corridor memorandum India as its target and the
United States, Saudi Arabia and the UAE left out of its eight parties; the restored relations carry
"The Hague" as a party; the denied lifting on Iran has the United States as a target; the dozen
firms taken off Ukraine's list and the British and EU delistings of the MEK are not read. Each form
missed or misread is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
After the fixes (same day): P 0.750 R 0.714 F1 0.732 (recall 10/14; the Turkish episode of 2017
told after its date still alerts twice, the ECOWAS threat names no party, the South African army
"takes in" nothing the knowledge base knows, the Burundi order is in a relative clause with no
state). Fixed in general: "designations" are sanctions a lifting verb takes, and "the national
emergency with respect to <state>" is a programme that ends ("with respect to" marks its target);
"or face sanctions" after a deadline and sanctions that "would come into force" are threats (the
deadline's setter and the one it is set for); the year of "the measures imposed by <agent> in
<year>" dates the measures, not the renewal; "take <someone> … off" a list and the "list of
foreign terrorist organisations" lift (the MEK is in the knowledge base); "sanctions" after a
determiner is the noun, not the headline verb; "bars / prevents … from lifting" is no lifting; a
suspending or lifting verb with its own object ("suspended high-level political contacts") leaves
the sanctions before it alone; "the power to freeze" is no freeze; "the war in Ukraine" names no
target; a demonym "in the Ghanaian capital" is the scene.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.
Fixed later by the general-misses round 5 of 2026-12-07: a sentence in the plain past with no time of
its own that goes on with a past quarrel whose start was told ("The row began in March 2017") is historical.
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
AU = "African Union"
G20 = "G20"
UAE = "United Arab Emirates"
TREASURY = "United States Department of the Treasury"
STATE_DEPT = "United States Department of State"
ECOWAS = "Economic Community of West African States"
ZELENSKYY = "Volodymyr Zelenskyy"
MEK = "Mujahedin-e Khalq"
MK = "Umkhonto we Sizwe"
APLA = "Azanian People's Liberation Army"

ARTICLES: list[Article] = [
    Article(
        "e01-ticker-china-opens-djibouti-base-us-sanctions-maduro",
        date(2017, 8, 1),
        _p(
            "WORLD TICKER",
            "Tuesday 1 August 2017 | times GMT | newest items at the bottom",
            "06:55 DJIBOUTI - China formally opened its first military base abroad on Tuesday, raising the national flag over the People's Liberation Army's support base next to the port of Doraleh at a ceremony held on the 90th anniversary of the army's founding. The first personnel sailed from Zhanjiang in southern China on July 11. Beijing says the base will resupply naval escort flotillas in the Gulf of Aden and off Somalia and support peacekeeping and humanitarian work in Africa; state media called it a logistics facility and said it was not a step towards military expansion.",
            "07:10 DJIBOUTI (adds background) - The Chinese base is a few kilometres from Camp Lemonnier, which the United States has used since 2002 and which is its only permanent base on the continent. France has kept troops in its former colony since independence in 1977, Japan opened its first post-war base abroad there in 2011 and Italy also has a contingent. Their rents are one of the small state's main sources of income.",
            '07:40 WASHINGTON - The US Treasury on Monday put Venezuelan President Nicolas Maduro on its sanctions list, freezing any assets he has under US jurisdiction and barring Americans from dealing with him, a day after the election of a constituent assembly that Washington called illegitimate. Maduro is the fourth sitting head of state to be sanctioned by the United States, after the leaders of North Korea, Syria and Zimbabwe. President Donald Trump had threatened "strong and swift economic actions" if the vote went ahead. Officials said measures against the oil industry were still under consideration.',
            "08:05 CARACAS - Two opposition leaders who had been under house arrest, Leopoldo Lopez and Antonio Ledezma, were taken from their homes by intelligence agents before dawn, their families said. Maduro said on Monday night that he did not take orders from foreign governments.",
            "08:30 WASHINGTON - President Trump will sign the bill imposing new sanctions on Russia, Iran and North Korea, the White House has said. Congress passed it last week by majorities large enough to override a veto, and it stops the president from easing the sanctions on Russia without the consent of lawmakers.",
            "08:50 MOSCOW - The foreign ministry said the United States must cut the staff of its embassy and consulates in Russia to 455 by September 1. President Vladimir Putin said on Sunday that 755 people would have to stop working for the American missions, Moscow's answer to the sanctions bill.",
            "09:15 ISLAMABAD - The National Assembly elected Shahid Khaqan Abbasi, a former petroleum minister, as prime minister, four days after the Supreme Court disqualified Nawaz Sharif. Abbasi is expected to hold the post until Sharif's brother Shehbaz, the chief minister of Punjab, can win a seat in parliament.",
            "09:40 SANAA - The World Health Organization said the cholera epidemic in Yemen was still spreading in most provinces, though the number of new cases had fallen in some of the worst-hit districts. Aid agencies say the war has left fewer than half of the country's health facilities working.",
            "More to follow.",
        ),
        (
            Gold(
                "military.presence",
                "occurred",
                ("China", "People's Liberation Army"),
                ("Djibouti",),
            ),
            Gold("sanctions.imposed", "occurred", (US, TREASURY), ("Venezuela", "Nicolás Maduro")),
            Gold(
                "sanctions.imposed",
                "planned",
                (US, "Donald Trump"),
                ("Russia", "Iran", "North Korea"),
            ),
            # Camp Lemonnier since 2002, French, Japanese and Italian forces; Trump's threat before
            # the vote
            Gold(
                "military.presence",
                "historical",
                (US, "France", "Japan", "Italy"),
                ("Djibouti",),
                core=False,
            ),
            Gold(
                "sanctions.threatened",
                "historical",
                (US, "Donald Trump"),
                ("Venezuela",),
                core=False,
            ),
        ),
        not_participants=("Pakistan", "Yemen", "Somalia"),
    ),
    Article(
        "e02-column-us-ends-burundi-sanctions-programme",
        date(2021, 11, 19),
        _p(
            "OPINION | The Great Lakes Letter",
            "Washington has closed its Burundi file. Brussels should take its time",
            "Friday 19 November 2021",
            "Six years almost to the day after Barack Obama created it, the American sanctions programme on Burundi is gone. President Joe Biden on Thursday signed an executive order that ends the national emergency declared in November 2015 and revokes the order that came with it. The Treasury said the designations made under the programme were lifted and the property of those named no longer blocked. The eleven people on the list are off it, and the visa bans that came with their listing fall away.",
            "The White House gave three reasons: the transfer of power after the 2020 election, a marked fall in violence and what it called President Evariste Ndayishimiye's reforms across several sectors. The Treasury added that it would keep pressing the government in Gitega on human rights.",
            "Some of that is fair. Ndayishimiye pardoned the four Iwacu journalists jailed under his predecessor, has let some refugees and exiled radio stations come home and talks, at least, about fighting corruption. Bodies no longer turn up in the streets of Bujumbura most mornings, as they did in 2015 and 2016.",
            "But look at who benefits. The programme was set up in the months after Pierre Nkurunziza's run for a third term set off street protests and a failed coup, and its first four names were chosen to balance the two sides: two generals who led the coup attempt and two of the men accused of crushing the protests. One of the latter, Alain Guillaume Bunyoni, was minister of public security then. He has been prime minister since June 2020.",
            "The United Nations commission of inquiry reported in September that abuses by the intelligence service and the ruling party's youth league, the Imbonerakure, go on, if less openly. Exiled journalists are still tried in absentia, and the main opposition party complains that its local offices are attacked.",
            "Brussels has not followed Washington, and it should not hurry. The European Union's travel bans and asset freezes on four Burundians, imposed in 2015, remain in force, and the direct budget support it suspended in 2016 has not been restored. Diplomats say the EU is reviewing its measures and that a decision could come early next year.",
            "There are good reasons for patience. Burundi left the International Criminal Court in 2017 rather than face an investigation of the killings of 2015, and it has shut out the UN human rights office. European money is the last real lever anyone holds in Gitega, and it should buy something: the release of the human rights defenders still in prison, a free hand for the independent press and an end to the trials of exiles.",
            "Washington has made its bet on Ndayishimiye. Europe can make a better one. It should name the steps it wants, say so in public, and lift its measures when they are taken, not before.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "Joe Biden", TREASURY), ("Burundi",)),
            # the programme of 2015 and its designations; the EU's bans and freezes of 2015 (and its
            # aid suspended in 2016), which remain in force
            Gold("sanctions.imposed", "historical", (US,), ("Burundi",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Burundi",), core=False),
            Gold("sanctions.lifted", "negated", (EU,), ("Burundi",), core=False),
        ),
        not_participants=("International Criminal Court",),
    ),
    Article(
        "e03-speech-modi-admits-african-union-to-g20",
        date(2023, 9, 9),
        _p(
            "'Africa Takes Its Seat': Modi Opens G20 Summit by Admitting the African Union",
            "NEW DELHI, Saturday 9 September 2023 | With excerpts from the opening remarks",
            "The African Union became a permanent member of the Group of 20 on Saturday, when Prime Minister Narendra Modi invited the chairperson of the 55-nation bloc, President Azali Assoumani of the Comoros, to take his place at the leaders' table in the first minutes of the summit at the Bharat Mandapam convention centre. The union had until now attended G20 summits as an invited international organisation. It is the first body admitted since the group was founded in 1999, and it gives Africa the standing the European Union has had as a member from the start.",
            "The following are excerpts from Mr Modi's opening remarks, delivered in Hindi, in an unofficial English translation.",
            '"Before we begin, I want to express our grief at the earthquake that struck Morocco a few hours ago. Our thoughts are with the families of all who lost their lives, and we pray for the injured. India stands ready to give Morocco every help it needs in this hour."',
            '"At the start of our presidency, India proposed that the African Union should be made a permanent member of the G20. I believe this proposal has the agreement of all of us. So, with your consent, before we begin our work, I invite the chairperson of the African Union to take his seat as a permanent member of the G20."',
            '"The twenty-first century calls on us to give the world a new direction. After the pandemic, the war has deepened a crisis of trust between nations. If we could defeat the pandemic together, we can also overcome this loss of trust."',
            '"Our presidency has had one message from the beginning: One Earth, One Family, One Future. Let that also be the message of this table."',
            "Mr Assoumani was walked to his seat by External Affairs Minister S. Jaishankar and embraced by Mr Modi as delegates applauded. He said afterwards that the decision crowned years of African lobbying for a voice in the group that sets the agenda of the world economy.",
            "Later in the day the leaders of India, the United States, Saudi Arabia, the United Arab Emirates, France, Germany and Italy, together with the European Union, signed a memorandum of understanding on an India-Middle East-Europe Economic Corridor, a network of shipping routes, railways, power cables and data links meant to carry goods from Indian ports to the Gulf, across the Arabian Peninsula by rail and on by sea to Europe. The signatories gave no cost and no timetable.",
            "The summit also adopted a leaders' declaration on its first day, after negotiators found wording on the war in Ukraine that Western governments and Russia could both accept. The text does not name Russia.",
            "President Xi Jinping and President Vladimir Putin stayed away. China was represented by Premier Li Qiang and Russia by Foreign Minister Sergey Lavrov. Brazil takes over the presidency of the group in December.",
        ),
        (
            Gold("alliance.joined", "occurred", (AU,), (G20,)),
            Gold(
                "agreement.signed",
                "occurred",
                ("India", US, "Saudi Arabia", UAE, "France", "Germany", "Italy", EU),
                (),
            ),
            # the European Union a member since 1999; the leaders' declaration is no accord
            Gold("alliance.joined", "historical", (EU,), (G20,), core=False),
        ),
        not_participants=("Morocco", "Comoros", "Brazil"),
    ),
    Article(
        "e04-bulletin-netherlands-turkey-normalise-relations",
        date(2018, 7, 20),
        _p(
            "Members' Bulletin: Ambassadors to Return as The Hague and Ankara Normalise Relations",
            "THE HAGUE / ISTANBUL | Friday 20 July 2018 | For members of the business council",
            "The Netherlands and Turkey agreed on Friday to normalise their diplomatic relations and to reinstate ambassadors in Ankara and The Hague shortly, closing a rift of sixteen months between two NATO allies whose economies are closely tied. The Netherlands is one of the largest foreign investors in Turkey, and about 400,000 people of Turkish origin live in the Netherlands.",
            "The step was agreed in a telephone call between Foreign Minister Stef Blok and his Turkish counterpart, Mevlut Cavusoglu, the two governments said in a joint statement. The ministers had met on 11 July on the sidelines of the NATO summit in Brussels, and Mr Blok will pay an official visit to Turkey in the second half of the year. In a letter to the Dutch parliament he said it was good that the two countries were turning the page, and that concerns about the rule of law and human rights in Turkey would be raised in the renewed dialogue.",
            "The row began in March 2017, days before a Dutch general election, when The Hague withdrew landing rights for Mr Cavusoglu's plane and police escorted the family minister, Fatma Betul Sayan Kaya, out of the country after she tried to reach the Turkish consulate in Rotterdam to address a rally for the referendum on President Recep Tayyip Erdogan's powers. Mr Erdogan likened the Dutch government to the Nazis.",
            "Ankara then announced what it called sanctions against the Netherlands: it suspended high-level political contacts, barred the Dutch ambassador, who was away at the time, from returning to his post and closed Turkish airspace to Dutch diplomatic flights. Turkish ministers also threatened economic sanctions, but none were ever applied, and trade went on largely undisturbed. In February this year The Hague formally withdrew its ambassador and said it would not accept a new Turkish envoy for the time being.",
            "Neither side has apologised. The joint statement says only that the ministers exchanged views on the events of March 2017 and do not agree about them.",
            "What this means for members: most of you have told us that the dispute rarely touched day-to-day business, but the absence of ambassadors slowed consular work, visits by officials and the resolution of trade complaints. Dutch-Turkish dual nationals detained in Turkey since the failed coup of July 2016 have had less help than their families wanted.",
            "The council's trade mission to Izmir and Istanbul, suspended last year, will now go ahead in November, and our joint seminars with Turkish chambers of commerce resume in the autumn. Details will follow in the September bulletin.",
            "A practical note: the Turkish lira has lost about a fifth of its value against the euro since January. Members with lira costs or receivables should review their hedging before the summer break.",
        ),
        (
            Gold("relations.restored", "occurred", ("Netherlands", "Turkey"), ()),
            # ambassadors to be reinstated (a step of the same news); Ankara's measures of March 2017,
            # its threat of economic sanctions and those never applied
            Gold("relations.restored", "planned", ("Netherlands", "Turkey"), (), core=False),
            Gold("sanctions.imposed", "historical", ("Turkey",), ("Netherlands",), core=False),
            Gold("sanctions.threatened", "historical", ("Turkey",), ("Netherlands",), core=False),
            Gold("sanctions.imposed", "negated", ("Turkey",), ("Netherlands",), core=False),
        ),
        not_participants=("Belgium", "NATO"),
    ),
    Article(
        "e05-olympics-un-exempts-north-korean-official-from-travel-ban",
        date(2018, 2, 9),
        _p(
            "Games Open Under One Flag After UN Lets a Sanctioned North Korean Travel",
            "WINTER OLYMPICS | PYEONGCHANG, South Korea | Friday 9 February 2018",
            "Athletes from North and South Korea marched into the Olympic Stadium together behind a white flag with a blue map of the peninsula on Friday night, while President Moon Jae-in shook hands in the stands with Kim Yo Jong, the younger sister of North Korea's leader Kim Jong Un and the first member of the ruling family to visit the South since the Korean War.",
            "Her delegation's visit was cleared only on Thursday. The UN Security Council's committee on North Korea sanctions granted an exemption from its travel ban and asset freeze to Choe Hwi, chairman of the North's National Sports Guidance Committee, who travels with her and with the North's nominal head of state, Kim Yong Nam. None of the council's fifteen members objected to South Korea's request before the deadline on Thursday afternoon, the Dutch ambassador who chairs the committee told members. The exemption runs until the delegation leaves on Sunday.",
            "Choe has been under UN sanctions since June, when the council listed him as a senior official of the ruling party's propaganda department.",
            "Seoul has bent its own rules as well. On Tuesday it let the North Korean ferry Mangyongbong-92 dock at the east coast port of Mukho with the 140 musicians and dancers of the Samjiyon orchestra, although North Korean ships have been barred from South Korean ports since 2010, when Seoul cut off most trade with the North after the sinking of the warship Cheonan. Officials called it a one-time exception for the Games.",
            'Diplomats in New York stressed that the waiver was a pause and not a change of policy. "Nothing has been lifted," one of them said.',
            "Vice President Mike Pence, who leads the American delegation and sat a few seats away from Kim Yo Jong without greeting her, said in Tokyo on Wednesday that the United States would soon unveil the toughest and most aggressive round of economic sanctions on North Korea yet. His guest at the ceremony was Fred Warmbier, whose son Otto died in June, days after he was sent home in a coma from seventeen months in a North Korean prison.",
            "On the ice, twelve North Korean players have joined the South's squad to form the first joint Korean team at an Olympics. It plays Switzerland on Saturday, and its Canadian coach, Sarah Murray, said the players had learned each other's hockey terms in a week of practice.",
            "North Korea agreed to send athletes, cheerleaders and an art troupe at the first formal talks between the two Koreas in two years, held at Panmunjom on January 9. The United States and South Korea have postponed their annual spring military exercises until after the Paralympics, which end on March 18.",
            "The Games run until February 25. Organisers said more than 2,900 athletes from 92 countries were taking part, the most ever at a Winter Olympics, among them 168 Russians competing under a neutral flag because of their country's doping ban.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (UNSC, UN), ("Choe Hwi", "North Korea")),
            Gold("sanctions.suspended", "occurred", ("South Korea",), ("North Korea",)),
            Gold("sanctions.imposed", "planned", (US, "Mike Pence"), ("North Korea",)),
            # Choe listed in June; Seoul's ban on North Korean ships since 2010; "Nothing has been
            # lifted"
            Gold(
                "sanctions.imposed",
                "historical",
                (UNSC, "South Korea"),
                ("Choe Hwi", "North Korea"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (UNSC,), ("North Korea",), core=False),
        ),
        not_participants=("Japan", "Switzerland", "Canada", "Netherlands", "Russia"),
    ),
    Article(
        "e06-letter-from-conakry-ecowas-gives-junta-a-deadline",
        date(2022, 3, 27),
        _p(
            "Letter From Conakry: A Month to Produce a Calendar",
            "CONAKRY, Sunday 27 March 2022",
            "In the Madina market, where most of Conakry's rice, cloth and telephones change hands, the news from Accra came by radio on Friday night, and by Saturday morning the traders had done their sums. West Africa's leaders have given Guinea's military government until April 25 to present an acceptable timetable for a return to civilian rule. After that date, says the communique of their summit in the Ghanaian capital, economic and financial sanctions will come into force immediately.",
            '"If they close the borders, the price of rice goes up the next morning," said Mariama Camara, who sells imported rice by the sack from a stall near the bus station. "We saw it in Mali."',
            "Colonel Mamady Doumbouya seized power on 5 September last year, ending the eleven-year rule of Alpha Conde, whose new constitution allowing him a third term had set off months of protests. The colonel was sworn in as interim president in October, and a transitional council was installed in January. Six months after the coup, the deadline the Economic Community of West African States first set for elections, there is still no date and no calendar, and the communique complains of little progress of any kind.",
            "Guinea has lived with lighter measures since September, when the bloc, meeting in Accra a fortnight after the coup, suspended the country from its bodies and imposed travel bans and asset freezes on the members of the junta and their families. Few people here noticed them.",
            "What people fear is what happened to Mali. In January the bloc closed its members' borders with Mali and froze Malian state assets at the regional central bank after the junta in Bamako proposed to stay in power for five more years. On Friday the leaders kept those sanctions and said they would consider easing them only if Bamako accepted a transition of twelve to sixteen months.",
            "Guinea's own rulers refused to apply the sanctions on Mali. The border stayed open, and lorries bound for Bamako now queue on the road out of Conakry's port, which has won traffic that used to pass through Dakar and Abidjan. An embargo on Guinea would put an end to that.",
            "The summit also asked Burkina Faso's military leaders, in power since January, to shorten the three-year transition they have announced, and again demanded the release of the country's deposed president.",
            "In Kaloum, the government quarter on the tip of the peninsula, officials were calm. An adviser at the presidency, who asked not to be named, said the transitional council would propose a calendar in the coming weeks and that Guinea would take its own decisions. Others point out that Guinea, which holds the world's largest reserves of bauxite, ships its ore by sea and is less exposed than landlocked Mali.",
            "A month is not long. In Madina, the traders are buying rice now.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (ECOWAS,), ("Guinea",)),
            # the bans and freezes on the junta since September and the Mali sanctions of January;
            # the Mali sanctions kept; Guinea's refusal to apply them
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Guinea", "Mali"), core=False),
            Gold("sanctions.lifted", "negated", (ECOWAS,), ("Mali",), core=False),
            Gold("sanctions.imposed", "negated", ("Guinea",), ("Mali",), core=False),
        ),
        not_participants=("Ghana", "Senegal"),
    ),
    Article(
        "e07-front-page-sandf-replaces-sadf-as-vote-begins",
        date(1994, 4, 27),
        _p(
            "ONE ARMY: SADF Gives Way to a National Defence Force as the Country Votes",
            "PRETORIA, Wednesday 27 April 1994 | ELECTION DAY",
            "At midnight, as the old orange, white and blue flag came down and the new one was raised over the Union Buildings here and Parliament in Cape Town, the South African Defence Force ceased to exist. In its place stands the South African National Defence Force, created by the interim constitution that came into force at the same moment.",
            "The new force takes in the SADF, the defence forces of the four nominally independent homelands, Transkei, Bophuthatswana, Venda and Ciskei, and the armed wings of the liberation movements, the African National Congress's Umkhonto we Sizwe and the Pan Africanist Congress's Azanian People's Liberation Army. Men who fought each other in the bush and in the townships for three decades now answer to a single chain of command.",
            "General Georg Meiring, chief of the SADF since last year, becomes chief of the new force. The integration itself will take years. Guerrillas of MK and APLA, many of them back from camps abroad, are to report to assembly areas, the first of them at Wallmansthal north of Pretoria, where their ranks and skills will be assessed before they are placed in units. Those who do not stay will be demobilised with a gratuity.",
            "Joe Modise, the commander of Umkhonto we Sizwe, is widely tipped to become defence minister in the government of national unity. He said this week that the former guerrillas would not simply be absorbed into the old army but would help to build a new one.",
            "One force remains outside. The KwaZulu Police, answerable to the homeland government of Chief Minister Mangosuthu Buthelezi, and the self-protection units trained for his Inkatha Freedom Party are not part of the arrangement, which was negotiated before Inkatha joined the election last week. Officials said their future would be settled after the vote.",
            "Voting began on Tuesday for the elderly, the sick, prisoners and South Africans abroad, and opens to everyone this morning for two days. Nelson Mandela will cast his vote at a school in Inanda, near Durban. Police said the bombs that have killed more than a dozen people in Johannesburg and on the East Rand since Sunday were the work of right-wing extremists opposed to the election.",
            "ALSO INSIDE",
            "Sanctions: the UN arms embargo imposed in 1977 remains in force for now; Security Council members say they will review it once the new government is in office. Page 4",
            "Business: the rand steadied on Tuesday as foreign investors bet on a peaceful vote. Page 9",
            "Your vote: where to find your polling station and what to bring. Pages 6 and 7",
        ),
        (
            Gold("forces.integrated", "occurred", ("South Africa",), (MK, APLA)),
            # the assembly and placement to come (steps of the same news); the KwaZulu Police and
            # Inkatha's units left out; the UN arms embargo of 1977, still in force
            Gold("forces.integrated", "planned", ("South Africa",), (MK, APLA), core=False),
            Gold(
                "forces.integrated",
                "negated",
                ("South Africa",),
                ("Inkatha Freedom Party",),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (UNSC,), ("South Africa",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("South Africa",), core=False),
        ),
    ),
    Article(
        "e08-rada-digest-ukraine-extends-bans-on-russian-websites",
        date(2020, 5, 15),
        _p(
            "RADA DIGEST: Three More Years for the Ban on Russian Websites",
            "KYIV, Friday 15 May 2020 | Parliament and the presidency this week",
            "President Volodymyr Zelensky has extended for three years Ukraine's sanctions on the Russian social networks VKontakte and Odnoklassniki, the search engine Yandex and the Mail.ru email service, a day before the measures imposed by his predecessor in May 2017 were due to lapse. The decree, which puts into effect a decision the National Security and Defence Council took on Thursday, was published on the presidential website overnight.",
            "THE SITTING",
            "The decision followed an extraordinary sitting of the Verkhovna Rada on Wednesday, called after Roman Lozynskyi of the Holos faction collected the signatures of 150 deputies. The chamber backed a resolution asking the council and the president to keep the measures in place, with 248 votes in favour.",
            "Opening the debate, Mr Lozynskyi called Russian social networks a weapon in the war in the east and said they handed the personal data of Ukrainian users to Russia's security services. Speakers from European Solidarity, the party of former President Petro Poroshenko, said the blocks had cut the Ukrainian audience of VKontakte several times over and should have been renewed without waiting for a petition.",
            "Speakers from the governing Servant of the People faction said the security service had made a convincing case, although some admitted that they had doubted whether the blocks did any good when anyone with a VPN could get round them. Opposition Platform - For Life voted against, calling the blocks censorship that cuts Ukrainians off from relatives in Russia.",
            "THE DECREE",
            "Besides the four web companies, the renewed list keeps measures on the antivirus maker Kaspersky Lab and several other Russian software firms, while about a dozen companies, most of them developers of accounting software, were taken off it. The security service, which proposed the extension in April, will check that internet providers keep the sites blocked.",
            "Mr Zelensky had been sceptical. During last year's election campaign he said the ban was easy to evade. His office said on Friday that the decision was a matter of national security.",
            "ELSEWHERE IN THE RADA",
            "On the same day deputies passed the banking law that bars the return of nationalised banks to their former owners, a condition for a new loan from the International Monetary Fund. The law now goes to the president for signature.",
            "Talks on the war in the east, meanwhile, have stalled. No new agreement has been signed since the summit of the Normandy format in Paris in December, and the meeting of the four leaders that was due in April has not taken place.",
        ),
        (
            Gold("sanctions.extended", "occurred", ("Ukraine", ZELENSKYY), ("Russia",)),
            # a dozen firms dropped from the list; the blocks of 2017; the Normandy talks stalled
            Gold("sanctions.lifted", "occurred", ("Ukraine", ZELENSKYY), (), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Ukraine", "Petro Poroshenko"),
                ("Russia",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "stalled",
                ("Ukraine", "Russia", "France", "Germany"),
                (),
                core=False,
            ),
        ),
        not_participants=("International Monetary Fund",),
    ),
    Article(
        "e09-legal-affairs-state-department-to-delist-mek",
        date(2012, 9, 22),
        _p(
            "LEGAL AFFAIRS | Pushed by the Courts, State Department Moves to Drop Iranian Exile Group From Terror List",
            "WASHINGTON, Saturday 22 September 2012",
            "Secretary of State Hillary Clinton has decided to take the Mujahedin-e Khalq, an Iranian opposition group with headquarters near Paris and thousands of members in Iraq, off the US list of foreign terrorist organisations, State Department officials said on Friday. Congress was notified the same day. The revocation will take effect when it is published in the Federal Register, which officials expected within a week, and the group will also come off the list of specially designated global terrorists, which will unblock any property it holds in the United States.",
            "The decision comes nine days before a deadline set by the US Court of Appeals for the District of Columbia Circuit. In June a panel of three judges ordered Mrs Clinton to rule on the group's petition for removal within four months, and warned that if she did not, the court would set the designation aside itself. The judges noted that the law gives the secretary 180 days to decide such a petition, while this one had waited some 600 days since the same court sent the case back to the department in July 2010.",
            'Lawyers who follow terrorism listings said it was the furthest a court had gone in pressing the government. "Judges almost never second-guess the designation itself," said one, who has represented other listed groups. "What they can do is insist on a process and make delay expensive."',
            "The group was first listed in October 1997, when the administration of President Bill Clinton was seeking an opening to Iran's new reformist president, Mohammad Khatami, and it has fought the listing in court ever since.",
            "Europe went first. Britain removed the group from its list of proscribed organisations in 2008 after losing an appeal brought by members of parliament, and the European Union took it off its terrorist list in January 2009 after a string of defeats before the Court of First Instance in Luxembourg.",
            "The State Department had made the closure of Camp Ashraf, the group's former base north of Baghdad, a condition of any decision. Over the past eight months some 3,000 residents have moved to Camp Liberty, a former American base near Baghdad airport, where the UN is trying to resettle them abroad; the last large convoy left Ashraf a week ago.",
            "Officials stressed that the decision was no endorsement. The department said it still had serious concerns about the group, including the way it treats its own members. The MEK was blamed for the killing of Americans in Iran in the 1970s and fought alongside Saddam Hussein's forces against Iran in the 1980s.",
            "The move does not lift or ease any of the American sanctions on Iran, officials said. Iranian officials condemned it as proof of Washington's double standards on terrorism.",
        ),
        (
            Gold("sanctions.lifted", "planned", (US, STATE_DEPT, "Hillary Clinton"), (MEK,)),
            # the listing of 1997; the British and EU delistings of 2008 and 2009; no easing of the
            # sanctions on Iran
            Gold("sanctions.imposed", "historical", (US,), (MEK,), core=False),
            Gold("sanctions.lifted", "historical", (UK, EU), (MEK,), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
        ),
        not_participants=("Iraq", "France", "Luxembourg"),
    ),
    Article(
        "e10-nm-police-scotland-eight-forces-merged",
        date(2013, 4, 1),
        _p(
            "Eight Forces Become One as Police Scotland Takes Charge",
            "TULLIALLAN, Fife, Monday 1 April 2013",
            "Scotland's eight regional police forces ceased to exist at midnight, when they were merged with the Scottish Crime and Drug Enforcement Agency into a single national force, Police Scotland, the second largest in the United Kingdom after London's Metropolitan Police.",
            "Its first chief constable, Stephen House, who led Strathclyde Police, took command at the police college at Tulliallan, now the force's headquarters, of more than 17,000 officers. The eight fire and rescue services were merged the same day into the Scottish Fire and Rescue Service.",
            "Ministers say the merger will save money by ending the duplication of headquarters, control rooms and specialist units, and that officers with skills once found only in the bigger forces can now be deployed anywhere in the country. Murder investigation teams, armed response and the marine unit are now run nationally, and on Monday officers from the Highlands joined colleagues from Glasgow in operations planned by the new national units.",
            "The force answers to a new body, the Scottish Police Authority, whose members were appointed by ministers and which holds the budget. The relationship was tested before the launch, when the authority and the chief constable argued over who should control civilian staff. The dispute was settled in an agreement last month that leaves most of them under the chief constable.",
            "Opposition parties and some councillors opposed the merger, saying it would take policing away from local communities. Each of the 32 council areas now has a local commander, and scrutiny committees of councillors have replaced the old police boards.",
            "The Scottish Police Federation, which represents rank-and-file officers, said the first day had gone smoothly but warned that a freeze on recruiting civilian staff, imposed while the merger was prepared, was pushing officers into back-office jobs. It wants the freeze lifted before the summer.",
            "Justice Secretary Kenny MacAskill called the day historic and said the government's promise to keep 1,000 more officers than it inherited in 2007 would be kept.",
            "For the public, little changes at first. Calls to 999 and to the non-emergency number 101, introduced in February, go to the same control rooms as before, uniforms carry a new badge, and patrol cars will be repainted as they come in for service.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e11-nm-renault-nissan-rebalanced-alliance",
        date(2023, 2, 7),
        _p(
            "Renault and Nissan Seal a Rebalanced Alliance, Ending Two Decades of French Control",
            "PARIS / YOKOHAMA | COMPANIES | Tuesday 7 February 2023",
            "Renault and Nissan set out on Monday how they will recast the alliance that has bound the French and Japanese carmakers since 1999, agreeing that each will hold 15 per cent of the other in a deal that ends Renault's control of its bigger partner.",
            "Under the framework agreement, approved by both boards and presented in London by Renault's chief executive Luca de Meo, Nissan's chief executive Makoto Uchida and Renault's chairman Jean-Dominique Senard, Renault will transfer 28.4 per cent of Nissan's shares to a French trust, cutting its direct stake from 43 per cent. Voting rights on the shares in the trust will be neutralised for most decisions, and Renault can sell them over time when it sees fit.",
            "Nissan, which has owned 15 per cent of Renault without the right to vote, will have those rights restored. It has also agreed to invest in Ampere, the electric-vehicle business that Renault is spinning off, and may take up to 15 per cent. Mitsubishi Motors, the third member of the alliance, is considering a stake too.",
            "The partners also committed to joint projects in Latin America, India and Europe, among them new models to be built at their shared plant near Chennai and a small electric car that Ampere will develop for Nissan in Europe.",
            "Senard said the two companies were now on an equal footing and could work together where it made sense, rather than out of obligation. Analysts said the deal removed a source of friction that had slowed decisions for years, but warned that the carmakers' joint purchasing and platform projects, once the heart of the alliance, had already been scaled back.",
            "The imbalance dates from 1999, when Renault rescued Nissan, then close to collapse, by buying a 36.8 per cent stake that it later raised to 43 per cent. Tensions grew after the arrest in Tokyo in November 2018 of Carlos Ghosn, who ran both companies. Ghosn fled Japan for Lebanon at the end of 2019, hidden in a case for audio equipment, and denies wrongdoing.",
            "The French state, which owns 15 per cent of Renault, supported the agreement. The definitive agreements have still to be signed, and the companies expect to complete the changes in the fourth quarter.",
            "Nissan reports its results for the third quarter of its financial year on Thursday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e12-nm-mayotte-cyclone-chido-curfew",
        date(2024, 12, 17),
        _p(
            "Mayotte: Curfew Imposed as Search for Cyclone Victims Goes On",
            "MAMOUDZOU, Mayotte, Tuesday 17 December 2024",
            "A night-time curfew took effect across Mayotte on Tuesday, three days after Cyclone Chido tore through the French Indian Ocean territory with winds of more than 200 kilometres an hour, flattening the shanty towns where about a third of its people live. The official death toll stood at 22, with more than 1,400 people injured, but the prefect has warned that the final figure could run to hundreds.",
            "The curfew, from 10 pm to 4 am, was imposed after shops and damaged homes were looted in Mamoudzou and several villages. Queues formed on Tuesday morning outside the few supermarkets that had reopened, and at points where water was handed out in bottles.",
            "Interior Minister Bruno Retailleau, who visited the island on Monday, said that about 1,600 police officers and gendarmes had been deployed, and soldiers and civil protection units have been flown in from Reunion and mainland France to clear roads and hand out water and food. More supplies are due by sea later this week.",
            "The airport at Dzaoudzi, on the smaller island of Petite-Terre, has reopened for military and aid flights, but commercial flights remain suspended. The control tower was badly damaged, and planes are landing by day only.",
            "President Emmanuel Macron said he would travel to Mayotte on Thursday. Prime Minister Francois Bayrou, appointed on Friday, chaired a crisis meeting in Paris on Monday and said rebuilding would be the first task of his government.",
            "Many of the dead are thought to be among the island's undocumented migrants, most of them from the neighbouring Comoros. Aid workers said that some had stayed away from shelters before the storm for fear of being checked and deported.",
            "Water is the most urgent need. The storm damaged the network and the main treatment works, and officials said most homes would remain without running water for days. Doctors at the hospital in Mamoudzou warned of cholera and other diseases.",
            "Chido went on to strike northern Mozambique on Sunday, where it killed dozens of people, and weakened over Malawi. Meteorologists said it was the strongest storm to hit Mayotte in about 90 years.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
}
CHECK_CORE_FOUND: dict[str, str] = {
    "e02-column-us-ends-burundi-sanctions-programme": (
        "'signed an executive order that ends the national emergency ... and revokes the order' and "
        "'the designations made under the programme were lifted' give no lifting: an order ending "
        "a national emergency is no lifting form and 'designations' no sanctions noun for 'lifted'"
    ),
    "e06-letter-from-conakry-ecowas-gives-junta-a-deadline": (
        "'have given Guinea's military government until April 25 ... After that date, says the "
        "communique ..., economic and financial sanctions will come into force immediately' is no "
        "threat: sanctions that 'will come into force' after a deadline are no threat form"
    ),
    "e07-front-page-sandf-replaces-sadf-as-vote-begins": (
        "'The new force takes in the SADF, the defence forces of the four ... homelands ... and the "
        "armed wings of the liberation movements' gives nothing: an army that 'takes in' fighters "
        "is no integration form"
    ),
}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


_DESIGNATIONS = (
    "'designations' are no sanctions noun for a lifting verb, and an order that ends a national "
    "emergency is no lifting form"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Treasury lifted the designations of nine Zimbabwean officials on Friday.",
            id="lifted-the-designations-of",
        ),
        _xfail(
            "The State Department said on Friday that the designations of six Sudanese generals "
            "were lifted.",
            _DESIGNATIONS,
            "the-designations-were-lifted",
        ),
        pytest.param(
            "The president signed an order on Friday that ends the national emergency with respect "
            "to Zimbabwe.",
            id="order-ends-the-national-emergency",
        ),
        pytest.param(
            "The president on Friday ended the sanctions programme on Zimbabwe.",
            id="ended-the-sanctions-programme",
        ),
    ],
)
def test_a_programme_ended_and_its_designations_lifted_are_a_lifting(text: str) -> None:
    assert ("sanctions.lifted", "occurred") in _told(text)


_DEADLINE = (
    "sanctions that 'will come into force' after a deadline or if it is missed, and 'or face "
    "sanctions' after an ultimatum, are no threat forms"
)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "After 30 June, the ECOWAS communique says, economic sanctions on Mali will come into "
            "force immediately.",
            _DEADLINE,
            "sanctions-will-come-into-force-after-a-date",
        ),
        pytest.param(
            "ECOWAS said sanctions on Mali would come into force if the junta missed the deadline.",
            id="sanctions-would-come-into-force-if",
        ),
        pytest.param(
            "The bloc gave Niger's junta a month to restore the president or face economic "
            "sanctions.",
            id="a-month-to-act-or-face-sanctions",
        ),
        pytest.param(
            "ECOWAS warned Niger's junta that sanctions would follow if it did not free the "
            "president.",
            id="warned-that-sanctions-would-follow-if",
        ),
        pytest.param(
            "The bloc threatened Niger's junta with sanctions on Sunday.",
            id="threatened-with-sanctions",
        ),
    ],
)
def test_a_deadline_with_sanctions_after_it_is_a_threat(text: str) -> None:
    assert ("sanctions.threatened", "occurred") in _told(text)


_TAKES_IN = (
    "an army that 'takes in' or 'took in' fighters (the army the subject) is no integration form"
)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "Mozambique's new army takes in the fighters of Renamo.",
            _TAKES_IN,
            "army-takes-in-fighters",
        ),
        _xfail(
            "Mozambique's army took in former Renamo fighters on Friday.",
            _TAKES_IN,
            "army-took-in-fighters",
        ),
        pytest.param(
            "Former Renamo fighters were taken into Mozambique's army on Friday.",
            id="fighters-taken-into-an-army",
        ),
        pytest.param(
            "Former Renamo fighters were absorbed into the Mozambican army on Friday.",
            id="fighters-absorbed-into-an-army",
        ),
    ],
)
def test_an_army_that_takes_in_fighters_integrates_them(text: str) -> None:
    assert ("forces.integrated", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Latvia on Friday extended for a year its sanctions on Russian television channels, a "
            "day before the measures imposed by the previous government in 2022 were due to lapse.",
            id="imposed-by-an-agent-in-a-year",
        ),
        pytest.param(
            "Estonia has renewed for two years its sanctions on Russian news sites, days before the "
            "measures imposed by its former government in 2023 ran out.",
            id="imposed-by-a-former-government-in-a-year",
        ),
        pytest.param(
            "Latvia on Friday extended for a year its sanctions on Russian television channels, a "
            "day before the measures imposed in 2022 were due to lapse.",
            id="imposed-in-a-year-without-agent",
        ),
    ],
)
def test_a_renewal_is_news_beside_the_date_of_what_it_renews(text: str) -> None:
    assert ("sanctions.extended", "occurred") in _told(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The Treasury took Milorad Dodik off its sanctions list on Friday.",
            ("sanctions.lifted", "occurred"),
            id="took-someone-off-a-list",
        ),
        pytest.param(
            "The State Department will remove the Houthis from its list of foreign terrorist "
            "organisations.",
            ("sanctions.lifted", "planned"),
            id="list-named-by-its-title",
        ),
        pytest.param(
            "The United States will remove the Houthis from its terrorist list.",
            ("sanctions.lifted", "planned"),
            id="remove-from-its-terrorist-list",
        ),
        pytest.param(
            "The Treasury removed Milorad Dodik from its sanctions list on Friday.",
            ("sanctions.lifted", "occurred"),
            id="removed-from-its-sanctions-list",
        ),
    ],
)
def test_taken_off_a_list_is_a_lifting(text: str, told: tuple[str, str]) -> None:
    assert told in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The dispute began in March 2019. Beijing then imposed sanctions on Canada.",
            id="then-imposed-after-a-dated-opening",
        ),
        pytest.param(
            "The quarrel started in May 2020, after Canberra called for an inquiry. Ministers in "
            "Beijing then threatened Australia with sanctions.",
            id="then-threatened-after-a-dated-opening",
        ),
        pytest.param(
            "In March 2019 Beijing imposed sanctions on Canada.",
            id="dated-in-its-own-sentence",
        ),
    ],
)
def test_no_alert_for_a_past_episode_told_after_its_date(text: str) -> None:
    assert alert_rows(text, MONDAY) == []


def test_contacts_suspended_as_a_measure_are_no_suspension_of_sanctions() -> None:
    text = (
        "Beijing announced sanctions against Lithuania and suspended high-level political contacts."
    )
    assert all(t != "sanctions.suspended" for t, _ in _told(text))


def test_contacts_suspended_alone_are_no_event() -> None:
    assert _told("Beijing suspended high-level political contacts with Lithuania.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The ruling does not lift any of the EU sanctions on Syria, officials said.",
            id="does-not-lift-any-of-officials-said",
        ),
        pytest.param(
            "The accord does not ease any of the British sanctions on Russia, officials said.",
            id="does-not-ease-any-of-officials-said",
        ),
        pytest.param(
            "The ruling does not lift the EU sanctions on Syria, officials said.",
            id="does-not-lift-officials-said",
        ),
    ],
)
def test_no_alert_for_a_lifting_denied(text: str) -> None:
    assert alert_rows(text, MONDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The new law bars the president from lifting the sanctions on Cuba without a vote of "
            "Congress.",
            id="bars-from-lifting",
        ),
        pytest.param(
            "The bill prevents the government from easing the sanctions on Belarus.",
            id="prevents-from-easing",
        ),
        pytest.param("The president did not ease the sanctions on Cuba.", id="did-not-ease"),
    ],
)
def test_no_alert_for_a_lifting_prevented(text: str) -> None:
    assert alert_rows(text, MONDAY) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The minister said on Monday that Britain would soon unveil new sanctions on Iran.",
            ("sanctions.imposed", "planned"),
            id="said-would-soon-unveil",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'would (soon) unveil' new sanctions in reported speech is no plan",
            ),
        ),
        pytest.param(
            "Japan on Tuesday made an exception to its ban on North Korean ships and let a ferry "
            "dock at Niigata.",
            ("sanctions.suspended", "occurred"),
            id="made-an-exception-to-its-ban",
            marks=pytest.mark.xfail(
                strict=True,
                reason="an exception a state makes to its own ban is no suspension form",
            ),
        ),
        pytest.param(
            "Japan on Tuesday exempted a North Korean ferry from its port ban.",
            ("sanctions.suspended", "occurred"),
            id="exempted-from-its-port-ban",
            marks=pytest.mark.xfail(
                strict=True,
                reason="an exemption a state grants from its own ban is no suspension form",
            ),
        ),
        pytest.param(
            "Britain will unveil new sanctions on Iran next week.",
            ("sanctions.imposed", "planned"),
            id="will-unveil",
        ),
        pytest.param(
            "Pence said on Wednesday that the United States would impose new sanctions on North "
            "Korea.",
            ("sanctions.imposed", "planned"),
            id="said-would-impose",
        ),
    ],
)
def test_forms_found_only_through_another_event(text: str, told: tuple[str, str]) -> None:
    assert told in _told(text)


@pytest.mark.xfail(
    strict=True,
    reason="the participle 'sanctioned' before a person is read as an imposition that occurred",
)
def test_a_sanctioned_person_is_no_imposition() -> None:
    assert alert_rows("A sanctioned Iranian general arrived in Moscow on Friday.", MONDAY) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Turkey formally opened its first military base abroad in Mogadishu on Saturday.",
            ("military.presence", "occurred"),
            id="formally-opened-a-base-abroad",
        ),
        pytest.param(
            "The Treasury on Monday put Colombia's president on its sanctions list.",
            ("sanctions.imposed", "occurred"),
            id="put-on-its-sanctions-list",
        ),
        pytest.param(
            "The president will sign the bill imposing new sanctions on Iran, the White House said.",
            ("sanctions.imposed", "planned"),
            id="will-sign-the-bill-imposing",
        ),
        pytest.param(
            "Indonesia became a permanent member of BRICS on Monday.",
            ("alliance.joined", "occurred"),
            id="became-a-permanent-member",
        ),
        pytest.param(
            "The leaders of Kenya, Uganda and Tanzania signed a memorandum of understanding on a "
            "railway corridor on Friday.",
            ("agreement.signed", "occurred"),
            id="signed-a-memorandum",
        ),
        pytest.param(
            "Chile and Bolivia agreed on Friday to normalise their diplomatic relations and to "
            "reinstate ambassadors.",
            ("relations.restored", "occurred"),
            id="agreed-to-normalise-relations",
        ),
        pytest.param(
            "The Security Council's committee on Libya sanctions granted an exemption from its "
            "travel ban to a Libyan official on Thursday.",
            ("sanctions.suspended", "occurred"),
            id="granted-an-exemption-from-its-travel-ban",
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


def test_heldout30_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-30 English events"))
