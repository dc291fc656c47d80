"""Ninth English held-out event set: twelve full-length articles (300-700 words) written for this
test in forms the earlier sets lack: a UN Security Council vote renewing a sanctions regime, EU
Council conclusions in the press-release register, a Treasury/OFAC press release in the present
progressive ("is sanctioning"), a congressional repeal bill, a question-and-answer interview, a
CNN report of 2011 on a troop deployment, a Daily Mail piece of 2016 on a militia law, a CNN
report of 2015 on a NATO invitation, and four near misses (a footballer and a coach joining clubs,
a chipmaker's export licences, a court hearing on tariffs under a sanctions law, a domestic
emergency coalition).

Eight articles carry one to four events each (every event type and every status is annotated
somewhere); four are near misses.

The set was written and annotated before any fix was made, and measured then: P 0.583, R 0.667,
F1 0.622 (recall 6/9, 7 of 12 alerts right; occurred 3/5, planned 3/4). Missed: designations
told in the press-release register ("OFAC is sanctioning four individuals, twelve entities and
two vessels", "the Council listed seven individuals and two entities"), a joining told as an
invitation ("NATO formally invited Montenegro to join the alliance"); false or unexpected alerts:
a striker joining a Saudi club read as Brazil joining Al Hilal, "signed a partnership with a
Saudi AI firm" read as a pact with Saudi Arabia, trade deals signed "over the summer" (told in
November) read as news, "There have been reports that Bahrain applied to join BRICS" (denied in
the next answer) read as a planned joining, and "It imposed penalties on anyone …" whose "It" is
the law of the sentence before. That is the honest unseen figure.
After the fixes (lexicon: designees counted after the verb, "listed" before individuals or
entities, an invitation as a plan, hearsay as no report, a season gone by as background, a
club move's words, a company noun after a state's adjective; small rules: a player or a coach
joining a club is no alliance, whoever invites is the bloc joined, a body's state named beside it
when no target is, "Once <participle>," opens a condition, the EU's "Brussels, 14 July 2025 -"
dateline): P 0.909, R 1.000, F1 0.952 (9/9, 10 of 11 alerts right). Some matches are right by
the scorer's rule (one participant) with a wrong actor beside it: "The Council" of an EU press
release borrows Iran from the headline. The false alarm left is strict-xfailed below.
Run ``python -m tests.unit.test_heldout9_events_en`` for the figures and every article's misses
and false alerts. Do not tune the analyzer on these articles: they stand for the unseen ones. The
scoring is that of ``rasd eval`` (``heldout_support_en``).
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
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
UNSC = "United Nations Security Council"
EU = "European Union"
OFAC = "Office of Foreign Assets Control"
TREASURY = "United States Department of the Treasury"

ARTICLES: list[Article] = [
    Article(
        "j01-unsc-haiti-renewal", date(2025, 10, 18),
        _p(
            "Security Council renews Haiti sanctions for another year as gang violence spreads",
            "UNITED NATIONS (AP) - The UN Security Council voted on Friday to renew for another "
            "year the sanctions regime against Haiti's armed gangs, keeping an arms embargo, asset "
            "freezes and travel bans in place on those accused of fuelling the violence that has "
            "displaced more than a million people.",
            "The resolution, drafted by the United States and Panama, was adopted with 13 votes in "
            "favour and two abstentions, from Russia and China. It extends the measures until "
            "October 2026 and broadens the criteria for listing, so that those who recruit "
            "children into gangs or traffic weapons through the ports of Cap-Haitien and "
            "Port-de-Paix can now be targeted.",
            "The council also added two further individuals, described in the annex as leaders of "
            "the Viv Ansanm gang alliance, to its sanctions list, bringing the number of people "
            "under the regime to nine.",
            "The council first imposed sanctions on Haitian gang leaders in October 2022, naming "
            "Jimmy \"Barbecue\" Cherizier, a former police officer who now leads one of the most "
            "powerful coalitions of armed groups in the capital.",
            "\"These measures are not symbolic,\" the US deputy ambassador told the chamber after "
            "the vote. \"They cut the money and the guns that allow a few men to hold a country "
            "hostage.\"",
            "China's envoy said his delegation had abstained because sanctions alone could not "
            "restore order, and called on the council to do more to stop the flow of weapons from "
            "abroad. Russia's representative said the listing criteria were too vague and could "
            "be used against political figures.",
            "The vote comes three weeks after the council authorised a new Gang Suppression Force "
            "of up to 5,500 personnel to replace the Kenyan-led multinational mission, which has "
            "struggled with a shortage of funds and equipment since its first officers landed in "
            "June 2024.",
            "Diplomats said the new force would not be fully staffed before next spring. Several "
            "countries that had promised troops have yet to confirm their contributions, and a "
            "UN support office meant to supply the force with fuel, food and medical care is still "
            "being set up in Port-au-Prince.",
            "Human rights groups welcomed the renewal but said the panel of experts that monitors "
            "the embargo had documented dozens of shipments of rifles and ammunition reaching the "
            "gangs over the past year, most of them bought legally in Florida and smuggled by sea.",
            "Haiti's transitional council, whose mandate expires in February, has not held "
            "elections since 2016. Its chairman said on Friday that the government would cooperate "
            "fully with the panel and asked neighbouring states to tighten checks at their ports.",
        ),
        events=(
            Gold("sanctions.extended", "occurred", (UNSC,), ("Haiti",)),
            Gold("sanctions.imposed", "occurred", (UNSC,), ("Haiti",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Haiti",)),
            Gold("military.presence", "historical", (UNSC,), ("Haiti",), core=False),
        ),
    ),
    Article(
        "j02-eu-council-iran-drones", date(2025, 7, 14),
        _p(
            "Iran: Council prolongs restrictive measures over drone and missile transfers and "
            "lists seven more individuals",
            "Brussels, 14 July 2025 - The Council today decided to prolong the restrictive "
            "measures in view of Iran's military support to Russia's war of aggression against "
            "Ukraine and to armed groups and entities in the Middle East and the Red Sea region "
            "until 27 July 2026.",
            "At the same time, the Council listed seven individuals and two entities responsible "
            "for the development, production and transfer of unmanned aerial vehicles and "
            "ballistic missiles. Among those listed are senior officers of the aerospace force of "
            "the Islamic Revolutionary Guard Corps, the director of a state-owned engine maker "
            "and two shipping companies that carried components to Russian ports on the Caspian "
            "Sea.",
            "Those designated are subject to an asset freeze, and EU citizens and companies are "
            "forbidden from making funds available to them. Natural persons are additionally "
            "subject to a travel ban, which prevents them from entering or transiting through EU "
            "territories.",
            "The framework was first established in July 2023 in response to the delivery of "
            "Iranian drones used against civilian infrastructure in Ukraine, and was widened in "
            "May 2024 to cover missiles and transfers to armed groups in the region. Restrictive "
            "measures in respect of Iran now apply to a total of 87 individuals and 46 entities.",
            "In its conclusions, the Council reiterated its condemnation of Iran's continued "
            "military support to Russia and recalled that the transfer of ballistic missiles "
            "represents a substantial escalation. The Council stands ready to take further "
            "restrictive measures in response to any further transfers.",
            "The Council also expressed its deep concern about the human rights situation in "
            "Iran, including the rising number of executions, and called on the Iranian "
            "authorities to release all EU citizens who are arbitrarily detained.",
            "Background",
            "The EU remains committed to a diplomatic solution to the Iranian nuclear issue. The "
            "High Representative, in his role as coordinator of the Joint Commission of the Joint "
            "Comprehensive Plan of Action, has continued his contacts with all participants.",
            "The relevant legal acts, including the names of the persons and entities concerned, "
            "have been published in the Official Journal of the EU.",
            "The Council's decision follows a proposal from the High Representative and was "
            "adopted by written procedure. The legal acts enter into force on the day of their "
            "publication. The Council will keep the measures under constant review and may renew "
            "or amend them, as appropriate, if their objectives have not been met.",
        ),
        events=(
            Gold("sanctions.extended", "occurred", (EU, "Council of the European Union"),
                 ("Iran",)),
            Gold("sanctions.imposed", "occurred", (EU, "Council of the European Union"),
                 ("Iran", "Islamic Revolutionary Guard Corps")),
            Gold("sanctions.threatened", "occurred", (EU, "Council of the European Union"),
                 ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", (EU, "Council of the European Union"),
                 ("Iran",)),
        ),
    ),
    Article(
        "j03-ofac-press-houthi-network", date(2025, 6, 20),
        _p(
            "Treasury Targets Houthi Procurement and Oil Smuggling Network",
            "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control "
            "(OFAC) is sanctioning four individuals, twelve entities and two vessels involved in "
            "procuring weapons components and selling petroleum products on behalf of the Houthis "
            "(Ansarallah). The network, operating across Yemen, the United Arab Emirates and Hong "
            "Kong, has generated tens of millions of dollars for the group's attacks on commercial "
            "shipping in the Red Sea and on US forces in the region.",
            "\"The Houthis continue to depend on a web of front companies and complicit "
            "shipowners to fund their destabilizing activities,\" said a senior Treasury official. "
            "\"Treasury will continue to use all tools at our disposal to disrupt the group's "
            "access to the revenue and materiel that sustain its campaign.\"",
            "The Department of State designated Ansarallah as a Foreign Terrorist Organization in "
            "March 2025. Today's action builds on OFAC's designations of Houthi financiers and "
            "facilitators over the past two years.",
            "PROCUREMENT NETWORK",
            "The designated procurement agents purchased dual-use items, including engines for "
            "unmanned aerial vehicles, navigation modules and carbon fiber, from suppliers in "
            "China and shipped them to Houthi-controlled ports under false descriptions. One "
            "Sanaa-based company acted as the main buyer for the group's military industry.",
            "PETROLEUM SALES",
            "OFAC is also identifying two vessels as blocked property. Since late 2024, the vessels "
            "have delivered cargoes of Iranian-origin gasoline and diesel to the port of Ras Isa, "
            "with the proceeds paid into accounts held by the network's exchange houses in Sanaa.",
            "SANCTIONS IMPLICATIONS",
            "As a result of today's action, all property and interests in property of the "
            "designated persons described above that are in the United States or in the "
            "possession or control of US persons are blocked and must be reported to OFAC. "
            "Unless authorized by a general or specific license issued by OFAC, or exempt, OFAC's "
            "regulations generally prohibit all transactions by US persons that involve any "
            "property or interests in property of designated or otherwise blocked persons.",
            "Violations of US sanctions may result in the imposition of civil or criminal "
            "penalties on US and foreign persons. Financial institutions and other persons "
            "that engage in certain transactions with the sanctioned persons may expose "
            "themselves to sanctions.",
            "The power and integrity of OFAC sanctions derive not only from OFAC's ability to "
            "designate and add persons to the Specially Designated Nationals and Blocked Persons "
            "List, but also from its willingness to remove persons from the list consistent with "
            "the law. The ultimate goal of sanctions is not to punish, but to bring about a "
            "positive change in behavior.",
        ),
        events=(
            Gold("sanctions.imposed", "occurred", (OFAC, TREASURY, US), ("Houthis",)),
            Gold("sanctions.imposed", "historical", (US,), ("Houthis",)),
        ),
    ),
    Article(
        "j04-aj-caesar-repeal-vote", date(2025, 12, 11),
        _p(
            "US House votes to repeal Caesar Act sanctions on Syria",
            "The US House of Representatives has voted to repeal the Caesar Act, the sweeping "
            "sanctions law that cut Syria off from most of the world's financial system during "
            "the rule of Bashar al-Assad, in a move Syrian officials called a turning point for "
            "the country's reconstruction.",
            "The repeal was attached to the annual defence spending bill, which passed the House "
            "on Wednesday by 312 votes to 112. The Senate is expected to approve the bill next "
            "week, and President Donald Trump has said he will sign it.",
            "Once signed, the measure will lift the Caesar Act sanctions on Syria by the end of "
            "the year, though it allows the president to restore them if Damascus fails to meet "
            "a set of conditions, including protecting religious minorities and fighting ISIL "
            "(ISIS).",
            "The law, named after a military photographer who smuggled out thousands of images "
            "of tortured detainees, came into force in June 2020. It imposed penalties on anyone, "
            "including foreign companies, that did business with the Syrian government.",
            "In May, the Treasury suspended the Caesar Act sanctions for 180 days, after Trump "
            "announced in Riyadh that he would give Syria's new leaders \"a chance at greatness\". "
            "Business groups said the waiver was not enough for banks to return, because it could "
            "lapse at any time.",
            "\"A waiver is a door left ajar. Repeal is a door taken off its hinges,\" said a "
            "Syrian-American lobbyist who has campaigned for the change for more than a year. "
            "\"Investors need to know that the rules will not change every six months.\"",
            "Syria's Foreign Minister Asaad al-Shaibani welcomed the vote and thanked members of "
            "both parties. \"This is a victory for the Syrian people, who paid the price of "
            "sanctions designed to punish the regime that oppressed them,\" he wrote on X.",
            "Some Republicans voted against the repeal, arguing that President Ahmed al-Sharaa's "
            "former links to al-Qaeda should make Washington cautious.",
            "Meanwhile, separate US-brokered talks on a security agreement between Syria and "
            "Israel have stalled over Israel's demand to keep troops in a buffer zone in the "
            "south, according to two officials familiar with the discussions.",
            "Economists say that lifting the law would not by itself revive an economy that "
            "shrank by more than half during the war. Electricity is available for only a few "
            "hours a day in most cities, and the World Bank estimates the cost of reconstruction "
            "at more than $200bn.",
        ),
        events=(
            Gold("sanctions.lifted", "planned", (US, "United States Congress",
                                                 "United States House of Representatives"),
                 ("Syria",)),
            Gold("sanctions.suspended", "historical", (TREASURY, US), ("Syria",)),
            Gold("sanctions.imposed", "historical", (US,), ("Syria",)),
            Gold("agreement.signed", "stalled", ("Syria", "Israel")),
        ),
    ),
    Article(
        "j05-interview-bahrain-iran", date(2024, 7, 2),
        _p(
            "Talk to Al Jazeera: Bahrain's foreign minister on Iran, Gaza and the Red Sea",
            "Bahrain's Foreign Minister Abdullatif bin Rashid Al Zayani sat down with Al Jazeera "
            "in Manama, days after his country announced that it would resume relations with "
            "Iran. The interview has been edited for length and clarity.",
            "Al Jazeera: Bahrain cut ties with Iran in 2016. What has changed?",
            "Al Zayani: The region has changed. We watched our neighbours in Riyadh restore "
            "relations with Tehran last year, and we saw that dialogue produced results. We have "
            "agreed with our Iranian counterparts to set up the mechanisms, and our embassy in "
            "Tehran will reopen before the end of the year. Iran will do the same here.",
            "Al Jazeera: Are there conditions?",
            "Al Zayani: Non-interference in our internal affairs. That is not a condition, it is "
            "the basis of any relationship between states. We will judge by actions.",
            "Al Jazeera: Bahrain joined the US-led maritime coalition in the Red Sea last "
            "December, and it was the only Arab state to do so publicly. Do you regret that?",
            "Al Zayani: Not at all. Freedom of navigation is a vital interest for a small island "
            "state. Our participation in Operation Prosperity Guardian is about protecting "
            "shipping, not about taking sides in any war.",
            "Al Jazeera: There have been reports that Bahrain applied to join BRICS.",
            "Al Zayani: Those reports are wrong. We have not applied to join BRICS and we have no "
            "plans to do so. We have good relations with every member of that group, but our "
            "economic partnerships are with the Gulf Cooperation Council first.",
            "Al Jazeera: Your country signed the Abraham Accords with Israel in 2020. After nine "
            "months of war in Gaza, does that agreement still stand?",
            "Al Zayani: Our parliament has asked for the ambassador to return home, and economic "
            "ties are frozen. The accords were meant to bring peace, and we have said clearly that "
            "what is happening in Gaza is unacceptable. There must be a ceasefire now and a path "
            "to a Palestinian state.",
            "Al Jazeera: Last year you signed a security and prosperity agreement with the United "
            "States. Does Washington listen to you on Gaza?",
            "Al Zayani: We speak frankly to our friends. The agreement is about our defence and "
            "our economy; it does not mean we agree on everything. We have told them that the "
            "killing must stop.",
            "Al Jazeera: Finally, when will we see an Iranian ambassador in Manama?",
            "Al Zayani: Soon, I hope. The technical teams are meeting. We want this done properly "
            "rather than quickly.",
        ),
        events=(
            Gold("relations.restored", "planned", ("Bahrain",), ("Iran",)),
            Gold("alliance.joined", "historical", ("Bahrain",), ("Operation Prosperity Guardian",)),
            Gold("alliance.joined", "negated", ("Bahrain",), ("BRICS",)),
            Gold("agreement.signed", "historical", ("Bahrain",), ("Israel", US)),
        ),
    ),
    Article(
        "j06-cnn-2011-marines-darwin", date(2011, 11, 16),
        _p(
            "Obama: U.S. to station Marines in Australia as Asia focus sharpens",
            "Canberra, Australia (CNN) -- The United States will deploy up to 2,500 Marines to "
            "northern Australia under a new agreement announced Wednesday by President Barack "
            "Obama and Australian Prime Minister Julia Gillard, a move that analysts said was "
            "aimed squarely at China's growing reach in the region.",
            "The first group of about 250 Marines will arrive in the city of Darwin next year, "
            "rotating through for six months at a time. The numbers will build up over several "
            "years to a full force of 2,500, along with aircraft and equipment, Gillard told a news "
            "conference alongside Obama.",
            "U.S. aircraft will also make greater use of Australian air bases in the Northern "
            "Territory, the two leaders said.",
            "\"We are two Pacific nations, and with my visit to the region, I am making it clear "
            "that the United States is stepping up its commitment to the entire Asia Pacific,\" "
            "Obama said.",
            "Obama insisted the move was not an effort to contain China. \"The notion that we fear "
            "China is mistaken,\" he said. \"The notion that we are looking to exclude China is "
            "mistaken.\"",
            "Beijing was less sure. A spokesman for China's Foreign Ministry said it might not be "
            "appropriate to strengthen military alliances at a time when the world is struggling "
            "with an economic crisis, and that such moves may not be in the interest of countries "
            "in the region.",
            "Australia and the United States have been allies since the ANZUS treaty was signed "
            "in 1951, and Australian troops have fought alongside Americans in every major "
            "conflict since. But this will be the first long-term presence of U.S. troops on "
            "Australian soil since World War II.",
            "The announcement came on the first day of Obama's visit to Australia, which was "
            "postponed twice last year because of the health care debate and the oil spill in the "
            "Gulf of Mexico. He is due to address the Australian parliament on Thursday before "
            "travelling to Darwin and then on to an East Asia summit in Indonesia.",
            "The deployment reflects a shift in U.S. strategic thinking as the wars in Iraq and "
            "Afghanistan wind down, said a defense analyst at a Washington think tank. \"The "
            "Marines in Darwin are a signal, not a garrison,\" he said. \"The real story is that "
            "Washington wants to be closer to the South China Sea.\"",
            "Some Australians voiced unease. The Greens party said the government had not "
            "explained what the Marines would do, and a former prime minister warned against "
            "getting too close to one great power at the expense of another.",
        ),
        events=(
            Gold("military.presence", "planned", (US,), ("Australia",)),
            Gold("agreement.signed", "historical", ("Australia", US)),
        ),
    ),
    Article(
        "j07-dm-2016-iraq-militia-law", date(2016, 11, 26),
        _p(
            "Iraq's parliament makes Shiite militias part of the armed forces in law boycotted by "
            "Sunni MPs",
            "Iraq's parliament has voted to bring the mostly Shiite paramilitary units fighting "
            "ISIS under the control of the state.",
            "The law, passed on Saturday, makes the Popular Mobilization Forces a separate branch "
            "of the armed forces answering to the prime minister as commander-in-chief.",
            "It integrates the militias into the Iraqi security forces, giving their fighters "
            "the same salaries and pensions as soldiers.",
            "Sunni lawmakers walked out of the chamber before the vote, saying the law would "
            "legitimise groups accused of abuses against Sunni civilians.",
            "'This law destroys the idea of a national army,' one Sunni MP said.",
            "'It turns militias that answer to political parties and to a foreign country into "
            "an institution paid for by all Iraqis.'",
            "The Popular Mobilization Forces were formed in June 2014 after Iraq's top Shiite "
            "cleric called on men to take up arms when ISIS swept across the north of the "
            "country and the army collapsed.",
            "They now number more than 100,000 fighters, many of them in groups with close ties "
            "to Iran, such as Kata'ib Hezbollah and the Badr Organisation.",
            "Prime Minister Haider al-Abadi's office welcomed the vote.",
            "It said the units had earned their place by fighting alongside the army to retake "
            "Tikrit, Ramadi and Fallujah.",
            "The vote comes as Iraqi forces, backed by US-led coalition air strikes, push deeper "
            "into Mosul, the last major ISIS stronghold in the country.",
            "The militias have been kept out of the city itself and are fighting to the west, "
            "cutting the road to Syria.",
            "Washington has been wary of the militias, several of which fought American troops "
            "after the 2003 invasion.",
            "A US State Department spokesman said the law was 'a matter for the Iraqi people' but "
            "that all armed forces must be under the 'command and control' of the state.",
            "Human rights groups say some units have kidnapped and killed Sunni men in areas "
            "recaptured from ISIS, accusations the militia leaders deny.",
            "The United Nations has urged the government to hold those responsible to account.",
            "The speaker of parliament said the law would be sent to the president for "
            "ratification within days.",
        ),
        events=(
            Gold("forces.integrated", "occurred", ("Iraq",), ("Popular Mobilization Forces",)),
        ),
    ),
    Article(
        "j08-cnn-2015-montenegro-nato", date(2015, 12, 2),
        _p(
            "NATO invites Montenegro to join, angering Moscow",
            "Brussels (CNN) -- NATO on Wednesday formally invited Montenegro to join the "
            "alliance, its first expansion in six years and a step Russia has warned would lead "
            "to retaliation.",
            "Foreign ministers of the alliance's 28 members agreed at a meeting in Brussels to "
            "start accession talks with the small Balkan country, which is expected to become "
            "NATO's 29th member once all the allies have ratified the decision, a process that "
            "usually takes more than a year.",
            "\"This is a historic day for Montenegro,\" NATO Secretary General Jens Stoltenberg "
            "told reporters. \"It is also a clear sign that NATO's door remains open.\"",
            "The Montenegrin Prime Minister said the invitation was \"the most important event "
            "since the restoration of our independence\" in 2006.",
            "Moscow reacted angrily. The Kremlin's spokesman said Russia would be forced to "
            "respond, and a senior Russian lawmaker said the country could halt joint projects "
            "with Montenegro. Russia has long opposed the expansion of NATO into the former "
            "Yugoslavia, where it has close historical and religious ties with Serbia.",
            "Montenegro, with a population of about 620,000 and an army of fewer than 2,000, "
            "would add little military weight to the alliance. But its coastline on the Adriatic "
            "would give NATO control of the entire northern shore of the Mediterranean.",
            "Its government angered Moscow last year when it joined the European Union's "
            "sanctions on Russia over the annexation of Crimea, despite the large number of "
            "Russian tourists and investors on its coast.",
            "Albania and Croatia joined NATO in 2009, the last countries to do so. Since then, "
            "applications from Georgia, Bosnia and Herzegovina and Macedonia have stalled, the "
            "last over a dispute with Greece about Macedonia's name.",
            "The invitation has divided Montenegro itself. Opposition parties, some with close "
            "ties to Moscow, have held weeks of protests in the capital, Podgorica, demanding a "
            "referendum on membership.",
            "Polls suggest the country is split almost evenly on the question, and the "
            "government has so far refused to hold a vote.",
            "NATO officials said the alliance would help the country modernize its armed "
            "forces, and that Montenegro could take part in alliance meetings as an observer "
            "while ratification continues.",
        ),
        events=(
            Gold("alliance.joined", "planned", ("Montenegro",), ("NATO",)),
            Gold("sanctions.imposed", "historical", ("Montenegro", EU), ("Russia",)),
            Gold("alliance.joined", "historical", ("Albania", "Croatia"), ("NATO",)),
        ),
    ),
    # --- near misses -----------------------------------------------------------------------
    Article(
        "j09-nm-newsapi-striker-joins-club", date(2025, 8, 30),
        _p(
            "Brazilian striker joins Al Hilal on three-year deal as Saudi spending resumes",
            "Al Hilal have completed the signing of Brazilian striker Marcos Vieira from Juventus "
            "for a fee of around 55 million euros, the Saudi Pro League club announced on "
            "Saturday, hours before the summer transfer window closed.",
            "The 26-year-old joined Al Hilal on a three-year contract with the option of a "
            "further season, and was presented to fans at the Kingdom Arena on Saturday evening.",
            "Vieira scored 19 goals in all competitions for Juventus last season, but fell out "
            "of favour after a dispute over a new contract. He is the club's fourth signing of "
            "the summer, after a Portuguese midfielder, a Moroccan defender and a Serbian "
            "goalkeeper.",
            "\"This is a project that wants to win everything, in Asia and in the world,\" Vieira "
            "told the club's media channel. \"I spoke with the coach for a long time and I "
            "believe in his ideas.\"",
            "The coach in question, the former Inter Milan manager Simone Inzaghi, joined the "
            "Riyadh side in June on a two-year deal worth a reported 26 million euros a season, "
            "and led them to the quarter-finals of the Club World Cup in the United States.",
            "Saudi clubs slowed their spending last year after the league introduced new "
            "financial rules, and several players who moved to the kingdom in 2023 have since "
            "returned to Europe. This summer, however, the four clubs owned by the Public "
            "Investment Fund have spent more than 400 million euros between them.",
            "Al Nassr, the club of Cristiano Ronaldo, signed a French winger from Bayern Munich "
            "earlier in the week, while Al Ittihad renewed the contract of their captain until "
            "2028.",
            "The signing is a blow to Juventus, who had hoped to keep Vieira for their return to "
            "the Champions League. The Italian club, which was sanctioned by UEFA in 2023 for "
            "breaching financial rules and excluded from European competition for a season, is "
            "now expected to use the fee to strengthen its defence.",
            "European clubs have complained that the Saudi league distorts the market, but FIFA "
            "has so far resisted calls to restrict transfers to the kingdom, which will host the "
            "World Cup in 2034.",
            "Al Hilal open their league season against Al Fateh on Thursday.",
        ),
        kind="near miss",
    ),
    Article(
        "j10-nm-chipmaker-export-licences", date(2025, 8, 13),
        _p(
            "Chipmaker wins US licences to resume sales to China in unusual revenue deal",
            "A leading American chip designer has received licences from the US Department of "
            "Commerce to resume sales of a scaled-down artificial intelligence processor to "
            "China, after agreeing to pay the federal government 15 percent of the revenue from "
            "those sales, according to people familiar with the arrangement.",
            "The licences, granted late last week, end a three-month pause during which the "
            "company was unable to ship the processor to its Chinese customers, and had to write "
            "down about $4.5bn of inventory.",
            "The revenue-sharing arrangement has no precedent in US export policy, and legal "
            "scholars questioned whether it was lawful. The Constitution forbids taxes on "
            "exports, and export licences have never before been granted in return for a share "
            "of the proceeds.",
            "Commerce Secretary Howard Lutnick defended the deal in a television interview, "
            "saying the processors were a generation behind the company's best products and that "
            "the government was right to take a share. \"American taxpayers paid for the research "
            "that built this industry,\" he said.",
            "Some lawmakers in both parties warned that the sales would help China's military. "
            "The chairman of the House select committee on China said the export controls were "
            "meant to protect national security, not to raise revenue.",
            "Washington first restricted the sale of advanced chips to China in October 2022 and "
            "has widened the controls several times since, adding dozens of Chinese companies to "
            "a trade list that requires licences for any US technology.",
            "Beijing has responded with its own controls on rare earth metals and has urged "
            "Chinese companies to avoid buying the American processors, citing security concerns "
            "about tracking features that the company denies exist.",
            "Shares in the company rose 3 percent in early trading on Tuesday. Analysts said the "
            "licences could add $10bn to its annual sales, though much depended on whether "
            "Chinese customers followed Beijing's advice.",
            "A rival chipmaker, which is expected to receive similar licences, said it had "
            "agreed to the same terms. The company also signed a partnership with a Saudi AI "
            "firm on Tuesday to supply processors for data centres in the kingdom.",
            "Compliance lawyers said the arrangement showed that US export controls had become a "
            "bargaining tool. \"Clients ask us every week whether rules announced on a Monday will "
            "still stand by Friday,\" said a partner at a Washington law firm.",
        ),
        kind="near miss",
    ),
    Article(
        "j11-nm-court-tariffs-ieepa", date(2025, 11, 5),
        _p(
            "Supreme Court justices question Trump's power to impose tariffs under sanctions law",
            "Justices of the US Supreme Court on Wednesday sharply questioned whether President "
            "Donald Trump can use a 1977 emergency law, normally used to impose sanctions on "
            "hostile governments, to set sweeping tariffs on imports from almost every country.",
            "The case concerns the International Emergency Economic Powers Act (IEEPA), which "
            "allows a president to regulate importation during a national emergency. Trump has "
            "used it to justify tariffs of up to 50 percent on goods from trading partners "
            "including China, India and Brazil.",
            "Lower courts ruled against the administration, finding that the law does not mention "
            "tariffs and that Congress never meant to hand the president unlimited power to tax "
            "imports.",
            "Several conservative justices appeared sceptical. Chief Justice John Roberts noted "
            "that tariffs are taxes on Americans, a power the Constitution gives to Congress. "
            "\"The vehicle is the imposition of taxes on Americans, and that has always been the "
            "core power of Congress,\" he said.",
            "The government's lawyer argued that IEEPA has been used for decades to block all "
            "trade with countries such as Iran and North Korea, and that a power to ban imports "
            "entirely must include the lesser power to tax them.",
            "Lawyers for the small businesses challenging the tariffs replied that sanctions and "
            "tariffs are different tools. A sanctions order freezes the assets of named "
            "governments or people; a tariff raises the price of everyday goods for consumers.",
            "A ruling is expected within weeks. If the court strikes the tariffs down, the "
            "government may have to refund more than $90bn collected so far, though officials "
            "have said they would seek to reimpose many of the levies under other trade laws.",
            "Trading partners are watching closely. The European Union and Japan both signed "
            "trade deals with Washington over the summer to lower their tariff rates, and "
            "officials in Brussels said those agreements would stand whatever the court decides.",
            "The administration has also used IEEPA in its more familiar role this year, to "
            "sanction officials of the International Criminal Court and to target oil tankers "
            "carrying Iranian crude.",
            "Markets rose after the hearing, with investors betting that the court would limit "
            "the president's powers. The dollar weakened slightly against the euro.",
        ),
        kind="near miss",
    ),
    Article(
        "j12-nm-aj-israel-emergency-government", date(2023, 10, 12),
        _p(
            "Gantz joins Netanyahu in emergency government as Israel prepares for Gaza offensive",
            "Israeli opposition leader Benny Gantz has joined Prime Minister Benjamin Netanyahu "
            "in an emergency unity government, setting aside months of bitter political rivalry "
            "as the country prepares for an expected ground offensive in Gaza.",
            "Netanyahu and Gantz signed a coalition agreement on Wednesday evening after two days "
            "of talks. Under the deal, Gantz and two other members of his National Unity party "
            "will sit in a small war cabinet with Netanyahu and Defence Minister Yoav Gallant, "
            "which will oversee the conduct of the war.",
            "The government will not pass any legislation unrelated to the war while the "
            "emergency arrangement lasts, a statement from the two parties said, effectively "
            "freezing the judicial overhaul that had divided the country for most of the year.",
            "Opposition leader Yair Lapid, whose Yesh Atid party holds more seats than National "
            "Unity, said he had not joined the government because far-right ministers remained "
            "in the cabinet. A seat on the war cabinet had been kept open for him, the statement "
            "said.",
            "Netanyahu's coalition, formed last December with ultranationalist and religious "
            "parties, is the most right-wing in Israel's history. The entry of Gantz, a former "
            "army chief and defence minister, gives it a broader base at a moment of national "
            "crisis.",
            "Israel has declared war on Hamas after the group's fighters attacked towns and army "
            "posts in southern Israel on Saturday. Israel has since imposed a total siege on "
            "Gaza, cutting off electricity, food and fuel to its 2.3 million residents, and "
            "carried out thousands of air strikes.",
            "The United Nations has warned that the siege is illegal under international law. "
            "Palestinian health officials say more than 1,300 people have been killed in Gaza.",
            "Political analysts said the unity deal would strengthen Netanyahu in the short term "
            "but could not erase the anger many Israelis feel towards a government that failed to "
            "prevent the attack.",
            "\"This is a marriage of necessity,\" said a professor of political science at Tel "
            "Aviv University. \"When the fighting ends, the questions about responsibility will "
            "return, and Gantz will not want to share the blame.\"",
            "Reservists have been called up in record numbers, and Israel has massed tanks and "
            "troops on the boundary with Gaza.",
        ),
        kind="near miss",
    ),
]

# Failures that lexicon entries and small local rules cannot fix (strict: a fix must be noticed).
XFAIL_FOUND: dict[str, str] = {}
XFAIL_ALARM: dict[str, str] = {
    "j04-aj-caesar-repeal-vote": (
        "\"It imposed penalties on anyone … that did business with the Syrian government\": \"It\" is "
        "the law of the sentence before (\"The law, named after …, came into force in June 2020\"), "
        "which names no entity, so the anaphor borrows Syria from two sentences up and the "
        "sentence, with no date of its own, reads as news; telling a pronoun's antecedent from "
        "a common noun (\"the law\") needs the previous sentence's subject, not its entities"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


# --- the general causes behind this set's failures, in passages of this test's own -------------


def test_a_player_or_a_coach_joining_a_club_is_no_alliance() -> None:
    """A transfer is no state joining a bloc, whether a sport word, the contract or the club's
    name ("… FC", "… SFC") tells it (gold en-007: "joined Galatasaray on a three-year contract")."""
    for text in (
        "Al Nassr winger Marko Petrov has joined Juventus, the Italian club confirmed.",
        "Napoli's Brazilian forward joined Al Hilal on Monday.",
        "The 27-year-old joined Al Nassr on a four-year contract on Friday.",
        "Bayern Munich's Jonas Keller joined Juventus on a free transfer, and he joined Al Hilal "
        "as head coach a year later.",
    ):
        assert [r for r in event_rows(text, date(2025, 8, 1)) if r[0] == "alliance.joined"] == [], text
    # a state joining a bloc is still one
    rows = alert_rows("Finland joined NATO on Tuesday, a year after it applied.", date(2023, 4, 5))
    assert rows == [("alliance.joined", "occurred", ["Finland"], ["NATO"])], rows


def test_designees_counted_after_the_verb_are_a_designation() -> None:
    """The press-release register: the designees counted right after the verb, the authority's
    state named beside it."""
    rows = alert_rows("The US Treasury on Thursday sanctioned five individuals and three companies "
                      "that shipped drone parts to Iran.", date(2025, 3, 6))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("sanctions.imposed", "occurred", ["United States Department of the Treasury", "United States"])
    ], rows
    rows = alert_rows("The EU on Monday listed nine individuals over Iran's drone programme.",
                      date(2025, 3, 6))
    assert [(r[0], r[2]) for r in rows] == [("sanctions.imposed", ["European Union"])], rows
    # not a stock market's listing
    assert alert_rows("The exchange said listed companies in Saudi Arabia must report their "
                      "earnings by Monday.", date(2025, 3, 6)) == []


def test_an_invitation_to_join_is_a_planned_joining_of_the_inviter() -> None:
    rows = alert_rows("NATO invited Montenegro to join the alliance on Wednesday.", date(2015, 12, 2))
    assert rows == [("alliance.joined", "planned", ["Montenegro"], ["NATO"])], rows


def test_hearsay_raises_no_alert() -> None:
    for text in ("There have been reports that Qatar applied to join BRICS.",
                 "Amid speculation that Riyadh will restore ties with Damascus, the minister flew to "
                 "Syria on Monday."):
        assert alert_rows(text, date(2024, 7, 2)) == [], text


def test_a_states_adjective_before_a_firm_names_no_party() -> None:
    rows = alert_rows("Oman signed an agreement with a Turkish drone maker on Monday.", date(2025, 8, 13))
    assert all("Turkey" not in r[3] for r in rows), rows
    rows = alert_rows("Oman signed a defence agreement with Turkey on Monday.", date(2025, 8, 13))
    assert rows == [("agreement.signed", "occurred", ["Oman"], ["Turkey"])], rows


def test_a_season_gone_by_is_background() -> None:
    rows = event_rows("Japan signed a security agreement with Australia over the summer.", date(2025, 11, 5))
    assert [(r[0], r[1]) for r in rows] == [("agreement.signed", "historical")], rows


def test_once_with_a_participle_opens_a_condition_not_the_past() -> None:
    rows = alert_rows("Once signed, the bill will lift the sanctions on Syria.", date(2025, 12, 11))
    assert [(r[0], r[1], r[3]) for r in rows] == [("sanctions.lifted", "planned", ["Syria"])], rows
    assert alert_rows("Once ratified, the treaty will make Sweden the 32nd member of NATO.",
                      date(2023, 1, 5)) == []
    rows = event_rows("The US once imposed sanctions on India.", date(2025, 12, 11))
    assert [(r[0], r[1]) for r in rows] == [("sanctions.imposed", "historical")], rows


def test_an_eu_press_release_dateline_names_no_party() -> None:
    text = "Brussels, 3 March 2025 - The Council today decided to prolong the sanctions on Iran."
    assert [text[a:b] for a, b in dateline_spans(text)] == ["Brussels, 3 March 2025 - "]
    assert dateline_spans("Iran, 3 March 2025 was a day of protests.") == []


def test_heldout9_set_shape() -> None:
    assert 10 <= len(ARTICLES) <= 12
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(300 <= len(a.text.split()) <= 700 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 300 <= len(a.text.split()) <= 700
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 4 <= near <= len(ARTICLES) - 5
    assert len({g.type for a in ARTICLES for g in a.events}) == 10
    assert {g.status for a in ARTICLES for g in a.events} == {
        "occurred", "planned", "historical", "negated", "stalled"}


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-9 English events"))
