"""Ninety-sixth English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms of Europe, Africa and the Americas: a San José Nicaraguan exile site's
English edition, a Minsk business weekly, a Mogadishu radio station's English news page, a Malian
diaspora network's page in Washington, a Helsinki business radio's English web service, a
Copenhagen English-language weekly, a Zurich export letter, a Mexico City news site's English
service, a Kiel daily's defence page (English summary), a Benelux defence newsletter in Brussels,
a Buenos Aires rugby weekly's English page and an Accra commodities letter. The episodes, of
2014-2025, are ones that the earlier sets (up to set 94 English and 80 Arabic), as far as a search
of their docstrings and article texts for the states, bodies, people and numbers shows, do not carry
as core news: the European Union listing Rosario Murillo and seven other Nicaraguan officials
(August 2021: set 32 carries the bloc's renewal of 2023 and names the first listings of May 2020);
the European Union lifting its sanctions on Alexander Lukashenko and 169 other Belarusians (February
2016: set 29 carries the four-month suspension of October 2015); the Security Council extending
until October 2014 the partial suspension of the Somalia arms embargo (March 2014: set 72 carries
the first suspension, resolution 2093 of 2013); Joe Biden continuing the national emergency with
respect to Mali (July 2022: set 72 carries the continuation of 2024, a separate yearly decision);
Donald Trump threatening Russia with "large-scale banking sanctions" until a ceasefire (March
2025); the Danish referendum that ends the defence opt-out, Denmark to join the EU's common security
and defence policy on 1 July (June 2022: set 25 carries Denmark joining PESCO in 2023 and names the
abolished opt-out as background); the EFTA states and Mercosur signing their free trade agreement in
Rio de Janeiro (September 2025); Bolivia and Mexico restoring full relations after Arce took office
(November 2020); the German navy's Sea Battalion integrated into the Royal Netherlands Navy (February
2016: sets 87 and 94 name the Dutch brigades placed in German divisions, not the marines); Belgian
special forces deployed to Niger in Operation New Nero (March 2018); and two near misses (a Buenos
Aires rugby round-up where a union "lifted the ban on visiting supporters that it imposed" on a club
it "sanctioned", a player is "suspended", a board "threatened" to dock points, a coach's contract is
"extended", a club "signed an agreement" with a French club and "joined an alliance" of amateur
clubs, floodlights are "restored", fields "integrated" and players "deployed"; an Accra cocoa letter
where a cooperative "signed an agreement" with a Swiss chocolate maker and "joined an alliance" of
producer groups, a regulator "lifted the freeze ... that it imposed", "restored" licences it had
"suspended", "sanctioned" buyers and "threatened" a third, loan talks are "extended", officers
"deployed" and plantations "integrated").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: Denmark that "will join the European Union's common security and defence policy on 1
July"), beside historical, negated, stalled, planned and occurred background.

Decisions of the annotation: the European Union that "imposed sanctions on Vice-President Rosario
Murillo ... and seven other Nicaraguan officials" imposes (core; Nicaragua and Murillo the
targets); "The Union has not listed President Ortega himself" a negated imposition, the six officials
"the bloc listed in May 2020" a historical imposition and the United States that "has sanctioned
Murillo since November 2018" a historical imposition; Costa Rica, the outlet's host, is no party.
The European Union that "lifted its sanctions on President Alexander Lukashenko and 169 other
Belarusians" lifts (core); "The arms embargo on Belarus was not lifted" a negated lifting, the
measures "already ... suspended for four months in October" a historical suspension, the visa ban
"first imposed ... in 2006" a historical imposition, and the United States that "has not lifted its
own sanctions" but "has suspended them for six months at a time since October" a negated lifting and
a historical suspension; Poland and Lithuania, named as markets, are no party. The Security Council
that "extended until 25 October the partial suspension of the arms embargo on Somalia" suspends
(core: the extension of a suspension is a suspension, as in set 94); "The council did not lift the
embargo entirely" a negated lifting, the suspension "granted for a year in March 2013" a historical
suspension, the embargo "first imposed in 1992" a historical imposition, the African Union that "has
had troops in Somalia since 2007" a historical presence and the Ethiopian soldiers that "formally
joined the mission in January" a historical joining of AMISOM. Joe Biden who "has extended for one
year the national emergency with respect to Mali, keeping in force the sanctions programme" extends
(core; the United States and Biden actors); the programme "created by an executive order that Donald
Trump signed in July 2019" a historical imposition, "The decision does not lift any of the
designations" a negated lifting, "Washington has not imposed sanctions on the head of the junta,
Colonel Assimi Goïta" a negated imposition, the Russian personnel "in Mali since December" (Wagner)
and the French troops who "arrived in 2013" historical presences, and ECOWAS that "lifted its own
economic sanctions on Mali on 3 July" a historical lifting, its embargo "since January" a historical
imposition; Niger, where the French troops go, is no party. The United States whose president "said
... he was 'strongly considering' large-scale banking sanctions ... on Russia until Moscow agreed to
a ceasefire" threatens (core; Trump an actor, Russia the target); "Mr Trump has not lifted any of
the sanctions" a negated lifting, the Treasury of Joe Biden that "imposed sanctions on the oil
producers Gazprom Neft and Surgutneftegas" on 10 January and the European Union's sixteenth package
of 24 February historical impositions; the pause of weapons and intelligence for Ukraine is no
event, and Finland (the outlet's country) and Saudi Arabia (the next talks) are no party. Denmark
that "will join the European Union's common security and defence policy on 1 July" is a planned
joining (core; the European Union the body); "Denmark has not joined the Permanent Structured
Cooperation" a negated joining, Denmark "a founding member of NATO in 1949" a historical joining,
Finland and Sweden whose "accession is held up by Turkey's objections" a stalled joining, and the
Danish soldiers "in Estonia ... since 2018" a historical presence; Turkey is no party. The EFTA states
and Mercosur that "signed a free trade agreement in Rio de Janeiro" sign (core; the association and
Switzerland, whose minister signed, the actors, Mercosur the target); the EU-Mercosur deal "concluded
in December last year but which has still not been signed" a stalled signing and Bolivia "which
joined the bloc as a full member last year" a historical joining; the talks concluded in July are no
signing, and Germany and Italy (competitors) are no party. Bolivia and Mexico that "have restored full
diplomatic relations and will return ambassadors" restore (core; Bolivia and its foreign minister
the actors, Mexico the target); the relations with the United States that "have not been restored"
a negated restoration of Bolivia; the expulsion of December 2019 has no type, and Spain (its chargé
expelled) and Argentina (where Morales went) are no party. Germany and the Netherlands that "agreed
to integrate the German navy's Sea Battalion into the Royal Netherlands Navy" integrate (core; the
battalion and the navy targets); "the two navies are not being merged" a negated integration, the
Dutch marines that "have formed an amphibious force with the British Royal Marines since 1973", the
11 Airmobile Brigade "integrated into the German Rapid Forces Division in 2014" and the corps
headquarters shared "since 1995" historical integrations, and the Dutch mechanised brigade that
"could be placed under a German armoured division later this year" a planned integration (not core).
Belgium that "has deployed about 80 special forces soldiers to Niger" occurs (core); the United
States that "has had troops in the country since 2013" and the French forces of Barkhane that use
Niamey historical presences, Italy's plan "approved by its parliament in January, has stalled" a
stalled presence, and the Belgian instructors who "have served with the European Union's training
mission since 2013" in Mali a historical presence; Nigeria, named for the border, is no party.
Nothing in the near misses is an event.

Facts I am not sure of: the number and names of the Nicaraguans listed by the EU on 2 August 2021
(I believe eight, Murillo and Juan Carlos Ortega Murillo among them); the three companies delisted
in Belarus in February 2016 (Beltechexport among them, from memory) and the four people kept on the
list; the date of resolution 2142 (5 March 2014, not named in the text) and its list of banned heavy
weapons; the day of Biden's notice on Mali (July 2022) and the deadline of 26 July; the wording of
Trump's post of 7 March 2025 (paraphrased, with two short quotes); the referendum's figures (66.9
percent, turnout about 66 percent); the 97 percent tariff figure of the EFTA-Mercosur agreement and
that Guy Parmelin signed for Switzerland on 16 September 2025; the day Bolivia and Mexico announced
the restoration (about 11 November 2020) and that Rogelio Mayta announced it; the day (4 February
2016) and terms of the Sea Battalion agreement (the share of the Karel Doorman) and the battalion's
size; and the size, base and start of the Belgian mission in Niger (New Nero). The near misses are
composites of routine news, with invented clubs' and firms' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout96_events_en``.

Measured before any fix (on commit 1858255): P 0.733, R 0.900, F1 0.808 (recall 9/10, 11 of 15
alerts right; recall by status: occurred 8/9, planned 1/1; no false alarm, four unexpected alerts,
one of them in a near miss).
No annotation was changed after the run.
Missed: on the Zurich letter, "The four states of the European Free Trade Association and the
Mercosur bloc signed a free trade agreement in Rio de Janeiro on Tuesday" (and the headline's "EFTA
and Mercosur sign free trade agreement in Rio") gives no signing: neither EFTA nor Mercosur is read
as a party of the subject.
Unexpected: on the Helsinki page, "until Moscow agreed to a ceasefire and a final peace settlement
with Ukraine" is an occurred signing of Russia and Ukraine: a condition ("until ... agreed") is read
as an agreement made. On the Kiel page, "The agreement was signed by the German defence minister,
Ursula von der Leyen, and her Dutch counterpart" is an occurred signing with no target (the deal is
the integration, which is found as planned), and "Under the plan it will train and deploy with the
Dutch marines" a planned presence of Germany in the Netherlands: training alongside an ally's unit is
read as troops sent to its territory. On the Accra near miss, the headline "Kumasi cooperative signs
Swiss supply deal" is an occurred signing with Switzerland for target: a supply contract of a
cooperative and a firm is read as a state's agreement.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the San
José site the imposition has Murillo alone for target, and the negated listing of Ortega and the
listings of 2020 and 2018 are not found. On the Minsk weekly the EU's negated lifting has no actor
and the suspension of October is not found. On the Mogadishu page the core suspension is found from
"extended" (the extension of a suspension), and the earlier suspension, the embargo of 1992, the
African Union's presence and Ethiopia joining AMISOM are not found. On the Washington page the
extension has no Biden, the negated lifting has the United States for target, the French presence
since 2013 is read as negated (from "are leaving"), and the order of 2019, ECOWAS's embargo and the
Russian presence are not found. On the Helsinki page the threat has Trump and no United States. On
the Copenhagen weekly the Permanent Structured Cooperation's negated joining also has the European
Union, the European Defence Agency projects give an occurred joining (Denmark matches the core
planned joining), the stalled NATO joining of Finland and Sweden is read as historical, and NATO's
joining of 1949 and the presence in Estonia are not found. On the Zurich letter neither the stalled
EU-Mercosur deal nor Bolivia's joining is found. On the Mexico City site the restoration has Mexico
as a second actor and no target, and the negated restoration with the United States is not found.
On the Kiel page the core integration is read as planned (with the German Navy and the Royal
Netherlands Navy for targets; it counts as found, being alertable), the historical integration has
Germany for target, and the negated integration, the Anglo-Dutch force of 1973, the corps of 1995 and
the planned brigade are not found. On the Brussels newsletter Italy's stalled presence is read as
planned (it counts as right through Niger, the core event's target), and the American, French and
Malian presences are not found. The Buenos Aires near miss is quiet.
The articles whose core events are missed or which raise false alarms are strict xfails (an
unexpected alert outside a near miss fails no test, so the Helsinki and Kiel pages are not ones).

Fixed later by the general-misses round of 2026-12-07: a firm's deal whose partner is named only
by a nationality ("Kumasi cooperative signs Swiss supply deal": a demonym before "supply" or
"feed", or a bare demonym before "group" after "with") names no state as a party
(``commodity_noun`` in ``en.cues.yaml``, ``_business_group_after`` in ``rasd/events/roles.py``;
``test_general_misses_rules_en.py``); the Accra near miss's strict xfail is removed.

Fixed later by the general-misses round of 2026-12-07: an accord whose parties are two blocs of
states and no state ("The four states of the European Free Trade Association and the Mercosur
bloc signed a free trade agreement") is an accord of their members and plausible as one
(``_two_blocs_of_states`` in ``rasd/events/extractor.py``, ``_plausible``;
``test_general_misses_rules_en.py``); the Zurich letter's strict xfail is removed.

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
ECOWAS = "Economic Community of West African States"

ARTICLES: list[Article] = [
    Article(
        "h96-01-nicaraguan-exile-site-eu-lists-rosario-murillo",
        date(2021, 8, 3),
        _p(
            "EU freezes assets of Rosario Murillo and seven other Sandinista officials",
            "SAN JOSÉ, 3 August 2021 - Nicaragua Libre Digital, English edition",
            "The European Union on Monday imposed sanctions on Vice-President Rosario Murillo, the wife of President Daniel Ortega, and seven other Nicaraguan officials, accusing them of serious human rights violations and of undermining democracy ahead of the November election. The eight may no longer travel to the Union, and any assets they hold there are frozen.",
            "Among the others listed are Juan Carlos Ortega Murillo, one of the couple's sons, who runs a television channel close to the government, and senior figures of the police and the electoral authorities. The foreign ministers of the 27 said the arrests of opposition candidates since late May had left them no choice.",
            "The Union has not listed President Ortega himself. Diplomats in Brussels said that keeping the head of state off the list left room for dialogue, although few of them expect the government in Managua to change course before the vote.",
            "The decision adds to the six officials the bloc listed in May 2020, when it first used the legal framework it adopted the previous October after the crackdown on the protests of 2018, in which more than 300 people were killed. The United States has sanctioned Murillo since November 2018 and has since added dozens of officials and institutions to its list.",
            "In Managua the foreign ministry called the measures an interference in the country's internal affairs and a violation of international law. Murillo, who speaks for the government on state radio almost every day at noon, said Nicaragua would not bow to those she called the new colonisers.",
            'For the tens of thousands of Nicaraguans who have fled to Costa Rica since 2018, the news brought some satisfaction but little hope. "Sanctions on the family are fine, but my brother is still in El Chipote," said a former student leader who now sells food in the San José neighbourhood of La Carpio, referring to the prison where most of the detained opposition figures are held.',
            "Seven possible presidential candidates are now in detention, among them Cristiana Chamorro, the daughter of former president Violeta Chamorro, and the banker Juan Sebastián Chamorro. The electoral council last week also revoked the legal status of the Citizens for Liberty party, the last opposition force that could have put up a candidate.",
            "Exile groups in Costa Rica said they would ask the Union to extend the list to judges and prosecutors who have signed the arrest warrants.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (EU,), ("Nicaragua", "Rosario Murillo")),
            Gold("sanctions.imposed", "negated", (EU,), ("Nicaragua", "Daniel Ortega"), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Nicaragua",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US,),
                ("Nicaragua", "Rosario Murillo"),
                core=False,
            ),
        ),
        not_participants=("Costa Rica",),
    ),
    Article(
        "h96-02-minsk-business-weekly-eu-lifts-belarus-sanctions",
        date(2016, 2, 16),
        _p(
            "EU lifts sanctions on Lukashenko and 169 others; arms embargo stays",
            "MINSK, 16 February 2016 - Belarus Business Weekly",
            "The European Union on Monday lifted its sanctions on President Alexander Lukashenko and 169 other Belarusians, as well as on three companies, ending a travel ban and an asset freeze that had been in place in one form or another for most of the past decade. The foreign ministers, meeting in Brussels, said they wanted to open a new chapter in relations with Minsk.",
            "The arms embargo on Belarus was not lifted, and four people linked to the disappearance of two opposition politicians, a businessman and a journalist in 1999 and 2000 remain on the list. The Union said it would keep the situation under review.",
            "The measures had already been suspended for four months in October, after the government released six political prisoners in August, among them the former presidential candidate Mikalai Statkevich, and after a presidential election that passed without the mass arrests of 2010. The bloc first imposed a visa ban on Lukashenko in 2006 and widened the measures after the crackdown of December 2010.",
            "The three companies removed from the list include Beltechexport, an arms trader, whose managers said they hoped to resume work with European banks. For most of the Belarusian economy the sanctions were more symbolic than costly, but the state banks and the large exporters of potash and oil products had complained that the list made European partners nervous.",
            "Officials in Minsk welcomed the decision in measured terms. Foreign Minister Vladimir Makei said Belarus was ready for a dialogue on an equal footing and would not accept lectures. Opposition leaders said the Union had given away its leverage too cheaply, noting that the prisoners released last year had not been rehabilitated and that independent newspapers still struggle to be printed.",
            "The United States has not lifted its own sanctions on the nine largest state enterprises, although it has suspended them for six months at a time since October. Washington is expected to decide in April whether to renew that suspension.",
            "For the country's exporters the timing matters. The Russian economy, which takes almost half of Belarusian goods, is in recession, and the rouble's fall has cut the value of sales there. Business groups in Minsk said they would now look to Poland, Lithuania and Germany for new buyers.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (EU,), ("Belarus", "Alexander Lukashenko")),
            Gold("sanctions.lifted", "negated", (EU,), ("Belarus",), core=False),
            Gold("sanctions.suspended", "historical", (EU,), ("Belarus",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (EU,),
                ("Belarus", "Alexander Lukashenko"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (US,), ("Belarus",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Belarus",), core=False),
        ),
        not_participants=("Poland", "Lithuania"),
    ),
    Article(
        "h96-03-mogadishu-radio-page-security-council-keeps-arms-embargo-eased",
        date(2014, 3, 6),
        _p(
            "Security Council keeps arms embargo eased for Somali army until October",
            "MOGADISHU, 6 March 2014 - Radio Hamar Online, English news",
            "The United Nations Security Council on Wednesday extended until 25 October the partial suspension of the arms embargo on Somalia, allowing the federal government to keep importing weapons and military equipment for its own security forces. The suspension, granted for a year in March 2013, was due to expire this week.",
            "The council did not lift the embargo entirely, as the government in Mogadishu had asked. Heavy weapons such as surface-to-air missiles, large-calibre guns and anti-tank guided weapons remain banned, and the government must notify the sanctions committee of every delivery and report on where the weapons end up.",
            "The embargo was first imposed in 1992, a year after the fall of Siad Barre, when rival clan militias had turned the capital into a battlefield. It has stayed in place through two decades of war, and the council tightened it after the Islamic Courts and later al-Shabaab took over much of the south.",
            "Wednesday's resolution reflects concern in New York about weapons going missing. The monitoring group that reports to the council wrote last month that arms bought by the government had been sold in Mogadishu's markets and that some had reached al-Shabaab. Officials at the presidency rejected the report, saying the government had set up a register of weapons and a new armoury.",
            '"We are fighting a terrorist group with one hand tied behind our back," a senior adviser to President Hassan Sheikh Mohamud told Radio Hamar. He said the army needed armoured vehicles and communication equipment to hold towns taken from the insurgents.',
            "The African Union has had troops in Somalia since 2007, and its mission, AMISOM, is preparing a new offensive with Somali forces in the regions of Bay, Bakool and Hiiraan. Ethiopian soldiers formally joined the mission in January. The council authorised an increase of more than 4,000 troops for the force last November.",
            'In the Bakara market, traders who sell mobile phones and generators near the former arms stalls said little had changed for them. "The guns are sold in other places now," one said. "Everybody knows where."',
            "The council also renewed the mandate of the monitoring group and asked it to report in detail on the government's management of its weapons before October.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (UNSC,), ("Somalia",)),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Somalia",), core=False),
            Gold("sanctions.suspended", "historical", (UNSC,), ("Somalia",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Somalia",), core=False),
            Gold("military.presence", "historical", ("African Union",), ("Somalia",), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Ethiopia",),
                ("African Union Mission in Somalia",),
                core=False,
            ),
        ),
    ),
    Article(
        "h96-04-bamako-diaspora-page-biden-continues-mali-emergency",
        date(2022, 7, 22),
        _p(
            "Washington keeps its Mali sanctions framework for another year",
            "WASHINGTON, 22 July 2022 - Mali Diaspora Network (English page)",
            "President Joe Biden has extended for one year the national emergency with respect to Mali, keeping in force the sanctions programme that allows the United States to freeze the assets of people who threaten the peace agreement and the transition in the country. The notice was sent to Congress on Thursday, days before the emergency was due to lapse on 26 July.",
            "The programme was created by an executive order that Donald Trump signed in July 2019, when the 2015 Algiers accord between the government and the armed groups of the north was stalling. Under it the Treasury may block the assets of anyone who obstructs the accord or the transition, a power that Washington has so far used sparingly, preferring to cut military aid after the coups of August 2020 and May 2021.",
            "In the notice Mr Biden said the situation in Mali, including repeated attacks on civilians, on Malian forces and on international peacekeepers, continued to pose an unusual and extraordinary threat to the national security and foreign policy of the United States.",
            "The decision does not lift any of the designations, and Washington has not imposed sanctions on the head of the junta, Colonel Assimi Goïta. American officials say they want to keep talking to the transitional authorities about the timetable for elections, which the junta has now set for February 2024.",
            "Russian military personnel, whom Bamako describes as instructors, have been in Mali since December. Western governments say they belong to the Wagner Group. French troops, who arrived in 2013, are leaving: the last of them are due to cross into Niger next month.",
            'Malians in the Washington area are divided. "The sanctions are aimed at a few people, and they change nothing in the villages," said a teacher from Ségou who lives in Silver Spring, Maryland. Others said the pressure was needed to make the soldiers hand over power.',
            "The Economic Community of West African States lifted its own economic sanctions on Mali on 3 July, after the junta agreed to the new electoral calendar. Its trade embargo had closed borders and frozen the country's accounts at the regional central bank since January.",
            "The diaspora network will hold a meeting on the transition in Silver Spring next Saturday.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Mali",)),
            Gold("sanctions.imposed", "historical", (US, "Donald Trump"), ("Mali",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Mali",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Mali", "Assimi Goïta"), core=False),
            Gold(
                "military.presence", "historical", ("Russia", "Wagner Group"), ("Mali",), core=False
            ),
            Gold("military.presence", "historical", ("France",), ("Mali",), core=False),
            Gold("sanctions.lifted", "historical", (ECOWAS,), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Mali",), core=False),
        ),
        not_participants=("Niger",),
    ),
    Article(
        "h96-05-helsinki-business-radio-trump-threatens-russia-banking-sanctions",
        date(2025, 3, 8),
        _p(
            "Trump threatens Russia with banking sanctions until a ceasefire is agreed",
            "HELSINKI, 8 March 2025 - Nordic Business Radio, English web service",
            'President Donald Trump said on Friday that he was "strongly considering" large-scale banking sanctions, other sanctions and tariffs on Russia until Moscow agreed to a ceasefire and a final peace settlement with Ukraine. In a post on his social network, he said Russia was "absolutely pounding" Ukraine on the battlefield, after a night of missile and drone strikes on the country\'s gas and power plants.',
            "The warning was the sharpest Mr Trump has addressed to Moscow since he took office in January. It came in a week in which his administration paused the delivery of American weapons to Kyiv and stopped sharing some intelligence, to press President Volodymyr Zelensky to accept talks.",
            "Mr Trump has not lifted any of the sanctions imposed by his predecessor. On 10 January, ten days before leaving office, Joe Biden's Treasury imposed sanctions on the oil producers Gazprom Neft and Surgutneftegas and on more than 180 tankers, the broadest measures against Russia's energy sector since the invasion. The European Union adopted its sixteenth package of sanctions on 24 February, the third anniversary of the war.",
            "The Kremlin did not respond directly. A spokesman said President Vladimir Putin was open to contacts with Washington and that Russia had lived with sanctions for more than a decade.",
            'In Helsinki, bankers were sceptical that new measures would change much. Most large Russian banks are already cut off from the dollar, and the remaining channels run through Gazprombank and a few smaller lenders that handle payments for gas. "What is left to sanction is mainly the money that Europe still pays for energy," said a senior economist at a Nordic bank. "That would hurt some of Washington\'s allies as much as Moscow."',
            "Finnish companies that left Russia after 2022 have mostly written off their assets, and trade across the eastern border has dwindled since the government closed the crossings in late 2023. Exporters of machinery and paper said their concern now was the prospect of American tariffs on European goods rather than anything aimed at Russia.",
            "Oil prices edged up on Friday after the post, then fell back. Traders said the market had learned to wait for action before reacting to words.",
            "Mr Trump's envoys are due to meet Ukrainian officials in Saudi Arabia next week.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump"), ("Russia",)),
            Gold("sanctions.lifted", "negated", (US,), ("Russia",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "Joe Biden"),
                ("Russia", "Gazprom Neft", "Surgutneftegas"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (EU,), ("Russia",), core=False),
        ),
        not_participants=("Finland", "Saudi Arabia"),
    ),
    Article(
        "h96-06-copenhagen-english-weekly-danes-vote-to-join-eu-defence",
        date(2022, 6, 2),
        _p(
            "Danes vote to scrap defence opt-out; Denmark to join EU defence policy on 1 July",
            "COPENHAGEN, 2 June 2022 - The Copenhagen Courier",
            "Denmark will join the European Union's common security and defence policy on 1 July, after voters on Wednesday decided by a large majority to abolish the opt-out that has kept the country out of EU military cooperation for almost thirty years. With all votes counted, 66.9 percent backed the change and 33.1 percent opposed it, on a turnout of about 66 percent.",
            'Prime Minister Mette Frederiksen, who called the referendum in March, two weeks after Russia invaded Ukraine, said the result sent a clear signal to Moscow and to Denmark\'s allies. "Denmark has decided to stand together with our neighbours at a time when peace is under threat in Europe," she told supporters at Christiansborg.',
            "The opt-out was one of four that Denmark secured in 1993, after voters rejected the Maastricht Treaty the year before. The others, on the euro, on justice and home affairs and on citizenship, remain in place, and the government has said it has no plans to hold referendums on them.",
            "In practice the change means that Danish officers can take part in the planning of EU military missions, that Danish troops can serve in them, and that the country can join projects of the European Defence Agency. Denmark has not joined the Permanent Structured Cooperation, the bloc's framework for joint arms projects, but ministers said they would look at it in the autumn.",
            "Denmark was a founding member of NATO in 1949, and officials stressed that the alliance would remain the cornerstone of its security. Finland and Sweden applied to join NATO two weeks ago, but their accession is held up by Turkey's objections.",
            "The campaign against the change was led by the Danish People's Party and the Red-Green Alliance, which argued that the Union should not become a military power and that Danish soldiers could end up in wars decided in Brussels. Their leaders accepted the result on Wednesday night.",
            "Danish soldiers have served in Estonia with a British-led NATO battalion since 2018, and Danish aircraft take turns with other allies in policing the skies over the Baltic states.",
            "The defence ministry said it would inform Brussels formally in the coming weeks.",
        ),
        (
            Gold("alliance.joined", "planned", ("Denmark",), (EU,)),
            Gold(
                "alliance.joined",
                "negated",
                ("Denmark",),
                ("Permanent Structured Cooperation",),
                core=False,
            ),
            Gold("alliance.joined", "historical", ("Denmark",), ("NATO",), core=False),
            Gold("alliance.joined", "stalled", ("Finland", "Sweden"), ("NATO",), core=False),
            Gold("military.presence", "historical", ("Denmark",), ("Estonia",), core=False),
        ),
        not_participants=("Turkey",),
    ),
    Article(
        "h96-07-zurich-trade-letter-efta-mercosur-agreement-signed",
        date(2025, 9, 17),
        _p(
            "EFTA and Mercosur sign free trade agreement in Rio",
            "ZURICH, 17 September 2025 - Swiss Export Monitor (English edition)",
            "The four states of the European Free Trade Association and the Mercosur bloc signed a free trade agreement in Rio de Janeiro on Tuesday, opening a market of some 270 million consumers in South America to exporters from Switzerland, Norway, Iceland and Liechtenstein. Ministers of Argentina, Brazil, Paraguay and Uruguay put their names to the text alongside Swiss Economy Minister Guy Parmelin.",
            "Under the agreement, Mercosur will remove tariffs on about 97 percent of its imports from the EFTA states over periods of up to fifteen years, including on machinery, pharmaceuticals, chemicals and watches, which today face duties of up to 35 percent. In return the EFTA states will open their markets to most industrial goods and grant quotas for beef, poultry and soy, while keeping protection for their most sensitive farm products.",
            "Negotiators concluded the talks in Buenos Aires in early July, after eight years of rounds that were interrupted by the pandemic and by Brazil's deforestation record. The text now goes to the parliaments, and in Switzerland a referendum is possible if opponents gather 50,000 signatures, as farmers' organisations have said they may.",
            "The agreement comes ahead of the much larger deal between Mercosur and the European Union, whose negotiations were concluded in December last year but which has still not been signed. France and Poland continue to object to it in its current form, and the European Commission has only just sent the text to the member states.",
            'For Swiss firms the pact is a chance to get there first. "Our competitors from Germany and Italy pay the same duties as we do today. If we are free of them a year or two before, that counts," said the head of exports at a mid-sized maker of packaging machines in the canton of St Gallen. The pharmaceutical industry welcomed the chapter on intellectual property, which it said went further than Mercosur\'s previous agreements.',
            "Environmental groups criticised the absence of binding sanctions in the sustainability chapter. Farmers' leaders in Bern said the beef quota, although small, set a precedent they would fight.",
            "Mercosur's fifth member, Bolivia, which joined the bloc as a full member last year, is not yet a party to its external trade agreements.",
            "The Swiss government expects the agreement to enter into force in 2027 at the earliest.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("European Free Trade Association", "Switzerland"),
                ("Mercosur",),
            ),
            Gold("agreement.signed", "stalled", (EU,), ("Mercosur",), core=False),
            Gold("alliance.joined", "historical", ("Bolivia",), ("Mercosur",), core=False),
        ),
        not_participants=("Germany", "Italy"),
    ),
    Article(
        "h96-08-mexico-city-news-site-bolivia-and-mexico-restore-ambassadors",
        date(2020, 11, 12),
        _p(
            "Bolivia and Mexico restore full relations a year after embassy standoff",
            "MEXICO CITY, 12 November 2020 - Valle News, English service",
            "Bolivia and Mexico have restored full diplomatic relations and will return ambassadors to each other's capitals, ending a year of hostility that began when Mexico gave asylum to Evo Morales after his fall. The announcement was made in La Paz on Wednesday by Bolivia's new foreign minister, Rogelio Mayta, days after President Luis Arce took office.",
            "Mexico's foreign secretary, Marcelo Ebrard, welcomed the decision and said on Twitter that the two governments would work to deepen their cooperation in health, trade and culture. Mexico was represented at Sunday's inauguration by a senior official of the foreign ministry, and President Andrés Manuel López Obrador spoke to Mr Arce by phone.",
            "Relations collapsed in December last year, when the interim government of Jeanine Áñez declared Mexico's ambassador, María Teresa Mercado, persona non grata and ordered her to leave within 72 hours. It accused Mexico of meddling by sheltering nine former officials of the Morales government in its embassy in La Paz, which was watched for weeks by police and intelligence agents. Spain's chargé d'affaires was expelled at the same time.",
            "Mr Morales, who flew to Mexico on a Mexican air force plane in November 2019, later moved to Argentina. He returned to Bolivia on Monday, crossing the border at Villazón to a welcome from thousands of supporters.",
            "The Arce government has also moved to repair other ties broken by its predecessor. Relations with the United States, which have been handled by chargés d'affaires since the two countries expelled each other's ambassadors in 2008, have not been restored, and the new government has given no sign that it will change that soon.",
            'In Mexico City, Bolivian residents gathered outside the consulate in the Cuauhtémoc district to celebrate. "For a year we have been caught in the middle of a political fight," said a Bolivian doctor who works in a public hospital in Iztapalapa. "Now maybe the consulate will get its staff back."',
            "Diplomats say the return of the ambassadors could take several weeks, as the nominations need the approval of the Senate in each country. Mexico is also expected to reopen talks on a lithium cooperation project that was frozen in 2019.",
            "The former Mexican ambassador, Ms Mercado, has not said whether she would return to her post.",
        ),
        (
            Gold("relations.restored", "occurred", ("Bolivia", "Rogelio Mayta"), ("Mexico",)),
            Gold("relations.restored", "negated", ("Bolivia",), (US,), core=False),
        ),
        not_participants=("Spain", "Argentina"),
    ),
    Article(
        "h96-09-kiel-daily-defence-page-german-sea-battalion-into-dutch-navy",
        date(2016, 2, 5),
        _p(
            "German marines to serve under Dutch command; Bundeswehr gets a share of Dutch supply ship",
            "KIEL, 5 February 2016 - Kieler Abendpost, defence page (English summary)",
            "Germany and the Netherlands on Thursday agreed to integrate the German navy's Sea Battalion into the Royal Netherlands Navy, placing the marines based in Eckernförde under the operational command of the Dutch Marine Corps. The agreement was signed by the German defence minister, Ursula von der Leyen, and her Dutch counterpart, Jeanine Hennis-Plasschaert.",
            "In return the German navy will be able to use the Dutch joint support ship Karel Doorman, which can carry helicopters, landing craft and several hundred troops, and German sailors will serve in its crew. Germany has no ship of that kind, and its navy has long said it lacks the means to move its own marines by sea.",
            "The Sea Battalion, with about 800 soldiers, includes boarding teams, mine divers and coastal patrol units. Under the plan it will train and deploy with the Dutch marines, who have formed an amphibious force with the British Royal Marines since 1973. The battalion will remain part of the Bundeswehr, and the two navies are not being merged; the Bundestag keeps the final say over any deployment of German soldiers abroad.",
            "The deal continues a series of steps between the two armies. The Dutch 11 Airmobile Brigade was integrated into the German Rapid Forces Division in 2014, and the two countries have shared a corps headquarters in Münster since 1995. Officials in Berlin said a Dutch mechanised brigade could be placed under a German armoured division later this year.",
            "In Eckernförde the news was received with curiosity rather than concern. A spokesman for the battalion said its soldiers were used to working with foreign units and that English was already the language of most exercises. Local politicians said they had been assured that the base, one of the town's largest employers, would not be affected.",
            "The German navy has been under strain for years. Its frigates are tied up in the Mediterranean and the Horn of Africa, and a report to parliament last month said the number of ships ready for sea had fallen to a record low. Ministers present cooperation with partners as a way to keep capabilities that Germany could not afford alone.",
            "The first joint exercise of the Sea Battalion and the Dutch marines is planned for the spring on the Dutch coast near Den Helder.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Germany", "Netherlands"),
                ("Sea Battalion", "Royal Netherlands Navy"),
            ),
            Gold("forces.integrated", "negated", ("Germany", "Netherlands"), (), core=False),
            Gold(
                "forces.integrated",
                "historical",
                ("Netherlands", "Germany"),
                ("11 Airmobile Brigade", "Rapid Forces Division"),
                core=False,
            ),
            Gold("forces.integrated", "historical", ("Netherlands", UK), (), core=False),
            Gold(
                "forces.integrated",
                "historical",
                ("Germany", "Netherlands"),
                ("1 German-Netherlands Corps",),
                core=False,
            ),
            Gold("forces.integrated", "planned", ("Netherlands", "Germany"), (), core=False),
        ),
    ),
    Article(
        "h96-10-brussels-defence-newsletter-belgian-special-forces-in-niger",
        date(2018, 3, 16),
        _p(
            "Belgian special forces settle in to train Niger's army",
            "BRUSSELS, 16 March 2018 - Defence Brief Benelux",
            "Belgium has deployed about 80 special forces soldiers to Niger, where they are training units of the Nigerien army that fight jihadist groups along the borders with Mali and Nigeria. The detachment, drawn mainly from the Special Forces Group based in Heverlee, arrived over the past weeks and is working from a camp in the south-west of the country, the defence ministry said on Thursday.",
            'Defence Minister Steven Vandeput told the chamber\'s defence committee that the mission, known as New Nero, would last at least until the end of the year and that the Belgian soldiers would not accompany Nigerien troops into combat. "Our role is to train, to advise and to equip, so that Niger can defend its own territory," he said.',
            "Niger has become the hub of Western military efforts in the Sahel. The United States has had troops in the country since 2013 and is finishing a drone base near Agadez, and four American soldiers were killed in an ambush near Tongo Tongo in October. French forces of Operation Barkhane use the airport in Niamey as their main air base in the region.",
            "Italy's plan to send up to 470 soldiers to Niger, approved by its parliament in January, has stalled. Officials in Niamey said they had not been consulted, and only a handful of Italian officers have so far arrived to prepare the mission.",
            "Belgian officials see New Nero as a complement to the country's contributions in Mali, where Belgian instructors have served with the European Union's training mission since 2013. The Nigerien authorities asked for specialised training in intelligence, in the use of drones and in the care of wounded soldiers.",
            "Opposition members of parliament questioned the costs and asked why the deployment had not been debated beforehand. Green and socialist deputies said the government should explain how it would avoid being drawn into a war without end. Mr Vandeput replied that the mission had been discussed in the committee in closed session last year.",
            "The soldiers will be rotated every four months. The ministry has not said how much the mission will cost, but officials put the figure at several million euros a year, mostly for transport and equipment.",
        ),
        (
            Gold("military.presence", "occurred", ("Belgium",), ("Niger",)),
            Gold("military.presence", "historical", (US,), ("Niger",), core=False),
            Gold("military.presence", "historical", ("France",), ("Niger",), core=False),
            Gold("military.presence", "stalled", ("Italy",), ("Niger",), core=False),
            Gold("military.presence", "historical", ("Belgium",), ("Mali",), core=False),
        ),
        not_participants=("Nigeria",),
    ),
    Article(
        "h96-11-buenos-aires-rugby-roundup",
        date(2023, 5, 8),
        _p(
            "Round-up: Belgrano lift ban on visiting fans, Hindú extend coach's deal",
            "BUENOS AIRES, 8 May 2023 - Tercer Tiempo Rugby Weekly, English page",
            "The Buenos Aires Rugby Union on Monday lifted the ban on visiting supporters that it imposed on Belgrano Athletic after the brawl at the derby in March, and the club's stands will be open to away fans again from Saturday. The union's disciplinary board, which sanctioned the club with a fine and two matches behind closed doors, said the club had met every condition it was given.",
            "The same board suspended a Newman flanker for three weeks for a dangerous tackle and threatened to dock points from any club whose players are sent off three times in a season. Coaches said the warning was aimed at the teams near the bottom of the table, where the matches have become rough.",
            "Hindú have extended the contract of head coach Martín Sosa until the end of 2025. The club, top of the Top 12 after six rounds, said it wanted continuity at a time when its best players are being courted by clubs in France and Italy.",
            "Off the pitch, San Isidro Club signed an agreement with a French club from the Basque Country to exchange young players and coaches, and joined an alliance of amateur clubs from Argentina, Uruguay and Chile that plans a summer sevens tournament in Punta del Este. The club's president said the agreement would let two under-20 players spend three months in France each year.",
            "At Casi, floodlights were restored at the main pitch after a storm, and the club said the training fields would be integrated into a single complex with the hockey section next year. The rebuilt clubhouse bar, a favourite of the third half, reopened on Friday night.",
            "Los Pumas' coach, Michael Cheika, watched three matches at the weekend. Several of the domestic players he has deployed in the national team's training camps are in form, and the union confirmed that a provisional squad for the Rugby Championship will be named in June.",
            "Results of the sixth round: Hindú 31, Regatas 17; Belgrano 22, Newman 22; Casi 18, San Isidro Club 25; Alumni 27, Los Tilos 13; CUBA 19, La Plata 24; Buenos Aires CRC 33, Atlético del Rosario 20.",
            "Next weekend's match of the round is Hindú against San Isidro Club in Don Torcuato, where the visitors have not won since 2019. Tickets are on sale at both clubs.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h96-12-accra-cocoa-trade-letter",
        date(2024, 10, 21),
        _p(
            "Cocoa letter: Kumasi cooperative signs Swiss supply deal; board lifts licence freeze",
            "ACCRA, 21 October 2024 - Gold Coast Commodities Letter",
            "A farmers' cooperative in the Ashanti region signed an agreement on Friday with a Swiss chocolate maker to supply certified beans for five years, and joined an alliance of West African producer groups that markets traceable cocoa in Europe. The cooperative, which has about 6,000 members around Kumasi, said the premium it will be paid would go to schools and to replanting old farms.",
            "The cocoa regulator lifted the freeze on new buying licences that it imposed in July and restored the licences of two licensed buying companies that it had suspended for late payments to farmers. The regulator's board, which sanctioned the companies with fines, said both had cleared their arrears. A third company, it said, was threatened with the loss of its licence if it does not pay by the end of November.",
            "The board has also extended its syndicated loan talks with international banks until December, after the first tranche of the season's financing came in smaller than planned. Purchases for the main crop began on 11 October at a farm-gate price of 3,100 cedis a bag, up from 3,000 in September.",
            "Buyers say the crop will again be small. Disease and illegal gold mining, known as galamsey, have destroyed thousands of hectares of farms in the Western North and Ashanti regions, and extension officers were deployed to the worst-affected districts to cut out swollen shoot. The regulator said new plantations would be integrated into its mapping system so that every bag can be traced to a farm, as European rules on deforestation will require.",
            "In Côte d'Ivoire, the world's largest producer, arrivals at the ports are running behind last year's pace, and the price in London eased slightly on Friday after a record run in the spring.",
            "Smuggling to neighbouring countries, where prices were higher last season, has slowed since the price increase, according to traders in the Volta region. Processors in Tema said they were running below capacity because of the shortage of beans.",
            'The cooperative\'s chairman said he hoped other groups would follow. "A contract for five years means a farmer can plan," he said. "That is worth more to us than the price of one season."',
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


def test_heldout96_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-96 English events"))
