"""Fifty-third English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier fifty-two sets
lack, all of the era of the articles the analyzer is judged on (2016-2025): a Daugavpils (Latvia)
weekly on the European Union lifting its sanctions on Alexander Lukashenko and 169 others (2016), an
Ulsan industrial daily on the United States reimposing its oil sanctions on Iran and exempting South
Korea and seven other buyers for 180 days (2018), a Monrovia daily on the Security Council renewing
the Mali sanctions for a year while Liberian peacekeepers stay on (2022), a Rostock port weekly on
the US ambassador Richard Grenell warning German firms of sanctions over Nord Stream 2 (2019), a Fes
weekly on Morocco rejoining the African Union and its plan to join ECOWAS (2017), a Winnipeg Filipino
community weekly on Canada and the Philippines signing a status of visiting forces agreement (2025),
a Port Said English site on Egypt and Qatar restoring relations after Al-Ula (2021), a Chernivtsi
English site on Ukraine's volunteer formations integrated into the new Territorial Defence Forces
branch of the army (2022), a Poznan weekly on Joe Biden's announcement that the V Corps forward
headquarters will be stationed in Poland for good (2022), and near misses (a Hamilton (New Zealand)
rowing page where the federation "imposed sanctions on a Christchurch club crew" and "lifted the ban
it imposed" on a coach, a club "signed an agreement" with a sponsor and "joined a national
programme", a boathouse is "restored", a contract "extended", clubs "merged", para-rowing to be
"integrated", marshals "deployed", school crews "threatened to boycott", "An Australian crew joined
the regatta's invitation race" and a club's membership "suspended" (2024); a Tromso local weekly
where a road is "restored", the municipality "lifted the ban it imposed" on walking on a slope,
"extended" its limit on cruise passengers, "imposed a ban" on idling buses, "signed an agreement"
with a bus company, "joined a national programme", whale-watching permits are "suspended", soldiers
of the Home Guard "deployed" to clear snow, associations "merged", taxi drivers "threatened" a
blockade and ticket apps to be "integrated" (2024); a Lusaka business page where the central bank
"imposed sanctions on two commercial banks" and "lifted the suspension it imposed" on a lender, the
power company "signed an agreement with a Chinese solar firm", a firm "joined a consortium", a
deadline "extended", power "restored", engineers "deployed", billing to be "integrated", drivers
"threatened" to stop, a clearing agent's licence "suspended" and savings groups "merged" (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state rejoining a continental union and planning to join a regional bloc;
a visiting forces agreement signed; relations restored; volunteer formations integrated into the
armed forces; an American headquarters to be stationed in Poland for good), nine occurred and two
planned, beside historical, negated and stalled events.

Decisions of the annotation: the European Union that "lifted the sanctions it imposed on Belarusian
President Alexander Lukashenko and 169 other people" lifts (core, with the Council of the EU that
announced it; Lukashenko and Belarus as targets), "The EU first banned Lukashenko from travelling to
its territory in 2006, and it widened the measures ... in December 2010" is a historical imposition,
"The EU suspended most of the measures for four months in October" a historical suspension, and
"The ministers did not lift the arms embargo on Belarus" a negated lifting (the four listings that
"remain in place" are the same negation, no renewal of their own); the release of the prisoners and
Latvia's argument are no events; Russia ("Moscow") and Latvia, the paper's state, are no parties.
The United States that "reimposed sanctions on Iran's oil exports, its shipping lines and its central
bank" imposes (core, with Donald Trump, whose promise the package keeps), and "Washington exempted
South Korea and seven other buyers of Iranian crude from the sanctions for 180 days" suspends (core:
an exemption from sanctions is a waiver, with Mike Pompeo, who gave the list; Iran is the target of
the sanctions waived, South Korea the beneficiary, left out of the roles), "The United States did not
grant an exemption to the European Union" is a negated suspension, and "Washington first imposed
sanctions on Iran's oil sales in 2012" a historical imposition; the withdrawal from the nuclear deal
in May and the deal's taking effect in 2016 are no events of the design's types; Qatar and
Australia, the other sellers of condensate, are no parties. The Security Council that "renewed for
another year the travel ban and asset freeze on people it accuses of obstructing the peace agreement
in Mali" extends (core; Mali as target), "The Council imposed the sanctions in September 2017" is a
historical imposition, "Council members did not impose sanctions on the leaders of the military
government" a negated imposition, "The Economic Community of West African States lifted its own
economic sanctions on Mali in July" a historical lifting (six weeks old, told as background), and
"Liberia has had troops with the mission since 2013" a historical presence of Liberia in Mali; the
settlement "whose promises, from the return of the army to the north to the integration of former
rebels, remain largely unmet" is a stalled integration with Mali as actor (not core); the expulsion
of the spokesman and the Western contingents to leave are no events of the design's types; France,
the resolution's drafter, is no party. The United States whose ambassador "Richard Grenell, has
warned German companies working on the Nord Stream 2 gas pipeline that they face the risk of American
sanctions" threatens (core, with Grenell; the companies are not named, so the pipeline stands for
them as the target), "Washington imposed sanctions on Russia's energy sector in 2014" is a historical
imposition, and "it has not imposed sanctions on any company involved in Nord Stream 2 so far" a
negated imposition; the embassy's "not as a threat" is the spokesman's gloss on the same warning,
not a denial of it; Denmark, whose permit is missing, and Finland, where pipe was stored, are no
parties. Morocco that "rejoined the African Union" joins (core, with Mohammed VI, who sought the
return), "Rabat also said it would apply in the coming weeks to join the Economic Community of West
African States" is a planned joining (core), "South Sudan, the last state to join, became the
union's 54th member in 2011" a historical joining, and "UN-led talks between Morocco and the Polisario
Front ... have stalled since 2012" a stalled accord; leaving the OAU in 1984 is no event of the
design's types; Algeria and South Africa, who opposed the return, and Senegal, named for its
students, are no parties. Canada and the Philippines that "signed a status of visiting forces
agreement" sign (core, with David McGuinty and Gilberto Teodoro), "the agreement would not give
Canada a base in the Philippines" is a negated presence, and "Manila signed a similar agreement with
Australia in 2007, and a reciprocal access agreement with Japan in July last year" holds two
historical signings; Canadian warships that "have sailed in the South China Sea" in past years are
no presence in the Philippines; Malaysia, whose capital held the ministers' meeting, is no party.
Egypt and Qatar that "restored diplomatic relations" restore (core), "Foreign Minister Sameh Shoukry
signed the declaration that ended the boycott" at Al-Ula on January 5 is a historical signing (with
the Gulf Cooperation Council whose summit it was), "Saudi Arabia restored relations with Qatar at the
same summit" a historical restoration, and "Bahrain has not restored relations with Doha" a negated
one; the flights resumed and the ties cut in 2017 are no events of the design's types; Kuwait, the
mediator, and Oman, through whose banks money went, are no parties. Ukraine whose "volunteer
formations ... were integrated into" the Territorial Defence Forces, "a separate branch of the Armed
Forces of Ukraine", integrates (core, with the armed forces; the new branch is unknown to the
knowledge base), "In 2014, the volunteer battalions ..., among them Azov, were brought into the
National Guard and the army" is a historical integration, "Russia has kept troops in Crimea since it
annexed the peninsula in 2014" a historical presence, "The United States has ruled out sending
troops to Ukraine" a negated presence, and "Talks on the conflict in the east between Ukraine,
Russia, France and Germany have stalled" a stalled accord; the Russian soldiers "massed ... near
Ukraine's borders" stand on Russia's own soil and are no presence in Ukraine; Romania and Moldova,
named for the borders, are no parties. The United States that "will permanently station the forward
headquarters of the US Army's V Corps in Poland" plans a presence (core, with Joe Biden, who
announced it), "American troops have been in Poland since 2017, when an armoured brigade arrived at
Zagan" is a historical presence, "In August 2020 Poland and the United States signed an enhanced
defence cooperation agreement" a historical signing, and "The White House did not take up that
offer" of a permanent base called Fort Trump a negated presence; Spain, whose capital held the
summit, is no party. Outside the monitor's remit (no event): a rowing federation's sanctions on a
club crew and a coach's ban lifted, a sponsor's agreement, a club joining a national programme, a
boathouse restored, a coach's contract extended, clubs merged, para-rowing integrated, marshals
deployed, school crews threatening a boycott, an Australian crew joining a regatta, a club's
membership suspended; a road restored after an avalanche, a walking ban lifted, a cruise limit
extended, a ban on idling buses, a bus route agreement, a council joining a programme, whale-watching
permits suspended, Home Guard soldiers deployed at home to clear snow, associations merged, taxi
drivers threatening a blockade, ticket apps integrated, an organ restored; a central bank's sanctions
on two banks and a lender's suspension lifted, a solar plant agreement with a Chinese firm, a firm
joining a consortium, a deadline extended, power restored, engineers deployed, billing integrated,
drivers threatening to stop, a clearing agent's licence suspended, savings groups merged, a mobile
money service restored.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout53_events_en``.
Measured before any fix (2026-12-03, on commit fa4056b): P 1.000, R 0.818, F1 0.900 (recall 9/11,
9 of 9 alerts right; recall by status: occurred 8/9, planned 1/2; no false alarm and no unexpected
alert, the three near misses quiet; no venue or state named for its own news given as a party). No
annotation was changed after the run. Two of the nine hits are the lenient scoring's, not earned,
and a third hides a false alarm, so the set read strictly gives recall 7/11 and one alert in nine
that is wrong (below).
Missed: on the Ulsan daily, "Washington exempted South Korea and seven other buyers of Iranian
crude from the sanctions for 180 days" gives nothing: an exemption looks for its sanctions noun only
within six words after "exempted" (``sanctions.suspended`` of
``rasd/events/lexicons/en.triggers.yaml``), and a beneficiary named with others pushes "from the
sanctions" out of the window ("exempted Japan from its sanctions on Iran" is read). On the Poznan
weekly, "The United States will permanently station the forward headquarters of the US Army's V
Corps in Poland" gives nothing: a headquarters is no force noun of the presence forms
(``en.cues.yaml``, ``en.triggers.yaml``), so "will station a headquarters in Estonia" is quiet where
"will station troops in Estonia" is a planned presence.
Found only by the lenient scoring: on the Fes weekly, the planned joining of ECOWAS ("Rabat also said
it would apply in the coming weeks to join the Economic Community of West African States") gives
nothing and is matched by the occurred joining of the African Union (same type, both alertable,
Morocco in both): "would apply to join" is read only with nothing between its two verbs, so a time
phrase between them, or "would seek to join", gives nothing (en.triggers.yaml). On the Chernivtsi
site, the day's integration ("the volunteer formations ... were integrated into it") gives nothing,
as the pronoun is not resolved to "a separate branch of the Armed Forces of Ukraine" before it (the
integration needs the army named after "into"; "integrated into the Armed Forces of Ukraine" is
read), and the alert that matches it is the background: "In 2014, the volunteer battalions that
fought in the Donbas, among them Azov, were brought into the National Guard and the army" is read as
occurred, as a leading year dates the trigger only when no relative clause and apposition stand
between them (``_historical`` in ``rasd/events/status.py``; "In 2014 the volunteer battalions were
brought into the National Guard" is historical) - in truth a miss and a false alarm.
Hidden false alarm: on the Port Said site, "Saudi Arabia restored relations with Qatar at the same
summit" (the Al-Ula summit of January 5, dated in the sentence before) is read as occurred, as an act
placed "at the same summit" is not given the date of the meeting named before
(``rasd/events/status.py``), and it is merged with the day's restoration by Egypt and Qatar (one
alert with Saudi Arabia and Egypt as actors and the Saudi sentence as its evidence; ``_merge`` in
``rasd/events/extractor.py`` joins alertable events of one type that share a party, here Qatar), so
the scoring counts it right.
Also seen, not scored: the Lukashenko lifting is right; the travel ban of 2006 is historical, the
suspension of October gives nothing and the arms embargo kept is a negated lifting with the EU as
its target and no actor. The Iranian reimposition is right (no Trump) and the oil sanctions of 2012
historical; the exemption not given to the EU gives nothing. The Mali renewal is read twice (the
headline with the "United Nations", the body with the Security Council and no target); the
imposition of 2017, the sanctions not imposed on the junta and Liberia's troops give nothing, and the
ECOWAS lifting is historical. The Grenell threat has Germany (from "German firms") as its target
and no Grenell; the energy sanctions of 2014 are historical, and the sanctions not imposed on the
pipeline's companies are a negated imposition with Germany as actor. The Moroccan joining has no
Mohammed VI; South Sudan's joining of 2011 and the stalled Western Sahara talks give nothing. The
Canadian signing has "David Mc" as an actor: an unlinked name after a title stops at an inner
capital (the name pattern of ``rasd/entities/unlinked.py``), so "Angus McLeod" is reported as
"Angus Mc"; the Australian and Japanese agreements are historical, and the Canadian base denied gives
nothing. The Bahraini restoration is negated (with "Doha" as target); the Al-Ula declaration gives
nothing. On the Chernivtsi site the American troops ruled out are a negated presence, and Russia in
Crimea and the stalled talks give nothing; the soldiers massed on Russia's side of the border are
quiet. The Poznan brigade of 2017 and Fort Trump give nothing, and the agreement of 2020 is
historical. David McGuinty, the Territorial Defence Forces and Azov are not in the knowledge
base.
Each form missed or misread is pinned below on sentences of its own, a strict xfail while it fails,
beside the neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000 R 1.000 F1 1.000 (recall 11/11, precision
11/11). Fixed as general causes (the English lexicons): "exempted" reaches "from the sanctions" past
a long list of the ones exempted; a forward, divisional or corps headquarters stationed abroad is a
presence (a company's headquarters is not). Left: "into it" for the army branch named before, "In
2016," across a relative clause. Fixed later (2026-12-03): a fronted "In 2016," dates the main
clause past the subject's relative clause and apposition (the Chernivtsi background is now
historical), and an integration "into it" takes the army named before it in the sentence (the
state of that army, rasd/events/extractor.py); an act "at the same summit" as the
meeting the sentence before dates is historical (``_days_after_a_past_date``,
rasd/events/status.py); "would apply in the coming weeks to join" and "would seek to join" are
planned (``_reported_would``, rasd/events/status.py); a name keeps its inner capital ("McGuinty",
rasd/entities/unlinked.py).
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from rasd.analyze import analyze
from tests.unit.heldout_support_en import (
    Article,
    Gold,
    alert_kinds,
    alert_rows,
    check_core_events_found,
    check_no_false_alarm,
    check_set_shape,
    event_rows,
    marked,
    report,
    strict_xfail,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
EU = "European Union"
UNSC = "United Nations Security Council"
AU = "African Union"
ECOWAS = "Economic Community of West African States"
AFU = "Armed Forces of Ukraine"
TDF = "Territorial Defence Forces"

ARTICLES: list[Article] = [
    Article(
        "n01-daugavpils-weekly-eu-lifts-sanctions-on-lukashenko",
        date(2016, 2, 16),
        _p(
            "EU lifts sanctions on Lukashenko; border traders hope for more than a thaw",
            "LATGALE WEEKLY | Daugavpils, Tuesday, 16 February 2016",
            "The European Union on Monday lifted the sanctions it imposed on Belarusian President Alexander Lukashenko and 169 other people, among them ministers, judges and police commanders, as well as on three companies, rewarding Minsk for the release of six political prisoners last August.",
            "Foreign ministers meeting in Brussels adopted the decision without debate, the Council of the EU said in a statement. The bloc's foreign policy chief, Federica Mogherini, told reporters that the union wanted to build a more positive agenda with Belarus, while keeping a close eye on human rights there.",
            "The EU first banned Lukashenko from travelling to its territory in 2006, and it widened the measures after police broke up protests against his re-election in December 2010, when hundreds of people were arrested and several candidates were jailed. The EU suspended most of the measures for four months in October, after the prisoners were freed.",
            "The ministers did not lift the arms embargo on Belarus, and the sanctions on four people whom the EU links to the disappearance of two opposition politicians, a businessman and a journalist in 1999 and 2000 remain in place.",
            'In Daugavpils, forty kilometres from the Belarusian border, the news was read first as a business story. Belarus is one of the city\'s largest trading partners, and lorries carrying timber, fertiliser and food cross at Paternieki every day. "Our customers in Vitebsk never stopped calling us. What changes now is that the banks may stop asking us so many questions," said the owner of a freight company on Cietokšņa street, who employs eighteen drivers.',
            "Latvia, which held the EU presidency last year and hosted the Eastern Partnership summit in Riga, has argued for some time that isolating Minsk only pushed it closer to Moscow. Local officials said they would ask the government to reopen talks on a small border traffic agreement that would let residents of the border regions cross without a visa.",
            "Human rights groups were less pleased. The Belarusian opposition said the release of the prisoners had not been followed by any change in the law, and that the presidential election held in October had again been neither free nor fair.",
            "The city's Mark Rothko Art Centre said its exhibition of Belarusian painters from Vitebsk would open in April.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                (EU, "Council of the European Union"),
                ("Alexander Lukashenko", "Belarus"),
            ),
            # the travel ban of 2006 and its widening in 2010; the suspension of October; the arms
            # embargo and four listings kept
            Gold(
                "sanctions.imposed",
                "historical",
                (EU,),
                ("Alexander Lukashenko", "Belarus"),
                core=False,
            ),
            Gold("sanctions.suspended", "historical", (EU,), ("Belarus",), core=False),
            Gold("sanctions.lifted", "negated", (EU,), ("Belarus",), core=False),
        ),
        not_participants=("Russia", "Latvia"),
    ),
    Article(
        "n02-ulsan-industrial-daily-us-oil-sanctions-on-iran-korea-exempted",
        date(2018, 11, 6),
        _p(
            "US oil sanctions on Iran take effect; Korea wins 180-day exemption for condensate",
            "ULSAN INDUSTRIAL DAILY | Ulsan, Tuesday, November 6, 2018",
            "The United States on Monday reimposed sanctions on Iran's oil exports, its shipping lines and its central bank, the second and largest package of the measures that President Donald Trump promised when he withdrew from the nuclear deal in May.",
            "At the same time Washington exempted South Korea and seven other buyers of Iranian crude from the sanctions for 180 days. Secretary of State Mike Pompeo said the waivers went to China, India, Japan, South Korea, Taiwan, Turkey, Italy and Greece, which had all cut their purchases sharply, and that two of them would stop buying altogether within weeks. The United States did not grant an exemption to the European Union, whose companies had already wound down most of their business in Iran.",
            "For the refineries and petrochemical plants of Ulsan, the waiver matters more than the headlines. South Korea bought more Iranian condensate, a light oil used to make naphtha, than any other country last year, and its refiners stopped loading it in September when it was not clear whether Seoul would be spared. The country imported no Iranian oil at all that month, for the first time since 2012.",
            '"Iranian condensate is cheap and it suits our crackers. Without it we pay a premium for cargoes from Qatar and Australia," said a manager at a petrochemical maker in the Mipo industrial complex, who asked not to be named. Officials at the trade ministry in Sejong said Korean buyers would be allowed to pay for the oil only into accounts in Korean banks, from which Iran can buy Korean goods.',
            "Washington first imposed sanctions on Iran's oil sales in 2012, when Congress made foreign banks that paid for Iranian crude liable to lose access to the American financial system. Korean imports fell by about 40 percent then, and recovered after the nuclear deal took effect in 2016.",
            "Shipbuilders in the city, who had hoped for orders from Iran's national tanker company, said the new sanctions closed that door for now. The Ulsan Port Authority said tanker calls were down 6 percent this year.",
            "The city government said on Monday that the offshore wind project off Ganjeolgot would hold its first public hearing in December.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, "Donald Trump"), ("Iran",)),
            Gold("sanctions.suspended", "occurred", (US, "Mike Pompeo"), ("Iran",)),
            # no exemption for the EU; the oil sanctions of 2012
            Gold("sanctions.suspended", "negated", (US,), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
        ),
        not_participants=("Qatar", "Australia"),
    ),
    Article(
        "n03-monrovia-daily-security-council-renews-mali-sanctions",
        date(2022, 9, 1),
        _p(
            "UN renews Mali sanctions for another year as Liberian peacekeepers stay on",
            "THE MONROVIA OBSERVER | Monrovia, Thursday, September 1, 2022",
            "The United Nations Security Council on Tuesday renewed for another year the travel ban and asset freeze on people it accuses of obstructing the peace agreement in Mali, and extended the mandate of the panel of experts that monitors them.",
            "The measures now run until August 31, 2023. The resolution was drafted by France, which has long led the Council's work on Mali, and adopted in New York after a week of negotiations.",
            "The Council imposed the sanctions in September 2017, at the request of the Malian government of the time, and has since listed eight people, among them a member of parliament and leaders of armed groups that took part in the peace process. Experts say the listings have done little to move a settlement whose promises, from the return of the army to the north to the integration of former rebels, remain largely unmet.",
            "Council members did not impose sanctions on the leaders of the military government that has ruled Mali since the coup of August 2020, though several Western diplomats had called for it after the junta broke its promise to hold elections in February. The Economic Community of West African States lifted its own economic sanctions on Mali in July.",
            "The decision matters in Monrovia, where families of the soldiers serving with the UN mission in Mali follow every turn in Bamako. Liberia has had troops with the mission since 2013, and its contingent of about 150 men and women is based in Timbuktu. Its convoys have come under fire on the roads around the city more than once.",
            "\"Our boys are not there to take sides. They are there because the country once needed the same help from the world,\" said a retired colonel who served with the peacekeeping mission in Liberia's own war. Mali's government has ordered the expulsion of the mission's spokesman and restricted its flights, and several Western countries have said they will withdraw their contingents.",
            "The Armed Forces of Liberia said the next rotation of its contingent would leave Roberts International Airport in November. The Ministry of Defense said it had no plans to bring the soldiers home early.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Mali",)),
            # the sanctions of 2017; none on the junta; the ECOWAS lifting of July; Liberia's troops
            # with the UN mission since 2013
            Gold("sanctions.imposed", "historical", (UNSC,), ("Mali",), core=False),
            Gold("sanctions.imposed", "negated", (UNSC,), ("Mali",), core=False),
            Gold("sanctions.lifted", "historical", (ECOWAS,), ("Mali",), core=False),
            Gold("military.presence", "historical", ("Liberia",), ("Mali",), core=False),
            # the integration of former rebels promised by the peace process, largely unmet
            Gold("forces.integrated", "stalled", ("Mali",), (), core=False),
        ),
        not_participants=("France",),
    ),
    Article(
        "n04-rostock-port-weekly-us-envoy-warns-german-firms-over-nord-stream-2",
        date(2019, 1, 15),
        _p(
            "US envoy warns German firms of sanctions over Nord Stream 2; Rostock eyes LNG",
            "BALTIC PORT REVIEW | Rostock, Tuesday, January 15, 2019",
            "The United States ambassador to Germany, Richard Grenell, has warned German companies working on the Nord Stream 2 gas pipeline that they face the risk of American sanctions, in letters that reached several firms last week, the US embassy in Berlin confirmed on Sunday.",
            'The letters say that companies laying the pipe or supplying the project undermine the security of Ukraine and of Europe, and that they could be targeted under a law that allows sanctions on those who help Russia build export pipelines. An embassy spokesman said the letters were meant as "a clear message" and not as a threat, but several of the recipients said they had read them as one.',
            "The government in Berlin has said that the pipeline, which will carry Russian gas under the Baltic Sea to Lubmin, east of here, is a commercial project, and officials told reporters on Monday that a diplomat had no business writing to German companies. The pipeline is more than a third built.",
            "Washington imposed sanctions on Russia's energy sector in 2014, after the annexation of Crimea, but it has not imposed sanctions on any company involved in Nord Stream 2 so far. Denmark has yet to approve a route for the pipeline through its waters, the last permit the builders lack.",
            'In Rostock the dispute has an unexpected local side. The port has for two years offered land for a small terminal to import liquefied natural gas, which the American government wants Germany to buy from it, and the city\'s economic development office said on Monday that interest from investors had grown since the autumn. "Nobody here is against Russian gas. We would just like a second door," said a board member of the port company.',
            "Dockworkers' representatives said the pipeline had brought little work to Rostock itself, since the pipe was coated and stored at Mukran on Rügen and at Kotka in Finland. The port handled a record 25 million tonnes of cargo last year, thanks mostly to ferries to Scandinavia.",
            "The city council will vote in February on the sale of land for the new cruise terminal in Warnemünde.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Richard Grenell"), ("Nord Stream 2",)),
            # the energy sanctions of 2014; no company sanctioned so far
            Gold("sanctions.imposed", "historical", (US,), ("Russia",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Nord Stream 2",), core=False),
        ),
        not_participants=("Denmark", "Finland"),
    ),
    Article(
        "n05-fes-weekly-morocco-rejoins-african-union",
        date(2017, 1, 31),
        _p(
            "Morocco back in the African Union after 33 years; Fes students celebrate",
            "THE FES OBSERVER | Fes, Tuesday, January 31, 2017",
            "Morocco rejoined the African Union on Monday, 33 years after it left the body's forerunner in protest at the admission of the Sahrawi Arab Democratic Republic, when the heads of state meeting in Addis Ababa accepted its request by a large majority.",
            "Diplomats said 39 of the 54 member states backed the return, while Algeria and South Africa, the main supporters of the Polisario Front, argued that Rabat should first recognise the borders it inherited at independence. King Mohammed VI, who toured a dozen African capitals last year to win support, will address the summit on Tuesday.",
            "Morocco left the Organisation of African Unity in 1984 and for three decades stayed the only African country outside it. South Sudan, the last state to join, became the union's 54th member in 2011.",
            "Rabat also said it would apply in the coming weeks to join the Economic Community of West African States, a bloc of fifteen countries whose markets Moroccan banks, insurers and phosphate companies already serve. UN-led talks between Morocco and the Polisario Front on the future of Western Sahara have stalled since 2012.",
            "In Fes, home to thousands of students from Senegal, Mali, Guinea and Gabon, the news was celebrated on campus. \"We have been in Morocco all along. Now Morocco is in Africa officially,\" said a Senegalese engineering student at a university on the Route d'Imouzzer, where the African students' association held a party on Monday night.",
            "The city's merchants were more practical. Traders in the medina who sell leather and ceramics to buyers from Dakar and Abidjan said visas were the obstacle, not politics, and craftsmen's associations said they would ask for a stand at the next trade fair in Côte d'Ivoire. The regional council said it wanted direct flights from Fes-Saïss airport to West Africa.",
            "Royal Air Maroc, which flies to more than thirty African cities from Casablanca, said it was studying new routes. The Fes Festival of World Sacred Music will be held in May.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Morocco", "Mohammed VI of Morocco"), (AU,)),
            Gold("alliance.joined", "planned", ("Morocco",), (ECOWAS,)),
            # South Sudan in 2011; the Western Sahara talks stalled
            Gold("alliance.joined", "historical", ("South Sudan",), (AU,), core=False),
            Gold("agreement.signed", "stalled", ("Morocco", "Polisario Front"), core=False),
        ),
        not_participants=("Algeria", "South Africa", "Senegal"),
    ),
    Article(
        "n06-winnipeg-community-weekly-canada-philippines-visiting-forces-agreement",
        date(2025, 11, 4),
        _p(
            "Canada and the Philippines sign visiting forces pact; Winnipeg's Filipinos welcome it",
            "THE PRAIRIE PINOY | Winnipeg, Tuesday, November 4, 2025",
            "Canada and the Philippines on Sunday signed a status of visiting forces agreement that will set the legal rules for their troops when they train in each other's countries, the first such pact Ottawa has concluded in the Indo-Pacific.",
            "Defence Minister David McGuinty and his Philippine counterpart, Gilberto Teodoro, signed the agreement in Manila, a day after a meeting of defence ministers of Southeast Asian nations and their partners in Kuala Lumpur. It still has to be ratified by the Philippine Senate.",
            "Officials said the agreement would not give Canada a base in the Philippines. It covers who has jurisdiction over soldiers who commit a crime, how equipment is brought in, and how joint exercises are organised. Canadian warships have sailed in the South China Sea with Philippine, American and Japanese vessels in recent years.",
            "Manila signed a similar agreement with Australia in 2007, and a reciprocal access agreement with Japan in July last year. The Australian one took five years to come into force.",
            "In Winnipeg, home to more than 90,000 people of Filipino origin, the news was discussed after Sunday mass at St. Edward's and at the food stalls along Sargent Avenue. \"My father was a soldier in Pampanga. He would have been proud that his grandson's country is standing next to his own,\" said a nurse at Health Sciences Centre who came from Angeles City in 2008.",
            "Community leaders said they hoped the defence pact would be followed by closer ties in trade and education. The Philippine consulate in Winnipeg said it had issued a record number of passports this year, and that a mobile consular mission would visit Brandon and Steinbach in December. Remittances from Manitoba to the Philippines rose by almost 10 percent last year, according to the Philippine central bank.",
            "The Philippine Heritage Council of Manitoba will hold its Christmas lantern festival at The Forks on December 13.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Canada", "Philippines", "Gilberto Teodoro", "David McGuinty"),
            ),
            # no Canadian base; the agreements with Australia (2007) and Japan (2024)
            Gold("military.presence", "negated", ("Canada",), ("Philippines",), core=False),
            Gold("agreement.signed", "historical", ("Philippines", "Australia"), core=False),
            Gold("agreement.signed", "historical", ("Philippines", "Japan"), core=False),
        ),
        not_participants=("Malaysia",),
    ),
    Article(
        "n07-port-said-english-site-egypt-and-qatar-restore-relations",
        date(2021, 1, 21),
        _p(
            "Egypt and Qatar restore ties; canal city hopes Gulf money follows the diplomats",
            "CANAL POST | Port Said, Thursday, 21 January 2021",
            "Egypt and Qatar on Wednesday restored diplomatic relations, three and a half years after Cairo joined Saudi Arabia, the United Arab Emirates and Bahrain in cutting ties with Doha, the Egyptian foreign ministry said.",
            "The two governments exchanged official notes and will name ambassadors in the coming weeks, the ministry said, without giving a date. EgyptAir and Qatar Airways resumed direct flights between Cairo and Doha on Monday, for the first time since June 2017.",
            "The step follows the summit of the Gulf Cooperation Council at Al-Ula on January 5, where Foreign Minister Sameh Shoukry signed the declaration that ended the boycott. Saudi Arabia restored relations with Qatar at the same summit and reopened its land border, the only one Qatar has.",
            "Bahrain has not restored relations with Doha, and the two have traded accusations over the arrest of Bahraini fishermen. Kuwait, which mediated between the two sides for three years, welcomed the Egyptian decision.",
            'In Port Said the news was greeted with hope more than celebration. Qatari investors had been among the first to look at land in the Suez Canal Economic Zone before 2017, and officials of the zone said they expected Gulf delegations to return once travel restrictions linked to the pandemic are eased. "Money does not care who fell out with whom. It cares about the road to the port," said the owner of a logistics company in the East Port Said industrial area.',
            "About 300,000 Egyptians work in Qatar, many of them from the canal cities and the Delta, and they kept sending money home through the boycott by way of banks in Kuwait and Oman. Families said the direct flights would cut the cost of a trip home in half.",
            "The Suez Canal Authority said on Tuesday that almost 19,000 ships crossed the canal last year, and that its revenue had fallen only slightly despite the pandemic.",
        ),
        (
            Gold("relations.restored", "occurred", ("Egypt", "Qatar")),
            # Al-Ula on January 5: the declaration signed and Saudi Arabia's restored ties; Bahrain not
            Gold(
                "agreement.signed",
                "historical",
                ("Egypt", "Sameh Shoukry", "Gulf Cooperation Council"),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Saudi Arabia", "Qatar"), core=False),
            Gold("relations.restored", "negated", ("Bahrain", "Qatar"), core=False),
        ),
        not_participants=("Kuwait", "Oman"),
    ),
    Article(
        "n08-chernivtsi-english-site-territorial-defence-becomes-army-branch",
        date(2022, 1, 5),
        _p(
            "Territorial defence becomes a branch of the army; Bukovyna volunteers sign up",
            "BUKOVYNA HERALD | Chernivtsi, Wednesday, 5 January 2022",
            "Ukraine's territorial defence became a separate branch of the Armed Forces of Ukraine on Saturday, and the volunteer formations that towns and villages have set up over the past years were integrated into it, under a law that came into force on the first day of the year.",
            "The Territorial Defence Forces will have a brigade in every region and in Kyiv, with a small core of professional officers and thousands of reservists who train at weekends and keep their civilian jobs. The brigade for the Chernivtsi region will have its headquarters in the city, the regional military commissariat said, and more than 1,200 residents have applied to join it since December.",
            "It is not the first time Ukraine has brought volunteers under its command. In 2014, the volunteer battalions that fought in the Donbas, among them Azov, were brought into the National Guard and the army after months of fighting on their own.",
            "Russia has kept troops in Crimea since it annexed the peninsula in 2014, and it has massed about 100,000 soldiers near Ukraine's borders since the autumn. The United States has ruled out sending troops to Ukraine to defend it, though it has delivered weapons and ammunition. Talks on the conflict in the east between Ukraine, Russia, France and Germany have stalled.",
            'In Chernivtsi, which sits close to the borders with Romania and Moldova, the volunteers are a mix of office workers, students and veterans. "I spent two years in the trenches near Avdiivka. Now I teach young men who have never held a rifle how not to get killed," said a 41-year-old instructor at a former Soviet training ground outside the city, where about sixty volunteers practised on Sunday in the snow.',
            "Local businesses have been asked to let employees off for training days. The regional administration said it would pay for uniforms and boots for the volunteers this year.",
            "The city's philharmonic orchestra will give its Christmas concert on Thursday, Orthodox Christmas Eve, in the Theatre Square.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Ukraine", AFU), (TDF,)),
            # the volunteer battalions of 2014; Russia in Crimea; no US troops; the talks stalled
            Gold(
                "forces.integrated",
                "historical",
                ("Ukraine", "National Guard of Ukraine"),
                ("Azov Regiment",),
                core=False,
            ),
            Gold("military.presence", "historical", ("Russia",), ("Ukraine",), core=False),
            Gold("military.presence", "negated", (US,), ("Ukraine",), core=False),
            Gold("agreement.signed", "stalled", ("Ukraine", "Russia"), core=False),
        ),
        not_participants=("Romania", "Moldova"),
    ),
    Article(
        "n09-poznan-weekly-biden-to-base-v-corps-headquarters-in-poland",
        date(2022, 6, 30),
        _p(
            "Biden: V Corps headquarters to stay in Poland for good; Poznan garrison to grow",
            "WIELKOPOLSKA WEEKLY | Poznan, Thursday, June 30, 2022",
            "The United States will permanently station the forward headquarters of the US Army's V Corps in Poland, President Joe Biden announced on Wednesday at the NATO summit in Madrid, calling it the first permanent American force on NATO's eastern flank.",
            "The headquarters, about 200 soldiers who command the American units rotating through the region, has worked from Camp Kosciuszko in Poznan since 2020 on temporary orders. President Andrzej Duda welcomed the decision as a guarantee that Washington would stay, and Defence Minister Mariusz Blaszczak said it showed that Poland's efforts to host American troops had paid off.",
            "American troops have been in Poland since 2017, when an armoured brigade arrived at Zagan and began to rotate through bases in the west of the country every nine months. In August 2020 Poland and the United States signed an enhanced defence cooperation agreement, under which Warsaw pays for the housing and infrastructure of the American units.",
            "The decision falls short of the permanent base that Warsaw asked for in 2018 and offered to call Fort Trump. The White House did not take up that offer, and officials said the rotating brigades would not be replaced by permanent ones.",
            "In Poznan, where the garrison's soldiers and their families have become a familiar sight in the Old Market Square, the news was welcomed by landlords and restaurant owners. \"They pay on time, they tip, and they ask for pierogi in very bad Polish,\" said the owner of a bar near the Imperial Castle. The city council said it was talking to the army about an American school for officers' children.",
            "Not everyone is pleased. Residents of Krzesiny, near the air base, have complained about the noise of helicopters at night, and a local association said it would ask for a meeting with the garrison's commander.",
            "The Poznan International Fair said bookings for its autumn trade fairs were back to the level they reached before the pandemic.",
        ),
        (
            Gold("military.presence", "planned", (US, "Joe Biden"), ("Poland",)),
            # the brigades since 2017; the agreement of 2020; Fort Trump not taken up
            Gold("military.presence", "historical", (US,), ("Poland",), core=False),
            Gold("agreement.signed", "historical", ("Poland", US), core=False),
            Gold("military.presence", "negated", (US,), ("Poland",), core=False),
        ),
        not_participants=("Spain",),
    ),
    Article(
        "n10-hamilton-rowing-page-crew-sanctioned-coach-ban-lifted",
        date(2024, 2, 9),
        _p(
            "Christchurch crew sanctioned; coach's ban lifted before nationals on Lake Karapiro",
            "ROWING | Hamilton, Friday, February 9, 2024",
            "The national federation's disciplinary panel imposed sanctions on a Christchurch club crew for racing with an unregistered cox at the North Island championships, taking away its bronze medal and fining the club 2,000 dollars. It also lifted the ban it imposed in December on a Waikato coach, who will be allowed back on the water at Lake Karapiro for next week's national championships.",
            "The panel had suspended the coach for eight weeks after he drove a launch too close to a junior crew at a regatta in Cambridge. He apologised at the hearing and completed a safety course.",
            "The Hamilton club signed an agreement with a local energy company that will sponsor its new eights for three seasons, and joined a national programme that pays for coaching in low-decile schools. Its boathouse on the Waikato River, damaged by floods last winter, has been restored, and the club extended the contract of its head coach until the end of 2026.",
            "Two clubs in Tauranga merged because neither had enough rowers left for a full eight, and the federation said it would integrate para-rowing into all its regional championships next season. Marshals will be deployed along the course at Karapiro for the first time on every day of the nationals.",
            "Rowers of several school crews threatened to boycott the Maadi Cup over the price of entry, but organisers cut the fee by a third on Wednesday. An Australian crew joined the regatta's invitation race, and the federation suspended the membership of a club in the south that has not paid its fees for two years.",
            "The favourites for the men's premier eight are the Waikato crew, unbeaten this season. Forecasters expect light winds for the finals on Saturday, and the regional council has asked spectators to use the shuttle buses from Cambridge.",
            "Entry to the grandstand is free on the first three days. Food trucks will be on the terraces from Tuesday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-tromso-local-weekly-road-restored-cruise-limits-extended",
        date(2024, 3, 14),
        _p(
            "E8 restored after avalanche; council extends cruise limits; bus deal signed",
            "NORDLYS LOCAL | Tromsø, Thursday, 14 March 2024",
            "Traffic on the E8 towards Finland was restored on Tuesday after crews cleared the avalanche that closed the road near Skibotn for three days, and the municipality lifted the ban it imposed last week on walking on the slopes of Fløya above the cable car, where the snow is now considered stable.",
            "The council extended for another season its limit on the number of cruise passengers who may come ashore on the same day, and imposed a ban on tour buses idling in the city centre. It signed an agreement with the county's bus company for a new night route to the university and the hospital, and joined a national programme that pays for charging points for electric snowmobiles.",
            "The harbour authority suspended the permits of two whale-watching boats that came too close to the orcas in the fjord. Soldiers of the Home Guard were deployed to help clear snow from the roofs of schools on Kvaløya after the heavy falls of last week. Two residents' associations in Tomasjord merged, and taxi drivers threatened to block the airport road if the council does not give them more space at the terminal.",
            "The municipality will integrate its two ticket apps for the ferries and buses into one by the summer, and the old wooden church at Elverhøy has restored its organ with money from a local bank. The council's chief executive said the budget revision would be presented in May.",
            "Hotels said February had been the busiest month on record, driven by northern lights tourism from Asia and the United States. The Polaria aquarium said its new seal pool would open at Easter.",
            "The Tromsø International Film Festival said it had sold 62,000 tickets in January, a record, and the city's football club begins its season at home on Easter Monday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-lusaka-business-page-central-bank-sanctions-banks-power-restored",
        date(2025, 4, 17),
        _p(
            "Central bank sanctions two banks; power restored at Chingola mines; solar deal signed",
            "BUSINESS | Lusaka, Thursday, April 17, 2025",
            "The Bank of Zambia imposed sanctions on two commercial banks for failing to report large cash deposits on time, fining each of them 2 million kwacha and ordering one to replace its compliance officer. The central bank lifted the suspension it imposed in January on a microfinance lender that has since raised its capital.",
            "The state power company signed an agreement with a Chinese solar firm to build a 100-megawatt plant in the Southern Province, and a Lusaka logistics company joined a consortium bidding to run the dry port at Nakonde. The energy regulator extended the deadline for bids for new emergency power by two weeks.",
            "Power was restored to the mines around Chingola on Monday after a fault on the main line from Kafue Gorge, and engineers were deployed to fix substations in Kitwe and Ndola. The utility said it would integrate its prepaid and post-paid billing into one system by October. Truck drivers threatened to stop moving copper to Dar es Salaam over delays at the Tunduma border, and the revenue authority suspended the licence of a clearing agent for false declarations.",
            "Two savings groups in the Copperbelt merged to meet the new capital rules, and a mobile money operator said it had restored service after an outage on Sunday.",
            "Hours of load-shedding, which reached 21 a day in the dry season last year, have fallen to about eight since the rains refilled part of the Kariba reservoir. Manufacturers said the cost of diesel for generators was still eating their margins, and the Zambia Association of Manufacturers asked the government to cut the fuel levy.",
            "The Lusaka Securities Exchange's all-share index rose 1.2 percent this week, led by mining and bank shares, and the kwacha was steady at about 28 to the dollar. Maize prices fell at the Lusaka city market as the first of the new harvest arrived.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


_DAY = date(2025, 11, 11)


_xfail = strict_xfail


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Washington exempted Japan and four other buyers of Iraqi oil from its sanctions on Iran "
            "for 90 days.",
            "sanctions.suspended",
            id="exempted-several-buyers-from-its-sanctions",
        ),
        pytest.param(
            "Washington exempted Japan from its sanctions on Iran for 90 days.",
            "sanctions.suspended",
            id="exempted-one-state-from-its-sanctions",
        ),
        pytest.param(
            "Britain will station a divisional headquarters in Estonia.",
            "military.presence",
            id="will-station-a-headquarters-in",
        ),
        pytest.param(
            "Britain will station troops in Estonia.",
            "military.presence",
            id="will-station-troops-in",
        ),
        pytest.param(
            "Serbia said it would apply in the coming months to join the Organisation for Economic "
            "Co-operation and Development.",
            "alliance.joined",
            id="would-apply-in-the-coming-months-to-join",
        ),
        pytest.param(
            "Serbia said it would seek to join the Organisation for Economic Co-operation and "
            "Development.",
            "alliance.joined",
            id="would-seek-to-join",
        ),
        pytest.param(
            "Serbia said it would apply to join the Organisation for Economic Co-operation and "
            "Development.",
            "alliance.joined",
            id="would-apply-to-join",
        ),
    ],
)
def test_an_exemption_a_headquarters_and_an_application_are_read(text: str, kind: str) -> None:
    assert alert_kinds(text, _DAY) == {kind}, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Iraq created a new army command on Sunday, and the tribal militias were integrated "
            "into it.",
            id="integrated-into-it",
        ),
        pytest.param(
            "The tribal militias were integrated into the Iraqi army on Sunday.",
            id="integrated-into-the-named-army",
        ),
    ],
)
def test_an_integration_into_a_new_command_is_read(text: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "forces.integrated"]
    assert rows and "Iraq" in rows[0][2] + rows[0][3], event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "In 2016, the militias that fought in Mosul, among them the Hashd, were brought into the "
            "Iraqi army.",
            "forces.integrated",
            id="leading-year-before-a-relative-and-an-apposition",
        ),
        pytest.param(
            "In 2016 the militias were brought into the Iraqi army.",
            "forces.integrated",
            id="leading-year-next-to-its-subject",
        ),
        pytest.param(
            "The summit was held on March 3. Kenya restored relations with Somalia at the same "
            "summit.",
            "relations.restored",
            id="restored-at-the-same-summit-dated-before",
        ),
        pytest.param(
            "Kenya restored relations with Somalia at the summit on March 3.",
            "relations.restored",
            id="restored-at-a-dated-summit",
        ),
    ],
)
def test_background_dated_apart_is_historical(text: str, kind: str) -> None:
    rows = [r for r in event_rows(text, _DAY) if r[0] == kind]
    assert rows and all(r[1] == "historical" for r in rows), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Defence Minister Angus McLeod arrived in Suva on Monday.",
            "Angus McLeod",
            id="titled-name-with-an-inner-capital",
        ),
        pytest.param(
            "Defence Minister Angus Lawson arrived in Suva on Monday.",
            "Angus Lawson",
            id="titled-plain-name",
        ),
    ],
)
def test_a_titled_unknown_name_is_reported_whole(text: str, name: str) -> None:
    people = [
        e.name for e in analyze(text, lang="en", published=_DAY).entities if e.type == "PERSON"
    ]
    assert people == [name], people


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout53_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-53 English events"))
