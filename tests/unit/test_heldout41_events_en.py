"""Forty-first English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics the earlier forty sets lack, all of the
era of the articles the analyzer is judged on (2018-2026): a Bogotá English news site on the US
Treasury's sanctions on President Gustavo Petro, his wife, his son and his interior minister (2025),
a Pristina English site on the EU lifting the measures it imposed on Kosovo in 2023 and warning that
they could be reimposed (2025), an Istanbul energy letter on the US waiver that lets Turkey keep
paying Gazprombank for Russian gas (2024), a London Iran news digest on the EU renewing its human
rights sanctions on Iran for another year (2024), a Dili weekly on Timor-Leste becoming the WTO's
166th member (2024), a Riyadh daily on the Saudi-American Strategic Defense Agreement signed at the
White House (2025), a Casablanca weekly on Morocco restoring relations with Germany (2021), an Amman
daily on Daraa's Eighth Brigade dissolving into the new Syrian army (2025), a Warsaw English site on
the Russian-Belarusian security treaty signed in Minsk and the Oreshnik to be stationed in Belarus
(2024), and near misses (a Zagreb handball page where a federation "imposed" a fine, "suspended" a
coach, "lifted" a goalkeeper's suspension, "signed a three-year sponsorship agreement with a
Slovenian insurance company", a Danish back "joined" a German side, a contract is "extended", a
captain "restored", police "deployed" and a ban "extended" (2023); a Whitehorse community paper
where the city "lifted" the boil-water advisory it "imposed", "extended" pool hours, "suspended" a
fee, "signed an agreement" with a First Nation on trails, crews are "deployed", power is "restored"
and a town "joined" a national network (2022); an Abu Dhabi business page where the market
regulator "imposed" a fine and "suspended" a licence, the central bank "lifted the restrictions it
imposed" on a finance company, a fund "signed an agreement with a Japanese bank" and "joined" an
alliance of investors, shipping lines "extended" surcharges and the central bank "sanctioned"
lenders' requests (2024)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joining a world organisation; a defence agreement signed twice;
relations restored; a faction integrated into an army; missiles to be stationed abroad), ten
occurred and one planned, beside historical, negated and stalled events.

Decisions of the annotation: a Treasury that "imposed sanctions on President Gustavo Petro" and
"also designated his wife, Verónica Alcocer, his eldest son, Nicolás Petro, and the interior
minister, Armando Benedetti" imposes (core) on them, the State Department that "revoked Mr Petro's
visa in September" a historical imposition (a travel ban of a month before), and "The Treasury did
not sanction Ecopetrol" a negated imposition; the decertification, whose aid cuts were waived, is
no sanction of the monitor's types (no event), and Palestine, named in the rally, is no party. The
European Union that "lifted the measures it imposed on Kosovo two years ago" lifts (core: the
bloc's punitive measures are sanctions), and "The bloc also warned Pristina that the measures could
be reimposed" threatens (core: the warning was given), the measures "adopted in June 2023" a
historical imposition and the dialogue that "has produced no agreement" a stalled accord; Kosovo's
ban on Serbian goods of 2023 is a trade measure (no event annotated), and Albania, host of a
conference, is no party. A United States that "has granted Turkey a waiver from its sanctions on
Gazprombank" suspends (core, with Gazprombank as target and Turkey as the beneficiary), the
designation "on November 21" a historical imposition, and "Turkey has not imposed sanctions on
Russia" a negated imposition; BOTAŞ's supply contract with ExxonMobil is business (no event), and
Azerbaijan and Algeria, sources of gas, are no parties. A Council that "renewed for another year
its sanctions on Iran over serious human rights violations" extends (core), the regime "set up in
April 2011" and the listings of 2022 a historical imposition, the EU that "had still not designated
the Islamic Revolutionary Guard Corps" a negated imposition, and the nuclear talks "at a
standstill" a stalled accord. Timor-Leste that "became the 166th member of the World Trade
Organization on Friday" joins (core), the protocol of accession signed in Abu Dhabi in February a
historical accord (a trade accession, not core), the Comoros that "became the 165th member on
August 21" a historical joining, and Timor-Leste "hoping to become the eleventh member" of ASEAN
with "no date" a planned joining (not core: a hope with no date); Indonesia, Australia and China,
trading partners, are no parties. The Crown Prince and President Trump who "signed a Strategic
Defense Agreement between Saudi Arabia and the United States" sign (core), the Saudi-Pakistani
pact "signed ... in September" a historical accord, and "Saudi Arabia has not joined the Abraham
Accords" a negated joining; the F-35 sale and the minerals framework are no defence accord of the
article's news (not annotated). Morocco that "restored full diplomatic relations with Germany on
Wednesday" restores (core), the relations with Israel "restored ... in December last year" a
historical restoration, and "Relations with Spain, however, have not been restored" a negated
restoration; Algeria and the Polisario Front are no parties. The Eighth Brigade whose men "have
been integrated into the new Syrian army" is integrated (core, the state and its ministry of
defence as actors), its folding "into the Fifth Corps" in 2018 a historical integration, the SDF
that "have not been integrated" a negated integration and the agreement Mazloum Abdi "signed ...
on March 10" a historical accord (of a month before); Jordan, the paper's country and a neighbour,
is no party. Russia that "will deploy its new Oreshnik intermediate-range missile system in Belarus
in the second half of next year" is a planned presence (core: a dated plan of the state), Putin and
Lukashenko who "signed a treaty on security guarantees" sign (core), the tactical nuclear weapons
"moved to Belarus in 2023" a historical presence, and the talks between Minsk and Warsaw that
"have produced no agreement" a stalled accord; Ukraine (struck), Lithuania and Latvia are no
parties. Outside the monitor's remit (no event): a handball federation's fine, suspensions,
sponsorship, transfers and ban; a city's boil-water advisory, pool hours, fee, trail agreement with
a First Nation, wildfire crews and a national network; a market regulator's fine, a central bank's
curbs on a domestic finance company, a fund's financing agreement and investors' alliance, a
developer's payment period and shipping surcharges.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout41_events_en``.
Measured before any fix (2026-12-03, on commit fb49e7b): P 1.000, R 0.636, F1 0.778 (recall 7/11, 7
of 7 alerts right; recall by status: occurred 7/10, planned 0/1; no false alarm, no unexpected
alert, no venue as a party; three near misses quiet). No annotation was corrected after the run; the
Whitehorse near miss, first 297 words (below the set's own 300), was lengthened after the run by
half a sentence with no trigger ("and that local growers expected a good crop of berries"), and
still gives no event.
Missed: the EU's lifting ("lifted the measures it imposed on Kosovo two years ago") and its warning
("warned Pristina that the measures could be reimposed") give no event: bare "measures" (and
"punitive measures") is no ``sanctions_noun`` in ``rasd/events/lexicons/en.cues.yaml``, where
"restrictive measures" and "sanctions" are read in the same forms. The Eighth Brigade's men who
"have been integrated into the new Syrian army" give an integration with the Syrian Army as its only
participant (target) and no actor: "the Syrian army" is an entity of its own in the knowledge base
(the Syrian Army of ``rasd/kb/data/authorities.yaml``), so with the faction told by a pronoun
("Its men") and absent from the knowledge base the passive form has no state
(``rasd/events/participants.py``), where "integrated into the Iraqi army" gives Iraq and "Syria has
integrated the fighters of the Syrian Democratic Forces into its army" has Syria as actor. Russia that "will deploy
its new Oreshnik intermediate-range missile system in Belarus" gives no presence: in
``rasd/events/lexicons/en.triggers.yaml`` weapons (``heavy_arms``) are a presence only after
"station" or "pre-position", never after "deploy", and the singular "missile system" (or
"missiles") is not among them, where "will station nuclear weapons in Belarus" and "will deploy
troops in Belarus" are read.
Also seen, not scored: the Petro sanctions carry "Colombian president" as a second target beside
Gustavo Petro, and his wife, son and minister are not in the knowledge base; the Morocco-Germany
restoration has Germany as target, not as a second actor; the Comoros' joining has no target (the
organisation is named only in the sentence before); the accord Mazloum Abdi signed in Damascus on
March 10 gives no event; the Casablanca article's "agreements ... signed" with Israel since December
2020 is read as a historical accord with the United States only; the Zagreb page's "last agreement
... signed in 2019" is a historical accord of Denmark and Germany (from the sentence before), not
alerted. Each form missed is pinned below on sentences of its own, a strict xfail while it fails,
beside the neighbouring forms that are read.
After the fixes of the same round (2026-12-03): P 1.000, R 0.636, F1 0.778, unchanged at the
article level. Fixed in general (rule tests below): "punitive measures" and "retaliatory measures"
are sanctions nouns; a state's army taken part in an integration ("into the Syrian army") gives its
state beside it (not an armed movement's: "Syrian Democratic Forces", "... Liberation Army").
Left: "the measures it imposed" (bare "measures"), the Eighth Brigade article, and weapons that
"will deploy" (m09).
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

US = "United States"
EU = "European Union"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
CEU = "Council of the European Union"

ARTICLES: list[Article] = [
    Article(
        "m01-bogota-english-site-us-treasury-sanctions-petro",
        date(2025, 10, 25),
        _p(
            "Washington blacklists Petro, his wife and his son",
            "THE BOGOTÁ POST ONLINE | Saturday, October 25, 2025",
            "The United States Treasury on Friday imposed sanctions on President Gustavo Petro, accusing him of allowing drug cartels to flourish and of refusing to stop them, and also designated his wife, Verónica Alcocer, his eldest son, Nicolás Petro, and the interior minister, Armando Benedetti. Any property the four hold under American jurisdiction is blocked, and American citizens and companies may no longer do business with them.",
            '"President Petro has allowed drug cartels to flourish and refused to stop this activity," Treasury Secretary Scott Bessent said in a statement. It is the first time Washington has sanctioned a sitting Colombian president, and one of very few times it has done so to the elected leader of a country it has long counted as a close ally.',
            "Mr Petro answered within the hour on the social network X, saying that he had fought drug trafficking for decades and that the measure was the work of politicians in Washington who disliked his criticism of American strikes on boats in the Caribbean. He said he had no assets and no bank accounts in the United States and would hire an American lawyer.",
            "The State Department revoked Mr Petro's visa in September, after he addressed a pro-Palestinian street rally in New York during the UN General Assembly and urged American soldiers to disobey orders. Washington also decertified Colombia as a partner in the fight against drugs in September, for the first time since 1997, though it waived the aid cuts that normally follow.",
            "The Treasury did not sanction Ecopetrol, the state oil company, or any ministry, and bankers in Bogotá said the measures were aimed at the president and his circle rather than at the Colombian state. The peso weakened by about 1 percent on Friday afternoon before recovering part of the loss.",
            "Opposition senators said the president had brought the sanctions on himself, while members of his Historic Pact coalition called them an attack on national sovereignty. Mr Petro, who cannot run again, leaves office in August 2026, and the campaign to succeed him is already under way.",
            "Foreign Minister Rosa Villavicencio said the government would send a note of protest to the American embassy. Colombia's trade with the United States, its largest partner, was not affected by the decision, officials at the trade ministry said.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, UST),
                ("Gustavo Petro", "Verónica Alcocer", "Nicolás Petro", "Armando Benedetti"),
            ),
            # the visa revoked in September; Ecopetrol and the ministries not sanctioned
            Gold("sanctions.imposed", "historical", (US,), ("Gustavo Petro",), core=False),
            Gold("sanctions.imposed", "negated", (US, UST), ("Ecopetrol", "Colombia"), core=False),
        ),
        not_participants=("Palestine",),
    ),
    Article(
        "m02-pristina-english-site-eu-lifts-measures-on-kosovo",
        date(2025, 6, 26),
        _p(
            "EU lifts measures on Kosovo, warns they could return",
            "PRISHTINA INSIGHT | Thursday 26 June 2025",
            "The European Union on Wednesday lifted the measures it imposed on Kosovo two years ago over the tensions in the Serb-majority north, restoring high-level visits and unfreezing funds for projects worth several hundred million euros, the EU's foreign policy chief, Kaja Kallas, said in Brussels. The bloc also warned Pristina that the measures could be reimposed if the government took new unilateral steps in the north.",
            '"This is a gradual process, and it can be reversed," Ms Kallas told reporters after a meeting of foreign ministers. She said Kosovo had taken steps to lower tensions, among them allowing the return of some ethnic Albanian mayors elected with tiny turnouts and cutting the number of special police units in the north.',
            "The measures were adopted in June 2023, after ethnic Albanian mayors took office in four northern municipalities in elections boycotted by Serbs, and clashes with protesters left dozens of NATO peacekeepers injured. They froze some programmes under the EU's pre-accession fund and suspended contacts at the level of ministers.",
            "Prime Minister Albin Kurti, whose caretaker government has governed since February's election failed to produce a parliamentary majority, called the decision overdue. Kosovo had always maintained the measures were unfair, since they were never applied to Serbia, he said.",
            "The EU-facilitated dialogue between Kosovo and Serbia has produced no agreement on the association of Serb-majority municipalities, which Belgrade demands before any other step, and the talks on implementing the deal reached in Ohrid in 2023 remain stuck. Diplomats in Brussels said no new round was planned before the autumn.",
            "Business groups in Pristina said the unfrozen money would go first to roads and energy projects that had stopped mid-way. Kosovo applied for EU membership in December 2022, but five member states still do not recognise its independence.",
            "The decision comes days after a conference in Tirana on the Berlin Process, where leaders of the Western Balkans discussed a common regional market. Kosovo's trade with Serbia remains small since Pristina banned goods from Serbia in 2023.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (EU,), ("Kosovo",)),
            Gold("sanctions.threatened", "occurred", (EU,), ("Kosovo",)),
            # the measures of June 2023; the dialogue without agreement
            Gold("sanctions.imposed", "historical", (EU,), ("Kosovo",), core=False),
            Gold("agreement.signed", "stalled", ("Kosovo", "Serbia"), (), core=False),
        ),
        not_participants=("Albania",),
    ),
    Article(
        "m03-istanbul-energy-letter-us-waiver-for-gazprombank-gas-payments",
        date(2024, 12, 21),
        _p(
            "Turkey wins US waiver to keep paying for Russian gas",
            "TURKISH ENERGY LETTER | Istanbul | 21 December 2024",
            "The United States has granted Turkey a waiver from its sanctions on Gazprombank so that the state pipeline company BOTAŞ can keep paying for the Russian gas that reaches the country through the TurkStream and Blue Stream pipelines, Energy Minister Alparslan Bayraktar said on Friday. He did not say how long the waiver would last.",
            '"We explained that our payments for gas are not a matter of choice but of supplying homes and factories in winter," Mr Bayraktar told reporters in Ankara. The US Treasury has not published the waiver, and officials in Washington declined to comment on the terms.',
            "The Office of Foreign Assets Control designated Gazprombank on November 21, together with more than 50 other Russian banks, cutting one of the last channels through which European and Turkish buyers paid Gazprom. Hungary and Slovakia, which also buy Russian pipeline gas, have asked for similar treatment.",
            "Turkey has not imposed sanctions on Russia since the invasion of Ukraine and says it will not do so, arguing that it must keep talking to both sides, but its banks have grown more careful and several have closed the accounts of Russian companies this year for fear of secondary sanctions.",
            "Russian gas made up about 40 percent of Turkey's imports last year, with the rest coming from Azerbaijan, Iran and liquefied gas cargoes from the United States and Algeria. BOTAŞ's long-term contracts with Gazprom for TurkStream run until 2025 and 2026 and are being renegotiated.",
            "Traders in Istanbul said the waiver removed the biggest risk to supply this winter, when storage sites at Silivri and Tuz Gölü are full. They said the government would still try to increase purchases of liquefied gas, and BOTAŞ signed a ten-year supply contract with ExxonMobil in September.",
            "Moscow's plan for a gas hub in Thrace, announced two years ago, has made little progress. Turkish officials say the hub would trade gas from several sources, not only Russia.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, UST), ("Gazprombank", "Turkey")),
            # the designation of November 21; Turkey imposes no sanctions on Russia
            Gold("sanctions.imposed", "historical", (US, OFAC), ("Gazprombank",), core=False),
            Gold("sanctions.imposed", "negated", ("Turkey",), ("Russia",), core=False),
        ),
        not_participants=("Azerbaijan", "Algeria"),
    ),
    Article(
        "m04-london-iran-news-site-eu-renews-human-rights-sanctions",
        date(2024, 4, 10),
        _p(
            "EU renews Iran human rights sanctions for another year",
            "IRAN WIRE DIGEST | London | 10 April 2024",
            "The Council of the European Union on Monday renewed for another year its sanctions on Iran over serious human rights violations, keeping until April 13, 2025 the asset freezes and travel bans on more than 220 people and 37 organisations, among them the morality police, the Basij militia and the prisons organisation. An embargo on equipment that could be used for internal repression and for monitoring telecommunications stays in force.",
            "The regime was set up in April 2011, after the crackdown on the protests that followed the disputed presidential election of 2009, and has been renewed every spring since. The largest additions came after the death in custody of Mahsa Amini in September 2022, when the Council listed dozens of officials, commanders and state broadcasters.",
            "Iran's foreign ministry said the renewal was a political act by governments that had no right to lecture others on human rights, and said Tehran would respond in kind. Iran has listed European politicians and institutions in return over the past two years.",
            "Campaigners welcomed the decision but said the EU had still not designated the Islamic Revolutionary Guard Corps as a terrorist organisation, which the European Parliament has demanded since January last year. Several governments say a court ruling in a member state is needed first.",
            "The renewal comes as the talks on reviving the nuclear agreement of 2015 remain at a standstill. Negotiators came close to a text in the summer of 2022, but the talks collapsed and have not resumed, and Iran has since expanded its enrichment of uranium to levels close to those needed for a weapon.",
            "Human rights groups say executions in Iran rose to more than 800 last year, the highest number since 2015, and that many of those executed were from ethnic minorities. The UN special rapporteur on Iran has been refused entry to the country.",
            "The families of several Europeans held in Iranian prisons asked the Council this week to make their release a condition of any future talks with Tehran.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, CEU), ("Iran",)),
            # the regime of 2011 and the listings of 2022; no IRGC terrorist listing; the nuclear talks
            Gold("sanctions.imposed", "historical", (EU, CEU), ("Iran",), core=False),
            Gold(
                "sanctions.imposed",
                "negated",
                (EU,),
                ("Islamic Revolutionary Guard Corps",),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Iran",), (), core=False),
        ),
    ),
    Article(
        "m05-dili-weekly-timor-leste-joins-wto",
        date(2024, 8, 31),
        _p(
            "Timor-Leste becomes WTO's 166th member",
            "TIMOR WEEKLY | Dili | Saturday, 31 August 2024",
            "Timor-Leste became the 166th member of the World Trade Organization on Friday, thirty days after it deposited its instrument of accession in Geneva, ending an accession process that began in 2016. The flag of the country was raised at a ceremony at the organisation's headquarters attended by Prime Minister Xanana Gusmão and the WTO's director-general, Ngozi Okonjo-Iweala.",
            '"For a small and young country, this is a commitment to rules and to reform," Mr Gusmão said. The government has promised to bind its import tariffs at a maximum of 2.5 percent on goods and to open services such as banking, telecommunications and tourism to foreign companies.',
            "Timor-Leste's accession terms were approved by the WTO's ministerial conference in Abu Dhabi in February, when ministers also signed the protocol of accession. Parliament in Dili ratified it in July. The Comoros became the 165th member on August 21, after an accession that took almost two decades.",
            "Timor-Leste is also hoping to become the eleventh member of the Association of Southeast Asian Nations, whose leaders agreed in principle to admit it in 2022, but no date has been set and the country has yet to meet several of the bloc's conditions. ASEAN officials visited Dili in June to review its preparations.",
            "The economy depends heavily on oil and gas revenues, which have fallen as the Bayu-Undan field runs dry, and the petroleum fund that pays for most of the state budget could be exhausted within a decade unless new sources of income are found. The development of the Greater Sunrise field, shared with Australia, has not begun.",
            "Business leaders in Dili said membership would bring few immediate changes, since most imports from Indonesia, Australia and China already face low tariffs, but hoped it would reassure foreign investors about the rules. Coffee, the largest export after oil and gas, is sold mostly to the United States and Europe.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Timor-Leste",), ("World Trade Organization",)),
            # the protocol signed in February; the Comoros of August 21; ASEAN one day, no date
            Gold(
                "agreement.signed",
                "historical",
                ("Timor-Leste",),
                ("World Trade Organization",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "historical",
                ("Comoros",),
                ("World Trade Organization",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "planned",
                ("Timor-Leste",),
                ("Association of Southeast Asian Nations",),
                core=False,
            ),
        ),
        not_participants=("Indonesia", "Australia", "China"),
    ),
    Article(
        "m06-riyadh-daily-saudi-us-strategic-defense-agreement-signed",
        date(2025, 11, 19),
        _p(
            "Kingdom and US sign Strategic Defense Agreement",
            "THE RIYADH DAILY | Wednesday, November 19, 2025",
            "WASHINGTON — Crown Prince Mohammed bin Salman and President Donald Trump on Tuesday signed a Strategic Defense Agreement between Saudi Arabia and the United States at the White House, a pact that officials said would deepen military coordination, ease the way for American defence companies to work in the Kingdom and cover arms sales, training and joint planning.",
            'The White House said the agreement "strengthens deterrence across the Middle East" and makes it easier for American defence firms to operate in Saudi Arabia. Mr Trump also said the United States would sell F-35 fighter jets to the Kingdom, which would become the first Arab country to fly them. The sale still needs the approval of Congress.',
            "The two sides also concluded negotiations on civil nuclear cooperation and signed a framework on critical minerals, according to a fact sheet issued by the White House. The Crown Prince said the Kingdom would raise its planned investments in the United States to nearly one trillion dollars.",
            "Saudi Arabia and Pakistan signed a mutual defence agreement in Riyadh in September, under which an attack on either country is treated as an attack on both. Saudi officials said this week that the two agreements did not conflict.",
            "Saudi Arabia has not joined the Abraham Accords, the Crown Prince said in the Oval Office, adding that the Kingdom wanted to be part of them but needed a clear path to a Palestinian state first. Mr Trump said he believed a way could be found.",
            "The visit was the Crown Prince's first to Washington since 2018. He was received with a military parade on the South Lawn and a dinner attended by business leaders, among them the heads of several technology companies that hope to sell advanced chips to Saudi data centres.",
            "Economists in Riyadh said the defence pact and the investment pledges would support the Kingdom's plans to build a domestic arms industry, which aims to produce half of the country's military spending locally by 2030.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Saudi Arabia", US, "Mohammed bin Salman", "Donald Trump"),
                (),
            ),
            # the Saudi-Pakistani pact of September; the Abraham Accords not joined
            Gold("agreement.signed", "historical", ("Saudi Arabia", "Pakistan"), (), core=False),
            Gold("alliance.joined", "negated", ("Saudi Arabia",), ("Abraham Accords",), core=False),
        ),
    ),
    Article(
        "m07-casablanca-weekly-morocco-and-germany-restore-ties",
        date(2021, 12, 23),
        _p(
            "Morocco and Germany end their diplomatic crisis",
            "THE CASABLANCA WEEKLY | Thursday, December 23, 2021",
            'Morocco restored full diplomatic relations with Germany on Wednesday and announced that its ambassador would return to Berlin, ending a crisis of nine months, after the new German government called the kingdom\'s autonomy plan for Western Sahara a good basis for a settlement. The foreign ministry in Rabat welcomed what it called the "positive statements" of the government of Chancellor Olaf Scholz.',
            "Morocco suspended contacts with the German embassy in March and recalled its ambassador, Zohour Alaoui, in May, accusing Berlin of hostile acts on Western Sahara and of having shared information with a person convicted of terrorism offences. Germany had criticised the recognition of Moroccan sovereignty over the territory by the United States in December last year.",
            "The German foreign ministry said this month that Morocco was a key partner of the European Union in North Africa and that the autonomy plan of 2007 was a serious and credible effort. Foreign Minister Annalena Baerbock is expected to visit the kingdom next year.",
            "Morocco and Israel restored relations in December last year, under the agreement brokered by Washington, and have since opened liaison offices and signed agreements on tourism, trade and defence. The new German statement drew a protest from the Polisario Front, which the Algerian government supports.",
            "Relations with Spain, however, have not been restored. Morocco's ambassador to Madrid has not returned since she was recalled in May, after Spain admitted the Polisario leader Brahim Ghali to a hospital in Logroño for treatment. Some 10,000 migrants crossed into the Spanish enclave of Ceuta in two days that month.",
            "Business leaders in Casablanca said the end of the crisis with Germany mattered for investment in car parts, renewable energy and green hydrogen, where German companies are among the largest foreign investors. Germany pledged 1.4 billion euros for Morocco's energy projects in 2020, some of which was held up during the dispute.",
        ),
        (
            Gold("relations.restored", "occurred", ("Morocco", "Germany"), ()),
            # the restoration with Israel of December 2020; Spain's relations not restored
            Gold("relations.restored", "historical", ("Morocco", "Israel"), (), core=False),
            Gold("relations.restored", "negated", ("Morocco", "Spain"), (), core=False),
        ),
        not_participants=("Algeria", "Polisario Front"),
    ),
    Article(
        "m08-amman-daily-eighth-brigade-folded-into-syrian-defence-ministry",
        date(2025, 4, 15),
        _p(
            "Daraa's Eighth Brigade dissolves into Syria's new army",
            "THE AMMAN TIMES | Tuesday, 15 April 2025",
            "The Eighth Brigade, the most powerful armed faction in Syria's southern province of Daraa, announced on Sunday that it had dissolved itself and that its fighters, weapons and positions had been handed over to the Syrian Ministry of Defence, days after clashes with government forces in the town of Busra al-Sham left at least one person dead. Its men have been integrated into the new Syrian army, the ministry said.",
            "The brigade's commander, Ahmad al-Awda, a former rebel leader who made a deal with the Assad government in 2018, had resisted the new authorities' demand that all factions join the army as individuals rather than as units. The clashes began after a security officer was killed in the town, which has been the brigade's base for years.",
            "Under the settlement brokered by Russia in 2018, the brigade was folded into the Fifth Corps of the Syrian army, which Russian officers supervised, while keeping its own command. It fought the Islamic State group in Daraa and kept the regime's security services out of much of the eastern countryside.",
            "The Syrian Democratic Forces, which control most of the north-east, have not been integrated, although their commander, Mazloum Abdi, signed an agreement in Damascus with President Ahmed al-Sharaa on March 10 to merge them into the state's institutions by the end of the year. Druze factions in Suwayda, the province east of Daraa, have refused to hand in their weapons.",
            "Jordanian officials, who have long worked with the brigade to stop the smuggling of drugs across the border, said they hoped the new authorities would keep the frontier secure. Jordan's army has shot down dozens of drones carrying Captagon pills since 2022.",
            "Residents of Busra al-Sham said the town was calm on Monday and that the defence ministry had set up checkpoints at its entrances. Traders said the road to the Nassib crossing with Jordan, the main route for trade between the two countries, was open.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Syria", "Syrian Ministry of Defence"),
                ("Eighth Brigade",),
            ),
            # the Fifth Corps of 2018; the SDF not yet integrated and its accord of March 10
            Gold("forces.integrated", "historical", ("Syria",), ("Eighth Brigade",), core=False),
            Gold(
                "forces.integrated",
                "negated",
                ("Syria",),
                ("Syrian Democratic Forces",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Syria", "Syrian Democratic Forces", "Mazloum Abdi", "Ahmed al-Sharaa"),
                (),
                core=False,
            ),
        ),
        not_participants=("Jordan",),
    ),
    Article(
        "m09-warsaw-english-site-oreshnik-to-belarus-security-treaty-signed",
        date(2024, 12, 7),
        _p(
            "Putin, Lukashenko sign security pact; Oreshnik to be stationed in Belarus next year",
            "NOTES FROM THE EAST | Warsaw | 7 December 2024",
            "Russia will deploy its new Oreshnik intermediate-range missile system in Belarus in the second half of next year, President Vladimir Putin said in Minsk on Friday, after he and President Alexander Lukashenko signed a treaty on security guarantees within the Union State of the two countries. The treaty commits Russia to defend Belarus with all the forces and means at its disposal, including nuclear weapons, in the event of aggression.",
            '"We are ready to deploy the Oreshnik on the territory of Belarus as soon as serial production of these systems begins," Mr Putin told a meeting of the Supreme State Council. Mr Lukashenko, who asked for the missiles last month, said Belarus would choose the targets itself.',
            "Russia first used the Oreshnik on November 21, when it struck a missile factory in the Ukrainian city of Dnipro. Its range of up to 5,000 kilometres would bring every European capital within reach from Belarusian territory.",
            "Russian tactical nuclear weapons were moved to Belarus in 2023, in the first deployment of such arms outside Russia since the Soviet Union collapsed, and Belarusian crews were trained to use them. The two countries also held exercises with tactical nuclear weapons in the spring.",
            "Poland's defence minister, Władysław Kosiniak-Kamysz, said the announcement changed nothing in Poland's plans, which include spending almost 5 percent of GDP on defence next year and building fortifications along the border with Belarus and the Russian region of Kaliningrad. Lithuania and Latvia said they would raise the matter at NATO.",
            "Talks between Minsk and Warsaw on reopening the border crossings closed in 2023 have produced no agreement. Lukashenko said again on Friday that Belarus did not threaten anyone.",
            "Analysts in Warsaw said the deployment, if it happens, would add little to Russia's military capability, since missiles based in western Russia already reach the same targets, but would tie Belarus more closely to Moscow.",
        ),
        (
            Gold("military.presence", "planned", ("Russia", "Vladimir Putin"), ("Belarus",)),
            Gold(
                "agreement.signed",
                "occurred",
                ("Russia", "Belarus", "Vladimir Putin", "Alexander Lukashenko"),
                (),
            ),
            # the tactical nuclear weapons of 2023; the Polish-Belarusian border talks
            Gold("military.presence", "historical", ("Russia",), ("Belarus",), core=False),
            Gold("agreement.signed", "stalled", ("Belarus", "Poland"), (), core=False),
        ),
        not_participants=("Ukraine", "Lithuania", "Latvia"),
    ),
    Article(
        "m10-zagreb-sports-page-handball-federation-fines-and-signings",
        date(2023, 4, 18),
        _p(
            "Federation fines Zagreb club, lifts keeper's ban; new sponsor signs on",
            "SPORT | Zagreb, Tuesday 18 April 2023",
            "The disciplinary committee of the Croatian Handball Federation on Monday imposed a fine of 4,000 euros on the Zagreb club for the behaviour of its supporters at Saturday's derby, when flares were thrown onto the court, and suspended the home side's assistant coach for three matches for insulting the referees after the final whistle.",
            "The committee also lifted the suspension it imposed last month on a young goalkeeper from Split, who had been sanctioned for leaving the national junior team's camp without permission, after he apologised in writing. He will be available for Wednesday's league match in Poreč.",
            "The league has signed a three-year sponsorship agreement with a Slovenian insurance company, which will give its name to the competition from next season. The value of the deal was not disclosed, but officials said it was the largest in the league's history.",
            "A Danish left back who played for the club last season has joined a German side on a two-year contract, and the club has extended the contract of its captain, a pivot from Varaždin, until 2026. The captain was restored to the starting line-up on Saturday after missing a month with a shoulder injury.",
            "Police said more officers would be deployed around the arena for the remaining home matches after the trouble at the derby, and the club said it would close the north stand for the next game. Power to the scoreboard, which failed for ten minutes in the second half, was restored after a technician changed a fuse.",
            "The players' union said its talks with the clubs on a minimum wage had stalled, and that the last agreement between the two sides, signed in 2019, expires in June. The federation has extended its ban on players taking part in unofficial beach tournaments during the season.",
            "The Zagreb side lead the table by three points with four rounds to play. Tickets for the next home match go on sale on Thursday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "m11-whitehorse-community-paper-boil-water-advisory-lifted",
        date(2022, 7, 13),
        _p(
            "Boil-water advisory lifted in Riverdale; city extends pool hours",
            "THE YUKON COMMUNITY NEWS | Whitehorse, Wednesday July 13, 2022",
            "The City of Whitehorse has lifted the boil-water advisory it imposed on the Riverdale neighbourhood last week, after tests showed the water was safe to drink again. The advisory was imposed after a main broke near the Yukon River bridge and crews had to shut off the reservoir for repairs.",
            "Council on Monday extended the opening hours of the Canada Games Centre pool until the end of August and suspended the fee for children's swimming lessons for the summer. Councillors also voted to restore the evening bus service to Porter Creek, which was cut during the pandemic.",
            "The city signed an agreement with the Kwanlin Dün First Nation on the management of the trails along the river, at a ceremony at the cultural centre attended by the chief and the mayor. The agreement commits the two governments to share the cost of maintenance and signage.",
            "Wildfire crews have been deployed to a fire burning near Carmacks, about 180 kilometres north of the city, and the territory's fire service said the highway would remain open. A fire ban imposed across the southern Yukon on July 1 remains in force.",
            "Power was restored to about 1,500 homes in Hillcrest and Takhini on Saturday evening after a storm brought down lines near the airport. Yukon Energy said some customers had been without electricity for six hours.",
            "Dawson City has joined a national network of communities that promote walking and cycling, and the town's council said the membership would help it apply for federal grants for bike lanes.",
            "The Whitehorse Farmers' Market will run every Thursday until the end of September. Organisers said the number of vendors had doubled since last year, and that local growers expected a good crop of berries.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "m12-abu-dhabi-business-page-penalties-and-licences",
        date(2024, 2, 21),
        _p(
            "Regulator fines brokerage; bank lifts cap on loans; fund signs deal",
            "BUSINESS | Abu Dhabi, Wednesday, February 21, 2024",
            "The Securities and Commodities Authority on Tuesday imposed a fine of 2 million dirhams on a Dubai brokerage for failing to keep clients' money separate from its own, and suspended its licence for three months. The regulator said the firm had used client funds to cover losses on its own trading.",
            "The Central Bank of the UAE has lifted the restrictions it imposed last year on a finance company in Sharjah, allowing it to take new deposits after its capital was restored above the required minimum. Customers had been able to withdraw only part of their savings while the curbs were in place.",
            "A state-backed investment fund has signed an agreement with a Japanese bank to finance solar projects in Central Asia, and said it expected the first plant to begin producing electricity next year. The fund has also joined an international alliance of investors that have pledged to cut the emissions of their portfolios to net zero by 2050.",
            "An Abu Dhabi property developer said it had extended the payment period for buyers of its new apartments on Yas Island to five years, and had suspended sales of one tower until construction resumes. Its shares rose 3 percent.",
            "A logistics company in Jebel Ali said it had restored full operations at its warehouses after flooding last week, and that it had deployed extra trucks to clear the backlog of containers. Shipping lines have extended their surcharges on cargoes routed around Africa.",
            "The dirham's peg to the dollar was unchanged. Bankers said the central bank had sanctioned several lenders' requests to raise their lending limits for small businesses, and that credit growth was expected to remain strong this year.",
            "The Abu Dhabi Securities Exchange's main index ended 0.4 percent higher, led by banks and energy companies.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "m08-amman-daily-eighth-brigade-folded-into-syrian-defence-ministry": (
        "a passive integration of a faction told by a pronoun ('Its men have been integrated into "
        "the new Syrian army') has the Syrian Army (an entity of its own) as its only participant "
        "and no state (rasd/events/participants.py)"
    ),
    "m09-warsaw-english-site-oreshnik-to-belarus-security-treaty-signed": (
        "weapons 'deployed' are no presence (rasd/events/lexicons/en.triggers.yaml reads heavy_arms "
        "after 'station' only) and 'missile system' is no heavy_arms noun"
    ),
}


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


def _xfail_kind(text: str, kind: str, reason: str, case: str) -> object:
    mark = pytest.mark.xfail(strict=True, reason=reason)
    return pytest.param(text, kind, id=case, marks=mark)


_MEASURES = (
    "bare 'measures' (and 'punitive measures') is no sanctions_noun in "
    "rasd/events/lexicons/en.cues.yaml, where 'restrictive measures' is"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The European Union on Tuesday lifted the measures it imposed on Montenegro last year.",
            "sanctions.lifted",
            id="lifted-the-measures-it-imposed",
        ),
        pytest.param(
            "The European Union on Tuesday lifted its punitive measures on Montenegro.",
            "sanctions.lifted",
            id="lifted-its-punitive-measures",
        ),
        pytest.param(
            "The European Union on Tuesday lifted the restrictive measures it imposed on Montenegro "
            "last year.",
            "sanctions.lifted",
            id="lifted-the-restrictive-measures-it-imposed",
        ),
        pytest.param(
            "The European Union on Tuesday lifted the sanctions it imposed on Montenegro last year.",
            "sanctions.lifted",
            id="lifted-the-sanctions-it-imposed",
        ),
        _xfail_kind(
            "The European Union warned Montenegro that the measures could be reimposed if the "
            "government broke its promises.",
            "sanctions.threatened",
            _MEASURES,
            "warned-that-the-measures-could-be-reimposed",
        ),
        pytest.param(
            "The European Union warned Montenegro that the sanctions could be reimposed if the "
            "government broke its promises.",
            "sanctions.threatened",
            id="warned-that-the-sanctions-could-be-reimposed",
        ),
    ],
)
def test_the_eus_measures_lifted_or_threatened_are_read(text: str, kind: str) -> None:
    found = [r for r in alert_rows(text, date(2025, 6, 26)) if r[0] == kind]
    assert any("Montenegro" in t for _, _, _, t in found), found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "Its fighters have been integrated into the Syrian army, the ministry said.",
            "Syria",
            id="its-fighters-integrated-into-the-syrian-army",
        ),
        pytest.param(
            "The men of the Ninth Regiment have been integrated into the new Syrian army.",
            "Syria",
            id="an-unknown-faction-integrated-into-the-new-syrian-army",
        ),
        pytest.param(
            "Its fighters have been integrated into the Iraqi army, the ministry said.",
            "Iraq",
            id="its-fighters-integrated-into-the-iraqi-army",
        ),
        pytest.param(
            "Syria has integrated the fighters of the Syrian Democratic Forces into its army.",
            "Syria",
            id="the-state-integrated-a-known-faction-into-its-army",
        ),
    ],
)
def test_an_integration_into_a_states_army_has_the_state(text: str, state: str) -> None:
    found = [r for r in alert_rows(text, date(2025, 4, 15)) if r[0] == "forces.integrated"]
    assert any(state in [*a, *t] for _, _, a, t in found), found


_DEPLOYED_ARMS = (
    "weapons are a presence only after 'station' or 'pre-position' "
    "(heavy_arms in rasd/events/lexicons/en.triggers.yaml), never after 'deploy', and 'missile "
    "system' or 'missiles' is no heavy_arms noun"
)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "Russia will deploy nuclear weapons in Kazakhstan next year.",
            _DEPLOYED_ARMS,
            "will-deploy-nuclear-weapons-in-a-country",
        ),
        _xfail(
            "Russia will deploy its new missile system in Kazakhstan next year.",
            _DEPLOYED_ARMS,
            "will-deploy-a-missile-system-in-a-country",
        ),
        pytest.param(
            "Russia will station its new missiles in Kazakhstan next year.",
            id="will-station-missiles-in-a-country",
        ),
        pytest.param(
            "Russia will station nuclear weapons in Kazakhstan next year.",
            id="will-station-nuclear-weapons-in-a-country",
        ),
        pytest.param(
            "Russia will deploy troops in Kazakhstan next year.",
            id="will-deploy-troops-in-a-country",
        ),
    ],
)
def test_weapons_to_be_deployed_abroad_are_a_planned_presence(text: str) -> None:
    found = [r for r in alert_rows(text, date(2024, 12, 7)) if r[0] == "military.presence"]
    assert any("Kazakhstan" in t and "Russia" in a for _, _, a, t in found), found


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout41_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-41 English events"))
