"""Sixtieth English held-out event set: twelve full-length articles (300-600 words) written for this
test in the plain forms most news comes in, on topics, states and programmes the earlier fifty-nine
sets lack, all of the era of the articles the analyzer is judged on (2016-2025): a Guadalajara
weekly on the US Treasury taking the banda singer Julión Álvarez off its Kingpin Act list (2022), a
west London local weekly on the British government freezing Roman Abramovich's assets, with a
licence that lets Chelsea play on (2022), a Białystok business weekly on Belarus extending its ban
on food from Poland and the other "unfriendly" states for another year (2023), a Gothenburg weekly on
China threatening Sweden with countermeasures over the prize for Gui Minhai (2019), a Reykjanesbær
weekly on Iceland joining the British-led Joint Expeditionary Force (2021), a Port Vila weekly on
Vanuatu and Australia signing a security agreement (2022), a Sanremo weekly on France's
ambassador returning to Rome after the recall over the "yellow vests" (2019), a Kokrajhar weekly on
the third Bodo accord, with the NDFB's eligible cadres to be absorbed into the Assam police and the
central forces (2020), a Francistown weekly on the first soldiers of the Botswana Defence Force
flying to Cabo Delgado for the SADC mission, South Africa's to follow (2021), and near misses (a
Braga sports page where the federation's disciplinary council "imposed sanctions on Braga" and
"lifted the suspension it imposed" on a midfielder, the club "signed an agreement with an Angolan
bank" and "joined the European Club Association's programme", "A Serbian goalkeeper joined the
squad", a coach's contract "extended", floodlights "restored", heating to be "integrated",
supporters "threatened to boycott", police to "deploy" officers, clubs "merged" and a referee
"suspended" (2019); a Ghent local weekly where the city "lifted the ban on cars ... that it imposed
in April", the council "signed an agreement with a Dutch bike-sharing company" and "extended" a
contract, heating "restored", technicians and patrols "deployed", taxi drivers "threatened", the
port that "merged with the Dutch ports of Vlissingen and Terneuzen", a university "which joined the
European university alliance Enlight", a night shop's licence "suspended", a tram line to be
"integrated" and an altarpiece "restored" (2022); a Kuching business page where Sarawak Energy
"signed an agreement ... with a Singaporean utility", a state company "joined a consortium with two
Japanese firms", a timber licence "suspended", a ban on moving pigs "lifted", a deadline
"extended", water "restored", lorry drivers "threatened", road crews "deployed", cooperatives
"merged" and a payment platform to be "integrated" (2023)).

Nine articles carry core alertable events of all ten types (sanctions lifted by a delisting,
imposed by an asset freeze and suspended by a licence for a club, extended by a state's counter-
embargo renewed, threatened by an ambassador; a state joining a military coalition; a security
agreement and a peace accord signed; relations restored by an ambassador's return; a rebel
front's cadres to be absorbed into the police; a state's soldiers flown to another, and another's to
follow), ten occurred and two planned, beside historical, negated and stalled events.

Decisions of the annotation: the United States that "has lifted the sanctions it imposed on Julión
Álvarez in 2017, removing the banda singer and the two companies that manage his recordings and
tours from the Treasury's list" lifts (core, with the Treasury and its Office of Foreign Assets
Control; Álvarez, not in the knowledge base, as target; Mexico is no target), "was designated in
August 2017 under the Kingpin Act, together with the former Mexico captain Rafael Márquez" a
historical imposition, "The measures against Flores himself ... have not been lifted" a negated
lifting, and "The Treasury first designated the Jalisco New Generation cartel under the Kingpin Act
in April 2015" a historical imposition; the request for reconsideration is no event, and Guatemala
and Honduras, where he toured, are no parties. The government that "froze the assets of Roman
Abramovich ... and banned him from entering the United Kingdom" imposes (core, with Liz Truss, the
foreign secretary whose words follow; Abramovich and the two others named, Oleg Deripaska and Igor
Sechin, as targets), and the club that "was at the same time granted a special licence by the
Treasury's Office of Financial Sanctions Implementation that allows it to keep playing its fixtures"
is the party of a suspension (core: a licence that lets a frozen asset go on trading is a waiver of
the freeze, as the general licences of the earlier sets; HM Treasury and OFSI as actors, Chelsea as
target); "The European Union has not listed him, and the United States has imposed no sanctions on
him" holds two negated impositions, and "Britain first imposed sanctions over the crisis on 22
February, when it froze the assets of five Russian banks" a historical imposition on Russia; the
sale that "would need a further licence" is a condition, no event, the sponsor that "suspended its
sponsorship" a company's act, and Russia's invasion, named as a time, no event of the design's
types; Israel and Portugal (his passports) and Ukraine are no parties. Belarus that "has extended
until the end of 2024 its ban on imports of food from Poland and the other countries it calls
unfriendly" extends (core: a state's ban on the goods of named states, imposed in answer to their
sanctions, is a counter-embargo, sanctions as set 59's Armenian embargo; Poland, the European
Union, the United States, Britain, Norway and Switzerland as targets), "The ban, first imposed in
July 2022 in answer to the Western sanctions" is a historical imposition, "Russia ... banned them in
August 2014" a historical imposition on Poland, "The European Union renewed its own sanctions on
Belarus for a year in February" a historical extension, and "the ban on Belarusian potash, imposed
in June 2021 ..., has not been lifted" a historical imposition and a negated lifting; the queues at
the border are no event, and Ukraine, Lithuania and Latvia are no parties. China, whose ambassador
Gui Congyou "said on Saturday that Ms Lind would be unwelcome in China and that Beijing 'will
definitely take countermeasures'" (lead: "China has threatened Sweden with countermeasures"),
threatens (core, with the ambassador; Sweden and Amanda Lind as targets); "Sweden has imposed no
sanctions of its own on China" is a negated imposition, "the arms embargo it imposed after the
Tiananmen Square killings of 1989" a historical imposition of the European Union, and China that
"froze its political ties with Norway and restricted imports of Norwegian salmon" after 2010 a
historical imposition and "the two governments restored normal relations only in December 2016" a
historical restoration; the delegations that postponed visits are no event, and Thailand, where Gui
was taken, is no party. Iceland that "has become the tenth member of the Joint Expeditionary Force"
joins (core, with Guðlaugur Þór Þórðarson, who signed; the force, not in the knowledge base, as
target), "Finland and Sweden, which are not in NATO, joined in 2017" is a historical joining (and,
as set 59's "Nauru is not a member", a negated joining of NATO), "no
forces of the other members will be stationed in Iceland because of it" a negated presence,
"Iceland was one of the twelve founding members of NATO in 1949" a historical joining, the US
Navy's aircraft that "have returned on rotation" since 2016 a historical presence, and "the
European Union, whose membership talks the country froze in 2013 and has not resumed" a stalled
joining; the allied fighters that "come for several weeks a year" are a standing arrangement with no
act and no date, no event, and the JEF's other members, listed, are no parties to Iceland's joining.
Vanuatu and Australia that "signed a security agreement in Port Vila on Tuesday" sign (core, with
Ishmael Kalsakau and Clare O'Neil, neither in the knowledge base), the agreement that "would not
allow Australia, or anyone else, to open a military base in Vanuatu" a negated presence, "Vanuatu
joined the Non-Aligned Movement in 1983" a historical joining, "there was no such agreement" with
China "and none was planned" a negated signing, "Canberra signed a security treaty with Solomon
Islands in 2017" a historical signing, and the police and soldiers it "sent ... to Honiara to
restore order after riots in November last year" a historical presence; ratification by parliament
is no event. France, whose ambassador Christian Masset "returned to Rome on Friday, eight days after
Paris recalled him", restores (core, with Emmanuel Macron, whose letter he carried; Italy as
target: an ambassador sent back after a recall restores the relations the recall cut, as the
ambassadors' returns of the earlier sets); the recall itself is no event of the design's types, "A
treaty of cooperation between France and Italy ... has stalled" a stalled signing and "France and
Germany, by contrast, signed a new friendship treaty at Aachen last month" a historical signing; the
border checks and the migrants sent back are no events, and Monaco is no party. The accord that "the
Centre, the Assam government and all four factions of the National Democratic Front of Bodoland
signed in New Delhi on Monday" is signed (core: a peace accord, news for a weekly of the Saturday
after; India, Amit Shah and Sarbananda Sonowal with the front and the students' union, the two
Bodo bodies not in the knowledge base), "Eligible cadres of the NDFB will be absorbed into the Assam
police and the central armed police forces" is a planned integration (core: India integrates, the
front is integrated) and "none would be taken into the army" a negated integration; "The first,
signed with the students' union in 1993" and "the second, signed in 2003 with the Bodo Liberation
Tigers" are historical signings, "many of the Tigers were later recruited into the state police and
the Sashastra Seema Bal" a historical integration, and "Talks with the Kamtapur Liberation
Organisation ... have stalled" a stalled accord; the surrender of weapons is no event, the Royal
Bhutan Army that drove the front from its camps in 2003 is Bhutan's army at home (no presence), the
night restrictions "imposed during December's protests" and now "lifted" are a district's, and
Bhutan and Myanmar are no parties. Botswana that "sent the first of its soldiers to northern
Mozambique on Monday, flying an advance party of the Botswana Defence Force from Thebephatshwa air
base to Pemba" is present (core, occurred, with Mokgweetsi Masisi and the Southern African
Development Community whose force it joins; Mozambique the host), and South Africa that "will send
up to 1,495 soldiers for three months" is a planned presence (core, with Cyril Ramaphosa); Rwanda
that "flew 1,000 soldiers and police to the province at Maputo's request on 9 July" is a historical
presence (three weeks old, told as background) and its "which is not a member of SADC" a negated
joining, and the soldiers who "went into Lesotho alongside
South Africa's to put down an army mutiny" in 1998 a historical presence; the private military
company whose helicopters flew for the police is no state's presence, and Zimbabwe, across the
border, is no party. Outside the monitor's remit (no event): a football federation's sanctions on a
club and a midfielder's suspension lifted, a sleeve sponsorship with an Angolan bank, a club joining
a programme of the European Club Association, a Serbian goalkeeper joining on loan, a coach's
contract extended, floodlights restored, dressing-room heating integrated, supporters threatening a
boycott, police to deploy officers, two amateur clubs merged, a referee suspended; a city's ban on
cars lifted, a bike-sharing deal with a Dutch company, a Christmas market contract extended,
heating restored, technicians and patrols deployed, taxi drivers threatening, a port merged with
two Dutch ports, a university that joined an alliance of universities, a night shop's licence
suspended, a tram line integrated, an altarpiece restored; a power export study with a
Singaporean utility, a state company joining a consortium with Japanese firms, a timber licence
suspended, a ban on moving pigs lifted, a grant deadline extended, water restored, lorry drivers
threatening, road crews deployed, credit cooperatives merged, a payment platform integrated.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout60_events_en``.
Measured before any fix (2026-12-04, on commit 2da928a): P 0.778, R 0.583, F1 0.667 (recall 7/12,
7 of 9 alerts right; recall by status: occurred 6/10, planned 1/2; two false alarms, no unexpected
alert, the three near misses quiet; no state that is no party given as one).
No annotation was changed after the run (the two negated joinings of states "not in NATO" and "not
a member of SADC" were added on a last reading before it).
Missed: on the west London weekly, "The club, which is among the frozen assets, was at the same time
granted a special licence by the Treasury's Office of Financial Sanctions Implementation that allows
it to keep playing its fixtures" makes no candidate: the licence forms of ``sanctions.suspended`` in
``rasd/events/lexicons/en.triggers.yaml`` are "general licence" and "temporary licence" (``needs:
[issue_verb]``), and a special (or specific) licence, the instrument by which a sanctions authority
lets one designated party's business go on, is neither ("The Office of Financial Sanctions
Implementation issued a special licence for Chelsea." gives nothing; "... issued a general licence
for Chelsea." is read, with OFSI and the United Kingdom and no target; the article with "general" for
"special" gives the suspension, again with no target, "the club" not standing for the Chelsea of the
sentence before). A licence that a sanctions authority issues or grants to a listed party, special
or specific, should be a suspension, with that party as its target. On the Sanremo weekly the
ambassador's return is missed. "France's ambassador to Italy, Christian Masset, returned to Rome on
Friday, eight days after Paris recalled him" makes no candidate: the envoy forms of
``relations.restored`` in ``en.triggers.yaml`` are fixed phrases ("ambassador returned to", ``needs:
[state_after]``), so the post ("to Italy") or the envoy's name in apposition between the noun and its
verb breaks them ("France's ambassador to Italy returned to Rome on Friday." and "France's
ambassador, Christian Masset, returned to Rome on Friday." give nothing; "France's ambassador returned
to Rome on Friday." is read as occurred, with Rome, not Italy, as target). The headline "French
ambassador back in Rome as the row over the 'yellow vests' cools" is read by the form "ambassador
back in", but as historical: "back in" is one of the ``historical`` cues of
``rasd/events/lexicons/en.cues.yaml`` (for "back in 2014"), and ``decide`` (``rasd/events/status.py``)
finds it inside the trigger itself ("French ambassador back in Rome" is historical; "Algeria sends
ambassador back to Madrid" is occurred). The post and an apposition should be let stand between
the envoy and "returned to", the capital read as its state, and a "back in" with no year after it,
inside the trigger, not taken for background. On the Kokrajhar weekly both core events are missed
for want of a state. "The peace accord that the Centre, the Assam government and all four factions
of the National Democratic Front of Bodoland signed in New Delhi on Monday ..." makes the candidate,
but ``_plausible`` (``rasd/events/extractor.py``) keeps an English accord only with a state among
its parties (or a head of state told as "the government of X", or two known movements), and there
is none: "the Centre", Indian English for the Union government, is no name of India in the
knowledge base (``rasd/kb/data``), nor is Assam, a state of India, there; the front and the
students' union are not in it, and Amit Shah, who is, is a minister (in English only a head of
state signs for his state) named in another clause ("The Centre and the National Democratic Front of
Bodoland signed a peace accord in New Delhi on Monday." and "Home Minister Amit Shah signed a peace
accord with the National Democratic Front of Bodoland on Monday." give nothing; "India and the
National Democratic Front of Bodoland signed a peace accord in New Delhi on Monday." is occurred, with
India). "Eligible cadres of the NDFB will be absorbed into the Assam police and the central armed
police forces" gives nothing for the same want (set 59's cause for the Khyber Pakhtunkhwa police,
unfixed): neither force names a state and the front is unknown, so the event has no party and
``_plausible`` drops it ("Eligible cadres of the NDFB will be absorbed into the Assam police and the
central armed police forces." gives nothing, "... will be absorbed into the Indian police." is
planned, with India). "The Centre" in Indian copy and a state of India (its government, its police)
should stand for India, as Ethiopia's Somali Region was made to after set 58. On the Francistown
weekly, "Botswana sent the first of its soldiers to northern Mozambique on Monday, flying an advance
party ... to Pemba, the capital of Cabo Delgado province, where an Islamist insurgency has killed more
than 3,000 people since 2017" is read with the right parties but as historical: ``decide``
(``status.py``) sets aside the dates of a relative clause opened by "that", "which" or "who"
(``_EN_RELATIVE``), not by "where", so the "since 2017" of the clause on the province dates the
deployment ("Botswana sent soldiers to Mozambique on Monday, to Cabo Delgado, where insurgents have
killed 3,000 people since 2017." and "..., where insurgents killed 3,000 people in 2020." are
historical; "..., to Cabo Delgado, which has lost 3,000 people since 2017." is occurred). The dates
of a "where" clause should be left to the place it describes.
False alarms: on the west London weekly, "Britain first imposed sanctions over the crisis on 22
February, when it froze the assets of five Russian banks ..." gives two events, the first rightly
historical (with Britain), the second, from "froze", an occurred imposition of the European Union on
Russia. ``decide`` dates an act by the months of its own clause (``clause_bounds``,
``_month_age``), and the "when" clause after the comma takes nothing from the date it follows; and
``borrow_actors`` (``rasd/events/roles.py``) gives the clause's "it" the entities of the sentence
before ("The European Union has not listed him, ..."), not the subject of its own sentence ("Britain
first acted on 22 February, when it froze the assets of five Russian banks." is occurred with no
actor; after "The European Union has not listed him." it is occurred with the EU). A "when" clause
after a date should take that date, and its "it" the subject of the clause it hangs on. On the
Białystok weekly, "Belarus has extended until the end of 2024 its ban on imports of food from Poland
..." gives the extension (core) and, from "ban" with its "imports ... from", an occurred imposition
on Poland beside it: ``_resolve`` (``extractor.py``) keeps only the more specific of two sanctions
triggers at most four words apart, discounting dates (``date_words``) and Arabic lengths of time
(``duration_words``, both in ``status.py``) but no English term, so "until the end of 2024", "for a
year" or "by a year" between the verb and its object leaves the ban standing as a measure of its own
("Belarus has extended for a year its ban on imports of food from Poland." gives both; "... extended
its ban on imports of food from Poland for a year." and "... extended until 2024 its ban ..." give
the extension alone). An English term should be discounted as an Arabic one is.
The four articles whose core events are missed and the two with a false alarm (the west London
weekly is both) are strict xfails.
Also seen, not scored: the lead of the Gothenburg weekly, "China has threatened Sweden with
countermeasures after ... Gui Minhai, the Swedish bookseller held in China since 2018, ...", is read
as historical: the irregular participle "held" is not among those whose "since" phrase tells of
a noun (``_EN_PAST_PARTICIPLES`` of ``status.py``; a participle in "-ed" is), so 2018 dates the threat
("China has threatened Sweden with sanctions over Gui Minhai, a bookseller held since 2018." is
historical, "... a bookseller detained since 2018." occurred); the threat is found through the
headline ("Beijing threatens 'countermeasures' ..."), with China and no target. On the Reykjanesbær
weekly the joining has the European Union for the body joined: the Joint Expeditionary Force is not
in the knowledge base, and the Union's adjective in "the British-led group of northern European
countries" counts once the article names the Union (in its sixth paragraph), so ``assign`` takes it
for the target ("Iceland has become the tenth member of the Joint Expeditionary Force, a group of
northern European countries. The European Union was not involved." gives the EU); and the headline
"Iceland joins British-led Joint Expeditionary Force", as "Iceland has joined the Joint Expeditionary
Force.", gives nothing ("force" is no ``alliance_noun`` and the body is unknown). On the west London
weekly the freeze has no actor ("The government" stands for a state only one named in the sentence
before, and the headline and dateline name none), and a general licence "for Chelsea Football Club"
would be dropped by the sport screen of ``decide`` (step 0: "football" and "club" within twelve
words; "The Office of Financial Sanctions Implementation issued a general licence for Chelsea
Football Club." gives nothing), as a government's measure on a club's owner is no sport's
discipline. Álvarez's delisting has no target (he is not in the knowledge base), and South Africa's
planned deployment no host (its sentence names none; Mozambique is the sentence before's). The
Vanuatu-Australia signing, the Belarusian extension (with Poland) and the Swedish denial are read
with the right parties, and none of the background (the Aachen treaty, China's restoration with
Norway, the US Navy's rotations to Keflavík, all historical) gives an alert. Julión Álvarez, Rafael
Márquez, Raúl Flores Hernández, the Jalisco New Generation Cartel, Gui Congyou, Amanda Lind, the Joint
Expeditionary Force, Guðlaugur Þór Þórðarson, Ishmael Kalsakau, Clare O'Neil, Christian Masset, the
NDFB, the All Bodo Students' Union, the Bodo Liberation Tigers, the Kamtapur Liberation Organisation,
Sarbananda Sonowal, Assam and Mokgweetsi Masisi are not in the knowledge base.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-04): P 1.000 R 0.917 F1 0.957 (recall 11/12, precision
11/11). Fixed as general causes, each pinned by a rule test below: a special (specific) licence
issued or granted in a story of sanctions is a suspension; an envoy named with his post ("France's
ambassador to Italy returned to Rome") is back, and "ambassador back in" is no "back in 2014"; the
past of a ", where" clause is the place's; "it" in a ", when" clause is its sentence's subject, and
the clause shares that sentence's past; a span of time or an end date between a verb and its object
("extended until the end of 2024 its ban") makes no second measure; a state "readmitted" by a bloc
is its suspension lifted; a head of state's peace with one movement is his state's. Colombia's,
India's north-east's and other armed groups joined the knowledge base (the FARC, the ELN, the NDFB).
Left: n08's accord of "the Centre" and a home minister, which name no state.
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
EU = "European Union"
UK = "United Kingdom"
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
HMT = "HM Treasury"
OFSI = "Office of Financial Sanctions Implementation"
JEF = "Joint Expeditionary Force"
NAM = "Non-Aligned Movement"
SADC = "Southern African Development Community"
NDFB = "National Democratic Front of Bodoland"
ABSU = "All Bodo Students' Union"
BLT = "Bodo Liberation Tigers"
ALVAREZ = "Julión Álvarez"

ARTICLES: list[Article] = [
    Article(
        "n01-guadalajara-weekly-us-treasury-delists-julion-alvarez",
        date(2022, 1, 28),
        _p(
            "Washington lifts sanctions on Julión Álvarez after four and a half years",
            "THE JALISCO WEEKLY | Guadalajara, Friday, 28 January 2022",
            "The United States has lifted the sanctions it imposed on Julión Álvarez in 2017, removing the banda singer and the two companies that manage his recordings and tours from the Treasury's list of Specially Designated Nationals on Wednesday. The decision, published by the Treasury's Office of Foreign Assets Control without comment, means that Americans may again do business with him and that promoters north of the border can once more pay him to perform.",
            "Álvarez, who was born in Chiapas but has made his home and his career in Jalisco, was designated in August 2017 under the Kingpin Act, together with the former Mexico captain Rafael Márquez and more than twenty other people and businesses that the Treasury said acted as front men for Raúl Flores Hernández, a Guadalajara trafficker it accused of working for both the Sinaloa and the Jalisco New Generation cartels. Neither man was ever charged with a crime, in Mexico or in the United States, and both have always denied any link to Flores.",
            '"Four and a half years of waiting, and today I can breathe," the singer wrote on Instagram on Wednesday night, thanking his lawyers and his fans. His lawyers said they had filed a request for reconsideration in 2019 and had handed the Treasury bank records going back a decade.',
            "A Treasury spokesman, asked about the decision, said removals followed a change in circumstances or a review of the evidence and did not signal a change of policy. The measures against Flores himself, who was arrested in Zapopan in July 2017 and is awaiting trial, and against the restaurants and car dealerships registered in his name have not been lifted, the spokesman said.",
            "Washington has gone after Jalisco's traffickers for years. The Treasury first designated the Jalisco New Generation cartel under the Kingpin Act in April 2015, and has added dozens of its suspected financiers and front companies since, many of them in Guadalajara and Zapopan.",
            "For the city's music business the news could hardly have come at a better time. Promoters in Los Angeles, Chicago and Houston said they were already talking to Álvarez's managers about dates in the autumn; since 2017 he has toured only in Mexico, Guatemala and Honduras, and has lost, by his own count, more than a hundred concerts in the United States. His last show in Guadalajara, at the Estadio Akron in December, sold out in a day.",
            "Elsewhere in the city, the organisers of the International Book Fair, held in person again in November after a year online, said it had drawn more than 600,000 visitors, and the state transport authority said work on the fourth light rail line, to Tlajomulco, would continue through the year.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, UST, OFAC), (ALVAREZ,)),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, UST, OFAC),
                (ALVAREZ, "Rafael Márquez", "Raúl Flores Hernández"),
                core=False,
            ),
            # 'The measures against Flores himself ... have not been lifted'
            Gold("sanctions.lifted", "negated", (US, UST), ("Raúl Flores Hernández",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, UST),
                ("Jalisco New Generation Cartel",),
                core=False,
            ),
        ),
        not_participants=("Guatemala", "Honduras"),
    ),
    Article(
        "n02-west-london-weekly-abramovich-assets-frozen-chelsea-licence",
        date(2022, 3, 11),
        _p(
            "Abramovich's assets frozen; Chelsea allowed to play on under a government licence",
            "FULHAM & CHELSEA CHRONICLE | Chelsea, Friday, 11 March 2022",
            "The government on Thursday froze the assets of Roman Abramovich, the Russian billionaire who has owned Chelsea Football Club since 2003, and banned him from entering the United Kingdom, naming him among seven businessmen it said had close links to the Kremlin. The others include Oleg Deripaska and Igor Sechin, the chief executive of the oil company Rosneft.",
            "The club, which is among the frozen assets, was at the same time granted a special licence by the Treasury's Office of Financial Sanctions Implementation that allows it to keep playing its fixtures, to pay its players and staff and to admit season-ticket holders and fans who bought tickets before Thursday. The licence runs until 31 May. It forbids the sale of new tickets, of shirts and souvenirs and of food at the ground, caps the cost of travel to away matches at £20,000 a game, and bars the club from buying or selling players or offering new contracts.",
            '"There can be no safe havens for those who have supported Putin\'s vicious assault on Ukraine," the foreign secretary, Liz Truss, said. Mr Abramovich, who announced a week ago that he would sell the club and give the proceeds to the victims of the war, can no longer profit from a sale: any buyer would need a further licence from the government, and the money could not go to him, the culture secretary, Nadine Dorries, told MPs.',
            "Mr Abramovich, who also holds Israeli and Portuguese passports, has denied having close ties to President Vladimir Putin. The European Union has not listed him, and the United States has imposed no sanctions on him.",
            "Britain first imposed sanctions over the crisis on 22 February, when it froze the assets of five Russian banks and three wealthy businessmen after Moscow recognised two breakaway regions of eastern Ukraine, and it has added hundreds of names since Russia's invasion began two days later.",
            "On the Fulham Road the club shop was shut on Thursday afternoon, with a handwritten notice taped to the door, and the online store said it could take no orders. The telecoms company Three, whose name is on the team's shirts, said it had suspended its sponsorship and asked for its logo to be removed. Publicans near Stamford Bridge said Sunday's match against Newcastle United would go ahead as planned, but that they feared for the spring if the club cannot sell tickets for the cup ties.",
            "Hammersmith and Fulham council said it had asked the club for assurances that the cleaners, stewards and caterers it employs through contractors would be paid while the licence lasts. The Chelsea Supporters' Trust said it wanted a say in any sale and a guarantee that the ground would not be sold separately from the club.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (UK, "Liz Truss"),
                ("Roman Abramovich", "Oleg Deripaska", "Igor Sechin"),
            ),
            Gold("sanctions.suspended", "occurred", (UK, HMT, OFSI), ("Chelsea F.C.",)),
            # 'The European Union has not listed him, and the United States has imposed no sanctions'
            Gold("sanctions.imposed", "negated", (EU,), ("Roman Abramovich",), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Roman Abramovich",), core=False),
            # the first British measures of 22 February
            Gold("sanctions.imposed", "historical", (UK,), ("Russia",), core=False),
        ),
        not_participants=("Israel", "Portugal", "Ukraine"),
    ),
    Article(
        "n03-bialystok-business-weekly-belarus-extends-ban-on-polish-food",
        date(2023, 12, 27),
        _p(
            "Minsk keeps its ban on Polish food for another year",
            "PODLASIE BUSINESS WEEKLY | Białystok, Wednesday, 27 December 2023",
            "Belarus has extended until the end of 2024 its ban on imports of food from Poland and the other countries it calls unfriendly, the government in Minsk said in a resolution published on Friday, keeping meat, dairy products, fruit and vegetables from the European Union, the United States, Britain, Norway and Switzerland out of its shops for another year.",
            "The ban, first imposed in July 2022 in answer to the Western sanctions over Belarus's part in the war in Ukraine, was due to expire on 31 December. The new resolution leaves the list of products unchanged, according to the text on the government's legal portal, and still allows imports of ingredients for baby food and of goods for medical use.",
            'For growers in Podlasie, who once sold apples, onions and cabbage across the border at Kuźnica and Bobrowniki, the decision changes little. "The Belarusian market closed for us long before the war," said a fruit grower near Sokółka, who now sends most of his apples to Romania and Egypt. Russia, once the largest buyer of Polish apples, banned them in August 2014, and for years afterwards much of the fruit that went to Belarus was relabelled there and sent on to Russia.',
            "Dairy cooperatives in the region, Mlekovita in Wysokie Mazowieckie among them, said their sales to Belarus had been negligible since 2022 and that they had found buyers in Asia and North Africa instead. Meat processors said the same.",
            "The extension mirrors the measures on the other side of the border. The European Union renewed its own sanctions on Belarus for a year in February and has added names since; the ban on Belarusian potash, imposed in June 2021 after the forced landing of a Ryanair aircraft in Minsk, has not been lifted.",
            "Freight between the two countries now crosses at only one road checkpoint, at Kukuryki in the Lublin region, where the queue of lorries on the Belarusian side reached 1,200 last week, the border guard said. Hauliers in Białystok said their drivers had moved to routes through Lithuania and Latvia, and that several firms had sold lorries registered in Belarus.",
            "The regional development agency said exports from Podlasie to the Baltic states had grown by about a tenth this year, led by furniture and windows. Białystok's Christmas market on the Kościuszko Market Square stays open until Sunday.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                ("Belarus",),
                ("Poland", EU, US, UK, "Norway", "Switzerland"),
            ),
            Gold("sanctions.imposed", "historical", ("Belarus",), ("Poland", EU, US), core=False),
            Gold("sanctions.imposed", "historical", ("Russia",), ("Poland",), core=False),
            Gold("sanctions.extended", "historical", (EU,), ("Belarus",), core=False),
            # the potash ban of June 2021, not lifted
            Gold("sanctions.imposed", "historical", (EU,), ("Belarus",), core=False),
            Gold("sanctions.lifted", "negated", (EU,), ("Belarus",), core=False),
        ),
        not_participants=("Ukraine", "Lithuania", "Latvia"),
    ),
    Article(
        "n04-gothenburg-weekly-china-threatens-sweden-over-gui-minhai-prize",
        date(2019, 11, 20),
        _p(
            "Beijing threatens 'countermeasures' over Gui Minhai prize; Gothenburg exporters wait",
            "WEST COAST WEEKLY | Gothenburg, Wednesday, 20 November 2019",
            "China has threatened Sweden with countermeasures after the culture minister, Amanda Lind, presented a prize for freedom of expression to Gui Minhai, the Swedish bookseller held in China since 2018, at a ceremony in Stockholm on Friday evening.",
            'The Chinese ambassador, Gui Congyou, who has been summoned to the foreign ministry in Stockholm more often than any other envoy since he arrived in 2017, said on Saturday that Ms Lind would be unwelcome in China and that Beijing "will definitely take countermeasures". He did not say what they would be.',
            'Prime Minister Stefan Löfven answered on Monday that Sweden would not give way. "We are not going to yield to this kind of threat. Never," he said. The Tucholsky prize, given by the Swedish branch of PEN, carries a small sum of money; it was received on Gui\'s behalf by an empty chair.',
            "Gui, who was born in Ningbo and became a Swedish citizen in 1996, ran a Hong Kong publishing house that sold gossipy books about China's leaders. He disappeared from his holiday flat in Pattaya, Thailand, in 2015, reappeared on Chinese television confessing to a drink-driving death, and was seized again in January 2018 from a train on which he was travelling to Beijing with two Swedish diplomats.",
            "In Gothenburg, where Volvo Cars has been owned by China's Zhejiang Geely since 2010 and where much of Sweden's trade with China passes through the port, business leaders played the row down. The West Sweden Chamber of Commerce said two Chinese delegations had postponed visits planned for December, but that it had heard of no cancelled orders. Volvo Cars declined to comment.",
            "Sweden has imposed no sanctions of its own on China, and the only measure the European Union keeps against Beijing is the arms embargo it imposed after the Tiananmen Square killings of 1989.",
            'The last Nordic country to fall out so badly with Beijing paid a heavy price. After the Nobel committee in Oslo gave the Peace Prize to the dissident Liu Xiaobo in 2010, China froze its political ties with Norway and restricted imports of Norwegian salmon; the two governments restored normal relations only in December 2016, after Oslo promised to respect China\'s "core interests".',
            "The port said on Tuesday that container traffic to and from Asia was up 4 percent on last year, and Chalmers University of Technology said its exchange programmes with Chinese universities would continue as planned.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                ("China", "Gui Congyou"),
                ("Sweden", "Amanda Lind"),
            ),
            Gold("sanctions.imposed", "negated", ("Sweden",), ("China",), core=False),
            # the EU arms embargo of 1989
            Gold("sanctions.imposed", "historical", (EU,), ("China",), core=False),
            # China's freeze on Norway after 2010 and the normalisation of December 2016
            Gold("sanctions.imposed", "historical", ("China",), ("Norway",), core=False),
            Gold("relations.restored", "historical", ("China", "Norway"), (), core=False),
        ),
        not_participants=("Thailand",),
    ),
    Article(
        "n05-reykjanesbaer-weekly-iceland-joins-joint-expeditionary-force",
        date(2021, 4, 15),
        _p(
            "Iceland joins British-led Joint Expeditionary Force",
            "REYKJANES WEEKLY | Reykjanesbær, Thursday, 15 April 2021",
            "Iceland has become the tenth member of the Joint Expeditionary Force, the British-led group of northern European countries that plan, train and exercise together so that they can respond quickly to crises in the North Atlantic, the High North and the Baltic Sea region.",
            'Foreign Minister Guðlaugur Þór Þórðarson signed the memorandum of understanding on Tuesday at a video conference of the group\'s defence ministers, and the British defence secretary, Ben Wallace, welcomed "our friends in Iceland" to the force. The other members are Britain, Denmark, Estonia, Finland, Latvia, Lithuania, the Netherlands, Norway and Sweden; Finland and Sweden, which are not in NATO, joined in 2017.',
            "Iceland, which has no army, navy or air force, will take part through its Coast Guard and through the civilian experts it already sends to allied headquarters, the ministry said. Membership will not bring foreign troops to the country: no forces of the other members will be stationed in Iceland because of it, and decisions on taking part in any operation will be made case by case.",
            "Iceland was one of the twelve founding members of NATO in 1949, and for more than half a century its defence rested on the American forces at the Keflavík air base, who left in 2006. Since 2016 the US Navy's P-8 submarine-hunting aircraft have returned on rotation, flying from the old base beside the international airport, and allied fighters come for several weeks a year to police the island's air space.",
            'The decision drew some criticism at home. The Left-Green Movement of Prime Minister Katrín Jakobsdóttir still opposes NATO membership in its programme, though the government it leads does not, and the Pirate Party asked why parliament\'s foreign affairs committee had been told only after the decision was made. "This is a framework for cooperation, not a new alliance," the foreign minister told the Althing on Wednesday.',
            "Nor does the move bring Iceland any closer to the European Union, whose membership talks the country froze in 2013 and has not resumed.",
            "In Reykjanesbær, where hundreds worked at the base before 2006 and where unemployment reached a quarter of the workforce this winter as tourism collapsed, the news drew less attention than the eruption at Fagradalsfjall, which began on 19 March and has drawn thousands of walkers to the lava field. The police asked visitors to park only in the marked areas along the Suðurstrandarvegur and warned of gas when the wind drops.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Iceland", "Guðlaugur Þór Þórðarson"), (JEF,)),
            Gold("alliance.joined", "historical", ("Finland", "Sweden"), (JEF,), core=False),
            Gold("alliance.joined", "negated", ("Finland", "Sweden"), ("NATO",), core=False),
            # 'no forces of the other members will be stationed in Iceland because of it'
            Gold("military.presence", "negated", (JEF, UK), ("Iceland",), core=False),
            Gold("alliance.joined", "historical", ("Iceland",), ("NATO",), core=False),
            # the US Navy's P-8s on rotation since 2016
            Gold("military.presence", "historical", (US,), ("Iceland",), core=False),
            Gold("alliance.joined", "stalled", ("Iceland",), (EU,), core=False),
        ),
        not_participants=("Denmark", "Estonia", "Latvia", "Lithuania", "Netherlands", "Norway"),
    ),
    Article(
        "n06-port-vila-weekly-vanuatu-and-australia-sign-security-agreement",
        date(2022, 12, 16),
        _p(
            "Vanuatu and Australia sign security agreement; no foreign bases, says Kalsakau",
            "VILA WEEKLY | Port Vila, Friday, 16 December 2022",
            "Vanuatu and Australia signed a security agreement in Port Vila on Tuesday that commits the two governments to cooperate on policing, border protection, cyber security, disaster relief and defence, and to consult each other when either faces a threat to its security.",
            "Prime Minister Ishmael Kalsakau, who took office last month, signed for Vanuatu and Australia's Minister for Home Affairs, Clare O'Neil, for Canberra, at a ceremony at the prime minister's office attended by chiefs from Efate and by the commanders of the police and the Vanuatu Mobile Force.",
            'The agreement was negotiated under Mr Kalsakau\'s predecessor, Bob Loughman, and must still be ratified by parliament. Mr Kalsakau said it was "not about any one country" and would not allow Australia, or anyone else, to open a military base in Vanuatu. "We are a non-aligned country. We are friends to all and enemies to none," he said, recalling that Vanuatu joined the Non-Aligned Movement in 1983, three years after independence.',
            "Asked whether Vanuatu would sign a similar agreement with China, which has paid for the wharf at Luganville, the convention centre and several government buildings in the capital, Mr Kalsakau said there was no such agreement and none was planned.",
            'Ms O\'Neil said the agreement showed that Australia was "the partner of choice" for the security of the Pacific. Canberra signed a security treaty with Solomon Islands in 2017, under which it sent police and soldiers to Honiara to restore order after riots in November last year.',
            "Critics in Port Vila said the text had not been published before the signing and that parliament, which must approve it, had not been consulted. The Vanuatu Christian Council said it would ask the government to explain what the agreement meant for the country's neutrality.",
            "In the capital the signing drew less attention than the price of rice, which has risen by a fifth since June, and the water cuts in the Freshwota and Tagabe areas, where the utility said supply would be back to normal before Christmas. Tourism operators said the first cruise ships since the borders reopened were booked for the new year, and the Port Vila market house will stay open late on Christmas Eve.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Vanuatu", "Australia", "Ishmael Kalsakau", "Clare O'Neil"),
                (),
            ),
            Gold("military.presence", "negated", ("Australia",), ("Vanuatu",), core=False),
            Gold("alliance.joined", "historical", ("Vanuatu",), (NAM,), core=False),
            # 'there was no such agreement and none was planned' (with China)
            Gold("agreement.signed", "negated", ("Vanuatu", "China"), (), core=False),
            Gold(
                "agreement.signed", "historical", ("Australia", "Solomon Islands"), (), core=False
            ),
            Gold(
                "military.presence", "historical", ("Australia",), ("Solomon Islands",), core=False
            ),
        ),
    ),
    Article(
        "n07-sanremo-weekly-french-ambassador-returns-to-rome",
        date(2019, 2, 16),
        _p(
            "French ambassador back in Rome as the row over the 'yellow vests' cools",
            "RIVIERA WEEKLY | Sanremo, Saturday, 16 February 2019",
            "France's ambassador to Italy, Christian Masset, returned to Rome on Friday, eight days after Paris recalled him in protest at what it called repeated and unfounded attacks by members of the Italian government, ending the worst crisis between the two neighbours since the Second World War.",
            'Mr Masset went first to the Quirinal Palace, where he handed President Sergio Mattarella a letter from President Emmanuel Macron inviting him to France. "The friendship between our two peoples is stronger than any quarrel," the French embassy said in a statement.',
            'The recall, announced on 7 February, followed a meeting in France between the deputy prime minister, Luigi Di Maio, and leaders of the "yellow vest" protest movement, and months of insults traded over migrants and the budget. Italy did not call its own ambassador home, and Foreign Minister Enzo Moavero Milanesi said on Friday that the ties between the two countries remained "solid and deep".',
            "The row has cost a project both capitals once championed. A treaty of cooperation between France and Italy, modelled on the Élysée Treaty, which Mr Macron and the then prime minister, Paolo Gentiloni, agreed to negotiate in January 2018, has stalled since the League and the Five Star Movement formed a government in June. France and Germany, by contrast, signed a new friendship treaty at Aachen last month.",
            'At Ventimiglia the quarrel was felt mostly in the tone of the talk at the Friday market, where most shoppers come from Menton, Monaco and Nice. "They still come for the leather and the cheese. Politics doesn\'t stop at the till," said a stallholder who has sold bags on the Passeggiata Oberdan for thirty years. French police still check cars and trains at the border, as they have since 2015, and the number of migrants sent back at Ponte San Ludovico has fallen since last summer, the prefecture in Imperia said.',
            "In Sanremo the talk was still of the festival, which ended last Saturday with the victory of Mahmood and a row over the jury's vote, and of the flower market, where growers said the cold January had cut the supply of ranunculus by a third. The city council said the restoration of the casino's façade would be finished before Easter.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("France", "Emmanuel Macron", "Christian Masset"),
                ("Italy",),
            ),
            Gold("agreement.signed", "stalled", ("France", "Italy"), (), core=False),
            # the Treaty of Aachen of 22 January
            Gold("agreement.signed", "historical", ("France", "Germany"), (), core=False),
        ),
        not_participants=("Monaco",),
    ),
    Article(
        "n08-kokrajhar-weekly-bodo-accord-signed-cadres-to-join-police",
        date(2020, 2, 1),
        _p(
            "Bodo accord signed; 1,615 NDFB cadres lay down arms in Guwahati",
            "BODOLAND WEEKLY | Kokrajhar, Saturday, 1 February 2020",
            "The peace accord that the Centre, the Assam government and all four factions of the National Democratic Front of Bodoland signed in New Delhi on Monday is meant to close a chapter of armed struggle that began in 1986, Union Home Minister Amit Shah said at the signing, which the All Bodo Students' Union and the United Bodo People's Organisation also put their names to.",
            "Under the agreement the Bodoland Territorial Council becomes the Bodoland Territorial Region, with more seats and more powers, and the Centre will spend Rs 1,500 crore over three years on development in the four districts. There will be no separate state and no change to Assam's borders, Chief Minister Sarbananda Sonowal said.",
            "Eligible cadres of the NDFB will be absorbed into the Assam police and the central armed police forces, and the rest will receive Rs 4 lakh each and vocational training, according to the text released by the Home Ministry. Officials said none would be taken into the army.",
            "On Thursday, 1,615 cadres, the leaders of all four factions among them, laid down more than 170 weapons and 4,800 rounds of ammunition at a ceremony in Guwahati attended by Mr Sonowal. Most of them had been living in designated camps since the factions declared ceasefires; the front lost its bases in southern Bhutan in 2003, when the Royal Bhutan Army drove its fighters out.",
            "It is the third Bodo accord. The first, signed with the students' union in 1993, broke down within months; the second, signed in 2003 with the Bodo Liberation Tigers, created the territorial council, and many of the Tigers were later recruited into the state police and the Sashastra Seema Bal.",
            "Not every armed group in the region has come in. Talks with the Kamtapur Liberation Organisation, which wants a separate state carved out of northern Bengal and western Assam, have stalled, and the faction of the United Liberation Front of Asom led by Paresh Baruah, believed to be based in Myanmar, has refused to talk at all.",
            "In Kokrajhar, shops stayed open after dark on Monday for the first time in weeks, and the district administration lifted the night restrictions it imposed during December's protests against the citizenship law. Prime Minister Narendra Modi will address a rally in the town on 7 February to celebrate the accord, the state unit of his party said, and the district has asked schools to close for the day.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("India", "Amit Shah", "Sarbananda Sonowal", NDFB, ABSU),
                (),
            ),
            Gold("forces.integrated", "planned", ("India",), (NDFB,)),
            # 'none would be taken into the army'
            Gold("forces.integrated", "negated", ("India",), (NDFB,), core=False),
            # the accords of 1993 and 2003; the Tigers recruited into the police
            Gold("agreement.signed", "historical", ("India", ABSU), (), core=False),
            Gold("agreement.signed", "historical", ("India", BLT), (), core=False),
            Gold("forces.integrated", "historical", ("India",), (BLT,), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("India", "Kamtapur Liberation Organisation"),
                (),
                core=False,
            ),
        ),
        not_participants=("Bhutan", "Myanmar"),
    ),
    Article(
        "n09-francistown-weekly-botswana-troops-fly-to-cabo-delgado",
        date(2021, 7, 30),
        _p(
            "BDF soldiers fly to Mozambique as the SADC force gathers",
            "NORTH EAST WEEKLY | Francistown, Friday, 30 July 2021",
            "Botswana sent the first of its soldiers to northern Mozambique on Monday, flying an advance party of the Botswana Defence Force from Thebephatshwa air base to Pemba, the capital of Cabo Delgado province, where an Islamist insurgency has killed more than 3,000 people since 2017.",
            "The 296 troops that Botswana has committed are part of the Southern African Development Community's standby force, whose deployment the bloc's leaders approved at a summit in Maputo on 23 June. President Mokgweetsi Masisi, who chairs the bloc's organ on politics, defence and security, told the soldiers at a parade in Gaborone last week that they were going \"to help a sister nation, not to fight its wars for it\".",
            "South Africa, the bloc's strongest military power, will send up to 1,495 soldiers for three months, President Cyril Ramaphosa told parliament in a letter on Wednesday, at a cost of nearly R1 billion. Other members are expected to send smaller contingents and instructors.",
            "They will not be the first foreign soldiers in Cabo Delgado. Rwanda, which is not a member of SADC, flew 1,000 soldiers and police to the province at Maputo's request on 9 July, and they have since retaken several villages on the road to Mocímboa da Praia, the port the insurgents have held for almost a year. A South African private military company flew helicopters for Mozambique's police until April.",
            "It is the first time since 1998 that Botswana has sent troops to a neighbour's war. That year its soldiers went into Lesotho alongside South Africa's to put down an army mutiny, under an earlier SADC mandate, and stayed until the following May.",
            'In Francistown, where many of the soldiers\' families live, relatives gathered at the barracks on Sunday evening to say goodbye. "He told us it is six months, then he comes home," said the mother of a corporal from Tati Siding. Churches in the city held prayers for the contingent on Sunday.',
            "The city council said the curfew would stay at 10 p.m. until the end of August, and traders at the Ramokgwebana border post said the lorry queue into Zimbabwe had shortened since Harare eased its lockdown.",
        ),
        (
            Gold(
                "military.presence",
                "occurred",
                ("Botswana", "Mokgweetsi Masisi", SADC),
                ("Mozambique",),
            ),
            Gold(
                "military.presence",
                "planned",
                ("South Africa", "Cyril Ramaphosa", SADC),
                ("Mozambique",),
            ),
            # Rwanda's force, in Cabo Delgado since 9 July
            Gold("military.presence", "historical", ("Rwanda",), ("Mozambique",), core=False),
            Gold("alliance.joined", "negated", ("Rwanda",), (SADC,), core=False),
            # Lesotho, 1998
            Gold(
                "military.presence",
                "historical",
                ("Botswana", "South Africa", SADC),
                ("Lesotho",),
                core=False,
            ),
        ),
        not_participants=("Zimbabwe",),
    ),
    Article(
        "n10-braga-sports-page-club-fined-midfielders-ban-lifted-angolan-bank",
        date(2019, 9, 26),
        _p(
            "Braga fined and ordered to play behind closed doors; Angolan bank signs as sleeve sponsor",
            "SPORT | Braga, Thursday, 26 September 2019",
            "The disciplinary council of the Portuguese Football Federation imposed sanctions on Braga on Tuesday for the pitch invasion that followed Sunday's Minho derby against Vitória de Guimarães, fining the club 12,750 euros and ordering its next home league match to be played without spectators. Flares were thrown from the north stand in the second half and play was stopped for eight minutes.",
            "The council also lifted the suspension it imposed this month on the club's Brazilian midfielder, who had been banned for three matches for elbowing an opponent, after the referee corrected his report. He is available for the Europa League match at Wolverhampton Wanderers next week.",
            "Off the pitch, the club signed an agreement with an Angolan bank that will put the bank's name on the sleeves of the first-team shirts for three seasons, and joined the European Club Association's programme for women's football, which pays for coaching courses. A Serbian goalkeeper joined the squad on loan from Benfica until June.",
            "Braga extended the contract of its coach, Ricardo Sá Pinto, until 2021 after a start of four wins in six matches in all competitions. The city council said the floodlights at the Municipal Stadium, damaged in the storm in January, had been restored, and that the new heating for the dressing rooms would be integrated with the boilers of the municipal swimming pool by December.",
            "Supporters' groups threatened to boycott the home match against Porto if ticket prices rise again, and the police said they would deploy more officers at the railway station on match days after fans of both clubs fought there in August.",
            "Two amateur clubs from Barcelos merged over the summer to keep a team in the district championship, and the federation suspended a referee from Lisbon for four weeks after an inspector's report on his handling of a cup tie.",
            "Braga's B team, top of the third division, play Fafe on Saturday, and the women's team, who reached the cup final in May, open their season at home to Sporting on Sunday. Tickets for the Porto match go on sale on Monday at the stadium and online.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-ghent-local-weekly-car-ban-lifted-bike-deal-with-dutch-company",
        date(2022, 9, 7),
        _p(
            "Patershol reopens to residents' cars; city signs bike-sharing deal with Dutch operator",
            "GHENT WEEKLY | Ghent, Wednesday, 7 September 2022",
            "The city on Monday lifted the ban on cars in the Patershol that it imposed in April while the quays along the Lieve were rebuilt, and residents may again drive to their homes in the mornings. Delivery vans will be allowed in between 6 and 11 a.m., as before the works.",
            "The council signed an agreement with a Dutch bike-sharing company to place 1,200 electric bicycles at 150 stations across the city from next spring, and extended until 2025 the contract of the firm that runs the Christmas market on the Korenmarkt and Sint-Baafsplein.",
            "Heating was restored on Saturday to about 400 flats in the tower blocks of Nieuw Gent, two days after a boiler failed; the social housing company said it had deployed every technician it had. The police said the extra patrols deployed around Gent-Sint-Pieters station during the Gentse Feesten would stay until the end of the month.",
            "Taxi drivers threatened to block the station square on Friday unless the city brings back the ranks it moved for the tram works, which are running four months late.",
            "North Sea Port, formed when the port of Ghent merged with the Dutch ports of Vlissingen and Terneuzen at the start of 2018, said the Ghent docks handled 8 percent more cargo in the first half of the year, most of it grain, fertiliser and steel. Ghent University, which joined the European university alliance Enlight in 2019, said it expected more than 2,000 exchange students this year, a record.",
            "The city suspended for a month the licence of a night shop on the Overpoort after it was caught selling spirits to minors for the third time. The new tram line to the Arsenaal site will be integrated into De Lijn's network when it opens next year, and the restoration of the outer panels of the Ghent Altarpiece in St Bavo's Cathedral, which began in 2012, is due to be finished in 2024.",
            "The Open Monument Day on Sunday will open 40 buildings usually closed to the public, among them the former Caermersklooster and the old post office on the Korenmarkt.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-kuching-business-page-sarawak-energy-signs-with-singaporean-utility",
        date(2023, 5, 16),
        _p(
            "Sarawak Energy signs power export study with Singaporean utility; Kapit timber licence suspended",
            "BUSINESS | Kuching, Tuesday, 16 May 2023",
            "Sarawak Energy signed an agreement on Monday with a Singaporean utility to study selling hydropower to the city-state through a 700-kilometre undersea cable, the state-owned company said, a project it estimates would take eight years to build once a decision is taken.",
            "A state-owned investment company joined a consortium with two Japanese firms to build a plant in Bintulu that would make hydrogen with power from the state's dams and ship it to Japan and South Korea from 2027. The partners said a final investment decision would come next year.",
            "The Forest Department suspended the licence of a timber company in Kapit after inspectors found logging outside its concession, and the veterinary department lifted the ban it imposed in January on moving pigs out of the Serian district, where an outbreak of African swine fever has been contained.",
            "The state extended by a month the deadline for smallholders to apply for its pepper replanting grants, and the water board said supply had been restored to about 6,000 homes in Miri after a main pipe burst on Saturday. Lorry drivers threatened to stop carrying oil palm fruit to the mills next week over delays to the diesel subsidy cards, and road crews have been deployed on the unfinished stretches of the Pan Borneo Highway between Sibu and Bintulu to patch potholes before the Gawai holiday.",
            "Two credit cooperatives in Sibu merged to share a headquarters and an office in Kuching, and the state's payment platform will be integrated with the national QR code system by the end of the year, the ministry in charge said.",
            "Crude palm oil futures fell 2 percent on Monday on expectations of higher output, and the ringgit was steady against the dollar. Kuching's riverfront will be closed to traffic on Saturday evening for the regatta.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n08-kokrajhar-weekly-bodo-accord-signed-cadres-to-join-police": (
        "'the Centre' and a home minister name no state: the accord has no state party"
    ),
}

_DAY = date(2022, 3, 12)


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "Britain froze the assets of Roman Abramovich on Thursday. The Office of Financial"
            " Sanctions Implementation issued a special licence for Chelsea.",
            "sanctions.suspended",
            "United Kingdom",
            id="a-special-licence-in-a-sanctions-story",
        ),
        pytest.param(
            "France's ambassador to Italy returned to Rome on Friday.",
            "relations.restored",
            "France",
            id="an-envoy-and-his-post-back",
        ),
        pytest.param(
            "French ambassador back in Rome",
            "relations.restored",
            "France",
            id="back-in-a-capital-is-no-past",
        ),
        pytest.param(
            "Botswana deployed 296 soldiers to Mozambique on Monday, to Cabo Delgado, where"
            " insurgents have killed 3,000 people since 2017.",
            "military.presence",
            "Botswana",
            id="the-past-of-a-where-clause",
        ),
        pytest.param(
            "The African Union readmitted Guinea on Friday, lifting a suspension imposed after the"
            " 2021 coup.",
            "sanctions.lifted",
            "Guinea",
            id="a-member-readmitted",
        ),
        pytest.param(
            "The Colombian government and the ELN signed a ceasefire in Havana on Friday.",
            "agreement.signed",
            "National Liberation Army (Colombia)",
            id="an-armed-group-of-the-knowledge-base",
        ),
    ],
)
def test_a_licence_an_envoy_and_a_readmission(text: str, kind: str, party: str) -> None:
    assert party in alert_parties(text, kind, _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The EU has not listed him. Britain first imposed sanctions over the crisis on 22"
            " February, when it froze the assets of five Russian banks.",
            id="a-when-clause-shares-its-main-clauses-past",
        ),
        pytest.param(
            "The couple were granted a special licence to marry.", id="a-marriage-licence"
        ),
        pytest.param("The court reinstated Chile's appeal.", id="no-readmission"),
    ],
)
def test_no_alert_for_a_past_when_clause_or_other_licences(text: str) -> None:
    assert alert_kinds(text, _DAY) == set(), event_rows(text, _DAY)


def test_a_span_before_the_object_makes_no_second_measure() -> None:
    text = "Belarus has extended until the end of 2024 its ban on imports of food from Poland."
    rows = alert_rows(text, date(2023, 12, 12))
    assert [r[0] for r in rows] == ["sanctions.extended"], rows


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout60_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-60 English events"))
