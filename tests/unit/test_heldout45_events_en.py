"""Forty-fifth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier forty-four sets
lack, all of the era of the articles the analyzer is judged on (2016-2026): a Sofia English site on
the US Treasury's Global Magnitsky sanctions on Delyan Peevski, Vladislav Goranov and Vasil Bozhkov
and 64 of their companies (2021), a Shenzhen English business daily on the Commerce Department
lifting its export ban on ZTE after a $400 million escrow deposit (2018), a Peshawar daily on the
Treasury's general licences for aid to Afghanistan and the Security Council's humanitarian exemption
to its Taliban sanctions (2021), a Willemstad English weekly on the EU extending its Venezuela
sanctions for a year after the Barbados accord (2023), a Szczecin ports review on three US senators
threatening the operator of the port of Mukran with "crushing" sanctions over Nord Stream 2 (2020),
a Muscat daily on Oman joining the Saudi-led Islamic Military Counter Terrorism Coalition (2016), a
San José weekly on Nicaragua dropping Taiwan and restoring relations with Beijing (2021), a Duhok
English site on the Sinjar agreement of Baghdad and Erbil, with the Yazidi militia's fighters to be
integrated into the federal police (2020), a Kutaisi weekly on Russia's plan for a permanent naval
base at Ochamchire in Abkhazia (2023), and near misses (a Galway hurling page where a committee
"imposed a fine", "suspended" a wing-back and "lifted the ban it imposed" on a pitch, the county
board "signed a three-year sponsorship agreement", a dual player "joined" the panel, a term is
"extended", a captain "restored", under-20s "integrated", stewards "deployed" and players
"threatened last year to boycott" (2023); a Kiruna local weekly where a highway is "restored", the
municipality "lifted the restrictions on heavy vehicles that it imposed", the council "extended"
library hours, "suspended" parking fees, "signed an agreement with the mining company LKAB" and
"joined a network of Arctic towns", snowploughs are "deployed" and herders' routes "threatened"
(2024); an Ulaanbaatar business page where the central bank "imposed a fine", "suspended the
licence" and "lifted the restrictions it imposed", MIAT "signed a codeshare agreement with Korean
Air" and "joined an alliance of Asian airlines", a coal contract is "extended", a subsidy
"restored" and trucks "deployed" (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended
twice, extended and threatened; a state joining a military coalition; an agreement signed between a
federal and a regional government; relations restored; a militia's fighters to be integrated into
the police; a naval base to be set up), nine occurred and two planned, beside historical, negated and
stalled events.

Decisions of the annotation: the United States that "imposed sanctions on the media owner and former
MP Delyan Peevski, the former finance minister Vladislav Goranov and the gambling businessman Vasil
Bozhkov" imposes (core, with the Treasury and OFAC as actors; the three men are unknown to the
knowledge base, so the actors carry the match; Bulgaria, whose companies are listed, is not
annotated as a target), "Bulgaria has not imposed any measures of its own on the three men" is a
negated imposition, and the Treasury that "first used it in December 2017, when it imposed sanctions
on thirteen people ... among them ... Yahya Jammeh" a historical imposition; the ambassador's "more
steps could follow" is too vague for a threat (not annotated). The Commerce Department that "lifted
the ban that had barred American companies from selling parts and software to ZTE" lifts (core, with
Wilbur Ross; an export denial order is a sanction), the ban the Bureau of Industry and Security "had
imposed ... in April" a historical imposition, the senators who "have tried to restore the ban ...
leaving the effort stalled" a stalled imposition on ZTE (Marco Rubio and the Senate), and "No similar
measures have been imposed on Huawei" a negated imposition; the settlement "reached last month" and
its $1 billion penalty are part of the lifting (not annotated), and the company that has "to restore
its supply chain" is business. The Treasury that "issued three general licences that allow aid
agencies ... to work in Afghanistan without breaching the sanctions on the Taliban and the Haqqani
network" suspends (core: a general licence is a waiver; Wally Adeyemo is unknown to the knowledge
base), and the Security Council that "adopted a humanitarian exemption to its own sanctions on the
group" (Resolution 2615) suspends as well (core, a second act with its own actor), the sanctions the
Council "first imposed in 1999" and the Treasury that "designated the Taliban as a terrorist group in
2002" historical impositions, and "the licences did not lift the sanctions on the Taliban" a negated
lifting; the reserves "stayed frozen" and "blocked by Washington in August" are a state, not a new
act (not annotated), and the OIC's trust fund "agreed to set up" is no agreement signed. The European
Union that "extended its sanctions on Venezuela for another year" extends (core, with the Council),
"No one was removed from the list" a negated lifting, the embargo it "first imposed ... in November
2017" a historical imposition, the Barbados accord "signed in Bridgetown ... on October 17" a
historical accord (a month before, told as background), and the United States that "suspended for
six months most of its sanctions" a day later a historical suspension (its warning to reimpose them
is part of that act, not annotated); the flights "restored in April" between Willemstad and Caracas
are transport, no event. Ted Cruz, Tom Cotton and Ron Johnson who "have threatened the operator of
the German port of Mukran with 'crushing legal and economic sanctions'" threaten (core; the three
are senators, not the government, so the United States is not annotated as actor; Fährhafen Sassnitz
and Nord Stream 2 as targets), Washington that "imposed sanctions on vessels working on the project"
in December a historical imposition, Mike Pompeo's warning "in July" a historical threat, and Berlin
that "will not impose countermeasures on the United States" a negated imposition; the bill that
"would extend the sanctions law of last year" is a wish of its authors, no event, and the pipe-layer
"moored" at Mukran is a ship in port, no military presence. Oman that "has joined the Islamic
Military Counter Terrorism Coalition" joins (core, with Sultan Qaboos bin Said and Yusuf bin Alawi
bin Abdullah), the coalition "announced in December 2015 with 34 members, among them Egypt, Turkey,
Pakistan, Malaysia" a historical joining, "Oman has not joined the Saudi-led coalition fighting the
Houthis in Yemen" a negated joining, and "the nuclear agreement signed in Vienna in July 2015" a
historical accord of Iran and the United States. Nicaragua that "restored diplomatic relations with
China on Friday" restores (core, with Daniel Ortega and Laureano Ortega; Beijing's embassy to open in
Managua is the same act), Violeta Chamorro who "restored ties with Taiwan in 1990" a historical
restoration, Washington that "imposed sanctions on Nicaragua's public prosecutor's office and nine
officials last month" a historical imposition, and "China has not signed any trade or investment
agreement with Nicaragua yet" a negated accord; the break with Taiwan is no event of the monitor's
types, the ties "established" in 1985 and Costa Rica's switch of 2007 are background establishment
(not annotated), the OAS's discussion of a suspension is no sanction yet, and Honduras "has not said
whether it will follow" (no event). Iraq and the Kurdistan Regional Government that "signed an
agreement in Baghdad on Friday to restore state authority in Sinjar" sign (core, with Mustafa
al-Kadhimi; UNAMI is the broker, not a party; "to restore state authority" is no restoration of
relations), the Sinjar Resistance Units whose members "will be integrated into the federal police and
the new local force" a planned integration (core; the militia is unknown to the knowledge base, Iraq
carries the match), the fighters "put on the payroll of the Popular Mobilization Forces in 2017" a
historical integration, the militia's "its fighters would not be dissolved into any force" a negated
integration, and the negotiations over Kirkuk that "have stalled for years" a stalled accord of the
two governments; the PKK that is "to leave" and Turkey's strikes are no event of the monitor's types.
Russia that "will set up a permanent naval base at Ochamchire on Abkhazia's Black Sea coast" has a
planned presence (core, with the Black Sea Fleet that Moscow wants to move; Abkhazia and Georgia as
hosts; Aslan Bzhania, who announced it, is unknown to the knowledge base and not annotated as a
party), the 7th military base at Gudauta "set up in 2009" with its 4,000 soldiers a historical
presence, and "Russia has not moved any warships to Ochamchire yet" a negated presence; Georgia's
plans for a port at Anaklia are no event. Outside the monitor's remit (no event): a hurling
committee's fine and suspension, a provincial council's lifted ban on a pitch, a sponsorship deal, a
player joining a panel, a management term, a captain restored, under-20s integrated, stewards and a
first-aid scheme, players' threat of a boycott; a highway restored, restrictions on heavy vehicles,
library hours, parking fees, an agreement with a mining company on moving a town, a network of Arctic
towns, snowploughs, herders' routes, old school buildings; a central bank's fine, suspension and
lifted restrictions, a codeshare with Korean Air, an alliance of airlines, a coal contract with a
Chinese steelmaker, a heating subsidy and trucks.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout45_events_en``.
Measured before any fix (2026-12-03, on commit 114b417): P 0.667, R 0.727, F1 0.696 (recall 8/11,
8 of 12 alerts right; recall by status: occurred 7/9, planned 1/2; three false alarms and one
unexpected alert, no venue as a party; two near misses quiet). No annotation was changed after the
run.
Missed: the Commerce Department that "lifted the ban that had barred American companies from selling
parts and software to ZTE" (and the headline's "lifts export ban on ZTE"): a ban is a sanctions noun
only with a state after it (``ban_noun`` / ``ban_from_state`` in
``rasd/events/lexicons/en.cues.yaml``), so an export ban on a company, lifted or "imposed ... in
April", gives nothing and the article has no event at all ("lifted the sanctions on ZTE" and
"removed ZTE from its Entity List" are read). The senators' threat: "Three Republican senators have
threatened the operator of the German port of Mukran with 'crushing legal and economic sanctions'"
is not read, since the "threatened X with sanctions" form of ``en.triggers.yaml`` reaches "with" only
six words after the verb (``also_window``; "threatened the port operator with sanctions" is read),
and the senators are named only in the next sentence ("The letter, signed by Ted Cruz, Tom Cotton and
Ron Johnson ... warns that"), which gives nothing; only the headline is read, with the United States
as actor and Germany as target (below). The planned integration of the Sinjar Resistance Units:
"will be integrated into the federal police and the new local force if they meet the conditions of
recruitment" is dropped as a hypothesis, since any condition after the trigger drops an event of
another type than an imposition (``rasd/events/status.py``, step 1), though this condition is on the
members, not on the act (without it the integration is read, with Sinjar as actor).
False alarms: the headline "US eases Taliban sanctions for aid" is a lifting by the United States of
the Taliban's sanctions ("ease" is a lifting form of ``en.triggers.yaml`` even when the easing is the
licences' carve-out), which the article denies ("did not lift the sanctions on the Taliban"); "A day
later, the United States suspended for six months most of its sanctions on Venezuela", after the
accord "signed ... on October 17", stays occurred: "a day later" takes no date from the sentence
before (status is decided on the trigger's own sentence in ``rasd/events/status.py``; "On October
18, ..." would be background); the headline "US senators threaten German port" has the United States
as actor, a state's adjective before "senators" being taken for the state (``rasd/events/roles.py``),
where the article names three senators and keeps the government's threat for Mr Pompeo's warning of
July.
Unexpected: on the Ulaanbaatar business page, "MIAT Mongolian Airlines signed a codeshare agreement
with Korean Air that will let passengers book through Seoul" is an agreement signed with South Korea:
the demonym inside an airline's name the knowledge base lacks is linked as the state once "Seoul"
settles which Korea (``rasd/entities/matcher.py``; without "Seoul", or with Qatar Airways, which the
knowledge base knows, it stays quiet).
Also seen, not scored: the Peevski listing has no target (Delyan Peevski, Vladislav Goranov and Vasil
Bozhkov are not in the knowledge base and no title introduces them) and "Bulgaria has not imposed any
measures of its own" gives no negated event ("measures" alone is no sanctions noun); Yahya Jammeh's
listing of 2017 has "Gambian president" as target; the US general licences and the Security Council's
exemption have no target; the Council of the EU's extension is read only from the headline's
"keeps", and "No one was removed from the list" gives nothing; the Nicaraguan restoration has Taiwan
among its actors and Beijing beside China, and the ties "established" in 1985 are read
as a historical restoration; Oman's joining has neither Sultan Qaboos nor Yusuf bin Alawi, the
lead's "becoming its 41st member" is read as a second, historical joining with Saudi Arabia as
actor (from "that Saudi Arabia formed a year ago"), and
the Vienna accord of 2015 gives nothing; the Sinjar agreement has no Kurdistan Regional Government,
and the militia's refusal, the PMF payroll of 2017 and the stalled talks give nothing ("to restore
state authority in Sinjar" gives no restoration, as annotated); the Ochamchire base has "Black Sea"
as a host and no Black Sea Fleet, and the Gudauta base and "Russia has not moved any warships" give
nothing; Berlin's "will not impose countermeasures on the United States" has Angela Merkel as a
target. Wally Adeyemo, Wilbur Ross, Ron Johnson, Fährhafen Sassnitz, Allseas, Aslan Bzhania, Laureano
Ortega, Violeta Chamorro, the Sinjar Resistance Units (linked as Sinjar), Korean Air and MIAT are not
in the knowledge base. Each form missed is pinned below on sentences of its own, a strict xfail while
it fails, beside the neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 0.818 R 0.818 F1 0.818 (recall 9/11, precision
9/11). Fixed as general causes (rasd/events/extractor.py, status.py, roles.py, en.triggers.yaml): an
export ban on a company or any body ("lifted its export ban on ZTE") is a sanction; a sentence that
opens "A day later" (or "the next day", "days later") after a sentence dated a week or more before
publication is background; "threatened X with sanctions" reaches past a long name of the one
threatened (and "threatened to …" is another act); a state before "senators", "lawmakers",
"congressmen" is no actor (legislators' acts are not their state's); a condition on the fighters a
merger takes in ("if they pass a check") does not drop the merger; a state's name opening an
airline's ("Korean Air", "… Airlines") is no party; who trained, backed or founded a party ("a
militia trained by the PKK") is no participant; an apposition on the object with a participle (",
the alliance founded … in 1949") does not date the act. Left: the headline "US eases Taliban
sanctions" (a carve-out for aid read as a lifting), the senators' threat (named only in the next
sentence; the headline's "German port" gives Germany for target) and the Sinjar integration (no
state named but "officials in Baghdad said").
The headline "US eases Taliban sanctions" was fixed later by the fixes of set 89
(``_headline_easing_as_lead`` in ``rasd/events/extractor.py``: a headline's "eases" is the
suspension its lead tells, here the Treasury's general licences), and its strict xfail removed.
The rule sentence "eased its sanctions on Syria on Thursday to allow earthquake aid" was fixed
later by the general-misses round of 2026-12-07: an easing of sanctions with the purpose it serves
("to allow", "allowing", "to let") is a partial suspension (``carve_out_purpose`` in
``rasd/events/lexicons/en.cues.yaml``); its strict xfail is removed.
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
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
EU = "European Union"
UST = "United States Department of the Treasury"
USC = "United States Department of Commerce"
OFAC = "Office of Foreign Assets Control"
UNSC = "United Nations Security Council"
CEU = "Council of the European Union"
IMCTC = "Islamic Military Counter Terrorism Coalition"
KRG = "Kurdistan Regional Government"
PMF = "Popular Mobilization Forces"

ARTICLES: list[Article] = [
    Article(
        "n01-sofia-english-site-us-magnitsky-sanctions-on-peevski-goranov-bozhkov",
        date(2021, 6, 3),
        _p(
            "US sanctions Peevski, Goranov and Bozhkov in biggest Magnitsky action yet",
            "SOFIA LEDGER | Sofia, 3 June 2021",
            "The United States on Wednesday imposed sanctions on the media owner and former MP Delyan Peevski, the former finance minister Vladislav Goranov and the gambling businessman Vasil Bozhkov for corruption, together with 64 companies that it says they own or control in Bulgaria and abroad. It is the largest single action Washington has taken under the Global Magnitsky Act.",
            "In a statement, the Treasury's Office of Foreign Assets Control said Mr Peevski had used bribes and influence peddling to shield himself from public scrutiny and to keep control over key institutions, and that Mr Bozhkov had paid officials, Mr Goranov among them, to change the gambling law in ways that cut the tax he owed. Any property the three hold under American jurisdiction is now blocked, and Americans may no longer do business with them or their companies.",
            'The listing is the most serious blow yet to a network that critics in Sofia have for years called the "model Peevski", and it comes in the middle of a campaign for the parliamentary election of July 11, the second this year. The US ambassador, Herro Mustafa, told reporters that Washington stood with "the Bulgarian people in their fight against corruption" and that more steps could follow.',
            "Mr Peevski, who sat in parliament for the Movement for Rights and Freedoms until the April vote, said he had never been told of any accusation and would fight the decision by all legal means. Mr Goranov, who served in Boyko Borissov's third government, called the claims about him absurd. Mr Bozhkov, who lives in Dubai and faces a string of charges at home, did not reply to questions.",
            "The caretaker prime minister, Stefan Yanev, said his government would ask Washington for the evidence behind the listing. Bulgaria has not imposed any measures of its own on the three men, and the caretaker finance minister, Asen Vassilev, said the National Revenue Agency would first examine the companies' tax records. Several commercial banks said on Thursday they were reviewing the accounts of the companies named.",
            "The Global Magnitsky Act allows the US president to punish foreign officials and businessmen for corruption and human rights abuses anywhere in the world. The Treasury first used it in December 2017, when it imposed sanctions on thirteen people from nine countries, among them the former Gambian president Yahya Jammeh.",
            'Lawyers in Sofia said the practical effect would be felt well beyond the United States, since European banks that clear payments in dollars tend to drop clients on the American list. "For a company in Bulgaria, being cut off from dollar payments is very close to being cut off from banking altogether," said Radoslav Dimov, a partner at a Sofia law firm.',
            "The European Commission said it had taken note of the decision. Bulgaria's prosecutor's office said it had opened a preliminary inquiry on the basis of the Treasury's findings.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST, OFAC),
                ("Delyan Peevski", "Vladislav Goranov", "Vasil Bozhkov"),
            ),
            # Bulgaria's own measures not taken; the first Magnitsky listings of 2017
            Gold(
                "sanctions.imposed",
                "negated",
                ("Bulgaria",),
                ("Delyan Peevski", "Vladislav Goranov", "Vasil Bozhkov"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (US, UST), ("Yahya Jammeh",), core=False),
        ),
    ),
    Article(
        "n02-shenzhen-english-business-daily-us-lifts-zte-export-ban",
        date(2018, 7, 14),
        _p(
            "US lifts export ban on ZTE after $400 million escrow deposit",
            "PEARL DELTA BUSINESS DAILY | Shenzhen, Saturday, July 14, 2018",
            "The United States Commerce Department on Friday lifted the ban that had barred American companies from selling parts and software to ZTE, the Shenzhen-based maker of telecommunications equipment, after the company placed $400 million in an escrow account at a US bank.",
            "The deposit was the last condition of a settlement reached last month, under which ZTE also paid a $1 billion penalty, replaced its board and senior management within thirty days, and agreed to accept a team of compliance officers chosen by the Commerce Department for ten years. The escrow money will be forfeited if the company breaks the terms again.",
            '"While the company has paid for its past conduct, the department will remain vigilant to make sure ZTE keeps its word," Commerce Secretary Wilbur Ross said in a statement. "The new management has an obligation to comply fully with American law."',
            "The department's Bureau of Industry and Security had imposed the seven-year ban in April, saying ZTE had lied about disciplining the employees involved in selling American equipment to Iran and North Korea in breach of export controls. The ban cut the company off from the American chips, including those made by Qualcomm, on which its phones and base stations depend, and ZTE halted its main operations within a week.",
            "President Donald Trump intervened in May, writing that he and President Xi Jinping were working together to give ZTE a way to get back into business fast, and the deal became part of the trade talks between Washington and Beijing. Shares in ZTE, which resumed trading in Hong Kong and Shenzhen last month after a suspension of two months, rose 4.8 percent on Friday.",
            "The lifting angered lawmakers of both parties. Senators led by Marco Rubio have tried to restore the ban through an amendment to the defence budget bill, but the House version of the bill does not contain it and the White House has lobbied against it, leaving the effort stalled in negotiations between the two chambers.",
            'Analysts in Shenzhen said the company faced months of work to restore its supply chain and win back customers in Europe and Asia who had switched to other vendors during the ban. "The factories can be running again in weeks. The trust of telecoms operators will take longer," said Chen Xiaoming, an analyst at a brokerage in the city.',
            "No similar measures have been imposed on Huawei, the larger Shenzhen rival, although American officials have said they are examining its dealings with Iran. ZTE employs about 75,000 people and had been the fourth-largest seller of smartphones in the United States.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, USC, "Wilbur Ross"), ("ZTE",)),
            # the ban of April; the senators' effort to restore it stalled; nothing on Huawei
            Gold("sanctions.imposed", "historical", (US, USC), ("ZTE",), core=False),
            Gold(
                "sanctions.imposed",
                "stalled",
                ("Marco Rubio", "United States Senate"),
                ("ZTE",),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", (US,), ("Huawei",), core=False),
        ),
    ),
    Article(
        "n03-peshawar-daily-us-treasury-licences-and-un-exemption-for-afghan-aid",
        date(2021, 12, 24),
        _p(
            "US eases Taliban sanctions for aid as Security Council carves out exemption",
            "FRONTIER STAR | Peshawar, December 24, 2021",
            "The US Treasury on Wednesday issued three general licences that allow aid agencies, international organisations and American government bodies to work in Afghanistan without breaching the sanctions on the Taliban and the Haqqani network, hours after the UN Security Council adopted a humanitarian exemption to its own sanctions on the group.",
            "The licences permit transactions with Taliban-run ministries and officials where they are needed to deliver food, medicine and shelter, including the payment of taxes, fees and import duties, and allow the personal remittances that hundreds of thousands of Afghan families depend on. Resolution 2615, drafted by the United States and adopted unanimously, says that humanitarian assistance and other activities that support basic human needs in Afghanistan are not a violation of the sanctions the Council first imposed in 1999.",
            '"We are taking action to facilitate the flow of aid to the people of Afghanistan," the Treasury\'s deputy secretary, Wally Adeyemo, said in a statement. US officials stressed that the licences did not lift the sanctions on the Taliban or on its leaders, many of whom, including the interior minister Sirajuddin Haqqani, remain on American and UN lists.',
            'Aid groups working from Peshawar said the move would help but come too late for many. Since the Taliban took Kabul in August, foreign aid that paid for three-quarters of Afghan public spending has stopped, banks have run short of cash and the United Nations says more than half of the country\'s 39 million people face acute hunger this winter. "Banks in Pakistan and the Gulf have been refusing our transfers for four months," said the director of a charity that runs clinics in Nangarhar. "What we need now is a bank that will say yes."',
            "The Taliban's spokesman, Zabihullah Mujahid, welcomed the resolution but said it was not enough while about $9.5 billion of the central bank's reserves stayed frozen abroad, most of it in the United States. The Treasury designated the Taliban as a terrorist group in 2002, and the frozen reserves were blocked by Washington in August.",
            "The Organisation of Islamic Cooperation, meeting in Islamabad on Sunday at Pakistan's invitation, agreed to set up a humanitarian trust fund for Afghanistan under the Islamic Development Bank. Prime Minister Imran Khan told the meeting that the world could not abandon forty million Afghans because of its differences with their rulers.",
            "Traders at the Torkham crossing said the price of wheat flour in Jalalabad had nearly doubled since the summer. Pakistan allows Afghan trucks to cross with food and medicines, and has asked the World Food Programme to buy more of its wheat for Afghanistan.",
        ),
        (
            Gold(
                "sanctions.suspended",
                "occurred",
                (US, UST, "Wally Adeyemo"),
                ("Taliban", "Haqqani network", "Afghanistan"),
            ),
            Gold("sanctions.suspended", "occurred", (UNSC,), ("Taliban", "Afghanistan")),
            # the UN measures of 1999 and the designation of 2002; the sanctions not lifted
            Gold("sanctions.imposed", "historical", (UNSC, US, UST), ("Taliban",), core=False),
            Gold(
                "sanctions.lifted", "negated", (US,), ("Taliban", "Sirajuddin Haqqani"), core=False
            ),
        ),
    ),
    Article(
        "n04-willemstad-english-weekly-eu-extends-venezuela-sanctions",
        date(2023, 11, 14),
        _p(
            "EU keeps Venezuela sanctions for another year, points to Barbados deal",
            "ISLAND CURRENT | Willemstad, Curaçao, Tuesday 14 November 2023",
            "The European Union on Monday extended its sanctions on Venezuela for another year, until January 14, 2025, keeping in place an arms embargo and the asset freezes and travel bans on 54 officials it holds responsible for undermining democracy and the rule of law.",
            "In a statement, the Council of the EU said the decision reflected the continued deterioration of democracy in the country, but that it stood ready to review the measures in the light of progress towards credible, inclusive and transparent elections. No one was removed from the list, although diplomats had said before the meeting that some governments wanted to reward Caracas for the electoral roadmap it signed last month.",
            "That accord, signed in Bridgetown, Barbados, on October 17 by representatives of President Nicolás Maduro and of the opposition Unitary Platform, sets a presidential election for the second half of 2024 and lets each side choose its candidate. A day later, the United States suspended for six months most of its sanctions on Venezuela's oil, gas and gold sectors, and warned that it would reimpose them if Caracas did not lift the bans on opposition candidates by the end of November.",
            "The EU first imposed an arms embargo on Venezuela in November 2017 and began listing officials in January 2018. Those on the list include the interior minister, senior judges, members of the National Electoral Council and commanders of the security forces. The measures are reviewed every year.",
            'Josep Borrell, the EU\'s foreign policy chief, told reporters the bloc would send observers to the 2024 vote if it was invited. "The sanctions are not aimed at the Venezuelan people. They can be reversed, but only if what was promised in Barbados happens," he said.',
            "In Curaçao the decision was watched mostly for what it means for the island's economy. The Isla refinery, once run by Venezuela's state oil company, has stood idle since 2019, and local businesses hope that an easing of American measures could bring Venezuelan crude back to Bullenbaai. Commercial flights between Willemstad and Caracas, suspended in 2019, were restored in April, and the ferry operators who once carried traders between Punda and the Falcón coast are waiting for permission to resume.",
            "Venezuela's foreign ministry rejected the extension as an unlawful interference in the country's affairs and said Caracas would not accept conditions from Brussels. About 20,000 Venezuelans live in Curaçao, many without papers.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, CEU), ("Venezuela",)),
            # none removed; the embargo of 2017; the Barbados accord and the US suspension of a month before
            Gold("sanctions.lifted", "negated", (EU,), ("Venezuela",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Venezuela",), core=False),
            Gold("agreement.signed", "historical", ("Venezuela", "Nicolás Maduro"), (), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Venezuela",), core=False),
        ),
    ),
    Article(
        "n05-szczecin-ports-review-us-senators-threaten-mukran-port",
        date(2020, 8, 7),
        _p(
            "US senators threaten German port with 'crushing' sanctions over Nord Stream 2",
            "BALTIC PORTS REVIEW | Szczecin, Friday 7 August 2020",
            'Three Republican senators have threatened the operator of the German port of Mukran with "crushing legal and economic sanctions" if it goes on serving the ships and pipe stores of the Nord Stream 2 gas pipeline, in a letter that has angered Berlin and the state government in Schwerin.',
            "The letter, signed by Ted Cruz, Tom Cotton and Ron Johnson and addressed to the managers of Fährhafen Sassnitz, the company that runs the port on the island of Rügen, warns that its board members, officers and shareholders could be barred from entering the United States and have any property there frozen. The port company is owned by the town of Sassnitz, and the senators' warning therefore reaches local officials.",
            '"If you continue to provide goods, services and support for the Nord Stream 2 project, you would destroy the future financial viability of Fährhafen Sassnitz," the letter says. Its authors want the US Senate to pass a new bill that would extend the sanctions law of last year to companies that insure or certify the pipeline.',
            "Mukran has been the logistics base for the pipeline since construction began in 2018, and the Russian pipe-laying vessel Akademik Cherskiy has been moored there since it arrived from the Far East in May. Around 160 kilometres of pipe remain to be laid, most of it in Danish waters, after the Swiss contractor Allseas pulled its ships out in December when Washington imposed sanctions on vessels working on the project.",
            'Secretary of State Mike Pompeo warned in July that investments in the pipeline could be sanctioned under a law of 2017 aimed at Russia, telling companies: "Get out now, or risk the consequences."',
            "The German government said the letter was an attack on its sovereignty. Foreign Minister Heiko Maas said no state had the right to dictate Europe's energy policy with threats, but Berlin has said it will not impose countermeasures on the United States, and Chancellor Angela Merkel has said the pipeline will be finished. Manuela Schwesig, the premier of Mecklenburg-Vorpommern, said the port's three hundred jobs should not be held hostage to a quarrel between governments.",
            "For ports in Poland, which opposes the pipeline, the dispute is a mixed blessing. Szczecin and Świnoujście have won more gas business through the LNG terminal that opened in 2016, and shipping agents say the uncertainty over Mukran has already sent some cargoes of pipe and equipment to Baltic ports in Denmark and Finland instead.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                ("Ted Cruz", "Tom Cotton", "Ron Johnson"),
                ("Fährhafen Sassnitz", "Nord Stream 2"),
            ),
            # the December sanctions; Pompeo's warning of July; Berlin's countermeasures not imposed
            Gold(
                "sanctions.imposed", "historical", (US,), ("Nord Stream 2", "Allseas"), core=False
            ),
            Gold(
                "sanctions.threatened",
                "historical",
                (US, "Mike Pompeo"),
                ("Nord Stream 2",),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", ("Germany",), (US,), core=False),
        ),
    ),
    Article(
        "n06-muscat-daily-oman-joins-saudi-led-islamic-military-alliance",
        date(2016, 12, 29),
        _p(
            "Oman joins Saudi-led Islamic military alliance against terrorism",
            "MUSCAT MORNING HERALD | Thursday, December 29, 2016",
            "Oman has joined the Islamic Military Counter Terrorism Coalition, the alliance of Muslim countries that Saudi Arabia formed a year ago, becoming its 41st member, the Saudi Press Agency said on Wednesday.",
            "Yusuf bin Alawi bin Abdullah, the Minister Responsible for Foreign Affairs, delivered a letter from His Majesty Sultan Qaboos bin Said to Deputy Crown Prince Mohammed bin Salman, who is also the Saudi defence minister, informing him of the Sultanate's decision. Prince Mohammed welcomed the step, which he said would strengthen the joint efforts of Islamic states to fight terrorism in all its forms.",
            "The coalition, which has its headquarters in Riyadh, was announced in December 2015 with 34 members, among them Egypt, Turkey, Pakistan, Malaysia and several African states, to coordinate the fight against extremist groups through intelligence sharing, training and, where its members agree, military operations. Its members have yet to agree on a charter, and the alliance has no standing force.",
            "Officials in Muscat said the membership would not change the Sultanate's long-standing policy of neutrality and good relations with all its neighbours. Oman has not joined the Saudi-led coalition fighting the Houthis in Yemen, and is the only member of the Gulf Cooperation Council that stayed out of that campaign. It has kept open channels to Tehran and hosted secret talks between Iran and the United States that led to the nuclear agreement signed in Vienna in July 2015.",
            "Iran, Iraq and Syria, whose governments are allied with Tehran, are not members of the coalition, which critics in the region have described as a Sunni bloc aimed as much at Iran as at terrorist groups. Saudi officials deny this, pointing out that the alliance is open to any member of the Organisation of Islamic Cooperation.",
            "Diplomats in the capital said the decision had been discussed for months and reflected the Sultanate's wish to ease tension with Riyadh and Abu Dhabi, which have been irritated by its contacts with Tehran and by reports that weapons for the Houthis were being smuggled through Omani territory, a charge Muscat rejects.",
            '"Oman is sending a message that it stands with its Gulf brothers against terrorism, while keeping its own line on Yemen and Iran," said a retired Omani diplomat. "Joining a coalition against terrorism costs nothing. Joining a war would have cost a great deal."',
            "The coalition's defence ministers are due to meet in Riyadh next year to agree on its structure and the appointment of a military commander.",
        ),
        (
            Gold(
                "alliance.joined",
                "occurred",
                ("Oman", "Qaboos bin Said", "Yusuf bin Alawi bin Abdullah"),
                (IMCTC,),
            ),
            # the founding members of 2015; no part in the Yemen coalition; the nuclear accord of 2015
            Gold(
                "alliance.joined",
                "historical",
                ("Egypt", "Turkey", "Pakistan", "Malaysia"),
                (IMCTC,),
                core=False,
            ),
            Gold("alliance.joined", "negated", ("Oman",), (), core=False),
            Gold("agreement.signed", "historical", ("Iran", US), (), core=False),
        ),
    ),
    Article(
        "n07-san-jose-weekly-nicaragua-restores-relations-with-china",
        date(2021, 12, 11),
        _p(
            "Nicaragua drops Taiwan, restores diplomatic ties with Beijing",
            "CENTRAL VALLEY COURIER | San José, Costa Rica, Saturday, December 11, 2021",
            "Nicaragua restored diplomatic relations with China on Friday, hours after the government of President Daniel Ortega announced that it was breaking ties with Taiwan and recognised that there was only one China in the world.",
            "A joint communiqué was read out in the northern Chinese city of Tianjin by the Nicaraguan delegation led by Laureano Ortega, the president's son and adviser on investment, and by China's deputy foreign minister, Ma Zhaoxu. Beijing's foreign ministry said the two countries would exchange ambassadors as soon as possible and that China would open an embassy in Managua.",
            "Taiwan's foreign ministry said it regretted the decision and would withdraw its diplomats and aid workers from Nicaragua, and accused Mr Ortega of ignoring the friendship of the Taiwanese people. Taipei is now recognised by only fourteen states, eight of them in Latin America and the Caribbean.",
            "It is the second time Mr Ortega has chosen Beijing. During his first government, Nicaragua established relations with the People's Republic in 1985, and his successor, Violeta Chamorro, restored ties with Taiwan in 1990, a few months after winning the election that ended the Sandinistas' first period in power.",
            "The switch comes a month after Mr Ortega won a fourth consecutive term in an election that the United States, the European Union and most Latin American governments said was neither free nor fair, after seven of his potential challengers were jailed. Washington imposed sanctions on Nicaragua's public prosecutor's office and nine officials last month, and the Organization of American States has begun discussing the country's suspension.",
            'Analysts in San José said Managua was looking for a patron that would not ask questions about elections or political prisoners. "Ortega is buying insurance against isolation," said one Costa Rican political scientist. "Beijing offers loans and a seat at the table, and it asks for nothing but the recognition of one China."',
            "China has not signed any trade or investment agreement with Nicaragua yet, and officials in Managua said talks on a free trade deal would begin next year. A canal across Nicaragua, granted in 2013 to a Hong Kong company that promised to rival Panama's, was never built.",
            "Costa Rica, which switched its recognition from Taipei to Beijing in 2007, said the decision was a sovereign matter for its neighbour. Honduras, where the president-elect, Xiomara Castro, promised during her campaign to open relations with China, has not said whether it will follow.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Nicaragua", "Daniel Ortega", "Laureano Ortega"),
                ("China",),
            ),
            # Chamorro's return to Taipei in 1990; the US sanctions of last month; no trade deal yet
            Gold(
                "relations.restored",
                "historical",
                ("Nicaragua", "Violeta Chamorro"),
                ("Taiwan",),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (US,), ("Nicaragua",), core=False),
            Gold("agreement.signed", "negated", ("China", "Nicaragua"), (), core=False),
        ),
    ),
    Article(
        "n08-duhok-english-site-baghdad-erbil-sign-sinjar-agreement",
        date(2020, 10, 10),
        _p(
            "Baghdad and Erbil sign Sinjar deal; local fighters to join security forces",
            "DUHOK POST | Duhok, Saturday 10 October 2020",
            "The Iraqi federal government and the Kurdistan Regional Government signed an agreement in Baghdad on Friday to restore state authority in Sinjar, the Yazidi homeland in the west of Nineveh province, six years after it was overrun by the Islamic State group.",
            "Prime Minister Mustafa al-Kadhimi called the deal historic and said it would let the tens of thousands of Yazidis still living in camps in Duhok province go home. The agreement was negotiated with the help of the United Nations Assistance Mission for Iraq, whose head, Jeanine Hennis-Plasschaert, said it was a first step that now had to be carried out in full.",
            "Under the accord, the two governments will jointly choose a new mayor and district officials, and security will be handed to the federal police, the national security service and a new local force of 2,500 men recruited from Sinjar's own residents. Armed groups that came to the district after 2014 are to leave, including the fighters of the Kurdistan Workers' Party (PKK), which Turkey, the United States and the European Union list as a terrorist group.",
            "Members of the Sinjar Resistance Units, a Yazidi militia trained by the PKK, will be integrated into the federal police and the new local force if they meet the conditions of recruitment, officials in Baghdad said. Many of the group's fighters were put on the payroll of the Popular Mobilization Forces in 2017, but kept their own command.",
            "The militia rejected the deal on Saturday, saying it had not been consulted, and a spokesman said its fighters would not be dissolved into any force in which Sinjar's people had no say. Some Yazidi leaders also complained that the agreement had been made over their heads by the two governments.",
            "Nechirvan Barzani, the president of the Kurdistan Region, welcomed the agreement as a chance to end years of division over the district, which both Baghdad and Erbil claim. Negotiations between the two governments over the status of Kirkuk and the other disputed territories have stalled for years, and many here doubt that the Sinjar accord will be applied quickly.",
            "Turkey, whose warplanes have repeatedly struck what it says are PKK targets around Mount Sinjar, welcomed the deal and said it was ready to support its implementation. Aid agencies said that more than two thirds of the homes in the town of Sinjar were still damaged and that water and electricity networks would have to be rebuilt before families could return in large numbers.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Iraq", KRG, "Mustafa al-Kadhimi"), ()),
            Gold("forces.integrated", "planned", ("Iraq",), ("Sinjar Resistance Units",)),
            # the PMF payroll of 2017; the militia's refusal; the stalled talks on disputed territories
            Gold(
                "forces.integrated", "historical", (PMF,), ("Sinjar Resistance Units",), core=False
            ),
            Gold("forces.integrated", "negated", ("Sinjar Resistance Units",), (), core=False),
            Gold("agreement.signed", "stalled", ("Iraq", KRG), (), core=False),
        ),
    ),
    Article(
        "n09-kutaisi-weekly-russia-to-set-up-naval-base-at-ochamchire",
        date(2023, 10, 6),
        _p(
            "Russia to set up permanent naval base in occupied Abkhazia",
            "KUTAISI HERALD | Kutaisi, Friday 6 October 2023",
            "Russia will set up a permanent naval base at Ochamchire on Abkhazia's Black Sea coast, the breakaway region's de facto leader, Aslan Bzhania, said on Thursday, a day after meeting President Vladimir Putin in Sochi.",
            'Mr Bzhania told the Russian newspaper Izvestia that the base would be built "in the near future" and that it would strengthen the defence of both Russia and Abkhazia. The port at Ochamchire, about 40 kilometres from the de facto border with western Georgia, is being dredged so that it can take larger warships.',
            "Defence analysts say that Moscow wants to move part of the Black Sea Fleet away from Sevastopol, where Ukrainian drones and missiles have hit ships and the fleet's headquarters in recent weeks. Russia has not moved any warships to Ochamchire yet, and the Kremlin's spokesman, Dmitry Peskov, declined to comment on the report.",
            "Russia has kept troops in Abkhazia since the war of August 2008, after which it recognised the region's independence. Its 7th military base at Gudauta, set up in 2009, has about 4,000 soldiers, and Russian border guards control the region's frontier along the Enguri river.",
            "Georgia's foreign ministry called the plan a gross violation of its sovereignty and territorial integrity and said it would raise it with its partners. Prime Minister Irakli Garibashvili told reporters in Tbilisi that Georgia would not be drawn into the war and that the government would do everything to keep the country's peace. Opposition leaders accused the government of reacting too softly.",
            "The European Union and the United States said they supported Georgia's territorial integrity. The EU monitoring mission, which patrols the Georgian side of the line, has never been allowed into Abkhazia.",
            "In Zugdidi and Anaklia, a few kilometres from the line, residents said the news revived the fear of 2008, when Russian troops crossed the Enguri. The government in Tbilisi has revived plans for a deep-sea port at Anaklia, about 30 kilometres south of Ochamchire, and says it will select a builder early next year.",
        ),
        (
            Gold(
                "military.presence",
                "planned",
                ("Russia", "Black Sea Fleet"),
                ("Abkhazia", "Georgia"),
            ),
            # the Gudauta base of 2009; no warship moved yet
            Gold(
                "military.presence", "historical", ("Russia",), ("Abkhazia", "Georgia"), core=False
            ),
            Gold("military.presence", "negated", ("Russia",), ("Abkhazia",), core=False),
        ),
    ),
    Article(
        "n10-galway-hurling-page-fines-bans-and-a-sponsorship-deal",
        date(2023, 5, 16),
        _p(
            "County board fined over team sheet; wing-back banned for Leinster clash",
            "HURLING | Galway, Tuesday 16 May 2023",
            "The Central Competitions Control Committee has imposed a fine of €5,000 on the Galway county board after the team sheet for Sunday's Leinster championship win over Wexford at Pearse Stadium was handed in after the throw-in, and suspended a wing-back for one match for striking an opponent with his hurley in the second half.",
            "The county board said it would not appeal against the fine but would contest the suspension at a hearing on Thursday, arguing that the referee's report did not match the video of the incident. If the ban stands, the player will miss Saturday's trip to Kilkenny.",
            "Leinster Council also lifted the ban it imposed in March on a club pitch in Athenry, which had been declared unfit for championship games after heavy rain, once the ground had been re-drained and passed an inspection. Minor games will be played there again from next month.",
            "Off the field, the county board signed a three-year sponsorship agreement with a medical devices company based in Ballybrit, whose name will appear on the senior and minor jerseys from the autumn. A dual player who spent last season with the footballers joined the hurling panel on Monday, and the board extended the management team's term until the end of the 2025 season.",
            "The captain, who missed the opening rounds with a hamstring injury, has been restored to the starting fifteen, and three players from last year's All-Ireland winning under-20 side have been integrated into the senior panel. The manager said their arrival had raised the standard of training sessions.",
            "Extra stewards will be deployed at Pearse Stadium for the final round against Dublin after complaints about crowding on the terraces, and the county board said it had joined a scheme run with the other Connacht counties to train volunteers in first aid. The players' representatives, who threatened last year to boycott promotional events over unpaid mileage expenses, said talks with the board were going well.",
            "Tickets for Saturday's game at Nowlan Park sold out on Monday. Supporters' buses will leave Eyre Square at 2pm, and the board has asked fans to travel early because of roadworks near Kilkenny.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-kiruna-local-weekly-town-moves-east-road-restored",
        date(2024, 9, 4),
        _p(
            "Kiruna's new square opens; E10 restored after subsidence",
            "NORRBOTTEN LOCAL | Kiruna, Wednesday 4 September 2024",
            "Traffic on the E10 highway into Kiruna was restored on Tuesday after road crews repaired a stretch that sank during the night of August 27, and the municipality lifted the restrictions on heavy vehicles that it imposed last week while engineers checked the ground above the mine.",
            "The municipal council also extended the opening hours of the new library in the town centre, which opened in June, until nine in the evening on weekdays, and suspended parking fees in the new square until the end of the year to draw shoppers away from the old centre, where the last shops are due to close in the spring.",
            "The council signed an agreement with the mining company LKAB under which the company will pay for the move of the town's old water tower and two more blocks of flats, the latest step in the relocation of Kiruna some three kilometres to the east as the iron ore mine expands beneath the old streets. Since 2014 more than three thousand homes have been demolished or moved.",
            "Kiruna has joined a network of Arctic towns that share experience on building in permafrost and extreme cold, the council said, and will host its next meeting in March. Officials from towns in Norway, Finland and Canada are expected to attend.",
            "Snowploughs will be deployed on the roads to the space centre at Esrange from the middle of October, a month earlier than usual, because of the rocket launches planned for the winter. The wooden church, which is being moved in one piece to a site near the new centre next summer, will stay open for services until then.",
            "Reindeer herders from the Gabna Sami village said the mine's new waste rock dumps threatened the animals' migration routes, and have asked the county administrative board to review the permits. LKAB said it was in talks with the village about new crossing points.",
            "The municipality's budget for next year, to be presented in November, will include money to integrate the old school buildings into a new cultural centre. Residents can see the plans at the town hall until September 20.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-ulaanbaatar-business-page-bank-penalties-and-an-airline-codeshare",
        date(2025, 4, 22),
        _p(
            "Central bank fines lender; MIAT signs codeshare with Korean Air",
            "BUSINESS | Ulaanbaatar, Tuesday 22 April 2025",
            "The Bank of Mongolia on Monday imposed a fine of 1.2 billion tugriks on a commercial bank for failing to report large cash transactions, and suspended the licence of a non-bank lender in Darkhan for three months for charging interest above the legal limit. The bank said it had paid the fine and replaced its head of compliance.",
            "The central bank also lifted the restrictions it imposed last year on consumer lending by two savings and credit cooperatives after they raised their capital, and extended until the end of June the deadline for banks to move their loans to the new accounting standard. Analysts said the extension would help smaller lenders in the provinces.",
            "MIAT Mongolian Airlines signed a codeshare agreement with Korean Air that will let passengers book through Seoul to twelve cities in North America and Europe on a single ticket, and said it had joined an alliance of Asian airlines that pool their sales of connecting flights. The national carrier expects the deal to bring in about 30,000 extra passengers a year.",
            "The state-owned coal miner Erdenes Tavan Tolgoi extended its supply contract with a Chinese steelmaker for another two years, and the government restored the subsidy on winter heating fuel for households in the ger districts to its old level after complaints. A logistics company said it had deployed fifty new trucks on the road to the Gashuunsukhait border crossing to cut the queues of coal lorries.",
            "The tugrik was steady against the dollar on Monday, and dealers said the central bank's sales of foreign currency had kept the market calm. The Mongolian Stock Exchange's main index closed 0.4 percent lower, weighed down by mining shares.",
            "Copper exports rose by eleven percent in the first quarter from a year earlier, the statistics office said, as the underground mine at Oyu Tolgoi raised output. Tourism operators said bookings for the Naadam festival in July were already above last year's level.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n05-szczecin-ports-review-us-senators-threaten-mukran-port": (
        "the senators are named only in the next sentence, and the headline's 'German port' "
        "gives Germany for target"
    ),
    "n08-duhok-english-site-baghdad-erbil-sign-sinjar-agreement": (
        "no state is named with the integration but 'officials in Baghdad said' (the aside's "
        "PKK, who trained the militia, is no longer taken for its actor)"
    ),
}


_DAY = date(2024, 3, 20)


def _alerts_of(text: str, kind: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [r for r in alert_rows(text, _DAY) if r[0] == kind]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Commerce Department on Friday lifted its export ban on ZTE.",
            id="lifted-its-export-ban-on-a-company",
        ),
        pytest.param(
            "The Commerce Department on Friday lifted the sanctions on ZTE.",
            id="lifted-the-sanctions-on-a-company",
        ),
        pytest.param(
            "The Commerce Department on Friday removed ZTE from its Entity List.",
            id="removed-a-company-from-the-entity-list",
        ),
    ],
)
def test_a_ban_on_a_company_lifted_is_a_lifting(text: str) -> None:
    found = _alerts_of(text, "sanctions.lifted")
    assert any("ZTE" in t for _, _, _, t in found), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The United States eased its sanctions on Syria on Thursday to allow earthquake aid.",
            "sanctions.suspended",
            id="eased-sanctions-to-allow-aid",
        ),
        pytest.param(
            "The United States suspended its sanctions on Syria on Thursday to allow earthquake "
            "aid.",
            "sanctions.suspended",
            id="suspended-sanctions-to-allow-aid",
        ),
        pytest.param(
            "The United States lifted its sanctions on Syria on Thursday.",
            "sanctions.lifted",
            id="lifted-sanctions",
        ),
    ],
)
def test_an_easing_for_aid_is_a_suspension(text: str, kind: str) -> None:
    assert {r[0] for r in alert_rows(text, _DAY)} == {kind}, event_rows(text, _DAY)


_ACCORD = "Peru and Chile signed a trade accord in Lima on November 3. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _ACCORD + "A day later, Washington suspended its sanctions on Peru.",
            id="a-day-later-after-a-dated-past-act",
        ),
        pytest.param(
            _ACCORD + "On November 4, Washington suspended its sanctions on Peru.",
            id="on-the-next-date-after-a-dated-past-act",
        ),
        pytest.param(
            _ACCORD + "Washington suspended its sanctions on Peru on November 4.",
            id="dated-after-the-verb",
        ),
    ],
)
def test_an_act_a_day_after_a_past_one_is_background(text: str) -> None:
    assert not alert_rows(text, _DAY), alert_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ted Cruz has threatened the operator of the German port of Mukran with sanctions.",
            id="threatened-a-seven-word-object-with-sanctions",
        ),
        pytest.param(
            "Ted Cruz has threatened the owner of the port with sanctions.",
            id="threatened-a-five-word-object-with-sanctions",
        ),
        pytest.param(
            "Ted Cruz has threatened the port operator with sanctions.",
            id="threatened-a-short-object-with-sanctions",
        ),
    ],
)
def test_a_threat_reaches_past_a_long_object(text: str) -> None:
    found = _alerts_of(text, "sanctions.threatened")
    assert any("Ted Cruz" in a for _, _, a, _ in found), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "Two US senators threatened a Turkish shipyard with sanctions on Monday.",
            [],
            id="us-senators-threatened",
        ),
        pytest.param(
            "Senator Ted Cruz threatened Turkey with sanctions on Monday.",
            ["Ted Cruz"],
            id="a-named-senator-threatened",
        ),
        pytest.param(
            "The United States threatened Turkey with sanctions on Monday.",
            ["United States"],
            id="the-state-threatened",
        ),
    ],
)
def test_senators_are_not_the_state(text: str, actors: list[str]) -> None:
    found = _alerts_of(text, "sanctions.threatened")
    assert [a for _, _, a, _ in found] == [actors], event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Members of the militia will be integrated into the Iraqi army if they pass a "
            "background check.",
            id="integrated-if-they-pass-a-check",
        ),
        pytest.param(
            "Members of the militia will be integrated into the Iraqi army.",
            id="integrated-into-the-army",
        ),
        pytest.param(
            "Members of the militia will be integrated into the Iraqi army by the end of the year.",
            id="integrated-by-the-end-of-the-year",
        ),
    ],
)
def test_a_condition_on_the_members_keeps_the_integration(text: str) -> None:
    found = _alerts_of(text, "forces.integrated")
    assert any("Iraq" in [*a, *t] for _, _, a, t in found), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "MIAT signed a codeshare agreement with Korean Air that will let passengers fly "
            "through Seoul.",
            id="codeshare-with-korean-air-through-seoul",
        ),
        pytest.param(
            "MIAT signed a codeshare agreement with Korean Air on Monday.",
            id="codeshare-with-korean-air",
        ),
        pytest.param(
            "MIAT signed a codeshare agreement with Qatar Airways that will let passengers fly "
            "through Doha.",
            id="codeshare-with-qatar-airways-through-doha",
        ),
    ],
)
def test_an_airline_named_after_a_state_is_no_party(text: str) -> None:
    assert not alert_rows(text, _DAY), alert_rows(text, _DAY)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout45_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-45 English events"))
