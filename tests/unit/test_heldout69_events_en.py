"""Sixty-ninth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the forms of South African, Canadian, Gulf, Romanian, Maltese, Nigerian, New Zealand,
Rwandan, Philippine and Indian English-language outlets and a compliance briefing (a Johannesburg
daily's news page, a Montreal daily's world page, a Dubai sanctions briefing, a Bucharest English
site's region page, a Valletta daily's world page, an Abuja daily, an Auckland daily's national
page, a Doha daily's Gulf and world page, a Kigali daily's region page, a Durban rugby page, a
Manila business page, a Pune city page), on episodes of 2019-2025 that the earlier sixty-eight sets
lack as core news: the US Treasury designating four South Africans as Islamic State financiers
(2022); the United States removing Justice Alexandre de Moraes of Brazil from its sanctions list
(2025); OFAC's General Licenses 14 and 15 for humanitarian work in Taliban-run Afghanistan (2021);
the Council of the EU prolonging its Moldova destabilisation sanctions on Ilan Shor and others for a
year (2024); the Paris conference on Libya warning election spoilers of UN sanctions (2021);
Nigeria becoming a BRICS partner country (2025); New Zealand and the Philippines signing their
Status of Visiting Forces Agreement, New Zealand forces to train in the Philippines (2025); Somalia
restoring relations with Kenya after Qatari mediation (2021); former rebels of the Central African
Republic to be integrated into the army's special mixed security units (2019); and near misses (a
Durban rugby page where a ban is "lifted", a club faces "sanctions", a chairman is "suspended",
players are "signed", "joined" and "deployed", an "alliance" is announced, relations are
"restored", a camp "extended" and an academy "integrated"; a Manila business page with a trading
suspension "lifted", lending apps "sanctioned", an MoU "signed", a coalition "joined", relief
"extended" and payment systems "integrated"; a Pune city page with a construction ban "lifted",
engineers "suspended", water cuts "extended", an MoU "signed", villages "merged" and
"integrated", police "deployed" and "sanctions" for road repairs in the Indian sense of funds
granted).

Nine articles carry core alertable events of all ten types; core events occurred (eight) or
planned (two: New Zealand's forces to train in the Philippines, the Central African rebels to be
integrated into the army), beside historical, negated and stalled background.

Decisions of the annotation: the four South Africans "placed under American sanctions" by OFAC
are an imposition (core, the United States, the Treasury and OFAC the actors; the four, the
Islamic State and South Africa the targets); the State Department's designation of the Islamic
State's branches "In March last year" is a historical imposition, "Pretoria has not imposed any
sanctions of its own on the four" a negated one, the counter-terrorism agreement whose talks "have
stalled" a stalled signing and the South African soldiers "in Cabo Delgado since August" a
historical presence. Washington that "removed ... Moraes from its sanctions list" lifts (core;
Moraes and Brazil the targets); his sanctioning "in July", his wife's "in September" and Rubio's
visa revocations are historical impositions, "The visa revocations have not been reversed" a
negated lifting (the tariffs are no sanctions). The Treasury's general licences "authorising ...
humanitarian work in Afghanistan despite the sanctions" are a suspension (core; Afghanistan, the
Taliban and the Haqqani network the targets); the freeze of Taliban assets "in 1999" and the
Haqqani network's designation "in 2012" are historical impositions, "The licences do not lift the
sanctions" a negated lifting and the humanitarian exemption at the Security Council whose talks
"had stalled" a stalled suspension. The European Union that "has prolonged by a year its
sanctions" on Shor and his associates extends (core, with the Council of the EU; Moldova and Shor
the targets); the first listings "in May 2023" and the American and British blacklisting "in
October 2022" are historical impositions, "None of the listings has been lifted" a negated lifting;
Romania's wish to widen the sanctions and the Council's readiness for "further restrictive
measures" are no event. The Paris conference whose leaders "warned that anyone who tries to
obstruct or falsify Libya's elections could face UN sanctions" threatens (core; France, Germany,
Italy, the United States and Macron the actors, Libya the target; Malta, whose minister attended,
is no party); the Council's arms embargo "in 2011" and the traffickers sanctioned "in June 2018"
are historical impositions, "No Libyan has been added to the list since then" a negated one,
Turkey's security agreement "in 2019" a historical signing and its troops a historical presence,
and the effort to unify the army that "has stalled" a stalled integration. Nigeria that "has
become a partner country of the BRICS group" joins (core; a partner joins the grouping though not
as a member); Egypt, Ethiopia, Iran and the UAE that "joined as full members" last year and
Indonesia "admitted as the tenth member earlier this month" are historical joinings, Saudi Arabia
that "has not formally taken up its seat" and Nigeria that "had not applied for full membership" negated
joinings; the currency swap with China is no security agreement and no event. New Zealand and the
Philippines that "have signed an agreement" sign (core, with Collins and Teodoro), and the New
Zealand Defence Force personnel "expected to take part in exercises in the Philippines ... next
year" are a planned presence (core); the Visiting Forces Agreement "signed in 1998", Australia's
of 2007 and Japan's "in July last year" are historical signings, "does not provide for a permanent
New Zealand presence" a negated presence and the code of conduct whose negotiations "have dragged
on ... without result" a stalled signing. Somalia that "was restoring diplomatic relations with
Kenya" restores (core; Qatar, the mediator, is no party); the Kenyan troops that "crossed into
Somalia in October 2011" are a historical presence and their being "brought into the African Union
Mission in Somalia the following year" a historical integration, Qatar that "restored relations
with ... Djibouti in 2018" a historical restoration and the agreement "signed in Doha last year" a
historical signing. The former rebels who "will be integrated into the national army next month"
are a planned integration (core; the Central African Republic); the peace agreement "signed in
Bangui on February 6" is a historical signing, the earlier attempts that "stalled" a stalled
integration, Rwanda's troops "since 2014" and Russia's instructors "since 2018" historical
presences and Kigali that "had no plans to send soldiers ... outside the UN mission" a negated
presence. Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout69_events_en``.
Measured before any fix (on commit dacbc09): P 1.000, R 0.800, F1 0.889 (recall 8/10, 9 of 9
alerts right; recall by status: occurred 7/8, planned 1/2; no false alarm, no unexpected alert, the
three near misses quiet).
No annotation was changed after the run.
Missed: on the Abuja daily, "Nigeria has become a partner country of the BRICS group of emerging
economies, Brazil, ... announced on Friday, ..." gives nothing: a "partner country" is no member
noun, so becoming one is no joining ("Nigeria has become a partner country of BRICS." and "Nigeria
has become a BRICS partner country." give nothing, while "Nigeria became a member of BRICS on
Friday." and "Nigeria has joined BRICS as a partner country." are occurred joinings). On the
Auckland daily, "Collins said the first New Zealand Defence Force personnel were expected to take
part in exercises in the Philippines under the agreement next year, ..." gives nothing: troops who
are to take part in exercises in, or train in, a state are no deployment ("New Zealand troops will
take part in exercises in the Philippines next year." and "New Zealand troops will train in the
Philippines next year." give nothing, while "Australian soldiers are expected to be deployed to the
Philippines next year." is a planned presence).
Also seen, not scored: the South Africans' imposition has no target (the four are not in the
knowledge base and the Islamic State is named only as "the Islamic State group's affiliates");
the lifting on Moraes has "Supreme Court of the United States" among its targets in the headline's
reading (the lead's "Brazilian Supreme Court Justice" gives Brazil alone); the general licences have
the United States as their target, not Afghanistan or the Taliban (the lead's "authorising ...
humanitarian work in Afghanistan despite the sanctions on the Taliban" gives nothing by itself);
the Haqqani network's designation and "The licences do not lift the sanctions" have no actor (the
latter has the Afghan central bank as its target) and the stalled exemption at the Security Council
is not found; the extension has the European Union alone, not the Council or Shor, and the listings
"in May 2023" and the American and British blacklisting are not found; the threat in Paris has the
United Nations as its only actor (the co-chairs are in the next sentence); the Turkish agreement and
presence, the stalled unification of Libya's army and the negated listing are not found; the Abuja
daily's joinings of 2024 and Saudi Arabia's and Nigeria's negated joinings are not found, and
Indonesia's admission has no target; the New Zealand agreement's "does not provide for a permanent
New Zealand presence" and the stalled code of conduct are not found, and Japan's agreement has
"Manila" as its target; Somalia's and Kenya's embassies "expected to reopen" are a second, planned
restoration of the same parties; the Central African Rwandan battalions that "joined the UN
peacekeeping mission" are a historical joining with the African Union as their actor.
The articles whose core events are missed are strict xfails.

After the fixes of 2026-12-05: P 1.000 R 1.000 F1 1.000 (recall 10/10, precision 11/11; occurred
8/8, planned 2/2; no false alarm, the near misses quiet). Fixed, with rule sentences in
``tests/unit/test_heldout69_rules_en.py``: a state that becomes, or will become, a "partner
country" (or "partner state") of a grouping joins it, when the grouping is named in the phrase
("a partner country of BRICS", "a BRICS partner state"; a trade fair's or an industry's partner
country is none); forces that are to take part in exercises in a state are a presence there, as
forces that take part in a mission are, and a defence force's "personnel" named by the force are
forces ("Defence Force personnel were expected to take part in exercises in the Philippines");
a national body's generic name right after another state's demonym or possessive is that state's
body, so "Brazilian Supreme Court" in a story that names the United States is no longer the
American court (the lifting on Moraes now has Brazil alone as its target).
Left: all else that "Also seen" lists, notably the South Africans' imposition and the general
licences without their targets (the four persons and the licences' object are read nowhere), the
Paris threat with the United Nations as its only actor, and the historical and negated background not
found; forces to take part in exercises with no place named ("will take part in exercises in June")
are a presence with no target.

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
TREASURY = "United States Department of the Treasury"
STATE = "United States Department of State"
OFAC = "Office of Foreign Assets Control"
CEU = "Council of the European Union"
UNSC = "United Nations Security Council"
AMISOM = "African Union Mission to Somalia"
NZDF = "New Zealand Defence Force"
CAR = "Central African Republic"

ARTICLES: list[Article] = [
    Article(
        "v01-johannesburg-daily-us-treasury-names-four-south-africans-as-islamic-state-financiers",
        date(2022, 3, 2),
        _p(
            "US Treasury names four South Africans as Islamic State financiers",
            "NEWS | Johannesburg | Wednesday, March 2, 2022 | Staff Reporter",
            "Four South Africans accused of raising money and recruiting for the Islamic State group's affiliates in central and southern Africa were placed under American sanctions on Tuesday, a step that freezes whatever they hold within US jurisdiction and bars American citizens and banks from dealing with them.",
            "The Treasury's Office of Foreign Assets Control said Farhad Hoomer, a Durban businessman, had led a cell that raised funds through kidnappings for ransom and extortion of local businesses, while Siraaj Miller, Abdella Hussein Abadigga and Peter Charles Mbaga were described as facilitators who moved money and recruits to fighters in Mozambique and the Democratic Republic of Congo. \"ISIS continues to exploit the region's financial system,\" said Brian Nelson, the department's under secretary for terrorism and financial intelligence, adding that Washington would work with its partners on the continent to disrupt the networks.",
            "Hoomer was arrested in 2018 after an arson and stabbing attack on a mosque in Verulam, north of Durban, but the case against him and his co-accused collapsed in 2020. His attorney said on Wednesday that his client had never been shown any evidence by the Americans and would challenge the designation.",
            "It is not the first time Washington has turned its attention to the region. In March last year the State Department designated the Islamic State's branches in Mozambique and the Democratic Republic of Congo as foreign terrorist organisations, naming their leaders at the same time.",
            "Pretoria has not imposed any sanctions of its own on the four, and the Department of International Relations and Cooperation said South Africa was bound only by listings made by the UN Security Council. A spokesperson, Clayson Monyela, said the government would study the Treasury's notice and that the police's Hawks unit was already looking into the alleged kidnapping syndicates.",
            "Talks on a counter-terrorism cooperation agreement between the two governments, opened in 2019, have stalled, according to two officials familiar with them, over American requests for access to South African financial intelligence.",
            "The designations come at an awkward moment for the country's banks. The Financial Action Task Force is weighing whether to put South Africa on its list of jurisdictions under increased monitoring after finding serious gaps in the prosecution of terror financing. South African soldiers have been in Cabo Delgado since August as part of the Southern African Development Community's mission against the insurgents, and analysts said the listing would add to pressure on Pretoria to show it takes the threat at home seriously.",
            "The Banking Association said its members would screen their clients against the updated list.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY, OFAC), ("South Africa", "Islamic State", "Farhad Hoomer", "Siraaj Miller", "Abdella Hussein Abadigga", "Peter Charles Mbaga")),
            Gold("sanctions.imposed", "historical", (US, STATE), ("Islamic State", "Mozambique", "Democratic Republic of the Congo"), core=False),
            Gold("sanctions.imposed", "negated", ("South Africa",), ("Farhad Hoomer",), core=False),
            Gold("agreement.signed", "stalled", (US, "South Africa"), (), core=False),
            Gold("military.presence", "historical", ("South Africa", "Southern African Development Community"), ("Mozambique",), core=False),
        ),
    ),
    Article(
        "v02-montreal-daily-world-page-us-lifts-sanctions-on-brazilian-justice-moraes",
        date(2025, 12, 13),
        _p(
            "U.S. drops sanctions on Brazilian judge who oversaw Bolsonaro trial",
            "WORLD | Saturday, December 13, 2025 | From wire and staff reports",
            "Washington removed Brazilian Supreme Court Justice Alexandre de Moraes from its sanctions list on Friday, five months after accusing the judge of running a campaign of censorship and persecution against former president Jair Bolsonaro, whom the court later convicted of plotting to overturn his 2022 election defeat.",
            "A notice published by the Treasury Department took Moraes, his wife, the lawyer Viviane Barci de Moraes, and a family holding company off its list of specially designated nationals, ending a freeze on any assets they hold in the United States and a ban on American companies doing business with them. No reason was given. The decision followed a telephone call between President Donald Trump and President Luiz Inácio Lula da Silva and several weeks of talks over the tariffs of up to 50 per cent that Washington placed on Brazilian goods in the summer.",
            "Moraes was sanctioned in July under the Global Magnitsky Act, a law written to punish human rights abusers and the corrupt, in a move that drew condemnation from judges' associations around the world. His wife was added in September, days after the court sentenced Bolsonaro to 27 years in prison. Secretary of State Marco Rubio had earlier revoked the U.S. visas of Moraes, several of his colleagues on the court and members of their families.",
            "\"The truth has prevailed,\" Moraes said in a statement read in Brasília, thanking the government for defending \"the sovereignty of Brazil and the independence of its judiciary.\"",
            "The visa revocations have not been reversed, a State Department official said, and most of the tariffs remain in force, although beef, coffee and fruit were exempted last month. Eduardo Bolsonaro, the former president's son, who spent much of the year in Washington lobbying for the sanctions, called the decision a betrayal and said he would keep up his campaign.",
            "In Montreal, where the Brazilian community has grown to several thousand, reaction was divided. \"Most people here just want the fighting between the two governments to end,\" said the president of a community association in the Plateau. Ottawa has taken no position on the case.",
            "Lula, who is expected to seek a fourth term next year, has used the dispute to rally support at home, and polls show his approval rising since the tariffs were announced. Bolsonaro began serving his sentence last month in a police facility in the capital.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, TREASURY), ("Alexandre de Moraes", "Brazil")),
            Gold("sanctions.imposed", "historical", (US,), ("Alexandre de Moraes", "Brazil"), core=False),
            Gold("sanctions.imposed", "historical", (US, STATE, "Marco Rubio"), ("Alexandre de Moraes", "Brazil"), core=False),
            Gold("sanctions.lifted", "negated", (US, STATE), ("Brazil",), core=False),
        ),
    ),
    Article(
        "v03-dubai-compliance-briefing-ofac-licences-for-aid-to-taliban-run-afghanistan",
        date(2021, 9, 27),
        _p(
            "OFAC licences open a channel for aid to Taliban-run Afghanistan",
            "SANCTIONS BRIEFING | Dubai | 27 September 2021 | Compliance Desk",
            "The US Treasury on Friday issued two general licences authorising the US government, its contractors and aid groups to carry out humanitarian work in Afghanistan despite the sanctions on the Taliban and the Haqqani network, the first formal relief since the movement seized Kabul last month.",
            "General License 14 covers the official business of the US government and its grantees, while General License 15 allows the export of agricultural commodities, medicine and medical devices. Banks and money transmitters processing such payments will not be penalised, the Office of Foreign Assets Control said, but the licences do not permit transfers to the Taliban or to Haqqani-controlled entities beyond the payment of taxes, fees and import duties.",
            "Treasury officials said the aim was to let food and medicine reach a population facing what UN agencies describe as the threat of famine before winter, without conferring legitimacy on the new authorities. \"The United States remains committed to supporting humanitarian assistance to the people of Afghanistan,\" a spokesperson said.",
            "Washington first froze Taliban assets in 1999, and the Haqqani network was designated as a foreign terrorist organisation in 2012. Several members of the interim cabinet announced this month, among them the interior minister, Sirajuddin Haqqani, are on the American and UN lists.",
            "The licences do not lift the sanctions on the movement, and roughly $9.5 billion of the Afghan central bank's reserves, most of it held in the United States, remains frozen. Members of the UN Security Council have discussed a humanitarian exemption to the UN's own sanctions regime, but diplomats said those talks had stalled over how far the Taliban themselves might benefit.",
            "For banks in the Gulf, the practical question is whether correspondent banks in New York will clear payments that rely on the licences. Several UAE lenders suspended transfers to Afghanistan in August, and money exchange houses in Deira told this briefing that the hawala networks on which most Afghan families depend had slowed to a trickle.",
            "Compliance teams should document which licence a payment relies on, screen every counterparty against the SDN list and keep records for at least five years. OFAC has said it will publish further guidance in the form of frequently asked questions.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, TREASURY, OFAC), ("Afghanistan", "Taliban", "Haqqani network")),
            Gold("sanctions.imposed", "historical", (US,), ("Taliban",), core=False),
            Gold("sanctions.imposed", "historical", (US, STATE), ("Haqqani network",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Taliban", "Afghanistan"), core=False),
            Gold("sanctions.suspended", "stalled", (UNSC,), ("Taliban", "Afghanistan"), core=False),
        ),
    ),
    Article(
        "v04-bucharest-english-site-eu-prolongs-moldova-destabilisation-sanctions",
        date(2024, 4, 29),
        _p(
            "EU prolongs Moldova destabilisation sanctions for another year",
            "REGION | Bucharest | Monday, April 29, 2024",
            "The European Union has prolonged by a year its sanctions on people it accuses of trying to undermine Moldova's pro-Western government, keeping asset freezes and travel bans on the fugitive businessman Ilan Shor and his associates in force until April 29, 2025.",
            "The decision, adopted by the Council of the EU by written procedure, covers the framework the bloc set up a year ago, under which it can target those who finance violent protests, plan coups or interfere in elections in the former Soviet republic. \"The EU will continue to support Moldova in the face of destabilising actions by Russia and its proxies,\" the Council said in a statement.",
            "Shor, who was convicted in absentia last year over the theft of about $1 billion from three Moldovan banks in 2014 and lives in Moscow, was among the first names listed in May 2023, together with Marina Tauber, a deputy of his now-banned party, and several officials of the Gagauzia region. The United States and Britain had already blacklisted him in October 2022, accusing him of working with Moscow to bring Moldova back into Russia's orbit.",
            "None of the listings has been lifted, diplomats in Brussels said, despite legal challenges brought by some of those named before the EU's General Court.",
            "In Chișinău, President Maia Sandu's office welcomed the extension, saying the country faced \"an unprecedented campaign\" of disinformation and vote buying ahead of the presidential election and referendum on EU membership in October. Shor, in a video posted from Moscow, called the sanctions a political vendetta and announced that he would form a new bloc to contest the vote.",
            "Moldova opened accession talks with the Union in December, when leaders gave their political approval, but the first intergovernmental conference has yet to be scheduled. Romania, which supplies much of Moldova's electricity and has pushed hardest for its candidacy, said the sanctions should be widened to those who fund the protests.",
            "The Council also said it stood ready to take further restrictive measures if the situation required.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, CEU), ("Moldova", "Ilan Shor")),
            Gold("sanctions.imposed", "historical", (EU, CEU), ("Moldova", "Ilan Shor"), core=False),
            Gold("sanctions.imposed", "historical", (US, "United Kingdom"), ("Ilan Shor", "Moldova"), core=False),
            Gold("sanctions.lifted", "negated", (EU, CEU), ("Moldova", "Ilan Shor"), core=False),
        ),
    ),
    Article(
        "v05-valletta-daily-paris-conference-warns-libyan-election-spoilers-of-sanctions",
        date(2021, 11, 13),
        _p(
            "Paris conference warns Libyan election spoilers of UN sanctions",
            "WORLD | Saturday, November 13, 2021 | Valletta",
            "World leaders meeting in Paris on Friday warned that anyone who tries to obstruct or falsify Libya's elections could face UN sanctions, as they sought to keep the country on course for the presidential vote set for December 24.",
            "The final declaration of the International Conference for Libya, co-chaired by France, Germany, Italy, Libya and the United Nations, said that individuals or entities, inside or outside Libya, who \"might attempt to obstruct, undermine, manipulate or falsify the electoral process\" would be held accountable and could be designated by the Security Council's Libya sanctions committee. Malta was represented by Foreign Minister Evarist Bartolo.",
            "\"The elections must take place on time, and the results must be accepted by all,\" French President Emmanuel Macron told reporters after the meeting, flanked by the head of Libya's Presidential Council, Mohamed al-Menfi, and Prime Minister Abdul Hamid Dbeibah. US Vice President Kamala Harris, who attended, said Washington backed the warning.",
            "The Security Council imposed an arms embargo and an asset freeze on Libya in 2011, during the uprising against Muammar Gaddafi, and in June 2018 it sanctioned six human traffickers, among them a coastguard commander from Zawiya. No Libyan has been added to the list since then.",
            "The declaration also called for the withdrawal of foreign fighters and mercenaries. Turkey, which has kept troops in western Libya since it signed a security agreement with the Tripoli government in 2019, sent only a deputy minister and entered a reservation on that paragraph. The joint military commission of the two sides has agreed on a plan for the withdrawal, but its effort to unify the army, divided since 2014, has stalled.",
            "For Malta, stability across the water matters directly. Boats carrying migrants still leave the Libyan coast almost every night in good weather, and Maltese companies that worked in Tripoli before the war are waiting to return.",
            "Candidates have until next week to register. Khalifa Haftar, the eastern commander, and Saif al-Islam Gaddafi have both filed papers, and the electoral commission is expected to publish the final list early next month.",
        ),
        (
            Gold("sanctions.threatened", "occurred", ("France", "Germany", "Italy", US, "Emmanuel Macron"), ("Libya",)),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Libya",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Libya",), core=False),
            Gold("sanctions.imposed", "negated", (UNSC,), ("Libya",), core=False),
            Gold("agreement.signed", "historical", ("Turkey", "Libya"), (), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Libya",), core=False),
            Gold("forces.integrated", "stalled", ("Libya",), (), core=False),
        ),
        not_participants=("Malta",),
    ),
    Article(
        "v06-abuja-daily-nigeria-admitted-to-brics-as-partner-country",
        date(2025, 1, 18),
        _p(
            "Nigeria becomes BRICS partner country",
            "NEWS | Abuja | Saturday, January 18, 2025 | From Our Correspondent",
            "Nigeria has become a partner country of the BRICS group of emerging economies, Brazil, which holds the bloc's rotating chairmanship this year, announced on Friday, making Africa's most populous nation the ninth state to take up the new status.",
            "In a statement, Brazil's foreign ministry said Nigeria shared the group's interest in reforming global governance and in deepening cooperation among countries of the Global South. \"As the sixth most populous country in the world and one of the largest economies in Africa, Nigeria has convergent interests with the other members,\" the statement read.",
            "The Minister of Foreign Affairs, Ambassador Yusuf Tuggar, welcomed the decision, saying it reflected the priority President Bola Tinubu's administration places on economic diplomacy. Partner status, created at the Kazan summit in October, allows a country to take part in the group's summits and some of its meetings without the full rights of a member.",
            "The bloc, originally made up of Brazil, Russia, India, China and South Africa, grew sharply last year when Egypt, Ethiopia, Iran and the United Arab Emirates joined as full members. Indonesia was admitted as the tenth member earlier this month. Saudi Arabia, which was invited at the same time as the others, has not formally taken up its seat.",
            "Officials in Abuja said Nigeria had not applied for full membership and had no plans to do so for now. \"This is not about choosing sides,\" a senior official in the ministry said. \"We will continue to work with all our partners, including the United States and the European Union.\"",
            "Economists said the practical benefits would depend on access to the New Development Bank, the lender founded by the group in 2014, and on whether trade could be settled in local currencies at a time when the naira has lost much of its value. Nigeria signed a currency swap agreement with China in 2018 that was renewed last year.",
            "Belarus, Bolivia, Kazakhstan, Cuba, Malaysia, Thailand, Uganda and Uzbekistan are the other partner countries.",
            "Brazil will host the group's summit in Rio de Janeiro in July.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Nigeria",), ("BRICS",)),
            Gold("alliance.joined", "historical", ("Egypt", "Ethiopia", "Iran", "United Arab Emirates"), ("BRICS",), core=False),
            Gold("alliance.joined", "historical", ("Indonesia",), ("BRICS",), core=False),
            Gold("alliance.joined", "negated", ("Saudi Arabia",), ("BRICS",), core=False),
            Gold("alliance.joined", "negated", ("Nigeria",), ("BRICS",), core=False),
        ),
    ),
    Article(
        "v07-auckland-daily-new-zealand-philippines-sign-visiting-forces-agreement",
        date(2025, 4, 17),
        _p(
            "NZ and Philippines sign visiting forces deal as South China Sea tensions rise",
            "NATIONAL | Thursday, April 17, 2025 | Political reporter",
            "New Zealand and the Philippines have signed an agreement that will let their armed forces train and operate in each other's territory, a deal Defence Minister Judith Collins said would make it easier for the two countries to work together in a region that is becoming less secure.",
            "The Status of Visiting Forces Agreement was signed in Manila on Wednesday by Collins and her Philippine counterpart, Gilberto Teodoro, after two years of negotiation. It sets out the legal status of personnel, the handling of criminal cases and the entry of equipment, and must now be ratified by the Philippine Senate before it takes effect.",
            "Collins said the first New Zealand Defence Force personnel were expected to take part in exercises in the Philippines under the agreement next year, and that ships and aircraft could also be sent. \"This is about being able to turn up and do the work, whether that's training or disaster relief,\" she said. Teodoro said the pact showed \"that like-minded countries share our concern for a rules-based order.\"",
            "The Philippines already has similar arrangements with the United States, whose Visiting Forces Agreement was signed in 1998, and with Australia, which concluded its own in 2007. Japan signed a reciprocal access agreement with Manila in July last year.",
            "Collins stressed that the agreement does not provide for a permanent New Zealand presence in the Philippines. \"There will be no New Zealand base,\" she said.",
            "Beijing has criticised the web of agreements around the Philippines, which has had repeated clashes with Chinese coastguard vessels near Second Thomas Shoal and Scarborough Shoal. Negotiations between China and the Association of Southeast Asian Nations on a code of conduct for the South China Sea have dragged on for more than two decades without result.",
            "Labour's defence spokesperson said the Government should explain how the deal fits with New Zealand's independent foreign policy. The Green Party said it risked drawing the country into a conflict between the great powers.",
            "Collins is due to travel on to Singapore for talks with her counterpart.",
        ),
        (
            Gold("agreement.signed", "occurred", ("New Zealand", "Philippines", "Judith Collins", "Gilberto Teodoro"), ()),
            Gold("military.presence", "planned", ("New Zealand", NZDF), ("Philippines",)),
            Gold("agreement.signed", "historical", ("Philippines", US), (), core=False),
            Gold("agreement.signed", "historical", ("Philippines", "Australia"), (), core=False),
            Gold("agreement.signed", "historical", ("Philippines", "Japan"), (), core=False),
            Gold("military.presence", "negated", ("New Zealand",), ("Philippines",), core=False),
            Gold("agreement.signed", "stalled", ("China", "Association of Southeast Asian Nations"), (), core=False),
        ),
    ),
    Article(
        "v08-doha-daily-somalia-and-kenya-restore-ties-after-qatari-mediation",
        date(2021, 5, 7),
        _p(
            "Somalia, Kenya restore ties after Qatari mediation",
            "GULF & WORLD | Doha | Friday, May 7, 2021",
            "Somalia announced on Thursday that it was restoring diplomatic relations with Kenya, five months after it cut ties with its neighbour, in a reconciliation brokered by Qatar.",
            "\"The Federal Government of Somalia announces the restoration of diplomatic relations with the Republic of Kenya,\" the information ministry said in a statement read on state television in Mogadishu, adding that the decision was taken \"in the interest of good neighbourliness\" and in response to efforts by His Highness the Amir Sheikh Tamim bin Hamad Al Thani.",
            "Kenya welcomed the move. Its foreign ministry said it looked forward to working with Somalia on the normalisation of relations and on their common fight against terrorism. The two governments are expected to reopen their embassies and exchange ambassadors in the coming weeks.",
            "The Qatari special envoy for counterterrorism and mediation, Dr Mutlaq bin Majed Al Qahtani, visited Nairobi and Mogadishu in recent weeks to carry messages between President Uhuru Kenyatta and President Mohamed Abdullahi Mohamed, known as Farmaajo, officials said.",
            "Mogadishu severed ties in December, accusing Nairobi of meddling in its internal affairs after Kenyatta received the leader of the breakaway region of Somaliland and after disputes over the Jubaland state, which borders Kenya. The two countries are also at odds over their maritime boundary, a case now before the International Court of Justice.",
            "Kenyan troops crossed into Somalia in October 2011 to pursue the al-Shabaab militants blamed for kidnappings on the Kenyan coast, and were brought into the African Union Mission in Somalia the following year. They remain one of its largest contingents.",
            "The reconciliation comes as Somalia emerges from a political crisis over the extension of the president's term, which Farmaajo abandoned last week under pressure from the opposition and international partners.",
            "Doha has played a growing role as a mediator in the Horn of Africa. Qatar restored relations with Somalia's neighbour Djibouti in 2018, and it hosted talks between the United States and the Taliban that led to the agreement signed in Doha last year.",
        ),
        (
            Gold("relations.restored", "occurred", ("Somalia", "Kenya"), ("Kenya", "Somalia")),
            Gold("military.presence", "historical", ("Kenya",), ("Somalia",), core=False),
            Gold("forces.integrated", "historical", ("Kenya",), (AMISOM,), core=False),
            Gold("relations.restored", "historical", ("Qatar", "Djibouti"), (), core=False),
            Gold("agreement.signed", "historical", (US, "Taliban"), (), core=False),
        ),
        not_participants=("Qatar",),
    ),
    Article(
        "v09-kigali-daily-central-african-republic-ex-rebels-to-join-mixed-army-units",
        date(2019, 9, 20),
        _p(
            "CAR: former rebels to be integrated into mixed army units next month",
            "REGION | Kigali | Friday, September 20, 2019 | By a Staff Writer",
            "Hundreds of former rebels in the Central African Republic will be integrated into the national army next month, when the first of the special mixed security units provided for in February's peace agreement begins training in the western town of Bouar, the government in Bangui said this week.",
            "The units, which will bring together fighters of the armed groups and soldiers of the Central African Armed Forces (FACA) under a single command, are meant to secure transport corridors and mining areas where the groups have long collected illegal taxes. Defence Minister Marie-Noëlle Koyara said the first unit would be about 600 strong and that recruits would be vetted for war crimes.",
            "The peace agreement between the government of President Faustin-Archange Touadéra and fourteen armed groups was signed in Bangui on February 6 after talks in Khartoum under African Union auspices. It is the eighth such accord since 2013, and earlier attempts to bring rebels into the army, under a 2008 agreement signed in Libreville, stalled amid disputes over ranks and pay.",
            "Rwanda has had troops in the country since 2014, when its battalions joined the UN peacekeeping mission, MINUSCA, and they guard the presidency in Bangui. Russia has sent military instructors since 2018 to train FACA recruits, under an exemption from the UN arms embargo.",
            "A spokesman for the Rwanda Defence Force said Kigali had no plans to send soldiers to the Central African Republic outside the UN mission, and that its contingent's mandate was unchanged.",
            "Observers remain cautious. Some groups have been slow to hand in weapons, and clashes between factions in the north-east killed dozens of people this month. \"The mixed units are a test of whether the groups are ready to give up the territory they control,\" said a researcher at a Nairobi-based think tank.",
            "The government also hopes the units will convince the Security Council to ease the arms embargo further when it reviews it at the end of January.",
        ),
        (
            Gold("forces.integrated", "planned", (CAR,), ()),
            Gold("agreement.signed", "historical", (CAR, "Faustin-Archange Touadéra"), (), core=False),
            Gold("forces.integrated", "stalled", (CAR,), (), core=False),
            Gold("military.presence", "historical", ("Rwanda",), (CAR,), core=False),
            Gold("military.presence", "historical", ("Russia",), (CAR,), core=False),
            Gold("military.presence", "negated", ("Rwanda",), (CAR,), core=False),
        ),
    ),
]
ARTICLES += [
    Article(
        "v10-durban-daily-rugby-page-sharks-lock-ban-lifted-club-sanctioned",
        date(2024, 9, 14),
        _p(
            "Sharks lock cleared to play as ban is lifted; club sanctioned over bonus payments",
            "SPORT | Durban | Saturday, September 14, 2024 | Rugby Writer",
            "The Sharks will have their first-choice lock back for the opening round of the United Rugby Championship after a judicial committee lifted the remainder of the four-week ban imposed on him for a dangerous clean-out in the Currie Cup semi-final.",
            "The committee found that the player had completed World Rugby's coaching intervention programme and reduced the ban to two weeks, which he has already served. Coach John Plumtree said he was \"delighted\" and that the lock would be deployed off the bench against Zebre in Parma next Saturday.",
            "Elsewhere, SA Rugby imposed sanctions on a Gauteng club for breaching the rules on bonus payments to amateur players, docking it ten log points and suspending its chairman from all rugby activities for six months. The club said it would appeal. \"We were given no hearing,\" its secretary said.",
            "The Sharks have signed a Namibian flank and a utility back from the Pumas, and a scrumhalf who spent three seasons in France has joined the squad on a two-year contract. The union also announced an alliance with a Japanese League One side that will see coaches and young players exchanged each year.",
            "Relations between the Sharks and the KwaZulu-Natal Rugby Union, strained last season by a dispute over the use of Kings Park, have been restored, and the two have agreed to share the costs of a new training pitch. The union's president said the arrangement would be reviewed in 2026.",
            "The Springboks' Rugby Championship campaign ended last weekend with the title, and Rassie Erasmus has extended the camp for players not involved in the URC by a week. Eight Sharks are in the squad that will tour Britain in November, and the franchise's academy will be integrated with that of a local university from January.",
            "Ticket sales for the opening home game against the Bulls are brisk, the union said, and extra trains have been laid on from the city centre. Supporters were threatened with bans from Kings Park after bottles were thrown on to the field during the Currie Cup final.",
            "Kick-off in Parma is at 3pm South African time.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "v11-manila-business-page-trading-suspension-lifted-lending-app-sanctioned",
        date(2023, 6, 10),
        _p(
            "PSE lifts trading suspension on miner; SEC sanctions lending apps",
            "BUSINESS | Manila | Saturday, June 10, 2023",
            "The Philippine Stock Exchange lifted on Friday the trading suspension it imposed on a nickel miner last week, after the company submitted the audited financial statements it had failed to file on time. Its shares rose 6 per cent on resumption.",
            "The Securities and Exchange Commission said it had imposed sanctions on eleven online lending platforms for harassing borrowers, including fines and the revocation of their certificates of authority. Two of the operators had their registrations suspended pending an investigation into the sharing of borrowers' contact lists, and the regulator threatened criminal complaints against their officers.",
            "A listed bank signed a memorandum of understanding with a Japanese lender to finance renewable energy projects in the Visayas, and said it had joined a coalition of banks committed to stop financing new coal plants. The agreement covers loans of up to $200 million over five years.",
            "The Bangko Sentral ng Pilipinas extended by six months the relief measures it granted to rural banks hit by last year's typhoons, and said it would integrate the payment systems of the smaller lenders with the InstaPay network by the end of the year.",
            "A property developer said it had restored its dividend after two years and would deploy most of the proceeds of a bond issue to build townships in Pampanga and Cebu. Its chairman said demand for homes outside Metro Manila remained strong.",
            "The main index fell 0.8 per cent for the week, weighed down by foreign selling ahead of the US Federal Reserve's meeting. Analysts said the market had been held back by the peso's weakness and by uncertainty over the timing of rate cuts.",
            "In the telecommunications sector, a mobile operator said the merger of its two fibre units had been completed and that customers of the smaller unit would be moved to its network over the coming months. The National Telecommunications Commission said it would monitor service quality during the transfer.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "v12-pune-city-page-construction-ban-lifted-officials-suspended-water-cuts-extended",
        date(2024, 2, 3),
        _p(
            "PMC lifts construction ban in four wards, suspends two engineers",
            "PUNE | Saturday, February 3, 2024 | City Reporter",
            "The Pune Municipal Corporation (PMC) on Friday lifted the ban on new construction in four wards along the Mula-Mutha riverfront, imposed in November after residents complained of dust and debris dumped on the banks, but said builders would have to follow a new set of rules on covering sites.",
            "Municipal Commissioner Vikram Kumar also suspended two junior engineers of the building permission department for failing to act on complaints, and said an inquiry would be held into how permissions were granted for two towers in Baner. \"Officials who sit on complaints will face action,\" he said.",
            "The civic body has extended the water cuts in the eastern suburbs until the end of the month because of repairs to the main pipeline from the Khadakwasla dam. Residents of Kharadi and Wagholi, where supply is already irregular, threatened to stage a protest outside the PMC headquarters next week.",
            "The corporation signed a memorandum of understanding with a private hospital group to run dialysis centres in three municipal hospitals, and the 23 villages merged into the city limits in 2021 will be integrated with the PMC's property tax system from April. The state government has joined the talks on how the villages' water supply schemes should be taken over.",
            "Traffic police said 300 personnel would be deployed for the Pune Marathon on Sunday, and that several roads in the central areas would be closed from 4am. Parking will be restricted near the Sarasbaug and Swargate.",
            "Meanwhile, the Pune Metro said services on the Ramwadi line had been restored after a technical fault on Thursday evening stranded commuters for nearly an hour. A metro official said the fault in the signalling system had been fixed.",
            "The PMC's standing committee will take up the draft budget for 2024-25 on February 15. Opposition corporators have demanded that the sanctions for road repairs be increased, saying that potholes in the outskirts had not been filled since the monsoon.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout69_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-69 English events"))
