"""Sixty-second English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, states and programmes the earlier
sixty-one sets lack, all of the era of the articles the analyzer is judged on (2016-2024): a Ségou
weekly on the US Treasury sanctioning Mali's defence minister Sadio Camara and two air force
officers over Wagner (2023), a Haiphong English weekly on Obama lifting the US ban on lethal arms
sales to Vietnam (2016), a Mississauga business weekly on Canada suspending most of its Syria
sanctions for six months by a general permit (2025), a Port Sudan English weekly on the Council of
the EU extending its Sudan sanctions framework and listings for a year (2024), a Siem Reap weekly on
the White House warning Cambodia of further steps, visa restrictions among them, after the
opposition was dissolved (2017), a Bar weekly on Montenegro becoming NATO's 29th member (2017), a
Muscat business weekly on the Omani-British joint defence agreement, with British warships to use
Duqm and a Royal Navy hub to be based there (2019), an Abéché weekly on Chad and Qatar restoring
relations, embassies to reopen (2018), a Nyala weekly on Sudan's parliament making the Rapid Support
Forces part of the armed forces (2017), and near misses (a Taunton cricket page where the ECB's
discipline commission "imposed sanctions on Somerset" and "lifted the suspension it imposed", the
county "signed an agreement ... with an Indian Premier League franchise", a New Zealand bowler
"joined", a contract "extended", power "restored", floodlights to be "integrated", members
"threatened to boycott", police to "deploy" officers and village clubs "merged" (2024); a
Folkestone weekly where the town council "signed an agreement ... with a German spa town" and
"joined an alliance of English seaside towns", Gurkha soldiers were "deployed" in a flood, power
"restored", collections "suspended", a deadline "extended", a swimming ban "imposed", a trust
"threatened" to close a shop, a housing department "imposed sanctions" on tenants, clubs "merged"
and computers to be "integrated" (2023); a Casablanca business page where Royal Air Maroc "joined
the oneworld alliance", flights "suspended", systems "integrated", a "codeshare agreement with a
Chinese carrier" signed, a Spanish airline "extended its own suspension of flights", the civil
aviation authority "imposed sanctions on two private operators", a ban to be "lifted", unions
"threatened" to go to court, planes "deployed" and a freight service "restored" (2020)).

Nine articles carry core alertable events of all ten types (sanctions imposed on a junta's
officers, lifted by an arms embargo ended, suspended by a general permit, extended by a framework
renewed, threatened by a warning of further steps; a state joining an alliance; a defence agreement
signed; relations restored; a paramilitary force made part of an army; a state's warships and a
naval hub to be based abroad), nine occurred and two planned (the British use of Duqm, the
reopening of the Chadian and Qatari embassies), beside historical, negated and stalled events.

Decisions of the annotation: the United States that "placed sanctions on Mali's defence minister,
Colonel Sadio Camara, and two senior air force officers" imposes (core, with the Treasury and OFAC;
the three officers, not in the knowledge base, as targets); the Treasury that "designated Ivan
Maslov" in May and listed Wagner in January is a historical imposition, "The Treasury did not name
the head of the transition, Colonel Assimi Goïta, and took no action against the government" a
negated imposition, and ECOWAS that "lifted the economic and financial sanctions it had imposed on
Mali in January 2022 ... in July last year" a historical lifting (and imposition); the end of
MINUSMA's mandate and France's departure are withdrawals, no event, and Russia, whose "instructors"
Bamako speaks of, is no party. Barack Obama who "fully lifted the United States' ban on the sale of
lethal weapons to Vietnam" lifts (core: an arms embargo ended is a lifting); the easing "In October
2014" and Clinton's end of the trade embargo "in February 1994" are historical liftings, the
relations restored "the following year" a historical restoration, "no arms deal had been signed" a
negated accord and Vietnam that "signed the Trans-Pacific Partnership" in February a historical
one; China and Japan are no parties. Canada that "has suspended most of its economic sanctions on
Syria for six months, issuing a temporary general permit" suspends (core, with Mélanie Joly); "The
sanctions on Bashar al-Assad ... stay in place, and none of the names ... has been taken off" is a
negated lifting, "Ottawa first imposed sanctions on Syria in May 2011" a historical imposition, the
EU's suspension "on 24 February" (nine days old, told as background) and Washington's general
licence "in January" historical suspensions; the embassy closed in 2012 is no event. The Council of
the European Union that "extended until October 2025 the framework ... together with the asset
freezes and travel bans already imposed under it" extends (core, with the EU; Sudan as target), the
listings "in January" of companies tied to the army and the RSF and those of June historical
impositions, "Neither the army chief ... nor the RSF leader ... has been listed" a negated
imposition, the Treasury's sanctions on Abdelrahim Hamdan Dagalo "in September last year" a
historical imposition, the Jeddah Declaration signed "in May 2023" a historical accord and the talks
that "stalled before the end of that year" a stalled one; Saudi Arabia, the talks' host, and
Switzerland (Geneva) are no parties. The United States that "warned Cambodia's government on
Thursday that it would take further steps, including possible visa restrictions on officials"
threatens (core, with the White House, whose statement follows); the Supreme Court's ban on 118
politicians is a domestic ban, no sanction, the agreements China and Cambodia "signed ... in
January" a historical accord, and the European Union that "has so far stopped short of threatening
the trade preferences" a negated threat. Montenegro that "became the 29th member of NATO on Monday,
when Prime Minister Duško Marković handed the country's instrument of accession" joins (core); the
Russian foreign ministry that said "In April" it "reserved the right to take retaliatory measures" a
historical threat, "Albania and Croatia joined the alliance in 2009" a historical joining, "Serbia
... has said it will not join" a negated joining, Bosnia and Herzegovina's bid "stuck since 2010" a
stalled joining and "no foreign troops will be stationed in Montenegro" a negated presence; Italy
and Afghanistan are no parties. Oman and the United Kingdom that "signed a joint defence agreement
in Muscat on Thursday" sign (core, with Badr bin Saud Al Busaidi; the defence secretary is named by
title only), and the British warships that "will be able to use the port of Duqm", the Royal Navy
that "will base a logistics hub there" and the troops the British Army "is also to keep ... in
Oman" are a planned presence (core); the troops of Saif Sareea 3 "in October and November" and the
Royal Navy's base "at Mina Salman in Bahrain" opened "in April last year" are historical presences,
Oman that "did not join the Saudi-led coalition" a negated joining; Iran and China are no parties.
Chad and Qatar that "have restored diplomatic relations" restore (core), and "The Qatari embassy in
N'Djamena will reopen and Chad will send an ambassador back to Doha" is a planned restoration
(core); the break of August is no event of the design's types, the boycott by which Saudi Arabia,
the UAE, Bahrain and Egypt "closed their borders, ports and airspace to" Qatar a historical
imposition (an embargo), and Mauritania that "has not restored" its ties a negated restoration;
Libya, where the rebels are, and Switzerland (Glencore) are no parties. Sudan's parliament that
"passed a law that makes the Rapid Support Forces a part of the country's armed forces" integrates
(core: the state, the Sudanese Armed Forces and the National Legislature; the RSF as target);
Obama who "suspended most of the American trade embargo on Sudan for six months" "Last Friday" (told
as background, six days old) is a historical suspension, "Sudan remains on the American list of
state sponsors of terrorism" a negated lifting, the Doha Document "in 2011" a historical accord and
the talks that "stalled in August" a stalled one; Libya is no party. Outside the monitor's remit
(no event): a cricket board's points penalty and a bowler's suspension lifted, a county's coaching
deal with a franchise, an overseas player joining, a contract extended, power restored, floodlights
integrated, members threatening a boycott, police deploying officers, village clubs merged; a town's
twinning agreement and its joining a lobby of towns, soldiers deployed in a flood, power restored,
collections suspended, a deadline extended, a harbour's swimming ban, a trust's threat to close a
shop, a council's fees on tenants, bowls clubs merged, library computers integrated; an airline's
joining of an airline alliance, flights suspended, booking systems integrated, a codeshare deal, a
foreign airline's own suspension extended, an aviation regulator's sanctions on operators, a
lockdown ban to be lifted, unions threatening court, planes deployed and a freight route restored.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout62_events_en``.
Measured before any fix (on commit 7ef7100): P 0.533, R 0.818, F1 0.646 (recall 9/11, 8 of 15
alerts right; recall by status: occurred 8/9, planned 1/2; one false alarm on a historical event,
six unexpected alerts, one of the three near misses loud).
No annotation was changed after the run.
Missed: on the Siem Reap weekly, "The United States warned Cambodia's government on Thursday that it
would take further steps, including possible visa restrictions on officials, ..." gives nothing:
the warning forms of ``rasd/events/lexicons/en.triggers.yaml`` want a ``sanctions_noun`` within 5
(or, with a modal, 10) words after "warned", and here the measure comes thirteen words on, as an
appositive list of what the "further steps" include ("The United States warned Cambodia on Thursday
that it would impose visa restrictions on officials." is occurred, with the US and Cambodia;
"... take further steps, including possible visa restrictions on officials." gives nothing). A
threat whose sanctions are named in an "including ..." list after the steps promised should be one.
On the Muscat weekly, the planned presence "British warships, including the new aircraft carriers
HMS Queen Elizabeth and HMS Prince of Wales, will be able to use the port of Duqm on the Arabian
Sea, and the Royal Navy will base a logistics hub there" gives nothing: "able to use" (with a
``base_noun`` or ``access_site`` within 6 words) is read in "British warships will be able to use
the port of Duqm." (planned, with the UK and Duqm) and with "including HMS Queen Elizabeth" or
"including the new carriers" between, but not with "including the new aircraft carriers" (nor the
article's longer list), and "the Royal Navy will base a logistics hub there" has no ``military_adj``
before "base"; "The British Army is also to keep troops in Oman" gives nothing either ("keep" is no
presence verb: "Britain will keep troops in Oman." gives nothing, "... station troops ..." is
planned). A subject's apposition of ships should not cut the force from its verb.
False alarm: on the Ségou weekly, "The Economic Community of West African States lifted the economic
and financial sanctions it had imposed on Mali in January 2022 at a summit in Accra in July last
year" is an occurred lifting: "ECOWAS lifted its sanctions on Mali in July last year." is historical,
"... at a summit in Accra in July last year." occurred, so a date that follows a place phrase after
the object is not taken for the act's (and "January 2022" belongs to the relative clause). Its
"the Russians in the country are instructors sent under state-to-state cooperation" is an occurred
presence of Russia (a venue named as a party): the passive "sent" with a demonym before it is read
as a deployment though it is told in a government's denial of mercenaries.
Loud near miss: on the Casablanca business page, "Royal Air Maroc joined the oneworld alliance" is
an occurred joining of the airline (a company joining an airline alliance: "alliance" is an
``alliance_noun``, and the screen's "carrier alliance", "aviation alliance" do not cover a named
airline alliance), "A Spanish low-cost airline extended its own suspension of flights" an occurred
suspension of Spain (alone the sentence gives nothing: in an article that speaks of sanctions,
"extended ... suspension" is read as a waiver extended and the demonym before "airline" as the
state), and "Morocco's civil aviation authority said it had imposed sanctions on two private
operators" an occurred imposition of Morocco (a state's regulator punishing firms at home is taken
for the state).
Also seen, not scored: on the Port Sudan weekly, "the Treasury imposed sanctions on Dagalo's brother
and deputy, Abdelrahim Hamdan Dagalo, in September last year" is an occurred imposition with no
actor and "Dagalo's" as target (the date after the appositive name is not found; the bare
"Treasury" is an ambiguous alias), and on the Bar weekly "... handed the country's instrument of
accession to the US State Department" gives, beside Montenegro's joining, an occurred joining of
Russia with the State Department as the body joined. On the Ségou weekly the Treasury's imposition
is read with "Mali's defence minister" (unlinked) as target, not Sadio Camara. The Vietnamese
lifting, the Canadian suspension, the EU's Sudan extension, the Montenegrin joining, the Omani-British
signing, the Chadian-Qatari restoration and the RSF's integration are read with the right parties,
and none of the background (the stalled Jeddah and Darfur talks, Serbia's refusal, Mauritania's break, the
TPP) gives an alert. Sadio Camara, Alou Boi Diarra, Adama Bagayoko, Ivan Maslov, Tran Dai Quang, Kem
Sokha, the Cambodia National Rescue Party, Abdelrahim Hamdan Dagalo, Timan Erdimi, the Liberation and
Justice Movement and the Doha Document are not in the knowledge base.
The articles whose core events are missed, the Ségou weekly's false alarm and the loud near miss are
strict xfails.
After the fixes of the same round (2026-12-05): P 0.818 R 0.909 F1 0.861 (recall 10/11, precision
9/11). Fixed, each with a rule sentence below written for it: steps promised with the sanctions in
an "including" list ("would take further steps, including possible visa restrictions") are a
threat; a name in apposition after the object ("…, Abdelrahim Hamdan Dagalo, in September last
year") does not push the act's own time words out of reach; airline alliances by name, a firm's
own suspension of flights ("A Spanish low-cost airline extended its own suspension") and a
sector regulator's sanctions on the operators it licenses are no state's acts; an instrument of
accession handed over beside a membership already told is no second joining. Left (strict
xfails): the ECOWAS lifting dated after a place phrase, past a pluperfect relative ("the sanctions
it had imposed on Mali in January 2022 at a summit in Accra in July last year"); the Russians
"sent under state-to-state cooperation" in a denial, an occurred presence; the planned British
presence at Duqm (the warships' apposition, "keep troops", "base a logistics hub there").

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
    alert_kinds,
    alert_parties,
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
UK = "United Kingdom"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
ECOWAS = "Economic Community of West African States"
WAGNER = "Wagner Group"
TPP = "Trans-Pacific Partnership"
CEU = "Council of the European Union"
RSF = "Rapid Support Forces"
SAF = "Sudanese Armed Forces"
WH = "White House"
NATO = "NATO"

ARTICLES: list[Article] = [
    Article(
        "n01-segou-weekly-us-treasury-sanctions-malian-defence-minister-over-wagner",
        date(2023, 7, 27),
        _p(
            "Washington blacklists Mali's defence minister and two air force officers over Wagner",
            "SÉGOU WEEKLY | Ségou, Thursday, 27 July 2023",
            "The United States on Monday placed sanctions on Mali's defence minister, Colonel Sadio Camara, and two senior air force officers, accusing them of arranging the arrival of the Russian mercenary outfit Wagner Group in the country and of helping it extend its reach across Africa.",
            "The Treasury's Office of Foreign Assets Control named Colonel Camara, the air force chief of staff, Colonel Alou Boi Diarra, and his deputy, Lieutenant Colonel Adama Bagayoko. Any property the three hold under American jurisdiction is now frozen, and Americans are barred from dealing with them. \"Wagner's presence has brought more violence and more abuses to the Malian people, not less,\" the Treasury's under secretary for terrorism and financial intelligence said in a statement, adding that the three officials had worked with the group's leaders to plan its deployment since late 2021.",
            "It is the second blow against the group's operation in Mali in two months. In May the Treasury designated Ivan Maslov, whom it describes as the head of Wagner in Mali, and Washington listed the whole group as a transnational criminal organisation in January.",
            "The Treasury did not name the head of the transition, Colonel Assimi Goïta, and took no action against the government as a whole. A government spokesman in Bamako called the measures \"a unilateral decision with no basis\" and repeated that the Russians in the country are instructors sent under state-to-state cooperation, not mercenaries.",
            "The sanctions come as the United Nations mission prepares to leave. The Security Council ended MINUSMA's mandate on 30 June at the government's request, and its 12,000 peacekeepers are to be gone by the end of the year. France pulled its last soldiers out of Mali in August last year.",
            "Relations with the country's West African neighbours have fared better than those with the West. The Economic Community of West African States lifted the economic and financial sanctions it had imposed on Mali in January 2022 at a summit in Accra in July last year, after the transitional authorities agreed to hand power to civilians in March 2024.",
            "In Ségou the news from Washington drew little comment. Traders at the Thursday market were more worried by the price of millet, which has risen by a third since April, and by the attacks on the road to Markala that have kept lorries waiting at the checkpoint for hours. The regional directorate of agriculture said the rains, late in June, had come back in time for most of the rice in the Office du Niger, and that it expected a normal harvest if they held until September.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, UST, OFAC), ("Sadio Camara", "Alou Boi Diarra", "Adama Bagayoko")),
            Gold("sanctions.imposed", "historical", (US, UST), ("Ivan Maslov", WAGNER), core=False),
            Gold("sanctions.imposed", "negated", (US, UST), ("Assimi Goïta", "Mali"), core=False),
            Gold("sanctions.lifted", "historical", (ECOWAS,), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Mali",), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "n02-haiphong-english-weekly-obama-lifts-arms-embargo-on-vietnam",
        date(2016, 5, 26),
        _p(
            "Obama ends arms embargo on Vietnam; port city looks to the shipyards",
            "HAIPHONG WEEKLY (ENGLISH EDITION) | Haiphong, Thursday, 26 May 2016",
            "President Barack Obama on Monday fully lifted the United States' ban on the sale of lethal weapons to Vietnam, removing one of the last remnants of the enmity between the two countries more than four decades after the end of the war.",
            "Speaking in Hanoi beside President Tran Dai Quang, Mr Obama said the decision reflected the trust built up over twenty years and \"the desire to complete what has been a lengthy process of moving towards normalisation\". He denied that it was aimed at China, with which Vietnam disputes the Paracel and Spratly islands. \"The decision was not based on China or any other considerations,\" he told reporters.",
            "The embargo had already been eased once. In October 2014 Washington allowed the sale of weapons and equipment for maritime security, such as patrol boats, while keeping the rest of the ban in place. Officials in both capitals said that sales would still be reviewed one by one, and that no arms deal had been signed during the three-day visit.",
            "The lifting caps a steady rapprochement. Bill Clinton ended the American trade embargo on Vietnam in February 1994 and the two countries restored diplomatic relations the following year. In February Vietnam signed the Trans-Pacific Partnership trade agreement with the United States and ten other Pacific countries, although the pact still faces a difficult vote in Congress.",
            "Human rights groups criticised the decision, saying Washington had given up its main lever over a government that still jails bloggers and activists. Several dissidents who had been invited to meet Mr Obama in Hanoi were stopped by police from leaving their homes.",
            "In Haiphong, home to the navy's main northern base and to the country's largest shipyards outside Ho Chi Minh City, the news was read for its business. Managers at the Bach Dang shipyard, which builds patrol vessels for the coast guard, said they hoped American radar and engines would now be easier to buy. An economist at the city's maritime university said the first deals would more likely be second-hand patrol boats and surveillance aircraft than new warships, and that Russia would remain the navy's main supplier for years.",
            "Mr Obama flew on Tuesday to Ho Chi Minh City, where he spoke to young entrepreneurs and visited a pagoda, before leaving for the G7 summit in Japan.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "Barack Obama"), ("Vietnam",)),
            Gold("sanctions.lifted", "historical", (US,), ("Vietnam",), core=False),
            Gold("agreement.signed", "negated", (US, "Vietnam"), (), core=False),
            Gold("relations.restored", "historical", (US, "Vietnam"), (), core=False),
            Gold("agreement.signed", "historical", ("Vietnam", US), (TPP,), core=False),
        ),
        not_participants=("China", "Japan"),
    ),
    Article(
        "n03-mississauga-business-weekly-canada-suspends-syria-sanctions-six-months",
        date(2025, 3, 6),
        _p(
            "Ottawa suspends Syria sanctions for six months; exchange houses expect a rush",
            "PEEL BUSINESS WEEKLY | Mississauga, Thursday, 6 March 2025",
            "Canada has suspended most of its economic sanctions on Syria for six months, issuing a temporary general permit that lets Canadians send money to the country, deal with its banks and do business in its energy, transport and telecommunications sectors, the foreign affairs minister announced on Wednesday.",
            "The permit allows transactions that the Special Economic Measures (Syria) Regulations would otherwise forbid, including financial services and the export of most goods. It expires in early September unless the government renews it. \"We want Syrians to be able to rebuild their lives and their country,\" Mélanie Joly said in Ottawa, adding that Canada would watch how the new authorities in Damascus treat the country's minorities.",
            "The relief has limits. The sanctions on Bashar al-Assad and on the people and companies around him stay in place, and none of the names on Canada's Syria list has been taken off it. Exports of arms and of goods that could be used to make chemical weapons remain banned.",
            "Ottawa first imposed sanctions on Syria in May 2011, two months after the uprising began, and widened them several times as the war went on. Since Assad fled to Moscow in December, Western capitals have been easing their measures in steps. The European Union suspended its restrictions on Syria's energy and transport sectors and on four banks on 24 February, and Washington issued a general licence for dealings with Syria's governing institutions in January.",
            "For the Syrian community in the Greater Toronto Area, estimated at more than 60,000 people, the change is practical. Until now most of the money sent home went through informal brokers in Turkey and Lebanon, at commissions of up to 10 percent. Two money transfer businesses on Dundas Street said on Wednesday that they had started asking their banks whether they could open transfers to Damascus and Aleppo directly.",
            "\"People have been waiting fourteen years for this,\" said the owner of one of them, who came to Canada in 2016 as a refugee. \"But the banks will be careful. Nobody wants to be the first to make a mistake.\"",
            "A trade lawyer in Toronto said companies would still have to check every partner against the list of people who remain sanctioned, and that the six-month term would make lenders wary of longer contracts. Canada closed its embassy in Damascus in 2012 and has not said when it might return.",
        ),
        (
            Gold("sanctions.suspended", "occurred", ("Canada", "Mélanie Joly"), ("Syria",)),
            Gold("sanctions.lifted", "negated", ("Canada",), ("Bashar al-Assad",), core=False),
            Gold("sanctions.imposed", "historical", ("Canada",), ("Syria",), core=False),
            Gold("sanctions.suspended", "historical", (EU,), ("Syria",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Syria",), core=False),
        ),
        not_participants=("Turkey", "Lebanon"),
    ),
    Article(
        "n04-port-sudan-english-weekly-eu-extends-sudan-sanctions-framework",
        date(2024, 10, 10),
        _p(
            "EU renews its Sudan sanctions for a year; generals still off the list",
            "RED SEA WEEKLY | Port Sudan, Thursday, 10 October 2024",
            "The Council of the European Union on Monday extended until October 2025 the framework under which it punishes those who threaten the peace and stability of Sudan, together with the asset freezes and travel bans already imposed under it on six people and six companies from both sides of the war.",
            "The decision, taken without debate by the member states' ambassadors and confirmed by written procedure, keeps in force measures that bar the listed people from entering the bloc and forbid Europeans to make funds available to any of them. The Council said it remained \"deeply concerned\" by the fighting between the Sudanese Armed Forces and the Rapid Support Forces, now in its eighteenth month, and ready to list more people who obstruct a political solution.",
            "The framework was set up in October last year. The first listings, in January, hit six companies, three of them tied to the army, including its Defence Industries System, and three to the RSF, which the EU said had bought weapons and vehicles for the paramilitary force. Six people followed in June, among them the army's arms industry chief and an RSF commander accused of atrocities in West Darfur.",
            "Neither the army chief, General Abdel Fattah al-Burhan, nor the RSF leader, Mohamed Hamdan Dagalo, has been listed by the EU. The United States has gone further: the Treasury imposed sanctions on Dagalo's brother and deputy, Abdelrahim Hamdan Dagalo, in September last year.",
            "There is little sign of a deal. Representatives of the two forces signed the Jeddah Declaration in May 2023, promising to protect civilians, but the talks in the Saudi city stalled before the end of that year, and the army stayed away from the meeting in Geneva in August.",
            "In Port Sudan, where the army-backed government and most foreign embassies have moved since Khartoum fell into the war, the extension went almost unnoticed. The city's population has more than doubled, rents on the Corniche have tripled, and the main hospital treats patients from as far as Sennar.",
            "Aid agencies say more than ten million people have fled their homes inside Sudan and that famine has been confirmed in the Zamzam camp near El Fasher. The port's customs office said on Tuesday that a backlog of more than 3,000 containers of food and medicine had been cleared in September.",
        ),
        (
            Gold("sanctions.extended", "occurred", (CEU, EU), ("Sudan",)),
            Gold("sanctions.imposed", "historical", (EU,), (RSF, SAF, "Defense Industries System"), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"), core=False),
            Gold("sanctions.imposed", "historical", (US, UST), ("Abdelrahim Hamdan Dagalo",), core=False),
            Gold("agreement.signed", "historical", (SAF, RSF), ("Jeddah Declaration",), core=False),
            Gold("agreement.signed", "stalled", (SAF, RSF), (), core=False),
        ),
        not_participants=("Saudi Arabia", "Switzerland"),
    ),
    Article(
        "n05-siem-reap-weekly-us-warns-cambodia-after-opposition-dissolved",
        date(2017, 11, 18),
        _p(
            "US warns of 'concrete steps' after court dissolves opposition",
            "ANGKOR WEEKLY | Siem Reap, Saturday, 18 November 2017",
            "The United States warned Cambodia's government on Thursday that it would take further steps, including possible visa restrictions on officials, after the Supreme Court dissolved the main opposition party and banned 118 of its senior members from politics for five years.",
            "In a statement issued hours after the ruling, the White House press secretary said the decision meant that next July's general election \"will not be legitimate, free, or fair\" and that Washington would withdraw its funding for the National Election Commission. \"The United States will take additional concrete steps to respond to the Cambodian government's deepening of its campaign against democracy,\" the statement said.",
            "The Cambodia National Rescue Party won 44 percent of the vote in the local elections in June. Its leader, Kem Sokha, was arrested at his home in Phnom Penh on 3 September and charged with treason over a speech in which he spoke of American advice to the party. He is being held at a prison near the Vietnamese border, and about half of the party's members of parliament have left the country.",
            "Prime Minister Hun Sen, in power for more than three decades, told a graduation ceremony on Friday that Washington could cut all its aid if it wished. \"Cambodia will not die because of that,\" he said. China, which has become Cambodia's largest investor and lender, said it respected the country's choice of path. The two governments signed agreements on roads, a power station and a port in January.",
            "The European Union, the largest market for the garments and shoes that make up most of Cambodia's exports, has so far stopped short of threatening the trade preferences that let them in duty-free. A spokeswoman said in Brussels that the bloc was \"following developments closely\" and would discuss them with the government.",
            "Siem Reap's 5,000 or so seats held by the opposition on commune councils are to be handed to the ruling Cambodian People's Party and smaller parties under a law passed last month. In several communes around the town the new chiefs were named on Friday.",
            "Hoteliers said the political crisis had not yet affected bookings for the high season, which begins this month. Arrivals at the airport rose 12 percent in the first ten months of the year, driven by visitors from China and South Korea, and the authority that runs the temples of Angkor said ticket sales had passed two million by the end of October.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, WH), ("Cambodia",)),
            Gold("agreement.signed", "historical", ("China", "Cambodia"), (), core=False),
            Gold("sanctions.threatened", "negated", (EU,), ("Cambodia",), core=False),
        ),
    ),
    Article(
        "n06-bar-weekly-montenegro-becomes-natos-29th-member",
        date(2017, 6, 8),
        _p(
            "Montenegro joins NATO; Moscow's warnings and a divided country",
            "PRIMORSKI TJEDNIK (ENGLISH SERVICE) | Bar, Thursday, 8 June 2017",
            "Montenegro became the 29th member of NATO on Monday, when Prime Minister Duško Marković handed the country's instrument of accession to the US State Department in Washington, eleven years after the country regained its independence.",
            "\"This is a historic day for a small country with a long history,\" Mr Marković said at the ceremony. On Wednesday the red, blue and gold flag was raised beside those of the other members at the alliance's headquarters in Brussels, and the country's ambassador took her seat at the North Atlantic Council for the first time. \"Montenegro's membership shows that NATO's door remains open,\" the alliance's secretary general said.",
            "Russia, which counted the Adriatic state as a friend and whose citizens own a large share of the property on its coast, has opposed the move for years. In April, after the US Senate approved the accession, the Russian foreign ministry said Moscow reserved the right to take retaliatory measures. Prosecutors in Podgorica have charged two Russian officers, in their absence, with organising a plot to seize parliament on election day last October.",
            "The country's neighbours are on different roads. Albania and Croatia joined the alliance in 2009. Serbia, whose parliament declared the country militarily neutral ten years ago, has said it will not join, and Bosnia and Herzegovina's bid has been stuck since 2010: NATO offered it a membership plan on condition that its army's barracks and depots be registered as state property, which has still not happened.",
            "Membership will not change much on the ground, the defence ministry said. The army has about 2,000 soldiers, and no foreign troops will be stationed in Montenegro. The country will send a small unit to NATO's mission in Afghanistan, where its soldiers have served since 2010, and has promised to raise defence spending to 2 percent of economic output by 2024.",
            "Not everyone was celebrating. The opposition Democratic Front, which wanted a referendum on membership, boycotted the vote in parliament in April, and a poll in May found the country almost evenly split.",
            "In Bar, the port hopes to gain from the new status. The port authority said it was in talks with two shipping lines about a weekly container service to Italy, and the hotels along the Sutomore coast reported fewer Russian bookings this summer but more from Germany and Poland.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Montenegro", "Duško Marković"), (NATO,)),
            Gold("sanctions.threatened", "historical", ("Russia",), ("Montenegro",), core=False),
            Gold("alliance.joined", "historical", ("Albania", "Croatia"), (NATO,), core=False),
            Gold("alliance.joined", "negated", ("Serbia",), (NATO,), core=False),
            Gold("alliance.joined", "stalled", ("Bosnia and Herzegovina",), (NATO,), core=False),
            Gold("military.presence", "negated", (), ("Montenegro",), core=False),
        ),
        not_participants=("Italy", "Afghanistan"),
    ),
    Article(
        "n07-muscat-business-weekly-oman-and-britain-sign-joint-defence-agreement",
        date(2019, 2, 23),
        _p(
            "Oman and Britain sign defence pact; Duqm to host the Royal Navy's carriers",
            "THE MUSCAT BUSINESS WEEK | Muscat, Saturday, 23 February 2019",
            "Oman and the United Kingdom signed a joint defence agreement in Muscat on Thursday, the most wide-ranging between the two countries since the sultanate's independence treaty of 1951, officials on both sides said.",
            "The agreement was signed by the British defence secretary and by Sayyid Badr bin Saud bin Harib Al Busaidi, the minister responsible for defence affairs. It covers training, the exchange of officers, joint exercises and the use by British forces of Omani ports, airfields and land. \"Our two countries have stood together for more than two centuries,\" the defence secretary said at the signing.",
            "Under the agreement, British warships, including the new aircraft carriers HMS Queen Elizabeth and HMS Prince of Wales, will be able to use the port of Duqm on the Arabian Sea, and the Royal Navy will base a logistics hub there. The British Army is also to keep troops in Oman for longer periods of desert training, at a site still to be chosen.",
            "British and Omani forces already work closely. About 5,500 British troops took part in Saif Sareea 3, the largest joint exercise in seventeen years, in the desert in October and November, and the Royal Navy opened a permanent base at Mina Salman in Bahrain in April last year.",
            "Oman has kept out of the regional rivalries of its neighbours. It did not join the Saudi-led coalition fighting the Houthis in Yemen, and it has kept open its channels to Tehran, which it used in 2013 to host secret talks between the Americans and the Iranians.",
            "For Duqm the agreement is good news. The port and its special economic zone, on which the government has spent more than $1 billion, have struggled to attract investors since the oil price fell in 2014, and a Chinese industrial park promised in 2016 has yet to take shape. The dry dock, the largest in the region, repaired 103 ships last year, most of them commercial.",
            "Officials at the Special Economic Zone Authority said the naval business would bring steady work for the yard and for local suppliers. A new road from Duqm to the Haima oilfields is due to open by the end of the year.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Oman", UK, "Badr bin Saud Al Busaidi"), ()),
            Gold("military.presence", "planned", (UK, "Royal Navy"), ("Oman", "Duqm")),
            Gold("military.presence", "historical", (UK,), ("Oman",), core=False),
            Gold("military.presence", "historical", (UK, "Royal Navy"), ("Bahrain",), core=False),
            Gold("alliance.joined", "negated", ("Oman",), ("Saudi-led coalition",), core=False),
        ),
        not_participants=("Iran", "China"),
    ),
    Article(
        "n08-abeche-weekly-chad-and-qatar-restore-relations",
        date(2018, 2, 22),
        _p(
            "Chad and Qatar make up six months after the break",
            "LE COURRIER DU OUADDAÏ (ENGLISH PAGE) | Abéché, Thursday, 22 February 2018",
            "Chad and Qatar have restored diplomatic relations, six months after N'Djamena closed the Qatari embassy and gave its diplomats ten days to leave the country, the two governments said in a joint statement on Tuesday.",
            "The statement said the decision followed talks between the two foreign ministers and \"reflects the desire of the two brotherly peoples\" to strengthen their ties. The Qatari embassy in N'Djamena will reopen and Chad will send an ambassador back to Doha, the foreign ministry said, without giving a date.",
            "Chad broke with Qatar in August, accusing it of trying to destabilise the country from Libya, where several Chadian rebel groups have bases in the south. One of their leaders, Timan Erdimi, has lived in exile in Doha since 2010. The Qatari government denied the charge.",
            "The break came two months after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut their ties with Qatar and closed their borders, ports and airspace to it, accusing Doha of supporting terrorism, which it denies. That boycott is still in force. Several African states followed the four at the time; Mauritania, which cut its ties in June, has not restored them.",
            "Diplomats in N'Djamena said the reconciliation had been prepared quietly over several months, and that Qatar had promised to help with the country's finances, hit hard by the fall in the oil price. Chad owes more than $1 billion to the Swiss trading house Glencore, and civil servants' salaries were cut last month, setting off strikes in the capital.",
            "In Abéché the news was welcomed by families who depend on the Qatari charities that dug wells and ran a school for orphans in the town until last year. \"The school closed when the diplomats left, and the children went home,\" said a teacher who worked there. \"We hope it opens again before the rains.\"",
            "The regional governor said on Wednesday that the road from Abéché to the Sudanese border at Adré would be resurfaced this year with money from the national budget, and that the town's new market, burnt down in 2016, would open in April. Traders complain that the cost of fuel brought from Sudan has doubled since December.",
        ),
        (
            Gold("relations.restored", "occurred", ("Chad", "Qatar"), ()),
            Gold("relations.restored", "planned", ("Chad", "Qatar"), ()),
            Gold("sanctions.imposed", "historical", ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"), ("Qatar",), core=False),
            Gold("relations.restored", "negated", ("Mauritania",), ("Qatar",), core=False),
        ),
        not_participants=("Libya", "Switzerland"),
    ),
    Article(
        "n09-nyala-weekly-sudan-parliament-makes-rsf-part-of-the-army",
        date(2017, 1, 19),
        _p(
            "Parliament brings the Rapid Support Forces into the army",
            "DARFUR WEEKLY | Nyala, Thursday, 19 January 2017",
            "Sudan's parliament on Monday passed a law that makes the Rapid Support Forces a part of the country's armed forces, ending the paramilitary force's status as a unit of the national intelligence service and putting its thousands of fighters on the army's books.",
            "Under the Rapid Support Forces Act, the force will be subject to the armed forces law and its men will hold military ranks, but it keeps its own command and answers to the president, who may place it under the army's command in a state of war or emergency. The bill was passed by a show of hands after a short debate; a handful of members from the opposition Popular Congress Party walked out.",
            "The RSF was formed in 2013 from the Arab militias that fought for the government in Darfur, and is commanded by Mohamed Hamdan Dagalo, known as Hemeti. It has fought rebels in South Darfur and South Kordofan and, since last year, patrols the desert border with Libya to stop migrants heading for Europe. Human rights groups accuse it of burning villages and killing civilians, which it denies.",
            "The vote comes days after Washington eased its own pressure on Khartoum. Last Friday, a week before leaving office, Barack Obama suspended most of the American trade embargo on Sudan for six months, saying it would be lifted for good in July if the government kept up its cooperation on fighting terrorism and humanitarian access. Sudan remains on the American list of state sponsors of terrorism, which the order did not touch.",
            "In Darfur itself, peace is still incomplete. The government signed the Doha Document for Peace in Darfur with the Liberation and Justice Movement in 2011, but the two main rebel groups outside it, the Justice and Equality Movement and the Sudan Liberation Movement of Minni Minawi, have not signed, and their talks with the government under African Union mediation in Addis Ababa stalled in August.",
            "In Nyala, the largest town in Darfur, the law was read as a sign of the force's weight in Khartoum. \"They were the government's militia; now they are the government's army,\" said a lawyer who has represented families from the camps around the town.",
            "The state government said on Tuesday that the fuel shortage that has kept buses off the road to El Fasher for a week would end once a convoy from Khartoum arrived, and that schools closed since December would reopen on Sunday.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Sudan", SAF, "National Legislature (Sudan)"), (RSF,)),
            Gold("sanctions.suspended", "historical", (US, "Barack Obama"), ("Sudan",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Sudan",), core=False),
            Gold("agreement.signed", "historical", ("Sudan", "Liberation and Justice Movement"), (), core=False),
            Gold("agreement.signed", "stalled", ("Sudan", "Justice and Equality Movement", "Sudan Liberation Movement"), (), core=False),
        ),
        not_participants=("Libya",),
    ),
]
ARTICLES += [
    Article(
        "n10-taunton-cricket-page-county-sanctioned-indian-franchise-deal",
        date(2024, 9, 19),
        _p(
            "Somerset docked points for slow over rate; county signs coaching deal with Indian franchise",
            "COUNTY CRICKET | Taunton, Thursday, 19 September 2024",
            "The England and Wales Cricket Board's cricket discipline commission imposed sanctions on Somerset on Tuesday for a third slow over rate of the season, docking the county two points in the County Championship and fining its captain 10 percent of his match fee. The club said it would not appeal but called the penalty \"hard to swallow\" in a title race decided by a handful of points.",
            "The commission also lifted the suspension it imposed in July on a young Somerset seamer whose action had been reported by umpires at Chelmsford, after tests at Loughborough found that he bowled within the permitted limit. He is available for the final round against Surrey next week.",
            "Somerset signed an agreement on Monday with an Indian Premier League franchise to share coaching staff and to send two of its academy players to Mumbai every winter for the next three years, and a New Zealand fast bowler joined the county as its overseas player for the last two matches. The club extended the contract of its head groundsman, who has prepared the Cooper Associates County Ground pitches since 2003, until 2027.",
            "The power cut that stopped play on Saturday afternoon was caused by a fault in a substation on Priory Bridge Road, and the club said electricity had been restored to the pavilion and the scoreboard by Sunday morning. The floodlights installed last year will be integrated with the new big screen before the T20 Blast next summer.",
            "Members threatened to boycott the annual meeting in November unless the committee reconsiders the rise of 15 percent in the price of a season ticket, and Avon and Somerset Police said they would deploy extra officers on match days next season after complaints about parking in the streets around the ground. Two of the county's oldest village clubs, at Bishops Lydeard and Cotford St Luke, merged this summer to keep a Saturday side going.",
            "The women's side, the Western Storm, will be replaced next season by a Somerset women's team under the board's new tiered structure, and the club said the women's and men's academies would share a single coaching staff from October.",
            "In the Championship, Surrey lead by eleven points with one round to go. Somerset need to win at The Oval and hope that the champions fail to take the maximum bonus points, a scenario the club's director of cricket described as \"unlikely but not impossible\".",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-folkestone-local-weekly-town-council-twinning-deal-gurkhas-deployed",
        date(2023, 11, 9),
        _p(
            "Town signs twinning deal with German spa town; soldiers deployed as floods hit the Warren",
            "THE FOLKESTONE & HYTHE WEEKLY | Folkestone, Thursday, 9 November 2023",
            "Folkestone Town Council signed an agreement on Monday with a German spa town in Baden-Württemberg to exchange school groups, choirs and football teams every year, in what the mayor called \"a friendship that does not need a referendum\". The council also joined an alliance of English seaside towns that will lobby ministers for money to repair their harbours and promenades.",
            "Soldiers from the Gurkha battalion at Sir John Moore Barracks in Shorncliffe were deployed on Thursday night to fill sandbags and help clear the Warren after Storm Ciarán brought down part of the cliff path, and Kent County Council closed the coastal road to East Wear Bay until further notice. Power was restored to about 400 homes in Cheriton and Sandgate by Friday afternoon.",
            "The district council has suspended garden waste collections for two weeks while lorries are sent to clear fallen trees, and extended the deadline for comments on the plans for 1,000 homes at Otterpool Park to the end of the month.",
            "The harbour company imposed a ban on swimming from the Harbour Arm after two people were pulled from the sea in October, and the trust that runs the town's lifeboat station threatened to close its shop on Tontine Street unless the landlord reduces the rent. The lifting of the parking restrictions on The Leas, promised for the autumn, has been delayed until spring.",
            "A tenants' association in the East End said the housing department had imposed sanctions on families who fell behind with rent during the Covid pandemic, charging them fees it was not entitled to charge, and it would take the council to the ombudsman.",
            "Two of the town's bowls clubs, on Radnor Park and at Cheriton, merged over the summer and will play as Folkestone Bowls Club from next season, while the borough's library service said its computers would be integrated into the county's new booking system in January.",
            "Remembrance Sunday parades will be held at the war memorial on The Leas at 10.45 a.m. and in Hythe at 10.50 a.m. The Gurkha band will lead the parade in Folkestone for the first time since 2019.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-casablanca-business-page-royal-air-maroc-joins-oneworld",
        date(2020, 4, 2),
        _p(
            "Royal Air Maroc joins oneworld as the crisis grounds its fleet",
            "BUSINESS & TRANSPORT | Casablanca, Thursday, 2 April 2020",
            "Royal Air Maroc joined the oneworld alliance on Wednesday, becoming the first airline from Africa and the Arab world's second member of the group led by American Airlines, British Airways and Qatar Airways. The entry, planned since December 2018, took place without the usual ceremony: almost all of the national carrier's planes are on the ground.",
            "The airline suspended all its international flights on 15 March and has kept only a handful of repatriation and cargo flights since. Its chief executive said in a message to staff that the company would use the pause to prepare for the alliance's frequent-flyer and lounge rules, and that the systems for booking and check-in had been integrated with those of the other members as planned.",
            "The company signed a codeshare agreement with a Chinese carrier in January to open a route between Casablanca and Beijing, which was to have started in April and has been postponed. A Spanish low-cost airline extended its own suspension of flights to Tangier and Marrakesh until the end of May.",
            "Morocco's civil aviation authority said it had imposed sanctions on two private operators for flying passengers without permits during the lockdown, and that the ban on non-essential flights would be lifted only when the health ministry allowed it. Staff unions at the airline threatened to go to court if the company goes ahead with unpaid leave for part of its 3,500 employees.",
            "Cargo has been the one bright spot. The company said it had deployed two Boeing 787s to fly masks and medical equipment from China, and that its freight subsidiary had restored a weekly service to Lagos and Dakar for medicine and spare parts.",
            "Analysts at a Casablanca brokerage said the state-owned carrier would need fresh capital from the government this year and that the alliance membership would matter only once travel resumed. \"Being in oneworld is worth a lot when people are flying,\" one said. \"Right now nobody is.\"",
            "The Mohammed V International Airport's terminal 1, closed for renovation in 2019, was due to reopen in May; the airport authority said the works had been suspended and would resume after the lockdown.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "n01-segou-weekly-us-treasury-sanctions-malian-defence-minister-over-wagner": (
        "'the Russians in the country are instructors sent under state-to-state cooperation' is"
        " read as an occurred presence of Russia, which the article names as no party (the"
        " lifting, once left occurred by the date after a place phrase, is read right since the"
        " fixes of the fourth round on old misses)"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {
    "n07-muscat-business-weekly-oman-and-britain-sign-joint-defence-agreement": (
        "the warships' apposition cuts them from 'able to use'; 'keep troops' and 'base a hub there' are no presence"
    ),
}


@pytest.mark.parametrize(
    ("text", "published", "kind", "party"),
    [
        pytest.param(
            "Washington warned Phnom Penh on Friday that it would take further measures, including"
            " visa restrictions on senior officials.",
            date(2018, 7, 30), "sanctions.threatened", "United States", id="steps-including-sanctions",
        ),
        pytest.param(
            "The US Treasury imposed sanctions on the general's son and adviser, Omar Hassan Idris, on"
            " Monday.",
            date(2024, 3, 5), "sanctions.imposed", "United States Department of the Treasury",
            id="a-name-in-apposition-before-the-day",
        ),
    ],
)
def test_heldout62_rule(text: str, published: date, kind: str, party: str) -> None:
    assert party in alert_parties(text, kind, published), event_rows(text, published)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Royal Jordanian joined the oneworld alliance on Monday, the first Arab airline to do so.",
            id="an-airline-alliance-by-name",
        ),
        pytest.param(
            "A Turkish budget airline extended its own suspension of flights to Beirut until March. The"
            " sanctions on Lebanese banks stay.",
            id="an-airlines-own-suspension",
        ),
        pytest.param(
            "Kenya's civil aviation authority imposed sanctions on three private operators for safety"
            " breaches.",
            id="a-sector-regulator",
        ),
        pytest.param(
            "The US Treasury imposed sanctions on the general's son and adviser, Omar Hassan Idris, in"
            " September last year.",
            id="a-name-in-apposition-before-last-year",
        ),
    ],
)
def test_heldout62_no_alert(text: str) -> None:
    assert alert_kinds(text, date(2024, 10, 14)) == set(), event_rows(text, date(2024, 10, 14))


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout62_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-62 English events"))
