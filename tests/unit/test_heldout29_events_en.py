"""Twenty-ninth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
twenty-eight sets lack: a Bern news service's report with excerpts of the President's statement on
Switzerland taking over the EU's sanctions on Russia and freezing Putin's assets (2022), a Monrovia
daily with a timeline box on the Security Council ending the Liberia arms embargo, the last of its
Liberia sanctions (2016), an emerging-markets report on Belarusian bonds after the EU suspended its
sanctions on Lukashenko for four months and the US Treasury those on nine companies for six (2015),
a weekly email digest of items under headings in capitals (the Security Council renewing the
Central African Republic sanctions for twelve months, a US armoured brigade on a nine-month
rotational deployment in Poland with a NATO battalion to follow, no lifting of the Russia sanctions
in the first Trump-Putin call, the Cyprus talks stalled in Geneva; 2017), an interview in questions
and answers with an Istanbul economist on Trump's threat of "large sanctions" over Pastor Brunson
(2018), a Juba and New York report on South Sudan becoming the 193rd member of the United Nations
with the African Union's 54th place to follow (2011), an Athens wire on the Greek-French defence
partnership with a correction notice appended (2021), a fact-check of a viral claim about Cuba and
North Korea after Cuba and South Korea normalised relations (2024), a Luanda wire on UNITA's
fighters folded into Angola's armed forces (2002), and near misses (a Hong Kong racing page where a
jockey's suspension is "extended", a fine "imposed", a horse's ban "lifted", a Japanese rider
"joins" and the Jockey Club "signed an agreement" with Racing Victoria; a Rhodes wildfire story with
firefighters "deployed", soldiers "sent", aircraft sent by Turkey and others, flights "suspended",
a work ban "imposed" and a state of emergency "extended"; a Nairobi story on a general appointed to
run the capital's services under a deed "signed" with the national government, with soldiers
"deployed", sittings "suspended" and a matatu ban "imposed" and "suspended").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; an organisation joined; a defence partnership signed; relations
normalised; former rebels folded into an army; an armoured brigade on rotation), eleven occurred
and two planned, beside historical, negated and stalled events. They are told in the ordinary ways:
a headline verb ("Takes Over EU Sanctions"), a statement's excerpts in quotation marks with the
actor named only in the frame ("The Federal Council has therefore decided today to take over the
packages of sanctions"), a lifting as "the last of the sanctions" and a timeline in the present
tense after dashes ("May 2016 - Arms embargo lifted."), suspensions "for four months" and "for six
months ... through a general licence", a renewal "for twelve months, until 31 January 2018", an
elliptic refusal ("had asked the council to drop that condition. It did not."), a "nine-month
rotational deployment" that "will be replaced in the autumn", a threat reported in an answer ("The
president wrote that the United States will impose large sanctions on Turkey"), "became the 193rd
member" and "will also become the 54th member", a correction that repeats "agreement" and
"ratified", "normalised relations" by notes "exchanged", "folded into the Angolan Armed Forces", and
dates as "Aug 3, 2002", "on February 14", "last September" and "this month".

Decisions of the annotation: a government that decides to "take over the packages of sanctions" of
the EU and freeze the assets of Putin, Mishustin and Lavrov "with immediate effect" imposes (core;
taking over another's lists is its own imposition, as Ukraine's synchronisation in set 16), the EU
packages "adopted on 23 and 25 February" an imposition that occurred (not core: the week's news it
builds on, as set 16's EU package), and "In 2014 ... the Federal Council did not adopt the European
sanctions" a negated one; the airspace closed with "exemptions" and five businessmen barred belong
to the same imposition, and aid sent to Poland is no event. A council that "lifted the arms embargo
on Liberia, the last of the sanctions" lifts (core), the timeline's embargo of 1992, bans of 2001
and 2003 and freeze of 2004 historical impositions, the embargo "eased ... several times" since
2006, the bans lifted in 2006 and 2007 and "last September" and the US programme ended "in
November" historical liftings, the embargo "renewed ... for nine months" a historical extension,
the Accra agreement of 2003 a historical agreement, Liberia joining the Kimberley Process in 2007 a
historical joining and UNMIL "in the country since 2003" a historical presence (its handover of
June 30 is no event). A union that "suspended its asset freeze and travel ban on President
Alexander Lukashenko and 169 other Belarusians for four months" suspends (core), and so does a
Treasury office that "has suspended for six months its sanctions on nine Belarusian companies ...
through a general licence" (core: the same story's other half, in the present perfect); the four
people who "stay under the measures", the arms embargo that "remains in force" and Lukashenko who
"remains on the US list" make a negated suspension, the measures of 2011 widened in 2012 a
historical imposition, and "If the suspension is made permanent in February" and Fitch's "easing
of sanctions" (the same suspension) no new event. A council that "renewed for twelve months" the
embargo, travel ban and asset freeze on the Central African Republic extends (core), the embargo of
December 2013 is a historical imposition and the condition it did not drop ("It did not.") a
negated lifting; a brigade "on a nine-month rotational deployment" that arrived "this month" and
spreads out over Poland, the Baltic states, Romania and Bulgaria is a presence that occurred
(core), the battalion that "will also be stationed at Orzysz" from April a planned one (core), and
the Warsaw decision "last July" no event of its own; sanctions that "did not come up" and "remain in
place" are a negated lifting beside the historical US impositions and the EU's renewal "in
December" (historical), the Geneva conference that "has stalled" a stalled agreement and the Turkish
troops "on the island since 1974" a historical presence. A president who "threatened ... to impose
'large sanctions' on Turkey" and a vice-president's "be prepared to face the consequences" threaten
(core, one event), the embargo in force in 1975 and lifted in 1978 a historical imposition and
lifting, "Washington has not imposed any" CAATSA penalties a negated imposition, "in NATO since
1952" a historical joining and American aircraft at Incirlik "for more than sixty years" a
historical presence; the economist's guess of "measures against individuals first" and "nothing
has been agreed" are no events. A state that "became the 193rd member of the United Nations" joins
(core) and one that "will also become the 54th member of the African Union before the end of the
month" joins as planned (core), the mission set up "on July 8" is a historical presence, the
Comprehensive Peace Agreement of 2005 a historical agreement and the oil talks that "have stalled"
with "no agreement on the oil ... signed" a stalled agreement. Two states that "signed a defence
and security partnership" with a mutual aid clause sign (core; the frigates are a purchase, no
accord, and the correction's "would need to be ratified" adds no event), AUKUS "announced" two
weeks before is a historical agreement, "does not provide for French troops or warships to be
stationed in Greece" a negated presence, and Greece and Turkey as "members of NATO" no event. States
that "normalised relations ... when their missions ... exchanged diplomatic notes" restore ties
(core; first relations count, as set 26's Honduras and China), the notes an agreement signed and
the embassies they "will open" a planned restoration (neither core: steps of the same news, as in
set 26), the relations of Cuba and North Korea "since 1960" a historical restoration, the claimed
military agreement answered by "the exchange of notes was the only document signed" a negated
agreement, and the claimed break with Pyongyang no event of any type. A rebel army whose last units
"were folded into the Angolan Armed Forces" integrates (core), the memorandum "signed on April 4" is
a historical agreement, the integration of "several thousand" under the Lusaka Protocol in 1997 a
historical one, the UN measures "imposed in stages from 1993" a historical imposition and its travel
ban "suspended ... in May" a historical suspension; "will consider lifting the rest" is no planned
lifting. Outside the monitor's remit (no event): racing stewards' suspension extended, a fine
imposed and a horse's ban lifted, a jockey who joins, a club's agreements with Racing Victoria and a
broadcaster and its quarantine arrangements with the mainland; firefighters and soldiers deployed
at home, foreign aircraft sent to fight fires, flights suspended by tour operators, a work ban
imposed, a restriction to be lifted, a state of emergency extended; a general appointed to run a
city's services under a deed of transfer signed with the national government, soldiers deployed to
clear rubbish, an assembly's sittings suspended, gatherings banned, a matatu ban imposed and
suspended, and residents who joined calls.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout29_events_en``.
Measured before any fix (2026-12-02, on commit 150f65b): P 0.833, R 0.769, F1 0.800 (recall 10/13,
10 of 12 alerts right; recall by status: occurred 9/11, planned 1/2; two false alarms, no
unexpected alert, no venue as a party; the three near misses quiet). No annotation was corrected
after the run. Missed, all three in the digest: the Central African Republic renewal ("The UN
Security Council on Friday renewed for twelve months, until 31 January 2018, the arms embargo on
the Central African Republic and the travel ban and asset freeze ...": an end date put between the
renewal verb and its object cuts the verb from the sanctions it renews; "extended until 30 June
2026 the asset freeze on Libyan officials" gives nothing and "prolonged until 15 March 2026 the
sanctions on Russian officials" an imposition, while "extended the asset freeze on Libyan officials
until 30 June 2026" and "renewed for a year the travel ban" are found); the US brigade ("The roughly
3,500 soldiers of the US Army's 3rd Armored Brigade Combat Team, 4th Infantry Division, who arrived
in Poland this month ..., are spreading out to training grounds in Poland, the Baltic states,
Romania and Bulgaria. The brigade is on a nine-month rotational deployment ...": an arrival told in
a relative clause, "soldiers ..., who arrived in Poland this month, are ...", and a force that "is
on a ... rotational deployment" give no presence, while "About 800 British soldiers arrived in
Estonia last week" is one); the NATO battalion ("From April a multinational battalion led by the
United States will also be stationed at Orzysz in north-eastern Poland": a force whose state is
named only after "led by", or that is only "multinational", gives no presence, while "A Canadian
battalion will be stationed in Latvia" and "US soldiers will be stationed at Orzysz in north-eastern
Poland" are found). False alarms: the Brunson threat retold ("The president wrote that the United
States will impose large sanctions on Turkey for the long detention of Pastor Brunson", an answer
after the lead's "threatened on Thursday to impose 'large sanctions'": a threat's words in reported
speech, "he wrote / said that <state> will impose sanctions on <state> for / over ...", are read as
a planned imposition beside the threat, and the CAATSA penalties "Washington has not imposed" make
it a false alarm); the limit of the Greek-French pact ("Greek officials said the agreement does not
provide for French troops or warships to be stationed in Greece": a negation on the verb that
governs the infinitive, "does not provide for / does not allow ... to be stationed", is not carried
to the presence, which is read as planned, while "French troops will not be stationed in Greece" is
negated). Also seen, not scored: Switzerland's imposition found only through the headline ("Takes
Over EU Sanctions on Russia and Freezes Putin's Assets", with the EU as a second actor); the lead's
"will apply the sanctions the European Union has adopted ... and freeze the assets of ... with
immediate effect" gives the EU's imposition, and the statement's "decided today to take over the
packages of sanctions" nothing ("Switzerland decided on Friday to take over the EU's latest
sanctions on Belarus" neither, while "adopted the EU's latest sanctions" is found); the refusal of
2014 read with the EU as target and no actor; the EU's and OFAC's suspensions in one cluster with
Belarus among the actors, and none of the Belarusian exceptions ("stay under the measures",
"remains in force", "remains on the US list") read; the Cuban-South Korean notes an agreement of
South Korea alone, "no military or other agreement was signed" a negated agreement of North Korea;
UNITA's integration with Angola as target and no actor (the passive "were folded into" is read, the
active "folded the clan militia into its national army" is not).
After the fixes (same day): P 0.923 R 1.000 F1 0.960 (recall 13/13; one false alarm, the Brunson
threat retold), then P 1.000 R 1.000 F1 1.000: a planned imposition whose actors threatened the
same target earlier in the article, with no time ahead of its own, is the threat retold. Fixed in general: the term
and its end between an English renewal verb and its object ("renewed for twelve months, until 31
January 2018, the …") do not count against its reach; the names before "who"/"which" are the
parties of a trigger in the relative clause; a force "on a … rotational deployment" and a "battle
group" are a presence, the place it is "in" before the trigger its host; a passive presence reaches
its force past "led by <state>"; "does not allow / provide for … to be stationed" denies the
presence; a state that "takes over" or "aligned itself with" another's sanctions imposes them, and
"the EU's sanctions on Belarus" are the EU's, not on the EU.
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
EU_COUNCIL = "Council of the European Union"
UN = "United Nations"
UNSC = "United Nations Security Council"
UNGA = "United Nations General Assembly"
AU = "African Union"
NATO = "NATO"
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
CAR = "Central African Republic"
KP = "Kimberley Process"
LUKASHENKO = "Alexander Lukashenko"
TAYLOR = "Charles Taylor"
UNITA = "UNITA"
FAA = "Angolan Armed Forces"

ARTICLES: list[Article] = [
    Article(
        "e01-bern-statement-switzerland-adopts-eu-sanctions-on-russia",
        date(2022, 2, 28),
        _p(
            "Switzerland Takes Over EU Sanctions on Russia and Freezes Putin's Assets",
            "BERN, 28 February 2022 (news service, English edition)",
            "Switzerland will apply the sanctions the European Union has adopted against Russia and freeze the assets of President Vladimir Putin, Prime Minister Mikhail Mishustin and Foreign Minister Sergey Lavrov with immediate effect, the Federal Council decided on Monday, setting aside the caution that has kept the country out of such measures for decades.",
            "The government also closed Swiss airspace from midnight to flights from Russia and to aircraft with Russian markings, with exemptions for humanitarian, medical and diplomatic flights, and barred five businessmen with close ties to both Switzerland and the Kremlin from entering the country.",
            "President Ignazio Cassis announced the decision at a news conference in Bern after an extraordinary meeting of the seven-member government. The following are excerpts from his statement, in an unofficial translation from French.",
            '"Russia\'s military attack on Ukraine is an attack on the freedom of a sovereign state, on international law and on the values that Switzerland shares. It is an attack on the security and the peace of Europe."',
            '"The Federal Council has therefore decided today to take over the packages of sanctions that the European Union adopted on 23 and 25 February. The assets of the persons and companies on those lists are frozen from six o\'clock this evening. Banks, insurers and anyone else who holds such assets must declare them to the State Secretariat for Economic Affairs."',
            '"This is a step without precedent for our country, and I know that it raises questions. Switzerland remains neutral. We will not send weapons to either side, and our good offices remain available. But to look away while an aggressor uses our financial centre would not be neutral."',
            '"In 2014, after the annexation of Crimea, the Federal Council did not adopt the European sanctions. It took measures only to prevent them from being circumvented through Switzerland. Today that is no longer enough."',
            '"We are also helping the people who are fleeing. A first consignment of eight tonnes of medical supplies leaves for Poland tomorrow."',
            "The decision followed four days of pressure at home and abroad. On Thursday the government had said only that it would tighten its rules against circumvention, a position that drew criticism from most of the main parties. About 20,000 people marched through Bern on Saturday against the war, and officials in Brussels made it clear that they expected Switzerland, where Russian clients are thought to hold well over 100 billion francs, not to become a refuge for money fleeing Western measures.",
            "The Swiss People's Party said the government had abandoned neutrality. The Swiss Bankers Association said its members would apply the measures in full and had already begun to check their client lists.",
            'The Russian embassy in Bern did not comment on Monday evening. Ukraine\'s ambassador to Switzerland welcomed the decision as "courageous".',
            "Economy Minister Guy Parmelin said the Federal Council would decide case by case whether to take over any further measures the EU adopts.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("Switzerland",),
                ("Russia", "Vladimir Putin", "Mikhail Mishustin", "Sergey Lavrov"),
            ),
            # the EU packages of 23 and 25 February it takes over; no adoption in 2014
            Gold("sanctions.imposed", "occurred", (EU,), ("Russia",), core=False),
            Gold("sanctions.imposed", "negated", ("Switzerland",), ("Russia",), core=False),
        ),
        not_participants=("Ukraine", "Poland"),
    ),
    Article(
        "e02-monrovia-daily-un-ends-liberia-arms-embargo-with-timeline",
        date(2016, 5, 26),
        _p(
            "UN Council Ends Arms Embargo, the Last of Liberia's Sanctions",
            "MONROVIA, Thursday, May 26, 2016",
            "The UN Security Council on Wednesday lifted the arms embargo on Liberia, the last of the sanctions the world body imposed on the country during its years of war, and dissolved the committee and the panel of experts that have watched over them since 2003.",
            "The council adopted Resolution 2288 unanimously in New York. It said Liberia had made progress in managing its weapons and urged the government to keep building the capacity of its army and police to store and account for them.",
            'Foreign Minister Marjon Kamara called the vote "a sign of confidence in a country that has been at peace for thirteen years". She said Liberia would continue to work with the United Nations and with its neighbours to stop the flow of small arms across the region\'s borders.',
            "The decision comes five weeks before the UN peacekeeping mission, UNMIL, hands over full responsibility for security to the Liberian police and army on June 30. The mission, which has been in the country since 2003 and once had 15,000 soldiers, has fewer than 4,000 today.",
            'For security officials the end of the embargo is mostly a practical matter. Since 2006 the council has eased it several times so that the new army and police could receive weapons and equipment, but each delivery had to be notified to the committee in New York first. "We had rifles for the police waiting in a warehouse for months," a senior police officer said.',
            "Not everyone welcomed the step. A lawyer for a group of war victims said the end of the sanctions regime also ends the panel's reports, which for years were the main public record of where Charles Taylor's money went. The freeze on the assets of the former president, his family and his associates ended last September, when the council lifted the travel ban and the asset freeze and renewed the arms embargo for nine months. Taylor is serving a 50-year sentence in a British prison for war crimes committed in Sierra Leone.",
            "The United States ended its own Liberia sanctions programme in November, when President Barack Obama revoked the orders that had frozen the assets of Taylor and his associates.",
            "TIMELINE: Liberia and the UN sanctions",
            "November 1992 - The Security Council imposes an arms embargo on Liberia during the first civil war.",
            "March 2001 - Diamond exports are banned and senior officials of Charles Taylor's government barred from travel, over his support for the RUF rebels in Sierra Leone.",
            "May 2003 - Timber exports banned.",
            "August 2003 - Taylor leaves for exile in Nigeria; a peace agreement is signed in Accra.",
            "March 2004 - The assets of Taylor, his family and close associates are frozen.",
            "June 2006 - Timber ban lifted.",
            "April 2007 - Diamond ban lifted; Liberia joins the Kimberley Process the following month.",
            "September 2015 - Travel ban and asset freeze ended; arms embargo renewed for nine months.",
            "May 2016 - Arms embargo lifted.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC, UN), ("Liberia",)),
            # the timeline's measures and their ends; the US programme ended in November; the
            # Accra agreement; the Kimberley Process; UNMIL since 2003
            Gold("sanctions.imposed", "historical", (UNSC,), ("Liberia", TAYLOR), core=False),
            Gold("sanctions.lifted", "historical", (UNSC, US), ("Liberia", TAYLOR), core=False),
            Gold("sanctions.extended", "historical", (UNSC,), ("Liberia",), core=False),
            Gold("agreement.signed", "historical", ("Liberia",), (), core=False),
            Gold("alliance.joined", "historical", ("Liberia",), (KP,), core=False),
            Gold("military.presence", "historical", (UN,), ("Liberia",), core=False),
        ),
        not_participants=("Sierra Leone", "Nigeria", "Ghana"),
    ),
    Article(
        "e03-markets-belarus-bonds-as-eu-suspends-lukashenko-sanctions",
        date(2015, 10, 30),
        _p(
            "Belarus Bonds Rally as EU Suspends Sanctions on Lukashenko for Four Months",
            "EMERGING MARKETS | LONDON / MINSK | Friday 30 October 2015",
            "Belarus's dollar bonds rose for a third day on Friday after the European Union suspended its asset freeze and travel ban on President Alexander Lukashenko and 169 other Belarusians for four months, the biggest step towards Minsk that Brussels has taken in five years.",
            "EU governments formally adopted the suspension on Thursday, confirming a political decision their foreign ministers took on October 12. It runs until the end of February and also covers three companies. The measures themselves stay on the books, and the EU said it would review them before the suspension expires.",
            "Brussels is rewarding the release in August of six political prisoners, among them Mikalai Statkevich, a candidate in the 2010 presidential election, and an October 11 election that passed off without the violence of five years ago, even though observers from the OSCE said it fell well short of democratic standards. Lukashenko, in power since 1994, won a fifth term with 83.5 per cent of the vote.",
            "The suspension does not cover everyone. Four people linked to the disappearance of opposition politicians and a journalist in 1999 and 2000 stay under the measures, and the EU's arms embargo on Belarus, with its ban on equipment that could be used for repression, remains in force.",
            "Washington has moved too. The US Treasury's Office of Foreign Assets Control has suspended for six months its sanctions on nine Belarusian companies, among them the Naftan refinery, the petrochemicals concern Belneftekhim, the tyre maker Belshina and the Grodno Azot fertiliser plant, through a general licence that lets Americans deal with them until the end of April. Lukashenko himself remains on the US list.",
            "The 2018 Eurobond rose 0.6 cents on the dollar to 101.4, pushing its yield below 8 per cent for the first time since June, traders in London said. The Belarusian rouble was little changed at about 17,700 to the dollar on the Minsk currency exchange, having lost about a fifth of its value this year as the recession in Russia, its biggest market, dragged down exports.",
            '"The sanctions themselves never cost Belarus much money. What matters to investors is the signal," said an emerging markets strategist at a London bank. "Minsk needs about three billion dollars from the IMF, and a thaw with the West makes that easier. If the suspension is made permanent in February, the bonds have further to go."',
            "Talks on a new IMF programme have made little progress, with the fund pressing the government to cut the cheap loans it directs to state companies and to let the rouble float freely. A mission is due in Minsk in November.",
            "The EU imposed the travel ban and asset freeze in January 2011 after security forces broke up protests against Lukashenko's re-election in December 2010, and widened them in 2012, when it also added companies owned by businessmen close to the president.",
            "Fitch, which rates Belarus B-, said on Friday that the easing of sanctions was positive but would not by itself change the rating.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (EU, EU_COUNCIL), ("Belarus", LUKASHENKO)),
            Gold("sanctions.suspended", "occurred", (US, TREASURY, OFAC), ("Belarus",)),
            # the four kept and the arms embargo; Lukashenko on the US list; the measures of 2011
            Gold(
                "sanctions.suspended",
                "negated",
                (EU, US),
                ("Belarus", LUKASHENKO),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (EU,), ("Belarus", LUKASHENKO), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "e04-newsletter-digest-car-sanctions-renewed-us-brigade-in-poland",
        date(2017, 1, 30),
        _p(
            "The Monday Brief | 30 January 2017",
            "Sanctions and security in five minutes | Issue 94",
            "Good morning. This week: another year of sanctions for the Central African Republic, American armour spreads out from Zagan, no sanctions talk in the first Trump-Putin call, and the Cyprus talks stuck in Geneva.",
            "CENTRAL AFRICAN REPUBLIC: 12 MORE MONTHS",
            "The UN Security Council on Friday renewed for twelve months, until 31 January 2018, the arms embargo on the Central African Republic and the travel ban and asset freeze on the people and groups it has listed, and kept the panel of experts that monitors them. Resolution 2339 was adopted unanimously.",
            "The embargo dates from December 2013, when fighting between the mainly Muslim Seleka and the anti-balaka militias was spreading across the country. Government forces may still receive arms with the committee's approval. The government in Bangui, which wants to rearm its army as the first battalions trained by the EU return to service, had asked the council to drop that condition. It did not.",
            "POLAND: ROTATION, NOT GARRISON",
            "The roughly 3,500 soldiers of the US Army's 3rd Armored Brigade Combat Team, 4th Infantry Division, who arrived in Poland this month with their tanks and armoured vehicles, are spreading out to training grounds in Poland, the Baltic states, Romania and Bulgaria. The brigade is on a nine-month rotational deployment and will be replaced in the autumn by another from the United States, so that an armoured brigade stays on NATO's eastern flank without a permanent base. Its headquarters is in Zagan, in western Poland.",
            "From April a multinational battalion led by the United States will also be stationed at Orzysz in north-eastern Poland, about 60 kilometres from the border with Russia's Kaliningrad region. It is one of the four battalions that NATO leaders agreed in Warsaw last July to send to Poland, Lithuania, Latvia and Estonia.",
            "RUSSIA: NOT ON THE AGENDA",
            'Sanctions did not come up in Saturday\'s telephone call between President Donald Trump and Vladimir Putin, their first since Mr Trump took office, the Kremlin said. Days of speculation that the new administration might lift some of the measures the United States imposed over Ukraine came to nothing for now: they remain in place, and the White House said only that the call was "a significant start" to improving the relationship.',
            "Worth noting: the EU's economic sanctions on Russia, renewed in December, run until 31 July.",
            "CYPRUS: STUCK IN GENEVA",
            "The conference on Cyprus in Geneva, which brought Greece, Turkey and Britain to the table with the island's two leaders on January 12, has stalled. Officials who met last week to work on security and guarantees parted without agreement, and no date has been set for the foreign ministers to return. The future of the Turkish troops in the north, on the island since 1974, remains the main obstacle.",
            "DIARY",
            "Wednesday: the Security Council is briefed on South Sudan. Friday: EU leaders meet in Malta to discuss migration across the central Mediterranean. Next Monday: EU foreign ministers meet in Brussels.",
            "The Monday Brief is written by the editors. Replies to this email reach us directly.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), (CAR,)),
            Gold(
                "military.presence",
                "occurred",
                (US,),
                ("Poland", "Lithuania", "Latvia", "Estonia", "Romania", "Bulgaria"),
            ),
            Gold("military.presence", "planned", (NATO, US), ("Poland",)),
            # the embargo of 2013 and the condition not dropped; the US measures on Russia kept
            # and the EU's renewed in December; Cyprus talks stalled and Turkish troops since 1974
            Gold("sanctions.imposed", "historical", (UNSC,), (CAR,), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), (CAR,), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Russia",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Russia",), core=False),
            Gold("sanctions.extended", "historical", (EU,), ("Russia",), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("Cyprus", "Greece", "Turkey", UK),
                (),
                core=False,
            ),
            Gold("military.presence", "historical", ("Turkey",), ("Cyprus",), core=False),
        ),
        not_participants=("Switzerland", "Malta"),
    ),
    Article(
        "e05-istanbul-interview-us-threatens-turkey-over-brunson",
        date(2018, 7, 28),
        _p(
            '"Markets Hear the Word Sanctions and Sell": An Economist on the Brunson Row',
            "ISTANBUL | Markets & Economy | Saturday 28 July 2018",
            'The lira fell to a record low this week and Turkish bank shares had their worst day in months after President Donald Trump threatened on Thursday to impose "large sanctions" on Turkey over its detention of the American pastor Andrew Brunson. Vice President Mike Pence had told a gathering in Washington hours earlier that Turkey should free the pastor or "be prepared to face the consequences". We asked Deniz Arslan, chief economist at an Istanbul brokerage, what it means.',
            "What exactly has Washington threatened?",
            "Nobody knows, and that is part of the problem. The president wrote that the United States will impose large sanctions on Turkey for the long detention of Pastor Brunson, who was moved from prison to house arrest in Izmir on Wednesday. There was no detail. It could be measures against officials, against banks, against anything. Markets hear the word sanctions and they sell first and ask questions later.",
            "How did Ankara respond?",
            "Firmly. The foreign minister, Mevlut Cavusoglu, said that nobody dictates to Turkey and that it will never tolerate threats. The presidential spokesman said the case is a matter for the courts. That is the answer one expects, but it means there is no quick way out.",
            "Has Turkey been under American sanctions before?",
            "Not like this. Congress imposed an arms embargo after the intervention in Cyprus in 1974; it came into force in 1975 and was lifted in 1978. Since then there has been a lot of noise and no sanctions. Last year there was talk of penalties under CAATSA, the law against countries that buy Russian weapons, because of the S-400 missiles, but Washington has not imposed any. The defence bill now before Congress would only hold up the delivery of F-35 jets.",
            "Is the alliance itself at risk?",
            "I don't think so. Turkey has been in NATO since 1952, and American aircraft have flown from Incirlik for more than sixty years. These ties outlive governments. But I cannot remember relations this bad, and investors price that in.",
            "What should investors watch next week?",
            "Two things. First, whether the threat becomes real. The Treasury can act within days if the White House wants it to. Second, the central bank. It surprised everyone on Tuesday by leaving its main rate at 17.75 per cent with inflation at 15.4 per cent. The market read that as political pressure, and the Brunson story came on top of it.",
            "Is there a way out?",
            "There has been talk of a diplomatic solution for weeks, but nothing has been agreed that we know of. If the pastor goes home, the lira gets some relief. If not, I would not be surprised to see measures against individuals first, perhaps ministers. That would be symbolic, but symbols move this market.",
            "Deniz Arslan spoke to us on Friday. The interview has been edited for length.",
        ),
        (
            Gold(
                "sanctions.threatened", "occurred", (US, "Donald Trump", "Mike Pence"), ("Turkey",)
            ),
            # the embargo of 1975-1978; no CAATSA sanctions; NATO since 1952; Incirlik
            Gold("sanctions.imposed", "historical", (US,), ("Turkey",), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Turkey",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Turkey",), core=False),
            Gold("alliance.joined", "historical", ("Turkey",), (NATO,), core=False),
            Gold("military.presence", "historical", (US,), ("Turkey",), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "e06-juba-new-york-south-sudan-193rd-un-member",
        date(2011, 7, 15),
        _p(
            "South Sudan Becomes the 193rd Member of the United Nations",
            "JUBA / NEW YORK, Friday 15 July 2011",
            "South Sudan became the 193rd member of the United Nations on Thursday, five days after it declared independence, when the General Assembly admitted it without a vote, to applause from delegates of every region.",
            "The Security Council had recommended the new state's admission on Wednesday. Its flag, with a gold star on a blue triangle, was raised outside the headquarters on the East River on Thursday afternoon, in its place among the flags of the other members.",
            'Secretary-General Ban Ki-moon welcomed the new member "into the community of nations" and urged the international community to help it build the institutions of a state almost from nothing. "Independence is not an end, but a beginning," he told the assembly.',
            'In Juba, where the celebrations of Saturday had barely ended, people gathered around radios and the few television sets in the city\'s cafes to follow the vote. "Now we are a country like any other," said Peter Lado, a teacher, as a group of young men waved flags outside the parliament building.',
            "South Sudan will also become the 54th member of the African Union before the end of the month, officials at the organisation's headquarters in Addis Ababa said.",
            "The Security Council set up a new peacekeeping mission for the country on July 8, the eve of independence, with up to 7,000 soldiers and 900 police. Many of its troops come from the former UN mission in Sudan, whose mandate ended on Saturday.",
            "Independence was the last step of the Comprehensive Peace Agreement signed in Kenya in 2005, which ended more than two decades of war between the north and the south and provided for the referendum in January in which southerners voted almost unanimously to secede.",
            "Much was left unresolved. Talks between Juba and Khartoum on sharing oil revenue, on the disputed region of Abyei and on the border have stalled, and no agreement on the oil has been signed. Most of the oil lies in the south, but the only pipelines run north, to Port Sudan on the Red Sea.",
            "President Omar al-Bashir of Sudan attended the independence ceremony in Juba and promised to work with the new government. Officials in Khartoum said this week that they still expected a share of the oil revenue for the use of the pipelines.",
            "The new state has about eight million people, a few dozen kilometres of paved road and some of the worst health indicators in the world. Its budget depends almost entirely on oil.",
        ),
        (
            Gold("alliance.joined", "occurred", ("South Sudan",), (UN, UNGA)),
            Gold("alliance.joined", "planned", ("South Sudan",), (AU,)),
            # the mission set up on July 8; the agreement of 2005; the oil talks stalled
            Gold("military.presence", "historical", (UN,), ("South Sudan",), core=False),
            Gold("agreement.signed", "historical", ("Sudan", "South Sudan"), (), core=False),
            Gold("agreement.signed", "stalled", ("South Sudan", "Sudan"), (), core=False),
        ),
        not_participants=("Kenya", "Ethiopia"),
    ),
    Article(
        "e07-athens-wire-greece-france-defence-pact-with-correction",
        date(2021, 9, 29),
        _p(
            "Greece, France Sign Defence Pact With Mutual Aid Clause; Athens to Buy Three Frigates",
            "ATHENS / PARIS, 29 September 2021 (updated 18:40)",
            "Greece and France signed a defence and security partnership on Tuesday under which each will come to the other's aid, with armed force if necessary, if its territory is attacked, and Athens announced the purchase of three French frigates, the first big arms order for Paris since Australia scrapped a submarine contract this month.",
            "The agreement was signed at the Elysee Palace by the defence ministers, Nikos Panagiotopoulos and Florence Parly, in the presence of Prime Minister Kyriakos Mitsotakis and President Emmanuel Macron.",
            '"Greece and France today take their strategic relationship to a new level," Mr Mitsotakis said, adding that it was the first time Greece had a mutual defence commitment with a European partner. He said the pact was not directed against any other country.',
            'Mr Macron called the agreement a step towards European "strategic autonomy". "Europeans must stop being naive. When we are under pressure from powers that sometimes harden their stance, we must react and show that we have the power and the capacity to defend ourselves," he said.',
            "Greece will buy three Belharra frigates from the French shipbuilder Naval Group, with an option for a fourth, in a deal worth about three billion euros. The first ship is due in 2025. Athens agreed in January to buy 18 Rafale fighter jets and said this month that it would order six more.",
            "The deal comes two weeks after Australia, Britain and the United States announced the AUKUS security pact and Canberra cancelled its order for French submarines, a decision that led France to recall its ambassadors from Washington and Canberra for consultations.",
            "Turkey, with which Greece has long-running disputes over maritime boundaries and energy exploration in the eastern Mediterranean, did not comment on Tuesday. Both countries are members of NATO, whose treaty already commits its members to defend one another.",
            "Greek officials said the agreement does not provide for French troops or warships to be stationed in Greece, although the two navies will exercise together more often.",
            "The agreement must be ratified by the Greek parliament, where Mr Mitsotakis's New Democracy party has a majority. The main opposition party, Syriza, said it would study the text before taking a position.",
            "Correction: An earlier version of this article said the agreement would need to be ratified by the French parliament. It is the Greek parliament that will vote on it. The earlier version also said Greece had agreed to buy four frigates; it will buy three, with an option for a fourth.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Greece", "France"), ()),
            # AUKUS two weeks before; no French troops or warships stationed in Greece
            Gold("agreement.signed", "historical", ("Australia", UK, US), (), core=False),
            Gold("military.presence", "negated", ("France",), ("Greece",), core=False),
        ),
        not_participants=("Turkey",),
    ),
    Article(
        "e08-fact-check-cuba-south-korea-relations",
        date(2024, 2, 16),
        _p(
            "Fact check: No, Cuba did not cut ties with North Korea when it opened relations with Seoul",
            "FACT CHECK | Seoul | 16 February 2024",
            "CLAIM: Cuba broke off diplomatic relations with North Korea after establishing them with South Korea this week, and the two countries signed a military cooperation agreement.",
            "VERDICT: False. Cuba and South Korea established diplomatic relations on Wednesday, but Havana has not cut its ties with Pyongyang, and no military or other agreement was signed.",
            "What happened",
            "South Korea and Cuba normalised relations on February 14, when their missions to the United Nations in New York exchanged diplomatic notes, South Korea's foreign ministry said in a short statement that evening. The two countries will open embassies in each other's capitals; no date has been given.",
            "The move came without warning. It makes Cuba the 193rd country with which Seoul has diplomatic relations and leaves Syria as the only UN member state without them.",
            "Where the claim came from",
            'The post, shared more than 20,000 times on Facebook and X since Thursday, shows a photograph of a padlocked gate under the words "Cuba closes its embassy in Pyongyang". A reverse image search shows that the photograph was published in 2019 and shows a closed bank branch in Caracas.',
            "What we checked",
            "Cuba's foreign ministry still lists its embassy in Pyongyang among its missions abroad, and neither government has announced any change. Cuba and North Korea have had diplomatic relations since 1960, the year after the Cuban revolution, and have stayed close through the decades since. North Korea had not commented publicly on the Seoul-Havana announcement as of Friday.",
            "On the claimed military agreement, South Korea's foreign ministry told us that the exchange of notes was the only document signed, and that no agreement on defence or security is under discussion. The statement issued by the Cuban foreign ministry on Wednesday likewise mentions only diplomatic relations.",
            "Why it matters",
            "Seoul had sought ties with Havana for years, and South Korean pop culture and dramas have been popular in Cuba for more than a decade. Cuba is also home to about 1,000 descendants of Korean immigrants who arrived in 1921 to work on sugar plantations.",
            "For North Korea, which counts few close friends, the loss of Cuba's exclusive attention is a diplomatic blow, analysts in Seoul said. But a blow is not a break, and nothing in the public record suggests that Havana has downgraded its relations with Pyongyang.",
            "Our rating: False.",
        ),
        (
            Gold("relations.restored", "occurred", ("South Korea", "Cuba"), ()),
            # the notes exchanged; embassies to open; Cuba and North Korea since 1960; no military
            # agreement signed
            Gold("agreement.signed", "occurred", ("South Korea", "Cuba"), (), core=False),
            Gold("relations.restored", "planned", ("South Korea", "Cuba"), (), core=False),
            Gold("relations.restored", "historical", ("Cuba", "North Korea"), (), core=False),
            Gold("agreement.signed", "negated", ("South Korea", "Cuba"), (), core=False),
        ),
        not_participants=("Syria", "Venezuela"),
    ),
    Article(
        "e09-luanda-wire-unita-fighters-folded-into-angolan-army",
        date(2002, 8, 3),
        _p(
            "UNITA's Army Disbanded as Former Rebels Are Folded Into Angola's Armed Forces",
            "LUANDA, Aug 3, 2002 -",
            "Angola's former rebel army ceased to exist on Friday when the last units of UNITA's military wing were folded into the Angolan Armed Forces, four months after a ceasefire ended twenty-seven years of civil war.",
            "At a ceremony at a military base outside Luanda, UNITA's chief of staff, General Abreu Kamorteiro, handed over his command and was sworn in as a deputy chief of the general staff of the national army. About 5,000 former UNITA soldiers, among them dozens of generals and colonels, are being taken into the army and the police. The rest of the fighters, some 80,000 men, are to be demobilised and given help to return to civilian life.",
            '"Today there is one army in Angola," the army\'s chief of general staff, General Armando da Cruz Neto, told the soldiers on parade. Diplomats at the ceremony said it was the first time since independence in 1975 that the country had a single national force.',
            "The integration was agreed in the memorandum of understanding signed on April 4, six weeks after UNITA's founder Jonas Savimbi was killed by government troops in the eastern province of Moxico. Under it, UNITA's fighters gathered with their families in 35 quartering areas, where they handed in their weapons.",
            "Angola has been here before. Under the 1994 Lusaka Protocol, UNITA was to send its troops into a single army, and several thousand of them did join in 1997. But the movement kept its best units in the bush, and the war resumed at the end of 1998.",
            "Aid agencies warned on Friday that conditions in the quartering areas remain dire, with shortages of food, clean water and medicine. The World Food Programme said it was feeding more than 300,000 people in the camps but would run out of some supplies in September unless donors gave more.",
            "The UN sanctions against UNITA, imposed in stages from 1993 - an embargo on arms and fuel, a ban on the diamonds that paid for its war, the closure of its offices abroad - are still in force. The Security Council suspended its travel ban on UNITA officials in May so that they could take part in the peace process, and has said it will consider lifting the rest when the process is complete.",
            'UNITA\'s leaders say they want to turn the movement into an ordinary political party and compete in elections, for which no date has been set. Its interim leader, General Paulo Lukamba Gato, said on Friday that UNITA would "never again" take up arms.',
            "Many of the demobilised fighters have nowhere to go. Their villages were destroyed during the war, and the roads to them are still mined.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Angola", FAA), (UNITA,)),
            # the memorandum of April 4; the part-integration of 1997; the UN measures since 1993
            # and the travel ban suspended in May
            Gold("agreement.signed", "historical", ("Angola", UNITA), (), core=False),
            Gold("forces.integrated", "historical", ("Angola",), (UNITA,), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), (UNITA, "Angola"), core=False),
            Gold("sanctions.suspended", "historical", (UNSC,), (UNITA, "Angola"), core=False),
        ),
        not_participants=("Zambia",),
    ),
    Article(
        "e10-nm-hong-kong-racing-stewards-extend-suspension",
        date(2023, 11, 23),
        _p(
            "Racing: Stewards Extend Jockey's Suspension, Trainer Fined Over Positive Sample",
            "HONG KONG | RACING | Thursday 23 November 2023",
            "Jockey Ryan Cheung's suspension for careless riding was extended from four meetings to six on Wednesday after the Jockey Club's stewards reviewed fresh footage of a fall at Happy Valley last week, in which two horses were brought down and one rider taken to hospital.",
            "Cheung, who had appealed against the original ban, withdrew the appeal after the hearing. He will be free to ride again on December 10, the day of the Hong Kong International Races, although he is not expected to have a big-race mount.",
            "The stewards also imposed a fine of HK$100,000 on trainer Simon Lau after a horse from his stable returned a positive sample for a banned anti-inflammatory drug. The horse was disqualified from its second place at Sha Tin on November 5, and the prize money will be redistributed.",
            "There was better news for Lau later in the day. The ban on his gelding Golden Harbour was lifted after it passed a barrier trial on Tuesday morning; it had been barred from racing since it bled from the lungs in October.",
            "Kenta Morishita, who has ridden more than 900 winners in Japan, joins the local roster next month on a short-term licence, the club said. He will ride mainly for trainer David Ho, who signed him after watching him ride in Tokyo.",
            "The club signed an agreement this week with Racing Victoria to show Hong Kong's international races live on Australian television and betting platforms, and extended a similar deal with a British broadcaster for three years.",
            "More than 600 horses are now stabled at the club's training centre at Conghua, across the boundary in Guangdong, which opened in 2018. Horses are taken there by road under quarantine arrangements agreed with the mainland authorities, and the centre has its own racetrack for trials.",
            "Under rules that took effect this season, jockeys who use the whip more than nine times in a race face an automatic fine, and repeat offenders a suspension. Stewards said the number of breaches had halved since September.",
            "Sunday's card at Sha Tin has ten races, the highlight a Class 1 handicap over 1,400 metres.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e11-nm-rhodes-wildfire-evacuation-heatwave",
        date(2023, 7, 24),
        _p(
            "Rhodes Fire: Thousands Evacuated as Heatwave Grips Greece",
            "RHODES, Greece - Monday 24 July 2023",
            "About 19,000 people, most of them tourists, were moved out of hotels and villages in the south-east of Rhodes over the weekend as a wildfire that has burned for almost a week was driven towards the coast by strong winds, in what officials called the largest evacuation because of a wildfire in the country's history.",
            "Coast guard vessels, fishing boats and private yachts took people off the beaches at Kiotari, Lardos and Gennadi, while buses carried others to sports halls, schools and conference centres in the north of the island, where they slept on camp beds and mattresses.",
            "The fire service said more than 260 firefighters were deployed on the island, backed by water-dropping aircraft and helicopters and by volunteers with water trucks. Soldiers were sent to help with the evacuation and to clear firebreaks.",
            "Help has come from abroad under the European Union's civil protection mechanism. Firefighters from Slovakia and Croatia are working on Rhodes, and Italy, Jordan, Israel, Egypt and Turkey have sent firefighting aircraft to help with fires on Rhodes, Corfu, Evia and near Athens.",
            "Several tour operators suspended flights to the island. Some British and German holiday companies cancelled all departures to Rhodes until the end of the week and sent extra staff to look after customers already there, while airlines flew hundreds of people home on Sunday and Monday.",
            "The heatwave, the second this month, has pushed temperatures above 44C in parts of the mainland. The government imposed a ban on outdoor work between noon and five in the afternoon for delivery workers and building crews, and the Acropolis in Athens has been closed during the hottest hours for several days; officials said that restriction would be lifted once temperatures fell.",
            "The authorities extended the state of emergency in the south of Rhodes until the end of the month and declared one on Corfu, where more than 2,000 people were moved from villages in the north-east on Sunday night.",
            "Hoteliers on Rhodes said most of the island's hotels were untouched and that visitors in the north should not cut short their holidays. \"This is a disaster for the villages, but the island is not burning everywhere,\" said the head of the local hoteliers' association.",
            "Many people joined the effort on their own. Residents brought food and water to the evacuation centres, and tourists helped carry children and elderly people onto boats.",
            "Meteorologists say temperatures should fall slightly from Thursday, but the risk of new fires will remain very high.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e12-nm-nairobi-metropolitan-services-handover",
        date(2020, 3, 19),
        _p(
            "Nairobi Metropolitan Services Gets a General at the Top as Handover Takes Effect",
            "NAIROBI, Thursday 19 March 2020",
            "President Uhuru Kenyatta on Wednesday appointed Major General Mohamed Badi of the Kenya Defence Forces to head Nairobi Metropolitan Services, the new body that will run health, transport, public works and planning in the capital under an agreement Governor Mike Sonko signed with the national government last month.",
            "The deed of transfer, signed at State House on February 25, hands four of the county's main functions to the national government. Sonko, who has been barred by a court from his office since he was charged with corruption in December, said he had agreed to the transfer to end months of paralysis at City Hall.",
            "Soldiers and National Youth Service workers were deployed on Thursday morning to clear heaps of rubbish in the central business district and along the Nairobi River, which residents have complained about for years. Maj Gen Badi said his first task would be to get the county's garbage trucks back on the road.",
            "The county assembly has suspended its sittings for thirty days under measures the government announced this week against the coronavirus. The national government has banned public gatherings, closed schools and urged people to work from home where they can. Kenya had confirmed seven cases by Wednesday.",
            "The transfer follows a long row between Sonko and the assembly over the county's budget, which has left contractors unpaid and hospitals short of drugs. The Council of Governors said the arrangement should be temporary and warned that it should not be copied in other counties.",
            "City traders have seen such promises before. A ban on matatus entering the central business district, imposed by the county in December 2018, was suspended after a single day of chaos in which thousands of commuters walked to work.",
            "Residents' associations in Eastlands joined calls for the new body to publish its plans and its budget. Its first budget will be presented to the assembly when it resumes sitting.",
            "Maj Gen Badi, who has served in the air force for more than thirty years, will report to the president's office. He said he would work with the county's staff and not replace them.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def test_an_end_date_before_the_object_leaves_a_renewal() -> None:
    for text in (
        "The Security Council on Thursday extended until 30 June 2026 the asset freeze on Libyan "
        "officials.",
        "The Council of the EU prolonged until 15 March 2026 the sanctions on Russian officials.",
    ):
        assert ("sanctions.extended", "occurred") in _told(text), text


def test_an_end_date_after_the_object_or_a_length_before_it_leaves_a_renewal() -> None:
    for text in (
        "The Security Council on Thursday extended the asset freeze on Libyan officials until 30 "
        "June 2026.",
        "The Security Council on Thursday renewed for a year the travel ban on Haitian gang leaders.",
    ):
        assert ("sanctions.extended", "occurred") in _told(text), text


def test_an_arrival_in_a_relative_clause_and_a_rotation_are_a_presence() -> None:
    for text in (
        "The 800 British soldiers, who arrived in Estonia last week, are training near Tapa.",
        "A British battle group is on a six-month rotational deployment in Estonia.",
    ):
        assert ("military.presence", "occurred") in _told(text), text


def test_a_force_led_by_a_state_is_its_presence() -> None:
    for text in (
        "A multinational battle group led by Canada will be stationed in Latvia from June.",
        "A battalion led by Germany will be stationed in Lithuania from next year.",
    ):
        assert ("military.presence", "planned") in _told(text), text


def test_soldiers_who_arrive_and_a_named_force_to_be_stationed_are_a_presence() -> None:
    text = "About 800 British soldiers arrived in Estonia last week."
    assert ("military.presence", "occurred") in _told(text)
    text = "A Canadian battalion will be stationed in Latvia from June."
    assert ("military.presence", "planned") in _told(text)


def test_a_threat_retold_in_reported_speech_is_no_plan() -> None:
    for text in (
        "Trump threatened on Friday to impose heavy sanctions on Mexico. He wrote that the United "
        "States will impose heavy sanctions on Mexico for its failure to stop the flow of drugs.",
        "Washington threatened on Friday to impose sanctions on Colombia. The president said the "
        "United States will impose sanctions on Colombia over the drug trade.",
    ):
        assert _told(text) == [("sanctions.threatened", "occurred")], text


def test_a_threat_to_impose_is_a_threat() -> None:
    text = "The president threatened on Thursday to impose large sanctions on Mexico."
    assert _told(text) == [("sanctions.threatened", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The treaty does not allow German soldiers to be stationed in Austria.",
            id="does-not-allow-to-be-stationed",
        ),
        pytest.param(
            "The accord does not provide for Dutch soldiers to be stationed in Norway.",
            id="does-not-provide-for-to-be-stationed",
        ),
        pytest.param(
            "Italian troops will not be stationed in Albania.",
            id="will-not-be-stationed",
        ),
    ],
)
def test_no_alert_for_a_presence_denied(text: str) -> None:
    assert alert_rows(text, MONDAY) == []


def test_taking_over_another_s_sanctions_imposes_them() -> None:
    for text in (
        "Switzerland decided on Friday to take over the EU's latest sanctions on Belarus.",
        "Norway aligned itself with the EU's sanctions on Belarus on Friday.",
    ):
        assert ("sanctions.imposed", "occurred") in _told(text), text


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Switzerland adopted the EU's latest sanctions on Belarus on Friday.",
            ("sanctions.imposed", "occurred"),
            id="adopted-another-s-sanctions",
        ),
        pytest.param(
            "The Security Council on Wednesday lifted the arms embargo on Eritrea, the last of its "
            "sanctions on the country.",
            ("sanctions.lifted", "occurred"),
            id="the-last-of-the-sanctions-lifted",
        ),
        pytest.param(
            "The Treasury suspended for six months its sanctions on three Belarusian banks through "
            "a general licence.",
            ("sanctions.suspended", "occurred"),
            id="suspended-for-six-months",
        ),
        pytest.param(
            "Timor-Leste became the 11th member of ASEAN on Sunday.",
            ("alliance.joined", "occurred"),
            id="became-the-nth-member",
        ),
        pytest.param(
            "Timor-Leste will become the 11th member of ASEAN in October.",
            ("alliance.joined", "planned"),
            id="will-become-the-nth-member",
        ),
        pytest.param(
            "South Korea and Syria normalised relations on Thursday when their foreign ministers "
            "exchanged notes in Damascus.",
            ("relations.restored", "occurred"),
            id="normalised-relations",
        ),
        pytest.param(
            "The militia's fighters were folded into the Iraqi army on Friday.",
            ("forces.integrated", "occurred"),
            id="folded-into-an-army",
        ),
    ],
)
def test_the_forms_the_set_found(text: str, told: tuple[str, str]) -> None:
    assert told in _told(text)


def test_whose_sanctions_and_on_whom() -> None:
    rows = event_rows("The US eased Iran's oil sanctions on Friday.", MONDAY)
    assert rows == [("sanctions.lifted", "occurred", ["United States"], ["Iran"])]
    rows = event_rows("Norway adopted the EU's sanctions on Belarus on Friday.", MONDAY)
    assert rows == [("sanctions.imposed", "occurred", ["Norway"], ["Belarus"])]


def test_a_force_in_its_host_before_the_trigger() -> None:
    rows = event_rows("The US armoured brigade has been in Poland on rotation since 2017.", MONDAY)
    assert rows == [("military.presence", "historical", ["United States"], ["Poland"])]


def test_a_complementizer_is_no_relative_pronoun() -> None:
    text = (
        "Fitch, which rates Belarus B-, said on Friday that the easing of sanctions was positive."
    )
    assert all(r[2] != ["Belarus"] for r in event_rows(text, MONDAY))


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout29_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-29 English events"))
