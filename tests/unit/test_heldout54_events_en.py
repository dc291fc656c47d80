"""Fifty-fourth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier fifty-three sets
lack, all of the era of the articles the analyzer is judged on (2016-2025): a Buchanan (Liberia)
county weekly on the US Treasury sanctioning three of George Weah's officials, the port chief among
them, and Weah suspending them (2022), a Kambia (Sierra Leone) border weekly on ECOWAS lifting its
sanctions on Guinea and on Niger at the Abuja summit (2024), a Zahle (Lebanon) English site on
Washington exempting Egypt and Jordan from the Caesar Act sanctions for the gas and power plan for
Lebanon (2022), a Gitega (Burundi) weekly on the European Union renewing its travel ban and asset
freeze on four Burundians for a year (2019), a Larnaca weekly on the EU warning Turkey of sanctions
over the reopening of Varosha (2021), a Gulu (Uganda) weekly on South Sudan joining the East
African Community (2016), a Nanyuki (Kenya) weekly on Kenya and Britain signing a defence
cooperation agreement under which British troops will stay stationed in Laikipia (2021), a Tarawa
weekly on Kiribati restoring relations with China a week after dropping Taiwan (2019), a Maracaibo
English site on Venezuela's Bolivarian Militia integrated into the armed forces (2020), and near
misses (a Durban surfing page where the federation "imposed sanctions on a Ballito club" and
"lifted the ban it imposed" on a junior, a club "signed an agreement" with a bank and "joined a
national programme", a clubhouse is "restored", a coach's contract "extended", clubs "merged",
adaptive surfing to be "integrated", lifeguards "deployed", shark nets "restored", longboarders
"threatened to boycott", "A Brazilian surfer joined the contest's specialty event" and a club's
membership "suspended" (2023); a Stone Town (Zanzibar) local weekly where a ferry service is
"restored", the council "lifted the ban it imposed" on food stalls, "extended its ban on plastic
bags", "imposed a ban" on motorcycles, "signed an agreement with an Omani foundation", "joined a
national programme", tankers' licences "suspended", police "deployed" at the port, associations
"merged", drivers "threatened" to stop work, booking systems to be "integrated" and an organ
"restored" with money from England (2018); a Surabaya business page where the financial regulator
"imposed sanctions on two East Java insurers" and "lifted the suspension it imposed" on a lender,
the port operator "signed an agreement with a Singapore logistics company", a shipyard "joined a
consortium with a Korean builder", a deadline "extended", power "restored", technicians
"deployed", an app to be "integrated", drivers "threatened" a blockade, a forwarding agent's
licence "suspended" and two cigarette makers "merged" (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed on three officials,
lifted for two states, suspended by an exemption for a gas and power plan, extended for a year and
threatened; a state joining a regional community; a defence cooperation agreement signed, with the
foreign troops to stay stationed under it; relations restored; a militia integrated into the armed
forces), ten occurred and one planned, beside historical, negated and stalled events.

Decisions of the annotation: the United States whose Treasury "imposed sanctions on three of
Liberia's most senior officials, among them Bill Twehway ... Nathaniel McGill ... and Sayma
Syrenius Cephus" imposes (core, with the Treasury and its Office of Foreign Assets Control; the
three and Liberia as targets), "The Treasury did not impose sanctions on Weah himself" is a negated
imposition, and "The United Nations imposed an arms embargo and a ban on diamond exports on Liberia
in 2001 ... and lifted the last of its measures in 2016" holds a historical imposition and a
historical lifting; "President George Weah suspended the three officials" is a president removing
his own officials from office, no sanctions event. The Economic Community of West African States
that "lifted the financial and economic sanctions they imposed on Guinea after the 2021 coup"
lifts (core), and "The summit also lifted the closure of borders and the financial sanctions that
the bloc imposed on Niger in July" lifts a second time (core, Niger as target); "ECOWAS first
imposed sanctions on Guinea in September 2021" is a historical imposition, "The 24-month timetable
that Conakry later agreed with the bloc has stalled" a stalled accord, and "Sierra Leone never
imposed sanctions of its own on Guinea" a negated imposition; Mali and Burkina Faso, who left the
bloc and stayed away, are no parties. The United States that "has exempted Egypt and Jordan from
its Caesar Act sanctions on Syria for the plan to send Egyptian gas and Jordanian electricity to
Lebanon" suspends (core, with Dorothy Shea, who told Mikati; Syria is the target of the sanctions
waived, Egypt and Jordan the beneficiaries, left out of the roles), "US officials stressed that
Washington had not lifted any sanctions on the Syrian government" is a negated lifting, "The United
States imposed the Caesar Act sanctions on Syria in June 2020" a historical imposition, and
"Lebanon's talks with the International Monetary Fund on a rescue package have stalled" a stalled
accord; the "penalties" the two governments will not face are the same exemption told again, no
event of their own. The European Union that "extended by one year its travel ban and asset freeze
on four Burundians" extends (core, with the Council of the EU that announced it; Burundi as target),
"The Council did not add any names to the list" is a negated imposition, "The EU imposed the
measures in October 2015" a historical imposition, and the talks of the East African Community's
facilitator that "have stalled" a stalled accord; the four "are barred from entering the EU, and
any assets they hold there are frozen" describes the measures renewed, no new imposition;
Tanzania, named for its former president and for Arusha, is no party. The European Union that
"warned Turkey on Friday that it could face sanctions if it goes ahead with the reopening of part
of Varosha" threatens (core, with Josep Borrell, whose statement said the EU would "consider
measures, including sanctions"), "EU leaders did not impose sanctions on Turkey at their summit in
December" is a negated imposition, "The EU imposed sanctions on two executives of the Turkish
Petroleum Corporation in February last year" a historical imposition, "Turkey has kept tens of
thousands of troops in the north since then" a historical presence in Cyprus, and the reunification
talks that "collapsed at Crans-Montana in Switzerland in 2017" a stalled accord; Greece, named for
the naval stand-offs, and Switzerland are no parties. South Sudan that "became the sixth member of
the East African Community" joins (core), "Rwanda and Burundi joined the community in 2007" is a
historical joining, "The summit again put off a decision on Somalia's application to join" a
stalled joining, "Kiir and his former deputy Riek Machar signed a peace agreement" six months ago a
historical signing, "Ugandan troops entered South Sudan days after the fighting began" a historical
presence and "Kampala has said it has no plans to send them back" a negated presence; the treaty
South Sudan "must now ratify" is part of its joining, no event of its own. Kenya and Britain that
"signed a new defence cooperation agreement" sign (core, with Ben Wallace and Monica Juma, who
signed it), "British troops will remain stationed in Nanyuki under the agreement" is a planned
presence (core: a deployment agreed), "The two countries signed their previous agreement in 2016"
a historical signing, "British troops have trained on the ranches and conservancies of Laikipia
... since Kenya's independence in 1963" a historical presence, and "He said Britain had no plans to
send combat troops to Somalia" a negated presence. Kiribati that "restored diplomatic relations
with China on Friday" restores (core, with Taneti Maamau's government and Wang Yi, who signed the
communique), "Kiribati first established relations with Beijing in 1980" is a historical
establishment of ties, "Nauru restored relations with Taiwan in 2005" a historical restoration and
"Tuvalu's prime minister said his government had no plans to establish relations with Beijing" a
negated one; Taiwan's closing of its embassy is no event of the design's types; Australia and the
United States, named as rival courtiers of the islands, are no parties. Venezuela whose "Bolivarian
Militia was integrated into the National Bolivarian Armed Forces on Thursday" integrates (core, with
Nicolás Maduro, who asked for the reform), "The law does not bring the colectivos ... into the armed
forces" is a negated integration, "Russian military specialists arrived in Caracas in March last
year" a historical presence of Russia in Venezuela, and "Talks between the government and the
opposition, mediated by Norway in Barbados, broke down in September" a stalled accord; members who
"joined the militia" are people enlisting, no joining of an alliance; Norway, Barbados and
Colombia are no parties. Outside the monitor's remit (no event): a surfing federation's sanctions
on a club and a junior's ban lifted, a bank's sponsorship agreement, a club joining a national
programme, a clubhouse restored, a coach's contract extended, clubs merged, adaptive surfing
integrated, lifeguards deployed, shark nets restored, longboarders threatening a boycott, a
Brazilian surfer joining a contest, a club's membership suspended; a ferry service restored, a ban
on food stalls lifted, a plastic bag ban extended, a ban on motorcycles, a restoration agreement
with an Omani foundation, a council joining a programme, tankers' licences suspended, police
deployed at a port, fishermen's associations merged, minibus drivers threatening to stop, booking
systems integrated, an organ restored; a regulator's sanctions on two insurers and a lender's
suspension lifted, a container yard agreement with a Singapore company, a shipyard joining a
consortium with a Korean builder, a deadline extended, power restored, technicians deployed, an app
integrated, truck drivers threatening a blockade, an agent's licence suspended, cigarette makers
merged, a payment service restored.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout54_events_en``.
Measured before any fix (2026-12-03, on commit 857c99b): P 0.889, R 0.818, F1 0.852 (recall 9/11,
8 of 9 alerts right; recall by status: occurred 9/10, planned 0/1; no false alarm, one unexpected
alert, in a near miss; no venue or state named for its own news given as a party). No annotation
was changed after the run. One of the nine hits is the lenient scoring's, not earned, and another
stands only on the headline, so the set read strictly gives recall 8/11 (below).
Missed: on the Nanyuki weekly, "British troops will remain stationed in Nanyuki under the
agreement" gives no alert: Nanyuki is not in the knowledge base, so the presence has no host (the
host is not taken from Kenya, the accord's party in the sentence before), and ``_demote`` in
``rasd/events/extractor.py`` then compares the hostless presence by its actor alone, so the
denial two paragraphs on ("He said Britain had no plans to send combat troops to Somalia") demotes
it to negated and it is merged into that denial ("will be stationed in Djibouti" beside the same
denial stays a planned presence); read alone the sentence is also occurred, not planned, as "will
remain stationed" is not read as a plan (``rasd/events/status.py``; "will be stationed" is
planned). On the Maracaibo site, "Venezuela's Bolivarian Militia was integrated into the National
Bolivarian Armed Forces on Thursday" gives nothing: an army called by a proper name the knowledge
base lacks is no army of a known state, and not "the army" of ``_INTO_THE_ARMY_EN`` in
``rasd/events/extractor.py`` (one adjective of a short list between "the" and the noun), while the
possessive "Venezuela's" gives the state only before a common force noun ("Venezuela's militia"),
not before the force's own name; with no participant the integration is dropped (``_plausible``).
("Venezuela's militia was integrated into the National Bolivarian Armed Forces" and "Venezuela's
Bolivarian Militia was integrated into the armed forces" are read.)
Unexpected alert: on the Stone Town local weekly, "It signed an agreement with an Omani foundation
that will pay for the restoration of the balconies of the House of Wonders" is an occurred
agreement with Oman as counterpart: a state named only as a company's nationality is hidden
(``_company_adjective`` in ``rasd/events/roles.py``, with ``company_noun`` of
``rasd/events/lexicons/en.cues.yaml``), but a foundation, a charity or a trust is no company noun
in English (the Arabic list has مؤسسة and جمعية), so "an Omani foundation" stands for Oman ("an
Omani company" is quiet).
Found only by the lenient scoring: on the Kambia weekly, "The summit also lifted the closure of
borders and the financial sanctions that the bloc imposed on Niger in July" gives nothing, and the
gold lifting for Niger is matched by the Guinea lifting (same type, ECOWAS in both): a lifting
looks for its sanctions noun within five words after the verb (``sanctions.lifted`` of
``en.triggers.yaml``), and a first object that is a measure but no sanctions or ban noun ("the
closure of borders", "the border closures") pushes "sanctions" out of reach ("lifted the flight
ban and the financial sanctions on Gabon" is read, a ban noun being a measure of its own).
Hit on the headline only: on the Gitega weekly, the body's "The European Union on Thursday
extended by one year its travel ban and asset freeze on four Burundians whom it holds responsible
for ... a third term in 2015" is read as historical: ``_relative_after`` in
``rasd/events/status.py`` closes the trigger's reach at a relative clause only when an auxiliary
or a past verb opens it ("who led the crackdown of 2009"), not when its own subject and a present
verb do ("whom it holds responsible for", "whom it blames for"), so the year in the clause dates
the renewal despite "on Thursday"; the headline's "EU renews sanctions on four Burundians" gives
the occurred renewal.
Also seen, not scored: the Liberian designations have "Liberia's most senior officials" as their
target (the three names are not in the knowledge base, nor is George Weah, whose denial has
"Weah" as target); the UN embargo of 2001 is historical and its end in 2016 gives nothing
("measures" alone is no sanctions noun); Weah's suspension of his officials is quiet. On the
Kambia weekly "ending the freeze on the assets" is a historical lifting; the sanctions of 2021 and
the stalled timetable give nothing, and Freetown's sanctions never imposed are a negated
imposition with ECOWAS as actor and Julius Maada Bio as target. The Caesar exemption has Egypt and
Jordan beside Syria as targets; the "penalties" not faced are a negated threat; the lifting denied
is negated, the Caesar sanctions of 2020 historical, and the IMF talks stalled. On the Gitega
weekly the names not added and the measures of 2015 give nothing ("measures", "names"), nor do the
stalled EAC talks. The Varosha threat has no Borrell; the sanctions not imposed in December are
negated, the listings of 2020 and the troops since 1974 give nothing, and the talks that collapsed
"at Crans-Montana" are a stalled accord with Montana (the US state, matched inside the resort's
hyphenated name by ``rasd/entities/matcher.py``) as target. On the Gulu weekly the joinings of 2007,
Somalia's application put off, the peace agreement and the Ugandan troops give nothing. On the
Nanyuki weekly the agreement of 2016 is historical (with Somalia as a party) and the troops since
1963 give nothing. Kiribati's ties of 1980 are merged into Tuvalu's refusal (a negated restoration
with Kiribati as actor; "his government" is not resolved to Tuvalu), and Nauru's return to Taipei
is historical. On the Maracaibo site the colectivos left out and the Russian specialists give
nothing, and the Barbados talks are a stalled accord with Norway, the go-between, as actor; members
who "joined the militia" are quiet. Taneti Maamau, Dorothy Shea, Monica Juma, John Magufuli, the
Bolivarian Militia and the National Bolivarian Armed Forces are not in the knowledge base.
Each form missed or misread is pinned below on sentences of its own, a strict xfail while it fails,
beside the neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000 R 1.000 F1 1.000 (recall 11/11, precision
11/11). Fixed as general causes: a presence placed "in" a town the knowledge base lacks is not
demoted by the same state's refusal for another named host (``_demote``); an army called by a
name of its own ("into the Plurinational Armed Forces") is an army for ``_INTO_THE_ARMY_EN``; a
lifting reaches its sanctions past another measure lifted first and joined by "and" ("the closure
of borders and the sanctions", ``rasd/events/extractor.py``); a relative clause of blame ("whom it
holds responsible for ... 2015") dates its own story, not the renewal (``_relative_after``,
``rasd/events/status.py``); foundations, charities and aid groups are company nouns
(``en.cues.yaml``). Left: "will remain stationed" stays occurred (an older convention: held-out set
14's "would remain in Somalia" is an occurred presence), pinned by its strict xfail.
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
    alert_rows,
    check_core_events_found,
    check_no_false_alarm,
    check_set_shape,
    event_rows,
    marked,
    report,
    strict_xfail,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
UK = "United Kingdom"
EU = "European Union"
UN = "United Nations"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
CEU = "Council of the European Union"
ECOWAS = "Economic Community of West African States"
EAC = "East African Community"
IMF = "International Monetary Fund"

ARTICLES: list[Article] = [
    Article(
        "n01-buchanan-weekly-us-treasury-sanctions-three-liberian-officials",
        date(2022, 8, 16),
        _p(
            "US Treasury sanctions port chief Twehway, McGill and Cephus; Weah suspends all three",
            "GRAND BASSA TIMES | Buchanan, Tuesday, August 16, 2022",
            "The United States on Monday imposed sanctions on three of Liberia's most senior officials, among them Bill Twehway, the managing director of the National Port Authority, whom the Treasury accused of steering port business to a company he helped set up. The other two are Nathaniel McGill, the Minister of State for Presidential Affairs, and Sayma Syrenius Cephus, the Solicitor General.",
            "The Treasury's Office of Foreign Assets Control said the three had used their offices for private gain, through bribes, rigged contracts and the shielding of suspects from prosecution. Any property they hold in the United States is frozen, and Americans are barred from doing business with them. The US embassy in Monrovia said the designations were made under the Global Magnitsky programme, which targets corruption and abuses of human rights around the world.",
            'Hours after the announcement, President George Weah suspended the three officials and ordered them to step aside while the government looks into the accusations. "No one in this government is above the law," his press secretary told reporters at the Executive Mansion.',
            "The Treasury did not impose sanctions on Weah himself, and an embassy spokesman said the measures were aimed at individuals and not at Liberia or its people. The United Nations imposed an arms embargo and a ban on diamond exports on Liberia in 2001, during the rule of Charles Taylor, and lifted the last of its measures in 2016, after the country had held two peaceful elections.",
            'In Buchanan the news spread quickly along the waterfront, where the port authority is one of the largest employers after the iron ore trains of ArcelorMittal. Stevedores said they had not been paid overtime for the loading of two timber ships in July, and a shop owner near the market on Tubman Street said she hoped the sanctions would force the port\'s management to publish its accounts. "Everybody here knows the port makes money. Nobody knows where it goes," said a dock foreman who has worked at the port for nineteen years.',
            "The port authority said in a statement that operations in Buchanan, Greenville, Harper and Monrovia would continue as normal under the deputy managing director for operations, and that it would cooperate with any investigation. Shipping agents said they expected no delays to the palm oil and rubber cargoes due this month.",
            "Opposition parties called for the three to be prosecuted. The Liberia Anti-Corruption Commission said it had opened files on two of them last year but had never been given the documents it asked for.",
            "Grand Bassa County's legislative caucus will hold a town hall meeting at the city hall on Saturday on the road to Monrovia, which has been cut at the Mechlin River bridge since the rains began.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST, OFAC),
                ("Bill Twehway", "Nathaniel McGill", "Sayma Syrenius Cephus", "Liberia"),
            ),
            # Weah spared; the UN's embargo of 2001 and its end in 2016
            Gold("sanctions.imposed", "negated", (US, UST), ("George Weah",), core=False),
            Gold("sanctions.imposed", "historical", (UN,), ("Liberia",), core=False),
            Gold("sanctions.lifted", "historical", (UN,), ("Liberia",), core=False),
        ),
    ),
    Article(
        "n02-kambia-border-weekly-ecowas-lifts-sanctions-on-guinea-and-niger",
        date(2024, 2, 27),
        _p(
            "ECOWAS lifts Guinea sanctions; Gbalamuya traders expect a busier crossing",
            "NORTHERN STAR | Kambia, Tuesday, 27 February 2024",
            "Leaders of the Economic Community of West African States on Saturday lifted the financial and economic sanctions they imposed on Guinea after the 2021 coup, ending the freeze on the assets of the junta's members and the ban on their travel, at an extraordinary summit in Abuja.",
            "The summit also lifted the closure of borders and the financial sanctions that the bloc imposed on Niger in July, after soldiers removed President Mohamed Bazoum, and said it had done so on humanitarian grounds. Nigeria's President Bola Tinubu, who chairs the bloc, urged the military rulers of the region to come back to the community and to set dates for elections.",
            "ECOWAS first imposed sanctions on Guinea in September 2021, days after special forces under Colonel Mamady Doumbouya overthrew President Alpha Condé, and widened them a year later when the junta proposed a transition of three years. The 24-month timetable that Conakry later agreed with the bloc has stalled: no date has been set for a constitutional referendum, and the general dissolved his government last week.",
            "Sierra Leone never imposed sanctions of its own on Guinea, and President Julius Maada Bio, who has spent months shuttling between the junta and the bloc's other leaders, welcomed the decision in a statement on Sunday.",
            'At Gbalamuya, the main crossing on the highway from Freetown to Conakry, the news was met with relief. Traders who buy onions, potatoes and palm oil in Guinea and sell them in the markets of Freetown said the freeze had made banks on both sides slow to clear even small payments. "For us the border was never closed, but the money was stuck," said a trader who drives to the market at Pamelap twice a week. Customs officers said about forty lorries a day now cross in each direction, against twenty-five a year ago.',
            "Money changers at the border post said the Guinean franc had firmed slightly against the leone since Saturday. Motorbike riders who carry passengers across the Little Scarcies hope the new road bridge promised by the two governments will at last be built.",
            "Mali and Burkina Faso, which announced with Niger in January that they were leaving ECOWAS, did not attend the summit.",
            "The Kambia District Council said the rebuilt market at Rokupr would open in April, and the ferry at Mange is running again after repairs to its engine. The district's rice farmers will meet agriculture officials on Thursday about seed for the coming season.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (ECOWAS,), ("Guinea",)),
            Gold("sanctions.lifted", "occurred", (ECOWAS,), ("Niger",)),
            # the sanctions of 2021; the stalled timetable; Freetown's none
            Gold(
                "sanctions.imposed",
                "historical",
                (ECOWAS,),
                ("Guinea", "Mamady Doumbouya"),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Guinea", ECOWAS), core=False),
            Gold("sanctions.imposed", "negated", ("Sierra Leone",), ("Guinea",), core=False),
        ),
        not_participants=("Mali", "Burkina Faso"),
    ),
    Article(
        "n03-zahle-english-site-us-exempts-egypt-jordan-from-caesar-sanctions-for-lebanon-power",
        date(2022, 1, 14),
        _p(
            "US exempts Egypt and Jordan from Caesar sanctions for Lebanon power plan",
            "BEKAA OBSERVER | Zahle, Friday, January 14, 2022",
            "Washington has exempted Egypt and Jordan from its Caesar Act sanctions on Syria for the plan to send Egyptian gas and Jordanian electricity to Lebanon through Syrian territory, US Ambassador Dorothy Shea told Prime Minister Najib Mikati on Thursday, removing the main obstacle to a deal that could add several hours of state power a day to Lebanese homes.",
            "In letters to Cairo and Amman, the US Treasury said the two governments would not face penalties under the 2019 law for the transit of the gas and the power, nor for the share of the gas that Syria is to keep as its fee, according to a Lebanese official who has seen them.",
            "US officials stressed that Washington had not lifted any sanctions on the Syrian government of Bashar al-Assad, and that the exemption covered only the energy deals. The United States imposed the Caesar Act sanctions on Syria in June 2020, targeting anyone who does business with the government in Damascus, its military or its reconstruction projects.",
            "The gas is to be paid for with a loan from the World Bank, which has said it wants to see a plan to reform Electricite du Liban, the state power company, before it releases any money. Lebanon's talks with the International Monetary Fund on a rescue package have stalled over how the banks' losses should be shared.",
            "Zahle is better off than most of the country. The private concession that runs the city's grid keeps the lights on around the clock with its own generators, but its bills have tripled since the summer as the price of diesel has followed the dollar on the black market. In the villages of the central Bekaa, where state power comes on for barely two hours a day, families pay neighbourhood generator owners more than the minimum wage for five amperes.",
            '"If the gas comes, maybe we get ten hours from the state and the generator bill falls by half," said the owner of a restaurant on the Berdawni river, who has cut his opening hours to save fuel. A hotel owner in Chtaura said he had stopped taking winter bookings for conferences because he could not promise heating.',
            "Energy Minister Walid Fayad said he hoped the first Egyptian gas would reach the Deir Ammar power station in the north by the spring, once the pipeline through Syria has been checked for leaks and damage from the war.",
            "The municipality said it would repair the paths along the Berdawni before the summer season, and the Ksara winery said its cellars would reopen to visitors next month.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST, "Dorothy Shea"), ("Syria",)),
            # no lifting for Damascus; the Caesar sanctions of 2020; the IMF talks stalled
            Gold("sanctions.lifted", "negated", (US,), ("Syria", "Bashar al-Assad"), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Syria",), core=False),
            Gold("agreement.signed", "stalled", ("Lebanon", IMF), core=False),
        ),
    ),
    Article(
        "n04-gitega-weekly-eu-renews-sanctions-on-four-burundians",
        date(2019, 10, 25),
        _p(
            "EU renews sanctions on four Burundians for another year",
            "GITEGA WEEKLY | Gitega, Friday, 25 October 2019",
            "The European Union on Thursday extended by one year its travel ban and asset freeze on four Burundians whom it holds responsible for violence, repression and the undermining of democracy in the crisis that followed President Pierre Nkurunziza's decision to seek a third term in 2015. The measures will now stay in force until 31 October 2020, the Council of the European Union said in a statement.",
            "The four, a senior police commander, a former deputy head of the intelligence service, a former army officer who took part in the failed coup of May 2015 and a former official of the ruling party, are barred from entering the EU, and any assets they hold there are frozen.",
            "The Council did not add any names to the list, despite calls from Burundian exiles in Brussels and from human rights groups to include officials they accuse of abuses in the run-up to next year's elections. The EU imposed the measures in October 2015, and a year later it stopped paying money directly into the government's budget, which it now channels to the population through aid agencies.",
            'Government spokesman Prosper Ntahorwamiye called the renewal "an act of hostility without any basis" and said Burundi would not take lessons from former colonial powers. Nkurunziza has said he will not stand in the presidential election in May, and the ruling CNDD-FDD is expected to name its candidate early next year.',
            "Talks between the government and the opposition in exile, led by the East African Community's facilitator, the former Tanzanian president Benjamin Mkapa, have stalled since the government stayed away from the last round in Arusha a year ago.",
            "In Gitega, which became the country's political capital at the start of the year, the decision was barely discussed at the central market, where traders worried more about the price of sugar and the queues for fuel. Ministries have been slow to move from Bujumbura, and civil servants who were told to relocate say there are not enough houses to rent. A new block of offices for the senate is going up near the old royal court, and landlords on the road to Karuzi have doubled their rents.",
            '"Sanctions on four men in Europe do not change the price of a jerrycan of petrol here," said a moto-taxi driver waiting at a station that had run dry on Wednesday. Coffee growers in the province said the harvest was smaller than last year\'s because of the late rains.',
            "The Ingoma stadium will host the national league match between Vital'O and Le Messager Ngozi on Sunday.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, CEU), ("Burundi",)),
            # no new names; the measures of 2015; the EAC talks stalled
            Gold("sanctions.imposed", "negated", (EU,), ("Burundi",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Burundi",), core=False),
            Gold("agreement.signed", "stalled", ("Burundi", EAC), core=False),
        ),
        not_participants=("Tanzania",),
    ),
    Article(
        "n05-larnaca-weekly-eu-warns-turkey-of-sanctions-over-varosha",
        date(2021, 7, 24),
        _p(
            "EU warns Ankara of sanctions over Varosha; Famagusta refugees in Larnaca say 'not like this'",
            "LARNACA WEEKLY | Larnaca, Saturday, 24 July 2021",
            "The European Union warned Turkey on Friday that it could face sanctions if it goes ahead with the reopening of part of Varosha, the fenced-off beach quarter of Famagusta that has stood empty since its Greek Cypriot inhabitants fled the Turkish invasion of 1974. Turkey has kept tens of thousands of troops in the north since then.",
            'The bloc\'s foreign policy chief, Josep Borrell, said in a statement that the EU would "consider measures, including sanctions" if Ankara did not reverse course, after Turkish President Recep Tayyip Erdogan and the Turkish Cypriot leader Ersin Tatar announced on Tuesday that about 3.5 percent of the area would be opened to former residents who wish to reclaim their property.',
            "The UN Security Council condemned the announcement in a statement on Friday and called for its immediate reversal. The council's resolutions say that Varosha should be resettled only by its lawful inhabitants.",
            "EU leaders did not impose sanctions on Turkey at their summit in December, preferring to wait for relations to improve after a summer of naval stand-offs with Greece. The EU imposed sanctions on two executives of the Turkish Petroleum Corporation in February last year over drilling for gas in waters that Cyprus claims.",
            "Talks on reuniting the island collapsed at Crans-Montana in Switzerland in 2017, and an informal meeting in Geneva in April, hosted by UN Secretary-General António Guterres, failed to find common ground.",
            'In Larnaca, home to thousands of families who fled Famagusta forty-seven years ago, the reaction was bitter. "My father built a hotel four hundred metres from where the fence is now. I want to go back, but not like this, asking the Turkish side for permission to see my own house," said a retired teacher who grew up on Kennedy Avenue and now lives in the refugee estate at Kokkines. Several refugee associations said they would hold a protest at the Deryneia checkpoint on Sunday.',
            "Hoteliers along the Mackenzie beach said the dispute would not affect the season, which has been saved, they say, by British, Israeli and Russian visitors who returned after the second lockdown. Larnaca airport handled more passengers in the first half of July than in the whole of June.",
            "The municipality said it would close part of Athinon Avenue to traffic on weekend evenings in August, and the district office has warned visitors to keep off the salt lake, where the flamingos have begun to arrive early.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (EU, "Josep Borrell"), ("Turkey",)),
            # no sanctions in December; the TPAO listings of 2020; troops since 1974; talks collapsed
            Gold("sanctions.imposed", "negated", (EU,), ("Turkey",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Turkey",), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Cyprus",), core=False),
            Gold("agreement.signed", "stalled", ("Cyprus", "Northern Cyprus"), core=False),
        ),
        not_participants=("Greece", "Switzerland"),
    ),
    Article(
        "n06-gulu-weekly-south-sudan-joins-east-african-community",
        date(2016, 3, 3),
        _p(
            "South Sudan joins EAC; Elegu traders hope for an easier crossing",
            "ACHOLI TIMES | Gulu, Thursday, March 3, 2016",
            "South Sudan became the sixth member of the East African Community on Wednesday, when the bloc's heads of state admitted it at their summit in Arusha, three years after Juba applied to join.",
            "Tanzania's President John Magufuli, who took over the community's rotating chairmanship from President Yoweri Museveni, said South Sudan's people would benefit from free movement and a common market. The country must now ratify the community's treaty before it takes its seats in the regional assembly and court.",
            "Rwanda and Burundi joined the community in 2007, seven years after Kenya, Tanzania and Uganda revived it. The summit again put off a decision on Somalia's application to join, first lodged in 2012, saying the country was not yet ready.",
            "South Sudan's admission comes six months after President Salva Kiir and his former deputy Riek Machar signed a peace agreement to end the civil war that broke out in December 2013. Ugandan troops entered South Sudan days after the fighting began to protect Juba, and Uganda withdrew the last of them in October under the terms of the deal. Kampala has said it has no plans to send them back.",
            'In Gulu the news was welcomed by traders who truck maize, beans, cement and beer north through Elegu and Nimule to Juba. Many of them say they pay fees at a dozen checkpoints between the border and the capital, and lose weeks waiting to be paid in South Sudanese pounds, which have lost most of their value since December. "If they follow the rules of the community, we can stop paying every soldier with a rope across the road," said a transporter who runs six lorries from a yard on the Kampala road.',
            "Gulu's schools and its university have taken in hundreds of South Sudanese students since the war began, and the refugee settlements in Adjumani and Kiryandongo now hold more than 200,000 people. Aid agencies say the numbers arriving each week have fallen since the peace agreement, but that few families are ready to go home.",
            "Traders' associations in Gulu said they would ask the Uganda Revenue Authority to open a one-stop border post at Elegu before the end of the year, as the community's rules require.",
            "Gulu Municipal Council said the new bus park on Olya Road would open in April, and the district's cotton growers will meet buyers at the agricultural show grounds next week.",
        ),
        (
            Gold("alliance.joined", "occurred", ("South Sudan",), (EAC,)),
            # Rwanda and Burundi in 2007; Somalia put off; the peace deal of August; Ugandan troops
            Gold("alliance.joined", "historical", ("Rwanda", "Burundi"), (EAC,), core=False),
            Gold("alliance.joined", "stalled", ("Somalia",), (EAC,), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("South Sudan", "Salva Kiir", "Riek Machar"),
                core=False,
            ),
            Gold("military.presence", "historical", ("Uganda",), ("South Sudan",), core=False),
            Gold("military.presence", "negated", ("Uganda",), ("South Sudan",), core=False),
        ),
    ),
    Article(
        "n07-nanyuki-weekly-kenya-and-britain-sign-defence-pact-troops-to-stay",
        date(2021, 7, 30),
        _p(
            "Kenya, UK sign new defence pact; British troops to stay in Laikipia",
            "LAIKIPIA STAR | Nanyuki, Friday, July 30, 2021",
            "Kenya and Britain signed a new defence cooperation agreement in London on Wednesday, during President Uhuru Kenyatta's visit for the Global Education Summit, replacing the deal that ran out last year and setting the terms under which British soldiers train on Kenyan soil.",
            "British troops will remain stationed in Nanyuki under the agreement, which runs for five years. The British Army Training Unit Kenya, whose headquarters are at Nyati Barracks on the edge of town, keeps about a hundred permanent staff here, and several thousand soldiers come through each year for exercises of six weeks.",
            "Defence Secretary Ben Wallace, who signed for Britain with Kenya's Defence Cabinet Secretary Monica Juma, said the agreement would also help Kenya fight al-Shabaab, with training and equipment for its troops on the Somali border. He said Britain had no plans to send combat troops to Somalia.",
            "The two countries signed their previous agreement in 2016, and British troops have trained on the ranches and conservancies of Laikipia and Samburu since Kenya's independence in 1963.",
            'In Nanyuki, where soldiers fill the bars and hotels on the Nyeri road at weekends, the news was welcomed by landlords and traders. The unit spends several billion shillings a year in the county on food, fuel, transport and rent, and employs hundreds of local people as drivers, guards and cooks. "When the exercises stop, half the town feels it," said the manager of a hotel near the barracks, who had no foreign guests for most of last year.',
            "The fire that burned thousands of acres of the Lolldaiga Hills conservancy during an exercise in March is still raw, however. Residents who say the smoke made their children ill, and herders who lost grazing, have hired lawyers. Elders from the area said they would ask Parliament, which must ratify the agreement, to add a clause on compensation for damage done during training.",
            "The county government said it had asked the unit to help repair the road to Doldol, which its lorries use, and the Nanyuki Cottage Hospital said British army doctors would run a free eye clinic in September.",
            "The Mount Kenya Safari Club will reopen to day visitors on Saturday, and the town's Saturday market moves to the new stalls behind the bus park from next week.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Kenya", UK, "Ben Wallace", "Monica Juma")),
            Gold("military.presence", "planned", (UK,), ("Kenya",)),
            # the deal of 2016; training since 1963; no combat troops for Somalia
            Gold("agreement.signed", "historical", ("Kenya", UK), core=False),
            Gold("military.presence", "historical", (UK,), ("Kenya",), core=False),
            Gold("military.presence", "negated", (UK, "Ben Wallace"), ("Somalia",), core=False),
        ),
    ),
    Article(
        "n08-tarawa-weekly-kiribati-restores-relations-with-china",
        date(2019, 9, 28),
        _p(
            "Kiribati restores ties with China a week after dropping Taiwan",
            "TARAWA WEEKLY | Bairiki, Saturday, 28 September 2019",
            "Kiribati restored diplomatic relations with China on Friday, signing a joint communique with Chinese Foreign Minister Wang Yi in New York a week after the government of President Taneti Maamau cut its ties with Taiwan.",
            "In the communique, Kiribati recognised the government in Beijing as the sole legal government of China, and Beijing said it would support the country's development plans, from fisheries to the upgrading of the airfield on Kiritimati. Chinese diplomats are expected in Bairiki before the end of the year.",
            "Taiwan closed its embassy on Monday and began to withdraw its doctors and farming experts. Taipei's foreign minister, Joseph Wu, accused Beijing of luring the government with promises of aircraft and ferries, a charge that officials here have denied.",
            "Kiribati first established relations with Beijing in 1980 and switched to Taipei in 2003, after which China closed its embassy and took down the satellite tracking station it had run near Betio. Nauru restored relations with Taiwan in 2005 after three years of ties with China. Tuvalu's prime minister said this week that his government had no plans to establish relations with Beijing.",
            "Australia and the United States, which have both stepped up their aid to the Pacific islands, said they were disappointed by the decision.",
            'On South Tarawa the switch was the talk of the maneaba meeting halls. Students on Taiwanese scholarships were told they could finish their courses, but some parents worried about the fees for next year. "Taiwan built our hospital ward and our school dormitories. Now we are told China will build more. We will see," said a fisherman on the Betio causeway, who sells his catch at the market in Bairiki.',
            "Opposition MPs said the decision should have been debated in parliament before it was taken, and that the government had not told the country what it had been promised. The government said the switch would bring investment and jobs to the outer islands.",
            "The Public Utilities Board said it would repair the water main at Bikenibeu by Wednesday. King tides are expected next week, and the Ministry of Environment has asked households near the seawall at Eita to move belongings to higher ground.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Kiribati", "Taneti Maamau"),
                ("China", "Wang Yi"),
            ),
            # ties of 1980; Nauru back with Taipei in 2005; Tuvalu has no plans
            Gold("relations.restored", "historical", ("Kiribati",), ("China",), core=False),
            Gold("relations.restored", "historical", ("Nauru",), ("Taiwan",), core=False),
            Gold("relations.restored", "negated", ("Tuvalu",), ("China",), core=False),
        ),
        not_participants=("Australia", US),
    ),
    Article(
        "n09-maracaibo-english-site-militia-made-part-of-the-armed-forces",
        date(2020, 1, 31),
        _p(
            "Militia made part of the armed forces; Zulia members say they still wait for their pay",
            "ZULIA ENGLISH NEWS | Maracaibo, Friday, January 31, 2020",
            "Venezuela's Bolivarian Militia was integrated into the National Bolivarian Armed Forces on Thursday as a fifth component, beside the army, the navy, the air force and the National Guard, after the pro-government National Constituent Assembly approved a reform of the law on the armed forces that President Nicolás Maduro had asked for.",
            "Maduro says the militia has more than three million members. Under the reform its commander will answer directly to the president, and its members will be able to carry weapons on duty in their own neighbourhoods.",
            "The opposition-controlled National Assembly, whose leader Juan Guaido is recognised as interim president by more than fifty countries, said the reform was illegal. The law does not bring the colectivos, the armed motorcycle groups that support the government, into the armed forces, though opposition deputies say many of their members have joined the militia.",
            "Russian military specialists arrived in Caracas in March last year on two air force planes, and Moscow has said they are there to service equipment it sold to Venezuela. Talks between the government and the opposition, mediated by Norway in Barbados, broke down in September.",
            'In Maracaibo, where power cuts still leave whole neighbourhoods in the dark for hours and petrol queues stretch for blocks, militia members in green uniforms have become a familiar sight directing traffic at filling stations. A retired teacher who joined the militia in 2017 said she receives a bonus of a few thousand bolivars a month, worth less than two dollars. "We are told we are now soldiers. Soldiers get paid," she said.',
            "Hundreds of thousands of people from Zulia have left for Colombia since 2015, many of them crossing the border at Paraguachón on foot. Shop owners on the Avenida Bella Vista say they now set their prices in dollars or in Colombian pesos.",
            "The state government said it had asked the national electricity company for generators for the university hospital. Engineers are still repairing a transmission line damaged in a fire in December.",
            "The General Rafael Urdaneta Bridge over the lake will be closed to heavy lorries at night next week for repairs to its joints, and the Basilica of Chiquinquirá will hold a mass on Sunday for the fishermen lost in a storm this month.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Venezuela", "Nicolás Maduro"),
                ("Bolivarian Militia", "National Bolivarian Armed Forces"),
            ),
            # the colectivos left out; the Russian specialists of 2019; the Barbados talks
            Gold("forces.integrated", "negated", ("Venezuela",), core=False),
            Gold("military.presence", "historical", ("Russia",), ("Venezuela",), core=False),
            Gold("agreement.signed", "stalled", ("Nicolás Maduro", "Juan Guaidó"), core=False),
        ),
        not_participants=("Norway", "Barbados", "Colombia"),
    ),
    Article(
        "n10-durban-surfing-page-club-sanctioned-junior-ban-lifted",
        date(2023, 7, 6),
        _p(
            "Ballito club sanctioned; junior's ban lifted before the Pro",
            "SURF | Durban, Thursday, July 6, 2023",
            "The provincial federation's disciplinary committee imposed sanctions on a Ballito club for entering an unregistered surfer in a junior final at New Pier, stripping it of its points and fining it 5,000 rand. It also lifted the ban it imposed in April on an Umhlanga junior, who will be allowed to surf in the trials for the Ballito Pro next week.",
            "The junior had been suspended for eight weeks after a fight with another surfer in the car park at North Beach. He wrote a letter of apology and did community service with the lifeguards.",
            "The Durban club signed an agreement with a local bank that will sponsor its development squad for three seasons, and joined a national programme that pays for surf lessons for children from the townships. Its clubhouse at the Bay of Plenty, damaged in last year's floods, has been restored, and the club extended the contract of its head coach until the end of 2025.",
            "Two clubs on the South Coast merged because neither could field a full team any more, and the federation said it would integrate adaptive surfing into all its provincial events next season. Extra lifeguards will be deployed on the beaches between Umhlanga and Ballito for the contest, and the shark nets that were lifted for the sardine run were restored on Monday.",
            "Longboarders threatened to boycott the provincial championships over the cost of entry, but the organisers cut the fee by half on Tuesday. A Brazilian surfer joined the contest's specialty event at the last minute, and the federation suspended the membership of a club in the Eastern Cape that has not paid its fees since 2021.",
            "Forecasters expect a solid southerly groundswell for the opening days of the contest and light offshore winds in the mornings, which should give the juniors good waves at Willard Beach. The local favourite in the men's event is a 19-year-old from Westbrook who finished second last year.",
            "Parking at the beach will be limited, and the municipality has asked spectators to use the shuttle buses from the Ballito Junction mall. Entry to the beach is free, and food trucks will be on the promenade every day.",
            "The contest's closing concert on the final Saturday has sold out, the organisers said.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-stone-town-local-weekly-ferry-restored-plastic-ban-extended",
        date(2018, 5, 17),
        _p(
            "Ferry service restored; council extends plastic bag ban; Forodhani stalls back",
            "ZANZIBAR LOCAL | Stone Town, Thursday, 17 May 2018",
            "The fast ferry service to Dar es Salaam was restored on Tuesday after the operator replaced an engine on its largest vessel, which broke down in the channel last week with three hundred passengers on board. The municipal council lifted the ban it imposed in March on food stalls in the Forodhani Gardens, where work on the new drains is now finished, and the night market will reopen on Friday.",
            "The council extended its ban on plastic bags to the stalls of Darajani market, and imposed a ban on motorcycles in the narrow lanes of the old town during the day. It signed an agreement with an Omani foundation that will pay for the restoration of the balconies of the House of Wonders, and joined a national programme that pays for street lights powered by the sun.",
            "The water authority suspended the licences of two private tankers that sold untreated water in Mwanakwerekwe, and police were deployed at the port terminal to stop touts from harassing tourists. Two associations of fishermen at Malindi merged, and daladala drivers threatened to stop work if the council does not repair the road to Bububu before the long rains end.",
            "The ferry companies will integrate their booking systems into one website by the end of the year, and the Anglican cathedral at Mkunazini has restored its organ with money from a parish in England.",
            "Hotels said bookings for the coming season were up on last year, helped by new charter flights from Italy and Poland, though Ramadan and the long rains have left the old town quiet this month. Tour guides at the Darajani bus stand said the number of cruise passengers was the highest they could remember.",
            "Spice farmers in the north of Unguja complained that clove prices at the state buyer had not kept up with the cost of labour, and some said they had stopped picking their trees. The state buyer said it would announce next season's price in July.",
            "The Sauti za Busara music festival said it would hold next February's event at the Old Fort as usual. Volunteers will clean the beach at Mizingani on Saturday morning, and the council has asked residents not to burn rubbish in the streets.",
            "Residents of Shangani have complained that water from the main still comes only at night. The council said the pipes under Kenyatta Road would be replaced in June.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-surabaya-business-page-regulator-sanctions-insurers-power-restored",
        date(2025, 6, 12),
        _p(
            "Regulator sanctions two insurers; terminal deal signed; power restored at Rungkut",
            "BUSINESS | Surabaya, Thursday, June 12, 2025",
            "The Financial Services Authority imposed sanctions on two East Java insurers for late payment of claims, barring them from selling new policies until they raise their capital, and lifted the suspension it imposed in February on a peer-to-peer lender that has since repaid its investors.",
            "The port operator Pelindo signed an agreement with a Singapore logistics company to run a new container yard at Teluk Lamong, and a Surabaya shipyard joined a consortium with a Korean builder that is bidding to build ferries for the transport ministry. The trade ministry extended by a month the deadline for furniture exporters to register their timber under the new tracing rules.",
            "Power was restored to the Rungkut industrial estate on Monday after a fault at a substation cut supplies to more than three hundred factories for most of the weekend, and the state utility said technicians had been deployed to check transformers across the city. It will integrate its two customer apps into one by the end of the year. Truck drivers threatened to block the toll road to Gresik over new limits on the weight of their loads, and the customs office suspended the licence of a forwarding agent for false declarations.",
            "Two cigarette makers in Kediri merged to cut costs as the excise on their products rose again this year, and a ride-hailing company said it had restored its payment service after an outage on Sunday.",
            "Sugar mills in East Java began crushing the new cane this month, and growers said yields were better than last year after a wetter dry season. Millers said they expected to produce about 1.3 million tonnes in the province, close to half of the national output.",
            "The Jakarta Composite Index rose 0.8 percent this week, led by bank and consumer shares, and the rupiah was steady against the dollar. Surabaya's retail landlords said occupancy at the city's malls had returned to the level of 2019, helped by new food courts and cinema chains.",
            "The city government said the Suramadu bridge would close one lane in each direction at night for two weeks from Monday for resurfacing, and the Tunjungan street market will move to the old town on Saturday evenings during the holidays.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


_DAY = date(2025, 11, 11)


_xfail = strict_xfail


_ACCORD = "Djibouti and Japan signed a defence agreement on Monday. "
_DENIAL = " Tokyo said it had no plans to send combat troops to Yemen."


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _ACCORD + "Japanese troops will be stationed in Obock under the agreement." + _DENIAL,
            id="stationed-in-an-unknown-town-beside-a-denial-elsewhere",
        ),
        pytest.param(
            _ACCORD
            + "Japanese troops will be stationed in Djibouti under the agreement."
            + _DENIAL,
            id="stationed-in-the-host-state-beside-a-denial-elsewhere",
        ),
        pytest.param(
            _ACCORD + "Japanese troops will be stationed in Obock under the agreement.",
            id="stationed-in-an-unknown-town-alone",
        ),
    ],
)
def test_troops_stationed_in_a_town_stay_a_presence(text: str) -> None:
    assert "Japan" in alert_parties(text, "military.presence", _DAY), event_rows(text, _DAY)


_REMAIN = (
    "'will remain stationed' is read as occurred (rasd/events/status.py): troops kept on under a "
    "new accord are a plan ahead, as 'will be stationed' is"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Japanese troops will remain stationed in Djibouti under the agreement.",
            id="will-remain-stationed",
            marks=_xfail(_REMAIN),
        ),
        pytest.param(
            "Japanese troops will be stationed in Djibouti under the agreement.",
            id="will-be-stationed",
        ),
    ],
)
def test_troops_to_stay_are_a_planned_presence(text: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "military.presence"]
    assert rows and all(r[1] == "planned" for r in rows), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bolivia's Patriotic Militia was integrated into the Plurinational Armed Forces on "
            "Monday.",
            id="named-force-into-an-army-by-its-unknown-name",
        ),
        pytest.param(
            "Bolivia's Patriotic Militia was integrated into the armed forces on Monday.",
            id="named-force-into-the-armed-forces",
        ),
        pytest.param(
            "Bolivia's Patriotic Militia was integrated into the Plurinational Bolivian Armed "
            "Forces on Monday.",
            id="named-force-into-an-army-named-with-its-demonym",
        ),
        pytest.param(
            "Bolivia's militia was integrated into the Plurinational Armed Forces on Monday.",
            id="common-force-noun-after-the-possessive",
        ),
    ],
)
def test_a_militia_integrated_into_the_armed_forces_is_read(text: str) -> None:
    assert "Bolivia" in alert_parties(text, "forces.integrated", _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "ECOWAS lifted the closure of borders and the economic sanctions on Burkina Faso.",
            "Burkina Faso",
            id="closure-of-borders-before-the-sanctions",
        ),
        pytest.param(
            "ECOWAS lifted the border closures and economic sanctions on Burkina Faso.",
            "Burkina Faso",
            id="border-closures-before-the-sanctions",
        ),
        pytest.param(
            "ECOWAS lifted the economic sanctions and the closure of borders on Burkina Faso.",
            "Burkina Faso",
            id="sanctions-before-the-closure-of-borders",
        ),
        pytest.param(
            "The African Union lifted the flight ban and the financial sanctions on Gabon.",
            "Gabon",
            id="a-ban-before-the-sanctions",
        ),
    ],
)
def test_sanctions_lifted_after_another_measure_are_read(text: str, target: str) -> None:
    assert target in alert_parties(text, "sanctions.lifted", _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The European Union on Monday extended its sanctions on three Guinean officers whom it "
            "blames for the crackdown of 2009.",
            id="whom-it-blames-for-a-dated-crackdown",
        ),
        pytest.param(
            "The European Union on Monday extended its sanctions on three Guinean officers who led "
            "the crackdown of 2009.",
            id="who-led-a-dated-crackdown",
        ),
        pytest.param(
            "The European Union on Monday extended its sanctions on three Guinean officers.",
            id="no-clause",
        ),
    ],
)
def test_a_renewal_of_the_day_is_news_whatever_its_targets_did(text: str) -> None:
    assert alert_kinds(text, _DAY) == {"sanctions.extended"}, event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "The museum signed an agreement with a Dutch foundation that will pay for the new roof.",
            set(),
            id="agreement-with-a-foreign-foundation",
        ),
        pytest.param(
            "The museum signed an agreement with a Dutch charity that will pay for the new roof.",
            set(),
            id="agreement-with-a-foreign-charity",
        ),
        pytest.param(
            "The museum signed an agreement with a Dutch company that will pay for the new roof.",
            set(),
            id="agreement-with-a-foreign-company",
        ),
        pytest.param(
            "Tanzania signed a cultural cooperation agreement with the Netherlands on Monday.",
            {"agreement.signed"},
            id="agreement-with-the-state",
        ),
    ],
)
def test_an_agreement_with_a_foreign_body_is_no_accord_of_states(
    text: str, kinds: set[str]
) -> None:
    assert alert_kinds(text, _DAY) == kinds, event_rows(text, _DAY)


# Found after the round: a state that "won", "secured" or "was granted" an exemption is the
# one exempted; who exempts is the authority of the sanctions named with it.
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Hungary won an exemption from EU sanctions on Russian oil.",
            ["European Union"],
            id="won-an-exemption-from-the-sanctions-of-an-adjective",
        ),
        pytest.param(
            "Hungary secured a one-year waiver from US sanctions.",
            ["United States"],
            id="secured-a-waiver",
        ),
        pytest.param(
            "Hungary was granted an exemption from US sanctions on Russian oil.",
            ["United States"],
            id="was-granted-an-exemption",
        ),
        pytest.param(
            "Britain granted a humanitarian exemption to its sanctions on Syria.",
            ["United Kingdom"],
            id="granted-an-exemption-actively",
        ),
    ],
)
def test_who_obtains_an_exemption_does_not_grant_it(text: str, actor: list[str]) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "sanctions.suspended"]
    assert rows and rows[0][2] == actor, event_rows(text, _DAY)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout54_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-54 English events"))
