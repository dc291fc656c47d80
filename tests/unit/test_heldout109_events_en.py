"""Hundred-and-ninth English held-out event set: twelve full-length articles (300-600 words)
written for this test in outlet forms of East, South, Southeast and Central Asia and the Middle
East: a Taipei English daily, a Manila business daily, a Seoul business daily's English edition, a
Baghdad news site's English service, a Malé news site, a Kabul daily, a Singapore morning paper, a
Muscat daily, an Amman English daily, a Riyadh English daily, a Kuala Lumpur sports weekly's
football page and a Mumbai business daily's companies page. The episodes, of 2014-2023, are ones
that the earlier sets (up to set 108 English and 86 Arabic), as far as a search of their docstrings
and article texts for the states, bodies, people, places and numbers shows (all hits read), do not
carry as core news: China's Taiwan Affairs Office and Foreign Ministry sanctioning Hsiao Bi-khim,
the Prospect Foundation, the Council of Asian Liberals and Democrats, the Hudson Institute and the
Reagan Library after Tsai Ing-wen met Kevin McCarthy (April 2023: no set names Hsiao, the two
foundations or the office); China lifting its curbs on 27 Philippine banana and pineapple exporters
after Rodrigo Duterte's state visit (October 2016: no set carries China's fruit curbs on the
Philippines); South Korea exempting the pilot shipment of Russian coal through Rajin from its May
24 measures on North Korea (November 2014: no set names Rajin, Khasan or the May 24 measures);
Donald Trump continuing the national emergency with respect to the stabilization of Iraq (May
2019: no set carries that emergency; sets 75 and 100 carry the North Korean one, 82 and 97 the
Lebanese one); the European Union's foreign ministers warning the Maldives of targeted sanctions
during Abdulla Yameen's state of emergency (February 2018: no set names Yameen; the Maldives sets
carry other episodes); Afghanistan becoming the WTO's 164th member (July 2016: sets 77, 78, 80 and
82 name Afghanistan's accession only as historical or planned background); Singapore and Indonesia
signing their airspace, defence cooperation and extradition agreements at Bintan (January 2022: no
set names Bintan or the extradition treaty); Oman naming an ambassador to Damascus (October 2020: no
set carries an Omani ambassador to Syria); the Arab League summit at Sharm el-Sheikh agreeing to
form a joint Arab military force (March 2015: no set names the joint Arab force); American troops
sent to Prince Sultan Air Base with King Salman's approval (July 2019: no set names the base); and
two near misses (a Kuala Lumpur football round-up where an association "lifted the ban ... that it
imposed" on a stadium, "sanctioned" a club, "suspended" a midfielder and "threatened" to deduct
points, a coach's contract is "extended", a club "signed an agreement" with a Japanese club and
"joined an alliance" of clubs, seats are "restored", a training centre "integrated" and police and
players "deployed"; a Mumbai companies page where a tower company "joined an alliance" of
infrastructure providers and "signed an agreement" on fibre, a regulator "lifted the restrictions
... that it imposed", "restored" a registration it had "suspended", "sanctioned" two firms and
"threatened" a third, a lease is "extended", a data-centre business "integrated" and engineers
"deployed").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: the joint Arab force that the leaders "agreed ... to create", its structure still to
be decided by the chiefs of staff), beside historical, negated, stalled, planned and occurred
background.

Decisions of the annotation: China that "imposed sanctions on Hsiao Bi-khim ... and on two
Taiwanese organisations" imposes (core; Hsiao, the Prospect Foundation, the Hudson Institute and
Taiwan the targets; the Taiwan Affairs Office and the Foreign Ministry are China); Hsiao added to
the list of "diehard separatists" in August last year a historical imposition, "Beijing did not
sanction Mr McCarthy himself" a negated imposition, and Lockheed Martin and Raytheon placed on the
unreliable entity list "In February" a historical imposition; Guatemala, Belize and Honduras (the
trip and the switch of recognition, no event) are no party. China that "has lifted the restrictions
it imposed on Philippine banana and pineapple exporters" lifts (core: fruit curbs that growers and
officials took as punishment are trade sanctions, as Japan's export curbs on South Korea in set 48),
the tightened inspections of May 2012 a historical imposition, and the protocol on fresh fruit the
two governments "are expected to sign" a planned signing (not core); Ecuador, Vietnam and Japan
(buyers and rivals) are no party. South Korea that "exempted the pilot project from the sanctions it
has kept on Pyongyang since 2010" suspends (core: an exemption is a waiver); the May 24 measures
"imposed after the sinking of the corvette Cheonan" a historical imposition, "The government has not
lifted the May 24 measures" a negated lifting, the agreement Russia "signed with Pyongyang in 2008"
and the memorandum signed with Russian Railways "in November last year" historical signings, and the
negotiations on buying into the venture that "have stalled" a stalled signing. Donald Trump who "has
continued for one year the national emergency with respect to the stabilization of Iraq, keeping in
force the sanctions" extends (core; the United States and Trump the actors, Iraq the target); the
emergency "declared by George W. Bush in May 2003" (with the later freezes) a historical imposition,
"The notice does not add any names to the list" a negated imposition, the Security Council that
"lifted the trade embargo" in May 2003 a historical lifting, the waiver on Iranian electricity
extended "In March" a historical suspension and the talks on a longer waiver that "have stalled" a
stalled suspension; Kuwait is no party. The European Union that "has warned that it may impose
targeted sanctions" on those responsible in the Maldives threatens (core; the EU and the Council of
the EU, whose ministers met, the actors); "The United States has not imposed sanctions" a negated
imposition, "New Delhi has not sent troops" a negated presence, the Indian soldiers who "landed in
Malé in November 1988" a historical presence, and the free trade agreement signed with China "in
December" a historical signing; the extension of the emergency and the departure from the
Commonwealth are no events. Afghanistan that "became the 164th member of the World Trade
Organization" joins (core); the protocol of accession signed in Nairobi a historical signing,
Liberia ("two weeks ago") and Kazakhstan ("last November") historical joinings, Iran whose
"negotiations have stalled" a stalled joining, "Uzbekistan and Turkmenistan have not applied" a
negated joining, the transit trade agreement signed with Pakistan "in 2010" a historical signing, and
the Asian Infrastructure Investment Bank's board expected to approve Afghanistan's membership "next
year" a planned joining (not core). Singapore and Indonesia that "signed three long-negotiated
agreements" sign (core); the defence agreement and the extradition treaty "signed ... in 2007" a
historical signing; the International Civil Aviation Organization, which must approve the boundary,
is no party. Oman that "has named a new ambassador to Syria, becoming the first Gulf state to send an
ambassador back" restores (core); the United Arab Emirates that "reopened its embassy in Damascus in
December 2018" and Bahrain a historical restoration, "Saudi Arabia has not reopened its embassy" a
negated restoration, the Caesar Act sanctions imposed "in June" a historical imposition, and Oman
that "stayed out of the Saudi-led coalition" and "did not join the boycott of Qatar" a negated
joining; the suspension of Syria from the Arab League is no event (as in earlier sets), and Iraq and
Algeria, who call for its return, are no parties. The Arab leaders who "agreed ... to create a joint
Arab military force" integrate, planned (core; the Arab League, Egypt, whose president announced
it, and Jordan, whose king said it would take part); Egypt that "has sent four warships to the Gulf
of Aden" an occurred presence (not core), the joint defence treaty "signed ... in 1950" a historical
signing, "they never formed a standing joint force" a negated integration, and Jordan "part of the
US-led coalition against the Islamic State group since September" a historical joining; Kuwait
(the war of 1991) is no party. The United States sending "troops and equipment to Prince Sultan Air
Base" with the king's approval occurs (core; Saudi Arabia the target); the American aircraft that
"operated from Prince Sultan Air Base from the 1991 Gulf war until 2003" a historical presence and
the oil sanctions "reimposed ... in November" a historical imposition; the seizure of the tanker and
the drone are no events, and Qatar (Al Udeid) is no party. Nothing in the near misses is an event.

Facts I am not sure of: the day of the Chinese measures (7 April 2023), which office named which
target and the terms of each (family members, property, dealings), and the day of the earlier
listing of Hsiao (August 2022); the day China's quarantine authority told Manila (about 25 October
2016), the number of exporters (27), the share of Philippine bananas sold to China before and after
2012 and the trade mission and protocol of November; the tonnage, the ship's flag and the day of the
Rajin coal's arrival in Pohang (late November 2014), the form of the exemption and the state of the
talks on the stake in the venture; the day of Trump's notice (mid-May 2019) and the month of the
Iraqi electricity waiver's renewal (March 2019) and its length; the words of the EU's conclusions on
the Maldives (26 February 2018) and the vote of the People's Majlis; the day Afghanistan's membership
took effect (29 July 2016), who signed its protocol in Nairobi and the month of the ratification;
the terms of the Singapore-Indonesia agreements (the airspace up to 37,000 feet for 25 years, the 31
offences and the 18 years); the day Oman named Turki bin Mahmoud Al Busaidi (about 5 October 2020)
and the details of Omani-Syrian contacts; the size and seat of the joint Arab force spoken of by
Egyptian officials and the four Egyptian warships; and the number of American troops sent to Prince
Sultan Air Base (about 500) and the timing of the advance team. The quotes of analysts, traders and
officials are invented as paraphrases of the lines reported at the time; the near misses are
composites of routine news, with invented clubs' and firms' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout109_events_en``.

Measured before any fix (on commit b6ed3ae): P 0.917, R 0.900, F1 0.908 (recall 9/10, 11 of 12
alerts right; recall by status: occurred 9/9, planned 0/1; one false alarm, no unexpected alert,
none in a near miss).
No annotation was changed after the run.
Missed: on the Amman daily, "Arab leaders agreed on Sunday to create a joint Arab military force to
confront threats to the security of member states" gives no integration: a joint force whose name
carries a people's or a region's adjective and "military" between "joint" and "force" is not read as
joint forces formed (the same article's "they never formed a standing joint force" is read, as a
negated integration).
False alarm: on the Baghdad site, "The United Nations Security Council lifted the trade embargo it
had imposed on Iraq after the invasion of Kuwait in the same month as Mr Bush's order, in May 2003,
and Iraq left ..." is an occurred lifting: the date that closes the sentence, after a relative
clause and a comma, does not date the act.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the Taipei
daily the imposition has Taiwan and none of the persons and bodies named (Hsiao Bi-khim, the Prospect
Foundation and the Hudson Institute are not in the knowledge base), the listing of Hsiao in August
and the negated sanction on McCarthy are not found, and the unreliable entity list of February has
Taiwan as a second actor. On the Manila daily the curbs of 2012 are not found and the planned
protocol has China for actor and the Philippines for target. On the Seoul daily the suspension has
no actor (South Korea is "the government"), the lead's "exempted" is read a second time as a
historical suspension, the May 24 measures and their negated lifting are not found, and the
Russian-North Korean agreement of 2008 has North Korea and no Russia. On the Baghdad site the
emergency of 2003 and the negated listing are not found, the waiver of March is found (historical,
with the State Department), and the stalled talks on the waiver are read as a stalled signing of the
United States and "Baghdad". On the Malé site the landing of 1988 is not found. On the Kabul daily
Kazakhstan's joining, Iran's stalled one and the planned AIIB membership are not found, and "the
transit trade agreement the two countries signed in 2010" takes Uzbekistan and Turkmenistan, the
states of the sentence before, for "the two countries" (Afghanistan and Pakistan). On the Singapore
paper the signing of 2007 is not found. On the Muscat daily the restoration has Syria and no Oman,
Bahrain's continuing embassy and Oman's negated joining are not found. On the Amman daily the
Egyptian warships take Jordan (of the next sentence) for a target beside the Gulf of Aden, and
Jordan's joining of the coalition and the treaty of 1950 are not found. On the Mumbai page the
regulator that "sanctioned both firms with penalties" gives a historical imposition with India as
actor (not alertable, so the near miss stays quiet).

After the fixes of 7 December 2026: P 1.000, R 1.000, F1 1.000 (recall 10/10, 12 of 12 alerts right;
recall by status: occurred 9/9, planned 1/1; no false alarm, no unexpected alert). Four general
causes were fixed (``test_heldout109_rules_en.py``): a relative clause on the object closed by a
comma, after which a bare date of a past year ends the sentence or its clause (", in May 2003"),
leaves that date to the act (``_past_year_after_relative_en`` in ``rasd/events/status.py``); a joint
force whose name carries its origin or its kind between "joint" and "force" ("a joint Arab military
force", "a joint East African force") is joint forces formed (``_joint_force_of_origin`` in
``rasd/events/sentences.py``, which tags it ``joint_force``); "Arab leaders" acting together are
the Arab League at its summit, as "West African leaders" are ECOWAS (an alias in
``rasd/kb/data/organisations.yaml``); and names after ", and" followed by a verb of their own open a
new clause whose states are no parties of the act before it (``_named_subject_after_en`` in
``rasd/events/roles.py``, so the Egyptian warships no longer take Jordan for a target). The strict
xfails of the Baghdad site and the Amman daily are removed (the joint force is found from the
headline's "agree to form", as occurred: it counts as found, being alertable); set 92's strict xfail
on the Combined Joint Expeditionary Force declared operational passes with the second fix and is
removed too.
Left: the background listed above as seen, not scored (among them the Seoul suspension with no
actor, "the government" of a dated story not being read as its state; the Muscat restoration with
no Oman, told in a participle clause after "has named a new ambassador"; and "the two countries"
of the Kabul daily read as the states of the sentence before), each a cause of its own that needs
its rule and guards.

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
EU_COUNCIL = "Council of the European Union"
UNSC = "United Nations Security Council"
WTO = "World Trade Organization"
ARAB_LEAGUE = "Arab League"
HSIAO = "Hsiao Bi-khim"

ARTICLES: list[Article] = [
    Article(
        "h109-01-taipei-english-daily-china-sanctions-hsiao-and-us-institutions",
        date(2023, 4, 8),
        _p(
            "Beijing sanctions Hsiao Bi-khim and two US institutions after Tsai's California stopover",
            "TAIPEI, 8 April 2023 - Formosa Ledger, English edition",
            "China on Friday imposed sanctions on Hsiao Bi-khim, Taiwan's representative in Washington, and on two Taiwanese organisations, the Prospect Foundation and the Council of Asian Liberals and Democrats, accusing them of stubbornly pursuing independence, a day after President Tsai Ing-wen met the Speaker of the US House of Representatives, Kevin McCarthy, near Los Angeles.",
            "Under the measures, announced by the Taiwan Affairs Office, Ms Hsiao and members of her family are barred from entering mainland China, Hong Kong and Macao, and companies and investors linked to her may not work with mainland organisations or individuals. The Foreign Ministry in Beijing separately named the Hudson Institute, the Washington think tank that gave Ms Tsai an award in New York last week, and the Ronald Reagan Presidential Library, where Wednesday's meeting took place, freezing any property they hold in China and banning dealings with them.",
            "It is the second time Beijing has targeted Ms Hsiao. In August last year, after the visit of Nancy Pelosi, the office added her to its list of what it calls diehard separatists, together with several ministers and lawmakers of the ruling Democratic Progressive Party.",
            "Beijing did not sanction Mr McCarthy himself, although the Foreign Ministry accused him of sending a seriously wrong signal. In February China placed Lockheed Martin and Raytheon on its unreliable entity list over their arms sales to the island, barring the two companies from trade and investment on the mainland.",
            'The Mainland Affairs Council in Taipei said the measures would have no practical effect. "Our representative has no assets and no business on the other side of the strait, and she has no intention of going there," a council spokesman said. Ms Hsiao wrote on social media that she had been sanctioned again and that she took it as a sign that her work was being noticed.',
            "The Presidential Office thanked the two American institutions and said Taiwan would not bow to pressure. Ms Tsai, who stopped in New York on her way to Guatemala and Belize and in California on her way home, landed at Taoyuan International Airport on Friday evening.",
            "Taiwan now has thirteen diplomatic allies after Honduras switched its recognition to Beijing last month. Officials in Taipei said the trip had been planned to reassure the remaining allies in Central America.",
            "Security analysts expect further pressure in the coming days. The Chinese coast guard said it would carry out inspections of ships in the Taiwan Strait, and the People's Liberation Army's Eastern Theatre Command has warned in the past that it will respond to what it calls collusion between Taipei and Washington.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("China",),
                (HSIAO, "Prospect Foundation", "Hudson Institute", "Taiwan"),
            ),
            Gold("sanctions.imposed", "historical", ("China",), (HSIAO,), core=False),
            Gold("sanctions.imposed", "negated", ("China",), ("Kevin McCarthy",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                ("China",),
                ("Lockheed Martin", "Raytheon"),
                core=False,
            ),
        ),
        not_participants=("Guatemala", "Belize", "Honduras"),
    ),
    Article(
        "h109-02-manila-business-daily-china-lifts-curbs-on-fruit-exporters",
        date(2016, 10, 26),
        _p(
            "China lifts curbs on Philippine banana and pineapple exporters",
            "MANILA, 26 October 2016 - Philippine Commerce Journal, business section",
            "China has lifted the restrictions it imposed on Philippine banana and pineapple exporters during the standoff at Scarborough Shoal in 2012, Agriculture Secretary Emmanuel Piñol said on Tuesday, opening the way for growers in Mindanao to win back a market they lost four years ago.",
            "The quarantine authority in Beijing has told the Department of Agriculture that shipments from 27 exporters will again be allowed into Chinese ports under the normal inspection regime. Mr Piñol said the companies, most of them in Davao and the Compostela Valley, had been removed from a list of firms whose cargoes were held for extra checks.",
            "Beijing tightened inspections of Philippine fruit in May 2012, a month into the standoff at the shoal, citing pests found in a few shipments. Hundreds of containers of bananas were left to rot at ports in Dalian and Shanghai, and Chinese tour operators suspended their trips to the Philippines at about the same time. Growers and officials in Manila saw the measures as punishment for the country's stand in the South China Sea.",
            "The decision comes a week after President Rodrigo Duterte's state visit to Beijing, where he said the Philippines would pursue its claims through talks rather than confrontation and where Chinese companies pledged billions of dollars in investment and loans. The arbitral ruling that Manila won in The Hague in July was barely mentioned in public during the visit.",
            'Exporters welcomed the news but warned that the trade would not return overnight. "We lost our buyers to Ecuador and Vietnam, and we will have to win them back one supermarket at a time," said the president of a Davao growers\' association. China bought about a quarter of Philippine banana exports before 2012, against about a tenth last year.',
            "Mr Piñol will lead a trade mission to Beijing next month, where the two governments are expected to sign a protocol on the export of Philippine fresh fruit, including mangoes and avocados. Officials said the protocol would set the plant health rules for each fruit.",
            "The Department of Agriculture said it would send its own inspectors to the packing plants of the 27 companies to make sure that the first shipments meet Chinese standards. The first containers under the new terms could leave Davao within weeks.",
            "Japan, the largest buyer of Philippine bananas, and South Korea were not affected by the dispute.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("China",), ("Philippines",)),
            Gold("sanctions.imposed", "historical", ("China",), ("Philippines",), core=False),
            Gold("agreement.signed", "planned", ("China", "Philippines"), (), core=False),
        ),
        not_participants=("Ecuador", "Vietnam", "Japan"),
    ),
    Article(
        "h109-03-seoul-business-daily-exemption-from-may-24-measures-for-rajin-coal",
        date(2014, 12, 1),
        _p(
            "Russian coal from North Korea's Rajin arrives in Pohang under exemption from sanctions",
            "SEOUL, 1 December 2014 - Han River Business Daily, English edition",
            "A cargo of Russian coal shipped through the North Korean port of Rajin arrived in Pohang on Saturday, after the government exempted the pilot project from the sanctions it has kept on Pyongyang since 2010. The Ministry of Unification said the exemption applied only to the three South Korean companies taking part in the Rajin-Khasan logistics project, and only to this shipment.",
            "About 40,000 tonnes of coal from Siberia were carried by rail from the Russian border town of Khasan to Rajin and loaded onto a Chinese-flagged ship, which docked at the steelworks of POSCO. POSCO, the shipping company Hyundai Merchant Marine and the state railway Korail formed a consortium last year to study buying into the Russian-North Korean venture that runs the port terminal and the railway.",
            "The May 24 measures, imposed after the sinking of the corvette Cheonan in March 2010, in which 46 sailors died, ban new investment in the North, trade with it outside the Kaesong industrial complex and the entry of North Korean ships into South Korean waters. Seoul blames a North Korean torpedo for the sinking; Pyongyang denies any role.",
            '"The government has not lifted the May 24 measures, and it has no plan to lift them while the North refuses to take responsibility for the Cheonan," a ministry spokesman told reporters on Friday. He said the pilot shipment did not involve any payment to North Korean entities beyond port fees agreed with the Russian operator.',
            "Russia rebuilt the 54-kilometre line from Khasan to Rajin and a coal pier at the port under an agreement it signed with Pyongyang in 2008. President Vladimir Putin and President Park Geun-hye backed South Korean participation when they met in Seoul in November last year, and the three companies signed a memorandum of understanding with Russian Railways during that visit.",
            "Negotiations on the consortium's purchase of about half of the Russian share in the venture have stalled over the price and over the risk that the investment would breach the sanctions. Officials said a second, larger shipment could be tried early next year.",
            "The project is part of Ms Park's Eurasia Initiative, which aims to link the peninsula to Europe by rail. Critics in the National Assembly said the government was easing the sanctions through the back door; supporters said the route would cut the cost of coal for the steel industry.",
        ),
        (
            Gold("sanctions.suspended", "occurred", ("South Korea",), ("North Korea",)),
            Gold("sanctions.imposed", "historical", ("South Korea",), ("North Korea",), core=False),
            Gold("sanctions.lifted", "negated", ("South Korea",), ("North Korea",), core=False),
            Gold("agreement.signed", "historical", ("Russia", "North Korea"), (), core=False),
            Gold("agreement.signed", "historical", ("South Korea", "Russia"), (), core=False),
            Gold("agreement.signed", "stalled", ("South Korea", "Russia"), (), core=False),
        ),
    ),
    Article(
        "h109-04-baghdad-news-site-us-continues-iraq-national-emergency",
        date(2019, 5, 18),
        _p(
            "Washington keeps Iraq emergency in force for another year",
            "BAGHDAD, 18 May 2019 - Tigris Post Online, English service",
            "President Donald Trump has continued for one year the national emergency with respect to the stabilization of Iraq, keeping in force the sanctions on members of Saddam Hussein's former government and on those who threaten peace in the country, and the protection of Iraqi oil revenues from claims by creditors in American courts. The notice was sent to Congress on Thursday.",
            "The emergency was declared by George W. Bush in May 2003, weeks after the fall of Saddam Hussein, to shield the Development Fund for Iraq from lawsuits over the debts of the old regime. Later orders froze the assets of senior members of the former government and, in 2007, of people who commit or support acts of violence that threaten Iraq's stability.",
            "The notice does not add any names to the list. A Treasury official said it was a routine step that keeps the legal basis of the measures alive, and that dozens of Iraqis designated in the years after the invasion remain subject to asset freezes.",
            "The United Nations Security Council lifted the trade embargo it had imposed on Iraq after the invasion of Kuwait in the same month as Mr Bush's order, in May 2003, and Iraq left the last of the council's Chapter VII obligations over Kuwait in 2017.",
            "The notice comes at a delicate time for Baghdad. In March the State Department extended for 90 days the waiver that lets Iraq buy electricity and gas from Iran despite the American sanctions on Tehran. Iraqi officials say they have asked for a longer waiver, but the talks have stalled, and Washington wants Baghdad to show that it is reducing its purchases.",
            '"We are caught between a neighbour that sells us power and a partner that protects our money," an adviser at the Ministry of Finance said. "Both know that Iraq cannot choose."',
            "Iraq's oil exports, the source of more than 90 percent of state revenue, are paid into an account at the Federal Reserve Bank of New York. Economists in Baghdad say the protection given by the emergency is one reason the account has never been seized, although most claims against the former regime have been settled.",
            "Prime Minister Adel Abdul Mahdi is due to visit Washington later this year. His government has said that it wants good relations with both the United States and Iran and will not be used as a base for attacks on either.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Donald Trump"), ("Iraq",)),
            Gold("sanctions.imposed", "historical", (US, "George W. Bush"), ("Iraq",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Iraq",), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Iraq",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Iraq", "Iran"), core=False),
            Gold("sanctions.suspended", "stalled", (US,), ("Iraq",), core=False),
        ),
        not_participants=("Kuwait",),
    ),
    Article(
        "h109-05-male-news-site-eu-warns-of-targeted-sanctions",
        date(2018, 2, 27),
        _p(
            "EU warns Maldives of targeted sanctions as emergency drags on",
            "MALÉ, 27 February 2018 - Atoll Times Online",
            "The European Union has warned that it may impose targeted sanctions on those responsible for serious human rights violations in the Maldives if the government does not lift the state of emergency and free the judges and politicians it has arrested. The foreign ministers of the bloc, meeting in Brussels on Monday, said in their conclusions that they were ready to use targeted measures and asked the European External Action Service to prepare options.",
            "President Abdulla Yameen declared the emergency on 5 February, after the Supreme Court ordered the release of nine opposition leaders and the reinstatement of twelve members of parliament. The security forces arrested the Chief Justice, Abdulla Saeed, another judge and the former president Maumoon Abdul Gayoom, the president's half-brother. Last week the People's Majlis extended the emergency by 30 days, in a vote the opposition says did not meet the quorum the constitution requires.",
            "The ministers said the Maldivian government should restore the rule of law and allow the Supreme Court to work independently. A spokesman for the foreign ministry in Malé called the statement interference in the country's internal affairs and said the emergency had been declared to prevent a coup.",
            "The United States has not imposed sanctions, but the State Department said it was deeply disappointed by the extension and urged the government to respect the constitution. Mohamed Nasheed, the exiled former president, has asked India to send envoys backed by its military. New Delhi has not sent troops and has said only that it is watching closely. Indian soldiers landed in Malé in November 1988 to put down an attempted coup against Mr Gayoom.",
            "The crisis has also pulled the islands into the rivalry between India and China. The Maldives signed a free trade agreement with China in December, the first such agreement in its history, and Chinese companies are building a bridge between Malé and the airport island.",
            "Tourism officials fear the effect on the resorts, which are far from the capital and have been untouched by the unrest. Several European governments have told their citizens to avoid Malé but said that travel to the resorts was not affected.",
            "The Maldives left the Commonwealth in 2016 after the organisation criticised its record on democracy. Opposition parties say they will not take part in the presidential election due this year unless their leaders are freed.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (EU, EU_COUNCIL), ("Maldives",)),
            Gold("sanctions.imposed", "negated", (US,), ("Maldives",), core=False),
            Gold("military.presence", "negated", ("India",), ("Maldives",), core=False),
            Gold("military.presence", "historical", ("India",), ("Maldives",), core=False),
            Gold("agreement.signed", "historical", ("Maldives", "China"), (), core=False),
        ),
    ),
    Article(
        "h109-06-kabul-daily-afghanistan-becomes-wto-member",
        date(2016, 7, 30),
        _p(
            "Afghanistan becomes the WTO's 164th member",
            "KABUL, 30 July 2016 - Hindu Kush Herald",
            "Afghanistan on Friday became the 164th member of the World Trade Organization, nearly twelve years after it applied to join, in what officials in Kabul called a vote of confidence in an economy still shaken by war. Flags were raised at the Ministry of Commerce and Industries and at the organisation's headquarters in Geneva.",
            "Trade ministers approved the terms of Afghanistan's entry at the WTO's ministerial conference in Nairobi in December, where the acting commerce minister signed the protocol of accession. The Wolesi Jirga ratified the package in the spring, and membership took effect thirty days after Kabul told the organisation it had completed its procedures.",
            "Under its commitments, Afghanistan will keep its tariffs on goods low, open parts of its services market to foreign firms and bring its laws on customs, standards and intellectual property into line with the organisation's rules. Officials said the country would benefit from the longer transition periods given to the least-developed members.",
            "Liberia became the 163rd member two weeks ago, and Kazakhstan joined last November. Among Afghanistan's neighbours, Iran, which applied in 1996, is still outside: its negotiations have stalled for years, and the working party set up to examine its application has never met. Uzbekistan and Turkmenistan have not applied.",
            "Business leaders in Kabul said membership would help only if the country could move its goods. Most Afghan exports, such as dried fruit, carpets and saffron, go through Pakistan, and traders complain that the transit trade agreement the two countries signed in 2010 is not respected at the border. The Afghan Chamber of Commerce said containers were regularly held for weeks at Karachi and at the crossing at Torkham.",
            '"Joining the WTO is a door, not a road," said a carpet exporter in the capital. "The road still goes through Peshawar, and the road is closed half the time."',
            "The government has also applied to join the Asian Infrastructure Investment Bank, the Beijing-based lender, and officials expect the bank's board to approve Afghanistan's membership next year. President Ashraf Ghani has made regional trade and transit a priority of his government, pointing to projects such as the gas pipeline from Turkmenistan and the power line from Central Asia to Pakistan.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Afghanistan",), (WTO,)),
            Gold("agreement.signed", "historical", ("Afghanistan",), (WTO,), core=False),
            Gold("alliance.joined", "historical", ("Liberia", "Kazakhstan"), (WTO,), core=False),
            Gold("alliance.joined", "stalled", ("Iran",), (WTO,), core=False),
            Gold("alliance.joined", "negated", ("Uzbekistan", "Turkmenistan"), (WTO,), core=False),
            Gold("agreement.signed", "historical", ("Afghanistan", "Pakistan"), (), core=False),
            Gold(
                "alliance.joined",
                "planned",
                ("Afghanistan",),
                ("Asian Infrastructure Investment Bank",),
                core=False,
            ),
        ),
    ),
    Article(
        "h109-07-singapore-daily-singapore-indonesia-sign-three-agreements",
        date(2022, 1, 26),
        _p(
            "Singapore and Indonesia sign airspace, defence and extradition pacts at Bintan retreat",
            "SINGAPORE, 26 January 2022 - Straits Morning Post",
            "Singapore and Indonesia signed three long-negotiated agreements on Tuesday, on the management of the airspace over the Riau Islands, on defence cooperation and on the extradition of fugitives, settling issues that had strained relations between the neighbours for two decades. Prime Minister Lee Hsien Loong and President Joko Widodo witnessed the signing by their ministers at a leaders' retreat on the island of Bintan.",
            "Under the airspace agreement, the boundary of the Jakarta flight information region is moved to cover the waters around the Riau Islands, which Singapore has managed since 1946. Indonesia will in turn delegate to Singapore the provision of air navigation services in parts of that area up to 37,000 feet for 25 years, so that flights into Changi Airport are not disrupted.",
            "The defence cooperation agreement allows the armed forces of both countries to train together and sets out the areas in which Singapore's forces may exercise. The extradition treaty covers 31 offences and applies to crimes committed up to 18 years before it comes into force, a provision that Jakarta hopes will help it to pursue people who fled with money after the Asian financial crisis.",
            "The two countries signed a defence cooperation agreement and an extradition treaty in 2007, but the Indonesian parliament refused to ratify them, with lawmakers objecting to the training areas given to Singapore. This time the three agreements were negotiated as a package, and officials on both sides said they were confident the parliaments would approve them.",
            "\"Today's agreements show that we can resolve difficult issues in a way that respects each other's interests,\" Mr Lee told reporters. Mr Widodo said the airspace agreement recognised Indonesia's sovereignty and that it was a new era in relations between the two countries.",
            "Some Indonesian analysts said Jakarta had conceded too much by leaving the lower airspace to Singapore's controllers. The International Civil Aviation Organization must still approve the new boundary before it takes effect.",
            "The leaders also discussed the reopening of travel between the two countries. Singapore launched a vaccinated travel lane with Indonesia this month, and Mr Widodo said he hoped that tourists from Singapore would soon return to Bintan and Batam, whose resorts have been almost empty since the start of the pandemic.",
            "Singapore is Indonesia's largest foreign investor, and investment from the city-state reached more than US$9 billion last year, according to Jakarta's investment ministry.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Singapore", "Indonesia"), ()),
            Gold("agreement.signed", "historical", ("Singapore", "Indonesia"), (), core=False),
        ),
        not_participants=("International Civil Aviation Organization",),
    ),
    Article(
        "h109-08-muscat-daily-oman-names-ambassador-to-syria",
        date(2020, 10, 6),
        _p(
            "Oman names ambassador to Damascus, the first Gulf envoy since the war began",
            "MUSCAT, 6 October 2020 - Gulf of Oman Gazette",
            "Oman has named a new ambassador to Syria, becoming the first Gulf state to send an ambassador back to Damascus since the war began in 2011. The foreign ministry said on Monday that Turki bin Mahmoud Al Busaidi would present his credentials to President Bashar al-Assad, and the Syrian foreign ministry welcomed what it called a step that reflects the brotherly ties between the two countries.",
            "Unlike its neighbours, Oman never closed its embassy in Damascus and never broke off relations with the Syrian government. It kept a chargé d'affaires in the capital throughout the war and received the Syrian foreign minister, Walid Muallem, in Muscat last year.",
            "The United Arab Emirates reopened its embassy in Damascus in December 2018, and Bahrain said the next day that the work of its embassy was continuing. Neither has yet sent an ambassador. Saudi Arabia has not reopened its embassy, and officials in Riyadh say that Syria's return to the Arab fold depends on a political settlement under United Nations resolutions.",
            "Syria's seat at the Arab League has been empty since November 2011, when the league's members suspended the country over the crackdown on protesters. Several members, among them Iraq and Algeria, have called for it to be readmitted.",
            "The United States imposed new sanctions on Syria in June under the Caesar Act, which also allows Washington to punish foreign companies that do business with the Syrian government. Diplomats in Muscat said Oman's decision was a diplomatic one and that it had no plans for investment in Syria while the sanctions are in force.",
            "Oman has long prided itself on keeping its doors open to all sides in the region's conflicts. It kept ties with Iran when its Gulf neighbours cut them, stayed out of the Saudi-led coalition in Yemen and did not join the boycott of Qatar in 2017. Sultan Haitham bin Tariq, who succeeded Sultan Qaboos in January, has promised to keep the same course.",
            'A Syrian businessman in Muscat said the decision would make visas and trade easier. "Omanis never closed the door on us," he said. "Now there will be someone to knock on it."',
        ),
        (
            Gold("relations.restored", "occurred", ("Oman",), ("Syria",)),
            Gold(
                "relations.restored",
                "historical",
                ("United Arab Emirates", "Bahrain"),
                ("Syria",),
                core=False,
            ),
            Gold("relations.restored", "negated", ("Saudi Arabia",), ("Syria",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Syria",), core=False),
            # the Saudi-led coalition in Yemen and the boycott of Qatar, which Oman did not join
            Gold("alliance.joined", "negated", ("Oman",), (), core=False),
        ),
        not_participants=("Iraq", "Algeria"),
    ),
    Article(
        "h109-09-amman-english-daily-arab-leaders-agree-joint-force",
        date(2015, 3, 30),
        _p(
            "Arab leaders agree to form joint military force",
            "AMMAN, 30 March 2015 - Levant Tribune, English edition",
            "Arab leaders agreed on Sunday to create a joint Arab military force to confront threats to the security of member states, Egyptian President Abdel Fattah el-Sisi announced at the close of the Arab League summit in Sharm el-Sheikh. The chiefs of staff of the member states will meet within a month to decide on the structure, the command and the budget of the force, and report to the leaders within three months.",
            "Participation will be voluntary, and the force will act only at the request of a member state facing a threat, according to the summit's resolution. Egyptian officials have spoken of a force of about 40,000 elite troops, backed by aircraft and warships, with its headquarters in Cairo or Riyadh, but the resolution gives no figures.",
            "The summit opened as aircraft of a Saudi-led coalition struck Houthi positions in Yemen for a fourth day. Egypt has sent four warships to the Gulf of Aden to secure the Bab al-Mandab strait, and Jordan, Morocco and Sudan have said their jets are taking part in the air campaign.",
            "The league's members signed a joint defence treaty in 1950 that committed them to come to each other's aid, but they never formed a standing joint force, and a joint command set up in the 1960s faded after the war of 1967. Arab forces fought together in the coalition that drove Iraq out of Kuwait in 1991 under American leadership.",
            "Iraq's delegation voiced reservations, saying the force must not be used to interfere in the internal affairs of member states. Iran, which backs the Houthis, condemned the strikes in Yemen and said the summit's decision would deepen divisions in the region.",
            'King Abdullah II said Jordan would take part. "Terrorism does not recognise borders, and neither should our response," he told the summit. Jordan has been part of the US-led coalition against the Islamic State group since September, and its pilots have struck the group in Syria.',
            "Diplomats in Amman said the idea faces many obstacles, from funding to the question of who would command the force. Similar plans for joint Arab forces have been announced several times since the 1960s without being carried out.",
        ),
        (
            Gold("forces.integrated", "planned", (ARAB_LEAGUE, "Egypt", "Jordan"), ()),
            Gold("military.presence", "occurred", ("Egypt",), (), core=False),
            Gold("agreement.signed", "historical", (ARAB_LEAGUE,), (), core=False),
            Gold("forces.integrated", "negated", (ARAB_LEAGUE,), (), core=False),
            Gold("alliance.joined", "historical", ("Jordan",), (), core=False),
        ),
        not_participants=("Kuwait",),
    ),
    Article(
        "h109-10-riyadh-english-daily-us-troops-to-prince-sultan-air-base",
        date(2019, 7, 20),
        _p(
            "King approves hosting of US forces as troops arrive at Prince Sultan Air Base",
            "RIYADH, 20 July 2019 - Najd Daily News",
            "King Salman has approved the hosting of American forces in the kingdom to strengthen regional security and stability, the Saudi Press Agency reported on Friday, as the Pentagon confirmed that it was sending troops and equipment to Prince Sultan Air Base in Al-Kharj, south-east of Riyadh.",
            "US Central Command said the deployment would provide an additional deterrent and ensure the ability of American forces to defend them and their interests from emerging threats. American officials said about 500 personnel would be based there, and an advance team has already arrived to prepare the runway and the air defences. Fighter jets are expected to follow.",
            "It is the first time in sixteen years that American combat forces will be based in the kingdom. US aircraft operated from Prince Sultan Air Base from the 1991 Gulf war until 2003, when most American forces left Saudi Arabia after the invasion of Iraq and moved their regional air operations centre to Al Udeid in Qatar.",
            "The announcement came hours after Iran's Revolutionary Guards seized a British-flagged tanker, the Stena Impero, in the Strait of Hormuz. Britain said the seizure was unacceptable and summoned the Iranian charge d'affaires in London. In June, Iran shot down an American surveillance drone over the strait, and President Donald Trump called off retaliatory strikes at the last minute.",
            "Tensions have risen since Washington reimposed sanctions on Iran's oil exports in November after leaving the nuclear agreement, and ended the waivers for the last buyers of Iranian oil in May. Tehran has since exceeded limits on its stock of enriched uranium set by the deal.",
            'A Saudi analyst said the deployment sent a message to Tehran. "The kingdom can defend itself, but it wants Iran to know that an attack on Saudi Arabia is an attack on American interests," he said.',
            "The United States is also trying to assemble a maritime coalition to escort tankers through the Gulf, but European governments have not committed ships to the plan so far.",
        ),
        (
            Gold("military.presence", "occurred", (US,), ("Saudi Arabia",)),
            Gold("military.presence", "historical", (US,), ("Saudi Arabia",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
        ),
        not_participants=("Qatar",),
    ),
    Article(
        "h109-11-kuala-lumpur-sports-page-football-roundup",
        date(2021, 11, 15),
        _p(
            "Football round-up: association lifts stadium ban, Selangor club extends coach's deal",
            "KUALA LUMPUR, 15 November 2021 - Semenanjung Sports Weekly, football page",
            "The football association on Sunday lifted the ban on spectators that it imposed on a Kuala Lumpur stadium after crowd trouble in the cup quarter-final, and the ground will host the league's last home match of the season with a full house. The association's disciplinary committee, which sanctioned the home club with a fine of RM50,000, said the club had restored the damaged seats and installed more cameras.",
            "The committee suspended a Johor midfielder for four matches for pushing a referee and threatened to deduct points from any club that fields an ineligible player in the final round. Two clubs were warned last month after registering foreign players late.",
            "A Selangor club has extended the contract of its head coach by two years. The club finished third in the league and reached the cup semi-final, and its president said the coach had earned the right to finish the rebuilding he started.",
            "Off the pitch, a Penang club signed an agreement with a Japanese second-division club to exchange young players and coaches, and joined an alliance of clubs from the northern states that plans a pre-season tournament in February. The club's chief executive said two of its under-19 players would train in Japan for a month next year.",
            "The association said the national team's training centre in Kuala Lumpur would be integrated with the youth academy in Gambang into a single programme from January. More police were deployed at the Shah Alam stadium for Saturday's derby, which passed off peacefully in front of 25,000 fans.",
            'The national coach watched the derby from the stands. Several of the young players he has deployed in friendly matches this year impressed, and he said the squad for the regional championship in Singapore would be named on Thursday. "It is a good headache to have," he said.',
            "Results of the final round of the Premier League: Johor beat Kedah 2-0; Terengganu and Penang drew 1-1; Selangor beat Sabah 3-1; Kuala Lumpur lost 0-2 at home to Melaka.",
            "The transfer window opens on 1 December. Clubs may register up to five foreign players next season, one of whom must come from a member country of the Asian Football Confederation.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h109-12-mumbai-business-daily-telecom-towers-roundup",
        date(2023, 6, 12),
        _p(
            "Corporate round-up: tower firm joins industry alliance, signs fibre deal; regulator lifts curbs",
            "MUMBAI, 12 June 2023 - Dalal Street Business Journal, companies page",
            "A Mumbai-based telecom tower company joined an alliance of infrastructure providers on Friday that lobbies for faster permits for towers and fibre, and signed an agreement with a regional internet provider to lease 12,000 kilometres of fibre in western India. The company, which owns about 18,000 towers, said the two deals would help it win business from operators rolling out fifth-generation networks.",
            "The market regulator lifted the restrictions on fund-raising that it imposed on a listed cable company in March, after the company filed its delayed accounts, and restored the registration of a brokerage that it had suspended over unpaid fees. The regulator, which sanctioned both firms with penalties, said they had met its conditions. A third company was threatened with the suspension of trading in its shares if it fails to hold its annual meeting by September.",
            "The tower company has extended the lease of its headquarters until 2030 and said it would integrate a recently bought data-centre business into its operations by the end of the year. Engineers will be deployed to install small cells in Pune and Ahmedabad from July, when the operators start their next wave of upgrades.",
            "Shares of the company rose 3.2 percent on the news, while the broader market ended flat. Analysts said the fibre agreement would add to revenue from the second half of the year and reduce the company's dependence on its two largest tenants.",
            "The infrastructure alliance, founded by five companies in 2019, now has fourteen members. Its director general said the main problem was still the time taken by municipalities to approve new towers, which can stretch to several months in large cities.",
            '"Every operator wants coverage yesterday, and every city wants a new form for each tower," the tower company\'s chief executive told analysts on a call. "We spend more time on paperwork than on steel."',
            "The company will report its first-quarter results on 4 August.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout109_set_shape() -> None:
    """Twelve articles of 300-600 words, two near misses, ten with core alertable events of all
    ten types, and every status annotated somewhere."""
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        near_misses=(2, 2),
        words=(300, 600),
        core_articles=10,
        core_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-109 English events"))
