"""Ninety-seventh English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms of Asia-Pacific, South and Central Asia and the Middle East: a Seoul
business daily's English edition, a Tokyo economic news service, a Dubai energy letter, a Beirut
English news site, a Singapore tanker-market brief, a New Delhi strategic affairs portal, an Indian
diaspora weekly's site in Washington, a Peshawar radio station's English news page, a Kabul English
daily, a Busan maritime newsletter, a Mumbai cricket site and a Singapore container-shipping letter.
The episodes, of 2012-2025, are ones that the earlier sets (up to set 96 English and 81 Arabic), as
far as a search of their docstrings and article texts for the states, bodies, people and numbers
shows, do not carry as core news: South Korea's first unilateral sanctions on North Korea in five
years, on fifteen people and sixteen bodies (October 2022); Japan lifting its asset freeze on four
Syrian banks (May 2025: set 33 carries Japan's first Syrian listings of 2011, background here); the
United States restoring the waivers for civil nuclear work in Iran (February 2022: sets 44 and 50
carry the 90-day waivers of 2019, a separate decision, and name their end); Joe Biden continuing the
national emergency with respect to Lebanon (July 2022: set 82 carries an Obama continuation and set
71 the continuation of 2023, separate yearly decisions); Donald Trump threatening any buyer of
Iranian oil with secondary sanctions (May 2025: set 15 carries the Luqing refinery listing of March,
background here); India joining the Wassenaar Arrangement (December 2017: set 85 names it only as a
hope of 2016); India and the United States signing COMCASA at the first 2+2 dialogue (September
2018: set 56 names it only in a comment); Pakistan upgrading its mission in Kabul to an embassy
with an ambassador (May 2025); the Afghan Public Protection Force taking over from private security
companies (March 2012); South Korea sending its Cheonghae unit into the Strait of Hormuz (January
2020: set 74 Arabic names the unit off Somalia as background); and two near misses (a Mumbai
cricket page where a franchise "suspended" a player, a board "lifted the ban" it "imposed",
"sanctioned" a club, "threatened" fines, a contract is "extended", a club "signed an agreement" with
a county and "joined an alliance" of academies, a stand is "restored", academies "integrated" and
bowlers "deployed"; a Singapore shipping letter where a carrier "joined the alliance" of two lines,
the port authority "lifted the suspension" of a bunker supplier's licence it "imposed", a terminal
operator "signed an agreement", a network is "restored", services are "suspended" and "extended",
tugs "deployed" and terminals "integrated").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: the Cheonghae unit's destroyer that "will extend its operations into the Strait of
Hormuz"), beside historical, negated, stalled, planned and occurred background.

Decisions of the annotation: South Korea that "imposed sanctions on 15 North Korean individuals and
16 organisations" imposes (core; the government and North Korea); the measures "in December 2017" a
historical imposition, the Security Council draft "vetoed by China and Russia in May" a negated
imposition of the council, and the United States that "had already designated" most of them a
historical imposition. Japan that "lifted the freeze on the assets of four Syrian banks" lifts (core;
Japan the actor, Syria the target); the sanctions imposed "in 2011 and 2012" a
historical imposition, "Japan has not lifted the freeze on the assets of Bashar al-Assad" a negated
lifting, the United States that "lifted its sanctions" (announced in Riyadh) and the European Union
that "lifted its economic sanctions on 20 May" historical liftings, and the Japanese embassy in
Damascus that "has not reopened" a negated restoration. The United States that "restored the
sanctions waivers that allow foreign companies to work on civil nuclear projects in Iran"
suspends (core: a waiver is a suspension; Blinken an actor, Iran the target); "The United States
has not lifted any sanctions on Iran" a negated lifting, the sanctions "reimposed in 2018" a
historical imposition, the 2015 agreement "signed in Vienna" a historical signing and the talks to
revive it that "have stalled" a stalled signing; the end of the waivers in May 2020 has no type.
Joe Biden who "has continued for another year the national emergency with respect to Lebanon"
extends (core; the United States and Biden); the order "George W. Bush signed in August 2007" a
historical imposition, the Treasury that "imposed sanctions on Gebran Bassil" in November 2020 a
historical imposition, "The notice does not lift any of the designations" a negated lifting, and
"Washington has not imposed sanctions on the central bank governor, Riad Salameh" a negated
imposition. Donald Trump who said any buyer of Iranian oil "will be subject, immediately, to
secondary sanctions" threatens (core; the United States and Trump, Iran the target); the Treasury
that "imposed sanctions on Shandong Shouguang Luqing Petrochemical" in March a historical
imposition, the memorandum of February restoring "maximum pressure" a historical imposition, and
"Washington has not sanctioned any of China's large state-owned refiners" a negated imposition;
Oman (the mediator) and Italy (the venue) are no party. India that "has joined the Wassenaar
Arrangement" joins (core; the arrangement the body); India that "joined the Missile Technology
Control Regime in June last year" a historical joining, its bid for the Nuclear Suppliers Group,
"blocked by China", a stalled joining, and the Australia Group "expected to admit India early next
year" a planned joining (not core); China is no party of the core event. India and the United
States that "signed a Communications Compatibility and Security Agreement" sign (core; both states
actors); the logistics agreement "signed in August 2016" a historical signing, the Basic Exchange and
Cooperation Agreement on which "talks ... have stalled" a stalled signing; the S-400 question has no
type. Pakistan that "has decided to upgrade its chargé d'affaires in Kabul to the rank of
ambassador" restores (core: an upgrade of ties is a restoration, by the design's table; Pakistan and
Ishaq Dar the actors, Afghanistan the target); the Taliban government that "will reciprocate" a
planned restoration (not core), and China that "named a new ambassador to Kabul in 2023" a
historical restoration; China and Wang Yi are no party of the core event. The Afghan government whose
"Afghan Public Protection Force has taken over" the guarding of convoys and projects from private
security companies, "absorbing" their guards, integrates (core; Afghanistan the actor, the force the
target); the guards at military bases who "will be transferred ... by March 2013" a planned
integration (not core), and the foreign troops "in Afghanistan since 2001" a historical presence of
NATO. South Korea whose Cheonghae unit destroyer "will extend its operations into the Strait of
Hormuz" is a planned presence (core; the strait the place); the unit "off the coast of Somalia since
2009" a historical presence, "Seoul will not formally join the International Maritime Security
Construct" a negated joining, and Japan that "will send the destroyer Takanami" a planned presence
(not core); Iran and the United States, named for the tension, are no party of the core event.
Nothing in the near misses is an event.

Facts I am not sure of: the day of South Korea's listing (14 October 2022, I believe) and the count
of fifteen people and sixteen bodies, and that the previous unilateral listing was in December 2017;
that Japan lifted the freeze on four Syrian banks at the end of May 2025 and which banks (I name only
the Commercial Bank of Syria, from memory); the day Antony Blinken signed the nuclear waivers (4
February 2022); the day of the Lebanon continuation (late July 2022) and of Executive Order 13441 (1
August 2007); the wording of Trump's post of 1 May 2025 (paraphrased, with one short quote); the day
India joined Wassenaar (7 December 2017, as the 42nd participating state); the day COMCASA was signed
(6 September 2018, in New Delhi, by the four ministers); the day of Ishaq Dar's announcement (30 May
2025) and that China named its ambassador in September 2023; the day the APPF took over (20 March
2012), its size and the deadline for the bases; and the destroyer of the Cheonghae unit (I believe
the Wang Geon) and the day of the decision (21 January 2020). The near misses are composites of
routine news, with invented clubs', firms' and players' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout97_events_en``.

Measured before any fix (on commit 380481d): P 0.818, R 0.800, F1 0.809 (recall 8/10, 9 of 11
alerts right; recall by status: occurred 8/9, planned 0/1; one false alarm, one unexpected alert,
none in a near miss).
No annotation was changed after the run.
Missed: on the Kabul daily, "The Afghan Public Protection Force has taken over the guarding of
development projects and supply convoys from private security companies, absorbing thousands of
their Afghan guards into the state force" (and "about 6,000 guards ... had been enrolled in the
force") gives no integration: a force that takes over a task and absorbs another body's men is not
read as men integrated into it. On the Busan newsletter, "South Korea's anti-piracy Cheonghae unit
will extend its operations into the Strait of Hormuz" (and the headline's "Cheonghae unit to
extend patrols to Strait of Hormuz") gives no presence: a unit's operations extended into a sea
area are not read as forces sent there, and the strait is no place of the knowledge base.
False alarm: on the Dubai letter, "Iran wanted to see sanctions actually removed" is an occurred
lifting with Iran for actor: a wish to see sanctions removed is read as sanctions removed.
Unexpected: on the Tokyo service, "the Treasury issued a general licence a week ago allowing
transactions with the new government", in the paragraph that names "a visit to Riyadh", is an
occurred suspension with Saudi Arabia, the venue of the announcement, for actor (a general licence
is a suspension, but its party is the Treasury's state, the United States, and its target Syria).
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the Seoul
daily the historical listing of 2017 has "North Korean bankers" for target, and the vetoed Security
Council draft and the American designations are not found. On the Tokyo service the core lifting
has the United States as a second actor, the European Union's lifting has no target, and the
American lifting is not found as an event of its own. On the Dubai letter the core suspension
has no target (Iran is found only in the negated lifting), Blinken is not an actor, the stalled
talks have Iran alone, and the historical impositions of 2018 and the signing of 2015 are not
found. On the Beirut site the extension has no Biden, the listing of Bassil has no actor, and the
order of 2007 and the negated lifting are not found. On the Singapore brief the threat has Trump and
no United States, and the Luqing listing and the memorandum of February are not found. On the New
Delhi portal the stalled Nuclear Suppliers Group bid and the planned Australia Group joining are not
found. On the Washington site the signing has the United States alone, and the logistics agreement
of 2016 and the stalled BECA are not found. On the Peshawar page the core restoration is found only
from the Beijing meeting's "agreed in principle to exchange ambassadors", with the Taliban and
Afghanistan for actors (it counts through Afghanistan); Pakistan's upgrade of its chargé d'affaires
to ambassador, the Taliban's planned reciprocation and China's ambassador of 2023 are not found. On
the Kabul daily nothing is found, neither the planned transfer of the guards at bases nor the
foreign troops since 2001. On the Busan newsletter Japan's planned presence has the United States
for target, and the unit off Somalia since 2009 is not
found. The two near misses are quiet.
The articles whose core events are missed or which raise false alarms are strict xfails (the
Tokyo service's unexpected alert names a venue, which fails its test too).

After the fixes of 2026-12-07 (rule sentences in ``test_heldout97_rules_en``): P 1.000, R 0.800, F1
0.889 (recall 8/10, 9 of 9 alerts right; recall by status: occurred 8/9, planned 0/1; no false
alarm, no unexpected alert). A wish told in the past ("wanted to see", "wished to see") is a demand
cue (``en.cues.yaml``), as "wants" was, so the Dubai letter's "Iran wanted to see sanctions actually
removed" is no lifting; and a place named as the destination of a visit ("on a visit to Riyadh") is
the scene of a sanctions step, no party of it (``roles._located``; a signing keeps the host, often
its other party), so the Tokyo service's general licence names no Saudi Arabia (it now gives no
event, the Treasury standing alone for its state). The xfails of the Tokyo and Dubai articles are
removed.
Left: the Kabul daily's integration (a force that "has taken over" a task, "absorbing" another
body's men, and a force the knowledge base does not know) and the Busan newsletter's planned presence
(a unit's "operations" extended "into" a sea area the knowledge base does not know); both would need
a new trigger sense and a new place, more than a rule for the time left, and stay strict xfails.
Fixed later by the general-misses round 2 of 2026-12-07: a naval or military unit that extends
its operations, patrols or mission into a sea or a state is present there (``operating_force`` in
``en.cues.yaml``: a firm that extends its operations into a market stays quiet), so the Busan
presence is found, planned; and men "absorbed" into a state's armed corps, however many words
name them ("absorbing thousands of their Afghan guards into the state force"), are integrated
(``into_army``), so the Kabul integration is found. Both strict xfails are removed (rule sentences
in ``test_general_misses2_rules_en``).

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
EU = "European Union"
UNSC = "United Nations Security Council"
WASSENAAR = "Wassenaar Arrangement"
APPF = "Afghan Public Protection Force"
IMSC = "International Maritime Security Construct"

ARTICLES: list[Article] = [
    Article(
        "h97-01-seoul-business-daily-south-korea-sanctions-north-koreans",
        date(2022, 10, 14),
        _p(
            "Seoul imposes first unilateral sanctions on Pyongyang in five years",
            "SEOUL, 14 October 2022 - The Seoul Economic Review, English edition",
            "The South Korean government on Friday imposed sanctions on 15 North Korean individuals and 16 organisations that it accuses of helping to develop nuclear weapons and missiles and of evading international sanctions, its first unilateral measures against the North in almost five years. The decision came hours after North Korean military aircraft flew close to the inter-Korean border and the North fired a ballistic missile into the sea off its east coast.",
            "Those listed include bankers and trading officials who, according to the foreign ministry, arranged oil shipments by ship-to-ship transfer and laundered money through front companies abroad. Any transaction with them now requires the approval of the Bank of Korea or the finance ministry, a requirement that officials admitted is mostly symbolic, since almost no legal trade crosses the border.",
            '"The measures show that the government will not tolerate provocations and that it works closely with the international community," a foreign ministry spokesman said. He said Seoul had coordinated the list with Washington and Tokyo.',
            "South Korea last took such a step in December 2017, under the previous administration, when it blacklisted North Korean bankers and shipping firms after a launch of an intercontinental missile. The United States had already designated most of the people on Friday's list, and Japan has listed several of the organisations.",
            "At the United Nations, efforts to tighten the sanctions have gone nowhere. A draft resolution that would have cut oil deliveries to the North after its intercontinental missile launches was vetoed by China and Russia in May, the first vetoes on North Korea since the council began sanctioning it in 2006.",
            "The North has fired more than forty ballistic missiles this year, a record, and officials in Seoul and Washington say it may be preparing its seventh nuclear test at the Punggye-ri site.",
            'Business groups reacted calmly. The few South Korean companies that once worked at the Kaesong industrial zone, closed since 2016, said the decision changed nothing for them. "We lost our factories years ago. There is nothing left to freeze," said the head of an association of former Kaesong tenants.',
            "Shares of defence companies rose on the Kospi on Friday, while the won was little changed against the dollar.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("South Korea",), ("North Korea",)),
            Gold("sanctions.imposed", "historical", ("South Korea",), ("North Korea",), core=False),
            Gold("sanctions.imposed", "negated", (UNSC,), ("North Korea",), core=False),
            Gold("sanctions.imposed", "historical", (US, "Japan"), ("North Korea",), core=False),
        ),
    ),
    Article(
        "h97-02-tokyo-economic-news-service-japan-lifts-syrian-bank-freeze",
        date(2025, 5, 31),
        _p(
            "Japan lifts asset freeze on Syrian banks, joining Western easing",
            "TOKYO, 31 May 2025 - Nikkan Economic Wire (English service)",
            "Japan on Friday lifted the freeze on the assets of four Syrian banks, among them the Commercial Bank of Syria, the finance and foreign ministries said, following the United States and the European Union in easing the measures taken against the government of Bashar al-Assad. The ministries said the decision was meant to support the reconstruction of Syria and the new authorities' efforts to restore stability.",
            "Japan imposed its sanctions on Syria in 2011 and 2012, freezing the assets of Mr Assad, members of his family and government, and several banks over the violent repression of protests. Japanese banks were also barred from some payments to the country.",
            "Japan has not lifted the freeze on the assets of Bashar al-Assad and of the officials of his government, who fled or were removed after the offensive that brought down his rule in December. Officials said those measures would stay in place.",
            "The United States lifted its sanctions on Syria this month, after President Donald Trump announced the decision on a visit to Riyadh on 13 May, and the Treasury issued a general licence a week ago allowing transactions with the new government. The European Union lifted its economic sanctions on 20 May, while keeping its listings of people linked to the former government and to chemical weapons.",
            '"The banks were the bottleneck. Without correspondent accounts no one can move money into Syria, not even for aid," said a researcher at a Tokyo think tank who follows the Middle East. She said Japanese trading houses were unlikely to return soon, given the state of the country\'s power grid and ports.',
            "Japan's embassy in Damascus, closed since 2012, has not reopened, and the government has said it will decide on its return after assessing the security situation. Japan has given about 3.5 billion dollars in humanitarian aid to Syria and its neighbours since the war began.",
            "The Japan International Cooperation Agency said it was studying projects for water supply and electricity in Aleppo and Homs. The yen weakened slightly on Friday after data showing a rise in Tokyo consumer prices.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Japan",), ("Syria",)),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Japan",),
                ("Syria", "Bashar al-Assad"),
                core=False,
            ),
            Gold(
                "sanctions.lifted", "negated", ("Japan",), ("Bashar al-Assad", "Syria"), core=False
            ),
            Gold("sanctions.lifted", "historical", (US, "Donald Trump"), ("Syria",), core=False),
            Gold("sanctions.lifted", "historical", (EU,), ("Syria",), core=False),
            Gold("relations.restored", "negated", ("Japan",), ("Syria",), core=False),
        ),
        not_participants=("Saudi Arabia",),
    ),
    Article(
        "h97-03-dubai-energy-letter-us-restores-iran-nuclear-waivers",
        date(2022, 2, 6),
        _p(
            "Washington restores nuclear waivers for Iran as Vienna talks enter final stretch",
            "DUBAI, 6 February 2022 - Gulf Energy Intelligence Letter",
            "The United States has restored the sanctions waivers that allow foreign companies to work on civil nuclear projects in Iran, including the Bushehr power plant and the Arak research reactor, without facing American penalties. Secretary of State Antony Blinken signed the waivers on Friday and the State Department notified Congress the same day.",
            'Officials in Washington said the step was technical and meant to help the negotiations in Vienna on reviving the 2015 nuclear agreement, by allowing Russian, Chinese and European firms to carry out work that would be needed if Iran returns to the limits the deal sets. "It is not a concession to Iran," a State Department official told reporters.',
            "The United States has not lifted any sanctions on Iran, the department stressed. The sanctions on oil, banking and shipping that were reimposed in 2018, after President Donald Trump withdrew from the agreement, remain in force. The last of the nuclear waivers were ended in May 2020.",
            "The 2015 agreement, the Joint Comprehensive Plan of Action, was signed in Vienna in July of that year by Iran and six powers. The talks to revive it have stalled repeatedly since they began last April, and negotiators said this week that the remaining questions, above all Iran's demand for guarantees that a future American administration will not walk away again, require political decisions.",
            'In Tehran, the foreign ministry said the waivers were "good but not enough" and that Iran wanted to see sanctions actually removed. Iranian officials have said any deal must let the country sell its oil freely.',
            "For the oil market the question is how quickly Iranian barrels could return. Analysts in Dubai estimate that Iran could add about one million barrels a day within six months of a deal, on top of the crude it already sells to independent refiners in China at a discount.",
            "Brent crude closed above 93 dollars a barrel on Friday, its highest level since 2014, as cold weather in the United States and tight supply kept prices rising.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, "Antony Blinken"), ("Iran",)),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", (US, "Donald Trump"), ("Iran",), core=False),
            Gold("agreement.signed", "historical", ("Iran", US), (), core=False),
            Gold("agreement.signed", "stalled", ("Iran", US), (), core=False),
        ),
        not_participants=("United Arab Emirates",),
    ),
    Article(
        "h97-04-beirut-english-site-biden-continues-lebanon-emergency",
        date(2022, 7, 28),
        _p(
            "Biden keeps Lebanon sanctions programme in place for another year",
            "BEIRUT, 28 July 2022 - The Cedar Report",
            "US President Joe Biden has continued for another year the national emergency with respect to Lebanon, keeping in force the sanctions programme under which the Treasury can freeze the assets of people who undermine the country's sovereignty and its democratic institutions. The notice, sent to Congress on Tuesday, says the arms transfers to Hezbollah, including increasingly sophisticated weapons, continue to threaten the national security of the United States.",
            "The emergency dates from an executive order that George W. Bush signed in August 2007, at the height of the political crisis that followed the war of 2006 and the assassination of Prime Minister Rafik Hariri. It has to be renewed every year, and every president since has done so.",
            "Under the programme and related powers, the Treasury imposed sanctions on Gebran Bassil, the head of the Free Patriotic Movement and son-in-law of President Michel Aoun, in November 2020, accusing him of corruption. Mr Bassil denies the accusations and has challenged Washington to publish its evidence.",
            "The notice does not lift any of the designations, and it names no new ones. Washington has not imposed sanctions on the central bank governor, Riad Salameh, who is under investigation in France, Switzerland and Lebanon over the alleged embezzlement of public funds. He denies any wrongdoing.",
            '"The renewal is routine, but the message is not," said a lawyer in Beirut who advises banks on compliance. "Lebanese banks will keep treating any politician as a possible target, and that slows everything down."',
            "The country is in the third year of an economic collapse that the World Bank has called one of the worst since the middle of the nineteenth century. The pound has lost more than 90 percent of its value, and depositors cannot withdraw their dollars. Parliament elected in May has not yet agreed on a new government, and the term of President Aoun ends on 31 October.",
            "Talks on a maritime border with Israel, mediated by the American envoy Amos Hochstein, are expected to resume in the coming weeks.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Lebanon",)),
            Gold(
                "sanctions.imposed", "historical", (US, "George W. Bush"), ("Lebanon",), core=False
            ),
            Gold("sanctions.imposed", "historical", (US,), ("Gebran Bassil",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Lebanon",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Riad Salameh",), core=False),
        ),
        not_participants=("France", "Switzerland", "Israel"),
    ),
    Article(
        "h97-05-singapore-tanker-brief-trump-threatens-buyers-of-iranian-oil",
        date(2025, 5, 2),
        _p(
            "Trump threatens buyers of Iranian oil with secondary sanctions; teapots in focus",
            "SINGAPORE, 2 May 2025 - Straits Tanker Brief",
            'President Donald Trump said on Thursday that any country or person buying Iranian oil or petrochemicals "will be subject, immediately, to secondary sanctions" and would not be allowed to do business with the United States. The warning, posted on his social network, came hours after talks between American and Iranian negotiators planned for Saturday in Rome were postponed.',
            "The post did not name China, but the message was clear to traders in Singapore: almost all of Iran's crude exports, about 1.5 million barrels a day, go to independent refiners in Shandong province, usually relabelled as Malaysian or other oil after ship-to-ship transfers off the Malaysian coast.",
            'The Treasury imposed sanctions in March on Shandong Shouguang Luqing Petrochemical, the first time Washington had targeted one of the so-called teapot refineries, and has since added a second refinery and dozens of tankers to its list. Mr Trump restored his policy of "maximum pressure" on Iran in a memorandum signed in February.',
            "Washington has not sanctioned any of China's large state-owned refiners, which stopped buying Iranian cargoes openly years ago. Brokers said the question now was whether the threat would reach Chinese ports and terminal operators, which would make the trade far harder.",
            '"Most of the teapots already live with the risk, they have no dollar business," said a tanker broker in Singapore. "The exposure is with the terminals and the ship managers who still want to work with Western banks."',
            "Freight rates for older tankers in the so-called shadow fleet were steady on Friday. Benchmark Brent rose by about 2 percent after the post, before giving back part of the gain as OPEC+ prepared to decide on a further increase in output.",
            "Iranian officials did not respond directly. Foreign Minister Abbas Araghchi said on Thursday that the postponement of the talks was for logistical reasons, and Oman, which mediates between the two sides, said a new date would be agreed.",
            "Chinese customs data show no imports from Iran, a gap that analysts attribute to the relabelling of the cargoes.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump"), ("Iran",)),
            Gold(
                "sanctions.imposed",
                "historical",
                (US,),
                ("Shandong Shouguang Luqing Petrochemical", "China", "Iran"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (US, "Donald Trump"), ("Iran",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("China",), core=False),
        ),
        not_participants=("Oman", "Italy", "Malaysia"),
    ),
    Article(
        "h97-06-new-delhi-strategic-portal-india-joins-wassenaar",
        date(2017, 12, 8),
        _p(
            "India joins the Wassenaar Arrangement, its second export control regime in 18 months",
            "NEW DELHI, 8 December 2017 - South Block Review",
            "India has joined the Wassenaar Arrangement, the 42-nation regime that controls exports of conventional weapons and of goods and technologies that can be used for both civilian and military purposes. The decision was taken by consensus at the group's plenary meeting in Vienna on Thursday, and the Ministry of External Affairs welcomed it as a recognition of India's record on non-proliferation.",
            '"India\'s accession would be mutually beneficial," the ministry said in a statement, adding that membership would make it easier for Indian industry to obtain high technology for defence and space programmes. Officials said India would now have to align its own control list with that of the arrangement.',
            "India joined the Missile Technology Control Regime in June last year, its first membership of one of the four main export control regimes. Its application to the Nuclear Suppliers Group, submitted in 2016, has been blocked by China, which says that states that have not signed the Non-Proliferation Treaty should not be admitted without agreed criteria for all of them, a position aimed as much at Pakistan as at India.",
            "The Australia Group, which covers chemical and biological weapons, is expected to admit India early next year, diplomats said.",
            'Analysts in New Delhi said Wassenaar membership mattered less for what it brings at once than for what it says. "Each membership makes the case against India in the Nuclear Suppliers Group weaker. It is being treated as a responsible state with advanced technology," said a former foreign secretary.',
            "The arrangement, set up in 1996 as the successor of the Cold War body that restricted exports to the Soviet bloc, has no power to bind its members, which decide on exports under their national laws. Russia and most European states are members; China is not.",
            "The Defence Research and Development Organisation said membership would help its laboratories buy equipment that suppliers had hesitated to sell. The external affairs ministry thanked the members, in particular Russia and the United States, for their support.",
        ),
        (
            Gold("alliance.joined", "occurred", ("India",), (WASSENAAR,)),
            Gold(
                "alliance.joined",
                "historical",
                ("India",),
                ("Missile Technology Control Regime",),
                core=False,
            ),
            Gold(
                "alliance.joined", "stalled", ("India",), ("Nuclear Suppliers Group",), core=False
            ),
            Gold("alliance.joined", "planned", ("India",), ("Australia Group",), core=False),
        ),
        not_participants=("China", "Pakistan", "Austria"),
    ),
    Article(
        "h97-07-washington-diaspora-weekly-india-us-sign-comcasa",
        date(2018, 9, 7),
        _p(
            "India and US sign COMCASA at first 2+2 dialogue",
            "WASHINGTON, 7 September 2018 - Potomac Desi Weekly",
            'India and the United States signed a Communications Compatibility and Security Agreement on Thursday in New Delhi, at the first meeting of the two countries\' foreign and defence ministers in the new "2+2" format. The agreement will allow India to receive encrypted American communications equipment on the aircraft and other platforms it buys from the United States, and to share real-time data with American forces.',
            "The pact, known as COMCASA, was signed after talks between External Affairs Minister Sushma Swaraj, Defence Minister Nirmala Sitharaman, Secretary of State Mike Pompeo and Defense Secretary Jim Mattis. The ministers also agreed to set up hotlines between them and to hold the first joint exercise of the three services of both countries next year.",
            "It is the second of the so-called foundational agreements that Washington signs with close defence partners. The logistics agreement, which lets each side use the other's bases for refuelling and repairs, was signed in August 2016. Talks on the third, the Basic Exchange and Cooperation Agreement on geospatial data, have stalled, and officials gave no date for it.",
            "The question of India's planned purchase of the Russian S-400 air defence system hung over the meeting. Mr Pompeo said no decision had been taken on whether India might receive an exemption from the American law that penalises purchases of Russian weapons.",
            'For Indian Americans in the Washington area the news was welcome. "Ten years ago these agreements were politically impossible in Delhi," said a retired engineer from Fairfax who founded a community forum on India policy. "Now they are signed with a photo opportunity."',
            "Critics in India, including members of the opposition Congress party, said COMCASA could compromise the security of Indian military communications. The government said the agreement contained safeguards and that data would not be shared without Indian consent.",
            "The community forum will hold a panel on the dialogue at a library in Fairfax on 22 September.",
        ),
        (
            Gold("agreement.signed", "occurred", ("India", US), ()),
            Gold("agreement.signed", "historical", ("India", US), (), core=False),
            Gold("agreement.signed", "stalled", ("India", US), (), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "h97-08-peshawar-radio-page-pakistan-upgrades-kabul-mission",
        date(2025, 5, 31),
        _p(
            "Pakistan to send ambassador to Kabul as ties with Taliban government warm",
            "PESHAWAR, 31 May 2025 - Radio Khyber Voice, English news",
            'Pakistan has decided to upgrade its chargé d\'affaires in Kabul to the rank of ambassador, Deputy Prime Minister and Foreign Minister Ishaq Dar announced on Friday, raising relations with the Taliban government to their highest level since it took power in 2021. "This step will further strengthen our engagement, deepen cooperation in trade, security and counterterrorism," he wrote on social media.',
            "The Taliban foreign ministry welcomed the decision and said Kabul will reciprocate by raising its own chargé d'affaires in Islamabad to ambassador. Its spokesman said the step would open a new chapter in relations between the two neighbours.",
            "The announcement follows an informal meeting in Beijing on 21 May between Mr Dar, the Taliban's acting foreign minister, Amir Khan Muttaqi, and China's Foreign Minister Wang Yi, where the two sides agreed in principle to exchange ambassadors. China named a new ambassador to Kabul in 2023, the first country to do so after the Taliban takeover.",
            "Relations had been strained by attacks of the Pakistani Taliban, the TTP, which Islamabad says operates from Afghan soil, and by Pakistani air strikes in the eastern Afghan provinces. Kabul denies harbouring the militants.",
            'In Peshawar, traders hope the move will help at the Torkham crossing, which has been closed several times this year, at a cost of millions of dollars to exporters of fruit, vegetables and cement. "Every closure means trucks rotting in the sun for days," said a member of the Sarhad Chamber of Commerce. "If ambassadors can pick up the phone, maybe that ends."',
            "Pakistan has not formally recognised the Taliban government, and the foreign office said the upgrade did not amount to recognition. Millions of Afghans still live in Pakistan, and the government has continued its campaign to return those without valid papers, which the Taliban authorities have asked it to slow down.",
            "The foreign office said the name of the new ambassador would be announced soon.",
        ),
        (
            Gold("relations.restored", "occurred", ("Pakistan", "Ishaq Dar"), ("Afghanistan",)),
            Gold(
                "relations.restored",
                "planned",
                ("Afghanistan", "Taliban"),
                ("Pakistan",),
                core=False,
            ),
            Gold("relations.restored", "historical", ("China",), ("Afghanistan",), core=False),
        ),
        not_participants=("Wang Yi",),
    ),
    Article(
        "h97-09-kabul-english-daily-appf-takes-over-from-private-security",
        date(2012, 3, 21),
        _p(
            "Public Protection Force takes over from private guards",
            "KABUL, 21 March 2012 - Kabul Morning Herald",
            "The Afghan Public Protection Force has taken over the guarding of development projects and supply convoys from private security companies, absorbing thousands of their Afghan guards into the state force, the Ministry of Interior said on Tuesday. The handover marks the end of a two-year effort by President Hamid Karzai to rid the country of the private armies that grew up after 2001.",
            "Officials said about 6,000 guards who used to work for private companies had been enrolled in the force, given new uniforms and put under the command of the ministry. Aid groups and contractors that want protection must now sign contracts with the force and pay it directly.",
            "Mr Karzai ordered the companies disbanded in a decree issued in August 2010, accusing them of corruption, of killing civilians and of undermining the police. Under pressure from donors, who warned that projects would stop without protection, he agreed to a transition period.",
            "The guards at the bases of foreign forces will be transferred to the force by March 2013, the ministry said, once it has enough trained men. Until then the companies that protect the bases may keep working under licence.",
            "Foreign troops have been in Afghanistan since 2001, and NATO plans to hand over responsibility for security to Afghan forces by the end of 2014. Officials of the coalition said they supported the new force but were concerned about its capacity.",
            '"The force has the men, but not yet the officers or the management to run hundreds of contracts," said a Western official who follows the transition. Several development companies said they were still negotiating prices and had delayed work in the south and east.',
            'Former guards interviewed in Kabul said their pay had fallen, but that they preferred to work for the state. "Before, we worked for a foreign company and nobody knew who was responsible for us. Now we have a ministry card," said a guard at a checkpoint on the Jalalabad road.',
            "The ministry said the force would grow to 30,000 men by next year.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Afghanistan",), (APPF,)),
            Gold("forces.integrated", "planned", ("Afghanistan",), (APPF,), core=False),
            Gold("military.presence", "historical", ("NATO",), ("Afghanistan",), core=False),
        ),
    ),
    Article(
        "h97-10-busan-maritime-newsletter-cheonghae-unit-to-hormuz",
        date(2020, 1, 22),
        _p(
            "Cheonghae unit to extend patrols to Strait of Hormuz",
            "BUSAN, 22 January 2020 - Korea Maritime Bulletin",
            "South Korea's anti-piracy Cheonghae unit will extend its operations into the Strait of Hormuz to protect Korean ships and citizens, the defence ministry said on Tuesday. The unit's destroyer, with about 300 sailors and a helicopter, will operate in the strait and the Persian Gulf as well as in the Gulf of Aden, where it has escorted merchant ships since 2009.",
            "The government chose to act on its own rather than to send forces to the American-led coalition that guards shipping in the region. Seoul will not formally join the International Maritime Security Construct, but the ministry said the unit would share information with it and cooperate when needed.",
            "About 70 percent of South Korea's crude imports pass through the Strait of Hormuz, and some 170 Korean ships cross it each month. Tension in the region rose sharply after an American drone strike killed the Iranian general Qassem Soleimani in Baghdad this month and Iran fired missiles at bases in Iraq that host American troops.",
            "The Cheonghae unit has been deployed off the coast of Somalia since 2009, and its commandos rescued the crew of a hijacked chemical tanker in 2011. The ministry said the unit would return to the Gulf of Aden if needed.",
            'Shipowners in Busan welcomed the decision. "Our crews ask every time whether there will be a navy ship nearby," said an official of a tanker operator. Insurance premiums for voyages to the Gulf have risen several times since last summer, when tankers were attacked near the strait.',
            "Japan made a similar choice last month. It will send the destroyer Takanami to the region next month, also outside the American-led mission, and its patrol aircraft began flights from Djibouti this month.",
            "The opposition questioned why the decision was not put to the National Assembly. The ministry said it was an extension of the area of an existing mission and did not require a new vote.",
            "Iran's embassy in Seoul said foreign forces were not needed to keep the strait safe.",
        ),
        (
            Gold("military.presence", "planned", ("South Korea",), ("Strait of Hormuz",)),
            Gold("military.presence", "historical", ("South Korea",), ("Somalia",), core=False),
            Gold("alliance.joined", "negated", ("South Korea",), (IMSC,), core=False),
            Gold("military.presence", "planned", ("Japan",), (), core=False),
        ),
        not_participants=("Iraq",),
    ),
    Article(
        "h97-11-mumbai-cricket-site-roundup",
        date(2024, 3, 11),
        _p(
            "Round-up: franchise suspends all-rounder, board lifts stadium ban ahead of new season",
            "MUMBAI, 11 March 2024 - Cover Drive Daily",
            "A T20 franchise on Monday suspended its overseas all-rounder for two matches of the coming season after he missed the pre-season camp without permission. The team's director of cricket said the player had apologised and would rejoin the squad in Chennai next week.",
            "The state association lifted the ban on hosting matches that it imposed on a stadium in the suburbs last year, after the ground's owners repaired the drainage that had flooded the outfield during a Ranji Trophy game. The association, which sanctioned the club that runs the ground with a fine, also threatened to fine any venue that fails to provide covered seating for spectators by May.",
            "The franchise has extended the contract of its bowling coach for two more seasons. The club said it wanted continuity after reaching the playoffs last year, and that the coach would also work with the young fast bowlers of its academy.",
            "Off the field, a Mumbai club signed an agreement with an English county to exchange coaches and send two teenage batters for a summer of league cricket, and joined an alliance of academies from Pune, Nagpur and Goa that will run a junior tournament during the monsoon break. The club's secretary said the agreement would not cost members anything.",
            "At the Oval Maidan, the pavilion stand was restored after years of neglect, and the association said two academies in the eastern suburbs would be integrated into a single centre with indoor nets next year.",
            "The national selectors watched the domestic final at the weekend. Several of the bowlers the captain deployed in the death overs in the T20 series against Afghanistan are in form, and the squad for the World Cup in June is expected next month.",
            "Results: Mumbai beat Vidarbha by 169 runs in the Ranji Trophy final at the Wankhede; in the women's league, Bangalore won their first title by eight wickets against Delhi.",
            "Tickets for the opening match of the season go on sale on Thursday. Fans have been told to expect long queues at the gates because of new security checks.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h97-12-singapore-container-shipping-letter",
        date(2025, 2, 10),
        _p(
            "Box letter: new alliance starts sailing; port authority lifts bunker licence suspension",
            "SINGAPORE, 10 February 2025 - Lion City Box & Bunker Letter",
            "A mid-sized Asian container line joined the alliance of two European carriers this month as a slot partner on three Asia-Europe loops, adding four ships of 14,000 boxes to the network. The carriers said the new alliance would reach a schedule reliability of more than 90 percent, against an industry average of about 50 percent last year.",
            "The port authority lifted the suspension of a bunker supplier's licence that it imposed in October over short deliveries of fuel, after the company installed mass flow meters on all its barges and paid a penalty. The authority, which sanctioned two other suppliers last year, said it would keep checking deliveries with surprise audits.",
            "A terminal operator signed an agreement with a shipping line to run a dedicated berth at the new Tuas port, where the first phase will be integrated with the remaining city terminals by 2027. The line said it would move most of its transhipment to Tuas by the end of the year.",
            "Feeder services to Port Klang and Jakarta were restored after a week of disruption caused by congestion, and one carrier extended its suspended Red Sea calls for another quarter, sending its ships around the Cape of Good Hope instead. Two more tugs were deployed at the Pasir Panjang terminal to cope with the bunching of arrivals.",
            "Spot rates on the Shanghai to Rotterdam route fell for the fifth week running after the Lunar New Year, and brokers said the market was heading for a surplus of ships as new vessels are delivered. Charter rates for smaller ships, however, remain high, since many of them are needed on longer routes.",
            '"Everybody is talking about the alliances, but the real story is the order book," said a broker in Singapore. "There are more ships coming than cargo to fill them."',
            "Bunker sales in Singapore rose by about 2 percent last year to a record, with demand for biofuel blends and liquefied natural gas growing fastest.",
            "The letter will resume after the Chinese New Year holidays in Hong Kong.",
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


def test_heldout97_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-97 English events"))
