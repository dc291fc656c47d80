"""Sixth English held-out event set: thirteen full-length articles written for this test, in the
styles the earlier sets under-cover: government press releases (the US Treasury and State
Department, the UK Foreign Office, the Council of the EU, UN meetings coverage), a live blog, an
interview transcript, an opinion piece recalling old events and wire briefs in the passive voice
("sanctions were slapped on", "a deal was inked"), with sentences that mix several events and
statuses.

Seven articles carry one to four events each; six are near misses (an opinion piece on the Iran
nuclear deal's history, a minister's interview denying any easing, a vetoed renewal at the UN, a
business "alliance" and "deal", football "sanctions", normalisation talks that stalled).

The set was written and annotated before any fix was made, and measured then: P 0.667, R 0.600,
F1 0.632 (recall 6/10, 8 of 12 alerts right; missed: a Treasury release's "is designating … as
blocked property", a signing "in Damascus between" two parties, an integration "into the
institutions of the state", a quoted "will not hesitate to snap back these sanctions"; unexpected:
the agency-less dateline "DUBAI —" as the party of an airline joining "the oneworld alliance" and
of a commercial deal, the State Department as the only actor of sanctions). That is the honest
unseen figure; the figure after the fixes is flattering.
After the fixes (lexicon entries: airline groupings by name, "state institutions" as what forces
merge into, "will not hesitate to" + sanctions as a threat; small rules: an agency-less dateline
in capitals before an em dash, the parties after "signed in <place> between"): P 0.833, R 0.800,
F1 0.816 (8/10, 10 of 12 alerts right).
The scoring is that of ``rasd eval`` (``heldout_support_en``).
Run ``python -m tests.unit.test_heldout6_events_en`` for the figures and every article's misses
and false alerts. Do not tune the analyzer on these articles: they stand for the unseen ones.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from rasd.events.dateline import dateline_spans
from tests.unit.heldout_support_en import (
    Article,
    Gold,
    alert_rows,
    check_core_events_found,
    check_no_false_alarm,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "g01-treasury-press-iran-oil", date(2024, 10, 11),
        _p(
            "PRESS RELEASES",
            "Treasury Targets Shadow Fleet Moving Iranian Oil",
            "October 11, 2024",
            "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control "
            "(OFAC) is designating six companies and identifying six vessels as blocked property for "
            "their role in shipping Iranian petroleum on behalf of the Iranian military. The action "
            "follows Iran's missile attack against Israel on October 1 and targets a network of "
            "front companies registered in the United Arab Emirates, Liberia and Hong Kong.",
            "\"The revenue from these shipments funds the regime's destabilizing activities across "
            "the region,\" said Acting Under Secretary for Terrorism and Financial Intelligence "
            "Bradley T. Smith. \"The United States will continue to use all tools at its disposal "
            "to disrupt this trade.\"",
            "Concurrently, the Department of State is imposing sanctions on four entities and "
            "identifying three vessels involved in the same trade.",
            "The vessels, which together carried millions of barrels of crude to buyers in Asia "
            "over the past year, frequently switched off their transponders and conducted "
            "ship-to-ship transfers in international waters to conceal the origin of their cargo.",
            "BACKGROUND",
            "The United States first imposed broad sanctions on Iran's petroleum sector in 2012 and "
            "reimposed them in November 2018, after withdrawing from the Joint Comprehensive Plan "
            "of Action. Since then, Treasury has designated hundreds of persons and vessels "
            "connected to the trade.",
            "SANCTIONS IMPLICATIONS",
            "As a result of today's action, all property and interests in property of the "
            "designated persons that are in the United States or in the possession or control of "
            "U.S. persons are blocked and must be reported to OFAC. Financial institutions and "
            "other persons that engage in certain transactions or activities with the sanctioned "
            "entities may expose themselves to sanctions or be subject to an enforcement action.",
            "The power and integrity of OFAC sanctions derive not only from OFAC's ability to "
            "designate and add persons to the Specially Designated Nationals and Blocked Persons "
            "List, but also from its willingness to remove persons from the SDN List consistent "
            "with the law. The ultimate goal of sanctions is not to punish, but to bring about a "
            "positive change in behavior.",
            "For identifying information on the individuals and entities sanctioned today, click "
            "here.",
            "###",
        ),
        events=(
            Gold("sanctions.imposed", "occurred", ("United States",), ("Iran",)),
            Gold("sanctions.imposed", "historical", ("United States",), ("Iran",), core=False),
        ),
        not_participants=("Liberia", "Hong Kong"),
    ),
    Article(
        "g02-eu-council-russia-rollover", date(2025, 1, 27),
        _p(
            "Russia: EU prolongs economic sanctions for further 6 months",
            "Council of the EU — Press release — 27 January 2025 17:40",
            "The Council today decided to prolong the restrictive measures targeting specific "
            "sectors of the economy of the Russian Federation for a further six months, until 31 "
            "July 2025.",
            "These measures were first introduced in 2014 in response to Russia's actions "
            "destabilising the situation in Ukraine and were significantly expanded since February "
            "2022 in response to Russia's unprovoked and unjustified military aggression against "
            "Ukraine.",
            "They currently consist of a broad spectrum of sectoral measures, including trade "
            "restrictions on imports and exports, a ban on transactions with the central bank, the "
            "exclusion of several banks from the SWIFT messaging system and the suspension of the "
            "broadcasting activities of a number of outlets in the EU.",
            "The decision was delayed by several days after Hungary withheld its consent, demanding "
            "guarantees on gas transit. Budapest lifted its objection on Monday morning after the "
            "Commission issued a statement on energy security.",
            "As long as the illegal actions of the Russian Federation continue to violate the "
            "prohibition on the use of force, it is appropriate to maintain in force all the "
            "measures imposed by the EU and to take additional measures if necessary. The Council "
            "is working on a sixteenth package of sanctions, which is expected to be adopted by "
            "the anniversary of the full-scale invasion on 24 February.",
            "Next steps",
            "The legal acts will be published in the Official Journal of the EU. The European "
            "Union remains unwavering in its support for Ukraine's sovereignty and territorial "
            "integrity within its internationally recognised borders, and the EU stands firm in its "
            "commitment to continue to support Ukraine and its people for as long as it takes.",
            "Background",
            "In its conclusions of December 2024, the European Council reiterated its steadfast "
            "and unwavering support for Ukraine and stated that Russia must not prevail. It "
            "underlined that the EU would continue to increase its pressure on Russia, including "
            "by further strengthening sanctions and by enhancing their enforcement.",
            "Russia's foreign ministry said the extension was \"illegitimate\" and would not "
            "change its course.",
        ),
        events=(
            Gold("sanctions.extended", "occurred", ("European Union",), ("Russia",)),
            Gold("sanctions.imposed", "planned", ("European Union",), ("Russia",)),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
        ),
    ),
    Article(
        "g03-fcdo-syria-lifted", date(2025, 4, 24),
        _p(
            "UK lifts sanctions on Syrian ministries and media organisations",
            "From: Foreign, Commonwealth & Development Office",
            "Published 24 April 2025",
            "The UK has today lifted sanctions on 12 Syrian entities, including government "
            "departments, the Syrian intelligence services' civilian branches and several media "
            "outlets, to support the Syrian people in rebuilding their country after the fall of "
            "Bashar al-Assad.",
            "The Ministry of Defence and the Ministry of Interior are among those delisted, "
            "alongside the General Intelligence Directorate. In March, the government had already "
            "removed asset freezes on 24 entities, among them the Commercial Bank of Syria and "
            "Syrian Arab Airlines.",
            "Minister for the Middle East Hamish Falconer said: \"The Syrian people deserve the "
            "chance to rebuild their country and their economy, and that is why we are lifting "
            "these measures today. We will continue to hold those responsible for atrocities "
            "under the Assad regime to account.\"",
            "Sanctions on individuals linked to the former regime, including Assad himself and "
            "members of his family, remain in place. The UK also maintains its designation of "
            "Hayat Tahrir al-Sham as a proscribed terrorist organisation, a decision which is kept "
            "under review.",
            "The UK imposed its first sanctions on the Assad government in 2011 in response to its "
            "violent repression of protesters. Over the following decade, more than 300 "
            "individuals and entities were added to the list.",
            "Notes to editors",
            "The decision follows the restoration of diplomatic engagement with Damascus. Foreign "
            "Secretary David Lammy visited Damascus in July. The UK will keep sanctions under "
            "review and stands ready to reimpose measures if the new authorities fail to protect "
            "minorities or backslide on commitments to an inclusive transition.",
            "The European Union and the United States have also eased some of their own "
            "restrictions on Syria in recent months, though Washington has so far stopped short "
            "of repealing the Caesar Act.",
            "Media enquiries: email the FCDO Newsdesk.",
        ),
        events=(
            Gold("sanctions.lifted", "occurred", ("United Kingdom",), ("Syria",)),
            Gold("sanctions.lifted", "historical", ("United Kingdom",), ("Syria",), core=False),
            Gold("sanctions.imposed", "historical", ("United Kingdom",), ("Syria",), core=False),
            Gold("sanctions.threatened", "occurred", ("United Kingdom",), ("Syria",), core=False),
            Gold("sanctions.lifted", "negated", ("United States",), ("Syria",), core=False),
        ),
    ),
    Article(
        "g04-liveblog-sweden-nato", date(2024, 3, 7),
        _p(
            "Sweden joins NATO – as it happened",
            "Live updates from Washington and Stockholm",
            "18:02 GMT — Sweden is now officially a member of NATO. Prime Minister Ulf Kristersson "
            "handed over the instrument of accession at the State Department in Washington, where "
            "Secretary of State Antony Blinken received it on behalf of the United States, the "
            "treaty's depositary. \"Good things come to those who wait,\" Blinken told reporters.",
            "17:40 GMT — Kristersson has arrived at the State Department. Applause in the room as "
            "he greets the Swedish delegation.",
            "17:15 GMT — A reminder of how long this took. Sweden and Finland applied together in "
            "May 2022, three months after Russia's full-scale invasion of Ukraine. Finland became "
            "the 31st member in April last year, but Sweden's bid was held up for twenty months by "
            "Turkey and Hungary. The Hungarian parliament finally ratified the accession on "
            "February 26.",
            "16:50 GMT — Our correspondent in Stockholm says the flag will be raised at NATO "
            "headquarters in Brussels on Monday. Swedish troops will take part in the alliance's "
            "exercises in northern Norway next week, and officials say Sweden intends to deploy a "
            "battalion to Latvia as part of NATO's forward presence next year.",
            "16:20 GMT — Russia's foreign ministry has said Moscow will take \"military-technical\" "
            "countermeasures. It did not elaborate.",
            "15:55 GMT — What does membership mean in practice? Sweden ends two centuries of "
            "military non-alignment and comes under the collective defence clause, Article 5. Its "
            "air force, with more than 90 Gripen jets, and its submarine fleet are seen as "
            "significant additions in the Baltic Sea.",
            "15:30 GMT — Reaction from Kyiv: President Volodymyr Zelensky congratulated Sweden, "
            "saying the decision showed that Russia's aggression had achieved the opposite of its "
            "goals. Ukraine itself has not been offered a timeline for membership.",
            "15:05 GMT — Good afternoon and welcome to our live coverage. Today Sweden completes "
            "its journey into NATO, becoming the 32nd member.",
        ),
        events=(
            Gold("alliance.joined", "occurred", ("Sweden",), ("NATO",)),
            Gold("alliance.joined", "historical", ("Finland",), ("NATO",), core=False),
            Gold("military.presence", "planned", ("Sweden",), ("Latvia",), core=False),
            Gold("alliance.joined", "negated", ("Ukraine",), ("NATO",), core=False),
        ),
        not_participants=("Norway",),
    ),
    Article(
        "g05-wire-saudi-iran-passive", date(2023, 3, 10),
        _p(
            "Saudi Arabia, Iran agree to restore ties in China-brokered deal",
            "BEIJING, March 10 (Reuters-style wire) — A deal to restore diplomatic relations "
            "between Saudi Arabia and Iran was inked in Beijing on Friday after four days of talks "
            "hosted by China, ending a seven-year rupture between the two regional rivals.",
            "Under the agreement, embassies are to be reopened within two months and a security "
            "cooperation pact signed in 2001 is to be revived, according to a joint statement "
            "issued by the three countries.",
            "The statement was signed by Iran's top security official Ali Shamkhani, Saudi "
            "national security adviser Musaed Al-Aiban and China's top diplomat Wang Yi.",
            "Ties were severed in 2016 after Saudi Arabia executed a prominent Shi'ite cleric and "
            "protesters stormed the Saudi embassy in Tehran. Relations had been strained for years "
            "over the wars in Yemen and Syria.",
            "Talks between the two sides had been held in Baghdad and Oman in 2021 and 2022 but "
            "failed to produce a breakthrough, diplomats said.",
            "The agreement was welcomed by Iraq, Oman and the United Arab Emirates. The White "
            "House said it supported any effort to end the war in Yemen, but a spokesman said it "
            "remained to be seen whether Tehran would honour its commitments.",
            "Analysts said the deal, brokered without Washington, marked a significant shift in "
            "the region's diplomacy and boosted Beijing's standing as a mediator.",
            "\"This is a major diplomatic win for China,\" said one Gulf-based analyst, who asked "
            "not to be named. \"It also gives Riyadh room to focus on its economic plans.\"",
            "Saudi Foreign Minister Prince Faisal bin Farhan is expected to meet his Iranian "
            "counterpart Hossein Amir-Abdollahian in the coming weeks to prepare for the exchange "
            "of ambassadors.",
            "The two countries have been on opposite sides of the conflict in Yemen, where a "
            "Saudi-led coalition has fought the Iran-aligned Houthis since 2015. A truce brokered "
            "by the United Nations last April has largely held, though it formally expired in "
            "October.",
            "(Reporting by wire staff; Editing by the desk)",
        ),
        events=(
            Gold("relations.restored", "occurred", ("Saudi Arabia", "Iran"), ()),
            Gold("agreement.signed", "occurred", ("Saudi Arabia", "Iran", "China"), (),
                 core=False),
            Gold("agreement.signed", "historical", ("Saudi Arabia", "Iran"), (), core=False),
        ),
    ),
    Article(
        "g06-statedept-sdf-integration", date(2025, 3, 11),
        _p(
            "Syria's Kurdish-led SDF agrees to merge into state institutions",
            "Press Statement — Office of the Spokesperson — March 11, 2025",
            "The United States welcomes the agreement signed on Monday in Damascus between "
            "interim President Ahmed al-Sharaa and Syrian Democratic Forces commander Mazloum "
            "Abdi, under which the SDF will be integrated into the institutions of the Syrian "
            "state, including the army.",
            "The eight-point agreement provides for all civil and military institutions in "
            "northeast Syria, including border crossings, the airport and oil and gas fields, to "
            "be merged into the administration of the state by the end of the year. It also "
            "commits the parties to a nationwide ceasefire and guarantees the rights of the Kurdish "
            "community.",
            "We commend the parties for this important step and call on all sides to implement "
            "it in good faith. The United States will continue to work with the SDF in the fight "
            "against ISIS.",
            "Roughly 2,000 U.S. troops remain deployed in eastern Syria, mainly in areas held by "
            "the SDF, where they have been stationed since 2015 as part of the coalition against "
            "the Islamic State group.",
            "Turkey, which regards the main Kurdish militia within the SDF as an extension of the "
            "banned Kurdistan Workers' Party, cautiously welcomed the deal. A Turkish official said "
            "Ankara would watch closely how it is implemented.",
            "Earlier attempts to bring the SDF under Damascus's control had foundered. In 2019 and "
            "again in 2023, talks mediated by Russia with the Assad government ended without an "
            "agreement, as the Kurdish-led authorities refused to dissolve their forces.",
            "The announcement came days after hundreds of civilians were killed in the coastal "
            "provinces of Latakia and Tartus in violence involving forces loyal to the new "
            "government and gunmen aligned with the former regime.",
            "Secretary Rubio said the United States stood with the Syrian people and urged the "
            "interim authorities to hold the perpetrators of the massacres to account.",
            "For further information, please contact the Office of the Spokesperson.",
        ),
        events=(
            Gold("agreement.signed", "occurred", ("Syria", "Ahmed al-Sharaa",
                 "Syrian Democratic Forces"), ()),
            Gold("forces.integrated", "planned", ("Syrian Democratic Forces",), ("Syria",)),
            Gold("military.presence", "historical", ("United States",), ("Syria",), core=False),
            Gold("forces.integrated", "stalled", ("Syrian Democratic Forces",), ("Syria",),
                 core=False),
        ),
        not_participants=("Latakia", "Tartus"),
    ),
    Article(
        "g07-wire-suspension-threat", date(2023, 10, 19),
        _p(
            "US pauses Venezuela oil sanctions after election deal, warns of snapback",
            "WASHINGTON (wire) — Sanctions on Venezuela's oil and gas sector were suspended for "
            "six months on Wednesday, a day after the government of Nicolas Maduro and the "
            "opposition signed an agreement in Barbados on holding a presidential election in "
            "2024.",
            "The Treasury Department issued a general license authorizing transactions with the "
            "state oil company PDVSA until April 18, and a second license lifting a ban on "
            "secondary trading of Venezuelan bonds. A third license covering the state gold miner "
            "Minerven was also issued.",
            "Officials said the relief would be reversed if Caracas did not set out a timeline by "
            "the end of November for lifting bans on opposition candidates and releasing "
            "political prisoners. \"We will not hesitate to snap back these sanctions,\" a senior "
            "administration official told reporters on a call.",
            "The Barbados agreement, which was witnessed by Norway, commits both sides to allow "
            "international observers and to update voter rolls. It does not explicitly lift a ban "
            "on opposition front-runner Maria Corina Machado, who won a primary on Sunday.",
            "The sanctions on the oil industry were slapped on in 2019 by the Trump administration "
            "in an attempt to oust Maduro after an election Washington considered fraudulent. "
            "Chevron was granted a limited license to resume some operations last year.",
            "Venezuela's oil minister said production could rise by some 200,000 barrels per day "
            "if the measures stay suspended. Analysts were more cautious, citing years of "
            "underinvestment and damaged infrastructure.",
            "Republican senators criticized the move. \"This rewards a dictator for promises he "
            "has broken before,\" said Senator Marco Rubio of Florida, adding that Congress would "
            "press the administration to restore the measures.",
            "The opposition welcomed the agreement but said it would judge the government by its "
            "actions.",
            "Oil traders said the first cargoes under the new licenses could leave Venezuelan "
            "ports within weeks.",
        ),
        events=(
            Gold("sanctions.suspended", "occurred", ("United States",), ("Venezuela",)),
            Gold("sanctions.threatened", "occurred", ("United States",), ("Venezuela",)),
            Gold("agreement.signed", "occurred", ("Venezuela",), (), core=False),
            Gold("sanctions.imposed", "historical", ("United States", "Donald Trump"),
                 ("Venezuela",), core=False),
        ),
    ),
    # --- near misses ---------------------------------------------------------------------------
    Article(
        "g08-opinion-iran-deal-recalled", date(2025, 7, 14),
        _p(
            "Ten years on, the Iran deal's lesson is that agreements need patience",
            "OPINION",
            "A decade ago this week, in a Vienna hotel, foreign ministers of six world powers and "
            "Iran shook hands on the Joint Comprehensive Plan of Action. I was one of the many "
            "diplomats who spent the night in the corridors of the Palais Coburg, and I remember "
            "the exhaustion more than the elation.",
            "The bargain was simple to state and hard to build. Iran accepted strict limits on its "
            "enrichment of uranium and intrusive inspections; in return, the United Nations, the "
            "European Union and the United States lifted the bulk of their nuclear-related "
            "sanctions on Implementation Day in January 2016.",
            "It worked, for a while. The International Atomic Energy Agency certified Iran's "
            "compliance again and again. Then, in May 2018, President Donald Trump withdrew from "
            "the agreement and reimposed sanctions, calling it the worst deal ever negotiated. "
            "Tehran waited a year before it began to breach the limits.",
            "Efforts to revive the deal in 2021 and 2022 came tantalisingly close. Negotiators in "
            "Vienna produced a text that the EU called final. But the talks collapsed amid "
            "disputes over guarantees and an investigation by the agency, and they have not been "
            "resumed since.",
            "What have we learned? First, that an agreement which depends on one government's "
            "goodwill can be undone by the next. Second, that sanctions relief which companies do "
            "not trust is worth little: European banks stayed away from Iran even when they were "
            "allowed in.",
            "Third, and most important, that diplomacy is slow. The European parties have since "
            "warned that they could trigger the return of UN sanctions before the resolution "
            "expires in October, a step they have threatened repeatedly but never taken.",
            "Critics call the deal naive. I would call it unfinished. The alternative, as the "
            "bombing of Iranian nuclear sites last month showed, is far more dangerous.",
            "The author was a member of a European negotiating team from 2013 to 2016. The views "
            "expressed are his own.",
        ),
        events=(
            Gold("agreement.signed", "historical", ("Iran",), (), core=False),
            Gold("sanctions.lifted", "historical", ("United States", "European Union"),
                 ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", ("United States", "Donald Trump"),
                 ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Iran",), (), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "g09-interview-no-easing", date(2024, 2, 5),
        _p(
            "'There will be no easing': Lithuania's foreign minister on Russia and Belarus",
            "INTERVIEW TRANSCRIPT (edited for length and clarity)",
            "Q: Minister, there have been reports that some EU capitals want to ease the "
            "sanctions on Belarusian potash. Is that on the table?",
            "A: No. Let me be very clear: we are not lifting any sanctions on Belarus, and I do "
            "not know of any member state that has formally proposed it. Belarus is a "
            "co-aggressor in this war. Its territory was used to attack Kyiv in February 2022.",
            "Q: But fertiliser prices affect farmers in Africa. Isn't there a humanitarian case?",
            "A: The exemptions for food and fertiliser already exist. What some companies want is "
            "business as usual, and that is not going to happen.",
            "Q: Your country imposed its own national measures in 2021, after the Ryanair "
            "incident. Would you go further?",
            "A: We closed two border crossings last year and we are ready to do more if the "
            "instrumentalisation of migrants continues. But I do not want to announce anything "
            "today.",
            "Q: The talks on the next package seem to be stuck. Hungary has blocked it for weeks.",
            "A: It is stuck, yes. Negotiations on the package have stalled over a handful of "
            "names that one member state wants removed. I hope we find a solution before the "
            "anniversary, but I cannot promise it.",
            "Q: On Russia, do you believe the sanctions are working?",
            "A: They are working, but slowly. Russia's economy is on a war footing, and war "
            "economies can look healthy for a while. The question is whether we have the "
            "patience. We must close the loopholes, especially the trade that flows through "
            "third countries.",
            "Q: Would you support restoring relations with Minsk if Lukashenko released political "
            "prisoners?",
            "A: Releasing prisoners would be welcome, of course. But restoring normal relations "
            "with a regime that hosts Russian nuclear weapons is not something I can imagine "
            "while this war continues.",
            "Q: Finally, NATO troops in Lithuania. Is the German brigade on schedule?",
            "A: It is. The first units arrived last year, and we expect the brigade to be fully "
            "operational by 2027.",
        ),
        events=(
            Gold("sanctions.lifted", "negated", ("Lithuania", "European Union"), ("Belarus",),
                 core=False),
            Gold("sanctions.imposed", "historical", ("Lithuania",), ("Belarus",), core=False),
            Gold("sanctions.imposed", "stalled", ("European Union",), ("Russia",), core=False),
            Gold("relations.restored", "negated", ("Lithuania",), ("Belarus",), core=False),
            Gold("military.presence", "historical", ("Germany",), ("Lithuania",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "g10-un-press-mali-veto", date(2023, 8, 30),
        _p(
            "Security Council Fails to Renew Mali Sanctions Regime as Russian Federation Casts "
            "Veto",
            "UN Meetings Coverage — Security Council — 9408th Meeting (AM)",
            "The Security Council today failed to adopt a draft resolution that would have "
            "extended for one year the sanctions regime on Mali, including a travel ban and asset "
            "freeze, as well as the mandate of the Panel of Experts monitoring it, owing to a "
            "negative vote cast by a permanent member.",
            "The draft, put forward by France and the United Arab Emirates, received 13 votes in "
            "favour to 1 against (Russian Federation), with 1 abstention (China). A competing text "
            "tabled by the Russian Federation, which would have renewed the measures for a final "
            "year while disbanding the Panel, also failed, receiving only one vote in favour.",
            "Speaking after the vote, the representative of France said the outcome deprived the "
            "Council of an important tool to support the peace agreement signed in Algiers in "
            "2015. The sanctions regime had been established in 2017 at the request of the "
            "Government of Mali itself.",
            "The representative of the Russian Federation said the Panel's reports had been "
            "biased and that the Malian authorities had asked for the regime to be lifted. "
            "\"Sanctions cannot be imposed on a sovereign State against its will,\" he said.",
            "The representative of Mali welcomed the result, saying her Government had never "
            "requested a renewal and would not cooperate with the Panel.",
            "The representative of the United States said the veto showed that the Russian "
            "Federation was shielding the Wagner Group, whose fighters have been accused of "
            "abuses against civilians in Mali.",
            "With the regime lapsing on 31 August, the travel bans and asset freezes on eight "
            "individuals listed by the Council will no longer apply. Several members said they "
            "would consider other options.",
            "The meeting began at 10:04 a.m. and ended at 10:51 a.m.",
        ),
        events=(
            Gold("sanctions.extended", "negated", ("United Nations",), ("Mali",), core=False),
            Gold("agreement.signed", "historical", ("Mali",), (), core=False),
            Gold("sanctions.imposed", "historical", ("United Nations",), ("Mali",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "g11-business-alliance-deal", date(2022, 11, 15),
        _p(
            "Airlines join forces: Gulf carrier signs codeshare deal, joins global alliance",
            "DUBAI — A Gulf airline said on Tuesday it would join the oneworld alliance next "
            "year and signed a codeshare deal with a European rival, the latest in a string of "
            "partnerships as carriers rebuild networks shattered by the pandemic.",
            "The agreement, inked at the Dubai Airshow, allows passengers to book flights on both "
            "carriers with a single ticket and to earn loyalty points across their networks. It "
            "covers more than 60 destinations in Europe, Africa and Asia.",
            "\"This is about giving our customers more choice,\" the airline's chief executive "
            "told reporters at the show. \"We have restored relations with travel agents that we "
            "lost during the lockdowns, and now we are restoring capacity.\"",
            "The carrier also announced orders for 30 wide-body jets, with options for 20 more, in "
            "a deal valued at about $12 billion at list prices, though such orders typically "
            "carry steep discounts.",
            "Industry analysts said alliances had regained their appeal after years in which "
            "airlines preferred bilateral joint ventures. Another regional carrier left a rival "
            "alliance in 2018 and has since relied on individual partnerships.",
            "Aviation regulators must still approve the codeshare, a process that could take "
            "several months. The airlines said they had no plans for an equity tie-up.",
            "Passenger traffic in the Middle East has recovered to about 95 percent of pre-pandemic "
            "levels, according to the International Air Transport Association, which cautioned "
            "that high fuel prices and a shortage of aircraft parts could slow growth next year.",
            "Shares of the European partner rose 2 percent in Frankfurt on the news.",
            "The airshow, which runs until Friday, has drawn record attendance, with defence "
            "companies also showcasing drones and fighter jets. A Gulf air force signed a "
            "maintenance contract with a local firm for its transport fleet.",
            "Separately, a budget airline said it was suspending its service to two cities "
            "because of weak demand during the winter season, and would review the decision in "
            "the spring.",
        ),
        kind="near miss",
    ),
    Article(
        "g12-football-sanctions", date(2019, 4, 2),
        _p(
            "UEFA slaps sanctions on club over racist chanting; stadium partially closed",
            "NYON, Switzerland — European football's governing body UEFA on Tuesday imposed "
            "sanctions on a Balkan club after racist chanting by its supporters during a Europa "
            "League match, ordering the partial closure of its stadium for the next home game and "
            "fining it 50,000 euros.",
            "The disciplinary body said it had also banned the club from selling tickets to away "
            "supporters for two matches. A suspended one-year ban from European competitions was "
            "imposed, which will be activated if there is a repeat offence within two years.",
            "The sanctions were slapped on after the referee stopped the game twice in the second "
            "half. Black players on the visiting team were targeted with monkey chants and a "
            "banner with a far-right symbol was displayed behind one goal.",
            "Anti-discrimination campaigners said the punishment was too lenient. \"Fines do not "
            "work. These clubs pay and nothing changes,\" said a spokesperson for an anti-racism "
            "network that monitors matches across the continent.",
            "The club said it would appeal, arguing that it had identified and banned a dozen "
            "supporters and that the chants came from a small group.",
            "UEFA lifted a similar stadium ban on another club in February after it completed an "
            "education programme. That club had been sanctioned three times in four seasons.",
            "In a separate ruling, the body suspended a coach for three matches for confronting "
            "the referee in the tunnel, and extended a ban on a midfielder who had tested positive "
            "for a prohibited substance.",
            "Players' unions have called for stronger measures, including automatic points "
            "deductions, which the governing body has so far resisted. Its president said last "
            "month that education and stadium bans were more effective than docking points.",
            "The club's next European fixture is scheduled for April 11, when the stadium's upper "
            "tier will stay empty.",
        ),
        kind="near miss",
    ),
    Article(
        "g13-stalled-normalisation", date(2024, 9, 18),
        _p(
            "Turkey-Syria rapprochement stalls as Damascus demands troop withdrawal",
            "ANKARA — Efforts to restore relations between Turkey and Syria have stalled, "
            "officials on both sides said on Wednesday, after Damascus insisted that Turkish "
            "troops leave northern Syria before any meeting between the two presidents.",
            "President Recep Tayyip Erdogan said in July he was ready to invite Bashar al-Assad to "
            "Turkey \"at any moment\" to restore ties severed in 2012. But the Syrian foreign "
            "ministry said normalisation was impossible while Turkish forces occupied its "
            "territory.",
            "Turkey has kept thousands of troops in northern Syria since a series of incursions "
            "that began in 2016 against Kurdish militants and Islamic State fighters. Ankara "
            "says the troops cannot leave until the border is secure.",
            "Talks mediated by Russia and Iran in Moscow in 2023 produced a roadmap for "
            "normalisation, but no agreement was signed, and a planned meeting of defence "
            "ministers was postponed indefinitely.",
            "\"There is no progress,\" a Turkish official said on condition of anonymity. \"They "
            "want everything before they give anything.\"",
            "Iraq has offered to host a new round of talks in Baghdad, but no date has been set.",
            "For Erdogan, the issue is closely tied to domestic politics. About 3 million Syrian "
            "refugees live in Turkey, and anger over their presence has grown amid an economic "
            "crisis. Riots broke out in the central city of Kayseri in July after a Syrian man "
            "was accused of abusing a child.",
            "Analysts said Damascus felt little pressure to compromise after it was readmitted to "
            "the Arab League last year and restored ties with Saudi Arabia.",
            "\"Assad thinks time is on his side,\" said a researcher at an Istanbul think tank. "
            "\"Without a gesture on troops, he will not shake Erdogan's hand.\"",
            "Turkey's defence ministry said on Wednesday that its forces had killed 12 Kurdish "
            "militants in northern Iraq and Syria in air strikes over the past week.",
        ),
        events=(
            Gold("relations.restored", "stalled", ("Turkey",), ("Syria",), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Syria",), core=False),
            Gold("agreement.signed", "negated", ("Turkey", "Syria"), (), core=False),
            Gold("alliance.joined", "historical", ("Syria",), ("Arab League",), core=False),
            Gold("relations.restored", "historical", ("Syria",), ("Saudi Arabia",), core=False),
        ),
        kind="near miss",
    ),
]

# Failures that lexicon entries and small local rules cannot fix (strict: a fix must be noticed).
XFAIL_FOUND: dict[str, str] = {
    "g07-wire-suspension-threat": (
        "the threat sits in a quote with no named party ('\"We will not hesitate to snap back these "
        "sanctions,\" a senior administration official told reporters') and in 'the relief would "
        "be reversed if Caracas did not…', where 'relief' stands for the sanctions: the parties "
        "come from the sentences before, which needs coreference across sentences"
    ),
}
XFAIL_ALARM: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


# --- the general causes behind this set's failures, in passages of this test's own -------------


def test_an_agency_less_capitals_dateline_is_no_party() -> None:
    """"LISBON — …" opens AP-style copy with no agency named: the filing city takes no part."""
    text = ("LISBON — A Portuguese carrier said on Monday it would join the Star Alliance next "
            "spring.")
    assert alert_rows(text) == [], alert_rows(text)
    # a capitalised country with a hyphen stays a sentence
    assert dateline_spans("Turkey - the government said on Monday…") == []
    assert dateline_spans("NYON, Switzerland — The body said…") != []


def test_the_parties_after_the_scene_of_a_signing() -> None:
    """"signed in <city> between A and B": the parties follow the place."""
    text = ("A peace accord was signed on Friday in Doha between Rwanda and the Democratic "
            "Republic of Congo.")
    rows = alert_rows(text)
    assert any(r[0] == "agreement.signed" and "Rwanda" in r[2] for r in rows), rows


def test_merged_into_state_institutions_is_an_integration() -> None:
    text = "Iraq said the Popular Mobilization Forces will be merged into state institutions."
    assert [r[0] for r in alert_rows(text)] == ["forces.integrated"], alert_rows(text)


def test_will_not_hesitate_to_sanction_is_a_threat() -> None:
    text = "Canada will not hesitate to impose new sanctions on Iran, the foreign minister said."
    assert [r[:1] + r[2:] for r in alert_rows(text)] == [
        ("sanctions.threatened", ["Canada"], ["Iran"])], alert_rows(text)


def test_heldout6_set_shape() -> None:
    assert 12 <= len(ARTICLES) <= 14
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(300 <= len(a.text.split()) <= 700 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 300 <= len(a.text.split()) <= 700
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 5 <= near <= len(ARTICLES) - 5
    assert len({g.type for a in ARTICLES for g in a.events}) >= 9
    assert {g.status for a in ARTICLES for g in a.events} == {
        "occurred", "planned", "historical", "negated", "stalled"}


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-6 English events"))
