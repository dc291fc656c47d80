"""Thirty-fourth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions, programmes and eras the earlier
thirty-three sets lack: an Antalya hoteliers' tour-operator briefing on Putin's decree of economic
measures against Turkey after the Su-24 was shot down (2015), a veterans' column in a Texas daily on
Clinton lifting the trade embargo on Vietnam (1994), a Lockerbie weekly on the Security Council
suspending its sanctions on Libya once the two accused reached the Netherlands (1999), a Nordic
agricultural markets newsletter on Russia extending its food import ban to the end of 2025 (2024), a
television news transcript on Erdoğan threatening Iraq's Kurdish region after its independence vote
(2017), a Swiss foreign ministry press release on Switzerland becoming the 190th member of the United
Nations (2002), a wire of 1966 on the Tashkent Declaration of India and Pakistan with Shastri's death
appended as an URGENT item, a humanitarian digest from Juba on the Juba Declaration folding the South
Sudan Defence Forces into the SPLA (2006), an Asahikawa paper on the first Ground Self-Defense Force
troops reaching Samawah (2004), and near misses (a junior hockey notebook where the league "lifted"
the rest of a suspension it "imposed", a Czech goalie "signed" who "joined" a club, the Canadian
Hockey League "extended" its ban on Russian and Belarusian draft picks "first imposed in 2022", a
game "restored", a contract "extended", a defence pair "deployed" and an "agreement" with the NCAA;
a Warsaw business story on a "Polish discounter" that "joins European buying alliance, signs
Ukrainian poultry deal", a price freeze "imposed" and "lifted", deliveries from a Dutch supplier
"restored", a lease "extended" and checkouts "deployed"; a local paper on a school board that
"imposed" a phone ban, "lifted" a backpack ban, "signed" a bus contract, "restored" an orchestra,
"extended" the school day, had officers "deployed", voted to "join" a consortium and approved a
sister-school "agreement" with a school in Japan and an exchange with Germany "restored").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state admitted to an organisation; two accords signed; relations to be
restored; a militia integrated into an army; troops arrived abroad), ten occurred and one planned,
beside historical, negated and stalled events. They are told in the ordinary ways: "President
Vladimir Putin on Saturday signed a decree imposing economic sanctions on Turkey, four days after a
Turkish F-16 shot down a Russian Su-24 bomber", a column's "President Clinton on Thursday lifted the
trade embargo that the United States has kept on Vietnam for nineteen years", a weekly's "Within
hours the United Nations Security Council suspended its sanctions on Libya", a newsletter's
"President Vladimir Putin has signed a decree extending until 31 December 2025 Russia's ban on
imports of meat, fish, dairy products, fruit and vegetables from the European Union, the United
States, Canada, Australia, Norway and the other countries that have imposed sanctions on Moscow", an
anchor's "Turkey's president has threatened to cut off the economic lifeline of Iraq's Kurdish region
after Monday's vote on independence ... Recep Tayyip Erdoğan said Turkey would impose sanctions on
the Kurdish authorities and could close the oil pipeline", a press release's headline "Switzerland
becomes the 190th member of the United Nations" and lead "The General Assembly of the United Nations
today admitted Switzerland as the 190th member state of the Organisation", a wire's "India and
Pakistan signed a declaration here tonight" and "the High Commissioners of India and Pakistan would
return to their posts and ... the normal functioning of the diplomatic missions of both countries
would be restored", "The Juba Declaration was signed on Sunday by Salva Kiir Mayardit ... and Maj-Gen
Paulino Matip Nhial ... Under its terms the SSDF forces are integrated into the SPLA with immediate
effect", and "The first members of the Ground Self-Defense Force's humanitarian mission to Iraq
arrived in the southern city of Samawah on Monday"; dates as "Monday 30 November 2015" in a
newsletter's head, "on Saturday", "four days after", "from 1 January", "since 2011", "in 2006 ...
in 2013", "yesterday" and "on Thursday" in a column of Friday, "in December 1992", "last July", "last
week", "on Monday", "of last August", "in 1992", "from 1986", "in 1984", "until 31 December 2025",
"in August 2014", "in July, until 31 January 2025", "last November", "since 2015", "on Saturday",
"today" in a press release, "in March 1986", "since 1990", "on 27 September", a wire's "Jan. 10" and
"tonight", "in June" for June of the year before, "on Sunday", "in January last year", "until 9
January", "since last summer", "on December 9", "from early February" and "in 1992 and 1993".

Decisions of the annotation: a president who "signed a decree imposing economic sanctions on Turkey"
imposes (core; Russia and Putin the actors), a state that "has not announced any counter-measures" a
negated imposition, the TurkStream talks "on hold" with "no intergovernmental agreement ... signed
while the dispute lasts" a stalled accord, and the Georgian wine ban "imposed ... in 2006, which was
lifted only in 2013" a historical imposition and lifting; the visa-free travel "to be suspended" is
part of the measures, flights to Egypt halted "on security grounds" no sanctions, and allotment
contracts signed by operators no accord. A president who "lifted the trade embargo that the United
States has kept on Vietnam" lifts (core), the liaison offices the two governments "will open" a
planned restoration (not core: a step of the same news), the full relations that "would have to
wait" a stalled one, the embargo of 1964 and 1975 a historical imposition and Bush's loosening of
December 1992 and the loans of "last July" a historical lifting; a Senate resolution that "urged him
to end the embargo" is no event. A council that "suspended its sanctions on Libya" suspends (core),
"The sanctions have not been lifted" a negated lifting, the measures of 1992 and 1993 and
Washington's of 1986 historical impositions, "no question of easing them" a negated lifting by the
United States, and relations with Britain that "would not be restored until Libya accepted
responsibility", with talks that "have made little progress", a stalled restoration; detectives to
be deployed to Camp Zeist are police, not a presence. A president who "has signed a decree
extending ... Russia's ban on imports ... from the European Union, the United States, Canada,
Australia, Norway" extends (core: an import ban that answers sanctions is a countersanction), the
ban first imposed "in August 2014" a historical imposition, the EU "has no plans to lift its own
sanctions" a negated lifting, its measures "last prolonged in July" a historical extension and the
"fifteenth package" the Commission "is preparing" a planned imposition (not core: background of the
news); Finland's border closure "extended" is no sanction. A president who "has threatened to cut
off the economic lifeline of Iraq's Kurdish region" and "said Turkey would impose sanctions on the
Kurdish authorities and could close the oil pipeline" threatens (core: a warning told twice, no
decision), "so far nothing has actually been done ... Turkey has not closed its airspace" a negated
imposition, Baghdad's deadline to hand over the airports "or face a ban on all international
flights" a threat of its own (not core), the energy deal of 2013 a historical accord, the troops at
Bashiqa "since 2015" a historical presence and the mandate for cross-border deployments "renewed for
another year" on Saturday an occurred presence (not core: an authorisation renewed); Iraqi soldiers
who "joined Turkish troops ... for military exercises" join no alliance, and police "deployed" to
Barcelona are no foreign presence. A state "admitted ... as the 190th member state" joins (core),
Timor-Leste "expected to" be admitted "on 27 September" a planned joining (not core), the proposal
"rejected ... in March 1986" and "no intention of seeking membership of NATO" negated joinings, the
IMF and the World Bank "in 1992" a historical joining, the application to the European Union "frozen
since" 1992 a stalled joining and the Security Council's sanctions applied "since 1990, beginning
with those against Iraq" a historical imposition. Two states whose leaders "signed a declaration"
sign (core), and their agreement that the High Commissioners "would return to their posts" and the
missions' functioning "would be restored" is a planned restoration (core: a provision of its own,
diplomatic relations being cut in the war); "there had been no agreement on Kashmir" is a negated
accord, the Rann of Kutch agreement signed "in June" a historical one, the military aid Washington and
London "suspended ... when the fighting broke out in September" a historical imposition, and the
armies to be pulled back the end of a presence (negated). A declaration "signed on Sunday by Salva Kiir
Mayardit ... and Maj-Gen Paulino Matip Nhial" under whose terms "the SSDF forces are integrated into
the SPLA with immediate effect" is an accord signed and forces integrated (both core; the SPLA, the
SPLM, the SSDF and the Government of Southern Sudan the parties), the commander who said "his men
would not join the SPLA" a negated integration, the Khartoum Peace Agreement of 1997 and the
Comprehensive Peace Agreement "signed in Nairobi in January last year" historical accords and the
UN peacekeepers who "began arriving ... last year" a historical presence; food deliveries
"restored" by the World Food Programme are no event. Soldiers who "arrived in the southern city of
Samawah" are a presence of Japan in Iraq (core), the main body "to leave for Iraq in stages from
early February" a planned presence (not core: a step of the same news), the Dutch troops "since last
summer", the air force team that "arrived in Kuwait in December" and the UN missions "in Cambodia in
1992 and 1993" historical presences. Outside the monitor's remit (no event): a hockey league's
suspension lifted, a goalie signed, a junior league's ban on Russian and Belarusian draft picks
extended, a game restored, a contract extended, an agreement with the NCAA; a retailer that joins a
buying alliance and signs a supply deal, a price freeze lifted, a regulator's fine, deliveries
restored, a lease extended; a school board's phone ban, bus contract, orchestra restored, officers
deployed, a consortium joined, a sister-school agreement with a school in Japan and an exchange with
Germany restored.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout34_events_en``.
Measured before any fix (2026-12-02, on commit c0dd811): P 0.545, R 0.545, F1 0.545 (recall 6/11,
6 of 11 alerts right; recall by status: occurred 6/10, planned 0/1; one false alarm, four unexpected
alerts, one venue as a party; the hockey and school-board near misses quiet, the business one not).
No annotation was corrected after the run.
Missed: the Vietnam lifting ("President Clinton on Thursday lifted the trade embargo that the United
States has kept on Vietnam for nineteen years.": nothing at all; "President Clinton", like "President
Bush", a surname the knowledge base shares among several people, is no actor even with a title only
one of them held, where "President Obama" and "President Bill Clinton" give the United States, and
the target behind "that/which ... has kept on" or "that has been in force against" is lost, where
"the embargo it has kept on Vietnam" and "that it had imposed on Vietnam" keep it; with neither,
the lifting is dropped); the Russian extension ("... signed a decree extending until 31 December
2025 Russia's ban on imports of ... from the European Union ...": an extension of a "ban on imports
from" a state is read as a new ban, "Russia ... extended its ban on food imports from the European
Union" as an imposition, while "extended its food embargo on" is an extension; "extended its
countersanctions against" gives nothing, "countersanctions" being no sanctions word); the Turkish
threat ("has threatened to cut off the economic lifeline of Iraq's Kurdish region": a threat of
economic pressure with no sanctions word, like "threatened to close the oil pipeline", is no threat,
while "threatened to impose sanctions on" and "threatened ... with sanctions" are; and "Erdoğan said
Turkey would impose sanctions on the Kurdish authorities", which tells the threat again, is read as a
planned imposition, right for the sentence alone but not after a threat); the restoration to come
between India and Pakistan ("the High Commissioners ... would return to their posts and that the
normal functioning of the diplomatic missions ... would be restored": envoys that "would return to
their posts" and relations that "would be restored" in a clause after "agreed that" are no
restoration, where "agreed to restore diplomatic relations", "agreed to exchange high commissioners
again" and "will return their ambassadors to each other's capitals" are); the integration of the
SSDF ("Under its terms the SSDF forces are integrated into the SPLA with immediate effect": South
Sudan's armies that the knowledge base knows, the SPLA, the SPLA-IO and the SSPDF, are not read as
the army forces are merged into, and with the SSDF unknown the event has no party and is dropped,
where "integrated into the Kenya Defence Forces" or "into the Sudanese army" is read; the lead's
"have agreed to unite" and "have agreed to merge" with no object are no merger either, where "agreed
to merge their forces" is).
False alerts: the Turkish threat's "said Turkey would impose sanctions on the Kurdish authorities"
read as a planned imposition, which matches the negated one ("Turkey has not closed its airspace"),
a false alarm; Russia's extension read as an imposition on "Moscow", with no actor, from "the other
countries that have imposed sanctions on Moscow" (a relative clause that describes the targets read
as a new imposition, where "... on it" stays quiet); a US military presence from "flown by
helicopter to Camp Zeist, a former American air base near Utrecht" (people, not troops, flown to "a
former American air base" are read as a US presence, while "Camp Zeist, a former American air base"
alone stays quiet); in the business near miss, "Polish discounter joins European buying alliance,
signs Ukrainian poultry deal" read as Poland joining an alliance and signing with Ukraine ("discount
chain", "supermarket chain", "grocer" and "discounter" after a state's adjective are not read as
companies, where "retailer" and "company" are; "a Ukrainian poultry deal", a deal named by a state's
adjective and a commodity, is read as an accord with the state, where "a poultry deal with a
Ukrainian producer" stays quiet); and Uzbekistan as a party of the Tashkent Declaration ("The
Tashkent Declaration was signed by ...": a declaration named after a city gives the city's state as a
party, "The Astana Declaration" Kazakhstan, while "The Minsk Agreement" and "The Dayton Agreement"
do not).
Also seen, not scored: the Swiss joining is found only through the headline ("Switzerland becomes
the 190th member of the United Nations"); the lead, "The General Assembly of the United Nations today
admitted Switzerland as the 190th member state of the Organisation", gives nothing: an admission in
the active, "admitted <state> as (its) <n>th member (of ...)" or "admitted <state> to <organisation>",
is no joining, only the passive "was admitted as" is read. The Japanese presence is found only through
"Japanese ground troops have been sent to a country where fighting is still going on", with no host;
the lead gives nothing ("the Ground Self-Defense Force", a branch the knowledge base lacks, names no
state, and Samawah is not known as a city of Iraq). The IMF and World Bank joining of 1992 is given
Geneva and the European Union as actors ("It joined ..." after a sentence on Geneva); Timor-Leste's
admission to come, Baghdad's deadline, the TurkStream stall, the Georgian wine ban, the liaison
offices, Washington's own Libya sanctions, Britain's relations with Libya, the EU's package in
preparation, the Bashiqa troops and the mandate renewed, the Kashmir non-agreement, the aid cut of
1965, Gordon Kong's refusal, the UN peacekeepers and the Dutch troops are not read; the Kutch
agreement of June is given Britain alone; the UN's impositions of 1992 are given "Tripoli" as actor;
Ankara's counter-measures not announced give Ahmet Davutoğlu as a target. Each form missed or falsely
read is pinned below on sentences of its own, a strict xfail while it fails, beside the neighbouring
forms that are read.
After the fixes (same day): P 0.900 R 0.818 F1 0.857 (recall 9/11, precision 9/10). Fixed in general:
an extension of a "ban on imports from" a state or of "countersanctions" is an extension (both are
sanctions nouns now); a perfect relative clause on a class ("the countries that have imposed
sanctions on Moscow") describes, it is no imposition; a threat to cut off or close a state's economic
lifeline, oil pipeline or trade is a sanctions threat; an army's long name begun within the window
("the Sudan People's Liberation Army") is read to its end; "President Clinton", "President Bush": the
title picks the namesake who held the office (on the day, or ever); a foreign or finance minister
who suspends or imposes sanctions acts for the state; an organisation that "admitted <state> as (its)
Nth member" admits it (the body the target); retail chains after a state's adjective are companies
and a commodity right after it is a trade ("a Ukrainian poultry deal"); a declaration named after a
city has no venue as a party; a former base is no presence; Japan's Self-Defense Force branches and
Samawah and other Iraqi provincial capitals are known; a state's armed force abroad stands for its
state; and the day of a clause joined by ", and" after the trigger no longer dates it ("arrived in
Kuwait in December, and flights begin later this month"). Left: the envoys' return after "agreed
that" and the Juba merger into the SPLA (core misses), "said Turkey would impose sanctions" after
the threat (read as a plan), the decree extending Russia's ban with its end date before the ban, the
SPLA-IO, and two forces that "have agreed to merge".
Later the same day (after set 35's fixes): P 0.917 R 1.000 F1 0.957 (recall 11/11): envoys who "would
return to their posts" after "agreed that", whose subject may run long ("the High Commissioners of
India and Pakistan"), restore ties; an army named by its acronym ("into the SPLA", "the SPLA-IO") is
an army by its full name.
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
UNGA = "United Nations General Assembly"
STATE_DEPT = "United States Department of State"
KRG = "Kurdistan Regional Government"
KURDISTAN = "Kurdistan Region"
SPLA = "Sudan People's Liberation Army"
SPLM = "Sudan People's Liberation Movement"
SSDF = "South Sudan Defence Forces"
GOSS = "Government of Southern Sudan"
JSDF = "Japan Self-Defense Forces"
GSDF = "Japan Ground Self-Defense Force"

ARTICLES: list[Article] = [
    Article(
        "f01-tour-operator-briefing-russia-measures-on-turkey-after-su24",
        date(2015, 11, 30),
        _p(
            "TOUR OPERATOR BRIEFING | Antalya edition | Monday 30 November 2015",
            "For members of the Mediterranean Coast Hoteliers' Circle. In this issue: the Kremlin's measures and the 2016 season; charter slots at Antalya airport; new dates for the accommodation tax.",
            "RUSSIA: WHAT THE DECREE SAYS",
            "President Vladimir Putin on Saturday signed a decree imposing economic sanctions on Turkey, four days after a Turkish F-16 shot down a Russian Su-24 bomber near the Syrian border. The decree bans charter flights between the two countries, tells Russian tour operators to stop selling holidays in Turkey and restricts imports of some Turkish goods from 1 January. From the same date Russian employers may not hire Turkish citizens unless they were already on the payroll, and the visa-free travel that Turks have enjoyed since 2011 will be suspended.",
            "The government is to publish the list of banned goods this week. Officials in Moscow have said it will cover fruit, vegetables, poultry and salt, and Prime Minister Dmitry Medvedev warned on Sunday that it could be widened if Ankara did not change course.",
            "For this region the first measure is the one that counts. More than three million Russians stayed in Antalya province this year, second only to the Germans, and for many hotels in Kemer, Belek and Side they are the main summer market. Several Moscow operators said on Sunday that they had stopped taking bookings and would bring the clients now at our resorts home on scheduled flights over the coming fortnight.",
            "ANKARA'S ANSWER",
            "President Recep Tayyip Erdoğan said on Saturday that he was saddened by the incident and wished it had not happened, but he has not apologised, and his government maintains that the bomber entered Turkish airspace after repeated warnings. Ankara has not announced any counter-measures against Russia, and Prime Minister Ahmet Davutoğlu said on Sunday that Turkey had no intention of answering in kind.",
            "Energy is untouched for now. Russia supplies more than half of Turkey's gas, and deliveries through the Blue Stream pipeline are normal. But talks on TurkStream, the pipeline under the Black Sea that the two governments had hoped to agree this year, are on hold, and Russia's energy minister said no intergovernmental agreement would be signed while the dispute lasts.",
            "HAVE WE BEEN HERE BEFORE?",
            "Members with long memories will recall the ban Moscow imposed on Georgian wine and mineral water in 2006, which was lifted only in 2013. Russia has also halted all flights to Egypt this month on security grounds after the bombing of a Russian airliner over Sinai, so the Red Sea resorts that compete with ours for the same holidaymakers are in the same position.",
            "WHAT MEMBERS SHOULD DO NOW",
            "Hotels with signed contracts with Russian operators for 2016 should check the force majeure clauses with their lawyers before cancelling anything. The Circle will meet the provincial governor on Wednesday to ask for deferred tax payments and for the airport to keep the Russian charter slots open. Operators in Germany, Britain and Poland have signed their allotment contracts for next summer on the usual terms, and members are urged to offer early-booking discounts in those markets and in Ukraine, which the decree does not touch. Our next briefing is on 7 December.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Russia", "Vladimir Putin"), ("Turkey",)),
            # Ankara's counter-measures not announced; TurkStream on hold; the Georgian wine ban of
            # 2006, lifted in 2013
            Gold("sanctions.imposed", "negated", ("Turkey",), ("Russia",), core=False),
            Gold("agreement.signed", "stalled", ("Russia", "Turkey"), (), core=False),
            Gold("sanctions.imposed", "historical", ("Russia",), ("Georgia",), core=False),
            Gold("sanctions.lifted", "historical", ("Russia",), ("Georgia",), core=False),
        ),
        not_participants=("Syria", "Egypt", "Germany", "Poland", "Ukraine"),
    ),
    Article(
        "f02-veterans-column-clinton-lifts-vietnam-embargo",
        date(1994, 2, 4),
        _p(
            "The embargo is over. Our questions are not.",
            "VETERANS' CORNER | By Ray Delgado | The Gulf Coast Ledger, Corpus Christi | Friday, February 4, 1994",
            "I was twenty years old when I came home from Quang Tri province, and I have spent a good part of the years since asking my government to find the men who did not come home. So I read the news from Washington yesterday twice.",
            "President Clinton on Thursday lifted the trade embargo that the United States has kept on Vietnam for nineteen years. American companies can now sell their goods there, invest there and sign contracts with Vietnamese state firms, and by the evening the soft-drink makers were already arguing over who would put the first billboard up in Ho Chi Minh City. The president said he had made the decision because Hanoi had done more in the past year than ever before to help account for the 2,238 Americans still listed as missing from the war, and because ending the embargo was the best way to get more answers.",
            "He was careful to say what he was not doing. There will be no full diplomatic relations yet. The two governments will open liaison offices in each other's capitals, but normal relations, Mr. Clinton said, would have to wait for further progress on the missing. Talks on the liaison offices have gone back and forth since last spring over property and old claims, and nobody in Washington would put a date on an embassy.",
            "The embargo began in 1964, when it covered only the North, and was extended to the whole country when Saigon fell in April 1975. Presidents of both parties kept it as leverage. George Bush began to loosen it at the end of his term, allowing American companies to open offices and sign contracts in Vietnam in December 1992, to take effect only when the embargo ended, and last July President Clinton stopped blocking loans to Hanoi from the International Monetary Fund and the World Bank.",
            "The Senate gave him cover last week, voting 62 to 38 for a resolution that urged him to end the embargo. It was sponsored by two men who know what that war cost, John Kerry and John McCain.",
            "Not everybody I know agrees. The American Legion said the president had given away our last bargaining chip, and at our post on Thursday night two men I served with said they would never buy anything made there. I understand them. I also remember sitting with a Vietnamese farmer in 1992, on a trip with a search team near Khe Sanh, while he walked us to the place where he said an American pilot had been buried. He did not want anything for it.",
            "Here is what I will be watching. Will the joint teams keep digging at the pace of the last year, now that Hanoi has what it wanted? Will Congress hold the administration to its promise that the missing come first? And will the families, who have waited since the 1960s, be told the truth faster than they were told it during the war?",
            "The embargo is gone, and on balance I think the president was right. But the job it was supposed to do is not finished. Our post meets on the second Tuesday of the month, and the coffee is still free.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "Bill Clinton"), ("Vietnam",)),
            # the liaison offices to be opened (a step of the same news); full relations left to wait;
            # the embargo of 1964 and 1975; Bush's loosening of December 1992 and the loans of last July
            Gold("relations.restored", "planned", (US, "Vietnam"), (), core=False),
            Gold("relations.restored", "stalled", (US, "Vietnam"), (), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Vietnam",), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Vietnam",), core=False),
        ),
    ),
    Article(
        "f03-lockerbie-weekly-un-suspends-libya-sanctions",
        date(1999, 4, 9),
        _p(
            "Relief and unease in Lockerbie as Libyans are handed over",
            "ANNANDALE HERALD | Friday 9 April 1999 | News",
            "Relatives of those who died when Pan Am Flight 103 fell on Lockerbie have welcomed the handover of the two Libyans accused of the bombing, but several people in the town said this week that they still doubted the whole truth would come out.",
            "Abdelbaset al-Megrahi and Al Amin Khalifa Fhimah landed at Valkenburg air base in the Netherlands on Monday, where they were arrested on warrants from the Lord Advocate and flown by helicopter to Camp Zeist, a former American air base near Utrecht that has been made Scottish soil for the trial. Three Scottish judges will try them under Scots law.",
            "Within hours the United Nations Security Council suspended its sanctions on Libya. The council's president read out a statement in New York on Monday evening after Kofi Annan, the Secretary-General, reported that the two men had arrived, as resolution 1192 of last August required. The suspension ends the air embargo that has grounded Libya's airlines for seven years and lets the country buy equipment for its oil industry again.",
            "The sanctions have not been lifted. The council can end them only after a further report from Mr Annan, due within ninety days, on whether Tripoli has met its other demands, including compensation for the families and an end to support for terrorism. The council imposed the measures in 1992, when Libya refused to hand over the two men, and tightened them the following year by freezing Libyan funds abroad.",
            "America's own sanctions on Libya, which date from 1986, stay in force. The State Department said there was no question of easing them.",
            "Britain broke off diplomatic relations with Tripoli in 1984, after WPC Yvonne Fletcher was shot dead outside the Libyan embassy in London, and the Foreign Secretary, Robin Cook, said on Tuesday that they would not be restored until Libya accepted responsibility for her killing. Talks between officials on the Fletcher case have made little progress, the Foreign Office said.",
            'In Lockerbie the news was received quietly. Eleven of the town\'s people died on the ground that night in December 1988, in Sherwood Crescent, when the wing section of the jumbo jet hit the houses. "It has taken more than ten years to get this far," said Margaret Irving, who was a community councillor at the time. "I am glad for the American families. But I do not think two men did this on their own."',
            "Dumfries and Galloway Constabulary, which led the largest murder inquiry in British history, will deploy about thirty detectives and uniformed officers to Camp Zeist when the trial opens, the chief constable said. The date has not been fixed, but lawyers expect it to be next year.",
            "The minister of Dryfesdale parish church said a service would be held on Sunday for anyone who wished to attend. The memorial garden at Dryfesdale cemetery, where the names of all 270 victims are carved, will stay open late all next week for visitors from the United States, a number of whom are expected in the town.",
            "Elsewhere in this issue: Moffat woollen mill to close with 40 jobs lost; plans for a bypass at Annan go to a public inquiry; Lochmaben bowling club marks its centenary.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (UNSC, UN), ("Libya",)),
            # not lifted until a further report; the measures of 1992 and 1993; Washington's own
            # sanctions of 1986, not eased; Britain's relations not to be restored while the Fletcher
            # talks make little progress
            Gold("sanctions.lifted", "negated", (UNSC, UN), ("Libya",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC, UN), ("Libya",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Libya",), core=False),
            Gold("sanctions.lifted", "negated", (US, STATE_DEPT), ("Libya",), core=False),
            Gold("relations.restored", "stalled", (UK, "Libya"), (), core=False),
        ),
        not_participants=("Netherlands",),
    ),
    Article(
        "f04-nordic-agri-weekly-russia-extends-food-ban",
        date(2024, 9, 13),
        _p(
            "NORDIC AGRI MARKETS WEEKLY | Week 37 | 13 September 2024",
            "Top story: Moscow keeps its food ban for another year. Also: butter at a record, oats slip, and the eastern border stays shut.",
            "RUSSIA EXTENDS FOOD IMPORT BAN TO END-2025",
            "President Vladimir Putin has signed a decree extending until 31 December 2025 Russia's ban on imports of meat, fish, dairy products, fruit and vegetables from the European Union, the United States, Canada, Australia, Norway and the other countries that have imposed sanctions on Moscow. The decree was published on the government's legal information portal on Wednesday. The ban would otherwise have expired at the end of this year.",
            "Russia first imposed the ban in August 2014 in retaliation for the Western sanctions over the annexation of Crimea, and has renewed it every year since, adding countries as they joined the sanctions. Exports from Finland to Russia of cheese, butter and other dairy products, then worth some 250 million euros a year, stopped almost overnight, and the country's biggest dairy lost about a fifth of its sales.",
            "For Nordic producers the decision changes little. Few still hope to sell to Russia, and exporters have long since found buyers in China, the Middle East and at home. The EU, for its part, has no plans to lift its own sanctions on Russia. Its economic measures were last prolonged in July, until 31 January 2025, and the Commission is preparing a fifteenth package. Norway applies the same measures as the EU.",
            "DAIRY: BUTTER AT A RECORD",
            "Butter prices in northern Europe reached a record this week as milk fat stayed scarce after a wet summer. Finnish and Swedish dairies have signed new supply contracts with German retailers for the first quarter at prices about a tenth higher than a year ago, traders said. Skimmed milk powder was steady.",
            "GRAINS: OATS SLIP",
            "Oat prices fell for a third week as the Finnish harvest, held up by rain in August, came in larger than expected. Exporters said demand from millers in Britain and the Netherlands was firm, but that buyers in the United States were waiting for the new crop from Canada before committing.",
            "BORDER: CROSSINGS STAY CLOSED",
            "The Finnish government on Thursday extended the closure of all crossing points on the eastern border with Russia until further notice, citing the risk that migrants would again be sent to the border. The crossings were first closed last November. Freight that used to go by road through Vaalimaa now goes by sea or through the Baltic states, and the few hauliers who specialised in the Russian route have sold their lorries or moved them to work in Sweden.",
            "COMING UP",
            "The Nordic dairy congress meets in Helsinki on 24 September. Our next issue is on 20 September.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                ("Russia", "Vladimir Putin"),
                (EU, US, "Canada", "Australia", "Norway"),
            ),
            # the ban of August 2014; the EU's measures not to be lifted, last prolonged in July, and
            # the fifteenth package being prepared (background of the news, not core)
            Gold(
                "sanctions.imposed",
                "historical",
                ("Russia",),
                (EU, US, "Canada", "Australia", "Norway"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (EU,), ("Russia",), core=False),
            Gold("sanctions.extended", "historical", (EU,), ("Russia",), core=False),
            Gold(
                "sanctions.imposed", "planned", (EU, "European Commission"), ("Russia",), core=False
            ),
        ),
        not_participants=("China", "Sweden", "Netherlands"),
    ),
    Article(
        "f05-tv-transcript-erdogan-threatens-kurdish-region",
        date(2017, 9, 26),
        _p(
            "WORLD TONIGHT | Transcript | Tuesday 26 September 2017 | Segment two: Iraq's Kurds",
            "ANCHOR: Turkey's president has threatened to cut off the economic lifeline of Iraq's Kurdish region after Monday's vote on independence. Speaking in Ankara today, Recep Tayyip Erdoğan said Turkey would impose sanctions on the Kurdish authorities and could close the oil pipeline that carries the region's crude to the Mediterranean. \"The valve is in our hands,\" he said. \"The day we turn it, it is over.\" Our correspondent Dana Kareem is in Erbil. Dana, how seriously are people taking this?",
            "CORRESPONDENT: Very seriously. Almost everything in the shops here comes over the border from Turkey, through the Habur crossing, and most of the region's income comes from the oil that goes through that pipeline to Ceyhan. But I should say that so far nothing has actually been done. Trucks were crossing at Habur this afternoon, the oil is flowing, and Turkey has not closed its airspace to flights into Erbil, although officials in Ankara say every option is on the table.",
            "ANCHOR: And Baghdad?",
            "CORRESPONDENT: Baghdad is moving faster. Prime Minister Haider al-Abadi has given the regional government until Friday to hand over its two international airports, here and in Sulaimaniyah, or face a ban on all international flights. Iraqi soldiers also joined Turkish troops today for military exercises near the border crossing, which was meant as a message.",
            "ANCHOR: What's the result of the vote likely to be?",
            "CORRESPONDENT: The count is still going on, but officials expect well over ninety percent for yes, on a turnout of about seventy-two percent. Masoud Barzani, the regional president, says the vote is not a declaration of independence but a mandate for talks with Baghdad. Baghdad says there is nothing to talk about.",
            "ANCHOR: This is a big change for Turkey, isn't it? Ankara has been the Kurds' best friend in the region for a decade.",
            "CORRESPONDENT: It has. Turkey signed a fifty-year energy deal with Erbil in 2013, Turkish companies built much of this city, and Turkish troops have been at a base at Bashiqa, north of Mosul, since 2015, training Kurdish and Arab fighters against Islamic State. Mr Erdoğan's worry is his own Kurds. He fears the vote will encourage the PKK, and on Saturday the Turkish parliament renewed for another year the mandate that allows the government to send troops into Iraq and Syria.",
            "ANCHOR: Dana Kareem in Erbil, thank you.",
            "ANCHOR: In other news tonight, Spain's government says the Catalan independence referendum planned for Sunday will not go ahead, and thousands of extra police officers have been deployed to Barcelona and other Catalan cities to seize ballot papers and close polling stations. The regional government insists the vote will take place.",
            "ANCHOR: And Saudi Arabia says women will be allowed to drive from next June, ending a ban that campaigners have fought for decades. The royal decree was read out on state television this evening. We'll have reaction from Riyadh after the break.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                ("Turkey", "Recep Tayyip Erdoğan"),
                (KURDISTAN, KRG),
            ),
            # Baghdad's ultimatum on the airports (a threat of its own, not core); nothing done yet by
            # Ankara; the energy deal of 2013, the troops at Bashiqa since 2015, and the mandate for
            # cross-border deployments renewed on Saturday (not core)
            Gold(
                "sanctions.threatened",
                "occurred",
                ("Iraq", "Haider al-Abadi"),
                (KURDISTAN, KRG),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", ("Turkey",), (KURDISTAN, KRG), core=False),
            Gold("agreement.signed", "historical", ("Turkey", KRG, KURDISTAN), (), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Iraq",), core=False),
            Gold("military.presence", "occurred", ("Turkey",), ("Iraq", "Syria"), core=False),
        ),
        not_participants=("Spain", "Saudi Arabia"),
    ),
    Article(
        "f06-swiss-press-release-switzerland-joins-un",
        date(2002, 9, 10),
        _p(
            "Federal Department of Foreign Affairs | Press release | New York and Bern, 10 September 2002",
            "Switzerland becomes the 190th member of the United Nations",
            "The General Assembly of the United Nations today admitted Switzerland as the 190th member state of the Organisation. The resolution, presented by a group of states from every region of the world, was adopted by acclamation at the opening of the fifty-seventh session in New York. The President of the Confederation, Kaspar Villiger, and the head of the Federal Department of Foreign Affairs, Federal Councillor Joseph Deiss, attended the ceremony, after which the Swiss flag was raised in front of the headquarters beside those of the other member states.",
            "In his address to the Assembly, the President of the Confederation said that Switzerland came to the Organisation as a neutral state and intended to be an active member, committed in particular to human rights, humanitarian law and the fight against poverty.",
            "Membership follows the popular vote of 3 March 2002, in which 54.6 per cent of voters and a majority of the cantons accepted the popular initiative for Switzerland's accession. A first proposal to join had been rejected by three quarters of voters and by every canton in March 1986.",
            "Switzerland is no newcomer to the United Nations. Geneva has hosted the Organisation's European headquarters since 1946, Switzerland has had observer status since 1948, and it has long been a member of the specialised agencies. It joined the International Monetary Fund and the World Bank in 1992. Since 1990 it has applied the non-military sanctions decided by the Security Council, beginning with those against Iraq, of its own accord; as a member it is now bound to apply them.",
            "Neutrality is not affected. Membership entails no obligation to take part in military operations, and Switzerland will not join any military alliance. The Federal Council has confirmed that it has no intention of seeking membership of NATO. Switzerland's application for membership of the European Union, submitted in 1992, has remained frozen since voters rejected the European Economic Area the same year, and the Federal Council pursues its relations with the Union through bilateral agreements.",
            "Switzerland will contribute about 1.27 per cent of the regular budget of the Organisation, in addition to the contributions it already makes to the funds and programmes. A permanent mission to the United Nations in New York, headed by Ambassador Jenö Staehelin, has been established, replacing the observer mission.",
            "The General Assembly is expected to admit the Democratic Republic of Timor-Leste, which became independent on 20 May, as the 191st member on 27 September.",
            "Further information: FDFA Information, Bern. The text of the President's address is available on the Department's website.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Switzerland",), (UN, UNGA)),
            # Timor-Leste to follow (not core); the 1986 rejection; the IMF and the World Bank in 1992;
            # UN sanctions applied since 1990; no NATO; the EU application frozen
            Gold("alliance.joined", "planned", ("Timor-Leste",), (UN, UNGA), core=False),
            Gold("alliance.joined", "negated", ("Switzerland",), (UN,), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Switzerland",),
                ("International Monetary Fund", "World Bank"),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", ("Switzerland",), ("Iraq",), core=False),
            Gold("alliance.joined", "negated", ("Switzerland",), ("NATO",), core=False),
            Gold("alliance.joined", "stalled", ("Switzerland",), (EU,), core=False),
        ),
    ),
    Article(
        "f07-wire-1966-tashkent-declaration-india-pakistan",
        date(1966, 1, 11),
        _p(
            "India and Pakistan Sign Accord at Tashkent",
            "TASHKENT, U.S.S.R., Jan. 10 — India and Pakistan signed a declaration here tonight in which they renounced the use of force in their disputes and agreed to pull their armies back by Feb. 25 to the lines they held before the fighting that began last August.",
            "The Tashkent Declaration was signed by Prime Minister Lal Bahadur Shastri of India and President Mohammad Ayub Khan of Pakistan in a hall of the Uzbek Government's guest house at the end of seven days of talks. Premier Aleksei N. Kosygin of the Soviet Union, who invited the two leaders here and spent much of the week going between their villas, signed the document as a witness and then raised a glass to both men.",
            "In nine points the two leaders agreed that all armed personnel would be withdrawn, that prisoners of war would be repatriated and that each side would discourage propaganda against the other. They also agreed that the High Commissioners of India and Pakistan would return to their posts and that the normal functioning of the diplomatic missions of both countries would be restored, and that they would consider measures to restore economic and trade relations, communications and cultural exchanges.",
            "The declaration does not settle the dispute over Kashmir, the cause of the war. It says only that Kashmir was discussed and that each side set forth its position. Foreign Minister Zulfikar Ali Bhutto of Pakistan told reporters that there had been no agreement on Kashmir and that his country's position was unchanged. An Indian spokesman said the state was an integral part of India.",
            "The war, which began with clashes in Kashmir in August and spread to the Punjab in September, was halted by a cease-fire on Sept. 23 that the United Nations Security Council had demanded. It was the second time in a year that the two countries had come to terms: in June, with British mediation, they signed an agreement to end the fighting in the Rann of Kutch and to send the border dispute there to a tribunal.",
            "In Washington, the State Department welcomed the declaration. The United States and Britain suspended military aid to both countries when the fighting broke out in September, and American officials declined to say whether it would be resumed.",
            "Mr. Shastri is to fly home tomorrow and Marshal Ayub the day after. Both face critics at home. Members of the Indian opposition have said they will not accept the return of the Haji Pir pass, which Indian troops took in August, and students in Lahore marched last week against any settlement that left Kashmir aside.",
            "URGENT",
            "TASHKENT, Jan. 11 — Prime Minister Lal Bahadur Shastri of India died of a heart attack here early today, less than twelve hours after he signed the declaration with Pakistan. He was 61. Soviet doctors were called to his villa shortly after 1 A.M. and were unable to save him, an Indian spokesman said.",
            "His body will be flown to New Delhi today. Mr. Kosygin and Marshal Ayub are expected to accompany the coffin to the airport. In New Delhi, Gulzarilal Nanda, the Home Minister, was sworn in as acting Prime Minister, as he was after the death of Jawaharlal Nehru in 1964.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("India", "Pakistan", "Lal Bahadur Shastri", "Ayub Khan"),
                (),
            ),
            Gold("relations.restored", "planned", ("India", "Pakistan"), ()),
            # no agreement on Kashmir; the Rann of Kutch agreement of June 1965; the military aid
            # suspended by Washington and London in September; the armies to be pulled back (the end
            # of a presence)
            Gold("agreement.signed", "negated", ("India", "Pakistan"), (), core=False),
            Gold("agreement.signed", "historical", ("India", "Pakistan"), (), core=False),
            Gold("sanctions.imposed", "historical", (US, UK), ("India", "Pakistan"), core=False),
            Gold("military.presence", "negated", ("India", "Pakistan"), (), core=False),
        ),
        not_participants=("Uzbekistan",),
    ),
    Article(
        "f08-humanitarian-digest-juba-declaration-ssdf-into-spla",
        date(2006, 1, 10),
        _p(
            "SUDAN: Southern army and largest militia agree to merge",
            "Sudan Humanitarian Digest | JUBA, 10 January 2006",
            "The Sudan People's Liberation Army and the South Sudan Defence Forces, the largest of the militias that fought alongside the Khartoum government during the civil war, have agreed to unite, removing what aid workers and diplomats called the biggest threat to security in the south a year after the peace agreement.",
            "The Juba Declaration was signed on Sunday by Salva Kiir Mayardit, president of the Government of Southern Sudan and commander-in-chief of the SPLA, and Maj-Gen Paulino Matip Nhial, the SSDF chief of staff, at a ceremony in Juba attended by several thousand people. Under its terms the SSDF forces are integrated into the SPLA with immediate effect, and Matip becomes the SPLA's deputy commander-in-chief. The SSDF has ceased to exist as a separate force, the declaration says, and its members are granted a general amnesty for acts committed during the war.",
            'A joint committee of officers from both sides will now count and register the militia\'s fighters, whose number is put at anywhere between 10,000 and 50,000, and decide which of them are taken into SPLA units and which are demobilised. "The south is one again," an SPLA spokesman said.',
            "The SSDF was formed by southern factions that signed the Khartoum Peace Agreement with the government in 1997, and its units held garrisons in the oil areas of Unity and Upper Nile. Under the Comprehensive Peace Agreement signed in Nairobi in January last year, all other armed groups had until 9 January to join one of the two armies, the SPLA or the Sudanese Armed Forces.",
            "Not all of the militia's commanders have accepted the deal. Maj-Gen Gordon Kong Chuol, who commands SSDF units around Nasir, said on Monday that his men would not join the SPLA and would remain with the Sudanese Armed Forces, and several smaller groups in Upper Nile have not declared themselves. The SPLA said the door remained open.",
            "UN officials welcomed the agreement. The UN Mission in Sudan, whose peacekeepers began arriving in the south last year to monitor the peace agreement, said the merger should make it easier to open roads to parts of Upper Nile that have been cut off for years. The World Food Programme said it had restored food deliveries by barge along the Sobat river, suspended in November after boats were shot at.",
            'Analysts cautioned that the integration would take time and money. The SPLA already struggles to pay its own soldiers, and the militia\'s fighters will expect to be put on the payroll. "Signing is the easy part," said a researcher with a small arms survey who has followed the southern militias for years. "The test is whether the commanders who fought each other for fifteen years will share barracks and salaries."',
            "The death of John Garang in a helicopter crash in July, three weeks after he was sworn in as First Vice-President of Sudan, had raised fears that the southern movement would split. Diplomats said the declaration was the clearest sign yet that Kiir had consolidated his position.",
        ),
        (
            Gold("forces.integrated", "occurred", (SPLA, SPLM, SSDF, GOSS, "South Sudan"), ()),
            Gold(
                "agreement.signed",
                "occurred",
                (
                    SPLA,
                    SPLM,
                    SSDF,
                    "Salva Kiir Mayardit",
                    "Paulino Matip Nhial",
                    GOSS,
                    "South Sudan",
                ),
                (),
            ),
            # Gordon Kong's units that will not join; the Khartoum Peace Agreement of 1997 and the
            # Comprehensive Peace Agreement of January 2005; the UN peacekeepers since last year
            Gold("forces.integrated", "negated", (SSDF, SPLA, "Gordon Kong Chuol"), (), core=False),
            Gold("agreement.signed", "historical", ("Sudan", SSDF), (), core=False),
            Gold("agreement.signed", "historical", ("Sudan", SPLM, SPLA), (), core=False),
            Gold(
                "military.presence",
                "historical",
                (UN, "United Nations Mission in Sudan"),
                ("Sudan",),
                core=False,
            ),
        ),
        not_participants=("Kenya",),
    ),
    Article(
        "f09-asahikawa-paper-gsdf-advance-party-reaches-samawah",
        date(2004, 1, 20),
        _p(
            "First GSDF troops reach Samawah as Asahikawa families wait",
            "NORTHERN TIMES | Asahikawa | Tuesday, January 20, 2004",
            "The first members of the Ground Self-Defense Force's humanitarian mission to Iraq arrived in the southern city of Samawah on Monday, the Defense Agency said, the first time since the end of the Second World War that Japanese ground troops have been sent to a country where fighting is still going on.",
            "The advance party of about thirty soldiers, most of them from the 2nd Division based here in Asahikawa, drove across the desert from Kuwait in a convoy of trucks and armoured vehicles and will spend the coming weeks preparing a camp on the outskirts of the city. The main body of the contingent, about 550 soldiers, is to leave for Iraq in stages from early February, Defense Agency chief Shigeru Ishiba said.",
            "The troops are to purify water, repair schools and clinics and give medical care in Al Muthanna province, one of the calmer parts of the country. They will not take part in combat, and the government says they will stay out of any area where fighting is going on. Dutch troops, who have been responsible for security in the province since last summer, will protect them.",
            "Prime Minister Junichiro Koizumi's cabinet approved the dispatch on December 9 under a special law passed in July. An advance team of the Air Self-Defense Force arrived in Kuwait in December, and its C-130 transport planes are to begin flights to southern Iraq later this month.",
            "Japan's troops have served abroad before, on United Nations missions in Cambodia in 1992 and 1993, in the Golan Heights and in East Timor, but always where the fighting had ended.",
            "In Asahikawa yellow handkerchiefs have been tied to trees and fences along the road to the division's camp, an idea borrowed from an old film that families say has become the city's way of saying come home safely. \"I told him to drink a lot of water and not to be a hero,\" said the wife of a sergeant in the advance party, who asked that her name not be used. Her husband called her from Kuwait on Saturday, she said.",
            "A rally against the dispatch drew about 300 people outside the city hall on Sunday. Its organisers, a group of teachers and trade unionists, said the mission broke the spirit of the constitution and that the troops would be seen as part of an occupation force.",
            "The city assembly has passed a resolution asking the government to put the soldiers' safety first. The mayor said the city would hold a send-off for the main body next month, and that the division's families could use a room at the civic centre to meet and follow the news.",
        ),
        (
            Gold("military.presence", "occurred", ("Japan", JSDF, GSDF), ("Iraq",)),
            # the main body to leave from February (a step of the same news); the Dutch troops since
            # last summer; the air force's team in Kuwait in December; the UN missions of 1992-93
            Gold("military.presence", "planned", ("Japan", JSDF, GSDF), ("Iraq",), core=False),
            Gold("military.presence", "historical", ("Netherlands",), ("Iraq",), core=False),
            Gold("military.presence", "historical", ("Japan", JSDF), ("Kuwait",), core=False),
            Gold("military.presence", "historical", ("Japan",), ("Cambodia",), core=False),
        ),
    ),
    Article(
        "f10-junior-hockey-notebook-suspension-lifted-czech-goalie-signed",
        date(2025, 11, 18),
        _p(
            "WHL NOTEBOOK: Raiders captain back early, Blazers add Czech goalie, import ban stays",
            "Prairie Sports Weekly | Tuesday, November 18, 2025",
            "The Western Hockey League on Monday lifted the rest of the suspension it imposed on Prince Albert Raiders captain Brayden Holt for a hit to the head in Saskatoon ten days ago. The league had imposed a six-game ban. After a hearing at which the club showed new video of the play, it cut the ban to the three games Holt has already served, and he will be in the lineup against Moose Jaw on Wednesday.",
            "\"We respect the process, and we're glad it got the call right in the end,\" Raiders general manager Curtis Hunt said. The league's director of player safety said the original sanction had been reasonable on the evidence available at the time.",
            "The Kamloops Blazers have signed Czech goaltender Tomas Vlcek, 18, who joined the club from the junior team of HC Ocelari Trinec after being picked in the import draft in July. He was expected in September, but his study permit took longer than planned. Vlcek will back up Logan Friesen for now.",
            "The Canadian Hockey League has extended for another season its ban on selecting Russian and Belarusian players in the import draft, first imposed in 2022. Players already in the league are not affected, and the CHL said it would review the rule next summer. Several general managers have asked for it to be lifted, saying it hurts the quality of play more than it does anything else.",
            "A game between the Spokane Chiefs and the Tri-City Americans, postponed last month when a power failure left the Spokane arena dark, has been restored to the schedule for December 30. Tickets for the original date will be honoured.",
            "The Everett Silvertips have extended head coach Steve Hamilton's contract through the 2028-29 season. Everett has the best home record in the league this season.",
            "Regina Pats coach Mitch Love deployed his top defensive pair for more than 28 minutes in Saturday's 3-2 overtime win over Brandon, and he said afterwards that he would keep doing so until the team's injured defencemen return.",
            "The league's new agreement with the NCAA, which lets players move to U.S. college teams without losing their eligibility, took effect this season. Three of the league's 20-year-olds have committed to Division I programmes for next year, and one, Medicine Hat's Jordan Kaye, joined the University of North Dakota in the fall after signing a letter of intent in June.",
            "The Hockey Canada board has signed off on the roster for the world junior championship camp, which opens in Calgary on December 8. Eleven WHL players were invited.",
            "Three stars of the week: Holt (Prince Albert), Friesen (Kamloops) and Brandon's Owen Paterson, who scored four goals in two games.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "f11-business-page-polish-discounter-joins-buying-alliance",
        date(2025, 10, 7),
        _p(
            "Polish discounter joins European buying alliance, signs Ukrainian poultry deal",
            "WARSAW, Oct 7 (business news)",
            "Koszyk, Poland's third-largest discount grocery chain, said on Tuesday that it had joined Eurogroupe Achats, a buying alliance of regional retailers from Austria, Slovakia, Belgium and Portugal, in a move it said would cut the prices it pays for branded goods by up to four percent from next year.",
            "The alliance negotiates jointly with the largest food and household goods manufacturers on behalf of its members, which together have sales of about 40 billion euros. Koszyk, which has 1,150 stores, mostly in small towns in eastern and central Poland, will keep its own contracts for fresh produce, meat and private-label goods.",
            "The chain also said it had signed a three-year supply agreement with a Ukrainian poultry producer, which will deliver fresh chicken to its stores in the Lublin and Podkarpackie regions from January. Polish farmers' groups criticised the deal, saying Ukrainian chicken was produced under weaker rules.",
            "Koszyk lifted the price freeze it imposed on 300 basic products in March, when food inflation in Poland was running above six percent, saying prices had stabilised. It said deliveries from a Dutch dairy supplier, halted for three weeks in August during a dispute over prices, had been restored after the two sides agreed new terms.",
            "Poland's competition authority, UOKiK, imposed a fine of 4.2 million zloty on the chain in June over misleading promotions, and Koszyk has appealed. Analysts said the alliance membership could draw scrutiny from the authority and from suppliers, some of whom have accused such alliances of squeezing them.",
            "The chain extended the lease on its main distribution centre near Łódź by ten years and said it had deployed self-service checkouts in 400 stores, with the rest to follow by the end of 2026. It has also restored Sunday opening in about 200 stores under a law that allows small shops staffed by their owners to trade.",
            "Koszyk's shares rose 3.1 percent in Warsaw, against a 0.4 percent gain for the WIG index. The company, which is controlled by a Czech investment fund, said in August that it would not pay a dividend this year so that it could spend more on new stores.",
            '"Joining the alliance gives a mid-sized chain the buying power of a large one," said an analyst at a Warsaw brokerage. "The question is whether the savings reach customers or stay in the margin."',
        ),
        (),
        kind="near miss",
    ),
    Article(
        "f12-local-paper-school-board-phone-ban-bus-contract",
        date(2025, 8, 13),
        _p(
            "School board bans phones bell to bell, signs bus deal, brings back orchestra",
            "The Lorain Valley Courier | Wednesday, August 13, 2025",
            "The Black River Local Schools board of education on Tuesday imposed a ban on student cellphones from the first bell to the last, approved a new bus contract and restored the middle school orchestra, cut two years ago, in a meeting that ran past 10 p.m.",
            "Under the phone policy, which the board adopted 4-1 to comply with a state law passed last year, students must keep phones switched off and in their lockers or backpacks during the school day. Superintendent Dana Whitfield said the high school's pilot last spring had cut discipline referrals by a quarter. Parents who spoke were divided, with several asking how they would reach their children in an emergency.",
            "The board lifted the ban on clear backpacks at Friday night football games, imposed by the previous board after a fight in the stands in 2023, saying the new metal detectors at the stadium gates made it unnecessary.",
            "Members signed a five-year contract with Buckeye Student Transport to run the district's 38 bus routes, ending a shortage of drivers that left some routes uncovered last year. The company will pay drivers two dollars an hour more than the district did, and the contract can be extended for two more years.",
            "The school day at both elementary schools will be extended by ten minutes from next week to make room for the orchestra and a longer lunch. The orchestra will be taught by a teacher shared with the Wellington district under an agreement the two boards signed in July.",
            "Two additional school resource officers from the Lorain County sheriff's office will be deployed to the middle school and the high school, paid for by a state grant. The board also voted to join a purchasing consortium of 40 districts in northeast Ohio, which it expects to save about 60,000 dollars a year on paper, cleaning supplies and fuel.",
            "In other business, the board approved a sister-school agreement between Black River High School and a high school in Kumamoto, Japan, which will send eight students to Ohio next spring, and heard that the student exchange with a school in Germany, suspended during the pandemic, has been restored for next summer.",
            "The board meets next on September 9. Classes begin on August 20.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "f05-tv-transcript-erdogan-threatens-kurdish-region": (
        "'said Turkey would impose sanctions on the Kurdish authorities', the threat of the sentence "
        "before told again, is read as a planned imposition, which matches the negated one"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


_IMPORT_BAN = (
    "an extension of a ban on imports from a state, or of 'countersanctions', is not read as an "
    "extension (the ban alone is read as a new imposition; 'countersanctions' is no sanctions word)"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Russia on Wednesday extended its ban on food imports from the European Union until the "
            "end of 2025.",
            id="extended-its-ban-on-food-imports-from",
        ),
        _xfail(
            "President Vladimir Putin has signed a decree extending until the end of next year Russia's "
            "ban on imports of meat and dairy products from Norway.",
            _IMPORT_BAN,
            "a-decree-extending-until-a-date-the-ban-on-imports-from",
        ),
        pytest.param(
            "Russia on Wednesday extended its countersanctions against the European Union for another "
            "year.",
            id="extended-its-countersanctions-against",
        ),
        pytest.param(
            "Russia on Wednesday extended its food embargo on the European Union until the end of 2025.",
            id="extended-its-food-embargo-on",
        ),
        pytest.param(
            "Russia on Wednesday extended its sanctions on the European Union for another year.",
            id="extended-its-sanctions-on",
        ),
    ],
)
def test_an_import_ban_prolonged_is_an_extension(text: str) -> None:
    assert ("sanctions.extended", "occurred") in _told(text)


def _impositions_on_the_actor(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (st, a, t)
        for ty, st, a, t in event_rows(text, MONDAY)
        if ty == "sanctions.imposed" and ({"Moscow", "Russia"} & set(t))
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Russia on Wednesday banned imports of food from Canada and the other countries that have "
            "imposed sanctions on Moscow.",
            id="the-countries-that-have-imposed-sanctions-on-the-capital",
        ),
        pytest.param(
            "Russia on Wednesday banned imports of food from Canada and the other countries that have "
            "imposed sanctions on it.",
            id="the-countries-that-have-imposed-sanctions-on-it",
        ),
    ],
)
def test_sanctions_describing_the_targets_are_no_imposition(text: str) -> None:
    assert not _impositions_on_the_actor(text)


_NO_SANCTIONS_WORD = (
    "a threat of economic pressure with no sanctions word ('cut off the economic lifeline', 'close "
    "the oil pipeline') is no threat"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Turkey's president has threatened to cut off the economic lifeline of Iraq's Kurdish "
            "region.",
            id="threatened-to-cut-off-the-economic-lifeline-of",
        ),
        _xfail(
            "Erdogan threatened on Tuesday to close the oil pipeline that carries the Kurdish region's "
            "crude to the Mediterranean.",
            _NO_SANCTIONS_WORD,
            "threatened-to-close-the-oil-pipeline",
        ),
        pytest.param(
            "Turkey's president has threatened to impose sanctions on Iraq's Kurdish region.",
            id="threatened-to-impose-sanctions-on",
        ),
        pytest.param(
            "Turkey's president has threatened Iraq's Kurdish region with sanctions.",
            id="threatened-a-region-with-sanctions",
        ),
        pytest.param(
            "Erdogan warned on Tuesday that Turkey would impose sanctions on the Kurdistan Regional "
            "Government.",
            id="warned-that-it-would-impose-sanctions",
        ),
    ],
)
def test_a_threat_of_economic_pressure_is_a_threat(text: str) -> None:
    assert ("sanctions.threatened", "occurred") in _told(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Turkey's president has threatened to cut off the economic lifeline of Iraq's Kurdish "
            "region. Erdogan said Turkey would impose sanctions on the Kurdish authorities.",
            ("sanctions.threatened", "occurred"),
            id="a-threat-then-said-it-would-impose-sanctions",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'said X would impose sanctions' that tells again the threat of the sentence "
                "before is read as a planned imposition",
            ),
        ),
        pytest.param(
            "Erdogan said on Tuesday that Turkey would impose sanctions on the Kurdistan Regional "
            "Government.",
            ("sanctions.imposed", "planned"),
            id="said-it-would-impose-sanctions-alone-is-a-plan",
        ),
    ],
)
def test_would_impose_after_a_threat_is_the_threat(text: str, told: tuple[str, str]) -> None:
    found = _told(text)
    assert told in found
    if told[0] == "sanctions.threatened":
        assert ("sanctions.imposed", "planned") not in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The rebels were integrated into the Sudan People's Liberation Army on Sunday.",
            id="integrated-into-the-spla",
        ),
        pytest.param(
            "The rebels were integrated into the South Sudan People's Defence Forces on Sunday.",
            id="integrated-into-the-sspdf",
        ),
        pytest.param(
            "The rebels were integrated into the SPLA-IO on Sunday.",
            id="integrated-into-the-spla-io",
        ),
        _xfail(
            "The SPLA and the SSDF have agreed to merge.",
            "two named forces that 'have agreed to merge' (or 'to unite'), with no object, are no merger",
            "two-forces-agreed-to-merge",
        ),
        pytest.param(
            "The rebels were integrated into the Kenya Defence Forces on Sunday.",
            id="integrated-into-the-kenya-defence-forces",
        ),
        pytest.param(
            "The militia's forces are integrated into the Sudanese army with immediate effect.",
            id="are-integrated-into-a-states-army-with-immediate-effect",
        ),
        pytest.param(
            "The SPLA and the SSDF have agreed to merge their forces.",
            id="two-forces-agreed-to-merge-their-forces",
        ),
    ],
)
def test_forces_merged_into_south_sudans_armies_are_read(text: str) -> None:
    assert any(
        ty == "forces.integrated" and st in {"occurred", "planned"} for ty, st in _told(text)
    )


def _lifting_rows(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        (a, t)
        for ty, st, a, t in event_rows(text, MONDAY)
        if (ty, st) == ("sanctions.lifted", "occurred")
    ]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "President Clinton on Thursday lifted the trade embargo on Vietnam.",
            "United States",
            "Vietnam",
            id="president-clinton-lifted",
        ),
        pytest.param(
            "The United States on Thursday lifted the trade embargo that it has kept on Vietnam for "
            "nineteen years.",
            "United States",
            "Vietnam",
            id="the-embargo-that-it-has-kept-on",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the target behind 'that/which ... has kept on' or 'that has been in force "
                "against' is lost",
            ),
        ),
        pytest.param(
            "President Clinton on Thursday lifted the trade embargo that the United States has kept on "
            "Vietnam for nineteen years.",
            "United States",
            "Vietnam",
            id="president-clinton-lifted-the-embargo-that-the-us-has-kept-on",
            marks=pytest.mark.xfail(
                strict=True,
                reason="with no actor and no target the lifting is dropped altogether",
            ),
        ),
        pytest.param(
            "President Bill Clinton on Thursday lifted the trade embargo on Vietnam.",
            "United States",
            "Vietnam",
            id="president-bill-clinton-lifted",
        ),
        pytest.param(
            "President Obama on Thursday lifted the trade embargo on Vietnam.",
            "United States",
            "Vietnam",
            id="president-obama-lifted",
        ),
        pytest.param(
            "The United States on Thursday lifted the trade embargo it has kept on Vietnam for "
            "nineteen years.",
            "United States",
            "Vietnam",
            id="the-embargo-it-has-kept-on",
        ),
        pytest.param(
            "The United States on Thursday lifted the arms embargo that it had imposed on Vietnam.",
            "United States",
            "Vietnam",
            id="the-embargo-that-it-had-imposed-on",
        ),
    ],
)
def test_a_lifting_has_its_president_and_its_target(text: str, actor: str, target: str) -> None:
    rows = _lifting_rows(text)
    assert any(actor in a and target in t for a, t in rows), rows


_ENVOYS_BACK = (
    "envoys that 'would return to their posts' and relations or missions that 'would be restored' in "
    "a clause after 'agreed that' are no restoration"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "India and Pakistan agreed on Monday that their High Commissioners would return to their "
            "posts.",
            id="agreed-that-high-commissioners-would-return-to-their-posts",
        ),
        _xfail(
            "The two countries said their ambassadors would return to their posts next week.",
            _ENVOYS_BACK,
            "said-ambassadors-would-return-to-their-posts",
        ),
        _xfail(
            "India and Pakistan agreed on Monday that diplomatic relations would be restored.",
            _ENVOYS_BACK,
            "agreed-that-relations-would-be-restored",
        ),
        pytest.param(
            "India and Pakistan agreed on Monday to restore diplomatic relations.",
            id="agreed-to-restore-relations",
        ),
        pytest.param(
            "India and Pakistan agreed on Monday to exchange high commissioners again.",
            id="agreed-to-exchange-high-commissioners-again",
        ),
        pytest.param(
            "Turkey and Egypt will return their ambassadors to each other's capitals.",
            id="will-return-their-ambassadors-to-each-others-capitals",
        ),
    ],
)
def test_envoys_returning_restore_relations(text: str) -> None:
    assert any(
        ty == "relations.restored" and st in {"occurred", "planned"} for ty, st in _told(text)
    )


def _signing_parties(text: str) -> list[str]:
    return [
        n for ty, _, a, t in event_rows(text, MONDAY) if ty == "agreement.signed" for n in a + t
    ]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        pytest.param(
            "The Tashkent Declaration was signed by India and Pakistan on Monday.",
            "Uzbekistan",
            id="the-tashkent-declaration",
        ),
        pytest.param(
            "The Astana Declaration was signed by Russia, Iran and Turkey on Monday.",
            "Kazakhstan",
            id="the-astana-declaration",
        ),
        pytest.param(
            "The Minsk Agreement was signed by Russia and Ukraine on Monday.",
            "Belarus",
            id="the-minsk-agreement",
        ),
        pytest.param(
            "The Dayton Agreement was signed by Bosnia, Croatia and Serbia on Monday.",
            "United States",
            id="the-dayton-agreement",
        ),
    ],
)
def test_an_accord_named_after_a_city_has_no_venue_as_party(text: str, venue: str) -> None:
    parties = _signing_parties(text)
    assert parties and venue not in parties, parties


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A Polish discount chain joined a European buying alliance on Tuesday.",
            id="a-polish-discount-chain-joined",
        ),
        pytest.param(
            "A Polish grocer joined a European buying alliance on Tuesday.",
            id="a-polish-grocer-joined",
        ),
        pytest.param(
            "Polish discounter joins European buying alliance",
            id="headline-polish-discounter-joins",
        ),
        pytest.param(
            "A Polish company joined a European buying alliance on Tuesday.",
            id="a-polish-company-joined",
        ),
        pytest.param(
            "Polish retailer joins European buying alliance", id="headline-polish-retailer-joins"
        ),
    ],
)
def test_a_retail_chain_named_by_its_demonym_joins_nothing(text: str) -> None:
    assert not [r for r in alert_rows(text, MONDAY) if r[0] == "alliance.joined"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The retailer signed a Ukrainian poultry deal on Tuesday.",
            id="signed-a-ukrainian-poultry-deal",
        ),
        pytest.param(
            "The retailer signed a poultry deal with a Ukrainian producer on Tuesday.",
            id="signed-a-poultry-deal-with-a-ukrainian-producer",
        ),
    ],
)
def test_a_commodity_deal_named_by_a_demonym_is_no_state_accord(text: str) -> None:
    assert not [r for r in alert_rows(text, MONDAY) if r[0] == "agreement.signed"]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        pytest.param(
            "The two men were flown to a former American air base near Utrecht on Monday.",
            False,
            id="people-flown-to-a-former-american-air-base",
        ),
        pytest.param(
            "The two men were flown to Camp Zeist, a former American air base.",
            False,
            id="people-flown-to-a-named-camp-a-former-base",
        ),
        pytest.param(
            "The United States sent 500 troops to an air base in Germany on Monday.",
            True,
            id="troops-sent-to-an-air-base",
        ),
    ],
)
def test_a_former_base_is_no_presence(text: str, present: bool) -> None:
    found = [r for r in alert_rows(text, MONDAY) if r[0] == "military.presence"]
    assert bool(found) == present, found


_ACTIVE_ADMISSION = (
    "an admission told in the active, '<body> admitted <state> as (its) <n>th member (of ...)' or "
    "'admitted <state> to <organisation>', is no joining; only the passive is read"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The General Assembly today admitted Switzerland as the 190th member state of the United "
            "Nations.",
            id="admitted-a-state-as-the-nth-member-state-of",
        ),
        pytest.param(
            "The East African Community today admitted Somalia as its eighth member.",
            id="admitted-a-state-as-its-nth-member",
        ),
        _xfail(
            "The General Assembly today admitted Switzerland to the United Nations.",
            _ACTIVE_ADMISSION,
            "admitted-a-state-to-an-organisation",
        ),
        pytest.param(
            "Switzerland was today admitted as the 190th member state of the United Nations.",
            id="was-admitted-as-the-nth-member-state-of",
        ),
    ],
)
def test_an_admission_in_the_active_is_a_joining(text: str) -> None:
    assert ("alliance.joined", "occurred") in _told(text)


def _presence_parties(text: str) -> list[list[str]]:
    return [a + t for ty, st, a, t in alert_rows(text, MONDAY) if ty == "military.presence"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Members of the Ground Self-Defense Force arrived in Iraq on Monday.",
            "Japan",
            id="the-ground-self-defense-force-arrived",
        ),
        pytest.param(
            "The first Japanese troops arrived in Samawah on Monday.",
            "Iraq",
            id="arrived-in-an-iraqi-city-named-alone",
        ),
        pytest.param(
            "The first members of Japan's Ground Self-Defense Force arrived in Iraq on Monday.",
            "Japan",
            id="japans-ground-self-defense-force-arrived",
        ),
        pytest.param(
            "The first Japanese troops arrived in the southern Iraqi city of Samawah on Monday.",
            "Iraq",
            id="arrived-in-the-iraqi-city-of",
        ),
    ],
)
def test_troops_arriving_abroad_have_their_state_and_the_host(text: str, party: str) -> None:
    found = _presence_parties(text)
    assert any(party in names for names in found), found


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "President Vladimir Putin on Saturday signed a decree imposing economic sanctions on Turkey.",
            ("sanctions.imposed", "occurred"),
            id="signed-a-decree-imposing-sanctions",
        ),
        pytest.param(
            "Within hours the United Nations Security Council suspended its sanctions on Libya.",
            ("sanctions.suspended", "occurred"),
            id="within-hours-the-council-suspended-its-sanctions",
        ),
        pytest.param(
            "The declaration was signed by Prime Minister Lal Bahadur Shastri of India and President "
            "Mohammad Ayub Khan of Pakistan.",
            ("agreement.signed", "occurred"),
            id="signed-by-two-leaders-of-their-states",
        ),
        pytest.param(
            "Switzerland becomes the 190th member of the United Nations",
            ("alliance.joined", "occurred"),
            id="headline-becomes-the-nth-member-of",
        ),
        pytest.param(
            "Japanese ground troops have been sent to Iraq for the first time since the end of the "
            "Second World War.",
            ("military.presence", "occurred"),
            id="sent-for-the-first-time-since-the-end-of-a-past-war",
        ),
    ],
)
def test_the_forms_the_set_found(text: str, told: tuple[str, str]) -> None:
    assert told in _told(text)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout34_set_shape() -> None:
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


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "British troops arrived in Kuwait in December, and flights will begin on Monday.",
            ("military.presence", "historical"),
            id="a-past-month-beside-a-day-of-the-next-clause",
        ),
        pytest.param(
            "British troops arrived in Kuwait on Monday, and flights will begin in December.",
            ("military.presence", "occurred"),
            id="a-day-beside-a-month-of-the-next-clause",
        ),
    ],
)
def test_a_clause_joined_by_and_keeps_its_own_day(text: str, told: tuple[str, str]) -> None:
    """The day of a clause joined by ", and" after the trigger dates that clause, not the trigger's."""
    assert _told(text, date(2004, 1, 20)) == [told]


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-34 English events"))
