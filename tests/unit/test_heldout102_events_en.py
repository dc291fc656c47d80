"""Hundred-and-second English held-out event set: twelve full-length articles (300-600 words)
written for this test in outlet forms of the Asia-Pacific, South and Central Asia and the Middle
East: a Canberra policy letter, a Tokyo Korean residents' weekly's English page, an Iranian-American
news site in Washington, an Aden news site's English service, a Hong Kong markets letter, a Colombo
daily, a Sydney Indian community weekly, a Suva radio station's news page, an Erbil news site, a
Seoul defence-industry bulletin, a Karachi cricket weekly and a Singapore shipping letter. The
episodes, of 2011-2024, are ones that the earlier sets (up to set 100 English and 83 Arabic), as far
as a search of their docstrings and article texts for the states, bodies, people and places shows,
do not carry as core news: Australia listing seven violent Israeli settlers and the Hilltop Youth
(July 2024: set 46 Arabic names Australia's measures as background of a later episode); Japan
lifting part of its own sanctions on North Korea after Pyongyang set up its abduction inquiry (July
2014: set 23 English names the easing as background of the extension of 2025); the Treasury's
temporary general licence for earthquake relief in Iran (August 2012); Joe Biden continuing the
national emergency with respect to Yemen (May 2023: set 66 Arabic carries the continuation of 2022,
a separate yearly decision); Jake Sullivan warning China of consequences if it helped Russia evade
sanctions (March 2022); Bangladesh joining the Colombo Security Conclave (August 2024); India and
Australia signing the Mutual Logistics Support Agreement at their virtual summit (June 2020);
Australia and New Zealand restoring high commissioners with Fiji (July 2012: set 25 English carries
Australia's lifting of 2014 and names the return of 2012 only in a comment); Baghdad and Erbil
agreeing to form joint army-Peshmerga brigades (December 2021: sets 4 and 61 Arabic name the joint
forces as stalled background); South Korea sending the Akh unit to the United Arab Emirates
(January 2011); and two near misses (a Karachi cricket round-up where a board "lifted the ban ...
it imposed" on a ground, "sanctioned" an association, "suspended" a bowler and "threatened" to dock
points, a coach's contract is "extended", a club "signed an agreement" with an English county club
and "joined an alliance" of clubs, floodlights are "restored", nets "integrated" and players
"deployed"; a Singapore shipping letter where a feeder operator "signed an agreement" with a
Japanese shipowner and "joined an alliance" of carriers, a port "lifted the restrictions ... that
it imposed", "restored" berthing windows it had "suspended", "sanctioned" a contractor and
"threatened" a carrier, loan talks are "extended", pilots "deployed" and yards "integrated").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: South Korea that "will send about 130 special forces soldiers to the United Arab
Emirates this week"), beside historical, negated, stalled and occurred background.

Decisions of the annotation: Australia that "imposed financial sanctions and travel bans on seven
Israeli settlers and on the Hilltop Youth" imposes (core; Penny Wong an actor; the settlers are not
named, so the Hilltop Youth is the target); "Australia has not imposed sanctions on Israeli
ministers" a negated imposition (Ben-Gvir and Smotrich, named as those whom senators want listed,
the targets), and the United States that "imposed sanctions on four settlers in February" and the
United Kingdom that "froze the assets of four settlers the same month" historical impositions.
Japan that "lifted part of its own sanctions on North Korea" lifts (core; Abe announced it); "Japan
did not lift its ban on trade with the North" a negated lifting, the sanctions "imposed in stages
after the North's missile launches and nuclear test of 2006" a historical imposition and the
agreement "reached in Stockholm at the end of May" a historical agreement of the two governments;
Sweden, the venue, is no party. The Office of Foreign Assets Control that "has issued a temporary
general licence that allows American non-governmental organisations to send up to $300,000 each to
Iran" suspends (core: a general licence that waives the licensing requirement for a purpose is a
suspension, as the Chabahar and electricity waivers of earlier sets); "The licence does not lift the
embargo" a negated lifting, Congress that "imposed sanctions on transactions with the Central Bank of
Iran in December" and the European Union's oil ban that "took effect on 1 July" historical
impositions, and the nuclear talks that "have stalled since the meeting in Moscow in June" a stalled
agreement. Joe Biden who "has continued for one year the national emergency with respect to Yemen,
keeping in force the order" extends (core; the United States and Biden actors); the order "signed by
Barack Obama in May 2012" a historical imposition, "The notice does not add anyone to the list" a
negated imposition, the revocation of the Houthis' terrorist designation "in February 2021" a
historical lifting, the Security Council that "imposed its own sanctions on Saleh and two Houthi
leaders in November 2014" a historical imposition, and the Saudi-Houthi talks that "have stalled" a
stalled agreement; the truce of April 2022 that "lapsed" is no event. The United States whose
national security adviser warned that China "will face consequences if it helps Russia evade the
sanctions" threatens (core; Sullivan an actor, China the target); "Washington has not imposed
sanctions on any Chinese bank or company over Russia so far" a negated imposition, the United States
and the European Union that "imposed sanctions on Russia's central bank at the end of February" a
historical imposition, and Xi and Putin who "signed a joint statement in Beijing on 4 February" a
historical agreement; Italy (Rome, the venue) and Ukraine (the invaded state) are no parties.
Bangladesh that "joined the Colombo Security Conclave as its fifth member" joins (core); the
charter and memorandum the five states "signed" an occurred agreement (not core: the joining is the
news), the trilateral arrangement "began in 2011" a historical agreement, Mauritius that "joined in
March 2022" a historical joining and "Seychelles has not joined as a full member" a negated joining;
China, named as a partner, is no party. India and Australia that "signed a Mutual Logistics Support
Agreement" sign (core; Modi and Morrison named); India's "similar agreement with the United States
in 2016" a historical signing, "Australia has not rejoined the Malabar naval exercise" a negated
joining and the trade agreement talks "stalled since 2015" a stalled agreement. Australia and New
Zealand that "have restored full diplomatic relations with Fiji, agreeing to return their high
commissioners" restore (core); the travel bans "have not been lifted" a negated lifting, the bans
imposed "after the coup of December 2006" a historical imposition and Fiji's suspension from the
Pacific Islands Forum "decided in 2009" a historical imposition (a suspension from a body is a
measure on a state, not a suspension of sanctions); Kenya (a professor's nationality) is no party.
Baghdad and Erbil that "have agreed to form two joint brigades of the Iraqi army and the Peshmerga"
integrate forces (core: joint forces formed; the agreement is the decision to form them, so it is
occurred, as the unified commands of earlier sets); the Peshmerga's reform that "has stalled" a
stalled integration and the American troops "in Iraq since 2014" a historical presence; the
coalition's end of combat is no event. South Korea that "will send about 130 special forces soldiers
to the United Arab Emirates" is a planned presence (core); the Zaytun division in Iraq, the Cheonghae
unit in the Gulf of Aden (Somalia the target) and the peacekeepers in Lebanon historical presences;
the reactor contract of 2009 is a commercial contract and no agreement of states, and Oman (named
for the border) and North Korea (the shelling) are no parties. Nothing in the near misses is an
event.

Facts I am not sure of: the day of Australia's listings (I believe Saturday 20 July 2024) and the
wording of Penny Wong's statement (paraphrased); the day of Japan's easing (4 July 2014) and its
exact terms (the cash and remittance thresholds, ship entry for humanitarian purposes); the date and
the terms of the Treasury's earthquake licence (late August 2012, 45 days, $300,000 a
non-governmental organisation) and the death toll; the day of Biden's notice on Yemen (May 2023)
and the expiry date of 16 May; the words of Sullivan's warning (paraphrased from his interviews of
13 March 2022); the date of the Colombo meeting (30 August 2024) at which Bangladesh joined and the
parties that signed the charter, and Seychelles' status as observer; that the Mutual Logistics
Support Agreement was one of seven documents and who signed it; the day of the Sydney meeting on
Fiji (30 July 2012) and its terms; the date (December 2021) and terms of the agreement on joint
brigades, and the toll of the attacks of that month; and the size, base, departure day (11 January
2011) and cost of the Akh unit. The outlets are invented, the quotes are written for the test, and
the near misses are composites of routine news with invented clubs' and firms' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout102_events_en``.

Measured before any fix (on commit 3d68136): P 0.875, R 0.700, F1 0.778 (recall 7/10, 7 of 8
alerts right; recall by status: occurred 6/9, planned 1/1; no false alarm, one unexpected alert,
none in a near miss).
No annotation was changed after the run.
Missed: on the Washington site, "The Treasury Department's Office of Foreign Assets Control has
issued a temporary general licence that allows American non-governmental organisations to send up
to $300,000 each to Iran" is found but read as historical, with no target: the past date of a
relative clause at the end of the sentence ("the earthquakes that struck East Azerbaijan province on
11 August") dates the licence itself (the sentence without that clause is occurred). On the Hong Kong letter, "The United States has
warned China that it will face consequences if it helps Russia evade the sanctions imposed over the
invasion of Ukraine" gives no threat: a warning of "consequences" for helping another state evade
sanctions is not read as a threat of sanctions. On the Erbil site, "have agreed to form two joint
brigades of the Iraqi army and the Peshmerga" gives no integration: joint brigades formed of two
forces are not read as forces integrated.
Unexpected: on the Sydney weekly, "India and Australia signed a Mutual Logistics Support Agreement
on Thursday, allowing their armed forces to use each other's bases for repairs and the resupply" is
an occurred presence of India and Australia with no target: the use of each other's bases for
supplies, allowed by a logistics pact, is read as troops stationed.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Canberra letter the imposition has Israel for target (not the Hilltop Youth) and the negated one
"Israeli ministers". On the Tokyo page the lifting is found from the headline's "eases", the
Stockholm agreement has the United Nations for actor and no North Korea, and the negated lifting
and the impositions of 2006 are not found. On the Washington site the Central Bank's imposition has
no actor and the European Union's oil ban is not found. On the Aden site the extension has no Biden,
the historical lifting also has Yemen, the Security Council's imposition also has the Treasury, and
the order of 2012, the negated listing and the stalled talks are not found. On the Hong Kong letter
the negated imposition has the European Union as a second actor and Russia's central bank as a
target (the two sentences are merged), and the imposition of February is not found. On the Colombo
daily the charter's signing, the arrangement of 2011, Mauritius's joining and Seychelles' negated
joining are not found. On the Sydney weekly the core signing has no target, and the negated Malabar
joining and the stalled trade talks are not found. On the Suva page the negated lifting and both
impositions are not found. On the Erbil site the stalled reform and the American presence are not
found. On the Seoul bulletin the historical presences are not found. Both near misses are quiet.
The articles whose core events are missed are strict xfails (an unexpected alert outside a near
miss fails no test, so the Sydney weekly is not one).

After the fixes of 2026-12-07: P 0.909, R 1.000, F1 0.952 (recall 10/10, 10 of 11 alerts right;
recall by status: occurred 9/9, planned 1/1; no false alarm, one unexpected alert). Three general
causes were fixed (rule sentences and guards in ``test_heldout102_rules_en.py``): joint units in
the plural or by the battalion ("two joint brigades", "three joint battalions") are joint forces,
as "a joint brigade" is (``joint_force`` in ``en.cues.yaml``); a state told it "will face
consequences" for helping another state evade or get around sanctions is threatened with sanctions
(a ``face`` trigger with ``consequences_word`` and ``sanctions_evasion`` in ``en.triggers.yaml`` and
``en.cues.yaml``, the facing state checked by ``extractor._a_state_faces_en``); and an act told in
the present perfect takes no definite past date of its own, so a month and day after it date
another act (``_present_perfect_before_en`` in ``rasd/events/status.py``). The strict xfails of the
Washington site, the Hong Kong letter and the Erbil site are removed (the Erbil integration is read
as planned, from "agreed to form", which counts as found, being alertable).
Left: the Sydney weekly's unexpected presence of India and Australia from a logistics pact that lets
each side's forces use the other's bases (a fix would need the difference between access for
supplies and troops stationed, which earlier sets' basing accords rely on; not attempted in the
time), and the background events listed above as seen, not scored.

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
UNSC = "United Nations Security Council"
OFAC = "Office of Foreign Assets Control"
KRG = "Kurdistan Regional Government"
CSC = "Colombo Security Conclave"
PIF = "Pacific Islands Forum"

ARTICLES: list[Article] = [
    Article(
        "h102-01-canberra-policy-letter-australia-sanctions-violent-settlers",
        date(2024, 7, 21),
        _p(
            "Canberra sanctions seven violent settlers and the Hilltop Youth",
            "CANBERRA, 21 July 2024 - Capital Hill Brief",
            "Australia on Saturday imposed financial sanctions and travel bans on seven Israeli settlers and on the Hilltop Youth, a loose network of young radicals that has carried out attacks on Palestinian villages in the occupied West Bank. Foreign Minister Penny Wong said the individuals had been involved in beating, sexual assault and torture, and in some cases in attacks that ended in deaths.",
            "It is the first time the Government has used its autonomous sanctions framework against Israelis. Under the listing it is a criminal offence for anyone in Australia to provide assets to the seven or to the group, or to deal with any assets they hold here, and the seven may not enter the country.",
            '"Settler violence is a threat to the prospect of a two-state solution, and the Israeli Government must hold the perpetrators to account," Senator Wong said in a statement released on Saturday afternoon.',
            "Australia has not imposed sanctions on Israeli ministers. Greens senators and several Labor backbenchers have called on the Government to list the National Security Minister, Itamar Ben-Gvir, and the Finance Minister, Bezalel Smotrich, both settlers themselves, but officials in Canberra say there is no plan to do so and that the focus remains on individuals who commit violence.",
            "The decision follows similar steps by close partners. The United States imposed sanctions on four settlers in February under an executive order signed by President Joe Biden, and has since added more people and several outposts. The United Kingdom froze the assets of four settlers the same month and listed more individuals and two outposts in May.",
            "The Israeli embassy in Canberra said it was disappointed and that Israel dealt with lawbreakers through its own courts. Jewish community leaders were divided: one peak body warned that the move singled out Israel, while a progressive Jewish group welcomed it as overdue.",
            "The Opposition's foreign affairs spokesman, Simon Birmingham, said the Coalition would examine the detail but accused the Government of pursuing a domestic political agenda. Pro-Palestinian groups, who have protested outside Parliament House for months, said the listings were welcome but fell far short of ending military exports.",
            "Officials said further listings would depend on evidence gathered with partners, and that the Department of Foreign Affairs and Trade had briefed banks on the new obligations on Friday.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Australia", "Penny Wong"), ("Hilltop Youth",)),
            Gold(
                "sanctions.imposed",
                "negated",
                ("Australia",),
                ("Itamar Ben-Gvir", "Bezalel Smotrich"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (US, "Joe Biden"), (), core=False),
            Gold("sanctions.imposed", "historical", (UK,), (), core=False),
        ),
    ),
    Article(
        "h102-02-tokyo-korean-residents-paper-japan-eases-north-korea-sanctions",
        date(2014, 7, 4),
        _p(
            "Japan eases North Korea sanctions as Pyongyang opens abduction inquiry",
            "TOKYO, 4 July 2014 - Tongil Weekly, English page",
            "Japan on Friday lifted part of its own sanctions on North Korea, ending the ban on travel by North Korean nationals to Japan and easing the rules on carrying cash and sending money to the North, after Pyongyang set up a special committee to investigate the fate of the Japanese citizens its agents abducted in the 1970s and 1980s.",
            "Prime Minister Shinzo Abe announced the decision on Thursday, saying the committee appeared to have real authority because it includes officials of the National Defence Commission and the state security ministry. North Korean ships may also enter Japanese ports again for humanitarian purposes.",
            "Japan did not lift its ban on trade with the North, and the ferry Mangyongbong-92, which once carried members of our community between Niigata and Wonsan, still may not call at Japanese ports. Officials in Tokyo said the remaining measures would stay until the investigation produced results.",
            "The sanctions were imposed in stages after the North's missile launches and nuclear test of 2006, and widened after its second nuclear test in 2009. The United Nations measures, which Japan enforces with the other member states, are not affected by Friday's decision.",
            "The two governments reached the agreement in Stockholm at the end of May. Under it Pyongyang promised a full investigation of all Japanese nationals in the North, including the abductees and Japanese women who went there with Korean husbands, and Tokyo promised to ease its measures in return.",
            'For Korean residents of Japan the change is concrete. Families who have relatives in the North can now travel more easily, and money sent for weddings and funerals no longer has to be declared in the same way. "It is a small door, but it is open," said a retired teacher from Osaka whose brother lives in Hamhung.',
            "Families of the abductees are more cautious. Their association said it had been disappointed too often, recalling that a previous investigation promised in 2008 never began. Washington and Seoul have said they expect Tokyo to keep its commitments on the nuclear issue.",
            "The committee's first report is expected in late summer or early autumn.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Japan", "Shinzo Abe"), ("North Korea",)),
            Gold("sanctions.lifted", "negated", ("Japan",), ("North Korea",), core=False),
            Gold("sanctions.imposed", "historical", ("Japan",), ("North Korea",), core=False),
            Gold("agreement.signed", "historical", ("Japan",), ("North Korea",), core=False),
        ),
        not_participants=("Sweden",),
    ),
    Article(
        "h102-03-iranian-american-site-ofac-licence-for-earthquake-relief",
        date(2012, 8, 23),
        _p(
            "Treasury lets charities send quake aid to Iran for 45 days",
            "WASHINGTON, 23 August 2012 - Persian Bridge News (English edition)",
            "The Treasury Department's Office of Foreign Assets Control has issued a temporary general licence that allows American non-governmental organisations to send up to $300,000 each to Iran for relief after the earthquakes that struck East Azerbaijan province on 11 August, killing more than 300 people and leaving tens of thousands homeless around Ahar and Varzaqan.",
            "The licence, valid for 45 days, suspends for relief work the usual requirement that charities apply for a specific licence before moving money into Iran, a process that can take weeks. Groups still have to report the transfers, and they may not deal with the Iranian government or with banks on the sanctions list.",
            "The licence does not lift the embargo, and officials stressed that every other restriction remains in place. Congress imposed sanctions on transactions with the Central Bank of Iran in December, and the European Union's ban on Iranian oil imports took effect on 1 July.",
            'Iranian-American organisations had pressed for the measure since the first days after the disaster. "People in the villages need tents, water and medicine now, not in October," said the director of a relief group in Los Angeles that had raised more than $150,000 but could not send it. Others said the ceiling was too low and that banks would still refuse transfers out of caution.',
            "In Tehran, the government first said it did not need foreign help and then accepted offers from a number of countries. The Red Crescent said on Tuesday that most survivors had received tents but that many were sleeping outside for fear of aftershocks.",
            "The nuclear talks between Iran and six world powers have stalled since the meeting in Moscow in June, and the technical experts who met in Istanbul in July did not set a date for new political talks. Analysts said the licence should not be read as a political signal.",
            "Donors in the community said they would start wiring money this week. Several mosques and cultural centres in California and Texas have organised collections.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (OFAC, US), ("Iran",)),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US,),
                ("Iran", "Central Bank of Iran"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (EU,), ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Iran",), (), core=False),
        ),
    ),
    Article(
        "h102-04-aden-news-site-biden-continues-yemen-emergency",
        date(2023, 5, 12),
        _p(
            "Washington keeps its Yemen sanctions order in force for another year",
            "ADEN, 12 May 2023 - South Arabia Monitor (English)",
            "President Joe Biden has continued for one year the national emergency with respect to Yemen, keeping in force the order that allows the United States to block the property of those who threaten the peace, security or stability of the country. The notice was sent to Congress this week, shortly before the emergency was due to expire on 16 May.",
            "The order was signed by Barack Obama in May 2012, when the transition that followed the departure of Ali Abdullah Saleh was still fragile. In the notice Mr Biden said the actions of certain people continued to obstruct the political process and to pose an unusual and extraordinary threat to the national security and foreign policy of the United States.",
            "The notice does not add anyone to the list. The Treasury has designated Houthi commanders and financiers under its counter-terrorism powers rather than under the Yemen order, and in February 2021 the administration revoked the designation of the Houthi movement as a foreign terrorist organisation, citing the risk to humanitarian aid.",
            "The United Nations Security Council imposed its own sanctions on Saleh and two Houthi leaders in November 2014, and its arms embargo on the group has been in force since 2015.",
            "The renewal comes at a delicate moment. The truce agreed in April last year lapsed in October, but the front lines have stayed largely quiet. Saudi and Omani envoys travelled to Sanaa in April for talks with the Houthi leadership, and prisoners were exchanged, but the talks on a longer settlement have stalled over the payment of public salaries and the reopening of roads.",
            "In Aden, officials of the Presidential Leadership Council welcomed the American decision, saying pressure must be kept on those who block peace. Supporters of the Southern Transitional Council said Washington should also look at the flow of money to the Houthis through the port of Hodeidah.",
            'Traders in the Crater market were more concerned with the value of the rial, which fell again this week. "Sanctions are for the politicians," said a spice seller. "We are sanctioned by the prices."',
            "The next notice is due in May 2024.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Yemen",)),
            Gold("sanctions.imposed", "historical", (US, "Barack Obama"), ("Yemen",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Yemen",), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Houthis",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (UNSC,),
                ("Ali Abdullah Saleh", "Yemen"),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Saudi Arabia",), ("Houthis",), core=False),
        ),
    ),
    Article(
        "h102-05-hong-kong-markets-letter-us-warns-china-over-russia-sanctions",
        date(2022, 3, 14),
        _p(
            "Washington warns Beijing of consequences if it helps Moscow dodge sanctions",
            "HONG KONG, 14 March 2022 - Harbour Markets Letter",
            "The United States has warned China that it will face consequences if it helps Russia evade the sanctions imposed over the invasion of Ukraine. The national security adviser, Jake Sullivan, said on Sunday that Washington would not allow any country to offer Moscow a lifeline from the economic measures, and that there would absolutely be consequences for large-scale efforts to get around them.",
            "Mr Sullivan was speaking before a meeting in Rome on Monday with China's top diplomat, Yang Jiechi. American officials told reporters that Russia had asked China for military equipment and economic help since the start of the war, a claim that both Moscow and Beijing denied.",
            "Washington has not imposed sanctions on any Chinese bank or company over Russia so far. But the warning unsettled traders in Hong Kong, where mainland lenders with large dollar businesses are listed, and shares of the big state banks fell on Monday morning.",
            "The United States and the European Union imposed sanctions on Russia's central bank at the end of February, freezing a large part of its foreign reserves, and cut several Russian banks off from the SWIFT messaging system. Since then Western firms have been leaving Russia one after another.",
            'Chinese officials have criticised the measures as unilateral and illegal, but the large state banks have so far been careful. "Nobody in a Chinese bank wants to be the test case," said a compliance officer at a European lender in Central. "They have much more to lose in dollars than they can gain in roubles."',
            "President Xi Jinping and President Vladimir Putin signed a joint statement in Beijing on 4 February, on the day the Winter Olympics opened, declaring that the friendship between their countries had no limits. Economists here say trade between the two will keep growing in energy and food, which the sanctions mostly spare.",
            "A spokesman for the Chinese foreign ministry said on Monday that China was not a party to the conflict and would not be harmed by it, and accused Washington of spreading disinformation.",
            "Analysts expect the issue to dominate the call between Mr Biden and Mr Xi that both sides say is being prepared.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Jake Sullivan"), ("China",)),
            Gold("sanctions.imposed", "negated", (US,), ("China",), core=False),
            Gold("sanctions.imposed", "historical", (US, EU), ("Russia",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("China", "Xi Jinping"),
                ("Russia", "Vladimir Putin"),
                core=False,
            ),
        ),
        not_participants=("Italy", "Ukraine"),
    ),
    Article(
        "h102-06-colombo-daily-bangladesh-joins-colombo-security-conclave",
        date(2024, 8, 31),
        _p(
            "Bangladesh joins Colombo Security Conclave as fifth member",
            "COLOMBO, 31 August 2024 - The Island Ledger",
            "Bangladesh joined the Colombo Security Conclave as its fifth member on Friday, at a meeting of national security advisers in Colombo that also adopted the group's charter and a memorandum on its secretariat. The Bangladeshi delegation signed the documents with India, Sri Lanka, the Maldives and Mauritius at a ceremony hosted by President Ranil Wickremesinghe.",
            "The conclave works on five areas: maritime safety and security, counter-terrorism, trafficking and organised crime, cyber security, and humanitarian assistance and disaster relief. Its secretariat is in Colombo.",
            "The group began in 2011 as a trilateral arrangement on maritime security between India, Sri Lanka and the Maldives, which met at the level of national security advisers until the meetings lapsed in 2014. It was revived in 2020 and took its present name the following year. Mauritius joined in March 2022.",
            "Seychelles has not joined as a full member and remains an observer. Officials said the door remained open.",
            "India's national security adviser, Ajit Doval, said the region's security could not be separated into national compartments, pointing to the rise in drug shipments by sea and to the risk of oil spills such as the one caused by the sinking of a container ship off Colombo in 2021.",
            "For Bangladesh, which has been governed by an interim administration since Sheikh Hasina fled the country this month, the membership had been agreed before the change of government. Officials in Dhaka said it did not mean taking sides between India and China, both of which are major partners.",
            "Sri Lankan officials said a joint exercise on search and rescue at sea was planned for next year, and that coast guards would exchange information on suspicious vessels through a common network.",
            "Critics in Colombo said the island risked being drawn into India's rivalry with China. The foreign ministry replied that the conclave was not a military alliance and that its work was practical, from training coast guards to sharing weather warnings with fishermen.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Bangladesh",), (CSC,)),
            Gold(
                "agreement.signed",
                "occurred",
                ("Bangladesh", "India", "Sri Lanka", "Maldives", "Mauritius"),
                (),
                core=False,
            ),
            Gold(
                "agreement.signed", "historical", ("India", "Sri Lanka", "Maldives"), (), core=False
            ),
            Gold("alliance.joined", "historical", ("Mauritius",), (CSC,), core=False),
            Gold("alliance.joined", "negated", ("Seychelles",), (CSC,), core=False),
        ),
        not_participants=("China",),
    ),
    Article(
        "h102-07-sydney-indian-weekly-india-australia-logistics-agreement",
        date(2020, 6, 5),
        _p(
            "Modi and Morrison seal logistics pact at first virtual summit",
            "SYDNEY, 5 June 2020 - Indus Herald Weekly",
            "India and Australia signed a Mutual Logistics Support Agreement on Thursday, allowing their armed forces to use each other's bases for repairs and the resupply of fuel, food and spare parts. The agreement was one of seven documents concluded at the first virtual summit between Prime Minister Narendra Modi and Prime Minister Scott Morrison, who had planned to meet in New Delhi in January before the bushfires forced him to cancel.",
            "The two leaders also raised their relationship to a comprehensive strategic partnership and issued a joint declaration on a shared vision for maritime cooperation in the Indo-Pacific. Officials said the logistics pact would make joint exercises cheaper and easier to organise, and would let Australian ships and aircraft refuel at Indian facilities, including in the Andaman and Nicobar Islands.",
            '"Our relationship has never been better," Mr Morrison said from Canberra. Mr Modi, speaking from Delhi, joked about the samosas Mr Morrison had cooked and posted online at the weekend.',
            "India signed a similar agreement with the United States in 2016, and has since concluded others with France and Singapore. Australia has not rejoined the Malabar naval exercise, which it left after 2007, though officials in both capitals say an invitation is being discussed.",
            "Trade is the weaker part of the relationship. Talks on a Comprehensive Economic Cooperation Agreement began in 2011 but have been stalled since 2015, with disagreements over access for Australian dairy and agriculture and over visas for Indian workers.",
            "Community leaders in Sydney welcomed the summit. The president of a federation of Indian associations in New South Wales said students stuck in India by the border closures wanted to know when they could return, and that he hoped the next summit would be held in person.",
            "The agreement was signed by Australia's high commissioner in New Delhi and an Indian defence official. The two navies plan a passing exercise in the Indian Ocean later this year.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("India", "Narendra Modi"),
                ("Australia", "Scott Morrison"),
            ),
            Gold("agreement.signed", "historical", ("India",), (US,), core=False),
            Gold("alliance.joined", "negated", ("Australia",), ("Malabar",), core=False),
            Gold("agreement.signed", "stalled", ("India",), ("Australia",), core=False),
        ),
    ),
    Article(
        "h102-08-suva-radio-page-australia-new-zealand-restore-high-commissioners",
        date(2012, 7, 31),
        _p(
            "Australia and New Zealand to restore high commissioners in Suva",
            "SUVA, 31 July 2012 - Radio Koro FM News Online",
            "Australia and New Zealand have restored full diplomatic relations with Fiji, agreeing to return their high commissioners to Suva three years after the regime expelled them. The decision was announced in Sydney on Monday after a meeting between the Australian Foreign Minister, Bob Carr, his New Zealand counterpart, Murray McCully, and Fiji's Foreign Minister, Ratu Inoke Kubuabola.",
            "Fiji will send a high commissioner back to Canberra and Wellington in turn. Officials said the appointments would be made as soon as the governments had agreed on names.",
            "The three ministers said the step recognised progress towards the elections the interim government has promised for 2014, including the start of voter registration and consultations on a new constitution led by the Kenyan law professor Yash Ghai.",
            "The travel bans that Canberra and Wellington imposed on members of the regime, the military and their families after the coup of December 2006 have not been lifted. Mr Carr said they would be applied more flexibly, so that people such as sportsmen and senior officials who are not directly involved could travel. Fiji's suspension from the Pacific Islands Forum, decided in 2009, also remains in place.",
            "The expulsions of 2009 followed a decision by the Court of Appeal that the interim government was unlawful, after which the president abrogated the constitution. Relations with both neighbours have been frosty since, although trade and tourism continued.",
            "In Suva the news was welcomed by business leaders, who said the absence of high commissioners had made everything from visas to investment slower. A spokesman for the prime minister, Commodore Frank Bainimarama, said Fiji wanted relations based on mutual respect.",
            "Opposition politicians and trade unionists were more cautious. A union leader said the restoration should not be read as approval of the decrees that restrict public meetings and the media, and that Fiji's partners should keep watching how the constitutional consultations are run.",
            "Australian and New Zealand tourists, who make up the largest share of visitors, were unaffected throughout the dispute.",
        ),
        (
            Gold("relations.restored", "occurred", ("Australia", "New Zealand"), ("Fiji",)),
            Gold(
                "sanctions.lifted", "negated", ("Australia", "New Zealand"), ("Fiji",), core=False
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Australia", "New Zealand"),
                ("Fiji",),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (PIF,), ("Fiji",), core=False),
        ),
        not_participants=("Kenya",),
    ),
    Article(
        "h102-09-erbil-news-site-army-and-peshmerga-form-joint-brigades",
        date(2021, 12, 13),
        _p(
            "Baghdad and Erbil agree joint army-Peshmerga brigades for disputed areas",
            "ERBIL, 13 December 2021 - Kurdistan Chronicle Online",
            "The Iraqi federal government and the Kurdistan Regional Government have agreed to form two joint brigades of the Iraqi army and the Peshmerga to secure the areas between their lines, where Islamic State fighters have exploited the gaps to attack villages and checkpoints. The agreement was reached on Sunday at a meeting of the Joint Operations Command in Baghdad, the Peshmerga ministry said.",
            "Each brigade will include soldiers from both forces under a joint command, and will be deployed in the strip that runs from Khanaqin in Diyala province to the Makhmour area south of Erbil. Officials said the units would be formed within weeks and that the American-led coalition would help to train and equip them.",
            "The decision follows a series of attacks this month. Militants killed ten Peshmerga fighters near Kulajo on 5 December, and others attacked a village in the Makhmour district the same week, killing several residents and a number of fighters who went to their aid.",
            "Coordination between Baghdad and Erbil has been weak since October 2017, when federal forces retook Kirkuk and other disputed areas after the Kurdish independence referendum, and the Peshmerga withdrew to the lines they held before 2014.",
            "The Peshmerga's own reform has stalled. Most of its units still answer to the two main parties rather than to the ministry, despite years of pressure from Washington and London to bring them under a single command.",
            "American troops have been in Iraq since 2014, when they returned to help fight the Islamic State. The coalition formally ended its combat mission last week, and the remaining forces are to advise and assist.",
            'In Makhmour, residents said they had heard promises before. "Every time there is an attack, they meet and agree," said a farmer whose village was emptied in 2014. "We will believe it when we see the soldiers on the hill."',
            "The two sides are expected to meet again in January to agree on the brigades' bases and budget.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Iraq", KRG), ("Peshmerga", "Iraqi Army")),
            Gold("forces.integrated", "stalled", (KRG,), ("Peshmerga",), core=False),
            Gold("military.presence", "historical", (US,), ("Iraq",), core=False),
        ),
    ),
    Article(
        "h102-10-seoul-defence-newsletter-akh-unit-to-leave-for-uae",
        date(2011, 1, 10),
        _p(
            "Akh unit to leave for the Emirates on Tuesday",
            "SEOUL, 10 January 2011 - Korea Defence Industry Bulletin",
            "South Korea will send about 130 special forces soldiers to the United Arab Emirates this week to train the Emirati special forces, the Ministry of National Defence said on Monday. The unit, named Akh, the Arabic word for brother, will leave from Incheon on Tuesday and be based at a special warfare school in Al Ain, near the border with Oman.",
            "The soldiers will train Emirati troops and take part in joint exercises, and they may protect South Korean nationals in an emergency, the ministry said. They will not take part in combat. The National Assembly approved the dispatch in December, after a vote that the opposition Democratic Party boycotted.",
            "The mission has been controversial. Opposition lawmakers say it is a reward for the contract to build four nuclear reactors in the Emirates that a consortium led by the Korea Electric Power Corporation won in December 2009, worth about $20 billion, and that it could expose Korean soldiers to the region's conflicts. The government says the Emirates asked for the training and that the dispatch deepens a strategic partnership.",
            "For the defence industry, officials see an opening. Korean firms hope to sell trainer aircraft, armoured vehicles and communications equipment to the Gulf states, and several of them have sent teams to Abu Dhabi ahead of the IDEX exhibition in February.",
            "South Korea has a record of overseas deployments. Its Zaytun division served in northern Iraq from 2004 to 2008, and the Cheonghae unit, a destroyer and its crew, has escorted ships in the Gulf of Aden since 2009. Korean peacekeepers are also serving in Lebanon.",
            "The Akh soldiers will be rotated every six months. The ministry put the cost of the first year at about 12 billion won, most of which the Emirates is expected to cover.",
            "A ministry spokesman said the deployment would not affect readiness on the peninsula, where tension remains high after the North's shelling of Yeonpyeong Island in November.",
        ),
        (
            Gold("military.presence", "planned", ("South Korea",), ("United Arab Emirates",)),
            Gold("military.presence", "historical", ("South Korea",), ("Iraq",), core=False),
            Gold("military.presence", "historical", ("South Korea",), ("Somalia",), core=False),
            Gold("military.presence", "historical", ("South Korea",), ("Lebanon",), core=False),
        ),
        not_participants=("Oman", "North Korea"),
    ),
    Article(
        "h102-11-karachi-cricket-weekly-roundup",
        date(2023, 11, 20),
        _p(
            "Domestic round-up: board lifts ban on Sialkot ground, fast bowler suspended",
            "KARACHI, 20 November 2023 - Cover Drive Weekly",
            "The cricket board on Monday lifted the ban it imposed on the Jinnah Stadium in Sialkot after the pitch was rated unfit in the opening round of the Quaid-e-Azam Trophy, and the ground will host first-class matches again from next week. The board's pitch committee, which sanctioned the regional association with a fine, said the square had been relaid and passed two inspections.",
            "The same committee suspended a Multan fast bowler for four matches for ball tampering and threatened to dock points from any side whose over rate falls behind three times in a season. Captains said the warning was aimed at teams that slow the game down when the light fades in the evening.",
            "Karachi Whites have extended the contract of their head coach until the end of the 2024-25 season. The side, top of its group after four rounds, said it wanted to keep a settled staff while several of its young players are away with the under-19 squad.",
            "Off the field, a Lahore club signed an agreement with a county club in Yorkshire to send two young batsmen each summer, and joined an alliance of grassroots clubs from Pakistan, Sri Lanka and the Emirates that plans a tape-ball tournament in Dubai in March. The club's secretary said the agreement would give boys from the city's old neighbourhoods a chance to play on grass wickets abroad.",
            "At the National Stadium, floodlights were restored after a power failure halted a match on Saturday evening, and the board said the academy nets would be integrated into the new high-performance centre next year.",
            "The national selectors watched two matches at the weekend. Several of the domestic players they have deployed in the A team's tour squads are in form, and the squad for the tour of Australia will be named next week.",
            "Results of the fourth round: Karachi Whites beat Peshawar by an innings and 23 runs; Lahore Blues drew with Faisalabad; Multan beat Rawalpindi by six wickets; Sialkot lost to Abbottabad by 114 runs; Hyderabad drew with Quetta.",
            "Next week's match of the round is Karachi Whites against Lahore Blues at the National Stadium, where the visitors have not won in the competition for four seasons. Entry is free for students with a college card.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h102-12-singapore-shipping-letter",
        date(2025, 2, 10),
        _p(
            "Shipping letter: feeder operator signs Japanese charter deal; port lifts berthing curbs",
            "SINGAPORE, 10 February 2025 - Straits Box & Bulk Letter",
            "A Singapore feeder operator signed an agreement on Friday with a Japanese shipowner to charter four new 1,800-teu vessels for seven years, and joined an alliance of regional carriers that shares slots on routes between the Straits, the Gulf of Thailand and southern China. The company, which runs about 30 ships, said the new tonnage would replace vessels built in the 1990s.",
            "The port operator lifted the restrictions on night berthing at one of its older terminals that it imposed in December after a crane collapse, and restored the berthing windows of two carriers that it had suspended for repeated late arrivals. The operator's safety board, which sanctioned a contractor over the accident, said repairs had been completed. A third carrier, it said, was threatened with the loss of its priority window if delays continue.",
            "A bulk carrier owner listed in Oslo has extended its loan talks with three Asian banks until April, after freight rates for its mid-sized ships fell in January. The owner said it did not expect difficulty in refinancing.",
            "The big container alliances changed this month. The new Gemini Cooperation of Maersk and Hapag-Lloyd started operating on 1 February, and feeder operators said the hub-and-spoke design of its network would send more boxes through Singapore and fewer through smaller ports.",
            "Port officials said extra pilots had been deployed at night to handle the arrivals, and that two container yards would be integrated into the automated system at Tuas by the end of the year, as the terminals at Tanjong Pagar and Keppel are phased out.",
            "Bunker sales were steady in January, with demand for very low sulphur fuel oil slightly higher than a year earlier and the first deliveries of methanol for dual-fuel ships.",
            'The feeder operator\'s chief executive said smaller carriers had to cooperate to survive. "Alone we cannot offer the frequency that cargo owners want," he said. "Together we can."',
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


def test_heldout102_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-102 English events"))
