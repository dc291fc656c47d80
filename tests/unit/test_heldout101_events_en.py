"""Hundred-and-first English held-out event set: twelve full-length articles (300-600 words) written
for this test in outlet forms of Europe, Africa and the Americas: a Johannesburg business daily, a
Monrovia daily's online edition, a Zimbabwean exile site's English news page in Johannesburg, a
Sarajevo English-language news site, a Hamburg maritime and energy newsletter, a Buenos Aires
English-language daily, a Barcelona English-language weekly, a Cúcuta border radio's English page, a
Vilnius defence newsletter, a Riga English-language news site, a Lisbon sports daily's English page
and a Nairobi aviation trade letter. The episodes, of 2010-2023, are ones that the earlier sets (up
to set 99 English and 82 Arabic), as far as a search of their docstrings and article texts for the
states, bodies, people, places and numbers shows (every hit read), do not carry as core news: the
United Kingdom sanctioning the Gupta brothers and Salim Essa under its anti-corruption regime (April
2021: set 27 names the Guptas among the first listings of the regime as background, set 32 Arabic as
a historical imposition); Barack Obama ending the national emergency with respect to Liberia and
the sanctions programme on Charles Taylor's circle (November 2015: set 29 names an American lifting
as background of the UN's lifting of 2016); the European Union suspending its measures on 81
Zimbabweans and eight entities after the constitutional referendum (March 2013: set 13 carries the
suspension of 2014, a separate decision); Joe Biden continuing the national emergency with respect
to the Western Balkans (June 2023; set 59 carries an American threat in the region); Mike Pompeo
warning the companies that help to finish Nord Stream 2 to "get out now, or risk the consequences"
(July 2020: set 45 carries the senators' letter to the port of Mukran of August 2020, a separate
threat by other actors, and sets 25, 30 and 44 the waiver of 2021); Argentina asking to become a
NATO global partner (April 2024: set 45 Arabic carries Colombia's partnership of 2018); France and
Spain signing the Treaty of Barcelona (January 2023; set 60 names the Aachen treaty as background);
Colombia and Venezuela restoring relations at Santa Marta (August 2010: set 36 names it in one
sentence of background, set 11 carries the restoration of 2022); Lithuania's Iron Wolf brigade
affiliated with the German 1st Panzer Division (set 85 carries the Czech brigade placed in a German
division in 2017); Spain's soldiers in NATO's battlegroup in Latvia (June 2017); and two near misses
(a Lisbon football page where a club "signed an agreement" with a Brazilian club and "joined an
alliance" of clubs, UEFA "lifted the stadium ban it imposed", the league "suspended" and
"sanctioned", a coach's contract is "extended", "threatened" fines, ties with supporters
"restored", players "deployed" and academies "integrated"; a Nairobi aviation letter where an
airline "joined" an alliance's programme and "signed a codeshare agreement", the regulator "lifted
the suspension it imposed" on a charter firm, "sanctioned" and "threatened" operators, a lease is
"extended", flights are "restored", aircraft "deployed" and booking systems "integrated").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: Argentina, which "formally asked to become a global partner of NATO"), beside
historical, negated, stalled, planned and occurred background.

Decisions of the annotation: the United Kingdom that "imposed sanctions on Ajay, Atul and Rajesh
Gupta and their associate Salim Essa" imposes (core; the four the targets, South Africa, whose state
they looted, not annotated as target); the United States that "designated the three brothers and
Essa in October 2019" a historical imposition, and "South Africa has not imposed" measures of its own
a negated imposition; the United Arab Emirates (where the brothers live) is no party. Barack Obama who
"signed an executive order ending the national emergency with respect to Liberia" lifts (core; the
United States and Obama actors, Liberia and Charles Taylor targets); the order of July 2004 of
George W. Bush a historical imposition, the Security Council that "lifted its own travel ban and
asset freeze in September" a historical lifting, "The council has not lifted its arms embargo" a
negated lifting, and the UN mission "in the country since 2003" a historical presence; Sierra Leone
(Taylor's trial) and the United Kingdom (his prison) are no parties. The European Union that
"suspended its travel ban and asset freeze on 81 Zimbabweans and eight companies" suspends (core);
"The measures were not suspended for President Robert Mugabe" a negated suspension, the sanctions
"first imposed in 2002" a historical imposition, the 21 people "removed from the list in February"
a historical lifting, "the arms embargo stays" no event, and the United States that "has not eased
its own sanctions" a negated lifting; South Africa, whose president mediates, is no party. Joe
Biden who "continued for another year the national emergency with respect to the Western Balkans"
extends (core; the United States and Biden actors, the Western Balkans the target); the emergency
"first declared by George W. Bush in June 2001" and its widening "in June 2021" historical
impositions, the designation of Milorad Dodik "in January 2022" a historical imposition and
Britain's "in April 2022" another, and the European Union's sanctions on Dodik that "have stalled,
blocked by Hungary" a stalled imposition; Hungary is no party. The United States whose secretary of
state "warned companies helping to build Nord Stream 2 ... to 'get out now, or risk the
consequences'" threatens (core; Pompeo an actor, Nord Stream 2 and Russia targets); the sanctions of
"December" under the defence act that made Allseas stop a historical imposition, and Germany, which
"has not" retaliated, is no party of the threat. Argentina that "formally asked to become a global
partner of NATO" is a planned joining (core); the F-16 contract "signed with Denmark in Copenhagen
on Tuesday" an occurred signing (not core), Colombia "which became NATO's first Latin American
partner in 2018" a historical joining, Argentina "a major non-NATO ally of the United States since
1998" a historical joining, and Milei who "declined the invitation to join BRICS" a negated joining.
France and Spain that "signed a treaty of friendship and cooperation in Barcelona" sign (core; Macron
and Sánchez actors too); the treaties of Aachen (2019) with Germany and of the Quirinal (2021) with
Italy historical signings, and the hydrogen pipeline "agreed with Portugal in Alicante in December" a
historical signing. Colombia and Venezuela that "restored diplomatic relations" at Santa Marta
restore (core; Santos and Chávez actors too); the defence agreement "signed with the United States
last October" a historical signing; the rupture of 22 July has no type, and Néstor Kirchner of
UNASUR, who attended, is a go-between. Lithuania and Germany that "signed an agreement affiliating
the Iron Wolf mechanised infantry brigade with the German army's 1st Panzer Division" integrate
(core); "the brigade will not be placed under German command in peacetime" a negated integration,
the Czech and Romanian brigades "affiliated with German divisions a year ago" a historical
integration, and the German-led battlegroup "in Rukla since February last year" a historical
presence. Spain whose "about 300 soldiers ... arrived at the Ādaži base" is present (core; Latvia the
host), Canada "which leads the battlegroup" present too (occurred, not core), the American
soldiers who "have rotated through Latvia since 2014" a historical presence, Slovakia that "will
send soldiers next year" a planned presence (not core), and Latvia "a member of NATO since 2004" a
historical joining. Nothing in the near misses is an event.

Facts I am not sure of: the day of the British listing of the Guptas and Essa (26 April 2021) and
the American designation's month (October 2019); the order number and day of Obama's termination
(Executive Order 13710, 12 November 2015, not named in the text) and that resolution 2237 of
September 2015 ended the UN travel ban and asset freeze; the number of Zimbabweans and entities
suspended in March 2013 (81 and eight, from memory), the day of the decision and the 21 delisted in
February; the day of Biden's notice on the Western Balkans (about 20 June 2023) and of Dodik's
British listing; the day (15 July 2020) and the wording of Pompeo's warning; the day of Petri's
letter to NATO (18 April 2024), the number and price of the F-16s, and the date of Milei's letter on
BRICS; the venue and the number of ministers at the Barcelona summit of 19 January 2023; the figure
of Venezuela's debts to Colombian exporters in 2010; the date and place of the Iron Wolf agreement
(written here as February 2018, in Brussels, which I could not confirm) and the year of the Czech and
Romanian affiliations; and the size of the Spanish contingent in Latvia and the day of the
battlegroup's ceremony (19 June 2017), and Slovakia's joining in 2018. The near misses are
composites of routine news, with invented clubs', firms' and people's details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout101_events_en``.

Measured before any fix (on commit 15e0add): P 0.889, R 0.600, F1 0.716 (recall 6/10, 8 of 9
alerts right; recall by status: occurred 6/9, planned 0/1; no false alarm, one unexpected alert,
none in a near miss).
No annotation was changed after the run (the docstring's span of years, "2010-2023", is corrected to
2010-2024: the Argentine request is of 2024).
Missed: on the Hamburg letter, "The United States on Wednesday warned companies helping to build
Nord Stream 2 ... to 'get out now, or risk the consequences'" gives no threat: a warning whose
consequence is left unnamed, with the sanctions named only in the next sentence ("so that sanctions
under a 2017 law on Russia could reach investors and firms"), is not read. On the Buenos Aires daily,
"Argentina has formally asked to become a global partner of NATO" gives no planned joining: a
request "to become a ... partner of" the alliance is not read as a joining. On the Vilnius
newsletter, "Lithuania and Germany on Wednesday signed an agreement affiliating the Iron Wolf
mechanised infantry brigade ... with the German army's 1st Panzer Division" gives no integration: a
brigade "affiliated with" a division of another state's army is not read as forces placed together
(the agreement is read as an occurred signing of the two states, which is the unexpected alert). On
the Riga site, "About 300 Spanish soldiers ... have arrived at the Ādaži base near Riga as part of
NATO's new multinational battlegroup in Latvia" gives no presence: soldiers named by a demonym who
"have arrived at" a base named by place (the host only in "in Latvia" after the battlegroup) are not
read as Spain's troops in Latvia.
Unexpected: on the Vilnius newsletter, the affiliation agreement is an occurred signing of Lithuania
and Germany with no target.
Seen, not scored: on the Johannesburg daily the imposition has "Ajay" for target (the first of the
three brothers' first names), the American designation and the negated South African measures are
not found, and the extradition treaty with the United Arab Emirates is a historical signing. On the
Monrovia daily the lifting has "Taylor's" beside Liberia for targets and no Obama, the negated UN
lifting has no target, and the order of 2004, the council's lifting of September and the UN mission
are not found. On the exile site the negated lifting of the United States has no target, and the
negated suspension for Mugabe, the measures of 2002 and the delisting of February are not found. On
the Sarajevo site the continuation has no target and no Biden, the historical listings of Dodik by
the Treasury and Britain are read as one negated imposition (its evidence "Britain imposed its own
sanctions on Dodik in April 2022", a historical act read as denied), and the stalled EU listing, the
emergency of 2001, the widening of 2021 and EUFOR are not found. On the Buenos Aires daily the F-16
contract has Denmark for target and no Argentina, and Colombia's partnership, the major non-NATO
ally and the negated BRICS joining are not found. On the Barcelona weekly the signing has the four
parties as actors, and the Aachen, Quirinal and Alicante agreements are not found. On the Cúcuta
page the restoration has both states as actors and no Santos or Chávez, the American base agreement
is found, and "gives American forces access to seven Colombian bases" is a historical presence of
the United States in Colombia (not annotated). On the Vilnius newsletter the negated integration,
the Czech, Romanian and Dutch brigades and the German battlegroup in Rukla are not found. On the
Riga site Slovakia's planned presence has no host, and Canada's presence, the American rotations and
Latvia's joining of 2004 are not found. The Lisbon and Nairobi near misses are quiet.
The articles whose core events are missed are strict xfails (no article raises a false alarm; the
Vilnius newsletter's unexpected signing fails no test).

After the fixes of 2026-12-07: P 0.909, R 0.800, F1 0.851 (recall 8/10, 10 of 11 alerts right;
recall by status: occurred 7/9, planned 1/1; no false alarm, one unexpected alert). Fixed, each
with rule sentences in ``test_heldout101_rules_en``: a state's own request to join, the verb of the
request ("asked", "requested") right before the infinitive with no object between and not passive
("has formally asked to become a global partner of NATO"), is its application, a joining ahead, as
"applied to join" was (``_own_request_to_join`` in ``rasd/events/status.py``: the demand cue no
longer drops it), so the Buenos Aires daily's planned joining is found; and an aside that opens with
"with" after a comma and closes with a comma right before the forces' verb ("About 300 Spanish
soldiers, with Leopard tanks and Pizarro infantry fighting vehicles, have arrived") counts neither
against the trigger's window nor against the subject's reach (``with_aside_before_en`` in
``rasd/events/sentences.py``, used in ``rasd/events/extractor.py`` and ``rasd/events/roles.py`` for
the military family), so the Riga site's presence is found (with Riga beside Latvia for target).
The strict xfails of the Buenos Aires daily and the Riga site are removed.
Left: the Hamburg letter's threat ("warned companies ... to 'get out now, or risk the
consequences'", the sanctions named in the next sentence's clause on the guidance) wants a warning
read with its measure told after it, across a sentence, which no general rule of the analyzer does
yet; and the Vilnius newsletter's affiliation ("signed an agreement affiliating the Iron Wolf
brigade with the German army's 1st Panzer Division") wants "affiliate ... with" a division read as
an integration of forces, which the time of this round did not allow to write with its guards (the
verb has civil senses: a university or a party "affiliated with" another). Both keep their strict
xfails, and the Vilnius signing stays an unexpected alert.

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
UK = "United Kingdom"
EU = "European Union"
UNSC = "United Nations Security Council"
GUPTAS = ("Ajay Gupta", "Atul Gupta", "Rajesh Gupta", "Salim Essa")

ARTICLES: list[Article] = [
    Article(
        "h101-01-johannesburg-business-daily-uk-sanctions-guptas",
        date(2021, 4, 27),
        _p(
            "Britain freezes Gupta assets in first anti-corruption listings",
            "JOHANNESBURG, 27 April 2021 - Rand Business Day",
            "The United Kingdom on Monday imposed sanctions on Ajay, Atul and Rajesh Gupta and their associate Salim Essa, accusing the four of serious corruption that caused significant damage to South Africa. Any assets they hold in Britain are frozen, and they are barred from entering the country.",
            "The listings were among the first under the anti-corruption sanctions regime that Foreign Secretary Dominic Raab presented in parliament on Monday. In the same announcement London named people from Russia, Latin America and Sudan. Raab said the regime would stop those who profit from bribery and embezzlement from laundering their money through British banks and property.",
            "The United States designated the three brothers and Essa in October 2019 under its Global Magnitsky programme, a step that made most international banks close their accounts. South Africa has not imposed any measures of its own, and officials in Pretoria have said that the law gives the state no power to freeze assets without a court order.",
            "The Guptas, who came to South Africa from India in the 1990s, built a business empire in computers, mining and media that became the symbol of what South Africans call state capture. Witnesses before the commission of inquiry led by Deputy Chief Justice Raymond Zondo have described how the family influenced the appointment of ministers and the boards of state companies such as the power utility Eskom and the rail and ports group Transnet during the presidency of Jacob Zuma.",
            "The brothers left the country in 2018 and are believed to live in Dubai. The National Prosecuting Authority has been trying for months to secure their return, but South Africa only signed an extradition treaty with the United Arab Emirates last year, and no request has yet been approved.",
            'Lawyers in Johannesburg said the British decision would have little direct effect, since the family moved most of its money out of reach years ago. "The symbolism matters more than the money," said a partner at a corporate law firm in Sandton. "It tells banks and auditors everywhere that this is a name they should not touch."',
            "The Johannesburg Stock Exchange fell slightly on Monday, led by mining shares. Business groups welcomed the listings and urged the government to act on the commission's findings as soon as they are published.",
            "A spokesman for the family could not be reached for comment.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (UK,), GUPTAS),
            Gold("sanctions.imposed", "historical", (US,), GUPTAS, core=False),
            Gold("sanctions.imposed", "negated", ("South Africa",), GUPTAS, core=False),
        ),
        not_participants=("United Arab Emirates",),
    ),
    Article(
        "h101-02-monrovia-daily-obama-ends-liberia-emergency",
        date(2015, 11, 16),
        _p(
            "Obama ends sanctions programme on Taylor's circle",
            "MONROVIA, 16 November 2015 - The Monrovia Observer, online edition",
            "President Barack Obama has signed an executive order ending the national emergency with respect to Liberia, lifting the sanctions that froze the assets of former president Charles Taylor, his family and his associates in the United States for more than eleven years. The White House said the situation that gave rise to the measures had been transformed by the country's progress since the end of the war.",
            "The programme was created by an order of George W. Bush in July 2004, a year after Taylor went into exile in Nigeria. It blocked property belonging to Taylor, his wife Jewel Howard Taylor and former officials and businessmen accused of helping him to move money out of the country, and forbade Americans to deal with them.",
            "The United Nations Security Council lifted its own travel ban and asset freeze in September, saying that Liberia had made progress in rebuilding its institutions. The council has not lifted its arms embargo on armed groups, which it will review next year together with the future of its peacekeeping mission.",
            "The UN mission, which has been in the country since 2003, is handing over security duties to the Liberian army and police step by step. It still has about 4,000 soldiers and police officers here, down from more than 15,000 at its height.",
            'In Monrovia the news was received calmly. "These measures were about the past," said a senior official at the foreign ministry. "Liberia today is a democracy that has held two peaceful elections and has just beaten Ebola." Liberia was declared free of the virus in September, although health officials are investigating three new cases reported this month in the capital.',
            "Taylor himself is serving a fifty-year sentence in a British prison after the Special Court for Sierra Leone convicted him in 2012 of aiding and abetting war crimes committed by rebels in the neighbouring country. His wife, now a senator for Bong County, has repeatedly called the sanctions unfair to her family.",
            "Economists said the end of the programme would make little difference to trade, which is dominated by iron ore, rubber and palm oil, but that it removes a mark against the country that foreign banks consider when opening accounts for Liberian companies.",
            "The government said President Ellen Johnson Sirleaf would address the legislature on the economy later this month.",
        ),
        (
            Gold(
                "sanctions.lifted", "occurred", (US, "Barack Obama"), ("Liberia", "Charles Taylor")
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "George W. Bush"),
                ("Liberia", "Charles Taylor"),
                core=False,
            ),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Liberia",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Liberia",), core=False),
            Gold("military.presence", "historical", ("United Nations",), ("Liberia",), core=False),
        ),
        not_participants=("Sierra Leone",),
    ),
    Article(
        "h101-03-zimbabwean-exile-site-eu-suspends-measures-on-81",
        date(2013, 3, 26),
        _p(
            "EU suspends sanctions on 81 Zimbabweans after referendum; Mugabe stays on list",
            "JOHANNESBURG, 26 March 2013 - ZimNews Diaspora, English news",
            "The European Union on Monday suspended its travel ban and asset freeze on 81 Zimbabweans and eight companies, rewarding the peaceful referendum of 16 March in which voters approved a new constitution by a large majority. Ministers meeting in Brussels said the decision was meant to support the reforms agreed in the unity government.",
            "The measures were not suspended for President Robert Mugabe, his wife Grace and eight other people, among them the heads of the army and the police, and the state mining company ZMDC remains on the list. Diplomats said the bloc wanted to see the general election due later this year held in a credible way before going further. The arms embargo stays in place.",
            "The sanctions were first imposed in 2002, after a presidential election marred by violence and the seizure of white-owned farms. In February the Union removed 21 people from the list, and it has now gone further by suspending, rather than lifting, most of the remaining names, so that the measures can be brought back quickly if the vote is rigged.",
            "ZANU-PF said the decision was not enough. The party's spokesman said Zimbabwe would not accept conditions from its former colonial power and its allies, and repeated the call for all measures to be removed. The Movement for Democratic Change of Prime Minister Morgan Tsvangirai welcomed the suspension but said that the police were still arresting activists and that a human rights lawyer, Beatrice Mtetwa, was in custody.",
            "The United States has not eased its own sanctions, which target Mugabe and about a hundred other people and companies. Officials in Washington said they were watching the preparations for the election.",
            'In Johannesburg, where hundreds of thousands of Zimbabweans live, the news was discussed in the minibus ranks and on the radio. "The people who were suspended from the list are still the same people," said a former teacher from Masvingo who now works as a security guard. "They will travel to Europe again, but will we be able to go home?"',
            "South Africa's president, Jacob Zuma, who mediates for the Southern African Development Community, is expected to visit Harare next month to discuss the electoral calendar.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (EU,), ("Zimbabwe",)),
            Gold(
                "sanctions.suspended", "negated", (EU,), ("Zimbabwe", "Robert Mugabe"), core=False
            ),
            Gold("sanctions.imposed", "historical", (EU,), ("Zimbabwe",), core=False),
            Gold("sanctions.lifted", "historical", (EU,), ("Zimbabwe",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Zimbabwe",), core=False),
        ),
        not_participants=("South Africa",),
    ),
    Article(
        "h101-04-sarajevo-news-site-biden-continues-western-balkans-emergency",
        date(2023, 6, 23),
        _p(
            "Washington keeps Balkans sanctions framework for another year",
            "SARAJEVO, 23 June 2023 - Balkan Insight Daily, English site",
            "President Joe Biden has continued for another year the national emergency with respect to the Western Balkans, keeping in force the sanctions programme under which the United States has blacklisted dozens of politicians in the region, among them the Bosnian Serb leader Milorad Dodik. The notice was published in the Federal Register on Thursday.",
            "In it the White House said that actions undermining the Dayton peace agreement, the Ohrid framework in North Macedonia and the stability of the region continued to pose an unusual and extraordinary threat to the national security and foreign policy of the United States.",
            "The emergency was first declared by George W. Bush in June 2001, during the conflict in southern Serbia and the insurgency in Macedonia. Biden widened it in June 2021 with an order that added corruption to the grounds for sanctions, and the Treasury designated Dodik under it in January 2022, accusing him of building a patronage network and of threatening the institutions of Bosnia and Herzegovina. Britain imposed its own sanctions on Dodik in April 2022.",
            "European Union sanctions on Dodik have stalled, blocked by Hungary, whose prime minister is one of his closest allies abroad. Several member states have pressed for a listing since Republika Srpska's assembly voted to reject the rulings of the Constitutional Court.",
            'Dodik called the decision irrelevant. "Sanctions are the only language America knows in the Balkans," he told reporters in Banja Luka, adding that he would not travel to Washington anyway.',
            "Diplomats in Sarajevo said the continuation was routine but sent a message at a delicate moment. The High Representative, Christian Schmidt, has said he will annul any law that takes the Serb entity out of the country's legal order, and the entity's government says it does not recognise his authority.",
            "The European Union's peacekeeping force, which has been in the country since 2004, raised its numbers last year after the Russian invasion of Ukraine. The United States has no troops of its own in Bosnia and Herzegovina.",
            "The programme also covers people in Kosovo, Montenegro, Serbia and North Macedonia. The Treasury has not announced any new designations this year.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Western Balkans",)),
            Gold("sanctions.imposed", "historical", (US, "George W. Bush"), (), core=False),
            Gold("sanctions.imposed", "historical", (US, "Joe Biden"), (), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "historical", (UK,), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "stalled", (EU,), ("Milorad Dodik",), core=False),
            Gold(
                "military.presence",
                "historical",
                (EU,),
                ("Bosnia and Herzegovina",),
                core=False,
            ),
        ),
        not_participants=("Hungary",),
    ),
    Article(
        "h101-05-hamburg-maritime-letter-pompeo-warns-nord-stream-2-firms",
        date(2020, 7, 16),
        _p(
            "Pompeo to Nord Stream 2 contractors: get out now",
            "HAMBURG, 16 July 2020 - Nordsee Maritime & Energy Letter",
            'The United States on Wednesday warned companies helping to build Nord Stream 2, the gas pipeline from Russia to Germany under the Baltic Sea, to "get out now, or risk the consequences." Secretary of State Mike Pompeo said the State Department had changed its guidance so that sanctions under a 2017 law on Russia could reach investors and firms that provide ships, equipment or services to the project.',
            "Until now the guidance protected projects whose contracts were signed before August 2017, which covered Nord Stream 2 and the second line of TurkStream. Removing that protection means that insurers, certification bodies, port operators and suppliers of pipe-laying vessels could be targeted, officials said.",
            "About 160 kilometres of the 1,230-kilometre pipeline are still to be laid in Danish waters. The work stopped in December, when sanctions under the American defence budget act made the Swiss-Dutch contractor Allseas withdraw its two pipe-laying vessels within hours. Gazprom has since brought its own ship, the Akademik Cherskiy, from the Russian Far East to the port of Mukran on the island of Rügen.",
            "In Berlin the reaction was sharp. Foreign Minister Heiko Maas said that European energy policy was made in Europe, not in Washington. Germany has not responded with measures of its own, and Chancellor Angela Merkel has said the project should be completed.",
            'Shipping and insurance firms in Hamburg said the warning would make it even harder for Gazprom to find partners. "No one who wants to keep doing business in dollars will touch this," said a broker who handles hull insurance for offshore contractors. Several European classification societies had already stopped working on the project after the December sanctions.',
            "The five European companies that financed half of the pipeline, among them the German firms Uniper and Wintershall Dea, said they were studying the new guidance. Their loans were signed before 2017, but lawyers said that did not protect them from future decisions.",
            "Members of Congress are also preparing a bill that would widen the December sanctions to insurers and certification firms. Pompeo said Washington's aim was to prevent Europe from depending on Russian gas and to protect Ukraine's transit revenues.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, "Mike Pompeo"),
                ("Nord Stream 2", "Russia"),
            ),
            Gold(
                "sanctions.imposed", "historical", (US,), ("Nord Stream 2", "Allseas"), core=False
            ),
        ),
        not_participants=("Germany",),
    ),
    Article(
        "h101-06-buenos-aires-daily-argentina-asks-nato-partnership",
        date(2024, 4, 19),
        _p(
            "Argentina asks to become NATO global partner",
            "BUENOS AIRES, 19 April 2024 - The Buenos Aires Times Herald",
            "Argentina has formally asked to become a global partner of NATO, Defence Minister Luis Petri said on Thursday after meeting the alliance's deputy secretary general, Mircea Geoană, in Brussels. Petri handed over a letter of intent and said the government of President Javier Milei wanted to recover ties with the West that previous governments had neglected.",
            "Geoană said the alliance welcomed the request, which will have to be examined by the 32 member states. Global partners take part in exercises and training and share information with the alliance but are not covered by its mutual defence clause.",
            "The request came two days after Petri signed a contract with Denmark in Copenhagen on Tuesday for 24 F-16 fighter jets, which Argentina will buy for about 300 million dollars. Buenos Aires had also considered Chinese-Pakistani JF-17 aircraft, an option pushed under the previous government.",
            "Colombia, which became NATO's first Latin American partner in 2018, is so far the only country in the region with that status. Argentina has been a major non-NATO ally of the United States since 1998, a designation that President Carlos Menem won after sending warships to the Gulf war.",
            "The move marks a sharp turn in foreign policy. In December Milei declined the invitation to join BRICS, which his predecessor Alberto Fernández had accepted in August, saying the country would not align itself with China and Russia. He has since visited Israel and the United States and has promised to move the Argentine embassy to Jerusalem.",
            'The opposition criticised the request. A senator of the Peronist coalition said the government was dragging the country into conflicts that were not its own, and recalled the war of 1982 over the Falkland Islands, which Argentina calls the Malvinas. "Britain is a member of that alliance," he said. "Has the minister forgotten?"',
            "Officials said the application would not change Argentina's claim over the islands. Petri said the partnership would help modernise the armed forces, whose budgets have shrunk for two decades.",
        ),
        (
            Gold("alliance.joined", "planned", ("Argentina",), ("NATO",)),
            Gold("agreement.signed", "occurred", ("Argentina", "Denmark"), (), core=False),
            Gold("alliance.joined", "historical", ("Colombia",), ("NATO",), core=False),
            Gold("alliance.joined", "historical", ("Argentina",), (US,), core=False),
            Gold(
                "alliance.joined", "negated", ("Argentina", "Javier Milei"), ("BRICS",), core=False
            ),
        ),
        not_participants=("China", "Israel"),
    ),
    Article(
        "h101-07-barcelona-weekly-france-spain-sign-treaty",
        date(2023, 1, 20),
        _p(
            "Sánchez and Macron sign Barcelona treaty as protesters rally outside",
            "BARCELONA, 20 January 2023 - Catalonia Today Weekly",
            "France and Spain signed a treaty of friendship and cooperation in Barcelona on Thursday, the first such treaty between the two neighbours. President Emmanuel Macron and Prime Minister Pedro Sánchez signed it at the National Art Museum of Catalonia on the hill of Montjuïc, at a summit attended by a dozen ministers from each side.",
            "The treaty commits the two governments to hold a summit every year, to consult each other before major European meetings and to cooperate on defence, migration, energy, education and cross-border transport. A Spanish minister will take part in a meeting of the French cabinet once a quarter, and a French minister in the Spanish one.",
            "France signed similar treaties with Germany at Aachen in 2019 and with Italy at the Quirinal in 2021. Spanish diplomats said their country had long asked for one, and that the Barcelona text put the relationship on the same footing as those with Berlin and Rome.",
            "Energy was the main subject of the talks. The two governments and Portugal agreed in Alicante in December to build an undersea pipeline between Barcelona and Marseille to carry hydrogen, replacing the MidCat gas project that France had long opposed. On Thursday the ministers said they would apply for European funds for the pipeline this year.",
            "Outside, several thousand supporters of Catalan independence protested against the summit, which they said was meant to show that the independence movement was over. The regional president, Pere Aragonès, welcomed the leaders at the start of the ceremony and then left to join the protest, saying the treaty ignored Catalonia's right to decide.",
            'Sánchez said the choice of Barcelona was deliberate. "Five years ago this city was in the news for other reasons," he said. "Today it is where Europe meets." Macron praised the Spanish government for the dialogue it has opened with the Catalan parties.',
            "The treaty also sets up cooperation between the police forces of the two countries against terrorism and drug trafficking, and plans to speed up rail links, among them the line between Perpignan and Barcelona.",
            "The next summit is due to be held in France in 2024.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("France", "Spain", "Emmanuel Macron", "Pedro Sánchez"),
                (),
            ),
            Gold("agreement.signed", "historical", ("France", "Germany"), (), core=False),
            Gold("agreement.signed", "historical", ("France", "Italy"), (), core=False),
            Gold("agreement.signed", "historical", ("France", "Spain", "Portugal"), (), core=False),
        ),
    ),
    Article(
        "h101-08-cucuta-border-radio-colombia-venezuela-restore-relations",
        date(2010, 8, 11),
        _p(
            "Santos and Chávez restore relations in Santa Marta",
            "CÚCUTA, 11 August 2010 - Radio Frontera, English page",
            "Colombia and Venezuela restored diplomatic relations on Tuesday, less than three weeks after Caracas broke them off, as President Juan Manuel Santos and President Hugo Chávez met in Santa Marta, on Colombia's Caribbean coast. The two leaders said their ambassadors would return to their posts and that they had turned the page on a year of insults and threats.",
            "The meeting took place at the Quinta de San Pedro Alejandrino, the estate where Simón Bolívar died in 1830. Santos, who took office on Saturday, had invited Chávez within days of his inauguration. The secretary-general of UNASUR, Néstor Kirchner, attended the talks.",
            "Chávez broke relations on 22 July, after the government of Álvaro Uribe presented at the Organization of American States what it said was evidence that commanders of the FARC and the ELN guerrillas were living in camps in Venezuela. Chávez called the accusations a plot and moved troops to the border.",
            "The leaders set up five commissions, on trade debts, economic cooperation, social investment on the border, infrastructure and security. Venezuela promised to pay the debts its importers owe to Colombian exporters, which business groups in Cúcuta put at several hundred million dollars.",
            "The defence agreement that Colombia signed with the United States last October, which gives American forces access to seven Colombian bases, was one of the causes of the crisis. Chávez said on Tuesday that he respected Colombia's sovereignty and that the two countries would discuss their differences in private.",
            'In Cúcuta, where half of the shops depend on Venezuelan customers, the news was greeted with relief. "We have lost a year of sales," said the owner of a clothes shop near the Simón Bolívar bridge. "People here do not care about politics. They want the trucks to cross again."',
            "Trade between the two countries fell from more than seven billion dollars in 2008 to less than half that this year. Truck drivers at the bridge said the Venezuelan customs still turned back most loads of Colombian goods on Wednesday, and that they were waiting for new instructions from Caracas.",
            "The foreign ministers, María Ángela Holguín and Nicolás Maduro, are to meet again in Caracas later this month.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Colombia", "Juan Manuel Santos"),
                ("Venezuela", "Hugo Chávez"),
            ),
            Gold("agreement.signed", "historical", ("Colombia", US), (), core=False),
        ),
        not_participants=("Néstor Kirchner",),
    ),
    Article(
        "h101-09-vilnius-defence-newsletter-iron-wolf-brigade-german-division",
        date(2018, 2, 16),
        _p(
            "Iron Wolf brigade to join German division",
            "VILNIUS, 16 February 2018 - Baltic Defence Monitor",
            "Lithuania and Germany on Wednesday signed an agreement affiliating the Iron Wolf mechanised infantry brigade, the core of the Lithuanian land forces, with the German army's 1st Panzer Division. The defence ministers, Raimundas Karoblis and Ursula von der Leyen, signed the document in Brussels on the sidelines of a meeting of NATO defence ministers.",
            "Under the agreement the brigade will train with the German division, take part in its exercises and adopt its procedures, so that it could fight as part of the division in a crisis. The brigade will not be placed under German command in peacetime, and Lithuanian officials stressed that it remains fully under national control.",
            "The step follows the German Framework Nations Concept, under which smaller allies link their units to larger German formations. The Czech and Romanian brigades were affiliated with German divisions a year ago, and the Dutch army has placed two of its brigades in German divisions since 2014.",
            "For Vilnius the agreement strengthens a relationship that has grown quickly. Germany has led NATO's multinational battlegroup in Rukla since February last year, with about 450 of its own soldiers among more than a thousand from several allies, and German tanks and artillery now exercise regularly on Lithuanian ranges.",
            '"Our brigade will speak the same military language as one of the strongest divisions in Europe," Karoblis said. "That is deterrence in practice." He added that Lithuania would spend two percent of its economic output on defence this year, for the first time since it regained independence.',
            "Military analysts said the affiliation would also help Lithuania decide what equipment to buy. The army is taking delivery of Boxer infantry fighting vehicles, known in Lithuania as Vilkas, and self-propelled howitzers from Germany, both of which the 1st Panzer Division uses.",
            "Russia's military exercises in Kaliningrad and Belarus last year, known as Zapad, were followed closely in Vilnius, where officials said the number of troops involved was much larger than Moscow announced.",
            "The first joint exercise of the brigade and the German division is planned for the autumn.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Lithuania", "Germany"),
                ("Iron Wolf Brigade", "1st Panzer Division"),
            ),
            Gold("forces.integrated", "negated", ("Lithuania", "Germany"), (), core=False),
            Gold(
                "forces.integrated",
                "historical",
                ("Czech Republic", "Romania", "Germany"),
                (),
                core=False,
            ),
            Gold("forces.integrated", "historical", ("Netherlands", "Germany"), (), core=False),
            Gold("military.presence", "historical", ("Germany",), ("Lithuania",), core=False),
        ),
        not_participants=("Russia", "Belarus"),
    ),
    Article(
        "h101-10-riga-news-site-spanish-troops-in-latvia-battlegroup",
        date(2017, 6, 20),
        _p(
            "Spanish tanks arrive as NATO battlegroup stands up at Ādaži",
            "RIGA, 20 June 2017 - Latvia Public News, English",
            "About 300 Spanish soldiers, with Leopard tanks and Pizarro infantry fighting vehicles, have arrived at the Ādaži base near Riga as part of NATO's new multinational battlegroup in Latvia, which held its official welcome ceremony on Monday. Spain's contingent is the second largest in the battlegroup after Canada's.",
            "Canada, which leads the battlegroup, has about 450 soldiers at Ādaži. Italy, Poland, Slovenia and Albania have sent smaller units, and Slovakia will send soldiers next year. In all about 1,100 troops serve in the force, which is one of four that NATO has placed in the Baltic states and Poland to deter Russia.",
            "For Spain it is the largest deployment in Eastern Europe in its history. The defence minister, María Dolores de Cospedal, said at the ceremony that Spain stood with its allies in the north just as they had stood with it, and that the security of Latvia was the security of Spain.",
            "American soldiers have rotated through Latvia since 2014, when NATO began to increase its presence in the region after Russia annexed Crimea. Latvia, a member of NATO since 2004, spends 1.7 percent of its economic output on defence this year and plans to reach two percent in 2018.",
            'President Raimonds Vējonis said the battlegroup was a guarantee that Latvia would never again be left alone. "Our grandparents were deported to Siberia while the world looked away," he said. "That will not happen again."',
            "Moscow has criticised the deployments as a threat to its security. Russia and Belarus will hold the large Zapad exercise in September, and Latvian officials say they expect tens of thousands of troops to take part, more than the 12,700 announced.",
            "Residents of Ādaži, a town of about 10,000 people, said they were used to soldiers but not to so many languages. The local council has opened a small information office for the families of foreign troops, and a Spanish restaurant is rumoured to be opening near the base.",
            "The battlegroup's first large exercise, Sabre Strike, was held earlier this month together with American and Baltic units.",
        ),
        (
            Gold("military.presence", "occurred", ("Spain",), ("Latvia",)),
            Gold("military.presence", "occurred", ("Canada",), ("Latvia",), core=False),
            Gold("military.presence", "historical", (US,), ("Latvia",), core=False),
            Gold("military.presence", "planned", ("Slovakia",), ("Latvia",), core=False),
            Gold("alliance.joined", "historical", ("Latvia",), ("NATO",), core=False),
        ),
        not_participants=("Russia", "Belarus"),
    ),
    Article(
        "h101-11-lisbon-sports-daily-football-roundup",
        date(2024, 2, 12),
        _p(
            "Round-up: UEFA lifts Estrela ban, Vitória extend coach's deal",
            "LISBON, 12 February 2024 - Bola Viva, English page",
            "UEFA on Monday lifted the stadium ban it imposed on Estrela da Serra after crowd trouble in last season's Conference League qualifier, and the club will play its home matches in European competition at its own ground again from the summer. The disciplinary body, which sanctioned the club with a fine of 40,000 euros, said all conditions had been met.",
            "At home, the league's disciplinary council suspended a Porto Alto defender for three matches for elbowing an opponent and threatened heavy fines for any club whose fans throw objects onto the pitch again. Referees' representatives welcomed the warning after a linesman was hit by a lighter at the weekend.",
            "Vitória Atlântico have extended the contract of head coach Rui Mendes until 2026. The club, fourth in the table, said it wanted stability as it fights for a place in Europe.",
            "Off the pitch, Estrela da Serra signed an agreement with a Brazilian club from Belo Horizonte to exchange youth players and coaches, and joined an alliance of clubs from Portugal, Spain and France that will share scouting data on young players in Africa. The club's president said the agreement would give two academy players a season in Brazil each year.",
            "At Sporting Ribeirinho, relations with the main supporters' group were restored after a year of boycotts, and the club said its two youth academies would be integrated into a single training centre next season. The supporters promised to return to the stands for the derby.",
            "The national coach, Roberto Martínez, watched three matches at the weekend. Several of the young players he has deployed at wing back in recent friendlies are in form, and the federation will name the squad for the March friendlies next month.",
            "Results of the 21st round: Vitória Atlântico 2, Porto Alto 1; Estrela da Serra 0, Sporting Ribeirinho 0; Académica Norte 3, União do Tejo 1; Marítimo Sul 1, Desportivo Lezíria 2.",
            "Next weekend's main match is Estrela da Serra against Vitória Atlântico, where the visitors have not won since 2019. Tickets are on sale at both clubs.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h101-12-nairobi-aviation-trade-letter",
        date(2023, 9, 18),
        _p(
            "Aviation letter: Savanna Air joins alliance programme; regulator lifts charter suspension",
            "NAIROBI, 18 September 2023 - East Africa Aviation Letter",
            "Savanna Air, the Nairobi-based regional carrier, joined the connecting-partner programme of a global airline alliance on Friday, allowing passengers to book through to the alliance's long-haul network on one ticket. The airline also signed a codeshare agreement with a Spanish carrier that will put its flight numbers on services between Nairobi and Madrid from next spring.",
            "The civil aviation regulator lifted the suspension it imposed in July on Kilimanjaro Charters, a small operator based at Wilson Airport, after an audit of its maintenance records. The regulator, which sanctioned the company with a fine, said two other operators had been threatened with the loss of their certificates if they do not fix safety findings by the end of October.",
            "Savanna Air has extended the lease of two turboprop aircraft for three years and deployed them on its busiest routes to Mombasa and Kisumu. The carrier said it had restored its daily flights to Eldoret, which were cut during the pandemic, and would add a third frequency to Zanzibar in December.",
            "The airline's chief executive said the company's booking and loyalty systems would be integrated with those of the alliance by the end of the year. She said the partnership would bring more transfer passengers to Jomo Kenyatta International Airport, which is competing with Addis Ababa and Kigali to be the region's main hub.",
            "Cargo operators at the airport reported a strong month for fresh flowers and vegetables, helped by lower fuel prices. Freight volumes in August were nine percent higher than a year earlier, according to figures from the airports authority.",
            "The regulator also said it would publish new rules on drones next month, after consultations with farmers, surveyors and film makers who use them. Operators will need a licence and insurance.",
            "The next East Africa aviation conference will be held in Kigali in November.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "h101-05-hamburg-maritime-letter-pompeo-warns-nord-stream-2-firms": (
        "'warned companies ... to get out now, or risk the consequences' gives no threat"
    ),
    "h101-09-vilnius-defence-newsletter-iron-wolf-brigade-german-division": (
        "a brigade 'affiliated with' another state's division gives no integration"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout101_set_shape() -> None:
    """Twelve articles of 300-600 words, two near misses, ten with core alertable events of all
    ten types, and every status annotated somewhere."""
    check_set_shape(
        ARTICLES,
        size=(12, 12),
        near_misses=(2, 2),
        words=(300, 600),
        core_articles=10,
        core_types=10,
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-101 English events"))
