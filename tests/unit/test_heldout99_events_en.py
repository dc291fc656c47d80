"""Ninety-ninth English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms of Europe, Africa and the Americas: a Toronto Latin American community
weekly's English edition, a Montevideo radio station's English page, a Juba radio page, a Brussels
newsletter on the Great Lakes, a La Paz business weekly, a Ziguinchor community radio's English page,
a Vilnius Belarusian exile site's English edition, a Bangui radio station's English bulletin, a
Limassol trade and shipping weekly, a Kampala weekly, a Winnipeg community sports page and a Lagos
fintech newsletter. The episodes, of 2010-2025, are ones that the earlier sets (up to set 98 English
and 81 Arabic), as far as a search of their docstrings for the states, bodies, people and numbers
shows (every hit read), do not carry as core news: Canada sanctioning nine Nicaraguan officials under
the Special Economic Measures Act (June 2019: no earlier set has a Canadian measure on Nicaragua);
Mercosur lifting the suspension of Paraguay at the Montevideo summit (July 2013: set 59 (Arabic)
names the suspension and its lifting only as background of a threat to Venezuela); the Security
Council renewing the South Sudan arms embargo by resolution 2633 (May 2022: sets 65, 70 and 49
(Arabic) carry the renewals of 2023 and 2024); the European Union's foreign ministers warning the
Democratic Republic of the Congo of targeted sanctions (October 2016: set 89 carries the EU's threat
to Burundi); Bolivia becoming a BRICS partner country (January 2025: sets 64 (Arabic) and 69 carry
Nigeria's partnership, set 40 Bolivia's Mercosur membership, named here as background); Senegal
signing a peace accord with César Atoute Badiate's faction of the MFDC in Bissau (August 2022: set 79
names Casamance talks without an agreement only as background); Belarus and Russia forming a joint
regional grouping of forces (October 2022: no earlier set names it); Rwandan troops sent to the
Central African Republic under a bilateral agreement before the election (December 2020: set 26
(Arabic) names "Rwanda in the CAR" only as background of a Mozambique article); the United States
waiving its arms restrictions on Cyprus for fiscal year 2023 (September 2022: set 51 (Arabic) carries
the first waiver of 2020 and set 22 the renewal of 2024); Rwanda to reopen the Gatuna border with
Uganda (January 2022: no earlier set names it); and two near misses (a Winnipeg junior hockey page
where a league "lifted the suspension" of a coach, "sanctioned" a club and "threatened to expel"
players, a club "signed an affiliation agreement", "joined an alliance" of rinks, players are
"integrated" and "suspended", a contract "extended", ice "restored" and volunteers "deployed"; a
Lagos fintech newsletter where a central bank "lifted the suspension" of a wallet's onboarding,
"sanctioned" lenders and "threatened" to withdraw licences, a firm "signed an agreement" with a
Kenyan operator and "joined an alliance" of payment firms, a wallet is "integrated", service
"restored", a deadline "extended" and agents "deployed").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are planned
(one: Rwanda that "will reopen its main border crossing with Uganda at Gatuna on Monday ...
restoring normal relations"), beside historical, negated, stalled, planned and occurred background.

Decisions of the annotation: Canada that "imposed sanctions on nine senior Nicaraguan officials"
imposes (core; Nicaragua the target); the United States that "sanctioned the national police chief
... last July and Vice-President Rosario Murillo ... in November" a historical imposition, "Canada has
not imposed sanctions on President Daniel Ortega himself" a negated one, and the talks on electoral
reform that "have stalled since May" a stalled signing of Nicaragua; Costa Rica, where the refugees
go, is no party. The presidents of Mercosur who "lifted the suspension of Paraguay" lift (core: the
lifting of a suspension of membership is a lifting, as the AU's in set 98); the suspension "imposed a
year ago" a historical imposition, Venezuela that "joined Mercosur as a full member" a historical
joining, the Union of South American Nations that "has not yet lifted its own measure" a negated
lifting, and the EU-Mercosur talks that "have barely moved" a stalled signing; Bolivia (Morales's
plane), Austria (Vienna) and Suriname (the next venue) are no parties. The Security Council that
"renewed the arms embargo on South Sudan until 31 May 2023" extends (core); "The council did not lift
any of the measures" a negated lifting, the embargo "first imposed in July 2018" a historical
imposition, the revitalised agreement "signed in September 2018" a historical signing, the graduation
of the unified forces "delayed again" a stalled integration, and UNMISS "in the country since
independence in 2011" a historical presence; Uganda (a road) is no party. The EU ministers who
"warned ... that they were ready to impose targeted sanctions" threaten (core; the Democratic Republic
of the Congo the target); the United States that "imposed sanctions last month on two senior security
officials" a historical imposition (a month old, told as background), "The EU has not yet named
anyone" a negated imposition, the dialogue's agreement the government and part of the opposition
"are expected to sign on Tuesday" a planned signing (not core), and the Security Council's measures
that "date from 2003 to 2005" a historical imposition; Togo (the mediator's country) and Luxembourg
(the venue) are no parties. Bolivia that "became a partner country of the BRICS group" joins (core:
a partner joins the grouping, as Nigeria in set 69); Cuba's partnership an occurred joining (not
core), Bolivia that "has not been admitted as a full member" a negated joining, Egypt and Ethiopia
"which joined a year ago" a historical joining, Bolivia that "became a full member of Mercosur in
July" a historical joining, and Argentina that "declined the invitation" a negated joining; the
lithium contracts with Chinese and Russian firms are business, no event. Senegal's government and the
MFDC faction that "signed a peace agreement in Bissau" sign (core; Senegal and the movement the
actors; Guinea-Bissau, the mediator and venue, no party); Salif Sadio's wing that "has not signed the
agreement" a negated signing, the ceasefire accord "signed in December 2004" a historical signing,
and the ECOWAS force "in the Gambia since 2017", where Senegalese soldiers served, a historical
presence of ECOWAS and Senegal; the army's offensive on its own soil is no presence. Belarus and
Russia that "had agreed to deploy a joint regional grouping of forces, and that its formation had
already begun" integrate forces (core, occurred: the decision is taken and the forming begun); the
Russian units that "would begin arriving in Belarus within days" a planned presence (not core),
Russia's troops that "used Belarus as a base in February" a historical presence, "Belarusian troops
will not enter Ukraine" a negated presence, and the Union State treaty "signed in 1999" a historical
signing; Lithuania and Poland, watching, are no parties. Rwanda that "has sent several hundred
soldiers to the Central African Republic" is present (core); Russia that "had also sent 300 military
instructors" an occurred presence (not core), the instructors "already training the Central African
army" a historical presence of Russia, Rwanda's soldiers with MINUSCA "since 2014" a historical
presence, and the peace agreement of February 2019 "in Khartoum" a historical signing; Cameroon (the
road) and Sudan (the venue) are no parties. The United States that "has waived its restrictions on
arms sales to Cyprus for another fiscal year" suspends (core, with Antony Blinken, who certified it:
a waiver is a suspension by the design's table); "The embargo itself is not lifted" a negated
lifting, the embargo "imposed in 1987" a historical imposition, Washington that "first eased it in
September 2020" a historical suspension, and Turkey's troops "in the north of the island since 1974"
a historical presence; the ports closed to Russian warships are no sanction of this monitor's types
(a port access rule), and the United Arab Emirates (Dubai) is no party. Rwanda that "will reopen its
main border crossing with Uganda ... restoring normal relations" restores, planned (core; Rwanda and
Uganda); the memorandum "signed ... in Luanda in August of that year" a historical signing, and
Uganda's army "in eastern Congo since late November" a historical presence; Angola (the mediator) and
Tanzania (a road) are no parties. Nothing in the near misses is an event.

Facts I am not sure of: the day of the Canadian measures (21 June 2019), that there were nine names,
and the figures of the dead (over 300) and the prisoners released (over 400); the day of the Mercosur
decision (12 July 2013) and the Paraguayan foreign minister's words (written for the article, in the
sense of his public position); the vote on resolution 2633 (26 May 2022; ten in favour, five
abstentions, from memory) and that the first graduation of the unified forces had not happened by
then (it took place in August 2022); the day and place of the EU conclusions on the Congo (17
October 2016, Luxembourg), the death toll of September (about 50), and the day of the US
designations of Amisi and Numbi (28 September 2016); that Bolivia was one of eight partners taking
the status on 1 January 2025; the day (4 August 2022) and the signatories of the MFDC accord and
the number of soldiers killed and captured in January 2022; the day of Lukashenko's announcement
(10 October 2022) and his words about the formation having begun; the day of Rwanda's announcement
(20 December 2020), the number of Russian instructors (300) and the towns taken by the rebels; the day
of the Cyprus certification (16 September 2022), that the easing of 2020 covered only non-lethal
items and when Cyprus closed its ports to Russian warships; the day of Rwanda's statement (28 January
2022) and of Muhoozi's visit (22 January 2022). The quotes of unnamed people are written for the
articles. The near misses are composites of routine news, with invented clubs' and firms' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout99_events_en``.

Measured before any fix (on commit d64afd8): P 0.818, R 0.700, F1 0.754 (recall 7/10, 9 of 11 alerts
right; recall by status: occurred 7/9, planned 0/1; one false alarm, one unexpected alert, none in a
near miss). No annotation was changed after the run.
Missed: on the Ziguinchor page, "Senegal's government and a faction of the Movement of Democratic
Forces of Casamance (MFDC) signed a peace agreement in Bissau" gives no signing (the movement is not
in the knowledge base, and "Senegal's government" with an unknown partner is not read as a party to
the accord), nor does the headline "Government and MFDC faction sign peace accord in Bissau". On the
Vilnius site, "Belarus and Russia had agreed to deploy a joint regional grouping of forces, and that
its formation had already begun" is read as a planned presence of both states with no host, not as
forces joined: a "grouping of forces" is no joint force noun. On the Kampala weekly, "Rwanda will
reopen its main border crossing with Uganda at Gatuna on Monday, ... restoring normal relations
between the two neighbours" gives no restoration: "restoring normal relations" in a participle clause
after the border's reopening is not read.
False alarm: on the Montevideo page, "While Paraguay was out, Venezuela joined Mercosur as a full
member" (a year before, told as the background of the lifting) is an occurred joining with Paraguay
and Venezuela for actors.
Unexpected: on the Brussels newsletter, "the government and part of the opposition are expected to
sign on Tuesday the agreement reached at a national dialogue mediated by the former Togolese prime
minister" is a planned signing of Togo (the mediator's country, a party named by its demonym) and not
of the Congo.
Seen, not scored: on the Toronto weekly the imposition has "Nicaraguan officials" for target (not
Nicaragua), the negated imposition on Ortega is found, and the US listings and the stalled talks are
not. On the Montevideo page the Unasur suspension "which suspended Paraguay at the same time" is a
historical imposition (gold: a negated lifting, "has not yet lifted its own measure", which is not
found), and Mercosur's imposition of 2012 and the stalled EU-Mercosur talks are not found. On the
Juba page the renewal has the United Nations beside the council, and the negated lifting, the
embargo of 2018, the agreement of 2018, the stalled unified forces and UNMISS are not found. On the
Brussels newsletter the threat is found twice (the second, from "ready to impose", historical with no
target), the US listing has Amisi for target (not the Congo), and the negated EU listing and the
council's measures are not found. On the La Paz weekly the Mercosur joining is historical, and Cuba's
partnership, the negated joinings and Egypt and Ethiopia's joining are not found. On the Vilnius site
the Union State treaty is found, the Russian presences are not, and Ukraine's border guards that
"had seen no build-up of Belarusian forces" give a negated presence of Lithuania and Poland in
Belarus. On the Bangui bulletin the Rwandan presence has Bangui beside the Central African
Republic, Russia's 300 instructors have no host, and the historical presences and the Khartoum
agreement are not found. On the Limassol weekly the waiver has no Blinken, and the negated lifting,
the embargo of 1987, the easing of 2020 and the Turkish troops are not found. On the Kampala weekly
the Luanda memorandum has Rwanda alone, and Uganda's troops in Congo are not found. The Winnipeg and
Lagos near misses are quiet.
The articles whose core events are missed or which raise false alarms are strict xfails, and so is
the Brussels newsletter, whose unexpected signing has Togo, a state named as no party, for its actor
(an unexpected alert outside a near miss fails no test, a non-participant made a party does).

After the fixes of 2026-12-07: P 0.917, R 0.900, F1 0.908 (recall 9/10, 11 of 12 alerts right;
recall by status: occurred 8/9, planned 1/1; one false alarm, no unexpected alert). Fixed, each with
rule sentences in ``test_heldout99_rules_en``: two states' troops in a "joint (regional) grouping of
forces" or "of troops", the term of the armies of the former Soviet space, are a joint force (cues
in ``joint_force``; "the regional grouping" of states, a bloc, is none), so the Vilnius site's
"agreed to deploy a joint regional grouping of forces" is forces joined (planned, where the gold has
occurred: both alert); a participle of restored ties that is the second of two joined by "and"
after a comma ("..., ending a closure of almost three years and restoring normal relations")
shares the sentence's subject as one right after the comma does (``_participle_after_comma_en``),
so the Kampala weekly's restoration is found (with Rwanda, as occurred: the participle does not take
the main verb's "will"); and a go-between named with a former title ("mediated by the former
Togolese prime minister") is no party to a signing, even when it is the only state the sentence
names (the witness rule now also runs on a lone party and drops it; where several are named it
still keeps them all unless one remains as actor), so the
Brussels newsletter's planned signing of Togo is gone. The strict xfails of the Brussels
newsletter, the Vilnius site and the Kampala weekly are removed.
Left: the Ziguinchor signing (the MFDC is not in the knowledge base, and "Senegal" stands more than
the ten tokens searched before the verb for its subject, behind "a faction of the Movement of
Democratic Forces of Casamance (MFDC)"; "Senegal's government and the rebels signed" is found, so
a subject coordinated with a long unknown name is the cause, and widening the span is a wider
question than this round had time for);
the Montevideo false
alarm ("While Paraguay was out, Venezuela joined Mercosur": a clause of "while" that sets the
joining in a past period the article names before is no date the status rules read). These stay
strict xfails.

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
UNSC = "United Nations Security Council"
ECOWAS = "Economic Community of West African States"
DRC = "Democratic Republic of the Congo"
CAR = "Central African Republic"

ARTICLES: list[Article] = [
    Article(
        "h99-01-toronto-latin-weekly-canada-sanctions-nicaraguan-officials",
        date(2019, 6, 22),
        _p(
            "Canada sanctions nine Nicaraguan officials over crackdown",
            "OTTAWA, 22 June 2019 - El Puente Latino, English edition",
            "Canada on Friday imposed sanctions on nine senior Nicaraguan officials, freezing any assets they hold in the country and barring Canadians from doing business with them, over the government's violent response to the protests that began in April last year.",
            "Global Affairs Canada said the measures, taken under the Special Economic Measures Act, target people responsible for gross and systematic human rights violations, and that Ottawa acted in coordination with the United States. The list includes senior police commanders and members of the president's inner circle.",
            '"Canada will not stand by while peaceful protesters are killed, jailed and forced into exile," a department spokesperson said. More than 300 people died in the unrest, most of them in the first months, according to the Inter-American Commission on Human Rights.',
            "The United States has gone further. Washington sanctioned the national police chief, Francisco Díaz, last July and Vice-President Rosario Murillo, the president's wife, in November. Canada has not imposed sanctions on President Daniel Ortega himself, and officials would not say whether he could be added later.",
            "In Managua, talks between the government and the opposition Civic Alliance on electoral reform and early elections have stalled since May, when the opposition walked out, accusing the government of breaking its promise to free all political prisoners. The government says it has released more than 400 people under an amnesty law passed this month, which the opposition says also protects the police.",
            "The foreign ministry in Managua called the Canadian measures illegal interference in the country's internal affairs and said they would harm ordinary Nicaraguans, not officials.",
            'In Toronto, members of the Nicaraguan community who have held vigils outside the consulate every Saturday welcomed the step but said it came late. "Our families are still afraid to speak on the phone," said a retired teacher from Masaya who arrived in Canada in the 1980s. "Freezing bank accounts is good, but we want the prisoners home."',
            "Tens of thousands of Nicaraguans have fled to Costa Rica since last year, many of them students and farmers. Community groups in Toronto and Montreal said they would ask Ottawa to help sponsor some of them as refugees.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Canada",), ("Nicaragua",)),
            Gold(
                "sanctions.imposed",
                "historical",
                (US,),
                ("Nicaragua", "Rosario Murillo"),
                core=False,
            ),
            Gold(
                "sanctions.imposed",
                "negated",
                ("Canada",),
                ("Nicaragua", "Daniel Ortega"),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Nicaragua",), (), core=False),
        ),
        not_participants=("Costa Rica",),
    ),
    Article(
        "h99-02-montevideo-radio-page-mercosur-lifts-paraguay-suspension",
        date(2013, 7, 13),
        _p(
            "Mercosur lifts Paraguay's suspension, but Asunción stays cool",
            "MONTEVIDEO, 13 July 2013 - Radio Rambla, English page",
            "The presidents of Mercosur on Friday lifted the suspension of Paraguay, which the bloc imposed a year ago after the removal of President Fernando Lugo, and said the country would take its full part in the trade group again once Horacio Cartes is sworn in on 15 August.",
            "The decision was taken at the summit in Montevideo, where Uruguay handed the rotating presidency of the bloc to Venezuela. The leaders of Argentina, Brazil, Uruguay and Venezuela said the election of April had restored democratic order in Paraguay.",
            "Paraguay was suspended in June 2012, days after its senate removed Mr Lugo in an impeachment trial that lasted less than two days and that its neighbours called a breach of the bloc's democratic clause. While Paraguay was out, Venezuela joined Mercosur as a full member, a step the Paraguayan senate had blocked for six years.",
            'The reaction in Asunción was cool. The foreign minister, José Félix Fernández Estigarribia, said Paraguay would not return while Venezuela held the presidency, because it had never accepted Caracas\'s entry. "We were suspended without being heard, and others decided our place in our absence," he told a radio station.',
            "The Union of South American Nations, which suspended Paraguay at the same time, has not yet lifted its own measure. Its leaders are due to meet in Suriname in August.",
            "Much of the summit was taken up by the affair of the plane of the Bolivian president, Evo Morales, which was forced to land in Vienna this month after several European countries closed their airspace to it on suspicion that the American fugitive Edward Snowden was on board. The presidents called it an offence to the whole region.",
            "Trade talks between Mercosur and the European Union, relaunched in 2010 after six years of deadlock, have barely moved, and diplomats said an exchange of offers planned for this year could slip again.",
            'Exporters in Montevideo said they were relieved. "Paraguay is a partner we cannot do without, for soybeans and for the river," said a grain shipper at the port. "The sooner the politicians make up, the better for everybody who moves cargo on the Paraná."',
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Mercosur",), ("Paraguay",)),
            Gold("sanctions.imposed", "historical", ("Mercosur",), ("Paraguay",), core=False),
            Gold("alliance.joined", "historical", ("Venezuela",), ("Mercosur",), core=False),
            Gold(
                "sanctions.lifted",
                "negated",
                ("Union of South American Nations",),
                ("Paraguay",),
                core=False,
            ),
            Gold("agreement.signed", "stalled", (EU, "Mercosur"), (), core=False),
        ),
        not_participants=("Bolivia", "Austria", "Suriname"),
    ),
    Article(
        "h99-03-juba-radio-page-security-council-renews-south-sudan-embargo",
        date(2022, 5, 27),
        _p(
            "UN renews South Sudan arms embargo for another year despite Juba's appeal",
            "JUBA, 27 May 2022 - Radio Nile Bridge, English news",
            "The UN Security Council on Thursday renewed the arms embargo on South Sudan until 31 May 2023, together with the travel ban and asset freeze on individuals accused of undermining the peace, rejecting the government's appeal to end the measures.",
            "Resolution 2633 was adopted with ten votes in favour and five abstentions, among them China, Russia and India and the council's two African members, Gabon and Kenya, which argued that the embargo punishes a government trying to build a national army. The council did not lift any of the measures, but it said it was ready to review them against benchmarks, among them progress on security arrangements and the management of public money.",
            "The embargo was first imposed in July 2018, after four years of war in which tens of thousands of people were killed and millions fled their homes.",
            '"We are asked to unify our forces, and at the same time we are forbidden to equip them," a senior official at the foreign ministry told Radio Nile Bridge. "This is not fair, and the people of South Sudan will not understand it."',
            "The revitalised peace agreement, signed in September 2018 by President Salva Kiir and the opposition leader Riek Machar, provides for a single army of government and former rebel soldiers. But the graduation of the first batch of the necessary unified forces has been delayed again, and thousands of recruits remain in training centres where, aid workers say, food and medicine are short.",
            "The United Nations Mission in South Sudan has been in the country since independence in 2011 and still shelters tens of thousands of displaced people in its former protection sites. Its mandate was renewed in March.",
            "Western diplomats said the weapons ban had made it harder for the parties to rearm. Human rights groups in Juba said the sanctions list was too short and that those who stole public money or ordered attacks on civilians were still travelling freely in the region.",
            'In the Konyokonyo market, traders were more worried about prices. "A sack of maize costs twice what it cost at Christmas," said a woman selling grain. "Embargo or no embargo, the soldiers have guns. What we need is the road to Uganda to be safe."',
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("South Sudan",)),
            Gold("sanctions.lifted", "negated", (UNSC,), ("South Sudan",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("South Sudan",), core=False),
            Gold("agreement.signed", "historical", ("South Sudan",), (), core=False),
            Gold("forces.integrated", "stalled", ("South Sudan",), (), core=False),
            Gold(
                "military.presence",
                "historical",
                ("United Nations Mission in South Sudan",),
                ("South Sudan",),
                core=False,
            ),
        ),
        not_participants=("Uganda",),
    ),
    Article(
        "h99-04-brussels-great-lakes-brief-eu-warns-congo-of-sanctions",
        date(2016, 10, 18),
        _p(
            "EU warns Kinshasa of targeted sanctions over violence and election delay",
            "BRUSSELS, 18 October 2016 - Great Lakes Brief",
            "European Union foreign ministers warned on Monday that they were ready to impose targeted sanctions on those responsible for last month's deadly crackdown in Kinshasa and on anyone who blocks a peaceful way out of the crisis over the presidential election in the Democratic Republic of the Congo.",
            "In conclusions adopted in Luxembourg, the ministers said the EU would use all the means at its disposal, including individual restrictive measures, and asked the bloc's foreign policy service to start preparing them. The election was due in November, but the electoral commission has said it cannot be held before 2018, and President Joseph Kabila's second and last term ends on 19 December.",
            "At least 50 people were killed in Kinshasa on 19 and 20 September, when the security forces fired on demonstrators who demanded that the commission call the vote. Opposition party offices were burned the same night.",
            "The United States imposed sanctions last month on two senior security officials, General Gabriel Amisi Kumba, who commands the army's western zone, and John Numbi, a former national police chief, saying they had threatened the country's democratic processes. The EU has not yet named anyone.",
            "In Kinshasa, the government and part of the opposition are expected to sign on Tuesday the agreement reached at a national dialogue mediated by the former Togolese prime minister Edem Kodjo, which would put off the election to April 2018 and keep Mr Kabila in office until then. The main opposition alliance, the Rassemblement, boycotted the dialogue and says it will not recognise the deal.",
            'Government spokesman Lambert Mende said the European warning was "a lack of respect" for a sovereign state and that Brussels was taking sides with the opposition. Diplomats said several member states had pushed for a firmer text, while others feared that sanctions would close the door to talks.',
            "The Security Council's own measures, an arms embargo on armed groups and a list of rebel commanders and militia leaders, date from 2003 to 2005 and do not cover government officials.",
            'Congolese in Brussels, many of them from the Matonge district, demonstrated outside the EU\'s headquarters during the meeting. "The time for statements is over," said one of the organisers. "We want names on a list."',
        ),
        (
            Gold("sanctions.threatened", "occurred", (EU,), (DRC,)),
            Gold("sanctions.imposed", "historical", (US,), (DRC,), core=False),
            Gold("sanctions.imposed", "negated", (EU,), (DRC,), core=False),
            Gold("agreement.signed", "planned", (DRC,), (), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), (DRC,), core=False),
        ),
        not_participants=("Togo", "Luxembourg"),
    ),
    Article(
        "h99-05-la-paz-business-weekly-bolivia-becomes-brics-partner",
        date(2025, 1, 3),
        _p(
            "Bolivia enters BRICS as a partner country",
            "LA PAZ, 3 January 2025 - Altiplano Business Review",
            "Bolivia became a partner country of the BRICS group on 1 January, the foreign ministry said on Thursday, one of eight states that took up the new status at the start of the year under a decision of the bloc's summit in Kazan in October.",
            "President Luis Arce, who attended the Kazan summit, said the status would give Bolivia a voice in the group's discussions on trade, finance and development, and access to the New Development Bank, which the government hopes will help finance lithium plants and roads. Cuba, Belarus, Kazakhstan, Malaysia, Thailand, Uganda and Uzbekistan also became partners.",
            "Bolivia applied for full membership in 2023, and has not been admitted as a full member. Partners may attend some meetings of the leaders and ministers, but take no part in the decisions of the five founders and the new members, among them Egypt and Ethiopia, which joined a year ago.",
            "The move is the second step of this kind for La Paz in six months. Bolivia became a full member of Mercosur in July, after an accession process that began in 2015, and ministers say the two memberships are not in conflict. Argentina, which was invited to join BRICS as a full member in 2023, declined the invitation under President Javier Milei.",
            '"BRICS is not a bank that opens on Monday and lends on Tuesday," said a La Paz economist who advises exporters. "But for a country without dollars, any new source of finance is welcome, and China and Russia are already our partners in lithium."',
            "The government is short of foreign currency, and long queues for diesel have returned to the cities of the east in recent weeks. Mining companies say they need clearer rules before they invest in the salt flats, and the lithium contracts signed with Chinese and Russian firms still await approval by the legislature.",
            "The opposition said the government was choosing sides in a contest between the great powers. The foreign ministry replied that Bolivia would keep working with all its partners, including the United States and the European Union.",
            "Officials said Bolivia would take part in the group's meetings in Brazil, which holds the presidency this year.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Bolivia",), ("BRICS",)),
            Gold("alliance.joined", "occurred", ("Cuba",), ("BRICS",), core=False),
            Gold("alliance.joined", "negated", ("Bolivia",), ("BRICS",), core=False),
            Gold("alliance.joined", "historical", ("Bolivia",), ("Mercosur",), core=False),
            Gold("alliance.joined", "negated", ("Argentina",), ("BRICS",), core=False),
            Gold("alliance.joined", "historical", ("Egypt", "Ethiopia"), ("BRICS",), core=False),
        ),
        not_participants=("United States",),
    ),
    Article(
        "h99-06-ziguinchor-radio-page-senegal-signs-accord-with-mfdc-faction",
        date(2022, 8, 6),
        _p(
            "Government and MFDC faction sign peace accord in Bissau",
            "ZIGUINCHOR, 6 August 2022 - Radio Kassumay FM, English page",
            "Senegal's government and a faction of the Movement of Democratic Forces of Casamance (MFDC) signed a peace agreement in Bissau on Thursday, under which the rebels are to lay down their arms, in what officials called a decisive step towards ending one of Africa's oldest separatist conflicts.",
            "The accord was signed by representatives of the government and by César Atoute Badiate, who leads the faction's fighters in the south of the region, along the border with Guinea-Bissau. President Umaro Sissoco Embaló of Guinea-Bissau, who mediated the talks, hosted the ceremony at his palace.",
            'Under the text, the faction will hand over its weapons and its fighters will return to civilian life with the help of reintegration programmes. "We are tired of the bush. Our children must go to school," a member of the faction\'s delegation told Radio Kassumay by telephone from Bissau.',
            "The other armed wing of the movement, led by Salif Sadio, has not signed the agreement. The army drove his men out of several bases along the Gambian border in an offensive in March, after four Senegalese soldiers serving with the ECOWAS mission in the Gambia were killed and seven captured in January. The West African force has been in the Gambia since 2017, when it was sent to make Yahya Jammeh hand over power.",
            "The conflict began in 1982, when a march for independence in Ziguinchor was put down. A ceasefire accord signed in December 2004 by the government and the movement's founder, Father Augustin Diamacoune Senghor, brought years of relative calm, but it was never followed by a final settlement, and fighting flared up again after his death in 2007.",
            "Local associations welcomed the news but asked for the mine clearance of the villages to go faster. Thousands of families who fled in the 1990s have come back to their fields in the last two years, but many are still waiting for their houses to be rebuilt.",
            '"A paper signed in Bissau does not rebuild a house in Sindian," said the head of a women\'s group that grows rice near the border. "But if the guns are silent, we can plant, and if we can plant, we can live."',
            "The governor of the region said the army would stay in its positions until the handover of weapons was complete.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Senegal", "Movement of Democratic Forces of Casamance"),
                (),
            ),
            Gold(
                "agreement.signed",
                "negated",
                ("Senegal", "Movement of Democratic Forces of Casamance"),
                (),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Senegal", "Movement of Democratic Forces of Casamance"),
                (),
                core=False,
            ),
            Gold(
                "military.presence",
                "historical",
                (ECOWAS, "Senegal"),
                ("Gambia",),
                core=False,
            ),
        ),
        not_participants=("Guinea-Bissau",),
    ),
    Article(
        "h99-07-vilnius-exile-site-belarus-and-russia-form-joint-regional-grouping",
        date(2022, 10, 11),
        _p(
            "Lukashenko announces joint force with Russia; Russian troops expected",
            "VILNIUS, 11 October 2022 - Free Belarus Courier, English edition",
            "Alexander Lukashenko said on Monday that Belarus and Russia had agreed to deploy a joint regional grouping of forces, and that its formation had already begun, raising fears in Kyiv that Belarus could be drawn deeper into the war.",
            "Speaking at a meeting with security officials in Minsk, Mr Lukashenko said he had agreed on the step with Vladimir Putin in St Petersburg at the weekend, and claimed without evidence that Ukraine and its Western backers were preparing an attack on Belarus. He said Russian units would begin arriving in Belarus within days to join the grouping.",
            "The joint grouping has existed on paper for years under the defence agreements of the Union State, whose founding treaty the two countries signed in 1999, but it had never been brought together as a single force on the ground.",
            "Russian troops already used Belarus as a base in February, when columns crossed the border from the south of the country towards Kyiv, and Russian missiles are still launched from Belarusian territory. Mr Lukashenko has repeatedly said that Belarusian troops will not enter Ukraine, and the defence ministry in Minsk said on Monday that the grouping's task was purely defensive.",
            "The announcement came hours after Russia fired dozens of missiles at Ukrainian cities, including Kyiv, in retaliation for the explosion on the Crimean bridge on Saturday.",
            '"This is not about defence, it is about pressure," said an adviser to the opposition leader Sviatlana Tsikhanouskaya, who lives in exile in Vilnius. "Belarusians do not want this war, and the regime knows it. That is why it talks of a threat that does not exist."',
            "Lithuania and Poland said they were watching the movements of troops near their borders closely and were in contact with their NATO allies. Ukraine's border guards said they had seen no build-up of Belarusian forces so far.",
            "Belarusian exile groups in Vilnius and Warsaw said they would gather information on any movements of Russian trains and troops and pass it on to journalists.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Belarus", "Russia"), ()),
            Gold("military.presence", "planned", ("Russia",), ("Belarus",), core=False),
            Gold("military.presence", "historical", ("Russia",), ("Belarus",), core=False),
            Gold("military.presence", "negated", ("Belarus",), ("Ukraine",), core=False),
            Gold("agreement.signed", "historical", ("Belarus", "Russia"), (), core=False),
        ),
        not_participants=("Lithuania", "Poland"),
    ),
    Article(
        "h99-08-bangui-radio-bulletin-rwandan-troops-arrive-before-election",
        date(2020, 12, 21),
        _p(
            "Rwandan troops arrive in Bangui as rebels advance before the vote",
            "BANGUI, 21 December 2020 - Radio Oubangui Matin, English bulletin",
            "Rwanda has sent several hundred soldiers to the Central African Republic under a bilateral defence agreement, the government in Kigali said on Sunday, a week before a presidential election that a new rebel coalition has vowed to disrupt.",
            "Kigali said the troops were deployed after its peacekeepers serving with the UN mission had been targeted by rebels backed by the former president François Bozizé, and that they would protect the population and the election. Residents of Bangui saw armoured vehicles leave the airport of M'Poko for the city centre on Sunday evening.",
            "Russia said on Monday it had also sent 300 military instructors to the country at the request of the government, in addition to those already training the Central African army. The Russian foreign ministry said the instructors would not take part in the fighting.",
            "Rwandan soldiers have served with MINUSCA, the UN peacekeeping mission, since 2014, and Rwandan officers guard President Faustin-Archange Touadéra, who is seeking a second term on 27 December.",
            "The rebel alliance, the Coalition of Patriots for Change, was formed last week by six armed groups, several of which signed the peace agreement of February 2019 with the government in Khartoum and have now walked out of it. The government accuses Mr Bozizé, whose candidacy was rejected by the constitutional court, of leading the coalition; his party denies it.",
            "Fighters of the coalition took the towns of Bossembélé and Yaloké on the main road to Cameroon at the weekend, and traders said lorries carrying food and fuel from the port of Douala were stuck at the border.",
            '"We have seen too many wars to believe that soldiers alone will save us," said a vendor at the Km5 market. "But if they keep the road open and let us vote, people will be grateful."',
            "The electoral authority said voting cards were still being handed out in the provinces and that it would not postpone the vote. The UN envoy called on all sides to respect the calendar and the results.",
        ),
        (
            Gold("military.presence", "occurred", ("Rwanda",), (CAR,)),
            Gold("military.presence", "occurred", ("Russia",), (CAR,), core=False),
            Gold("military.presence", "historical", ("Russia",), (CAR,), core=False),
            Gold("military.presence", "historical", ("Rwanda",), (CAR,), core=False),
            Gold("agreement.signed", "historical", (CAR,), (), core=False),
        ),
        not_participants=("Cameroon", "Sudan"),
    ),
    Article(
        "h99-09-limassol-business-weekly-us-waives-cyprus-arms-restrictions",
        date(2022, 9, 18),
        _p(
            "Washington waives Cyprus arms restrictions for another year; Ankara protests",
            "LIMASSOL, 18 September 2022 - Cyprus Trade & Shipping Weekly",
            "The United States has waived its restrictions on arms sales to Cyprus for another fiscal year, the State Department said on Friday, keeping the island's defence trade with American companies open until the end of September 2023.",
            "Secretary of State Antony Blinken certified to Congress that the Republic continues to meet the conditions of the Eastern Mediterranean Security and Energy Partnership Act: that it denies Russian military vessels access to its ports for refuelling and servicing, and that it is carrying out reforms against money laundering.",
            "The embargo itself is not lifted. It was imposed in 1987 to encourage a settlement between the island's Greek Cypriot and Turkish Cypriot communities, and the law of 2019 lets the administration waive it only one year at a time. Washington first eased it in September 2020, when it allowed the sale of non-lethal equipment.",
            'Government spokesmen in Nicosia welcomed the decision as a sign of the deepening relationship with the United States. "We are no longer treated as a problem to be managed," said a senior official at the defence ministry. Officials said the National Guard would be able to buy American equipment and spare parts without the special licences it needed before.',
            "Turkey, which has kept troops in the north of the island since 1974, condemned the decision. Its foreign ministry said it would harm the efforts for a settlement and create a dangerous arms race on the island, and called on Washington to take a balanced approach.",
            "Shipping agents in Limassol said the condition on Russian warships had changed little in practice, since the government closed its ports to them after the invasion of Ukraine in February. Some Russian-owned ship management firms have moved staff to Dubai this year.",
            'Defence analysts said the measure mattered more for politics than for arms. "Cyprus is not going to buy fighter jets from Texas," said a lecturer in international relations in Nicosia. "But the message is that Washington now sees the Republic as a partner in the eastern Mediterranean, and Ankara heard it."',
            "The State Department must certify the conditions again next year for the waiver to be renewed.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, "Antony Blinken"), ("Cyprus",)),
            Gold("sanctions.lifted", "negated", (US,), ("Cyprus",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Cyprus",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Cyprus",), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Cyprus",), core=False),
        ),
        not_participants=("United Arab Emirates",),
    ),
    Article(
        "h99-10-kampala-weekly-rwanda-to-reopen-gatuna-border",
        date(2022, 1, 29),
        _p(
            "Rwanda to reopen Gatuna border on Monday as thaw with Uganda deepens",
            "KAMPALA, 29 January 2022 - The Kampala Observer Weekly",
            "Rwanda will reopen its main border crossing with Uganda at Gatuna on Monday, the government in Kigali said on Friday, ending a closure of almost three years and restoring normal relations between the two neighbours a week after a visit to Kigali by President Yoweri Museveni's son, Lieutenant General Muhoozi Kainerugaba.",
            "Kigali's statement said it had taken note of the steps Uganda had taken to address its concerns and that it would keep watching how they were carried out. Rwanda has accused Kampala of backing Rwandan rebel groups and of arresting and mistreating Rwandan citizens, charges that Uganda has denied.",
            "Gen. Muhoozi, who commands Uganda's land forces, met President Paul Kagame on 22 January and said afterwards that the two countries had agreed to work together again. He has called Mr Kagame his uncle on social media.",
            "Rwanda closed the border in February 2019. The two presidents signed a memorandum of understanding in Luanda in August of that year, under the mediation of Angola and the Democratic Republic of the Congo, but meetings to carry it out produced little.",
            "Uganda's army has been in eastern Congo since late November, fighting the Allied Democratic Forces rebels together with the Congolese army, an operation that Kigali has watched with suspicion.",
            'At Katuna, on the Ugandan side, lorry drivers who have been parked for days ahead of the reopening said they hoped for a quick clearance. "Three years we used the long road through Tanzania, and every trip cost us more," said a driver carrying cement and cooking oil to Kigali. Traders in Kabale said the closure had hurt the whole district.',
            "The Uganda Revenue Authority said its officers were ready, and health officials said travellers would have to show a negative COVID-19 test at the crossing.",
            "Business groups in both countries called for the other crossings to reopen soon and for the two governments to settle the cases of the detained citizens.",
        ),
        (
            Gold("relations.restored", "planned", ("Rwanda", "Uganda"), ()),
            Gold("agreement.signed", "historical", ("Rwanda", "Uganda"), (), core=False),
            Gold("military.presence", "historical", ("Uganda",), (DRC,), core=False),
        ),
        not_participants=("Angola", "Tanzania"),
    ),
    Article(
        "h99-11-winnipeg-community-sports-page-junior-hockey",
        date(2024, 11, 18),
        _p(
            "Suspension lifted, deal signed: a busy week for the Assiniboine Flyers",
            "WINNIPEG, 18 November 2024 - Prairie Rink Report",
            "The Assiniboine Flyers will have their head coach back behind the bench on Friday after the junior league lifted the suspension it imposed on him last month for a confrontation with a referee. The league said he had completed an officiating course and apologised in writing.",
            "The club did not escape without a penalty. The league sanctioned the Flyers with a fine of 2,500 dollars for the bench-clearing brawl in Brandon, and threatened to expel any player involved in a second incident this season. Two defencemen were suspended for three games each.",
            'Off the ice, the Flyers signed an affiliation agreement with a college programme in North Dakota, under which players can train with the college team in the summer, and joined an alliance of small-town rinks across Manitoba and Saskatchewan that will share bus contracts and buy equipment together. "We are a community club with a community budget," the club president said. "Every dollar saved on buses goes to ice time for kids."',
            "Two sixteen-year-olds from the under-18 team have been integrated into the senior lineup for the rest of the season, and the club extended the contract of its veteran trainer for two more years.",
            "The week started badly. Power to the arena was cut for most of Tuesday when a storm brought down a line on the highway, and ice-making was only restored late in the evening, forcing the cancellation of a practice and two minor hockey games. Volunteers were deployed to clear snow from the parking lot before Wednesday's game, which the Flyers won 4-2.",
            "The team sits third in the division, three points behind the leaders, with a game in hand. The new goaltender, signed from a club in Thunder Bay in September, has a save percentage above .920, the best in the league.",
            'The club is also asking for help with its fundraising lottery, which pays for the travel of the under-15 teams. "We sold half the tickets last year," said a volunteer who has run the canteen for twenty years. "This year we want to sell all of them before Christmas."',
            "Season ticket holders will receive a free scarf at the home game on 29 November.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h99-12-lagos-fintech-newsletter",
        date(2024, 9, 9),
        _p(
            "Regulator lifts onboarding suspension on mobile wallet; lenders sanctioned",
            "LAGOS, 9 September 2024 - Naira Rails, the fintech newsletter",
            "The payments company PayKoko said on Monday that the central bank had lifted the suspension it imposed in April on the onboarding of new customers to its mobile wallet, after the firm tightened its checks on the identity of account holders. The company said it would start registering new users this week.",
            "The regulator also sanctioned three digital lenders for breaching consumer protection rules, fining them a combined 75 million naira, and threatened to withdraw the licences of firms that shame borrowers by calling their relatives and employers. Lenders' associations said most of their members already followed the rules.",
            "PayKoko has signed an agreement with a Kenyan mobile money operator to let customers send money between the two countries, and has joined an alliance of African payment firms that are working on a common standard for instant transfers. Its wallet will be integrated with the bill-payment systems of two electricity distribution companies in the north by the end of the year.",
            "The firm's service was restored on Friday after an outage of six hours, which it blamed on a failure at a data centre. It also extended the deadline for small merchants to update their documents until the end of October, and deployed two hundred agents to markets in Kano and Onitsha to help traders do so.",
            'Investors are watching closely. "The regulator has shown it can switch you off for months," said a venture capitalist in Lagos. "Compliance is now the product. The firms that survive will be the ones that treat it that way."',
            "Elsewhere, a payment switch raised 40 million dollars from investors in London and Nairobi, and a savings app said its customers had doubled in a year. Analysts said the fall of the naira had pushed many young Nigerians to save in dollar-denominated products, which the central bank is reviewing.",
            "The newsletter's next briefing, on agent banking in rural areas, will be sent on Friday.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "h99-02-montevideo-radio-page-mercosur-lifts-paraguay-suspension": (
        "'While Paraguay was out, Venezuela joined Mercosur as a full member' is an occurred joining"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout99_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out set 99 (English)"))
