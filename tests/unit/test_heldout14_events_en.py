"""Fourteenth English held-out event set: ten full-length articles (300-700 words) written for
this test in forms the earlier thirteen sets lack: a live blog with timestamps on an Armenia-
Azerbaijan peace signing, a Q&A explainer on the US licences for Venezuela, a Daily Mail 2014
story on Moscow's countersanctions (a ban on food imports), a NewsAPI-style item whose headline
verb carries the news ("UK sanctions 100 tankers"), Chinese chipmakers put on a US export
blacklist with Beijing's threat of countermeasures, Belarus potash relief beside an EU renewal,
a CNN 2018 story on Ethiopia and Eritrea restoring ties told mostly as background, a joint force
of the Sahel states with Russian instructors staying on, and near misses (a Serbian president's
speech quoted at length refusing sanctions and NATO, a blackout where power is "restored" and
governments "joined" a call, and an analysis recalling the Saudi-Iran deal of 2023 and weighing
sanctions hypothetically).

The set was written and annotated before any fix was made; its figures before and after are in
the report printed by ``python -m tests.unit.test_heldout14_events_en`` and in the lines below.
Measured before any fix: P 0.667, R 0.400, F1 0.500 (recall 4/10, 4 of 6 alerts right; all
core events occurred; missed: the peace declaration "Pashinyan and Aliyev signed" (heads of state
with no state named), the OFAC "general license authorizing transactions with PDVSA", Moscow that
"hit back with a ban on food imports from the EU", the Sahel states that "launched a joint
military force", the Russian instructors who "would remain" in Mali, and the declaration "signed
in Asmara by" the two leaders (a place before "by"); unexpected: "an agreement signed with
France in 2021 to build a line that would be completed by 2028" and embassies reopened "within
months of the agreement" in a look back). That is the honest unseen figure; the figure after
the fixes is flattering. After the fixes (lexicon entries: an issued general licence is a
suspension; a ban on imports from a country is a sanction, and "hit back" no longer makes its
subject the one hit; "sanctions" as a headline verb before its designees; "warned that X would
impose sanctions"; a joint force "launched"; instructors or troops that "will/would remain";
"within months of" dates a look back; small rules: a bare name reported with "said X had" is
news like "said it had", and a waiver's body stands with its state beside a named target):
P 0.889, R 0.800, F1 0.842 (8/10, 8 of 9 alerts right). The two misses and the one unexpected
alert are the strict xfails below.
Later, in set 59's round (2026-12-04): P 0.917 R 1.000 F1 0.957: a place and a day between a
passive signing and its "by" no longer stop the search for the signers (q07).
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer on these
articles: they stand for the unseen ones.
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
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "q01-live-armenia-azerbaijan-peace", date(2025, 8, 8),
        _p(
            "LIVE: Armenia and Azerbaijan leaders meet at the White House",
            "These are the latest updates from Washington, where the leaders of Armenia and "
            "Azerbaijan are meeting US President Donald Trump after more than three decades of "
            "conflict over Nagorno-Karabakh.",
            "17:45 GMT - Handshake on the South Lawn",
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook "
            "hands in front of cameras as they arrived. Neither leader took questions.",
            "18:20 GMT - Peace declaration signed",
            "Pashinyan and Aliyev signed a joint declaration in the East Room committing both "
            "countries to end the conflict, with Trump signing as a witness. Officials said the "
            "text of a fuller peace treaty had been initialled by the two foreign ministers and "
            "would be signed once Armenia changes its constitution, which Baku says lays claim to "
            "its territory.",
            "18:35 GMT - A corridor named for the president",
            "Under the declaration, a transit route across southern Armenia linking Azerbaijan to "
            "its exclave of Nakhchivan will be developed by a US-led consortium. Armenian officials "
            "stressed that the road would remain under Armenian law and that no foreign troops "
            "would guard it.",
            "18:50 GMT - Washington lifts an old restriction",
            "Trump told reporters he had waived Section 907 of the Freedom Support Act, a 1992 "
            "law that bars most US aid to the government of Azerbaijan. Aid groups in Yerevan "
            "said they had not been consulted.",
            "19:10 GMT - What came before",
            "The two countries fought a war in the early 1990s that ended with a ceasefire signed "
            "in Bishkek in 1994, and fought again in 2020. In September 2023 Azerbaijan took full "
            "control of Nagorno-Karabakh in a one-day offensive, and nearly all of its ethnic "
            "Armenian population of about 100,000 fled.",
            "19:25 GMT - Russia absent",
            "Moscow, which brokered the 2020 truce and kept peacekeepers in the region until last "
            "year, was not represented. A Kremlin spokesman said Russia welcomed any step toward "
            "peace but warned against 'outside powers' in the South Caucasus.",
            "19:40 GMT - Reaction in Yerevan",
            "A few hundred protesters gathered outside the government building in Yerevan, "
            "accusing Pashinyan of giving up too much. Opposition lawmakers said they would "
            "challenge any constitutional change in a referendum.",
            "19:55 GMT - We are closing this blog",
            "Thank you for following our coverage. Our correspondent in Baku will have more "
            "reaction from Azerbaijan tomorrow.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Armenia", "Nikol Pashinyan"),
                 ("Azerbaijan", "Ilham Aliyev")),
            Gold("agreement.signed", "planned", ("Armenia",), ("Azerbaijan",), core=False),
            Gold("sanctions.suspended", "occurred", ("United States", "Donald Trump"),
                 ("Azerbaijan",), core=False),
            Gold("agreement.signed", "historical", ("Armenia",), ("Azerbaijan",), core=False),
        ),
    ),
    Article(
        "q02-explainer-venezuela-licences", date(2025, 3, 6),
        _p(
            "What are the US licences for Venezuela's oil, and will they be revoked?",
            "The administration of President Donald Trump on Tuesday gave the oil company "
            "Chevron 30 days to wind down its operations in Venezuela, ending a carve-out from "
            "sanctions that has let crude flow from the country to the United States since 2022. "
            "Here is what we know.",
            "What sanctions does Venezuela face?",
            "Washington imposed sanctions on the state oil company Petroleos de Venezuela (PDVSA) "
            "in January 2019, cutting it off from the US financial system and its largest "
            "market. Dozens of officials, including President Nicolas Maduro, have been "
            "designated since 2017.",
            "What is a licence?",
            "The Treasury's Office of Foreign Assets Control (OFAC) can issue licences that allow "
            "transactions the sanctions would otherwise ban. A general licence covers everyone "
            "who meets its terms; a specific licence is granted to one company.",
            "What has changed this week?",
            "On Tuesday OFAC issued a general license authorizing transactions with PDVSA needed "
            "to wind down Chevron's joint ventures, valid until April 3. Officials described it "
            "as a short reprieve, not relief.",
            "Trump said on his social media platform that Caracas had not kept its promises on "
            "elections and on the pace at which it was taking back migrants deported from the "
            "United States.",
            "Could sanctions return in full?",
            "They already have, in practice, for most companies. In April 2024 Washington let "
            "an earlier broad licence for the oil and gas sector expire after concluding that "
            "Maduro had broken a deal with the opposition signed in Barbados the previous "
            "October.",
            "What does Venezuela say?",
            "Vice President Delcy Rodriguez called the decision 'harmful and inexplicable' and "
            "said it would hurt American consumers more than Venezuelans. She said Caracas would "
            "keep selling oil to whoever wanted to buy it.",
            "Who else is affected?",
            "European firms such as Repsol and Maurel & Prom hold their own specific licences. "
            "Their status was not clear on Wednesday, and neither company commented. Analysts "
            "said output, now close to one million barrels a day, could fall by a fifth if the "
            "licences are not renewed.",
        ),
        (
            Gold("sanctions.suspended", "occurred",
                 ("United States", "Office of Foreign Assets Control"),
                 ("PDVSA", "Venezuela", "Chevron")),
            Gold("sanctions.imposed", "historical", ("United States",), ("PDVSA", "Venezuela"),
                 core=False),
            Gold("agreement.signed", "historical", ("Venezuela",), (), core=False),
        ),
    ),
    Article(
        "q03-dm-2014-russia-food-ban", date(2014, 8, 7),
        _p(
            "Putin bans food imports from EU and US in retaliation for sanctions",
            "Moscow hit back with a ban on food imports from the European Union and the United "
            "States yesterday, in the boldest Russian response yet to Western sanctions over the "
            "crisis in Ukraine.",
            "Prime Minister Dmitry Medvedev said the embargo would cover beef, pork, poultry, "
            "fish, cheese, milk, fruit and vegetables from the EU, the US, Australia, Canada and "
            "Norway, and would last for one year.",
            "'Until the very last moment we hoped our foreign colleagues would understand that "
            "sanctions lead to a dead end,' Mr Medvedev told a cabinet meeting. 'They did not.'",
            "The move will cost European farmers billions. Poland, the largest exporter of apples "
            "to Russia, said it would ask Brussels for help, while Norwegian salmon producers "
            "saw shares fall by almost five per cent in Oslo.",
            "Russian shoppers are also likely to suffer. Analysts said prices for meat and dairy "
            "in Moscow supermarkets could rise by up to 15 per cent within weeks as chains "
            "scramble to find suppliers in Latin America and Asia.",
            "The EU agreed its toughest measures against Russia last week, limiting access to "
            "European capital markets for Russian state banks and banning new arms deals, after "
            "the shooting down of Malaysia Airlines flight MH17 over eastern Ukraine.",
            "Washington widened its own sanctions on the same day. Both said further steps were "
            "possible if Moscow did not stop arms flowing to the separatists.",
            "A spokesman for the European Commission said the ban was 'clearly politically "
            "motivated' and that Brussels reserved the right to respond. British officials said "
            "the impact on UK farmers would be limited because they sell little food to Russia.",
            "Mr Medvedev also said Moscow was considering closing Russian airspace to European "
            "airlines flying to Asia, a step that would add hours and fuel costs to their flights.",
            "The Kremlin denied that the measures would harm Russians. 'Our farmers will fill the "
            "shelves,' a spokesman said.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Russia",),
                 ("European Union", "United States")),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
            Gold("sanctions.threatened", "occurred", ("Russia",), ("European Union",),
                 core=False),
        ),
    ),
    Article(
        "q04-newsapi-uk-tankers", date(2025, 5, 9),
        _p(
            "UK sanctions 100 tankers in largest move yet against Russia's shadow fleet",
            "Britain has targeted up to 100 oil tankers that carry Russian crude in breach of "
            "Western price caps, the government said on Friday, as European leaders met in Kyiv "
            "to press Moscow to accept a ceasefire.",
            "The vessels, many of them old and poorly insured, have moved an estimated $24 "
            "billion worth of cargo since the start of 2024, according to the Foreign Office. "
            "They will be barred from British ports and from using British insurers and "
            "shipping services.",
            "Foreign Secretary David Lammy said the shadow fleet was 'a lifeline for Putin's "
            "war machine' and that the measures would 'choke off the revenue that pays for his "
            "missiles'.",
            "The list also includes two companies in the United Arab Emirates that manage some of "
            "the ships, and a Russian national accused of arranging their paperwork. Their assets "
            "in the UK will be frozen.",
            "Shipping analysts said the designations bring the number of tankers sanctioned by "
            "London to more than 450, though many keep sailing under new names and flags. 'A "
            "designation is only as good as its enforcement,' said one, who asked not to be "
            "named because of his firm's dealings with insurers.",
            "The European Union is preparing a 17th package of its own that is expected to list "
            "close to 200 further vessels, diplomats in Brussels said. It needs the support of "
            "all 27 member states, and Hungary and Slovakia have held up earlier rounds.",
            "Russia's embassy in London said the measures were illegal and would only push up "
            "fuel prices for ordinary Britons. Moscow has in the past answered British "
            "designations by barring British officials and journalists from entering Russia.",
            "Environmental groups welcomed the move, warning that a spill from one of the ageing "
            "tankers in the Baltic or the English Channel could be a disaster. Denmark and "
            "Sweden have begun checking insurance papers of tankers that pass their straits.",
            "The announcement came hours before Prime Minister Keir Starmer arrived in Kyiv by "
            "train with the leaders of France, Germany and Poland.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United Kingdom",), ("Russia",)),
            Gold("sanctions.imposed", "planned", ("European Union",), ("Russia",), core=False),
        ),
    ),
    Article(
        "q05-aj-chinese-chipmakers-entity-list", date(2024, 12, 3),
        _p(
            "US adds 140 Chinese firms to trade blacklist; Beijing vows to hit back",
            "The United States has added 140 companies, most of them Chinese chipmakers and "
            "makers of chipmaking tools, to its trade blacklist, in the third crackdown in three "
            "years on China's semiconductor industry.",
            "The Commerce Department said on Monday that the firms, including Naura Technology "
            "Group and Piotech, had been placed on the Entity List, which bars US suppliers from "
            "shipping to them without a licence that is rarely granted. It also restricted sales "
            "of high-bandwidth memory chips to China.",
            "Commerce Secretary Gina Raimondo said the rules were 'the strongest controls ever "
            "enacted' to keep advanced technology out of the hands of China's military.",
            "China's commerce ministry said it firmly opposed the move and would take necessary "
            "measures to protect its companies. Hours later it banned exports of gallium, "
            "germanium and antimony to the United States, metals used in chips and in military "
            "equipment.",
            "Four Chinese industry associations, representing makers of cars, chips and "
            "communications equipment, urged their members to buy fewer American chips, calling "
            "them 'no longer safe or reliable'.",
            "Beijing has previously answered US measures by placing American defence firms on its "
            "own unreliable entity list. Analysts said the new export ban was more significant "
            "because China produces almost all of the world's gallium.",
            "Japan and the Netherlands, home to the other leading toolmakers, did not join the "
            "latest measures, though both have tightened their own rules since 2023. Shares in "
            "ASML, the Dutch equipment giant, rose on Tuesday because the rules were narrower "
            "than investors had feared.",
            "Chinese chip stocks fell in Shanghai and Shenzhen on Tuesday morning, with shares "
            "in several of the listed firms down by more than five percent before recovering "
            "some of their losses in the afternoon.",
            "The controls are among the last big moves of President Joe Biden's administration. "
            "President-elect Donald Trump has promised broad tariffs on Chinese goods once he "
            "takes office in January.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States",),
                 ("China", "Naura Technology Group", "Piotech")),
            Gold("sanctions.imposed", "occurred", ("China",), ("United States",), core=False),
        ),
    ),
    Article(
        "q06-wire-belarus-potash-eu-renewal", date(2025, 9, 12),
        _p(
            "US eases sanctions on Belarus airline after prisoner release; EU stays firm",
            "MINSK, Sept 12 - The United States lifted sanctions on Belarus's national airline "
            "Belavia on Thursday after the government of Alexander Lukashenko freed 52 prisoners, "
            "among them opposition activists and foreign citizens, a US envoy said.",
            "John Coale, who led the US delegation to Minsk, said Washington was also looking at "
            "easing restrictions on Belarusian potash, the country's main export, but that no "
            "decision had been made.",
            "'President Trump wants to normalise relations with Belarus,' Coale told reporters "
            "after meeting Lukashenko. He said he had discussed reopening the US embassy in "
            "Minsk, which has been closed since 2022.",
            "Lukashenko, who has ruled Belarus since 1994, called the talks 'useful' and said he "
            "was ready for a 'big deal' with Washington.",
            "The European Union, which has imposed its own broad sanctions on Belarus since the "
            "disputed 2020 election, said it had no plans to follow suit. EU foreign ministers "
            "prolonged the bloc's measures against Minsk until February 2026 earlier this year, "
            "and a spokeswoman said on Friday that the political prisoners released 'are only a "
            "fraction of more than 1,100 still behind bars'.",
            "Lithuania, which borders Belarus and shelters many exiles, warned that the easing "
            "could reward a government that has allowed Russia to station troops and tactical "
            "nuclear weapons on its soil.",
            "Belarusian opposition leader Sviatlana Tsikhanouskaya welcomed the releases but said "
            "sanctions should be lifted only when all political prisoners are free.",
            "Belavia was placed under US sanctions in 2023 and under EU sanctions in 2021, after "
            "Belarus forced a Ryanair flight to land in Minsk and arrested a dissident journalist "
            "on board. The airline can now service and buy parts for its Boeing aircraft.",
            "The released prisoners were driven across the border into Lithuania. Among them was "
            "a Lithuanian citizen held for three years on espionage charges, officials in Vilnius "
            "said.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("United States",), ("Belavia", "Belarus")),
            Gold("sanctions.lifted", "negated", ("European Union",), ("Belarus",), core=False),
            Gold("relations.restored", "stalled", ("United States",), ("Belarus",), core=False),
            Gold("sanctions.extended", "historical", ("European Union",), ("Belarus",),
                 core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Belavia",), core=False),
        ),
    ),
    Article(
        "q07-cnn-2018-ethiopia-eritrea-ties", date(2018, 7, 9),
        _p(
            "Ethiopia and Eritrea declare end of war, agree to reopen embassies",
            "Addis Ababa (CNN) Ethiopia and Eritrea on Monday declared an end to the 'state of "
            "war' between them and agreed to reopen embassies and restore flights, phone lines "
            "and trade, two decades after a border conflict that killed tens of thousands of "
            "people.",
            "The declaration was signed in Asmara by Ethiopian Prime Minister Abiy Ahmed and "
            "Eritrean President Isaias Afwerki, a day after Abiy became the first Ethiopian "
            "leader in 20 years to visit the Eritrean capital.",
            "Crowds lined the streets of Asmara as the two men drove from the airport, waving "
            "flags of both countries. Families separated since the war wept as they watched the "
            "scenes on television.",
            "The two countries fought a war from 1998 to 2000 over the border town of Badme. A "
            "peace deal signed in Algiers in December 2000 ended the fighting and referred the "
            "border to an international commission, whose 2002 ruling gave Badme to Eritrea. "
            "Ethiopia refused to accept it for 16 years, and the two neighbours remained in a "
            "tense stand-off, with troops massed on both sides.",
            "That changed in June, when Abiy, who took office in April, said Ethiopia would "
            "fully accept the ruling. Eritrea sent a delegation to Addis Ababa weeks later.",
            "The thaw has been rapid but it is not complete. It was not clear when Ethiopian "
            "troops would withdraw from Badme, and residents of the town have protested against "
            "handing it over.",
            "Eritrea remains under a UN arms embargo imposed in 2009 over accusations that it "
            "backed militants in Somalia, which it denies. Diplomats said Ethiopia might now "
            "support lifting the embargo, though no proposal has been put to the Security "
            "Council.",
            "Ethiopian Airlines said it would resume flights to Asmara next week for the first "
            "time since 1998.",
            "Analysts said landlocked Ethiopia hoped to regain access to the Red Sea ports of "
            "Assab and Massawa, which it used before the war.",
        ),
        (
            Gold("relations.restored", "occurred", ("Ethiopia", "Abiy Ahmed"),
                 ("Eritrea", "Isaias Afwerki")),
            Gold("agreement.signed", "occurred", ("Ethiopia", "Abiy Ahmed"),
                 ("Eritrea", "Isaias Afwerki")),
            Gold("agreement.signed", "historical", ("Ethiopia",), ("Eritrea",), core=False),
            Gold("sanctions.imposed", "historical", (), ("Eritrea",), core=False),
        ),
    ),
    Article(
        "q08-aj-sahel-joint-force-instructors", date(2025, 12, 21),
        _p(
            "Sahel juntas launch joint force as Russian instructors stay in Mali",
            "Mali, Burkina Faso and Niger have launched a joint military force of 5,000 troops "
            "to fight armed groups across their borders, the leaders of the three countries "
            "announced at a summit in Bamako on Saturday.",
            "The unified force, which will have its headquarters in Niamey, brings together "
            "battalions from the three national armies under a single command, with its own "
            "air and intelligence units. Burkinabe General Daouda Traore was named its first "
            "commander.",
            "'Our security will no longer be decided in Paris or anywhere else,' Malian leader "
            "General Assimi Goita told the summit, which was shown live on state television.",
            "The three countries, all run by the military after coups between 2020 and 2023, "
            "formed the Alliance of Sahel States in September 2023 and turned it into a "
            "confederation last year. They quit the West African bloc ECOWAS in January.",
            "Mali's defence minister said Russian military instructors would remain in the "
            "country after the Wagner Group's departure in June, now under the command of the "
            "Russian defence ministry's Africa Corps. He did not say how many there were.",
            "Fighters linked to al-Qaeda and the Islamic State group control large parts of the "
            "countryside in all three countries. In Mali, the al-Qaeda affiliate JNIM has "
            "blockaded fuel deliveries to Bamako since September, forcing schools to close and "
            "leaving queues at petrol stations for days.",
            "Human rights groups have accused the armies of the three states and their Russian "
            "partners of killing hundreds of civilians in operations against the armed groups, "
            "accusations the governments deny.",
            "Analysts questioned whether the new force would have the money and equipment it "
            "needs. 'A headquarters is not an army,' said one researcher at a think-tank in "
            "Dakar. 'The three states can barely pay for their own troops.'",
            "French forces left Mali in 2022, Burkina Faso in 2023 and Niger in 2023, and the "
            "last American troops left a drone base in Agadez last year.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Mali", "Burkina Faso", "Niger"), ()),
            Gold("military.presence", "occurred", ("Russia", "Africa Corps"), ("Mali",)),
            Gold("alliance.joined", "historical", ("Mali", "Burkina Faso", "Niger"),
                 ("Alliance of Sahel States",), core=False),
        ),
    ),
    Article(
        "q09-nm-speech-serbia-vucic", date(2024, 2, 16),
        _p(
            "'We will not bow': Vucic rejects sanctions on Russia and NATO membership",
            "Serbian President Aleksandar Vucic used a long speech on Statehood Day to restate "
            "that his country would stay out of Western sanctions on Russia and out of NATO, "
            "while insisting that it still wanted to join the European Union. Below are "
            "extracts from the speech, delivered in Orasac.",
            "'Dear citizens, on this day two centuries ago our ancestors rose up and decided "
            "that Serbia would be free. That freedom was never given to us. We paid for it, and "
            "we will keep paying for it.'",
            "'I am asked every week in Brussels, in Washington, in Berlin: when will Serbia "
            "impose sanctions on Russia? I tell them the same thing every time. Serbia has not "
            "imposed sanctions on anyone, and as long as I am president it will not impose "
            "sanctions on Russia. Not because we love Russia more than Europe, but because we "
            "remember who bombed us in 1999.'",
            "'Serbia will not join NATO. Our military neutrality is written in a resolution of "
            "our parliament, and I will respect it. We cooperate with everyone, we buy aircraft "
            "from France, we train with the Americans and with the Russians, but we will not be "
            "part of any military alliance.'",
            "'To those in Pristina who say that Serbia does not want peace: we accepted the "
            "agreement in Brussels a year ago, we came to Ohrid, and we are still waiting for "
            "the community of Serb municipalities that was promised to us in 2013. Nothing has "
            "happened. The talks are stuck because Pristina wants everything and gives nothing.'",
            "'Our path is the European path. Sixty per cent of our trade is with the European "
            "Union, and our young people want to live in a European country. But we will walk "
            "that path standing up, not on our knees.'",
            "The speech drew applause from the audience of officials and veterans. Opposition "
            "leaders said it was designed for Vucic's supporters and offered nothing new.",
            "EU officials have repeatedly told Belgrade that it must align its foreign policy "
            "with the bloc's, including on Russia, if it wants to make progress in membership "
            "talks that began in 2014. Kosovo's prime minister, Albin Kurti, said on social "
            "media that Serbia was 'the one blocking the implementation' of the agreement.",
        ),
        (
            Gold("sanctions.imposed", "negated", ("Serbia",), ("Russia",), core=False),
            Gold("alliance.joined", "negated", ("Serbia",), ("NATO",), core=False),
            Gold("agreement.signed", "stalled", ("Serbia",), ("Kosovo",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "q10-nm-blackout-power-restored", date(2025, 4, 29),
        _p(
            "Power restored across Spain and Portugal after huge blackout",
            "Electricity was restored to almost all of Spain and Portugal on Tuesday, a day after "
            "one of Europe's worst blackouts stopped trains, shut down phone networks and left "
            "tens of millions of people in the dark.",
            "Spain's grid operator, Red Electrica, said more than 99 percent of demand had been "
            "restored by the morning. Portugal's operator REN said all of its substations were "
            "back in service.",
            "Prime Minister Pedro Sanchez said the cause was still unknown and that no "
            "hypothesis, including a cyberattack, had been ruled out. He promised a full "
            "investigation and said the government would 'hold the private operators to "
            "account' if they were found responsible.",
            "Commuters were trapped for hours in trains and lifts, and hospitals switched to "
            "generators. In Madrid, volunteers directed traffic at junctions where the lights had "
            "gone out, and people queued to buy radios and batteries.",
            "Rail services resumed on most lines on Tuesday, and flights at Madrid's Barajas "
            "airport returned to normal. Telephone and internet services were largely restored "
            "overnight.",
            "The European Commission said there was no sign of sabotage. Several governments, "
            "including those of France and Morocco, which sent electricity across their borders "
            "to help restart the Spanish grid, joined a call for the European Union to invest "
            "more in links between national networks.",
            "Spain's opposition Popular Party accused the government of relying too heavily on "
            "solar and wind power, which it said made the grid less stable. The government "
            "rejected the claim, saying renewable sources had supplied the country safely for "
            "years.",
            "The blackout began at 12:33 p.m. on Monday, when 15 gigawatts of generation, about "
            "60 percent of Spain's demand at that moment, disappeared from the grid in five "
            "seconds. Parts of southern France were briefly affected.",
            "Spanish officials said an agreement signed with France in 2021 to build a new "
            "undersea power line across the Bay of Biscay would be completed by 2028, doubling "
            "the capacity between the two countries.",
            "Police said at least seven deaths may be linked to the outage, including three "
            "members of a family found in their home in Galicia after using a generator.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "q11-nm-analysis-saudi-iran-deal-recalled", date(2025, 3, 10),
        _p(
            "Two years after the Beijing deal, Saudi-Iran detente holds but remains thin",
            "When Saudi Arabia and Iran agreed in Beijing in March 2023 to restore diplomatic "
            "relations after a seven-year rupture, many in the region doubted the deal would "
            "last. Two years later it has survived the Gaza war, attacks on shipping in the Red "
            "Sea and the fall of Bashar al-Assad in Syria.",
            "The two countries reopened their embassies within months of the agreement, and "
            "their foreign ministers now speak regularly. Iranian pilgrims have returned to "
            "Mecca in large numbers, and Saudi officials have visited Tehran.",
            "Yet the relationship remains thin. Trade between the two is tiny, and Saudi "
            "investors have kept away from Iran, where US sanctions would expose them to "
            "penalties in the American market.",
            "Those sanctions are the ceiling on what the detente can achieve, diplomats in "
            "Riyadh say. If Washington imposed secondary sanctions on firms buying Iranian oil "
            "in Asia, as some in Congress want, the Gulf states could find themselves caught in "
            "the middle.",
            "Riyadh also has other priorities. Its talks with Washington on a defence treaty, "
            "once tied to normalisation with Israel, have gone nowhere since the Gaza war "
            "began, and Crown Prince Mohammed bin Salman has said there can be no recognition "
            "of Israel without a Palestinian state.",
            "For Iran, the detente offers some protection at a time of weakness. Its allies in "
            "Lebanon and Syria have suffered heavy losses, and its economy is struggling under "
            "inflation of more than 30 percent.",
            "A Saudi analyst who advises the government said the kingdom wanted calm above "
            "all. 'Vision 2030 needs tourists and investors, and they do not come to a region "
            "on fire,' he said.",
            "China, which hosted the talks, has done little since to deepen the arrangement, "
            "and analysts say its role was more symbolic than practical. Oman and Iraq, which "
            "hosted earlier rounds, still carry messages between the two capitals.",
            "The next test may come if the United States and Israel move against Iran's nuclear "
            "programme. Saudi officials have said they will not allow their airspace to be used "
            "for any attack on Iran.",
        ),
        (
            Gold("relations.restored", "historical", ("Saudi Arabia",), ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Saudi Arabia",), ("United States",),
                 core=False),
        ),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "q10-nm-blackout-power-restored": (
        "'an agreement signed with France in 2021 to build a new undersea power line would be "
        "completed by 2028': the year after the participle dates the signing, but the status "
        "takes the latest year of the clause (2028, ahead) and calls it news (rasd/events/status.py)"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


# --- the rules the set called for (sentences written for these tests) -----------------------


def test_warned_that_another_would_impose_sanctions_is_a_threat() -> None:
    rows = alert_rows("France warned that the European Union would impose sanctions on Iran.",
                      date(2025, 6, 2))
    assert rows == [("sanctions.threatened", "occurred", ["European Union"], ["Iran"])], rows


def test_a_name_reported_with_a_pluperfect_is_news_unless_dated() -> None:
    rows = event_rows("State media said Mali had joined the Alliance of Sahel States.",
                      date(2025, 6, 2))
    assert rows == [("alliance.joined", "occurred", ["Mali"], ["Alliance of Sahel States"])], rows
    rows = event_rows("State media said Mali had joined the Alliance of Sahel States in 2023.",
                      date(2025, 6, 2))
    assert [r[:2] for r in rows] == [("alliance.joined", "historical")], rows


def test_an_issued_general_licence_is_a_suspension_by_the_state() -> None:
    rows = alert_rows("The US Treasury issued a general license on Monday authorizing "
                      "transactions with PDVSA.", date(2025, 6, 2))
    assert rows == [("sanctions.suspended", "occurred",
                     ["United States Department of the Treasury", "United States"], ["PDVSA"])], rows
    # the licence explained is no event
    assert event_rows("A general licence covers everyone who meets its terms.") == []


def test_a_ban_on_imports_from_a_country_is_a_countersanction() -> None:
    rows = alert_rows("Moscow hit back on Thursday with a ban on food imports from the European "
                      "Union.", date(2025, 6, 2))
    assert rows == [("sanctions.imposed", "occurred", ["Russia"], ["European Union"])], rows
    # goods banned with no country they come from: trade policy
    assert alert_rows("Indonesia banned imports of used clothing to protect local textile "
                      "makers.") == []


def test_sanctions_as_a_headline_verb() -> None:
    rows = alert_rows("UK sanctions 100 tankers in crackdown on Russia's oil trade",
                      date(2025, 6, 2))
    assert [r[:3] for r in rows] == [("sanctions.imposed", "occurred", ["United Kingdom"])], rows
    # the noun before its preposition stays one event
    rows = alert_rows("The EU imposed sanctions on firms that ship Iranian oil on Monday.",
                      date(2025, 6, 2))
    assert len(rows) == 1, rows


def test_a_joint_force_launched_and_instructors_kept_on() -> None:
    rows = alert_rows("Chad, Sudan and Libya launched a joint force of 3,000 troops on Sunday.",
                      date(2025, 6, 2))
    assert rows == [("forces.integrated", "occurred", ["Chad", "Sudan", "Libya"], [])], rows
    rows = alert_rows("Officials said Turkish military instructors would remain in Somalia.",
                      date(2025, 6, 2))
    assert [(r[0], r[2], r[3]) for r in rows] == [("military.presence", ["Turkey"], ["Somalia"])]
    # troops that stay, told in the present, are background
    assert alert_rows("About 900 US troops remain in Syria.", date(2025, 6, 2)) == []


def test_a_step_dated_from_an_earlier_one_is_background() -> None:
    rows = event_rows("Qatar and Egypt reopened their embassies within months of the summit.",
                      date(2025, 6, 2))
    assert [r[:2] for r in rows] == [("relations.restored", "historical")], rows


def test_heldout14_set_shape() -> None:
    assert 10 <= len(ARTICLES) <= 12
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(300 <= len(a.text.split()) <= 700 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 300 <= len(a.text.split()) <= 700
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 3 <= near <= len(ARTICLES) - 5
    assert {g.status for a in ARTICLES for g in a.events} == {
        "occurred", "planned", "historical", "negated", "stalled"}


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-14 English events"))
