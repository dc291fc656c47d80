"""Twenty-seventh English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
twenty-six sets lack: an Accra editorial on the British anti-corruption sanctions on Equatorial
Guinea's vice-president Teodorin Obiang (2021), a Central Asia email newsletter on the EU letting its
Andijan arms embargo on Uzbekistan lapse (2009), a Chisinau daily on the EU renewing its visa ban on
Transnistria's leaders while suspending it for Igor Smirnov (2010), the transcript of a State
Department press briefing warning the members of Haiti's Transitional Presidential Council, a live
blog (newest entry first) of the Francophonie summit admitting Ghana as a full member, a Male news
site on the Maldives signing a free military assistance agreement with China as Indian troops leave,
a press release of Greenland's foreign affairs department on the US consulate reopened in Nuuk after
67 years, a feature from Bubanza on FNL fighters sworn into Burundi's army (2009), a wire with four
datelines on the CSTO force sent to Kazakhstan (January 2022), and near misses (a Svalbard local
story where restrictions are "imposed", a deadline "extended", a ban "lifted", inspectors "deployed"
and Russia protests; a Montevideo business page on a port concession "extended" by an "agreement"
with a Belgian group, dockers who "lift" a strike and customs "penalties" to be "suspended"; a
Windhoek mining story on Namibia's ban on raw lithium exports, with Chinese firms, a shipment
"suspended", police "deployed" and Zimbabwe's ban "imposed").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; an organisation joined; a military assistance agreement signed; a
consulate reopened; former rebels integrated into an army; an alliance's troops sent), nine
occurred and one planned, beside historical, negated and stalled events. They are told in the
ordinary ways: active and passive voice, title-case headlines, a lead with two verbs and a pronoun
("extended by a year its ban on travel ..., but suspended it for Igor Smirnov"), a threat split
over two sentences ("will face consequences. Those consequences could include visa restrictions and
sanctions."), a ministry's register ("Naalakkersuisut recalls its position"), an editorial's first
person plural, a briefing's questions and answers, live-blog entries in reverse order, reported
speech ("the ministry said all military personnel would have left the country by May 10"), dates
as "23.02.2010", "Jan 6", "10 June 2020" and "two years ago".

Decisions of the annotation: a government that "imposed sanctions on" a vice-president "on
Thursday", told in a Saturday editorial, imposes (core), the regime's first 22 listings of April a
historical imposition, the EU that "has never imposed sanctions on him" and Washington that "has
not put him on any of its lists" a negated imposition, Equatorial Guinea that "joined OPEC in 2017"
a historical joining, and a conviction, a settlement, cars seized and an embassy to be closed no
events; a bloc that "will lift its arms embargo ... next week", its ministers "to approve the
decision ... on Tuesday", is a planned lifting (core), the embargo of 2005 a historical imposition,
its prolongation "last autumn" a historical extension, the visa bans "dropped a year ago" a
historical lifting, and a German air base at Termez and the US transit centre at Manas historical
presences; ministers who "extended by a year" a travel ban "but suspended it" for a leader and his
officials extend and suspend (both core, as set 26's Myanmar renewal beside its suspension), the
ban of 2003 and its additions of 2004 "renewed every year since" a historical imposition and
extension, 5+2 talks where "no settlement has ever been signed" a stalled agreement, and Russian
troops kept in the region that Moscow says "will stay until a settlement is reached", told as
background of the story, a historical presence (troops that stay, told in the present, are
background, as in sets 14 and 26; set 18's force that "would remain" was that story's news); a
spokesperson's "anyone who tries to ... derail the transition will face consequences. Those
consequences could include visa restrictions and sanctions." is a threat (core), the visa revoked
"on October 30" and the listings "under the previous administration" historical impositions, the
force authorised "on September 30" and the Kenyan-led mission there "since June of last year"
historical presences, the first units expected "in the first months of next year" a planned
presence (not core: an answer on another matter), "The United States will not be sending troops"
a negated one, the treaty "initialled at the White House in August" a historical agreement, and a
secretary who "will join his NATO counterparts" no event; leaders who "approved Ghana's application
to become a full member" of the Francophonie make Ghana join (core), its associate membership since
2006 and Guinea-Bissau's membership historical joinings, as are Togo and Gabon joining the
Commonwealth in 2022 and Rwanda since 2009, and members "suspended from the organisation's bodies"
no sanction (as in sets 4 and 25); a defence minister and a Chinese general who signed an agreement
on "military assistance gratis" sign (core), the Indian military personnel who "would have left the
country by May 10" a negated presence (a withdrawal ends a presence, as in set 16), the agreement
with India of February and that of 2019, and the 20 agreements signed in Beijing in January,
historical agreements, and ties "raised" in January a historical restoration; a consulate
"officially reopened" after 67 years restores relations (core, as an embassy reopened), the Defence
Agreement of 1951 and the Igaliku Agreement of 2004 historical agreements, the presence at Thule
"ever since" historical, and Greenland's Representation in Washington "since 2014" a historical
restoration; former FNL fighters "sworn into the National Defence Force on Friday", told in a
Monday feature, are forces integrated (core; the FNL and the National Defence Force are not in the
knowledge base, so Burundi is the name that can match), 2,300 more "to join the police" a planned
integration (not core), latecomers "told that they could not join the army" a negated one, the
CNDD-FDD merged into the army in 2003-2005 a historical one, the Arusha accord, the ceasefire of
2006 and the deal of December historical agreements, and South African soldiers "expected to leave
by the end of the year" a negated presence; soldiers of a Moscow-led alliance who "began arriving in
Kazakhstan on Thursday" are a presence that occurred (core), the Kyrgyz contingent to leave once
parliament approves a planned presence (not core), the appeal from Yerevan the alliance "turned
down" last year a negated presence and Kazakhstan's membership "since it was set up" a historical
joining, and a state of emergency "extended", a price cap "restored" and the country's own
"Security Council" no events. Outside the monitor's remit (no event): a ministry's environmental
restrictions imposed on cruise ships and drones, a deadline extended, a ban lifted for some sites,
operators who joined a protest, inspectors deployed, Russia's note on the 1920 treaty, a council's
agreement with guides; a port concession extended by an agreement between a government and a
company, opposition lawmakers who joined a lawsuit, a strike lifted, customs fines imposed and
penalties to be suspended, vessels deployed by shipping lines; a state's ban on exports of raw ore
(a trade measure, as in sets 15 and 24), a neighbour's similar ban, shipments suspended, police
deployed, an offtake agreement signed by a company, Chinese firms that joined a rush.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout27_events_en``.
Measured before any fix (2026-12-02, on commit 168e735): P 0.625, R 0.500, F1 0.556 (recall 5/10, 5
of 8 alerts right; recall by status: occurred 4/9, planned 1/1; one false alarm, two unexpected
alerts, one venue as a party; two of the three near misses quiet). No annotation was corrected after
the run. Missed: the suspension for Smirnov ("extended by a year its ban on travel by the leaders of
Moldova's breakaway Transnistria region, but suspended it for Igor Smirnov ...": a second sanctions
verb coordinated in one sentence, with a pronoun for its object, gives no event of its own, "renewed
its sanctions on Belarus ... but suspended them for ten officials" neither; and "ban on travel by"
is no sanctions noun, so the lead gives nothing at all, while "its travel ban on" is found); the
threat to Haiti's council ("anyone who tries to remove the prime minister or otherwise derail the
transition will face consequences. Those consequences could include visa restrictions and
sanctions.": sanctions named only as what "consequences" could include, in the next sentence or in
a relative clause, make no threat, while "said those who derail the talks could face sanctions" is
one); the consulate in Nuuk ("the United States of America officially reopened its consulate in
Nuuk": a consulate is no diplomatic mission noun, "reopened its embassy" is found); the FNL fighters
("former fighters of the National Forces of Liberation ... who were sworn into the National Defence
Force on Friday": an army named by its own title that the knowledge base does not know is no
integration target, nor is a bare "the army", while "the Burundian army" and "the army of Burundi"
are); the CSTO force ("Russian paratroopers and soldiers from four other former Soviet republics
began arriving in Kazakhstan on Thursday, sent by a Moscow-led military alliance": troops that
"arrive" or "land" in a state are no presence form, even with "sent by" after them,
"peacekeepers" sent are no troops, and "announced the deployment" has no place; the article gives no
event at all). False alarm: the Russian troops in Transnistria ("Moscow says its soldiers are
peacekeepers and will stay until a settlement is reached", after a sentence that dates them back to
1999) read as a presence that occurred, with no target. Unexpected, one with a venue as a party:
"The Secretary will travel to Brussels next week, where he will join his NATO counterparts" read as
Brussels joining NATO (planned; "join <organisation> counterparts" taken for joining it, the "where"
giving the city as the joiner; without "where" nothing is found); in the Montevideo near miss, "The
customs authority, which imposed fines ..., said it would suspend penalties for cargo held up by the
strike" read as a planned suspension of sanctions by Uruguay and Belgium (a domestic agency's
"penalties" taken for sanctions, "it" borrowing the states of the sentences before, Belgium from
"the Belgian group"). Found only through the headline, the body's telling giving less: the EU's
renewal for Transnistria ("EU Keeps Transnistria Visa Ban for Another Year ...", the lead giving
nothing, above); the EU actor of the Uzbek lifting ("EU Set to End Uzbek Arms Embargo"), as the lead
"The European Union will lift its arms embargo on Uzbekistan next week, ending the last of the
sanctions it imposed after troops fired on protesters ... in May 2005" gives a planned lifting with
no actor beside a historical one with the EU (the relative clause's date read as the lifting's).
Also seen, not scored: Ghana's joining as planned ("approved Ghana's application to become a full
member": the infinitive after "application" read as the plan, though the approval is the joining);
"the Gulf of Guinea" linked to Guinea, which becomes a second actor of the Obiang sanctions, and
Obiang himself not recognised; the negated imposition with the United States as its target
("Washington ... has not put him on any of its lists"); France as a party of Togo and Gabon joining
the Commonwealth (historical); the 2006 ceasefire in Burundi read as stalled ("broke down within
months"), historical in the gold; the German base at Termez not found; the port agreement of 2021 in
the Montevideo near miss read as a historical agreement of Uruguay and Belgium (the company's
nationality as a party; no alert).
After the fixes (same day): P 0.800 R 0.800 F1 0.800 (recall 8/10, 8 of 10 alerts right; one
false alarm, one unexpected alert). Fixed, each with its rule test below: a second verb of the
sentence with the measures for its pronoun object ("but suspended them") is an event of its own
with the first one's parties; sanctions named as what consequences "could include" are a threat
(occurred, the relative clause no background), and who says it after a comma (", the State
Department said") makes it; a consulate reopened restores ties; troops that arrive (or "began
arriving") and peacekeepers sent are a presence; fighters sworn into an army with the state named
only as the scene ("In Burundi, …") are taken in by that state; a relative clause dated by a day
of the news ("who were sworn into … on Friday") is the news; "join her NATO counterparts" joins no
bloc; a tax or customs office's penalties for late filings are no sanctions; "ban on travel" is a
sanctions noun. Left: the Transnistrian troops that "will stay" (set 18 reads "said its troops
would remain" as news), the customs authority's "it" borrowing the states of the sentences before,
the Haiti threat (no party named in its sentence), the FNL (no entity).
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
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
UK = "United Kingdom"
EU = "European Union"
UNSC = "United Nations Security Council"
COUNCIL = "Council of the European Union"
FCDO = "Foreign, Commonwealth and Development Office"
STATE_DEPT = "United States Department of State"
COMMONWEALTH = "Commonwealth of Nations"
OPEC = "Organization of the Petroleum Exporting Countries"
OIF = "Organisation internationale de la Francophonie"
TPC = "Transitional Presidential Council"
CSTO = "Collective Security Treaty Organization"
FNL = "National Forces of Liberation"
CNDD_FDD = "National Council for the Defense of Democracy – Forces for the Defense of Democracy"
FDN = "National Defence Force (Burundi)"
OBIANG = "Teodoro Nguema Obiang Mangue"

ARTICLES: list[Article] = [
    Article(
        "e01-editorial-uk-sanctions-teodorin-obiang",
        date(2021, 7, 24),
        _p(
            "Britain's Sanctions on Teodorin Obiang Are Welcome. They Are Also Late",
            "EDITORIAL | Accra | Saturday, 24 July 2021",
            "Few people around the Gulf of Guinea will have been surprised by the news from London "
            "on Thursday. The British government imposed sanctions on Teodoro Nguema Obiang "
            "Mangue, Equatorial Guinea's vice-president and the eldest son of its president, "
            "freezing whatever assets he holds in the United Kingdom and barring him from entering "
            "the country.",
            "The Foreign Office accused him of misappropriating state funds, through corrupt "
            "contracts and bribes, to pay for a life of excess: a mansion on one of the most "
            "expensive streets in Paris, a private jet, a fleet of sports cars and a glove covered "
            "in crystals that Michael Jackson once wore on stage. It was the first time the global "
            "anti-corruption regime Britain set up in April had been used against a serving "
            "African official; 22 people were listed when it was launched, the Gupta brothers of "
            "South Africa among them.",
            "Malabo's answer came within hours. The government announced that it would close its "
            "embassy in London, calling the measure an attack on the country's sovereignty and on "
            "the dignity of its institutions. The vice-president, known to everyone as Teodorin, "
            "wrote on social media that he had no assets in Britain to freeze.",
            "The case against him is not new. A Paris court convicted him in absentia of "
            "embezzlement and money laundering in 2017, and an appeal court confirmed last year a "
            "three-year suspended sentence and the confiscation of the mansion. In 2014 he gave up "
            "a villa in Malibu, a Ferrari and a collection of Jackson memorabilia worth some $30 "
            "million to settle a case brought by the US Justice Department. Swiss prosecutors "
            "seized 25 of his cars in Geneva in 2016 and sold them at auction three years later.",
            "Yet no government had gone further until this week. The European Union has never "
            "imposed sanctions on him, and Washington, having settled its case, has not put him on "
            "any of its lists either. That is why Britain's decision matters. A conviction in "
            "Paris can be appealed and a settlement can be negotiated, but an asset freeze and a "
            "travel ban stay in place until the government that imposed them decides otherwise.",
            "We have argued in these columns before that the region's kleptocrats rely on two "
            "things: oil money that nobody counts and foreign capitals that ask no questions. "
            "Equatorial Guinea has pumped oil since the 1990s, joined OPEC in 2017 and is, per "
            "head, one of the richest countries in Africa. Most of its 1.4 million people have "
            "little to show for it; more than half lack clean drinking water.",
            "London should now persuade its partners to follow. Brussels said on Friday that it "
            "had no plans to do so, which is a pity. Measures taken by one country alone are "
            "easily dodged by a man with a jet and houses on three continents.",
            "Nor should anyone pretend that the decision will change much in Malabo, where the "
            "president, in power since 1979, turned 79 last month and his son is the heir "
            "apparent. But for once the message sent to the region's rulers is the right one: the "
            "shopping trips can end.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (UK, FCDO), (OBIANG, "Equatorial Guinea")),
            # the regime's first listings in April; the EU and Washington that have listed him
            # nowhere (and Brussels with no plans to); Equatorial Guinea in OPEC since 2017
            Gold("sanctions.imposed", "historical", (UK,), ("South Africa",), core=False),
            Gold(
                "sanctions.imposed", "negated", (EU, US), (OBIANG, "Equatorial Guinea"), core=False
            ),
            Gold("alliance.joined", "historical", ("Equatorial Guinea",), (OPEC,), core=False),
        ),
        not_participants=("France", "Switzerland"),
    ),
    Article(
        "e02-newsletter-eu-to-end-uzbekistan-arms-embargo",
        date(2009, 10, 23),
        _p(
            "The Steppe Brief: EU Set to End Uzbek Arms Embargo; Manas Rent Paid; Rogun Shares on "
            "Sale",
            "The Steppe Brief | Central Asia in five minutes | No. 112 | Friday, October 23, 2009",
            "Good morning. This week: Europe lets go of the last of its Andijan sanctions, "
            "Bishkek gets paid, and Dushanbe asks its citizens to buy a dam. Forwarded this "
            "email? Sign up at the bottom.",
            "UZBEKISTAN | Europe lets the embargo go",
            "The European Union will lift its arms embargo on Uzbekistan next week, ending the "
            "last of the sanctions it imposed after troops fired on protesters in the eastern city "
            "of Andijan in May 2005. Ambassadors of the 27 member states agreed on Wednesday not "
            "to renew the embargo when it expires next month, and foreign ministers are to approve "
            "the decision at their meeting in Luxembourg on Tuesday, diplomats told us.",
            "None of this is a surprise. The visa bans on Uzbek officials were dropped a year ago, "
            "and the embargo itself was prolonged last autumn for twelve months only, with a review "
            "promised. Germany, which keeps a small air base at Termez to supply its troops in "
            "Afghanistan, argued hardest for ending it; Britain and the Netherlands had wanted to "
            "wait for the release of more political prisoners.",
            "Tashkent never accepted an international inquiry into Andijan, where rights groups "
            "say hundreds of people were killed; the government puts the toll at 187. Human Rights "
            "Watch called the move a shameful retreat. A senior EU official said engagement had "
            'achieved more than isolation: "Child labour in the cotton harvest is on the table now. '
            'Five years ago nobody would even discuss it with us."',
            "KYRGYZSTAN | The rent is paid",
            "Washington has paid the first instalment of the higher rent for the transit centre "
            "at Manas airport, the finance ministry in Bishkek said. Parliament approved the new "
            "terms in June, four months after voting to evict the Americans from what was then "
            "called an air base. The rent went up from $17.4 million to $60 million a year, and "
            "the United States has promised a further $30 million for the airport's control "
            "tower and navigation systems.",
            "TAJIKISTAN | A dam for the people",
            "Shares in the Rogun hydropower project went on sale across the country this week. "
            "The government wants to raise about $700 million from its own citizens to finish a "
            "dam begun in Soviet times, and teachers, doctors and civil servants in several "
            "regions say they have been told how many certificates to buy. President Emomali "
            "Rahmon calls the dam a matter of national survival. Uzbekistan, which fears for the "
            "water of its cotton fields downstream, wants an international review first, and Tajik "
            "officials accuse it of holding up wagons of building materials at the border. "
            "Tashkent says the delays are technical.",
            "ALSO",
            "Kazakhstan takes over the chairmanship of the OSCE on January 1, the first former "
            "Soviet republic to do so; Astana wants a summit of the organisation, the first since "
            "1999. Turkmenistan says the gas pipeline to China through Uzbekistan and Kazakhstan "
            "will open in December.",
            "That's all for this week. Reply to this email with tips, complaints and corrections.",
        ),
        (
            Gold("sanctions.lifted", "planned", (EU, COUNCIL), ("Uzbekistan",)),
            # the embargo of 2005, prolonged last autumn; the visa bans dropped a year ago; the
            # German base at Termez and the US transit centre at Manas
            Gold("sanctions.imposed", "historical", (EU,), ("Uzbekistan",), core=False),
            Gold("sanctions.extended", "historical", (EU,), ("Uzbekistan",), core=False),
            Gold("sanctions.lifted", "historical", (EU,), ("Uzbekistan",), core=False),
            Gold("military.presence", "historical", ("Germany",), ("Uzbekistan",), core=False),
            Gold("military.presence", "historical", (US,), ("Kyrgyzstan",), core=False),
        ),
        not_participants=("Luxembourg", "Afghanistan"),
    ),
    Article(
        "e03-chisinau-eu-extends-transnistria-ban-suspends-it-for-smirnov",
        date(2010, 2, 23),
        _p(
            "EU Keeps Transnistria Visa Ban for Another Year but Suspends It for Smirnov",
            "CHISINAU | Politics | 23.02.2010",
            "The European Union on Monday extended by a year its ban on travel by the leaders of "
            "Moldova's breakaway Transnistria region, but suspended it for Igor Smirnov and most "
            "of his leadership until the end of September, in a gesture meant to revive talks on "
            "ending a conflict that has been frozen for almost two decades.",
            "The decision, taken by foreign ministers meeting in Brussels, means that Mr Smirnov, "
            "who has led the unrecognised republic since 1991, and 16 of his officials may now "
            "travel to the 27 member states. The ban stays in force for about 20 other people, "
            "among them the officials held responsible for a campaign against Moldovan schools in "
            "the region that teach in the Latin script. They were added to the list in 2004, when "
            "the authorities in Tiraspol closed several of those schools and detained teachers.",
            "According to the ministers' conclusions, the suspension will be reviewed in September "
            'in the light of "concrete progress" in the settlement process. Diplomats said the '
            "idea had come from the German and French foreign ministries, which argued that the "
            "list had achieved little in seven years.",
            "The restrictions were first imposed in February 2003, after Tiraspol rejected a plan "
            "for a federal Moldova drafted by international mediators, and have been renewed "
            "every year since.",
            "Moldova's government, a pro-European coalition that took office in September, "
            "welcomed the extension and said it had been consulted on the suspension, which it "
            'would not oppose. "We want the Transnistrian leaders to come to the table, not to '
            'Vienna for shopping," a senior official at the foreign ministry told this newspaper. '
            "In Tiraspol, the region's foreign minister, Vladimir Yastrebchak, called the move a "
            "step in the right direction but said the whole list should be scrapped.",
            "Formal negotiations in the so-called 5+2 format, which brings together the two sides, "
            "the OSCE, Russia, Ukraine, the EU and the United States, have not been held since "
            "2006, and no settlement has ever been signed. Informal meetings have continued; the "
            "latest, in Vienna in December, ended without a date for the formal talks to resume.",
            "Russia, which keeps about 1,500 troops in the region, some of them guarding a vast "
            "Soviet-era ammunition depot at Cobasna, promised at an OSCE summit in Istanbul in "
            "1999 to withdraw them, and has not done so. Moscow says its soldiers are "
            "peacekeepers and will stay until a settlement is reached.",
            "Businessmen on both banks of the Dniester said the ban had done little harm. "
            '"The people on that list do not go shopping in Paris, and the ones who do have '
            'Russian passports," said a trader in Bender who sells Moldovan wine across the '
            "river. Transnistrian companies, including the steel plant in Ribnita, export to the "
            "EU using Moldovan customs documents.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, COUNCIL), ("Transnistria", "Moldova")),
            Gold(
                "sanctions.suspended",
                "occurred",
                (EU, COUNCIL),
                ("Igor Smirnov", "Transnistria", "Moldova"),
            ),
            # the ban of 2003 and its additions of 2004, renewed every year since; the 5+2 talks
            # with no settlement signed; the Russian troops kept in the region since 1999
            Gold("sanctions.imposed", "historical", (EU,), ("Transnistria", "Moldova"), core=False),
            Gold(
                "sanctions.extended", "historical", (EU,), ("Transnistria", "Moldova"), core=False
            ),
            Gold("agreement.signed", "stalled", ("Moldova", "Transnistria"), (), core=False),
            Gold(
                "military.presence",
                "historical",
                ("Russia",),
                ("Moldova", "Transnistria"),
                core=False,
            ),
        ),
        not_participants=("Brussels", "Vienna", "Austria", "Belgium", "Turkey"),
    ),
    Article(
        "e04-transcript-state-department-briefing-haiti-council-warned",
        date(2025, 11, 13),
        _p(
            "Department Press Briefing - November 13, 2025",
            "TRANSCRIPT | Washington, D.C. | 2:07 p.m. EST",
            "SPOKESPERSON: Good afternoon, everybody. Just one thing at the top, and then I'll "
            "take your questions. The Secretary will travel to Brussels next week, where he will "
            "join his NATO counterparts for the meeting of foreign ministers. We'll have more on "
            "the trip tomorrow. With that, go ahead.",
            "QUESTION: Thank you. On Haiti. There are reports from Port-au-Prince that a majority "
            "of the Transitional Presidential Council is preparing to dismiss the prime minister. "
            "Is that something the United States would accept?",
            "SPOKESPERSON: No. And let me be very clear about this. The council's mandate ends on "
            "February 7, and the Haitian people deserve a transition that ends on time, with a "
            "government that can concentrate on the gangs and on preparing elections. We have "
            "told every member of the council directly, and I'll say it again from this podium: "
            "anyone who tries to remove the prime minister or otherwise derail the transition "
            "will face consequences. Those consequences could include visa restrictions and "
            "sanctions.",
            "QUESTION: Sanctions under which authority? Global Magnitsky?",
            "SPOKESPERSON: I'm not going to preview specific actions. We have a range of tools, "
            "and we have shown that we are willing to use them.",
            "QUESTION: On October 30 the Department revoked the visa of one council member and "
            "his family. Was that a first step?",
            "SPOKESPERSON: That individual was found ineligible because of his support for gangs "
            "and other criminal organisations that are terrorising the Haitian people. I'd leave "
            "it there.",
            "QUESTION: And the Gang Suppression Force? When will troops actually arrive?",
            "SPOKESPERSON: The Security Council authorised the force on September 30, with up to "
            "5,550 personnel. We are working with partners on force generation, and we expect the "
            "first units to be on the ground in the first months of next year. The United States "
            "will not be sending troops of its own, but we will provide logistics, intelligence "
            "support and funding. The Kenyan-led mission, which has been in Haiti since June of "
            "last year, will hand over to the new force as its units arrive.",
            "QUESTION: Follow-up. Haitian officials say the council members who were sanctioned "
            "before, under the previous administration, are among those pushing for the change. "
            "Does that worry you?",
            "SPOKESPERSON: What worries us is anyone who puts their own ambitions ahead of the "
            "security of the Haitian people. Our message to all of them is the same.",
            "QUESTION: Different subject. Armenia and Azerbaijan. Will we see the peace treaty "
            "signed before the end of the year?",
            "SPOKESPERSON: The text was initialled at the White House in August, which was a "
            "historic step. Signing it is a matter for the two governments, and we'd encourage "
            "them to do it as soon as they can. I don't have a date for you.",
            "QUESTION: Thank you.",
            "SPOKESPERSON: Thanks, everybody.",
            "(The briefing was concluded at 2:41 p.m.)",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, STATE_DEPT), ("Haiti", TPC)),
            # the visa revoked on October 30 and the earlier listings; the force authorised on
            # September 30 and the Kenyan-led mission there since June 2024; the first units of
            # the new force expected next year, no US troops; the treaty initialled in August
            Gold("sanctions.imposed", "historical", (US, STATE_DEPT), ("Haiti", TPC), core=False),
            Gold("military.presence", "historical", (UNSC, "Kenya"), ("Haiti",), core=False),
            Gold("military.presence", "planned", (UNSC,), ("Haiti",), core=False),
            Gold("military.presence", "negated", (US,), ("Haiti",), core=False),
            Gold("agreement.signed", "historical", ("Armenia", "Azerbaijan"), (), core=False),
        ),
        not_participants=("Brussels", "Belgium"),
    ),
    Article(
        "e05-live-blog-francophonie-summit-admits-ghana",
        date(2024, 10, 5),
        _p(
            "Live: Francophonie Summit Admits Ghana as Full Member",
            "LIVE | Villers-Cotterets and Paris | Saturday, 5 October 2024 | Last updated 18:05 CEST",
            "18:05 - We're wrapping up. The closing declaration, adopted this afternoon, commits "
            "the organisation's members to promote French online and in international "
            "institutions, and to defend what it calls linguistic diversity in artificial "
            "intelligence. The next summit will be held in Cambodia in 2026. Thank you for "
            "following along.",
            "16:40 - President Emmanuel Macron, closing the session at the Grand Palais, said "
            'French was "no longer the language of France alone, and perhaps no longer mainly '
            'ours": most of its 321 million speakers now live in Africa, and their number is '
            "growing fastest there.",
            "15:10 - Who is missing? Mali, Burkina Faso, Niger and Guinea, whose military "
            "governments have been suspended from the organisation's bodies since their coups, "
            "sent no delegations. Congolese President Felix Tshisekedi skipped the closed session, "
            "accusing the summit of ignoring the war in eastern Congo, a protest aimed at "
            "Rwanda, whose former foreign minister, Louise Mushikiwabo, is the organisation's "
            "secretary-general.",
            "13:25 - Ghana's president, Nana Akufo-Addo, thanked his fellow leaders and said his "
            'country was "an English-speaking island in a French-speaking sea", bordered on three '
            "sides by members of the organisation. He promised to expand the teaching of French in "
            "secondary schools and said the decision would help Ghanaian traders, students and "
            "musicians across West Africa.",
            "12:50 - BREAKING: Ghana is a full member. Heads of state and government meeting "
            "behind closed doors have approved Ghana's application to become a full member of the "
            "Organisation internationale de la Francophonie, Mushikiwabo told reporters. Ghana has "
            "been an associate member since 2006 and applied for full membership two years ago. It "
            "is the second country in the region without French as an official language to make "
            "the move, after Guinea-Bissau.",
            "11:30 - A reminder that membership of clubs like this one is no longer a matter of "
            "colonial history. Togo and Gabon, both French-speaking, joined the Commonwealth in "
            "2022, and Rwanda, a Francophonie member, has belonged to the Commonwealth since 2009. "
            'A Ghanaian diplomat told us the aim was "more doors, not fewer friends".',
            "10:15 - The leaders are arriving at the Grand Palais for the second day of the summit. "
            "Yesterday they met in Villers-Cotterets, north-east of Paris, at the chateau where "
            "King Francis I signed the 1539 ordinance that made French the language of the law, "
            "and which reopened last year as a centre for the French language.",
            "09:00 - Good morning and welcome to our live coverage of the 19th Francophonie "
            "summit, the first in France for 33 years.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Ghana",), (OIF,)),
            # Ghana an associate member since 2006 and Guinea-Bissau a member before it; Togo and
            # Gabon in the Commonwealth since 2022, Rwanda since 2009
            Gold("alliance.joined", "historical", ("Ghana", "Guinea-Bissau"), (OIF,), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Togo", "Gabon", "Rwanda"),
                (COMMONWEALTH,),
                core=False,
            ),
        ),
        not_participants=("France", "Paris"),
    ),
    Article(
        "e06-male-maldives-signs-military-assistance-deal-with-china",
        date(2024, 3, 5),
        _p(
            "Maldives Signs Military Assistance Deal With China as Indian Troops Prepare to Leave",
            "MALE | News | 5 March 2024",
            "The Maldives has signed an agreement with China under which Beijing will provide "
            "military assistance to the island nation free of charge, the Ministry of Defence said "
            "on Monday night, weeks before the last Indian soldiers in the archipelago are due to "
            "go home.",
            "The agreement was signed at the ministry in Male by Defence Minister Ghassan Maumoon "
            "and Major General Zhang Baoqun, deputy director of the Office for International "
            "Military Cooperation of China's Central Military Commission. In a short statement, "
            "the ministry said it concerned \"China's provision of military assistance gratis to "
            'the Republic of Maldives, fostering stronger bilateral ties", without saying what '
            "would be supplied, or when.",
            "Officials said separately that China would donate a dozen ambulances to the health "
            "ministry. The Chinese delegation also called on President Mohamed Muizzu.",
            "Muizzu won the presidency last September on a promise to send home the Indian "
            "military personnel, about 80 in all, who operate two helicopters and a Dornier "
            "aircraft donated by India for medical evacuations and maritime surveillance. After "
            "talks in Delhi and Male, the two governments agreed in February that the soldiers "
            "would be replaced by Indian civilian technicians. The first group of civilians "
            "arrived last week, and the ministry said all military personnel would have left the "
            "country by May 10.",
            "The deal with Beijing is the latest sign of a shift in the small state's friendships. "
            "On a state visit to China in January, Muizzu signed 20 agreements with President Xi "
            "Jinping, and the two countries raised their ties to a comprehensive strategic "
            "cooperative partnership. In December his government decided not to renew a 2019 "
            "agreement that allowed the Indian navy to survey Maldivian waters, and it has since "
            "bought surveillance drones from Turkey.",
            "Last month a Chinese research ship, the Xiang Yang Hong 03, was allowed to dock in "
            "Male for what the government called a port call for rotation of personnel and "
            "replenishment, a visit watched closely in Delhi. The government said the vessel "
            "would carry out no research in Maldivian waters.",
            "The opposition Maldivian Democratic Party, which holds a majority in parliament until "
            "elections in April, said the agreement should be laid before the People's Majlis. "
            '"A defence agreement with a foreign military is not a gift, whatever the price tag '
            "says,\" one of its members of parliament said. India's foreign ministry said it had "
            "seen the reports and had nothing to add.",
            "Analysts in Male said the deal was more symbolic than military. The Maldives National "
            "Defence Force has a few thousand members, a coast guard and no combat aircraft, and "
            'its needs are mostly patrol boats and training. "The message is to Delhi, not to the '
            'pirates," said a former foreign ministry official.',
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Maldives", "China", "Ghassan Maumoon", "Zhang Baoqun"),
                (),
            ),
            # the Indian military personnel to leave by May 10; the agreement with India in
            # February and of 2019; the agreements signed in Beijing and ties raised in January
            Gold("military.presence", "negated", ("India",), ("Maldives",), core=False),
            Gold("agreement.signed", "historical", ("India", "Maldives"), (), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Maldives", "China", "Mohamed Muizzu", "Xi Jinping"),
                (),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Maldives", "China"), (), core=False),
        ),
        not_participants=("Turkey",),
    ),
    Article(
        "e07-press-release-greenland-us-consulate-nuuk-reopens",
        date(2020, 6, 10),
        _p(
            "United States Reopens Its Consulate in Nuuk",
            "PRESS RELEASE | Naalakkersuisut - Government of Greenland | Department of Foreign "
            "Affairs | 10.06.2020",
            "Today, Wednesday 10 June 2020, the United States of America officially reopened its "
            "consulate in Nuuk. The consulate, which closed in 1953, is the first diplomatic "
            "mission of the United States in Greenland in 67 years.",
            "The reopening was marked at a ceremony attended by Naalakkersuisoq for Foreign "
            "Affairs Steen Lynge and the new consul of the United States, Sung Choi. Because of "
            "the restrictions in force against COVID-19, the number of guests was limited, and "
            "the Danish Minister for Foreign Affairs, Jeppe Kofod, and the US Secretary of State, "
            "Michael R. Pompeo, took part by video.",
            '"Today a new chapter opens in the relations between Greenland and the United '
            "States. Greenland wants close cooperation with the United States, built on mutual "
            "respect and on decisions taken in Greenland by the people of Greenland. The "
            "consulate will make that cooperation easier, in trade, in education, in tourism and "
            'in research," said Naalakkersuisoq Steen Lynge.',
            "The reopening has been prepared in close dialogue with the Government of Denmark, "
            "which is responsible for the foreign and security policy of the Realm. Naalakkersuisut "
            "takes part in all matters of foreign policy that concern Greenland.",
            "In April, the United States announced an economic assistance package of USD 12.1 "
            "million for projects in Greenland in the fields of mining, tourism and education. "
            "Naalakkersuisut welcomes the package and underlines that the projects will be "
            "decided in dialogue with the Greenlandic authorities.",
            "Cooperation between Greenland and the United States has a long history. The Defence "
            "Agreement of 1951 between Denmark and the United States is the basis of Thule Air "
            "Base in north-west Greenland, where the United States has maintained a military "
            "presence ever since. The Igaliku Agreement, signed in 2004 by Greenland, Denmark and "
            "the United States, gave Greenland a voice in matters concerning the base and set up a "
            "Joint Committee for economic, technical and scientific cooperation. Greenland has had "
            "its own Representation in Washington, D.C., since 2014.",
            "Naalakkersuisut recalls its position of August 2019: Greenland is open for business, "
            "but Greenland is not for sale.",
            "The consulate will initially have a staff of seven and will be located in the centre "
            "of Nuuk. Its consular services for the public will be announced by the consulate.",
            "For further information, please contact the Department of Foreign Affairs, "
            "Naalakkersuisut, press officer, telephone +299 34 50 00.",
        ),
        (
            Gold("relations.restored", "occurred", (US,), ("Greenland", "Denmark")),
            # the Defence Agreement of 1951 and the Igaliku Agreement of 2004; the US presence at
            # Thule since 1951; Greenland's Representation in Washington since 2014
            Gold("agreement.signed", "historical", (US, "Denmark", "Greenland"), (), core=False),
            Gold("military.presence", "historical", (US,), ("Greenland", "Denmark"), core=False),
            Gold("relations.restored", "historical", ("Greenland",), (US,), core=False),
        ),
    ),
    Article(
        "e08-feature-bubanza-fnl-fighters-join-burundi-army",
        date(2009, 6, 1),
        _p(
            "Out of the Marshes: Burundi's Last Rebels Put On the Army's Uniform",
            "FEATURE | Bubanza, Burundi | Monday, June 1, 2009",
            "For nine years, Jean-Claude Ndikumana slept in the papyrus marshes of the Rusizi "
            "plain, moving every few nights to stay ahead of the army. On Friday he stood in the "
            "sun on a dusty parade ground in Bubanza province, in a camouflage uniform so new that "
            "the creases still showed, and swore to defend the constitution of a state he had "
            "spent his youth trying to overthrow.",
            "He was one of about 1,200 former fighters of the National Forces of Liberation, the "
            "rebel movement known as the FNL, who were sworn into the National Defence Force on "
            "Friday, the army said. Another 2,300 are to join the police and the intelligence "
            "service in the coming weeks. The rest of the movement's 21,000 registered members "
            "will be demobilised and sent home with a cash allowance and a kit of tools, seeds and "
            "roofing sheets.",
            "The ceremony closes the last chapter of a civil war that began in 1993, when "
            "soldiers killed Melchior Ndadaye, the country's first elected Hutu president, and "
            "that cost some 300,000 lives. The FNL, led by Agathon Rwasa, stayed out of the peace "
            "accord signed in Arusha in 2000 and of the power-sharing that followed. A ceasefire "
            "it signed in Dar es Salaam in September 2006 broke down within months, and fighting "
            "on the hills around the capital killed more than a hundred people as recently as last "
            "year.",
            "The breakthrough came in December, when Rwasa agreed at a summit in Bujumbura to drop "
            "the ethnic reference from the movement's name, the last obstacle to its registration "
            "as a political party. In April his fighters began handing in their weapons, and "
            "Rwasa gave up his own rifle at a ceremony watched by South African mediators.",
            "The army has been through this before. After the largest rebel group, the CNDD-FDD "
            "of President Pierre Nkurunziza, laid down its arms in 2003, its fighters and the "
            "soldiers of the old, Tutsi-led army were merged into the National Defence Force, a "
            "process completed in 2005 that officers on both sides credit with keeping the peace "
            'since. "We do not ask where you come from, only what you can do," the chief of staff '
            "told the new soldiers on Friday.",
            "Not everyone who came out of the bush was welcome. Several thousand young men and "
            "women who arrived at the assembly areas after the registration lists had closed were "
            "told that they could not join the army or the police. The government calls them "
            "adults associated with the movement and offers them a smaller payment; aid workers "
            "fear they will be easy recruits for whoever fights next.",
            "South Africa's soldiers, in Burundi since 2001 to protect returning politicians and "
            "later as the core of an African Union force, are expected to leave by the end of the "
            "year, and elections are due in 2010.",
            "Ndikumana, who is 27, hopes to be posted near Cibitoke, where his mother still farms "
            'a small plot. "In the marsh we were afraid of the army," he said, straightening his '
            'new beret. "Now I will have to learn to salute it."',
        ),
        (
            Gold("forces.integrated", "occurred", (FNL,), (FDN, "Burundi")),
            # 2,300 more to join the police; the late arrivals who may not join; the CNDD-FDD
            # merger of 2003-2005; the Arusha accord, the 2006 ceasefire and the December deal;
            # South African troops there since 2001, expected to leave
            Gold("forces.integrated", "planned", (FNL,), ("Burundi",), core=False),
            Gold("forces.integrated", "negated", (FNL,), (FDN, "Burundi"), core=False),
            Gold("forces.integrated", "historical", (CNDD_FDD,), (FDN, "Burundi"), core=False),
            Gold("agreement.signed", "historical", ("Burundi", FNL), (), core=False),
            Gold("military.presence", "negated", ("South Africa",), ("Burundi",), core=False),
        ),
        not_participants=("Tanzania",),
    ),
    Article(
        "e09-wire-csto-troops-arrive-in-kazakhstan",
        date(2022, 1, 6),
        _p(
            "Russian-Led Troops Arrive in Kazakhstan as Unrest Turns Deadly",
            "ALMATY/MOSCOW, Jan 6 (wire) - Russian paratroopers and soldiers from four other "
            "former Soviet republics began arriving in Kazakhstan on Thursday, sent by a "
            "Moscow-led military alliance at the request of President Kassym-Jomart Tokayev to "
            "help put down the worst unrest in the country's three decades of independence.",
            "The first transport planes carrying Russian airborne troops landed near Almaty "
            "overnight, the Russian defence ministry said. Their task, it said, was to protect "
            "state and military facilities, not to take part in operations against protesters.",
            "Police in Almaty said dozens of people they called rioters had been killed as they "
            "tried to storm government buildings, and the health ministry said 18 members of the "
            "security forces had died. Gunfire could be heard in the city centre for most of the "
            "day, and the airport, seized by a crowd on Wednesday, was back in the hands of the "
            "security forces.",
            "YEREVAN - The Collective Security Treaty Organization, which groups Russia, Belarus, "
            "Armenia, Kazakhstan, Kyrgyzstan and Tajikistan, announced the deployment shortly "
            "after midnight. Armenian Prime Minister Nikol Pashinyan, who chairs the alliance this "
            "year, said its peacekeepers had been sent for a limited period to stabilise the "
            "situation. It is the first time the alliance has used its collective defence clause. "
            "Last year, it turned down an appeal from Yerevan when Azerbaijani troops crossed into "
            "Armenian territory, calling the matter a border incident.",
            "The alliance gave no figure for the size of the force. Russian media reported about "
            "2,500 troops, most of them Russian, with smaller units from Belarus, Armenia and "
            "Tajikistan. In Bishkek, the government said its contingent would leave once "
            "parliament had approved the deployment, which was expected later on Thursday.",
            "NUR-SULTAN - In a televised address, Tokayev said he had asked for help because "
            "terrorist gangs trained abroad had attacked the country. On Wednesday he dismissed "
            "the government and took over from former president Nursultan Nazarbayev as chairman "
            "of the country's Security Council. A state of emergency, declared at first in Almaty "
            "and the western Mangystau region, was extended to the whole country, and the internet "
            "was shut down.",
            "The protests began on Jan. 2 in the oil town of Zhanaozen over a doubling of the "
            "price of liquefied gas, which most cars in the region run on, and spread within days "
            "to other cities, where crowds turned their anger on Nazarbayev, 81, who ruled for "
            "nearly three decades and kept great influence after handing over the presidency in "
            "2019. The government restored the price cap on Tuesday, too late to calm the "
            "streets.",
            "WASHINGTON/BRUSSELS - The United States said it was watching the deployment closely. "
            'A State Department spokesman said Washington had "questions about the nature of this '
            'request" and urged the authorities to respect the rights of peaceful protesters. The '
            "European Union called for restraint on all sides.",
            "Kazakhstan, a member of the alliance since it was set up, is Central Asia's largest "
            "economy and one of the world's biggest producers of uranium. Prices of the metal rose "
            "on Thursday, and the country's dollar bonds fell.",
        ),
        (
            Gold(
                "military.presence",
                "occurred",
                (CSTO, "Russia", "Belarus", "Armenia", "Tajikistan"),
                ("Kazakhstan",),
            ),
            # the Kyrgyz contingent awaiting parliament; the appeal from Yerevan turned down last
            # year; Kazakhstan in the alliance since it was set up
            Gold("military.presence", "planned", ("Kyrgyzstan",), ("Kazakhstan",), core=False),
            Gold("military.presence", "negated", (CSTO,), ("Armenia",), core=False),
            Gold("alliance.joined", "historical", ("Kazakhstan",), (CSTO,), core=False),
        ),
        not_participants=("Azerbaijan",),
    ),
    Article(
        "e10-nm-longyearbyen-stricter-svalbard-rules-take-effect",
        date(2025, 1, 2),
        _p(
            "Stricter Svalbard Rules Take Effect: Fewer Ships, No Drones Near the Bird Cliffs",
            "LONGYEARBYEN | Svalbard | Thursday, January 2, 2025",
            "New rules for travel in Svalbard's wilderness took effect on New Year's Day, the most "
            "far-reaching change to the archipelago's environmental protection in two decades. "
            "Cruise ships with more than 200 passengers are now barred from the protected areas "
            "that cover about two thirds of the land, visitors must keep at least 300 metres from "
            "polar bears, and drones may no longer be flown near bird cliffs in the breeding "
            "season.",
            "The restrictions were imposed by the Ministry of Climate and Environment in Oslo after "
            "a consultation that drew more than 500 responses. They were first meant to apply from "
            "last summer, but the ministry extended the deadline by six months to give tour "
            "operators time to change their programmes and bookings.",
            "The Association of Arctic Expedition Cruise Operators, which dozens of companies "
            'joined in protest at the first draft, called the final version workable. "We asked '
            "them to lift the ban on landings in the eastern nature reserves, and they did it for "
            'a handful of sites," its director said. "It is not what we wanted, but it is a '
            'season we can sell."',
            "Russia, whose state coal company Trust Arktikugol runs the mining settlement of "
            "Barentsburg, said in a note to Oslo last autumn that the rules would restrict the "
            "movement of its citizens on the archipelago, in breach of the 1920 treaty that gives "
            "the countries party to it equal rights to fish, hunt and mine there. Norway rejected "
            'the complaint. "The rules apply to everybody, Norwegians first," a ministry official '
            "said.",
            "The Governor of Svalbard has deployed additional field inspectors for the spring "
            "season and will use a chartered vessel to patrol the east coast, where most landings "
            "from small ships take place. Breaches can be punished with fines and, for the most "
            "serious, prison terms of up to a year.",
            "In Longyearbyen, where tourism has overtaken coal as the largest employer since the "
            "state mining company closed its last mine on the island, reactions were mixed. The "
            "local council signed an agreement with the guides' association last month on the "
            "training of new guides, and several guides have joined a petition asking for the "
            "snowmobile routes to be marked more clearly.",
            '"Most of us agree with the aim," said a guide who has worked in the town for 15 '
            'years. "The question is whether the inspectors will know the difference between a '
            'careless tourist and a guide who has to get his group out of the way of a bear."',
            "A ban on driving snowmobiles on the sea ice of Tempelfjorden, imposed in 2014 to "
            "protect seals in the pupping season, stays in force.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e11-nm-montevideo-business-port-concession-ruling",
        date(2024, 3, 14),
        _p(
            "Court Upholds Montevideo Port Concession; Dockers Lift Strike",
            "MONTEVIDEO | Business | Thursday, March 14, 2024",
            "A Uruguayan court on Wednesday rejected a challenge to the agreement that extended "
            "the concession of the Belgian group Katoen Natie over Montevideo's container "
            "terminal until 2081, removing the last legal obstacle to an investment of about $455 "
            "million in a new quay.",
            "The agreement, signed by the government and the company in 2021, extended by 50 "
            "years a concession that was due to run out in 2031, in exchange for a commitment to "
            "lengthen the quay, deepen the berths and buy new cranes. Critics said it gave the "
            "terminal operator, Terminal Cuenca del Plata, a monopoly on container handling in the "
            "country's main port.",
            "The challenge was brought by a group of shipping agents and a rival operator, and "
            "opposition lawmakers from the Broad Front later joined the case. The court found that "
            "the executive had acted within its powers and that the contract did not breach "
            "competition law. The plaintiffs may appeal.",
            "The port's dock workers' union lifted a 48-hour strike on Wednesday evening after the "
            "port authority agreed to discuss staffing levels on the new cranes. Ships had been "
            "waiting at anchor since Monday, and exporters of beef and cellulose said the delays "
            "had cost them several million dollars.",
            "The customs authority, which imposed fines on two shipping lines last month for late "
            "declarations, said it would suspend penalties for cargo held up by the strike.",
            "Katoen Natie, based in Antwerp, has run the terminal since 2001. Its chief executive "
            "said the ruling would allow work on the quay to start in the second half of the year, "
            "and that the company had already signed contracts for four ship-to-shore cranes with "
            "a Chinese manufacturer.",
            "Montevideo competes with Buenos Aires, across the River Plate, for cargo from Paraguay "
            "and southern Brazil. Shipping lines have deployed larger vessels on the route to "
            "Europe and Asia, and port officials say the terminal must handle ships of up to 366 "
            "metres to keep the traffic. A pulp mill built by the Finnish company UPM in the centre "
            "of the country began exporting through the port last year, adding about two million "
            "tonnes of cargo a year.",
            "The ruling is a relief for the government, which faces a general election in "
            'October. "The country cannot wait another decade for a port," the transport '
            "minister told reporters.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e12-nm-windhoek-mining-namibia-bans-raw-lithium-exports",
        date(2023, 6, 9),
        _p(
            "Namibia Bans Export of Unprocessed Lithium and Other Critical Minerals",
            "WINDHOEK | Mining | Friday, June 9, 2023",
            "Namibia has banned the export of unprocessed lithium ore and other critical minerals, "
            "the government said on Thursday, in an attempt to make sure that more of the value "
            "of a growing mining boom stays in the country.",
            "The ban, which took effect immediately, covers crushed and uncrushed ore of lithium, "
            "cobalt, manganese, graphite and rare earth elements. Exports of small quantities for "
            "testing will need written approval from the minister of mines and energy, Tom Alweendo, "
            "who said companies should process the ore at least into concentrate before shipping "
            'it. "We have exported raw materials for a century and stayed poor," he told '
            "reporters.",
            "Namibia is not a large producer yet, but several projects have started in the past "
            "two years, many of them owned by Chinese companies. Last year the ministry suspended "
            "shipments by one of them, Xinfeng Investments, after residents of Uis complained that "
            "ore from a tin and lithium licence was being trucked to Walvis Bay without proper "
            "permits. Police were deployed to the site, and the company was later allowed to "
            "resume some work.",
            "The measure follows a similar one in Zimbabwe, which imposed a ban on exports of raw "
            "lithium in December, and the region's governments have discussed acting together. "
            'Alweendo said the ban would be lifted "only if the reason for it goes away", meaning '
            "once processing plants are built.",
            "Mining companies were caught off guard. An executive of a junior explorer listed in "
            "Australia said his company had signed an offtake agreement with a buyer in Europe "
            "and now had to find money for a concentrator. Others said the ban could be good for "
            'business if the government extended the same treatment to all producers. "Nobody '
            'minds the rules if everybody has to follow them," he said.',
            "Chinese companies, which have joined the rush for lithium across southern Africa, "
            "said they were studying the regulations. The Chinese embassy in Windhoek said Chinese "
            "investors had always respected Namibian law.",
            "Economists said the policy carried risks. Building processing plants requires power "
            "and water, both scarce in the arid west of the country, and investors may prefer "
            "projects elsewhere. But the chamber of mines said the government had consulted it, "
            "and that it would work with the ministry on the details.",
            "Mining accounts for about a tenth of Namibia's economy and more than half of its "
            "exports, most of it diamonds and uranium.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "e03-chisinau-eu-extends-transnistria-ban-suspends-it-for-smirnov": (
        "'Moscow says its soldiers are peacekeepers and will stay until a settlement is reached' "
        "is read as a presence that occurred, though the sentence before dates the troops back to "
        "1999 and more: a presence restated with 'will stay' is taken as news"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {
    "e04-transcript-state-department-briefing-haiti-council-warned": (
        "'anyone who tries to ... derail the transition will face consequences. Those "
        "consequences could include visa restrictions and sanctions.': the sentence names no one "
        "(the transcript's speaker is 'SPOKESPERSON:'), so the threat it makes has no party and is "
        "not read (the form itself is read since the fixes)"
    ),
}


MONDAY = date(2025, 9, 1)


def _told(text: str) -> list[tuple[str, str]]:
    from rasd.analyze import analyze

    return [(e.type, e.status) for e in analyze(text, lang="en", published=MONDAY).events]


def test_a_second_verb_with_a_pronoun_is_its_own_event() -> None:
    text = (
        "Canada on Friday extended its sanctions on Nicaragua by six months but suspended them "
        "for two bishops."
    )
    told = _told(text)
    assert ("sanctions.extended", "occurred") in told, told
    assert ("sanctions.suspended", "occurred") in told, told


def test_consequences_that_could_include_sanctions_are_a_threat() -> None:
    for text in (
        "Anyone who derails the talks will face consequences, which could include sanctions, the "
        "State Department said.",
        "Those who derail the talks will face consequences. They could include visa bans and "
        "sanctions, the State Department said.",
    ):
        assert ("sanctions.threatened", "occurred") in _told(text), text


def test_a_consulate_reopened_restores_ties() -> None:
    text = "France reopened its consulate in Herat on Tuesday after twelve years."
    assert _told(text) == [("relations.restored", "occurred")]


def test_rebels_sworn_into_an_army_named_by_its_title() -> None:
    text = "In Burundi, 800 former rebels were sworn into the National Defence Force on Saturday."
    assert _told(text) == [("forces.integrated", "occurred")]


def test_troops_that_arrive_and_peacekeepers_sent_are_a_presence() -> None:
    for text in (
        "Belarusian soldiers arrived in Mongolia on Tuesday for a mission of three months.",
        "Tajikistan sent peacekeepers to Kyrgyzstan on Tuesday.",
    ):
        assert _told(text) == [("military.presence", "occurred")], text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Turkey has kept troops in northern Cyprus since 1974. Ankara says its soldiers will "
            "stay until a settlement is reached.",
            id="a-presence-of-decades-restated",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a presence dated decades back, restated with 'will stay', is read as a "
                "presence that occurred",
            ),
        ),
        pytest.param(
            "The minister will travel to Oslo, where she will join her NATO counterparts for a "
            "meeting.",
            id="joining-counterparts",
        ),
        pytest.param(
            "Peru's tax agency said it would suspend penalties for late returns until March.",
            id="an-agency-suspends-penalties",
        ),
    ],
)
def test_no_alert_for_background_or_words_outside_the_remit(text: str) -> None:
    assert alert_rows(text, MONDAY) == []


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout27_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-27 English events"))
