"""Sixty-third English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on events, states and programmes the earlier
sixty-two sets lack as core news, all of the era of the articles the analyzer is judged on
(2016-2025): a Jaffna weekly on Canada sanctioning the former presidents Mahinda and Gotabaya
Rajapaksa and two servicemen (2023), a Richmond Hill community weekly on Canada lifting most of its
Iran sanctions after Implementation Day (2016), a Lubumbashi mining site on the Treasury's
unpublished licence suspending for a year its sanctions on Dan Gertler (2021), a Bulawayo daily on
the Council of the EU renewing its arms embargo on Zimbabwe and the asset freeze on Zimbabwe Defence
Industries (2021), a Mwanza weekly on the United States warning of "consequences, including visa
restrictions" over Tanzania's election (2020), an Amritsar daily on Iran becoming the SCO's ninth
member with Belarus to follow (2023), a Jakarta daily on the Indonesian-Australian defence
cooperation agreement, each side's forces to operate from the other's territory (2024), a Djibouti
weekly on Djibouti and Eritrea normalising relations in Jeddah, embassies to reopen (2018), a Mafraq
weekly on the Syrian Free Army of al-Tanf merged into the new Syrian army (2025), and near misses (an
Eldoret athletics page where the AIU "imposed a five-year ban" and "lifted the provisional
suspension it imposed", Athletics Kenya "signed an agreement with a Chinese sportswear maker", World
Athletics "threatened to take stronger action against the country", funding "extended", a champion
"joined" a commission, police to "deploy", power "restored", camps "merged", a gym to be
"integrated" (2024); a Kochi city page where the Water Metro will be "integrated", the trawling ban
"imposed" on 9 June will be "lifted", patrol boats "deployed", unions "threatened", the corporation
"signed an agreement with a Dutch city" and "joined an international alliance of coastal cities",
water "restored", a deadline "extended", the police to "impose sanctions on bus operators",
reading rooms "merged" and murals to be "restored" (2023); a Jakarta business page where three
Islamic banks "merged" and will be "integrated", staff "deployed", trading "suspended" and the
suspension "lifted", an MoU "signed with a Saudi Islamic bank", an association "joined", a
regulator's relaxation "extended" and its "sanctions on 29 peer-to-peer lending platforms" (2021)).

Nine articles carry core alertable events of all ten types (sanctions imposed on former heads of
state, lifted by a trade ban ended, suspended by a licence, extended by an embargo renewed,
threatened by a warning of visa restrictions; a state joining a regional organisation; a defence
agreement signed; relations restored; a rebel army merged into a national one; foreign forces to
operate from a neighbour's territory), nine occurred and three planned (Belarus's joining, the
reopening of the Djiboutian and Eritrean embassies, the Indonesian-Australian presence), beside
historical, negated and stalled events.

Decisions of the annotation: Canada that "imposed sanctions on two former presidents of Sri Lanka"
imposes (core, with Mélanie Joly; the Rajapaksas and the two servicemen, not in the knowledge base,
as targets); Washington's ban on Shavendra Silva "in February 2020" is a historical imposition,
"took no action against the Rajapaksas" and Britain that "has not followed Ottawa" negated ones;
India and Singapore are no parties. Canada that "lifted most of its economic sanctions on Iran last
Friday" lifts (core: the article's own news, six days old, with Stéphane Dion); "none of them was
removed" is a negated lifting, the measures "in place since 2010" and the US embargo "first imposed
in 1995" historical impositions, the EU and US liftings "on 16 January" historical, and "no talks on
reopening the embassies had begun" a negated restoration; Turkey (Ankara), Italy and the UAE (Dubai)
are no parties. The Treasury that "has suspended for one year the sanctions on ... Dan Gertler,
granting him a licence on 15 January" suspends (core: a licence disclosed now, told in the present
perfect, with the US and OFAC); "It does not take him off the list" is a negated lifting, the
designation "in December 2017" a historical imposition; Switzerland (Glencore), Zambia and Israel
(a demonym of the target) are no parties. The Council of the EU that renewed "its arms embargo on
Zimbabwe and the asset freeze on ... Zimbabwe Defence Industries for another year" extends (core,
with the EU); the measures "first imposed ... in 2002" a historical imposition, the four people
"removed in February last year" a historical lifting, the US programme that "has not been lifted" a
negated lifting and Owen Ncube's listing "in August 2020" a historical imposition; SADC, which only
calls for a lifting, is no party. The United States that "warned on Thursday that it would consider
'consequences, including visa restrictions'" threatens (core, with the State Department; Tanzania
as target); "Washington has not imposed any measure" is a negated imposition and Paul Makonda's
ban "In January" a historical one. Iran that "formally became the ninth full member of the Shanghai
Cooperation Organisation on Tuesday" joins (core, with Ebrahim Raisi), Belarus "expected to join as
a full member at next year's summit" is a planned joining (core), India and Pakistan "in 2017" a
historical joining, Turkey that "has not applied" a negated one, the US sanctions reimposed "in
2018" a historical imposition and the Vienna talks that "stalled last September" a stalled accord;
Afghanistan and Kazakhstan (Astana) are no parties. Indonesia and Australia that "signed a defence
cooperation agreement in Canberra on Thursday" sign (core, with Prabowo Subianto and Richard
Marles), and "the armed forces of each country will be able to operate from the other's territory"
with the Australian troops "expected to join larger exercises in East Java and Sulawesi" is a
planned presence (core); "There will be no foreign base on Indonesian soil" is a negated presence,
"would not join AUKUS" a negated joining, the Keating-Soeharto agreement and the Lombok Treaty
historical accords, the peacekeepers in East Timor a historical presence and the Rafale order "last
year" a historical accord; China, the United States and Britain are no parties. Djibouti and
Eritrea that "agreed on Monday to normalise relations" restore (core, with their presidents), and
"will reopen their embassies ... and exchange ambassadors" is a planned restoration (core); the
Qatari mediation that "stalled in June last year" is a stalled accord, the Qatari peacekeepers and
the Eritrean troops that "moved into the disputed area" historical presences, the UN measures of
2009 a historical imposition that "remain in place" (a negated lifting), the Ethiopian-Eritrean
declaration "in July" a historical accord and the border crossings reopened "last week" a
historical restoration; Saudi Arabia, the host, and Somalia are no parties. The Syrian Free Army
that "has been formally merged into the new Syrian army, the defence ministry in Damascus said on
Sunday" is integrated (core: Syria, its defence ministry and army; the group, not in the knowledge
base, as target); the groups dissolved "since January" a historical integration, the SDF agreement
signed "in March" a historical accord and its merger whose talks "have stalled" a stalled
integration, the American troops "stationed at al-Tanf since 2016" a historical presence and the
US and EU liftings "last month" historical; Jordan, Iraq and Saudi Arabia (Riyadh) are no parties.
Outside the monitor's remit (no event): a doping ban and a suspension lifted, a federation's kit
deal, a governing body's threat, funding extended, police deployed, floodlights restored, training
camps merged; a metro's ticketing integrated, a fishing ban lifted, patrol boats deployed, a city's
agreement with a Dutch city and its joining of an alliance of cities, water restored, a deadline
extended, the police's "sanctions on bus operators"; a bank merger, trading suspended and resumed, a
bank's MoU, a regulator's relaxation extended and its sanctions on lending platforms.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout63_events_en``.
Measured before any fix (on commit 10c42a8): P 0.889, R 0.833, F1 0.860 (recall 10/12, 8 of 9
alerts right; recall by status: occurred 8/9, planned 2/3; one false alarm on a negated event, no
unexpected alert, the three near misses quiet).
No annotation was changed after the run.
Missed: on the Lubumbashi site, "The US Treasury has suspended for one year the sanctions on the
Israeli mining magnate Dan Gertler, granting him a licence on 15 January, five days before ..." is a
historical suspension (with "Israel" as target): a written date seven days or more before
publication makes the act background (``_weeks_old`` in ``rasd/events/status.py``) even when it
stands in a participial clause after a present-perfect main verb ("... Dan Gertler, granting him a
licence on 25 January." is occurred; "... on 15 January." historical), and the demonym before the
unlinked name is taken for the target. On the Jakarta daily, "the armed forces of each country will
be able to operate from the other's territory" and "Australian troops are expected to join larger
exercises in East Java and Sulawesi from next year" give nothing: "operate from" is no presence
form and the reciprocal subject names no state, and joining exercises in provinces is no
deployment ("Australian troops will be deployed to Indonesia for exercises." is planned).
False alarm: on the Lubumbashi site, the headline "Treasury quietly eases Gertler sanctions for a
year in Trump's last days" is an occurred lifting of the US (matching the negated lifting "It does
not take him off the list"): "ease" is a lifting form, and the duration "for a year", which makes a
relief temporary, does not turn it into a suspension ("The US Treasury eases sanctions on Dan
Gertler for a year." is a lifting too).
Also seen, not scored: the Canadian imposition is read with "presidents of Sri Lanka" (unlinked) as
target, the US threat with no target (Tanzania, named only as the election's place, is not taken), the Syrian integration with
no actor and the Syrian Army and Syria as targets (the Syrian Free Army is not in the knowledge
base); Belarus's planned joining and the planned reopening of the Djiboutian and Eritrean embassies
give no event of their own ("which is expected to join as a full member at next year's summit",
"will reopen their embassies ... and exchange ambassadors" alone give nothing) and are counted found
only through the occurred events that share a party. The Iranian lifting, the EU's Zimbabwe
renewal, Iran's joining, the Indonesian-Australian signing and the Djiboutian-Eritrean
normalisation are read with the right parties, and none of the background (the stalled Qatari
mediation and SDF merger, Turkey's and Indonesia's refusals, the UN measures on Eritrea) gives an
alert. Mahinda and Gotabaya Rajapaksa, Sunil Ratnayake, Chandana Prasad Hettiarachchi, Shavendra Silva, Stéphane Dion, Dan Gertler,
Owen Ncube, Paul Makonda, John Magufuli, Tundu Lissu, Richard Marles, the Lombok Treaty, the Syrian
Free Army and Salem Turki al-Antari are not in the knowledge base.
The Lubumbashi site (its miss and its false alarm) and the Jakarta daily's miss are strict xfails.

After the fixes of the same round (2026-12-05): P 1.000 R 0.917 F1 0.957 (recall 11/12, precision
9/9). Fixed, each with a rule sentence below: a present perfect is the news, and the day of a
participle after its comma ("has suspended …, granting him a licence on 15 January") is that
step's, not the act's; relief given for a term by a lifting verb ("eases Gertler sanctions for a
year") is a suspension; a magnate's, a billionaire's or a mogul's nationality is no target. Left
(strict xfail): the planned reciprocal presence ("the armed forces of each country will be able
to operate from the other's territory"; troops "expected to join larger exercises").

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
STATE = "United States Department of State"
CEU = "Council of the European Union"
SCO = "Shanghai Cooperation Organisation"
SDF = "Syrian Democratic Forces"
SYMOD = "Ministry of Defense (Syria)"

ARTICLES: list[Article] = [
    Article(
        "n01-jaffna-weekly-canada-sanctions-rajapaksa-brothers",
        date(2023, 1, 13),
        _p(
            "Ottawa sanctions Rajapaksa brothers over 'gross violations' in war's final phase",
            "THE NORTHERN VOICE | Jaffna, Friday, 13 January 2023",
            "Canada on Tuesday imposed sanctions on two former presidents of Sri Lanka, Mahinda Rajapaksa and his brother Gotabaya Rajapaksa, and on two army soldiers, accusing them of gross and systematic violations of human rights during the civil war that ended in 2009.",
            "The measures, taken under the Special Economic Measures Act, freeze any assets the four men hold in Canada and bar Canadians from dealing with them. The two soldiers are Staff Sergeant Sunil Ratnayake, who was sentenced to death for the murder of eight Tamil civilians at Mirusuvil in 2000 and pardoned by Gotabaya Rajapaksa in 2020, and Lieutenant Commander Chandana Prasad Hettiarachchi, a navy officer accused of abducting eleven young men in Colombo in 2008 and 2009.",
            "\"Canada will not stand by while those responsible for gross violations of human rights go unpunished,\" the foreign affairs minister, Mélanie Joly, said in a statement, adding that the decision followed years of calls from survivors and from Tamil Canadians, a community estimated at more than 200,000 people, most of them in the Toronto area.",
            "The government in Colombo summoned the Canadian high commissioner on Wednesday and said it \"regretted\" a step it described as based on unsubstantiated allegations. The foreign ministry said the country's own reconciliation mechanisms were working and that the sanctions would not help them.",
            "It is the first time a Western government has sanctioned either brother. Washington barred the army commander, General Shavendra Silva, and his immediate family from entering the United States in February 2020 over the same war, but took no action against the Rajapaksas. Britain, which leads the core group on Sri Lanka at the UN Human Rights Council, has not followed Ottawa, and a Foreign Office spokesman said only that London kept its options under review.",
            "Gotabaya Rajapaksa, defence secretary in the last years of the war, fled the country in July last year after months of protests over the economic collapse and resigned by email from Singapore. Mahinda Rajapaksa stepped down as prime minister in May after his supporters attacked protesters in Colombo.",
            "In Jaffna the news was met with quiet satisfaction by the mothers of the disappeared, who have kept a roadside protest going in Kilinochchi for almost six years. \"It is not justice, but it is the first time anyone outside has named them,\" said one of them, whose son was last seen at an army checkpoint in 2009.",
            "The Northern Province's governor said on Thursday that the ferry between Kankesanthurai and Karaikal in India would resume before the Sinhala and Tamil New Year, and that the runway at Palaly airport would be lengthened this year.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Canada", "Mélanie Joly"), ("Mahinda Rajapaksa", "Gotabaya Rajapaksa", "Sunil Ratnayake", "Chandana Prasad Hettiarachchi")),
            Gold("sanctions.imposed", "historical", (US,), ("Shavendra Silva",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Mahinda Rajapaksa", "Gotabaya Rajapaksa"), core=False),
            Gold("sanctions.imposed", "negated", (UK,), ("Mahinda Rajapaksa", "Gotabaya Rajapaksa", "Sri Lanka"), core=False),
        ),
        not_participants=("India", "Singapore"),
    ),
    Article(
        "n02-richmond-hill-weekly-canada-lifts-most-iran-sanctions",
        date(2016, 2, 11),
        _p(
            "Canada eases Iran sanctions after nuclear deal; no date for embassies",
            "THE YORK REGION COMMUNITY WEEKLY | Richmond Hill, Thursday, 11 February 2016",
            "Canada lifted most of its economic sanctions on Iran last Friday, ending a ban on trade and financial dealings that had been in place since 2010, three weeks after the International Atomic Energy Agency confirmed that Tehran had met its commitments under last summer's nuclear agreement.",
            "The amended Special Economic Measures (Iran) Regulations allow Canadian companies to export most goods to Iran, to import Iranian goods and to deal with Iranian banks again. \"Canada is lifting its sanctions in a measured way, in step with our partners,\" the foreign affairs minister, Stéphane Dion, told reporters in Ottawa, adding that the government wanted to \"re-engage\" with Iran.",
            "Not everything has gone. The export of goods that could help Iran's nuclear or ballistic missile programmes remains banned, and the people and companies listed for their part in those programmes stay on Canada's list: none of them was removed on Friday. Iran also remains on Canada's list of state sponsors of terrorism.",
            "The European Union and the United States lifted their nuclear-related sanctions on 16 January, Implementation Day, although Washington's broader trade embargo, first imposed in 1995, is still in force and American companies remain largely barred from the market.",
            "Ottawa has had no diplomatic relations with Tehran since September 2012, when the Conservative government closed the Canadian embassy and expelled Iran's diplomats. Mr Dion said Canada wished to restore them but gave no timetable, and officials said no talks on reopening the embassies had begun. Until they reopen, the tens of thousands of Canadians with relatives in Iran must still travel to Ankara for consular services, and Italy's embassy in Tehran looks after Canada's interests.",
            "In Richmond Hill, home to one of the largest Iranian communities in Canada, the news was welcomed along Yonge Street, where Persian grocers and travel agents have for years had to route payments through Dubai. \"We can finally talk to a bank without being treated like criminals,\" said the owner of a currency exchange near Major Mackenzie Drive.",
            "Bankers were more careful. A lawyer who advises several Canadian lenders said most would wait for clearer guidance before opening accounts for trade with Iran, because of the American sanctions that remain and the risk of their being snapped back.",
            "The town's council said on Monday it would hold its Nowruz celebration in the Richmond Green park again this year, on 19 March.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Canada", "Stéphane Dion"), ("Iran",)),
            Gold("sanctions.lifted", "negated", ("Canada",), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", ("Canada",), ("Iran",), core=False),
            Gold("sanctions.lifted", "historical", (EU, US), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
            Gold("relations.restored", "negated", ("Canada", "Iran"), (), core=False),
        ),
        not_participants=("Turkey", "Italy", "United Arab Emirates"),
    ),
    Article(
        "n03-lubumbashi-english-site-treasury-licence-eases-gertler-sanctions",
        date(2021, 1, 28),
        _p(
            "Treasury quietly eases Gertler sanctions for a year in Trump's last days",
            "KATANGA MINING REVIEW (ONLINE) | Lubumbashi, Thursday, 28 January 2021",
            "The US Treasury has suspended for one year the sanctions on the Israeli mining magnate Dan Gertler, granting him a licence on 15 January, five days before Donald Trump left office, that lets him use the funds frozen in the United States and deal with American banks again, according to documents seen by anti-corruption campaigners and confirmed by his lawyers.",
            "The licence, which was not published, was issued by the Office of Foreign Assets Control. It allows Mr Gertler and the companies he controls to move money held in American banks and to resume business with American counterparts until January 2022. It does not take him off the list of sanctioned people, and the designation itself stands.",
            "Mr Gertler, a close friend of the former president Joseph Kabila, was sanctioned in December 2017 under the Global Magnitsky Act for what the Treasury called opaque and corrupt mining and oil deals worth hundreds of millions of dollars in the Democratic Republic of Congo. Fourteen more of his companies were added to the list in June 2018.",
            "Campaigners said the licence had been obtained after lobbying by people close to the outgoing administration. \"This is a parting gift, and it should be revoked on day one,\" said a researcher at a group that has tracked Mr Gertler's deals in Katanga for a decade. Mr Gertler's lawyers said the licence was the result of a lawful process and that he had \"never been charged with any crime anywhere\".",
            "A spokesman for the new administration's State Department said the licence was \"under review\". It was not clear whether the Treasury, whose new secretary was confirmed only on Monday, would act before the licence expires.",
            "The decision matters in Lubumbashi, where Mr Gertler still receives royalties from Glencore's Mutanda and Kamoto mines through a company the Swiss group agreed in 2018 to pay in euros so as not to breach the American sanctions. Gécamines, the state miner, sold its own royalty rights to Mr Gertler's companies in 2017, a sale its workers' union has challenged in court.",
            "The provincial government of Haut-Katanga said on Tuesday that the road from Lubumbashi to the Kasumbalesa border post would be closed at night for two weeks while the bridge over the Lubembe is repaired. Lorries carrying copper and cobalt to Zambia have been told to use the Mokambo crossing.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST, OFAC), ("Dan Gertler",)),
            Gold("sanctions.lifted", "negated", (US, UST), ("Dan Gertler",), core=False),
            Gold("sanctions.imposed", "historical", (US, UST), ("Dan Gertler",), core=False),
        ),
        not_participants=("Switzerland", "Zambia", "Israel"),
    ),
    Article(
        "n04-bulawayo-daily-eu-renews-arms-embargo-and-zdi-freeze",
        date(2021, 2, 20),
        _p(
            "EU rolls over arms embargo, ZDI freeze for another year",
            "THE MATABELELAND TIMES | Bulawayo, Saturday, 20 February 2021",
            "The European Union has renewed its arms embargo on Zimbabwe and the asset freeze on the state-owned Zimbabwe Defence Industries for another year, until 20 February 2022, the Council of the European Union said on Thursday.",
            "In a short statement from Brussels the Council said the decision reflected \"the continued lack of progress\" on political and economic reforms and on accountability for the killings that followed the disputed election of July 2018, and that the bloc stood ready to review the measures \"in the light of developments\". No new names were added.",
            "The embargo, which bars the sale of arms and of equipment that could be used for repression, and the freeze on ZDI are all that remain of the measures Brussels first imposed on the government of Robert Mugabe in 2002. The travel bans and asset freezes on individuals were lifted in stages, and the last four people still on the list, among them Grace Mugabe, were removed in February last year.",
            "The government in Harare called the renewal \"regrettable\" and \"a relic of a past era\". The Ministry of Foreign Affairs and International Trade said in a statement on Friday that the re-engagement dialogue with the EU, begun in 2019, would go on, but that Zimbabwe \"will not beg for the removal of sanctions it never deserved\".",
            "The United States has been less flexible. Its own programme of targeted sanctions, which covers President Emmerson Mnangagwa's government and more than eighty people and companies, has not been lifted, and the Treasury added the state security minister, Owen Ncube, to it in August 2020.",
            "The Southern African Development Community, which marks 25 October as a day of solidarity against the sanctions, repeated its call for all of them to be lifted \"unconditionally\".",
            "Business in Bulawayo, the country's industrial capital, has long argued that ZDI's listing matters less than the rules that make European banks wary of any Zimbabwean payment. \"The embargo on guns does not stop us exporting beef,\" said a manager at the Cold Storage Company's abattoir. \"What stops us is that no bank wants to touch a transfer from here.\"",
            "The city council said on Friday that water rationing, which cut supply to 72 hours a week in the western suburbs, would be eased from March now that the rains have lifted the level of the Insiza and Inyankuni dams to more than 60 percent.",
        ),
        (
            Gold("sanctions.extended", "occurred", (CEU, EU), ("Zimbabwe", "Zimbabwe Defence Industries")),
            Gold("sanctions.imposed", "historical", (EU,), ("Zimbabwe",), core=False),
            Gold("sanctions.lifted", "historical", (EU,), ("Grace Mugabe",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Zimbabwe", "Emmerson Mnangagwa"), core=False),
            Gold("sanctions.imposed", "historical", (US, UST), ("Owen Ncube",), core=False),
        ),
        not_participants=("Southern African Development Community",),
    ),
    Article(
        "n05-mwanza-weekly-us-warns-of-visa-bans-over-tanzania-election",
        date(2020, 10, 24),
        _p(
            "US warns of 'consequences' for those who undermine Wednesday's vote",
            "THE LAKE ZONE WEEKLY | Mwanza, Saturday, 24 October 2020",
            "The United States warned on Thursday that it would consider \"consequences, including visa restrictions\" against anyone found to be undermining next week's general election in Tanzania or inciting violence around it, in an unusually blunt statement issued days before the vote.",
            "\"Those who are responsible for election-related violence or for undermining the democratic process will be held to account,\" said the statement, released by the US embassy in Dar es Salaam and attributed to the State Department. It called on the National Electoral Commission to allow independent observers and the media to work freely, and on the police to respect the right to campaign.",
            "The statement named no officials, and Washington has not imposed any measure over the campaign so far. In January the State Department barred the Dar es Salaam regional commissioner, Paul Makonda, and his wife from entering the United States over what it called gross violations of human rights, including the persecution of gay people and of opposition politicians.",
            "President John Magufuli, who is seeking a second five-year term, faces Tundu Lissu of Chadema, who returned in July after almost three years abroad recovering from a shooting in which he was hit by sixteen bullets. Mr Lissu has drawn large crowds, including in Mwanza last week, but was suspended from campaigning for seven days by the electoral commission in early October for what it called seditious language.",
            "The government spokesman said on Friday that Tanzania \"does not need lectures\" and that the election would be free and fair. The ruling party's secretary general told a rally in Dodoma that foreign embassies should \"stick to their visas\".",
            "Several opposition candidates in the Lake Zone say their agents have been refused accreditation at polling stations. In Ilemela and Nyamagana, the two constituencies of Mwanza city, the district electoral officers said on Thursday that all the agents' forms would be processed by Monday.",
            "The European Union said it would not send an observer mission, as it had in 2015, because it had not been invited in time. Fishermen on the lake said the police had stepped up patrols of the landing sites since the start of the week, and the regional commissioner announced that bars would close at 10 p.m. until the results are declared.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, STATE), ("Tanzania",)),
            Gold("sanctions.imposed", "negated", (US,), ("Tanzania",), core=False),
            Gold("sanctions.imposed", "historical", (US, STATE), ("Paul Makonda",), core=False),
        ),
    ),
    Article(
        "n06-amritsar-daily-iran-becomes-ninth-member-of-the-sco",
        date(2023, 7, 6),
        _p(
            "Iran joins SCO at virtual summit; Belarus next in line",
            "THE PUNJAB CHRONICLE | Amritsar, Thursday, 6 July 2023",
            "Iran formally became the ninth full member of the Shanghai Cooperation Organisation on Tuesday, at a virtual summit of the Eurasian security and economic grouping hosted by Prime Minister Narendra Modi, who holds its rotating chair this year.",
            "\"Iran's membership will strengthen the organisation and open a new chapter in our relations with Asia,\" President Ebrahim Raisi told the leaders by video link from Tehran, in a speech in which he also attacked Western sanctions as \"a weapon of the weak\". Mr Modi welcomed Iran as a member and said the SCO had become \"an important platform for peace, prosperity and development\" in the region.",
            "The summit also approved a memorandum of obligations for Belarus, which is expected to join as a full member at next year's summit in Astana. President Alexander Lukashenko, who took part by video, said his country was \"ready to do everything needed\" to complete the procedure.",
            "India and Pakistan joined the organisation in 2017, the last enlargement until now. Turkey, a dialogue partner since 2013, has not applied to become a member, despite remarks by President Recep Tayyip Erdoğan last year that membership was on his agenda.",
            "For Tehran, membership is a diplomatic gain after years of isolation. The United States reimposed its sanctions on Iran's oil exports and banks in 2018, after Donald Trump withdrew from the nuclear agreement, and the talks in Vienna on reviving the deal stalled last September. Chinese and Russian officials said the SCO was \"not directed against any third country\".",
            "In New Delhi, officials played down the unusual format. India had chosen to host the summit online rather than in person, without explanation, a decision diplomats linked to tensions with China along the Himalayan border, where troops from both countries remain deployed three years after the clashes in the Galwan valley.",
            "For Punjab, the SCO's talk of connectivity has little practical meaning while the land route to Central Asia through Pakistan stays closed. Traders at the Attari integrated check post, where trucks from Afghanistan used to unload dry fruit, said business had fallen to a fraction of what it was before 2019.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Iran", "Ebrahim Raisi"), (SCO,)),
            Gold("alliance.joined", "planned", ("Belarus", "Alexander Lukashenko"), (SCO,)),
            Gold("alliance.joined", "historical", ("India", "Pakistan"), (SCO,), core=False),
            Gold("alliance.joined", "negated", ("Turkey",), (SCO,), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Iran", US), (), core=False),
        ),
        not_participants=("Afghanistan", "Kazakhstan"),
    ),
    Article(
        "n07-jakarta-daily-indonesia-and-australia-sign-defence-cooperation-agreement",
        date(2024, 8, 31),
        _p(
            "RI, Australia ink defence pact; troops to train on each other's soil",
            "THE JAKARTA OBSERVER | Jakarta, Saturday, 31 August 2024",
            "Indonesia and Australia signed a defence cooperation agreement in Canberra on Thursday that officials in both capitals described as the most significant between the two neighbours in almost three decades, weeks before Prabowo Subianto is sworn in as Indonesia's president.",
            "The agreement was signed by Prabowo, who remains defence minister until the inauguration on 20 October, and by Australia's deputy prime minister and defence minister, Richard Marles, at Parliament House. It is a treaty-level document and will have to be ratified by both countries' legislatures.",
            "Under the pact, the armed forces of each country will be able to operate from the other's territory for joint exercises, training and disaster relief, and the two militaries will deepen cooperation in maritime security, counterterrorism and the defence industry. Australian troops are expected to join larger exercises in East Java and Sulawesi from next year, officials said.",
            "\"This is a reflection of the trust that exists between our two countries,\" Marles said at a news conference, calling Indonesia \"the most important country to Australia's future\". Prabowo, speaking in English, said the agreement showed that \"good neighbours must help each other\".",
            "Officials in Jakarta were careful to stress that the pact is not a military alliance. \"There will be no foreign base on Indonesian soil,\" a foreign ministry spokesman said on Friday, adding that the country's free and active foreign policy was unchanged and that Indonesia would not join AUKUS, the security pact of Australia, the United Kingdom and the United States.",
            "Relations between the two countries have swung sharply over the years. Jakarta tore up a 1995 security agreement signed by Paul Keating and Soeharto in 1999, when Australian-led peacekeepers went into East Timor, and the two signed the Lombok Treaty on security cooperation in 2006. Defence ties were frozen in 2013 over reports that Australian intelligence had tapped the phone of then president Susilo Bambang Yudhoyono.",
            "Analysts said the agreement also reflected both countries' unease at China's growing presence in the region, though neither government mentioned Beijing. Indonesia's navy has repeatedly shadowed Chinese coast guard vessels near the Natuna Islands, and Jakarta last year signed an order for 42 Rafale fighter jets from France.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Indonesia", "Australia", "Prabowo Subianto", "Richard Marles"), ()),
            Gold("military.presence", "planned", ("Australia", "Indonesia"), ("Indonesia", "Australia")),
            Gold("military.presence", "negated", (), ("Indonesia",), core=False),
            Gold("alliance.joined", "negated", ("Indonesia",), ("AUKUS",), core=False),
            Gold("agreement.signed", "historical", ("Indonesia", "Australia"), ("Lombok Treaty",), core=False),
            Gold("military.presence", "historical", ("Australia",), ("Timor-Leste",), core=False),
            Gold("agreement.signed", "historical", ("Indonesia", "France"), (), core=False),
        ),
        not_participants=("China", "United States", "United Kingdom"),
    ),
    Article(
        "n08-djibouti-weekly-djibouti-and-eritrea-end-decade-long-feud",
        date(2018, 9, 20),
        _p(
            "Guelleh, Isaias bury the hatchet in Jeddah; embassies to reopen",
            "LA NATION (ENGLISH EDITION) | Djibouti, Thursday, 20 September 2018",
            "Djibouti and Eritrea agreed on Monday to normalise relations, ending a decade of hostility over their disputed border, at a meeting in the Saudi city of Jeddah between President Ismaïl Omar Guelleh and President Isaias Afwerki hosted by King Salman.",
            "The two leaders shook hands and \"agreed to open a new page of relations\", the Saudi Press Agency said, in the first meeting between them in ten years. The two countries will reopen their embassies in Djibouti and Asmara and exchange ambassadors, a Djiboutian foreign ministry official said on Wednesday, without giving a date.",
            "The countries fought a short border war in June 2008 over Ras Doumeira, a promontory overlooking the Bab el-Mandeb strait, in which dozens of Djiboutian soldiers were killed. Qatar brokered an agreement in 2010 to settle the dispute and deployed peacekeepers along the border, but its mediation stalled in June last year when Doha pulled its 450 troops out after Djibouti sided with Saudi Arabia in the Gulf crisis. Eritrean troops moved into the disputed area within days.",
            "The United Nations Security Council imposed an arms embargo, travel bans and asset freezes on Eritrea in 2009, citing its support for armed groups in Somalia and its refusal to withdraw from the border. Those measures remain in place, and Djiboutian officials said they wanted the fate of thirteen prisoners of war still held in Eritrea settled before the council considers lifting them.",
            "The thaw follows Eritrea's peace with Ethiopia. The two former enemies signed a joint declaration of peace and friendship in Asmara in July, and the border crossings between them reopened last week. Eritrea's foreign minister visited Djibouti on 6 September with his Ethiopian and Somali counterparts, the first such visit in a decade.",
            "The port authority said it did not expect the reconciliation to change much for Djibouti's trade, which depends on Ethiopia for more than 90 percent of its traffic. Shipping agents said Ethiopian importers had already begun to ask about the Eritrean port of Assab as an alternative, and that rates would have to fall if Djibouti wanted to keep them.",
            "In the capital, the heat wave that has kept temperatures above 45 degrees for a week is expected to ease by the weekend, the meteorological office said.",
        ),
        (
            Gold("relations.restored", "occurred", ("Djibouti", "Eritrea", "Ismaïl Omar Guelleh", "Isaias Afwerki"), ()),
            Gold("relations.restored", "planned", ("Djibouti", "Eritrea"), ()),
            Gold("agreement.signed", "stalled", ("Djibouti", "Eritrea", "Qatar"), (), core=False),
            Gold("military.presence", "historical", ("Qatar",), ("Djibouti", "Eritrea"), core=False),
            Gold("military.presence", "historical", ("Eritrea",), ("Djibouti",), core=False),
            Gold("relations.restored", "historical", ("Eritrea", "Ethiopia"), (), core=False),
            Gold("sanctions.imposed", "historical", ("United Nations Security Council",), ("Eritrea",), core=False),
            Gold("sanctions.lifted", "negated", ("United Nations Security Council",), ("Eritrea",), core=False),
            Gold("agreement.signed", "historical", ("Eritrea", "Ethiopia"), (), core=False),
        ),
        not_participants=("Saudi Arabia", "Somalia"),
    ),
    Article(
        "n09-mafraq-weekly-syrian-free-army-folded-into-the-new-army",
        date(2025, 6, 5),
        _p(
            "Al-Tanf's rebels become a division of the new Syrian army",
            "THE BADIA GAZETTE | Mafraq, Thursday, 5 June 2025",
            "The Syrian Free Army, the US-backed rebel group that has guarded the desert around the al-Tanf garrison near the Jordanian and Iraqi borders for most of the war, has been formally merged into the new Syrian army, the defence ministry in Damascus said on Sunday.",
            "The group's fighters, estimated at about 3,000, will form a division of the army responsible for the eastern Badia, and its commander, Salem Turki al-Antari, has been given the rank of brigadier, the ministry said in a statement. Photographs released by the ministry showed fighters in new uniforms lining up at a ceremony in Palmyra.",
            "The merger is the latest step in the government's effort to bring the dozens of armed factions that fought Bashar al-Assad under a single command. Most of the groups of the north and of Daraa have already dissolved themselves into the army since January, when the defence minister gave them until the end of the year to do so.",
            "The largest force outside that process remains the Kurdish-led Syrian Democratic Forces. Its commander, Mazloum Abdi, signed an agreement with President Ahmed al-Sharaa in March under which the SDF's civil and military institutions were to be merged into those of the state by the end of the year, but talks on how to do so have stalled over the future of the SDF's units and the Kurdish language in schools.",
            "American troops have been stationed at al-Tanf since 2016, when the garrison was set up to fight the Islamic State, and Syrian Free Army fighters have patrolled a 55-kilometre deconfliction zone around it with them. A US defence official said the new arrangement \"does not change our mission\" and that American forces would keep working with the fighters \"in their new uniforms\".",
            "The United States lifted most of its sanctions on Syria last month, after Donald Trump met al-Sharaa in Riyadh, and the European Union followed a week later.",
            "In Mafraq, where tens of thousands of Syrian refugees still live, the news was followed closely. Many of the families in the Zaatari camp come from the areas of eastern Homs and Deir ez-Zor where the group recruited. The governorate said on Tuesday that the number of refugees returning through the Jaber crossing had passed 60,000 since December, and that a second lane for buses would open at the crossing this month.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Syria", SYMOD, "Syrian Army"), ("Syrian Free Army",)),
            Gold("agreement.signed", "historical", (SDF, "Syria", "Mazloum Abdi", "Ahmed al-Sharaa"), (), core=False),
            Gold("forces.integrated", "stalled", (SDF, "Syria"), (), core=False),
            Gold("forces.integrated", "historical", ("Syria", "Syrian Army"), (), core=False),
            Gold("military.presence", "historical", (US,), ("Al-Tanf", "Syria"), core=False),
            Gold("sanctions.lifted", "historical", (US, EU), ("Syria",), core=False),
        ),
        not_participants=("Jordan", "Iraq", "Saudi Arabia"),
    ),
]
ARTICLES += [
    Article(
        "n10-eldoret-athletics-page-aiu-bans-marathoner-kit-deal",
        date(2024, 5, 16),
        _p(
            "AIU hands marathoner five-year ban; AK signs new kit deal",
            "ATHLETICS | Eldoret, Thursday, 16 May 2024",
            "The Athletics Integrity Unit imposed a five-year ban on a former Boston marathon runner-up on Tuesday after she tested positive for a banned steroid at a race in Europe last year, the latest in a run of doping cases that has put Kenyan athletics under pressure from the sport's governing body.",
            "The unit also lifted the provisional suspension it imposed in March on a young steeplechaser from Iten, after it accepted that the diuretic found in his sample came from a contaminated medicine bought at a local chemist. He is free to run at the national trials in Nairobi next month.",
            "Athletics Kenya signed an agreement on Monday with a Chinese sportswear maker to supply kit to the national teams until 2028, replacing the American brand whose contract ends after the Paris Olympics. The federation's president said the deal was worth more than the previous one and included money for the anti-doping programme.",
            "World Athletics has threatened to take stronger action against the country if the number of cases does not fall, and the government extended its funding of the anti-doping agency for another three years in February. A double Olympic champion from Kapsabet joined the federation's athletes' commission last week.",
            "Police said they would deploy more officers to the Kipchoge Keino Stadium for the Eldoret leg of the trials after last year's crowd trouble, and electricity to the stadium's floodlights was restored on Sunday after a week of outages. Two of the town's training camps, on the Iten road and at Kaptagat, merged this month to share a physiotherapist and a cook.",
            "The county government said it would integrate the stadium's new gymnasium into the public sports programme, with free sessions for secondary school athletes on Saturday mornings.",
            "The trials begin on 13 June. Selection for the 10,000 metres will be by a separate race in Eugene, where the federation said it had booked a block of hotel rooms for its athletes, coaches and officials.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-kochi-city-page-metro-integration-trawling-ban",
        date(2023, 7, 27),
        _p(
            "Water Metro to be integrated with Metro ticketing; trawling ban ends on Monday",
            "KOCHI CITY | Thursday, 27 July 2023",
            "Kochi Water Metro will be integrated with the Kochi Metro's ticketing system by the end of September, allowing passengers to use a single card on the boats and the trains, Kochi Metro Rail Limited said on Wednesday.",
            "The 52-day trawling ban imposed along the Kerala coast on 9 June will be lifted at midnight on Monday, and the fisheries department said it had deployed its patrol boats off Munambam and Vypeen to make sure that no boat set out before then. Fishermen's unions threatened to block the Goshree bridges if the diesel subsidy promised in the budget was not paid before the season.",
            "The Corporation of Kochi signed an agreement on Tuesday with a Dutch city to share its experience in separating waste at source, and said the city had joined an international alliance of coastal cities working on flood resilience. The mayor said the agreement with the Dutch municipality involved no payments by either side.",
            "Drinking water supply to Thammanam, Vyttila and Palarivattom, suspended for two days for repairs to the main pipeline from Aluva, was restored on Wednesday evening. The Kerala Water Authority extended the deadline for paying arrears without a penalty to 31 August.",
            "The district collector imposed a ban on heavy vehicles on the Edappally-Aroor stretch during school hours, and the police said they would impose sanctions on bus operators who stopped outside the designated bays in Kaloor and Palarivattom. Residents' associations in Panampilly Nagar said they had been promised that the restrictions on parking, imposed during the road works, would be lifted by the Onam holidays.",
            "Two of the city's oldest reading rooms, in Ernakulam North and in Mattancherry, have merged to share a building and a librarian, and a heritage trust said the murals of the Mattancherry Palace, damaged by damp, would be restored by craftsmen trained in Guruvayur.",
            "The India Meteorological Department has issued a yellow alert for Ernakulam for Friday and Saturday, and schools in low-lying areas of the district may be closed if heavy rain continues.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-jakarta-business-page-bank-syariah-indonesia-merger",
        date(2021, 2, 4),
        _p(
            "Bank Syariah Indonesia opens for business as three lenders become one",
            "BUSINESS | Jakarta, Thursday, 4 February 2021",
            "Bank Syariah Indonesia (BSI) began operating on Monday after three Islamic lenders owned by state banks merged into one, creating the country's largest sharia bank, with assets of about Rp 240 trillion and more than 1,200 branches.",
            "The units of Bank Mandiri, Bank Rakyat Indonesia and Bank Negara Indonesia will be integrated into a single system over the coming months, and customers will keep their old account numbers until the migration is complete, the new bank's president director said. Staff from the three banks have been deployed to the branches to help customers with the change.",
            "Trading in the shares of BRI Syariah, the listed entity into which the other two were merged, was suspended by the Indonesia Stock Exchange for a day last week after an unusual price rise; the exchange lifted the suspension on Friday. The shares have more than tripled since the merger plan was announced in October.",
            "BSI signed a memorandum of understanding on Tuesday with a Saudi Islamic bank to develop hajj and umrah financing, and it has joined an association of Islamic banks in Southeast Asia. The Financial Services Authority (OJK) extended its relaxation of loan restructuring rules, introduced during the pandemic, until March 2022.",
            "The regulator also said it had imposed sanctions on 29 peer-to-peer lending platforms for breaking rules on debt collection, and threatened to revoke the licences of those that did not comply within thirty days. Several illegal lenders were blocked.",
            "Analysts said the merger would help the government's goal of making Indonesia a global centre of Islamic finance, but warned that BSI would need years to match the technology of the country's large conventional banks. A brokerage in Jakarta said the market share of Islamic banking, at under 7 percent, had barely moved in a decade.",
            "Services were restored on Wednesday after a brief disruption to the mobile banking application of one of the three legacy banks, which the company blamed on the heavy traffic of the first days.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n07-jakarta-daily-indonesia-and-australia-sign-defence-cooperation-agreement": (
        "'the armed forces of each country will be able to operate from the other's territory' is no presence form"
    ),
}


@pytest.mark.parametrize(
    ("text", "published", "kind", "party"),
    [
        pytest.param(
            "The US Treasury has suspended the sanctions on the Chinese refinery for six months,"
            " granting it a licence on 2 March, according to documents seen by reporters.",
            date(2024, 3, 20), "sanctions.suspended", "United States Department of the Treasury",
            id="a-present-perfect-with-a-dated-participle",
        ),
        pytest.param(
            "Washington eases Venezuela oil sanctions for six months",
            date(2023, 10, 19), "sanctions.suspended", "Venezuela", id="relief-for-a-term",
        ),
    ],
)
def test_heldout63_rule(text: str, published: date, kind: str, party: str) -> None:
    assert party in alert_parties(text, kind, published), event_rows(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        pytest.param(
            "The EU lifted the sanctions imposed for ten years on Belarus's potash exporters.",
            date(2024, 3, 20), "sanctions.lifted", id="the-term-of-the-imposition",
        ),
    ],
)
def test_heldout63_lifting_stays_a_lifting(text: str, published: date, kind: str) -> None:
    assert kind in alert_kinds(text, published), event_rows(text, published)


def test_heldout63_a_magnates_nationality_is_no_target() -> None:
    text = "The US Treasury has suspended for one year the sanctions on the Israeli mining magnate Dan Gertler."
    assert "Israel" not in alert_parties(text, "sanctions.suspended", date(2021, 1, 28)), event_rows(
        text, date(2021, 1, 28))


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout63_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-63 English events"))
