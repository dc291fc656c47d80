"""Thirty-fifth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions, programmes and eras the earlier
thirty-four sets lack: a Zambian Copperbelt paper on the Security Council's first mandatory sanctions,
on Rhodesia (1966), a San José weekly's news analysis of the Organization of American States lifting
its Cuba sanctions at the meeting it hosted (1975), a Montreal daily on the Security Council
suspending the oil and arms embargo on Haiti after Malval's confirmation (1993), a Buenos Aires
English-language daily on the European Economic Community renewing its import ban on Argentina for a
week with Italy and Ireland out (1982), the transcript of Helen Clark's post-cabinet press conference
warning Fiji's military commander of sanctions the day before the coup (2006), an exporters' bulletin
in questions and answers on Armenia joining the Eurasian Economic Union (2015), a Horn of Africa wire
on the Aba'a accord between Djibouti and the FRUD, whose fighters are to be integrated into the army
(1994), a Singapore regional page on Indonesia and China restoring relations after 23 years, with
Singapore to follow (1990), a Townsville paper on the 3rd Brigade's soldiers landing in Honiara, with
Papua New Guinea's peacekeepers to follow (2021), and near misses (an Almaty football weekly where
UEFA "lifted" a stadium closure it "imposed", a Georgian striker is "signed" and "joined", a league
"extended" its foreign-player cap, the federation "signed a memorandum" with Uzbekistan's, a licence
"suspended" is "restored", two clubs "merged", police "deploy" and UEFA "suspended Russian clubs"; a
Baffin Island weekly on a hamlet council that "imposed" a youth curfew, "lifted" a boil-water
advisory, "signed" an arena agreement with the territory, saw fuel deliveries "restored" and Canadian
Rangers "deployed" in a search, "joined" the Northern Forum with a sister-community agreement in
Greenland, while a mine "extended" its shipping season and a fishery was "suspended"; an Addis Ababa
business page where the regulator "imposed" a fine and "extended" a deadline, the state operator
"signs Kenyan roaming deal", the central bank "lifted" a cap, 4G sites are "deployed", services
"restored" in Amhara, units "merged" and a share sale "suspended").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joined a union; a peace accord signed; relations restored and to
be established; rebels to be integrated into an army; troops arrived abroad and more to be sent),
nine occurred and three planned, beside historical, negated and stalled events. They are told in
the ordinary ways: "The United Nations Security Council last night imposed mandatory economic
sanctions on Rhodesia", "the Organization of American States on Tuesday lifted the diplomatic and
trade sanctions it imposed on the Castro government in 1964", "The United Nations Security Council
yesterday suspended the oil and arms embargo on Haiti", "The European Economic Community last night
extended its ban on imports from Argentina for another week, but Italy and Ireland will no longer
apply it", a prime minister's "If Commodore Bainimarama moves to remove the elected government of
Fiji, New Zealand will impose sanctions. There will be travel bans on the commander ...", "Armenia
became a full member of the Eurasian Economic Union on 2 January", "The government of Djibouti and
the main faction of the Afar rebel movement FRUD signed a peace agreement on Monday" with "Under its
terms, FRUD's fighters will be integrated into Djibouti's army and gendarmerie", "Indonesia and China
restored diplomatic relations yesterday" with Singapore that "said yesterday that it would do so on
October 3", and "Soldiers from Townsville's 3rd Brigade were among the first Australian troops to
arrive in Honiara last night" with "Papua New Guinea will send 34 peacekeepers"; dates as "last
night" in a paper of the next day, "on November 11 last year", "last December", "at the beginning of
the month", "on December 5", "on Tuesday" in a weekly of Friday, "in 1964", "last November", "in 1972
and 1973", "in December" and "in March" for months of the year before and of the year, "in 1962",
"yesterday", "since June", "on July 3", "on October 30", "in September 1991", "on April 16", "on April
30", "at the beginning of April", "last month", "on Saturday", "on Wednesday", "in 2000", "in 2001",
"on 2 January" in a bulletin of 5 January, "in September 2013", "on 10 October 2014", "in December"
and "in May" around the turn of the year, "since August", "in 1993", "in 2009", "in June", "since
2003", "until 2044", "on Monday" in a wire of Tuesday, "in March", "last year", "in November 1991",
"in February 1992", "in July 1993", "in 1977", "in 1992", "in 1950", "in October 1967", "in 1985",
"on October 3", "last night", "on Thursday", "in 2017", "in 2019" and "in 2003".

Decisions of the annotation: a council that "imposed mandatory economic sanctions on Rhodesia" imposes
(core; the Security Council the actor), South Africa that "would not apply the sanctions" and
Portugal that "will not take part" a negated imposition, the Council's call of November 1965 ("only a
recommendation") and Britain's oil embargo "imposed last December" historical impositions, the Tiger
talks whose document the Salisbury cabinet "rejected" a stalled accord, "Britain would not send troops
to Rhodesia" a negated presence and the RAF squadron "stationed at Ndola since December last year" a
historical presence in Zambia; a delegate's "sanctions would fail unless they were extended to South
Africa and Portugal" is no event. An organisation that "lifted the diplomatic and trade sanctions it
imposed on the Castro government in 1964" lifts (core), its measures of 1964 and the exclusion of 1962
historical impositions, the Quito vote "two short of the fourteen needed" a negated lifting, the
American embargo that "stays" (imposed "in 1962") and Paraguay that "would keep its own sanctions in
place" negated liftings, Peru's, Argentina's, Venezuela's and Colombia's restorations historical,
Cuba's "no interest in returning to the OAS" a negated joining and Costa Rica's relations "not on the
agenda" a negated restoration; a coffee delegation expected in Havana and a protocol "signed last
Saturday" on voting rules are no events. A council that "suspended the oil and arms embargo on Haiti"
suspends (core), its warning "that it would reimpose the measures at once if the military leaders
failed" is a threat (not core: a condition of the same decision), the embargo "imposed in June" and
the OAS's "since the coup of September 1991" historical impositions, the OAS's embargo kept and the US
assets not unfrozen a negated lifting, the Governors Island accord "signed ... on July 3" a historical
accord and the UN mission "to be sent to Haiti" with military engineers and trainers a planned
presence (not core); RCMP officers offered for the police mission are police. A community that
"extended its ban on imports from Argentina for another week" extends (core; the EEC the actor,
Argentina the target), Italy and Ireland that "will no longer apply it" a negated extension, the ban
"imposed ... on April 16" and the US measures of April 30 historical impositions, Argentina that
"froze British assets" in April a historical imposition, the UN talks "deadlocked" with "no agreement
in sight" a stalled accord and the exclusion zone enforced "since April 30" a historical presence;
the ministers who "will meet again on Monday to decide" plan nothing yet. A prime minister's "If
Commodore Bainimarama moves to remove the elected government of Fiji, New Zealand will impose
sanctions" is a threat (core: a condition not met, with the measures spelt out), Canberra that "would
take similar measures" as told by her a threat (not core: reported at second hand), "no question of
military intervention" a negated presence, the Wellington talks that ended "without any agreement" a
stalled accord, New Zealand's sanctions of 2000, "lifted ... in 2001", and the Commonwealth's
suspension of 2000 historical events and the Fijian unit that "guards the UN's staff in Baghdad now"
a historical presence; Qarase's "suspending the bills" and flights not "suspended" are no sanctions.
A state that "became a full member of the Eurasian Economic Union on 2 January" joins (core),
Kyrgyzstan "expected to become a member in May" a planned joining (not core: background of the
news), the accession treaty "signed in Minsk on 10 October 2014" a historical accord, the association
agreement with the EU "never initialled" a negated one, Russia's food ban "in force since August" and
Turkey's border "closed ... in 1993" historical impositions, the Zurich protocols of 2009 a historical
accord with talks "frozen" a stalled restoration, Georgia's agreement with the EU "in June" a
historical accord, the WTO "since 2003" and the CSTO historical joinings and the base at Gyumri a
historical presence; Kyrgyzstan's accession treaty "signed ... in December" is background, not
annotated. An accord "signed ... on Monday" by the prime minister and the FRUD faction's leader is an
accord signed (core), and "FRUD's fighters will be integrated into Djibouti's army and gendarmerie"
a planned integration (core: the accord's main provision, Djibouti a party), Ahmed Dini's followers
who "would not ... join the army" a negated integration, the Paris talks that "broke down" a stalled
accord, the ceasefire of February 1992 and France's defence agreement of 1977 historical accords and
the French troops a historical presence. Two states that "restored diplomatic relations yesterday"
restore (core), Singapore that "would do so on October 3" a planned establishment (core: a dated
decision, relations.restored covers relations established), the memorandum the foreign ministers
"signed" an accord (not core: the instrument of the same news), the relations of 1950 a historical
restoration, the trade "banned in 1967" and "allowed again in 1985" a historical lifting, the
communique "will be signed" in New York a planned accord (not core) and Brunei with "no plans to
follow before next year" a negated restoration; Jakarta that "suspended them in October 1967" suspends
relations, not sanctions. Soldiers who "were among the first Australian troops to arrive in Honiara"
are a presence of Australia in Solomon Islands (core), Papua New Guinea that "will send 34
peacekeepers" a planned presence (core), Fiji "ready to deploy 50 soldiers if asked" a planned
presence (not core: an offer), the treaty "signed with Honiara in 2017" a historical accord, the switch
of 2019 a historical restoration with China, RAMSI from 2003 a historical presence and China with "no
plans to send police or soldiers" a negated presence; a lockdown "imposed" on Honiara is no sanction.
Outside the monitor's remit (no event): a stadium closure lifted, a striker signed, a league's cap
extended, two football federations' memorandum, a licence restored, two clubs merged, police
deployed, Russian clubs suspended by UEFA; a hamlet's curfew, a boil-water advisory lifted, an arena
agreement with the territory, fuel deliveries restored, Rangers deployed on a search, a forum joined
and a sister-community agreement in Greenland; a regulator's fine, a deadline extended, a roaming deal
with a Kenyan operator, a cap lifted, sites deployed, services restored and units merged.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout35_events_en``.
Measured before any fix (2026-12-02, on commit 56292a8): P 0.786, R 0.917, F1 0.846 (recall 11/12,
11 of 14 alerts right; recall by status: occurred 9/9, planned 2/3; no false alarm, three unexpected
alerts; the football and Baffin near misses quiet, the business one not). No annotation was corrected
after the run.
Missed: the integration of the FRUD ("Under its terms, FRUD's fighters will be integrated into
Djibouti's army and gendarmerie": an army named by its state's possessive, "Djibouti's army",
"Kenya's army", or by an adjective the knowledge base has no army for, "the Djiboutian army", is kept
as an unlinked name, so the merger has no state as a party and matches nothing, where "the army of
Djibouti" gives Djibouti and "the Sudanese army" the Sudanese Armed Forces).
False alerts: none of a background, denied or stalled event. Unexpected: the same integration with
"Djibouti's army" as its only party; in the Armenian bulletin, "Kyrgyzstan signed its accession treaty
in December" (in a bulletin of 5 January) read as an agreement signed that occurred (a bare month
name for the month just before publication is read as recent in the first days of the next month, "in
December" on 5 or 10 January, "in May" on 3 June, where "last month", "in November", "in December
2014" and "in December" on 20 January are background); in the business near miss, the headline
"Ethio telecom signs Kenyan roaming deal" read as an accord with Kenya (a deal named by a state's
adjective and a service or trade, "a Kenyan roaming deal", "Kenyan code-share deal", "Kenyan supply
deal", "Kenyan payments deal", is read as an accord with the state even with "The operator" or
"Airline" as the signer, where "a roaming deal with a Kenyan operator" and "Ukrainian poultry deal"
stay quiet and "Ethiopia signs Kenyan security deal" is rightly read).
Also seen, not scored: the Australian presence is found only through "It is the first time since
... 2017 that Australian troops have been sent to the country", with no host; the lead, "Soldiers
... were among the first Australian troops to arrive in Honiara last night", gives nothing (troops
that "were (among) the first ... to arrive in" or "to land in" a state are not read, where "The first
Australian troops arrived in" is; and Honiara alone is not known as the capital of Solomon Islands).
Singapore's establishment to come is not read ("said yesterday that it would do so on October 3":
"do so" after a relative clause on establishing relations) and is counted found only because China,
a party of the Indonesian restoration, is a party of it too. The EEC's extension has no actor (the
European Economic Community, the European Communities and "the EEC" are not known, where "The
European Union ... extended" gives the Union). The OAS lifting's target is "Fidel Castro" ("the Castro
government"); the New Zealand threat gives Fiji as an actor beside New Zealand and no target;
Kyrgyzstan's "signed its accession treaty" is read as a joining that occurred (scored right only
because the gold has Kyrgyzstan's joining as planned); China's "no plans to send police or soldiers"
is given Papua New Guinea and Fiji as its parties (from the sentence before); the Djibouti accord is
given Djibouti alone (the FRUD unknown); the memorandum at the Merdeka Palace is not read and
"signed a memorandum in Singapore" in 1985 is given Japan as a party, a state that sentence does
not name (Tokyo is in the one before); the historical, negated and stalled events of the set are mostly not read at all (South
Africa's and Portugal's refusal, Italy and Ireland out, the Tiger, Wellington and UN talks), so none
alerts. Each form missed or falsely read is pinned below on sentences of its own, a strict xfail while
it fails, beside the neighbouring forms that are read.
After the fixes (same day): P 0.857 R 1.000 F1 0.923 (recall 12/12, precision 12/14). Fixed in general:
an army named by its state's possessive or adjective ("Djibouti's army", "the Djiboutian army") leaves
the state as the party of a merger or a deployment; a service or trade right after a state's
adjective ("signs Kenyan roaming deal", "a code-share deal") is business, not an accord with the
state; last month named with "in" right after the trigger and no day ("signed its accession treaty
in December" in a story of 5 January) is background; "it" no longer stands for a state last named
by its adjective. Left: the Kyrgyz treaty (its month beside "in May" of the next clause), the
troops that "were the first to arrive", Honiara and the EEC unknown, "It has signed similar
agreements with operators" read as Kenya's.
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
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
UK = "United Kingdom"
EU = "European Union"
UN = "United Nations"
UNSC = "United Nations Security Council"
OAS = "Organization of American States"
EEC = "European Economic Community"
EAEU = "Eurasian Economic Union"
FRUD = "Front for the Restoration of Unity and Democracy"
RHODESIA = ("Rhodesia", "Southern Rhodesia")

ARTICLES: list[Article] = [
    Article(
        "g01-copperbelt-paper-un-mandatory-sanctions-on-rhodesia",
        date(1966, 12, 17),
        _p(
            "U.N. orders world to cut trade with Smith regime",
            "THE COPPERBELT MAIL | Ndola | Saturday, December 17, 1966 | From our correspondent in New York and staff reporters",
            "The United Nations Security Council last night imposed mandatory economic sanctions on Rhodesia, the first time in the Organisation's history that the Council has ordered every member state to stop trading with a country.",
            "The British resolution was adopted by eleven votes to none, with Bulgaria, France, Mali and the Soviet Union abstaining. It forbids members to buy Rhodesian tobacco, sugar, asbestos, chrome, iron ore, pig iron, copper, meat and hides, and to sell the rebel regime arms, aircraft or motor vehicles. At the insistence of the African members, oil and oil products were added to the list after Lord Caradon, the British delegate, accepted an amendment he had at first resisted. The resolution declares the situation in Rhodesia a threat to international peace, which makes the measures binding under Chapter Seven of the Charter.",
            "Several African delegates said the resolution was too weak. They had wanted the Council to call on Britain to use force, and the delegate of Mali said sanctions would fail unless they were extended to South Africa and Portugal, through whose territory most of Rhodesia's trade now passes.",
            "That is the difficulty. South Africa's Foreign Minister, Dr. Hilgard Muller, said in Pretoria yesterday that his government would not apply the sanctions and would go on trading normally with its neighbour. Portugal, which controls the railway to Beira and the port of Lourenço Marques, has told the Secretary-General that it will not take part either.",
            "In Lusaka, President Kaunda welcomed the vote but said it had come a year too late, and warned that Zambia would pay a higher price than any other country. Most of our copper still leaves by the Rhodesia Railways line to Beira, and the mines depend on coal from Wankie. The Government has asked the Council for help to pay for new routes to Dar es Salaam and has been promised assistance by Britain and the United States.",
            "Mr. Ian Smith's government declared independence unilaterally on November 11 last year. A week later the Council called on all states to break off economic relations with the regime, but that resolution was only a recommendation. Britain's own oil embargo, imposed last December, has been undermined by petrol and diesel brought in by road and rail from South Africa and Mozambique, and Zambia has been kept supplied only by an airlift of fuel from Dar es Salaam and Leopoldville.",
            "The Council met after the failure of the talks between Mr. Wilson and Mr. Smith aboard the cruiser HMS Tiger off Gibraltar at the beginning of the month. The two men drew up a working document for a settlement, but the Salisbury cabinet rejected it on December 5, and Mr. Wilson has since told the House of Commons that Britain will make no further offers to the regime and will not grant independence before majority rule.",
            "Mr. Wilson again ruled out the use of force this week, saying Britain would not send troops to Rhodesia. A squadron of Royal Air Force Javelin fighters has been stationed at Ndola since December last year to protect Zambia's airspace, and its crews were at the airport yesterday as usual.",
            "In Salisbury, Mr. Smith said in a broadcast last night that Rhodesia had survived a year of sanctions and would survive this too. Tobacco farmers, whose crop earns the colony about a third of its export income, sounded less confident.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (UNSC, UN), (*RHODESIA, "Ian Smith")),
            # South Africa and Portugal will not apply them; the Council's call of November 1965 and
            # Britain's oil embargo of December 1965; the Tiger talks failed; no British troops; the
            # RAF squadron at Ndola since December 1965
            Gold(
                "sanctions.imposed", "negated", ("South Africa", "Portugal"), RHODESIA, core=False
            ),
            Gold("sanctions.imposed", "historical", (UNSC,), RHODESIA, core=False),
            Gold("sanctions.imposed", "historical", (UK,), RHODESIA, core=False),
            Gold(
                "agreement.signed",
                "stalled",
                (UK, "Harold Wilson", "Ian Smith", *RHODESIA),
                (),
                core=False,
            ),
            Gold("military.presence", "negated", (UK, "Harold Wilson"), RHODESIA, core=False),
            Gold(
                "military.presence", "historical", (UK, "Royal Air Force"), ("Zambia",), core=False
            ),
        ),
        not_participants=("Gibraltar",),
    ),
    Article(
        "g02-san-jose-weekly-oas-lifts-cuba-sanctions",
        date(1975, 8, 1),
        _p(
            "OAS frees members to deal with Castro",
            "THE SAN JOSÉ WEEKLY | Friday, August 1, 1975 | News analysis",
            "Eleven years after it cut Cuba off from the rest of the hemisphere, the Organization of American States on Tuesday lifted the diplomatic and trade sanctions it imposed on the Castro government in 1964, leaving each member free to deal with Havana as it sees fit.",
            "The foreign ministers meeting here at the National Theatre voted 16 to 3 for the resolution, with Chile, Paraguay and Uruguay against and Brazil and Nicaragua abstaining. Sixteen votes are two more than the two-thirds majority that the Rio Treaty requires. The United States, which had held out for years, voted yes.",
            "It was the second attempt in less than a year. At Quito last November a similar motion won twelve votes, two short of the fourteen needed, after the United States, Brazil and four other governments abstained.",
            "The decision does not oblige anyone to do anything. Governments that want to restore relations with Cuba may now do so without breaking the hemisphere's rules; those that do not are under no pressure. Several already have. Mexico never broke with Havana, Peru and Argentina restored relations in 1972 and 1973, Venezuela did so in December and Colombia in March.",
            "Washington's own embargo stays. A State Department spokesman said the vote \"does not affect\" the American ban on trade with Cuba, which President Kennedy imposed in 1962, and that any change would depend on Havana's conduct, including its support for guerrillas abroad. Secretary of State Henry Kissinger has spoken of moving from hostility to normal relations, but officials said no talks were under way.",
            "In Havana the Foreign Ministry called the vote a defeat for the United States but said Cuba had no interest in returning to the OAS, which Fidel Castro has called a ministry of colonies. Cuba was excluded from the organisation's activities at Punta del Este in 1962.",
            "For Costa Rica, which hosted the meeting, the question is practical. Foreign Minister Gonzalo Facio, who presided, said the government would study a resumption of trade with Cuba but that diplomatic relations were not on the agenda for now. Coffee exporters, who have lost customers in Europe this year, have asked for talks with Cuban buyers, and a delegation of the coffee growers' chamber is expected in Havana in September.",
            "The dissenters were blunt. Chile's delegate said the vote rewarded a government that exports revolution, and Paraguay's said his country would keep its own sanctions in place whatever others did. Brazil's foreign minister, Antonio Azeredo da Silveira, said his government's abstention should not be read as a change of policy.",
            "The meeting also approved a protocol amending the Rio Treaty, signed last Saturday, which will allow sanctions to be lifted by a simple majority once it has been ratified. The ministers end their session on Friday with a debate on the reform of the organisation's charter.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (OAS,), ("Cuba",)),
            # the sanctions of 1964 and the exclusion of 1962; the failed vote at Quito; the US
            # embargo of 1962 kept; Paraguay's own measures kept; the restorations of 1972-1975;
            # Cuba's no to the OAS; Costa Rica's relations not on the agenda
            Gold("sanctions.imposed", "historical", (OAS,), ("Cuba",), core=False),
            Gold("sanctions.lifted", "negated", (OAS,), ("Cuba",), core=False),
            Gold("sanctions.imposed", "historical", (US, "John F. Kennedy"), ("Cuba",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Cuba",), core=False),
            Gold("sanctions.lifted", "negated", ("Paraguay",), ("Cuba",), core=False),
            Gold(
                "relations.restored",
                "historical",
                ("Peru", "Argentina", "Venezuela", "Colombia", "Cuba"),
                (),
                core=False,
            ),
            Gold("alliance.joined", "negated", ("Cuba",), (OAS,), core=False),
            Gold("relations.restored", "negated", ("Costa Rica", "Cuba"), (), core=False),
        ),
    ),
    Article(
        "g03-montreal-daily-un-suspends-haiti-embargo",
        date(1993, 8, 28),
        _p(
            "UN suspends Haiti embargo as Malval takes office",
            "THE MONTREAL EVENING STAR | Saturday, August 28, 1993 | World",
            "The United Nations Security Council yesterday suspended the oil and arms embargo on Haiti, two days after the Haitian parliament confirmed Robert Malval as prime minister under the agreement meant to bring President Jean-Bertrand Aristide home.",
            "The vote in New York was unanimous. Tankers that have waited in Caribbean ports since June may now sail for Port-au-Prince, and the freeze on the Haitian government's funds abroad is suspended as well. The council warned that it would reimpose the measures at once if the military leaders failed to carry out their side of the agreement.",
            "The embargo, imposed in June after the army commander, Lieutenant General Raoul Cédras, refused to negotiate, brought the country's transport to a halt within weeks and, diplomats say, pushed the generals to the table. The Organization of American States has asked its members to keep up the trade embargo it has applied since the coup of September 1991, and the United States has not unfrozen the assets of the officers and their civilian backers.",
            "Under the accord signed on Governors Island in New York on July 3 by Father Aristide and General Cédras, the general is to retire and Father Aristide is to return on October 30. A United Nations mission of about 1,300 police monitors and military engineers and trainers is to be sent to Haiti to help rebuild the army and create a civilian police force, and the council is expected to approve it next month. Canada has offered about a hundred RCMP officers for the police mission.",
            'In Montreal, home to the largest Haitian community in Canada, the news was greeted with caution. "We have heard promises before," said Marie-Claude Joseph, who runs a community centre in Saint-Michel and has not been back to Jacmel since 1991. "The generals are still in their offices. Let us see them leave."',
            "In Port-au-Prince, Mr. Malval, a printer and publisher who accepted the post reluctantly, said his first task would be to form a government of national unity and that he would be sworn in before Father Aristide in Washington next week. Army officers told reporters they had not agreed to any change in the command of the police, which the accord separates from the army.",
            "Father Aristide, the country's first freely elected president, was overthrown in September 1991, eight months after taking office. Thousands of his supporters have been killed or have fled, many of them by boat to Florida, where the United States Coast Guard has returned most of them to Haiti.",
            "Fuel prices in the capital, which had risen to more than four times their level before the embargo, began to fall on Friday afternoon as traders expected the first tankers within days. Relief agencies said the suspension would let them move food and medicine into the countryside again.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (UNSC, UN), ("Haiti",)),
            # the warning to reimpose them (a threat, not core); the embargo of June and the OAS's of
            # 1991 kept; the US freeze kept; the Governors Island accord; the UN mission to be sent
            Gold(
                "sanctions.threatened", "occurred", (UNSC,), ("Haiti", "Raoul Cédras"), core=False
            ),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Haiti",), core=False),
            Gold("sanctions.imposed", "historical", (OAS,), ("Haiti",), core=False),
            Gold("sanctions.lifted", "negated", (OAS, US), ("Haiti",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Haiti", "Jean-Bertrand Aristide", "Raoul Cédras"),
                (),
                core=False,
            ),
            Gold("military.presence", "planned", (UN,), ("Haiti",), core=False),
        ),
    ),
    Article(
        "g04-buenos-aires-daily-eec-renews-argentina-import-ban",
        date(1982, 5, 18),
        _p(
            "Italy and Ireland break ranks as EEC renews ban",
            "THE RIVER PLATE HERALD | Buenos Aires | Tuesday, May 18, 1982",
            "The European Economic Community last night extended its ban on imports from Argentina for another week, but Italy and Ireland will no longer apply it, the first crack in the front that Britain has built in Europe since the South Atlantic crisis began.",
            "Foreign ministers of the Ten, meeting in Luxembourg, argued for most of the day before agreeing to prolong the embargo until May 24. Under a formula worked out by the Belgian presidency, the two dissenting governments invoked Article 224 of the Treaty of Rome, which allows a member to take its own measures in time of war, in order to stay out, and Denmark said it would apply the ban through its own legislation rather than a Community regulation.",
            "In Rome, the government, under pressure from parties with strong ties to the Argentines of Italian descent, said it could not go on penalising a country linked to Italy by blood. Dublin, which criticised the sinking of the cruiser General Belgrano, said Ireland would take no part in measures that might be seen as support for military action.",
            "The Community imposed the ban on April 16, two weeks after Argentine forces landed on the islands, in what was then an unprecedented show of support for one of its members. It covers most of Argentina's exports to Europe, chiefly beef, grain, leather and wool. The United States, after Secretary of State Alexander Haig's shuttle between London and Buenos Aires failed, came down on Britain's side on April 30 and suspended military exports and new credits to Argentina.",
            "At the United Nations, Secretary-General Javier Pérez de Cuéllar kept up his efforts yesterday, but diplomats in New York said the talks were deadlocked on sovereignty and on the administration of the islands during any interim period, and that no agreement was in sight.",
            "Foreign Minister Nicanor Costa Méndez thanked Rome and Dublin and said the other eight had chosen to take sides in a colonial dispute. Meat packers in Buenos Aires said the ban had already cost them orders for the European winter. Argentina froze British assets and stopped payments to British banks at the beginning of April, and the Economy Ministry said those measures would stay.",
            "Latin American governments, which backed Argentina at the Organization of American States last month, have called the European embargo an economic aggression. Venezuela's president said his country would review its purchases from the Community.",
            "British warships and submarines have enforced a total exclusion zone of 200 miles around the islands since April 30, and the Ministry of Defence in London said yesterday that the task force was ready for whatever was necessary.",
            "The ministers will meet again on Monday to decide whether to keep the ban beyond May 24. West German officials said Bonn would not want it to go on indefinitely if fighting began in earnest.",
        ),
        (
            Gold(
                "sanctions.extended", "occurred", (EEC, "European Communities", EU), ("Argentina",)
            ),
            # Italy and Ireland out; the ban of April 16; the US measures of April 30; Argentina's
            # freeze of British assets; the UN talks deadlocked; the exclusion zone since April 30
            Gold("sanctions.extended", "negated", ("Italy", "Ireland"), ("Argentina",), core=False),
            Gold("sanctions.imposed", "historical", (EEC,), ("Argentina",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Argentina",), core=False),
            Gold("sanctions.imposed", "historical", ("Argentina",), (UK,), core=False),
            Gold("agreement.signed", "stalled", (UK, "Argentina"), (), core=False),
            Gold("military.presence", "historical", (UK,), ("Falkland Islands",), core=False),
        ),
        not_participants=("Luxembourg", "Belgium"),
    ),
    Article(
        "g05-press-conference-clark-warns-fiji-military",
        date(2006, 12, 4),
        _p(
            "POST-CABINET PRESS CONFERENCE | Prime Minister Helen Clark | Beehive Theatrette, Wellington | Monday 4 December 2006 | Transcript: Fiji",
            "PRIME MINISTER: Cabinet spent most of this afternoon on Fiji, so let me start there. Let me be absolutely clear. If Commodore Bainimarama moves to remove the elected government of Fiji, New Zealand will impose sanctions. There will be travel bans on the commander, his senior officers and their families; our defence cooperation with the Republic of Fiji Military Forces will stop; and we will look very hard at the aid programme and at sporting contacts. I have conveyed that message to the commander through our High Commissioner in Suva, and I am conveying it again now.",
            "REPORTER: Has Australia said it will do the same?",
            "PRIME MINISTER: Mr Downer told Mr Peters on Saturday that Canberra would take similar measures, and I expect the Pacific Islands Forum to be united on this. Nobody in the region wants a fourth coup in Fiji.",
            "REPORTER: Is there any prospect of New Zealand or Australia sending troops?",
            "PRIME MINISTER: No. There is no question of military intervention. We are not going to send troops into a Commonwealth country to settle an argument between its prime minister and its army. This is a matter for the people of Fiji.",
            "REPORTER: What came of the talks at Government House last week?",
            "PRIME MINISTER: Mr Peters brought Prime Minister Qarase and the commander together in Wellington on Wednesday. Mr Qarase made a number of concessions, including suspending the bills the military objects to, but the commander did not accept them and went home without any agreement. Our officials have been in touch with both sides since, but I cannot tell you the talks have made progress.",
            "REPORTER: In 2000 New Zealand imposed sanctions after the Speight coup. Did they work?",
            "PRIME MINISTER: They were part of the pressure that brought Fiji back to elections, and we lifted them in 2001 when a government was elected. The Commonwealth suspended Fiji in 2000 as well. I would expect the Commonwealth to take a very serious view again.",
            "REPORTER: What about New Zealanders in Fiji?",
            "PRIME MINISTER: The travel advisory has been raised. There are several thousand New Zealanders there at any time, many of them tourists, and at this stage we are advising against non-essential travel. Air New Zealand has not suspended its flights, and I have no reason to think it will need to.",
            "REPORTER: Fijian soldiers serve with the United Nations. Should that continue?",
            "PRIME MINISTER: Fijian soldiers have served with great distinction in United Nations missions for many years, and a Fijian unit guards the UN's staff in Baghdad now. Whether the UN goes on using troops from an army that has overthrown its government would be a matter for the Secretary-General, but I would be surprised if it did not ask itself that question.",
            "REPORTER: Prime Minister, one last one. Do you think the commander will do it?",
            "PRIME MINISTER: I think he is very close to it. I hope I am wrong. Thank you.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                ("New Zealand", "Helen Clark"),
                ("Fiji", "Frank Bainimarama", "Republic of Fiji Military Forces"),
            ),
            # Australia's like warning (reported, not core); no troops; the Wellington talks without
            # agreement; New Zealand's sanctions of 2000 lifted in 2001 and the Commonwealth's
            # suspension of 2000; the Fijian unit in Baghdad
            Gold(
                "sanctions.threatened",
                "occurred",
                ("Australia", "Alexander Downer"),
                ("Fiji", "Frank Bainimarama"),
                core=False,
            ),
            Gold(
                "military.presence", "negated", ("New Zealand", "Australia"), ("Fiji",), core=False
            ),
            Gold(
                "agreement.signed",
                "stalled",
                ("Fiji", "Laisenia Qarase", "Frank Bainimarama"),
                (),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", ("New Zealand",), ("Fiji",), core=False),
            Gold("sanctions.lifted", "historical", ("New Zealand",), ("Fiji",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Commonwealth of Nations",),
                ("Fiji",),
                core=False,
            ),
            Gold("military.presence", "historical", ("Fiji",), ("Iraq",), core=False),
        ),
    ),
    Article(
        "g06-exporters-bulletin-armenia-joins-eurasian-union",
        date(2015, 1, 5),
        _p(
            "EXPORTERS' BULLETIN | Union of Manufacturers and Exporters, Yerevan | No. 1 | 5 January 2015",
            "Armenia in the Eurasian Economic Union: your questions answered",
            "What happened on Friday?",
            "Armenia became a full member of the Eurasian Economic Union on 2 January, a day after the union itself came into being on the basis of the customs union of Russia, Belarus and Kazakhstan. From that date Armenian goods cross into the other member states without customs duties or customs checks, and goods from those states enter Armenia on the same terms.",
            "How did we get here?",
            "President Serzh Sargsyan announced in Moscow in September 2013 that Armenia would join the customs union, weeks before it was due to initial an association agreement with the European Union at the Vilnius summit. That agreement was never initialled. The treaty on Armenia's accession to the union was signed in Minsk on 10 October 2014 and ratified by the National Assembly in December.",
            "Is anyone else joining?",
            "Kyrgyzstan signed its accession treaty in December and is expected to become a member in May.",
            "What changes for exporters?",
            "Armenia now applies the union's common external tariff, which is on average higher than ours was, but for about 800 goods, among them meat, medicines and some machinery, our old rates stay in force for a transition period of up to seven years. Certificates of origin are no longer needed for shipments to Russia, but our products must meet the union's technical regulations, and the ministry is publishing a list of the laboratories that can certify them.",
            "Can we sell in Russia what Russia has banned from Europe?",
            "Russia's ban on fruit, vegetables, meat, fish and dairy products from the European Union, the United States and the other countries that imposed sanctions on it over Ukraine has been in force since August, and it has opened the Russian market to Armenian apricots, vegetables and cheese. Re-exports of European goods through Armenia remain prohibited, and Russian inspectors have said they will check the origin of every consignment.",
            "Does membership open the border with Turkey?",
            "No. Turkey closed its border with Armenia in 1993 in support of Azerbaijan and has kept it closed. The protocols on normalising relations that the two governments signed in Zurich in 2009 have never been ratified, and the talks on them have been frozen for almost five years.",
            "And Georgia?",
            "Most of our trucks reach Russia through Georgia and the Upper Lars crossing. Georgia signed its own association agreement with the European Union in June and is not a member of the union, so our goods cross it in transit under the existing bilateral arrangements. Members report no new delays.",
            "What about our other commitments?",
            "Armenia has been a member of the World Trade Organization since 2003 and will have to renegotiate some of its tariff commitments there. It remains a member of the Collective Security Treaty Organization, and Russia keeps its 102nd military base at Gyumri under a treaty that runs until 2044.",
            "Where can I get help?",
            "The Union's trade desk answers members' questions every weekday from 10:00 to 17:00.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Armenia",), (EAEU,)),
            # Kyrgyzstan to follow (not core); the accession treaty of October; the EU agreement never
            # initialled; Russia's food ban since August; Turkey's border closed since 1993, the Zurich
            # protocols and the frozen talks; Georgia's agreement with the EU; the WTO in 2003, the
            # CSTO and the base at Gyumri
            Gold("alliance.joined", "planned", ("Kyrgyzstan",), (EAEU,), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Armenia", "Russia", "Belarus", "Kazakhstan"),
                (),
                core=False,
            ),
            Gold("agreement.signed", "negated", ("Armenia",), (EU,), core=False),
            Gold("sanctions.imposed", "historical", ("Russia",), (EU, US), core=False),
            Gold("sanctions.imposed", "historical", ("Turkey",), ("Armenia",), core=False),
            Gold("agreement.signed", "historical", ("Armenia", "Turkey"), (), core=False),
            Gold("relations.restored", "stalled", ("Armenia", "Turkey"), (), core=False),
            Gold("agreement.signed", "historical", ("Georgia",), (EU,), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Armenia",),
                ("World Trade Organization", "Collective Security Treaty Organization"),
                core=False,
            ),
            Gold("military.presence", "historical", ("Russia",), ("Armenia",), core=False),
        ),
    ),
    Article(
        "g07-horn-wire-djibouti-frud-peace-accord-fighters-into-army",
        date(1994, 12, 27),
        _p(
            "Djibouti government and Afar rebels sign peace accord",
            "DJIBOUTI, Dec 27 (Horn Press Service) -",
            "The government of Djibouti and the main faction of the Afar rebel movement FRUD signed a peace agreement on Monday that ends three years of civil war in the north of the country, officials said on Tuesday.",
            "The accord was signed at Aba'a, in the Tadjourah district, by Prime Minister Barkat Gourad Hamadou and Ali Mohamed Daoud, who leads the faction of the Front for the Restoration of Unity and Democracy that broke with the movement's founder in March. Under its terms, FRUD's fighters will be integrated into Djibouti's army and gendarmerie, the movement will be recognised as a political party, and its leaders will be offered posts in the government. A joint commission will draw up lists of fighters and decide how many of them the army can take.",
            '"This is the end of the war," Mr Daoud told reporters after the ceremony. He said the first of his men would report to barracks in Tadjourah and Obock early in the new year and that the rest would hand in their weapons to the commission.',
            "The founder and former leader of the FRUD, Ahmed Dini Ahmed, rejected the agreement. Speaking by telephone, he said his followers would not lay down their arms or join the army of a government that had denied the Afar their rights. His faction is thought to have a few hundred fighters in the mountains near the border. Talks between his representatives and the government, held in Paris last year, broke down without result.",
            "The FRUD took up arms in November 1991 and at one time controlled most of the north. A ceasefire agreed in February 1992 under French mediation broke down within months, and a government offensive in July 1993 recaptured most of the territory the rebels held.",
            "France, which keeps about 3,500 troops in Djibouti under a defence agreement signed at independence in 1977, deployed soldiers between the two sides in 1992 to separate them. The French embassy welcomed Monday's accord as a step towards national reconciliation.",
            "The war has cost the economy dearly. Aid agencies say tens of thousands of Afar civilians fled their villages, and the government has spent heavily on its army at a time when the port, the country's main source of income, has lost business. The International Monetary Fund has been pressing for cuts in public spending, and officials said the integration of the rebels would have to be paid for within the existing budget.",
            "President Hassan Gouled Aptidon, who has ruled since independence, is expected to reshuffle his cabinet in the new year to bring in two ministers from the FRUD. Opposition parties said the accord did nothing to open up the political system and called for an independent electoral commission.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Djibouti", FRUD, "Barkat Gourad Hamadou", "Ali Mohamed Daoud"),
                (),
            ),
            Gold("forces.integrated", "planned", (FRUD, "Djibouti", "Djibouti Armed Forces"), ()),
            # Dini's faction that will not join the army; the Paris talks that broke down; the
            # ceasefire of 1992; the French troops and the defence agreement of 1977
            Gold(
                "forces.integrated",
                "negated",
                (FRUD, "Ahmed Dini Ahmed", "Djibouti"),
                (),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "stalled",
                ("Djibouti", FRUD, "Ahmed Dini Ahmed"),
                (),
                core=False,
            ),
            Gold("agreement.signed", "historical", ("Djibouti", FRUD), (), core=False),
            Gold("military.presence", "historical", ("France",), ("Djibouti",), core=False),
            Gold("agreement.signed", "historical", ("France", "Djibouti"), (), core=False),
        ),
    ),
    Article(
        "g08-singapore-regional-page-indonesia-china-restore-ties",
        date(1990, 8, 9),
        _p(
            "Jakarta and Beijing end 23-year freeze",
            "THE STRAITS COURIER | Regional | Thursday, August 9, 1990 | By our Jakarta correspondent",
            "Indonesia and China restored diplomatic relations yesterday, ending a freeze of twenty-three years that began when Jakarta accused Beijing of backing the abortive communist coup of 1965.",
            "Foreign Ministers Ali Alatas and Qian Qichen signed a memorandum of understanding on the resumption of relations at the Merdeka Palace in the presence of President Suharto and the Chinese Premier, Mr Li Peng, who arrived on Monday on the first visit to Indonesia by a Chinese head of government in a quarter of a century. The two countries will reopen their embassies in Beijing and Jakarta within months, officials said.",
            "In a toast at the state banquet, Mr Li said China did not seek to export revolution and regarded the ethnic Chinese of Indonesia who have taken Indonesian citizenship as Indonesians. The two sides agreed to settle the status of the several hundred thousand stateless Chinese living in Indonesia through talks between their officials.",
            "Indonesia was one of the first countries in Asia to recognise the People's Republic, establishing relations in 1950. Jakarta suspended them in October 1967, after mobs attacked the Chinese embassy and the army blamed Beijing for the killing of six generals two years earlier. Many in the armed forces opposed a resumption for years, and it took President Suharto's personal decision last year, after he met Mr Qian in Tokyo at the funeral of Emperor Hirohito, to set the process going.",
            "Direct trade, which Jakarta banned in 1967, was allowed again in 1985 after the two chambers of commerce signed a memorandum in Singapore, and it has since grown to about $1.2 billion a year. Indonesian businessmen hope for Chinese orders for plywood, fertiliser and steel, and Chinese officials say they want to sell more machinery.",
            "Singapore, which has long said it would be the last member of ASEAN to establish relations with China, said yesterday that it would do so on October 3. A joint communique will be signed by the two foreign ministers in New York, officials said. Brunei, the only other ASEAN member without ties to Beijing, has no plans to follow before next year, its foreign ministry said.",
            "Taiwan, whose businessmen have invested heavily in Indonesia, said it would keep its trade office in Jakarta. Mr Alatas told reporters that relations with Taipei would remain economic and unofficial, as they have always been.",
            "Mr Li flies to Singapore on Saturday for a four-day visit, his first, and goes on to Thailand. He is expected to discuss Cambodia with the leaders of all three countries.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Indonesia", "China", "Suharto", "Li Peng", "Ali Alatas", "Qian Qichen"),
                (),
            ),
            Gold("relations.restored", "planned", ("Singapore", "China"), ()),
            # the memorandum signed (not core); the relations of 1950; the trade ban of 1967 eased
            # in 1985; Singapore's communique to come; Brunei not yet
            Gold(
                "agreement.signed",
                "occurred",
                ("Indonesia", "China", "Ali Alatas", "Qian Qichen"),
                (),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Indonesia", "China"), (), core=False),
            Gold("sanctions.lifted", "historical", ("Indonesia",), ("China",), core=False),
            Gold("agreement.signed", "planned", ("Singapore", "China"), (), core=False),
            Gold("relations.restored", "negated", ("Brunei", "China"), (), core=False),
        ),
        not_participants=("Japan", "Thailand", "Cambodia"),
    ),
    Article(
        "g09-townsville-paper-adf-troops-land-in-honiara",
        date(2021, 11, 26),
        _p(
            "Lavarack soldiers in Honiara as riots rage",
            "THE TOWNSVILLE COURIER | Friday, November 26, 2021",
            "Soldiers from Townsville's 3rd Brigade were among the first Australian troops to arrive in Honiara last night, hours after Prime Minister Scott Morrison agreed to a request from Solomon Islands to help restore order after two days of rioting in the capital.",
            "An RAAF C-17 Globemaster left Amberley on Thursday afternoon with 23 Australian Federal Police officers and the first of 43 Defence Force personnel, and a second flight followed overnight. The patrol boat HMAS Armidale is on its way from Darwin, and more police will follow, bringing the deployment to more than 100.",
            'Mr Morrison said the deployment had been made under the bilateral security treaty signed with Honiara in 2017, at the request of Prime Minister Manasseh Sogavare, and that the Australians would protect critical infrastructure and support the Royal Solomon Islands Police Force. "It is not the Australian government\'s intention in any way to intervene in the internal affairs of Solomon Islands," he said. He said the troops would not be guarding Parliament House.',
            "Protesters, many of them from Malaita province, set fire to buildings in Chinatown and to a police station and tried to storm Parliament on Wednesday, demanding Mr Sogavare's resignation. Many are angry over his government's decision in 2019 to switch diplomatic recognition from Taiwan to China, which the Malaita provincial government opposed.",
            "Papua New Guinea will send 34 peacekeepers, its Prime Minister, James Marape, said on Thursday, and Fiji has said it is ready to deploy 50 soldiers if asked. China's foreign ministry said it was concerned for the safety of Chinese citizens and businesses, but said it had no plans to send police or soldiers.",
            "It is the first time since the Regional Assistance Mission to Solomon Islands ended in 2017 that Australian troops have been sent to the country. RAMSI, led by Australia, arrived in 2003 after years of ethnic conflict on Guadalcanal, and many 3rd Brigade soldiers served in it.",
            'At Lavarack Barracks yesterday afternoon, families watched the soldiers board buses for Amberley. "He packed in about twenty minutes," said Kirsty Mahoney, whose husband, a corporal, did two tours with RAMSI. "He knows the place and he knows the people. That helps."',
            'Townsville MP Phillip Thompson, a former soldier, said the city should be proud. "These are the people we send when our neighbours ask," he said.',
            "The Defence Department said the deployment was expected to last weeks rather than months. The Solomon Islands government has imposed a 36-hour lockdown on Honiara, which police said was holding on Thursday night, although fires were still burning in parts of Chinatown.",
        ),
        (
            Gold(
                "military.presence",
                "occurred",
                ("Australia", "Australian Defence Force"),
                ("Solomon Islands",),
            ),
            Gold("military.presence", "planned", ("Papua New Guinea",), ("Solomon Islands",)),
            # Fiji's offer (not core); the treaty of 2017; the switch of 2019; RAMSI from 2003;
            # no Chinese police or soldiers
            Gold("military.presence", "planned", ("Fiji",), ("Solomon Islands",), core=False),
            Gold(
                "agreement.signed", "historical", ("Australia", "Solomon Islands"), (), core=False
            ),
            Gold("relations.restored", "historical", ("Solomon Islands", "China"), (), core=False),
            Gold(
                "military.presence",
                "historical",
                ("Australia", "Regional Assistance Mission to Solomon Islands"),
                ("Solomon Islands",),
                core=False,
            ),
            Gold("military.presence", "negated", ("China",), ("Solomon Islands",), core=False),
        ),
        not_participants=("Taiwan",),
    ),
    Article(
        "g10-almaty-football-weekly-stadium-ban-lifted-striker-signed",
        date(2025, 11, 25),
        _p(
            "Kairat's stand reopens, Astana sign Georgian striker, league extends foreign-player cap",
            "STEPPE FOOTBALL WEEKLY | Almaty | Tuesday, 25 November 2025",
            "UEFA on Monday lifted the partial stadium closure it imposed on Kairat Almaty after fans threw flares onto the pitch during a qualifying match in August, so the east stand of the Central Stadium will be full for the club's last home game of the league phase in December. The appeals body accepted the club's argument that it had banned the supporters responsible and installed new cameras.",
            '"Our fans deserve to see this team," Kairat\'s sporting director said. The club still has to pay the fine of 40,000 euros that came with the closure.',
            "FC Astana have signed Georgian striker Nika Gelashvili, 24, from Dinamo Batumi on a three-year contract. He joined the squad at its winter training camp in Belek this week and will wear the number nine shirt. Astana have also extended the contract of their Serbian goalkeeper by a year.",
            "The Kazakhstan Premier League has extended its limit of six foreign players per matchday squad for another two seasons, rejecting a proposal from several clubs to raise it to eight. The league said it wanted to give more minutes to young Kazakh players before the 2031 Asian Cup, which Kazakhstan hopes to host with Kyrgyzstan and Uzbekistan.",
            "To that end the Football Federation of Kazakhstan signed a memorandum of cooperation with the Uzbekistan Football Association in Tashkent on Friday, covering referee exchanges, youth tournaments and the joint bid. A similar memorandum with the Kyrgyz federation is expected in the spring.",
            "Ordabasy Shymkent's licence, suspended in October over unpaid wages, has been restored after the club settled its debts with players and staff. Its three points for the match it was ordered to forfeit have not been restored, and the club has appealed.",
            "Two first-division clubs in Taraz have merged under the regional sports department, which said the city could not pay for both. The new club will play in the Premier League play-off next week.",
            "Police in Almaty said they would deploy 1,200 officers for the city derby on Sunday after trouble at the last meeting in April, when the league imposed fines on both clubs. Alcohol sales near the ground will be suspended from noon.",
            "Zenit St Petersburg, barred from European competitions since UEFA suspended Russian clubs in 2022, will play Kairat in a friendly in Dubai in January. The federation said it saw no reason to stop such games.",
            "Team of the week: Zarutsky (Kairat) in goal; Gelashvili up front, who scored twice on his debut in a friendly on Saturday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "g11-baffin-weekly-hamlet-council-curfew-sealift-rangers",
        date(2025, 8, 28),
        _p(
            "Pond Inlet council brings in youth curfew, signs arena deal",
            "BAFFIN WEEKLY NEWS | Iqaluit | Thursday, August 28, 2025",
            "Pond Inlet's hamlet council on Monday imposed a curfew of 11 p.m. on youths under 16 for the rest of the summer, after a string of break-ins at the Co-op and the northern store, and lifted the boil-water advisory imposed in July when a valve at the water treatment plant failed.",
            "Mayor Joshua Arnatsiaq said the curfew would be enforced by bylaw officers and the RCMP, and that parents, not children, would be fined for repeat breaches. Several elders at the meeting said the hamlet should open the youth centre at night instead.",
            "Council also signed a contribution agreement with the Government of Nunavut for a new arena, to replace the one closed in 2022 after engineers found its roof unsafe. The territory will pay 18 million dollars of the cost and the federal government most of the rest. Work is to start next summer, when the sealift can bring steel.",
            "The sealift itself was late this year. Ice in Eclipse Sound delayed the first ship by two weeks, and fuel deliveries were restored only last Friday, after the hamlet had rationed gasoline for nine days.",
            "Canadian Rangers from the local patrol were deployed on Saturday to search for two hunters overdue from a trip to Bylot Island. The men were found on Sunday morning, cold but unhurt, after their boat's motor failed. A Royal Canadian Air Force Hercules from Trenton helped with the search.",
            "The hamlet has joined the Northern Forum, a network of northern regions and cities that includes members in Alaska, Greenland and Russia's Sakha Republic, and councillors approved a sister-community agreement with Qaanaaq in Greenland, whose hunters share the same narwhal stocks. A delegation from Qaanaaq is to visit in October.",
            "Baffinland Iron Mines has extended its shipping season at Milne Inlet by two weeks, which council opposed in a letter to the Nunavut Impact Review Board. Hunters say ore carriers disturb narwhal in the sound. Fisheries and Oceans Canada suspended the turbot fishery in the area in July for a stock assessment.",
            "Councillors also merged the recreation and youth committees into one, and extended the opening hours of the municipal office until 6 p.m. on Thursdays. The next meeting is on September 8.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "g12-addis-business-page-telecom-fine-roaming-deal",
        date(2025, 10, 15),
        _p(
            "Regulator fines Safaricom Ethiopia, Ethio telecom signs Kenyan roaming deal",
            "ADDIS BUSINESS REVIEW | Wednesday, 15 October 2025 | Companies",
            "The Ethiopian Communications Authority on Tuesday imposed a fine of 30 million birr on Safaricom Ethiopia for breaking the rules on registering SIM cards, and extended by six months the deadline it set the company to cover 90 percent of the country's population with its network.",
            "The authority said an audit had found more than 200,000 lines activated without the identity checks that the law requires. Safaricom Ethiopia, which began selling services in 2022 and is majority owned by a consortium led by Kenya's Safaricom PLC and Vodacom, said it would pay the fine and had already suspended the dealers involved.",
            "Ethio telecom, the state-owned incumbent, signed a roaming agreement with Safaricom PLC in Nairobi on Monday that will let its customers use their phones in Kenya at local rates from January. It has signed similar agreements with operators in Djibouti and Sudan, and says it is in talks with a Somali operator.",
            "The National Bank of Ethiopia lifted the cap on daily transfers through mobile money wallets, which it imposed in 2023 after a run on one of the state banks' apps, and raised the limit on each wallet's balance. Ethio telecom's Telebirr, with more than 50 million users, and Safaricom's M-Pesa, with about 10 million, both welcomed the change.",
            "Safaricom Ethiopia said it had deployed 500 new 4G sites since July, most of them in Oromia and Amhara, and that it had restored services in parts of Amhara region after a shutdown of several weeks. Mobile data in the region was cut in August during fighting between the army and Fano militias.",
            "Ethio telecom said it had merged its enterprise and wholesale units into one division to cut costs, and that the sale of a 10 percent stake to private investors, suspended last year, would go ahead in 2026. The company has joined the GSMA's programme on mobile money for small businesses.",
            'Analysts said the fine was small for a company that has invested more than two billion dollars in Ethiopia, but that it showed the regulator was watching. "The authority wants Safaricom to grow, but not at any price," said an analyst at an Addis Ababa brokerage. Safaricom Ethiopia\'s chief executive said the company expected to break even in 2027.',
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "g12-addis-business-page-telecom-fine-roaming-deal": (
        "'Ethio telecom signs Kenyan roaming deal': a deal named by a state's adjective and a service "
        "(roaming, supply, code-share, payments) is read as an accord with the state"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


def _integration_parties(text: str) -> list[str]:
    return [
        n for ty, _, a, t in alert_rows(text, MONDAY) if ty == "forces.integrated" for n in a + t
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The rebels will be integrated into Djibouti's army and gendarmerie.",
            "Djibouti",
            id="into-a-states-possessive-army-and-gendarmerie",
        ),
        pytest.param(
            "The rebels will be integrated into Kenya's army.",
            "Kenya",
            id="into-a-states-possessive-army",
        ),
        pytest.param(
            "The rebels will be integrated into the Djiboutian army.",
            "Djibouti",
            id="into-the-army-of-a-states-adjective",
        ),
        pytest.param(
            "The rebels will be integrated into the army of Djibouti.",
            "Djibouti",
            id="into-the-army-of-a-state",
        ),
        pytest.param(
            "The rebels will be integrated into the army of Kenya.",
            "Kenya",
            id="into-the-army-of-another-state",
        ),
        pytest.param(
            "The rebels will be integrated into the Sudanese army.",
            "Sudanese Armed Forces",
            id="into-an-army-the-knowledge-base-knows",
        ),
    ],
)
def test_an_army_named_by_its_state_makes_the_state_a_party(text: str, party: str) -> None:
    parties = _integration_parties(text)
    assert party in parties, parties


@pytest.mark.parametrize(
    ("text", "accord"),
    [
        pytest.param(
            "Ethio telecom signs Kenyan roaming deal",
            False,
            id="headline-operator-signs-a-demonym-roaming-deal",
        ),
        pytest.param(
            "The operator signed a Kenyan roaming deal on Monday.",
            False,
            id="the-operator-signed-a-demonym-roaming-deal",
        ),
        pytest.param(
            "Airline signs Kenyan code-share deal",
            False,
            id="headline-airline-signs-a-demonym-code-share-deal",
        ),
        pytest.param(
            "The operator signed a roaming deal with a Kenyan operator on Monday.",
            False,
            id="a-roaming-deal-with-a-demonym-operator",
        ),
        pytest.param(
            "Retailer signs Ukrainian poultry deal",
            False,
            id="headline-a-demonym-commodity-deal",
        ),
        pytest.param(
            "Ethiopia signs Kenyan security deal",
            True,
            id="headline-a-state-signs-a-demonym-security-deal",
        ),
    ],
)
def test_a_service_deal_named_by_a_demonym_is_no_state_accord(text: str, accord: bool) -> None:
    found = [r for r in alert_rows(text, MONDAY) if r[0] == "agreement.signed"]
    assert bool(found) == accord, found


JAN_5 = date(2015, 1, 5)
JUNE_3 = date(2015, 6, 3)


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        pytest.param(
            "Kyrgyzstan signed a defence agreement with Russia in December.",
            JAN_5,
            ("agreement.signed", "historical"),
            id="signed-in-december-told-on-5-january",
        ),
        pytest.param(
            "Russia imposed sanctions on Kyrgyzstan in December.",
            JAN_5,
            ("sanctions.imposed", "historical"),
            id="imposed-in-december-told-on-5-january",
        ),
        pytest.param(
            "Kyrgyzstan signed a defence agreement with Russia in May.",
            JUNE_3,
            ("agreement.signed", "historical"),
            id="signed-in-may-told-on-3-june",
        ),
        pytest.param(
            "Kyrgyzstan signed a defence agreement with Russia last month.",
            JAN_5,
            ("agreement.signed", "historical"),
            id="signed-last-month-told-on-5-january",
        ),
        pytest.param(
            "Kyrgyzstan signed a defence agreement with Russia in December 2014.",
            JAN_5,
            ("agreement.signed", "historical"),
            id="signed-in-december-with-its-year",
        ),
        pytest.param(
            "Kyrgyzstan signed a defence agreement with Russia in November.",
            JAN_5,
            ("agreement.signed", "historical"),
            id="signed-two-months-before",
        ),
        pytest.param(
            "Kyrgyzstan signed a defence agreement with Russia in December.",
            date(2015, 1, 20),
            ("agreement.signed", "historical"),
            id="signed-in-december-told-on-20-january",
        ),
    ],
)
def test_the_month_before_publication_is_background(
    text: str, published: date, told: tuple[str, str]
) -> None:
    assert _told(text, published) == [told]


_EEC = (
    "the European Economic Community (the European Communities, 'the EEC') is not known: no actor"
)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "The European Economic Community on Monday extended its ban on imports from Argentina.",
            _EEC,
            "the-european-economic-community-extended",
        ),
        _xfail(
            "The EEC on Monday extended its ban on imports from Argentina.",
            _EEC,
            "the-eec-extended",
        ),
        pytest.param(
            "The European Union on Monday extended its ban on imports from Argentina.",
            id="the-european-union-extended",
        ),
    ],
)
def test_the_european_community_of_before_1993_is_an_actor(text: str) -> None:
    actors = [
        n for ty, _, a, _ in alert_rows(text, MONDAY) if ty == "sanctions.extended" for n in a
    ]
    assert {"European Economic Community", "European Communities", "European Union"} & set(
        actors
    ), actors


_FIRST_TO_ARRIVE = (
    "troops that 'were (among) the first ... to arrive in' a state are no presence (the infinitive "
    "after 'the first' is not read)"
)
NOV_26 = date(2021, 11, 26)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The soldiers were among the first Australian troops to arrive in Solomon Islands last "
            "night.",
            "Solomon Islands",
            id="were-among-the-first-troops-to-arrive-in",
            marks=pytest.mark.xfail(strict=True, reason=_FIRST_TO_ARRIVE),
        ),
        pytest.param(
            "They were the first Australian soldiers to land in Solomon Islands last night.",
            "Solomon Islands",
            id="were-the-first-soldiers-to-land-in",
            marks=pytest.mark.xfail(strict=True, reason=_FIRST_TO_ARRIVE),
        ),
        pytest.param(
            "Australian troops arrived in Honiara last night.",
            "Solomon Islands",
            id="arrived-in-a-pacific-capital-named-alone",
        ),
        pytest.param(
            "The first Australian troops arrived in Solomon Islands last night.",
            "Solomon Islands",
            id="the-first-troops-arrived-in",
        ),
        pytest.param(
            "Australian troops arrived in Honiara, the capital of Solomon Islands, last night.",
            "Solomon Islands",
            id="arrived-in-a-capital-with-its-state",
        ),
    ],
)
def test_troops_that_were_the_first_to_arrive_are_a_presence(text: str, party: str) -> None:
    found = [a + t for ty, _, a, t in alert_rows(text, NOV_26) if ty == "military.presence"]
    assert any(party in names and "Australia" in names for names in found), found


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        pytest.param(
            "The United Nations Security Council last night imposed mandatory economic sanctions on "
            "Rhodesia.",
            date(1966, 12, 17),
            ("sanctions.imposed", "occurred"),
            id="last-night-imposed-mandatory-sanctions-on",
        ),
        pytest.param(
            "The Organization of American States on Tuesday lifted the diplomatic and trade sanctions "
            "it imposed on Cuba in 1964.",
            date(1975, 8, 1),
            ("sanctions.lifted", "occurred"),
            id="lifted-the-sanctions-it-imposed-in-a-past-year",
        ),
        pytest.param(
            "The United Nations Security Council yesterday suspended the oil and arms embargo on Haiti.",
            date(1993, 8, 28),
            ("sanctions.suspended", "occurred"),
            id="suspended-the-oil-and-arms-embargo-on",
        ),
        pytest.param(
            "If Commodore Bainimarama moves to remove the elected government of Fiji, New Zealand will "
            "impose sanctions.",
            date(2006, 12, 4),
            ("sanctions.threatened", "occurred"),
            id="if-he-moves-a-state-will-impose-sanctions",
        ),
        pytest.param(
            "Armenia became a full member of the Eurasian Economic Union on 2 January.",
            date(2015, 1, 5),
            ("alliance.joined", "occurred"),
            id="became-a-full-member-of-on-a-day-of-the-new-year",
        ),
        pytest.param(
            "Indonesia and China restored diplomatic relations yesterday.",
            date(1990, 8, 9),
            ("relations.restored", "occurred"),
            id="two-states-restored-relations-yesterday",
        ),
        pytest.param(
            "Papua New Guinea will send 34 peacekeepers to Solomon Islands.",
            NOV_26,
            ("military.presence", "planned"),
            id="will-send-peacekeepers-to",
        ),
    ],
)
def test_the_forms_the_set_found(text: str, published: date, told: tuple[str, str]) -> None:
    assert told in _told(text, published)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout35_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-35 English events"))
