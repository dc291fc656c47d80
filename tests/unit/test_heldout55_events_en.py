"""Fifty-fifth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier fifty-four sets
lack, all of the era of the articles the analyzer is judged on (2016-2026): a Koh Kong (Cambodia)
provincial weekly on the US Treasury sanctioning the timber tycoon Try Pheap and the former army
deputy chief Kun Kim (2019), a Ploiesti (Romania) English site on Washington extending the licence
that exempts Lukoil's refinery and filling stations outside Russia from its sanctions (2025), a
Chiang Mai exile site on the European Union renewing its Myanmar sanctions for a year and lifting
them on two people (2023), a Makassar daily on the United States warning Indonesia of sanctions over
its Su-35 purchase (2020), a Sfax business weekly on Tunisia and Somalia joining COMESA (2018), a
Juffair (Bahrain) weekly on Bahrain and the United States signing the Comprehensive Security
Integration and Prosperity Agreement (2023), an Addu City (Maldives) news site on the Maldives and
Iran restoring relations (2023), a Pemba (Mozambique) bulletin on the Local Force militias
integrated into the Defence and Security Forces (2023), a Bardufoss (Norway) weekly on up to 700 US
Marines to be stationed in Norway from next year, some at Setermoen (2018), and near misses (a Tartu
basketball page where the league "imposed sanctions on a Parnu club" and "lifted the ban it imposed"
on a guard, a club "signed an agreement" with a dairy and "joined a national programme", a floor is
"restored", a contract "extended", clubs "merged", wheelchair basketball to be "integrated",
stewards "deployed", a club "restored its ties" with a supporters' group, players "threatened to
boycott", "A Latvian forward joined the club on loan" and a club's licence "suspended" (2024); a
Jamestown (St Helena) local weekly where the wharf steps are "restored", the council "lifted the ban
it imposed" on rock fishing, an airline "extended" its flights, the government "imposed a ban" on
plastic bags, "signed an agreement with a local builder", "joined a programme of the Commonwealth",
a takeaway's licence "suspended", police "deployed" on the steps, associations "merged", fishermen
"threatened" to stop selling, catalogues to be "integrated" and a chapel bell "restored" (2019); a
Blantyre business page where the central bank "imposed sanctions on two foreign exchange bureaus"
and "lifted the suspension it imposed" on a lender, the tobacco auction company "signed an agreement
with a Zambian transport firm", a sugar packer "joined a consortium with two Kenyan buyers", a
deadline "extended", power "restored", engineers "deployed", meters to be "integrated", drivers
"threatened" a strike, a filling station's licence "suspended", cooperatives "merged" and a mobile
money service "restored" (2024)).

Nine articles carry core alertable events of all ten types (sanctions imposed on two Cambodians,
suspended for a Russian company's foreign businesses by a licence extended, renewed for a year and
lifted on two people, threatened; two states joining a regional common market; a security
agreement signed; relations restored; village militias integrated into the defence forces; foreign
troops to be stationed in Norway), ten occurred and one planned, beside historical, negated and
stalled events.

Decisions of the annotation: the United States that "imposed sanctions on Try Pheap ... and on Kun
Kim, a former deputy commander-in-chief of the Royal Cambodian Armed Forces" imposes (core, with
the Treasury and its Office of Foreign Assets Control; the two men as targets, Cambodia, named only
for its army and its people, left out), "Washington imposed sanctions on Hing Bun Hieng ... in June
last year" is a historical imposition, "The Treasury did not impose sanctions on Hun Sen or on any
serving minister" a negated imposition, and the "Talks between Phnom Penh and the European Union on
keeping the country's tariff-free access" that "have stalled" a stalled accord; Vietnam and China,
named as timber buyers, are no parties. The United States that "extended until April 29 the licence
that exempts Lukoil's filling stations and refineries outside Russia from the sanctions it imposed
on the company in October" suspends (core: a licence that exempts from sanctions is a waiver, and
its extension an extension of a suspension, with the Treasury and OFAC; Lukoil and Russia as
targets of the sanctions waived, Romania, the beneficiary that asked for it, left out of the
roles), "The licence does not lift the sanctions on Lukoil itself" is a negated lifting, and
"Washington imposed sanctions on Lukoil and on Rosneft ... on October 22" a historical imposition
(six weeks old, told as background, with Donald Trump); the sale to Gunvor that "collapsed" is a
company's sale, outside the remit; Iraq (an oilfield) and Ukraine (the war) are no parties. The
European Union that "renewed its sanctions on Myanmar's military government for another year"
extends (core, with the Council of the EU; Myanmar and Min Aung Hlaing as targets), and the Council
that "lifted the sanctions on two people on the list, one of whom has died" lifts (core: a delisting
at a renewal is news of its own; the two are not named, so Myanmar, whose listings they were, is
the target), "The EU first imposed sanctions on Myanmar's generals in 2018" is a historical
imposition, "The Council did not impose sanctions on the suppliers of aviation fuel" a negated
imposition, and "The five-point consensus that Min Aung Hlaing agreed with the Association of
Southeast Asian Nations two years ago has stalled" a stalled accord; the renewal told again ("Every
year they renew the list") is a quote on the habit, no event; Thailand, the paper's host, is no
party. The United States that "has warned Indonesia that it could face sanctions if it goes ahead
with the purchase of eleven Sukhoi Su-35 fighter jets" threatens (core), "Washington imposed
sanctions on the Chinese military's Equipment Development Department in 2018" is a historical
imposition (China as target; the department is not in the knowledge base), and "Indonesia signed
the $1.1 billion contract with the Russian state company Rostec in February 2018" a historical
signing (an arms contract of a state with a state company; not core). Tunisia that "joined the
Common Market for Eastern and Southern Africa on Wednesday" joins (core, with Youssef Chahed's
government), and "Somalia was admitted at the same summit" joins too (core); "Tunisia signed an
association agreement with the EU in 1995" is a historical signing, the free trade talks with
Brussels that "have stalled" a stalled accord, and "Morocco's application to join the Economic
Community of West African States ... has also stalled" a stalled joining; Zambia (Lusaka, the
venue), Kenya (a market) and Nigeria (its business groups) are no parties; the treaty parliament
"must still ratify" is part of the joining. Bahrain and the United States that "signed a
Comprehensive Security Integration and Prosperity Agreement in Washington on Wednesday" sign (core,
with Salman bin Hamad Al Khalifa and Antony Blinken, who signed it), "The two countries signed a
defence cooperation agreement in 1991" is a historical signing, "the US Navy's Fifth Fleet has been
headquartered in Juffair since 1995" a historical presence, "the new pact does not send more
American troops to Bahrain" a negated presence, and "Talks between Bahrain and Iran on restoring the
relations that Manama cut in 2016 have stalled" a stalled restoration; "the door was open to other
countries" names no joiner, no event. The Maldives and Iran that "restored diplomatic relations on
Thursday" restore (core, with Abdulla Shahid and Hossein Amir-Abdollahian, who signed the joint
statement), "Saudi Arabia and Iran restored their relations in March" is a historical restoration
(six months old, background) and "Bahrain, which also cut its ties in 2016, has not restored them"
a negated restoration with Iran; the cutting of ties in 2016 is no event of the design's types; the
embassies "to open" are part of the restoration, no event of their own; India, a wished-for flight
origin, is no party. Mozambique whose parliament "passed a law that integrates the Local Force ...
into the country's Defence and Security Forces" integrates (core, with Filipe Nyusi, whose
government proposed it; the Local Force and the Defence and Security Forces, unknown to the
knowledge base, as targets), "Rwanda deployed about 1,000 soldiers and police to Cabo Delgado in
July 2021" is a historical presence of Rwanda in Mozambique, and "Renamo signed a peace agreement
with the government in 2019" a historical signing; the militia commander's "If now we are soldiers"
is a quote, no event. Norway that "will allow up to 700 US Marines to be stationed in the country
from next year" gives a planned presence of the United States (core: a deployment agreed, with the
United States Marine Corps; Norway as host), "Norway's policy of not allowing permanent foreign
bases on its soil in peacetime had not changed" is a negated presence, and "About 330 Marines have
been based at Vaernes ... since January last year" a historical presence (the stores "since the
1980s" are the same background); Russia, whose embassy protested, is no party (its words are no
sanctions threat). Outside the monitor's remit (no event): a basketball league's sanctions on a
club and a guard's ban lifted, a dairy's sponsorship agreement, a club joining a national
programme, a floor restored, a coach's contract extended, clubs merged, wheelchair basketball
integrated, stewards deployed, a club restoring ties with its supporters, players threatening a
boycott, a Latvian forward joining a club, a club's licence suspended; wharf steps restored, a
ban on rock fishing lifted, flights extended, a ban on plastic bags, a builder's repair agreement,
a government joining a Commonwealth skills programme, a takeaway's licence suspended, police
deployed, farmers' associations merged, fishermen threatening to stop selling, catalogues
integrated, a bell restored; a central bank's sanctions on two bureaus and a lender's suspension
lifted, a haulage agreement with a Zambian firm, a packer joining a consortium with Kenyan buyers, a
deadline extended, power restored, engineers deployed, meters integrated, drivers threatening a
strike, a filling station's licence suspended, cooperatives merged, a mobile money service restored.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout55_events_en``.
Measured before any fix (2026-12-03, on commit cbdab87): P 0.833, R 0.909, F1 0.870 (recall 10/11,
10 of 12 alerts right; recall by status: occurred 9/10, planned 1/1; no false alarm, two unexpected
alerts, both in articles with events; no venue or state named for its own news given as a party).
No annotation was changed after the run.
Missed: on the Pemba bulletin, "Mozambique's parliament on Thursday passed a law that integrates the
Local Force ... into the country's Defence and Security Forces" gives nothing: the integration verb
sits in a relative clause whose subject is the law ("a law that integrates", "a law which
integrates", "a law that integrated"), and the roles of ``rasd/events/roles.py`` look for the actor
from the relative pronoun on, where no state stands, so "Mozambique's parliament" before it is not
reached; with no participant the integration is dropped (``_plausible`` in
``rasd/events/extractor.py``). ("passed a law integrating the village militias into the armed
forces" and "Angola's new law integrates ..." are read.)
Unexpected alerts: on the Makassar daily, "The official said any country that buys major weapons
from Russia risks penalties under the Countering America's Adversaries Through Sanctions Act" is an
occurred threat with Russia as the one threatened: a warning addressed to anyone ("any country
that ...") names no one threatened, but the ``risks`` and ``face`` threats of
``rasd/events/lexicons/en.triggers.yaml`` take the state of the subject's relative clause, the
seller "from Russia", as their target (the same sentence with "Indonesia risks sanctions if it buys
..." gives Indonesia, rightly). On the Addu City site, the clause "when Foreign Minister Abdulla
Shahid and his Iranian counterpart Hossein Amir-Abdollahian signed a joint statement" of the
restoration's own sentence is an occurred agreement of its own (with the UN General Assembly, the
venue "on the sidelines" of which it was signed, as target): the joint statement is the instrument
of the restoration, and the signing is dropped when its signatories are persons alone ("Abdulla
Shahid and Hossein Amir-Abdollahian signed", "their foreign ministers signed"), but the demonym of
"his Iranian counterpart" gives the signing a state (``rasd/events/roles.py``), and the signing then
stands beside the restoration instead of being taken into it (``rasd/events/extractor.py``).
Neither unexpected alert fails its article's check (the check of an article with events looks at
its background, denials and venues only), so only the Pemba bulletin is a strict xfail; both are
pinned by the rule tests below.
Also seen, not scored: the Koh Kong designations have Try Pheap alone as target (Kun Kim and Hing
Bun Hieng are not in the knowledge base; the sanctions of 2018 give nothing), and the denial for Hun
Sen has the United States among its targets; the stalled EU talks give nothing. The Lukoil licence
is a suspension with no actor ("The United States on Thursday extended ... the licence": the
extension verb is not the trigger, "exempts" is, in a relative clause), and the lifting denied has
none either. The Myanmar lifting has Myanmar as actor beside the EU and no target, the extension has
no Min Aung Hlaing, the denial has no target, and the ASEAN consensus gives nothing. Somalia's
joining has no target ("was admitted at the same summit"); Morocco's stalled ECOWAS bid is read as
historical ("lodged last year") and the stalled EU talks give nothing. In Juffair the Fifth Fleet
since 1995 and the troops not sent give nothing. On the Addu City site Bahrain's refusal gives
nothing, and "The Gan international airport, a former British air base" is a historical presence of
the United Kingdom in Sri Lanka (Colombo, named for the flights). The Rwandan deployment of 2021 has
no host (Cabo Delgado is not linked to Mozambique) and the Renamo accord gives nothing. The Marines'
planned presence has no host (Norway, "the country", is not reached); the refusal of permanent
bases and the Marines at Vaernes give nothing. The near misses are quiet. Abdulla Shahid, Filipe
Nyusi, Frank Bakke-Jensen, Kun Kim, Try Pheap (given as an unlinked name), the Local
Force and the Defence and Security Forces are not in the knowledge base.
Each form missed or misread is pinned below on sentences of its own, a strict xfail while it fails,
beside the neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000 R 1.000 F1 1.000 (recall 11/11, precision
11/11). Fixed as general causes (``rasd/events/extractor.py``, ``rasd/events/status.py``): what "a
law that (which) integrates" does, the state or body named before it in the clause does, and a
present verb in a law's relative clause is the law's content, not its past; a warning to "any
state that buys drones from Iran" threatens no one its relative clause names; a joint statement
signed in the sentence of a restoration is how ties were restored, no accord of its own.
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
    strict_xfail,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
EU = "European Union"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
CEU = "Council of the European Union"
ASEAN = "Association of Southeast Asian Nations"
COMESA = "Common Market for Eastern and Southern Africa"
ECOWAS = "Economic Community of West African States"

ARTICLES: list[Article] = [
    Article(
        "n01-koh-kong-weekly-us-treasury-sanctions-try-pheap-and-kun-kim",
        date(2019, 12, 11),
        _p(
            "US sanctions timber tycoon Try Pheap and ex-army deputy chief Kun Kim",
            "KOH KONG POST | Koh Kong, Wednesday, December 11, 2019",
            "The United States on Monday imposed sanctions on Try Pheap, the timber tycoon whose companies have logged much of the Cardamom Mountains, and on Kun Kim, a former deputy commander-in-chief of the Royal Cambodian Armed Forces, accusing both men of corruption that has enriched them at the expense of ordinary Cambodians.",
            "The Treasury's Office of Foreign Assets Control said Try Pheap had paid forestry officials and military police to protect a network that cut rosewood and other protected trees and moved the logs to the coast for export. It said Kun Kim and members of his family had used his rank to seize land from villagers in the north-west. Any property the two men hold in the United States is frozen, and Americans may no longer do business with them or with the companies named beside them.",
            "The designations were made under the Global Magnitsky programme. Washington imposed sanctions on Hing Bun Hieng, the commander of Prime Minister Hun Sen's bodyguard unit, in June last year. The Treasury did not impose sanctions on Hun Sen or on any serving minister, and the US embassy in Phnom Penh said the measures were aimed at individuals and not at the people of Cambodia.",
            'Government spokesman Phay Siphan called the decision "an insult" and said the United States had given Cambodia no evidence. Talks between Phnom Penh and the European Union on keeping the country\'s tariff-free access to European markets have stalled, and Brussels is expected to announce in February whether it will withdraw part of it.',
            'In Koh Kong the news was greeted quietly by the rangers and community patrols who have spent years chasing chainsaw crews in the Areng valley and along the Tatai river. "We would find the stumps and the tracks of the trucks, and a week later the same trucks were back," said a member of a community forest group in Thma Bang district, who asked not to be named. He said he had seen logs stacked at depots on National Road 48 as recently as the rainy season.',
            "Forestry officials in the province said they had not been told of any change in their orders. Timber traders at the market in Khemarak Phoumin said they expected prices for furniture wood to rise if buyers in Vietnam and China became wary of the companies named by Washington.",
            "The provincial hall said the second bridge over the Kah Bpow river would open to lorries before Khmer New Year, and that the road to the Thai border at Cham Yeam would be resurfaced in the dry season. Guesthouses on Koh Kong island said bookings for the holidays were up on last year.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST, OFAC),
                ("Try Pheap", "Kun Kim"),
            ),
            # Hun Sen's bodyguard chief in 2018; Hun Sen spared; the EU trade talks stalled
            Gold("sanctions.imposed", "historical", (US,), ("Hing Bun Hieng",), core=False),
            Gold("sanctions.imposed", "negated", (US, UST), ("Hun Sen",), core=False),
            Gold("agreement.signed", "stalled", ("Cambodia", EU), core=False),
        ),
        not_participants=("Vietnam", "China"),
    ),
    Article(
        "n02-ploiesti-english-site-us-extends-licence-for-lukoil-stations",
        date(2025, 12, 5),
        _p(
            "US extends Lukoil licence; Ploiesti refinery and pumps keep running until April",
            "PRAHOVA ENGLISH NEWS | Ploiesti, Friday, December 5, 2025",
            "The United States on Thursday extended until April 29 the licence that exempts Lukoil's filling stations and refineries outside Russia from the sanctions it imposed on the company in October, sparing the Petrotel refinery in Ploiesti and some three hundred Lukoil pumps across Romania from a shutdown that was due next week.",
            "The Treasury's Office of Foreign Assets Control said the licence would give buyers time to negotiate for the company's foreign businesses, which stretch from the Iraqi oilfield of West Qurna-2 to filling stations in the United States. Energy Minister Bogdan Ivan said Bucharest had asked Washington for more time and would keep a special administrator ready in case no buyer was found.",
            "The licence does not lift the sanctions on Lukoil itself, a Treasury spokesman said, and payments to the parent company in Moscow remain barred. Washington imposed sanctions on Lukoil and on Rosneft, Russia's two largest oil producers, on October 22, after President Donald Trump said his talks with Vladimir Putin on ending the war in Ukraine were going nowhere.",
            "The sale of Lukoil's foreign assets to the commodity trader Gunvor collapsed in November after the Treasury said it would not allow the deal.",
            'At Petrotel, which employs about 1,500 people on the edge of the city, workers said the last weeks had been the most anxious since the refinery was shut for lack of crude in the crisis of 2012. "Every Friday we read the news from Washington before we read the weather," said a process technician who has worked there for eighteen years. The refinery processes crude that arrives by pipeline from the Black Sea port of Constanta, and none of it comes from Russia.',
            "Drivers at a Lukoil station on the road to Brasov said they had noticed no difference at the pump, though some fleet customers have moved their fuel cards to other chains. The company's Romanian unit said it had enough crude booked to run the refinery at full capacity through the winter.",
            "Ploiesti's city hall said the Christmas market in the central square would open on Saturday, and the county hospital said its new oncology ward would take its first patients in January.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST, OFAC), ("Lukoil", "Russia")),
            # no lifting for Lukoil; the October designations
            Gold("sanctions.lifted", "negated", (US, UST), ("Lukoil",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "Donald Trump"),
                ("Lukoil", "Rosneft", "Russia"),
                core=False,
            ),
        ),
        not_participants=("Iraq", "Ukraine"),
    ),
    Article(
        "n03-chiang-mai-exile-site-eu-renews-myanmar-sanctions-drops-two-names",
        date(2023, 4, 28),
        _p(
            "EU renews Myanmar junta sanctions for a year, drops two names",
            "THE BORDERLAND REPORT | Chiang Mai, Friday, April 28, 2023",
            "The European Union on Thursday renewed its sanctions on Myanmar's military government for another year, keeping in place the asset freezes and travel bans on coup leader Min Aung Hlaing and more than ninety other people, and the arms embargo on the country, until April 30, 2024.",
            "The Council of the European Union said in a statement that it lifted the sanctions on two people on the list, one of whom has died. It did not give their names. The other listings, which also cover nineteen companies and state bodies, among them Myanma Oil and Gas Enterprise, were kept because of the continued gravity of the situation in the country, the Council said.",
            "The EU first imposed sanctions on Myanmar's generals in 2018, over the army's campaign against the Rohingya, and widened them after the coup of February 2021. The Council did not impose sanctions on the suppliers of aviation fuel to the air force, which rights groups and exile organisations had asked it to add after the bombing of villages in Sagaing.",
            "The five-point consensus that Min Aung Hlaing agreed with the Association of Southeast Asian Nations two years ago has stalled, and the bloc has kept the junta's leaders away from its summits since.",
            'In Chiang Mai, where thousands of Burmese activists, journalists and workers have settled since the coup, the renewal was welcomed, but with little enthusiasm. "Every year they renew the list and every year the planes still fly," said a former teacher from Mandalay who now runs a small school for migrant children near the old city moat.',
            "Thai border officials in Tak province said the number of people crossing from Myawaddy had risen since fighting resumed near the Friendship Bridge in April. Aid groups in Mae Hong Son said they were short of rice and medicine for families who had fled across the Salween.",
            "The exile-run National Unity Government said it would ask EU foreign ministers to list the military's banks when they meet next month. A Burmese food festival will be held at the Chiang Mai University art centre on Sunday.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, CEU), ("Myanmar", "Min Aung Hlaing")),
            Gold("sanctions.lifted", "occurred", (EU, CEU), ("Myanmar",)),
            # the sanctions of 2018; no listing of the fuel suppliers; the ASEAN consensus stalled
            Gold("sanctions.imposed", "historical", (EU,), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "negated", (EU, CEU), ("Myanmar",), core=False),
            Gold("agreement.signed", "stalled", ("Myanmar", "Min Aung Hlaing", ASEAN), core=False),
        ),
        not_participants=("Thailand",),
    ),
    Article(
        "n04-makassar-daily-us-warns-jakarta-of-sanctions-over-su-35s",
        date(2020, 3, 13),
        _p(
            "US warns Jakarta of sanctions over Russian jets; Hasanuddin crews wait for news",
            "CELEBES DAILY | Makassar, Friday, March 13, 2020",
            "The United States has warned Indonesia that it could face sanctions if it goes ahead with the purchase of eleven Sukhoi Su-35 fighter jets from Russia, a senior US official told reporters in Jakarta on Thursday, in the clearest sign yet that Washington wants the deal dropped.",
            "The official said any country that buys major weapons from Russia risks penalties under the Countering America's Adversaries Through Sanctions Act, a 2017 law, and that Indonesia had been \"made aware\" of what was at stake. Washington imposed sanctions on the Chinese military's Equipment Development Department in 2018 for buying Su-35s and S-400 missiles from Moscow.",
            "Indonesia signed the $1.1 billion contract with the Russian state company Rostec in February 2018, with part of the price to be paid in palm oil, coffee, rubber and other commodities. No aircraft have been delivered, and Defence Minister Prabowo Subianto, who has visited both Moscow and Washington since taking office in October, has said only that the air force needs new fighters soon.",
            "Russia's embassy said the contract was a matter for the two governments and that it expected it to be honoured.",
            'In Makassar the news was followed closely at Sultan Hasanuddin air base, home to the air force\'s squadron of older Sukhoi Su-27 and Su-30 jets. Retired pilots say the fleet has spent long periods on the ground waiting for spare parts. "Whatever we buy, we need it to fly. Our pilots are ready, the aircraft are old," said a retired air force colonel who now teaches at a flying school near the airport.',
            "Traders at the Paotere harbour said the barter plan had raised hopes of new buyers for South Sulawesi's cocoa and coffee, though none of them had been approached. Officials at the provincial trade office said exports to Russia were still small, at a few million dollars a year.",
            "The city government said it would close the Losari beach promenade to cars on Sunday mornings from next month, and the Makassar port authority said the new passenger terminal would open before Idul Fitri.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US,), ("Indonesia",)),
            # the Chinese listing of 2018; the contract of February 2018
            Gold("sanctions.imposed", "historical", (US,), ("China",), core=False),
            Gold("agreement.signed", "historical", ("Indonesia", "Rostec", "Russia"), core=False),
        ),
    ),
    Article(
        "n05-sfax-business-weekly-tunisia-joins-comesa",
        date(2018, 7, 20),
        _p(
            "Tunisia joins COMESA; Sfax exporters eye markets from Cairo to Lusaka",
            "SFAX BUSINESS WEEKLY | Sfax, Friday, July 20, 2018",
            "Tunisia joined the Common Market for Eastern and Southern Africa on Wednesday, when the bloc's heads of state admitted it as their twentieth member at a summit in Lusaka, giving Tunisian companies lower tariffs in a market of more than five hundred million people.",
            "Somalia was admitted at the same summit, and becomes the twenty-first member. Prime Minister Youssef Chahed's government applied to join two years ago, as part of a push to sell more to sub-Saharan Africa, which takes barely three percent of Tunisia's exports. Parliament must still ratify the treaty before tariff cuts take effect.",
            "The European Union takes about three quarters of the country's exports, and Tunisia signed an association agreement with the EU in 1995 that removed tariffs on most industrial goods. Talks with Brussels on a deeper free trade agreement that would cover farm produce and services have stalled, as farmers' unions fear competition from European growers.",
            "Morocco's application to join the Economic Community of West African States, lodged last year, has also stalled, as business groups in Nigeria have objected.",
            'In Sfax, the country\'s second city and the home of its olive oil mills, phosphate works and a large share of its manufacturers, the news was welcomed by exporters who have tried for years to sell to Kenya and Ethiopia. "Our cables and our olive oil reach Nairobi through Dubai and Marseille. With COMESA we can ship directly, if someone builds the shipping line," said the export manager of a cable maker in the Poudrière industrial zone.',
            "The Sfax chamber of commerce said it would send a trade mission to Nairobi and Kampala in November, and that it had asked the transport ministry to study a direct container service from the port of Sfax to Mombasa. Bankers said companies would also need letters of credit that African banks accept, which few Tunisian banks can yet offer.",
            "The olive oil board expects a record harvest this winter. The municipality said the road from the port to the Taparura seafront would be closed to lorries during August.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Tunisia", "Youssef Chahed"), (COMESA,)),
            Gold("alliance.joined", "occurred", ("Somalia",), (COMESA,)),
            # the association agreement of 1995; the free trade talks stalled; Morocco's ECOWAS bid
            Gold("agreement.signed", "historical", ("Tunisia", EU), core=False),
            Gold("agreement.signed", "stalled", ("Tunisia", EU), core=False),
            Gold("alliance.joined", "stalled", ("Morocco",), (ECOWAS,), core=False),
        ),
        not_participants=("Zambia", "Kenya", "Nigeria"),
    ),
    Article(
        "n06-juffair-weekly-bahrain-and-us-sign-security-integration-pact",
        date(2023, 9, 14),
        _p(
            "Bahrain, US sign security and prosperity pact in Washington",
            "THE ISLANDS GAZETTE | Juffair, Thursday, September 14, 2023",
            "Bahrain and the United States signed a Comprehensive Security Integration and Prosperity Agreement in Washington on Wednesday, committing the two countries to deepen their defence and intelligence cooperation and to consult each other if either faces an external threat.",
            "Crown Prince and Prime Minister Salman bin Hamad Al Khalifa signed the agreement with Secretary of State Antony Blinken at the State Department. Blinken said it would also cover trade and technology, including work on trusted communication networks and semiconductors, and that the door was open to other countries in the region.",
            "The two countries signed a defence cooperation agreement in 1991, after the Gulf War, and the US Navy's Fifth Fleet has been headquartered in Juffair since 1995. Officials said the new pact does not send more American troops to Bahrain.",
            "Talks between Bahrain and Iran on restoring the relations that Manama cut in 2016 have stalled, despite the agreement between Riyadh and Tehran earlier this year.",
            'In Juffair, where the base sits behind high walls among apartment towers, restaurants and shops that depend on American sailors and their families, the news was welcomed by business owners. "The Americans have been our neighbours for almost thirty years. If this means they stay another thirty, good," said the owner of a burger restaurant on the main road, who employs twelve people.',
            "Estate agents said rents in the district had risen this year as more contractors arrived to work on the base and at the Khalifa bin Salman port. Residents of neighbouring Um Al Hassam have complained about traffic at the base's gates in the mornings, and the municipal council has asked for a new slip road.",
            "The Bahrain International Circuit said tickets for next season's Grand Prix would go on sale in October, and the Ministry of Education said the new school year would begin on Sunday with more than 150,000 pupils in government schools.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Bahrain", US, "Salman bin Hamad Al Khalifa", "Antony Blinken"),
            ),
            # the 1991 agreement; the Fifth Fleet since 1995; no new troops; Iran talks stalled
            Gold("agreement.signed", "historical", ("Bahrain", US), core=False),
            Gold("military.presence", "historical", (US,), ("Bahrain",), core=False),
            Gold("military.presence", "negated", (US,), ("Bahrain",), core=False),
            Gold("relations.restored", "stalled", ("Bahrain",), ("Iran",), core=False),
        ),
    ),
    Article(
        "n07-addu-city-news-site-maldives-and-iran-restore-ties",
        date(2023, 9, 22),
        _p(
            "Maldives and Iran restore ties seven years after rift",
            "SOUTHERN ATOLLS NEWS | Addu City, Friday, 22 September 2023",
            "The Maldives and Iran restored diplomatic relations on Thursday, seven years after Malé cut its ties with Tehran, when Foreign Minister Abdulla Shahid and his Iranian counterpart Hossein Amir-Abdollahian signed a joint statement on the sidelines of the United Nations General Assembly in New York.",
            "The two ministers agreed to open embassies and to work together on trade, fisheries, health and tourism, according to a statement from the Ministry of Foreign Affairs. No date was given for the reopening of embassies.",
            "The Maldives cut its ties with Iran in May 2016, accusing it of policies that threatened peace in the Middle East, a decision taken in step with Saudi Arabia. Saudi Arabia and Iran restored their relations in March under a deal brokered by China, which opened the way for smaller states to follow. Bahrain, which also cut its ties in 2016, has not restored them.",
            "President Ibrahim Mohamed Solih faces a run-off election next week against Mohamed Muizzu, the mayor of Malé, and opposition politicians said the decision should have been left to the next government.",
            'In Addu City, the country\'s second city at the southern tip of the archipelago, the announcement drew little reaction. Fishermen at the Hithadhoo harbour said they cared more about the price of tuna and the cost of fuel for their boats. "If Iran buys our fish, we are happy. If not, we still go out in the morning," said a boat owner who has fished the waters around the atoll for thirty years.',
            "Resort managers on the atoll said they were more interested in flights than in diplomacy. The Gan international airport, a former British air base, handles a few flights a week from Malé and Colombo, and the council has asked the government to help bring in direct flights from India and the Gulf.",
            "The city council said work on the link road between Hithadhoo and Maradhoo would resume after the election, and the regional hospital said its new dialysis unit would open in October.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Maldives", "Abdulla Shahid"),
                ("Iran", "Hossein Amir-Abdollahian"),
            ),
            # Riyadh and Tehran in March; Bahrain not yet
            Gold("relations.restored", "historical", ("Saudi Arabia",), ("Iran",), core=False),
            Gold("relations.restored", "negated", ("Bahrain",), ("Iran",), core=False),
        ),
        not_participants=("India",),
    ),
    Article(
        "n08-pemba-bulletin-local-force-integrated-into-mozambique-defence-forces",
        date(2023, 12, 15),
        _p(
            "Local Force made part of defence forces; Cabo Delgado fighters hope for pay",
            "CABO DELGADO BULLETIN | Pemba, Friday, December 15, 2023",
            "Mozambique's parliament on Thursday passed a law that integrates the Local Force, the village militias that have fought Islamic State insurgents in Cabo Delgado since 2017, into the country's Defence and Security Forces, putting its members under military command and on the state payroll.",
            "The law, proposed by President Filipe Nyusi's government, was approved with the votes of the ruling Frelimo party. The opposition Renamo voted against it, saying the militias were made up of veterans of Frelimo's independence war and their sons, and that arming them would divide communities.",
            "Rwanda deployed about 1,000 soldiers and police to Cabo Delgado in July 2021, and their operations have pushed the insurgents out of the towns of Mocimboa da Praia and Palma. Renamo signed a peace agreement with the government in 2019 under which its last fighters handed in their weapons in June.",
            'The commander of a Local Force unit in Mueda district said his men had never been paid. "We go into the bush with old rifles and our own food. If now we are soldiers, we want boots and a salary," he said by telephone.',
            'In Pemba, where tens of thousands of people who fled the fighting still live with relatives or in camps on the edge of the city, the law was welcomed by those who hope to go home. A woman from Macomia who sells dried fish in the Paquitequete market said her village had been attacked twice this year. "The militia were the only ones who stayed," she said.',
            "Aid agencies said more than half a million people had returned to their districts, but that food and clean water were short in many of them. The provincial government said schools in Mocimboa da Praia would reopen in February.",
            "The Pemba municipal council said the Wimbe beach road would be resurfaced before the holiday season, and the ferry to Ibo island will run a daily service from Monday.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Mozambique", "Filipe Nyusi"),
                ("Local Force", "Defence and Security Forces"),
            ),
            # the Rwandan deployment of 2021; the Renamo peace agreement of 2019
            Gold("military.presence", "historical", ("Rwanda",), ("Mozambique",), core=False),
            Gold("agreement.signed", "historical", ("Mozambique", "Renamo"), core=False),
        ),
    ),
    Article(
        "n09-bardufoss-weekly-norway-to-host-more-us-marines-in-troms",
        date(2018, 6, 14),
        _p(
            "More US Marines to come to Setermoen; Bardu welcomes, peace groups protest",
            "MIDT-TROMS TIDENDE | Bardufoss, Thursday, June 14, 2018",
            "Norway will allow up to 700 US Marines to be stationed in the country from next year, more than twice as many as today, and some of them will be based at Setermoen in Bardu, the government said on Tuesday.",
            "Defence Minister Frank Bakke-Jensen said the Marines would train in winter warfare with Norwegian forces in Troms for periods of five years at a time, and that the agreement with Washington could be renewed. He said Norway's policy of not allowing permanent foreign bases on its soil in peacetime had not changed.",
            "About 330 Marines have been based at Vaernes, near Trondheim, since January last year, when the first rotation arrived from North Carolina. The United States has stored tanks, artillery and ammunition in caves in Trondelag since the 1980s.",
            'Russia\'s embassy in Oslo said the decision would make Norway "less predictable" and that Moscow would have to take it into account. Norwegian officials said the Marines posed no threat to anyone.',
            'In Bardu, where the army is by far the largest employer, the news was welcomed by the municipality and by shop owners along the main road. "We have soldiers here from all over Norway already. A few hundred Americans will not change the town, but they will buy things," said the owner of a sports shop in Setermoen. Landlords said the garrison already had trouble finding housing for the officers it has.',
            "A small group of protesters from the Norwegian Peace Council gathered outside the camp gates on Wednesday, saying the decision was a step towards a permanent base. The mayor of Bardu said the municipality would ask the defence ministry for help to build more flats.",
            "The Polar Zoo in Bardu said its new wolf enclosure would open in July, and the midnight sun festival in Bardufoss will be held on the last weekend of June.",
        ),
        (
            Gold("military.presence", "planned", (US, "United States Marine Corps"), ("Norway",)),
            # no permanent bases; the Marines at Vaernes since 2017; the stores since the 1980s
            Gold("military.presence", "negated", (US,), ("Norway",), core=False),
            Gold("military.presence", "historical", (US,), ("Norway",), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "n10-tartu-basketball-page-league-sanctions-club-ban-lifted",
        date(2024, 3, 7),
        _p(
            "League sanctions Parnu club; Tartu guard's ban lifted before the play-offs",
            "BASKETBALL | Tartu, Thursday, March 7, 2024",
            "The league's disciplinary panel imposed sanctions on a Parnu club for fielding an ineligible player in two February games, stripping it of both wins and fining it 3,000 euros. It also lifted the ban it imposed in January on a Tartu guard, who will be free to play in the quarter-finals that start next week.",
            "The guard had been suspended for six games after shoving a referee in the final seconds of the derby at the University Sports Hall. He apologised in writing and has been coaching children at the club's summer camps as part of his punishment.",
            "Tartu signed an agreement with a local dairy that will sponsor its youth teams for three seasons, and joined a national programme that pays for basketball coaches in rural schools. The floor of its old hall on Ujula Street, warped by a burst pipe in December, has been restored, and the club extended the contract of its head coach until the summer of 2026.",
            "Two clubs in Viljandi merged because neither could pay for a full professional squad, and the federation said it would integrate wheelchair basketball into its cup weekend next season. Extra stewards will be deployed at the arena for the play-offs after fans threw coins at the end of last season, and the club restored its ties with the supporters' group that it banned from the hall two years ago.",
            "Players from three clubs threatened to boycott the all-star game over unpaid wages, but the clubs paid what they owed on Monday. A Latvian forward joined the club on loan until the end of the season, and the league suspended the licence of a small club in Narva that has not paid its referees since November.",
            "Tartu finished the regular season in second place, two wins behind Kalev/Cramo of Tallinn, and will face Rakvere in the first round. Its American centre leads the league in rebounds and blocks, and the coach said he expected him to be fit despite a sore ankle.",
            "Tickets for the home games are on sale at the arena and online, and the club said season ticket holders will keep their seats for the play-offs. A bus will take supporters to the away games in Rakvere for ten euros.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-jamestown-local-weekly-wharf-restored-fishing-ban-lifted",
        date(2019, 10, 10),
        _p(
            "Wharf steps restored; council lifts ban on rock fishing; flights to Cape Town extended",
            "ST HELENA LOCAL | Jamestown, Thursday, 10 October 2019",
            "The landing steps at the wharf in Jamestown were restored on Tuesday after the swells of August washed away part of the concrete, and the water taxis are running again to the boats in the bay. The council lifted the ban it imposed in September on fishing from the rocks below Ladder Hill, where the loose stones have now been cleared.",
            "The airline extended its weekly flights from Cape Town through the summer, and the government imposed a ban on single-use plastic bags in shops from January. It signed an agreement with a local builder to repair the roof of the Castle, and joined a programme of the Commonwealth that trains young people in digital skills.",
            "The health directorate suspended the licence of a takeaway in Market Street after an inspection, and police officers were deployed on the Jacob's Ladder steps on Saturday nights after complaints about noise. Two of the island's farmers' associations merged, and fishermen threatened to stop selling to the fish processing plant if it does not raise its prices for tuna.",
            "The library will integrate its catalogue with that of the museum by Christmas, and the Baptist chapel in Jamestown has restored its bell with money raised at a fair.",
            "Visitors from a cruise ship filled the main street on Sunday, and the tourist office said the number of bookings for the whale shark season was higher than last year. Guides took groups up Diana's Peak and out to Lot's Wife's Ponds in fine weather.",
            "The St Helena Growers' Association said potatoes and cabbages were plentiful in the market this month, though onions were still short. The shipping company said the next supply ship would arrive on the 22nd with fresh produce from South Africa.",
            "Residents of Half Tree Hollow have asked the council to repair the street lights on the road to the school. The council said the work would be done in November, and that the rubbish collection would move to Wednesdays.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-blantyre-business-page-central-bank-fines-forex-bureaus-power-restored",
        date(2024, 8, 16),
        _p(
            "Central bank sanctions two forex bureaus; tobacco deal signed; power restored at Makata",
            "BUSINESS | Blantyre, Friday, August 16, 2024",
            "The Reserve Bank of Malawi imposed sanctions on two foreign exchange bureaus in Blantyre for selling dollars above the official rate, suspending their licences for three months, and lifted the suspension it imposed in May on a microfinance lender that has since raised its capital.",
            "The tobacco auction company signed an agreement with a Zambian transport firm to carry leaf from the Lilongwe floors to the port of Beira, and a Blantyre sugar packer joined a consortium with two Kenyan buyers that is bidding to supply the East African market. The Malawi Revenue Authority extended by a month the deadline for companies to file their returns.",
            "Power was restored to the Makata industrial area on Tuesday after a fault at a substation cut supplies to bottlers, millers and a tea packer for two days, and the state utility ESCOM said engineers had been deployed to check cables across the city. It will integrate its prepaid meters into a single payment app by the end of the year.",
            "Minibus drivers threatened to strike over the price of fuel, and the energy regulator suspended the licence of a filling station in Limbe for selling diluted diesel. Two savings cooperatives in Chiradzulu merged to cut costs, and a mobile money company said it had restored its service after an outage on Sunday.",
            "Tea estates in Thyolo and Mulanje said the harvest had picked up after the cold season, though prices at the Limbe auction floors were lower than last year. Macadamia growers said exports had been held up by a shortage of containers.",
            "The Malawi Stock Exchange index rose 1.4 percent this week, led by bank and telecom shares, and the kwacha was unchanged on the official market. Retailers said sales had slowed as customers waited for salaries at the end of the month.",
            "The city council said Chipembere Highway would be closed for resurfacing on Sunday, and the Blantyre trade fair will open at the Chichiri showground next week.",
        ),
        (),
        kind="near miss",
    ),
]


# the two unexpected alerts stand in articles with events, where the check looks only at
# background, denials and venues: they count against precision and are pinned by the rules below
CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


_DAY = date(2025, 11, 11)


_xfail = strict_xfail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Angola's parliament on Thursday passed a law that integrates the village militias "
            "into the armed forces.",
            id="a-law-that-integrates",
        ),
        pytest.param(
            "Angola's parliament on Thursday passed a law which integrates the village militias "
            "into the armed forces.",
            id="a-law-which-integrates",
        ),
        pytest.param(
            "Angola's parliament on Thursday passed a law integrating the village militias into "
            "the armed forces.",
            id="a-law-integrating",
        ),
        pytest.param(
            "Angola's new law integrates the village militias into the armed forces.",
            id="the-law-as-subject",
        ),
        pytest.param(
            "Angola integrated the village militias into the armed forces on Thursday.",
            id="the-state-as-subject",
        ),
    ],
)
def test_militias_integrated_by_a_law_are_read(text: str) -> None:
    assert "Angola" in alert_parties(text, "forces.integrated", _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The envoy said any state that buys drones from Iran risks sanctions.",
            id="any-buyer-risks",
        ),
        pytest.param(
            "The envoy said any state that buys drones from Iran could face sanctions.",
            id="any-buyer-could-face",
        ),
    ],
)
def test_a_warning_to_any_buyer_does_not_threaten_the_seller(text: str) -> None:
    assert "Iran" not in alert_parties(text, "sanctions.threatened", _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The envoy said Armenia risks sanctions if it buys drones from Iran.",
            id="named-buyer-risks",
        ),
        pytest.param(
            "The envoy said Armenia could face sanctions if it buys drones from Iran.",
            id="named-buyer-could-face",
        ),
    ],
)
def test_a_warning_to_a_named_buyer_threatens_the_buyer(text: str) -> None:
    assert "Armenia" in alert_parties(text, "sanctions.threatened", _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bolivia and Israel restored relations on Monday, when Foreign Minister Karen Longaric "
            "and her Israeli counterpart signed a joint statement in Jerusalem.",
            id="ministers-with-a-demonym",
        ),
        pytest.param(
            "Bolivia and Israel restored relations on Monday, when Foreign Minister Karen Longaric "
            "and her counterpart signed a joint statement in Jerusalem.",
            id="ministers-without-a-demonym",
        ),
        pytest.param(
            "Bolivia and Israel restored relations on Monday, when their foreign ministers signed "
            "a joint statement in Jerusalem.",
            id="their-foreign-ministers",
        ),
    ],
)
def test_the_statement_of_a_restoration_is_no_accord_of_its_own(text: str) -> None:
    assert alert_kinds(text, _DAY) == {"relations.restored"}, event_rows(text, _DAY)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout55_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-55 English events"))
