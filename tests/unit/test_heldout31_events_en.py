"""Thirty-first English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
thirty sets lack: a weekly email newsletter on the two Koreas with Seoul's first sanctions of its
own in five years on eight North Koreans and seven organisations and the Treasury's three Workers'
Party officials the day before (2022), a podcast's episode summary with timestamps on Trump lifting
the nine-day-old sanctions on Turkey's ministries and ministers and the Sochi memorandum of Putin and
Erdogan with its joint patrols to come (2019), a compliance wire on OFAC's 180-day general licence
for earthquake relief in Syria (2023), a UN meetings-coverage summary of the Security Council
renewing the Congo sanctions regime by resolution 2688 (2023), a wire quoting a think-tank brief on
Biden warning Putin of "strong economic and other measures" over Ukraine (2021), a live blog (newest
entry first) of Palestine becoming the 123rd member of the International Criminal Court (2015), a
radio bulletin script on Saudi Arabia and Thailand restoring full relations after the Blue Diamond
affair (2022), a Banja Luka feature on Bosnia's two entity armies merged into one (2006), a naval
trade paper's news in brief on the Royal Navy's base at Mina Salman in Bahrain (2018), and near
misses (a court report on the Court of Arbitration for Sport lifting the European ban "imposed" on
Manchester City, with a "sanction" for not cooperating and rules "suspended"; a labour desk story on
Boeing's machinists ending their strike by an "agreement" that does not "restore" the pension, with
a hiring freeze "imposed", furloughs to be "lifted" and a production cap; a local news story on the
Bee Network taking Greater Manchester's buses under public control, buses that "joined" the fleet, a
fare cap "imposed", a network to be "integrated" with the trams, an agreement "signed" and a strike
"suspended").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a court joined; a memorandum signed; relations restored; two armies merged;
a base opened and patrols to come), eleven occurred and one planned, beside historical, negated and
stalled events. They are told in the ordinary ways: "imposed sanctions on eight North Korean
individuals and seven organisations" in a newsletter under a heading in capitals, "put three senior
officials ... on its sanctions list", a lifting told in reported speech ("said on Wednesday that he
had asked Treasury Secretary Steven Mnuchin to lift the sanctions imposed on Turkey on 14 October")
and as a removal ("removed the Turkish ministries ... from its list"), a memorandum "signed" by two
leaders, patrols that Russian and Turkish troops "will run" in a strip along the border, a licence
that "authorises for 180 days all transactions related to earthquake relief that the ... Regulations
would otherwise prohibit", a council that "extended until 1 July 2024 the arms embargo, travel ban
and asset freeze", a warning "that the United States ... would respond with strong economic and other
measures if Russia invaded", "becomes the 123rd member of the International Criminal Court today",
"have restored full diplomatic relations" read by a newsreader, two armies that "have been merged
into a single force", "formally opened its naval support facility", and dates as "on Friday", "a day
earlier, on Thursday", "on 14 October", "in December", "last Friday", "in 1990" and "since 1995".

Decisions of the annotation: a government that "imposed sanctions on eight North Korean individuals
and seven organisations" imposes (core), and so does a Treasury that "put three senior officials ...
on its sanctions list" a day earlier (core: news of the same week); the UN sanctions "from 2006"
tightened "until 2017" are a historical imposition, the draft that China and Russia "vetoed" and a
Japan that "was studying its own measures but announced none" a negated imposition; "after past
designations it called them a declaration of war" and the drills are no events. A president who "had
asked ... to lift the sanctions imposed on Turkey on 14 October" with a Treasury that "removed ...
from its list within hours" lifts (core), the sanctions of 14 October a historical imposition,
"would come back if Turkey did something 'we are unhappy with'" a threat that occurred (not core), and
"the bill that would impose much broader measures is still before the House" no event; two leaders
who "signed a ten-point memorandum of understanding" sign (core: a security accord of two states),
the Russian and Turkish troops who "will run joint patrols" in a strip of Syria a planned presence
(core), the military police who "crossed the Euphrates into Kobani on Wednesday" a presence that
occurred (not core: the same deal at work), "a small number will stay ... 'where they have the oil'"
a planned American presence (not core), and the ceasefire Pence "agreed in Ankara on 17 October" a
historical accord. A general licence that "authorises for 180 days all transactions related to
earthquake relief" suspends (core, as the waivers of earlier sets), "does not lift the US sanctions
on Syria" a negated lifting, the sanctions "first imposed on Syria in 2004" and the Caesar Act "in
force since June 2020" a historical imposition; calls "for an end to Western sanctions" and the
convoy from Turkey are no events. A council that "extended until 1 July 2024 the arms embargo,
travel ban and asset freeze" extends (core), the measures of resolution 1493 (2003) a historical
imposition, the notification "lifted in December" a historical lifting, France's "those responsible
... should know that they could be designated" a threat that occurred (not core) and China's "no
intention of imposing measures on the Congolese State" a negated imposition. A president who
"warned Vladimir Putin ... that the United States and its European allies would respond with strong
economic and other measures if Russia invaded" threatens (core), the sanctions of 2014 and the
measures against Huawei historical impositions; the brief's options ("cutting the largest banks
from the dollar", "an export ban"), "threats of sanctions would not work" and Berlin blocking Nord
Stream 2 are no events. A Palestine that "becomes the 123rd member of the International Criminal
Court today" joins (core), the accession documents signed on 31 December a historical joining,
Israel's freeze of the tax revenues "in January" and its release "last Friday" a historical
imposition and a historical lifting, the peace talks that "collapsed in April last year" a stalled
accord. States that "have restored full diplomatic relations" restore ties (core), the ambassadors
they "will appoint ... in the coming weeks" a planned restoration (not core: a step of the same
news, as in set 30), the work visas stopped and the travel warning of 1990 a historical imposition,
flights to "resume" and cooperation "agreed" no events. Two armies that "have been merged into a
single force" integrate (core), NATO that "turned down Bosnia's bid to join its Partnership for
Peace" a negated joining, the EU force since December 2004 and NATO's headquarters historical
presences, the Dayton agreement a historical accord. A state that "formally opened its naval support
facility" abroad has a presence that occurred (core), its withdrawal "in 1971" and the Fifth Fleet
"since 1995" historical presences; frigates that will use the base "when they deploy" are the same
presence. Outside the monitor's remit (no event): a sports court lifting a club's ban and a fine as
a "sanction", rules suspended by a football body; a union's agreement, a pension not restored, a
hiring freeze imposed, furloughs lifted, pickets joined and a regulator's cap; buses under public
control, a fare cap imposed, buses that joined a fleet, a network integrated with trams, a pay
agreement signed and a strike suspended.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout31_events_en``.
Measured before any fix (2026-12-02, on commit fcd4aff): P 1.000, R 0.500, F1 0.667 (recall 6/12, 6
of 6 alerts right; recall by status: occurred 6/11, planned 0/1; no false alarm, no unexpected
alert, no venue as a party; the three near misses quiet). No annotation was corrected after the run.
Missed: Seoul's sanctions, read as historical ("South Korea on Friday imposed sanctions on eight
North Korean individuals and seven organisations that it says have helped Pyongyang pay for its
nuclear and missile programmes, the first sanctions Seoul has announced under its own name since
2017.": a trailing appositive "the first ... under its own name since <year>" dates the main verb,
while "the first sanctions Seoul has announced since 2017" leaves it news); the Treasury's three
names ("A day earlier, on Thursday, the US Treasury put three senior officials of the ruling
Workers' Party on its sanctions list, Jon Il Ho, Yu Jin and Kim Su Gil, ...": a sentence opened by
a relative date, "A day earlier" or "Two days earlier", is read as background, while "The day
before" is news; and "put <people> of the ruling Workers' Party on its sanctions list" gives
nothing, while "of the ruling Justice Party" or "of the Workers' Party" gives the imposition); the
lifting on Turkey ("President Donald Trump said on Wednesday that he had asked Treasury Secretary
Steven Mnuchin to lift the sanctions imposed on Turkey on 14 October ..." and "The Treasury removed
the Turkish ministries of defence and energy and three ministers, Hulusi Akar, Fatih Donmez and
Suleyman Soylu, from its list within hours.": a lifting that a leader "asked / ordered / instructed"
an agency to make is no lifting form, "removed <someone> from its list" needs the word "sanctions"
before "list" even when the sentence before names the sanctions, and a named list in apposition,
"two leaders, A and B, from its sanctions list", breaks the removal); the Sochi memorandum ("The
bigger news came a day earlier, when Vladimir Putin and Recep Tayyip Erdogan signed a ten-point
memorandum of understanding after six hours of talks.": an accord signed by leaders named without
their states or a title gives nothing, while "Russian President Vladimir Putin and Turkish President
..." or "South Africa and Kenya signed" sign); the joint patrols ("After that, Russian and Turkish
troops will run joint patrols in a ten-kilometre strip along the border ...": troops that "will run
joint patrols" in another state are no presence form, and troops that "deployed to" a state, the
verb intransitive, neither, while "were deployed" and "will be deployed" are); Biden's warning
("President Joe Biden warned Vladimir Putin in a two-hour video call on Tuesday that the United
States and its European allies would respond with strong economic and other measures if Russia
invaded Ukraine": "respond with strong economic measures" is no sanctions noun for a threat, and
even with "would impose sanctions" the warning is lost when the time or the call stands between the
party warned and a that-clause whose subject is another state, "warned Putin on Tuesday that the
United States would impose sanctions", while "warned Putin that the United States would impose" and
"The European Union warned Serbia on Monday that it would impose" are threats). Also seen, not
scored: the OFAC licence has Syria as an actor and no target, and the denial "does not lift the US
sanctions on Syria" has no actor; the Congo renewal has no actor (the Security Council is read only
through the headline, "The Security Council this morning extended until 1 July 2024 the arms
embargo ..." giving nothing); the Bosnian merger has Bosnia as a target and no actor; the Bahrain
base has no host ("formally opened its naval support facility at Mina Salman in Bahrain": a "naval
support facility" is no base noun, and only the headline "Britain opens first permanent Gulf base"
is read); the Russian military police in Kobani, the Americans to stay near the oil, Trump's threat to
bring the sanctions back, France's warning at the Council and the ambassadors to be appointed by
Riyadh and Bangkok are not read. Each form missed is pinned below on sentences of its own, a strict
xfail while it fails, beside the neighbouring forms that are read.
After the fixes (same day): P 1.000 R 0.667 F1 0.800 (recall 8/12). Fixed in general: a "first …
since <year>" phrase up to twelve words long measures the news, not its date; "A day earlier" or
"Two days earlier" is the news's time too ("A week earlier" is left as it was); an anniversary's
year ("on the fourth anniversary of the 2021 protests") dates nothing. Left: the Turkish lifting
ordered of the Treasury, the Sochi memorandum of two leaders named bare, the joint patrols, and
Biden's warning of "economic measures".
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
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
ICC = "International Criminal Court"
DRC = "Democratic Republic of the Congo"
BIH = "Bosnia and Herzegovina"
M23 = "March 23 Movement"
YPG = "People's Defense Units"

ARTICLES: list[Article] = [
    Article(
        "e01-newsletter-seoul-own-sanctions-on-north-koreans",
        date(2022, 12, 5),
        _p(
            "PENINSULA WEEK",
            "A weekly email briefing on the two Koreas | Monday 5 December 2022 | Issue 147",
            "Good morning. This week: Seoul's first sanctions of its own in five years, Washington's three new names, and why the Security Council is no help.",
            "SEOUL GOES IT ALONE",
            "South Korea on Friday imposed sanctions on eight North Korean individuals and seven organisations that it says have helped Pyongyang pay for its nuclear and missile programmes, the first sanctions Seoul has announced under its own name since 2017. The foreign ministry said those listed included bankers and trade officials who had moved money through third countries and arranged the shipment of oil and coal in breach of UN resolutions. South Koreans now need the approval of the central bank or the finance ministry for any dealings with them.",
            "The practical effect is small, since almost no legal trade crosses the border, and officials admitted as much. The point, one of them told reporters, was to show that the government of President Yoon Suk Yeol would not wait for the Security Council after a year of record missile launches, including the Hwasong-17 intercontinental missile fired on 18 November.",
            "WASHINGTON'S NAMES",
            "A day earlier, on Thursday, the US Treasury put three senior officials of the ruling Workers' Party on its sanctions list, Jon Il Ho, Yu Jin and Kim Su Gil, for their roles in the weapons programmes. The Treasury said it had acted in coordination with Seoul and Tokyo. Japan's government said it was studying its own measures but announced none.",
            "THE COUNCIL IS STUCK",
            "The UN sanctions on North Korea date from 2006 and were tightened year after year until 2017, when the Council capped the North's imports of refined oil and banned its exports of coal, iron, seafood and textiles. Since then it has added nothing. In May, China and Russia vetoed a US draft that would have imposed new sanctions after the North's return to long-range launches, the first vetoes on North Korea in the Council's history. Their envoys said more sanctions would only harden Pyongyang's position.",
            "Diplomats in New York say there is no prospect of a new resolution before the Council's membership changes in January, and the panel of experts that monitors the existing measures has found its reports watered down.",
            "WHAT TO WATCH",
            "The North's answer. Pyongyang's state media has not yet mentioned Seoul's list, but after past designations it called them a declaration of war. Military officials in Seoul expect another launch around the anniversary of Kim Jong Il's death on 17 December.",
            "Trilateral drills. The South Korean, American and Japanese navies plan more missile-defence exercises in the new year.",
            "Thanks for reading. Forward this to a colleague who should be on the list, and write to us with tips.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("South Korea",), ("North Korea",)),
            Gold("sanctions.imposed", "occurred", (US, TREASURY), ("North Korea",)),
            # the UN sanctions of 2006-2017; the vetoed draft of May
            Gold("sanctions.imposed", "historical", (UNSC,), ("North Korea",), core=False),
            Gold(
                "sanctions.imposed",
                "negated",
                (UNSC, "China", "Russia", "Japan"),
                ("North Korea",),
                core=False,
            ),
        ),
    ),
    Article(
        "e02-podcast-notes-us-lifts-turkey-sanctions-sochi-memorandum",
        date(2019, 10, 24),
        _p(
            "Between the Lines | Episode 212: Nine Days of Sanctions, and a Deal in Sochi",
            "Published Thursday 24 October 2019 | 41 minutes | Episode summary and show notes",
            "This week our host talks to a former Turkey desk officer at the State Department and a Moscow-based defence analyst about a week in which the map of northern Syria was redrawn at a Black Sea resort and Washington's sanctions on Turkey came and went. A summary of the conversation follows; times refer to the audio.",
            "[02:15] The lifting. President Donald Trump said on Wednesday that he had asked Treasury Secretary Steven Mnuchin to lift the sanctions imposed on Turkey on 14 October, after Ankara told him that its pause in the fighting would be permanent. The Treasury removed the Turkish ministries of defence and energy and three ministers, Hulusi Akar, Fatih Donmez and Suleyman Soylu, from its list within hours. Our former diplomat calls the measures 'sanctions with a return ticket': they blocked assets the ministers almost certainly did not have in America.",
            "[09:40] The fine print. Trump said the sanctions would come back if Turkey did something 'we are unhappy with', and the bill that would impose much broader measures is still before the House. Our guests doubt it will reach the president's desk now.",
            "[14:05] Sochi. The bigger news came a day earlier, when Vladimir Putin and Recep Tayyip Erdogan signed a ten-point memorandum of understanding after six hours of talks. Russian military police and Syrian border guards were to move into the border area outside Turkey's zone from noon on Wednesday and see the Kurdish YPG fighters pulled back 30 kilometres within 150 hours. After that, Russian and Turkish troops will run joint patrols in a ten-kilometre strip along the border, except in the city of Qamishli. Our analyst notes that Russian military police crossed the Euphrates into Kobani on Wednesday, the first time they have gone that far east.",
            "[22:30] Who won? Turkey keeps the 120-kilometre strip between Tal Abyad and Ras al-Ain that it took in its offensive, and Russia becomes the arbiter of the whole border. The Syrian Democratic Forces, who did most of the fighting against the Islamic State group alongside American troops, lose most of the land they held near the frontier.",
            "[28:50] The American exit. The ceasefire that Vice-President Mike Pence agreed in Ankara on 17 October bought five days. Trump has pulled most of the 1,000 troops out of the northeast, but says a small number will stay in the east of the country 'where they have the oil'.",
            "[35:10] Listener questions: whether Congress can still force sanctions over the purchase of Russia's S-400 air defence system, and what happens to the Islamic State detainees held by the Kurds.",
            "Show notes: the memorandum's text as published by the Kremlin; the Treasury's notice of 23 October; our episode 209 on the Turkish offensive. Music by the usual suspects. Send us your questions.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                (US, "Donald Trump", TREASURY),
                ("Turkey", "Hulusi Akar", "Süleyman Soylu"),
            ),
            Gold(
                "agreement.signed",
                "occurred",
                ("Russia", "Turkey", "Vladimir Putin", "Recep Tayyip Erdoğan"),
                (),
            ),
            Gold("military.presence", "planned", ("Russia", "Turkey"), ("Syria",)),
            # the military police across the Euphrates; Trump's threat to bring the sanctions back;
            # US troops to stay near the oil
            Gold("military.presence", "occurred", ("Russia",), ("Syria",), core=False),
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump"), ("Turkey",), core=False),
            Gold("military.presence", "planned", (US,), ("Syria",), core=False),
            # the sanctions of 14 October; the Pence ceasefire of 17 October
            Gold("sanctions.imposed", "historical", (US,), ("Turkey",), core=False),
            Gold("agreement.signed", "historical", (US, "Mike Pence"), ("Turkey",), core=False),
        ),
    ),
    Article(
        "e03-business-wire-ofac-syria-earthquake-general-licence",
        date(2023, 2, 10),
        _p(
            "OFAC Issues 180-Day General Licence for Syria Earthquake Relief; Banks Still Cautious",
            "WASHINGTON, Feb. 10, 2023 | Sanctions & Trade Compliance Wire",
            "The US Treasury's Office of Foreign Assets Control on Thursday issued Syria General License 23, which authorises for 180 days all transactions related to earthquake relief that the Syrian Sanctions Regulations would otherwise prohibit. The licence runs until August 8.",
            "It came three days after a magnitude 7.8 earthquake and its aftershocks struck southern Turkey and northern Syria, killing more than 20,000 people in the two countries. Aid groups said rescue teams and fuel were slow to reach the government-held and opposition-held areas of northwest Syria, and some blamed banks that refused to process payments.",
            '"US sanctions in Syria will not stand in the way of life-saving efforts for the Syrian people," Deputy Treasury Secretary Wally Adeyemo said in a statement.',
            "What the licence covers: payments, shipments and services for relief, including transactions with the Syrian government and with entities it controls, where they relate to earthquake relief. It builds on general licences and exemptions for humanitarian work by non-governmental organisations that were already in place.",
            "What it does not cover: the licence does not unblock the property of anyone on OFAC's list, and it does not lift the US sanctions on Syria, a Treasury official told reporters, adding that transactions that are not related to the relief effort still need a specific licence.",
            "The Syrian government and its allies have long called for an end to Western sanctions, which the United States first imposed on Syria in 2004 and widened after the crackdown on protests in 2011. The Caesar Syria Civilian Protection Act, in force since June 2020, added penalties for foreign companies that do business with Damascus.",
            'Compliance lawyers said the licence was broader than the usual humanitarian carve-outs, but that banks would still weigh the reputational risk. "A general licence tells you what is allowed. It does not make a correspondent bank in Frankfurt or Dubai comfortable," said one lawyer who advises non-profits. Several aid agencies have said the hardest part is moving money into Syria at all.',
            "The United Nations said on Thursday that the first aid convoy since the earthquake had crossed from Turkey into northwest Syria through the Bab al-Hawa crossing, the only one open under the Security Council's cross-border mechanism.",
            "Firms should document the relief purpose of each transaction and keep records for five years, OFAC said in answers to frequently asked questions published with the licence. Questions may be sent to the office's compliance hotline.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, TREASURY, OFAC), ("Syria",)),
            # the sanctions of 2004, 2011 and the Caesar Act; the licence lifts nothing
            Gold("sanctions.imposed", "historical", (US,), ("Syria",), core=False),
            Gold("sanctions.lifted", "negated", (US, TREASURY), ("Syria",), core=False),
        ),
        not_participants=("Turkey", "Germany", "United Arab Emirates"),
    ),
    Article(
        "e04-un-press-summary-drc-sanctions-renewed",
        date(2023, 6, 27),
        _p(
            "Security Council Extends Sanctions on Democratic Republic of Congo for One Year, Unanimously Adopting Resolution 2688 (2023)",
            "Meetings coverage | Security Council | 27 June 2023 | This summary is not an official record",
            "The Security Council this morning extended until 1 July 2024 the arms embargo, travel ban and asset freeze it has applied in the Democratic Republic of the Congo, and the mandate of the Group of Experts that assists its sanctions committee until 1 August 2024.",
            "Unanimously adopting resolution 2688 (2023), the Council decided to renew the measures first set out in resolution 1493 (2003) and later widened, which apply to armed groups and to individuals and entities it designates, among them those who commit abuses against civilians, recruit children or trade illegally in natural resources.",
            "The Council also asked the Group of Experts to report on the financing of armed groups, including through gold, and on the supply of weapons to the March 23 Movement (M23), which has taken large parts of North Kivu province since late 2021.",
            "Speaking after the vote, the representative of the Democratic Republic of the Congo welcomed the renewal but said the measures should be applied with more determination against the M23 and those who back it. He recalled that the Council had lifted in December the obligation for States to notify it of arms deliveries to the Congolese Government, a step his Government had long sought, and said the armed forces needed the means to protect the population.",
            "The representative of Rwanda said his country rejected the accusation, made in the Group's reports, that its troops were fighting alongside the M23, and called on the Council to address the Democratic Forces for the Liberation of Rwanda (FDLR), an armed group operating in eastern Congo.",
            "The representative of France said the sanctions regime remained a useful tool, and that those responsible for violence in the east should know that they could be designated. The representative of the United States said the renewal sent a clear message to all armed groups, and urged the parties to the Luanda and Nairobi processes to respect their commitments.",
            "The representative of Gabon, speaking also for Ghana and Mozambique, said the measures were not an end in themselves and should support the political processes of the region. He asked the sanctions committee to review its list of designated individuals and entities regularly.",
            "The representative of China said sanctions should be adjusted in light of the situation on the ground, and recalled that the Council had no intention of imposing measures on the Congolese State.",
            "The meeting began at 10:03 a.m. and ended at 10:25 a.m.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC, UN), (DRC, M23)),
            # resolution 1493 (2003); the notification requirement lifted in December
            Gold("sanctions.imposed", "historical", (UNSC,), (DRC,), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), (DRC,), core=False),
            # France's warning that those responsible could be designated; China's "no intention"
            Gold("sanctions.threatened", "occurred", ("France",), (DRC,), core=False),
            Gold("sanctions.imposed", "negated", (UNSC, "China"), (DRC,), core=False),
        ),
        not_participants=("Rwanda", "Gabon", "Ghana", "Mozambique"),
    ),
    Article(
        "e05-wire-think-tank-brief-biden-warns-putin-of-sanctions",
        date(2021, 12, 8),
        _p(
            "Biden Warns Putin of 'Strong Economic Measures' Over Ukraine; Analysts Weigh What Is Left to Use",
            "WASHINGTON, Dec 8 (wire)",
            "President Joe Biden warned Vladimir Putin in a two-hour video call on Tuesday that the United States and its European allies would respond with strong economic and other measures if Russia invaded Ukraine, the White House said, as some 100,000 Russian troops remained massed near the border.",
            'National security adviser Jake Sullivan told reporters afterwards that Biden had looked Putin in the eye and told him that Washington would do "things we did not do in 2014", when Russia annexed Crimea and the United States and the European Union answered with sanctions on Russian banks, energy companies and officials. He said that if Putin wanted to see gas flow through the Nord Stream 2 pipeline, he might not want to take the risk of invading.',
            "The Kremlin said Putin had asked for legal guarantees that NATO would not expand further east or place offensive weapons in Ukraine, and that the two leaders had agreed to have their aides keep talking.",
            'A brief circulated to clients on Wednesday by a Washington think tank\'s Russia programme said the options were narrower than the rhetoric suggested. "The West has already used the easy tools," its authors wrote. "The sanctions of 2014 were designed to leave Russia\'s oil and gas earnings alone. What remains is the hard part: cutting the largest banks from the dollar, restricting the sovereign debt market further, or shutting Russia out of SWIFT, each of which hurts Europe too."',
            "The brief said an export ban on advanced semiconductors and other technology, modelled on the measures used against the Chinese firm Huawei, was the option most discussed in Washington, because it would hurt Russian industry over time without raising energy prices in Europe this winter.",
            "Biden briefed the leaders of France, Germany, Italy and Britain after the call, and is due to call Ukrainian President Volodymyr Zelensky on Thursday. Olaf Scholz, who is to be sworn in as German chancellor on Wednesday, has not said whether Berlin would be ready to block Nord Stream 2, which has been built but not yet approved by the German regulator.",
            "Russian officials deny any plan to attack Ukraine and say troop movements on their own territory are nobody else's business. Dmitry Peskov, Putin's spokesman, said on Wednesday that threats of sanctions would not work.",
            'The brief also warned that sanctions alone were unlikely to change Putin\'s calculation, and that the credibility of any threat depended on Europe. "If Moscow believes Berlin will hesitate, the warning loses much of its force," it said.',
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, "Joe Biden"),
                ("Russia", "Vladimir Putin"),
            ),
            # the sanctions of 2014; the measures against Huawei
            Gold("sanctions.imposed", "historical", (US, EU), ("Russia",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Huawei", "China"), core=False),
        ),
        not_participants=("France", "Italy", "Germany"),
    ),
    Article(
        "e06-live-blog-palestine-becomes-icc-member",
        date(2015, 4, 1),
        _p(
            "LIVE: Palestine Joins the International Criminal Court",
            "Wednesday 1 April 2015 | All times CET | Refresh for the latest",
            "17:45 That is where we will leave our coverage for today. Thank you for following.",
            "16:30 Israel's foreign ministry has called the Palestinian move a step against peace and said it would not cooperate with any ICC inquiry. In January, after the Palestinians signed the Rome Statute, Israel froze the transfer of about $127 million a month in tax revenues it collects for the Palestinian Authority. It released the money last Friday, after three months, citing humanitarian concerns.",
            "15:10 The US State Department repeated that Washington opposes the Palestinian step, saying it does not advance the creation of a Palestinian state. Neither the United States nor Israel is a member of the court.",
            "14:20 Some context: the last round of US-brokered peace talks between Israel and the Palestinians collapsed in April last year, and there have been no negotiations since. The Palestinian Authority turned to the court and other international bodies after the Security Council rejected a resolution setting a deadline for an end to the occupation on 30 December. President Mahmoud Abbas signed the accession documents the next day.",
            "12:55 Human Rights Watch called on states that criticised the Palestinian accession to stop trying to pressure the Palestinians into staying out of the court.",
            "11:40 The court's prosecutor, Fatou Bensouda, opened a preliminary examination in January. Because the Palestinians also lodged a declaration accepting the court's jurisdiction back to 13 June 2014, that examination can cover last summer's war in Gaza. A preliminary examination is not an investigation, and there is no timetable for the prosecutor to decide whether to open one.",
            '10:45 At the ceremony, the court\'s vice-president, Judge Kuniko Ozaki, handed Palestinian Foreign Minister Riyad al-Maliki a copy of the Rome Statute. "As the Rome Statute today enters into force for the State of Palestine, Palestine acquires all the rights as well as responsibilities that come with being a State Party," she said. Maliki said the Palestinians were seeking justice, not revenge.',
            "10:15 The ceremony at the seat of the court in The Hague was closed to the press, but we have pictures from outside.",
            "09:30 Good morning. Palestine becomes the 123rd member of the International Criminal Court today, three months after it signed the court's founding treaty. From now on the court can try crimes committed on Palestinian territory or by Palestinian nationals, including crimes by Israelis in the West Bank, East Jerusalem and Gaza.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Palestine",), (ICC,)),
            # the accession signed by Abbas on 31 December
            Gold(
                "alliance.joined", "historical", ("Palestine", "Mahmoud Abbas"), (ICC,), core=False
            ),
            # Israel's freeze of the tax revenues in January and their release last Friday; the talks
            # collapsed in April 2014
            Gold("sanctions.imposed", "historical", ("Israel",), ("Palestine",), core=False),
            Gold("sanctions.lifted", "historical", ("Israel",), ("Palestine",), core=False),
            Gold("agreement.signed", "stalled", ("Israel", "Palestine"), (), core=False),
        ),
        not_participants=("Netherlands", "Human Rights Watch"),
    ),
    Article(
        "e07-radio-bulletin-saudi-arabia-thailand-restore-ties",
        date(2022, 1, 25),
        _p(
            "WORLD SERVICE ASIA | 18:00 BULLETIN | Script as broadcast | Tuesday 25 January 2022",
            "[READER 1] Saudi Arabia and Thailand have restored full diplomatic relations, more than thirty years after a jewel theft and a string of killings drove them apart. The decision was announced in a joint statement after Thai Prime Minister Prayut Chan-o-cha held talks in Riyadh with Crown Prince Mohammed bin Salman. It is the first official visit by a Thai leader to the kingdom since the rift began.",
            "[READER 2] The two governments say they will appoint ambassadors in the coming weeks. Saudi Arabia's national airline plans to resume direct flights to Bangkok in May, and the two sides agreed to work together on trade, energy, tourism and labour.",
            "[READER 1] The quarrel goes back to 1989, when a Thai worker stole jewels, including a large blue diamond, from the palace of a Saudi prince where he was employed. Three Saudi diplomats were shot dead in Bangkok the following year, and a Saudi businessman disappeared. The cases were never solved, and Riyadh accused Thai police of covering up their role.",
            "[READER 2] Saudi Arabia downgraded its embassy in Bangkok to a charge d'affaires in 1990. It stopped issuing work visas to Thais, whose numbers in the kingdom fell from around 200,000 to about 10,000, and it told its own citizens not to travel to Thailand. Thai officials hope that the work visas will now come back, but the statement does not say so.",
            "[READER 1] Thailand's government spokesman said the prime minister had expressed his deepest regret over the tragic incidents, and that Bangkok would bring anyone with new evidence to court. Saudi media called the visit historic.",
            "[READER 2] Other news now. In Myanmar, the trials of the former leader Aung San Suu Kyi on a dozen charges continue behind closed doors in the capital, Naypyitaw.",
            "[READER 1] In the Philippines, the health ministry says new coronavirus cases are falling in Manila, but hospitals in several provinces are still full. Officials say they are ready to ease restrictions in the capital if the trend holds.",
            "[READER 2] And in Tonga, the first relief flights from New Zealand and Australia have unloaded water and emergency supplies, days after the undersea volcanic eruption and tsunami. Communications with some of the outer islands remain cut.",
            "[READER 1] Weather: heavy rain in southern Thailand and Malaysia through Thursday, with flood warnings for parts of Kelantan. It is six minutes past six. More news at seven.",
        ),
        (
            Gold("relations.restored", "occurred", ("Saudi Arabia", "Thailand"), ()),
            # ambassadors to be appointed: a step of the same news; the measures of 1990
            Gold("relations.restored", "planned", ("Saudi Arabia", "Thailand"), (), core=False),
            Gold("sanctions.imposed", "historical", ("Saudi Arabia",), ("Thailand",), core=False),
        ),
        not_participants=(
            "Myanmar",
            "Philippines",
            "Tonga",
            "New Zealand",
            "Australia",
            "Malaysia",
        ),
    ),
    Article(
        "e08-feature-bosnia-entity-armies-merged",
        date(2006, 1, 2),
        _p(
            "One Army for Bosnia: The Entity Forces Are No More",
            "BANJA LUKA | Balkan Affairs Weekly | Monday 2 January 2006",
            "On New Year's Day, with no parade and few speeches, Bosnia and Herzegovina's two armies ceased to exist. Under the defence law passed by the state parliament in the autumn, the Army of the Federation and the Army of Republika Srpska have been merged into a single force, the Armed Forces of Bosnia and Herzegovina, under one state ministry of defence and one chain of command. The entity defence ministries have been abolished and conscription has ended.",
            "Ten years after the Dayton peace agreement ended a war in which the two armies, and a third Croat force, fought each other, their soldiers now answer to the same minister, Nikola Radovanovic, and to a joint staff in Sarajevo. The new force will be a professional army of about 10,000, down from several hundred thousand under arms at the end of the war.",
            "The compromise that made the merger possible keeps something of the past. Infantry regiments carry the traditions of the Bosniak, Croat and Serb forces, and battalions will mostly be drawn from one community each, but brigades and headquarters are mixed.",
            'In the barracks outside Banja Luka, the change has so far been one of insignia. "We have the same officers and the same rifles," said a sergeant who served in the Serb army during the war. "What is new is that the order comes from Sarajevo." Some veterans\' groups in Republika Srpska protested against the end of \'their\' army; a small rally in the town centre last week drew a few hundred people.',
            "Western officials have made the merger a condition of closer ties. NATO turned down Bosnia's bid to join its Partnership for Peace programme at the Istanbul summit in June 2004, citing the failure to arrest wartime leaders indicted for genocide, Radovan Karadzic and Ratko Mladic, both still at large. Diplomats say a single army removes the main technical obstacle, but not the political one.",
            "The international presence is also changing shape. The European Union took over peacekeeping from NATO in December 2004, and its force of about 6,000 troops remains in the country. NATO keeps a small headquarters in Sarajevo that advises on defence reform.",
            "Serb politicians who once vowed never to give up the entity army now say they accepted the deal to move closer to Europe. Croat and Bosniak leaders have welcomed it, although some Bosniak officers complain that the new structure gives too much to the communities' quotas and too little to merit.",
            "The next test will be money. The state budget for defence has to pay for barracks, pensions and equipment across both entities, and some units have not been paid on time.",
        ),
        (
            Gold("forces.integrated", "occurred", (BIH,), ()),
            # the Partnership for Peace turned down in 2004; the EU force since December 2004; the
            # Dayton agreement of 1995
            Gold("alliance.joined", "negated", (BIH,), ("NATO",), core=False),
            Gold("military.presence", "historical", (EU, "NATO"), (BIH,), core=False),
            Gold("agreement.signed", "historical", (BIH,), (), core=False),
        ),
        not_participants=("Turkey",),
    ),
    Article(
        "e09-naval-news-in-brief-royal-navy-base-bahrain",
        date(2018, 4, 6),
        _p(
            "NAVAL NEWS IN BRIEF",
            "Friday 6 April 2018 | Defence Shipping Review",
            "BAHRAIN: Britain opens first permanent Gulf base in almost 50 years",
            "The United Kingdom formally opened its naval support facility at Mina Salman in Bahrain on Thursday, its first permanent military base in the Middle East since it withdrew from east of Suez in 1971. The Duke of York opened the base, known in the Royal Navy as HMS Jufair, at a ceremony attended by Bahraini ministers and senior officers.",
            "The facility can house up to 500 personnel and will support the Royal Navy's minehunters, which have been based in Bahrain for years, as well as frigates, destroyers and the new aircraft carriers when they deploy to the Gulf. It has accommodation, stores and a mission-planning centre. Bahrain paid for most of the construction.",
            "Officials said the base was a sign of Britain's return to the region after Brexit, and Defence Secretary Gavin Williamson has spoken of a more permanent presence in the Gulf and beyond. Critics at home ask whether a smaller navy can keep ships so far from home without leaving gaps in the Atlantic and the North Sea.",
            "The base sits near the headquarters of the US Navy's Fifth Fleet, which has been in Bahrain since 1995. Human rights groups have criticised London for deepening military ties with Manama, whose security forces crushed protests in 2011.",
            "AUSTRALIA: Frigate bidders shortlisted",
            "Canberra's competition for nine anti-submarine frigates has entered its final phase, with BAE Systems, Fincantieri and Navantia submitting revised offers. A decision is expected by the middle of the year. All three designs would be built at Osborne in South Australia.",
            "CORRECTION: An item in last week's issue said the Indian Navy had commissioned its third Scorpene-class submarine. The boat was launched, not commissioned.",
            "UNITED KINGDOM: Carrier trials",
            "HMS Queen Elizabeth, the larger of the two new carriers, is due to sail for her first flight trials with the F-35B off the east coast of the United States in the autumn. The second ship, HMS Prince of Wales, is fitting out at Rosyth.",
        ),
        (
            Gold("military.presence", "occurred", (UK, "Royal Navy"), ("Bahrain",)),
            # Britain's withdrawal of 1971; the Fifth Fleet since 1995
            Gold("military.presence", "historical", (UK,), ("Bahrain",), core=False),
            Gold("military.presence", "historical", (US,), ("Bahrain",), core=False),
        ),
        not_participants=("Australia", "India"),
    ),
    Article(
        "e10-nm-court-report-cas-lifts-manchester-city-ban",
        date(2020, 7, 13),
        _p(
            "Court Report: CAS Lifts Manchester City's European Ban and Cuts the Fine",
            "LAUSANNE | Sport and the Law | Monday 13 July 2020",
            "The Court of Arbitration for Sport on Monday set aside the two-year ban from European club competitions that UEFA imposed on Manchester City in February, ruling that most of the alleged breaches of the financial fair play rules were either not established or time-barred. It reduced the fine from 30 million euros to 10 million euros.",
            "The panel of three arbitrators found that the club had failed to cooperate with UEFA's investigators, and that the smaller fine was an appropriate sanction for that breach. But it said the Club Financial Control Body, which brought the case, had not proved that City disguised funding from its owner as sponsorship income. Some of the alleged payments dated from more than five years before the case opened and could not be punished under UEFA's own rules.",
            "The ruling means City, second in the Premier League, can play in next season's Champions League. The club, which leads Real Madrid 2-1 after the first leg of their round-of-16 tie, would also have been banned from next season's competition had the sanctions been upheld.",
            "In a statement, City said the ruling validated its position and the body of evidence it had presented. UEFA said it noted that several of the findings had been confirmed, and that there was insufficient evidence for others, partly because of the five-year limit.",
            "The case began with documents published by the German magazine Der Spiegel in November 2018, which appeared to show executives discussing how to inflate sponsorship deals with companies linked to Abu Dhabi. City called them hacked and taken out of context.",
            'Lawyers said the decision could weaken UEFA\'s ability to police club finances. "The time bar is the crucial point," said one sports lawyer. "If investigations take years, the worst conduct may simply escape." UEFA has already suspended parts of its rules for the current season because of the coronavirus, allowing clubs to exclude some losses caused by the pandemic.',
            "Rival clubs had hoped for a stricter outcome. Several Premier League managers said before the hearing that a lifted ban would send the wrong message. City's manager, Pep Guardiola, said the club had been vindicated and criticised rival managers who had said it should be banned.",
            "The ruling can be appealed to the Swiss Federal Tribunal on narrow grounds only. UEFA did not say whether it would try.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e11-nm-labour-desk-boeing-machinists-end-strike",
        date(2024, 11, 5),
        _p(
            "Boeing Machinists Accept Contract, Ending 53-Day Strike",
            "SEATTLE | Labour Desk | Tuesday 5 November 2024",
            "Boeing's machinists voted on Monday to accept a new contract and end a seven-week strike that halted production of most of the company's jets, clearing the way for the planemaker to restart its assembly lines in the Seattle area and Portland, Oregon.",
            "About 59 per cent of the members of the International Association of Machinists and Aerospace Workers District 751 who voted backed the four-year agreement, the union said. It raises wages by 38 per cent over its term and includes a ratification bonus of $12,000, but it does not restore the traditional pension plan that was taken away in a 2014 contract, the workers' main demand.",
            "\"Our members are returning to work with their heads held high,\" said the district's president, Jon Holden. The union's members had rejected two earlier offers, in September and in October, and stayed on the picket lines as retirees and workers from other unions joined them.",
            "Kelly Ortberg, who became Boeing's chief executive in August, said he was pleased to have reached an agreement and that the company would restart production in a careful way. Workers could return as early as Wednesday, but Boeing said it may take weeks to bring factories back to full speed after training and safety checks.",
            "The strike, which began on 13 September, cost Boeing billions of dollars in lost revenue and forced it to raise about $24 billion in new capital. The company imposed a hiring freeze, put thousands of managers and staff on rolling furloughs and announced that it would cut about 17,000 jobs, ten per cent of its workforce. The furloughs will be lifted now that work resumes, it said.",
            "Production of the 737 MAX was already limited before the walkout. In January, after a door plug blew out of a new Alaska Airlines jet in flight, the Federal Aviation Administration capped output at 38 planes a month until it was satisfied with Boeing's quality controls. The cap remains in place.",
            "Analysts said the deal would raise Boeing's labour costs but remove the biggest obstacle to a recovery. Suppliers, some of which suspended deliveries and laid off workers during the strike, said they would follow Boeing's lead on restarting.",
            "The machinists' last strike, in 2008, lasted 57 days.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "e12-nm-local-news-bee-network-buses-franchised",
        date(2023, 9, 25),
        _p(
            "Bee Network Launches as Wigan and Bolton Buses Return to Public Control",
            "MANCHESTER | Local news | Monday 25 September 2023",
            "The first buses run under public control in Greater Manchester since deregulation in 1986 took to the roads on Sunday, as the Bee Network took over services in Wigan, Bolton and parts of Salford and Bury. The city region is the first outside London to franchise its buses.",
            "Under franchising, the Greater Manchester Combined Authority sets the routes, timetables and fares, and private operators run the buses under contract. Fifty new electric buses joined the fleet at the launch, painted in the network's yellow livery.",
            'Mayor Andy Burnham rode an early bus from Bolton interchange and called the day the end of the failed experiment of deregulation. "We are putting the public back in public transport," he said. Fares are capped at 2 pounds for an adult single journey and 5 pounds for a day ticket, a cap first imposed last year that the combined authority has promised to keep.',
            "There were teething problems. Some passengers said buses did not turn up and the journey planner showed the wrong times, and the authority apologised for delays on several routes. Contactless payment, promised for the launch, is still not available on all buses.",
            "The rest of Greater Manchester will follow in two stages: Oldham, Rochdale, Bury and parts of north Manchester in March, and the south of the conurbation, including Stockport and Trafford, in January 2025. The authority says the network will be integrated with the Metrolink trams and, eventually, with local rail services by 2028, with one ticket across all three.",
            "Drivers' unions welcomed franchising, and a dispute over pay at one depot was resolved by an agreement signed before the launch. A planned strike was suspended.",
            "Bus companies fought the plan in the courts for more than a year. Stagecoach and Rotala lost their challenge at the High Court in 2022, and the combined authority's decision to franchise, taken in 2021, was upheld.",
            "Other city regions are watching. Liverpool City Region has voted to franchise its buses, and West Yorkshire is considering the same step. The Bus Services Act of 2017, which gave mayors the power to franchise, still bars councils from setting up new municipal bus companies of their own.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "e02-podcast-notes-us-lifts-turkey-sanctions-sochi-memorandum": (
        "'had asked Treasury Secretary Steven Mnuchin to lift the sanctions imposed on Turkey', 'The "
        "Treasury removed ... three ministers, Hulusi Akar, ..., from its list', 'Vladimir Putin and "
        "Recep Tayyip Erdogan signed a ten-point memorandum of understanding' and 'Russian and "
        "Turkish troops will run joint patrols' give nothing: a lifting a leader asks an agency to "
        "make, 'its list' without 'sanctions', an accord of leaders named without their states and "
        "troops that 'will run joint patrols' are no forms"
    ),
    "e05-wire-think-tank-brief-biden-warns-putin-of-sanctions": (
        "'warned Vladimir Putin in a two-hour video call on Tuesday that the United States ... would "
        "respond with strong economic and other measures if Russia invaded Ukraine' is no threat: "
        "'economic measures' is no sanctions noun, and an adjunct between the party warned and a "
        "that-clause whose subject is another state loses the warning"
    ),
}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "South Korea on Friday imposed sanctions on six Chinese firms, the first sanctions "
            "Seoul has announced under its own name since 2017.",
            id="first-under-its-own-name-since-a-year",
        ),
        pytest.param(
            "South Korea on Friday imposed sanctions on six Chinese firms, the first sanctions "
            "Seoul has announced since 2017.",
            id="first-since-a-year",
        ),
        pytest.param(
            "Japan on Friday imposed sanctions on four Russian banks, the first Tokyo has imposed "
            "under its own law since 2022.",
            id="first-under-its-own-law-since-a-year",
        ),
    ],
)
def test_the_first_sanctions_since_a_year_are_news(text: str) -> None:
    assert ("sanctions.imposed", "occurred") in _told(text)


_EARLIER = (
    "a sentence opened by a relative date ('A day earlier', 'Two days earlier') is background"
)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "A week earlier, the European Union imposed sanctions on three Iranian officials.",
            _EARLIER,
            "a-week-earlier",
        ),
        pytest.param(
            "Two days earlier, Britain imposed sanctions on Iran's police chief.",
            id="two-days-earlier",
        ),
        pytest.param(
            "The day before, the US Treasury imposed sanctions on three North Korean officials.",
            id="the-day-before",
        ),
    ],
)
def test_an_imposition_a_few_days_earlier_is_news(text: str) -> None:
    assert ("sanctions.imposed", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "The Treasury on Monday put two senior officials of the ruling Workers' Party on its "
            "sanctions list.",
            "'put <people> of the ruling Workers' Party on its sanctions list' is no imposition",
            "officials-of-the-ruling-workers-party",
        ),
        pytest.param(
            "The US Treasury on Thursday put three officials of the ruling Justice Party on its "
            "sanctions list.",
            id="officials-of-another-ruling-party",
        ),
        pytest.param(
            "The US Treasury on Thursday put three senior officials of Hamas on its sanctions list.",
            id="officials-of-a-group",
        ),
    ],
)
def test_officials_of_a_party_put_on_a_list(text: str) -> None:
    assert ("sanctions.imposed", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "President Joe Biden on Wednesday ordered the Treasury to lift the sanctions on Syria.",
            id="ordered-the-treasury-to-lift",
        ),
        _xfail(
            "The Treasury on Friday removed Milorad Dodik from its list.",
            "'removed <someone> from its list' needs the word 'sanctions' before 'list'",
            "removed-from-its-list",
        ),
        pytest.param(
            "The Treasury on Friday removed two Bosnian Serb leaders, Milorad Dodik and Zeljka "
            "Cvijanovic, from its sanctions list.",
            id="removed-names-in-apposition-from-its-sanctions-list",
        ),
        pytest.param(
            "The Treasury on Friday lifted the sanctions on Milorad Dodik.",
            id="lifted-the-sanctions-on",
        ),
    ],
)
def test_a_lifting_ordered_or_a_name_removed_from_a_list(text: str) -> None:
    assert any(t == "sanctions.lifted" for t, _ in alert_rows_told(text))


def alert_rows_told(text: str) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in alert_rows(text, MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ramaphosa and Ruto signed a defence cooperation agreement on Monday.",
            id="leaders-alone-sign-an-agreement",
        ),
        pytest.param(
            "Macron and Meloni signed a memorandum of understanding on Tuesday.",
            id="leaders-alone-sign-a-memorandum",
        ),
        pytest.param(
            "South Africa and Kenya signed a defence cooperation agreement on Monday.",
            id="states-sign-an-agreement",
        ),
    ],
)
def test_an_accord_signed_by_two_leaders(text: str) -> None:
    assert ("agreement.signed", "occurred") in _told(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Indian and Chinese troops will run joint patrols along the border.",
            ("military.presence", "planned"),
            id="will-run-joint-patrols",
            marks=pytest.mark.xfail(
                strict=True, reason="troops that 'will run joint patrols' are no presence form"
            ),
        ),
        pytest.param(
            "French troops deployed to Estonia on Monday.",
            ("military.presence", "occurred"),
            id="troops-deployed-to-intransitive",
            marks=pytest.mark.xfail(
                strict=True, reason="troops that 'deployed to' a state (intransitive) are no form"
            ),
        ),
        pytest.param(
            "French troops were deployed to Estonia on Monday.",
            ("military.presence", "occurred"),
            id="troops-were-deployed",
        ),
        pytest.param(
            "Kenyan and Ugandan troops will be deployed in eastern Congo.",
            ("military.presence", "planned"),
            id="troops-will-be-deployed",
        ),
    ],
)
def test_joint_patrols_and_troops_deployed_are_a_presence(text: str, told: tuple[str, str]) -> None:
    assert told in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "President Emmanuel Macron warned Alexander Lukashenko on Monday that the European "
            "Union would impose sanctions if he did not free the prisoners.",
            "an adjunct between the party warned and a that-clause whose subject is another state "
            "loses the warning",
            "warned-someone-on-a-day-that-another-state-would-impose",
        ),
        _xfail(
            "Britain warned Iran that it would respond with strong economic measures if it sent "
            "missiles to Russia.",
            "'respond with strong economic measures' is no sanctions noun for a threat",
            "warned-of-strong-economic-measures",
        ),
        pytest.param(
            "President Emmanuel Macron warned Alexander Lukashenko that the European Union would "
            "impose sanctions if he did not free the prisoners.",
            id="warned-someone-that-another-state-would-impose",
        ),
        pytest.param(
            "The European Union warned Serbia on Monday that it would impose sanctions if it did "
            "not recognise Kosovo.",
            id="warned-a-state-on-a-day-that-it-would-impose",
        ),
    ],
)
def test_a_warning_of_sanctions_or_economic_measures_is_a_threat(text: str) -> None:
    assert ("sanctions.threatened", "occurred") in _told(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "The US Treasury on Thursday issued a general licence authorising for 180 days all "
            "transactions related to flood relief in Myanmar.",
            ("sanctions.suspended", "occurred"),
            id="general-licence-for-relief",
        ),
        pytest.param(
            "Ukraine becomes the 125th member of the International Criminal Court today.",
            ("alliance.joined", "occurred"),
            id="becomes-a-member-today",
        ),
        pytest.param(
            "Chile and Peru have restored full diplomatic relations.",
            ("relations.restored", "occurred"),
            id="have-restored-full-relations",
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


def test_heldout31_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-31 English events"))
