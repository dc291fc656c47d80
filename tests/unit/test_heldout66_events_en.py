"""Sixty-sixth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the forms of wires, national and city papers, news sites and trade pages of the Horn
of Africa, Europe, Central Asia, the Pacific and North America, all of 2021-2025: a Washington wire
on the Treasury sanctioning Eritrea's army, its ruling party, two party companies and two officials
over the Tigray war (2021); a Helsinki news site on the US taking Karina Rotenberg off its list
while her husband, a Finnish citizen, stays frozen under EU law (2025); an Anchorage daily on the
Treasury's General License 125 suspending Russia sanctions for the week of the Alaska summit
(2025); an aviation trade page on Transport Canada extending its closure of Canadian airspace to
Russian aircraft, with the seized An-124 (2023); a Warsaw English daily on the European Commission
threatening to blacklist airlines that fly migrants to Minsk, with ministers to widen the Belarus
sanctions (2021); a Suva daily on Fiji joining the Indo-Pacific Economic Framework as Wang Yi
arrives with a regional pact (2022); a Tashkent news site on Kazakhstan and Uzbekistan signing a
treaty on allied relations and a border demarcation agreement (2022); a Mogadishu news site on
Somalia and Ethiopia restoring full diplomatic representation, with Ethiopian troops to serve in
AUSSOM (2025); an Oslo English site on the Danish, Finnish, Norwegian and Swedish air forces to be
run as one under a declaration signed at Ramstein (2023); and near misses (a Perth football page
where a ruckman is "suspended", a ban "imposed" is "lifted", the league "imposed sanctions" on a
club, a captain is "signed" and a coach's contract "extended", a recruit "joined" and will be
"integrated" and "deployed", relations are "restored", an agreement is "signed", a partnership with
a "Japanese carmaker" is "extended" and Tasmania will "join" the competition; a Calgary city hall
notebook with a watering ban "imposed" and to be "lifted", water "restored", bylaw officers
"deployed", "sanctions" on residents, a fire ban "imposed", a twinning agreement with a city "in
Mexico" renewed, a memorandum "signed" with a Chinese community association, a coalition of cities
"joined", a deadline "extended", a rule "suspended", a bus route "integrated" and event centre
agreements "signed" with the province; a Tashkent business page where the central bank "imposed
sanctions" on three banks, "lifted the suspension" of a payments firm's licence and "threatened
further sanctions", the national airline "signed" a codeshare "with a Turkish carrier" and
"joined an alliance", insurers' systems are "integrated", gas is "restored", generators
"deployed", trading "suspended" and an onion export ban "extended").

Nine articles carry core alertable events of all ten types; core events occurred (nine) or planned
(three: the widening of the Belarus sanctions, the Ethiopian troops in AUSSOM, the integration of
the Nordic air forces), beside historical, negated and stalled background.

Decisions of the annotation: the Treasury and OFAC that "imposed sanctions on Eritrea's military
and its only legal political party" impose (core; Eritrea, the army, the party and the two
officials as targets); Biden's executive order of September "which allows the Treasury to
sanction anyone ... prolonging the conflict" is a historical threat, Filipos Woldeyohannes's
listing "in August" a historical imposition, "No Ethiopian official and no member of the TPLF was
named" a negated one, the UN sanctions on Eritrea "from 2009 until the Security Council lifted
them in November 2018" a historical imposition and a historical lifting, the Eritrean troops in
Ethiopia a historical presence; Ethiopia's loss of its AGOA preferences is no sanction (as in set
33), and Nigeria, the envoy's country, is no party. The Treasury that "has taken Karina Rotenberg
... off its sanctions list" lifts (core); her listing "in 2022" is a historical imposition, "Her
husband remains on the list" a negated lifting, the brothers' listing of 2014 a historical
imposition by the United States and his EU freeze "since July 2014" one by the EU, "The EU has
not listed Karina Rotenberg" a negated imposition, the embassy talks that "have yet to produce an
agreement on restoring staff levels" a stalled restoration, and "Washington has not eased any of
its sanctions on Russian banks" a negated lifting; Finland's closed border is no sanction. The
Treasury that "has temporarily suspended some of its sanctions on Russia" under General License
125 suspends (core, with OFAC; Russia, Putin and Lavrov as targets); Putin's and Lavrov's listing
of February 2022 is a historical imposition, "The license does not unblock any property or take
anyone off the list" a negated lifting, "The United States is not a member of the court" a
negated joining; Trump's "very severe consequences" names no sanction and the India tariff is a
tariff (no events), and India is no party. The ban on Russian aircraft that "has been extended
once more" by a notice of Transport Canada extends (core); the closure of February 2022 is a
historical imposition by Canada, Russia's closure to Canadian airlines one by Russia, the An-124
seized "earlier this month" one on Volga-Dnepr (background to the extension), the Transportation
Department's order renewed "last month" a historical extension and the EU's ban of the same week a
historical imposition; "no exemptions had been granted" is a negated suspension, and Ukraine, to
receive the aircraft, is no party. Brussels that "has warned airlines that fly migrants to Minsk
that they could be blacklisted" (von der Leyen's "how to sanction ... third-country airlines")
threatens (core, with the Commission and its president; Belarus as target), and the ministers
"expected to agree ... to widen the legal basis of the Belarus sanctions, so that people and
companies ... can be listed" a planned imposition (core); the four rounds since August 2020 and
the ban on Belavia are historical impositions; Poland's soldiers on its own border are no presence
and Iraqi Airways' suspended flights no sanction. Fiji that "has joined the Indo-Pacific Economic
Framework ..., becoming its fourteenth member" joins (core, with Bainimarama); the regional
agreement China "hopes they will endorse" is a planned accord (not core: Beijing's aim, not yet
the news), the Solomon Islands pact "in April" a historical accord and its "does not allow China
to build a military base" a negated presence, Fiji's joining of the Non-Aligned Movement "in 2011"
and its police memorandum "signed in 2011" with Beijing historical. The treaty on allied relations
"signed in Tashkent on Thursday by President Shavkat Mirziyoyev and ... Kassym-Jomart Tokayev" is
a signing (core; the demarcation agreement and the water documents of the same ceremony are one
event); the border treaty "in 2001" is a historical accord, Uzbekistan's "no intention of
returning" to the CSTO a negated joining, the gas union "Neither country has signed up to" a
negated accord with Russia, and the CSTO troops called in "during the unrest of January" a
historical presence. Somalia and Ethiopia that "have agreed to restore full diplomatic
representation" restore (core, one event), and "Ethiopian troops will take part in the African
Union Support and Stabilisation Mission in Somalia" is a planned presence (core: a foreign force's
deployment announced); the Ankara Declaration of 11 December, the Somaliland memorandum of
January 2024 and Egypt's protocol of August are historical accords, Egypt's troops it "has said it
will send" a planned presence (not core: background to the news since August); the expulsion of
the ambassador is no event of the design's types, and Turkey, the mediator, is no party. The
four air forces that "are to be run as a single, integrated Nordic air defence" are a planned
integration (core: a joint force of four states formed) and the declaration of intent "their
commanders signed on Friday" an occurred accord (core); NATO membership of Norway and Denmark
"in 1949" is a historical joining, Finland's "expected to become a member within weeks" a planned
one (not core), Sweden's bid "blocked by Ankara" a stalled one, and the ministers' vision "signed
in Oslo in 2018" a historical accord; Germany and the United States, hosts of the Ramstein
ceremony, are no parties, and Russia's army corps in Karelia is on its own soil. Nothing in the
near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout66_events_en``.
Measured before any fix (on commit d682af4): P 0.778, R 0.500, F1 0.609 (recall 6/12, 7 of 9
alerts right; recall by status: occurred 6/9, planned 0/3; no false alarm on background, two
unexpected alerts, one of them in a near miss; two of the three near misses quiet).
No annotation or article text was changed after the run.
Missed: on the aviation page, "The ban on Russian aircraft in Canadian airspace, in force since
February last year, has been extended once more." gives nothing, and the next sentence names the
maker only as "A notice to airmen issued by Transport Canada ... keeps the skies closed": an
agentless passive extension of a ban is dropped ("The ban on Russian aircraft has been extended
until the end of September." gives nothing, where "Canada has extended its ban on Russian aircraft
until the end of September." is an occurred extension of Canada on Russia). On the Warsaw daily,
"Diplomats said EU foreign ministers were expected to agree at their meeting in Brussels next
Monday to widen the legal basis of the Belarus sanctions, so that people and companies that help
bring migrants to the border can be listed." gives nothing: widening sanctions is no imposition
("EU foreign ministers are expected to widen the Belarus sanctions next Monday." gives nothing,
"EU foreign ministers are expected to impose new sanctions on Belarus next Monday." is planned, with
the EU and Belarus). On the Suva daily, "Fiji has joined the Indo-Pacific Economic Framework, the
trade and economic initiative US President Joe Biden launched in Tokyo on Monday, becoming its
fourteenth member and the first from the Pacific islands." is a joining of the United States with
no body: the framework is not known as a body ("Fiji has joined the Indo-Pacific Economic
Framework." gives nothing, "Fiji has joined NATO." is read), and "becoming its ... member" takes
the appositive's "US President" as the joiner ("Fiji has joined the framework, the initiative US
President Joe Biden launched on Monday, becoming its fourteenth member and the first from the
Pacific islands." gives the United States; "Fiji has joined the Quad, becoming its fifth member and
the first from the Pacific islands." gives Fiji). On the Mogadishu site, "Ethiopian troops will
take part in the African Union Support and Stabilisation Mission in Somalia, ..., the state
minister for foreign affairs, Ali Mohamed Omar, told reporters in Mogadishu." gives nothing: taking
part in a mission is no presence ("Ethiopian troops will take part in the African Union mission in
Somalia." gives nothing, "Ethiopia will send troops to Somalia under the African Union mission." is
planned, Ethiopia in Somalia). On the Oslo site, both core events are missed: "The air forces of
Norway, Sweden, Finland and Denmark are to be run as a single, integrated Nordic air defence, ...,
under a declaration of intent their commanders signed on Friday." gives nothing, as "run as a
single, integrated" force is no integration form ("The air forces of Norway, Sweden, Finland and
Denmark are to be run as a single, integrated force." gives nothing, "... will be integrated into a
single force." is planned, with the four states) and a signing in a relative clause is not read
("The air forces of Norway and Denmark will operate as one under a declaration of intent their
commanders signed on Friday." gives nothing); "The declaration was signed at the headquarters of
US Air Forces in Europe at Ramstein Air Base in Germany by Major General Rolf Folland of Norway,
..." is a historical signing with the United States as its only party: the undated passive is
background when its date is in the sentence before ("The declaration was signed in Oslo by Major
General Rolf Folland of Norway and Major General Jan Dam of Denmark." is historical, "... signed on
Friday by ..." occurred), and the host's name in the venue phrase is taken as the party while the
signers' states are lost in the long list (the probe with the whole list gives only the United
States, as target).
Unexpected: on the Calgary notebook, "Council renewed its twinning agreement with Naucalpan, in
Mexico, which dates from 1994, and signed a memorandum with the Calgary Chinese Community Service
Association on services for newcomers." is an occurred agreement with China: the demonym in a
community group's name is read as the state ("The council signed a memorandum with a Chinese
community association." gives an occurred signing with China as target). On the Suva daily, the
joining of the United States above.
Also seen, not scored: the Eritrea imposition has Ethiopia as a second target and none of the
named Eritrean bodies or officials (not in the knowledge base); the Rotenberg lifting has "Finnish
citizen" as its target (Karina Rotenberg is unknown); the Alaska suspension is read from the
headline ("Treasury eases Russia sanctions"); the Brussels threat has no target (read from the
headline); the Somaliland memorandum is read as stalled (gold: historical) with a historical
presence for its naval base, and Egypt's troops it "has said it will send" as a historical
presence (gold: planned, not core), its protocol with "Mogadishu" as the party; the Ramstein
sentence gives a historical presence of the United States, Norway and Sweden in Germany. None of
the negated, stalled or historical background (the CSTO refusal, the gas union, the US-Russia
embassy talks, the exemptions not granted, Iceland outside) gives an alert.
The articles whose core events are missed and the Calgary notebook are strict xfails.

After the fixes of 2026-12-05 (sanctions causes): P 0.778 R 0.500 F1 0.609, unchanged. Fixed, with
rule sentences in ``tests/unit/test_heldout67_rules_en_sanctions.py``: widening or broadening
sanctions imposes more ("EU foreign ministers are expected to widen the Belarus sanctions next
Monday." is now a planned imposition of the EU on Belarus). Left (strict xfails): the Warsaw daily's
sentence itself, where "were expected to agree at their meeting in Brussels next Monday to widen ..."
gives nothing even with "impose new sanctions" (the subject far before "agree ... to" is lost); the
agentless passive extension of the Canadian ban, its maker named only in the next sentence.

After the fixes of 2026-12-05 (alliance, agreement, forces and presence causes): P 1.000 R 0.833 F1
0.909 (recall 10/12, precision 11/11; no unexpected alert). Fixed, with rule sentences in
``tests/unit/test_heldout67_rules_en_alliance.py``: the Indo-Pacific Economic Framework (IPEF) is in
the knowledge base, and "becoming its ... member" after a comma goes on with the sentence's subject,
not a state the aside names; troops that "take part in" or "serve in" a mission abroad are a
presence; forces "run as a single, integrated" force or that "operate as one" are integrated; a
nationality in an association's or a chamber's name ("the Calgary Chinese Community Service
Association") is no state party; an accord in a relative clause with no "that", "a declaration of
intent their commanders signed", is the accord of the states the sentence named before it. Left
(strict xfails): the sanctions causes (the agentless passive extension of Canada's ban, the widening
of the Belarus sanctions), which another helper works on. Still seen, not scored: the Ramstein
passive "was signed at ... by Major General Rolf Folland of Norway, ..." keeps the host as its party.

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
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
UNSC = "United Nations Security Council"
EU = "European Union"
CEU = "Council of the European Union"
NATO = "NATO"
ICC = "International Criminal Court"
CSTO = "Collective Security Treaty Organization"
NAM = "Non-Aligned Movement"
NORDIC = ("Norway", "Sweden", "Finland", "Denmark")

ARTICLES: list[Article] = [
    Article(
        "n01-washington-wire-us-sanctions-eritrean-army-and-ruling-party",
        date(2021, 11, 13),
        _p(
            "US sanctions Eritrea's army and ruling party over role in Ethiopia's war",
            "WASHINGTON (AP) —",
            "The Biden administration on Friday imposed sanctions on Eritrea's military and its only legal political party, accusing them of prolonging the year-old war in neighbouring Ethiopia, where Eritrean troops have fought alongside Ethiopian government forces against fighters loyal to the Tigray People's Liberation Front.",
            "The Treasury Department's Office of Foreign Assets Control designated the Eritrean Defence Forces and the ruling People's Front for Democracy and Justice, as well as the party's head of economic affairs, Hagos Ghebrehiwet, and the head of the National Security Office, Abraha Kassa. Two companies that manage the party's money, the Red Sea Trading Corporation and the Hidri Trust, were also listed. Any property they hold in the United States is blocked, and Americans are generally barred from dealing with them.",
            "\"Eritrean forces have operated inside Ethiopia throughout the conflict and have been responsible for massacres, looting and sexual violence,\" OFAC Director Andrea Gacki said in a statement.",
            "The designations are the first under an executive order President Joe Biden signed in September, which allows the Treasury to sanction anyone found to be prolonging the conflict, obstructing humanitarian access or blocking a ceasefire. Washington had already placed the chief of staff of the Eritrean army, Gen. Filipos Woldeyohannes, under Global Magnitsky sanctions in August.",
            "No Ethiopian official and no member of the TPLF was named on Friday. A senior administration official, who briefed reporters on condition of anonymity, said Washington had held off on designating Ethiopian parties to give the African Union's envoy, former Nigerian president Olusegun Obasanjo, time to broker a ceasefire. The US special envoy for the Horn of Africa, Jeffrey Feltman, was in Addis Ababa this week for talks with Prime Minister Abiy Ahmed.",
            "Eritrea's Ministry of Information called the measures \"illicit and immoral\" and said they were meant to inflict suffering on the Eritrean people. Asmara denied for months that its soldiers were in Tigray, until Abiy acknowledged their presence in March.",
            "Eritrea was under UN sanctions, including an arms embargo, from 2009 until the Security Council lifted them in November 2018, months after Abiy made peace with President Isaias Afwerki, a reconciliation that won the Ethiopian leader the Nobel Peace Prize.",
            "The war has killed thousands of people and pushed hundreds of thousands into famine-like conditions, according to the United Nations. Tigrayan forces, who have teamed up with an Oromo rebel group, say they have advanced to within about 300 kilometres of the capital, and the government declared a six-month state of emergency on Nov. 2.",
            "Biden said this month that Ethiopia would lose its duty-free access to the US market under the African Growth and Opportunity Act from January, citing \"gross violations\" of human rights. The State Department has ordered non-emergency staff to leave the embassy in Addis Ababa and urged Americans to depart while commercial flights are still available.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST, OFAC, "Joe Biden"),
                ("Eritrea", "Eritrean Defence Forces", "People's Front for Democracy and Justice", "Hagos Ghebrehiwet", "Abraha Kassa"),
            ),
            Gold("sanctions.threatened", "historical", (US, "Joe Biden"), ("Ethiopia",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Filipos Woldeyohannes", "Eritrea"), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Ethiopia", "Tigray People's Liberation Front"), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Eritrea",), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Eritrea",), core=False),
            Gold("military.presence", "historical", ("Eritrea",), ("Ethiopia",), core=False),
        ),
        not_participants=("Nigeria",),
    ),
    Article(
        "n02-helsinki-news-site-us-delists-karina-rotenberg",
        date(2025, 4, 24),
        _p(
            "US lifts sanctions on wife of Putin ally Boris Rotenberg; Finnish freeze unaffected",
            "HELSINKI — 24.4.2025 | Updated 14:10",
            "The US Treasury has taken Karina Rotenberg, the wife of the Russian billionaire and Finnish citizen Boris Rotenberg, off its sanctions list, according to an update to the list of Specially Designated Nationals published on Wednesday.",
            "The notice from the Office of Foreign Assets Control gave no reason for the removal, and the Treasury did not answer questions about it. Delistings often follow petitions filed by the people concerned and are not always explained.",
            "Karina Rotenberg was designated in 2022, together with relatives of other businessmen close to the Kremlin, in the weeks after Russia's full-scale invasion of Ukraine.",
            "Her husband remains on the list. He and his brother Arkady, both former judo sparring partners of Vladimir Putin, were among the first Russians Washington sanctioned after the annexation of Crimea in March 2014. Companies linked to the brothers built the bridge that connects the peninsula to Russia.",
            "The decision has no effect in Finland, where Boris Rotenberg's assets have been frozen under European Union sanctions since July 2014. \"The EU list is what binds us, and nothing on it has changed,\" said an official at the National Enforcement Authority, which manages frozen property. The EU has not listed Karina Rotenberg.",
            "Rotenberg, who has held Finnish citizenship for many years, has a house in the south of the country and has challenged the Finnish authorities' handling of his accounts in court.",
            "The delisting comes as the Trump administration seeks to improve relations with Moscow. Russian and American diplomats met in Istanbul in February and again this month to discuss the work of their embassies, but the talks have yet to produce an agreement on restoring staff levels or returning diplomatic property seized in 2016 and 2017.",
            "Kremlin spokesman Dmitry Peskov said Moscow welcomed any step towards removing what he called illegal restrictions, but that the decision concerned a private person. Washington has not eased any of its sanctions on Russian banks or energy companies, and officials say those will stay in place while talks on a ceasefire in Ukraine go on.",
            "For Finnish sanctions lawyers, the case is a reminder that the US and EU lists are drifting apart. \"People on the American list and not on the European one, or the other way round, are becoming more common, and banks here have to screen against both,\" said a Helsinki lawyer who advises banks on compliance.",
            "Finland closed its land border with Russia in late 2023, accusing Moscow of sending asylum seekers to the crossings, and the border has remained shut since.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, UST, OFAC), ("Karina Rotenberg",)),
            Gold("sanctions.imposed", "historical", (US,), ("Karina Rotenberg",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Boris Rotenberg",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Boris Rotenberg", "Arkady Rotenberg"), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Boris Rotenberg",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Karina Rotenberg",), core=False),
            Gold("relations.restored", "stalled", (US, "Russia"), (), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Russia",), core=False),
        ),
    ),
    Article(
        "n03-anchorage-daily-treasury-licence-for-alaska-summit",
        date(2025, 8, 14),
        _p(
            "Treasury eases Russia sanctions for a week so Putin can come to Anchorage",
            "ANCHORAGE — Updated August 14, 2025",
            "The U.S. Treasury Department has temporarily suspended some of its sanctions on Russia so that Friday's summit between President Donald Trump and Russian President Vladimir Putin at Joint Base Elmendorf-Richardson can take place, under a general license that expires on Aug. 20.",
            "General License 125, posted by the Office of Foreign Assets Control late Wednesday, authorizes transactions \"ordinarily incident and necessary\" to the meetings in Alaska between officials of the two governments. Without it, paying for the Russian delegation's hotel rooms, fuel for its aircraft, ground transport or catering could breach the sanctions that bar Americans from dealing with Putin, Foreign Minister Sergei Lavrov and several other members of the delegation.",
            "Putin was added to the sanctions list in February 2022, the day after Russian troops crossed into Ukraine, a rare step against a sitting head of state. Lavrov was designated at the same time.",
            "The license does not unblock any property or take anyone off the list, a Treasury spokesperson said, and it covers nothing beyond the summit itself.",
            "Security was tightened around the base on Thursday, and the Federal Aviation Administration imposed flight restrictions over parts of the Anchorage Bowl for Friday. Hotels downtown reported few vacancies as journalists from around the world arrived, and a group of Ukrainian Alaskans planned a rally on the Delaney Park Strip.",
            "Putin is the subject of an arrest warrant issued by the International Criminal Court in March 2023 over the deportation of Ukrainian children. The United States is not a member of the court and has no obligation to arrest him.",
            "Trump said on Wednesday that Russia would face \"very severe consequences\" if Putin did not agree to end the war, but did not say what they would be. Earlier this month he ordered an additional 25% tariff on goods from India over its purchases of Russian oil, which takes effect later this month.",
            "Ukrainian President Volodymyr Zelensky was not invited. European leaders, who spoke with Trump by video on Wednesday, said a ceasefire must come before any talks on territory, and that Ukraine's borders could not be changed by force.",
            "It will be Putin's first visit to the United States since 2015, when he addressed the UN General Assembly in New York, and his first to Alaska, which the Russian Empire sold to the United States in 1867. Gov. Mike Dunleavy said the state was \"proud to host\" the meeting and would make sure it went safely.",
            "The White House said the two leaders would meet one-on-one, with interpreters, before a working lunch with their delegations. Press Secretary Karoline Leavitt described the meeting as a \"listening exercise\" for the president.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST, OFAC), ("Russia", "Vladimir Putin", "Sergei Lavrov")),
            Gold("sanctions.imposed", "historical", (US,), ("Vladimir Putin", "Sergei Lavrov", "Russia"), core=False),
            Gold("sanctions.lifted", "negated", (US, UST), ("Russia",), core=False),
            Gold("alliance.joined", "negated", (US,), (ICC,), core=False),
        ),
        not_participants=("India",),
    ),
    Article(
        "n04-aviation-trade-page-canada-extends-airspace-ban-on-russian-aircraft",
        date(2023, 6, 27),
        _p(
            "REGULATION | Airspace",
            "Canada extends Russian aircraft ban again as An-124 forfeiture case moves ahead",
            "The ban on Russian aircraft in Canadian airspace, in force since February last year, has been extended once more. A notice to airmen issued by Transport Canada on Monday keeps the skies closed to aircraft owned, chartered or operated by Russian entities, or registered in Russia, until the end of September.",
            "Ottawa first closed its airspace to Russian operators on February 27, 2022, three days after the invasion of Ukraine, as part of the sanctions it imposed alongside the United States, the European Union and the United Kingdom. The closure has been renewed every few months since, each time without announcement beyond the notice itself.",
            "Transport Canada said no exemptions had been granted, including for humanitarian or medical flights, which the rules allow in principle. Operators that breach the notice face penalties under the Aeronautics Act.",
            "Moscow answered in kind. Russia closed its airspace to Canadian airlines within days of Ottawa's decision, and carriers say the detours add time and fuel on some routes to Asia. Cargo operators have been hit hardest, since Russian airlines flew many of the heavy charters that once served the resource industry in the North.",
            "The best-known casualty of the ban is the Antonov An-124 of Volga-Dnepr Airlines that landed at Toronto Pearson on February 27, 2022, with a load of COVID-19 test kits, hours before the closure took effect, and has not flown since. The federal government seized the aircraft earlier this month under the Special Economic Measures Act and has asked the courts to order its forfeiture, with a view to giving it to Ukraine. Volga-Dnepr, which says it has paid parking fees at Pearson for more than a year, calls the seizure unlawful.",
            "In Washington, the Department of Transportation renewed its own order barring Russian aircraft last month, and the European Union's ban, adopted the same week as Canada's, remains in force.",
            "Airports in the Maritimes and on the Prairies said the closure had had little effect on their passenger traffic, since no Russian carrier flew scheduled services to Canada before the war. Halifax Stanfield, which used to see occasional Russian cargo charters on refuelling stops, said it had replaced them with other operators.",
            "An industry lawyer in Montreal said the notices had become routine. \"Everyone assumes they will keep being extended until there is a settlement in Ukraine, and nobody is planning otherwise,\" she said. \"The real question for our clients is the export controls on parts and maintenance, which are far wider.\"",
            "The next notice is due before the current one lapses on September 28.",
        ),
        (
            Gold("sanctions.extended", "occurred", ("Canada", "Transport Canada"), ("Russia",)),
            Gold("sanctions.imposed", "historical", ("Canada",), ("Russia",), core=False),
            Gold("sanctions.suspended", "negated", ("Canada", "Transport Canada"), ("Russia",), core=False),
            Gold("sanctions.imposed", "historical", ("Russia",), ("Canada",), core=False),
            Gold("sanctions.imposed", "historical", ("Canada",), ("Volga-Dnepr Airlines", "Russia"), core=False),
            Gold("sanctions.extended", "historical", (US,), ("Russia",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Russia",), core=False),
        ),
        not_participants=("Ukraine",),
    ),
    Article(
        "n05-warsaw-english-daily-eu-threatens-airlines-flying-migrants-to-belarus",
        date(2021, 11, 10),
        _p(
            "EU threatens to blacklist airlines flying migrants to Minsk",
            "WARSAW, Nov 10 —",
            "Brussels has warned airlines that fly migrants to Minsk that they could be blacklisted, as several thousand people camped in freezing temperatures on the Belarusian side of the border with Poland for a third night.",
            "In a statement on Monday evening, European Commission President Ursula von der Leyen said the bloc would explore, with the United Nations and its agencies, how to sanction \"third-country airlines that are active in human trafficking\", including by blacklisting them. Vice-President Margaritis Schinas will travel to the main countries of origin and transit to make sure their citizens do not fall into what she called a trap set by the Belarusian authorities.",
            "She also urged member states to approve extended sanctions on those responsible in Minsk. Diplomats said EU foreign ministers were expected to agree at their meeting in Brussels next Monday to widen the legal basis of the Belarus sanctions, so that people and companies that help bring migrants to the border can be listed.",
            "The EU has imposed four rounds of sanctions on Belarus since the disputed presidential election of August 2020, including an asset freeze and travel ban on Alexander Lukashenko himself. After a Ryanair flight was forced to land in Minsk in May, it also barred Belarusian carriers, among them the state airline Belavia, from its airspace and airports.",
            "Poland says about 15,000 soldiers have been deployed along the border, which it has lined with razor wire, and it has kept aid agencies and journalists out of an emergency zone several kilometres deep. The Border Guard said there had been hundreds of attempts to cross overnight, and that a group had broken through near Kuźnica before being detained.",
            "Lithuania, which faced a similar influx in the summer, declared a state of emergency along its border with Belarus on Tuesday. Iraq's national airline suspended its direct flights to Minsk in August after talks with EU officials, but migrants have continued to arrive through Istanbul, Dubai and Damascus.",
            "Lukashenko denies orchestrating the crisis, and says Belarus will no longer stop migrants heading for the EU because of the sanctions. Chancellor Angela Merkel asked Vladimir Putin in a telephone call on Wednesday to use his influence on Minsk; the Kremlin said Putin suggested that European leaders talk to Lukashenko directly.",
            "Polish officials said the Commission's plan was welcome but late. \"We have been saying since August that this is a hybrid attack organised by a state,\" a deputy interior minister told public radio. Aid groups on the Polish side say at least seven people have died in the forests since the summer.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (EU, "European Commission", "Ursula von der Leyen"), ("Belarus",)),
            Gold("sanctions.imposed", "planned", (EU, CEU), ("Belarus",)),
            Gold("sanctions.imposed", "historical", (EU,), ("Belarus", "Alexander Lukashenko", "Belavia"), core=False),
        ),
    ),
    Article(
        "n06-suva-daily-fiji-joins-indo-pacific-economic-framework",
        date(2022, 5, 28),
        _p(
            "Fiji first Pacific island nation in Biden's economic framework",
            "SUVA — Saturday, May 28, 2022",
            "Fiji has joined the Indo-Pacific Economic Framework, the trade and economic initiative US President Joe Biden launched in Tokyo on Monday, becoming its fourteenth member and the first from the Pacific islands.",
            "Prime Minister Voreqe Bainimarama announced the decision on Thursday, saying Fiji wanted a say in the rules that would shape the region's economy, and that climate resilience had to be part of them. The White House welcomed Fiji as a founding partner.",
            "The framework, whose other members include Australia, New Zealand, Japan, India, South Korea and seven Southeast Asian countries, is not a free trade agreement and offers no cuts in tariffs. Its members will negotiate in four areas: trade, supply chains, clean energy, and tax and anti-corruption, and each can choose which parts to take up.",
            "The announcement came as China's Foreign Minister Wang Yi began a ten-day tour of eight Pacific island countries in Honiara. He is due in Suva on Sunday for a meeting with the foreign ministers of the ten island states that recognise Beijing, at which China hopes they will endorse a sweeping regional agreement on security, policing, data, fisheries and trade, together with a five-year action plan.",
            "A draft of the agreement, leaked this week, has alarmed Canberra and Washington, and the President of the Federated States of Micronesia, David Panuelo, has written to other leaders warning that it could draw the region into a new Cold War.",
            "Solomon Islands signed its own security agreement with China in April. Its Prime Minister, Manasseh Sogavare, has said the pact does not allow China to build a military base in the country.",
            "Fiji joined the Non-Aligned Movement in 2011 and describes its foreign policy as \"friends to all and enemies to none\". It has a police cooperation memorandum with Beijing, signed in 2011, and Chinese officers have trained Fijian police, while Australia remains its largest aid donor and security partner.",
            "Australia's new Foreign Minister, Penny Wong, flew into Suva on Thursday, days after being sworn in, and promised that Canberra would listen more to the region on climate change. \"We will be a partner that does not come with strings attached,\" she said at the Pacific Islands Forum secretariat.",
            "Opposition politicians said the government had not explained what joining the framework would commit Fiji to. Economists in Suva said the benefits would depend on whether Washington offered market access later, and that the move was as much a diplomatic signal as an economic one.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Fiji", "Frank Bainimarama"), ("Indo-Pacific Economic Framework",)),
            Gold("agreement.signed", "planned", ("China", "Wang Yi"), (), core=False),
            Gold("agreement.signed", "historical", ("Solomon Islands", "China"), (), core=False),
            Gold("military.presence", "negated", ("China",), ("Solomon Islands",), core=False),
            Gold("alliance.joined", "historical", ("Fiji",), (NAM,), core=False),
            Gold("agreement.signed", "historical", ("Fiji", "China"), (), core=False),
        ),
    ),
    Article(
        "n07-tashkent-news-site-kazakhstan-and-uzbekistan-sign-allied-relations-treaty",
        date(2022, 12, 23),
        _p(
            "Kazakhstan and Uzbekistan sign treaty on allied relations, close border file",
            "TASHKENT, December 23 —",
            "Uzbekistan and Kazakhstan have raised their relationship to an alliance. A treaty on allied relations was signed in Tashkent on Thursday by President Shavkat Mirziyoyev and his Kazakh counterpart, Kassym-Jomart Tokayev, who was on a state visit, together with an agreement on the demarcation of the border between the two countries, which runs for more than 2,300 kilometres.",
            "Officials of both sides stressed that the treaty is not a military pact and contains no obligation of mutual defence. It commits Astana and Tashkent to consult each other on regional security, to refrain from steps that harm the other's interests and to coordinate their positions in international organisations, according to a summary published by the Uzbek president's press service.",
            "The demarcation agreement completes work that began after the two countries signed a treaty delimiting their border in 2001 and that dragged on for two decades, with disputes over villages and pastures along the line. Ministers also signed documents on the joint management of water in the Syr Darya basin and on an international centre for industrial cooperation, \"Central Asia\", to be built on both sides of the border.",
            "Tokayev called Uzbekistan a brotherly nation and said the treaty opened \"a new page\" in relations. Mirziyoyev said trade between the two, which is expected to approach 5 billion dollars this year, could reach 10 billion dollars within a few years.",
            "Uzbekistan, which suspended its membership of the Russian-led Collective Security Treaty Organisation in 2012, has no intention of returning to it, acting Foreign Minister Vladimir Norov told reporters on Thursday. Kazakhstan remains a member of the bloc, whose troops it called in during the unrest of January.",
            "Neither country has signed up to the \"gas union\" with Russia that Vladimir Putin proposed last month. Uzbekistan's Energy Minister, Jurabek Mirzamakhmudov, has said Tashkent will not accept political conditions in return for Russian gas, and Kazakh officials have said only that talks on the supply of gas are technical.",
            "Both countries have faced power and gas shortages as the winter sets in, and are looking at new links for electricity and transit. Kazakhstan is the main route for Uzbek goods to Russia and China, and Uzbekistan is the shortest way for Kazakh grain to Afghanistan.",
            "Analysts in Tashkent said the treaty formalises a rapprochement that began after Mirziyoyev took office in 2016, when he made Central Asia his first priority. \"Six years ago the border was a place where trucks waited for days. Now the two presidents are talking about an alliance,\" said one.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Kazakhstan", "Uzbekistan", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"),
                (),
            ),
            Gold("agreement.signed", "historical", ("Kazakhstan", "Uzbekistan"), (), core=False),
            Gold("alliance.joined", "negated", ("Uzbekistan",), (CSTO,), core=False),
            Gold("agreement.signed", "negated", ("Uzbekistan", "Kazakhstan", "Russia"), (), core=False),
            Gold("military.presence", "historical", (CSTO,), ("Kazakhstan",), core=False),
        ),
    ),
    Article(
        "n08-mogadishu-news-site-somalia-and-ethiopia-restore-full-diplomatic-ties",
        date(2025, 1, 12),
        _p(
            "Somalia, Ethiopia to restore full diplomatic ties a year after port deal row",
            "MOGADISHU, 12 January 2025 —",
            "Somalia and Ethiopia have agreed to restore full diplomatic representation in each other's capitals, ending a year-long rupture over Addis Ababa's sea access deal with the breakaway region of Somaliland.",
            "The decision was announced in a joint statement after President Hassan Sheikh Mohamud held talks with Prime Minister Abiy Ahmed in Addis Ababa on Saturday, his first visit to Ethiopia since the crisis began. The two leaders also agreed to deepen cooperation in trade, security and infrastructure, the statement said.",
            "The visit follows the Ankara Declaration, which the two leaders signed on 11 December in the Turkish capital after talks mediated by President Recep Tayyip Erdoğan, in which Ethiopia affirmed Somalia's sovereignty and both sides agreed to begin technical talks on commercial access to the sea for Ethiopia by the end of February.",
            "Ethiopian troops will take part in the African Union Support and Stabilisation Mission in Somalia, which took over from the previous AU force on 1 January, the state minister for foreign affairs, Ali Mohamed Omar, told reporters in Mogadishu. Last year the government had demanded that Ethiopian soldiers leave the country unless Addis Ababa tore up the Somaliland memorandum.",
            "Relations collapsed after Ethiopia signed a memorandum of understanding with Somaliland on 1 January 2024, under which the region would lease 20 kilometres of coastline to Ethiopia for a naval base and a commercial port in exchange for the possible recognition of its independence. Somalia called the deal an act of aggression, expelled the Ethiopian ambassador in April and ordered the closure of Ethiopia's consulates in Hargeisa and Garowe.",
            "The row drew in Egypt, already at odds with Ethiopia over the Grand Ethiopian Renaissance Dam. Cairo signed a military cooperation protocol with Mogadishu in August, has delivered two shipments of weapons, and has said it will send troops to Somalia, both under the new AU mission and under a bilateral arrangement.",
            "Somaliland's government said on Sunday that its memorandum with Ethiopia remained valid. No country has recognised Somaliland since it declared independence in 1991.",
            "Ethiopian officials said a new ambassador would be named soon. In Mogadishu, traders in the Bakara market welcomed the news, saying the dispute had slowed the movement of goods and people. \"When the two governments fight, we are the ones who pay,\" said a khat importer whose supplies come by air from Dire Dawa.",
            "Al-Shabaab, which has fought the government for more than 15 years, still controls large parts of central and southern Somalia. The AU mission is expected to have about 11,000 troops, but its funding has not yet been agreed.",
        ),
        (
            Gold("relations.restored", "occurred", ("Somalia", "Ethiopia", "Hassan Sheikh Mohamud", "Abiy Ahmed"), ()),
            Gold("military.presence", "planned", ("Ethiopia",), ("Somalia",)),
            Gold("agreement.signed", "historical", ("Ethiopia", "Somalia", "Abiy Ahmed", "Hassan Sheikh Mohamud"), (), core=False),
            Gold("agreement.signed", "historical", ("Ethiopia", "Somaliland"), (), core=False),
            Gold("agreement.signed", "historical", ("Egypt", "Somalia"), (), core=False),
            Gold("military.presence", "planned", ("Egypt",), ("Somalia",), core=False),
        ),
        not_participants=("Turkey",),
    ),
    Article(
        "n09-oslo-english-site-nordic-air-forces-to-operate-as-one",
        date(2023, 3, 25),
        _p(
            "Nordic air forces to operate as one under Ramstein declaration",
            "OSLO, 25 March 2023 —",
            "The air forces of Norway, Sweden, Finland and Denmark are to be run as a single, integrated Nordic air defence, planning and flying operations together as if they were one force, under a declaration of intent their commanders signed on Friday.",
            "The declaration was signed at the headquarters of US Air Forces in Europe at Ramstein Air Base in Germany by Major General Rolf Folland of Norway, Major General Carl-Johan Edström of Sweden, Major General Juha-Pekka Keränen of Finland and Major General Jan Dam of Denmark.",
            "Together the four countries have some 250 modern combat aircraft: F-35s, F-16s, F/A-18 Hornets and Swedish-built Gripens. The aim, Folland told the broadcaster NRK, is for the four to operate jointly on the basis of NATO's methods, with shared air surveillance, common planning and the possibility of using each other's bases and aircraft.",
            "\"Russia's war against Ukraine has made it obvious. We are stronger together than we are alone,\" he said. Staff officers from the four air forces will now draw up the details over the coming months.",
            "Norway and Denmark were founding members of NATO in 1949. Finland is expected to become a member within weeks, once the parliaments of Hungary and Turkey have ratified its application, while Sweden's bid remains blocked by Ankara, which accuses Stockholm of harbouring Kurdish militants.",
            "The four air forces have trained together for years in the Arctic Challenge Exercise and in cross-border training flights, and the Nordic defence ministers set out a common vision for their cooperation in a document signed in Oslo in 2018. Until now, however, each country has planned its air defence on its own.",
            "Finland is replacing its Hornets with 64 F-35s it ordered in 2021, Norway already flies the American jet and Denmark is receiving its first ones. Sweden relies on the Gripen, built by Saab.",
            "Moscow has said it will respond to Finland's accession by reinforcing its forces in the northwest, including a new army corps in Karelia, and Russian officials called the Nordic plan another sign that the region was being turned into a front line.",
            "Iceland, which has no armed forces of its own and relies on NATO allies to police its airspace, is not part of the arrangement.",
        ),
        (
            Gold("agreement.signed", "occurred", NORDIC, ()),
            Gold("forces.integrated", "planned", NORDIC, ()),
            Gold("alliance.joined", "historical", ("Norway", "Denmark"), (NATO,), core=False),
            Gold("alliance.joined", "planned", ("Finland",), (NATO,), core=False),
            Gold("alliance.joined", "stalled", ("Sweden",), (NATO,), core=False),
            Gold("agreement.signed", "historical", (*NORDIC, "Iceland"), (), core=False),
        ),
        not_participants=("Germany", US),
    ),
]
ARTICLES += [
    Article(
        "n10-perth-football-page-tribunal-suspension-ban-lifted-contracts-signed",
        date(2024, 7, 10),
        _p(
            "FOOTY | Round 17 wrap",
            "Eagles ruckman suspended for three weeks as Dockers forward's ban is lifted",
            "PERTH — The AFL Tribunal on Tuesday night suspended a West Coast ruckman for three matches for a dangerous tackle in Sunday's Western Derby, rejecting the club's argument that the contact was accidental. The Eagles have until Thursday to lodge an appeal.",
            "Fremantle had better news. The Appeals Board lifted the one-match ban imposed on the Dockers' key forward for rough conduct, finding that the Tribunal had misdirected itself on the force of the bump, and he will be available for the trip to Adelaide.",
            "The AFL imposed sanctions on a Melbourne club on Monday for breaching the soft cap on football department spending in 2023: a fine of 150,000 dollars and the loss of its second-round draft pick. The club said it accepted the penalty and had restored its internal controls.",
            "West Coast have signed their captain to a two-year contract extension, and extended the contract of their senior coach to the end of 2026 despite a run of eight losses. Two senior players who threatened to seek trades at the end of last season have since recommitted.",
            "The young midfielder who joined from Sydney in the trade period will be integrated into the senior side gradually, the coach said. \"We'll deploy him on a wing for now and give him time to learn the system,\" he said.",
            "Relations between the WA Football Commission and the two clubs have been restored after a dispute over the licence fees paid to the state body, and the three have signed an agreement on the development of junior talent in the regions.",
            "The AFL has extended its partnership with its Japanese carmaker sponsor until 2030. Tasmania, granted the league's 19th licence last year, will join the competition in 2028, and its club has joined an alliance of sporting bodies lobbying for the new stadium in Hobart.",
            "Optus Stadium's surface, damaged by a concert series in May, has been relaid and passed its inspection. The WAFL grand final will be played there in September.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-calgary-city-hall-notebook-water-restrictions-fire-ban-twinning-agreement",
        date(2024, 6, 19),
        _p(
            "CITY HALL | Council notebook",
            "Watering ban stays as feeder main repairs near finish; fire ban imposed in city parks",
            "CALGARY — The outdoor watering ban imposed after the Bearspaw south feeder main broke on June 5 will stay in place until the pipe is back in service, Mayor Jyoti Gondek said on Tuesday, and will then be lifted in stages. Crews found five more weak sections of the main last week, pushing repairs back.",
            "Water service has been restored to the homes in Montgomery that lost it when the pipe burst, and the boil-water advisory there was lifted on Friday. More than 60 bylaw officers have been deployed to enforce the restrictions, and residents caught watering lawns face fines of up to 3,000 dollars; the city said it preferred education to sanctions but had issued 31 tickets.",
            "A fire ban was imposed in city parks and natural areas on Monday because of the dry conditions, covering open fires, fireworks and charcoal barbecues. The Calgary Fire Department said it would review the ban daily.",
            "Council renewed its twinning agreement with Naucalpan, in Mexico, which dates from 1994, and signed a memorandum with the Calgary Chinese Community Service Association on services for newcomers. The city has also joined a coalition of Canadian municipalities pressing Ottawa for a permanent fund for water and wastewater pipes.",
            "The deadline for property tax payments without penalty has been extended to July 15 for residents affected by the water crisis. Council suspended the rule limiting public hearings to ten minutes a speaker for its review of the citywide rezoning appeals.",
            "The new Route 303 bus will be integrated into the fare system of the Green Line once it opens, the transit department said, and the on-demand service in the northeast communities, first deployed in 2020, will be extended to Cornerstone and Redstone.",
            "Council signed the final agreements for the new event centre with the Flames' ownership group and the province of Alberta last week. Construction is due to begin this summer.",
            "The Calgary Stampede opens on July 5. Organisers said the watering ban would not affect the grounds, which use recycled water for the grandstand show.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-tashkent-business-page-central-bank-sanctions-banks-licence-suspension-lifted",
        date(2025, 3, 12),
        _p(
            "BUSINESS",
            "Central bank sanctions three lenders over consumer loans; suspension of payments firm's licence lifted",
            "TASHKENT — The Central Bank of Uzbekistan has imposed sanctions on three commercial banks for breaking the rules on consumer lending, including fines and a six-month ban on opening new branches, the regulator said in a statement on Tuesday.",
            "It also lifted the suspension it imposed in December on the licence of a payment organisation, after an inspection found that the company had fixed the weaknesses in its checks on customers. The firm said it would resume registering new merchants next week. The central bank threatened further sanctions against banks that continue to push loans through aggressive marketing.",
            "Uzbekistan Airways has signed a codeshare agreement with a Turkish carrier covering flights between Tashkent, Istanbul and eight European cities, and has joined an alliance of Central Asian airlines that wants to share maintenance facilities. The airline said it would take delivery of two more Airbus A320neo jets in April.",
            "The merger of two state-owned insurers, approved by the regulator in January, will be completed by June, and their systems will be integrated by the end of the year. The deadline for banks to meet the new capital requirements has been extended to January 2026.",
            "Gas supply to industrial consumers in the Tashkent region was restored on Monday after a two-week cut to give priority to households during the cold spell. Several cement and ceramics makers said they had deployed their own generators to keep kilns running during the cut.",
            "The Tashkent stock exchange suspended trading in the shares of a textile company for two days after it failed to publish its annual report on time. The UzSE index closed 0.4 percent higher on Tuesday.",
            "The government extended its ban on the export of onions until the end of May, to keep prices down before the new harvest, and farmers' associations said the ban should be lifted early if prices fall.",
            "The sum was stable at about 12,950 to the dollar on the interbank market.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {
}
CHECK_CORE_FOUND: dict[str, str] = {
    "n04-aviation-trade-page-canada-extends-airspace-ban-on-russian-aircraft": (
        "'The ban on Russian aircraft in Canadian airspace ... has been extended once more': an agentless"
        " passive extension of a ban, its maker (Transport Canada) named only in the next sentence"
    ),
    "n05-warsaw-english-daily-eu-threatens-airlines-flying-migrants-to-belarus": (
        "'expected to agree ... to widen the legal basis of the Belarus sanctions': widening sanctions is no imposition"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout66_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-66 English events"))
