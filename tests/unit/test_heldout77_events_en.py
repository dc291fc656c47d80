"""Seventy-seventh English held-out event set: twelve full-length articles (300-600 words) written
for this test in the forms of outlets the earlier sets use little (a Phnom Penh property investors'
letter, a Lautoka cane growers' bulletin, a Vancouver mining weekly, a Sapporo English-language news
site, a Fort Wayne community radio's news page, a Dili coffee cooperative's newsletter, a Perth
student newspaper, a Santa Cruz de la Sierra expatriate site, a Tijuana manufacturers' association
bulletin, a Tuguegarao diocesan radio's news site, an Auckland rugby club's newsletter, a Calgary
community newspaper), on episodes of 2012-2025 from the Americas, Asia and the Pacific that the
earlier seventy-six sets lack as core news: the US Treasury designating Union Development Group, the
developer of Dara Sakor, under the Global Magnitsky programme (2020); Australia lifting the last of
its post-coup sanctions on Fiji (2014); Canada suspending most of its sanctions on Burma while keeping
the arms embargo (2012); Japan extending its own North Korea sanctions for two years (2023); Joe
Biden threatening to reimpose sanctions on Myanmar on the day of the coup (2021); Timor-Leste becoming
the WTO's 166th member (2024); Australia and Indonesia signing their defence cooperation agreement in
Canberra (2024); Bolivia and the United States agreeing to exchange ambassadors again (2025); the
Federal Police folded into Mexico's new National Guard (2019); the four new sites for US forces in
the Philippines under the Enhanced Defense Cooperation Agreement (2023); and near misses (an Auckland
rugby page where a union "lifted the suspension it imposed" on a flanker, an agreement is "signed",
opening hours "extended", a committee "threatened", players "joined" and "integrated", grades to
"merge", lights "restored", groundsmen "deployed" and "sanctions" are for late subscriptions; a
Calgary community page where the city "lifted the boil-water advisory it imposed", an advisory
"extended", "sanctions" on late utility payments, a watering ban "not lifted", bylaw officers
"deployed", an agreement "signed", gardens to "merge", a community that "joined a network of
communities", business owners who "threatened" a petition, a design "integrated", a rental
"suspended").

Ten articles carry core alertable events of all ten types; core events all occurred, beside planned,
historical, negated and stalled background. No core event is planned (the planned events, the EU's
suspension and Timor-Leste's joining of ASEAN, are not core), which the shape the models keep asks
for; this was seen only when the set's shape test first ran with the measurement, and the annotation
was left as it is: the shape test is a strict xfail for that reason.

Decisions of the annotation: the Treasury that "imposed sanctions on Union Development Group" and
OFAC that "designated the company" impose (core; the United States, the Treasury and OFAC the actors,
the company and Cambodia, where it builds, the targets); General Kun Kim "whom the Treasury sanctioned
in December 2019" is a historical imposition and the EU that "has not imposed sanctions on the company"
a negated imposition; the EU's withdrawal of trade preferences is of no type; China, the owner's and
the armed forces' country, is no party. Australia that "has lifted the remaining sanctions it imposed
on Fiji" lifts (core; Bishop); the measures of 2006 (with New Zealand's) are a historical imposition
and New Zealand that "has not lifted all its measures" a negated lifting (its easing in recent months
left unannotated); Fiji's suspension from the Pacific Islands Forum, a standing state, and the stalled
talks on help for a mill are of no type. Canada that "has suspended most of its economic sanctions
against Burma" suspends (core; Baird; Myanmar the target); the regime of 2007 is a historical
imposition, the EU "expected to suspend its own sanctions" a planned suspension, the United States
that "has eased some restrictions" an occurred suspension (not core) and "has not lifted the ban on
imports" a negated lifting; that the measures "could be restored" if reforms were reversed is the
condition of the suspension, no threat. Japan's decision "to extend its own sanctions on North Korea
for another two years" extends (core; Matsuno, whom the knowledge base may lack); the bans of 2006 and
2009 (and those "restored ... two years later") are historical impositions and the easing of 2014 a
historical lifting; the abduction talks that "have not resumed" concern no agreement, and the patrol
boats sent to Japan's own fishing grounds are no presence. Biden who "threatened to reimpose sanctions
on Myanmar" threatens (core; the military, Min Aung Hlaing, its commander, and Myanmar the targets);
Obama's ending of the national emergency in 2016 is a historical lifting, the designation of Min Aung
Hlaing in 2019 a historical imposition and "those measures have not been lifted" a negated lifting.
Timor-Leste that "became the 166th member of the World Trade Organization" joins (core); Afghanistan
and Liberia in 2016 are a historical joining, ASEAN "which the country hopes to join next year" a
planned joining (not core) and "signed no trade agreement of its own" a negated signing; the
application of 2016 is no joining. Australia and Indonesia that "signed a new defence cooperation
agreement" sign (core; Marles and Prabowo); the Lombok Treaty of 2006 and the agreement of 1995 are
historical signings; the forces that may operate from each other's territory for exercises are a part
of the agreement, no presence of their own, and "does not join military alliances" is a standing
policy, no event; China is no party. Bolivia and the United States that "have agreed to restore
relations at the level of ambassadors" restore (core; Paz and Landau); the framework agreement of 2011
is a historical signing and the return of ambassadors under it, whose "talks stalled", a stalled
restoration; the expulsions of 2008, the DEA's invited return (no military force) and the programme
with the IMF that Bolivia "will not sign" (no agreement of the monitor's kinds) are of no type. The
government that "has begun to integrate the Federal Police into the new National Guard" integrates
(core; Mexico and Durazo; the Federal Police the force, the Guard the body); officers who "have refused
to join" are a negated integration and the Guard's creation in March from the military and naval police
a historical integration; its units "deployed across the country" at home are no presence. The two
Cagayan sites "where American forces will be allowed to stay" among the four new EDCA locations are an
occurred presence (core; the United States and Austin; the Philippines the host); the EDCA "signed in
2014" is a historical signing and the first five sites "agreed in 2016" a historical presence; the
Balikatan exercises and the governor's opposition are of no type; Taiwan and China are no parties.
Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout77_events_en``.

Measured before any fix (on commit 249ef4c): P 1.000, R 0.800, F1 0.889 (recall 8/10, 9 of 9
alerts right; recall by status: occurred 8/10; no false alarm, no unexpected alert, both near misses
quiet), but one alert with a party the article rules out.
No annotation was changed after the run.
Missed: on the Tijuana bulletin, "The federal government has begun to integrate the Federal Police
into the new National Guard" (and its headline, "Federal Police to be folded into the National
Guard") gives no event: the integrating government is "The federal government" with no state named
in the sentence (Mexico is named only later, "across the country", "in Mexico City"), the Federal
Police and the Guard of Mexico are not in the knowledge base, and the article raises nothing at all;
on the Tuguegarao site, "Two military sites in Cagayan are among four new locations where American
forces will be allowed to stay and store equipment under the Enhanced Defense Cooperation Agreement"
gives no presence: forces "allowed to stay" at "locations" or "sites" are not read as a presence,
nor "The sites were agreed with Washington in February"; only the first five sites "agreed in 2016"
(through "rotate through Philippine bases") give a historical presence.
False alarms: none. Unexpected: none.
A party ruled out: on the Phnom Penh letter the core imposition, "The US Treasury on Tuesday imposed
sanctions on Union Development Group, the Chinese-owned company ... that could be used by China's
armed forces", takes China for its only target (the company is not in the knowledge base and
Cambodia, named by "Koh Kong province" only, is not taken): the owner's country, read from a
possessive deep in the clause, stands as the sanctioned state, an alert against the wrong state.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the Phnom
Penh letter the negated imposition by the EU takes "Cambodian official" (an unlinked mention) for
target and Kun Kim's designation of 2019 is not found; on the Lautoka bulletin the lifting has no
Bishop (not in the knowledge base) and the historical imposition and New Zealand's negated lifting
are not found; on the Vancouver weekly the lifting denied to the United States ("it has not lifted
the ban on imports of Burmese goods") is given to the EU, the EU's planned suspension has no target,
and the historical imposition of 2007 and the US easing are not found; on the Sapporo site the
extension has no Matsuno (not in the knowledge base) and the bans of 2006 and 2009 are not found; on
the Fort Wayne page the threat has Biden without the United States and no Min Aung Hlaing, the
designation of 2019 has no actor and its negated lifting is not found; on the Dili newsletter the
historical joining of 2016 and the planned joining of ASEAN are not found; on the Perth paper Marles
is not found (not in the knowledge base); on the Santa Cruz site the restoration has no Paz or
Landau (not in the knowledge base), and the agreement of 2011 and the stalled talks are not found;
on the Tijuana bulletin the negated and historical integrations are not found; on the Tuguegarao
site the EDCA of 2014 is not found.
The articles whose core events are missed or which raise an alert against a ruled-out party are
strict xfails.

After the fixes of 2026-12-06: P 1.000 R 0.800 F1 0.889 (recall 8/10, precision 9/9; occurred 8/10;
no false alarm, no unexpected alert, the near misses quiet, and no alert with a ruled-out party).
Fixed, with rule sentences in ``tests/unit/test_heldout77_rules_en.py``: the Phnom Penh letter's China
came not from "China's armed forces", as first read above, but from "the Chinese-owned company": a
state hyphened to "owned" in a sanctions sentence says whose the sanctioned firm is, not the state
sanctioned (``_owner_of_sanctioned_firm_en`` in ``rasd/events/roles.py``; "state-owned" and
"Iranian-backed" are untouched), so the core imposition now has Union Development Group for target
(Cambodia, named by its province only, is still not taken).
Left: the Tijuana bulletin's integration (no state named by "The federal government", the Federal
Police and Mexico's National Guard not in the knowledge base) and the Tuguegarao site's presence
("locations where American forces will be allowed to stay" is not read as a presence) are still
missed and stay strict xfails; the set's shape test stays a strict xfail (no core planned event).
The rest of what is listed above as seen or not found is unchanged.

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
OFAC = "Office of Foreign Assets Control"
WTO = "World Trade Organization"
ASEAN = "ASEAN"

ARTICLES: list[Article] = [
    Article(
        "x01-phnom-penh-property-investor-letter-treasury-sanctions-dara-sakor-developer",
        date(2020, 9, 16),
        _p(
            "Washington sanctions Dara Sakor developer: what it means for investors",
            "PHNOM PENH, 16 September 2020 | Cambodia Property Investor Letter",
            "The US Treasury on Tuesday imposed sanctions on Union Development Group, the Chinese-owned company building the Dara Sakor resort in Koh Kong province, accusing it of seizing land from local families and of building infrastructure that could be used by China's armed forces.",
            "The Office of Foreign Assets Control designated the company under the Global Magnitsky programme. Any property it holds in the United States is frozen, and American citizens and companies may no longer do business with it. Treasury officials said the airport runway at Dara Sakor, at 3.2 kilometres long enough for large military aircraft, and a deep-water port planned for the site had raised concern in Washington.",
            "Union Development Group, a subsidiary of a Tianjin firm, holds a 99-year lease on some 45,000 hectares of coastline, about a fifth of it inside the Botum Sakor National Park. Villagers and rights groups have said for years that families were evicted with little or no compensation and that houses were burned.",
            "The designation builds on the case of General Kun Kim, the former chief of the general staff, whom the Treasury sanctioned in December 2019 for corruption. Treasury said on Tuesday that he had used soldiers to intimidate families who refused to leave land wanted for the project.",
            "The government in Phnom Penh rejected the accusations. A spokesman said the project was a private investment for tourism and that the constitution forbids foreign military bases on Cambodian soil. The European Union, which withdrew part of Cambodia's trade preferences in August over human rights, has not imposed sanctions on the company or on any Cambodian official.",
            "For readers of this letter the direct exposure is small: few of our subscribers hold assets in Koh Kong. But lawyers we spoke to warned that foreign banks with US operations are likely to refuse payments linked to the developer, and that partners, contractors and buyers of units at Dara Sakor should review their contracts now.",
            "Land prices in Sihanoukville, which had fallen since the ban on online gambling last year, were unchanged this week. Our next issue will look at the new condominium registration rules and at rental yields in Tonle Bassac.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY, OFAC), ("Union Development Group", "Cambodia")),
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Kun Kim", "Cambodia"), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Union Development Group", "Cambodia"), core=False),
        ),
        not_participants=("China",),
    ),
    Article(
        "x02-lautoka-cane-growers-bulletin-australia-lifts-fiji-sanctions",
        date(2014, 3, 31),
        _p(
            "Canberra lifts its last measures on Fiji",
            "LAUTOKA, Monday 31 March 2014 - Cane Growers' Bulletin",
            "Australia has lifted the remaining sanctions it imposed on Fiji after the 2006 military coup, Foreign Minister Julie Bishop said on Monday, citing progress towards the general election promised for September.",
            "The decision removes the travel restrictions that barred members of the interim government, senior officers and their families from entering Australia, and ends the limits on defence cooperation. Ms Bishop said Canberra would also resume normal ministerial contacts and was ready to work with Suva on the election and on the economy.",
            "The measures were introduced after Commodore Frank Bainimarama, now Prime Minister, removed the elected government in December 2006. New Zealand imposed similar restrictions at the time. Wellington has eased some of them in recent months, but it has not lifted all its measures, and a spokesman for Foreign Minister Murray McCully said its position would be reviewed after the vote.",
            "Fiji remains suspended from the Pacific Islands Forum, which has said that it wants to see the election held before the country returns to its meetings.",
            "For the cane belt the news is welcome, if mostly symbolic. Growers' leaders have said for years that the travel bans made it harder to attract Australian investment into the mills and kept managers of the Fiji Sugar Corporation out of meetings in Brisbane and Sydney. The corporation's chairman told the bulletin that talks on technical help for the Lautoka mill, stalled since 2009, could now resume.",
            "The announcement came as harvest preparations began in the western division. The corporation expects to crush about 1.8 million tonnes of cane this season, up on last year, if the weather holds. Growers are reminded that the new cane payment schedule takes effect on 1 June and that the registration of new farm contracts closes at the end of April.",
            "The Lautoka sector office will hold an information session for growers on the new payment schedule on Thursday, 3 April, at the Drasa hall. Tea will be provided.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Australia", "Julie Bishop"), ("Fiji",)),
            Gold("sanctions.imposed", "historical", ("Australia", "New Zealand"), ("Fiji",), core=False),
            Gold("sanctions.lifted", "negated", ("New Zealand", "Murray McCully"), ("Fiji",), core=False),
        ),
    ),
    Article(
        "x03-vancouver-mining-weekly-canada-suspends-burma-sanctions",
        date(2012, 4, 25),
        _p(
            "Ottawa suspends most sanctions on Burma, keeps arms embargo",
            "VANCOUVER, 25 April 2012 | Mining & Resources Weekly",
            "Canada has suspended most of its economic sanctions against Burma, Foreign Affairs Minister John Baird said on Tuesday, opening the door for Canadian mining and energy companies to look at one of the last unexplored markets in Southeast Asia.",
            "The suspension lifts the ban on imports from and exports to Burma, also known as Myanmar, and the restrictions on new investment and on financial services. It leaves in place the arms embargo and the freeze on the assets of a list of individuals and companies linked to the former military regime. Mr Baird said the measures could be restored if the reforms of President Thein Sein were reversed.",
            "Canada imposed what it called the toughest sanctions regime in the world on Burma in 2007, after the army's crackdown on the monks' protests. The decision follows the by-elections of 1 April in which Aung San Suu Kyi and her National League for Democracy won 43 seats.",
            "The European Union is expected to suspend its own sanctions, except the arms embargo, when its foreign ministers meet in Luxembourg on Monday. The United States has eased some restrictions, allowing its companies to provide financial services and to invest in some sectors, but it has not lifted the ban on imports of Burmese goods, which was set by Congress.",
            "For British Columbia's juniors the interest is real. Burma has deposits of copper, gold, tin and rare earths, and Canadian firms had operated there before the sanctions: Ivanhoe Mines left its stake in the Monywa copper project in 2007. Analysts in Vancouver warned that land disputes, ethnic conflicts in the border areas and the role of army-owned conglomerates would make due diligence difficult.",
            "A trade mission is not yet planned, but the Canadian ambassador, who is based in Bangkok, will visit Naypyidaw in May. Mr Baird said he hoped to visit the country himself this year.",
            "Also this week: copper prices slipped on weaker Chinese demand, and the province's mining association published its quarterly outlook, which we review on page 4.",
        ),
        (
            Gold("sanctions.suspended", "occurred", ("Canada", "John Baird"), ("Myanmar",)),
            Gold("sanctions.imposed", "historical", ("Canada",), ("Myanmar",), core=False),
            Gold("sanctions.suspended", "planned", (EU,), ("Myanmar",), core=False),
            Gold("sanctions.suspended", "occurred", (US,), ("Myanmar",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Myanmar",), core=False),
        ),
    ),
    Article(
        "x04-sapporo-english-news-site-japan-extends-north-korea-sanctions",
        date(2023, 4, 4),
        _p(
            "Tokyo extends North Korea sanctions for two more years",
            "SAPPORO, 4 April 2023 - Hokkaido News in English",
            "The government decided on Tuesday to extend its own sanctions on North Korea for another two years, keeping in place a total ban on trade with the country and on North Korean ships entering Japanese ports.",
            "Chief Cabinet Secretary Hirokazu Matsuno said the measures had to remain in force because Pyongyang had launched an unprecedented number of ballistic missiles last year and had made no progress on the return of Japanese citizens abducted in the 1970s and 1980s. The extension, approved by the Cabinet, will run to April 2025 and will be submitted to the Diet for approval.",
            "Japan first banned port calls by the North Korean ferry Mangyongbong-92 in 2006, after a series of missile tests, and stopped all imports from the North the same year. A ban on exports followed in 2009 after the second nuclear test. The measures have been renewed every two years since.",
            "Japan eased some of its sanctions in 2014 after Pyongyang agreed to reinvestigate the fate of the abductees, but restored them two years later, when the talks broke down. Talks between the two governments on the abduction issue have not resumed since.",
            "In Hokkaido the sanctions are felt mainly in the ports. Wakkanai and Otaru once received North Korean ships carrying seafood and coal, and some processing companies in Otaru still remember the crab trade of the 1990s. Fishermen in the Sea of Japan have repeatedly complained about North Korean boats fishing illegally in the Yamatotai bank, and the Fisheries Agency said its patrol boats would again be sent there this summer.",
            "The decision came on the same day as a meeting in Tokyo of the families of the abductees, who asked Prime Minister Fumio Kishida to hold a summit with Kim Jong Un. Mr Kishida has said he is ready to meet the North Korean leader without preconditions.",
            "Elsewhere: the cherry blossom forecast for Sapporo has been moved forward to 26 April, and Hakodate's morning market has started its spring opening hours.",
        ),
        (
            Gold("sanctions.extended", "occurred", ("Japan", "Hirokazu Matsuno"), ("North Korea",)),
            Gold("sanctions.imposed", "historical", ("Japan",), ("North Korea",), core=False),
            Gold("sanctions.lifted", "historical", ("Japan",), ("North Korea",), core=False),
        ),
    ),
    Article(
        "x05-fort-wayne-community-radio-biden-threatens-myanmar-sanctions",
        date(2021, 2, 1),
        _p(
            "Biden threatens Myanmar generals with sanctions; local families wait for news",
            "FORT WAYNE, Indiana, 1 February 2021 | Community Radio News",
            "President Joe Biden on Monday threatened to reimpose sanctions on Myanmar after the country's military seized power and detained Aung San Suu Kyi and other leaders of the elected government.",
            "In a written statement, Mr Biden said the United States had removed sanctions on Burma over the past decade on the basis of progress towards democracy, and that the reversal of that progress would require an immediate review of its sanctions laws and authorities, followed by appropriate action. Secretary of State Antony Blinken called on the military to release all officials and respect the will of the people expressed in the November election.",
            "The army, which said it had declared a state of emergency for a year and handed power to its commander, Min Aung Hlaing, accused the election commission of failing to deal with fraud. International observers found no evidence of fraud on such a scale.",
            "Washington lifted the last of its broad economic sanctions on Myanmar in October 2016, when President Barack Obama ended the national emergency. The Treasury designated Min Aung Hlaing and three other commanders in 2019 over the killings of Rohingya, and those measures have not been lifted.",
            "In Fort Wayne, home to one of the largest Burmese communities in the United States, the news spread early on Monday through calls and messages. Many families here are Karen, Chin or Mon, and some still have parents and children in Yangon and Mandalay.",
            '"I called my mother at six this morning, but there was no phone line," said Hnin Wai, who runs a grocery on the south side of the city. "We came here because of the army. Now they are back, and we do not know what happens next."',
            "Community leaders said they would meet at the Burmese American Community Institute on Tuesday evening, and that a prayer gathering was planned at a Buddhist monastery on the west side. Organisers of a protest outside the Allen County Courthouse asked people to bring signs in English and in Burmese.",
            "The Institute said it could help families to contact relatives and could give information on immigration status. Its office on Calhoun Street is open from 9 a.m. to 5 p.m.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Joe Biden"), ("Myanmar", "Tatmadaw", "Min Aung Hlaing")),
            Gold("sanctions.lifted", "historical", (US, "Barack Obama"), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Min Aung Hlaing", "Myanmar"), core=False),
            Gold("sanctions.lifted", "negated", (US, TREASURY), ("Min Aung Hlaing", "Myanmar"), core=False),
        ),
    ),
    Article(
        "x06-dili-coffee-cooperative-newsletter-timor-leste-joins-wto",
        date(2024, 8, 30),
        _p(
            "Timor-Leste joins the WTO: what it means for our coffee",
            "DILI, 30 August 2024 - Cooperative Newsletter",
            "Timor-Leste became the 166th member of the World Trade Organization on Friday, thirty days after the country deposited its instrument of acceptance in Geneva. It is the first new member since Afghanistan and Liberia in 2016.",
            "WTO members approved the accession package at the ministerial conference in Abu Dhabi in February, and Parliament in Dili ratified it in June. Minister of Economic Affairs Gastão de Sousa said membership would give the country's exports the same treatment as those of every other member and would make it easier to attract foreign investment.",
            "Timor-Leste applied to join in 2016. Prime Minister Xanana Gusmão has said membership is also a step towards ASEAN, which the country hopes to join next year, and he wants the two goals to go together. Timor-Leste signed no trade agreement of its own during the negotiations, and it is not a member of any regional free-trade area.",
            "For our 12,000 member families the change will not be felt at once. Coffee, which is most of the country's exports apart from oil and gas, already enters the United States and the European Union with low or no duties. But members of the board say WTO rules will help in disputes over quality standards and could bring better terms for shipping through Surabaya and Darwin.",
            "The cooperative's general manager reminded members that the harvest in Ermera and Aileu is almost finished. Parchment coffee must reach the Gleno warehouse by 20 September to be included in the first container. The price paid for grade one cherry this year is 65 cents a kilogram, up from 55 cents last season.",
            "Training sessions on the new drying tables will be held in Letefoho and Hatulia in the second week of September. Members who want to join the organic certification group for 2025 should give their names to their village coordinator.",
            "The newsletter thanks the Japanese and New Zealand partners who paid for the new roofs at three of our processing stations this year.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Timor-Leste",), (WTO,)),
            Gold("alliance.joined", "historical", ("Afghanistan", "Liberia"), (WTO,), core=False),
            Gold("alliance.joined", "planned", ("Timor-Leste", "Xanana Gusmão"), (ASEAN,), core=False),
            Gold("agreement.signed", "negated", ("Timor-Leste",), (), core=False),
        ),
    ),
    Article(
        "x07-perth-student-newspaper-australia-indonesia-sign-defence-agreement",
        date(2024, 8, 30),
        _p(
            "Australia and Indonesia sign defence pact in Canberra",
            "PERTH, 30 August 2024 | The Student Voice - News",
            "Australia and Indonesia signed a new defence cooperation agreement in Canberra on Thursday, which Defence Minister Richard Marles called the most significant in the history of the two countries' relations.",
            "The agreement was signed by Mr Marles and Indonesia's Defence Minister and President-elect, Prabowo Subianto, at Parliament House. It commits the two militaries to train and exercise together more often, to work together on maritime security and counter-terrorism, and allows their forces to operate from each other's territory for exercises. Mr Marles said it would have the force of a treaty once both parliaments approve it.",
            "It is not a mutual defence treaty, and neither side is obliged to come to the other's help. Indonesia has a long tradition of non-alignment, and Mr Prabowo stressed that Jakarta does not join military alliances. The pact replaces the Lombok Treaty on security cooperation signed in 2006, which remains in force.",
            "The two countries signed an earlier security agreement in 1995, under Paul Keating and Suharto, but Jakarta cancelled it in 1999 over Australia's role in East Timor.",
            "Dr Elena Martinez, a lecturer in Asian politics at the university, said the signing should be read against China's growing presence in the region. \"Indonesia will still talk to Beijing, and its navy will still exercise with China's, but this is a clear statement of trust in Canberra,\" she said.",
            "Students from Indonesia are the third-largest group of international students on campus. Rizky Pratama, president of the Indonesian Students' Association, said members were following the news closely. \"For us it matters that the two governments get on, because visas, fees and scholarships all depend on it,\" he said.",
            "The association will host a panel on Australia-Indonesia relations in the Guild Council room on 12 September, with speakers from the university's Asia Institute. Entry is free and open to all students. Registration is through the Guild website, where the full programme of Indonesia Week, including a food fair on the library lawn, is also available.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Australia", "Indonesia", "Richard Marles", "Prabowo Subianto"), ()),
            Gold("agreement.signed", "historical", ("Australia", "Indonesia"), (), core=False),
            Gold("agreement.signed", "historical", ("Australia", "Indonesia", "Paul Keating", "Suharto"), (), core=False),
        ),
        not_participants=("China",),
    ),
    Article(
        "x08-santa-cruz-expat-site-bolivia-united-states-restore-ambassadors",
        date(2025, 11, 10),
        _p(
            "Washington and La Paz to exchange ambassadors again after seventeen years",
            "SANTA CRUZ DE LA SIERRA, 10 November 2025 | Bolivia Expat News",
            "Bolivia and the United States have agreed to restore relations at the level of ambassadors, ending seventeen years in which the two countries were represented only by chargés d'affaires, the new government said on Sunday.",
            "The announcement came a day after President Rodrigo Paz was sworn in in La Paz, with US Deputy Secretary of State Christopher Landau among the guests. Mr Landau said Washington wanted a new chapter with Bolivia, and the two sides said they would name ambassadors in the coming weeks. The government also said it would invite the US Drug Enforcement Administration to return.",
            "President Evo Morales expelled the American ambassador, Philip Goldberg, in September 2008, accusing him of supporting the opposition in the eastern lowlands, including here in Santa Cruz. Washington responded by expelling Bolivia's envoy, and Mr Morales expelled the DEA two months later. Attempts to return ambassadors under a framework agreement signed in 2011 never went further, and the talks stalled.",
            "Mr Paz, a centrist senator who defeated Jorge Quiroga in the run-off in October, has promised to end the fuel shortages and the shortage of dollars that have hit the country since 2023. His ministers say they want help from the International Monetary Fund and from American investors in lithium and gas, though he has said Bolivia will not sign a programme with the Fund on any terms.",
            "For foreigners living here the change may be practical. The US consular section in La Paz has worked with reduced staff for years, and visa appointments for Bolivian spouses have been hard to get. The Santa Cruz chamber of commerce said it expected more American companies to visit the department's agribusiness fair next year.",
            "Fuel queues remained long on Monday at stations on the Fourth Ring, and diesel supplies to soybean farmers are still rationed. The city's international school will hold its open day on 22 November, and the Anglican congregation's Christmas bazaar is on 6 December.",
        ),
        (
            Gold("relations.restored", "occurred", ("Bolivia", "Rodrigo Paz", US, "Christopher Landau"), (US, "Bolivia")),
            Gold("agreement.signed", "historical", ("Bolivia", US), (), core=False),
            Gold("relations.restored", "stalled", ("Bolivia", US), (US, "Bolivia"), core=False),
        ),
    ),
    Article(
        "x09-tijuana-manufacturers-bulletin-federal-police-folded-into-national-guard",
        date(2019, 7, 3),
        _p(
            "Federal Police to be folded into the National Guard: what members should expect",
            "TIJUANA, 3 July 2019 - Manufacturers' Association Bulletin",
            "The federal government has begun to integrate the Federal Police into the new National Guard, the force created this year to take over public security across the country, Security Minister Alfonso Durazo said on Tuesday.",
            "Mr Durazo said the transfer of the roughly 37,000 federal police officers would be completed in the coming months, with military police and naval police already forming most of the Guard's first 70,000 members. The Guard was formally launched on Sunday in a ceremony in Mexico City led by President Andrés Manuel López Obrador, and its units were deployed across the country.",
            "Several hundred federal police officers have refused to join. They blocked roads in Mexico City on Wednesday, saying their pay and pensions were not guaranteed and that they did not want to serve under military commanders. The ministry said no officer would be forced to move and that those who did not pass the Guard's tests would be offered other posts.",
            "The National Guard was created by a constitutional reform approved by Congress in March, after President López Obrador dropped his first plan to place the force under the Defence Ministry. It is commanded by a retired general, Luis Rodríguez Bucio, and the states must sign agreements to host its barracks.",
            "For the maquiladora sector, the question is whether the change will help in Baja California. Robberies of cargo trucks on the Tijuana-Tecate highway rose last year, and members have repeatedly asked for more federal patrols in the industrial parks of El Florido and Otay. The association's president said he would meet the Guard's regional commander next week and would report back to members.",
            "Members are also reminded that the new labour rules on union ballots take effect this month. A workshop on the reform will be held on 18 July at the association's offices on Boulevard Agua Caliente. Places are limited to two per company.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Mexico", "Alfonso Durazo", "Federal Police"), ("National Guard",)),
            Gold("forces.integrated", "negated", ("Mexico", "Federal Police"), ("National Guard",), core=False),
            Gold("forces.integrated", "historical", ("Mexico",), ("National Guard",), core=False),
        ),
    ),
    Article(
        "x10-tuguegarao-diocesan-radio-four-new-edca-sites-for-us-troops",
        date(2023, 4, 4),
        _p(
            "Cagayan named among four new sites for US troops",
            "TUGUEGARAO CITY, 4 April 2023 - Diocesan Radio News Online",
            "Two military sites in Cagayan are among four new locations where American forces will be allowed to stay and store equipment under the Enhanced Defense Cooperation Agreement, the Philippine government announced on Monday.",
            "The presidential office named the Naval Base Camilo Osias in Santa Ana and the Lal-lo airport in Cagayan, Camp Melchor dela Cruz in Gamu, Isabela, and Balabac Island in Palawan. The sites were agreed with Washington in February, when the two sides said the number of locations would rise from five to nine. US Defense Secretary Lloyd Austin said the expansion would make the alliance stronger and help in disasters.",
            "The agreement, signed in 2014 under President Benigno Aquino III, lets American troops rotate through Philippine bases but does not allow permanent US bases, which the constitution forbids. The first five sites were agreed in 2016.",
            "Cagayan Governor Manuel Mamba has opposed hosting American troops, saying the province could become a target in a conflict over Taiwan, which lies less than 200 kilometres north of its coast. He said on Monday that he had not been consulted. President Ferdinand Marcos Jr. said the sites would not be used for offensive action against any country.",
            "China's foreign ministry said the deal would drag the Philippines into geopolitical conflict. Philippine and American troops will hold their largest Balikatan exercises next week, with about 17,600 soldiers taking part.",
            "Fishermen in Santa Ana told our correspondent they hoped the naval base would bring more patrols against foreign boats near Palaui Island, while others worried about land prices. The parish of Lal-lo will hold a forum on the issue after the Easter celebrations.",
            "The Archbishop's Holy Week schedule is posted on our website. The Visita Iglesia bus from the Cathedral leaves at 7 a.m. on Maundy Thursday.",
        ),
        (
            Gold("military.presence", "occurred", (US, "Lloyd Austin"), ("Philippines",)),
            Gold("agreement.signed", "historical", (US, "Philippines", "Benigno Aquino III"), (), core=False),
            Gold("military.presence", "historical", (US,), ("Philippines",), core=False),
        ),
        not_participants=("Taiwan", "China"),
    ),
    Article(
        "x11-auckland-rugby-club-newsletter-flanker-suspension-lifted",
        date(2025, 5, 19),
        _p(
            "Premier side's suspension lifted as new signings settle in",
            "AUCKLAND, Monday 19 May 2025 | Ponsonby Rugby Club Newsletter",
            "Good news for the premier squad: Auckland Rugby has lifted the suspension it imposed on our flanker Sione Taufa after an appeal hearing on Thursday, and he is available for Saturday's match against Grammar TEC at Western Springs.",
            "Sione was suspended for three weeks after a high tackle in the derby against Marist, but the panel accepted that the contact was accidental and reduced the sanction to the one match he has already missed. The club thanks our volunteer lawyer, Mere Harawira, who presented the case.",
            "Off the field, the committee has signed a two-year agreement with a Ponsonby Road bakery to sponsor the women's team, and the bar's opening hours have been extended to 10 p.m. on Saturdays through the winter. The committee also threatened last month to close the bar early if glasses kept leaving the clubrooms; we are glad to say that most have come back.",
            "Two new players have joined the premier squad from Hamilton, and coach Tama Ruatapu said both had integrated quickly. \"The boys have been made welcome, and they've brought energy to training,\" he said.",
            "The under-85 kilogram grade and the under-16s will merge for the rest of the season because of a shortage of players, and the combined team will train on Tuesdays and Thursdays at 5 p.m. Parents who can help with transport should contact the junior convener.",
            "Lights on the number two field were restored on Wednesday after the storm damage of early May, and the council's groundsmen have been deployed to repair the drainage on the main pitch before the Samoan community tournament on 7 June.",
            "Sanctions for late subscription payments will apply from 1 June: players who have not paid will not be selected. Subs can be paid at the bar or by bank transfer.",
            "Finally, the club's quiz night has been moved to Friday 30 May. Tables of eight can be booked through the secretary, and the prize is a signed Blues jersey.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "x12-calgary-community-newspaper-boil-water-advisory-lifted",
        date(2024, 6, 12),
        _p(
            "Bow River pathway reopens, boil-water advisory lifted in Bowness",
            "CALGARY, 12 June 2024 | Bowness-Montgomery Community Newspaper",
            "The city has lifted the boil-water advisory it imposed on parts of Bowness after a water main break on 3 June, and the river pathway between Bowness Park and Shouldice has been restored to full use, the community association said on Tuesday.",
            "Residents had complained that the advisory was extended twice without clear notice. The ward councillor said the city would review how it informs residents and that households could ask for the sanctions on late utility payments during the advisory to be waived.",
            "Water restrictions remain in place across the city while crews finish repairs on the Bearspaw feeder main. The outdoor watering ban has not been lifted, and bylaw officers have been deployed to remind residents of the rules before issuing fines.",
            "The community association has signed an agreement with the Calgary Board of Education to use the gym at Bowness High School for summer programmes, and the two community gardens on 48th Avenue will merge under one committee this year. Montgomery has also joined a network of communities that share tools and volunteers for clean-up days.",
            "Some business owners on Bowness Road have threatened to start a petition against the new bike lane, saying it will take away parking in front of their shops. The city said the design would be integrated with the main street plan and that parking would be counted again in the autumn.",
            "The pool at Bowness Park is expected to reopen next week, although the lagoon's paddle boat rental has been suspended until the water level drops. The Stampede breakfast will be held on the community hall grounds on 9 July from 8 a.m., and volunteers are still needed to flip pancakes.",
            "The association's annual general meeting, postponed in May, is now set for 25 June at 7 p.m. in the hall. Memberships, at $15 a household, can be bought at the door.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "x09-tijuana-manufacturers-bulletin-federal-police-folded-into-national-guard": (
        "'The federal government has begun to integrate the Federal Police into the new National Guard' "
        "names no state: no integration"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


@pytest.mark.xfail(
    reason="no core event is planned: the set's core events all occurred (annotated before the run, left as is)",
    strict=True,
)
def test_heldout77_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-77 English events"))
