"""Fortieth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier thirty-nine sets
lack, all of the era of the articles the analyzer is judged on (2017-2025): an Asunción business
letter on the US Treasury's sanctions on former president Horacio Cartes and his tobacco company
(2023), a Singapore shipping weekly on Washington delisting COSCO's Dalian tanker arm (2020), a
Belgrade business review on the US Treasury putting off the sanctions on the oil company NIS by
another month (2025), a Limassol energy weekly on the EU Council prolonging its sanctions framework
over Turkey's drilling and warning of more listings (2021), a Santa Cruz business weekly on Bolivia
taking its seat as a full member of Mercosur (2024), a Rabat weekly on the Moroccan-Israeli defence
memorandum signed during Gantz's visit (2021), a Tunis weekly on Tunisia and Syria to reopen
embassies and exchange ambassadors (2023), a Bamako weekly on 1,840 former rebels of the Azawad
movements and the Platform integrated into the Malian army at Gao (2022), a Doha daily on the first
Turkish troops arriving in the Gulf crisis (2017), and near misses (a Hyderabad sports page on a
kabaddi league that "imposed" a fine, "suspended" a coach, "lifted" a raider's suspension, "signed
a sponsorship agreement with a South Korean electronics company", an Iranian defender who "joined"
a rival, a contract "extended", a captain "restored", police "deployed" and a federation's
"extended" ban (2019); a County Kerry paper where the council "lifted" the bathing ban it
"imposed", "extended" pay parking, "suspended" charges, "signed a twinning agreement" with a town
in Brittany, gardaí are "deployed", power is "restored" and a town "joined" a national scheme
(2024); a Mumbai business page where the market regulator "imposed" a penalty and "suspended" a
broker, the central bank "lifted the restrictions it imposed" on a cooperative bank, the
government "extended the restrictions on sugar exports", an airline "signed an agreement" with an
American engine maker and "joined" an alliance, and the central bank "sanctioned" banks' requests
(2023)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joining a regional bloc; a defence memorandum signed; relations
to be restored; former rebels integrated into an army; troops arriving at a base abroad), nine
occurred and one planned, beside historical, negated and stalled events.

Decisions of the annotation: a Treasury that "imposed sanctions on former president Horacio
Cartes" and "designated Tabacalera del Este" imposes (core) on him and his company, the State
Department's designation of Cartes "in July last year" a historical imposition, and "Washington did
not sanction the government" of Paraguay a negated imposition; Hezbollah, to whose members Cartes
had "financial ties", and Brazil and Argentina, where the cigarettes are smuggled, are no parties.
A United States that "lifted the sanctions it imposed in September on COSCO Shipping Tanker
(Dalian)" lifts (core; the target is the unit, not its parent group nor China), the designation
of September 25 is a historical imposition, the sanctions on the other five companies that "have
not been lifted" a negated lifting, the trade agreement Washington and Beijing "signed" two weeks before
a historical accord (a trade accord, not core), and "no sign of easing its sanctions on Iran's
oil exports" a negated lifting; Singapore, the paper's port, and Malaysia, off whose coast cargoes
are transferred, are no parties. A Treasury that "has postponed by another month the sanctions it
imposed on Naftna Industrija Srbije" suspends (core: the licence to operate puts off the sanctions'
effect), the designation of January 10 a historical imposition, and Serbia that "has not joined the
European Union's sanctions on Russia and will not impose any" a negated imposition; JANAF's
transport contract with NIS is business (no event), and Croatia, whose port the crude comes
through, is no party. A Council that "prolonged for another year the framework for restrictive
measures against Turkey's unauthorised drilling" extends (core) and its ministers who "warned
Ankara that further listings would follow if Turkish drillships returned" threaten (core: the
warning was given), the framework of 2019 and listings of 2020 a historical imposition, the
measures over Varosha on which ministers "did not agree" a negated imposition, the Greek-Turkish
talks that "have produced no agreement" a stalled accord and the Cyprus-Egypt pipeline agreement
"signed in 2018" a historical accord. Bolivia that "became a full member of Mercosur on Monday"
joins (core), with Luis Arce who took the seat; the protocol of accession signed in 2015 is a
historical accord, Venezuela "which joined in 2012" a historical joining, and the trade agreement
with the EU that "has still not been signed" and whose talks "were stuck" a stalled accord;
Asunción, the summit's venue, is no party, and Bolivia that "remains a member of the Andean
Community" carries no event. Morocco and Israel that "signed a memorandum of understanding on
defence cooperation" sign (core), with Gantz and Loudiyi who signed it; the relations "restored in
December last year" a historical restoration, Morocco that "joined the normalisation accords" then a
historical joining, and the liaison offices that "have not yet been raised to embassies" a negated
restoration; Algeria's break of relations and its pipeline contract left to expire are no event
of the monitor's types, and Algeria, the Polisario Front and Spain are no parties. Tunisia and
Syria that "will reopen their embassies and exchange ambassadors" restore relations (core,
planned), the consular office Tunisia "reopened in Damascus in 2015" a historical restoration, the
Emirates that "reopened its embassy in Damascus in December 2018" a historical restoration, and
Syria's seat in the Arab League that "has not been restored" a negated joining; Saudi Arabia, the
summit's host, is no party. Former fighters of the Coordination of Azawad Movements and the
Platform who "were integrated into the Malian Armed Forces on Tuesday" are integrated (core), the
peace agreement "signed in Bamako in May and June 2015" a historical accord, the battalion of the
reconstituted army that "reached Kidal in February 2020" a historical integration, the jihadists who
"will not be integrated" a negated integration, and the Russian instructors who "arrived at the end
of last year" a historical presence; MINUSMA's renewed mandate is no sanction, and Algeria (the
mediator) and France (whose troops left) are no parties. Turkish troops who "arrived in Doha on
Thursday" to the Tariq bin Ziyad base are a presence that occurred (core), the defence agreement
"signed in 2014" a historical accord, the force that "could eventually number 3,000 soldiers" with
"no timetable" a planned presence (not core: a forecast with no date), the four states that "cut
their diplomatic ties with Qatar on June 5 and closed their borders, airspace and ports" a
historical imposition (the measures of eighteen days before, background to the news), Kuwait's
mediation that "has produced no agreement" a stalled accord, the American personnel at Al Udeid a
historical presence and the F-15s Qatar "agreed last week to buy" a historical accord; Kuwait, the
mediator, and Oman, through which food arrives, are no parties. Outside the monitor's remit (no
event): a kabaddi league's fines, suspensions, sponsorship and signings and a federation's ban on
unsanctioned tournaments; a county council's bathing ban, parking charges, twinning agreement with
a French town and a national scheme; a market regulator's penalty, a central bank's curbs on a
cooperative bank, the restrictions on sugar exports (a trade measure aimed at no state), an
airline's maintenance agreement and frequent-flyer alliance, and a software company's suspended
guidance.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout40_events_en``.
Measured before any fix (2026-12-03, on commit 101e1ad): P 0.714, R 0.800, F1 0.755 (recall 8/10, 10
of 14 alerts right; recall by status: occurred 7/9, planned 1/1; one false alarm, three unexpected
alerts, no venue as a party; two near misses quiet). No annotation was corrected after the run (the
count of core events in the second paragraph, first written "ten occurred", was a miscount of the
set's own annotation and is now "nine occurred").
Missed: the NIS sanctions put off ("has postponed by another month the sanctions it imposed on
Naftna Industrija Srbije") give no event: "postponed", "delayed" and "put off" are no
``sanctions.suspended`` form in ``rasd/events/lexicons/en.triggers.yaml``, where "suspended the
sanctions on ... for a month" and "extended the suspension of its sanctions" are read. The EU's
warning to Turkey ("Ministers also warned Ankara that further listings would follow if Turkish
drillships returned") gives no threat: "listings" is no ``sanctions_noun`` in ``en.cues.yaml``
(only "designations" is), where "further sanctions would follow" is read (the extension in the same
article is found).
False alarm: in the Bamako article, "About 1,840 former fighters of the armed movements that signed
the 2015 peace agreement were integrated into the Malian Armed Forces on Tuesday ... by the end of
2024" gives an accord signed that occurred with Mali: the status is decided on the years of the
whole sentence (``rasd/events/status.py``), so the later year of the programme ("by the end of
2024") undates the accord of the relative clause; without that year the same clause's year dates
the integration itself as historical ("Former rebels who signed the 2015 peace agreement were
integrated into the army on Tuesday" gives a historical integration), where "signed the peace
agreement with Chad in 2015" alone is historical and quiet.
Unexpected: in the Belgrade article, "JANAF said this week that it had signed a new contract with
NIS for transport" is an accord with Serbia as party: "contract" is an ``agreement_noun`` and a
company's transport contract is not among the ``not_agreement_noun`` forms, and the state of the
sentence before is taken as its party (``rasd/events/participants.py``); without a state in the
sentence before it is quiet. In the Mumbai near miss, "The Reserve Bank of India has lifted the
restrictions it imposed in March on a cooperative bank in Pune" is a lifting and "The government has
extended the restrictions on sugar exports" an extension, both with India as actor: "restrictions"
is a ``sanctions_noun`` whatever is restricted (a domestic bank, a state's own exports), and the
state in the name "Reserve Bank of India" (or "the Indian government") stands as actor, where "The
central bank has lifted the restrictions" and "The government has extended the restrictions" alone
are quiet.
Also seen, not scored: "Horacio Cartes" and "Tabacalera del Este" are not in the knowledge base, so
the Treasury's imposition has no target; the COSCO delisting is read twice, once right and once
("removing the company from the Treasury's list") with China as actor and the Treasury as target;
the Turkish troops who "arrived in Doha" are given no host (Qatar is not taken from its capital in
the arrival's sentence); "Luis Arce", "Abdellatif Loudiyi" and the Coordination of Azawad Movements
are not in the knowledge base, so the joining, the memorandum and the integration have no such
party (the integration has Mali as target, not actor); the kabaddi page's "last agreement ...,
signed in 2017" is a historical accord with Iran (from "an Iranian defender" before), not alerted.
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
After the fixes of the same round (2026-12-03): P 0.857, R 1.000, F1 0.923 (recall 10/10, 12 of
14 alerts right). Fixed in general: sanctions postponed, delayed or put off are suspended (the verb
before its object only); "restrictions" with no one named as their target (a central bank's on a
domestic bank, a government's on its own exports) are no sanctions, where "restrictions on Cuba"
are; "further listings" would follow is a threat. Left: the accord in a relative clause dated by a
later year (k08) and a company's contract borrowing a state (k03). (k08 fixed later by the kbforces
branch: "the Malian Armed Forces" is in the knowledge base, ``rasd/kb/data/world_forces.yaml``, so the
integration names the force beside Mali, as the gold does, and the accord of the relative clause has
no state party left to alert on; its strict xfail is removed. The status rule itself is unchanged:
the rule sentence with "the Chadian Armed Forces" stays a strict xfail.)
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

UK = "United Kingdom"
US = "United States"
EU = "European Union"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
CEU = "Council of the European Union"
CMA = "Coordination of Azawad Movements"
JNIM = "Jama'at Nasr al-Islam wal-Muslimin"

ARTICLES: list[Article] = [
    Article(
        "k01-asuncion-business-letter-us-treasury-sanctions-cartes",
        date(2023, 1, 27),
        _p(
            "US Treasury blacklists Cartes and his tobacco group",
            "THE ASUNCIÓN BUSINESS LETTER | Friday, 27 January 2023",
            "The United States Treasury on Thursday imposed sanctions on former president Horacio Cartes, accusing him of corruption that has undermined Paraguay's democratic institutions, and designated Tabacalera del Este, the cigarette maker at the heart of his business group, together with three other companies he controls. Any assets of Mr Cartes and the four companies under American jurisdiction are frozen, and Americans may no longer deal with them.",
            "The Office of Foreign Assets Control said Mr Cartes, who governed from 2013 to 2018 and now chairs the ruling Colorado Party, had paid lawmakers for their loyalty and had financial ties to members of Hezbollah, the Lebanese group. The Treasury gave banks and suppliers until March 27 to wind down their business with the designated companies.",
            'The State Department designated Mr Cartes as "significantly corrupt" in July last year, which barred him and his immediate family from entering the United States. The new measures go much further, because almost every bank in the country depends on correspondent accounts in dollars, and several lenders in Asunción began closing accounts linked to the group on Friday morning.',
            'Mr Cartes said in a statement that he was innocent and that he would ask his lawyers to challenge the decision "in every court where it can be challenged". He did not say whether he would step down as party chairman. His bank, Banco Basa, said it operated normally and had no exposure to the American financial system that could not be replaced.',
            "Washington did not sanction the government of President Mario Abdo Benítez, and the American ambassador, Marc Ostfield, told reporters that the measures were aimed at one man and his businesses, not at Paraguay or at its party system. The president's office said Paraguay respected the decision and would cooperate with any request from the American authorities.",
            "The timing is awkward for the Colorado Party. Its candidate in the general election on April 30, Santiago Peña, was finance minister under Mr Cartes and worked for his companies, and opposition leaders said on Thursday that he would have to explain his ties to the former president. Mr Peña said he had no reason to apologise for a career in the private sector.",
            "Tobacco is a large business here. Paraguay produces far more cigarettes than its people smoke, and governments in Brazil and Argentina have long complained that much of the surplus is smuggled across the border. Tabacalera del Este, which employs about 2,000 people in Hernandarias, said its exports had been sold through distributors abroad and that it would look for ways to keep paying its staff.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST, OFAC),
                ("Horacio Cartes", "Tabacalera del Este"),
            ),
            # the State Department's designation of July 2022; the government not sanctioned
            Gold("sanctions.imposed", "historical", (US,), ("Horacio Cartes",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Paraguay",), core=False),
        ),
        not_participants=("Hezbollah", "Brazil", "Argentina"),
    ),
    Article(
        "k02-singapore-shipping-weekly-us-delists-cosco-dalian-tanker-unit",
        date(2020, 2, 3),
        _p(
            "Washington delists COSCO's Dalian tanker arm; VLCC owners breathe out",
            "STRAITS SHIPPING WEEK | Singapore | Monday, 3 February 2020",
            "The United States on Friday lifted the sanctions it imposed in September on COSCO Shipping Tanker (Dalian), the crude-carrying arm of China's biggest shipping group, removing the company from the Treasury's list of Specially Designated Nationals four months after its designation sent freight rates for very large crude carriers to their highest levels in more than a decade.",
            "The Office of Foreign Assets Control said the removal followed a change in the company's circumstances, without giving details. Brokers here said the parent group had given assurances that none of the unit's ships would load Iranian oil, and that the Dalian company's management had been reorganised since the autumn.",
            "The Treasury designated the Dalian company and five other Chinese companies and six of their executives on September 25, accusing them of carrying crude from Iran in breach of American sanctions. Charterers, insurers and banks then shunned not only the Dalian fleet of about 50 tankers but many other Chinese-owned ships, and daily earnings of a VLCC on the route from the Gulf to China briefly rose above 300,000 dollars.",
            "The sanctions on the other five companies, among them Kunlun Shipping and China Concord Petroleum, have not been lifted, and their executives remain on the list. Lawyers advising owners in Singapore said compliance departments would still screen every cargo loaded by a Chinese tanker in the Gulf, and that some charterers would keep avoiding COSCO's ships until their own banks were satisfied.",
            "The decision comes two weeks after Washington and Beijing signed the first phase of their trade agreement, under which China has promised to buy 200 billion dollars more American goods and services over two years, energy among them. Brokers said Chinese buyers might now take more American crude, with COSCO's ships carrying it across the Pacific.",
            "Washington has shown no sign of easing its sanctions on Iran's oil exports, which have fallen from about 2.5 million barrels a day in April 2018 to a few hundred thousand. Much of what remains is moved by old tankers that switch off their transponders and transfer their cargoes at sea off the coast of Malaysia.",
            "Rates for VLCCs had already fallen back in January, to about 40,000 dollars a day, as the new coronavirus outbreak in China cut demand for fuel. Shares of COSCO Shipping Energy Transportation rose 6 percent in Hong Kong on Monday, against a falling market.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                (US, UST, OFAC),
                ("COSCO Shipping Tanker (Dalian)",),
            ),
            # the designation of September 25; the other five companies still listed; the trade
            # agreement of January 15; no easing for Iran
            Gold(
                "sanctions.imposed",
                "historical",
                (US, UST),
                ("COSCO Shipping Tanker (Dalian)", "Kunlun Shipping", "China Concord Petroleum"),
                core=False,
            ),
            Gold(
                "sanctions.lifted",
                "negated",
                (US,),
                ("Kunlun Shipping", "China Concord Petroleum"),
                core=False,
            ),
            Gold("agreement.signed", "historical", (US, "China"), (), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
        ),
        not_participants=("Singapore", "Malaysia"),
    ),
    Article(
        "k03-belgrade-business-review-us-postpones-nis-sanctions",
        date(2025, 2, 27),
        _p(
            "NIS gets another month as Washington delays sanctions again",
            "SERBIAN BUSINESS REVIEW | Belgrade, 27 February 2025",
            "The US Treasury has postponed by another month the sanctions it imposed on Naftna Industrija Srbije (NIS), Serbia's only oil refiner, giving the Russian-owned company a licence to keep operating until March 28, Energy Minister Dubravka Đedović Handanović said on Wednesday. It is the second time the start of the sanctions has been put off since the company was listed.",
            "The Office of Foreign Assets Control designated NIS on January 10, among more than 180 companies and ships in the broadest package it has announced against Russia's energy sector, because Gazprom Neft and its parent Gazprom own just over half of the company. The licence issued with the designation was to expire on Tuesday.",
            '"We have time to find a solution, but not much time," the minister said. President Aleksandar Vučić said last week that the Russian shareholders had been told that Washington expected them to leave the company entirely, and that Serbia would not take over the stake by force.',
            "Serbia has not joined the European Union's sanctions on Russia and will not impose any, Mr Vučić said again on Wednesday, although the country has been a candidate for membership of the union since 2012. The government holds just under 30 percent of NIS, and minority investors hold the rest.",
            "For the Pančevo refinery, which processes about 4.8 million tonnes of crude a year, the practical question is supply. Almost all its crude arrives through the JANAF pipeline from the Croatian port of Omišalj, and JANAF said this week that it had signed a new contract with NIS for transport until the end of the year, subject to the American licences. Banks in Belgrade have kept processing the company's payments but said they were watching the deadline closely.",
            "The company runs more than 400 filling stations in Serbia and around 100 in Bosnia and Herzegovina, Romania and Bulgaria, and supplies about 80 percent of the country's diesel and petrol. Motorists queued at some of its stations in Novi Sad and Niš in January, when the first reports of the sanctions appeared, but prices have not changed.",
            "Analysts at Belgrade banks said an outright sanctions regime would force NIS to find new banks, insurers and crude suppliers within weeks, and would leave the government with a choice between buying out the Russian shareholders and watching the refinery shut. Gazprom Neft has not commented.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST), ("Naftna Industrija Srbije",)),
            # the designation of January 10; Serbia imposes no sanctions on Russia
            Gold(
                "sanctions.imposed",
                "historical",
                (US, OFAC),
                ("Naftna Industrija Srbije", "Gazprom Neft"),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", ("Serbia",), ("Russia",), core=False),
        ),
        not_participants=("Croatia",),
    ),
    Article(
        "k04-limassol-energy-weekly-eu-prolongs-turkey-drilling-sanctions",
        date(2021, 11, 10),
        _p(
            "EU keeps drilling sanctions on Turkey for another year, warns of more",
            "EASTMED ENERGY WEEKLY | Limassol | Wednesday, 10 November 2021",
            "The Council of the European Union on Monday prolonged for another year the framework for restrictive measures against Turkey's unauthorised drilling activities in the Eastern Mediterranean, keeping until November 2022 the asset freeze and travel ban on two senior officials of the Turkish Petroleum Corporation. Ministers also warned Ankara that further listings would follow if Turkish drillships returned to waters that Cyprus claims as its exclusive economic zone.",
            "The framework was adopted in November 2019, and the two officials, the corporation's vice-president and the deputy director of its exploration department, were listed in February 2020 for their part in planning the drilling of the Yavuz and the Fatih off the island's coasts. Turkey has not sent a drillship into the Cypriot zone since the autumn of 2020, and the Fatih is now working in the Black Sea, where it found the Sakarya gas field.",
            'The Turkish foreign ministry said the decision was "null and void" for Turkey and that Ankara would go on protecting the rights of the Turkish Cypriots over the island\'s resources. Diplomats in Nicosia said the government had asked for the framework to be extended for longer, but that several member states preferred to review it every year.',
            "Cyprus also asked its partners for sanctions over the reopening of part of the fenced-off town of Varosha in the north of the island, but ministers did not agree on new measures and asked the high representative, Josep Borrell, to keep the matter under review.",
            "Exploratory talks between Greece and Turkey resumed in January after a five-year pause, but have produced no agreement on the continental shelf and maritime zones in the Aegean and east of Crete. Greek officials said this week that a new round was unlikely before the new year.",
            "For the companies holding licences off Cyprus, the year has been quiet. ExxonMobil plans to return to Block 10 early next year to appraise the Glaucus discovery, and Eni and TotalEnergies expect to drill in Block 6. Cyprus and Egypt signed an agreement in 2018 on a pipeline to carry gas from the Aphrodite field to Egyptian liquefaction plants, but the field's partners have not yet taken a final investment decision.",
            "Brent crude traded at about 84 dollars a barrel on Tuesday, and European gas prices, which hit a record in October, have eased slightly. Analysts in Limassol said high prices made the Eastern Mediterranean's fields more attractive, but that a pipeline to Europe remained far off.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                (EU, CEU),
                ("Turkey", "Turkish Petroleum Corporation"),
            ),
            Gold("sanctions.threatened", "occurred", (EU, CEU), ("Turkey",)),
            # the framework of 2019 and the listings of February 2020; no measures over Varosha; the
            # Greek-Turkish talks without agreement; the Cyprus-Egypt pipeline accord of 2018
            Gold(
                "sanctions.imposed",
                "historical",
                (EU, CEU),
                ("Turkey", "Turkish Petroleum Corporation"),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", (EU,), ("Turkey",), core=False),
            Gold("agreement.signed", "stalled", ("Greece", "Turkey"), (), core=False),
            Gold("agreement.signed", "historical", ("Cyprus", "Egypt"), (), core=False),
        ),
    ),
    Article(
        "k05-santa-cruz-business-weekly-bolivia-full-member-of-mercosur",
        date(2024, 7, 9),
        _p(
            "Bolivia takes its seat in Mercosur",
            "BOLIVIA BUSINESS WEEKLY | Santa Cruz de la Sierra | Tuesday 9 July 2024",
            "Bolivia became a full member of Mercosur on Monday, when President Luis Arce took his seat at the bloc's summit in Asunción as the head of a member state for the first time, days after signing the law by which Bolivia ratified its protocol of accession. The summit's declaration welcomed Bolivia as the fifth active member of the bloc, beside Argentina, Brazil, Paraguay and Uruguay.",
            "Bolivia signed the protocol with the four founding members in Brasília in July 2015, and Brazil's Congress was the last of their parliaments to approve it, in November last year. The country now has four years to adopt the bloc's common external tariff and its rules of origin and to align hundreds of regulations, from sanitary controls to customs procedures.",
            "\"Today Bolivia is not knocking on the door, it is at the table,\" Mr Arce told the summit, at which Brazil's president, Luiz Inácio Lula da Silva, was also present. Argentina's president, Javier Milei, who has called Mercosur a prison for its members' economies, stayed away and sent his foreign minister instead.",
            "Venezuela, which joined in 2012, has taken no part in the bloc's decisions since 2016, when the founding members found that it had not met its obligations. The bloc's trade agreement with the European Union, whose text was agreed in 2019 after twenty years of negotiation, has still not been signed, and officials at the summit said the talks on its environmental annex were stuck.",
            "For exporters in Santa Cruz the gains will come slowly. Bolivia already trades with its neighbours largely free of tariffs under earlier agreements, and its main export to them, natural gas, has fallen sharply as the fields in the south run dry and Argentina produces more of its own. Soybean growers hope that full membership will help them sell meal and oil to Brazil and Paraguay when harvests there are poor.",
            "The chamber of industry here warned that Bolivian factories, which face a shortage of dollars and fuel, would find it hard to compete with Brazilian goods once the last tariffs go. The government says it will ask for long transition periods for sensitive products.",
            "Bolivia remains a member of the Andean Community with Colombia, Ecuador and Peru, and officials said its obligations there were compatible with those of Mercosur. Lithium, of which Bolivia holds some of the largest resources in the world, was not on the summit's agenda.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Bolivia", "Luis Arce"), ("Mercosur",)),
            # the protocol of 2015; Venezuela's joining of 2012; the EU accord still not signed
            Gold(
                "agreement.signed",
                "historical",
                ("Bolivia", "Argentina", "Brazil", "Paraguay", "Uruguay"),
                (),
                core=False,
            ),
            Gold("alliance.joined", "historical", ("Venezuela",), ("Mercosur",), core=False),
            Gold("agreement.signed", "stalled", ("Mercosur", EU), (), core=False),
        ),
        not_participants=("Asunción",),
    ),
    Article(
        "k06-rabat-weekly-morocco-israel-defence-memorandum",
        date(2021, 11, 25),
        _p(
            "Morocco and Israel sign defence pact during Gantz visit",
            "MAGHREB AFFAIRS WEEKLY | Rabat | Thursday, 25 November 2021",
            "Morocco and Israel signed a memorandum of understanding on defence cooperation in Rabat on Wednesday, the first such agreement between Israel and an Arab country, on the first official visit to the kingdom by an Israeli defence minister. Benny Gantz and Abdellatif Loudiyi, the minister delegate in charge of the administration of national defence, signed the document at the defence administration's headquarters.",
            'The memorandum provides a framework for cooperation between the two countries\' defence establishments in intelligence, joint training and the defence industry, and will make it easier for Moroccan forces to buy Israeli equipment. Mr Gantz said it was "a very significant thing" and that the two countries would now meet regularly to plan joint projects.',
            "The two countries restored relations in December last year, when Morocco joined the normalisation accords brokered by the United States in return for Washington's recognition of Moroccan sovereignty over Western Sahara. Direct flights between Casablanca and Tel Aviv began in July, and thousands of Israelis of Moroccan origin have visited the kingdom since.",
            'Their liaison offices in Rabat and Tel Aviv have not yet been raised to embassies, and officials on both sides said no date had been set. Israel\'s foreign minister, Yair Lapid, who visited Rabat in August, said at the time that the upgrade would come "in the coming months".',
            "The visit comes at a tense time in the region. Algeria broke off diplomatic relations with Morocco in August, accusing it of hostile acts, and at the end of October it let the contract for the Maghreb-Europe gas pipeline, which carried Algerian gas to Spain through Moroccan territory, expire. The Polisario Front, which Algeria backs, said last year that it no longer considered itself bound by the ceasefire of 1991.",
            "Algerian officials condemned the visit. A spokesman for the Polisario Front said the agreement showed that Morocco was bringing Israel into the conflict, a charge that Moroccan officials rejected. They said the kingdom's army had bought equipment from many countries for decades and that the memorandum was aimed at no one.",
            "Israeli companies have already been in talks to supply drones and air defence systems to the Royal Armed Forces, according to industry officials. Mr Gantz also met the head of the army's general staff and visited the Jewish community of Rabat before flying home on Thursday.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Morocco", "Israel", "Benny Gantz", "Abdellatif Loudiyi"),
                (),
            ),
            # the restoration of December 2020 and Morocco's joining of the accords; the liaison
            # offices not yet raised to embassies
            Gold("relations.restored", "historical", ("Morocco", "Israel"), (), core=False),
            Gold("alliance.joined", "historical", ("Morocco",), ("Abraham Accords",), core=False),
            Gold("relations.restored", "negated", ("Morocco", "Israel"), (), core=False),
        ),
        not_participants=("Algeria", "Polisario Front", "Spain"),
    ),
    Article(
        "k07-tunis-weekly-tunisia-and-syria-to-exchange-ambassadors",
        date(2023, 4, 13),
        _p(
            "Tunisia and Syria to exchange ambassadors after eleven years",
            "THE TUNIS OBSERVER | Thursday, 13 April 2023",
            "Tunisia and Syria will reopen their embassies and exchange ambassadors, the two governments said on Wednesday, eleven years after Tunis broke off relations with Damascus over the crackdown on the Syrian uprising. The Syrian foreign ministry said it would reopen its embassy in Tunis and appoint an ambassador, and the presidency here said President Kais Saied had asked Foreign Minister Nabil Ammar to name a Tunisian ambassador to Damascus.",
            "The Syrian foreign minister, Faisal Mekdad, is expected in Tunis next week, the first visit by a Syrian minister since 2011. Officials said he would discuss consular matters, trade and the return of Tunisians held in Syria.",
            "Tunisia expelled the Syrian ambassador in February 2012 and hosted the first conference of the Friends of Syria group in Tunis the same month. It reopened a consular office in Damascus in 2015 to look after the thousands of Tunisians living in Syria, and President Saied has said since taking office that the break was a mistake.",
            "Tunisia's decision follows moves by other Arab governments to bring Syria back from isolation, which gathered pace after the earthquake in February. The United Arab Emirates reopened its embassy in Damascus in December 2018, and Bashar al-Assad visited Abu Dhabi in March. Syria's seat in the Arab League, which was suspended in November 2011, has not been restored, and the league's members remain divided over whether to invite Mr Assad to its summit in Saudi Arabia next month.",
            "A sensitive subject between the two countries is the fate of the Tunisians who went to fight in Syria after 2011, several thousand of them according to the United Nations. Families of fighters held in Syrian prisons have asked the government to negotiate their return, and security officials here say cooperation with Damascus on the matter is needed.",
            "Opposition parties criticised the decision. The Ennahda movement, whose government broke off the relations in 2012 and whose leaders are now on trial or in prison, said the president was rewarding a government that had killed hundreds of thousands of its own people. The Tunisian General Labour Union, which has called for the restoration of relations for years, welcomed it.",
            "Trade between the two countries is small, mostly Tunisian olive oil and phosphates and Syrian textiles, and business leaders said direct flights between Tunis and Damascus would be needed before it could grow.",
        ),
        (
            Gold(
                "relations.restored",
                "planned",
                ("Tunisia", "Syria", "Kais Saied"),
                (),
            ),
            # the consular office of 2015; the Emirates' embassy of 2018; the Arab League seat not
            # restored
            Gold("relations.restored", "historical", ("Tunisia", "Syria"), (), core=False),
            Gold(
                "relations.restored",
                "historical",
                ("United Arab Emirates", "Syria"),
                (),
                core=False,
            ),
            Gold("alliance.joined", "negated", ("Syria",), ("Arab League",), core=False),
        ),
        not_participants=("Saudi Arabia",),
    ),
    Article(
        "k08-bamako-weekly-former-rebels-integrated-into-malian-army",
        date(2022, 10, 20),
        _p(
            "1,840 former fighters join the army in Gao",
            "SAHEL OBSERVER | Bamako | Thursday 20 October 2022",
            "About 1,840 former fighters of the armed movements that signed the 2015 peace agreement were integrated into the Malian Armed Forces on Tuesday at a ceremony at the army's training centre in Gao, the first stage of a programme to bring 26,000 former combatants into the army and other state services by the end of 2024. The men, from the Coordination of Azawad Movements and the pro-government Platform, swore an oath before the army chief of staff and received their ranks and numbers.",
            "They will be spread among existing army units rather than kept in separate battalions, the defence ministry said, and will receive six months of training before being posted. Officers of the former movements will keep ranks agreed with a commission of the government and the movements, which met in Bamako in August.",
            "The peace agreement was signed in Bamako in May and June 2015 by the government, the Coordination and the Platform after talks mediated by Algeria. It promised the integration of the movements' fighters into a reconstituted army, but the process has moved slowly. A first battalion of the reconstituted army, made up in part of former rebels, reached Kidal in February 2020.",
            "Fighters of the jihadist groups, among them Jama'at Nasr al-Islam wal-Muslimin and the Islamic State in the Greater Sahara, are not covered by the agreement and will not be integrated. Both groups have stepped up their attacks this year in the regions of Ménaka and Gao, where hundreds of civilians have been killed since March.",
            "The ceremony took place as the country's foreign partners change. The last French soldiers of Operation Barkhane left Mali in August, ending nine years of French military operations, and Russian instructors, whom Western governments say belong to the Wagner Group, arrived at the end of last year. The transitional government says they are trainers sent under a cooperation agreement with Russia.",
            "Leaders of the Coordination welcomed the ceremony but said the government had yet to meet other parts of the agreement, including the creation of regional assemblies with wide powers. They said they would judge the programme by the treatment of their men in the units where they are posted.",
            "The United Nations mission, MINUSMA, whose mandate the Security Council renewed in June for a year, said it would help to pay for the training and for the demobilisation of the fighters who are not integrated, who are to receive grants to start businesses.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Mali", "Malian Armed Forces"),
                (CMA, "Platform"),
            ),
            # the agreement of 2015; the battalion of 2020; the jihadists not integrated; the Russian
            # instructors of last year
            Gold("agreement.signed", "historical", ("Mali", CMA, "Platform"), (), core=False),
            Gold("forces.integrated", "historical", ("Mali",), (CMA,), core=False),
            Gold(
                "forces.integrated",
                "negated",
                ("Mali",),
                (JNIM, "Islamic State in the Greater Sahara"),
                core=False,
            ),
            Gold(
                "military.presence",
                "historical",
                ("Russia", "Wagner Group"),
                ("Mali",),
                core=False,
            ),
        ),
        not_participants=("Algeria", "France"),
    ),
    Article(
        "k09-doha-daily-first-turkish-troops-arrive",
        date(2017, 6, 23),
        _p(
            "First Turkish troops arrive as Gulf crisis enters third week",
            "THE GULF MORNING | Doha | Friday, June 23, 2017",
            "The first Turkish troops sent to Qatar since the crisis with its neighbours began arrived in Doha on Thursday, the Turkish armed forces said, along with a column of armoured vehicles that drove from the port to the Tariq bin Ziyad base on the southern edge of the capital. About 90 Turkish soldiers have served at the base since it opened last year, and the new arrivals will take part in exercises with the Qatari army, the Turkish military said.",
            "Turkey's parliament on June 7 approved a law allowing troops to be deployed in Qatar under the defence agreement the two countries signed in 2014. Turkish officials have said the force could eventually number 3,000 soldiers, with air and naval units, but have given no timetable.",
            "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut their diplomatic ties with Qatar on June 5 and closed their borders, airspace and ports to Qatari ships and aircraft, accusing Doha of supporting terrorism and of being too close to Iran. Qatar denies the charges. Its only land border, with Saudi Arabia, has been closed since, and food now arrives by sea through Oman and by air from Turkey and Iran.",
            "Kuwait, which is mediating, received a list of demands from the four states on Thursday, and diplomats said it included the closure of the Turkish base. Kuwait's mediation, backed by Washington, has produced no agreement so far. Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, said this week that Doha would not negotiate while the blockade lasted.",
            "President Recep Tayyip Erdoğan has said that the Turkish base is there to serve the security of the whole Gulf and that no one should be disturbed by it. He has called the measures against Qatar inhumane and against Islamic values.",
            "The United States, which has about 11,000 military personnel at Al Udeid Air Base west of Doha, has sent mixed messages. President Donald Trump backed the four states on Twitter in the first days of the crisis, but the Pentagon and the State Department have praised Qatar's cooperation against the Islamic State group, and Qatar agreed last week to buy up to 36 F-15 fighter jets.",
            "In the shops of Doha, Turkish milk, yoghurt and vegetables have replaced Saudi brands on many shelves, and local dairy farms say they are flying in thousands of cows to increase production. Prices have risen, but residents said there had been no shortages since the first days of the crisis.",
        ),
        (
            Gold("military.presence", "occurred", ("Turkey", "Turkish Armed Forces"), ("Qatar",)),
            # the accord of 2014; a force of 3,000 one day; the four states' measures of June 5;
            # Kuwait's mediation without agreement; the American airmen at Al Udeid
            Gold("agreement.signed", "historical", ("Turkey", "Qatar"), (), core=False),
            Gold("military.presence", "planned", ("Turkey",), ("Qatar",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"),
                ("Qatar",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "stalled",
                ("Qatar", "Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"),
                (),
                core=False,
            ),
            Gold("military.presence", "historical", (US,), ("Qatar",), core=False),
            # the F-15 purchase agreed last week
            Gold("agreement.signed", "historical", (US, "Qatar"), (), core=False),
        ),
        not_participants=("Kuwait", "Oman"),
    ),
    Article(
        "k10-hyderabad-sports-page-kabaddi-league-fines-and-signings",
        date(2019, 8, 26),
        _p(
            "Kabaddi league fines Titans, lifts ban on raider; title sponsor signs on",
            "SPORTS | Hyderabad, Monday, August 26, 2019",
            "The technical committee of the Pro Kabaddi League on Sunday imposed a fine of five lakh rupees on the Hyderabad franchise for fielding eight players on the mat for a raid in its home match at the Gachibowli stadium, and suspended the team's assistant coach for two matches for abusing a referee after the final whistle.",
            "The committee also lifted the suspension it imposed last week on a young raider from Haryana, who had been sanctioned for missing a dope test, after the national anti-doping agency accepted that the notice had been sent to a wrong address. He will be available for the away match in Chennai on Wednesday.",
            "The league's organisers have signed a five-year sponsorship agreement with a South Korean electronics company, which will put its name on the trophy and on the mats from next season. The value of the deal was not disclosed, but officials said it was the largest in the history of the league, whose television audience has grown every season since it began in 2014.",
            "An Iranian defender who played for the franchise last season has joined a rival team from Pune for the rest of the season, and the franchise has extended the contract of its captain, a raider from Andhra Pradesh, for two more seasons. The captain was restored to the starting seven on Saturday after missing three matches with a knee injury.",
            "Police said more officers would be deployed around the stadium for the remaining home matches after fans without tickets forced their way through a gate on Saturday. Power to the floodlights, which failed for twenty minutes in the second half, was restored after a generator was brought in from the city's cricket ground.",
            "The players' association said it had suspended its talks with the organisers over minimum salaries until the end of the season. The last agreement between the two sides, signed in 2017, expires in December and has not been renewed. Several players have complained that the auction system keeps their pay low while the franchises' income grows.",
            "The national federation, meanwhile, has extended its ban on players taking part in unsanctioned tournaments abroad, after four players appeared in a private league in Dubai in July. Officials said the ban would remain until the federation had drawn up rules for such events.",
            "Hyderabad's next home match is against Bengal on Friday. Tickets are on sale at the stadium and online.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "k11-kerry-county-paper-bathing-ban-lifted-twinning-signed",
        date(2024, 8, 14),
        _p(
            "Bathing ban lifted at Ballyheigue; council extends pay parking",
            "THE KINGDOM COUNTY NEWS | Tralee, Wednesday 14 August 2024",
            "Kerry County Council has lifted the ban on swimming at Ballyheigue beach that it imposed ten days ago, after new water samples showed that the levels of E. coli had fallen below the limit. The council imposed the ban after heavy rain on the August bank holiday weekend washed waste from fields and an overflowing pumping station into the bay.",
            "Lifeguards will be on duty at the beach every day until the end of the month. Uisce Éireann said repairs to the pumping station had been completed and that the boil water notice it issued for about 300 homes in the area had also been lifted on Monday.",
            "At its monthly meeting the council extended pay parking at the beach car parks in Ballybunion and Banna until the end of September and suspended the new charges at Fenit after complaints from the harbour's fishermen. Councillors voted to restore free parking for the first hour in Tralee town centre from October.",
            "The council also signed a twinning agreement with Plouguerneau, a coastal town in Brittany, at a ceremony in the Ashe Memorial Hall attended by its mayor and a delegation of thirty people. The agreement commits the two towns to exchanges of schools, sports clubs and musicians, and the first group of students from Tralee will travel to Brittany next spring.",
            "Gardaí said additional officers would be deployed in Killarney during the Rose of Tralee festival and the Puck Fair in Killorglin, after complaints about anti-social behaviour last year. Traffic restrictions will apply on the Ring of Kerry road near Killorglin on the fair's three days.",
            "Power was restored to about 2,000 homes in the Dingle peninsula on Saturday evening after a storm brought down lines near Annascaul. ESB Networks said some customers had been without electricity for fourteen hours.",
            "Listowel has joined a national scheme of towns that promise a safe and varied night-time economy, and the town's businesses said the award would help them attract visitors in the evenings. The council said it would apply for the same status for Tralee next year.",
            "The county's tourism figures for July were the best since 2019, with hotels in Killarney reporting occupancy of more than 90 percent.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "k12-mumbai-business-page-penalties-and-curbs",
        date(2023, 10, 19),
        _p(
            "SEBI fines broker; RBI lifts curbs on lender; sugar export curbs extended",
            "BUSINESS | Mumbai, Thursday, October 19, 2023",
            "The Securities and Exchange Board of India on Wednesday imposed a penalty of 2 crore rupees on a Mumbai stockbroker for misusing clients' funds and suspended its registration for six months. The regulator said the broker had pledged clients' shares to raise loans for its own trading.",
            "The Reserve Bank of India has lifted the restrictions it imposed in March on a cooperative bank in Pune, allowing it to take new deposits and lend again after its capital was restored above the minimum required. Depositors had been allowed to withdraw no more than 50,000 rupees each while the curbs were in force.",
            "The government has extended the restrictions on sugar exports beyond October 31, when they were due to expire, the directorate general of foreign trade said in a notification. Mills will need permission for every consignment, and officials said exports were unlikely to be allowed at all this season because of poor rains in Maharashtra and Karnataka, the two largest producing states.",
            "Shares of sugar companies fell as much as 4 percent. Traders said the curbs would keep world prices high, and that buyers in Indonesia and Bangladesh, which have relied on Indian sugar, would turn to Brazil and Thailand.",
            "An airline based in Gurugram has signed an agreement with an American engine maker for the maintenance of its new fleet, and said it expected to take delivery of the first of its aircraft in March. The carrier has also joined an international alliance of airlines for frequent flyer programmes, giving its members points on flights to Europe and North America.",
            "A Bengaluru software company said it had suspended its guidance for the year after its largest client, a bank in the United States, cut spending, and that it had extended a hiring freeze until March. Its shares fell 6 percent in early trading before recovering some of their losses.",
            "The rupee closed at 83.25 against the dollar, near its record low, after the central bank sold dollars to hold the currency steady. Dealers said the bank had sanctioned several foreign banks' requests to hedge on behalf of importers, and that the currency was unlikely to move much until the US Federal Reserve's meeting in November.",
            "The Bombay Stock Exchange's main index ended 0.3 percent lower. Oil companies fell after crude rose above 90 dollars a barrel.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States on Monday postponed the sanctions on Lukoil for a month.",
            id="postponed-the-sanctions-on-a-company-for-a-month",
        ),
        pytest.param(
            "Washington has delayed by another month the sanctions it imposed on Lukoil.",
            id="delayed-by-another-month-the-sanctions-it-imposed",
        ),
        pytest.param(
            "The United States on Monday suspended the sanctions on Lukoil for a month.",
            id="suspended-the-sanctions-on-a-company-for-a-month",
        ),
        pytest.param(
            "The United States on Monday extended the suspension of its sanctions on Lukoil for a "
            "month.",
            id="extended-the-suspension-of-its-sanctions",
        ),
    ],
)
def test_sanctions_postponed_are_suspended(text: str) -> None:
    found = [r for r in alert_rows(text, date(2025, 3, 20)) if r[0] == "sanctions.suspended"]
    assert any("Lukoil" in t for _, _, _, t in found), found


_LISTINGS = (
    "'listings' (and 'list more officials') is no sanctions_noun in "
    "rasd/events/lexicons/en.cues.yaml, so a warning that further listings would follow is no threat"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The European Union warned Belarus that further listings would follow if the border "
            "crossings stayed closed.",
            id="warned-that-further-listings-would-follow",
        ),
        _xfail(
            "The European Union warned Belarus that it would list more officials if the border "
            "crossings stayed closed.",
            _LISTINGS,
            "warned-that-it-would-list-more-officials",
        ),
        pytest.param(
            "The European Union warned Belarus that further sanctions would follow if the border "
            "crossings stayed closed.",
            id="warned-that-further-sanctions-would-follow",
        ),
    ],
)
def test_a_warning_of_further_listings_is_a_threat(text: str) -> None:
    found = [r for r in alert_rows(text, date(2021, 11, 10)) if r[0] == "sanctions.threatened"]
    assert any("Belarus" in t for _, _, _, t in found), found


_CLAUSE_YEAR = (
    "the status is decided by the years of the whole sentence (rasd/events/status.py): a year "
    "inside a relative clause ('that signed the 2015 peace agreement') dates the main act, and a "
    "later year elsewhere in the sentence ('to the end of 2024') undates the clause's accord"
)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "Former fighters of the movements that signed the 2015 peace agreement were integrated "
            "into the Chadian Armed Forces on Tuesday, the first stage of a programme that runs to "
            "the end of 2024.",
            _CLAUSE_YEAR,
            "an-accord-of-a-past-year-in-a-clause-with-a-later-year-after",
        ),
        pytest.param(
            "The movements that signed the peace agreement with Chad in 2015 met on Tuesday.",
            id="an-accord-of-a-past-year-in-a-clause",
        ),
    ],
)
def test_an_accord_of_a_past_year_in_a_relative_clause_stays_quiet(text: str) -> None:
    found = [r for r in alert_rows(text, date(2022, 10, 20)) if r[0] == "agreement.signed"]
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Former rebels who signed the 2015 peace agreement were integrated into the Chadian army "
            "on Tuesday.",
            id="integrated-on-tuesday-with-a-past-year-in-the-subjects-clause",
        ),
        pytest.param(
            "Former fighters of the movements that signed the 2015 peace agreement were integrated "
            "into the Chadian army on Tuesday, the first stage of a programme that runs to the end "
            "of 2024.",
            id="integrated-on-tuesday-with-a-later-year-after",
        ),
        pytest.param(
            "Former rebels were integrated into the Chadian army on Tuesday.",
            id="integrated-on-tuesday",
        ),
    ],
)
def test_an_integration_today_is_not_dated_by_its_subjects_clause(text: str) -> None:
    found = [r for r in alert_rows(text, date(2022, 10, 20)) if r[0] == "forces.integrated"]
    assert found, found


_A_CONTRACT_IN_A_STATES_STORY = (
    "a company's contract is read as an accord with the state named in the sentence before as its "
    "party"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Reserve Bank of India has lifted the restrictions it imposed in March on a "
            "cooperative bank in Nagpur.",
            id="a-central-bank-lifted-restrictions-on-a-domestic-bank",
        ),
        pytest.param(
            "The Indian government has extended the restrictions on rice exports beyond October 31.",
            id="a-government-extended-restrictions-on-its-own-exports",
        ),
        pytest.param(
            "The central bank has lifted the restrictions it imposed in March on a cooperative bank "
            "in Nagpur.",
            id="the-central-bank-lifted-restrictions-on-a-domestic-bank",
        ),
        pytest.param(
            "The government has extended the restrictions on rice exports beyond October 31.",
            id="the-government-extended-restrictions-on-its-own-exports",
        ),
        _xfail(
            "Hungary buys its oil from Russia. MOL said this week that it had signed a new contract "
            "with JANAF for transport until the end of the year.",
            _A_CONTRACT_IN_A_STATES_STORY,
            "a-companys-contract-after-a-sentence-naming-a-state",
        ),
        pytest.param(
            "MOL said this week that it had signed a new contract with JANAF for transport until "
            "the end of the year.",
            id="a-companys-contract",
        ),
    ],
)
def test_domestic_curbs_and_company_contracts_stay_quiet(text: str) -> None:
    assert not alert_rows(text, date(2023, 10, 19))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "India has lifted the restrictions it imposed on imports from Pakistan.",
            "sanctions.lifted",
            id="a-state-lifted-the-restrictions-it-imposed-on-another",
        ),
        pytest.param(
            "India has extended its ban on imports from Pakistan for a year.",
            "sanctions.extended",
            id="a-state-extended-its-ban-on-imports-from-another",
        ),
    ],
)
def test_the_neighbouring_state_forms_are_read(text: str, kind: str) -> None:
    found = [r for r in alert_rows(text, date(2023, 10, 19)) if r[0] == kind]
    assert any("Pakistan" in t or "India" in a for _, _, a, t in found), found


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout40_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-40 English events"))
