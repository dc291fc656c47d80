"""Hundred-and-sixth English held-out event set: twelve full-length articles (300-600 words) written
for this test in outlet forms of Africa and the Americas (with the Caribbean): a Kampala weekly's
online edition, a Cali sports and business weekly's English edition, a Toronto resources weekly, a
Kigali Great Lakes news site's English edition, a Georgetown morning daily, a Santo Domingo business
weekly's English edition, a Dakar daily's English edition, a Paramaribo news site's English desk, an
Accra daily, a Libreville daily's English page, a Bridgetown sports daily and a Johannesburg
business page. The episodes, of 2013-2022, are ones that the earlier sets (up to set 103 English and
85 Arabic), as far as a search of their docstrings and article texts for the states, bodies, people,
places and numbers shows (all hits read), do not carry as core news: the US Treasury sanctioning
Abel Kandiho, the head of Uganda's military intelligence (December 2021: no hit for Kandiho or the
Chieftaincy of Military Intelligence); the Treasury taking América de Cali off its narcotics list
(2013: no hit for the club, the Cali cartel or the Rodríguez Orejuela brothers); the State
Department suspending Title III of the Helms-Burton Act for six months in July 2018 (sets 23 Arabic,
33, 71, 87 and 98 carry the suspensions of January 2017, January 2018, January 2019 and January 2025
and the six-month practice as background); Donald Trump continuing the national emergency with
respect to Burundi (November 2019: set 30 carries its end under Joe Biden in 2021); the United
States warning of sanctions over Guyana's election count (June 2020: no hit for Guyana with a
threat, a warning, sanctions or visas beyond an abstention and a mining company in sets 43 and 65);
the Dominican Republic to become a full member of the Central American Integration System (June
2013: set 75 names the system only); Senegal and the United States signing their defence cooperation
agreement (May 2016: set 57 carries Ghana's agreement with the United States of 2018 and names
Senegal's only as a historical signing); the Netherlands and Suriname restoring normal relations
(December 2020: no hit for Paramaribo, Bouterse or Santokhi); the states of the Accra Initiative
agreeing to form a joint task force (November 2022: no hit for the initiative; Tamale appears in
sets 52 and 57 as a town); and about 80 American soldiers deployed to Gabon before the results of
Congo's election (January 2019: no hit for Gabon with American troops); and two near misses (a
Bridgetown sports round-up where an association "lifted the ban ... that it imposed" on a club,
"sanctioned" it with a fine, "suspended" a striker, "threatened" to deduct points, a captain's
contract is "extended", a netball club "signed an agreement" with an academy and "joined an
alliance" of clubs, floodlights are "restored", pitches "integrated", police and young players
"deployed"; a Johannesburg markets page where an exchange "lifted the suspension of trading ... that
it imposed" and "restored" a listing, a miner "sanctioned" its directors, a regulator "threatened"
to withdraw a licence, two gold producers "signed a merger agreement" and will "integrate" their
operations, a coal exporter "joined an alliance" of miners, "extended" a rail contract and will
"deploy" trains, and a utility "restored" power units). Trinational forces of Central America (set
84), the Paraguayan status of forces agreement (set 23), Chad's restoration with Qatar (set 62) and
the end of the Liberian emergency (set 101), first considered, were found in the earlier sets and
left out.

Ten articles carry core alertable events of all ten types; core events occurred (eight) or are
planned (two: the Dominican Republic that "will become a full member" at a summit two days later,
and the five states whose joint force "will be formed"), beside historical, negated, stalled,
planned and occurred background.

Decisions of the annotation: the Treasury that "imposed sanctions on Major General Abel Kandiho, the
head of Uganda's Chieftaincy of Military Intelligence" imposes (core; the United States, the
Treasury and OFAC the actors, Uganda and Kandiho the targets); "The Treasury did not name President
Yoweri Museveni or his son" a negated imposition, the State Department's visa restrictions "In
April" a historical imposition, "The European Union has not imposed measures of its own on Ugandan
officials" a negated imposition and the Allied Democratic Forces "that the State Department listed
as a terrorist organisation in March" a historical imposition; the Ugandan troops that "crossed into
eastern Congo last week" and the training of Ugandan units for Somalia are not annotated (a week-old
operation told as context, and a standing programme), and Rwanda, whose citizens were detained, is
no party. The Treasury that "has lifted the sanctions it imposed on América de Cali in 1996" lifts
(core; the club the target), the designation "in October 1996" a historical imposition, and "The
decision does not lift the sanctions on the brothers themselves" a negated lifting; the club's
relegation, the law of 2011 and the seizures by the Colombian state are no events. The United States
that "has suspended for another six months the provision of the Helms-Burton Act" suspends (core;
the State Department and Pompeo beside it, Cuba the target, the instrument the act); the clause "put
... on hold at every six-month deadline" since 1996 a historical suspension, the rules "tightened
... last November" a historical imposition, "Washington has not restored the full staff of its
embassy in Havana" a negated restoration, the executives "barred from entering the United States
since 1996" a historical imposition on Sherritt, and the embargo "in force since 1962" is told as a
standing fact, not annotated; Mexico, named among the trading partners, is no party. Trump who "has
renewed for another year the sanctions programme on Burundi" and says "the national emergency ...
would continue" extends (core); the emergency "declared by Barack Obama in November 2015" a
historical imposition, "Washington has not added anyone to the list since then" a negated
imposition, the European Union that "extended its own measures against Burundi last month" a
historical extension, the dialogue that "ended in February without an agreement" a stalled signing,
and "they will not restore normal ties" with Rwanda a negated restoration; the suspension of budget
support of 2016 and the exit from the International Criminal Court are not annotated. The United
States that "has threatened to impose sanctions on anyone who tries to install a government in
Guyana" threatens (core, with Pompeo); "Washington has not named anyone yet" a negated imposition,
and Britain, Canada and the European Union "considering similar steps" occurred threats of their own
(not core: the news is Washington's). The Dominican Republic that "will become a full member of the
Central American Integration System on Thursday" joins, planned (core); "an associate state since
2003" a historical joining, the free trade agreement "it signed ... in 2004" a historical signing
with the United States, "The talks on a Central American customs union ... have stalled again" a
stalled signing, and Cariforum's economic partnership agreement "with the European Union in 2008" a
historical signing; Costa Rica, host of the summit, is no party. Senegal and the United States that
"signed a defence cooperation agreement" sign (core, with Ndiaye); "the accord did not mean the
installation of an American military base" a negated presence, the staging base of 2014 and
Flintlock "in February" historical presences of the United States, the French soldiers kept in Dakar
since 2011 a historical presence, Senegal that "joined the Islamic military coalition ... In
December" a historical joining and its soldiers "with the United Nations mission in Mali since 2013"
a historical presence; Guinea, Liberia and Sierra Leone (the Ebola epidemic) are no parties. The
Netherlands and Suriname that "have restored normal diplomatic relations" restore (core); Suriname
that "joined the Caribbean Community in 1995" a historical joining and the memorandum "to join
China's Belt and Road Initiative" signed "In 2019" a historical signing; Bouterse's convictions and
the IMF request are no events. The five states that "agreed ... to set up a joint task force" which
"will be formed under the Accra Initiative" integrate, planned (core); the initiative "set up in
2017 by the same five states" a historical joining, the Russian military instructors brought into
Mali "late last year" a historical presence, and the ECOWAS leaders "expected to approve the
creation of a regional force" a planned integration (not core: the news is the coastal states'); the
French withdrawal from Mali is no event, and Mali and Niger, observers, are no parties. The United
States that "has deployed about 80 soldiers to Gabon" occurs (core; Gabon the host); "No American
soldier has entered Congo so far" a negated presence, France's base in Libreville "since
independence" a historical presence, and the European Union that "renewed its sanctions on fourteen
Congolese officials in December" a historical extension (Congo and Shadary the targets); the
letter's "Additional forces could be sent" is a condition, not annotated, and Morocco and Saudi
Arabia (Bongo's illness) are no parties. Nothing in the near misses is an event.

Facts I am not sure of: the day of Kandiho's designation (7 December 2021) and the details of the
Treasury's statement and of the army's reply (paraphrased; the spokesman's words are invented), and
the month of the State Department's visa restrictions (April 2021); the day of América de Cali's
removal (I believe late 2013) and the month of its designation (October 1996), the club's finances,
its president's words and the details of its conversion (invented or approximate); the day of the
Title III suspension of July 2018 and Pompeo's wording (paraphrased); the day of Trump's Burundi
notice (about 20 November 2019), the number of people listed in 2015 and the date of the last
session of Mkapa's dialogue; the day and wording of the State Department's warning on Guyana (late
June 2020; paraphrased) and the ministers' reactions (invented); the day and place of the summit
that admitted the Dominican Republic (27 June 2013, San José, as I remember it) and the ministry's
words; the signatories of the Senegalese-American agreement (Mankeur Ndiaye and James Zumwalt, 2 May
2016), its terms and the minister's words (paraphrased), and the sites of Flintlock 2016; the day of
Stef Blok's visit to Paramaribo (I believe December 2020), the figures for inflation and the
diaspora, and the words of the ministers (invented); the day of the Accra conference (22 November
2022), the size, headquarters and intelligence centre of the task force, and the attacks named in
Benin and Togo; and the day the American soldiers reached Libreville (2 January 2019) and the
wording of Trump's letter (paraphrased). Outlets' names are invented; the near misses are composites
of routine news, with invented clubs' and firms' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout106_events_en``.

Measured before any fix (on commit 6385190): P 0.909, R 0.900, F1 0.905 (recall 9/10, 10 of 11
alerts right; recall by status: occurred 8/8, planned 1/2; one false alarm, no unexpected alert,
none in a near miss).
No annotation was changed after the run.
Missed: on the Accra daily, "Leaders of five West African states agreed in Accra on Tuesday to set
up a joint task force of about 10,000 soldiers" and "The force will be formed under the Accra
Initiative by the armies of Benin, Burkina Faso, Côte d'Ivoire, Ghana and Togo" give no integration
(the article gives no event at all): "joint task force" is no joint force, even with its soldiers
named after it, and a force "formed by the armies of" several states is not read as their joint
force (the lead names no state, only "five West African states").
False alarm: on the Dakar daily, "a defence cooperation agreement ... that gives American forces
access to agreed facilities in the country" is an occurred presence of the United States. Set 57
annotated the same access under Ghana's agreement as a planned presence (core); the annotation of
this set, fixed before the run, carries only the negated base and the historical presences, so the
alert counts against the negated and historical ones. The analyzer follows set 57's reading.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Kampala weekly the imposition has Kandiho and no Uganda or OFAC, the visa restrictions of April are
found with no target, and the negated impositions (Museveni, the European Union) and the listing
of the Allied Democratic Forces are not found; the Ugandan troops that "crossed into eastern Congo
last week" are a historical presence of Uganda with no target (not annotated). On the Cali weekly
the lifting is found from "taken" with no target (the club is not in the knowledge base), and the
designation of 1996 and the negated lifting for the brothers are not found. On the Toronto weekly
the suspension has the United States alone (no State Department, Pompeo or Cuba), and the
suspensions since 1996, the rules of November, the negated restoration of the embassy's staff and
the ban on Sherritt's executives are not found. On the Kigali site the extension is found from
"renews" in the headline with the White House and no Trump, the negated restoration has Burundi
alone, and Obama's emergency, the negated additions, the EU's extension and the stalled dialogue
are not found. On the Georgetown daily the threat is found from "warns" in the headline with the
United States alone, the "could face serious consequences" of the second paragraph is a threat with
Guyana as its actor (it counts as right through the other states' threats, which are not found
themselves), and the negated imposition is not found. On the Santo Domingo weekly the CAFTA-DR
signing has the United States as target and no Dominican Republic, and the associate membership,
the stalled customs union and Cariforum's agreement are not found. On the Dakar daily the presences
of 2014, of Flintlock, of France and in Mali and the negated base are not found. On the Paramaribo
site the Belt and Road memorandum is not found. On the Libreville daily the presence also has
Libreville and Congo for targets, the EU's renewal has no target, and the negated presence in Congo
and France's base are not found. The near misses are quiet.
The articles whose core events are missed or which raise false alarms are strict xfails.

After the fixes of 2026-12-07: P 0.917, R 1.000, F1 0.957 (recall 10/10, 11 of 12 alerts right;
recall by status: occurred 8/8, planned 2/2; one false alarm, no unexpected alert). Two general
causes were fixed (``test_heldout106_rules_en.py``). The first in two forms of the same gap: a
"joint task force" that is set up, formed or launched with its soldiers named after it ("a joint
task force of 8,000 troops"), and a "multinational joint task force", are joint forces formed
(``task_force`` with ``task_force_soldiers`` and ``joint_force`` in ``en.cues.yaml``, and their
trigger in ``en.triggers.yaml``); and a force "formed by", "made up of units from" or "composed of
companies drawn from" the armies of several states is their joint force, with the states after
"armies of" as its parties and the force named before the verb (``armies_of`` with
``operating_force_before``). The Accra daily's strict xfail is removed: its planned integration is
found from "The force will be formed ... by the armies of Benin, Burkina Faso, Côte d'Ivoire, Ghana
and Togo" (with the Accra Initiative as a party beside them; the lead, which names no state, still
gives nothing). And the Helms-Burton Act's entry in the knowledge base now names its target and
authority (Cuba and the United States, as the Caesar Act's does, read by ``_programme_parties``), so
the Toronto weekly's suspension, which names no state, is on Cuba (it counted as found before,
through the United States).
Left: the Dakar daily's presence from "gives American forces access to agreed facilities" (the
analyzer follows set 57's reading, which the annotation, fixed before the run, does not carry; its
strict xfail stays), and the background events listed above as seen, not scored.

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
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
STATE = "United States Department of State"
SICA = "Central American Integration System"
ECOWAS = "Economic Community of West African States"

ARTICLES: list[Article] = [
    Article(
        "h106-01-kampala-weekly-treasury-sanctions-military-intelligence-chief",
        date(2021, 12, 8),
        _p(
            "US Treasury sanctions head of Uganda's military intelligence over torture claims",
            "KAMPALA, 8 December 2021 - The Lakeside Observer, online edition",
            "The United States Treasury on Tuesday imposed sanctions on Major General Abel Kandiho, the head of Uganda's Chieftaincy of Military Intelligence, accusing officers under his command of arresting, detaining and torturing people for their political views or nationality. The designation, made under the Global Magnitsky programme, freezes any property the general holds in the United States and bars Americans from doing business with him.",
            "In a statement, the Treasury's Office of Foreign Assets Control said that people held at the intelligence agency's headquarters in Mbuya, on the eastern edge of the capital, had been beaten, given electric shocks and denied access to lawyers, and that several Rwandan citizens were among those detained without charge in recent years. Mr Kandiho, who has led the agency since 2017, could not be reached for comment.",
            'The army spokesman, Brigadier General Flavia Byekwaso, said the military had not been given a chance to answer the accusations and that the agency worked within the law. "We take note of the decision. It will not stop us from protecting the country," she told reporters at the Ministry of Defence.',
            "The Treasury did not name President Yoweri Museveni or his son, Lieutenant General Muhoozi Kainerugaba, the commander of the land forces, whose supporters on social media had warned Washington against any step that touched the first family. Officials at the US embassy declined to say whether other officers were under review.",
            "The designation is the second punitive step that Washington has taken against Ugandan officials this year. In April the State Department imposed visa restrictions on people it held responsible for undermining the January election, in which Mr Museveni won a sixth term and his main challenger, the musician Robert Kyagulanyi, said hundreds of his supporters were abducted. Those restrictions were not made public by name.",
            "The European Union has not imposed measures of its own on Ugandan officials, although members of the European Parliament called on it to do so after the election. Diplomats in Kampala said the Union preferred to raise human rights in its regular political dialogue with the government.",
            "The timing surprised some in Kampala. Ugandan troops crossed into eastern Congo last week to attack camps of the Allied Democratic Forces, the armed group that the State Department listed as a terrorist organisation in March and that Uganda blames for the suicide bombings in the capital in November. Western governments have broadly supported the operation.",
            'Lawyers for former detainees welcomed the sanctions. "For years families have come to us looking for relatives who were picked up and taken to Mbuya," said one, who asked not to be named. "This is the first time anyone outside the country has put a name on who is responsible."',
            "Opposition leaders urged Washington to go further, while government officials said the move would not affect security cooperation with the United States, which trains Ugandan units serving with the African Union mission in Somalia.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY, OFAC), ("Uganda", "Abel Kandiho")),
            Gold(
                "sanctions.imposed",
                "negated",
                (US, TREASURY),
                ("Yoweri Museveni", "Uganda"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (US, STATE), ("Uganda",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Uganda",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, STATE),
                ("Allied Democratic Forces",),
                core=False,
            ),
        ),
        not_participants=("Rwanda",),
    ),
    Article(
        "h106-02-cali-sports-business-weekly-treasury-delists-america-de-cali",
        date(2013, 11, 8),
        _p(
            "América de Cali taken off US sanctions list after seventeen years",
            "CALI, 8 November 2013 - Valle Sports & Business, English edition",
            "The United States Treasury has lifted the sanctions it imposed on América de Cali in 1996, removing one of Colombia's best-known football clubs from the list of companies that Washington ties to drug traffickers, the club's directors said on Thursday.",
            "The Treasury's Office of Foreign Assets Control took the club off its list after its new owners showed that the Rodríguez Orejuela brothers, who built the Cali cartel, no longer held any stake in it or had any say in how it was run, according to the club's lawyers. Fans in Colombia know the list as the \"Clinton list\", after the president who created the programme.",
            "For seventeen years the designation barred American companies and banks from doing business with the club, and most Colombian banks refused to hold its accounts. América could not sign sponsorship deals with international brands, had to pay some of its players in cash and struggled to receive transfer fees for the players it sold abroad. Directors said the club's debts had grown to tens of billions of pesos.",
            "The Treasury designated the club in October 1996, a year after the brothers were arrested, together with a chain of drugstores, a pharmaceutical laboratory and dozens of other companies that it said were used to launder the cartel's money. Many of those companies were later seized by the Colombian state.",
            "The decision does not lift the sanctions on the brothers themselves. Gilberto and Miguel Rodríguez Orejuela were extradited to the United States in 2004 and 2005 and are serving thirty-year sentences in American prisons after pleading guilty to drug trafficking charges.",
            'The club\'s president said the removal was "the end of a long night" and that the club would now seek sponsors and investors. "We can finally be a normal club, with a bank account and a shirt sponsor like everybody else," he told a news conference at the Pascual Guerrero stadium, where hundreds of supporters gathered with flags and flares.',
            "The change comes at a low point on the pitch. América, which won a dozen national titles and reached four finals of the Copa Libertadores in the 1980s and 1990s, was relegated to the second division in 2011 and failed to win promotion again this season. Its supporters blame years of poor management as much as the sanctions.",
            "Under a law passed in 2011, Colombian clubs must turn themselves into public limited companies with known shareholders, and the club's lawyers said that the new structure had helped them to convince the Treasury that the cartel's money was gone. Other clubs that were linked to traffickers in the past have gone through the same process.",
            "Sports officials in Bogotá welcomed the news and said it would help Colombian football as a whole to attract foreign investment.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, TREASURY, OFAC), ("América de Cali",)),
            Gold(
                "sanctions.imposed", "historical", (US, TREASURY), ("América de Cali",), core=False
            ),
            Gold(
                "sanctions.lifted",
                "negated",
                (US,),
                ("Gilberto Rodríguez Orejuela", "Miguel Rodríguez Orejuela"),
                core=False,
            ),
        ),
    ),
    Article(
        "h106-03-toronto-resources-weekly-title-iii-suspended-again",
        date(2018, 7, 18),
        _p(
            "Washington suspends Helms-Burton lawsuit clause for another six months, to relief of Canadian miners in Cuba",
            "TORONTO, 18 July 2018 - Northern Resources Weekly",
            "The United States has suspended for another six months the provision of the Helms-Burton Act that would allow American citizens to sue foreign companies doing business on property confiscated in Cuba after the 1959 revolution, sparing Canadian mining and hotel companies on the island from the threat of lawsuits in US courts until January.",
            "The State Department informed Congress of the decision on Monday, the deadline for the renewal. In a notice of a few lines, Secretary of State Mike Pompeo made the determination that the law requires of him, that holding back the clause serves American interests and will hasten democratic change on the island, in words copied almost exactly from those of his predecessors.",
            "The clause, Title III, has never been applied. Since the law was passed in 1996, each administration has put it on hold at every six-month deadline, mindful of the anger of trading partners such as Canada, Mexico and the European Union, which call it an unlawful reach of American law into their affairs. Canada answered it the same year with an amendment to its Foreign Extraterritorial Measures Act that forbids Canadian companies to comply and lets them counter-sue at home.",
            "Executives in Toronto had been nervous about this renewal. The Trump administration tightened the rules on travel and trade with Cuba last November, barring Americans from dealing with a list of companies controlled by the Cuban military, and some conservative members of Congress have urged the president to let the lawsuit clause take effect.",
            "Washington has not restored the full staff of its embassy in Havana, which it cut by more than half last year after diplomats there reported mysterious health problems. Canada, whose own diplomats reported similar symptoms, has kept its embassy open with its usual staff.",
            "For Sherritt International, the Toronto company that mines nickel and cobalt at Moa in eastern Cuba and produces oil and power on the island, the renewal removes a risk that analysts had begun to price into its shares. The company's chairman and several executives have been barred from entering the United States since 1996 under another part of the law, Title IV.",
            "The trade embargo itself, in force since 1962, can only be ended by Congress. Canadian exporters of food and machinery say Cuban buyers are short of hard currency and slow to pay, and several firms have reduced their business on the island this year.",
            "A spokeswoman for Global Affairs Canada said Ottawa would continue to defend the interests of Canadian companies and to oppose any measure that applies US law to business conducted outside the United States.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, STATE, "Mike Pompeo"), ("Cuba",)),
            Gold("sanctions.suspended", "historical", (US,), ("Cuba",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Cuba",), core=False),
            Gold("relations.restored", "negated", (US,), ("Cuba",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Sherritt International",), core=False),
        ),
        not_participants=("Mexico",),
    ),
    Article(
        "h106-04-kigali-great-lakes-site-us-renews-burundi-emergency",
        date(2019, 11, 21),
        _p(
            "White House renews Burundi sanctions programme for another year",
            "KIGALI, 21 November 2019 - Great Lakes Monitor, English edition",
            "The White House has renewed for another year the sanctions programme on Burundi, saying that the violence and political repression that followed President Pierre Nkurunziza's decision to run for a third term in 2015 still pose an unusual and extraordinary threat to the foreign policy of the United States.",
            "In a notice sent to Congress on Tuesday, President Donald Trump said the national emergency with respect to Burundi would continue beyond 22 November, keeping in force the freeze on the assets of four men named by his predecessor and the authority to add others who undermine democracy or commit abuses in the country.",
            "The emergency was declared by Barack Obama in November 2015, seven months after the protests in Bujumbura and the failed coup of May that year. The four men listed at the time were two senior government security officials and two leaders of the attempted coup. Washington has not added anyone to the list since then.",
            'Burundi\'s foreign ministry dismissed the renewal as "a ritual with no basis in the facts on the ground" and said the country was at peace and preparing for elections in May. Mr Nkurunziza has said he will not stand again, and the ruling CNDD-FDD has nominated a retired general, Évariste Ndayishimiye, to succeed him.',
            "The European Union extended its own measures against Burundi last month for another year. They include a travel ban and asset freeze on four officials and the suspension of direct budget support to the government, which the Union decided in 2016.",
            "Rights groups say the country has not changed. A United Nations commission of inquiry reported in September that killings, disappearances and torture were continuing, often carried out by the Imbonerakure, the ruling party's youth wing, and that the risk of mass atrocities was growing before the vote. Burundi left the International Criminal Court in 2017 after the court opened an investigation.",
            "The regional dialogue between the government and the opposition in exile, led for four years by the former Tanzanian president Benjamin Mkapa on behalf of the East African Community, ended in February without an agreement. Most of the opposition leaders who fled in 2015 remain abroad, many of them in Kigali and Brussels.",
            "Relations between Burundi and Rwanda, which Bujumbura accuses of sheltering the coup plotters, remain poor, and the border between the two countries has been largely closed to trade. Burundian officials say they will not restore normal ties while the men they accuse stay in Rwanda.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Donald Trump"), ("Burundi",)),
            Gold("sanctions.imposed", "historical", (US, "Barack Obama"), ("Burundi",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Burundi",), core=False),
            Gold("sanctions.extended", "historical", (EU,), ("Burundi",), core=False),
            Gold("agreement.signed", "stalled", ("Burundi",), (), core=False),
            Gold("relations.restored", "negated", ("Burundi",), ("Rwanda",), core=False),
        ),
    ),
    Article(
        "h106-05-georgetown-daily-us-warns-of-sanctions-over-election",
        date(2020, 6, 26),
        _p(
            "US warns of sanctions against those who block Guyana's election result",
            "GEORGETOWN, 26 June 2020 - Demerara Morning News",
            "The United States has threatened to impose sanctions on anyone who tries to install a government in Guyana on the basis of what it called fraudulent figures, raising the pressure on President David Granger's administration nearly four months after the general election of 2 March.",
            "In a statement issued in Washington on Thursday, Secretary of State Mike Pompeo said the recount overseen by a team from the Caribbean Community had given a clear result and that it was time for the outcome to be declared. Those who undermine democracy in Guyana, he said, could face serious consequences, including visa restrictions and financial measures.",
            "The recount, completed on 8 June, showed the opposition People's Progressive Party, led by Irfaan Ali, ahead by about 15,000 votes. But the chief elections officer has since submitted a report that throws out more than 115,000 ballots, which would hand victory to Mr Granger's coalition. The case is now before the Caribbean Court of Justice, which is expected to rule in the coming weeks.",
            "Washington has not named anyone yet, and officials said no decision had been taken on who might be targeted. Britain, Canada and the European Union, whose envoys have met the parties several times since March, said in separate statements that they were considering similar steps against those responsible for any attempt to subvert the vote.",
            'Government ministers reacted angrily. The minister of state, Dawn Hastings-Williams, said foreign governments were interfering in a process that was still before the courts, and Mr Granger\'s party accused the diplomats of taking sides. "Guyana is not a colony," one of its candidates told supporters in Georgetown.',
            "The stakes are high. Guyana began pumping oil from the Stabroek block last December, and the revenue is expected to transform a country of fewer than 800,000 people within a few years. Investors have said the dispute makes it harder to plan the next phases of production.",
            'The opposition welcomed the warning. "The world is watching, and it has counted the same votes we counted," Mr Ali said at a news conference. The Organization of American States, whose observers followed the election and the recount, has also called for the result of the recount to be respected.',
            "The election has revived old divisions between Guyanese of African and Indian descent, who largely vote for different parties, and church leaders have appealed for calm while the court considers the case.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Mike Pompeo"), ("Guyana",)),
            Gold("sanctions.imposed", "negated", (US,), ("Guyana",), core=False),
            Gold("sanctions.threatened", "occurred", (UK, "Canada", EU), ("Guyana",), core=False),
        ),
    ),
    Article(
        "h106-06-santo-domingo-weekly-dominican-republic-to-become-full-member-of-sica",
        date(2013, 6, 26),
        _p(
            "Dominican Republic to become full member of Central American integration system",
            "SANTO DOMINGO, 26 June 2013 - Hispaniola Business Weekly, English edition",
            "The Dominican Republic will become a full member of the Central American Integration System on Thursday, ten years after it first took part in the bloc's work as an associate state, when the region's presidents meet for their summit in Costa Rica, the foreign ministry said on Tuesday.",
            'President Danilo Medina, who leaves for San José on Wednesday evening, said the step would give Dominican exporters and workers a voice in the decisions of a market of more than 40 million people, and that the country intended to be "a bridge between Central America and the Caribbean". The foreign ministers of Guatemala, Honduras, El Salvador, Nicaragua, Costa Rica, Panama and Belize have already recommended the country\'s admission, officials said.',
            "As a full member, the Dominican Republic will take part in the bloc's councils of ministers and will hold its rotating presidency in turn. Officials at the foreign ministry said it would also pay a larger share of the costs of the bloc's general secretariat in San Salvador.",
            "The country has been an associate state since 2003, and its trade with Central America has grown steadily since it signed the free trade agreement with the United States and five Central American countries in 2004, known as CAFTA-DR. Dominican exports to the region are still small, however, compared with those to the United States and Haiti.",
            "Business groups in Santo Domingo welcomed the news but said membership would only matter if the region's customs and sanitary rules were brought closer together. The talks on a Central American customs union, which have been going on since the 1990s, have stalled again over the treatment of agricultural goods.",
            'The Dominican Republic is also a member of Cariforum, the group of Caribbean states that signed an economic partnership agreement with the European Union in 2008, and officials said they saw no conflict between the two memberships. "We are Caribbean by geography and Central American by trade," a deputy minister said.',
            "Some economists were more cautious. They noted that the Central American bloc's institutions have weak powers and that several of its decisions are not applied by member states. The country's main trade disputes, over poultry and plastics, are with its neighbours in the region rather than with the United States.",
            "The government said it would send a delegation to the bloc's next meeting of foreign ministers, scheduled for December in Panama, to discuss the terms of its participation in the region's security strategy against organised crime.",
        ),
        (
            Gold("alliance.joined", "planned", ("Dominican Republic",), (SICA,)),
            Gold("alliance.joined", "historical", ("Dominican Republic",), (SICA,), core=False),
            Gold("agreement.signed", "historical", ("Dominican Republic", US), (), core=False),
            Gold("agreement.signed", "stalled", (SICA,), (), core=False),
            Gold("agreement.signed", "historical", (EU,), (), core=False),
        ),
        not_participants=("Costa Rica",),
    ),
    Article(
        "h106-07-dakar-daily-senegal-and-us-sign-defence-cooperation-agreement",
        date(2016, 5, 3),
        _p(
            "Senegal and US sign defence cooperation agreement; minister rules out American base",
            "DAKAR, 3 May 2016 - Teranga Times, English edition",
            "Senegal and the United States signed a defence cooperation agreement on Monday that gives American forces access to agreed facilities in the country for training, joint exercises and the response to security and humanitarian crises in the region, the foreign ministry said.",
            "The agreement was signed in Dakar by the foreign minister, Mankeur Ndiaye, and the American ambassador, James Zumwalt. It sets out the legal status of American personnel during their stay and allows the United States to keep equipment and supplies in the country so that they can be moved quickly in an emergency.",
            'Mr Ndiaye said the accord did not mean the installation of an American military base on Senegalese soil. "Senegal remains sovereign over its territory. Every presence will be agreed in advance and for a purpose," he told reporters after the ceremony, adding that the text strengthened a partnership that goes back decades.',
            "American troops have used the country before. In 2014 the Dakar airport served as a staging base for the US military's response to the Ebola epidemic in Guinea, Liberia and Sierra Leone, and in February Senegal co-hosted Flintlock, the annual special forces exercise led by the United States, with soldiers from some thirty countries training in Thiès and Saint-Louis.",
            "France, which kept one of its largest overseas garrisons in Dakar for half a century, handed most of its bases back to Senegal in 2011 and now keeps about 350 soldiers in the capital. Officials said the new agreement did not affect that arrangement.",
            "The signing follows a year of attacks in West Africa. Gunmen killed twenty people at a hotel in Bamako in November, thirty more at a hotel and café in Ouagadougou in January, and nineteen at the beach resort of Grand-Bassam in Côte d'Ivoire in March. Senegal has tightened security at its borders and around hotels since then.",
            "In December Senegal joined the Islamic military coalition against terrorism announced by Saudi Arabia, and it has kept several hundred soldiers with the United Nations mission in Mali since 2013.",
            'Some opposition politicians and civil society groups criticised the lack of debate. "An agreement of this kind should have been discussed by the National Assembly before it was signed, not after," said one opposition deputy. Others feared that it could make Senegal a target. The government replied that the agreement was about cooperation and that the country\'s stability was an asset for the whole region.',
        ),
        (
            Gold("agreement.signed", "occurred", ("Senegal", US, "Mankeur Ndiaye"), ()),
            Gold("military.presence", "negated", (US,), ("Senegal",), core=False),
            Gold("military.presence", "historical", (US,), ("Senegal",), core=False),
            Gold("military.presence", "historical", ("France",), ("Senegal",), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Senegal",),
                ("Islamic Military Counter Terrorism Coalition",),
                core=False,
            ),
            Gold("military.presence", "historical", ("Senegal",), ("Mali",), core=False),
        ),
        not_participants=("Guinea", "Liberia", "Sierra Leone"),
    ),
    Article(
        "h106-08-paramaribo-news-site-netherlands-and-suriname-restore-relations",
        date(2020, 12, 16),
        _p(
            "Netherlands and Suriname restore normal relations after a decade of freeze",
            "PARAMARIBO, 16 December 2020 - Suriname Herald, English desk",
            "The Netherlands and Suriname have restored normal diplomatic relations after a decade in which contacts between the two governments were kept to a minimum, the Dutch foreign minister, Stef Blok, said in Paramaribo on Tuesday at the end of the first visit by a Dutch foreign minister in many years.",
            'Mr Blok, who met President Chan Santokhi and the foreign minister, Albert Ramdin, said the two countries would exchange ambassadors again and resume regular political consultations. "We are opening a new chapter, based on respect and on the many ties between our peoples," he told a news conference at the presidential palace.',
            "Relations cooled after Desi Bouterse, the former army commander, was elected president in 2010. Mr Bouterse was convicted in the Netherlands in 1999 of cocaine trafficking, and last year a military court in Paramaribo sentenced him to twenty years in prison for the killing of fifteen opponents in December 1982, a verdict he has appealed. Dutch ministers refused to meet him throughout his two terms.",
            "Mr Santokhi, a former police commissioner who led the investigation into the December killings, took office in July after his party won the May election, and he promised to repair ties with the former colonial power, home to more than 350,000 people of Surinamese origin.",
            "The country needs friends. Suriname is in a deep financial crisis, with inflation above 50 per cent and debts it cannot pay on time, and the government has asked the International Monetary Fund for a programme. Ramdin said the Netherlands had offered to support the country's case with creditors, though Mr Blok made no promise of new money.",
            "Suriname joined the Caribbean Community in 1995 and has looked to the region and to China for help in recent years. In 2019 the Bouterse government signed a memorandum to join China's Belt and Road Initiative, and Chinese companies have built roads and housing in the country.",
            "Dutch companies and the large Surinamese community in the Netherlands welcomed the step. Business groups in Paramaribo said easier visas and regular flights would matter more than speeches, and called for agreements on trade and investment to follow.",
            "Opposition politicians from Mr Bouterse's National Democratic Party said the government was too eager to please The Hague and that Suriname should not accept lessons from its former colonial ruler.",
        ),
        (
            Gold("relations.restored", "occurred", ("Netherlands", "Suriname"), ()),
            Gold(
                "alliance.joined", "historical", ("Suriname",), ("Caribbean Community",), core=False
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Suriname", "China"),
                ("Belt and Road Initiative",),
                core=False,
            ),
        ),
    ),
    Article(
        "h106-09-accra-daily-accra-initiative-states-agree-joint-task-force",
        date(2022, 11, 23),
        _p(
            "Coastal states agree to form 10,000-strong joint force against Sahel militants",
            "ACCRA, 23 November 2022 - The Gold Coast Ledger",
            "Leaders of five West African states agreed in Accra on Tuesday to set up a joint task force of about 10,000 soldiers to stop jihadist groups from spreading south from the Sahel into the countries of the Gulf of Guinea, President Nana Akufo-Addo said at the close of a two-day conference.",
            "The force will be formed under the Accra Initiative by the armies of Benin, Burkina Faso, Côte d'Ivoire, Ghana and Togo, with its headquarters in Tamale, in northern Ghana, and an intelligence centre in Ouagadougou. Its units will be deployed in stages along the borders where the groups linked to al-Qaeda and the Islamic State have been moving, and will be able to pursue attackers across frontiers.",
            '"Terrorism does not respect our borders, so our response cannot stop at them," Mr Akufo-Addo told delegates. Officials said the member states would pay part of the costs and that the European Union and the United Kingdom had promised to help with training and equipment.',
            "The Accra Initiative was set up in 2017 by the same five states to share intelligence and run joint operations on their borders. Mali and Niger have taken part in its meetings as observers since 2019. Until now its operations have been short and small, and officials admit that information has not always reached the units on the ground.",
            "The threat has grown fast. Soldiers and civilians have been killed in attacks in northern Benin and Togo over the past year, and Côte d'Ivoire lost fourteen soldiers in an attack at Kafolo in 2020. Ghana has not suffered an attack, but officials worry about young men being recruited in its northern regions.",
            "The situation in the Sahel has changed the region's security map. Mali brought in Russian military instructors late last year, and the last French soldiers of Operation Barkhane left the country in August. Burkina Faso's army has seized power twice this year, and its new leader, Captain Ibrahim Traoré, has said he wants to diversify the country's partners.",
            "The Economic Community of West African States is preparing its own plans. Its leaders are expected to approve the creation of a regional force against terrorism and coups at their summit in Abuja next month, though diplomats say that its funding is far from settled.",
            'Analysts in Accra welcomed the agreement but said the coastal states would have to share intelligence faster and fund the force themselves. "A force on paper does not stop an attack," said a security researcher at a university in the capital. "The first test will be whether the troops are on the ground by the next dry season."',
        ),
        (
            Gold(
                "forces.integrated",
                "planned",
                ("Benin", "Burkina Faso", "Ivory Coast", "Ghana", "Togo", "Nana Akufo-Addo"),
                (),
            ),
            Gold(
                "alliance.joined",
                "historical",
                ("Benin", "Burkina Faso", "Ivory Coast", "Ghana", "Togo"),
                ("Accra Initiative",),
                core=False,
            ),
            Gold("military.presence", "historical", ("Russia",), ("Mali",), core=False),
            Gold("forces.integrated", "planned", (ECOWAS,), (), core=False),
        ),
        not_participants=("Mali", "Niger"),
    ),
    Article(
        "h106-10-libreville-daily-us-troops-arrive-in-gabon",
        date(2019, 1, 5),
        _p(
            "American troops arrive in Libreville as Congo awaits election results",
            "LIBREVILLE, 5 January 2019 - L'Estuaire Daily, English page",
            "The United States has deployed about 80 soldiers to Gabon to protect American citizens and diplomatic facilities in the Democratic Republic of the Congo in case violence breaks out over the results of the presidential election held there on 30 December, President Donald Trump told Congress on Friday.",
            "The first of the troops, with their combat equipment, arrived in Libreville on Wednesday aboard military transport aircraft, according to a letter from Mr Trump to the leaders of Congress. Additional forces could be sent to Gabon, Congo or the neighbouring Republic of Congo if needed, the letter said, and they will stay until the security situation no longer requires them.",
            "No American soldier has entered Congo so far, and officials at the US embassy in Kinshasa said the deployment was a precaution. The embassy has advised its citizens to have plans to leave the country and has reduced its staff.",
            "Gabon's government confirmed that it had agreed to the request. A spokesman said the country was happy to help a friendly nation and that the troops would not take part in any operation on Gabonese soil. France has kept a military base in Libreville since independence, and its soldiers already provide support to neighbouring countries.",
            "In Kinshasa, the electoral commission has delayed the publication of provisional results, and the government cut internet access across the country after the vote. The Catholic bishops, whose observers followed the count, said the data showed a clear winner, without naming him, and urged the commission to publish results that respect the truth of the ballot.",
            "The European Union renewed its sanctions on fourteen Congolese officials in December, among them the ruling coalition's candidate, Emmanuel Ramazani Shadary. Kinshasa responded by expelling the head of the EU delegation a few days before the vote.",
            "The deployment drew little reaction in Libreville, where attention is focused on the health of President Ali Bongo, who has been recovering in Morocco since he fell ill in Saudi Arabia in October. His New Year message, recorded in Rabat, was the first time most Gabonese had seen him in two months.",
            "Regional leaders have called for calm. The Southern African Development Community said it was following the process closely, and diplomats in Libreville said the Central African states feared that a contested result could send refugees across Congo's borders.",
        ),
        (
            Gold("military.presence", "occurred", (US,), ("Gabon",)),
            Gold(
                "military.presence",
                "negated",
                (US,),
                ("Democratic Republic of the Congo",),
                core=False,
            ),
            Gold("military.presence", "historical", ("France",), ("Gabon",), core=False),
            Gold(
                "sanctions.extended",
                "historical",
                (EU,),
                ("Democratic Republic of the Congo", "Emmanuel Ramazani Shadary"),
                core=False,
            ),
        ),
        not_participants=("Morocco", "Saudi Arabia"),
    ),
    Article(
        "h106-11-bridgetown-sports-page-football-and-cricket-roundup",
        date(2022, 9, 19),
        _p(
            "Sports round-up: association lifts ban on Kensington club, Pride extend captain's deal",
            "BRIDGETOWN, 19 September 2022 - Island Sport Daily, weekend round-up",
            "The Barbados Football Association on Saturday lifted the ban on home matches that it imposed on a Christ Church club after crowd trouble in June, and the side will play its first game at its own ground in three months next weekend. The association's disciplinary committee, which sanctioned the club with a fine of 5,000 dollars, said new fencing had been installed and the stewards trained.",
            "The committee also suspended a St Michael striker for four matches for abusing a referee and threatened to deduct points from any club whose supporters throw objects onto the pitch. Officials said two clubs had received warnings since the start of the season.",
            "In cricket, the Barbados Pride have extended the contract of their captain for two more seasons. The franchise, which finished third in the regional four-day championship, said it wanted continuity while a group of young batsmen settle into the side.",
            "Off the field, a Bridgetown netball club signed an agreement with a Trinidad sports academy to exchange coaches and young players, and joined an alliance of Caribbean clubs that plans a regional tournament in April. Its president said the agreement would let six junior players train in Port of Spain each summer.",
            "At the National Stadium, the floodlights were restored after repairs to the main transformer, and the sports ministry said the track and the training pitch would be integrated into a single high-performance centre by the end of next year. Extra police were deployed around the stadium for Sunday's athletics meeting, which drew the largest crowd of the season.",
            'The national football coach watched the league games from the stands. He said several of the young players he has deployed in the under-20 squad were pushing for a place in the senior team for next month\'s Nations League matches, and that the squad would be named on Thursday. "Competition for places is the best thing that can happen to us," he said.',
            "Results of the weekend's Premier League matches: Weymouth Wales beat Notre Dame 2-1; Brittons Hill and Paradise drew 1-1; the Barbados Defence Force beat Ellerton 3-0 at the Paragon ground.",
            "The Premier League's transfer window closes at midnight on Friday. Clubs may register up to three players from abroad, and the association said all registrations would be checked before the next round.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h106-12-johannesburg-business-page-mining-and-markets",
        date(2021, 3, 15),
        _p(
            "Markets: exchange lifts trading halt on platinum miner; two gold producers sign merger deal",
            "JOHANNESBURG, 15 March 2021 - Highveld Business Report, markets page",
            "The Johannesburg Stock Exchange on Friday lifted the suspension of trading in the shares of a small platinum miner that it imposed in January after the company failed to publish its accounts on time. The miner, which sanctioned two of its own directors over the delay, said the audited results had been filed and that the exchange had restored its listing without conditions.",
            "The financial markets regulator fined an investment adviser for misleading clients about the risks of a mining fund and threatened to withdraw the licence of a second firm if it does not improve its compliance procedures by June. The regulator said it had received more complaints about mining investment schemes in the past year than ever before.",
            "Two mid-sized gold producers signed a merger agreement on Thursday that will create the country's fourth-largest gold company. The combined group said it would integrate the two companies' operations on the West Rand within eighteen months and expects to save about 300 million rand a year in costs. The deal still needs the approval of the Competition Commission and of shareholders.",
            "A coal exporter joined an alliance of mining companies that buys renewable power for their operations, and extended by a year the contract with its rail operator after a dispute over capacity was settled. The company said it would deploy two more trains on the line to Richards Bay once the repairs to the track are finished.",
            "The rand strengthened against the dollar for a third week, helped by high commodity prices, while the all-share index closed slightly lower after a fall in the shares of retailers. Analysts said the platinum price was near its highest level in six years, driven by demand from carmakers.",
            "The national power utility said it had restored most of the units that broke down last week and that there would be no rolling blackouts this weekend, though it warned that the grid remained under pressure.",
            "Mining unions said they would begin wage talks with the gold producers next month. A union spokesman said workers expected a share of the higher prices, and that the merger should not be used as an excuse to cut jobs.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "h106-07-dakar-daily-senegal-and-us-sign-defence-cooperation-agreement": (
        "the access the agreement gives American forces is an occurred presence (set 57's reading);"
        " the annotation has only the negated base and historical presences"
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


def test_heldout106_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-106 English events"))
