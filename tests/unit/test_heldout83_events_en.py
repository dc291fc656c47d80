"""Eighty-third English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms the earlier sets use little: regional agency dispatches (a Chisinau
agency, an Addis Ababa Horn agency, a Pacific islands news service at the Rarotonga forum, an Almaty
business agency), government press releases rewritten as news (a Freetown desk on a State House
release, an Ulaanbaatar desk on a Foreign Ministry release), correspondents' letters (from Tiraspol,
from Honiara) and weeklies' news round-ups (a Sarajevo weekly, a Suva Pacific weekly, a Kathmandu
weekly, a Bridgetown sports weekly). The episodes, of 2010-2024, are ones that the earlier sets, as
far as a search of their docstrings and article texts (both languages) shows, do not carry as core
news: the European Union imposing sanctions on Ilan Shor, Vladimir Plahotniuc and others for
destabilising Moldova (2023); the UN Security Council lifting its last sanctions on Sierra Leone
(2010); the EU suspending its travel ban on Transnistria's leaders for six months (2010); Joe Biden
continuing the US national emergency and sanctions programme on the Western Balkans for a year
(2023); IGAD threatening South Sudan's warring leaders with an asset freeze, travel ban and arms
embargo (2014); Mongolia about to become the OSCE's 57th participating state (2012); Tuvalu and
Australia signing the Falepili Union treaty (2023); Nauru and China restoring relations (2024);
about 1,400 former Maoist combatants integrated into the Nepal Army (2013); Fiji's soldiers deployed
to the Solomon Islands after the Honiara riots (2021); and two near misses (a Caribbean sports
round-up where a bowler is "signed", teams "joined the race", a board "lifted the ban it imposed" on
a batsman "suspended" for six months, a contract "extended", a club "threatened" to withdraw and
"signed an agreement" with a bank, a team "integrated" into a programme, sessions "suspended" and
"restored", a team to "deploy" new staff; a Central Asian business dispatch where a bank "has joined
a regional payments alliance" and "signed an agreement", a miner "extended" a mine's life,
production "suspended" and "restored", a miner "threatened" to delay a project, a carrier "lifted
the restrictions it imposed" on hand luggage, will "deploy" aircraft and "integrated" its booking
system, a cement maker "joined the list" of suppliers).

Ten articles carry core alertable events of all ten types; nine core events occurred and one is
planned (Mongolia's joining of the OSCE, due the day after the release), beside historical, negated,
planned and stalled background.

Decisions of the annotation: the EU that "imposed sanctions on seven people it accuses of working to
destabilise the Republic of Moldova, among them ... Ilan Shor and Vladimir Plahotniuc" imposes
(core; the Council, which froze the assets, an actor; Shor and Plahotniuc the targets, Moldova being
the state they are said to harm, not the target); the US and British sanctions "in October last
year" and "in December" are historical impositions; the state of emergency Moldova "has not lifted"
is no sanction. The Security Council that "has lifted the last of its sanctions on Sierra Leone"
lifts (core); the embargo it "first imposed ... in October 1997" is a historical imposition; the
diamond ban "not renewed after it expired in 2003" and the troops sent to Darfur and Somalia are not
annotated (a lapse, and peacekeeping contributions told in passing). The EU that "suspended the
travel ban it had kept on the leaders of Transnistria" suspends (core; Transnistria and Igor Smirnov
the targets); "would be lifted for six months" is the same suspension, the ban "imposed after
Smirnov's government rejected a federal settlement" a historical imposition, the ban on the school
officials "kept in force" a negated lifting, and Russia that "keeps about 1,500 troops in the
region" a historical presence (with Moldova, whose region it is, for its target). Biden who "has
extended for another year the national emergency with respect to the Western Balkans, keeping in
force the sanctions programme" extends (core; Bosnia and Herzegovina, the country whose institutions
the notice names, the target); the Treasury that "imposed sanctions on Dodik in January 2022" is a
historical imposition, "no one had been removed from the list" a negated lifting, the EU that "has
not sanctioned him" a negated imposition and EUFOR's troops "in the country" a historical presence;
the emergency "declared by George W. Bush in June 2001" is no sanction event. IGAD's leaders who
"threatened to freeze the assets of South Sudan's President Salva Kiir and the rebel leader Riek
Machar" threaten (core; South Sudan, Kiir and Machar the targets); "The bloc has not sent troops to
South Sudan itself" is a negated presence, the Ugandan soldiers "fighting beside the government army
since December" a historical presence, and the US and EU that "have both already imposed travel bans
and asset freezes" a historical imposition; Ethiopia, the chair and host, is no party. Mongolia that
"will join the Organization for Security and Co-operation in Europe as its 57th participating state
on Wednesday" is a planned joining (core); "did not intend to join any military alliance" is a
negated joining with no target, the troops "with NATO in Afghanistan since 2003" a historical
presence and the partnership programme it "signed with the alliance this year" a historical signing;
the Central Asian members that "joined in 1992" are not annotated (states left unnamed). Tuvalu and
Australia that "signed a treaty" sign (core; both prime ministers actors); China's pact with the
Solomon Islands "signed in April last year" is a historical signing and the regional agreement
Beijing proposed that "was not signed" a negated one; Taiwan is no party. Nauru and China that
"restored diplomatic relations" restore (core; both foreign ministers actors); the banking agreement
with Australia "still being negotiated" is a stalled signing; the cut with Taiwan and the
recognitions of 2002 and 2005 are no events, and Taiwan no party. The former Maoist combatants who
"have been integrated into the Nepal Army" are an integration (core; Nepal the actor, no target);
the agreement "the parties signed in November 2011" is a historical signing (of Nepal's parties),
those who "were not integrated" a negated integration and the UN mission that "monitored the camps"
a historical presence; the peace accord of 2006 and the boycott a faction "threatened" are no
events. Fiji that "has deployed fifty soldiers to the Solomon Islands" is a presence (core); the
Australian and Papua New Guinean forces "who arrived last week" are a historical presence, the
treaty "signed in 2017" a historical signing, New Zealand that "will send troops" a planned presence
and China that "has not sent officers" a negated presence. Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout83_events_en``.
Measured before any fix (on commit 4c00fb3): P 0.812, R 1.000, F1 0.897 (recall 10/10, 13 of 16
alerts right; recall by status: occurred 9/9, planned 1/1; two false alarms on background events,
one unexpected alert; the near misses quiet).
No annotation was changed after the run.
Found at the merge: the Ulaanbaatar release's core episode, Mongolia becoming the OSCE's 57th
participating State (2012), is also set 81's core episode, written an hour before this set; set 81's
fixes ("participating State" as membership, "admission as" a member) were made on it, so this
article's joining was found partly thanks to them and the figure before any fix is the better for it.
Missed: no core event.
False alarms: on the Addis Ababa dispatch, "The United States and the European Union have both
already imposed travel bans and asset freezes on commanders from the two sides" is an occurred
imposition: a present perfect with "already", told as what others did before the news, is read
as the news itself. On the Honiara letter, "the Australian and Papua New Guinean police and
soldiers who arrived last week" is an occurred presence: an arrival "last week", in a relative
clause after the news of the Fijian troops, is read as new.
Unexpected: on the Freetown release, "Sierra Leone has sent a company of troops to the African Union
mission in Sudan's Darfur region" is an occurred presence with the United Nations for an actor and
Darfur, Sudan and Freetown for targets (a peacekeeping contribution told in passing, not annotated).
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Chisinau dispatch the core imposition has no target (Shor and Plahotniuc, after "among them", are
not taken) and the US imposition has Shor alone; the British one is not found. On the Freetown
release the historical imposition has no actor. On the Tiraspol letter the target is "leaders of
Transnistria" (unlinked) with no Smirnov, and the historical imposition, the negated lifting and
the Russian presence are not found. On the Sarajevo round-up the extension has no target, and the
negated lifting and EUFOR are not found. On the Addis Ababa dispatch the threat is split in two
(IGAD with South Sudan; no actor with Kiir and Machar), and the negated IGAD presence and the
Ugandan presence are not found. On the Ulaanbaatar release the Afghanistan presence and the NATO
partnership are not found. On the Rarotonga dispatch the core signing has no prime ministers, the
Solomon Islands pact has no China and the negated regional agreement is not found. On the Suva
round-up the restoration has Tonga (of the next item) for a target and no ministers, and the
stalled banking agreement is not found. On the Kathmandu round-up the integration has Nepal for a
target and no actor, the 2011 agreement "to be taken into the army" is a historical integration of
the United Nations, and the negated integration is not found. On the Honiara letter the 2017 treaty
has Australia alone and China's negated presence is not found.
The articles which raise false alarms (the Addis Ababa dispatch, the Honiara letter) are strict
xfails; an unexpected alert, like the Freetown release's, is no false alarm of the check.

After the fixes of 2026-12-06: P 0.867 R 1.000 F1 0.929 (recall 10/10, precision 13/15; occurred
9/9, planned 1/1; one false alarm, one unexpected alert, the near misses quiet). Fixed, with rule
sentences in ``tests/unit/test_heldout83_rules_en.py``: the present perfect with "already" right
before the trigger ("have both already imposed travel bans") is measures in force before the
news, historical (``_already_in_force_en`` in ``rasd/events/status.py``; the word is read only
next to its verb, so "imposed sanctions on Tuesday, having already sanctioned ..." keeps its
news), so the Addis Ababa dispatch's false alarm is gone and its strict xfail removed.
Left: the Honiara letter is a strict xfail: "the ... police and soldiers who arrived last week",
a relative clause after the day's news, is still read as new ("last week" is a fresh time for a
weekly paper's news, and the clause's past was not told apart from it in the time of the round).
The Freetown release's peacekeeping contribution ("has sent a company of troops to the African
Union mission") is still an unexpected occurred presence. The Tiraspol letter's episode overlaps
an earlier set's (the EU's Transnistria travel ban of 2010, there extended with Smirnov's listing
suspended), which the search of the docstrings found only after the set was committed; it is kept
as written, told here.
Not scored: what is listed above as seen or not found is unchanged.

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
COUNCIL = "Council of the European Union"
UNSC = "United Nations Security Council"
IGAD = "Intergovernmental Authority on Development"
OSCE = "Organization for Security and Co-operation in Europe"

ARTICLES: list[Article] = [
    Article(
        "y01-chisinau-regional-agency-eu-sanctions-shor-plahotniuc",
        date(2023, 5, 31),
        _p(
            "EU freezes assets of Shor and Plahotniuc over plots to destabilise Moldova",
            "CHISINAU, 31 May 2023 - Prut Regional News Agency, dispatch 114",
            "The European Union on Tuesday imposed sanctions on seven people it accuses of working to destabilise the Republic of Moldova, among them the fugitive businessmen Ilan Shor and Vladimir Plahotniuc, a day before the leaders of nearly fifty European states gather for a summit near Chisinau. The Council of the European Union froze the assets of the seven in the bloc and barred them from entering or passing through its territory.",
            "The listings are the first under a framework the EU adopted in April at Moldova's request, which allows it to punish those who undermine the country's democratic institutions, rule of law and stability. Shor, whose party was banned by the Constitutional Court this month, is accused of paying people to attend protests against the government and of links to Russian intelligence. Plahotniuc, who left Moldova in 2019, is accused of using his fortune to capture the country's institutions.",
            '"This is a clear message to those who try to buy Moldova\'s democracy," President Maia Sandu said in Chisinau. "The citizens of this country will not be intimidated." The foreign minister, Nicu Popescu, told the agency that the government had handed Brussels evidence gathered by prosecutors and the security service.',
            "Neither man could be reached for comment. Shor, who lives in Israel, has called the accusations a campaign by the ruling party to silence the opposition.",
            "Background: The United States imposed sanctions on Shor and Plahotniuc in October last year, and Britain followed in December. Moldova has not lifted the state of emergency it declared after Russia's invasion of Ukraine, though parliament has shortened it several times. Shor was convicted in absentia in April of this year for his role in the theft of about one billion dollars from three banks in 2014, a fraud that cost the country about an eighth of its economic output.",
            "Chisinau expects the leaders' summit at Mimi Castle in Bulboaca on Thursday to confirm support for the country's bid to open accession talks with the bloc this year. Police said security would be tightened on the roads around the castle, and several streets in the capital would be closed for motorcades on Wednesday and Thursday.",
        ),
        (
            Gold(
                "sanctions.imposed", "occurred", (EU, COUNCIL), ("Ilan Shor", "Vladimir Plahotniuc")
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                (US,),
                ("Ilan Shor", "Vladimir Plahotniuc"),
                core=False,
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                ("United Kingdom",),
                ("Ilan Shor", "Vladimir Plahotniuc"),
                core=False,
            ),
        ),
    ),
    Article(
        "y02-freetown-state-house-release-unsc-lifts-sierra-leone-sanctions",
        date(2010, 9, 30),
        _p(
            "Security Council ends sanctions on Sierra Leone",
            "FREETOWN, 30 September 2010 - from a State House press release, rewritten by the Lumley Desk",
            "The United Nations Security Council has lifted the last of its sanctions on Sierra Leone, ending an arms embargo and travel ban that had stood since the civil war of the 1990s. The fifteen members of the Council voted unanimously in New York on Wednesday for a resolution that ends the measures and dissolves the committee that oversaw them, State House said in a statement on Thursday.",
            'The release quoted President Ernest Bai Koroma as saying that the decision recognised "the maturity of our democracy and the professionalism of our security forces", and thanked the members of the Council and the countries of the Mano River region for their support. "Sierra Leone today stands as a country at peace, no longer a subject of the Council\'s sanctions but a contributor to peacekeeping," the statement said.',
            "The Council first imposed an oil and arms embargo on Sierra Leone in October 1997, after the coup by the Armed Forces Revolutionary Council, and later narrowed the measures to the rebels of the Revolutionary United Front and the former junta. A ban on the export of rough diamonds not certified by the government, imposed in 2000, was not renewed after it expired in 2003.",
            "The statement said that the travel ban had applied in recent years to only a handful of people, most of them already dead or in prison. The Special Court for Sierra Leone, which is trying the former Liberian president Charles Taylor in The Hague, remains in place.",
            "Sierra Leone has sent a company of troops to the African Union mission in Sudan's Darfur region, and the army is preparing a battalion for Somalia, officials said. The country's first national elections run without the help of UN peacekeepers are due in 2012. The UN's political office in Freetown, which replaced the peacekeeping mission, will stay at least another year.",
            "Diplomats in Freetown said the government would now seek to have the country removed from the agenda of the UN Peacebuilding Commission. Opposition parties welcomed the vote but said the government should not use it to claim credit for the end of a war that was won before it took office.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC,), ("Sierra Leone",)),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Sierra Leone",), core=False),
        ),
    ),
    Article(
        "y03-tiraspol-correspondents-letter-eu-suspends-transnistria-visa-ban",
        date(2010, 10, 2),
        _p(
            "Letter from Tiraspol: a visa ban suspended, and a city that shrugs",
            "TIRASPOL, 2 October 2010 - from our correspondent",
            "On Monday the European Union suspended the travel ban it had kept on the leaders of Transnistria since 2003, and by the middle of the week nobody on the October 25th Street seemed to have noticed. The ministers of the bloc, meeting in Brussels, said the ban on Igor Smirnov and a dozen of his officials would be lifted for six months to encourage a return to talks on the future of the breakaway region, with the possibility of restoring it if nothing moved.",
            'The region\'s foreign minister, Vladimir Yastrebchak, told me over coffee in a ministry that still flies the hammer and sickle that the decision was "a small step in the right direction", and that his president had no plans to travel to Paris. He was less pleased that the ban on the officials blamed for closing schools that teach Moldovan in the Latin script was kept in force. "They are punishing us for defending our laws," he said.',
            "The ban was imposed after Smirnov's government rejected a federal settlement brokered by Moscow in 2003. The formal talks between Chisinau and Tiraspol, in the five-plus-two format that brings in Russia, Ukraine, the OSCE, the EU and the United States as observers, have not met since 2006. Russia keeps about 1,500 troops in the region, some of them guarding a vast Soviet-era arms depot at Cobasna.",
            "In Chisinau, the pro-European government welcomed the suspension, which it had asked for. The prime minister, Vlad Filat, has been meeting Smirnov's people on football matches and railway links, and the trains from Chisinau to Odessa now run through Tiraspol again.",
            "Life here is cheap and quiet. The Sheriff company, which owns the supermarkets, the petrol stations and the football club, dominates the economy. Pensioners receive a supplement paid for with Russian gas that the region never pays for. Young people leave, mostly for Russia, some with Moldovan passports that let them work in Romania and beyond.",
            'At the market an old woman selling pickled tomatoes asked me what a travel ban was. When I explained, she laughed. "They should ban us from leaving," she said. "Then there might be someone left."',
        ),
        (
            Gold("sanctions.suspended", "occurred", (EU,), ("Transnistria", "Igor Smirnov")),
            Gold(
                "sanctions.imposed",
                "historical",
                (EU,),
                ("Transnistria", "Igor Smirnov"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (EU,), ("Transnistria",), core=False),
            Gold("military.presence", "historical", ("Russia",), ("Moldova",), core=False),
        ),
    ),
    Article(
        "y04-sarajevo-weekly-roundup-biden-continues-western-balkans-emergency",
        date(2023, 6, 23),
        _p(
            "The week in review: Washington keeps its Balkans sanctions, Dodik defies the court, and a hot start to summer",
            "SARAJEVO, 23 June 2023 - Tjedni Pregled, the week's news in brief",
            "SANCTIONS. President Joe Biden has extended for another year the national emergency with respect to the Western Balkans, keeping in force the sanctions programme under which Washington has blacklisted Milorad Dodik and dozens of other politicians in the region. In a notice to Congress on Tuesday, the White House said that actions undermining the Dayton peace agreement and the institutions of Bosnia and Herzegovina continue to pose an unusual and extraordinary threat to the foreign policy of the United States. The emergency was declared by George W. Bush in June 2001, during the fighting in Macedonia, and must be renewed every year or it lapses.",
            "The renewal comes as Dodik, the president of the Republika Srpska, pushes a law that would stop the entity from applying the rulings of the state Constitutional Court. The Treasury imposed sanctions on Dodik in January 2022 over what it called corruption and threats to the stability of the country. The embassy in Sarajevo said on Wednesday that no one had been removed from the list. The European Union has not sanctioned him, as Hungary has blocked any proposal in Brussels.",
            "COURT. The High Representative, Christian Schmidt, said he would use his powers if the entity's assembly adopted the law, which he called an attack on the peace agreement. Dodik answered that he no longer recognised Schmidt's office. The EU force, EUFOR Althea, said it was following events and had enough troops in the country.",
            "ECONOMY. Inflation eased to 7.9 percent in May, the statistics agency said, the slowest rise in a year. Fuel prices fell for a third week.",
            "WEATHER. Temperatures reached 37 degrees in Mostar on Thursday, and the civil protection service warned of forest fires in Herzegovina. Water will be rationed in parts of Trebinje at night.",
            "CULTURE. The Sarajevo Film Festival announced its programme for August, with twelve films in the main competition, four of them from the region. Tickets go on sale on 10 July.",
            "SPORT. Bosnia and Herzegovina lost 2-0 to Portugal in Lisbon in a European Championship qualifier and then beat Iceland at home, keeping alive their hopes of a place in Germany next summer.",
            "NEXT WEEK. Parliament meets on Tuesday to choose new members of the electoral commission, and the Republika Srpska assembly is due to debate the court law on Thursday.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Bosnia and Herzegovina",)),
            Gold("sanctions.imposed", "historical", (US,), ("Milorad Dodik",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Milorad Dodik",), core=False),
            Gold("military.presence", "historical", (EU,), ("Bosnia and Herzegovina",), core=False),
        ),
    ),
    Article(
        "y05-addis-ababa-regional-agency-igad-threatens-south-sudan-parties",
        date(2014, 11, 8),
        _p(
            "IGAD leaders threaten South Sudan's warring sides with asset freezes and arms embargo",
            "ADDIS ABABA, 8 November 2014 - Horn Regional Press Service, dispatch",
            "The leaders of East Africa's regional bloc on Friday threatened to freeze the assets of South Sudan's President Salva Kiir and the rebel leader Riek Machar, ban them from travelling in the region and impose an arms embargo if they break their latest ceasefire. The Intergovernmental Authority on Development, meeting in an extraordinary summit in the Ethiopian capital, gave the two men fifteen days to settle the outstanding questions of a power-sharing government.",
            '"The region will act directly to impose an asset freeze, a travel ban within the region and an embargo on the supply of arms and ammunition," the communique read by IGAD\'s executive secretary said. "We have been patient. We cannot be patient forever." Ethiopia\'s prime minister, Hailemariam Desalegn, who chairs the bloc, told the summit that the people of South Sudan had suffered enough.',
            "Kiir and Machar, who both attended, agreed once again to stop fighting, as they did in January, May and August. Neither ceasefire held. The talks have been deadlocked over the powers of a prime minister that the rebels want to create for Machar.",
            'South Sudan\'s information minister, Michael Makuei, said the government had no objection to the communique but warned that "threats will not bring peace". A rebel spokesman said the movement was ready to sign a deal if it gave the prime minister real power.',
            "The bloc has not sent troops to South Sudan itself: a protection force it proposed in the spring never deployed, and Ugandan soldiers have been fighting beside the government army since December at Kiir's request. The UN mission in the country shelters about 100,000 civilians in its bases.",
            "The United States and the European Union have both already imposed travel bans and asset freezes on commanders from the two sides, but no African state has yet done so. Diplomats at the summit said that Uganda and Sudan, which are accused of backing opposite sides, would have to enforce any embargo for it to matter.",
            "Fighting since December 2013 has killed tens of thousands of people and driven nearly two million from their homes. The UN warns of famine in parts of Unity and Upper Nile states early next year.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (IGAD,),
                ("South Sudan", "Salva Kiir", "Riek Machar"),
            ),
            Gold("military.presence", "negated", (IGAD,), ("South Sudan",), core=False),
            Gold("military.presence", "historical", ("Uganda",), ("South Sudan",), core=False),
            Gold("sanctions.imposed", "historical", (US, EU), ("South Sudan",), core=False),
        ),
    ),
    Article(
        "y06-ulaanbaatar-foreign-ministry-release-mongolia-joins-osce",
        date(2012, 11, 20),
        _p(
            "Mongolia to become the OSCE's 57th participating state on Wednesday",
            "ULAANBAATAR, 20 November 2012 - from a Ministry of Foreign Affairs press release, as rewritten by the Steppe News Desk",
            "Mongolia will join the Organization for Security and Co-operation in Europe as its 57th participating state on Wednesday, the Ministry of Foreign Affairs said on Tuesday. The OSCE's Permanent Council in Vienna is due to approve the country's admission by consensus at its meeting that day, ending a process that began when Ulaanbaatar applied in October last year.",
            'The ministry quoted Foreign Minister Luvsanvandan Bold as saying that membership would "anchor Mongolia\'s third-neighbour policy in the largest regional security organisation in the world" and give the country a voice in debates on security in the region. Mongolia, which borders only Russia and China, has sought ties with the United States, Japan, the European Union and other "third neighbours" since the end of communism.',
            "The country has been one of the OSCE's Partners for Co-operation since 2004 and its observers have taken part in election missions. The ministry said Mongolia would now take part in all of the organisation's work and pay its share of the budget, which it put at a modest sum. President Tsakhiagiin Elbegdorj is expected to attend the ministerial council in Dublin next month, where Mongolia's flag will be raised for the first time.",
            "The release said that Mongolia does not intend to join any military alliance and that its nuclear-weapon-free status, recognised by the United Nations in 1998, was unchanged. Mongolian troops have served with NATO in Afghanistan since 2003, and the country signed an individual partnership programme with the alliance this year.",
            "Some Russian officials had asked whether a state in East Asia belonged in a European organisation, but none of the participating states is expected to block the decision. Several Central Asian members, which joined in 1992 after the break-up of the Soviet Union, backed the application.",
            "The ministry said the government would soon name a permanent representative to the OSCE, based in Vienna. Mongolia will hold the chair of the Community of Democracies next year.",
        ),
        (
            Gold("alliance.joined", "planned", ("Mongolia",), (OSCE,)),
            Gold("alliance.joined", "negated", ("Mongolia",), (), core=False),
            Gold("military.presence", "historical", ("Mongolia",), ("Afghanistan",), core=False),
            Gold("agreement.signed", "historical", ("Mongolia", "NATO"), (), core=False),
        ),
    ),
    Article(
        "y07-pacific-regional-agency-tuvalu-australia-falepili-union-treaty",
        date(2023, 11, 10),
        _p(
            "Tuvalu and Australia sign Falepili Union treaty in Rarotonga",
            "RAROTONGA, 10 November 2023 - Pacific Islands Regional News Service, dispatch",
            "Tuvalu and Australia signed a treaty on Friday that will let up to 280 Tuvaluans a year move to Australia to live, work and study, and gives Canberra a say over the small atoll nation's security ties with other countries. Prime Minister Kausea Natano and Prime Minister Anthony Albanese signed the Falepili Union treaty on the sidelines of the Pacific Islands Forum leaders' meeting in the Cook Islands.",
            'Falepili is a Tuvaluan word for the duties of good neighbours. Under the treaty Australia commits to come to Tuvalu\'s help in the event of a major natural disaster, a pandemic or military aggression, and Tuvalu agrees to consult Australia before it enters any agreement on defence or security with a third state. "This is a milestone in our relations and a sign of hope for our people," Natano told reporters. Albanese called it "the most significant agreement between Australia and a Pacific island nation since Papua New Guinea\'s independence".',
            "Tuvalu, a chain of nine islands with about 11,000 people, stands on average less than two metres above the sea, and scientists expect parts of it to become uninhabitable within decades. The treaty recognises the right of Tuvalu's people to stay in their homeland and promises Australian funds for the reclamation of land on the main atoll, Funafuti.",
            "Some in Tuvalu asked why the treaty was not put to a public debate before it was signed. The former prime minister Enele Sopoaga said the security clause gave away too much. The treaty must still be ratified by both parliaments, and Tuvalu's election, due in January, could delay the process.",
            "Tuvalu is one of the few countries that recognise Taiwan rather than China, and Taipei's embassy in Funafuti is one of its last in the Pacific. China has sought closer ties with Pacific states, and its security pact with the Solomon Islands, signed in April last year, alarmed Canberra and Washington. A wider regional security agreement that Beijing proposed to ten Pacific states in 2022 was not signed, after several of them objected.",
            "The Forum's leaders, meeting for three days, also endorsed a plan on ocean resources and renewed their call on Japan to reconsider the release of treated water from the Fukushima nuclear plant. Next year's meeting will be held in Tonga.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Tuvalu", "Australia", "Kausea Natano", "Anthony Albanese"),
                (),
            ),
            Gold("agreement.signed", "historical", ("China", "Solomon Islands"), (), core=False),
            Gold("agreement.signed", "negated", ("China",), (), core=False),
        ),
    ),
    Article(
        "y08-pacific-weekly-news-roundup-nauru-china-restore-relations",
        date(2024, 1, 26),
        _p(
            "Pacific week: Nauru and China restore ties, Tonga's cabinet shuffle, fish prices",
            "SUVA, 26 January 2024 - The Islands Weekly, news round-up",
            'NAURU. Nauru and China restored diplomatic relations on Wednesday, two weeks after the island cut its ties with Taiwan. Foreign Minister Lionel Aingimea and his Chinese counterpart Wang Yi signed a joint communique in Beijing, in which Nauru recognises that there is only one China and that Taiwan is part of its territory. "This is a new chapter," Wang said at the ceremony. Aingimea said his country had taken the decision in its national interest and wanted help with development, not a military base.',
            "Nauru, with about 12,000 people, had first recognised Beijing in 2002, switched back to Taipei in 2005 and kept ties with Taiwan for eighteen years. Its announcement came two days after Taiwan's presidential election, and Taipei said Beijing had offered money for the switch, which Nauru denies. Taiwan now has only three allies left in the Pacific: Tuvalu, Palau and the Marshall Islands. Nauru has not said when an embassy will open, and no Chinese ambassador has been named.",
            "Australia, which funds much of Nauru's budget and pays for the regional processing centre for asylum seekers on the island, said it respected the decision of a sovereign state. A banking agreement under which Canberra will support the island's last bank is still being negotiated.",
            "TONGA. Prime Minister Siaosi Sovaleni reshuffled his cabinet after King Tupou VI withdrew his confidence in the ministers of defence and foreign affairs, a rare public rebuke. Sovaleni took the two portfolios himself for now.",
            "FIJI. The government raised the minimum wage to 5 dollars an hour from April, and the Reserve Bank kept its policy rate unchanged at 0.25 percent. Tourist arrivals in 2023 passed their level before the pandemic.",
            "FISHERIES. Tuna prices at the Bangkok market rose for a second month. The Pacific Islands Forum Fisheries Agency said the purse seine fleet had a good year in the waters of Kiribati and the Federated States of Micronesia.",
            "SPORT. Fiji's sevens team reached the semi-finals in Perth, losing to New Zealand. The Samoan women's team was knocked out in the quarter-finals.",
            "WEATHER. Tropical cyclone warnings were issued for Vanuatu and New Caledonia. No serious damage was reported.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Nauru", "China", "Lionel Aingimea", "Wang Yi"),
                (),
            ),
            Gold("agreement.signed", "stalled", ("Nauru", "Australia"), (), core=False),
        ),
    ),
    Article(
        "y09-kathmandu-weekly-roundup-maoist-combatants-integrated-nepal-army",
        date(2013, 8, 30),
        _p(
            "This week: former Maoist fighters join the army's ranks, fuel queues return, and the election date holds",
            "KATHMANDU, 30 August 2013 - The Valley Weekly, news round-up",
            "PEACE PROCESS. About 1,400 former Maoist combatants have been integrated into the Nepal Army, seven years after the end of the civil war. The fighters, who completed nine months of basic training at camps across the country, were sworn in on Monday and Tuesday, and more than seventy of them were commissioned as officers at a ceremony at the army's headquarters in Kathmandu. They will serve in a new directorate of the army charged with development work, forest protection and disaster relief, and will take part in no combat operations at first.",
            '"The chapter of two armies is closed," the chief of army staff, General Gaurav Shumsher Rana, told the ceremony. Former rebel commanders who attended called it the end of the most difficult part of the peace process.',
            "Under the agreement that the parties signed in November 2011, up to 6,500 of the roughly 19,000 fighters who spent years in United Nations-monitored cantonments were to be taken into the army. Most chose instead to take cash and go home, and several thousand left the camps without waiting. Those who did not meet the age and education rules were not integrated, and some say they were cheated. The UN mission that monitored the camps left Nepal in January 2011.",
            "The army itself has not been reformed as the peace accord of 2006 promised, critics say, and no officer has been tried for abuses committed during the war, in which about 16,000 people were killed.",
            "ELECTION. The election commission confirmed that the vote for a new Constituent Assembly will be held on 19 November, despite a boycott threatened by a breakaway Maoist faction. The assembly elected in 2008 was dissolved last year without writing a constitution.",
            "FUEL. Queues returned at petrol pumps in the valley after the state oil company cut supplies, saying it owed the Indian supplier more than it could pay. The company said normal supply would resume next week.",
            "MONSOON. Floods and landslides have killed more than a hundred people since June, most of them in the far west. The Karnali highway remains closed at several points.",
            "CRICKET. Nepal beat Kenya in Nairobi in the World Cricket League, keeping their hopes of a place in the World Twenty20 next year.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Nepal",), ()),
            Gold("agreement.signed", "historical", ("Nepal",), (), core=False),
            Gold("forces.integrated", "negated", ("Nepal",), (), core=False),
            Gold("military.presence", "historical", ("United Nations",), ("Nepal",), core=False),
        ),
    ),
    Article(
        "y10-honiara-correspondents-letter-fiji-troops-arrive-solomon-islands",
        date(2021, 12, 4),
        _p(
            "Letter from Honiara: Fijian soldiers on Chinatown's burnt streets",
            "HONIARA, 4 December 2021 - from our Pacific correspondent",
            "Fiji has deployed fifty soldiers to the Solomon Islands, and on Friday morning the first of them were walking in pairs past the blackened shells of the shops on Honiara's Chinatown streets, where rioters set fire to dozens of buildings last week. The troops, who flew in on an Australian air force plane on Thursday, will join the Australian and Papua New Guinean police and soldiers who arrived last week at the request of Prime Minister Manasseh Sogavare.",
            "\"We are here as family, to help our brothers and sisters keep the peace,\" the Fijian contingent's commander told me outside the police headquarters. Fiji's prime minister, Frank Bainimarama, said in Suva that the soldiers would stay as long as the government in Honiara needed them.",
            "The riots began on 24 November, when protesters, many from the island of Malaita, marched on parliament to demand Sogavare's resignation. Malaita's premier has long opposed the government's decision in 2019 to break with Taiwan and recognise Beijing, and the crowd's anger soon turned on Chinese-owned shops. Three people were found dead in a burnt building. Sogavare survived a no-confidence vote in parliament on Monday and blamed foreign powers for the unrest, without naming them.",
            "Australia's forces are here under a bilateral security treaty signed in 2017, the first time it has been used. Canberra led a regional mission, RAMSI, that kept the peace in the Solomon Islands from 2003 to 2017 after years of ethnic violence. New Zealand has said it will send troops and police too. China has offered police equipment but has not sent officers.",
            'The city is calm now, and the curfew has been lifted. The Central Market is open again, though half the stalls are empty, and boats from Malaita run as usual. At the wharf a fisherman told me he did not care who governed as long as the shops reopened. "We need rice," he said. "Not politics."',
            "Rebuilding Chinatown will take years. Many of the owners, some of whose families have lived here for three generations, say they will not come back.",
        ),
        (
            Gold("military.presence", "occurred", ("Fiji",), ("Solomon Islands",)),
            Gold(
                "military.presence",
                "historical",
                ("Australia", "Papua New Guinea"),
                ("Solomon Islands",),
                core=False,
            ),
            Gold(
                "agreement.signed", "historical", ("Australia", "Solomon Islands"), (), core=False
            ),
            Gold(
                "military.presence", "planned", ("New Zealand",), ("Solomon Islands",), core=False
            ),
            Gold("military.presence", "negated", ("China",), ("Solomon Islands",), core=False),
        ),
    ),
    Article(
        "y11-caribbean-sports-weekly-roundup-cricket-near-miss",
        date(2024, 2, 16),
        _p(
            "The sports week: a new franchise signing, a ban lifted, and a contract extended",
            "BRIDGETOWN, 16 February 2024 - Island Sport Weekly, round-up",
            "CRICKET. The Barbados Royals have signed the Jamaican fast bowler for the coming Caribbean Premier League season, the franchise said on Monday, beating two other teams that had joined the race for his signature. The 24-year-old took eighteen wickets in the regional four-day competition this winter and is expected to open the bowling with the team's overseas signing.",
            "The regional board lifted the ban it imposed last year on a Trinidadian batsman, who was suspended for six months for breaching the code of conduct during a match in Guyana. He is free to play in the final rounds of the four-day championship. The board's disciplinary panel said he had shown remorse and completed a course.",
            "The Leeward Islands extended the contract of their head coach for two more seasons after the team finished second in the one-day cup. The coach said he wanted to bring more young players from Antigua, St Kitts and Nevis and Anguilla into the squad.",
            "FOOTBALL. A club in the Barbados Premier League threatened to withdraw from the competition over the state of the pitches at the national stadium, which it says have caused several injuries. The football association said the ground staff would re-lay two of the pitches before the second half of the season. Another club said it had signed an agreement with a local bank to sponsor its youth teams for three years.",
            "ATHLETICS. The island's sprinters joined a training camp in Florida ahead of the indoor season. Two of them are hoping to qualify for the relay squad for the Olympic Games in Paris this summer.",
            "NETBALL. The national team has been integrated into a new high-performance programme run by the sports council, with a full-time physiotherapist and a nutritionist for the first time. The programme will later be extended to swimming and cycling.",
            "SWIMMING. The aquatic centre reopened after repairs to its roof, which had been closed since a storm in October. Training sessions suspended during the works have been restored, and the schools' championship will be held there in March.",
            "RUGBY. The national sevens team will deploy a new coaching staff for the regional tournament in May, after the previous coach left for a job in Canada.",
            "NEXT WEEK. The four-day championship resumes on Wednesday, with Barbados at home to Guyana at Kensington Oval.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "y12-almaty-business-agency-dispatch-central-asia-near-miss",
        date(2025, 4, 9),
        _p(
            "Central Asia business: a bank joins a payments network, a miner extends a licence",
            "ALMATY, 9 April 2025 - Steppe Business Agency, regional dispatch",
            "BANKING. A Kazakh bank has joined a regional payments alliance that lets customers send money between Kazakhstan, Uzbekistan and Kyrgyzstan from their phones, the bank said on Tuesday. The alliance, formed by six lenders last year, says transfers now arrive in seconds and cost less than half of what money-transfer shops charge. The bank said it had signed an agreement with a Tashkent lender to share cash machines.",
            "MINING. A gold miner in Kyrgyzstan extended the life of its main mine by four years after drilling found more ore at depth. The company said production had been suspended for two weeks in March for repairs to the mill and was restored on 1 April. It threatened to delay a new project if a proposed tax on exports was approved.",
            "AVIATION. An Uzbek low-cost carrier lifted the restrictions it imposed in January on the size of hand luggage, after complaints from passengers. It said it would deploy two more aircraft on routes to Istanbul and Dubai this summer and had integrated its booking system with that of a Turkish travel agency.",
            "TRADE. A Tajik cement maker joined the list of suppliers approved for a road project financed by the Asian Development Bank. The company said a higher duty on imported cement had helped it win market share at home.",
            "RETAIL. A supermarket chain in Almaty signed a lease for its fiftieth store and said it would open ten more in Astana this year. Its shares rose 3 percent on the Kazakhstan Stock Exchange.",
            "ENERGY. Power cuts in southern Kyrgyzstan ended after a repaired turbine at a hydroelectric plant was restored to service. The grid operator said it expected no more cuts before the autumn.",
            "MARKETS. The tenge weakened slightly against the dollar as oil prices fell. The sum was steady. The National Bank of Kazakhstan will announce its next decision on interest rates on 25 April.",
            "DIARY. A regional investment forum will be held in Tashkent next week, with delegations from about thirty countries.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "y10-honiara-correspondents-letter-fiji-troops-arrive-solomon-islands": (
        "'police and soldiers who arrived last week': the background read as the news"
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


def test_heldout83_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-83 English events"))
