"""Thirty-seventh English held-out event set: twelve full-length articles (300-600 words) written
for this test in the plain forms most news comes in, on topics, regions and eras the earlier
thirty-six sets lack: a Tegucigalpa weekly on Reagan's trade embargo on Nicaragua (1985), an Addis
Ababa business weekly on the Security Council lifting its sanctions on Eritrea by resolution 2444
(2018), a Harare business page on the European Union suspending its travel ban and asset freeze on
21 Zimbabweans before the referendum (2013), a Douala regional weekly on the Security Council
renewing the arms embargo on the Central African Republic by resolution 2454 (2019), a Seoul
English daily on Clinton warning North Korea of United Nations sanctions over the Yongbyon fuel rods
(1994), a Port Vila weekly on Vanuatu joining the Non-Aligned Movement at the New Delhi summit
(1983), a Caucasus wire from Tbilisi on the Karabakh statement signed by Armenia, Azerbaijan and
Russia and the first Russian peacekeepers reaching Stepanakert (2020), a San Salvador daily on the
Lima peace treaty with Honduras, under which relations are to be restored (1980), a Davao daily on
the first former MNLF guerrillas integrated into the Armed Forces of the Philippines (1997), and
near misses (a Caracas sports page on winter baseball where the league "imposed" fines, "suspended"
a catcher, "lifted" a beer ban and "signed" a television agreement, a club "extended" a contract
and "signed an American outfielder" who "joins" it, power is "restored" and police "deployed"
(1978); an Apia weekly where a village council "lifted" a kava ban it "imposed", a ferry service
is "restored" after being "suspended", a shipping corporation "signed a contract with a New Zealand
engineering company", police are "deployed", holidays "extended", a netball team "joined" a
regional league and the tourism authority "signed a marketing agreement with an Australian
airline" (2016); a Tbilisi travel page where a ski resort "suspended" skiing and "imposed" a limit,
the road is "restored", snow-clearing teams and rescuers "deployed", the season "extended", the
resort "joined" an association of resorts and "signed an agreement with an Austrian lift maker",
and a ministry "lifted" a building restriction (2019)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joined a movement; a statement and a treaty signed; relations to
be restored; former rebels integrated into an army; peacekeepers arrived abroad), ten occurred and
one planned, beside historical, negated and stalled events.

Decisions of the annotation: a president who "imposed a total trade embargo on Nicaragua" imposes
(core), the aid cut of 1981 and the sugar quota of 1983 a historical imposition, the European
Community, Canada and Mexico that "would not join the embargo" a negated imposition, the Contadora
treaty whose talks "have stalled" a stalled accord and the Big Pine III exercises that "ended in
April" a historical presence. A council that "lifted the arms embargo, asset freeze and travel ban
it had imposed on Eritrea" lifts (core), the sanctions of 2009 a historical imposition, the
declaration signed in Asmara in July a historical accord, Eritrea and Djibouti's contacts "restored"
in September a historical restoration, the embargo on Somalia the council "did not lift" a negated
lifting and the port agreements "None has yet been signed" a stalled accord. A union that
"suspended its travel ban and asset freeze on 21 Zimbabwean officials" suspends (core), Mugabe and
the security chiefs who "remain on the list" a negated suspension, the sanctions of 2002 a historical
imposition and the American measures "not changed" a negated lifting. A council that "renewed the
arms embargo on the Central African Republic until January 31, 2020" extends (core), the embargo of
December 2013 a historical imposition, France's Sangaris force and the Russian instructors historical
presences, the Khartoum agreement "initialled ... on Saturday" an accord that occurred and "to be
signed in Bangui on Wednesday" a planned one (neither core: the background of the news), the
Sant'Egidio accord of 2017 a historical accord. A president who "warned North Korea ... that it
would face United Nations sanctions unless" threatens (core), China that "opposed sanctions" and
Japan that "has not decided" a negated imposition, the Patriot batteries of April a historical
presence and the envoys' talks that "broke down in March" a stalled accord; Pyongyang's "declaration
of war" and its withdrawal from the treaty are no events. A state that "joined the Non-Aligned
Movement on Monday" joins (core), "will not join any military alliance" a negated joining, Papua New
Guinea's troops who "landed on Espiritu Santo in August 1980" a historical presence and the aid talks
with France "ended without result" a stalled accord. Three states that "signed a statement ending six
weeks of fighting" sign (core), "The first Russian peacekeepers arrived in Nagorno-Karabakh on
Wednesday" a presence (core), the Turkish officers at a monitoring centre "to be set up" a planned
presence (not core), the October ceasefires and Bishkek's of 1994 historical accords and the Minsk
Group's "no progress" a stalled accord. Two states that "signed a general peace treaty in Lima on
Thursday" sign (core), and "will restore diplomatic relations and reopen their embassies within
thirty days of the exchange of ratifications" a planned restoration (core), the OAS observers of 1969
a historical presence and the draft of 1976 "never signed" a negated accord; Peru, its president and
the International Court of Justice are venues and mediators, no parties. Guerrillas of the MNLF who
"were integrated into the Armed Forces of the Philippines yesterday" are an integration (core), the
rest "integrated before the end of 1998" a planned integration (not core), the Lanao commanders who
"have refused to surrender their weapons" a negated integration, the accords of 1996 and 1976
historical accords and the MILF talks that "have not agreed even on an agenda" a stalled accord.
Outside the monitor's remit (no event): a baseball league's fines, suspensions and television
agreement, a club's contracts and signings; a village council's ban and fine, a ferry service
restored, a maintenance contract with a New Zealand company, police on a festival, a netball team in
a regional league, a marketing agreement with an Australian airline; a ski resort's closures, an
association of resorts, an agreement with an Austrian lift maker, rescue teams deployed.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout37_events_en``.
Measured before any fix (2026-12-02, on commit 1793cfd): P 0.786, R 0.909, F1 0.843 (recall 10/11,
11 of 14 alerts right; recall by status: occurred 10/10, planned 0/1; one false alarm, two
unexpected alerts, one venue as a party; the three near misses quiet). No annotation was corrected
after the run.
Missed: the planned restoration of El Salvador and Honduras ("Under the treaty the two countries
will restore diplomatic relations", after a sentence naming Peru's president and the International
Court of Justice, is given Peru and the Court, the venue and the mediator's court, as its parties:
"the two countries" takes the last two names of the sentence before even when one is an
organisation, where after a lone mediator or the signers it is read rightly).
False alarm: Eritrea and Djibouti that "agreed to normalise relations at a meeting in Jeddah in
September" read as a planned restoration (a past date after the infinitive, "agreed to normalise
relations in September", "agreed to sign a border treaty ... in September", does not date the
agreeing, where "agreed in September to normalise" and "normalised ... in September" are historical).
Unexpected: in the Douala weekly, "They initialled a peace agreement on Saturday" after "the
government and fourteen armed groups" given Russia and China, states of an earlier paragraph (a
signer named only by a common noun, "The government signed a peace agreement with the rebels", "The
government and the rebels initialled", borrows the states of the sentence before); and the San
Salvador restoration with Peru and the Court (above).
Also seen, not scored: the Eritrea lead ("The United Nations Security Council on Wednesday lifted
the arms embargo, asset freeze and travel ban it had imposed on Eritrea") is read as a historical
lifting and the lifting is found only from the headline's "ends"; the Karabakh "statement" that
Armenia, Azerbaijan and Russia "signed" gives no event and the signing is found only from the
headline's "truce", with Russia alone; Reagan's embargo has no actor; the CAR headline "UN keeps
arms embargo on Bangui" gives Bangui as a target.
Each form missed or falsely read is pinned below on sentences of its own, a strict xfail while it
fails, beside the neighbouring forms that are read.
After the fixes (same day): P 0.846 R 0.909 F1 0.876 (recall 10/11, precision 11/13). Fixed in general:
a past month after "agreed to <act>" at a meeting ("agreed to normalise relations at a meeting in
Jeddah in September") dates the agreeing, no plan; "the two countries" stands for states only.
Left: "the two countries" after a sentence naming the mediator state (Peru) and the court, the
unnamed signers ("The government and fourteen armed groups") borrowing earlier states, a lifting of
a list of measures "it had imposed" read as historical, and "signed a statement ending" a war.
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

UK = "United Kingdom"
US = "United States"
UN = "United Nations"
UNSC = "United Nations Security Council"
EU = "European Union"
NAM = "Non-Aligned Movement"
MNLF = "Moro National Liberation Front"
AFP = "Armed Forces of the Philippines"
KARABAKH = ("Nagorno-Karabakh", "Azerbaijan")

ARTICLES: list[Article] = [
    Article(
        "h01-tegucigalpa-weekly-reagan-embargo-on-nicaragua",
        date(1985, 5, 8),
        _p(
            "Reagan orders trade embargo on Managua; Honduran exporters weigh the cost",
            "THE HONDURAS WEEKLY | Tegucigalpa, Wednesday, May 8, 1985",
            "President Ronald Reagan last Wednesday imposed a total trade embargo on Nicaragua, declaring that the policies of the Sandinista government were an unusual and extraordinary threat to the security of the United States. The order, which took effect at midnight on Monday, bans all imports of Nicaraguan goods and all exports of American goods to Nicaragua, closes American ports to Nicaraguan ships and ends the landing rights of Aeronica, the state airline, in Miami.",
            "The announcement came from Bonn, where Mr Reagan was attending the economic summit of the industrial democracies, a week after the House of Representatives rejected his request for fourteen million dollars in aid to the Contra rebels.",
            "For Nicaragua the blow is heavy but not new. Washington cut off its economic aid to Managua in 1981 and reduced the Nicaraguan sugar quota by ninety percent in 1983, and American banks have lent nothing since. The United States still bought about a fifth of the country's exports last year, mostly bananas, beef, seafood and tobacco. President Daniel Ortega said in Managua that Nicaragua would look for other markets in Europe and the socialist countries, and flew to Moscow at the end of April in search of oil and credit.",
            "The allies have not followed. The European Community said on Monday that its members would not join the embargo and would keep trading with Nicaragua, and Canada and Mexico made similar statements. Mexico will continue to supply oil to Managua on credit, officials in Mexico City said.",
            "The Contadora group of Mexico, Panama, Colombia and Venezuela has tried since 1983 to bring the five Central American governments to sign a treaty on peace and cooperation, but the talks have stalled over the questions of foreign advisers, military exercises and arms control, and a meeting of foreign ministers in Panama last month ended without agreement.",
            "In Tegucigalpa the government of President Roberto Suazo Córdova said little in public. Honduran exporters, who sell cement, soap and farm goods across the southern border at Guasaule, said their trade with Nicaragua had already fallen to almost nothing because of the fighting and the shortage of dollars in Managua. Some expect Honduran ports to gain business if shipping lines that served Corinto look for another route.",
            "The Big Pine III exercises, in which several thousand American soldiers trained with the Honduran army in Olancho and on the Atlantic coast, ended in April. The Honduran armed forces have asked Washington for more helicopters.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, "Ronald Reagan"), ("Nicaragua",)),
            # the aid cut of 1981 and the sugar quota of 1983; the EC, Canada and Mexico that will not
            # join the embargo; Contadora stalled; Big Pine III over
            Gold("sanctions.imposed", "historical", (US,), ("Nicaragua",), core=False),
            Gold(
                "sanctions.imposed",
                "negated",
                ("European Community", "Canada", "Mexico"),
                ("Nicaragua",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "stalled",
                ("Contadora Group", "Nicaragua", "Honduras"),
                (),
                core=False,
            ),
            Gold("military.presence", "historical", (US,), ("Honduras",), core=False),
        ),
        not_participants=("West Germany", "Panama", "Colombia", "Venezuela"),
    ),
    Article(
        "h02-addis-business-weekly-un-lifts-eritrea-sanctions",
        date(2018, 11, 17),
        _p(
            "Security Council ends nine years of sanctions on Eritrea",
            "HORN BUSINESS REVIEW | Addis Ababa | Saturday 17 November 2018",
            "The United Nations Security Council on Wednesday lifted the arms embargo, asset freeze and travel ban it had imposed on Eritrea, ending nine years of isolation for one of Africa's most closed economies. Resolution 2444, drafted by Britain, was adopted unanimously.",
            "The sanctions were imposed in December 2009 by resolution 1907 over Asmara's support for armed groups in Somalia, including al-Shabaab, and its refusal to withdraw troops from the border with Djibouti after the clashes of June 2008. They were tightened in 2011. Eritrea has always denied backing al-Shabaab, and the council's own monitors said in recent reports that they had found no evidence of such support.",
            "The change came with the peace between Eritrea and Ethiopia. Prime Minister Abiy Ahmed and President Isaias Afwerki signed a declaration ending the state of war in Asmara in July, and Addis Ababa then pressed the council to drop the measures. Eritrea and Djibouti agreed to normalise relations at a meeting in Jeddah in September, and the two governments restored contacts that had been frozen for a decade.",
            "The council did not lift the arms embargo on Somalia, which remains in place, and asked the Secretary-General to report on the Djibouti-Eritrea border dispute and the fate of thirteen Djiboutian prisoners of war. Talks on the border itself have not started.",
            'For business the resolution matters more as a signal than in law. Few companies traded with Eritrea even before 2009, and the travel ban covered only a handful of people. "Nobody was stopped from selling cement to Massawa by the Security Council," an Addis Ababa freight forwarder said. "They were stopped by the closed border and the exchange controls."',
            "Those, too, are changing. The border crossings at Zalambessa and Bure opened in September, and Ethiopian trucks now drive to Assab and Massawa. Ethiopian Airlines resumed flights to Asmara in July, and the two governments have said they will sign agreements on the use of the ports, customs and a common road tariff. None has yet been signed.",
            "Eritrea's information minister, Yemane Gebremeskel, welcomed the vote but said the sanctions had been unjust from the start. Asmara has not said whether it will ease its own rules on national service, which drive thousands of young Eritreans abroad each month.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC, UN), ("Eritrea",)),
            # the sanctions of 2009 and 2011; the Asmara declaration of July; the Jeddah meeting; the
            # Somalia embargo kept; the port agreements promised and not signed
            Gold("sanctions.imposed", "historical", (UNSC,), ("Eritrea",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Eritrea", "Ethiopia"),
                (),
                core=False,
            ),
            Gold(
                "relations.restored",
                "historical",
                ("Eritrea", "Djibouti"),
                (),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Somalia",), core=False),
            Gold("agreement.signed", "stalled", ("Ethiopia", "Eritrea"), (), core=False),
        ),
        not_participants=("Saudi Arabia",),
    ),
    Article(
        "h03-harare-business-page-eu-suspends-zimbabwe-sanctions",
        date(2013, 2, 20),
        _p(
            "EU suspends sanctions on 21 Zimbabweans ahead of referendum",
            "BUSINESS | Harare | Wednesday, 20 February 2013",
            "The European Union on Monday suspended its travel ban and asset freeze on 21 Zimbabwean officials and one company, rewarding the government of national unity for agreeing on a draft constitution. Foreign ministers meeting in Brussels said the move recognised progress towards the referendum, now set for March 16, and the elections that are to follow later in the year.",
            "President Robert Mugabe, his wife Grace and the heads of the security services remain on the list, along with about ninety other people and nine companies. The ministers said the measures against them would stay until a peaceful and credible referendum had been held, when the union would review them again. The arms embargo was not touched either.",
            "The sanctions were imposed in February 2002 over violence against the opposition and the seizure of white-owned farms, and they have been renewed every year since. Brussels eased them once before, in July last year, when it said it would suspend most of the measures once a referendum took place. Its aid to the government, cut in 2002, has not resumed, although the union pays for health and education programmes through United Nations agencies.",
            "The company whose assets have been released was not named in Monday's decision, but diplomats in Harare said it was not the Zimbabwe Mining Development Corporation, the state diamond firm, which stays on the list. Producers in Marange had hoped to sell their stones in Antwerp, where they are banned.",
            'Zanu-PF said the decision did not go far enough. "We want all the sanctions removed, not a few names," its spokesman, Rugare Gumbo, said. The Movement for Democratic Change of Prime Minister Morgan Tsvangirai welcomed it as a sign that the reforms were noticed abroad.',
            "The United States has not changed its own measures, which Congress wrote into law in the Zimbabwe Democracy and Economic Recovery Act of 2001, and the Treasury in Washington said on Tuesday that it had no plans to do so before the elections.",
            "In Harare the industry's main concern is credit. The Confederation of Zimbabwe Industries said the easing would help a little with banks that had avoided Zimbabwean business, but capacity utilisation in factories is still below forty percent and power cuts last up to eighteen hours a day in some suburbs.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (EU,), ("Zimbabwe",)),
            # Mugabe and the security chiefs kept on the list; the arms embargo untouched; the
            # measures of 2002; the easing promised in July 2012; the US act of 2001 not changed
            Gold(
                "sanctions.suspended",
                "negated",
                (EU,),
                ("Zimbabwe", "Robert Mugabe"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (EU,), ("Zimbabwe",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Zimbabwe",), core=False),
        ),
        not_participants=("Belgium",),
    ),
    Article(
        "h04-douala-regional-weekly-un-renews-car-embargo",
        date(2019, 2, 4),
        _p(
            "UN keeps arms embargo on Bangui for another year",
            "CENTRAL AFRICA WEEKLY | Douala | Monday, February 4, 2019",
            "The United Nations Security Council on Thursday renewed the arms embargo on the Central African Republic until January 31, 2020, together with the travel ban and asset freeze on people accused of fuelling the violence there. Resolution 2454 was adopted unanimously.",
            "The council also extended for thirteen months the mandate of the panel of experts that watches the embargo, and set out for the first time the conditions under which it might ease the measures on the government's own forces: progress in the reform of the security sector, in the disarmament of the armed groups, and in the management of weapons and ammunition. It asked the Secretary-General to report on them by the end of June.",
            "The government of President Faustin-Archange Touadéra had asked for the embargo on its army to be lifted, saying that it could not fight the armed groups that control most of the country while its soldiers had few weapons. Russia and China supported the request, but France and the United States said it was too early. The council has already eased the rules several times, allowing exemptions for deliveries approved by its sanctions committee.",
            "The embargo was imposed in December 2013, as the Seleka rebels who had seized Bangui and the anti-balaka militias fought across the country. France sent troops that month, and its Sangaris force left in October 2016. About 175 Russian military instructors arrived in Bangui in early 2018 after the sanctions committee allowed Moscow to deliver rifles to the army.",
            "The vote came as the government and fourteen armed groups ended ten days of talks in Khartoum organised by the African Union. They initialled a peace agreement on Saturday, and it is to be signed in Bangui on Wednesday. Seven earlier agreements since 2013 have failed, and the Sant'Egidio accord of June 2017 broke down within a day.",
            "Traders at the Douala port, through which most of the country's imports pass, said the road to Bangui through Garoua-Boulaï was open but slow, with convoys escorted by the UN mission's peacekeepers across the west of the country.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                (UNSC, UN),
                ("Central African Republic",),
            ),
            # the embargo of December 2013; France's troops of 2013-2016 and the Russian instructors
            # of 2018; the Khartoum accord initialled on Saturday, to be signed on Wednesday; the
            # Sant'Egidio accord of 2017
            Gold(
                "sanctions.imposed",
                "historical",
                (UNSC,),
                ("Central African Republic",),
                core=False,
            ),
            Gold(
                "military.presence",
                "historical",
                ("France", "Russia"),
                ("Central African Republic",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "occurred",
                ("Central African Republic",),
                (),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "planned",
                ("Central African Republic",),
                (),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Central African Republic",),
                (),
                core=False,
            ),
        ),
        not_participants=("Cameroon", "Sudan"),
    ),
]
ARTICLES += [
    Article(
        "h05-seoul-english-daily-clinton-warns-pyongyang-of-sanctions",
        date(1994, 6, 4),
        _p(
            "Clinton warns North of sanctions over fuel rods",
            "THE SEOUL HERALD | Saturday, June 4, 1994",
            "President Bill Clinton warned North Korea yesterday that it would face United Nations sanctions unless it allowed international inspectors to check the fuel it has removed from its reactor at Yongbyon. Speaking at the White House after the International Atomic Energy Agency reported that the North had made it impossible to reconstruct the reactor's history, Mr Clinton said the United States would begin consulting members of the Security Council on the next step.",
            'The agency\'s director-general, Hans Blix, told the council on Thursday that the North had taken out most of the 8,000 fuel rods without the measurements inspectors had asked for, so that no one could now know how much plutonium it had produced since 1989. "The North has crossed a line," a senior American official said in Washington.',
            'Pyongyang answered within hours. Its foreign ministry said that sanctions would be "a declaration of war" and that the North would leave the Nuclear Non-Proliferation Treaty, which it had threatened to quit in March last year before suspending its withdrawal in June.',
            "In Seoul, President Kim Young-sam met his national security advisers and said South Korea would support whatever the council decided. The defence ministry said there were no unusual movements of North Korean troops near the demilitarised zone. The first Patriot missile batteries sent by Washington reached the port of Pusan in April.",
            "China, which has a veto, has not agreed. Its foreign ministry said on Friday that Beijing opposed sanctions and wanted the dispute settled through dialogue, and Western diplomats at the United Nations said any resolution would have to start with mild measures, such as a ban on arms sales and on technical cooperation, if it was to pass. Japan has not decided whether to stop the money sent to the North by Koreans living in Japan, estimated at up to 600 million dollars a year.",
            'The talks between North and South on exchanging special envoys, which were to prepare a meeting of the two leaders, broke down in March when a North Korean delegate said Seoul would be turned into a "sea of fire". They have not resumed.',
            "Former President Jimmy Carter has said he would like to visit Pyongyang as a private citizen, and officials said on Friday that Mr Clinton had not discouraged him. Markets in Seoul fell for a third day, and the won weakened against the dollar.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, "Bill Clinton"),
                ("North Korea",),
            ),
            # China that opposes sanctions and Japan undecided; the Patriots of April; the envoys'
            # talks broken off in March
            Gold(
                "sanctions.imposed",
                "negated",
                ("China", "Japan"),
                ("North Korea",),
                core=False,
            ),
            Gold("military.presence", "historical", (US,), ("South Korea",), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("North Korea", "South Korea"),
                (),
                core=False,
            ),
        ),
        not_participants=("International Atomic Energy Agency",),
    ),
    Article(
        "h06-port-vila-weekly-vanuatu-joins-non-aligned-movement",
        date(1983, 3, 12),
        _p(
            "Vanuatu takes its seat among the non-aligned",
            "VANUATU WEEKLY | Port Vila, Saturday 12 March 1983",
            "Vanuatu joined the Non-Aligned Movement on Monday, when the seventh summit of the movement in New Delhi admitted the republic as a full member. The Prime Minister, Father Walter Lini, who led the delegation, is the first leader from the South Pacific islands to take part in a summit of the movement.",
            "Father Lini told the summit on Tuesday that Vanuatu had chosen non-alignment because a small country with few resources could keep its independence only by refusing to be a client of any power. He called for an end to nuclear testing in the Pacific, for the independence of New Caledonia and East Timor, and for a new international economic order that gave small island states a fair price for their copra, cocoa and fish.",
            "Mrs Indira Gandhi, the host of the summit, welcomed Vanuatu in her opening speech, and the Prime Minister had separate meetings with the leaders of India, Cuba and Tanzania. The summit, attended by more than ninety heads of state and government, chose India to chair the movement until the next meeting in 1986.",
            "The decision to join was taken by the Council of Ministers last year. It has been criticised by the opposition Union of Moderate Parties, which says it will harm Vanuatu's relations with France and the United States. Father Lini has said that Vanuatu will not join any military alliance and will not allow nuclear-armed ships in its ports, and that membership does not mean taking sides with Moscow.",
            "Relations with Paris have been difficult since independence in July 1980. Troops from Papua New Guinea landed on Espiritu Santo in August 1980 to end the rebellion there, after the British and French forces of the condominium had left, and France has since reduced its aid. Talks on a new aid agreement with France were held in Paris in January but ended without result.",
            "Vanuatu's relations with its neighbours remain close. Australia and New Zealand are its largest aid donors, and the government will take part in the South Pacific Forum in Canberra later this year. Father Lini is expected back in Port Vila on Tuesday.",
            "Government departments will close early on Monday for the return of the delegation, and a welcome is planned at Bauerfield airport.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Vanuatu", "Walter Lini"), (NAM,)),
            # no military alliance; Papua New Guinea's troops of 1980; the aid talks with France
            # stalled
            Gold("alliance.joined", "negated", ("Vanuatu",), (), core=False),
            Gold(
                "military.presence",
                "historical",
                ("Papua New Guinea",),
                ("Vanuatu",),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Vanuatu", "France"), (), core=False),
        ),
        not_participants=("India", "Cuba", "Tanzania"),
    ),
    Article(
        "h07-caucasus-wire-karabakh-truce-signed-russian-peacekeepers-arrive",
        date(2020, 11, 11),
        _p(
            "Russian peacekeepers reach Karabakh after truce ends six weeks of war",
            "CAUCASUS NEWS SERVICE | Tbilisi, 11 November 2020 | 19:40",
            "The first Russian peacekeepers arrived in Nagorno-Karabakh on Wednesday, a day after Armenia, Azerbaijan and Russia signed a statement ending six weeks of fighting over the mountain enclave. A column of armoured vehicles crossed from Armenia through the Lachin corridor and reached Stepanakert by the afternoon, and the Russian defence ministry said its soldiers had set up the first observation posts along the front line.",
            "The statement was signed shortly after midnight on Tuesday by President Vladimir Putin, President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia. It freezes the armies where they stand, leaves Azerbaijan in control of the territory it took in the war, including the town of Shusha, and requires Armenia to hand back the Aghdam, Kalbajar and Lachin districts by December 1. A force of 1,960 Russian soldiers with 90 armoured vehicles is to stay for five years, with the mandate renewed automatically unless one side objects.",
            "Protesters stormed the government building and the parliament in Yerevan on Tuesday, and opposition parties demanded Mr Pashinyan's resignation. In Baku, crowds celebrated in the streets. President Aliyev said Turkish officers would take part in the peacekeeping, but Moscow said they would serve only at a joint monitoring centre to be set up on Azerbaijani territory, away from the line of contact.",
            "Three earlier ceasefires, agreed in Moscow on October 10, in Paris and in Washington later that month, collapsed within hours. The Minsk Group of France, Russia and the United States, which has mediated since 1992, made no progress on a settlement in almost three decades, and the ceasefire signed in Bishkek in May 1994 was broken repeatedly, most seriously in April 2016.",
            "Armenia says about 1,300 of its soldiers have died since September 27. Azerbaijan has not published its losses. Thousands of Armenian families have left the districts to be handed over, some burning their houses behind them.",
            "Georgia, which borders both countries, welcomed the end of the fighting and said its airspace had remained closed to military transports throughout the war.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                (
                    "Armenia",
                    "Azerbaijan",
                    "Russia",
                    "Vladimir Putin",
                    "Ilham Aliyev",
                    "Nikol Pashinyan",
                ),
                (),
            ),
            Gold("military.presence", "occurred", ("Russia",), KARABAKH),
            # the Turkish officers at the monitoring centre; the failed truces of October and the
            # Bishkek ceasefire of 1994; the Minsk Group's talks
            Gold("military.presence", "planned", ("Turkey",), ("Azerbaijan",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Armenia", "Azerbaijan"),
                (),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "stalled",
                ("Armenia", "Azerbaijan"),
                (),
                core=False,
            ),
        ),
        not_participants=("Georgia",),
    ),
    Article(
        "h08-san-salvador-daily-lima-peace-treaty-with-honduras",
        date(1980, 11, 1),
        _p(
            "Peace with Honduras signed in Lima; embassies to reopen",
            "EL SALVADOR NEWS | San Salvador, Saturday, November 1, 1980",
            "El Salvador and Honduras signed a general peace treaty in Lima on Thursday, formally ending the conflict that began with the war of July 1969. Foreign Ministers Fidel Chávez Mena and César Elvir Sierra signed the document at the Torre Tagle palace in the presence of President Fernando Belaúnde Terry of Peru and the mediator, the former president of the International Court of Justice, José Luis Bustamante y Rivero.",
            "Under the treaty the two countries will restore diplomatic relations and reopen their embassies within thirty days of the exchange of ratifications, which both governments said would take place before the end of the year. Consular offices in San Salvador and Tegucigalpa will reopen at the same time, and the border posts at El Amatillo and El Poy will open to traffic and trade.",
            "The treaty fixes about two thirds of the frontier. A joint commission is to mark the remaining sections, the so-called bolsones, within five years, and if it fails the dispute will go to the International Court of Justice in The Hague. The question of the Gulf of Fonseca and the islands in it is also left to the commission.",
            "The war, which lasted a hundred hours, left about 2,000 dead and forced tens of thousands of Salvadorans who had settled in Honduras to return. Relations were broken off in June 1969, and the two countries have been separated since then by a demilitarised zone watched by military observers of the Organization of American States, who first arrived in July 1969.",
            "Efforts to sign a peace treaty in the 1970s failed repeatedly. A draft agreed by the foreign ministers in 1976 was never signed after new clashes on the border, and the talks resumed only in 1978, with Peru's mediation.",
            "The government junta said the treaty would allow trade through the Central American Common Market, which Honduras left in 1970, to recover. Business leaders in San Salvador welcomed it but warned that the violence inside El Salvador, where more than 8,000 people have been killed this year, would keep investors away.",
            "The Honduran Congress is expected to ratify the treaty next week. In El Salvador, where there is no legislature, the junta will ratify it by decree.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("El Salvador", "Honduras", "Fidel Chávez Mena", "César Elvir Sierra"),
                (),
            ),
            Gold("relations.restored", "planned", ("El Salvador", "Honduras"), ()),
            # the OAS observers since 1969; the draft of 1976 never signed
            Gold(
                "military.presence",
                "historical",
                ("Organization of American States",),
                ("El Salvador", "Honduras"),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "negated",
                ("El Salvador", "Honduras"),
                (),
                core=False,
            ),
        ),
        not_participants=(
            "Peru",
            "Fernando Belaúnde Terry",
            "International Court of Justice",
        ),
    ),
    Article(
        "h09-davao-daily-mnlf-fighters-integrated-into-afp",
        date(1997, 3, 22),
        _p(
            "1,200 former MNLF fighters join the AFP",
            "MINDANAO DAILY | Davao City, Saturday, March 22, 1997",
            "The first 1,200 former guerrillas of the Moro National Liberation Front were integrated into the Armed Forces of the Philippines yesterday, taking their oath before the chief of staff, General Arnulfo Acedera, at a ceremony at Camp Abdurahman Bedis in Jolo. They will undergo six months of training before joining regular units in Sulu, Basilan and Cotabato.",
            "The integration is part of the Final Peace Agreement that the government and the MNLF signed in Manila on September 2 last year, under which 5,750 rebels are to join the army and 1,750 the Philippine National Police. The rest of the army's share will be integrated before the end of 1998, officials said, and the first 250 recruits for the police began their course in Zamboanga this month.",
            'MNLF chairman Nur Misuari, now governor of the Autonomous Region in Muslim Mindanao, told the new soldiers that they were "no longer rebels but defenders of the Bangsamoro and the Republic". He was joined by officials of the Organization of the Islamic Conference, which mediated the talks with Indonesia\'s help.',
            "Not every commander accepted. Several MNLF field leaders in Lanao have refused to surrender their weapons, saying the agreement gives them nothing, and some of their men have gone over to the Moro Islamic Liberation Front, which was not part of the 1996 agreement. Talks between the government and the MILF opened in January, but the two sides have not agreed even on an agenda, and fighting continues in Maguindanao.",
            "The accord completed a process that began with the Tripoli Agreement of December 1976, signed in Libya under the mediation of Colonel Muammar Qadhafi, which promised autonomy for thirteen provinces but was never carried out.",
            "Defence Secretary Renato de Villa said the integrated fighters would receive the same pay as other soldiers and that their ranks would be decided by a joint board. Army officers in Jolo said training would be in Filipino and English, with Tausug interpreters for those who need them.",
            "Economic aid is also promised. The Southern Philippines Council for Peace and Development, which Misuari heads, will receive about two billion pesos this year for projects in the former conflict areas.",
        ),
        (
            Gold("forces.integrated", "occurred", (MNLF,), (AFP, "Philippines")),
            # the rest to come; the Lanao commanders who refused; the accord of 1996 and Tripoli of
            # 1976; the MILF talks stalled
            Gold("forces.integrated", "planned", (MNLF,), (AFP,), core=False),
            Gold("forces.integrated", "negated", (MNLF,), (AFP,), core=False),
            Gold("agreement.signed", "historical", ("Philippines", MNLF), (), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("Philippines", "Moro Islamic Liberation Front"),
                (),
                core=False,
            ),
        ),
        not_participants=(
            "Libya",
            "Indonesia",
            "Organization of the Islamic Conference",
        ),
    ),
]
ARTICLES += [
    Article(
        "h10-caracas-sports-page-winter-baseball-league",
        date(1978, 12, 6),
        _p(
            "Leones suspend pitcher as league fines both clubs",
            "THE DAILY JOURNAL | Caracas, Wednesday, December 6, 1978 | Sports",
            "The Venezuelan Professional Baseball League yesterday imposed a fine of 5,000 bolivars on each of the Leones del Caracas and the Navegantes del Magallanes after Sunday's brawl at the University Stadium, and suspended the Magallanes catcher for four games. The league's president said the clubs would have to pay for the seats damaged in the left-field stands before their next meeting.",
            "The Leones, for their part, suspended their own relief pitcher for a week for arriving late to the ballpark twice. The manager said the club had extended the contract of its first baseman for two more seasons and had signed an American outfielder from the Pittsburgh organisation, who joins the team on Friday.",
            "The league lifted the ban on the sale of beer in the stands, imposed after the trouble in the opening week, on condition that it is served in paper cups only. The ban on fireworks remains.",
            "Power was restored at the stadium on Monday night after a transformer failure that delayed the game against Tiburones de La Guaira by an hour and a half. The electricity company said the equipment, installed in the 1950s, would be replaced before the playoffs.",
            "About 300 police officers were deployed around the stadium for Sunday's rematch, and the city transport authority said it would extend bus services along the Avenida Los Ilustres until midnight on game days.",
            "The league also signed a new television agreement with Venevisión for the rest of the season and the Caribbean Series, which Venezuela will host in February. The agreement doubles the fee paid to the clubs.",
            "Standings: Leones 24-17, Magallanes 22-19, La Guaira 21-20, Lara 20-21, Zulia 19-22, Aragua 17-24. The Leones play in Barquisimeto tonight and return home on Saturday for a double-header against Aragua.",
            "In other news, the national amateur team joined the Pan American qualifying tournament in Puerto Rico, and the Venezuelan cycling federation restored the licence of a rider whose suspension for doping was overturned on appeal. The Caracas marathon, suspended last year for lack of sponsors, will be run again in March.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h11-apia-weekly-village-council-and-harbour-news",
        date(2016, 8, 26),
        _p(
            "Village council lifts kava ban; ferry service restored",
            "SAMOA WEEKLY | Apia, Friday 26 August 2016 | Around the islands",
            "The village council of a district on the south coast of Upolu has lifted the ban on selling kava and alcohol on Sundays that it imposed in March, after shop owners agreed to close by six in the evening. The council imposed a fine of five pigs and a hundred tala on a family that broke the ban in June, and the matai said any shop that opened late would face the same.",
            "The ferry service between Mulifanua and Salelologa was restored on Tuesday after the Lady Samoa III returned from repairs in Fiji. The Samoa Shipping Corporation said the service had been suspended for nine days and that the corporation had signed a contract with a New Zealand engineering company to maintain both vessels for three years.",
            "The Ministry of Education extended the school holidays by a week in Savai'i, where several schools were damaged by the storm in July. Classes will resume on September 5.",
            "Police officers were deployed along the Apia waterfront for the Teuila Festival, which opens next week. The commissioner said about 120 officers would work in shifts and that roads around the government building would be closed in the evenings.",
            "The national netball team has joined the regional league for the first time and will play its opening match against Tonga in Nuku'alofa next month. The coach has signed three players who play in the Auckland competition.",
            "The Samoa Tourism Authority said it had signed a marketing agreement with an Australian airline to promote the islands in Sydney and Brisbane, and that visitor arrivals were up eight percent on last year. Hotel owners asked the government to extend the tax break on new rooms, which ends in December.",
            "The Land Transport Authority has suspended the licences of six bus drivers for speeding on the Cross Island Road, and the authority's chief executive said random checks would continue. Bus owners said the new fares, imposed in July, were too low to cover the cost of fuel.",
            "Water supply to the villages west of the airport was restored on Wednesday after a pipe was repaired. The Samoa Water Authority asked households to boil drinking water for three more days.",
            "The Apia market will open on Saturday morning as usual. The fish market will close at noon.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h12-tbilisi-travel-page-gudauri-ski-season",
        date(2019, 1, 18),
        _p(
            "Gudauri lifts reopen as road is restored after avalanches",
            "TRAVEL | Tbilisi, Friday 18 January 2019",
            "The main lifts at Gudauri reopened on Thursday after two days in which the resort suspended skiing above 2,800 metres because of the risk of avalanches. The road from Tbilisi along the Georgian Military Highway was restored to traffic on Wednesday evening, after snow-clearing teams deployed from Mtskheta and Kazbegi worked through the night.",
            "The resort's operator said it had imposed a limit on off-piste skiing for the rest of the week and that guides would accompany any groups going into the back country. Helicopter skiing, which had been suspended since Monday, will resume on Saturday if the weather allows.",
            "The season has been good so far. The operator said it had extended the season until the middle of April because of the heavy snow in December, and that visitor numbers were up about fifteen percent on last winter, with more guests from Israel, Iran, Poland and the Gulf.",
            "Gudauri has joined the international association of mountain resorts, whose members share standards on safety and piste marking, and the operator signed an agreement with an Austrian lift maker last month to build a new gondola from the village to the Kudebi ridge. Work will start in May.",
            "The ministry of economy said it had lifted the restriction on new building permits at the resort, imposed last year while a new zoning plan was prepared, and that the plan would be published next month. Local residents have complained that hotels are being built too close to the slopes.",
            "Mountain rescue teams were deployed to Bakuriani and Goderdzi as well, where the snow has also been heavy. Rescuers said two skiers had been brought down safely from the slopes above Bakuriani on Tuesday after they lost their way in the fog.",
            "Georgian Railways said it would add a night train to Borjomi on weekends, and the airline Georgian Airways restored its flights to Kutaisi from Warsaw and Kyiv. Hotel prices in Gudauri start at about 120 lari a night for a double room.",
            "Drivers are reminded that snow chains are required on the highway beyond Pasanauri. The police checkpoint at Kvesheti will turn back cars without them.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Chile and Peru signed a treaty in Quito on Thursday. The ministers signed it in the "
            "presence of the President of Ecuador and a judge of the International Court of "
            "Justice. The two countries will restore diplomatic relations within thirty days.",
            id="the-two-countries-after-a-mediator-and-an-organisation",
        ),
        pytest.param(
            "Chile and Peru signed a treaty in Quito on Thursday. The President of Ecuador "
            "attended. The two countries will restore diplomatic relations within thirty days.",
            id="the-two-countries-after-a-mediator",
        ),
        pytest.param(
            "Chile and Peru signed a treaty in Quito on Thursday. Ministers Ana Ruiz and Juan Soto "
            "signed it in the presence of President Daniel Noboa of Ecuador. Under the treaty the "
            "two countries will restore diplomatic relations within thirty days.",
            id="the-two-countries-after-a-named-mediator",
        ),
        pytest.param(
            "Chile and Peru signed a treaty in Quito on Thursday. Under the treaty the two countries "
            "will restore diplomatic relations within thirty days.",
            id="the-two-countries-after-the-signers",
        ),
    ],
)
def test_the_two_countries_are_the_states_that_signed(text: str) -> None:
    found = [r for r in alert_rows(text, MONDAY) if r[0] == "relations.restored"]
    assert any({"Chile", "Peru"} <= set(a + t) for _, _, a, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Eritrea and Djibouti agreed to normalise relations at a meeting in Jeddah in "
            "September.",
            id="agreed-to-normalise-at-a-meeting-in-a-past-month",
        ),
        pytest.param(
            "Eritrea and Djibouti agreed to normalise relations in September.",
            id="agreed-to-normalise-in-a-past-month",
        ),
        pytest.param(
            "Eritrea and Djibouti agreed to sign a border treaty at a meeting in Jeddah in "
            "September.",
            id="agreed-to-sign-at-a-meeting-in-a-past-month",
        ),
        pytest.param(
            "Eritrea and Djibouti agreed in September to normalise relations.",
            id="agreed-in-a-past-month-to-normalise",
        ),
        pytest.param(
            "Eritrea and Djibouti normalised relations at a meeting in Jeddah in September.",
            id="normalised-at-a-meeting-in-a-past-month",
        ),
    ],
)
def test_an_agreement_of_a_past_month_is_no_plan(text: str) -> None:
    published = date(2018, 11, 17)
    assert event_rows(text, published), "no event read"
    assert not alert_rows(text, published), alert_rows(text, published)


_BORROWED_SIGNERS = (
    "a signer named only by a common noun ('the government', 'the government and the rebels', "
    "'They' after them) is given the states of an earlier sentence that have no part in the accord"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Russia and China backed the request. The government signed a peace agreement with the "
            "rebels on Saturday.",
            id="the-government-signed-after-other-states",
        ),
        pytest.param(
            "Russia and China backed the request. The government and the rebels initialled a peace "
            "agreement on Saturday.",
            id="the-government-and-the-rebels-initialled-after-other-states",
        ),
        _xfail(
            "Russia and China backed the request. The government and fourteen armed groups ended "
            "talks in Khartoum. They initialled a peace agreement on Saturday.",
            _BORROWED_SIGNERS,
            "they-initialled-after-the-government-and-other-states",
        ),
        pytest.param(
            "Russia and China backed the request. The rebels signed a peace agreement on Saturday.",
            id="the-rebels-signed-after-other-states",
        ),
        pytest.param(
            "The government and fourteen armed groups ended talks in Khartoum. They initialled a "
            "peace agreement on Saturday.",
            id="they-initialled-after-the-government-alone",
        ),
    ],
)
def test_unnamed_signers_borrow_no_states(text: str) -> None:
    found = [r for r in alert_rows(text, MONDAY) if r[0] == "agreement.signed"]
    assert not any({"Russia", "China"} & set(a + t) for _, _, a, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United Nations Security Council on Wednesday lifted the arms embargo, asset freeze "
            "and travel ban it had imposed on Eritrea.",
            id="lifted-a-list-of-measures-it-had-imposed",
        ),
        pytest.param(
            "The Security Council on Wednesday lifted the arms embargo it had imposed on Eritrea.",
            id="lifted-the-arms-embargo-it-had-imposed",
        ),
        pytest.param(
            "The Security Council on Wednesday lifted the sanctions on Eritrea, ending nine years "
            "of isolation.",
            id="lifted-the-sanctions-ending-years-of-isolation",
        ),
    ],
)
def test_a_lifting_of_measures_it_had_imposed_occurred(text: str) -> None:
    rows = [r for r in event_rows(text, date(2018, 11, 17)) if r[0] == "sanctions.lifted"]
    assert any(s == "occurred" and "Eritrea" in t for _, s, _, t in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Armenia, Azerbaijan and Russia signed a statement ending six weeks of fighting on "
            "Tuesday.",
            id="signed-a-statement-ending-a-war",
        ),
        pytest.param(
            "Armenia, Azerbaijan and Russia signed an agreement ending six weeks of fighting on "
            "Tuesday.",
            id="signed-an-agreement-ending-a-war",
        ),
    ],
)
def test_a_statement_that_ends_a_war_is_signed(text: str) -> None:
    found = [r for r in alert_rows(text, MONDAY) if r[0] == "agreement.signed"]
    assert any("Armenia" in a + t for _, _, a, t in found), found


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        pytest.param(
            "President Ronald Reagan last Wednesday imposed a total trade embargo on Nicaragua.",
            date(1985, 5, 8),
            ("sanctions.imposed", "occurred"),
            id="last-weekday-imposed-a-total-trade-embargo",
        ),
        pytest.param(
            "The European Union on Monday suspended its travel ban and asset freeze on 21 "
            "Zimbabwean officials and one company.",
            date(2013, 2, 20),
            ("sanctions.suspended", "occurred"),
            id="suspended-its-travel-ban-and-asset-freeze-on",
        ),
        pytest.param(
            "Vanuatu joined the Non-Aligned Movement on Monday.",
            date(1983, 3, 12),
            ("alliance.joined", "occurred"),
            id="joined-the-non-aligned-movement",
        ),
        pytest.param(
            "The first 1,200 former guerrillas of the Moro National Liberation Front were "
            "integrated into the Armed Forces of the Philippines yesterday.",
            date(1997, 3, 22),
            ("forces.integrated", "occurred"),
            id="former-guerrillas-were-integrated-into-the-armed-forces",
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


def test_heldout37_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-37 English events"))
