"""Ninetieth English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms of Asia-Pacific, South Asia, Central Asia and the Middle East: a Hong Kong
financial daily's China desk, a Sydney community radio station's Burmese programme (its English news
page), a Chennai business daily's energy page, a Muscat daily's world page, a Bishkek English-language
business weekly, a Dushanbe news site, a Darwin cattle-industry newsletter, an Amman English-language
weekly, an Istanbul-based Syrian news site in English, a Dubai English-language daily, a Kathmandu
daily's football page and a Penang business page. The episodes, of 2012-2024, are ones that the
earlier sets, as far as a search of their docstrings and article texts (both languages) for the
states, bodies, people and numbers shows, do not carry as core news: the United States sanctioning
the Chinese state oil trader Zhuhai Zhenrong and its chief, Li Youmin, over Iranian crude (July
2019); Australia lifting its travel and financial sanctions on Burma while keeping the arms embargo
(April 2012); the United States exempting India, with seven other economies, from its Iran oil
sanctions for 180 days on the day they returned (November 2018: set 88 carries the exemptions of June
2012 under another law, and sets 17, 24 and 71 the Chabahar port, a different decision); the
Security Council renewing the Yemen sanctions for a year and listing the Houthi official Sultan
Zabin (February 2021, resolution 2564; the renewal of 2019 is only named in set 37's list of dropped
candidates); the United States warning Kyrgyz banks and companies of sanctions if they help Russia
evade its own (2023: set 26 names a Treasury warning in Bishkek only as background); Tajikistan
becoming the WTO's 159th member (March 2013: set 79 names it only as a plan of its background);
Australia and Indonesia signing their comprehensive economic partnership agreement in Jakarta (March
2019); Jordan sending its ambassador back to Israel three months after recalling him (February
2015); the Syrian factions agreeing with Ahmed al-Sharaa to dissolve into the Ministry of Defence
(December 2024: sets 41, 52 and 63 carry later mergers of single forces, the Eighth Brigade, the
Syrian National Army and the Syrian Free Army, and set 52 names the dissolution only as background);
Australia's Air Task Group and special forces deployed to the United Arab Emirates (September 2014);
and two near misses (a Kathmandu football page where the association "lifted the ban it imposed" on
a club, "sanctions" are fines on players, a club "signed an agreement" with an Indian club and
"joined" a league's alliance, relations "restored", a deadline "extended", police "deployed", a club
"threatened" to withdraw and academy squads "integrated"; a Penang business page where the exchange
"lifted the trading suspension imposed" on a chipmaker, which "signed" a memorandum with a Taiwanese
firm and "joined" an industry alliance, was "sanctioned" by the securities regulator, a union
"threatened" a strike, power was "restored", lines are "integrated", engineers "deployed" and a
contract "extended").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: the factions whose fighters "will be integrated into the Ministry of Defence"), beside
historical, negated, stalled and planned background.

Decisions of the annotation: the United States that "imposed sanctions on Monday on Zhuhai Zhenrong"
and its chief executive imposes (core; Mike Pompeo, who announced it, an actor; the company and Li
Youmin the targets, not China); the company "first placed under American sanctions in 2012" and the
oil sanctions on Iran "reimposed in November" historical impositions, and "Washington has not
imposed sanctions on Sinopec or PetroChina" a negated imposition; Hong Kong, the dateline, is no
party. Australia that "has lifted its travel and financial sanctions on Burma" lifts (core; Bob
Carr an actor, Myanmar the target); the sanctions "imposed in October 2007" a historical
imposition, "Australia has not lifted its arms embargo" a negated lifting and the European Union
that "is expected to suspend most of its own sanctions" at its ministers' meeting a planned
suspension (not core). The United States that "has exempted India from its sanctions on Iranian
oil for 180 days" suspends (core; Mike Pompeo an actor; India the target, with the other seven
economies of the same exemption); the sanctions that "took effect on Monday" an occurred imposition
on Iran (not core: the day's other news, told as the ground of the exemption), the measures "lifted under the 2015 nuclear agreement" a
historical lifting, "India and Iran have
not signed any new agreement on payments" a negated signing and the Farzad-B talks that "have
stalled" a stalled signing; Saudi Arabia, a supplier, is no party. The Security Council that
"extended for another year the sanctions" of its Yemen regime extends (core; Yemen and the Houthis
the targets); Sultan Zabin "added to the list" an occurred imposition (not core), the regime "set up
in February 2014" and the arms embargo on the Houthis "imposed in April 2015" historical impositions,
the Stockholm Agreement "signed in December 2018" a historical signing, the talks on a nationwide
ceasefire that "have stalled" a stalled signing and the United States that "revoked ... earlier this
month" the Houthis' terrorist designation a historical lifting; Oman, whose mediators are named, is
no party. The United States that "has warned Kyrgyz banks and companies that they could face
American sanctions" threatens (core; the Treasury an actor; Kyrgyzstan the target, not Russia,
whose evasion is the ground); the restrictions "imposed over the war in Ukraine", their imposers
unnamed, a historical imposition on Russia; Kyrgyzstan that "joined the Eurasian Economic Union in 2015" a
historical joining, the Russian forces "stationed at the Kant air base ... since 2003" a historical
presence, and "Kyrgyzstan has not imposed sanctions of its own on Russia" a negated imposition.
Tajikistan that "became the 159th member of the World Trade Organization" joins (core); Russia "in
August" and Kyrgyzstan "in 1998" historical joinings, Kazakhstan's talks that "have dragged on
since 1996" and Uzbekistan's, "frozen since 2005", stalled joinings, and Turkmenistan that "has not
applied" a negated joining. Australia and Indonesia that "signed a comprehensive economic
partnership agreement in Jakarta" sign (core; Simon Birmingham and Enggartiasto Lukita actors); the
RCEP talks that "have stalled" a stalled signing of both; Australia's suspension of live cattle
exports in 2011 is a ban for animal welfare, no sanction, and ratification to come no event. Jordan
that "returned its ambassador to Israel" restores (core; Walid Obeidat an actor); the peace treaty
"signed in 1994" a historical signing, the water agreement the two "are expected to sign later this
month" a planned signing (not core), and the Israeli-Palestinian talks that "remain frozen" a
stalled signing; the Palestinians' application to the International Criminal Court is no joining
(as the application of set 77). The factions whose fighters "will be integrated into the Ministry of Defence" are a
planned integration (core; Syria, Ahmed al-Sharaa and the ministry the actors); "The Syrian
Democratic Forces were not part of the agreement" a negated integration, their talks with Damascus
that "have made no progress" a stalled integration, Russia's forces at Hmeimim and Tartus "since
2015" and Turkey's "since 2016" historical presences, Israeli troops that "moved into the buffer
zone" this month an occurred presence (not core), and "The United States has not lifted its
sanctions on Syria" a negated lifting. Australia that "has deployed about 600 military personnel
to the United Arab Emirates" is present (core; the Royal Australian Air Force an actor); its use of
Al Minhad "since 2008" a historical presence, the special forces that "will go into Iraq" once a
legal framework is agreed a planned presence (not core) and "No Australian ground combat units will
be sent to Iraq" a negated presence; the United States, which leads the coalition, is no party.
Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout90_events_en``.

Measured before any fix (on commit 68d298b): P 0.786, R 0.900, F1 0.839 (recall 9/10, 11 of 14
alerts right; recall by status: occurred 9/9, planned 0/1; one false alarm on a background event,
two unexpected alerts, one of them in a near miss).
No annotation was changed after the run.
Missed: on the Istanbul site, "Syria's armed factions have agreed to dissolve, and their fighters
will be integrated into the Ministry of Defence" gives a planned integration with the unlinked
"Ministry of Defence" for its only participant (a target) and no actor: the ministry of the state
named by the possessive at the head of the sentence is not linked to Syria's ministry, and Syria and
al-Sharaa are not taken, so the core event is missed and the alert is unexpected.
False alarm: on the Dushanbe site, "Laos became the 158th member at the beginning of February." is
an occurred joining by Laos (no body): a month told as "at the beginning of February" (or "in early
February") a month before publication is no date of the past, where "in February" is.
Unexpected: on the Penang business page (a near miss), "Last year its largest union threatened to
strike over pay before the two sides agreed on a new contract" is an occurred signing with Taiwan
(the "Taiwanese partner" of the paragraph before) for its actor: a pay contract that a union and a
company "agreed on" is read as an accord of states, and "Last year" at the head of the sentence
does not make it background.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the Hong
Kong daily the imposition has China for its target (Zhuhai Zhenrong and Li Youmin are not in the
knowledge base) and no Mike Pompeo, the listing of 2012 is not found, the reimposition on Iran has
no actor and the negated imposition has Sinopec alone. On the Sydney page the lifting is read from
the headline's "lifts" with no Bob Carr (not in the knowledge base), the arms embargo not lifted has
no target and the sanctions of 2007 are not found. On the Chennai daily the exemption is read from
"waiver" with Iran beside India for targets and without the seven other economies or Pompeo, and
the day's imposition on Iran, the lifting under the nuclear agreement and the stalled Farzad-B talks
are not found. On the Muscat daily the renewal is read from the headline's "renews" with Yemen
alone, and Sultan Zabin's listing, the regime of 2014, the Stockholm Agreement and the stalled
ceasefire talks are not found. On the Bishkek weekly the joining of 2015 has Russia for a second
actor, the Kant presence has Bishkek beside Kyrgyzstan for targets, and the restrictions imposed
over the war in Ukraine are not found. On the Dushanbe site the joinings of Kyrgyzstan and Russia,
Kazakhstan's and Uzbekistan's stalled ones and Turkmenistan's negated one are not found. On the
Darwin newsletter the signing has neither minister (not in the knowledge base), and the stalled
RCEP talks are not found. On the Amman weekly the restoration has no Walid Obeidat (not in the
knowledge base), the treaty of 1994 is not found and the frozen Israeli-Palestinian negotiations are
a stalled signing with Jordan for an actor. On the Istanbul site the negated integration of the SDF
is not found, their stalled talks are a stalled signing with Syria for target, Turkey's presence is
not found, and the Israeli troops that "moved into the buffer zone ... this month" are historical,
with the Golan Heights for target. On the Dubai daily the presence is read from the headline's
"arrive" with no Royal Australian Air Force, and the presence at Al Minhad since 2008 and the
planned and negated ones in Iraq are not found. The Kathmandu football page is quiet.
The articles whose core events are missed or which raise false alarms or unexpected alerts are
strict xfails.

After the fixes of 2026-12-07: P 1.000 R 1.000 F1 1.000 (recall 10/10, precision 12/12; occurred
9/9, planned 1/1; no false alarm, no unexpected alert, the near misses quiet). Fixed, with rule
sentences in ``tests/unit/test_heldout90_rules_en.py``: a month of last month told with no day as
the time of an act in the forms "in early May", "in mid-June", "at the beginning of May", "at the
start of October", "at the end of March" dates the act as background in a story of the month after,
as "in May" already did (``_month_told_as_a_time_en`` in ``rasd/events/status.py``, used by
``_in_month_after`` and, for the ambiguous "May" and "March", by ``_month_age``), so the Dushanbe
site's false alarm is gone, while deadlines ("by the end of May"), this month's dates, future acts
and written days are as they were; the same fix cures set 64's strict xfail of a renewal dated "at
the end of January" (its docstring says so). An integration whose subject opens with "their" or
"its" after "and" ("Syria's armed factions have agreed to dissolve, and their fighters will be
integrated into the Ministry of Defence") is of the state whose armed force the sentence named
before it in the possessive (``_state_of_forces_before_pronoun_en`` in
``rasd/events/extractor.py``), so the Istanbul site's planned integration has Syria for its actor
and is found. A sentence opened by "Last year" or "Last month" dates its act however far the act
stands, up to a ", and" or a time of the act's own ("but on Monday", "this week" before it or right
after it), and not "Last year's" noun (``_opened_by_last_year_en`` in ``rasd/events/status.py``):
the Penang page's pay contract "the two sides agreed on", in a sentence whose relative clause is
dated "this month", was read as news and is now background, so the near miss is quiet (the contract
of "the two sides" is still read as an accord of Taiwan, a background one).
Not scored: what is listed above as seen or not found is unchanged, but for the Dushanbe site, whose
joining of Laos is now historical, and the Istanbul site, whose integration has Syria for actor
beside the unlinked "Ministry of Defence" for target.

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
TREASURY = "United States Department of the Treasury"
UNSC = "United Nations Security Council"
WTO = "World Trade Organization"
SY_MOD = "Ministry of Defense (Syria)"

ARTICLES: list[Article] = [
    Article(
        "h90-01-hong-kong-financial-daily-us-sanctions-zhuhai-zhenrong",
        date(2019, 7, 23),
        _p(
            "US sanctions Zhuhai Zhenrong and its chief over Iranian crude",
            "HONG KONG, 23 July 2019 - China Desk, The Harbour Financial Daily",
            "The United States imposed sanctions on Monday on Zhuhai Zhenrong, a Chinese state-owned oil trader, and on its chief executive, Li Youmin, accusing the company of buying Iranian crude oil in breach of American restrictions. Secretary of State Mike Pompeo announced the measures in a speech, saying that Washington would punish any significant purchase of oil from Iran, whoever made it.",
            "Under the listing, any property of the company or of Li in the United States is blocked, and American banks and firms may not deal with them. The direct effect is likely to be small, analysts said, because Zhuhai Zhenrong has little business in the United States. The larger question is whether banks in Hong Kong and Singapore that finance its cargoes will now keep their distance.",
            "The company is no stranger to such measures. It was first placed under American sanctions in 2012, for selling refined petroleum products to Iran, and it has been a regular buyer of Iranian crude for more than two decades under long-term supply contracts with the National Iranian Oil Company.",
            'China\'s foreign ministry said it firmly opposed unilateral sanctions and what it called the long-arm jurisdiction of the United States, and that its cooperation with Iran was lawful. "China will take the necessary measures to protect the legitimate rights of its companies," a spokeswoman told reporters in Beijing.',
            "The sanctions on Iran's oil exports were reimposed in November, six months after President Donald Trump took the United States out of the 2015 nuclear agreement, and Washington has since said it wants to bring Iran's sales down to zero. Iranian exports have fallen to a few hundred thousand barrels a day, according to tanker-tracking firms, and China has remained the largest buyer.",
            "Washington has not imposed sanctions on Sinopec or PetroChina, the country's largest refiners, which traders say have cut or halted their purchases of Iranian crude since May. Some independent refiners in Shandong province are still believed to take Iranian cargoes, often relabelled as oil from other origins.",
            'Shares in listed Chinese shipping and energy companies were little changed in Hong Kong on Tuesday. A banker at a European lender in the city said compliance teams had spent the morning checking their exposure to the company and its subsidiaries. "Nobody wants to be the next name on the list," he said.',
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, "Mike Pompeo"),
                ("Zhuhai Zhenrong", "Li Youmin"),
            ),
            Gold("sanctions.imposed", "historical", (US,), ("Zhuhai Zhenrong",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Sinopec", "PetroChina"), core=False),
        ),
        not_participants=("Hong Kong", "Singapore"),
    ),
    Article(
        "h90-02-sydney-community-radio-burmese-page-australia-lifts-burma-sanctions",
        date(2012, 4, 17),
        _p(
            "Australia lifts travel and financial sanctions on Burma, keeps arms embargo",
            "SYDNEY, 17 April 2012 - Burmese Programme, Harbourside Community Radio (English news page)",
            "Australia has lifted its travel and financial sanctions on Burma in response to the reforms of President Thein Sein's government, Foreign Minister Bob Carr announced on Monday. The decision removes the names of some 390 people, among them ministers, senior officers and businessmen close to the former military government, from the list of those who were barred from entering Australia or from holding assets here.",
            'Carr, who returned from Rangoon last month, said the release of political prisoners, the ceasefires with ethnic armed groups and the by-elections of 1 April, in which Aung San Suu Kyi won a seat in parliament, showed that change was real. "We want to encourage those in Naypyidaw who are driving reform," he said.',
            "Australia has not lifted its arms embargo, however, and the minister said it would stay in place until there was more progress on human rights and on ending the fighting in Kachin State. Aid to Burma will also rise, with more money for schools and health care.",
            "The sanctions were imposed in October 2007, after the army's crackdown on the protests led by Buddhist monks, and were extended in the following years. Canberra said at the time that it would review them as conditions changed.",
            'Members of the Burmese community in Sydney had mixed feelings about the decision. A former student activist who came to Australia after 1988 said the government was moving too fast. "The prisoners are out, but the laws that put them in prison are still there," he told our programme. Others said that engagement would help ordinary people more than isolation had.',
            "The European Union is expected to suspend most of its own sanctions on Burma when its foreign ministers meet in Luxembourg next week, diplomats said, and the United States has begun to ease some of its restrictions on investment and on financial services.",
            "Business groups in Australia said that mining and energy companies were already studying opportunities, but warned that the country's laws on land, investment and banking were not yet ready. The Australian embassy in Rangoon said it expected a rise in visa applications from Burmese officials who had not been able to travel here for years.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Australia", "Bob Carr"), ("Myanmar",)),
            Gold("sanctions.lifted", "negated", ("Australia",), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "historical", ("Australia",), ("Myanmar",), core=False),
            Gold("sanctions.suspended", "planned", (EU,), ("Myanmar",), core=False),
        ),
        not_participants=("Luxembourg",),
    ),
    Article(
        "h90-03-chennai-business-daily-india-exempted-from-iran-oil-sanctions",
        date(2018, 11, 6),
        _p(
            "India gets 180-day waiver from US sanctions on Iranian oil",
            "CHENNAI, November 6, 2018 - Energy page, The Coromandel Business Line",
            "The United States has exempted India from its sanctions on Iranian oil for 180 days, allowing Indian refiners to keep buying reduced quantities of crude from Iran, Secretary of State Mike Pompeo said on Monday. India is one of eight economies to receive the exemption, together with China, Japan, South Korea, Taiwan, Turkey, Italy and Greece, on condition that they continue to cut their purchases.",
            "The sanctions on Iran's oil, shipping and banking sectors took effect on Monday, completing the return of the American measures that had been lifted under the 2015 nuclear agreement. Washington left the agreement in May, and has said it wants to bring Iran's oil exports as close to zero as possible.",
            "The waiver is a relief for refiners such as Indian Oil Corporation, Mangalore Refinery and Petrochemicals and Chennai Petroleum Corporation, which depend on Iranian grades and on the generous credit terms Tehran offers. Officials said Indian companies would be allowed to import about 300,000 barrels a day, roughly a third less than earlier this year.",
            "Payments remain the difficult part. Refiners are expected to pay into accounts of the National Iranian Oil Company at UCO Bank in rupees, half of which Iran may use to buy Indian goods. India and Iran have not signed any new agreement on payments, officials said, and the details are still being worked out with the banks.",
            "Talks between the two governments on the development of the Farzad-B gas field, which an Indian consortium discovered in 2008, have stalled, and Iran has said it may award the project to local companies. Work on the Chabahar port, which India is building in south-eastern Iran, has continued, and New Delhi is seeking assurances that it will not be affected.",
            'Petroleum Minister Dharmendra Pradhan said India would protect its energy security and buy oil wherever it was cheapest. "We have to think of the Indian consumer first," he said. India does not recognise sanctions that have not been adopted by the United Nations, but its refiners, which buy crude in dollars and sell products abroad, have little appetite to test American rules.',
            "Oil prices fell on Tuesday, as traders judged that the waivers would keep more Iranian oil on the market than expected. Brent crude traded near 72 dollars a barrel, down from more than 85 dollars a month ago. Saudi Arabia and other Gulf producers have raised output to make up for the loss of Iranian barrels.",
        ),
        (
            Gold(
                "sanctions.suspended",
                "occurred",
                (US, "Mike Pompeo"),
                ("India", "China", "Japan", "South Korea", "Taiwan", "Turkey", "Italy", "Greece"),
            ),
            Gold("sanctions.imposed", "occurred", (US,), ("Iran",), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Iran",), core=False),
            Gold("agreement.signed", "negated", ("India", "Iran"), (), core=False),
            Gold("agreement.signed", "stalled", ("India", "Iran"), (), core=False),
        ),
        not_participants=("Saudi Arabia",),
    ),
    Article(
        "h90-04-muscat-daily-world-page-security-council-renews-yemen-sanctions",
        date(2021, 2, 26),
        _p(
            "UN Security Council renews Yemen sanctions, lists Houthi security chief",
            "MUSCAT, February 26, 2021 - World, The Gulf of Oman Daily",
            "The United Nations Security Council on Thursday extended for another year the sanctions of its Yemen regime, the asset freeze and travel ban on those who threaten the peace, security or stability of the country, and renewed the mandate of the panel of experts that monitors them. Fourteen members voted for the resolution, and Russia abstained.",
            "The Council also added Sultan Zabin, a senior Houthi official who heads the group's criminal investigation department in Sanaa, to the list, accusing him of the arrest, torture and sexual abuse of women who took part in politics. He is the first person to be added to the list in several years.",
            "Britain, which drafted the text, said the listing sent a message that violence against women would not go unpunished. Diplomats said that Russia had objected to parts of the language on the Houthis and that the text was softened before the vote.",
            "The regime was set up in February 2014, when the transition that followed the uprising against Ali Abdullah Saleh was threatened by those who wanted to undo it. The Council imposed an arms embargo on the Houthis and their allies in April 2015, weeks after they took Sanaa and the Saudi-led coalition began its air campaign.",
            "The Stockholm Agreement, signed in December 2018 by the government and the Houthis, was meant to bring a ceasefire in the port city of Hodeidah and an exchange of prisoners, but much of it has not been carried out. Talks on a nationwide ceasefire, which the United Nations envoy Martin Griffiths has pursued for a year, have stalled, and fighting around the city of Marib has intensified this month.",
            "The United States revoked the designation of the Houthis as a foreign terrorist organisation earlier this month, saying it would have made the delivery of aid even harder, and has named a special envoy for Yemen. Omani mediators have hosted meetings between Houthi negotiators and foreign diplomats in Muscat.",
            "Aid agencies say that Yemen faces the worst famine in decades. The United Nations will hold a pledging conference next week, and officials have warned that the money raised last year fell far short of what is needed.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Yemen", "Houthis")),
            Gold("sanctions.imposed", "occurred", (UNSC,), ("Sultan Zabin", "Houthis"), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Yemen",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Houthis",), core=False),
            Gold("agreement.signed", "historical", ("Yemen", "Houthis"), (), core=False),
            Gold("agreement.signed", "stalled", ("Yemen", "Houthis"), (), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Houthis",), core=False),
        ),
        not_participants=("Oman",),
    ),
    Article(
        "h90-05-bishkek-business-weekly-us-warns-kyrgyz-firms-of-sanctions",
        date(2023, 4, 14),
        _p(
            "Washington warns Kyrgyz banks: help Russia dodge sanctions and face ours",
            "BISHKEK, 14 April 2023 - The Tian Shan Business Weekly",
            "The United States has warned Kyrgyz banks and companies that they could face American sanctions if they help Russia evade the restrictions imposed over the war in Ukraine. A delegation of the United States Treasury, which met bankers, customs officials and ministers in Bishkek this week, said Washington was watching the sharp rise in the re-export of goods to Russia through Central Asia.",
            "Officials from the delegation told business leaders that electronics, machine parts and other goods with military uses were reaching the Russian army through intermediaries in the region. They said that Kyrgyz firms found to be part of such schemes would be cut off from the dollar system, and that banks that processed their payments could be exposed as well.",
            "Kyrgyzstan's trade with Russia has grown quickly since the invasion. Exports of some categories of goods rose several times over last year, according to official statistics, and businesses in Bishkek say that Russian buyers now pay a premium for items they can no longer import directly from Europe or the United States.",
            "The Kyrgyz government said it had no interest in undermining the sanctions of other countries and would tighten its controls. Kyrgyzstan has not imposed sanctions of its own on Russia, which remains its largest trading partner and the main destination of its migrant workers, whose remittances make up about a third of the economy.",
            "The country joined the Eurasian Economic Union in 2015, which removed customs checks on its border with Kazakhstan and, through it, with Russia. Russian forces have been stationed at the Kant air base near Bishkek since 2003, and Moscow remains Kyrgyzstan's main security partner.",
            'Bankers said the warning was taken seriously. The chairman of one commercial bank said his compliance department had already closed the accounts of several trading companies that could not explain their payments. "We cannot risk losing our correspondent accounts in dollars," he said.',
            "Economists in Bishkek warned that stricter controls could slow the economy, which grew strongly last year on the back of trade and remittances. The som has been stable against the dollar since the spring of last year.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, TREASURY), ("Kyrgyzstan",)),
            Gold("sanctions.imposed", "historical", (), ("Russia",), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Kyrgyzstan",),
                ("Eurasian Economic Union",),
                core=False,
            ),
            Gold("military.presence", "historical", ("Russia",), ("Kyrgyzstan",), core=False),
            Gold("sanctions.imposed", "negated", ("Kyrgyzstan",), ("Russia",), core=False),
        ),
        not_participants=("Ukraine",),
    ),
    Article(
        "h90-06-dushanbe-news-site-tajikistan-becomes-wto-member",
        date(2013, 3, 3),
        _p(
            "Tajikistan becomes 159th member of the World Trade Organization",
            "DUSHANBE, 3 March 2013 - Pamir Online, news in English",
            "Tajikistan became the 159th member of the World Trade Organization on Saturday, thirty days after it informed the organisation in Geneva that it had completed its ratification. The country's accession ends more than a decade of negotiations that began with its application in 2001.",
            "Officials in Dushanbe said membership would make Tajikistan more attractive to foreign investors, bring its customs and tax rules closer to international standards and protect its exporters of aluminium and cotton against discrimination. In return, Tajikistan agreed to cap its import duties, open parts of its services market and limit subsidies to agriculture.",
            "The minister of economic development and trade said that the government would help farmers and small firms adjust to competition. Critics said that cheap imports, above all from China, would hurt local producers, and that the country's industry was not ready.",
            "Tajikistan is the second Central Asian state in the organisation. Kyrgyzstan joined in 1998, and Russia, Tajikistan's main trading partner, joined in August after eighteen years of talks. Laos became the 158th member at the beginning of February.",
            "Kazakhstan's accession talks, which have dragged on since 1996, have been complicated by its customs union with Russia and Belarus, and officials in Astana now speak of joining next year at the earliest. Uzbekistan's talks have been frozen since 2005, and Turkmenistan has not applied for membership at all.",
            "Remittances from Tajik migrants working in Russia make up about half of the country's economy, and economists said that the effect of membership on ordinary people would depend on whether the government used it to fight corruption at the border and in the tax service. The World Bank has estimated that Tajikistan's trade costs are among the highest in the world.",
            "The country's aluminium smelter, TALCO, is its largest exporter, and the company said it expected to benefit from lower barriers on imported raw materials. Cotton growers in the south said they hoped for better prices.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Tajikistan",), (WTO,)),
            Gold("alliance.joined", "historical", ("Kyrgyzstan",), (WTO,), core=False),
            Gold("alliance.joined", "historical", ("Russia",), (WTO,), core=False),
            Gold("alliance.joined", "historical", ("Laos",), (WTO,), core=False),
            Gold("alliance.joined", "stalled", ("Kazakhstan",), (WTO,), core=False),
            Gold("alliance.joined", "stalled", ("Uzbekistan",), (WTO,), core=False),
            Gold("alliance.joined", "negated", ("Turkmenistan",), (WTO,), core=False),
        ),
        not_participants=("Switzerland",),
    ),
    Article(
        "h90-07-darwin-cattle-newsletter-australia-indonesia-sign-cepa",
        date(2019, 3, 5),
        _p(
            "IA-CEPA signed: tariff-free quota for live cattle to Indonesia",
            "DARWIN, 5 March 2019 - Top End Cattle Update, newsletter of the northern live export trade",
            "Australia and Indonesia signed a comprehensive economic partnership agreement in Jakarta on Monday, ending nearly nine years of negotiations. Trade Minister Simon Birmingham and his Indonesian counterpart, Enggartiasto Lukita, put their names to the text, which will give Australian exporters of live cattle, frozen beef, grain and dairy better access to a market of more than 260 million people.",
            "For our industry the main gain is a tariff-free quota for male live cattle, starting at 575,000 head in the first year and rising by four per cent a year to 700,000 head in the sixth. The agreement also removes the duty on frozen beef, and Indonesia has agreed to issue import permits automatically for products within the quotas.",
            'Exporters in Darwin welcomed the news. One said the certainty of permits mattered more to his business than the tariff itself, which was five per cent. "For years we never knew from one quarter to the next how many head we could ship," he said. The Northern Territory Cattlemen\'s Association called the agreement the most important development for the trade since 2011.',
            "That was the year the Australian government suspended live cattle exports to Indonesia for a month, after television footage showed cattle being cruelly treated in Indonesian abattoirs. The suspension cost producers in the north dearly and damaged trust with Indonesian importers, and the trade has only recovered slowly.",
            "The negotiations were launched in 2010, but were held up more than once, most recently late last year, when Jakarta was angered by Canberra's consideration of moving its embassy in Israel to Jerusalem. Talks on the Regional Comprehensive Economic Partnership, which includes both countries with the other ASEAN states, China, Japan and India, have stalled again, and officials do not expect a deal this year.",
            "The agreement still has to be ratified by both parliaments before it takes effect, which officials hope will happen before the end of the year. It also opens Indonesia to Australian investment in education, health care and mining services, and allows Indonesian workers to come to Australia on working holiday visas in larger numbers.",
            "The next Top End Cattle Update will carry the full list of quotas and a guide to the permit rules.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Australia", "Indonesia", "Simon Birmingham", "Enggartiasto Lukita"),
                (),
            ),
            Gold("agreement.signed", "stalled", ("Australia", "Indonesia"), (), core=False),
        ),
        not_participants=("Israel", "China", "Japan", "India"),
    ),
    Article(
        "h90-08-amman-english-weekly-jordan-returns-ambassador-to-israel",
        date(2015, 2, 3),
        _p(
            "Jordan's ambassador back in Tel Aviv after three-month recall",
            "AMMAN, 3 February 2015 - The Citadel Weekly, news and comment from Jordan",
            "Jordan returned its ambassador to Israel on Monday, three months after it recalled him in protest at Israeli actions at Al-Aqsa Mosque in Jerusalem. Ambassador Walid Obeidat took up his post again in Tel Aviv, a government spokesman said, after Israel had taken steps to calm the situation at the holy site and to respect Jordan's role as its custodian.",
            "Amman recalled Obeidat in November, after clashes between Israeli police and worshippers at the mosque and visits by Israeli politicians who call for Jewish prayer there. King Abdullah met Prime Minister Benjamin Netanyahu in Amman later that month, with the American secretary of state, and the three agreed on measures to reduce tension.",
            "The government spokesman said the return did not mean that Jordan accepted Israel's policies in Jerusalem, and that the kingdom would use every diplomatic and legal means to defend the holy sites. Several members of parliament criticised the decision and called again for the Israeli ambassador in Amman to be expelled.",
            "Jordan signed its peace treaty with Israel in 1994, and it is one of only two Arab states with full diplomatic relations with it. Cooperation between the two on water, security and trade has continued through most political crises. The two governments are expected to sign later this month an agreement on a project to carry water from the Red Sea to the Dead Sea, under which Jordan would also buy more water from Israel for its northern cities.",
            "The Israeli-Palestinian negotiations, which collapsed in April last year, remain frozen, and Jordanian officials say that the absence of any political horizon is what makes Jerusalem so dangerous. The Palestinians have since applied to join the International Criminal Court.",
            "The country's attention is elsewhere this week. Jordanians are waiting anxiously for news of the pilot Muath al-Kasasbeh, who has been held by the Islamic State group since his plane came down over Syria in December, and the government has said it would do everything to bring him home.",
            "Prices of fuel fell again this month, and the government said it would lower the price of cooking gas.",
        ),
        (
            Gold("relations.restored", "occurred", ("Jordan", "Walid Obeidat"), ("Israel",)),
            Gold("agreement.signed", "historical", ("Jordan", "Israel"), (), core=False),
            Gold("agreement.signed", "planned", ("Jordan", "Israel"), (), core=False),
            Gold("agreement.signed", "stalled", ("Israel", "Palestine"), (), core=False),
        ),
    ),
    Article(
        "h90-09-istanbul-syrian-news-site-factions-to-merge-into-defence-ministry",
        date(2024, 12, 25),
        _p(
            "Syria's armed factions agree to dissolve into the Defence Ministry",
            "ISTANBUL, 25 December 2024 - Syria Now, independent Syrian news in English",
            "Syria's armed factions have agreed to dissolve, and their fighters will be integrated into the Ministry of Defence, the new administration in Damascus said on Tuesday after a meeting between its leader, Ahmed al-Sharaa, and the commanders of the main rebel groups. No weapons will be left outside the control of the state, the administration's statement said.",
            "Sharaa, whose Hay'at Tahrir al-Sham led the offensive that brought down Bashar al-Assad on 8 December, has said that the country cannot be run by factions. His caretaker government has named a defence minister, Murhaf Abu Qasra, who is to draw up a plan for the new army in the coming weeks, with ranks and salaries for the fighters who join.",
            "The Syrian Democratic Forces were not part of the agreement. The Kurdish-led force, which controls much of the north-east with the support of the United States, says it is ready to talk about its future, but its talks with Damascus have made no progress, and Turkish-backed factions have fought it around Manbij this month.",
            'Commanders who attended the meeting said the details, from the fate of heavy weapons to the command of units in the south, were still to be agreed. "We fought for a state, not for our factions," one of them told Syria Now. Others were more cautious, and said that much depended on who would hold the senior posts.',
            "Foreign forces remain a fact of life in the country. Russia has kept forces at the Hmeimim air base and the naval facility at Tartus since 2015, and their future is now uncertain. Turkey has had troops in northern Syria since 2016, and Israeli troops moved into the buffer zone on the Golan Heights this month, after the fall of Assad.",
            "The United States has not lifted its sanctions on Syria, and officials in Washington say that any decision will depend on the new government's conduct. The administration in Damascus has appealed for the measures to be ended, arguing that they punish a population that has already suffered fourteen years of war.",
            "In Idlib, Aleppo and Damascus, shops have reopened and the Syrian pound has strengthened against the dollar since the change of government, but the prices of bread and fuel remain beyond the reach of many families.",
        ),
        (
            Gold("forces.integrated", "planned", ("Syria", "Ahmed al-Sharaa", SY_MOD), ()),
            Gold(
                "forces.integrated",
                "negated",
                ("Syria",),
                ("Syrian Democratic Forces",),
                core=False,
            ),
            Gold(
                "forces.integrated",
                "stalled",
                ("Syria",),
                ("Syrian Democratic Forces",),
                core=False,
            ),
            Gold("military.presence", "historical", ("Russia",), ("Syria",), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Syria",), core=False),
            Gold("military.presence", "occurred", ("Israel",), ("Syria",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Syria",), core=False),
        ),
    ),
    Article(
        "h90-10-dubai-english-daily-australian-air-task-group-arrives",
        date(2014, 9, 26),
        _p(
            "Australian jets and special forces arrive in the UAE for the fight against ISIL",
            "DUBAI, 26 September 2014 - The Creek Gazette",
            "Australia has deployed about 600 military personnel to the United Arab Emirates, ahead of a possible role in the American-led campaign against the Islamic State group in Iraq. Eight Super Hornet fighter jets of the Royal Australian Air Force, an early warning and control aircraft and a refuelling tanker have arrived at Al Minhad Air Base, outside Dubai, along with about 200 special forces soldiers.",
            'Prime Minister Tony Abbott, who announced the deployment earlier this month, said the aircraft would fly missions over Iraq only once his cabinet had given its approval and the government in Baghdad had asked for help. "We are there to protect people from a murderous movement," he said in Canberra.',
            "The special forces will go into Iraq to advise and assist Iraqi and Kurdish forces once a legal framework for their presence has been agreed with the Iraqi government, officials said. No Australian ground combat units will be sent to Iraq, Abbott has said repeatedly.",
            "The base is familiar to Australian service members. Australia has used Al Minhad as its main logistics hub in the Middle East since 2008, for its operations in Afghanistan, and several hundred Australians were already based there before the new deployment. The Emirates is itself taking part in the air campaign.",
            "The United States and several Arab states began air strikes against the group in Syria this week, and France has carried out strikes in Iraq. Britain's parliament is to vote on Friday on whether to join the air campaign in Iraq.",
            "Residents of Dubai said they had noticed more military aircraft over the desert south of the city, but there were no other signs of the build-up. The Emirati authorities, who rarely comment on the presence of foreign forces, made no statement on the arrival of the Australians.",
            "The Islamic State group seized Mosul in June and controls large parts of western and northern Iraq and eastern Syria. Its killings of foreign hostages and of members of religious minorities have brought together a coalition of more than forty countries, according to Washington.",
        ),
        (
            Gold(
                "military.presence",
                "occurred",
                ("Australia", "Royal Australian Air Force"),
                ("United Arab Emirates",),
            ),
            Gold(
                "military.presence",
                "historical",
                ("Australia",),
                ("United Arab Emirates",),
                core=False,
            ),
            Gold("military.presence", "planned", ("Australia",), ("Iraq",), core=False),
            Gold("military.presence", "negated", ("Australia",), ("Iraq",), core=False),
        ),
        not_participants=("United States",),
    ),
    Article(
        "h90-11-kathmandu-daily-football-page-club-ban-lifted",
        date(2023, 8, 18),
        _p(
            "Football: ANFA lifts ban on Birgunj club, Machhindra sign deal with Indian side",
            "KATHMANDU, 18 August 2023 - Sports, The Valley Daily",
            "The All Nepal Football Association on Thursday lifted the ban it imposed on Birgunj United in June, clearing the club to take part in the new season of the national league. The sanctions, which included fines on four players and the suspension of the club's secretary, were handed down after crowd trouble at the end of last season's relegation play-off.",
            "The club's president said relations with the association had been restored after a series of meetings. \"We have accepted our mistakes and improved our security plan,\" he said. Police will be deployed at all of the club's home games this season, and the association has extended the deadline for the registration of players by a week.",
            "In the capital, Machhindra FC have signed a two-year partnership agreement with an Indian club from Kolkata, under which coaches and youth players will visit each other's academies. The club has also joined an alliance of league sides pushing for a share of the broadcast money, and has signed a Japanese midfielder who played in the second division in Osaka last season.",
            "Not every club is happy. The owner of a Pokhara side threatened to withdraw from the league if his team's home games were moved to Kathmandu again because of the state of the stadium in Pokhara. The association said work on the pitch would be finished by October.",
            "Three Star Club said its under-16 and under-18 squads would be integrated into a single academy from next month, to save money and to give younger players more matches. The club's coach said the first team would be deployed in a new formation this season, with three central defenders.",
            "The national team's coach named 28 players for the training camp ahead of next month's friendly matches. Two players based in the Indian league were called up, and the goalkeeper Kiran Chemjong returns after injury. The league begins on the first Saturday of September at the Dasharath Stadium, which has a new floodlight system.",
            "Tickets for the opening match, between the champions and the newly promoted side from the west, go on sale on Monday at the stadium and online.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h90-12-penang-business-page-chipmaker-joins-alliance",
        date(2024, 5, 9),
        _p(
            "Penang chip tester resumes trading, signs memorandum with Taiwanese partner",
            "GEORGE TOWN, 9 May 2024 - Business, The Northern Straits Post",
            "Shares in Pearl Semiconductor Test jumped 12 per cent on Wednesday after Bursa Malaysia lifted the trading suspension imposed on Monday, when the company said it had signed a memorandum of understanding with a Taiwanese packaging firm to build a new plant in Batu Kawan. The company also said it had joined an industry alliance set up by the state to train engineers for the chip sector.",
            "Under the memorandum, the two companies will study a joint investment of about 600 million ringgit in advanced packaging, with a final decision expected by the end of the year. The managing director said the plant would create about 1,200 jobs, and that the Taiwanese partner would provide technology and customers.",
            "The company has had a difficult two years. It was sanctioned by the Securities Commission in 2022 over late disclosures in its annual report, and paid a fine. Last year its largest union threatened to strike over pay before the two sides agreed on a new contract, which was extended this month for another three years.",
            "Power to the company's Bayan Lepas plant was restored on Tuesday after an outage caused by a storm. The company said its testing lines would be integrated with a new data system this quarter, and that engineers had been deployed from its Kulim plant to help with the changeover.",
            "Analysts said the memorandum was a sign that the state was winning a share of the investment moving out of China and Taiwan as companies spread their supply chains. Penang's exports of electrical and electronic goods rose in the first quarter, after a weak year in 2023.",
            "The ringgit was little changed against the dollar, and the benchmark index closed slightly higher, led by banks and technology stocks.",
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


def test_heldout90_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-90 English events"))
