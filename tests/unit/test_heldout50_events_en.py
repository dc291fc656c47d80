"""Fiftieth English held-out event set: twelve full-length articles (300-600 words) written for this
test in the plain forms most news comes in, on topics and regions the earlier forty-nine sets lack,
all of the era of the articles the analyzer is judged on (2016-2026): a Nis English portal on the US
Treasury sanctioning Aleksandar Vulin, the head of Serbia's intelligence agency (2023), a Da Nang
weekly on Barack Obama lifting the American ban on arms sales to Vietnam (2016), a Kuwait City daily
on Washington extending the nuclear waivers for Bushehr, Arak and the Tehran Research Reactor while
letting two others lapse (2019), a Cap-Haitien news site on the Security Council renewing the Haiti
sanctions for a year (2024), a Vienna business site on the Treasury warning Raiffeisen Bank
International of sanctions over the Strabag deal (2024), a Kaunas English site on Lithuania becoming
the OECD's 36th member (2018), a Victoria (Seychelles) weekly on India and Seychelles signing the
revised Assumption Island agreement under which Indian Navy personnel will be stationed on the
island (2018), a Tangier weekly on Morocco and Spain restoring full relations with the ambassador's
return and a road map to be signed in Rabat (2022), a Sulaymaniyah English site on Iraq's parliament
bringing the Popular Mobilization Forces into the armed forces (2016), and near misses (a Kamloops
curling page where the provincial association "lifted the suspension it imposed" on a skip and
"imposed sanctions on a club", a club "signed an agreement" with a sponsor, "joined a provincial
scheme", sheets were "restored", a deadline "extended", clubs "merged", wheelchair curling is to be
"integrated", volunteers "deployed" and ice technicians "threatened" to stop work (2025); a Bariloche
local weekly where a road is "restored", an agency "lifted the restrictions it imposed" on lorries,
the national park "extended its ban on fishing" and "suspended the permits" of two boats, rangers
were "deployed", the council "signed an agreement" with a bus company, "joined a national programme"
and "imposed a ban on campfires", fire brigades will "integrate" their radios and neighbours
"threatened" a blockade (2024); a Cebu business page where the securities regulator "imposed
sanctions on an online lending company", "suspended" its certificate and "lifted the suspension it
imposed" on another, the port authority "signed an agreement with a Japanese engineering firm" and
"extended the deadline", a shipping line "joined a consortium", power was "restored", linemen
"deployed", grids to be "integrated", a ferry company "suspended" trips, drivers "threatened" to
strike and hotels "merged" loyalty programmes (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joining an international organisation; a defence agreement
signed and a cooperation road map to be signed; relations restored; militias brought into the armed
forces; Indian Navy personnel to be stationed on a Seychelles island), nine occurred and two
planned, beside historical, negated and stalled events.

Decisions of the annotation: the United States that "imposed sanctions on Aleksandar Vulin" imposes
(core, with the Treasury; Vulin is unknown to the knowledge base, so the event is found through its
actor only), "In January 2022 it imposed sanctions on Milorad Dodik" is a historical imposition (the
Treasury, by "it", as actor), and "Serbia ... has not imposed sanctions on Russia since the invasion
of Ukraine" a negated imposition of Serbia on Russia; Slobodan Tesic's designation "in 2017" is told
in a relative clause and left out; Vucic's defence of Vulin and Vulin's visits to Moscow are no
events. Barack Obama who "lifted the decades-old American ban on sales of lethal weapons to Vietnam"
lifts (core, with the United States; an arms embargo is a sanction), "The United States partly eased
the embargo in 2014" is left out (an easing, no type of its own), "President Bill Clinton lifted the
trade embargo on Vietnam in 1994" a historical lifting, "the two countries restored diplomatic
relations the following year" a historical restoration, and "the decision did not mean that American
warships would be based at Cam Ranh Bay" a negated presence of the United States in Vietnam; China,
named for its conduct in the South China Sea, and Japan, where Obama flies next, are no parties. The
United States that "extended for 90 days the waivers that allow ... companies to keep working at
Iran's Bushehr nuclear power plant ... without facing American sanctions" suspends (core: the
extension of a suspension, with the State Department and Mike Pompeo; Iran as target), "Washington
did not renew two other waivers" a negated suspension, "Washington reimposed sanctions on Iran's oil
sales and banks in November" a historical imposition (the oil exemptions ended "last month" are
left with it), and "the nuclear deal that Iran and six world powers reached in 2015" a historical
accord; Oman, where the heavy water went, and Kuwait, the paper's state, which "called for
restraint", are no parties. The Security Council that "renewed for another year the sanctions on gang
leaders and their backers in Haiti" extends (core; Haiti as target), "The council first imposed the
measures in October 2022, when it named Jimmy Cherizier" is a historical imposition, "Council members
did not agree to impose sanctions on any member of the Transitional Presidential Council" a negated
imposition, and the Kenyan police "who arrived in June under the Multinational Security Support
mission" a historical presence of Kenya in Haiti (a mission's police arriving months ago is the
background of the renewal); Ecuador, the resolution's co-author, and the Dominican Republic, named for
its deportations, are no parties. The US Treasury that "has warned Raiffeisen Bank International
that it could face sanctions" threatens (core; the bank is unknown to the knowledge base, so the
event is found through its actor only), "Washington imposed sanctions on Deripaska in April 2018" is a
historical imposition, and "Rasperia Trading, has not been sanctioned by the European Union" a
negated imposition of the EU; Russia, where the bank does business, is no party of the threat.
Lithuania that "became the 36th member of the Organisation for Economic Co-operation and
Development" joins (core), "Latvia joined in 2016 and Estonia in 2010" is a historical joining, "Lithuania
joined the European Union and NATO in 2004" another, "Lithuania signed the accession agreement on May
30" a historical accord (a signing five weeks old, told as a step of the process; an accession
agreement is no cooperation accord of the design, so the event is not core either way), and
"Croatia, Bulgaria and Romania, which have applied, have not become members" a negated joining;
France, where the instrument was deposited, is no party. India and Seychelles that "signed a revised
agreement under which India will build an airstrip, a jetty and accommodation on Assumption Island"
sign (core, with S. Jaishankar; Barry Faure is unknown), "Indian Navy personnel will be stationed on
the island" is a planned presence of India in Seychelles (core), "An earlier version ... stalled in
the National Assembly, which never ratified it" a stalled accord, "India would have no military base
there" a negated presence, and "China opened its first overseas military base in Djibouti last year"
a historical presence; Mozambique (its channel), Sri Lanka and the Maldives (named as borrowers) are
no parties. Morocco and Spain that "have restored full diplomatic relations" restore (core), "the two
governments will sign a road map for cooperation on migration, trade, energy and the reopening of the
land borders" is a planned accord (core: a cooperation declaration, with Pedro Sanchez, who travels to
Rabat), "The two countries signed a treaty of friendship and good-neighbourliness in 1991" a
historical accord, and "talks on the delimitation of their waters off the Canary Islands have stalled"
a stalled accord; Rabat's recall of its ambassador in 2021 and Algeria's recall "on Saturday" are no
events of the design's types; Algeria and the Polisario Front are no parties. Iraq whose parliament
"passed a law that brings the Popular Mobilization Forces ... into the country's armed forces"
integrates (core; Haider al-Abadi, named as commander-in-chief, is not required), "A draft law on a
national guard that would have brought Sunni tribal fighters into provincial forces has stalled" a
stalled integration, and "The law does not bring the Peshmerga ... under Baghdad's command" a negated
integration; the forces' creation in 2014 is no event; Iran, to which the groups are close, and
Turkey, promised that the Hashd will not enter Mosul, are no parties. Outside the monitor's remit (no
event): a curling association's suspension lifted and its sanctions on a club, a sponsorship
agreement, a club joining a scheme, sheets restored, a deadline extended, clubs merged, wheelchair
curling integrated, volunteers deployed, technicians threatening to stop work; a road restored,
lorry restrictions lifted, a fishing ban extended, boat permits suspended, rangers deployed, a bus
agreement, a council joining a programme and banning campfires, radios integrated, neighbours
threatening a blockade; a regulator's sanctions on a lending app, a suspension lifted, a port's
study agreement, a shipping line joining a consortium, a deadline extended, power restored, linemen
deployed, grids integrated, ferry trips suspended, drivers threatening a strike, loyalty programmes
merged.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout50_events_en``.
Measured before any fix (2026-12-03, on commit fb64bfc): P 0.778, R 0.545, F1 0.641 (recall 6/11,
7 of 9 alerts right; recall by status: occurred 6/9, planned 0/2; one false alarm and one
unexpected alert, in a near miss; no venue or state named for its own news given as a party). No
annotation was changed after the run; the count of occurred core events in the second paragraph was
corrected from eight to nine (the annotations themselves were not touched).
Missed: Bushehr: "The United States on Friday extended for 90 days the waivers that allow Russian,
Chinese and European companies to keep working at Iran's Bushehr nuclear power plant ... without
facing American sanctions" gives nothing: waivers with no "sanctions" beside them (the sanctions named
at the end of the clause) are no suspension form of ``rasd/events/lexicons/en.triggers.yaml``
("extended for 90 days the sanctions waivers for ..." is read). The OECD: "Lithuania on Thursday
became the 36th member of the Organisation for Economic Co-operation and Development, the Paris-based
club ..., completing an accession process that began in 2015" is historical: the year of the
process's start, in a relative clause after the act, dates the joining (``rasd/events/status.py``;
"Lithuania, which applied in 2015, on Thursday joined the OECD" is news), and the historical event is
then merged with "joined the European Union and NATO in 2004". Assumption Island: "Indian Navy
personnel will be stationed on the island" gives nothing: personnel or sailors are no troops of the
presence forms (``en.triggers.yaml``; "Indian troops will be stationed ..." is read). The road map:
"Sanchez will travel to Rabat in the first days of April to meet the king, and the two governments
will sign a road map ..." is a historical accord: a month after the publication's month with no year
is this year's only when a future word stands within eight words before it (``_month_age`` in
``rasd/events/status.py``), so April, nine words after "will", is last April ("in April to meet the
king" and "will sign a road map in the first days of April" are plans). The Hashd law: "passed a law
that brings the Popular Mobilization Forces ... into the country's armed forces" gives nothing:
"bring ... into" and "make ... part of the armed forces" are no integration forms
(``en.triggers.yaml``; "merged" and "integrated ... into the armed forces" are read).
False alarm: on the Kaunas page, "Lithuania signed the accession agreement on May 30, after the
OECD's 21 committees gave their approval, and the Seimas ratified it in June" is an occurred signing:
the latest month named in the clause, June (the ratification's, last month), dates the signing
(``_month_age``, ``rasd/events/status.py``; "signed the accession agreement on May 30." alone is
historical).
Unexpected: on the Cebu business page, "The Securities and Exchange Commission imposed sanctions on
an online lending company" is an American imposition: the bare alias "Securities and Exchange
Commission" of the U.S. SEC (``rasd/kb/data/organisations_more.yaml``) is linked whatever the page's
country ("The Philippine Securities and Exchange Commission" gives the Philippines and the U.S. SEC),
and a regulator's sanctions on a company are then a state's ("The central bank imposed sanctions on a
lending company" is quiet).
Also seen, not scored: the Vulin imposition has the title fragment "director of Serbia" as its target
and no Treasury (Vulin is unknown); Dodik's designation is historical and "Serbia ... has not imposed
sanctions on Russia" negated. The Vietnam lifting is read from the headline's "ends" with no target
and no Obama (the lead, "lifted the decades-old American ban on sales of lethal weapons to Vietnam",
gives nothing on its own); Clinton's lifting of 1994 is historical, the
restored relations historical with Vietnam alone, and the negated base at Cam Ranh Bay has no host.
The Bushehr article's negated waivers and the 2015 deal give nothing; the oil sanctions of November
are historical. The Haiti renewal is read twice (the headline with "United Nations" and Haiti, the
lead with the Council and no target); the council's sanctions not agreed on the presidential council
are negated, the 2022 regime and the Kenyan police arrived in June give nothing. The Raiffeisen threat
has no target (the bank is unknown); Deripaska's sanctions of 2018 are historical and the EU's
"has not been sanctioned" negated with no target. Estonia's joining is historical with no target and
the three applicants' negated joining has none either. The Seychelles signing has no Jaishankar; the
stalled text of 2015, "India would have no military base there" and China's base in Djibouti
(historical) are quiet. The Morocco-Spain headline "ambassador back in Madrid" is a historical
restoration of Morocco; the 1991 treaty's signing is taken in with the plan, and the stalled
maritime talks give nothing. The Hashd article's stalled national guard and negated Peshmerga give
nothing. Vulin, Slobodan Tesic, Tran Dai Quang, Raiffeisen Bank International, Strabag, Rasperia
Trading, Angel Gurria, Linas Linkevicius, Saulius Skvernelis, Danny Faure, Barry Faure, Wavel
Ramkalawan, Karima Benyaich, Brahim Ghali, Cam Ranh Bay and Assumption Island are not in the knowledge
base.
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000 R 0.909 F1 0.952 (recall 10/11, precision
11/11). Fixed as general causes (rasd/events/extractor.py, status.py, the English lexicons): waivers
extended or renewed in a story about sanctions are a suspension ("fee waivers" elsewhere are not);
the year of a relative clause after the act ("ending talks that began in 2015") dates its noun;
navy, army and defence personnel, sailors and airmen are forces; a future verb further back in the
clause makes a month ahead this year's; a force "brought into" or "made part of" the armed forces
with its name between is integrated (and a state's parliament or ministry that does so acts for its
state); a month of a clause joined by ", and" after the act dates that clause; a market regulator's
sanctions on the firms it licenses are discipline. Beside them: a company that says "it had signed"
lends "it" no state from the sentence before, and "a trading house" is a company. Left: the Hashd
law's "since 2014" in the force's description, and its parliament as the law's actor (n09).
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from tests.unit.heldout_support_en import (
    Article,
    Gold,
    alert_kinds,
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
EU = "European Union"
UNSC = "United Nations Security Council"
STATE = "United States Department of State"
TREASURY = "United States Department of the Treasury"
PMF = "Popular Mobilization Forces"

ARTICLES: list[Article] = [
    Article(
        "n01-nis-english-portal-us-treasury-sanctions-aleksandar-vulin",
        date(2023, 7, 12),
        _p(
            "US Treasury sanctions Serbian spy chief Vulin over arms, drugs and Moscow ties",
            "SOUTH SERBIA NEWS | Nis, Wednesday, July 12, 2023",
            "The United States on Tuesday imposed sanctions on Aleksandar Vulin, the director of Serbia's Security Information Agency, accusing him of helping an arms dealer move weapons through the Balkans, of links to a drug-trafficking ring and of using his office to serve Russia's interests in the region.",
            "The Treasury said in a statement that Vulin, 51, had used his public positions to support Russia's malign activities and to facilitate Moscow's influence in Serbia, and that he was involved in the illegal trade in arms with Slobodan Tesic, a Serbian arms dealer whom Washington designated in 2017. Any property Vulin holds in the United States is frozen, and Americans are barred from dealing with him.",
            'Vulin, who has been defence minister, interior minister and minister for labour in governments led by the Serbian Progressive Party, rejected the accusations in a message sent to the state news agency Tanjug. "I am not the first and I will not be the last Serb sanctioned for refusing to betray Russia," he said. He added that he would not resign.',
            'President Aleksandar Vucic, who appointed Vulin to the agency in December, said he would meet him on Wednesday and that Serbia would defend its officials. "Nobody will tell us who can serve our country," Vucic told reporters in Belgrade, though he said he respected the United States and wanted good relations with Washington.',
            "It is the second time in two years that the Treasury has targeted a leading Balkan politician close to Moscow. In January 2022 it imposed sanctions on Milorad Dodik, the Serb member of Bosnia's presidency at the time, for corruption and for undermining the Dayton peace agreement.",
            "Serbia, which has applied to join the European Union, has not imposed sanctions on Russia since the invasion of Ukraine, and it remains one of the few countries in Europe where Russian state media broadcast freely. Vulin visited Moscow twice last year and met Nikolai Patrushev, the secretary of Russia's Security Council.",
            "In Nis, where Vulin's Movement of Socialists has a small but loyal following, the news was met with a shrug. \"He will say he is a martyr and nothing will change,\" said a student at the university's law faculty. An opposition councillor said the government should have dismissed Vulin long ago, and called on the Security Information Agency to publish the results of its internal review of the arms deals.",
            "The US embassy in Belgrade said the decision was not directed at the people of Serbia.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY), ("Aleksandar Vulin",)),
            # Dodik in January 2022; Serbia's own measures on Russia never imposed
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "negated", ("Serbia",), ("Russia",), core=False),
        ),
    ),
    Article(
        "n02-da-nang-weekly-obama-lifts-arms-embargo-on-vietnam",
        date(2016, 5, 24),
        _p(
            "Obama ends arms embargo; Da Nang remembers the Marines",
            "DA NANG WEEKLY | Da Nang, Tuesday, May 24, 2016",
            "President Barack Obama on Monday lifted the decades-old American ban on sales of lethal weapons to Vietnam, removing the last major obstacle between two countries that fought a long war and now share a concern about China's behaviour in the South China Sea.",
            'Obama announced the decision at a joint press conference in Hanoi with President Tran Dai Quang on the first day of a three-day visit, his first to the country. He said the change was not aimed at China and that arms sales would still be judged case by case, including on Vietnam\'s record on human rights. "The decision to lift the ban was not based on China or any other considerations," he said. "It was based on our desire to complete what has been a lengthy process of moving towards normalisation with Vietnam."',
            "The United States partly eased the embargo in 2014 to allow the sale of patrol boats and other maritime equipment. President Bill Clinton lifted the trade embargo on Vietnam in 1994, and the two countries restored diplomatic relations the following year. Trade between them reached about 45 billion dollars last year.",
            "Obama said the decision did not mean that American warships would be based at Cam Ranh Bay, the deep-water harbour south of here that the US Navy used during the war and that Vietnam reopened to foreign navies this year. Vietnamese officials have said repeatedly that the country will not allow foreign military bases on its soil.",
            "Human rights groups criticised the move. They said Washington had given away its main lever over a one-party state that jails bloggers and activists, and several dissidents who had been invited to meet Obama on Tuesday said they had been stopped by police from leaving their homes.",
            'In Da Nang, where the first American combat troops came ashore in March 1965, the announcement was followed closely. At the coffee shops along Bach Dang Street, older men who fought on both sides of the war said they were glad the president had come. "My father was killed near here," said a retired teacher of 67. "But my grandson studies in California. It is time."',
            "The city's tourism department said American arrivals rose by a fifth last year, and the first direct charter flights from the United States are planned for the autumn. Obama travels to Ho Chi Minh City on Tuesday before flying to Japan for the summit of the Group of Seven.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "Barack Obama"), ("Vietnam",)),
            # the 1994 trade embargo lifted; relations restored in 1995; no US base at Cam Ranh Bay
            Gold("sanctions.lifted", "historical", (US, "Bill Clinton"), ("Vietnam",), core=False),
            Gold("relations.restored", "historical", (US, "Vietnam"), core=False),
            Gold("military.presence", "negated", (US,), ("Vietnam",), core=False),
        ),
        not_participants=("China", "Japan"),
    ),
    Article(
        "n03-kuwait-city-daily-us-extends-bushehr-waivers-ends-two-others",
        date(2019, 5, 5),
        _p(
            "Washington keeps Bushehr waiver, ends heavy water and uranium swaps",
            "THE GULF OBSERVER | Kuwait City, Sunday, May 5, 2019",
            "The United States on Friday extended for 90 days the waivers that allow Russian, Chinese and European companies to keep working at Iran's Bushehr nuclear power plant, the Arak heavy water reactor and the Tehran Research Reactor without facing American sanctions.",
            "But Washington did not renew two other waivers, one that let Iran store its excess heavy water abroad, mostly in Oman, and another that allowed it to swap enriched uranium for natural uranium with Russia. From now on any company or country that helps Iran with either will be exposed to sanctions, the State Department said.",
            "Secretary of State Mike Pompeo said the decision was meant to stop Iran from keeping the stock of materials it needs for a bomb while allowing work that makes its programme safer and easier to monitor. Iranian officials said the decision violated the nuclear deal that Iran and six world powers reached in 2015, from which President Donald Trump withdrew the United States a year ago.",
            "Washington reimposed sanctions on Iran's oil sales and banks in November, and last month it ended the exemptions that had allowed China, India, Japan, South Korea and Turkey to keep buying Iranian crude. Iran's exports have since fallen to less than a million barrels a day, according to tanker tracking companies.",
            "For Kuwait, the decision on Bushehr matters more than most. The plant, built by Russia's Rosatom on the Gulf coast, is closer to Kuwait City than to Tehran, and officials here have long asked for regional arrangements for an accident or a leak. The foreign ministry said on Saturday that Kuwait supported the International Atomic Energy Agency's inspections and called for restraint by all sides.",
            "Diplomats in Vienna said the end of the swap waivers would make it harder for Iran to stay within the limits of the 2015 deal, because it will have nowhere to send its extra heavy water and enriched uranium. The agency's last report, in February, said Iran was keeping to those limits.",
            '"The Americans are squeezing, and the Iranians are looking for a way to answer without leaving the deal," said a professor of political science at Kuwait University. "Every Gulf capital hopes that answer does not come in the water."',
            "Oil prices rose on Friday, with Brent crude closing above 70 dollars a barrel.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, STATE, "Mike Pompeo"), ("Iran",)),
            # two waivers not renewed; oil and bank sanctions of November; oil exemptions ended last month
            Gold("sanctions.suspended", "negated", (US,), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
            Gold("agreement.signed", "historical", ("Iran",), core=False),
        ),
        not_participants=("Oman", "Kuwait"),
    ),
    Article(
        "n04-cap-haitien-news-site-security-council-renews-haiti-sanctions",
        date(2024, 10, 22),
        _p(
            "UN renews sanctions on Haiti's gang leaders for another year",
            "NOUVELLES DU NORD (English) | Cap-Haitien, Tuesday, October 22, 2024",
            "The UN Security Council on Monday renewed for another year the sanctions on gang leaders and their backers in Haiti, including the asset freeze, the travel ban and the arms embargo, as gangs that control most of Port-au-Prince pushed into towns north of the capital.",
            "The resolution, drafted by the United States and Ecuador, was adopted unanimously. It also asks the panel of experts that monitors the measures to report on the flow of weapons from Florida, which UN officials say is the main source of the guns in the hands of the gangs.",
            "The council first imposed the measures in October 2022, when it named Jimmy Cherizier, the former police officer known as Barbecue who leads the G9 alliance, as the first person on its list. Several more gang leaders have been added since. Council members did not agree to impose sanctions on any member of the Transitional Presidential Council, three of whom are accused by an anti-corruption body of asking a bank director for a bribe, though two members of the council said they were ready to discuss it.",
            "The resolution comes two weeks after gang members killed at least 115 people in Pont-Sonde, in the Artibonite department. Kenyan police officers, who arrived in June under the Multinational Security Support mission, have retaken some ground in the capital but have neither the numbers nor the equipment to hold it, the mission's commanders have said. Fewer than 400 of the 2,500 officers promised have arrived.",
            'In Cap-Haitien, the country\'s second city, the roads south have been cut for months, and goods reach the city by boat or by the border with the Dominican Republic. Fuel prices on the black market have doubled since the summer. "The sanctions are fine, but the guns still come in by the container," said a customs broker at the port. "Nobody here has seen a gang leader stopped at an airport."',
            "The city's chamber of commerce said the airport, which has become the main gateway to the country since Port-au-Prince's airport closed to many airlines, handled more passengers in September than in any month on record.",
            "The Dominican Republic said this month it would deport up to 10,000 Haitians a week, and police at the Dajabon crossing said they had turned back several trucks of Haitian traders on Monday.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Haiti",)),
            # the regime of October 2022; no sanctions on the presidential council; Kenyans since June
            Gold(
                "sanctions.imposed", "historical", (UNSC,), ("Jimmy Chérizier", "Haiti"), core=False
            ),
            Gold("sanctions.imposed", "negated", (UNSC,), ("Haiti",), core=False),
            Gold("military.presence", "historical", ("Kenya",), ("Haiti",), core=False),
        ),
        not_participants=("Ecuador", "Dominican Republic"),
    ),
    Article(
        "n05-vienna-business-site-us-treasury-warns-raiffeisen-over-strabag-deal",
        date(2024, 5, 7),
        _p(
            "Washington warns Raiffeisen of sanctions over Strabag deal",
            "VIENNA BUSINESS REVIEW | Vienna, Tuesday, May 7, 2024",
            "The US Treasury has warned Raiffeisen Bank International that it could face sanctions, including restrictions on its access to the American financial system, if it goes ahead with a plan to buy a stake in the Austrian builder Strabag that once belonged to the Russian tycoon Oleg Deripaska, people familiar with the talks said on Monday.",
            "Under the plan, the bank's Russian subsidiary would buy the 24 percent stake from a Russian company for about 1.5 billion euros, and then pass the shares to the Vienna parent as a dividend. Critics say the deal would move money out of Russia that the bank cannot otherwise repatriate, and that Deripaska could benefit from it.",
            "A senior Treasury official who visited Vienna last week told the bank's managers and Austrian officials that the United States had serious concerns about the transaction, the people said. Raiffeisen said on Monday that it was reviewing the deal and would not complete it without legal certainty.",
            "Washington imposed sanctions on Deripaska in April 2018, in a package aimed at Russian tycoons close to the Kremlin, and he has been on the European Union's list since 2022. The company that holds the stake, Rasperia Trading, has not been sanctioned by the European Union, and Raiffeisen says it has checked that Deripaska no longer owns it.",
            "Raiffeisen, which is the largest western bank still operating in Russia, has promised for two years to reduce its business there, and the European Central Bank has told it to speed up its exit. Its Russian unit made 1.3 billion euros of profit last year, about half of the group's total. A sale of the unit has made little progress.",
            'The bank\'s shares fell 4.6 percent in Vienna on Monday, the biggest drop in the ATX index. Analysts at Erste Group said the warning would force the bank to drop the deal. "Access to dollars is the one thing a bank cannot risk," said one. "If Washington raises its voice, there is not much to discuss."',
            "Strabag, which employs about 86,000 people and builds roads, tunnels and railways across Europe, said it was not part of the transaction and had no comment. Austria's finance ministry said it expected the bank to act in line with all sanctions.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, TREASURY),
                ("Raiffeisen Bank International",),
            ),
            # Deripaska in 2018; Rasperia not sanctioned by the EU
            Gold("sanctions.imposed", "historical", (US,), ("Oleg Deripaska",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Rasperia Trading",), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "n06-kaunas-english-site-lithuania-becomes-oecd-member",
        date(2018, 7, 6),
        _p(
            "Lithuania is the OECD's 36th member",
            "KAUNAS TODAY | Kaunas, Friday, July 6, 2018",
            "Lithuania on Thursday became the 36th member of the Organisation for Economic Co-operation and Development, the Paris-based club of mostly wealthy democracies, completing an accession process that began in 2015.",
            'Foreign Minister Linas Linkevicius deposited the instrument of accession with the French government in Paris, and the Lithuanian flag was raised outside the organisation\'s headquarters at the Chateau de la Muette. "We are joining the group of countries that set the standards," he said. The OECD\'s secretary-general, Angel Gurria, said Lithuania had made "impressive progress" on the reform of its state-owned companies, pensions and justice system during the review.',
            "Lithuania signed the accession agreement on May 30, after the OECD's 21 committees gave their approval, and the Seimas ratified it in June. The country will pay about 1.8 million euros a year to the organisation's budget.",
            "Neighbouring Latvia joined in 2016 and Estonia in 2010, so all three Baltic states are now members. Lithuania joined the European Union and NATO in 2004 and adopted the euro in 2015. Croatia, Bulgaria and Romania, which have applied, have not become members.",
            'In Kaunas, the country\'s second city, business leaders said membership would help attract investors in laser technology, life sciences and logistics. "Investors use the OECD as a checklist," said the head of the Kaunas chamber of commerce. "Now we are on the list."',
            "Not everyone was convinced. Economists at Vytautas Magnus University said the country still had the highest emigration rate in the organisation and one of the highest rates of income inequality, and that membership would not change either. The OECD's own report this spring said one in five Lithuanians was at risk of poverty and recommended raising the minimum pension and taxing property more.",
            "Prime Minister Saulius Skvernelis said the government would use the organisation's reviews to push through a reform of higher education, which plans to merge several of the country's universities, including two in Kaunas. Students at the Lithuanian University of Health Sciences have protested against the plan.",
            "The Kaunas city council said it would mark the accession with a concert in the old town on Saturday, when the city also celebrates Statehood Day.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Lithuania",), ("OECD",)),
            # Latvia and Estonia before; Lithuania in the EU and NATO in 2004; the accession
            # agreement of May 30; Croatia, Bulgaria and Romania not members
            Gold("alliance.joined", "historical", ("Latvia", "Estonia"), ("OECD",), core=False),
            Gold("alliance.joined", "historical", ("Lithuania",), (EU, "NATO"), core=False),
            Gold("agreement.signed", "historical", ("Lithuania",), ("OECD",), core=False),
            Gold(
                "alliance.joined",
                "negated",
                ("Croatia", "Bulgaria", "Romania"),
                ("OECD",),
                core=False,
            ),
        ),
        not_participants=("France",),
    ),
    Article(
        "n07-victoria-weekly-india-seychelles-sign-assumption-island-agreement",
        date(2018, 1, 29),
        _p(
            "Assumption Island deal signed; Indian navy to build airstrip and jetty",
            "THE SEYCHELLES WEEKLY | Victoria, Monday, January 29, 2018",
            "India and Seychelles on Saturday signed a revised agreement under which India will build an airstrip, a jetty and accommodation on Assumption Island, the remote coral island in the Aldabra group that lies on the shipping lanes of the Mozambique Channel.",
            "The agreement was signed in Victoria by India's foreign secretary, S. Jaishankar, and the Seychelles secretary of state for foreign affairs, Barry Faure. It runs for twenty years. Indian Navy personnel will be stationed on the island to help train the Seychelles Defence Forces and to support patrols against piracy, illegal fishing and drug trafficking in the country's exclusive economic zone, which covers 1.3 million square kilometres.",
            'President Danny Faure said the facility would be owned by Seychelles, which would keep full sovereignty over the island, and that India would have no military base there. "The airstrip is ours and the flag is ours," he said. India will pay for the works, estimated at about 550 million dollars.',
            "An earlier version of the agreement, agreed during the visit of Prime Minister Narendra Modi in March 2015, stalled in the National Assembly, which never ratified it. The new text also needs the assembly's approval, and the opposition Linyon Demokratik Seselwa, which holds a majority of the seats, said it would study it carefully. Its leader, Wavel Ramkalawan, said the government had not consulted the public.",
            "The island, about 1,100 kilometres from Mahe, has no permanent population apart from a few workers of the Islands Development Company and a small coast guard post. Conservationists fear that the works will harm Aldabra, a World Heritage Site that is home to more than 100,000 giant tortoises, and the Seychelles Islands Foundation said it had not seen an environmental impact study.",
            "The agreement comes as India and China compete for influence in the western Indian Ocean. China opened its first overseas military base in Djibouti last year, and has lent heavily to countries around the ocean's rim, from Sri Lanka to the Maldives.",
            'On the streets of Victoria on Sunday, opinions were divided. "We need help to watch our waters, the pirates came very close," said a fisherman at the market. A teacher said the government should have held a referendum. A small protest is planned outside the National Assembly on Tuesday, when the agreement is expected to be tabled.',
        ),
        (
            Gold("agreement.signed", "occurred", ("India", "Seychelles", "S. Jaishankar")),
            Gold("military.presence", "planned", ("India",), ("Seychelles",)),
            # the 2015 text never ratified; no Indian base; China in Djibouti last year
            Gold("agreement.signed", "stalled", ("India", "Seychelles"), core=False),
            Gold("military.presence", "negated", ("India",), ("Seychelles",), core=False),
            Gold("military.presence", "historical", ("China",), ("Djibouti",), core=False),
        ),
        not_participants=("Mozambique", "Sri Lanka", "Maldives"),
    ),
    Article(
        "n08-tangier-weekly-morocco-sends-ambassador-back-to-madrid",
        date(2022, 3, 22),
        _p(
            "Rabat's ambassador back in Madrid after Sanchez backs autonomy plan",
            "THE STRAIT TIMES OF TANGIER | Tangier, Tuesday, March 22, 2022",
            "Morocco and Spain have restored full diplomatic relations, ten months after the worst crisis between the two neighbours in two decades, with the return of the Moroccan ambassador, Karima Benyaich, to Madrid on Sunday.",
            "The move came two days after the Royal Cabinet published a letter in which the Spanish prime minister, Pedro Sanchez, told King Mohammed VI that Spain considered Morocco's autonomy plan for Western Sahara \"the most serious, realistic and credible basis\" for settling the dispute, a shift from Madrid's decades of neutrality. Foreign Minister Nasser Bourita called it a new stage in the relationship.",
            "Sanchez will travel to Rabat in the first days of April to meet the king, and the two governments will sign a road map for cooperation on migration, trade, energy and the reopening of the land borders of Ceuta and Melilla, officials in both capitals said.",
            "Rabat recalled its ambassador in May last year, after Spain allowed Brahim Ghali, the leader of the Polisario Front, to be treated for Covid-19 in a hospital in Logrono. Days later more than 8,000 migrants, many of them teenagers, swam or walked into Ceuta as Moroccan border guards looked on. The two countries signed a treaty of friendship and good-neighbourliness in 1991, but talks on the delimitation of their waters off the Canary Islands have stalled for years.",
            "Algeria, which backs the Polisario Front and supplies much of Spain's gas, recalled its own ambassador from Madrid on Saturday in protest. The Polisario Front said Sanchez had betrayed the Sahrawi people.",
            'In Tangier the mood was one of relief. The ferry companies that run the crossing to Tarifa and Algeciras lost most of last summer\'s traffic, when Morocco kept the Spanish ports out of Operation Marhaba, which brings millions of Moroccans living in Europe home for the holidays. "If Marhaba goes through Tarifa again this year, the whole city breathes," said the owner of a travel agency near the port.',
            'Traders in the Fnideq area, near Ceuta, were more cautious. The border has been closed since March 2020, and the smuggling trade on which thousands of families lived has not come back. "They talk about reopening, but nobody has told us when," said a woman who used to carry goods across the crossing.',
            "The port authority of Tanger Med said traffic was up 8 percent in the first two months of the year.",
        ),
        (
            Gold("relations.restored", "occurred", ("Morocco", "Spain")),
            Gold("agreement.signed", "planned", ("Morocco", "Spain", "Pedro Sánchez")),
            # the friendship treaty of 1991; the maritime talks stalled
            Gold("agreement.signed", "historical", ("Morocco", "Spain"), core=False),
            Gold("agreement.signed", "stalled", ("Morocco", "Spain"), core=False),
        ),
        not_participants=("Algeria", "Polisario Front"),
    ),
    Article(
        "n09-sulaymaniyah-english-site-parliament-makes-pmf-part-of-armed-forces",
        date(2016, 11, 27),
        _p(
            "Iraqi parliament passes Hashd law; Sunni blocs walk out",
            "SULAIMANI POST | Sulaymaniyah, Sunday, November 27, 2016",
            "Iraq's parliament on Saturday passed a law that brings the Popular Mobilization Forces, the mostly Shiite militias that have fought the Islamic State group since 2014, into the country's armed forces as a separate formation under the command of the prime minister.",
            "The law was approved by 208 of the 327 members, after Sunni blocs walked out of the session in protest. Under its terms, the fighters of the Hashd al-Shaabi, as the forces are known in Arabic, will be paid and pensioned like soldiers, subject to military law and forbidden from political activity. The formation will have its own command and budget, and will answer to Prime Minister Haider al-Abadi as commander-in-chief.",
            'Sunni politicians said the law would give legal cover to militias that have been accused of abuses against Sunni civilians in Diyala, Salahuddin and Anbar. "This is the end of the idea of a national army," said a member of the Etihad bloc. A draft law on a national guard that would have brought Sunni tribal fighters into provincial forces has stalled in parliament for more than a year.',
            "The Popular Mobilization Forces were formed in June 2014, after Grand Ayatollah Ali al-Sistani called on Iraqis to take up arms against the Islamic State group, which had seized Mosul. Many of its groups, including Kataib Hezbollah and the Badr Organisation, are close to Iran, and some of their commanders are on American terrorism lists.",
            "The law does not bring the Peshmerga, the armed forces of the Kurdistan Region, under Baghdad's command. Kurdish members of parliament voted for it after being told that it would not apply to the region, and that the Hashd would not enter Kurdish-held areas around Kirkuk.",
            "The vote came as about 100,000 Iraqi soldiers, police, Hashd and Peshmerga fighters pressed the offensive on Mosul, which began on October 17. Hashd units are advancing west of the city towards Tal Afar, and the government has promised Turkey and local Sunni leaders that they will not enter Mosul itself.",
            'In Sulaymaniyah, politicians of the Patriotic Union of Kurdistan said the law was a matter for Baghdad, but several warned that the region would need a similar law for its own forces, which are still split between the two main parties. "Baghdad has unified its militias on paper," said a former Peshmerga commander. "We have not done even that."',
        ),
        (
            Gold("forces.integrated", "occurred", ("Iraq",), (PMF,)),
            # the national guard law stalled; the Peshmerga not brought under Baghdad's command
            Gold("forces.integrated", "stalled", ("Iraq",), core=False),
            Gold("forces.integrated", "negated", ("Iraq",), ("Peshmerga",), core=False),
        ),
        not_participants=("Iran", "Turkey"),
    ),
    Article(
        "n10-kamloops-curling-page-rink-sanctioned-skip-suspension-lifted",
        date(2025, 2, 14),
        _p(
            "Kamloops rink back on the ice after ban lifted; Brier lines up",
            "CURLING | Kamloops, Friday, February 14, 2025",
            "Curling BC lifted the suspension it imposed on a Kamloops skip last month, and the four-player rink will be allowed to play in the provincial seniors' playdowns in Vernon next week. The association had suspended him for three events after an argument with an official at a bonspiel in Salmon Arm.",
            "The association also imposed sanctions on a Lower Mainland club for fielding an ineligible player at the junior championship, fining it 2,000 dollars and stripping its team of the bronze medal. The club said it would appeal.",
            "The Kamloops Curling Club signed an agreement with a local car dealership that will sponsor its junior programme for three years, and joined a provincial scheme that pays for ice time for new players over 60. The club's two sheets that were closed by a broken compressor in January were restored to use last week, and the club extended its registration deadline for the spring league by ten days.",
            "Two clubs in the North Thompson merged their leagues this winter because neither had enough players to fill a Tuesday draw. The regional board said it would integrate wheelchair curling into all of its club leagues next season, and volunteers will be deployed at every club to teach the sport's rules to newcomers.",
            'Ice technicians at the clubs of the Interior threatened to stop work at the provincial finals over pay, but reached a deal with the association on Wednesday evening. "We were never going to leave the players without ice," said one of them.',
            "At the national level, Curling Canada confirmed the field for the Brier in Kelowna next month, the first time the men's championship comes to the Okanagan. Brad Gushue, who won the title last year, returns with the same team, and Kamloops will be represented by two players on the British Columbia rink. Tickets for the weekend draws are sold out, the organisers said.",
            "The local women's team of Corryn Brown finished third at the Scotties qualifier and will watch the national championship from home. Brown said the team would play a full season on the tour next year and hoped to qualify for the Olympic trials.",
            "The Kamloops club holds its annual family bonspiel on February 22. Registration is at the clubhouse on Victoria Street.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-bariloche-local-weekly-road-restored-fishing-ban-extended",
        date(2024, 3, 8),
        _p(
            "Road to Cerro Catedral restored; fishing ban extended; council signs bus deal",
            "EL CORDILLERANO (English page) | San Carlos de Bariloche, Friday, March 8, 2024",
            "The road to Cerro Catedral was restored to two lanes on Wednesday after crews repaired the section that collapsed in the February storm, and the provincial roads agency lifted the restrictions it imposed on lorries on the Avenida de los Pioneros. The agency said the work had cost about 90 million pesos.",
            "The Nahuel Huapi national park administration extended its ban on fishing in the Limay river's upper reaches until the end of April, to protect the trout after a dry summer, and suspended the permits of two tour boats that sailed beyond their authorised routes. Park rangers were deployed at the Puerto Panuelo dock on Saturday, when hundreds of visitors arrived for the lake crossings to Chile.",
            "The municipal council signed an agreement with a Neuquen bus company to run three new lines to the districts along the Circuito Chico, and joined a national programme that pays for heating in schools. It also imposed a ban on campfires across the municipality until the autumn rains come, after last month's fire near Lago Martin burned 2,000 hectares.",
            "The volunteer fire brigades of Bariloche and Dina Huapi said they would integrate their radio systems into a single network, and neighbours of the Las Victorias district threatened to block the road to the airport if the water company does not fix the supply that has been cut for a week. The company said the repair would be finished by Monday.",
            "The city's hotels were 85 percent full in February, according to the hotel association, which said visitors from Brazil and Chile had made up for the fall in Argentine tourists after the devaluation in December. Prices in pesos have doubled since then, and restaurant owners said local families were eating out less.",
            "At the Civic Centre, the city's chocolate makers held their annual Easter fair, with a chocolate egg of more than two metres on display. The organisers said 40,000 people were expected over the long weekend.",
            "The university's campus on the lake shore reopens for classes on Monday. The rector said the budget for this year was still frozen at last year's level in pesos.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-cebu-business-page-lender-sanctioned-port-deal-power-restored",
        date(2025, 9, 17),
        _p(
            "Regulator sanctions lending app; port operator signs with Japanese firm",
            "BUSINESS | Cebu City, Wednesday, September 17, 2025",
            "The Securities and Exchange Commission imposed sanctions on an online lending company based in Mandaue for harassing borrowers, fining it 1.5 million pesos and suspending its certificate of authority for sixty days. The commission lifted the suspension it imposed in July on a second lender, which it said had changed its collection practices.",
            "The Cebu Port Authority signed an agreement with a Japanese engineering firm to study the expansion of the container terminal in Talisay, and a local shipping line joined a consortium that is bidding to run the new passenger terminal at Pier 3. The authority extended the deadline for bids by a month.",
            "Power was restored to most of the northern towns on Monday after the distribution company repaired two transmission towers damaged by the typhoon, and linemen were deployed from Manila to help with the remaining areas. The Energy Regulatory Commission said it would integrate the island's two grids into a single dispatch system by 2027.",
            "A ferry company suspended its Cebu-Bohol trips for a week for the annual dry-docking of its two fast craft. Jeepney drivers threatened to strike if the city goes ahead with the new route plan for the modern vehicles, and the city said it would meet their associations on Friday.",
            "The Philippine Stock Exchange index closed 0.6 percent higher on Tuesday at 6,230, led by property and bank shares. Ayala Land said sales at its Cebu projects rose 14 percent in the first half, helped by demand from overseas Filipino workers and from the outsourcing companies that are filling new office towers at the IT Park.",
            "The Cebu Chamber of Commerce and Industry said exports from the province's economic zones fell 3 percent in the first seven months of the year, mostly because of weaker orders for electronics from the United States. Furniture and fashion accessories exporters fared better, it said, and the chamber will send a trade mission to Osaka in November.",
            "Two Cebu hotels merged their loyalty programmes, and a Mactan resort said it had restored its beachfront after the storm surge of last month.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n09-sulaymaniyah-english-site-parliament-makes-pmf-part-of-armed-forces": (
        "'passed a law that brings the Popular Mobilization Forces, the mostly Shiite militias that "
        "have fought the Islamic State group since 2014, into the country's armed forces' is read "
        "(bring ... into the armed forces), but as historical with no actor: the 'since 2014' of "
        "the force's description dates the act, and the parliament that passed the law is not "
        "taken for the law's actor (rasd/events/status.py, roles.py)"
    ),
}


_DAY = date(2024, 3, 20)


_xfail = strict_xfail


_WAIVER_BARE = "waivers with no 'sanctions' beside them are no suspension (en.triggers.yaml)"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States on Tuesday extended for 90 days the waivers that let foreign "
            "companies work at Iran's Bushehr plant despite its sanctions.",
            id="extended-the-waivers-that-let",
        ),
        pytest.param(
            "The United States on Tuesday renewed the waivers for Iran's Bushehr plant. Its "
            "sanctions on Iran stay in force.",
            id="renewed-the-waivers-for",
        ),
        pytest.param(
            "The United States on Tuesday extended for 90 days the sanctions waivers for Iran's "
            "Bushehr plant.",
            id="extended-the-sanctions-waivers",
        ),
    ],
)
def test_a_waiver_extended_is_a_suspension(text: str) -> None:
    assert alert_kinds(text, _DAY) == {"sanctions.suspended"}, event_rows(text, _DAY)


_OECD_DAY = date(2018, 7, 6)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lithuania on Thursday joined the OECD, ending talks that began in 2015.",
            id="ending-talks-that-began-in-a-year",
        ),
        pytest.param(
            "Lithuania on Thursday joined the OECD after talks that began in 2015.",
            id="after-talks-that-began-in-a-year",
        ),
        pytest.param(
            "Lithuania, which applied in 2015, on Thursday joined the OECD.",
            id="which-applied-in-a-year",
        ),
        pytest.param(
            "Lithuania on Thursday became the 36th member of the OECD, completing a process that "
            "began in 2015.",
            id="completing-a-process-that-began",
        ),
    ],
)
def test_a_joining_of_today_after_a_long_process_is_news(text: str) -> None:
    assert alert_kinds(text, _OECD_DAY) == {"alliance.joined"}, event_rows(text, _OECD_DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Lithuania signed the accession agreement on May 30, and parliament ratified it in June.",
            id="signed-on-a-day-ratified-in-a-later-month",
        ),
        pytest.param(
            "Lithuania signed the accession agreement on May 30.", id="signed-on-a-day-weeks-ago"
        ),
    ],
)
def test_an_accession_step_of_weeks_ago_is_background(text: str) -> None:
    assert not alert_rows(text, _OECD_DAY), event_rows(text, _OECD_DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Indian Navy personnel will be stationed in Seychelles.",
            id="navy-personnel-stationed",
        ),
        pytest.param(
            "Indian sailors will be stationed in Seychelles.",
            id="sailors-stationed",
        ),
        pytest.param("Indian troops will be stationed in Seychelles.", id="troops-stationed"),
    ],
)
def test_navy_personnel_stationed_abroad_are_a_presence(text: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "military.presence"]
    assert any("India" in r[2] for r in rows), event_rows(text, _DAY)


_MARCH_DAY = date(2022, 3, 22)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sanchez will travel to Rabat in the first days of April to meet the king, and Morocco "
            "and Spain will sign a road map for cooperation.",
            id="a-month-ahead-far-from-will",
        ),
        pytest.param(
            "Sanchez will travel to Rabat in April to meet the king, and Morocco and Spain will "
            "sign a road map for cooperation.",
            id="a-month-ahead-near-will",
        ),
        pytest.param(
            "Morocco and Spain will sign a road map in the first days of April.",
            id="a-month-ahead-after-the-signing",
        ),
    ],
)
def test_a_signing_planned_for_a_month_ahead_is_a_plan(text: str) -> None:
    rows = alert_rows(text, _MARCH_DAY)
    assert any(r[0] == "agreement.signed" and r[1] == "planned" for r in rows), event_rows(
        text, _MARCH_DAY
    )


_PMF_DAY = date(2016, 11, 27)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The parliament of Iraq on Saturday brought the Popular Mobilization Forces into the "
            "armed forces.",
            id="brought-into-the-armed-forces",
        ),
        pytest.param(
            "Iraq on Saturday made the Popular Mobilization Forces part of the armed forces.",
            id="made-part-of-the-armed-forces",
        ),
        pytest.param(
            "Iraq on Saturday merged the Popular Mobilization Forces into the armed forces.",
            id="merged-into-the-armed-forces",
        ),
        pytest.param(
            "Iraq on Saturday integrated the Popular Mobilization Forces into the armed forces.",
            id="integrated-into-the-armed-forces",
        ),
    ],
)
def test_militias_brought_into_the_armed_forces_are_integrated(text: str) -> None:
    assert alert_kinds(text, _PMF_DAY) == {"forces.integrated"}, event_rows(text, _PMF_DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Securities and Exchange Commission in Manila imposed sanctions on a lending "
            "company on Tuesday.",
            id="a-foreign-securities-regulator",
        ),
        pytest.param(
            "The Philippine Securities and Exchange Commission imposed sanctions on a lending "
            "company on Tuesday.",
            id="a-securities-regulator-named-by-its-state",
        ),
        pytest.param(
            "The central bank imposed sanctions on a lending company on Tuesday.",
            id="a-central-bank",
        ),
        pytest.param(
            "Curling BC lifted the suspension it imposed on a Kamloops skip last month.",
            id="a-curling-association",
        ),
    ],
)
def test_a_regulators_sanctions_on_a_company_stay_quiet(text: str) -> None:
    assert not alert_rows(text, _DAY), alert_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A Fijian company, Pacific Tuna Holdings, said it had signed a supply agreement with a "
            "Japanese trading house.",
            id="a-company-says-it-signed",
        ),
        pytest.param("The city renewed fee waivers for students on Tuesday.", id="fee-waivers"),
    ],
)
def test_business_and_city_news_stays_quiet(text: str) -> None:
    text = "Fiji and Japan restored diplomatic ties in 2019. " + text
    assert not [r for r in alert_rows(text, _DAY) if r[0] != "relations.restored"], alert_rows(
        text, _DAY
    )


def test_a_states_parliament_integrating_acts_for_its_state() -> None:
    text = "Iraq's parliament makes Shiite militias part of the armed forces."
    assert any("Iraq" in r[2] for r in alert_rows(text, _DAY) if r[0] == "forces.integrated"), (
        event_rows(text, _DAY)
    )


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout50_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-50 English events"))
