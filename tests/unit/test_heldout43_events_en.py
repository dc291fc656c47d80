"""Forty-third English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier forty-two sets
lack, all of the era of the articles the analyzer is judged on (2013-2026): a Georgetown daily on
the US Treasury's Global Magnitsky sanctions on the gold traders Nazar and Azruddin Mohamed (2024),
a Gaborone daily on Washington lifting its sanctions on the ICC prosecutor Fatou Bensouda and Phakiso
Mochochoko (2021), a Bratislava English weekly on the one-year US exemption for Hungary from the
sanctions on Rosneft and Lukoil, with Slovakia left without one (2025), a Hague English desk on the
EU prolonging its chemical weapons sanctions regime (2024), a Guangzhou English business daily on
Janet Yellen warning Chinese banks of sanctions over their Russia trade (2024), a Moroni news site
on the Comoros becoming the 165th member of the WTO with Timor-Leste to follow (2024), a Kraków
English site on the Franco-Polish treaty of Nancy and its mutual defence clause (2025), an
Ouagadougou weekly's English edition on Russia reopening its embassy and sending military
instructors (2023), a Mariupol English site on the Azov battalion taken into the National Guard of
Ukraine (2014), and near misses (a Ljubljana volleyball page where the federation "imposed" a fine,
"suspended" a libero, "lifted" a coach's ban, a club "signed a two-year agreement with an Austrian
sportswear maker", a Brazilian setter "joined", a contract is "extended", a captain "restored",
police "deployed" and juniors "integrated" (2023); a George Town local daily where the water
supplier "lifted the rationing it imposed on parts of Seberang Perai", the council "extended"
hawker hours, "suspended" a fee, "signed a memorandum of understanding with a Japanese city" and
"joined a network of Asian cities", officers were "deployed" and a funicular "restored" (2024); an
Accra business page where the central bank "imposed penalties" and "suspended" a licence, the
securities regulator "lifted the restrictions it imposed", a telecom operator "signed an agreement
with a Chinese equipment maker" and "joined an alliance of African telecom companies", the ministry
"extended" a duty waiver and "restored" a levy, and trucks were "deployed" (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joining a trade organisation; a treaty of friendship and mutual
defence signed; an embassy reopened; a volunteer battalion integrated into the National Guard;
military instructors to be sent abroad), nine occurred and two planned, beside historical, negated
and stalled events.

Decisions of the annotation: a United States Treasury that "imposed sanctions on Nazar Mohamed and
his son Azruddin Mohamed" imposes (core, with the Treasury, its OFAC that "designated" them, and the
state as actors; the two men are unknown to the knowledge base, so the actors carry the match), the
embassy's note that "the United States has not imposed any measures on state bodies" a negated
imposition on Guyana, and the sanctions "imposed ... on Minerven" in 2019 a historical imposition.
A Washington that "lifted the sanctions that the previous administration imposed on" Fatou Bensouda
and Phakiso Mochochoko lifts (core; "The lifting of the measures ... was announced by Secretary of
State Antony Blinken" is the same act in a nominal form, and the ending of the 2019 visa policy part
of it), the sanctions "imposed in September 2020" a historical imposition, "The United States has
not joined the court" a negated joining, and Bill Clinton who "signed the Rome Statute in 2000" a
historical accord; Botswana's minister who said the decision "restored the independence of a court"
speaks of no relations. A United States that "has granted Hungary a one-year exemption from its
sanctions on ... Rosneft and Lukoil" suspends (core: an exemption for one state from sanctions on
others is a suspension, as the Rosneft Deutschland licence was in set 42), Slovakia that "has not
received a similar exemption" a negated suspension, the designations "on October 22" a historical
imposition (of three weeks before, told as background), and the sanctions on the Paks expansion
lifted "in June" a historical lifting; "the measures ... threatened supplies" is no threat of
sanctions, and the EU governments' agreement to phase out Russian gas is a law of the bloc, no
accord in the monitor's sense (not annotated). A European Union that "has prolonged its sanctions
regime against the use and proliferation of chemical weapons for another year" extends (core, the
Council as actor, the GRU and Syria's Scientific Studies and Research Centre as targets; "The
extension of the measures" is the same act), the listings of January 2019 and October 2020 a
historical imposition, and "No new names were added on Monday" a negated imposition; the OPCW, whose
seat is the dateline's city and whose findings are cited, is no party. Janet Yellen who "warned ...
that Chinese banks and companies that supply Russia's war industry could face American sanctions"
threatens (core, China as target), the listings of February a historical imposition, "No large
Chinese bank has been sanctioned so far" a negated imposition, and "no agreement had been reached
on overcapacity" a negated accord; Joe Biden who "gave the Treasury the power to cut off foreign
banks" in December grants a power, no sanction (not annotated). The Comoros that "became the 165th
member of the World Trade Organization on Wednesday" joins (core, with its president), Timor-Leste
that "will become the 166th member on August 30" a planned joining (core: a dated accession already
approved), the protocol the Comorian delegation "signed" in February a historical trade accession
(not core), and "Ethiopia, which applied in 2003, has not joined" a negated joining. Poland and France
that "signed a treaty of enhanced cooperation and friendship ... committing each to come to the
other's aid" sign (core, with Donald Tusk and Emmanuel Macron), the treaty "signed ... in 1991" a
historical accord, and the helicopter talks that "collapsed in 2016" a stalled accord; France that
"has so far refused to extend its nuclear deterrent" extends no sanction. Russia that "reopened its
embassy in Ouagadougou on Thursday" restores relations (core), its "military instructors [who] will
arrive in Burkina Faso in the coming weeks" and "would be stationed in the capital" a planned
presence (core: an announced deployment of a foreign state's military personnel), the French special
forces "stationed at Kamboinsin ... since 2009" who left in February a historical presence, and
"Burkina Faso will not host a foreign military base" a negated presence. The Azov battalion that
"has been incorporated into the National Guard of Ukraine" is integrated (core, Ukraine and the Guard
as actors; the battalion is unknown to the knowledge base), the Donbas battalion "taken into the
National Guard in June" a historical integration, Right Sector's corps that "has not been integrated
into any state force" a negated integration, and the ceasefire "signed in Minsk on September 5" a
historical accord. Outside the monitor's remit (no event): a volleyball federation's fine,
suspension and lifted ban, a sportswear deal, transfers, a coach's contract and a police deployment;
a water supplier's rationing, a city council's hawker hours, a permit fee, a memorandum with a
Japanese city and a network of Asian cities; a central bank's penalties, a securities regulator's
suspension and lifted restrictions, an equipment deal, an alliance of telecom companies, a duty
waiver and a levy.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout43_events_en``.
Measured before any fix (2026-12-03, on commit 880420f): P 0.833, R 1.000, F1 0.909 (recall 11/11,
10 of 12 alerts right; recall by status: occurred 9/9, planned 2/2; no false alarm, two unexpected
alerts, no venue as a party; two near misses quiet, one not). No annotation was changed after the
run; seven mastheads that borrowed the names of real papers were made fictitious after it, and a
re-run gave the same events and figures.
Missed: none as scored, but two of the eleven are found only by the scoring's leniency or by a
headline. Timor-Leste, "whose accession was approved at the same meeting, will become the 166th
member on August 30", gives no event at all (the gold is matched through the WTO of the Comoros's
joining): ``_RELATIVE_EN`` / ``_WHO_EN`` in ``rasd/events/roles.py`` hold "which" and "who", not
"whose", so a subject's ", whose …," aside is not skipped and the subject is lost ("Armenia, whose
prime minister attended the talks, signed a defence agreement with France" keeps only France), where
", which applied in 2009," is skipped. The Comoros's joining is read as occurred only from the
headline ("becomes"): the body's "became the 165th member ... on Wednesday, thirty days after the
archipelago deposited its instrument of ratification in Geneva, ending an accession process that
began with its application in 2007" is dated historical, since ``_relative_after`` in
``rasd/events/status.py``, which keeps "a process that began in 2007" from dating the act, looks
only 14 tokens past the noun, so after a longer aside the clause's year wins over "on Wednesday".
Unexpected: the Accra Bank of Ghana that "imposed penalties totalling GH¢4.2 million on two
commercial banks" gives Ghana imposing sanctions: the matcher links the country inside an
institution's name the knowledge base lacks ("Bank of Ghana", "Bank of Zambia") as the actor, and
bare "penalties" is a strict sanctions noun of ``rasd/events/lexicons/en.cues.yaml``, where "a fine",
"monetary penalties" and "the central bank" stay quiet (a supervisor's penalties on commercial banks
are not screened as business). The Bratislava "Under an agreement reached by EU governments, imports
of Russian gas into the bloc are to be phased out by the end of 2027" gives a planned accord of the
EU and Russia: the demonym of a commodity ("Russian gas", "Qatari gas") is taken as a second party
of "an agreement reached" (``rasd/events/roles.py``; "reached" in ``en.triggers.yaml``), so a bloc's
own rule reads as an accord with its supplier; without the demonym it stays quiet (not an article
failure: the check of an article with events does not fail on an unexpected alert).
Also seen, not scored: Janet Yellen's warning has Russia, not China, as target: the restrictive
clause on the subject ("Chinese banks and companies that supply Russia's war industry could face")
gives its own names as target (roles.py skips a "that" clause only after a body noun), where
"Turkish banks could face" and "Turkish banks financing the oil trade could face" name Turkey; the
Georgetown imposition names "Mohameds" (from the headline) and Guyana as targets, though the embassy
says the state is not targeted, and the denial gives no negated event; the Gaborone historical
imposition is read from "which froze any assets" with the ICC and Lesotho as actors, and Bill
Clinton's signature of 2000 gives nothing; the Hungarian exemption has Hungary as an actor beside the
United States, Slovakia's denied exemption no event; the chemical weapons extension is read from the
headline ("rolls over") with no target; the Ouagadougou reopening has Russia as its only party, and
the French forces "stationed ... since 2009" who left in February are read as negated; the Azov
integration has no actor, with the National Guard and Ukraine as targets; the negations of
Ethiopia's joining, Right Sector's integration and Captain Traoré's refusal of a base, and the Minsk
ceasefire, give no event; Nazar and Azruddin Mohamed, Phakiso Mochochoko, Bharrat Jagdeo, Irfaan
Ali, He Lifeng, Azali Assoumani, Arsen Avakov, the Azov battalion and Right Sector are not in the
knowledge base. Each form missed is pinned below on sentences of its own, a strict xfail while it
fails, beside the neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000, R 1.000, F1 1.000 (recall 11/11, 11 of 11
alerts right; every article and rule case passes). Fixed as general causes: a subject's ", whose …,"
aside is skipped as ", which …," is (``_RELATIVE_EN``, rasd/events/roles.py); a relative clause up to
twenty words after the noun keeps its year from dating the act (``_relative_after``,
rasd/events/status.py); "banks that finance …" keeps the banks as the ones threatened, not the
clause's names (roles.py); energy and raw materials are commodity nouns, so "imports of Qatari gas"
names no party (rasd/events/lexicons/en.cues.yaml); a state in "Bank of <state>" is the bank's name,
not the state (roles.py).
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
EU = "European Union"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
CEU = "Council of the European Union"
ICC = "International Criminal Court"
WTO = "World Trade Organization"
NGU = "National Guard of Ukraine"

ARTICLES: list[Article] = [
    Article(
        "n01-georgetown-daily-us-treasury-sanctions-gold-traders-mohamed",
        date(2024, 6, 12),
        _p(
            "US slaps sanctions on Mohameds, Home Affairs official",
            "THE ESSEQUIBO STAR | Wednesday, June 12, 2024",
            "The United States Treasury on Tuesday imposed sanctions on Nazar Mohamed and his son Azruddin Mohamed, the owners of one of Guyana's largest gold exporting companies, accusing them of evading more than US$50 million in duties on gold shipped out of the country and of paying bribes to government officials to keep their business running.",
            "Both men, together with a permanent secretary at the Ministry of Home Affairs and the family's company, Mohamed's Enterprise, were designated under the Global Magnitsky Act, the Treasury's Office of Foreign Assets Control said in a statement. Any property they hold in the United States is blocked, and Americans are barred from doing business with them. The State Department said the official had helped the family to obtain weapons licences and other favours in exchange for cash.",
            '"Corruption undermines the rule of law and the ability of Guyana to use its natural resources for the benefit of its people," the Under Secretary of the Treasury for Terrorism and Financial Intelligence, Brian Nelson, said. The US ambassador in Georgetown, Nicole Theriot, told reporters that the measures were aimed at individuals and not at the country, and that Washington valued its partnership with the government.',
            "The sanctions do not apply to the Government of Guyana, and the United States has not imposed any measures on state bodies, the embassy said in a note to the foreign ministry on Tuesday evening.",
            "Vice President Bharrat Jagdeo said the government had not been consulted in advance and would study the designations before deciding what to do about the permanent secretary, who was sent on leave within hours. President Irfaan Ali said Guyana would cooperate with any investigation. The younger Mohamed, a businessman who has spoken of entering politics, denied wrongdoing and said he would challenge the decision in the courts in Washington.",
            "Gold is Guyana's largest export after oil, and mining officials have long complained that much of the metal dug up in the interior leaves the country without paying royalties. The Guyana Gold Board, which buys gold from small miners, said its purchases would not be affected.",
            "It is not the first time Washington has acted against the gold trade in the region. In 2019 the Treasury imposed sanctions on Minerven, the Venezuelan state gold mining company, saying its gold helped to keep President Nicolás Maduro in power.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST, OFAC),
                ("Nazar Mohamed", "Azruddin Mohamed"),
            ),
            # the state is not targeted; Minerven in 2019
            Gold("sanctions.imposed", "negated", (US,), ("Guyana",), core=False),
            Gold(
                "sanctions.imposed", "historical", (US, UST), ("Minerven", "Venezuela"), core=False
            ),
        ),
    ),
    Article(
        "n02-gaborone-daily-washington-lifts-sanctions-on-icc-prosecutor",
        date(2021, 4, 3),
        _p(
            "US ends sanctions on ICC prosecutor Bensouda",
            "THE GABORONE LEDGER | Saturday, 03 April 2021",
            "Washington on Friday lifted the sanctions that the previous administration imposed on the chief prosecutor of the International Criminal Court, Fatou Bensouda, and on the head of a division of her office, Phakiso Mochochoko, a lawyer from Lesotho. The lifting of the measures, which froze any assets the two held in the United States, was announced by Secretary of State Antony Blinken, who said that President Joe Biden had revoked the executive order under which they were listed.",
            "Mr Blinken said the United States continued to disagree strongly with the court's actions relating to Afghanistan and the Palestinian territories, but that its concerns would be better addressed through engagement than through sanctions. A separate policy of 2019 that restricted visas for some court staff was also ended, he said.",
            "The sanctions were imposed in September 2020 by the administration of Donald Trump, when the then Secretary of State, Mike Pompeo, accused the court of trying to investigate American soldiers and called it a thoroughly broken and corrupted institution. It was the first time Washington had used such measures against officials of an international court.",
            "The United States has not joined the court, and neither have China, Russia or India. President Bill Clinton signed the Rome Statute in 2000, but it was never sent to the Senate, and the administration of George W. Bush told the United Nations in 2002 that it did not intend to ratify it.",
            "Botswana's Minister of International Affairs and Cooperation, Lemogang Kwape, welcomed the decision, saying it restored the independence of a court that Botswana had supported since it was founded. Botswana was among the first African countries to ratify the Rome Statute, and in 2009 it broke ranks with the African Union over the arrest warrant for Sudan's former president Omar al-Bashir.",
            "Ms Bensouda, a former justice minister of The Gambia, leaves office in June after nine years. Her successor, the British lawyer Karim Khan, was elected by the court's member states in February. Human rights groups in Gaborone and Johannesburg said they hoped the decision would allow the court's investigations to proceed without pressure.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                (US, "Antony Blinken", "Joe Biden"),
                ("Fatou Bensouda", "Phakiso Mochochoko", ICC),
            ),
            # the sanctions of September 2020; the United States not a member
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "Mike Pompeo", "Donald Trump"),
                ("Fatou Bensouda", ICC),
                core=False,
            ),
            Gold(
                "alliance.joined", "negated", (US, "China", "Russia", "India"), (ICC,), core=False
            ),
            Gold("agreement.signed", "historical", (US, "Bill Clinton"), (), core=False),
        ),
    ),
    Article(
        "n03-bratislava-english-weekly-us-exempts-hungary-russian-oil",
        date(2025, 11, 10),
        _p(
            "Hungary wins US exemption for Russian oil; Slovakia left waiting",
            "THE DANUBE WEEKLY | Bratislava, 10 November 2025",
            "The United States has granted Hungary a one-year exemption from its sanctions on the Russian oil companies Rosneft and Lukoil, allowing Budapest to keep buying oil through the Druzhba pipeline and gas through TurkStream, a White House official said after Prime Minister Viktor Orbán met President Donald Trump in Washington on Friday.",
            "Foreign Minister Péter Szijjártó said on Saturday that the exemption was unlimited in time and that Hungary had received everything it asked for, but officials in Washington insisted it would last one year. Either way, the decision means that banks handling payments for the oil delivered to MOL's refineries, among them Slovnaft in Bratislava, will not be penalised.",
            "Slovakia, which also depends on the Druzhba pipeline, has not received a similar exemption, and the economy ministry said it was still in talks with Washington. Prime Minister Robert Fico said on Sunday that Slovakia had been treated as a second-class ally and that he would raise the matter with Mr Trump's administration directly.",
            "The Treasury imposed sanctions on Rosneft and Lukoil on October 22, saying Moscow had shown no serious commitment to ending the war in Ukraine. The measures, which took effect on November 21 for most transactions, threatened supplies to the landlocked countries of central Europe that still buy Russian crude.",
            "It is the second concession Mr Orbán has won this year. In June, Washington lifted the sanctions that had held up work on the expansion of the Paks nuclear plant, which is being built by Rosatom, the Russian state nuclear company.",
            'Mr Orbán, who faces an election in April, called the exemption "a great success" for Hungarian families, while opposition leader Péter Magyar said the government was keeping the country dependent on Russian energy. Under an agreement reached by EU governments, imports of Russian gas into the bloc are to be phased out by the end of 2027.',
            "Slovnaft processes about six million tonnes of crude a year and supplies most of the petrol and diesel sold in Slovakia. Analysts in Bratislava said the refinery could switch to crude delivered through the Adria pipeline from Croatia, but at a higher cost.",
        ),
        (
            Gold(
                "sanctions.suspended",
                "occurred",
                (US, "Donald Trump"),
                ("Hungary", "Rosneft", "Lukoil"),
            ),
            # Slovakia not exempted; the designations of October 22; Paks in June
            Gold("sanctions.suspended", "negated", (US,), ("Slovakia",), core=False),
            Gold("sanctions.imposed", "historical", (US, UST), ("Rosneft", "Lukoil"), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Hungary", "Rosatom"), core=False),
        ),
    ),
    Article(
        "n04-hague-english-site-eu-prolongs-chemical-weapons-sanctions",
        date(2024, 10, 15),
        _p(
            "EU rolls over chemical weapons sanctions for another year",
            "HAGUE CITY NEWS | The Hague | Tuesday 15 October 2024",
            "The European Union has prolonged its sanctions regime against the use and proliferation of chemical weapons for another year, until 16 October 2025, keeping in place the asset freezes and travel bans on 25 people and five organisations, among them officers of Russia's military intelligence service, the GRU, and Syria's Scientific Studies and Research Centre, the Council of the European Union said on Monday.",
            "The extension of the measures, agreed by the bloc's foreign ministers without debate, also keeps in force the ban on making money or economic resources available to those listed. The regime is reviewed every year, and the listings themselves are kept under constant review, the Council said.",
            "The Dutch foreign ministry welcomed the decision, saying that the use of chemical weapons anywhere must have consequences. The Organisation for the Prohibition of Chemical Weapons, whose headquarters are in The Hague, has found that chemical weapons were used in Syria on several occasions and that Alexei Navalny was poisoned with a Novichok nerve agent.",
            "The regime was set up in October 2018. The first listings, in January 2019, targeted two GRU officers blamed for the attack on Sergei Skripal in Salisbury and the head of the service, and six Russian officials were added in October 2020 after the poisoning of Mr Navalny, who died in an Arctic prison in February.",
            "No new names were added on Monday. Diplomats said that proposals to list the officials responsible for the use of riot-control agents by Russian troops in Ukraine, which the OPCW reported this year, were still being prepared and would need the agreement of all 27 member states.",
            "Experts at the Clingendael Institute said the sanctions were largely symbolic, since few of those listed travel to Europe or hold assets there, but that they kept the question of accountability alive. The OPCW's Executive Council meets in The Hague next month.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                (EU, CEU),
                ("GRU", "Scientific Studies and Research Centre", "Russia", "Syria"),
            ),
            # the listings of 2019 and 2020; no new names
            Gold("sanctions.imposed", "historical", (EU, CEU), ("GRU", "Russia"), core=False),
            Gold("sanctions.imposed", "negated", (EU, CEU), (), core=False),
        ),
        not_participants=("Organisation for the Prohibition of Chemical Weapons",),
    ),
    Article(
        "n05-guangzhou-english-business-daily-yellen-warns-banks-of-sanctions",
        date(2024, 4, 9),
        _p(
            "Yellen warns Chinese banks over Russia trade",
            "SOUTH CHINA BUSINESS HERALD | Guangzhou, April 9, 2024",
            "US Treasury Secretary Janet Yellen warned on Monday that Chinese banks and companies that supply Russia's war industry could face American sanctions, ending a four-day visit to China in which she also pressed Beijing over the flood of cheap electric cars, batteries and solar panels into world markets.",
            '"Any banks that facilitate significant transactions that channel military or dual-use goods to Russia\'s defence industrial base expose themselves to the risk of US sanctions," she told a news conference at the ambassador\'s residence in Beijing. She said she had made the point "very strongly" in her talks with Vice Premier He Lifeng in Guangzhou and with Premier Li Qiang.',
            "Washington has already imposed sanctions on dozens of Chinese and Hong Kong companies accused of shipping machine tools, microchips and drone parts to Russia, most recently in February, when more than a dozen were listed on the second anniversary of the invasion of Ukraine. No large Chinese bank has been sanctioned so far, but several regional lenders have stopped handling payments from Russian customers since December, when President Joe Biden gave the Treasury the power to cut off foreign banks that deal with Russia's military industry.",
            "China's commerce ministry said on Tuesday that its trade with Russia was normal and did not target any third party, and that Beijing would take measures to protect its companies. A foreign ministry spokeswoman said China opposed unilateral sanctions that had no basis in international law.",
            "Ms Yellen and Mr He agreed to hold talks on what she called balanced growth in the two economies, and on cooperation against money laundering. Officials of both sides described the discussions as frank, but said no agreement had been reached on overcapacity, which Ms Yellen said threatened factories in the United States, Mexico and India.",
            "Exporters in the Pearl River Delta said they were more worried about tariffs than sanctions. Sales of electric vehicles abroad rose by almost 70 percent last year, and companies in Guangzhou and Shenzhen have been building factories in Hungary, Thailand and Brazil to get closer to their customers.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Janet Yellen"), ("China",)),
            # the listings of February; no large bank sanctioned yet
            Gold("sanctions.imposed", "historical", (US,), ("China", "Russia"), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("China",), core=False),
            # no agreement on overcapacity
            Gold("agreement.signed", "negated", (US, "China"), (), core=False),
        ),
    ),
    Article(
        "n06-moroni-news-site-comoros-joins-wto-timor-leste-next",
        date(2024, 8, 22),
        _p(
            "Comoros becomes 165th WTO member, Timor-Leste to follow",
            "MORONI DAILY ONLINE | Moroni | 22 August 2024",
            "The Comoros became the 165th member of the World Trade Organization on Wednesday, thirty days after the archipelago deposited its instrument of ratification in Geneva, ending an accession process that began with its application in 2007. The Comoros is the first country to join since Liberia and Afghanistan in 2016.",
            "President Azali Assoumani, who attended a ceremony at the presidential palace in Beit-Salam, said membership would give Comorian farmers and fishermen access to new markets and make the country more attractive to foreign investors. The commerce minister said the government would now have to cut some import duties and change its laws on customs valuation and intellectual property within agreed periods.",
            "The ministerial conference of the organisation approved the terms of the accession at its meeting in Abu Dhabi in February, where the Comorian delegation signed the protocol of accession in the presence of the Director-General, Ngozi Okonjo-Iweala. The national assembly ratified it in June.",
            "Timor-Leste, whose accession was approved at the same meeting, will become the 166th member on August 30, officials in Geneva said. Both countries are classed as least-developed and will have longer periods to apply the rules.",
            "Ethiopia, which applied in 2003, has not joined, and its negotiations, suspended during the war in Tigray, resumed only this year. About twenty other countries, among them Algeria, Iraq and Uzbekistan, are still negotiating their entry.",
            "The Comoros, which exports vanilla, cloves and ylang-ylang, imports most of its food, and its trade deficit is among the largest in Africa relative to the size of its economy. Economists at the University of the Comoros said the gains would depend on whether the government could improve the ports of Moroni and Mutsamudu, where ships often wait for days to unload.",
            "Traders at the Volo Volo market said prices of rice and flour had risen sharply this year, and that they hoped lower duties would bring them down.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Comoros", "Azali Assoumani"), (WTO,)),
            Gold("alliance.joined", "planned", ("Timor-Leste",), (WTO,)),
            # the protocol signed in February; Ethiopia not a member
            Gold("agreement.signed", "historical", ("Comoros",), (WTO,), core=False),
            Gold("alliance.joined", "negated", ("Ethiopia",), (WTO,), core=False),
        ),
    ),
    Article(
        "n07-krakow-english-site-france-poland-sign-nancy-treaty",
        date(2025, 5, 10),
        _p(
            "Poland and France sign treaty with mutual defence clause",
            "KRAKÓW ENGLISH WEEKLY | Saturday, 10 May 2025",
            "Poland and France signed a treaty of enhanced cooperation and friendship in the French city of Nancy on Friday, committing each to come to the other's aid if it is attacked and to work together on defence, energy, transport and education. Prime Minister Donald Tusk and President Emmanuel Macron put their names to the document at the town hall on Place Stanislas, named after the Polish king who ruled the duchy of Lorraine in the 18th century.",
            '"We are signing a treaty that says clearly that in the event of aggression, France and Poland will stand together," Mr Tusk told reporters, adding that he hoped other countries of the European Union would follow with similar agreements. Mr Macron said the two countries shared the same reading of the threat from Russia.',
            "The treaty provides for a joint cabinet meeting every year and regular talks between the defence and foreign ministers, and for cooperation on nuclear power, in which French companies have long hoped to play a part. Mr Tusk said the signing did not affect the choice of an American company to build Poland's first nuclear plant.",
            "Relations between Warsaw and Paris have had their ups and downs. The two countries signed a treaty of friendship and solidarity in 1991, after the fall of communism, but talks on the purchase of 50 Caracal helicopters from Airbus collapsed in 2016 under the previous government, and President François Hollande postponed a visit to Warsaw in protest.",
            "France has so far refused to extend its nuclear deterrent to other countries, but Mr Macron said in March that he was ready to open a debate on the subject with European allies, and Mr Tusk said Poland was interested.",
            "Opposition politicians in Warsaw from the Law and Justice party, which lost power in 2023, said the treaty added little to NATO's guarantees and accused Mr Tusk of seeking a photo opportunity before the presidential election on May 18. Polish businesses in Lorraine, home to a large community of Polish descent, welcomed the ceremony.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Poland", "France", "Donald Tusk", "Emmanuel Macron"),
                (),
            ),
            # the treaty of 1991; the helicopter talks of 2016
            Gold("agreement.signed", "historical", ("Poland", "France"), (), core=False),
            Gold("agreement.signed", "stalled", ("Poland", "France", "Airbus"), (), core=False),
        ),
    ),
    Article(
        "n08-ouagadougou-weekly-russia-reopens-embassy-instructors-to-come",
        date(2023, 12, 30),
        _p(
            "Russia back in Ouagadougou after 31 years",
            "LE MESSAGER DU FASO, ENGLISH EDITION | Ouagadougou | Saturday, December 30, 2023",
            "Russia reopened its embassy in Ouagadougou on Thursday, 31 years after it was closed, in a ceremony attended by Foreign Minister Olivia Rouamba and a delegation from Moscow, the foreign ministry said. The embassy, in the Ouaga 2000 district, will be headed for now by the Russian ambassador to Côte d'Ivoire, Alexey Saltykov, until an ambassador is appointed.",
            "Russian military instructors will arrive in Burkina Faso in the coming weeks to train the army and the volunteers fighting jihadist groups, the Defence Minister, Brigadier General Kassoum Coulibaly, said after the ceremony. He did not say how many would come, but officials said the first group would be stationed in the capital.",
            "The Soviet Union opened an embassy in the country in 1967, and Russia closed it in 1992 for lack of money, handling relations from Abidjan ever since. The decision to return was announced by President Vladimir Putin when the head of the transitional government, Captain Ibrahim Traoré, attended the Russia-Africa summit in Saint Petersburg in July.",
            "French special forces, who had been stationed at Kamboinsin, near Ouagadougou, since 2009, left the country in February at the request of the government, which accused them of failing to stop the attacks that have killed thousands of people and driven two million from their homes.",
            'Captain Traoré has said that Burkina Faso will not host a foreign military base and that it wants partners who supply weapons and training, not troops. "We will defend our country ourselves," he said in a speech in November.',
            "Western diplomats in Ouagadougou said they expected the arrival of Russian personnel to strain relations further with the European Union and the United States, which have cut some of their aid since the coup of September 2022. The government says its priority is to win back the territory, about 40 percent of the country, that is outside its control.",
        ),
        (
            Gold("relations.restored", "occurred", ("Russia", "Burkina Faso"), ()),
            Gold("military.presence", "planned", ("Russia",), ("Burkina Faso",)),
            # the French forces until February; no foreign base
            Gold("military.presence", "historical", ("France",), ("Burkina Faso",), core=False),
            Gold("military.presence", "negated", (), ("Burkina Faso",), core=False),
        ),
    ),
    Article(
        "n09-mariupol-english-site-azov-taken-into-national-guard",
        date(2014, 9, 20),
        _p(
            "Azov battalion becomes part of National Guard",
            "MARIUPOL NEWS IN ENGLISH | Saturday, 20 September 2014",
            "The Azov volunteer battalion, which has defended the eastern approaches to Mariupol since the city was retaken from separatists in June, has been incorporated into the National Guard of Ukraine and will be expanded into a regiment, the Interior Ministry said on Friday. Its fighters will sign contracts with the Guard, receive heavy weapons and be paid as regular servicemen.",
            "Interior Minister Arsen Avakov said the move would put the volunteer units under a single command and end complaints that some of them answered to no one. The battalion's commander, Andriy Biletsky, said his men would keep their name and their base in the suburb of Urzuf.",
            "Other volunteer units took the same path earlier in the summer. The Donbas battalion was taken into the National Guard in June, and several units formed by the regional administration in Dnipropetrovsk were placed under the Interior Ministry in the spring.",
            "The volunteer corps of Right Sector, which has fought near Donetsk airport, has not been integrated into any state force, and its leader, Dmytro Yarosh, said this week that it would keep its independence until the war was over.",
            "Azov has drawn criticism from human rights groups and foreign governments over the far-right views of some of its commanders and members, and officials in Kyiv said the Guard would vet its fighters. The battalion says its members come from many backgrounds, and that its only aim is to defend the country.",
            "In Mariupol, where fighting reached the eastern outskirts two weeks ago, residents said they felt safer with more troops in the city, though shelling was heard again on Thursday night near the village of Shyrokyne. The ceasefire that Ukraine, Russia and the separatists signed in Minsk on September 5 has been broken almost daily.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Ukraine", NGU), ("Azov Battalion",)),
            # Donbas battalion in June, Dnipropetrovsk units in spring; Right Sector not; Minsk
            Gold(
                "forces.integrated",
                "historical",
                ("Ukraine", NGU),
                ("Donbas Battalion",),
                core=False,
            ),
            Gold("forces.integrated", "negated", ("Ukraine",), ("Right Sector",), core=False),
            Gold("agreement.signed", "historical", ("Ukraine", "Russia"), (), core=False),
        ),
    ),
    Article(
        "n10-ljubljana-sports-page-volleyball-fines-bans-and-signings",
        date(2023, 11, 14),
        _p(
            "Federation fines Maribor, suspends libero; Brazilian setter joins ACH",
            "SPORT | Ljubljana, Tuesday 14 November 2023",
            "The volleyball federation on Monday imposed a fine of €3,000 on the Maribor club after fans threw flares onto the court during Saturday's derby with ACH Volley, and suspended the visiting team's libero for four matches for insulting the referees as he left the hall. The club said it would appeal against the fine but accepted the suspension.",
            "The federation's disciplinary committee also lifted the ban it imposed in October on a coach from Kamnik, who had been sanctioned for pushing a line judge, after he apologised in writing and completed a course for coaches. He is expected back on the bench for Saturday's game in Kranj.",
            "ACH Volley signed a two-year agreement with an Austrian sportswear maker that will supply kit to the first team and to the club's youth academy, the largest sponsorship deal in the club's history. A Brazilian setter who played last season in Italy joined the team on Monday, and the club extended the contract of its head coach until 2026.",
            "The captain, who missed a month with a shoulder injury, was restored to the starting six for the Champions League match against a Polish side on Wednesday, and two juniors promoted in the summer have been integrated into the first-team squad. The coach said they had earned their place.",
            "Police said more officers would be deployed at the Tivoli hall for the return derby on December 9, and the federation said that visiting fans would be seated behind a net. Power to the scoreboard, which failed for a quarter of an hour in the second set on Saturday, was restored after a fuse was replaced.",
            "The players' union said its talks with the clubs on minimum salaries had stalled, and that the collective agreement signed in 2019 would expire at the end of the season unless both sides returned to the table.",
            "ACH lead the league by three points with eleven rounds to play. Tickets for Wednesday's European match are on sale at the hall and online.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-penang-local-daily-council-lifts-rationing-extends-hawker-hours",
        date(2024, 3, 6),
        _p(
            "Water rationing lifted in Seberang Perai; hawker hours extended",
            "PENANG CITY NEWS | George Town, Wednesday, 6 March 2024",
            "The state water supplier has lifted the rationing it imposed on parts of Seberang Perai last month, after heavy rain refilled the Mengkuang dam and repairs to a burst pipe near Bukit Tambun were completed ahead of schedule. Residents in Bukit Mertajam said the taps had run dry for up to twelve hours a day.",
            "The Penang Island City Council on Tuesday extended the trading hours of hawkers on Gurney Drive to two o'clock in the morning during Ramadan and the school holidays, and suspended the fee for food truck permits until the end of June to draw more traders to the waterfront.",
            "The council has signed a memorandum of understanding with a Japanese city to exchange experience on managing heritage buildings and traffic in old town centres, and said it had joined a network of Asian cities that share data on flooding. Officials from the Japanese city will visit George Town in May.",
            "Forty enforcement officers were deployed along Lebuh Chulia over the weekend to clear illegal parking, and the Penang Hill funicular, which was closed for two days for maintenance, was restored to normal service on Monday.",
            "The state government said it would extend the free bus service on the island to two more routes from April, and that work on the new light rail line from the island to the mainland was on schedule. Traders on Campbell Street said the road closures had cost them customers.",
            "A cat show at the Setia SPICE convention centre drew more than 4,000 visitors on Sunday, and the prize for best in show went to a Persian from Balik Pulau.",
            "The Meteorological Department has forecast more rain for the northern states this week, and the council has asked residents to report blocked drains through its mobile application.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-accra-business-page-bank-penalties-and-fintech-alliance",
        date(2025, 2, 18),
        _p(
            "BoG fines two banks, SEC suspends fund manager; telco signs deal",
            "BUSINESS & FINANCE | Accra, Tuesday 18 February 2025",
            "The Bank of Ghana on Monday imposed penalties totalling GH¢4.2 million on two commercial banks for breaching its rules on foreign exchange trading, and suspended the licence of a forex bureau in Kumasi for six months. The banks said they had paid the penalties and tightened their controls.",
            "The Securities and Exchange Commission has suspended the operations of a fund manager that failed to return clients' money on time, and lifted the restrictions it imposed last year on two brokerage firms after they met its capital requirements. Investors in the suspended fund are owed about GH¢60 million.",
            "A mobile network operator signed an agreement with a Chinese equipment maker to build 500 new base stations in the north of the country, and said it had joined an alliance of African telecom companies that share data on mobile money fraud. The company expects the new stations to be running by the end of the year.",
            "The finance ministry extended the waiver of import duties on agricultural machinery until December, and restored the electronic levy on mobile transfers to its old rate after complaints from traders. A logistics firm said it had deployed 200 new trucks to carry cocoa from Kumasi to the port of Tema.",
            "The cedi gained slightly against the dollar on Monday, and dealers said the central bank's sales of dollars to importers had eased the pressure on the currency. The Ghana Stock Exchange's composite index closed 0.4 percent higher, led by telecoms and banks.",
            "Cocoa farmers in the Western North region said the price paid by the cocoa board this season had helped them, but that illegal mining had damaged many farms. Gold exports rose by a third last year, the central bank said.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        pytest.param(
            "Bhutan, whose application was approved in February, joined the World Trade "
            "Organization on Friday.",
            "alliance.joined",
            "Bhutan",
            id="joined-after-a-whose-clause",
        ),
        pytest.param(
            "Armenia, whose prime minister attended the talks, signed a defence agreement with "
            "France on Friday.",
            "agreement.signed",
            "Armenia",
            id="signed-after-a-whose-clause",
        ),
        pytest.param(
            "Bhutan, which applied in 2009, joined the World Trade Organization on Friday.",
            "alliance.joined",
            "Bhutan",
            id="joined-after-a-which-clause",
        ),
        pytest.param(
            "Bhutan joined the World Trade Organization on Friday.",
            "alliance.joined",
            "Bhutan",
            id="joined-with-no-aside",
        ),
        pytest.param(
            "Armenia, which sought the deal for a year, signed a defence agreement with France on "
            "Friday.",
            "agreement.signed",
            "Armenia",
            id="signed-after-a-which-clause",
        ),
    ],
)
def test_a_subject_keeps_its_part_across_a_relative_aside(text: str, kind: str, state: str) -> None:
    found = [r for r in alert_rows(text, date(2024, 3, 20)) if r[0] == kind]
    assert any(state in [*a, *t] for _, _, a, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bhutan joined the World Trade Organization on Wednesday, a month after it ratified "
            "the protocol in Thimphu, ending a process that began with its application in 2007.",
            id="joined-on-wednesday-after-an-aside-ending-a-process-begun-in-a-past-year",
        ),
        pytest.param(
            "Bhutan joined the World Trade Organization on Wednesday, ending a process that began "
            "with its application in 2007.",
            id="joined-on-wednesday-ending-a-process-begun-in-a-past-year",
        ),
        pytest.param(
            "Bhutan joined the World Trade Organization on Wednesday, a month after it ratified "
            "the protocol in Thimphu.",
            id="joined-on-wednesday-a-month-after-ratifying",
        ),
    ],
)
def test_a_joining_of_the_day_is_not_dated_by_the_story_behind_it(text: str) -> None:
    found = [r for r in alert_rows(text, date(2024, 3, 20)) if r[0] == "alliance.joined"]
    assert any("Bhutan" in a for _, _, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Treasury warned on Monday that Turkish banks that finance Iran's oil trade could "
            "face American sanctions.",
            id="banks-that-finance-a-state-could-face-sanctions",
        ),
        pytest.param(
            "The Treasury warned on Monday that Turkish banks could face American sanctions.",
            id="banks-could-face-sanctions",
        ),
        pytest.param(
            "The Treasury warned on Monday that Turkish banks financing the oil trade could face "
            "American sanctions.",
            id="banks-financing-a-trade-could-face-sanctions",
        ),
    ],
)
def test_a_warning_to_a_states_banks_names_that_state(text: str) -> None:
    found = [r for r in alert_rows(text, date(2024, 3, 20)) if r[0] == "sanctions.threatened"]
    assert any("Turkey" in t for _, _, _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Bank of Zambia imposed penalties on three commercial banks for late reporting.",
            id="a-bank-of-a-country-imposed-penalties-on-commercial-banks",
        ),
        pytest.param(
            "The central bank imposed penalties on three commercial banks for late reporting.",
            id="the-central-bank-imposed-penalties-on-commercial-banks",
        ),
        pytest.param(
            "The Bank of Zambia imposed a fine on three commercial banks for late reporting.",
            id="a-bank-of-a-country-imposed-a-fine-on-commercial-banks",
        ),
        pytest.param(
            "Under an agreement reached by EU governments, imports of Qatari gas into the bloc are "
            "to be capped from 2027.",
            id="under-an-agreement-imports-of-a-demonym-gas-are-to-be-capped",
        ),
        pytest.param(
            "Under an agreement reached by EU governments, imports of gas into the bloc are to be "
            "capped from 2027.",
            id="under-an-agreement-imports-of-gas-are-to-be-capped",
        ),
    ],
)
def test_a_regulators_penalties_and_a_blocs_own_rules_stay_quiet(text: str) -> None:
    assert not alert_rows(text, date(2024, 3, 20))


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        pytest.param(
            "The United States imposed penalties on two Iranian banks on Monday.",
            "sanctions.imposed",
            "Iran",
            id="a-state-imposed-penalties-on-a-states-banks",
        ),
        pytest.param(
            "Qatar and the European Union reached an agreement on gas supplies on Monday.",
            "agreement.signed",
            "Qatar",
            id="a-state-and-a-bloc-reached-an-agreement",
        ),
    ],
)
def test_the_neighbouring_acts_of_states_are_read(text: str, kind: str, state: str) -> None:
    found = [r for r in alert_rows(text, date(2024, 3, 20)) if r[0] == kind]
    assert any(state in [*a, *t] for _, _, a, t in found), found


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout43_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-43 English events"))
