"""Twenty-eighth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
twenty-seven sets lack: a Perth diaspora site's English edition on Australia's sanctions on sixteen
members of Myanmar's junta and two military conglomerates (2023), with an activist interviewed, a
Kabul daily on the Security Council's ISIL and al-Qaida committee removing Gulbuddin Hekmatyar from
its list (2017), a Khartoum business page on the US suspension of most of its Sudan sanctions on
probation (January 2017), a Dakar regional wire on the Security Council renewing the Mali sanctions
regime (2022), a Maseru editorial on SADC's threat of targeted sanctions against those who block
Lesotho's reforms (2018), a Pacific news round-up on Kiribati returning to the Pacific Islands Forum
(2023), a press release of Norway's Ministry of Defence on the Supplementary Defence Cooperation
Agreement with the United States and its four agreed areas (2021), a question-and-answer explainer
on Somalia restoring relations with Kenya (2021), a wire with four datelines on Ouattara's decree
merging the New Forces and the army into the Republican Forces of Ivory Coast (2011), and near
misses (an Apia fisheries story where a licence is "suspended", a fine "imposed", a ban "lifted",
a patrol boat "deployed" and an "agreement" signed with a cannery; a Copenhagen business page on a
turbine maker fined by the European Commission, a buyback "suspended", an "agreement" with a
Taiwanese utility and an overtime ban "lifted"; a Guatemalan volcano story with soldiers
"deployed", a search "suspended", rescuers sent by Mexico and Colombia, an "agreement" with the
World Food Programme and a flight ban "lifted").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; an organisation joined; a defence cooperation agreement signed; relations
restored; former rebels and an army merged; a foreign force's access to agreed areas), nine
occurred and one planned, beside historical, negated and stalled events. They are told in the
ordinary ways: a passive lead with the actor as an adjective ("have been hit with Australian
financial sanctions and travel bans"), a title-case headline verb ("Australia Sanctions Junta
Leaders"), a delisting told as a removal from a list ("removed him from its list on Friday", "is no
longer subject to United Nations sanctions"), a nominalised suspension on probation, a threat in an
editorial's paraphrase and quoted communique, a return told as "returned to", a ministry's register
with its numbered release, questions as headings, datelines inside a wire, reported speech, dates
as "16.04.2021", "17/02/2023", "Wed Aug 31, 2022", "last Friday and Saturday" and "two years to the
day".

Decisions of the annotation: sixteen junta members and two conglomerates "hit with Australian
financial sanctions" on the coup's anniversary are an imposition by Australia (core), the US,
British and Canadian measures "the same day" an imposition that occurred (not core), the five
officers named in 2018 a historical imposition and "Australia has still not sanctioned Myanma Oil
and Gas Enterprise" a negated one; a committee of the Security Council that "removed him from its
list on Friday" lifts (core), the UN listing and the US designation of 2003 historical
impositions, "the United States has not taken him off its own list" a negated lifting and the
peace agreement of September a historical agreement; an order that "suspended most of the trade
and financial sanctions" with a general licence suspends (core, as a waiver), the revocation "for
good in July only if" conditions are met a planned lifting (not core), the embargo of 1997,
tightened in 2006, a historical imposition and "Sudan remains on Washington's list of state
sponsors of terrorism" a negated lifting; a council that "voted on Tuesday to renew for another
year the travel ban and asset freeze" extends (core), the regime of 2017 with its listings of 2019
historical impositions, ECOWAS's sanctions imposed in January and lifted after the junta's promise
of July historical (told as background of a changed regional mood), the French troops gone on
August 15 a negated presence (a withdrawal ends a presence, as in set 16) and MINUSMA with the
Ivorian soldiers who came in July a historical presence; SADC leaders who "warned that anyone who
obstructs the reform process here could face targeted sanctions" threaten (core), the mission sent
"last December" a historical presence and a national dialogue that "has stalled" where "nobody
has signed anything" a stalled agreement; a state that "has formally returned to the Pacific
Islands Forum", its president's letter "completing the country's return", joins (core), the four
Micronesian states "brought back last June" a historical joining, the Suva Agreement a historical
agreement, Beijing "which it recognised in 2019" a historical restoration and "there will be no
Chinese military base" a negated presence; a minister and an ambassador who "today signed" an
agreement sign (core), the "agreed areas" where "US forces will have unimpeded access and may
carry out construction" a planned presence (core, as set 12's "access to 15 bases"), "there will be
no permanent foreign bases" a negated presence, the SOFA of 1951 a historical agreement, Norway's
founding membership of NATO a historical joining and the Marines "on rotation since January 2017" a
historical presence; a government that "was restoring diplomatic relations" restores (core; the
Qatari mediator is no party), the Kenyan troops "in Somalia since 2011" a historical presence, and
Somalia's ban on miraa flights a trade measure (no event, as in sets 15 and 24); an ordinance
"signed on Thursday" that "merges the New Forces and the Defence and Security Forces into the
Republican Forces of Ivory Coast" integrates (core), the integration promised under the 2007
Ouagadougou agreement of which "little came" a stalled integration and the agreement a historical
one, the UN mission "since 2004" and France's Licorne force historical presences, and the EU and US
travel bans and asset freezes "in December and January" (and the EU's port ban "since") historical
impositions. Outside the monitor's remit (no event): a fisheries ministry's licence suspension, fine
and lifted harvesting ban, a police boat deployed in its own waters, an agreement with a cannery;
a competition fine of the European Commission on a company, a buyback suspended, a supply agreement
with a utility, a union's overtime ban lifted, a company that joined an index; soldiers deployed at
home after an eruption, classes and a search suspended, foreign rescuers sent, a food-delivery
agreement of the World Food Programme, a flight ban lifted.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout28_events_en``.
Measured before any fix (2026-12-02, on commit 9db3320): P 0.667, R 0.500, F1 0.571 (recall 5/10, 6
of 9 alerts right; recall by status: occurred 5/9, planned 0/1; one false alarm, two unexpected
alerts, no venue as a party; two of the three near misses quiet). No annotation was corrected after
the run. Missed: Australia's sanctions on the junta ("Australia Sanctions Junta Leaders and Two
Military Conglomerates ...", "Sixteen members of Myanmar's military regime and two conglomerates
... have been hit with Australian financial sanctions and travel bans": the verb "sanctions" after a
state is not read, "Canada sanctions Iranian officials" neither, and being "hit with" sanctions,
the authority an adjective or after "by", is no imposition form, while "Canada imposed sanctions on"
is found; the article gives no event at all); Hekmatyar's delisting ("The Security Council
committee that oversees the sanctions ... removed him from its list on Friday": a removal from "its
list" with a pronoun object and no "sanctions list" is no lifting, "is no longer subject to United
Nations sanctions" and "the UN delisted ..." neither, while "removed the Afghan commander from its
sanctions list" is found with no actor); SADC's threat ("warned that anyone who obstructs the reform
process here could face targeted sanctions": those who "could face sanctions" introduced by "anyone
who" or "those who" with a state only as the scene of what they obstruct make no threat, whoever
says or warns it; the communique's "would not hesitate to impose sanctions on individuals and
parties" names no state, while "SADC said it would not hesitate to impose sanctions on politicians
who block reforms in Lesotho" is a threat with no target); Kiribati's return ("Kiribati has formally
returned to the Pacific Islands Forum": a state that "returned to" or "rejoined" an organisation is
no joining, while "joined the Pacific Islands Forum" is found); the agreed areas in Norway ("It
identifies four agreed areas, at Rygge and Sola air stations, Evenes air station and Ramsund naval
station, where US forces will have unimpeded access and may carry out construction": areas named as
"air stations" and "agreed areas", reached through "where", give no presence, "will be able to
operate from three Swedish air bases" neither, while "will have access to three Swedish air bases"
is). False alarm: ECOWAS's lifting ("The Economic Community of West African States lifted the
economic and financial sanctions it had imposed on Mali in January after the junta agreed in July
to hand power to civilians by March 2024": a date ahead of the publication in the clause after
"after" makes the past lifting planned; "lifted its sanctions on Guinea after the junta promised
elections by 2026" too). Unexpected: two agreements of a government with a company, each with Samoa
as the only party ("The ministry also signed an agreement with a Pago Pago cannery" in the Apia near
miss, "Samoa's government says it has reached an agreement with the contractors on the new hospital
wing" in the Pacific round-up): an agreement whose other side is a company or contractors is taken
for a cooperation agreement. Also seen, not scored: the Sudan headline "Washington Eases Sudan
Embargo" read as a lifting that occurred (it matches the planned lifting of July, so it counts as
right), the lead's "suspended most of the trade and financial sanctions" giving nothing of its own
(the suspension is found through the "general licence" with the Treasury); the Mali renewal found
through the headline "UN Keeps Mali Sanctions for Another Year" with the United Nations as actor,
the lead's "voted on Tuesday to renew for another year" read as historical with no target; the Ivory
Coast merger with no actor ("Ouattara" not linked to the state), Burkina Faso and Ouattara as
parties of the Ouagadougou agreement, and the EU and US measures with "Gbagbo" as target but no
state; Somalia restoring ties found with Kenya as a target.
After the fixes (same day): P 0.889 R 0.700 F1 0.783 (recall 7/10, 8 of 9 alerts right; one
false alarm). Fixed, each with its rule test below: the verb "sanctions" with officials, generals
or ministers for its object ("Canada sanctions Iranian officials"; not in a title in capitals)
and sanctions that "hit" someone impose them; "no longer subject to … sanctions" lifts them;
"warned that anyone who … could face sanctions" is the warner's threat (a place after "in"
between is the scene, not another party); a body rejoined or "returned to" (named right after
the verb) is joined; a year in a clause after "after" or "because" does not put the main act
ahead; an agreement "with" a company's noun ("with a Pago Pago cannery", "with the contractors")
is a contract, no accord of states. Left: the UN committee's "removed … from its list" (no
sanctions word), ECOWAS's lifting told as background with no date of its own, the Norwegian
"agreed areas … where US forces will have unimpeded access", the Lesotho threat's target.
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
AU = "African Union"
NATO = "NATO"
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
ECOWAS = "Economic Community of West African States"
SADC = "Southern African Development Community"
PIF = "Pacific Islands Forum"
MEC = "Myanmar Economic Corporation"
MEHL = "Myanmar Economic Holdings Limited"
MOGE = "Myanma Oil and Gas Enterprise"
HEKMATYAR = "Gulbuddin Hekmatyar"
HEZB = "Hezb-e-Islami"
NEW_FORCES = "Forces Nouvelles"
FRCI = "Republican Forces of Ivory Coast"

ARTICLES: list[Article] = [
    Article(
        "e01-perth-diaspora-site-australia-sanctions-myanmar-junta",
        date(2023, 2, 1),
        _p(
            "Australia Sanctions Junta Leaders and Two Military Conglomerates on Coup Anniversary",
            "Perth | Myanmar Community Voice (English edition) | 1 February 2023",
            "Sixteen members of Myanmar's military regime and two conglomerates owned by its armed forces have been hit with Australian financial sanctions and travel bans, two years to the day after the generals seized power in Naypyidaw.",
            "Foreign Minister Penny Wong announced the measures in Canberra on Tuesday afternoon. Those listed include members of the State Administration Council, the junta's ruling body, and the two business groups, Myanmar Economic Holdings Limited and Myanmar Economic Corporation, whose profits from mining, beer, banking and telecommunications help to pay for the war the army is waging on its own people. Their assets in Australia are frozen, and Australians may no longer deal with them.",
            "Australia acted alongside the United States, Britain and Canada, which announced their own measures against the regime the same day. For the community here, many of whom fled after 2021, the question was why it had taken so long. Canberra's last listings, five officers named in 2018 over the atrocities against the Rohingya, were four and a half years old.",
            "We put that question to Ko Htet, who coordinates a network of Myanmar activists in Western Australia and has lobbied federal MPs since the coup.",
            '"It is a first step and we welcome it," he told us. "But it is small. Australia has still not sanctioned Myanma Oil and Gas Enterprise, and that is where the money is. Gas revenue goes straight into the junta\'s accounts. Until that stops, nothing really changes for the people in Sagaing or in Karenni State."',
            'Asked whether the listings would make any difference to the generals, few of whom are thought to hold property in Australia, he said the point was the signal. "They watch what the region does. If Australia moves, maybe others in the region also move. ASEAN has done nothing that works."',
            "Senator Wong said the government would keep the situation under review and work with partners, but gave no timetable for further steps. Her office did not respond to a question about the oil and gas company by deadline.",
            "The junta's spokesman in Naypyidaw called the Western measures interference in the country's internal affairs and said they would not change the plan for elections this year, which opposition groups have called a sham.",
            "Australia's decision also follows the case of Sean Turnell, the Sydney economist who advised Aung San Suu Kyi and spent more than 600 days in a Yangon prison before his release in November. While he was held, officials had argued that sanctions could put him at greater risk. He is now home.",
            "Community members plan a vigil outside Parliament House in Perth on Saturday evening.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("Australia",),
                ("Myanmar", MEC, MEHL, "State Administration Council"),
            ),
            # the US, Britain and Canada the same day; the listings of 2018; MOGE not sanctioned
            Gold("sanctions.imposed", "occurred", (US, UK, "Canada"), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "historical", ("Australia",), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "negated", ("Australia",), ("Myanmar", MOGE), core=False),
        ),
        not_participants=("Perth",),
    ),
    Article(
        "e02-kabul-daily-un-committee-delists-hekmatyar",
        date(2017, 2, 5),
        _p(
            "Hekmatyar off UN Blacklist, Clearing Way for Return to Kabul",
            "KABUL, Sunday 5 February 2017",
            "Gulbuddin Hekmatyar, the leader of Hezb-e-Islami and one of the most feared commanders of Afghanistan's civil war, is no longer subject to United Nations sanctions. The Security Council committee that oversees the sanctions on al-Qaeda and the Islamic State group removed him from its list on Friday, ending a freeze on his assets, a travel ban and an arms embargo that had applied to him since 2003.",
            "The removal was requested by the Afghan government under the peace agreement it signed with Hezb-e-Islami in September, the first such deal since the fall of the Taliban. Under that agreement, President Ashraf Ghani granted Mr Hekmatyar and his fighters an amnesty and promised to seek an end to the international measures against him; in return the party renounced violence and pledged to respect the constitution.",
            '"This is a victory for the peace process," said a spokesman for the High Peace Council, Sayed Ehsan Taheri. "It shows the Taliban that there is a way back."',
            "The decision was not automatic. The committee takes decisions by consensus, and diplomats in New York said one member had asked for more time in December before raising no further objection last week.",
            "Mr Hekmatyar, who is believed to be in his late sixties, has not been seen in public for almost twenty years. His forces shelled Kabul in the early 1990s, when he was briefly prime minister, killing thousands of civilians, and many residents of the capital have not forgiven him. Rights groups and the families of victims protested against the amnesty when it was signed.",
            "He was listed by the UN in February 2003, a few days after Washington designated him a terrorist for supporting attacks on American and coalition troops. That designation is separate: the United States has not taken him off its own list, and a State Department official said on Saturday there were no plans to do so.",
            "Party officials said their leader would come to Kabul within weeks, and that preparations for his return were being made with the government. Hundreds of Hezb-e-Islami prisoners are also due to be freed under the deal, though only a first group has been released so far.",
            'Analysts said the delisting removes the last formal obstacle to his return, but not the practical ones. "Security for him is a nightmare," said one Kabul-based analyst. "And his return will reopen old wounds in this city."',
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC, UN), (HEKMATYAR, HEZB, "Afghanistan")),
            # the UN listing and the US designation of 2003, Washington keeping its own; the peace
            # agreement of September
            Gold("sanctions.imposed", "historical", (UNSC, UN, US), (HEKMATYAR,), core=False),
            Gold("sanctions.lifted", "negated", (US,), (HEKMATYAR,), core=False),
            Gold("agreement.signed", "historical", ("Afghanistan", HEZB), (), core=False),
        ),
        not_participants=("New York",),
    ),
    Article(
        "e03-khartoum-business-page-us-eases-sudan-sanctions",
        date(2017, 1, 15),
        _p(
            "Banks, Gum Arabic Exporters Cheer as Washington Eases Sudan Embargo",
            "BUSINESS | Khartoum | 15 January 2017",
            "Sudanese bankers spent Saturday on the telephone to correspondent banks in Europe and the Gulf after outgoing US President Barack Obama on Friday suspended most of the trade and financial sanctions Washington has kept on the country for two decades.",
            "Under an executive order signed a week before he leaves office, American firms may trade with Sudan and Sudanese companies may move dollars through the US financial system again. The Treasury's sanctions office issued a general licence allowing the transactions with immediate effect. The relief is on probation, though: the sanctions will be revoked for good in July only if Khartoum keeps up its cooperation on counterterrorism, halts offensives against rebels in Darfur, Blue Nile and South Kordofan, and lets aid reach the areas they hold.",
            '"For twenty years we have paid fees of three or four per cent to move money through intermediaries, when we could move it at all," said the treasurer of a Khartoum commercial bank who asked not to be named. "If this holds, that cost disappears."',
            "Exporters of gum arabic, sesame and livestock expect the biggest gains. Gum arabic, a thickener used in soft drinks and medicines, was already exempt from the embargo, but buyers complained that paying for it was a nightmare. Sugar and cement producers, who rely on imported spare parts, said they hoped to deal directly with American suppliers for the first time since the 1990s.",
            "The embargo was imposed by President Bill Clinton in November 1997 over Sudan's support for militant groups, and tightened in 2006 over the killings in Darfur. Friday's order leaves several things in place. Sudan remains on Washington's list of state sponsors of terrorism, which bars most American aid and arms sales, and the sanctions on individuals accused of atrocities in Darfur are not affected.",
            "The Sudanese pound gained on the parallel market in Khartoum on Saturday, trading at about 16.5 to the dollar against more than 18 a week earlier, money changers said. The official rate is 6.4.",
            'Economists cautioned against expecting too much. Foreign investors will want to see what the new administration in Washington does in July, and the loss of three quarters of the country\'s oil revenue when South Sudan became independent in 2011 still weighs on the budget. "The sanctions were one problem among many," said an economist at the University of Khartoum.',
            "Foreign Minister Ibrahim Ghandour called the decision a positive development and said talks with Washington would continue.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, TREASURY, OFAC), ("Sudan",)),
            # revocation in July only on conditions (planned, not core); the embargo of 1997 and
            # its tightening of 2006; the terrorism list kept
            Gold("sanctions.lifted", "planned", (US,), ("Sudan",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Sudan",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Sudan",), core=False),
        ),
    ),
    Article(
        "e04-dakar-wire-security-council-renews-mali-sanctions",
        date(2022, 8, 31),
        _p(
            "UN Keeps Mali Sanctions for Another Year as Relations with Bamako Sour",
            "WEST AFRICA WIRE | DAKAR / NEW YORK | Wed Aug 31, 2022",
            "The UN Security Council voted on Tuesday to renew for another year the travel ban and asset freeze it applies to people accused of obstructing the 2015 peace agreement in Mali, and to keep the panel of experts that monitors them until the end of September 2023.",
            'The resolution, drafted by France, was adopted with 13 votes in favour. China and Russia abstained, arguing that the measures should be reviewed now that Bamako faced what the Russian delegate called a "different reality" on the ground. Mali\'s ambassador told the council his government had not been consulted and considered the regime "an instrument of pressure".',
            "The council set up the sanctions regime in September 2017, after repeated violations of the ceasefire in the north, and placed eight people under the measures in December 2019, among them members of armed groups that signed the peace agreement and a member of parliament. No names were added on Tuesday. Western diplomats said there had been discussion of proposing new listings but that the council was too divided for any such step.",
            "The vote comes at a tense moment. The last French troops of Operation Barkhane left Mali on August 15, ending a nine-year deployment after the junta accused Paris of violating its airspace. The UN peacekeeping mission, MINUSMA, saw its mandate extended in June, but its rotations have been suspended several times by the authorities, and 49 Ivorian soldiers who arrived at Bamako airport in July to support the mission are still detained, accused of being mercenaries.",
            "Regional relations, by contrast, have improved. The Economic Community of West African States lifted the economic and financial sanctions it had imposed on Mali in January after the junta agreed in July to hand power to civilians by March 2024, although individual sanctions on its members remain.",
            "In Bamako, government officials dismissed the UN measures as irrelevant to those in power. The people under sanctions are not members of the junta, and the measures concern the peace agreement rather than the transition. Several of the armed groups that signed the 2015 deal have accused the government of dragging its feet on its implementation.",
            "The panel's next report is due in August 2023.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Mali",)),
            # the regime of 2017 and its listings of 2019; ECOWAS's lifting in July (dated, told as
            # background) and its imposition of January; the French troops gone on August 15
            Gold("sanctions.imposed", "historical", (UNSC,), ("Mali",), core=False),
            Gold("sanctions.lifted", "historical", (ECOWAS,), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Mali",), core=False),
            Gold("military.presence", "negated", ("France",), ("Mali",), core=False),
            # MINUSMA, its mandate extended in June, and the Ivorian soldiers who came in July
            Gold("military.presence", "historical", (UN, "Ivory Coast"), ("Mali",), core=False),
        ),
        not_participants=("Senegal",),
    ),
    Article(
        "e05-maseru-editorial-sadc-threatens-sanctions",
        date(2018, 8, 23),
        _p(
            "SADC Has Shown Its Teeth. Our Politicians Should Take the Hint",
            "EDITORIAL | Maseru | Thursday 23 August 2018",
            "For once the region has said clearly what it will do if Lesotho's politicians keep playing games with the reforms the country has promised for years. Leaders of the Southern African Development Community, meeting in Windhoek last Friday and Saturday, warned that anyone who obstructs the reform process here could face targeted sanctions.",
            'The language of the communique is polite, as these things always are, but it leaves little room for doubt. The summit "urged all stakeholders to refrain from actions that undermine the reforms" and said that the community would not hesitate to impose sanctions on individuals and parties found to be blocking them. President Cyril Ramaphosa\'s envoy, the retired judge Dikgang Moseneke, is to report back by November.',
            "We have been here before, of course. Since 2014, when soldiers attacked police stations in the capital and the prime minister of the day fled across the border, SADC has sent envoys, commissions of inquiry and, last December, a contingent of soldiers, police and civilians to help keep the peace after the murder of the army commander, Lieutenant General Khoantle Motsomotso. That mission is due to end in November.",
            "What SADC has never done is punish anybody. The region's leaders prefer persuasion, and in a small country where everybody knows everybody that has allowed the same faces to promise reforms at every election and forget them the day after.",
            "The reforms themselves are not mysterious. The constitution must be amended so that a prime minister cannot simply ask the king to dissolve parliament whenever he faces a vote he might lose. The army must be kept out of politics. The public service must stop changing every time the government does.",
            "A national dialogue was supposed to agree on these changes this year. It has stalled: the leaders of the main opposition parties remain in exile in South Africa, saying they fear for their lives, and they refuse to come home to take part until their safety is guaranteed. The government says the guarantees have been given. Nobody has signed anything.",
            "We do not pretend that sanctions are a good outcome. A travel ban on a handful of politicians would embarrass the country. But it would embarrass them more, and that may be the point. The threat will only work if our neighbours are seen to mean it, and if the people of Lesotho make clear that they would not weep for those who were punished.",
            "Prime Minister Thomas Thabane's office said on Monday it welcomed the summit's decisions. So did the opposition. When everyone welcomes a warning, it is usually because each side thinks it is meant for the other.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (SADC,), ("Lesotho",)),
            # the mission of last December; the national dialogue stalled
            Gold("military.presence", "historical", (SADC,), ("Lesotho",), core=False),
            Gold("agreement.signed", "stalled", ("Lesotho",), (), core=False),
        ),
        not_participants=("Namibia", "South Africa"),
    ),
    Article(
        "e06-pacific-radio-kiribati-rejoins-forum",
        date(2023, 2, 17),
        _p(
            "Kiribati back in the Pacific Islands Forum",
            "PACIFIC NEWS ROUND-UP | Friday 17/02/2023",
            "Kiribati has formally returned to the Pacific Islands Forum, seven months after it quit the region's main political body in a row over who should lead it.",
            'The Forum secretariat in Suva confirmed on Thursday that it had received a letter from President Taneti Maamau completing the country\'s return. Forum chair Mark Brown, the prime minister of the Cook Islands, said the family was whole again. "We have always said the door was open. We are very glad Kiribati has walked back through it," he said.',
            "The way back was agreed in Tarawa at the end of January, when Mr Brown, Fiji's new prime minister Sitiveni Rabuka and the Forum's secretary-general Henry Puna flew in to meet the president. Mr Maamau had refused to attend last year's leaders' meeting in Suva, and announced his country's withdrawal on the eve of it, accusing the Forum of ignoring Micronesian concerns.",
            "Those concerns go back to 2021, when leaders chose Mr Puna as secretary-general over a Micronesian candidate, against an understanding that the post would rotate between the subregions. Five Micronesian states said they would leave. Four of them were brought back last June by the Suva Agreement, a set of reforms which gives the next secretary-general's post to Micronesia and creates an office for the subregion in Kiribati or elsewhere.",
            "Some critics had linked Kiribati's withdrawal to its growing ties with Beijing, which it recognised in 2019 after switching from Taipei. Chinese police officers now work with the Kiribati force, and a Chinese-funded upgrade of the old wartime airstrip on Kanton island has raised questions in Canberra and Washington. Mr Maamau has repeatedly said that there will be no Chinese military base in his country and that the airstrip is for civilian use.",
            "Fiji's Rabuka said he had raised the matter of Kiribati's chief justice, who was suspended by the government last year, during the January visit. Kiribati officials said that was an internal matter.",
            "The Forum's leaders are due to meet in the Cook Islands in November.",
            "In other news: Vanuatu's parliament will meet in special session next week; and Samoa's government says it has reached an agreement with the contractors on the new hospital wing in Apia.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Kiribati",), (PIF,)),
            # ties with Beijing since 2019; no Chinese base; the Suva Agreement of last June
            Gold("relations.restored", "historical", ("Kiribati", "China"), (), core=False),
            Gold("military.presence", "negated", ("China",), ("Kiribati",), core=False),
            Gold("agreement.signed", "historical", (PIF,), (), core=False),
            Gold("alliance.joined", "historical", (), (PIF,), core=False),
        ),
        not_participants=("Fiji", "Cook Islands"),
    ),
    Article(
        "e07-statement-norway-us-supplementary-defence-agreement",
        date(2021, 4, 16),
        _p(
            "Press release: Norway and the United States sign Supplementary Defence Cooperation Agreement",
            "Ministry of Defence | Press release | No.: 31/2021 | Date: 16.04.2021",
            "Minister of Defence Frank Bakke-Jensen and the Ambassador of the United States of America to Norway, Richard Riley, today signed a Supplementary Defence Cooperation Agreement between the two countries. The agreement was signed at the Ministry of Defence in Oslo.",
            "The agreement provides a framework for American military activity in Norway and sets out the conditions under which US forces may be present in the country. It identifies four agreed areas, at Rygge and Sola air stations, Evenes air station and Ramsund naval station, where US forces will have unimpeded access and may carry out construction and other activities, in consultation with Norwegian authorities.",
            '"The United States is Norway\'s most important ally. This agreement makes it easier for us to receive and work with our allies in training, exercises and, if necessary, in crisis and war," said the Minister of Defence.',
            "The agreement does not change Norwegian base policy. The policy, which has applied since 1949, means that there will be no permanent foreign bases on Norwegian territory in peacetime. The agreed areas remain Norwegian, and Norwegian jurisdiction applies. Nor does the agreement permit the storage of nuclear weapons in Norway.",
            "The Supplementary Defence Cooperation Agreement complements the NATO Status of Forces Agreement of 1951. Norway was one of the twelve founding members of NATO in 1949. US Marines have trained in Norway on rotation since January 2017, and US Navy aircraft have used Andøya and Evenes for maritime patrols in recent years.",
            "Negotiations began in 2018. Similar agreements have been or are being negotiated by the United States with a number of allied countries, among them Poland.",
            "The agreement must be approved by the Storting before it enters into force. The Government will present a proposition to the Storting in due course.",
            "Facts: The Norwegian Armed Forces and US forces train together regularly in Norway, among other things in connection with NATO exercises such as Trident Juncture in 2018 and Cold Response. Host nation support is an important element of Norwegian defence planning.",
            "Contact: Press service, Ministry of Defence.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Norway", US), ()),
            Gold("military.presence", "planned", (US,), ("Norway",)),
            # no permanent bases; the SOFA of 1951 and NATO of 1949; the Marines since 2017
            Gold("military.presence", "negated", (US,), ("Norway",), core=False),
            Gold("agreement.signed", "historical", (NATO,), (), core=False),
            Gold("alliance.joined", "historical", ("Norway",), (NATO,), core=False),
            Gold("military.presence", "historical", (US,), ("Norway",), core=False),
        ),
        not_participants=("Oslo",),
    ),
    Article(
        "e08-explainer-kenya-somalia-restore-ties",
        date(2021, 5, 7),
        _p(
            "Explainer: Why Kenya and Somalia Are Talking Again, and What Comes Next",
            "Nairobi | Analysis | May 7, 2021",
            "Somalia said on Thursday that it was restoring diplomatic relations with Kenya, five months after it broke them off. Here is what happened, and what it means.",
            "What was announced?",
            'In a statement read on state media, the Somali government said it had decided to resume relations with Kenya "in the interest of good neighbourliness", following mediation by the Emir of Qatar. Nairobi welcomed the move within hours and said it was committed to "strengthening relations between the two brotherly countries". A Qatari envoy had shuttled between the two capitals in the weeks before.',
            "Why were ties cut in the first place?",
            "In December, Mogadishu accused Kenya of meddling in its internal affairs, chiefly by hosting leaders of Jubaland, a federal state in southern Somalia that is at odds with the central government. It recalled its ambassador and ordered Kenya's envoy to leave. Kenya denied the charge.",
            "Does this mean everything is settled?",
            "No. The two neighbours still disagree over a stretch of the Indian Ocean thought to hold oil and gas, and the International Court of Justice, which heard the case in March without Kenya taking part, has not yet ruled. Kenya says it will not recognise a judgment it considers biased.",
            "What about the miraa trade?",
            "Somalia banned flights carrying miraa, the mild stimulant leaf grown in Kenya's Meru county, last year, officially over the pandemic. Farmers in Meru have lost their biggest export market. The statement on Thursday did not mention the ban, and Somali officials said it would be discussed separately.",
            "Where do Kenyan troops fit in?",
            "Kenyan soldiers have been in Somalia since 2011, first on their own and then as part of the African Union mission, AMISOM, fighting al-Shabaab. Their presence has never been in question in this dispute, although Somali officials have complained about their role in Jubaland.",
            "What happens next?",
            "Embassies are expected to be fully staffed again in the coming weeks, and officials on both sides have spoken of a visit by President Uhuru Kenyatta to Mogadishu or of President Mohamed Abdullahi Farmajo to Nairobi, though nothing has been scheduled. Somalia's own politics may complicate things: the president's term expired in February and elections have been delayed, leaving him at odds with the opposition and with several federal states.",
        ),
        (
            Gold("relations.restored", "occurred", ("Somalia", "Kenya"), ()),
            # Kenyan troops there since 2011
            Gold("military.presence", "historical", ("Kenya", AU), ("Somalia",), core=False),
        ),
        not_participants=("Qatar",),
    ),
    Article(
        "e09-wire-ouattara-merges-forces-into-republican-army",
        date(2011, 3, 18),
        _p(
            "Ivory Coast: Ouattara merges ex-rebels and army into new force",
            "ABIDJAN, March 18 (Wire) -",
            "Alassane Ouattara, recognised by most of the world as Ivory Coast's president, has decreed the creation of a new national army bringing together the former New Forces rebels who back him and soldiers of the regular army, in a bid to win over troops still loyal to his rival Laurent Gbagbo.",
            'The ordinance, signed on Thursday and read on Ouattara\'s television channel late that evening, merges the New Forces and the Defence and Security Forces into the Republican Forces of Ivory Coast, under a single command. Ouattara called on all soldiers "of good will" to join the new force, promising that none of them would be prosecuted for having served under the previous authorities.',
            "The decree is largely symbolic for now. The regular army's chief of staff, General Phillippe Mangou, has not recognised Ouattara, and Gbagbo, who refuses to hand over power after losing the November election, still controls the main military bases in Abidjan.",
            "The integration of the two forces had been promised before. Under the 2007 Ouagadougou agreement signed by Gbagbo and the rebel leader Guillaume Soro, now Ouattara's prime minister, several thousand New Forces fighters were to join the army. Little came of it: the two sides could never agree on ranks, and only a few hundred men were ever taken in.",
            "YAMOUSSOUKRO -",
            "Fighting spread this week to the west and to the northern suburbs of the commercial capital. The United Nations refugee agency says up to a million people have fled their homes.",
            "NEW YORK -",
            "The UN peacekeeping mission, which has been in the country since 2004, said its patrols had come under fire in Abobo. France keeps about 900 soldiers of its Licorne force at its base in Port-Bouet, near the airport. The European Union and the United States imposed travel bans and asset freezes on Gbagbo and his inner circle in December and January, and the EU has since banned its ships from calling at the ports of Abidjan and San Pedro.",
            "ADDIS ABABA -",
            "The African Union confirmed last week that it recognises Ouattara's victory and asked Gbagbo to step down. He has refused.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Ivory Coast", "Côte d'Ivoire"),
                (NEW_FORCES, FRCI),
            ),
            # the integration promised in 2007 that never came; the UN mission and Licorne; the EU
            # and US measures of December and January
            Gold(
                "forces.integrated",
                "stalled",
                ("Ivory Coast", "Côte d'Ivoire"),
                (NEW_FORCES,),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Ivory Coast", "Côte d'Ivoire"),
                (NEW_FORCES,),
                core=False,
            ),
            Gold(
                "military.presence",
                "historical",
                (UN, "France"),
                ("Ivory Coast", "Côte d'Ivoire"),
                core=False,
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                (EU, US),
                ("Ivory Coast", "Côte d'Ivoire"),
                core=False,
            ),
        ),
        not_participants=("Burkina Faso", "Ethiopia"),
    ),
    Article(
        "e10-nm-apia-longliner-licence-suspended",
        date(2024, 6, 12),
        _p(
            "Fisheries Ministry Suspends Longliner's Licence After Catch Found in Hold",
            "APIA, Wednesday 12 June 2024",
            "The Ministry of Agriculture and Fisheries has suspended the licence of a foreign-owned longliner after inspectors found undeclared shark fins and more than two tonnes of bigeye tuna above its quota in its hold.",
            "The vessel, which flies the flag of Vanuatu and is operated by a company based in Fiji, was boarded at Apia wharf last Thursday. The ministry said it had imposed a fine of 150,000 tala on the operator, and that the licence would stay suspended until the fine was paid and an observer placed on board for every trip.",
            '"We are a small country with a big ocean, and we cannot watch all of it," the ministry\'s chief executive said. "When we catch someone, the penalty has to be felt."',
            "The police patrol boat Nafanua II was deployed to the western edge of the exclusive economic zone on Monday after a surveillance flight spotted two vessels fishing without transmitting their positions. Both left Samoan waters before the boat arrived.",
            "The case comes as Samoa's tuna catch recovers from several lean years. Local operators of alia boats, who fish close to shore, say foreign longliners take the fish before it reaches them. Their association joined calls this year for a limit on licences.",
            "In a separate decision, the ministry lifted the ban on harvesting sea cucumbers in the lagoons of Upolu and Savaii, imposed five years ago after stocks collapsed. The season will open on 1 July and run for three months, with quotas for each village. Village councils will be able to set their own rules on top of the ministry's.",
            "The ministry also signed an agreement with a Pago Pago cannery on Tuesday to take part of the local catch at a guaranteed price, which fishermen said would help them plan. Under the deal, the cannery will send a refrigerated carrier to Apia twice a month.",
            "The Fisheries Division said a new law on offshore fishing, which would raise fines tenfold, would go to Parliament later this year. Under the current act, some offences carry fines that were set in the 1980s and have not been changed since.",
            "Samoa's waters are part of a regional system in which Pacific states pool information on licensed vessels. The ministry said it had passed the details of the case to the other members.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e11-nm-copenhagen-business-page-turbine-maker",
        date(2019, 11, 6),
        _p(
            "Turbine Maker Shares Fall After Brussels Fine and Profit Warning",
            "BUSINESS | Copenhagen | 6 November 2019",
            "Shares in Nordvind, the Danish maker of offshore wind turbines, fell almost nine per cent in Copenhagen on Tuesday after the company cut its profit forecast for the year and disclosed that the European Commission had imposed a fine of 48 million euros on it for taking part in a cartel.",
            "The Commission said Nordvind and three other suppliers of bearings and gearboxes had shared customers and fixed prices between 2012 and 2016. It reduced the fine by a third because the company had cooperated with the investigation and admitted its role. A German rival, which revealed the cartel to the Commission, escaped any penalty.",
            'Chief executive Mette Lund said the company had set aside money for the fine last year and that it would not appeal. "This belongs to the past. The people involved left the company a long time ago," she said.',
            "The bigger worry for investors was the forecast. Nordvind now expects an operating margin of four to five per cent, down from six to eight, blaming delays at a Polish factory and higher steel prices. It has suspended its share buyback programme and said it would decide on a dividend in February.",
            "There was better news from Asia. The company signed an agreement last week with a Taiwanese utility to supply 40 turbines for a wind farm off the coast of Changhua, its largest order in the region, and said it was in talks on two more projects in South Korea and Japan.",
            "At home, the metalworkers' union said on Monday it had lifted its overtime ban at the plant in Esbjerg, after management agreed to hire 120 permanent staff instead of relying on agency workers. The ban, imposed in September, had slowed production of blades for a British project.",
            "Nordvind joined the C25 index of Copenhagen's largest listed companies in 2017. Its shares have lost a fifth of their value this year, while those of its larger Danish rival have risen.",
            'Analysts were divided. "The fine is a one-off and the order book is healthy," said an analyst at a Copenhagen broker. Another said the company had now missed its targets three years in a row and that investors would need to see the Polish factory working before they believed the new ones.',
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e12-nm-guatemala-volcano-evacuation",
        date(2018, 6, 6),
        _p(
            "Guatemala Volcano: Death Toll Rises as Rescuers Suspend Search",
            "ESCUINTLA, Guatemala -- June 6, 2018",
            "Rescuers suspended the search for survivors around the Fuego volcano on Tuesday afternoon as new flows of hot ash and gas poured down its slopes, forcing the evacuation of villages that had been declared safe only hours earlier.",
            "The national disaster agency, Conred, said 75 people had been confirmed dead and nearly 200 were missing. Most of the victims lived in San Miguel Los Lotes, a village that was buried on Sunday by a flow that moved faster than anyone could run.",
            'Soldiers were deployed to help the police keep people out of the worst-hit areas, where temperatures remained dangerously high. Many residents tried to return to look for relatives and were turned back at roadblocks. "My mother is under there," one man shouted at a soldier near the village of El Rodeo.',
            "Congress on Monday approved a state of calamity for the three departments most affected, Escuintla, Chimaltenango and Sacatepéquez, which allows the government to spend emergency funds without the usual tenders and to restrict movement in the area. Schools in the region have suspended classes and some have been turned into shelters, which now house more than 3,000 people.",
            "Help has come from abroad. Mexico and Colombia sent teams of rescuers and burns specialists, El Salvador offered to take in injured children, and several children with severe burns were flown to a hospital in Texas. The World Food Programme signed an agreement with the government on Tuesday to deliver food to the shelters for three months.",
            "The government was criticised for not ordering an evacuation sooner. The vulcanology institute said it had warned of increased activity on Sunday morning, hours before the deadly flow. Conred's director said the agency had followed its protocols and that the speed of the eruption had taken everyone by surprise.",
            "President Jimmy Morales declared three days of national mourning. On Tuesday evening the civil aviation authority lifted the ban on flights at La Aurora international airport in Guatemala City, which had been closed on Sunday because of ash on the runway.",
            "Fuego, which rises to 3,763 metres about 40 kilometres south-west of the capital, is one of the most active volcanoes in Central America. Its eruption on Sunday was the strongest in more than four decades.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "e04-dakar-wire-security-council-renews-mali-sanctions": (
        "'The Economic Community of West African States lifted the economic and financial "
        "sanctions it had imposed on Mali in January after the junta agreed in July to hand power "
        "to civilians by March 2024' is read as a planned lifting: a date ahead of the publication "
        "in the clause after 'after' makes the past lifting planned"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {
    "e05-maseru-editorial-sadc-threatens-sanctions": (
        "'warned that anyone who obstructs the reform process here could face targeted sanctions': "
        "those who 'could face sanctions' introduced by 'anyone who', with the state only as the "
        "scene, make no threat"
    ),
    "e07-statement-norway-us-supplementary-defence-agreement": (
        "'four agreed areas, at Rygge and Sola air stations, ... where US forces will have "
        "unimpeded access and may carry out construction': areas named as 'air stations' and "
        "'agreed areas', reached through 'where', give no presence"
    ),
}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def test_a_state_that_sanctions_and_sanctions_that_hit_impose() -> None:
    for text in (
        "Canada sanctions Iranian officials.",
        "Iranian officials have been hit with sanctions by Canada.",
        "Twelve Iranian officials have been hit with Canadian sanctions.",
    ):
        assert ("sanctions.imposed", "occurred") in _told(text), text


def test_a_removal_from_the_list_lifts() -> None:
    for text in (
        "The UN Security Council committee that oversees the sanctions on al-Qaida removed the "
        "commander from its list on Friday.",
        "The Afghan commander is no longer subject to United Nations sanctions.",
        "The UN delisted the Afghan commander on Friday.",
    ):
        assert ("sanctions.lifted", "occurred") in _told(text), text


def test_a_committee_that_oversees_sanctions_is_not_its_targets() -> None:
    rows = event_rows(
        "The UN Security Council committee that oversees the sanctions on al-Qaida removed the "
        "commander from its list on Friday.",
        MONDAY,
    )
    assert [r for r in rows if r[0] == "sanctions.lifted"], rows
    assert all("al-Qaeda" not in str(r) for r in rows if r[0] == "sanctions.lifted"), rows


def test_the_group_joined_is_the_bloc_named_before() -> None:
    rows = event_rows("BRICS leaders met in Kazan. Indonesia joined the group on Monday.", MONDAY)
    assert [r for r in rows if r[0] == "alliance.joined"] == [
        ("alliance.joined", "occurred", ["Indonesia"], ["BRICS"])
    ]


def test_a_group_described_is_no_bloc() -> None:
    text = "BRICS leaders met in Kazan. Indonesia joined the group of investors on Monday."
    assert alert_rows(text, MONDAY) == []


@pytest.mark.xfail(
    strict=True,
    reason="a removal from 'its list' with no sanctions named before is no lifting",
)
def test_a_removal_from_a_list_with_no_sanctions_named_lifts() -> None:
    text = "The UN committee removed the commander from its list on Friday."
    assert ("sanctions.lifted", "occurred") in _told(text), text


def test_anyone_who_obstructs_could_face_sanctions_is_a_threat() -> None:
    for text in (
        "The Southern African Development Community warned that anyone who blocks the reforms in "
        "Lesotho could face targeted sanctions.",
        "The United States said that those who derail the talks in Lesotho could face sanctions.",
    ):
        assert ("sanctions.threatened", "occurred") in _told(text), text


def test_a_return_to_an_organisation_is_joining() -> None:
    for text in (
        "Tonga has formally returned to the Pacific Islands Forum.",
        "Tonga rejoined the Pacific Islands Forum on Thursday.",
    ):
        assert _told(text) == [("alliance.joined", "occurred")], text


def test_a_future_date_after_after_leaves_the_lifting_done() -> None:
    text = "ECOWAS lifted its sanctions on Guinea after the junta promised elections by 2026."
    assert _told(text) == [("sanctions.lifted", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Samoa signed an agreement with a cannery on Tuesday.",
            id="an-agreement-with-a-company",
        ),
        pytest.param(
            "Samoa's government says it has reached an agreement with the contractors on the new "
            "school.",
            id="an-agreement-with-contractors",
        ),
    ],
)
def test_no_alert_for_words_outside_the_remit(text: str) -> None:
    assert alert_rows(text, MONDAY) == []


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout28_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-28 English events"))
