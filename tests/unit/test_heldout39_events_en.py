"""Thirty-ninth English held-out event set: twelve full-length articles (300-600 words) written
for this test in the plain forms most news comes in, on topics, regions and eras the earlier
thirty-eight sets lack: a Panama City English weekly on Reagan ordering American companies and
agencies to stop all payments to Noriega's government, with 1,300 more American troops sent to the
Southern Command's bases (1988), a Jeddah English daily on the Security Council lifting the
sanctions of 1996 on Sudan over the attempt on Mubarak's life (2001), a Dar es Salaam business
weekly on the Great Lakes leaders suspending their regional embargo on Burundi at Arusha (1999), an
Antwerp diamond-trade newsletter on the Security Council renewing the Liberian diamond ban and arms
embargo before Sirleaf's inauguration (2005), a Brussels English weekly on the fourteen EU
governments warning Austria of diplomatic sanctions if Haider's Freedom Party enters the
government (2000), a Bandar Seri Begawan daily on Vietnam admitted as ASEAN's seventh member
(1995), a Gibraltar daily on the Pact of Madrid signed by Spain and the United States, with
American air and naval bases to be built (1953), a Jerusalem English daily on Israel and the
Soviet Union restoring full relations during Pankin's visit (1991), a weekly paper for the British
forces in Germany on the National People's Army absorbed into the Bundeswehr on unification day
(1990), and near misses (a Kingston cricket page where the board "imposed" a fine, "suspended" a
fast bowler, "lifted" a ban, "extended" a coach's contract and "signed a sponsorship agreement with
an Indian mobile phone company", an opener "joined" an English county, a captain is "restored" and
police are "deployed" (2009); a Cape Town community paper after the drought where the city "eased"
the restrictions it "imposed", "lifted" a tariff, "extended" a ban on hosepipes, "signed an
agreement" with a desalination company, supply is "restored", officers are "deployed" and the city
"joined" a network of cities (2018); a Lagos business page where MTN's fine "imposed" by the
regulator is settled by an "agreement signed" with the government, the central bank "lifted" a
peg and keeps "restrictions imposed" on importers, a Spanish airline "suspended" its flights and a
Chinese company "signed" a railway contract (2016)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state admitted to a regional association; an accord signed; relations
restored; an army absorbed into another; troops sent and bases to be built), ten occurred and one
planned, beside historical, negated and stalled events.

Decisions of the annotation: a president who "ordered American companies and government agencies
to stop all payments to the government of General Manuel Antonio Noriega" under the emergency
powers law, in an article headed "Reagan freezes Panama's payments", imposes sanctions (core) on
Panama and Noriega, and the "1,300 more troops" the Pentagon "is sending to reinforce the bases of
the Southern Command" in Panama are a presence that occurred (core); "the measures taken in March"
(trade preferences and sugar quota withdrawn) a historical imposition, the full embargo Reagan "did not order" a
negated imposition, Mexico and Venezuela that "would not join" the measures a negated imposition,
the talks on Noriega's departure "that broke down in March" a stalled accord, and the canal
treaties "signed in 1977" a historical accord. A council that "lifted the diplomatic and travel
sanctions it imposed on Sudan in 1996" lifts (core); the sanctions of 1996 a historical imposition,
the air embargo voted in August 1996 that "never came into force" a negated imposition, the
American sanctions "imposed by President Bill Clinton in 1997" a historical imposition and "will
not be lifted" a negated lifting, and the peace talks with the SPLA that "ended in Nairobi in June
without agreement" a stalled accord, and Khartoum and Cairo that "exchanged ambassadors again" in
1999 a historical restoration; Kenya (their venue) is no party, and the United States, which
abstained, is no actor of the lifting (no gold for it, no ban either). Leaders who "suspended the
economic embargo they imposed on Burundi" suspend (core), the embargo imposed in July 1996 a
historical imposition, "It has not been lifted" a negated lifting, and the Arusha talks that "have
produced no agreement" a stalled accord. A council that "renewed its ban on rough diamonds from
Liberia for six months and its arms embargo and travel ban for a year" extends (core), the diamond
ban "first imposed in 2001" a historical imposition, the timber embargo it "did not lift" a negated
lifting, its lifting of the Sierra Leone diamond ban in 2003 a historical lifting, and Liberia that
"will apply to join the Kimberley Process" a planned joining (not core: an application, and the
scheme is no alliance the monitor must report); Belgium, where the newsletter's dealers trade, is
no party. Fourteen governments that "warned Austria ... that they would impose diplomatic sanctions
... if the Freedom Party entered the government" threaten (core) with Portugal's prime minister
António Guterres speaking for them; the Commission that "would not follow" them a negated
imposition and Austria that "joined the European Union in 1995" a historical joining; the coalition
talks of Austria's parties are domestic and carry no event. A state that "became the seventh member
of the Association of South-East Asian Nations yesterday" joins (core); its foreign minister who
"signed the declaration of admission" signs no separate accord (no gold), Brunei's joining of 1984
is historical, Laos and Cambodia "expected to join before the end of the decade" a planned joining
(not core: a forecast with no date), Myanmar that "has not applied" a negated joining, the
Vietnamese troops that "occupied Cambodia from 1979 until 1989" a historical presence, and the
Spratly talks with China that "have produced no agreement" a stalled accord; Brunei, the host, is
no party of an alert. Two states that "signed three agreements in Madrid on Saturday" sign (core),
the bases the Americans "will build and use" a planned presence (core), Spain that "is not being
invited to join" NATO a negated joining, the ambassadors the United Nations asked members to
withdraw in 1946 a historical imposition, the ambassador Washington "sent back to Madrid in 1951" a
historical restoration and the Concordat "signed with the Holy See last month" a historical accord;
Britain and Gibraltar, whose paper it is, are no parties. Two states that "restored full diplomatic
relations on Friday" restore (core), the documents their foreign ministers "signed" an accord that
occurred (not core), Hungary, Czechoslovakia and Poland that "restored relations with Israel in
1989 and 1990" historical restorations, and the talks on direct flights that "have produced no
agreement" a stalled accord; Spain and Madrid, where the peace conference will open, are no
parties. Soldiers of the National People's Army who "were taken into the Bundeswehr on Wednesday"
are integrated (core), the generals and colonels who "were not taken over" a negated integration,
the treaty "signed in Moscow on September 12" a historical accord, the Soviet troops who "remain in
the eastern states" a historical presence, the NATO troops that "may not be stationed" there a
negated presence and the allied garrisons that "will stay in Berlin" until the Soviets leave a
historical presence (a presence of 45 years, not a new deployment). Outside the monitor's remit
(no event): a cricket board's fines, suspensions, bans, contracts and sponsorship agreement with an
Indian company, an opener who joined an English county; a city's water restrictions, tariffs and
hosepipe ban, an agreement with a desalination company and a network of cities; a telecom
regulator's fine and its settlement, a central bank's currency peg and import restrictions, a
Spanish airline's suspended flights and a Chinese company's railway contract.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout39_events_en``.
Measured before any fix (2026-12-03, on commit b1e289d): P 0.727, R 0.636, F1 0.679 (recall 7/11, 8
of 11 alerts right; recall by status: occurred 6/10, planned 1/1; no false alarm, three unexpected
alerts, no venue as a party; one near miss quiet). No annotation was corrected after the run.
Missed: the payments stopped to Noriega's government ("ordered American companies and government
agencies to stop all payments to the government of General Manuel Antonio Noriega") give no event:
a ban on payments to a government ("stop all payments to", "barred all payments to") is no sanctions
form in ``rasd/events/lexicons/en.triggers.yaml`` and ``en.cues.yaml`` (``sanctions_noun``), where
"froze the assets of the government of" and "imposed sanctions on the government of" are read. The
reinforcements for Panama ("it is sending 1,300 more troops ... to reinforce the bases of the
Southern Command at Howard, Albrook and Fort Clayton") are read with the Pentagon as the only party
and no host: bases named by their own names, with the host state only in the sentences and the
dateline before, give no target (``rasd/events/participants.py``, ``rasd/events/roles.py``), and the
Pentagon ("United States Department of Defense") does not stand for the United States in the score,
so the alert is both a miss and unexpected, where "to reinforce its bases in Panama" is read. The
renewal for Liberia ("renewed its ban on rough diamonds from Liberia for six months and its arms
embargo and travel ban for a year") gives no event: a ban on a commodity from a state ("ban on rough
diamonds from", "the diamond ban on", "a ban on timber from") is no ``sanctions_noun`` in
``en.cues.yaml`` (only bans on "imports" are), and the arms embargo later in the sentence lies
beyond the verb's window, where "renewed its ban on imports of diamonds from" and "renewed its arms
embargo on" are read. The NVA's soldiers "taken into the Bundeswehr" give no event: an army named
by its proper name (the Bundeswehr, the Tatmadaw, the Peshmerga) is no ``army_noun`` in
``en.cues.yaml``, where "absorbed into the German armed forces" and "taken into the Chadian army"
are read.
Unexpected: in the Cape Town near miss, "The City of Cape Town will ease the water restrictions it
imposed in February" is a planned lifting of sanctions with Cape Town as actor: "restrictions" is a
``sanctions_noun`` whatever restricts (water), and a city named as the subject stands as an actor
(``rasd/events/roles.py``, ``_city`` keeps a city that acts), where "The council lifted the water
restrictions" is quiet. In the Lagos near miss, "a Chinese construction company has signed a
contract with the federal government to build the coastal railway from Lagos to Calabar" is an
accord with Lagos as its party: "contract" is an ``agreement_noun`` and a company's works contract
is not among the ``not_agreement_noun`` forms, and a city on the project's route is taken as a
party; the same contract "with the government" alone is quiet.
Also seen, not scored: "Ronald Reagan" is not linked, so neither Reagan measure has him or his
state; the bases of the Pact of Madrid, which the Americans "will build and use", are read as a
presence that occurred (the trigger "bases", with no verb's tense); the leaders who suspended the
Burundi embargo ("the presidents of Tanzania, Uganda, Kenya and Rwanda", in the next sentence) give
the suspension no actor; the documents Levy and Pankin "signed ... at the King David Hotel" give the
hotel ("David Hotel") as a target; the Sudan-Egypt ambassadors of 1999 are given the United Nations
as actor; "the United States abstaining" gives no United States actor (right).
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
After the fixes of the same round (2026-12-03): P 0.909, R 0.818, F1 0.861 (recall 9/11, 10 of 11
alerts right; the two near misses quiet). Fixed in general: payments to a government stopped,
halted, barred or cut off ("ordered American companies to stop all payments to the government of
...") are an imposition, and an order given ("ordered", "directed", "instructed" ... "to") is an
act, not a plan; a ban on a state's goods named by the goods ("its ban on rough diamonds from
Liberia", "the diamond ban on Sierra Leone") is a sanctions measure; an army known by a name of
its own (the Bundeswehr, the Tatmadaw: an armed force by its aliases in the knowledge base) is an
army; a city that is no capital, region or federal state acts for no one and is no party of an
accord ("The City of Cape Town will ease the water restrictions", "the railway from Lagos to
Calabar"). Left: the payments to Noriega's government (Noriega not in the knowledge base, so no
target) and the troops sent to bases named by their own names; the unexpected alert of j01 stays.
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
    alert_rows,
    check_core_events_found,
    check_no_false_alarm,
    check_set_shape,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

UK = "United Kingdom"
US = "United States"
UN = "United Nations"
UNSC = "United Nations Security Council"
EU = "European Union"
USSR = "Soviet Union"
DRC = "Democratic Republic of the Congo"
NPA = "National People's Army"

ARTICLES: list[Article] = [
    Article(
        "j01-panama-city-english-weekly-reagan-stops-payments-to-noriega",
        date(1988, 4, 9),
        _p(
            "Reagan freezes Panama's payments; 1,300 more GIs for the Canal Area",
            "THE ISTHMIAN WEEKLY | Panama City, Saturday, April 9, 1988",
            "President Ronald Reagan on Friday ordered American companies and government agencies to stop all payments to the government of General Manuel Antonio Noriega, using the emergency powers law for the first time against a country in the hemisphere. Taxes, fees and the monthly payments of the Panama Canal Commission, which together bring the Treasury here some 7 million dollars a month, are to be paid into an escrow account at the Federal Reserve Bank of New York, to be released only to a government Washington recognises.",
            "The Pentagon said the same day that it is sending 1,300 more troops, most of them military police and Marines, to reinforce the bases of the Southern Command at Howard, Albrook and Fort Clayton, where about 10,000 American soldiers are stationed. Officials in Washington said the troops were to protect American lives and property and the canal, not to remove the general.",
            "The order adds to the measures taken in March, when Washington withdrew Panama's trade preferences and its sugar quota and a court in New York froze the government's deposits in American banks at the request of Eric Arturo Delvalle, the president General Noriega had the assembly remove in February and whom the United States still recognises. Since then the banks here have been closed for four weeks, and public employees have been paid late or in part.",
            "Mr Reagan did not order a full trade embargo. Officials said it would have hurt the Panamanian businessmen who oppose the general more than the general himself, and the 50,000 Americans who live and work in the country. American companies in the Colón Free Zone said they would pay their taxes into escrow and hoped the Panamanian authorities would not close them for it.",
            "Latin American governments have kept their distance. Mexico and Venezuela, which condemned Delvalle's removal, said this week that they would not join the American measures, which they called interference in Panama's internal affairs, and the Organization of American States has not taken up the matter.",
            "Talks on the general's departure, in which American envoys offered to drop the drug charges filed against him in Miami in February if he left the country, broke down in March. The general told a rally at the Legislative Palace on Thursday that he would not be driven out by \"the gringos' dollars\".",
            "Canal traffic has not been affected. Under the canal treaties signed in 1977 by President Jimmy Carter and General Omar Torrijos, the waterway passes to Panama at the end of 1999. Ships paid their tolls as usual yesterday, and the Commission's Panamanian employees, about 7,000 of them, were paid in full.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, "Ronald Reagan"),
                ("Panama", "Manuel Antonio Noriega"),
            ),
            Gold("military.presence", "occurred", (US,), ("Panama",)),
            # the measures of March; no full embargo; Mexico and Venezuela stay out; the departure
            # talks broke down; the canal treaties of 1977
            Gold("sanctions.imposed", "historical", (US,), ("Panama",), core=False),
            Gold("sanctions.imposed", "negated", (US, "Ronald Reagan"), ("Panama",), core=False),
            Gold("sanctions.imposed", "negated", ("Mexico", "Venezuela"), ("Panama",), core=False),
            Gold("agreement.signed", "stalled", (US, "Manuel Antonio Noriega"), (), core=False),
            Gold(
                "agreement.signed",
                "historical",
                (US, "Panama", "Jimmy Carter", "Omar Torrijos"),
                (),
                core=False,
            ),
        ),
        not_participants=("Organization of American States",),
    ),
    Article(
        "j02-jeddah-english-daily-un-lifts-sudan-sanctions",
        date(2001, 9, 30),
        _p(
            "UN lifts sanctions on Sudan after five years",
            "THE RED SEA GAZETTE | Jeddah, Sunday 30 September 2001",
            "The United Nations Security Council on Friday lifted the diplomatic and travel sanctions it imposed on Sudan in 1996, after Ethiopia and Egypt told the council that Khartoum had done enough to meet its demands over the attempt on the life of President Hosni Mubarak of Egypt in Addis Ababa in June 1995. The vote was fourteen in favour, with the United States abstaining.",
            "The sanctions required governments to reduce the number of Sudanese diplomats in their capitals and to restrict the travel of Sudanese officials, and asked international and regional organisations not to hold conferences in Sudan. The council imposed them after Sudan failed to hand over three men accused of the attack, who were believed to have fled to Khartoum. An air embargo that the council voted in August 1996 never came into force, because the council did not set a date for it.",
            "Sudan's foreign minister, Mustafa Osman Ismail, welcomed the vote and said his country had cooperated fully with the Organisation of African Unity and with Ethiopia. Diplomats said Khartoum's offer to share intelligence on militants who lived in Sudan in the early 1990s, among them Osama bin Laden, had helped persuade Washington not to block the resolution after the attacks of September 11.",
            "Washington's own sanctions stay in place. They were imposed by President Bill Clinton in 1997 and ban American trade with and investment in Sudan, and the State Department said on Friday that they will not be lifted while the war in the south continues and Sudan remains on the American list of states that sponsor terrorism.",
            "The war between the government and the Sudan People's Liberation Army has gone on since 1983. The latest round of peace talks under the Intergovernmental Authority on Development ended in Nairobi in June without agreement, and fighting has since spread in the oil areas of Western Upper Nile.",
            "Oil is changing the economy. Sudan has exported crude through the pipeline to Port Sudan since 1999, and its output is now more than 200,000 barrels a day, most of it pumped by Chinese, Malaysian and Canadian companies. Bankers in the Gulf said the end of the United Nations measures would make it easier for Arab funds to lend to Sudanese projects, and Sudan Airways said it hoped to expand its flights to Jeddah and Dubai.",
            "Relations between Khartoum and Cairo have improved since 1999, when the two governments exchanged ambassadors again, and Egyptian and Sudanese ministers have met regularly this year on the Nile waters and on trade.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC,), ("Sudan",)),
            # the sanctions of 1996; the air embargo that never came into force; Clinton's sanctions of
            # 1997, not to be lifted; the SPLA talks ended without agreement; ambassadors of 1999
            Gold("sanctions.imposed", "historical", (UNSC,), ("Sudan",), core=False),
            Gold("sanctions.imposed", "negated", (UNSC,), ("Sudan",), core=False),
            Gold("sanctions.imposed", "historical", (US, "Bill Clinton"), ("Sudan",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Sudan",), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("Sudan", "Sudan People's Liberation Army"),
                (),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Sudan", "Egypt"), (), core=False),
        ),
        not_participants=("Kenya",),
    ),
    Article(
        "j03-dar-es-salaam-business-weekly-burundi-embargo-suspended",
        date(1999, 1, 29),
        _p(
            "Regional leaders suspend Burundi embargo; Kigoma traders count the cost",
            "THE CORRIDOR BUSINESS WEEK | Dar es Salaam, Friday, January 29, 1999",
            "The leaders of the Great Lakes region last Saturday suspended the economic embargo they imposed on Burundi in 1996, saying the government of Major Pierre Buyoya had taken part in good faith in the peace talks in Arusha. The decision was taken at a summit in Arusha attended by the presidents of Tanzania, Uganda, Kenya and Rwanda, the prime minister of Ethiopia and ministers from Zambia and the Democratic Republic of Congo.",
            "The embargo was imposed in July 1996, a week after Major Buyoya seized power in Bujumbura, and closed Burundi's borders to all goods except food, medicine and fuel for humanitarian agencies. It has not been lifted. The leaders said it would be reviewed at their next meeting, and that they expected the talks to bring a settlement within the year.",
            "For business in western Tanzania the decision cannot come soon enough. Before the embargo about a third of Burundi's imports came up the Central Line to Kigoma and crossed the lake by barge, and the port's stevedores, warehouse owners and lorry operators have lived on smuggling and on the small trade of the refugee camps since. The Tanzania Railways Corporation said it expected to run two extra goods trains a week to Kigoma from next month.",
            "In Bujumbura, fuel has cost three times the price in Dar es Salaam, and coffee, which earns Burundi most of its foreign exchange, has left the country by road through Rwanda and by air, at great cost. The central bank in Bujumbura said it hoped coffee exports would recover quickly, though the crop of the coming season is expected to be small.",
            "The talks in Arusha, chaired by the former Tanzanian president, Mwalimu Julius Nyerere, have brought the government, the National Assembly and seventeen parties to the table since June but have produced no agreement on power-sharing, the army or elections. Fighting between the army and Hutu rebel groups continues in the south and in the hills around the capital.",
            "Aid donors welcomed the decision. The European Union said it would consider resuming development aid once a settlement was signed, and the World Food Programme said the movement of relief supplies would now be simpler.",
            'Traders in Kigoma said on Wednesday that they were waiting for the customs officers\' instructions before loading the first barges. "We have heard of the decision on the radio, but nobody has told the border post," said one lorry owner.',
        ),
        (
            Gold(
                "sanctions.suspended",
                "occurred",
                ("Tanzania", "Uganda", "Kenya", "Rwanda", "Ethiopia", "Zambia", DRC),
                ("Burundi", "Pierre Buyoya"),
            ),
            # the embargo of July 1996; not lifted; the Arusha talks without agreement
            Gold(
                "sanctions.imposed",
                "historical",
                ("Tanzania", "Uganda", "Kenya", "Rwanda", "Ethiopia"),
                ("Burundi",),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", ("Tanzania", "Uganda"), ("Burundi",), core=False),
            Gold("agreement.signed", "stalled", ("Burundi",), (), core=False),
        ),
    ),
    Article(
        "j04-antwerp-diamond-newsletter-un-renews-liberia-diamond-ban",
        date(2005, 12, 22),
        _p(
            "Liberian rough stays off the market for six more months",
            "ROUGH & POLISHED WEEKLY | Antwerp | Thursday, 22 December 2005",
            "The United Nations Security Council on Tuesday renewed its ban on rough diamonds from Liberia for six months and its arms embargo and travel ban for a year, saying the government elected in November had yet to set up a certificate of origin scheme that could stop stones from the former rebel areas reaching the market. The resolution was adopted unanimously.",
            "The council first imposed the diamond ban in 2001, when it accused the government of Charles Taylor of trading guns for diamonds with the Revolutionary United Front in Sierra Leone. Mr Taylor has lived in exile in Nigeria since August 2003, and the panel of experts that watches the sanctions reported this month that digging continues in the west and the south of the country, with stones smuggled to Guinea and Sierra Leone.",
            "The council did not lift the embargo on Liberian timber either, although Ellen Johnson Sirleaf, who won the run-off in November and will be sworn in as president on January 16, had asked it to end both bans so that the country could earn money for reconstruction. Ambassadors said they wanted to see the forestry and mining laws the new government promised before the next review.",
            "Mrs Sirleaf's advisers said Liberia will apply to join the Kimberley Process, the certification scheme under which governments, the industry and campaign groups track rough from mine to export, once the new government has set up a diamond office. Liberia is one of the few producers in West Africa outside the scheme.",
            "For the trade here the decision changes little. Dealers registered with the Antwerp World Diamond Centre have not been able to import Liberian goods legally since 2001, and the customs service checks every parcel from West Africa against its Kimberley certificate. Parcels of doubtful origin offered in Dubai and Tel Aviv are another matter, several members told this newsletter.",
            "The council lifted its ban on diamonds from Sierra Leone in 2003, after that country's certificate scheme was in place, and Sierra Leone's official exports have risen to more than 140 million dollars this year. Dealers said Liberia's fields, which are alluvial and scattered, would be harder to police.",
            "Prices of rough were firm at the last sight of the year in London, and polished prices for the holiday season held up better than the trade feared in October.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Liberia",)),
            # the ban of 2001; the timber embargo not lifted; Liberia to apply to the Kimberley
            # Process; the Sierra Leone ban lifted in 2003
            Gold(
                "sanctions.imposed",
                "historical",
                (UNSC,),
                ("Liberia", "Charles Taylor"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Liberia",), core=False),
            Gold("alliance.joined", "planned", ("Liberia",), ("Kimberley Process",), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Sierra Leone",), core=False),
        ),
        not_participants=("Belgium",),
    ),
    Article(
        "j05-brussels-english-weekly-fourteen-warn-austria-over-haider",
        date(2000, 2, 3),
        _p(
            "The Fourteen draw a line on Haider",
            "THE BRUSSELS WEEKLY | Thursday 3 February 2000",
            "The fourteen other governments of the European Union warned Austria on Monday that they would impose diplomatic sanctions on it if Jörg Haider's Freedom Party entered the government in Vienna. They would cut official bilateral contacts at the political level, receive Austrian ambassadors only at a technical level and not support Austrian candidates for posts in international organisations, said António Guterres, Portugal's prime minister, who announced the decision on behalf of the fourteen as holder of the union's rotating presidency.",
            "It is the first time that the member states have acted together against one of their own. The warning came as Wolfgang Schüssel, the leader of the conservative People's Party, was completing a coalition agreement with Mr Haider's party, after his talks with the Social Democrats of the outgoing chancellor, Viktor Klima, broke down last month. President Thomas Klestil is expected to swear in the new government on Friday.",
            "The European Commission said it would not follow the fourteen governments' lead. Romano Prodi, its president, said the Commission would watch closely but would keep working normally with Austria's ministers, since the treaties gave it no power to act against a member state for the make-up of its government.",
            'Mr Haider, the governor of Carinthia, has praised the employment policy of the Third Reich and the veterans of the Waffen-SS, and his party ran in October on a campaign against immigration. He said on Tuesday that the fourteen were interfering in Austria\'s democracy and that Austrians would not be told whom to elect by "a few socialists in Paris and Lisbon".',
            "Support for the warning was not unanimous in private. Diplomats said Denmark and Italy had doubts about isolating a fellow member over a government that had not yet taken office, but did not want to break ranks. Belgium's foreign minister, Louis Michel, went further than the others, saying European tourists should think twice before skiing in Austria this winter.",
            "Austria joined the European Union in 1995, with Sweden and Finland. Its ministers will still sit at the Council table in Brussels, where they vote on legislation as before; the measures concern relations between capitals only.",
            "Business in Vienna took the news calmly. The stock exchange's index fell 1.3 percent on Tuesday and recovered part of the loss yesterday, and tour operators in Tyrol said they had had few cancellations.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                ("Portugal", "António Guterres", "Belgium", "France", "Germany"),
                ("Austria", "Freedom Party of Austria"),
            ),
            # the Commission stays out; Austria's accession of 1995
            Gold(
                "sanctions.imposed", "negated", ("European Commission",), ("Austria",), core=False
            ),
            Gold("alliance.joined", "historical", ("Austria",), (EU,), core=False),
        ),
    ),
    Article(
        "j06-bandar-seri-begawan-daily-vietnam-joins-asean",
        date(1995, 7, 29),
        _p(
            "Vietnam joins ASEAN family",
            "THE BORNEO DAILY | Bandar Seri Begawan, Saturday, July 29, 1995",
            "Vietnam became the seventh member of the Association of South-East Asian Nations yesterday, when its foreign minister, Nguyen Manh Cam, signed the declaration of admission at the opening of the association's annual ministerial meeting at the International Convention Centre. The flag of Vietnam was raised beside those of Brunei, Indonesia, Malaysia, the Philippines, Singapore and Thailand as a band played the national anthems.",
            '"Today the wall that divided South-East Asia for a generation has come down," said the Foreign Minister of Brunei Darussalam, Prince Mohamed Bolkiah, who chaired the meeting. Mr Cam said Vietnam would work to make the region one of peace and cooperation and would take part fully in the association\'s work.',
            "Brunei joined ASEAN in January 1984, a week after it became fully independent, and until yesterday it was the youngest member. The association was founded in Bangkok in 1967 by five states, several of them fearful of communist Vietnam, and it led the diplomatic campaign against the Vietnamese troops who occupied Cambodia from 1979 until 1989.",
            "The new member will have until 2006 to cut its tariffs on goods from the other members under the ASEAN Free Trade Area, three years longer than the others. Officials in Hanoi said they would need to train hundreds of officials in English, the association's working language, to take part in its several hundred meetings a year.",
            "Laos and Cambodia, which have observer status, are expected to join before the end of the decade. Myanmar, which attended this week's meeting as a guest of the host, has not applied, and several members said its human rights record would make its entry difficult.",
            "The meeting is also expected to discuss the South China Sea. Vietnam, like four other claimants, disputes the Spratly Islands with China, and talks between Beijing and Hanoi on the islands have produced no agreement. Diplomats said ASEAN's new member would give the association more weight when its ministers meet their Chinese counterpart in the ASEAN Regional Forum on Tuesday.",
            "Ministers and officials from the association's dialogue partners, including the United States, Japan, Australia and the European Union, arrive in the capital over the weekend. Police said roads around the convention centre would be closed to traffic until Wednesday.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Vietnam",), ("ASEAN",)),
            # Brunei's entry of 1984; Laos and Cambodia expected; Myanmar not applied; the Vietnamese
            # occupation of Cambodia; the Spratly talks with China
            Gold("alliance.joined", "historical", ("Brunei",), ("ASEAN",), core=False),
            Gold("alliance.joined", "planned", ("Laos", "Cambodia"), ("ASEAN",), core=False),
            Gold("alliance.joined", "negated", ("Myanmar",), ("ASEAN",), core=False),
            Gold("military.presence", "historical", ("Vietnam",), ("Cambodia",), core=False),
            Gold("agreement.signed", "stalled", ("China", "Vietnam"), (), core=False),
        ),
        not_participants=("Brunei",),
    ),
    Article(
        "j07-gibraltar-daily-pact-of-madrid-bases-for-aid",
        date(1953, 9, 28),
        _p(
            "Spain and U.S. sign bases-for-aid pacts",
            "THE GIBRALTAR EVENING POST | Monday, 28th September, 1953",
            "Spain and the United States signed three agreements in Madrid on Saturday under which the Americans will build and use air and naval bases on Spanish soil in return for military and economic aid. The agreements were signed at the Foreign Ministry in the Palacio de Santa Cruz by the American Ambassador, Mr. James Clement Dunn, and the Spanish Foreign Minister, Señor Alberto Martín Artajo, after nearly two years of negotiation.",
            "The defence agreement runs for ten years and may be extended. It does not name the bases, but officials in Madrid said they would include airfields near Madrid, Seville and Saragossa and a naval base at Rota, on the Bay of Cádiz, some seventy miles from this Rock. The bases will remain under the Spanish flag and a Spanish commander, and American engineers are expected to begin work early next year.",
            "In return Spain is to receive 226 million dollars of aid in the present American financial year, for arms for its army, navy and air force and for railways, power stations and farm machinery. Spanish officials said the country's industry, which has barely recovered from the civil war, would need several times as much.",
            "Spain is not being invited to join the North Atlantic Treaty Organisation. Britain, France and the Scandinavian countries oppose General Franco's regime, and officials in Washington said the agreements were bilateral and did not involve the other allies.",
            "The agreements complete General Franco's return from isolation. In 1946 the United Nations General Assembly called on members to withdraw their ambassadors from Madrid; it revoked the resolution in 1950, and Washington sent an ambassador back to Madrid in 1951. Last month Spain signed a Concordat with the Holy See, confirming the position of the Catholic Church in Spanish life.",
            "In Gibraltar the news was received with mixed feelings. Merchants on Main Street hope that American sailors and airmen will spend their dollars here, and dockyard workers expect repair work for American ships. But the Spanish press has renewed its campaign for the return of the Rock, and the frontier at La Línea was again slow on Saturday, with some workers from the Campo waiting more than two hours to cross.",
            "A spokesman at the Colonial Office in London said the agreements did not affect the status of Gibraltar or the use of its harbour by the Royal Navy.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Spain", US), ()),
            Gold("military.presence", "planned", (US,), ("Spain",)),
            # not invited to NATO; the UN's call of 1946 and the ambassador sent back in 1951; the
            # Concordat of last month
            Gold("alliance.joined", "negated", ("Spain",), ("NATO",), core=False),
            Gold("sanctions.imposed", "historical", (UN,), ("Spain",), core=False),
            Gold("relations.restored", "historical", (US, "Spain"), (), core=False),
            Gold("agreement.signed", "historical", ("Spain", "Vatican City"), (), core=False),
        ),
        not_participants=(UK, "Gibraltar"),
    ),
    Article(
        "j08-jerusalem-english-daily-israel-and-soviet-union-restore-ties",
        date(1991, 10, 20),
        _p(
            "Israel, USSR restore ties after 24 years",
            "THE JERUSALEM MORNING STAR | Sunday, October 20, 1991",
            "Israel and the Soviet Union restored full diplomatic relations on Friday, twenty-four years after Moscow broke them off during the Six Day War. Foreign Minister David Levy and the Soviet Foreign Minister, Boris Pankin, the first Soviet foreign minister to visit Israel, signed the documents at a ceremony at the King David Hotel, and the two countries' consular missions in Moscow and Tel Aviv became embassies the same afternoon.",
            'Mr Pankin said the restoration of relations corrected "a mistake of the past" and that the Soviet Union wanted to be an honest broker in the peace conference that opens in Madrid on October 30, which Moscow sponsors with Washington. Prime Minister Yitzhak Shamir, who met Mr Pankin for two hours, said the step removed one of Israel\'s objections to a Soviet role in the talks.',
            "Aleksandr Bovin, a commentator of the newspaper Izvestia, has been named the first Soviet ambassador. Israel's ambassador in Moscow will be Aryeh Levin, who has headed its consular mission there since 1988.",
            "The Soviet Union's former allies in Eastern Europe moved earlier. Hungary, Czechoslovakia and Poland restored relations with Israel in 1989 and 1990, and Bulgaria and Romania, which never broke them off, have raised their missions to the level of ambassador.",
            "The main business between the two countries is emigration. More than 330,000 Soviet Jews have arrived in Israel since the beginning of 1990, and the Jewish Agency expects a further 150,000 this year. Most fly by way of Budapest, Bucharest or Warsaw, since talks on direct flights between Moscow and Tel Aviv by Aeroflot and El Al have produced no agreement, and the immigrants' baggage often arrives weeks after them.",
            "Economists said trade could grow quickly from a low level. Israeli companies have begun to sell irrigation equipment and medical devices in the Soviet republics, and a delegation of the Israeli Manufacturers' Association is to visit Moscow and Kiev next month. Several Soviet scientists who have settled in Israel have found jobs in the defence and electronics industries, but most are still without work in their professions.",
            "In Moscow the decision passed with little comment. The official news agency Tass carried a short report, and the evening television news showed pictures of the ceremony after items on the food supply and the negotiations on the future of the union.",
        ),
        (
            Gold("relations.restored", "occurred", ("Israel", USSR), ()),
            # the documents signed; Eastern Europe restored in 1989 and 1990; flights talks stalled
            Gold("agreement.signed", "occurred", ("Israel", USSR), (), core=False),
            Gold(
                "relations.restored",
                "historical",
                ("Hungary", "Czechoslovakia", "Poland", "Israel"),
                (),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Israel", USSR), (), core=False),
        ),
        not_participants=("Spain", "Madrid"),
    ),
    Article(
        "j09-british-forces-weekly-nva-taken-into-bundeswehr",
        date(1990, 10, 6),
        _p(
            "Farewell to the NVA: East German soldiers now wear Bundeswehr badges",
            "FORCES WEEKLY GERMANY | Rheindahlen, Saturday 6 October 1990",
            "The National People's Army of East Germany ceased to exist at midnight on Tuesday. About 90,000 of its soldiers, sailors and airmen were taken into the Bundeswehr on Wednesday, the day of German unity, and now serve under a new Bundeswehr command in Strausberg, east of Berlin, led by Lieutenant General Jörg Schönbohm. Their grey uniforms will be replaced within months, but on Wednesday most simply changed the badge on their caps.",
            "Generals, admirals and officers above the rank of colonel were not taken over, and about 20,000 older officers and NCOs who had served as political officers or in the army's security service were discharged with pay until the end of the year. Conscripts will finish their service as Bundeswehr soldiers. The defence ministry in Bonn said that only some of the officers who remain will be kept after a two-year trial period.",
            "Under the treaty signed in Moscow on September 12 by the two German states and the four wartime allies, the united Germany's forces must be cut to 370,000 by the end of 1994, from more than 500,000 today, and the former NVA is expected to bear much of the cut.",
            "Some 360,000 Soviet soldiers of the Western Group of Forces remain in the eastern states, with their families, tanks and aircraft, and will leave by the end of 1994. Until they have gone, the forces of the united Germany stationed there will be territorial units outside NATO's integrated command, and NATO troops from other countries may not be stationed or deployed in the east at all.",
            "The British, American and French garrisons will stay in Berlin as long as the Soviet troops remain, now as guests of the German government rather than as occupying powers. For the Berlin Infantry Brigade at Spandau and the Brigade's families little changes for now, though the officers' club on the Kurfürstendamm expects fewer visitors from the Allied Kommandatura, which held its last meeting on Tuesday.",
            'Former NVA soldiers at the barracks in Potsdam told this paper that they were relieved to keep their pay, which the Bundeswehr is raising to about 60 percent of the western level. "Last year we were told that the enemy was across the Elbe," said a sergeant. "Now we are the same army."',
            "The defence ministry will decide next year which of the former NVA's 2,300 tanks and 400 combat aircraft will be kept.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Germany", "Bundeswehr"), (NPA,)),
            # the generals not taken over; the treaty of September 12; the Soviet troops who remain;
            # no NATO troops in the east; the allied garrisons in Berlin
            Gold("forces.integrated", "negated", ("Germany", "Bundeswehr"), (NPA,), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Germany", USSR, US, UK, "France"),
                (),
                core=False,
            ),
            Gold("military.presence", "historical", (USSR,), ("Germany",), core=False),
            Gold("military.presence", "negated", ("NATO",), ("Germany",), core=False),
            Gold(
                "military.presence",
                "historical",
                (UK, US, "France"),
                ("Germany",),
                core=False,
            ),
        ),
    ),
    Article(
        "j10-kingston-cricket-page-board-fines-and-sponsorship",
        date(2009, 7, 20),
        _p(
            "Board fines Jaguars, lifts ban on Samuels; new sponsor signs",
            "SPORTS | Kingston, Monday, July 20, 2009",
            "The Jamaica Cricket Association yesterday imposed a fine of 50,000 dollars on the Jaguars' management for the late arrival of the team at Sabina Park for the second day of the regional four-day final, and suspended a young fast bowler for two matches for dissent towards an umpire.",
            "The association's disciplinary committee also lifted the ban it imposed in May on a club in St Catherine that fielded an unregistered player in the senior cup, after the club paid its fine and apologised in writing. The club will be allowed to play in the limited-overs competition that begins next month.",
            "Head coach Junior Bennett has had his contract extended for two years, the association's president said. Under Bennett the Jaguars have won the regional four-day title three times in five seasons, and the president said continuity was important with several senior players away with the West Indies.",
            "In better news for the association's finances, it has signed a three-year sponsorship agreement with an Indian mobile phone company, which will put its name on the Jaguars' shirts and pay for a new indoor school at Sabina Park. The association would not disclose the value of the deal but said it was the largest in its history.",
            'Opening batsman Brenton Parchment, who scored a century in the final, has joined an English county for the rest of the summer as an overseas professional and leaves for London on Thursday. "It is a chance every young player wants," he said.',
            "Tamar Lambert has been restored as captain for the limited-overs season after missing the final with a hand injury. The selectors said he had recovered fully and would lead a squad of fourteen that includes two uncapped players from Manchester and Clarendon.",
            "Police said more officers will be deployed around Sabina Park for the limited-overs matches after complaints about robberies in the car park during the final. The ground's floodlights, damaged by a storm in June, have been repaired, and power to the members' stand was restored on Friday.",
            "The players' association, meanwhile, has suspended its talks with the regional board over match fees, saying it would wait until the West Indies team returns from its tour. The last agreement between the two sides expired in December and has not been renewed.",
            "Tickets for the limited-overs matches go on sale on Wednesday at the ground and at three banks in Kingston and Montego Bay.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "j11-cape-town-community-paper-water-restrictions-eased",
        date(2018, 9, 13),
        _p(
            "City eases water restrictions as dams fill up",
            "THE SOUTHERN SUBURBS TATLER | Cape Town | Thursday, 13 September 2018",
            "The City of Cape Town will ease the water restrictions it imposed in February from the beginning of October, the mayoral committee member for water said on Tuesday, after the dams that supply the city rose above 70 percent of their capacity for the first time since 2014. Households will be allowed to use 70 litres a person a day instead of 50, and the drought tariffs will be cut.",
            'The council has also lifted the levy on swimming pool owners that it imposed during the worst of the drought, but it has extended the ban on the use of hosepipes for watering gardens and washing cars until the end of the summer. "We must not forget how close we came to Day Zero," the councillor said.',
            "Residents of Rondebosch and Newlands have complained about the queues at the Newlands spring, where people fill containers with free water. The city said law enforcement officers would be deployed at the spring at weekends to keep order and that a second collection point would open in Kenilworth.",
            "The city signed an agreement with a desalination company in March for a temporary plant at the V&A Waterfront, which has produced about two million litres a day since May. The agreement runs until 2020, and the city said it would not sign new agreements of this kind while the dams are full.",
            "Water supply to about 300 homes in Claremont was restored on Monday after a burst main on Main Road cut them off for eighteen hours. Engineers said the old pipes in the area needed to be replaced and that the work would begin next year.",
            "Cape Town joined an international network of cities working on water resilience last month, and officials from the city will share their experience at a meeting in Rotterdam in November. The mayor said the city had learned that saving water was a job for everybody, not only for the council.",
            "Businesses welcomed the decision. The Cape Chamber of Commerce said hotels and restaurants had lost bookings in the summer because tourists feared they would not be able to shower, and that the easing would help the coming season. Nurseries said sales of indigenous plants that need little water had doubled.",
            "Residents who want to apply for an exemption for boreholes or well points can do so at the city's offices in Wynberg or online.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "j12-lagos-business-page-mtn-fine-settled-naira-float",
        date(2016, 6, 14),
        _p(
            "MTN settles fine; CBN lifts naira peg",
            "BUSINESS | Lagos, Tuesday, June 14, 2016",
            "MTN Nigeria has agreed to pay 330 billion naira to settle the fine that the Nigerian Communications Commission imposed on it in October for failing to disconnect more than five million unregistered SIM cards on time. The company signed an agreement with the federal government on Friday, under which it will pay the sum in instalments over three years and list its shares on the Nigerian Stock Exchange.",
            "The fine was first set at 1.04 trillion naira and was reduced in December after talks between the company, the commission and the Attorney-General. Shares of MTN Group, the South African parent, rose 5 percent in Johannesburg on Monday. Analysts said the settlement removed the largest risk hanging over Africa's biggest mobile operator.",
            "The Central Bank of Nigeria, meanwhile, has lifted the peg that held the naira at about 197 to the dollar since February 2015 and will let the currency trade in a single market from Monday. The governor, Godwin Emefiele, said the bank would intervene from time to time. It has not lifted the restrictions it imposed last June on access to foreign exchange for importers of 41 items, from rice and cement to toothpicks.",
            "Manufacturers said the float would ease the shortage of dollars that has forced many factories to cut production or shut. Foreign airlines have been unable to take home about 600 million dollars of ticket sales, and Iberia, the Spanish airline, suspended its flights to Lagos this month, citing the trapped funds and falling demand. United Airlines has said it will stop its direct flights from Houston later this month.",
            "In transport, a Chinese construction company has signed a contract with the federal government to build the coastal railway from Lagos to Calabar, a project estimated at 11 billion dollars. The transport minister said financing would come from Chinese banks and that work would start before the end of the year.",
            "The Nigerian Stock Exchange has extended the deadline for listed companies to file their first-quarter results by two weeks after several banks said the new currency rules complicated their accounts. Several companies have joined the exchange's premium board this year.",
            "Power supply to parts of Lagos and Ogun states was restored on Sunday after repairs to the gas pipeline that feeds the Egbin power station. Militants in the Niger Delta have attacked pipelines repeatedly since February, cutting the country's oil output to its lowest level in more than twenty years.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "j01-panama-city-english-weekly-reagan-stops-payments-to-noriega": (
        "troops sent 'to reinforce the bases of the Southern Command at Howard' give no host state, "
        "and the payments barred to 'the government of General Manuel Noriega' have no target: "
        "Noriega is not in the knowledge base"
    ),
}


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States on Monday ordered American companies to stop all payments to the "
            "government of Haiti.",
            id="ordered-companies-to-stop-all-payments-to-the-government",
        ),
        pytest.param(
            "The United States on Monday barred all payments to the government of Haiti.",
            id="barred-all-payments-to-the-government",
        ),
        pytest.param(
            "The United States on Monday froze the assets of the government of Haiti.",
            id="froze-the-assets-of-the-government",
        ),
        pytest.param(
            "The United States on Monday imposed sanctions on the government of Haiti.",
            id="imposed-sanctions-on-the-government",
        ),
    ],
)
def test_payments_barred_to_a_government_are_sanctions(text: str) -> None:
    found = [r for r in alert_rows(text, date(1989, 11, 20)) if r[0] == "sanctions.imposed"]
    assert any("Haiti" in t for _, _, _, t in found), found


_BASES_BY_NAME = (
    "troops sent to bases named by their own names take no host state from the sentence before, "
    "and the Pentagon is the only party, where 'its bases in <state>' is read"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Honduras protested on Monday. The Pentagon is sending 800 more troops to reinforce the "
            "Palmerola air base.",
            id="troops-to-a-base-by-name-the-host-named-before",
        ),
        _xfail(
            "The Pentagon is sending 800 more troops to reinforce the Palmerola air base near "
            "Comayagua.",
            _BASES_BY_NAME,
            "troops-to-a-base-by-name-near-a-town",
        ),
        pytest.param(
            "The Pentagon is sending 800 more troops to reinforce its bases in Honduras.",
            id="troops-to-its-bases-in-the-state",
        ),
        pytest.param(
            "The United States is sending 800 more troops to its air base in Honduras.",
            id="a-state-sends-troops-to-its-base-in-the-state",
        ),
    ],
)
def test_troops_sent_to_bases_named_by_name_find_the_host(text: str) -> None:
    found = [r for r in alert_rows(text, date(1989, 11, 20)) if r[0] == "military.presence"]
    assert any("Honduras" in t for _, _, _, t in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The United Nations Security Council on Monday renewed its ban on rough diamonds from "
            "Sierra Leone for six months.",
            "sanctions.extended",
            id="renewed-its-ban-on-rough-diamonds-from-a-state",
        ),
        pytest.param(
            "The United Nations Security Council on Monday renewed the diamond ban on Sierra Leone.",
            "sanctions.extended",
            id="renewed-the-diamond-ban-on-a-state",
        ),
        pytest.param(
            "The United Nations Security Council on Monday imposed a ban on timber from Sierra Leone.",
            "sanctions.imposed",
            id="imposed-a-ban-on-timber-from-a-state",
        ),
        pytest.param(
            "The United Nations Security Council on Monday renewed its ban on imports of diamonds "
            "from Sierra Leone.",
            "sanctions.extended",
            id="renewed-its-ban-on-imports-of-diamonds-from-a-state",
        ),
        pytest.param(
            "The United Nations Security Council on Monday renewed its arms embargo on Sierra Leone "
            "for a year.",
            "sanctions.extended",
            id="renewed-its-arms-embargo-on-a-state",
        ),
    ],
)
def test_a_ban_on_a_commodity_from_a_state_is_a_sanction(text: str, kind: str) -> None:
    found = [r for r in alert_rows(text, date(2004, 6, 21)) if r[0] == kind]
    assert any("Sierra Leone" in t for _, _, _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The border guards of the former republic were absorbed into the Bundeswehr on Monday.",
            id="absorbed-into-the-bundeswehr",
        ),
        pytest.param(
            "The former rebels were taken into the Tatmadaw on Monday.",
            id="taken-into-the-tatmadaw",
        ),
        pytest.param(
            "The border guards of the former republic were absorbed into the German armed forces on "
            "Monday.",
            id="absorbed-into-the-states-armed-forces",
        ),
        pytest.param(
            "The former rebels were taken into the Chadian army on Monday.",
            id="taken-into-the-states-army",
        ),
    ],
)
def test_fighters_taken_into_an_army_named_by_its_name(text: str) -> None:
    found = [r for r in alert_rows(text, date(2011, 5, 20)) if r[0] == "forces.integrated"]
    assert found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Johannesburg will lift the water restrictions it imposed in March.",
            id="a-city-will-lift-its-water-restrictions",
        ),
        pytest.param(
            "Cape Town lifted its water restrictions on Monday.",
            id="a-city-lifted-its-water-restrictions",
        ),
        pytest.param(
            "The council lifted the water restrictions on Monday.",
            id="the-council-lifted-the-water-restrictions",
        ),
        pytest.param(
            "A Chinese company has signed a contract to build the railway from Mombasa to Nairobi.",
            id="a-company-signed-a-contract-for-a-railway-between-cities",
        ),
        pytest.param(
            "A Turkish company signed a contract with the Kenyan government to build a dam.",
            id="a-company-signed-a-contract-with-a-states-government",
        ),
        pytest.param(
            "A Turkish construction company has signed a contract with the government to build a dam.",
            id="a-company-signed-a-contract-with-the-government",
        ),
    ],
)
def test_domestic_restrictions_and_works_contracts_stay_quiet(text: str) -> None:
    assert not alert_rows(text, date(2019, 3, 20))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The United States will lift the restrictions it imposed on Cuba in March.",
            ("sanctions.lifted", "Cuba"),
            id="a-state-will-lift-the-restrictions-it-imposed-on-a-state",
        ),
        pytest.param(
            "Kenya and China signed an agreement on a railway from Mombasa to Nairobi.",
            ("agreement.signed", "Kenya"),
            id="two-states-signed-an-agreement-on-a-railway",
        ),
    ],
)
def test_the_neighbouring_state_forms_are_read(text: str, told: tuple[str, str]) -> None:
    kind, name = told
    found = [r for r in alert_rows(text, date(2019, 3, 20)) if r[0] == kind]
    assert any(name in a + t for _, _, a, t in found), found


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout39_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-39 English events"))
