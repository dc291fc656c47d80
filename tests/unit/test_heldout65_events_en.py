"""Sixty-fifth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the forms of wires, national papers and trade pages of the Caribbean, West and East
Africa, Latin America, the Gulf and South and Southeast Asia, all of 2016-2025: a Caribbean wire on
Canada sanctioning the former Haitian president Michel Martelly and two former prime ministers
(2022); an Abidjan wire on Barack Obama ending the US sanctions on Côte d'Ivoire (2016); a Latin
American business page on the US suspending its Venezuelan oil and gas sanctions for six months
after the Barbados accord, with Antony Blinken's warning (2023); a Juba weekly on the Security
Council renewing the South Sudan arms embargo for a year (2024); a Gulf daily on Britain, France and
Canada threatening sanctions on Israel over Gaza (2025); an Addis Ababa weekly on Ethiopia, Egypt,
Iran and the UAE joining BRICS, Argentina declining (2024); a Nairobi daily on Kenya and Haiti
signing the reciprocal agreement for the Kenyan police deployment (2024); a Gulf daily on Qatar and
Bahrain restoring relations (2023); a Riyadh dispatch on the Riyadh Agreement of the Yemeni
government and the Southern Transitional Council, the STC's forces to be integrated into the
ministries of defence and interior and Saudi forces to take charge of Aden (2019); and near misses
(a Pakistani cricket page where the board "lifted the ban it imposed", players "signed", a contract
is "extended", relations with a franchise "restored", "sanctions" on a regional association that
"joined an alliance", a spinner "integrated" and "deployed"; a Manila city-hall page with water
"restored", an e-trike ban "imposed", enforcers "deployed", an MOU "signed" with a Korean city, a
network "joined", a deadline "extended", a moratorium "lifted", "sanctions" on vendors; a Lagos
business page where the central bank "imposed sanctions" on five banks, "lifted the suspension" of
a fintech, "threatened further sanctions", a payments firm "signed an agreement with a Chinese
technology group" and "joined an alliance", insurers' systems "integrated").

Nine articles carry core alertable events of all ten types; core events occurred (ten) or planned
(three: the Kenyan deployment to Haiti, the integration of the STC's forces, the Saudi forces in
Aden), beside historical, negated and stalled background.

Decisions of the annotation: Canada that "imposed sanctions on former Haitian president Michel
Martelly and two former prime ministers" imposes (core, with Mélanie Joly; Haiti and the three men
as targets); the listings "On November 4" (of Lambert, Latortue and Célestin, by Canada and the US)
and the Security Council's Haiti regime "Last month" are historical impositions, "The United States
has not listed Martelly" a negated one, "more names would follow" a planned one (not core: no
target); Tunisia, the summit's host, is no party. Obama that "has lifted the sanctions the United
States imposed on Côte d'Ivoire" lifts (core, with OFAC); the 2006 order a historical imposition,
the Security Council's end of its embargo "in April" a historical lifting and its embargo of 2004 a
historical imposition. The United States that "suspended for six months its sanctions on
Venezuela's oil and gas sector" suspends (core, with OFAC and the Treasury; Venezuela and PDVSA),
and Blinken's warning that Washington "would 'take action', including reversing the relief" is an
occurred threat (core: a threat to reimpose sanctions); "The measures do not lift the sanctions on
PDVSA itself" a negated lifting, the PDVSA sanctions "in January 2019" a historical imposition,
Chevron's licence "In November last year" a historical suspension, and the Barbados accord signed
"a day" before a historical agreement (not core: an election deal told as the suspension's cause);
Barbados is no party. The Security Council that "renewed the arms embargo on South Sudan for another
year" extends (core); "despite appeals ... to lift" and "Calls by the African Union and ... IGAD to
lift it have gone nowhere" a negated and a stalled lifting, "did not add any new names" a negated
imposition, the embargo of July 2018 a historical imposition; Kenya, the mediator, is no party.
Britain, France and Canada that "threatened to take 'concrete actions', including targeted
sanctions, against Israel" threaten (core, with Starmer, Macron and Carney); "None of the three
governments has so far imposed sanctions on Israeli ministers" a negated imposition, the settlers
sanctioned "last year" a historical one; Qatar and Egypt (mediators) are no parties. Ethiopia (with
Egypt, Iran and the UAE) that "formally became a member of the BRICS group" joins (core, one
event); South Africa "joined in 2010" a historical joining, Argentina that "formally declined" a
negated one, Saudi Arabia "still considering" a stalled one; Russia, the next host, is no party.
Kenya and Haiti that "signed a reciprocal agreement" sign (core, with Ruto and Henry), and the
1,000 Kenyan police officers to be sent to lead the mission in Haiti a planned presence (core: a
foreign force's deployment agreed); the Security Council's authorisation "in October" a historical
presence, the other contributors' offers a planned one (not core), the United States that "will not
send its own troops" a negated one. Qatar and Bahrain that "have agreed to restore diplomatic
relations" restore (core); Saudi Arabia's and Egypt's restorations with Qatar after Al-Ula and the
Saudi-Iranian agreement of March historical restorations, the Al-Ula declaration a historical
accord. The Yemeni government and the STC that "signed a power-sharing agreement in Riyadh" sign
(core, with Hadi, al-Zubaidi and Saudi Arabia); "The military and security forces of the STC will
be integrated into the ministries of defence and interior" a planned integration (core) and "Saudi
forces will take charge of security in Aden" a planned presence (core); the Stockholm Agreement
"signed ... in December last year" a historical accord and the UAE's troops withdrawn "over the
summer" a historical presence. Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout65_events_en``.
Measured before any fix (on commit e8ba172): P 0.769, R 0.769, F1 0.769 (recall 10/13, 10 of 13
alerts right; recall by status: occurred 9/10, planned 1/3; no false alarm on background, three
unexpected alerts, one of them with a venue as a party; the three near misses quiet).
No annotation was changed after the run.
Missed: on the Venezuela page, "Secretary of State Antony Blinken warned that Washington would
'take action', including reversing the relief, if ..." gives nothing: a warning to reverse sanctions
relief names no sanction ("take action" and "reversing the relief" are not threat triggers). On the
Nairobi daily, the Kenyan deployment gives no presence: police officers are not read as a force
("Kenya will deploy 1,000 police officers to Haiti." gives nothing, nor "Kenyan officers will serve
in Haiti under the Multinational Security Support mission."). On the Riyadh dispatch, "Saudi forces
will take charge of security in Aden" gives nothing: "take charge of security" is no presence
trigger ("Saudi troops will be deployed in Aden." is planned, with Saudi Arabia and Yemen).
Venue as a party: on the Caribbean wire, "They freeze any assets the three hold in Canada and
prohibit Canadians from dealing with them" is an occurred imposition of the Organisation
internationale de la Francophonie and Tunisia: the measures' pronoun subject takes the nearest
names of the sentence before ("on the sidelines of the summit of La Francophonie in Djerba,
Tunisia") over Canada and Joly ("Canada imposed sanctions on Haiti. They freeze any assets ..."
gives only Canada's).
Also unexpected, not failing: the Barbados accord "signed ... a day after" is read as an occurred
agreement of Nicolás Maduro (gold: historical, with Venezuela); "None of the three governments has
so far imposed sanctions on Israeli ministers" is read as occurred ("Britain has not imposed
sanctions on Israeli ministers." is negated): a "None of ... has" subject is not read as a denial.
Also seen, not scored: the Côte d'Ivoire lifting has the United States as target too and its
historical imposition Côte d'Ivoire as actor; the Yemen accord has Riyadh (the venue) as target;
"Martelly", "Lamothe" and "Céant" are not in the knowledge base (the imposition's target is the
unlinked "Haitian president"). None of the negated, stalled or historical background (Argentina's
refusal, the US troops not sent, the stalled lifting of the South Sudan embargo, the PDVSA
sanctions kept) gives an alert.
The articles whose core events are missed and the Caribbean wire's venue are strict xfails.

After the fixes of the same round (2026-12-05): P 0.833 R 0.769 F1 0.800 (recall 10/13, precision
10/12). Fixed, with rule sentences below: "None of the three governments has so far imposed
sanctions" is a denial; a police contingent sent abroad is a presence (at home it is none). Left
(strict xfails): the pronoun "They" taking the summit's venue of the sentence before as the
imposer; Blinken's warning of "action", no sanction named; the Kenyan deployment told as "the
obstacle to sending … officers to lead a mission … in Haiti"; "Saudi forces will take charge of
security in Aden".

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
    alert_kinds,
    alert_parties,
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
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
UNSC = "United Nations Security Council"
GCC = "Gulf Cooperation Council"

ARTICLES: list[Article] = [
    Article(
        "n01-caribbean-wire-canada-sanctions-martelly-and-two-former-haitian-prime-ministers",
        date(2022, 11, 21),
        _p(
            "Canada sanctions Martelly, two former prime ministers over Haiti gangs",
            "OTTAWA, Canada, Nov 21, 2022 (CMC) -",
            "Canada on Sunday imposed sanctions on former Haitian president Michel Martelly and two former prime ministers, Laurent Lamothe and Jean-Henry Céant, accusing the three men of protecting and financing the armed gangs that have brought Port-au-Prince to a standstill.",
            "Foreign Affairs Minister Mélanie Joly announced the measures on the sidelines of the summit of La Francophonie in Djerba, Tunisia. They freeze any assets the three hold in Canada and prohibit Canadians from dealing with them, and are made under the Special Economic Measures Act.",
            "\"We have strong reasons to believe that these individuals are using their status to protect and enable the illegal activities of armed criminal gangs, including through money laundering and other acts of corruption,\" Joly said in a statement. \"Those who benefit from the violence in Haiti will be held accountable.\"",
            "It is the second Canadian list in a little more than two weeks. On November 4, Ottawa and Washington sanctioned the president of the Haitian Senate, Joseph Lambert, and former senator Youri Latortue, and Canada later added former senator Rony Célestin. Last month the UN Security Council set up a sanctions regime on Haiti and listed the gang leader Jimmy Chérizier, known as Barbecue, under a travel ban, an asset freeze and a targeted arms embargo.",
            "The United States has not listed Martelly, who governed from 2011 to 2016, or either of the former prime ministers. A State Department official said Washington was \"reviewing\" the Canadian evidence.",
            "Lamothe, who served under Martelly from 2012 to 2014, called the accusations \"baseless\" and said on Twitter that he would ask Canadian courts to review them. Martelly, who lives partly in Miami, could not be reached for comment. Céant said he had never met a gang leader.",
            "Joly said more names would follow \"in the coming weeks\" and that Canada was working with partners in the region.",
            "Armed gangs control much of the capital and blocked the Varreux fuel terminal for two months until early this month, cutting off fuel and water as cholera returned. Prime Minister Ariel Henry asked in October for an international force to help the police, a request the Security Council has yet to act on.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Canada", "Mélanie Joly"), ("Michel Martelly", "Laurent Lamothe", "Jean-Henry Céant", "Haiti")),
            Gold("sanctions.imposed", "historical", ("Canada", US), ("Joseph Lambert", "Youri Latortue", "Rony Célestin", "Haiti"), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Haiti", "Jimmy Chérizier"), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Michel Martelly", "Laurent Lamothe", "Jean-Henry Céant"), core=False),
            Gold("sanctions.imposed", "planned", ("Canada", "Mélanie Joly"), ("Haiti",), core=False),
        ),
        not_participants=("Tunisia",),
    ),
    Article(
        "n02-abidjan-wire-obama-ends-us-sanctions-on-cote-divoire",
        date(2016, 9, 16),
        _p(
            "Obama ends decade-old US sanctions on Ivory Coast",
            "ABIDJAN, Sept 16 (AFP) -",
            "US President Barack Obama has lifted the sanctions the United States imposed on Côte d'Ivoire during its civil war, saying the country had made \"significant progress\" towards peace and democratic rule, the White House said.",
            "In an executive order signed on Wednesday, Obama ended the national emergency declared in February 2006, which had allowed Washington to freeze the assets of people deemed to threaten the peace process and to ban imports of Ivorian rough diamonds. The Treasury's Office of Foreign Assets Control said the names of those listed under the programme had been removed from its list of specially designated nationals.",
            "\"The situation that gave rise to the declaration of a national emergency ... has been significantly altered by the progress achieved in the stabilisation of Côte d'Ivoire,\" the order said, citing the peaceful presidential election of October 2015 and the disarmament of former fighters.",
            "The UN Security Council ended its own arms embargo, travel ban and asset freeze on the country in April, twelve years after it first imposed the embargo in November 2004, when fighting between government troops and northern rebels flared again.",
            "The Ivorian foreign ministry welcomed the decision as \"the recognition of the work accomplished\" since the crisis that followed the 2010 election, in which some 3,000 people were killed after Laurent Gbagbo refused to hand over power to Alassane Ouattara.",
            "Gbagbo has been on trial since January at the International Criminal Court in The Hague on charges of crimes against humanity. His wife Simone was sentenced last year in Abidjan to 20 years in prison.",
            "Diplomats in Abidjan said the end of the sanctions would make it easier for American firms to invest in the country, the world's biggest cocoa producer, whose economy has grown by more than 8 percent a year since 2012. The US ambassador, Terence McCulley, said the two countries would now \"turn the page\" and focus on trade and security cooperation.",
            "The UN peacekeeping mission in Côte d'Ivoire, which once numbered more than 9,000 troops and police, is due to close by the end of June next year.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "Barack Obama", OFAC), ("Ivory Coast",)),
            Gold("sanctions.imposed", "historical", (US,), ("Ivory Coast",), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Ivory Coast",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Ivory Coast",), core=False),
        ),
        not_participants=("Netherlands",),
    ),
    Article(
        "n03-latin-american-business-page-us-suspends-venezuela-oil-sanctions",
        date(2023, 10, 19),
        _p(
            "US suspends Venezuela oil sanctions for six months after Barbados election deal",
            "BUSINESS | Energy | October 19, 2023",
            "The United States on Wednesday suspended for six months its sanctions on Venezuela's oil and gas sector, a day after the government of Nicolás Maduro and the opposition signed an agreement in Barbados on holding a presidential election in the second half of next year.",
            "The Treasury's Office of Foreign Assets Control issued a general license authorising transactions with the state oil company PDVSA in the oil and gas sector until April 18, 2024. A second license allows dealings with the state gold miner Minervén, and OFAC also removed the ban on secondary trading in Venezuelan sovereign bonds and PDVSA debt.",
            "The license will be renewed only if Caracas meets its commitments, US officials said. Secretary of State Antony Blinken warned that Washington would \"take action\", including reversing the relief, if by the end of November the government had not set out a process to lift the bans on opposition candidates and begun releasing political prisoners and Americans held in the country.",
            "The measures do not lift the sanctions on PDVSA itself, whose assets in the US remain frozen, or on Maduro and the more than 100 officials designated since 2017.",
            "Washington imposed sanctions on PDVSA in January 2019, after it recognised the opposition leader Juan Guaidó as interim president, and added a ban on dealings with the government that August. Exports fell to about 600,000 barrels a day at their lowest. In November last year OFAC gave Chevron a license to resume limited production with PDVSA.",
            "Analysts in Caracas said output could rise by 150,000 to 200,000 barrels a day within a year if partners can bring in diluents and equipment, but warned that six months is short for investment decisions. Venezuelan bonds rose by as much as 4 cents on the dollar on Thursday.",
            "The Barbados agreement, signed by the government's chief negotiator, Jorge Rodríguez, and by Gerardo Blyde for the opposition Unitary Platform, allows each side to choose its candidate under its own rules. The opposition's primary is due on Sunday, where María Corina Machado, who is barred from office, is the favourite.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, OFAC, UST), ("Venezuela", "PDVSA")),
            Gold("sanctions.threatened", "occurred", (US, "Antony Blinken"), ("Venezuela",)),
            Gold("sanctions.lifted", "negated", (US,), ("PDVSA", "Nicolás Maduro", "Venezuela"), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("PDVSA", "Venezuela"), core=False),
            Gold("sanctions.suspended", "historical", (OFAC,), ("Chevron Corporation", "PDVSA"), core=False),
            Gold("agreement.signed", "historical", ("Venezuela", "Jorge Rodríguez", "Unitary Platform"), (), core=False),
        ),
        not_participants=("Barbados",),
    ),
    Article(
        "n04-juba-weekly-security-council-renews-south-sudan-arms-embargo",
        date(2024, 6, 1),
        _p(
            "UN renews South Sudan arms embargo for another year as six members abstain",
            "JUBA, 1 June 2024 -",
            "The UN Security Council on Thursday renewed the arms embargo on South Sudan for another year, until 31 May 2025, together with the travel ban and asset freeze on individuals accused of undermining peace, despite appeals from Juba and its neighbours to lift the measures.",
            "Resolution 2731 was adopted by nine votes in favour, with Algeria, China, Guyana, Mozambique, Russia and Sierra Leone abstaining. It also extended until July next year the mandate of the panel of experts that monitors the sanctions.",
            "The United States, which drafted the text, said the embargo remained necessary while weapons continued to flow to armed groups in Upper Nile and Jonglei. The council said it was ready to review the measures in the light of progress on security arrangements, including the deployment of the unified forces and the management of weapons stockpiles.",
            "Speaking for the three African members, Mozambique's ambassador said the sanctions were \"counterproductive\" because they prevented the government from equipping the forces that are supposed to secure the elections planned for December. China and Russia said the council should have started easing the measures.",
            "The council did not add any new names to the sanctions list, which has eight people on it. The foreign ministry in Juba said it regretted the decision and would \"continue to engage\" with members.",
            "The council first imposed the arms embargo in July 2018, when it passed by the narrowest possible margin, three years after it began listing military commanders on both sides of the civil war. Calls by the African Union and the regional bloc IGAD to lift it have gone nowhere, and the government's own benchmarks for easing the measures, set out in 2022, have largely not been met.",
            "The renewal comes as talks in Nairobi between the government and holdout armed groups, mediated by Kenya, are stalled over the groups' demand for a new security arrangement. President Salva Kiir's government says the elections will take place as scheduled, but the electoral commission has warned that it has not received its budget.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("South Sudan",)),
            Gold("sanctions.lifted", "negated", (UNSC,), ("South Sudan",), core=False),
            Gold("sanctions.imposed", "negated", (UNSC,), ("South Sudan",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("South Sudan",), core=False),
            Gold("sanctions.lifted", "stalled", ("African Union", "Intergovernmental Authority on Development"), ("South Sudan",), core=False),
        ),
        not_participants=("Kenya",),
    ),
    Article(
        "n05-gulf-daily-britain-france-canada-threaten-sanctions-on-israel",
        date(2025, 5, 20),
        _p(
            "UK, France and Canada threaten sanctions on Israel over Gaza offensive",
            "LONDON - The National, May 20, 2025",
            "Britain, France and Canada on Monday threatened to take \"concrete actions\", including targeted sanctions, against Israel if it does not halt its renewed military offensive in Gaza and lift its restrictions on humanitarian aid.",
            "In an unusually sharp joint statement, Prime Minister Keir Starmer, President Emmanuel Macron and Prime Minister Mark Carney said the level of human suffering in the enclave was \"intolerable\" and that Israel's announcement that it would allow a \"basic quantity\" of food to enter was \"wholly inadequate\".",
            "\"We will not stand by while the Netanyahu government pursues these egregious actions,\" they said. \"If Israel does not cease the renewed military offensive and lift its restrictions on humanitarian aid, we will take further concrete actions in response.\" The leaders also said they opposed any expansion of settlements in the occupied West Bank and would not hesitate to take further action, \"including targeted sanctions\".",
            "Israeli Prime Minister Benjamin Netanyahu rejected the statement, saying the three leaders were offering \"a huge prize for the genocidal attack on Israel on October 7\". His office said Israel would continue the war until Hamas released the remaining hostages and was disarmed.",
            "None of the three governments has so far imposed sanctions on Israeli ministers, although far-right members of Netanyahu's cabinet, Itamar Ben-Gvir and Bezalel Smotrich, have been the subject of discussions in London and Ottawa for months. Britain sanctioned several violent settlers and two settler outposts last year, and France barred 28 settlers from its territory.",
            "Israel resumed its offensive in March after a two-month ceasefire collapsed, and blocked all aid deliveries for 11 weeks. Talks on a new truce, mediated by Qatar and Egypt in Doha, have made little progress.",
            "Diplomats in Brussels said several EU governments would push this week for a review of the bloc's association agreement with Israel. The Netherlands has already asked for one.",
            "Saudi Arabia and the UAE welcomed the joint statement. Humanitarian agencies said on Monday that only five trucks had crossed into Gaza since the blockade was eased.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (UK, "France", "Canada", "Keir Starmer", "Emmanuel Macron", "Mark Carney"), ("Israel",)),
            Gold("sanctions.imposed", "negated", (UK, "France", "Canada"), ("Itamar Ben-Gvir", "Bezalel Smotrich", "Israel"), core=False),
            Gold("sanctions.imposed", "historical", (UK, "France"), (), core=False),
        ),
        not_participants=("Qatar", "Egypt"),
    ),
    Article(
        "n06-addis-ababa-weekly-ethiopia-becomes-member-of-brics",
        date(2024, 1, 2),
        _p(
            "Ethiopia formally joins BRICS as bloc expands",
            "ADDIS ABABA - Addis Standard, 2 January 2024",
            "Ethiopia formally became a member of the BRICS group of emerging economies on Monday, 1 January, together with Egypt, Iran and the United Arab Emirates, in the bloc's first expansion since South Africa joined in 2010.",
            "The six new members were invited at the BRICS summit in Johannesburg in August. Argentina, the sixth country invited, formally declined last week: in a letter to the leaders of the bloc, President Javier Milei wrote that the moment was \"not opportune\" for his country to become a full member. Saudi Arabia has not yet confirmed whether it will take up the invitation, and officials in Riyadh said the kingdom was still considering it.",
            "Prime Minister Abiy Ahmed welcomed Ethiopia's membership as \"a great moment\" and said the country was ready to work with all members for \"an inclusive and prosperous global order\". The Ministry of Foreign Affairs said membership would help Ethiopia attract investment and access the New Development Bank's financing.",
            "Ethiopia applied to join in June last year, as it sought new sources of finance after two years of war in Tigray. The government is in talks with the IMF on a new loan programme and missed a 33 million dollar coupon payment on its only eurobond in December, making it the third African country to default in three years.",
            "Economists in Addis Ababa said the practical benefits of membership would take time. \"BRICS is not a trade bloc and has no common market,\" said one. \"What Ethiopia gains is a seat at the table with China and India, its biggest partners.\" Trade with the four founding members other than South Africa was worth about 6 billion dollars in 2022.",
            "Russia, which chairs the group this year, will host the next summit in Kazan in October. The enlarged bloc accounts for about 46 percent of the world's population.",
            "Ethiopia's relations with Egypt, now a fellow member, remain strained over the Grand Ethiopian Renaissance Dam; the latest round of talks on the dam's operation ended without agreement in December.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Ethiopia", "Egypt", "Iran", "United Arab Emirates"), ("BRICS",)),
            Gold("alliance.joined", "historical", ("South Africa",), ("BRICS",), core=False),
            Gold("alliance.joined", "negated", ("Argentina", "Javier Milei"), ("BRICS",), core=False),
            Gold("alliance.joined", "stalled", ("Saudi Arabia",), ("BRICS",), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "n07-nairobi-daily-kenya-and-haiti-sign-agreement-on-police-deployment",
        date(2024, 3, 2),
        _p(
            "Kenya, Haiti sign deal clearing way for police deployment",
            "NAIROBI - Daily Nation, Saturday March 2, 2024",
            "Kenya and Haiti on Friday signed a reciprocal agreement at State House, Nairobi, that the government says removes the last legal obstacle to sending 1,000 Kenyan police officers to lead a multinational mission against the gangs in Haiti.",
            "President William Ruto and Haitian Prime Minister Ariel Henry witnessed the signing, and Ruto said Kenya would deploy the officers \"as soon as possible\" once the other contributors and the financing were in place. \"This is a historic mission for peace,\" he said. \"The people of Haiti deserve security, and Kenya will not look away.\"",
            "Under the deal, Kenyan officers will serve in Haiti under the Multinational Security Support mission authorised by the UN Security Council in October, with their own command and rules on the use of force. Haiti commits to give them the protections that Kenyan law requires for officers working abroad.",
            "On January 26 the High Court ruled that the deployment was unconstitutional, saying the National Security Council had no power to send police outside the country without a reciprocal arrangement with the host state. The opposition politician Ekuru Aukot, who brought that case, said he would go back to court to challenge the new agreement.",
            "Benin, the Bahamas, Jamaica, Bangladesh, Chad and Barbados have also offered personnel for the mission. The United States, which has pledged 200 million dollars, has said it will not send its own troops, and Canada is to provide training and equipment.",
            "The signing came as gangs in Port-au-Prince attacked the airport and two prisons while Henry was abroad, leaving the capital in chaos. Police unions and human rights groups in Nairobi have raised concerns over the Kenyan police's record at home and over the officers' safety abroad.",
            "Interior Cabinet Secretary Kithure Kindiki told MPs last year that the officers had been selected and trained in French and in the rules of engagement. The Treasury has yet to say how much Kenya will pay before UN funds arrive.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Kenya", "Haiti", "William Ruto", "Ariel Henry"), ()),
            Gold("military.presence", "planned", ("Kenya", "William Ruto"), ("Haiti",)),
            Gold("military.presence", "historical", (UNSC,), ("Haiti",), core=False),
            Gold("military.presence", "planned", ("Benin", "Bahamas", "Jamaica", "Bangladesh", "Chad", "Barbados"), ("Haiti",), core=False),
            Gold("military.presence", "negated", (US,), ("Haiti",), core=False),
        ),
    ),
    Article(
        "n08-gulf-daily-qatar-and-bahrain-restore-diplomatic-relations",
        date(2023, 4, 13),
        _p(
            "Qatar and Bahrain restore diplomatic relations",
            "RIYADH - Gulf Times, 13 April 2023",
            "Qatar and Bahrain have agreed to restore diplomatic relations, nearly six years after Manama joined Saudi Arabia, the United Arab Emirates and Egypt in cutting ties with Doha and imposing a land, sea and air boycott.",
            "The decision was taken at a meeting of the Qatari-Bahraini follow-up committee at the headquarters of the Gulf Cooperation Council's secretariat in Riyadh on Wednesday, the two countries said in a joint statement. It was taken \"in line with the principles of the Charter of the United Nations\" and \"in a desire to strengthen Gulf unity and integration\", the statement said.",
            "The GCC Secretary-General, Jasem Mohamed Albudaiwi, welcomed the step. The statement did not say when ambassadors would be named or embassies reopened.",
            "Relations between the two neighbours, which are separated by a narrow stretch of water, were among the slowest to recover after the Al-Ula declaration of January 2021 ended the boycott. Saudi Arabia and Egypt restored relations with Qatar soon after that summit, and Saudi Arabia and Qatar reopened their embassies that month. Bahrain and Qatar held a first round of committee talks in Riyadh in February without an announcement.",
            "Disputes over the arrest of Bahraini fishermen by the Qatari coastguard, and over Qatari nationality granted to Bahraini families, had kept the two apart. Bahrain's Crown Prince and Prime Minister, Salman bin Hamad Al Khalifa, visited Doha and met the Emir in January, the first such visit since 2017.",
            "Flights between the two capitals, suspended since June 2017, are expected to resume later this year.",
            "Analysts said the move completes the reconciliation that began at Al-Ula, and follows the Saudi-Iranian agreement, brokered by China in March, to restore their own relations after seven years. \"The Gulf is cleaning up its disputes,\" said a Kuwaiti political scientist. \"Everyone wants calm for investment and for the World Cup legacy.\"",
        ),
        (
            Gold("relations.restored", "occurred", ("Qatar", "Bahrain"), ()),
            Gold("relations.restored", "historical", ("Saudi Arabia", "Egypt"), ("Qatar",), core=False),
            Gold("agreement.signed", "historical", (GCC, "Saudi Arabia", "Qatar", "Bahrain"), (), core=False),
            Gold("relations.restored", "historical", ("Saudi Arabia", "Iran"), (), core=False),
        ),
    ),
    Article(
        "n09-gulf-english-daily-yemen-government-and-stc-sign-riyadh-agreement",
        date(2019, 11, 6),
        _p(
            "Yemen government, southern separatists sign Riyadh power-sharing deal",
            "RIYADH, 6 November 2019 -",
            "Yemen's internationally recognised government and the southern separatists of the Southern Transitional Council signed a power-sharing agreement in Riyadh on Tuesday, ending a three-month standoff that had split the Saudi-led coalition fighting the Houthis.",
            "The deal was signed in the presence of President Abd-Rabbu Mansour Hadi, the STC's leader Aidarus al-Zubaidi, Crown Prince Mohammed bin Salman and Abu Dhabi's Crown Prince, Sheikh Mohamed bin Zayed.",
            "Under the Riyadh Agreement, a new cabinet of no more than 24 ministers will be formed within 30 days, divided equally between the north and the south, and the prime minister will return to Aden within seven days. The military and security forces of the STC will be integrated into the ministries of defence and interior within 90 days, and heavy weapons will be moved out of Aden to camps under the supervision of the coalition.",
            "Saudi forces will take charge of security in Aden during the transition, officials said. The United Arab Emirates, which trained and armed many of the southern units, withdrew most of its own troops from Yemen over the summer.",
            "Fighters of the STC seized Aden, the government's temporary capital, in August after days of clashes with government troops, and later took much of Abyan and Shabwa.",
            "Mohammed bin Salman said the agreement would \"open a new period\" and lead to wider talks to end the war. Martin Griffiths, the UN envoy, welcomed it as an important step. The Houthis dismissed it as an arrangement among occupiers.",
            "The UN-brokered Stockholm Agreement, signed by the government and the Houthis in December last year, has largely stalled: the redeployment of forces from the port of Hodeidah has not taken place, and the prisoner exchange agreed there has not been carried out.",
            "Residents of Aden said on Wednesday that they hoped the deal would bring the payment of salaries and an end to power cuts. \"We have heard agreements before,\" said a teacher in Crater.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Yemen", "Southern Transitional Council", "Abdrabbuh Mansur Hadi", "Aidarus al-Zubaidi", "Saudi Arabia"), ()),
            Gold("forces.integrated", "planned", ("Southern Transitional Council",), ("Yemen",)),
            Gold("military.presence", "planned", ("Saudi Arabia",), ("Yemen",)),
            Gold("agreement.signed", "historical", ("Yemen", "Houthis"), (), core=False),
            Gold("military.presence", "historical", ("United Arab Emirates",), ("Yemen",), core=False),
        ),
    ),
]
ARTICLES += [
    Article(
        "n10-karachi-daily-sports-page-pcb-lifts-ban-central-contracts-signed",
        date(2024, 8, 22),
        _p(
            "SPORT | Cricket",
            "PCB lifts ban on pacer, 25 players sign central contracts",
            "LAHORE: The Pakistan Cricket Board (PCB) on Wednesday lifted the ban it imposed on a fast bowler in June after he missed two fitness tests, clearing him to play in the Champions One-Day Cup that starts next month in Faisalabad.",
            "The board's disciplinary committee said the player had completed a rehabilitation programme at the National Cricket Academy and passed a third test on Monday. He had been fined and barred from domestic cricket for two months.",
            "Twenty-five players signed their central contracts for the season at the Gaddafi Stadium, after weeks of talks over pay and the number of overseas leagues they may join. The board has extended the contract of the bowling coach until the end of the home series against England, and two players who threatened to pull out of the contract system over their grades have withdrawn their complaints.",
            "Relations between the board and the Karachi franchise have been restored after a dispute over the draft that the owners had taken to the league's arbitrator. The franchise said it would take part in the player draft in November.",
            "The board also imposed sanctions on a regional association, a fine and a six-month suspension of its grant, after an audit found irregularities in the hiring of coaches. The association has joined an alliance of regional bodies that wants elections to the board's governing body.",
            "The head coach said the young leg-spinner who impressed in the A-team series in Darwin would be integrated into the Test squad gradually. \"We will deploy him in the middle overs and give him time,\" he said. Two pacers were rested after the series against Bangladesh, which Pakistan lost 2-0 at home.",
            "In Karachi, the National Stadium's floodlights, damaged in the storm in July, have been restored, and the ground will host the first Test against England in October, before the second in Multan. The board signed an agreement with a broadcaster for the domestic season on Tuesday.",
            "Meanwhile, the women's team left for a training camp in Sri Lanka ahead of the T20 World Cup, which moved to the UAE from Bangladesh this week.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-manila-metro-page-water-restored-e-trike-ban-imposed",
        date(2025, 2, 14),
        _p(
            "METRO | City Hall roundup",
            "Water restored in Tondo; e-trike ban imposed on main roads",
            "MANILA - Water service was restored to some 40,000 households in Tondo on Thursday after a four-day interruption caused by a broken pipe under Juan Luna Street, the concessionaire said. Residents had queued at fire trucks deployed by the city to deliver drinking water.",
            "The Metropolitan Manila Development Authority began enforcing a ban on electric tricycles and e-bikes on main roads, imposed under a resolution of the Metro Manila Council. Drivers caught on EDSA, Taft Avenue and the other national roads will be fined 2,500 pesos, and some 200 traffic enforcers have been deployed at the main intersections. Riders' groups threatened to hold a protest at the MMDA headquarters on Monday.",
            "The city government signed a memorandum of understanding with a city in South Korea on waste management and training for barangay health workers. Manila has also joined a network of Asian cities that share data on flooding, the mayor's office said.",
            "The deadline for the payment of real property tax without penalty has been extended to the end of March, after the city's online payment system went down for two days last week. Classes in public schools in four districts were suspended on Tuesday because of a fire near a school in Sampaloc.",
            "The city's new bus service along Roxas Boulevard will be integrated with the light rail ticketing system from June, so that a single card can be used on both. The council lifted the moratorium on new business permits in Binondo that it imposed in November, after the fire safety inspections were completed.",
            "The market administrator said sanctions, including the closure of stalls, would be imposed on vendors who sell rice above the price cap set by the Department of Agriculture. A vendors' alliance said it would ask the courts to review the rule.",
            "Relations between the city and the jeepney operators' association were restored after the two sides agreed on the route plan for the modernisation programme.",
            "Weather: PAGASA expects cloudy skies with isolated rain showers in Metro Manila through the weekend, with temperatures up to 32 C.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-lagos-business-page-cbn-sanctions-banks-fintech-suspension-lifted",
        date(2024, 6, 27),
        _p(
            "BUSINESS",
            "CBN sanctions five banks over FX reporting, lifts suspension on fintech",
            "LAGOS - The Central Bank of Nigeria (CBN) has imposed sanctions on five commercial banks for failing to report foreign exchange transactions on time, fining each of them 150 million naira, according to a circular seen by our correspondent.",
            "The regulator also lifted the suspension it imposed in April on a fintech company's onboarding of new customers, after an inspection found that the company had fixed the weaknesses in its checks on customers. The company said it would resume registrations next week.",
            "The banks have until the end of July to pay the fines, and the CBN threatened further sanctions, including a ban on trading in the official foreign exchange market, for any bank that repeats the breach. Two of the banks said they would appeal.",
            "Separately, a Lagos-based payments company has signed an agreement with a Chinese technology group to build a cross-border payments platform for traders in Guangzhou, and has joined an alliance of African payment firms that wants common standards for mobile money.",
            "The merger of two mid-sized insurers, approved by the National Insurance Commission last month, will be completed in August, and their systems will be integrated by the end of the year. The regulator extended the deadline for insurers to meet new capital requirements to December 2025.",
            "Manufacturers said gas supply had been restored to factories in Ogun State after a two-week disruption on a pipeline, but warned that the price of gas had risen by 40 percent this year. A cement maker said it had deployed solar panels at two plants to cut its diesel costs.",
            "On the Nigerian Exchange, the All-Share Index closed 0.3 percent higher on Wednesday, led by banking stocks. The naira traded at 1,490 to the dollar at the official window.",
            "The Manufacturers Association of Nigeria said the ban on the export of unprocessed shea nuts, imposed by the federal government for six months, should be extended, to give local processors time to buy the crop.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n03-latin-american-business-page-us-suspends-venezuela-oil-sanctions": (
        "'warned that Washington would \"take action\", including reversing the relief' is no threat of sanctions"
    ),
    "n07-nairobi-daily-kenya-and-haiti-sign-agreement-on-police-deployment": (
        "'the last legal obstacle to sending 1,000 Kenyan police officers to lead a multinational mission"
        " against the gangs in Haiti': the host comes after the mission's purpose; 'serve in Haiti' is no presence"
    ),
}



def test_heldout65_a_police_contingent_abroad_is_a_presence() -> None:
    text = "Rwanda will deploy 400 police officers to the Central African Republic next month."
    day = date(2024, 3, 2)
    assert "Rwanda" in alert_parties(text, "military.presence", day), event_rows(text, day)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Police officers were deployed to Kisumu after the riots.", id="police-at-home"),
        pytest.param(
            "None of the Gulf states has imposed sanctions on Russia.",
            id="none-of-them-has",
        ),
    ],
)
def test_heldout65_no_alert(text: str) -> None:
    assert alert_kinds(text, date(2025, 5, 20)) == set(), event_rows(text, date(2025, 5, 20))


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout65_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-65 English events"))
