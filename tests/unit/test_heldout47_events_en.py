"""Forty-seventh English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier forty-six sets
lack, all of the era of the articles the analyzer is judged on (2016-2026): a Billings business
journal on the Commerce Department extending Huawei's temporary licence by 90 days and adding 46 of
its affiliates to the Entity List, with Montana's rural carriers in mind (2019), a Barossa Valley
weekly on China lifting its tariffs on Australian wine (2024), a Valletta daily on the Security
Council extending its measures against illicit petroleum exports from Libya (2025), a Chattogram
daily on Antony Blinken's visa policy against anyone undermining Bangladesh's election (2023), an
Alpine wire on Liechtenstein becoming the IMF's 191st member (2024), a Majuro weekly on the Marshall
Islands and the United States signing the renewed compact in Honolulu (2023), a Nouakchott wire on
Mauritania restoring relations with Qatar (2021), a Mazar-i-Sharif daily on the Afghan Local Police
to be folded into the army's territorial force and the police (2020), a Bucharest English daily on
the US missile defence base at Deveselu declared operational, with Redzikowo in Poland next (2016),
and near misses (an Osaka sumo page where the association "imposed sanctions" on a stablemaster,
his stable's wrestlers "will be integrated" into another, a rule "has not been lifted", a wrestler
is "suspended", a pandemic ban "lifted", a "Mongolian-born" former yokozuna is "demoted", and the
association "signed an agreement with the Royal Albert Hall" for a tour in London (2024); a
Montpelier, Vermont, weekly after the floods where a boil-water notice is "lifted", a state of
emergency "extended", a moratorium "imposed", the city "signed an agreement with the neighbouring
town of Berlin", the National Guard is "deployed" and "withdrawn", crews "from Quebec" restore power,
the city "joined a state programme" and the school year is "suspended" (2023); an Antananarivo
business page where the vanilla season is "extended", a minimum export price "lifted", the central
bank "imposed fines" and "suspended the licence", Madagascar Airlines "signed an agreement with Air
Austral" and "restored" flights, the power utility "restored power", a telecom operator "joined" a
group of operators and mining permits are "suspended" (2024)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joining an international organisation; a compact signed; relations
restored; a local police force to be integrated into the army and the police; a missile defence base
made operational and a second one planned), nine occurred and two planned, beside historical,
negated and stalled events.

Decisions of the annotation: the Commerce Department that "extended by another 90 days the temporary
licence that lets American companies keep doing business with Huawei Technologies" suspends (core,
with the United States; the extension of a waiver from the Entity List restrictions, as the seed's
extended suspension), and the department that "added 46 more Huawei affiliates ... to its Entity
List, the trade blacklist" imposes (core, with Wilbur Ross, who is unknown to the knowledge base;
Huawei, whose affiliates are listed, is the target); "Huawei was placed on the list in May ... and
the first 90-day licence was issued a few days later" is a historical imposition and a historical
suspension, and "The department has not removed Huawei from the list" a negated lifting; the sanctions
on Iran that Huawei is accused of violating, Donald Trump's remarks and the senators' bill are no
events. China that "has lifted the tariffs on Australian bottled wine that it imposed three years
ago during the diplomatic freeze" lifts (core, with its Ministry of Commerce; Australia as target:
the duties were one of Beijing's punitive trade measures against Canberra, which the article calls
so), the duties imposed in March 2021 are a historical imposition (the same sentence), "China lifted
the duties on barley in August last year" a historical lifting, and "China has not lifted its ban on
Australian rock lobster" a negated lifting; Australia that "suspended its complaint over the wine
tariffs at the World Trade Organization" suspends no sanction (no event), and the abattoirs still
barred are the same negated lifting told again. The Security Council that "extended its measures
against the illicit export of petroleum from Libya until May next year" extends (core; Libya as
target; the panel's renewed mandate is part of the same act; Malta, where the paper is published,
whose waters the smugglers cross and which "left the Security Council at the end of December", is no
party), the Council that "first imposed an arms embargo, travel bans and an asset freeze on Libya in
February 2011 ... and added the measures against illicit oil exports in 2014" a historical
imposition, and "In 2018 the US Treasury imposed sanctions on a network led by ... Darren Debono and
... Fahmi Salim Ben Khalifa" a historical imposition (both men unknown to the knowledge base); the EU's
Operation Irini, which enforces the embargo, takes no act here. The United States that "has warned
that it will deny visas to Bangladeshis who undermine the general election", under a policy
announced by Antony Blinken, threatens (core; Bangladesh as target: the policy is named for the
country and no person is named), "it had not imposed any restrictions under it so far" (the State
Department) is a negated imposition, and "Washington imposed sanctions on the Rapid Action Battalion
... and seven of its current and former officers in December 2021" a historical imposition with the
battalion as target (unknown to the knowledge base; Bangladesh, its state, is not annotated as a
target, as the earlier sets do for officials); Sheikh Hasina's words and the BNP's boycott are no
events. Liechtenstein that "joined the International Monetary Fund on Monday, becoming the fund's
191st member" joins (core, with Daniel Risch, unknown to the knowledge base; the State Department in
Washington, where the Articles of Agreement were signed and are kept, is a venue, so neither the
United States nor the State Department is a party, and signing the Articles is the joining itself,
no agreement), "Liechtenstein joined the United Nations in 1990 and the European Economic Area in
1995" two historical joinings, "it has never applied to join the European Union" a negated joining,
and "Andorra ... joined the fund in October 2020" a historical joining; the referendum of 2023 is a
step of the same act. The Marshall Islands and the United States that "signed agreements on Monday
renewing the economic provisions of their Compact of Free Association for another twenty years" sign
(core, with Kalani Kaneko and Joseph Yun, both unknown to the knowledge base; Honolulu is the venue,
in the United States, a party anyway), the compact "first signed in 1983" a historical accord, "Talks
on a settlement of the claims ... have stalled" a stalled accord of the two, and "Micronesia and
Palau signed their own compact agreements with the United States in May" a historical accord; the
Army's range on Kwajalein under a land use agreement running until 2066 is an existing base, no
event, and the approvals still to come from the Nitijela and Congress are no events. Mauritania that
"has restored diplomatic relations with Qatar" restores (core, with Ismail Ould Cheikh Ahmed and
Mohammed bin Abdulrahman Al Thani; the embassies to be reopened are the same act; Oman, which
supported the contacts, and Doha, the venue of the meeting, are no new parties: Oman is not
annotated), Saudi Arabia, the United Arab Emirates, Bahrain and Egypt that "cut ties with Qatar and
imposed a blockade on it by land, sea and air" in June 2017 a historical imposition (Mauritania's own
break is no event type), "The four lifted the blockade in January, when they signed a declaration of
solidarity with Qatar ... in al-Ula" a historical lifting and a historical accord, "Saudi Arabia and
Egypt have since restored relations with Doha" a historical restoration, "the United Arab Emirates
and Bahrain have not yet restored diplomatic ties" a negated restoration, and "Chad ... restored
relations with Qatar in February 2018" a historical restoration. The Afghan Local Police, of which
"about a third of its members will be integrated into the army's territorial force and the national
police", is a planned integration (core, with Afghanistan and its army; the force itself is unknown
to the knowledge base), the talks "which opened in Doha on September 12, have stalled" a stalled
accord of the government and the Taliban (Qatar, the venue, is no party), "the agreement the
movement signed with the United States in February" a historical accord, and Zabihullah Mujahid's
"the movement's fighters would not be merged into what he called the forces of the Kabul
administration" a negated integration; the end of American funding and the troops to leave by May
are no events. The United States that "declared operational its missile defence base at Deveselu in
southern Romania, where US Navy sailors will man Aegis Ashore interceptors" has an occurred presence
(core, with the Navy; Romania as host), "Work on a second site at Redzikowo, in northern Poland,
begins on Friday" a planned presence (core; Poland as host), "Romania agreed to host the interceptors
in 2011, under a deal signed in Washington that September by ... Teodor Baconschi and Hillary
Clinton" a historical presence and a historical accord, and "no nuclear weapons would be deployed at
Deveselu" a negated presence; Russia's warning that it will "take measures" names no sanction (no
event). Outside the monitor's remit (no event): a sports body's sanctions on a stablemaster, its
wrestlers integrated into another stable, a rule on foreign-born wrestlers not lifted, a wrestler
suspended, a pandemic ban on cheering lifted, the association's agreement with a concert hall in
London; a city's boil-water notice lifted, its state of emergency extended, a moratorium on
demolitions imposed, its agreement with the neighbouring town of Berlin, Vermont, the state's
National Guard deployed and withdrawn, utility crews from Quebec and Maine, a state buyout programme
joined, a school year suspended, a president's disaster declaration; a vanilla season extended and a
floor price lifted, a central bank's fines and suspended licence, an airline's agreement with
another and its flights restored, a utility's power restored and its deal with a producer, a telecom
operator joining a group of operators, mining permits suspended.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout47_events_en``.
Measured before any fix (2026-12-03, on commit bb13374): P 0.556, R 0.364, F1 0.440 (recall 4/11,
5 of 9 alerts right; recall by status: occurred 4/9, planned 0/2; no false alarm, four unexpected
alerts and one alert with a go-between as a party; one near miss quiet, two not). No annotation was
changed after the run.
Missed: the Huawei licence: "extended by another 90 days the temporary licence that lets American
companies keep doing business with Huawei Technologies" gives nothing, since a licence extended is a
suspension in ``rasd/events/lexicons/en.triggers.yaml`` only as OFAC's "general licence" or with a
sanctions noun within reach ("extended by 90 days the general licence that lets …" is read, though
with no target); the same day's listing of 46 affiliates is read. China's wine tariffs: "China has
lifted the tariffs on Australian bottled wine that it imposed three years ago" gives nothing:
"tariffs" and "duties", even "punitive tariffs", are no sanctions nouns of
``rasd/events/lexicons/en.cues.yaml`` ("lifted the punitive measures on Australian wine" and "its
trade sanctions" are read); only the rock lobster's negated lifting is found. The Libya renewal:
"extended its measures against the illicit export of petroleum from Libya" gives nothing, a bare
"measures" being no sanctions noun there either ("restrictive measures", "sanctions" are read). The
visa policy: "has warned that it will deny visas to Bangladeshis who undermine the general election"
gives nothing: denying visas is no sanctions form of ``en.triggers.yaml`` ("warned that it would
impose visa bans on …" and "warned Bangladesh of visa restrictions" are read). The Afghan Local
Police: "... is being dissolved, and about a third of its members will be integrated into the army's
territorial force and the national police" gives nothing: the second clause names no state, and "the
army" takes the state only of the sentence before (``_army_named_before`` in
``rasd/events/extractor.py``), not of the first clause of its own sentence ("… will be dissolved. Its
members will be integrated into the army" is read). Deveselu: "declared operational its missile
defence base at Deveselu" gives nothing, "declared operational" being no presence verb of
``en.triggers.yaml`` ("opened its missile defence base" is read); Redzikowo: "Work on a second site
at Redzikowo ... begins on Friday" gives nothing, work beginning on a site being no presence form
("will build a missile defence base in Poland" is read).
Unexpected: on the Nouakchott wire, "The two countries will reopen their embassies as soon as
possible" is a planned restoration of Qatar and Oman: "the two countries" takes the states of the
sentence before (``borrow_actors`` in ``rasd/events/roles.py``), where Mauritania is named only by
its foreign minister, a person who stands for no state unless he heads it, so Oman, which only
supported the contacts, fills the pair ("Mauritania's foreign minister, Ismail Ould Cheikh Ahmed"
gives Mauritania and Qatar); the alert counts as right through Qatar, Oman is a go-between as a
party. On the Montpelier page, "the city signed an agreement with the neighbouring town of Berlin" is
an agreement with Berlin, and the headline's "sewer deal with Berlin signed" one signed by Germany: a
town that shares a capital's name is linked to the capital, and "the town of" before it does not
stop it (the capital stands for its state; "the neighbouring town of Barre" stays quiet); "Soldiers
of the Vermont National Guard, who were deployed to Montpelier and Barre" is a military presence of
Vermont: a US state's guard at home is read as a state's troops abroad, the home check of
``_plausible`` in ``rasd/events/extractor.py`` needing a host of the same state among the targets
("Soldiers of the Nigerian army were deployed to Maiduguri" stays quiet). On the Antananarivo page,
"Madagascar Airlines ... signed an agreement with Air Austral of Reunion" is an agreement with
Réunion: an airline unknown to the knowledge base followed by "of" and its home takes the place for
the party (``_with_company`` in ``rasd/events/extractor.py`` knows no "Air Austral"; "with Air Austral"
and "with Kenya Airways" stay quiet). The Osaka sumo page is quiet.
Also seen, not scored: Mauritania's restoration has Saudi Arabia as a target ("in solidarity with
Saudi Arabia"), and no minister; the Gulf states' imposition, lifting and Al-Ula give nothing but a
historical accord with Qatar, Saudi Arabia and Egypt's restoration has Doha for its only party, and
Chad's is read with no actor; the UAE and Bahrain's negated restoration is found. Huawei's listing
lacks Wilbur Ross (not linked, nor reported with his title), and the listing of May, the first
licence and the negated removal give nothing. The wine duties of 2021 and the barley give nothing.
The Libya measures of 2011 are read with no actor ("The Council" is not linked), and the Debono
listing gives nothing. The RAB sanctions are read with no target (the battalion is not in the
knowledge base) and the State Department's "had not imposed any restrictions" gives nothing.
Liechtenstein's joining has no Daniel Risch (unknown), and "Liechtenstein joined the United Nations
in 1990 and the European Economic Area in 1995, but it has never applied to join the European Union"
is one negated joining with the United Nations and the EU as targets (the historical joining takes
the denial of its sentence); Andorra's joining gives nothing. The compact has neither Kaneko nor Yun
(both unknown), and the first compact and the stalled claims talks give nothing; Micronesia and
Palau's signing is found. The Doha talks, the US-Taliban agreement and the Taliban's refusal give
nothing. The agreement of 2011 and "no nuclear weapons would be deployed" give nothing, and "a former
Romanian air force base" is read as a historical presence of Romania (quiet). Wilbur Ross, Nemont, Union Wireless, Don Farrell, Darren
Debono, Fahmi Salim Ben Khalifa, the Rapid Action Battalion, AK Abdul Momen, Daniel Risch, the
European Economic Area, Kalani Kaneko, Joseph Yun, David Kabua, the Afghan Local Police (read as
Afghanistan through its adjective), Tariq Arian, Robert Work, Dacian Ciolos, Klaus Iohannis, Teodor
Baconschi, Deveselu and Redzikowo are not in the knowledge base.
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 0.727 R 0.727 F1 0.727 (recall 8/11, precision
8/11). Fixed as general causes (rasd/events/extractor.py, the English lexicons): the Commerce
Department's "temporary licence" extended is a suspension, like OFAC's general licence; "punitive
tariffs" and "punitive duties" are sanctions nouns; visas denied ("warned that it would deny visas
to officials who …") are a sanctions threat; a base "declared operational" or that "became
operational" is a presence; fighters integrated "into the army" take the state of the sentence's
own first clause before the sentence before; "the town of Berlin" is a town, not the capital.
Left: China's wine tariffs (the article's "tariffs" without "punitive" next to them), the Libya
renewal of bare "measures", the Afghan Local Police (the state of the first clause is taken, but
the article's sentence names the police before the army), the headline "sewer deal with Berlin
signed", the Vermont National Guard at home, "Air Austral of Reunion", and "the two countries"
taking Oman (named as a go-between) for Mauritania.
Fixed later by the general-misses round 5 of 2026-12-07: a state named only in the apposition after
the opening subject ("set up with American money") is not the state whose army takes the fighters in.
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
EU = "European Union"
UST = "United States Department of the Treasury"
DOC = "United States Department of Commerce"
DOS = "United States Department of State"
UNSC = "United Nations Security Council"
MOFCOM = "Ministry of Commerce (China)"
IMF = "International Monetary Fund"
GULF4 = ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt")

ARTICLES: list[Article] = [
    Article(
        "n01-billings-business-journal-commerce-extends-huawei-licence-blacklists-affiliates",
        date(2019, 8, 21),
        _p(
            "Commerce extends Huawei reprieve by 90 days, blacklists 46 more affiliates",
            "YELLOWSTONE BUSINESS JOURNAL | Billings, Mont., Wednesday, August 21, 2019",
            "The Commerce Department on Monday extended by another 90 days the temporary licence that lets American companies keep doing business with Huawei Technologies, giving small wireless carriers in Montana and across the northern Plains until November 18 to keep servicing networks built largely with the Chinese company's equipment.",
            "In the same announcement the department added 46 more Huawei affiliates, among them research centres in Europe, Latin America and Asia, to its Entity List, the trade blacklist that bars American firms from selling them parts, software or technology without a licence. Commerce Secretary Wilbur Ross said the additions would stop the company from getting around the restrictions through its subsidiaries, and that the extension was meant to give rural customers more time to wean themselves off Huawei.",
            "Huawei was placed on the list in May, after the administration said it posed a threat to national security and accused it of violating American sanctions on Iran, and the first 90-day licence was issued a few days later. The licence covers the maintenance of existing networks and handsets and software updates, but not new sales.",
            'For carriers such as Nemont, a telephone cooperative based in Scobey, and Union Wireless in neighbouring Wyoming, the licence is what keeps the towers running. Huawei sold them base stations and switches at prices well below those of its European rivals, and much of the coverage along the Hi-Line and on the reservations of eastern Montana runs on that gear. "Every 90 days we hold our breath," said the general manager of one cooperative, who asked not to be named because the company is in talks with federal agencies about funding. "You cannot rip out a network that covers thirty thousand square miles in three months."',
            "The department has not removed Huawei from the list, and officials said on Monday that none of the more than 130 requests for special licences from American suppliers that want to resume sales had yet been decided. President Donald Trump said in Osaka in June that US companies could keep selling to Huawei, but told reporters on Sunday that he did not want to do business with the company at all.",
            "Huawei said in a statement that the new listings were politically motivated and would do nothing for American security, and that the extension did not change the fact that it was being treated unfairly. China's commerce ministry said Washington should stop what it called the abuse of export controls.",
            "Montana's two senators, Jon Tester and Steve Daines, have backed a bill that would pay small carriers to replace Huawei and ZTE equipment, a job the industry puts at around $1 billion nationwide. Carriers in the state say they would need two to three years and federal money to do it, and that in the meantime farmers and ranchers on the Hi-Line depend on the old towers for calls, card payments and emergency services.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, DOC), ("Huawei",)),
            Gold("sanctions.imposed", "occurred", (US, DOC, "Wilbur Ross"), ("Huawei",)),
            # the listing of May and the first licence; Huawei not removed from the list
            Gold("sanctions.imposed", "historical", (US,), ("Huawei",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Huawei",), core=False),
            Gold("sanctions.lifted", "negated", (US, DOC), ("Huawei",), core=False),
        ),
    ),
    Article(
        "n02-barossa-weekly-china-lifts-tariffs-on-australian-wine",
        date(2024, 4, 3),
        _p(
            "China lifts wine tariffs; Barossa makers eye return to their biggest market",
            "THE BAROSSA HERALD | Tanunda, S.A., Wednesday, April 3, 2024",
            "China has lifted the tariffs on Australian bottled wine that it imposed three years ago during the diplomatic freeze between the two countries, reopening to Barossa winemakers a market that once took more than a third of the value of Australia's wine exports.",
            "The Ministry of Commerce in Beijing said on Thursday that the duties of up to 218 per cent, which came into force in March 2021, were no longer necessary because of changes in the Chinese market, and that they would end from Friday. Prime Minister Anthony Albanese said the decision was the result of the government's patient approach, and the Trade Minister, Don Farrell, said the first containers could be on their way within weeks.",
            "The wine duties were the last of a series of punitive trade measures that Beijing applied to Australian goods in 2020, after the Morrison government called for an independent inquiry into the origins of COVID-19. China lifted the duties on barley in August last year and has since let timber and coal back in, and Australia suspended its complaint over the wine tariffs at the World Trade Organization while Beijing reviewed them.",
            "China has not lifted its ban on Australian rock lobster, a trade worth around $700 million a year before 2020, and several beef abattoirs are still barred from selling to Chinese buyers. Mr Farrell said he would keep pressing for both to be resolved.",
            'In the Barossa, where some family wineries had sold as much as 90 per cent of their output to Chinese importers before the tariffs, the news was met with relief and some caution. "We had importers ringing from Shanghai and Chengdu on Thursday night asking for samples," said a winemaker near Nuriootpa, who spent the past three years trying to replace the business with buyers in Singapore, Vietnam and the United States. "But the market we lost is not sitting there waiting for us. The French and the Chileans have been very busy."',
            "The industry remains in difficulty, with a glut of red grapes that has pushed prices for some varieties below the cost of growing them, and growers in the Riverland have been pulling out vines. Treasury Wine Estates, the owner of Penfolds, said it would bring its Australian wines back to China, where it has been selling Penfolds made from Chinese grapes.",
            "Wine Australia said exports to mainland China were worth about $1.1 billion in the year to October 2020, the last full year before the tariffs. Barossa Grape and Wine, the regional association, will hold a briefing for members on exporting to China at the Tanunda Soldiers' Memorial Hall next Tuesday.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("China", MOFCOM), ("Australia",)),
            # the duties of 2021; barley freed last year; rock lobster still banned
            Gold("sanctions.imposed", "historical", ("China",), ("Australia",), core=False),
            Gold("sanctions.lifted", "historical", ("China",), ("Australia",), core=False),
            Gold("sanctions.lifted", "negated", ("China",), ("Australia",), core=False),
        ),
    ),
    Article(
        "n03-valletta-daily-un-renews-libya-oil-smuggling-measures",
        date(2025, 1, 17),
        _p(
            "UN renews Libya oil-smuggling measures as Malta watches tanker traffic",
            "THE MALTA OBSERVER | Valletta, Friday, 17 January 2025",
            "The UN Security Council on Thursday extended its measures against the illicit export of petroleum from Libya until May next year, renewing the powers that let member states inspect on the high seas vessels suspected of carrying smuggled Libyan crude or fuel, including in the waters between Libya and Malta.",
            "The resolution, adopted in New York, also renewed for the same period the mandate of the panel of experts that monitors the Libya sanctions, and for the first time spells out that the measures cover refined products such as diesel and petrol, which investigators say now make up most of the fuel stolen from the country's heavily subsidised supply.",
            "The Council first imposed an arms embargo, travel bans and an asset freeze on Libya in February 2011, as Muammar Gaddafi's forces fired on protesters, and added the measures against illicit oil exports in 2014, when armed groups in the east tried to sell crude from ports they had seized.",
            "The smuggling has long passed through Maltese waters. In 2018 the US Treasury imposed sanctions on a network led by the former Malta international footballer Darren Debono and a Libyan militia figure, Fahmi Salim Ben Khalifa, which it said had moved stolen Libyan fuel to Europe by sea, and prosecutors in Malta and Italy have brought several cases over fuel transfers off the coast since.",
            "Officials in Valletta said the Armed Forces of Malta would keep sharing information with the EU's naval operation Irini, which enforces the arms embargo off the Libyan coast and has boarded several ships in the past year. Malta left the Security Council at the end of December after a two-year term in which it sat on the committee that oversees the Libya measures.",
            "In Tripoli, the Government of National Unity led by Abdul Hamid Dbeibah welcomed the renewal and said it was working with the National Oil Corporation to track fuel from the refineries to the pump. The country's east remains under the control of Khalifa Haftar, whose forces hold most of the oil fields and export terminals, and UN efforts to bring the two sides to agree on a single government have made little headway.",
            'Ship agents at the Grand Harbour said the renewal changed little for legitimate traffic. "Inspections happen far out at sea, and honest cargoes have nothing to fear," said one, who handles tankers calling at the oil terminal in Birzebbuga. "What matters to us is that the coast guard and the navy keep watching the ship-to-ship transfers in the outer anchorages."',
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Libya",)),
            # the measures of 2011 and 2014; the US listing of the smugglers in 2018
            Gold("sanctions.imposed", "historical", (UNSC,), ("Libya",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, UST),
                ("Darren Debono", "Fahmi Salim Ben Khalifa"),
                core=False,
            ),
        ),
        not_participants=("Malta",),
    ),
    Article(
        "n04-chattogram-daily-us-visa-policy-warns-bangladesh-election-spoilers",
        date(2023, 5, 26),
        _p(
            "US unveils visa curbs for anyone undermining Bangladesh polls",
            "THE CHATTOGRAM TRIBUNE | Chattogram, Friday, May 26, 2023",
            "The United States has warned that it will deny visas to Bangladeshis who undermine the general election due by January, whether they are in government or in opposition, under a new policy announced by Secretary of State Antony Blinken on Wednesday.",
            "Mr Blinken said in a statement that the policy would apply to current and former Bangladeshi officials, members of pro-government and opposition political parties, and members of law enforcement, the judiciary and the security services who are found responsible for rigging votes, intimidating voters, using violence to stop people from assembling peacefully, or preventing the media from covering the polls. Their immediate family members could also be barred.",
            "The State Department said it had told the government in Dhaka about the policy on May 3, and that it had not imposed any restrictions under it so far. A spokesman said the aim was to support all those in Bangladesh who want free and fair elections, not to take sides.",
            "Washington imposed sanctions on the Rapid Action Battalion, the elite anti-crime force, and seven of its current and former officers in December 2021 over hundreds of extrajudicial killings, and Bangladesh was left out of both of President Joe Biden's democracy summits.",
            "Foreign Minister AK Abdul Momen said the government was not worried because it was itself committed to a free and fair vote, and the ruling Awami League said the policy would fall hardest on those who burn buses and attack polling stations. The Bangladesh Nationalist Party, which boycotted the 2014 election and says it will not take part in this one unless a neutral caretaker government is installed, said the announcement showed that the world no longer believed the government's promises. Prime Minister Sheikh Hasina told parliament last month that the United States had the power to topple governments anywhere in the world.",
            'In Chattogram, where most of the country\'s garment exports leave through the port, factory owners said they hoped the dispute would not spill over into trade. The United States is the largest single buyer of Bangladeshi garments, and several exporters in the city\'s export processing zone said American brands had begun asking about labour rights and political risk in their annual audits. "Our buyers read the news like everybody else," said the owner of a knitwear factory in Patenga. "They want to know what happens in January."',
            "Police in the city said they would allow a BNP rally at Kazir Dewri on Saturday to go ahead, after the two parties' youth wings clashed near the New Market last week.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Antony Blinken"), ("Bangladesh",)),
            # no restriction imposed yet; the RAB sanctions of 2021
            Gold("sanctions.imposed", "negated", (US, DOS), ("Bangladesh",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Rapid Action Battalion",), core=False),
        ),
    ),
    Article(
        "n05-alpine-wire-liechtenstein-becomes-imf-191st-member",
        date(2024, 10, 21),
        _p(
            "Liechtenstein becomes IMF's 191st member",
            "VADUZ, Liechtenstein, Oct 21 (Alpine Press Service) -",
            "Liechtenstein joined the International Monetary Fund on Monday, becoming the fund's 191st member, after its prime minister signed the IMF's Articles of Agreement at the State Department in Washington, where the founding documents of the fund are kept.",
            'Prime Minister Daniel Risch said membership would give the principality, which has no central bank of its own and uses the Swiss franc, a lender of last resort in a severe crisis and a seat at the table where the rules of the international financial system are made. "We are a small country with a large financial centre, and it is simply prudent to be prepared," he said after the ceremony.',
            "The IMF's managing director, Kristalina Georgieva, welcomed the principality and said the fund looked forward to working with its authorities. Liechtenstein's quota, which sets both what it pays in and how much it may borrow, is among the smallest of any member, and it will join a constituency of countries that share a seat on the fund's executive board.",
            "Voters approved membership in a referendum in September last year, with 55.8 per cent in favour, after a campaign in which opponents argued that the principality's top credit rating, its budget surpluses and its reserves made the fund unnecessary. Supporters pointed to the pandemic and to the financial crisis of 2008, when several small states found themselves without anyone to turn to.",
            "Liechtenstein joined the United Nations in 1990 and the European Economic Area in 1995, but it has never applied to join the European Union, and its customs and currency union with Switzerland dates back to 1924.",
            "Andorra, the last country to become a member before Liechtenstein, joined the fund in October 2020, after the pandemic hit its tourism-dependent economy and left it without access to emergency financing.",
            "The principality, home to about 40,000 people and a dozen banks, has worked for more than a decade to shed its reputation as a tax haven after German authorities bought stolen client data from a Vaduz bank in 2008. Its industrial companies, among them the toolmaker Hilti and the dental group Ivoclar, employ more people than its financial sector, and about half of its workers commute every day from Austria and Switzerland.",
            "Officials in Vaduz said the first IMF staff visit under the fund's regular review of member economies was expected next year.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Liechtenstein", "Daniel Risch"), (IMF,)),
            # the UN and the EEA; never the EU; Andorra in 2020
            Gold(
                "alliance.joined", "historical", ("Liechtenstein",), ("United Nations",), core=False
            ),
            Gold(
                "alliance.joined",
                "historical",
                ("Liechtenstein",),
                ("European Economic Area",),
                core=False,
            ),
            Gold("alliance.joined", "negated", ("Liechtenstein",), (EU,), core=False),
            Gold("alliance.joined", "historical", ("Andorra",), (IMF,), core=False),
        ),
        not_participants=(US, DOS),
    ),
    Article(
        "n06-majuro-weekly-marshall-islands-and-us-sign-compact-agreements",
        date(2023, 10, 20),
        _p(
            "RMI, US sign compact deal in Honolulu; Nitijela and Congress next",
            "THE MAJURO TIMES | Majuro, Friday, October 20, 2023",
            "The Marshall Islands and the United States signed agreements on Monday renewing the economic provisions of their Compact of Free Association for another twenty years, ending more than three years of negotiations that at times threatened to collapse over the legacy of American nuclear testing in the islands.",
            "Foreign Minister Kalani Kaneko and Joseph Yun, President Joe Biden's special envoy for the compact talks, signed the documents at a ceremony in Honolulu attended by members of the Nitijela and of Hawaii's congressional delegation. The package is worth about $2.3 billion over twenty years, including grants for education and health and new money for the trust fund that is meant to support the country once the grants end.",
            "The compact, first signed in 1983 and in force since 1986, lets Marshallese live and work in the United States without visas and gives Washington full authority over defence and security in the islands, including the right to deny access to the armed forces of other countries. The US Army runs a missile testing range on Kwajalein Atoll under a separate land use agreement that runs until 2066.",
            "The United States carried out 67 nuclear tests at Bikini and Enewetak between 1946 and 1958. Talks on a settlement of the claims that arose from them have stalled: the Nuclear Claims Tribunal set up under the first compact awarded more than $2 billion in damages, most of which was never paid, and Washington maintains that the claims were settled in full in 1986. The new package puts $700 million into the trust fund, which officials here say will help families from the affected atolls, but it is not described as compensation.",
            "Micronesia and Palau signed their own compact agreements with the United States in May.",
            'The agreements still need the approval of the Nitijela and of Congress, which has to appropriate the money before the end of the current funding. A senator from Enewetak said the government had been right to sign but that the fight was not over. "We signed because our schools and hospitals could not wait any longer," she said. "But the people of Enewetak, Rongelap, Bikini and Utrik are still waiting for justice."',
            "In Majuro, where the government has drawn on its reserves to keep paying teachers and nurses while the talks dragged on, business owners welcomed the news. The Marshall Islands is one of the few countries that still recognise Taiwan, and officials have said the long delay gave Beijing an opening that Washington could not afford.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Marshall Islands", US, "Kalani Kaneko", "Joseph Yun"),
            ),
            # the first compact of 1983; the nuclear claims talks; Micronesia and Palau in May
            Gold("agreement.signed", "historical", ("Marshall Islands", US), core=False),
            Gold("agreement.signed", "stalled", ("Marshall Islands", US), core=False),
            Gold(
                "agreement.signed",
                "historical",
                (US, "Federated States of Micronesia", "Palau"),
                core=False,
            ),
        ),
    ),
    Article(
        "n07-nouakchott-wire-mauritania-restores-ties-with-qatar",
        date(2021, 3, 22),
        _p(
            "Mauritania restores diplomatic ties with Qatar after four-year rift",
            "NOUAKCHOTT, March 22 (Sahel Maghreb News Service) -",
            "Mauritania has restored diplomatic relations with Qatar, almost four years after it cut them in solidarity with Saudi Arabia and its allies, the foreign ministry said in a statement carried by the state news agency late on Sunday.",
            "The decision followed a meeting in Doha on Sunday between Foreign Minister Ismail Ould Cheikh Ahmed and his Qatari counterpart, Sheikh Mohammed bin Abdulrahman Al Thani, and what the ministry called intensive contacts over the past weeks with the welcome support of the Sultanate of Oman. The two countries will reopen their embassies as soon as possible, the statement said.",
            "Nouakchott broke off relations with Doha in June 2017, days after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar and imposed a blockade on it by land, sea and air, accusing it of backing extremist groups and of being too close to Iran. Qatar denied the accusations.",
            "The four lifted the blockade in January, when they signed a declaration of solidarity with Qatar at a Gulf summit in the Saudi desert town of al-Ula. Saudi Arabia and Egypt have since restored relations with Doha, but the United Arab Emirates and Bahrain have not yet restored diplomatic ties or named ambassadors.",
            "Chad, which also broke with Doha in 2017, restored relations with Qatar in February 2018, citing the interests of the two peoples.",
            "Before the rift Qatar was one of Mauritania's larger Arab donors, paying for roads, a hospital wing in Nouakchott and scholarships, and Qatari charities ran programmes in the poorer regions of the east. President Mohamed Ould Ghazouani, elected in 2019, has kept close ties with Riyadh and Abu Dhabi, whose investment pledges have grown since he took office, and officials said the move was not aimed at any of Mauritania's partners.",
            '"It was a decision that the Al-Ula summit made possible," said a political scientist at the University of Nouakchott. "Mauritania went along with the boycott in 2017 because it needed Saudi and Emirati support. Now that the Gulf states have made up, it can return to a policy of good relations with everyone."',
            "The ministry did not say when ambassadors would be named. Qatar's embassy in Nouakchott, in the Tevragh Zeina district, has been closed since 2017.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                (
                    "Mauritania",
                    "Qatar",
                    "Ismail Ould Cheikh Ahmed",
                    "Mohammed bin Abdulrahman Al Thani",
                ),
            ),
            # the blockade of 2017 and its end; Al-Ula; Saudi Arabia and Egypt; not the UAE and Bahrain; Chad
            Gold("sanctions.imposed", "historical", GULF4, ("Qatar",), core=False),
            Gold("sanctions.lifted", "historical", GULF4, ("Qatar",), core=False),
            Gold("agreement.signed", "historical", (*GULF4, "Qatar"), core=False),
            Gold(
                "relations.restored",
                "historical",
                ("Saudi Arabia", "Egypt"),
                ("Qatar",),
                core=False,
            ),
            Gold(
                "relations.restored",
                "negated",
                ("United Arab Emirates", "Bahrain"),
                ("Qatar",),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Chad",), ("Qatar",), core=False),
        ),
        not_participants=("Oman",),
    ),
    Article(
        "n08-mazar-daily-afghan-local-police-to-be-folded-into-army",
        date(2020, 10, 1),
        _p(
            "Local police to be folded into army and police as US funding ends",
            "THE BALKH TIMES | Mazar-i-Sharif, Thursday, October 1, 2020",
            "The Afghan Local Police, the village defence force set up with American money a decade ago, is being dissolved, and about a third of its members will be integrated into the army's territorial force and the national police, the Ministry of Interior said on Wednesday.",
            "A ministry spokesman, Tariq Arian, said that men who passed vetting would serve in their home districts in new territorial battalions of the Afghan National Army or in local police units, and that the others would be paid three months' wages and sent home. The force numbered about 18,000 men at the start of the year, down from nearly 30,000 at its peak, and has been accused by the United Nations and rights groups of abuses against civilians.",
            "The United States, which paid the force's salaries through the NATO-led mission, stopped funding it at the end of September. Western officials have long argued that the force was too loosely controlled and that many of its units answered to local strongmen rather than to the ministry.",
            'In the districts of Chahar Bolak and Dawlatabad, west of Mazar-i-Sharif, where local police posts guard the roads between villages against Taliban attacks, commanders said their men had not been paid for two months and did not know where they would be sent. "If they take my men to an army base in another province, who will hold this road?" said one commander, who has led forty men since 2012. "The Taliban are watching from the next village."',
            "Peace talks between the government and the Taliban, which opened in Doha on September 12, have stalled over the rules that would govern them, including which school of Islamic law would settle disputes and whether the agreement the movement signed with the United States in February should be their basis.",
            "The Taliban spokesman, Zabihullah Mujahid, said the movement's fighters would not be merged into what he called the forces of the Kabul administration, and that any security arrangements would be decided at the talks.",
            "Under the February agreement, American troops are to leave Afghanistan by May next year if the Taliban keep their commitments. President Ashraf Ghani has said the army and police can hold the country without foreign troops, while Abdullah Abdullah, who leads the council in charge of the peace process, has called for a ceasefire before the talks go any further. In Balkh, the provincial governor's office said on Wednesday that the army would take over several local police checkpoints on the highway to Shibirghan this week.",
        ),
        (
            Gold(
                "forces.integrated",
                "planned",
                ("Afghanistan", "Afghan National Army"),
                ("Afghan Local Police",),
            ),
            # the stalled Doha talks; the US-Taliban agreement of February; no merger of the Taliban
            Gold("agreement.signed", "stalled", ("Afghanistan", "Taliban"), core=False),
            Gold("agreement.signed", "historical", (US, "Taliban"), core=False),
            Gold("forces.integrated", "negated", ("Taliban",), ("Afghanistan",), core=False),
        ),
        not_participants=("Qatar",),
    ),
    Article(
        "n09-bucharest-english-daily-us-switches-on-deveselu-missile-shield",
        date(2016, 5, 13),
        _p(
            "US switches on missile shield base at Deveselu; Polish site next",
            "BUCHAREST DAILY NEWS | Bucharest, Friday, May 13, 2016",
            "The United States on Thursday declared operational its missile defence base at Deveselu in southern Romania, where US Navy sailors will man Aegis Ashore interceptors meant to protect NATO's European members against ballistic missiles fired from the Middle East.",
            "The US Deputy Defense Secretary, Robert Work, NATO Secretary General Jens Stoltenberg and Prime Minister Dacian Ciolos opened the site, a former Romanian air force base near Caracal, in Olt County, at a ceremony attended by several hundred guests. Some two hundred American sailors and civilian contractors work at the base, which will be handed over to NATO command after the alliance's summit in Warsaw in July.",
            "Work on a second site at Redzikowo, in northern Poland, begins on Friday, and the Pentagon says it will be operational in 2018.",
            "Romania agreed to host the interceptors in 2011, under a deal signed in Washington that September by the then foreign minister, Teodor Baconschi, and Hillary Clinton, and construction began in October 2013.",
            "Moscow has long argued that the shield is aimed at Russia's nuclear deterrent rather than at Iran. The Kremlin spokesman, Dmitry Peskov, said on Thursday that Russia would take the measures needed to ensure its security. Mr Stoltenberg said the system was purely defensive and too limited to threaten Russian missiles. \"The site is not directed against Russia, and it does not have the capability to undermine Russia's deterrent,\" he said.",
            "Romanian officials said no nuclear weapons would be deployed at Deveselu, and President Klaus Iohannis said the base made Romania safer and more valuable to its allies. The defence ministry has asked parliament for more money to modernise the air defences around the site.",
            'In Deveselu, a village of about 3,000 people surrounded by wheat and sunflower fields, the mayor said the base had brought a few dozen jobs for cleaners, cooks and drivers, and rent for some landlords in Caracal, but had done little for the village\'s roads. "We hear about it on television more than we see it," said a farmer whose land runs along the perimeter fence. "Nobody asked us, but nobody minds either."',
        ),
        (
            Gold("military.presence", "occurred", (US, "United States Navy"), ("Romania",)),
            Gold("military.presence", "planned", (US,), ("Poland",)),
            # the decision and the deal of 2011; no nuclear weapons at Deveselu
            Gold("military.presence", "historical", (US,), ("Romania",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Romania", US, "Teodor Baconschi", "Hillary Clinton"),
                core=False,
            ),
            Gold("military.presence", "negated", (US,), ("Romania",), core=False),
        ),
    ),
    Article(
        "n10-osaka-sumo-page-takerufuji-debut-title-miyagino-stable-merged",
        date(2024, 3, 25),
        _p(
            "Takerufuji wins Osaka title on debut; Miyagino wrestlers to move stables",
            "SUMO | Osaka, Monday, March 25, 2024",
            "Takerufuji became the first wrestler in 110 years to win a top-division championship in his debut tournament in the makuuchi division, beating Gonoyama on the final day of the Spring Grand Sumo Tournament at Edion Arena Osaka on Sunday, a day after an ankle injury had left him unsure whether he could fight at all.",
            "The 24-year-old from Aomori, who turned professional only two years ago after a university career, finished with 13 wins and two losses and also took the outstanding performance and fighting spirit prizes. He strapped the ankle heavily and drove Gonoyama out in a few seconds, and the crowd, which had filled the arena on all fifteen days, rose to its feet.",
            "The Japan Sumo Association said on Monday that the wrestlers of the Miyagino stable will be integrated into the Isegahama stable from next month, after its board imposed sanctions on their stablemaster in February over his handling of a former wrestler's violence towards junior members. The stablemaster, the Mongolian-born former yokozuna Hakuho, was demoted by two ranks within the association, and his pay was cut by 20 per cent for three months.",
            "The association has not lifted its rule that each stable may have only one foreign-born wrestler, which several stablemasters have asked it to review, and it gave no details of how the two stables' rosters would be managed.",
            "In the juryo division, a wrestler was suspended for one tournament for hitting a younger stablemate, the association said, and two others were warned over their conduct in the practice ring. The ban on spectators cheering aloud, imposed during the pandemic, was lifted last year, and the noise in Osaka this week was the loudest many regulars could remember.",
            "The association has also signed an agreement with the Royal Albert Hall to stage a five-day exhibition tournament in London in October next year, the first there since 1991. Officials said about forty wrestlers would travel, and that tickets would go on sale in the autumn.",
            "The summer tournament at the Ryogoku Kokugikan in Tokyo opens on May 12. Takerufuji's stablemaster said he would see a doctor about the ankle on Tuesday, and that the young wrestler would skip the spring tour of regional exhibitions if the injury needed time to heal.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-montpelier-weekly-boil-water-notice-lifted-berlin-sewer-deal",
        date(2023, 8, 2),
        _p(
            "City lifts boil-water notice; sewer deal with Berlin signed",
            "THE CAPITAL CITY WEEKLY | Montpelier, Vt., Wednesday, August 2, 2023",
            "Montpelier lifted the boil-water notice for the last neighbourhoods on the east side of the city on Monday, three weeks after the Winooski and North Branch rivers overflowed and flooded downtown, and the city council extended the local state of emergency until the end of August to speed up repairs.",
            "The council also imposed a moratorium on demolitions in the historic district until building inspectors have assessed every damaged structure, after two owners on Main Street applied to tear down flooded buildings. On Tuesday the city signed an agreement with the neighbouring town of Berlin under which Berlin will treat part of Montpelier's wastewater while the pumps at the city's own plant are rebuilt.",
            "Soldiers of the Vermont National Guard, who were deployed to Montpelier and Barre in the first days of the flood to clear debris and hand out drinking water, have been withdrawn, but Guard engineers remain at two bridges on Route 12. Line crews from Quebec and Maine who helped Green Mountain Power restore electricity across the area went home last week.",
            "The city has joined a state programme that will buy out flood-prone homes, and the school board voted to suspend the start of the school year at Union Elementary by a week while the basement is dried out and the boilers are replaced. Parking restrictions downtown, imposed so that contractors could bring in equipment, stay in place until further notice.",
            "President Joe Biden approved a major disaster declaration for the state on July 14, which opens federal aid to families and businesses, and inspectors from the Federal Emergency Management Agency have been visiting homes in the city since last week. Governor Phil Scott said the damage to roads, bridges and public buildings across Vermont would run into hundreds of millions of dollars.",
            'On State Street, about half the shops have reopened, some with bare concrete floors and folding tables. "We lost everything below four feet," said the owner of a bookshop that has been in the same building since 1977. "But people keep coming in to buy something, even if it is just a card, to help us get going again."',
            "The farmers' market returns to its usual spot on Saturday, and the library will open its ground floor again on Monday. The council meets next on August 9 to hear the first report from the engineers on the state of the flood wall.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-antananarivo-business-page-vanilla-season-extended-bank-fines",
        date(2024, 7, 9),
        _p(
            "Vanilla exporters cheer longer season; central bank fines two lenders",
            "BUSINESS | Antananarivo, Tuesday, July 9, 2024",
            "Madagascar's trade ministry has extended the vanilla export season by two months and lifted the minimum export price it imposed on the spice in 2020, after exporters warned that unsold stocks of more than a thousand tonnes were piling up in warehouses in the Sava region.",
            "Prices paid to growers around Sambava and Antalaha have fallen by more than half in two years, and exporters said buyers in the United States and France, the biggest markets, had turned to cheaper beans from Uganda, Papua New Guinea and Indonesia while the floor price was in force. Traders expect the first shipments under the new rules to leave Toamasina before the end of the month.",
            "The central bank imposed fines on two commercial banks for breaching foreign exchange rules, and suspended the licence of a microfinance institution in Toamasina for three months over irregularities in its accounts. The bank said depositors' money was safe.",
            "Madagascar Airlines, the national carrier that replaced Air Madagascar, signed an agreement with Air Austral of Reunion to sell seats on each other's flights to Paris and Johannesburg, and said it had restored its service to Mauritius after a gap of two months caused by a shortage of aircraft.",
            "The state utility Jirama restored power to most of the capital after a week of load-shedding, and said it had signed a deal with an independent producer to add 60 megawatts of solar power near Antananarivo by next year. Businesses in the Ankorondrano district said the cuts had forced them to run diesel generators for up to ten hours a day.",
            "The telecom operator Telma joined a group of Indian Ocean operators that share capacity on undersea cables, which it said would cut the cost of internet access for its customers. The ariary was stable at about 4,500 to the dollar.",
            "The mines ministry said it would resume issuing exploration permits, suspended since 2011, once the regulations under the new mining code are published, and mining companies said they hoped the first permits would be granted before the end of the year.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {
    "n07-nouakchott-wire-mauritania-restores-ties-with-qatar": (
        "'The two countries will reopen their embassies' takes Oman, a go-between, for a party: "
        "Mauritania is named before only by its minister (borrow_actors, rasd/events/roles.py)"
    ),
    "n11-montpelier-weekly-boil-water-notice-lifted-berlin-sewer-deal": (
        "the town of Berlin, Vermont, is linked to the capital (an agreement with Berlin and one "
        "of Germany), and a US state's National Guard at home is a presence (_plausible, "
        "rasd/events/extractor.py)"
    ),
    "n12-antananarivo-business-page-vanilla-season-extended-bank-fines": (
        "'signed an agreement with Air Austral of Reunion' takes the airline's home for a party "
        "(_with_company, rasd/events/extractor.py)"
    ),
}
CHECK_CORE_FOUND: dict[str, str] = {
    "n02-barossa-weekly-china-lifts-tariffs-on-australian-wine": (
        "'tariffs' and 'duties' are no sanctions nouns (rasd/events/lexicons/en.cues.yaml)"
    ),
    "n03-valletta-daily-un-renews-libya-oil-smuggling-measures": (
        "a bare 'measures' is no sanctions noun (rasd/events/lexicons/en.cues.yaml)"
    ),
}


_DAY = date(2024, 3, 20)


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, _DAY)}


def _parties(text: str, kind: str) -> list[str]:
    return [n for r in alert_rows(text, _DAY) if r[0] == kind for n in [*r[2], *r[3]]]


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Commerce Department extended by 90 days the temporary licence that lets US "
            "companies do business with Huawei.",
            id="extended-the-temporary-licence",
        ),
        pytest.param(
            "The Commerce Department extended by 90 days the general licence that lets US "
            "companies do business with Huawei.",
            id="extended-the-general-licence",
        ),
    ],
)
def test_a_temporary_licence_extended_is_a_suspension(text: str) -> None:
    assert _kinds(text) == {"sanctions.suspended"}, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "China lifted the punitive tariffs on Australian wine on Friday.",
            id="lifted-the-punitive-tariffs",
        ),
        pytest.param(
            "China lifted the punitive measures on Australian wine on Friday.",
            id="lifted-the-punitive-measures",
        ),
    ],
)
def test_punitive_tariffs_lifted_are_a_lifting(text: str) -> None:
    assert "Australia" in _parties(text, "sanctions.lifted"), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The UN Security Council on Thursday extended its measures against illicit petroleum "
            "exports from Libya.",
            marks=_xfail(
                "a bare 'measures' is no sanctions noun (rasd/events/lexicons/en.cues.yaml)"
            ),
            id="extended-its-measures",
        ),
        pytest.param(
            "The UN Security Council on Thursday extended its sanctions against illicit petroleum "
            "exports from Libya.",
            id="extended-its-sanctions",
        ),
    ],
)
def test_the_council_extending_its_measures_is_an_extension(text: str) -> None:
    assert "Libya" in _parties(text, "sanctions.extended"), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States warned on Wednesday that it would deny visas to Bangladeshi "
            "officials who undermine the election.",
            id="warned-it-would-deny-visas",
        ),
        pytest.param(
            "The United States warned on Wednesday that it would impose visa bans on Bangladeshi "
            "officials who undermine the election.",
            id="warned-it-would-impose-visa-bans",
        ),
        pytest.param(
            "The United States warned Bangladesh on Wednesday of visa restrictions on anyone who "
            "undermines the election.",
            id="warned-x-of-visa-restrictions",
        ),
    ],
)
def test_visas_denied_as_a_warning_are_a_threat(text: str) -> None:
    assert _kinds(text) == {"sanctions.threatened"}, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Afghanistan will dissolve its village militia, and its members will be integrated "
            "into the army.",
            id="state-in-the-first-clause",
        ),
        pytest.param(
            "Afghanistan will dissolve its village militia. Its members will be integrated into "
            "the army.",
            id="state-in-the-sentence-before",
        ),
    ],
)
def test_the_army_of_the_first_clause_takes_the_fighters(text: str) -> None:
    assert "Afghanistan" in _parties(text, "forces.integrated"), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param(
            "The United States on Thursday declared operational its missile defence base in "
            "Romania.",
            "Romania",
            id="declared-operational-its-base",
        ),
        pytest.param(
            "The United States on Thursday opened its missile defence base in Romania.",
            "Romania",
            id="opened-its-base",
        ),
        pytest.param(
            "Work on a US missile defence base in Poland begins on Friday.",
            "Poland",
            marks=_xfail(
                "work beginning on a base is no presence form "
                "(rasd/events/lexicons/en.triggers.yaml)"
            ),
            id="work-on-a-base-begins",
        ),
        pytest.param(
            "The United States will build a missile defence base in Poland.",
            "Poland",
            id="will-build-a-base",
        ),
    ],
)
def test_a_missile_defence_base_switched_on_or_begun_is_a_presence(text: str, host: str) -> None:
    assert host in _parties(text, "military.presence"), event_rows(text, _DAY)


_MET = " met his Qatari counterpart in Doha on Sunday, with the support of the Sultanate of Oman. "
_REOPEN = "The two countries will reopen their embassies soon."


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Foreign Minister Ismail Ould Cheikh Ahmed" + _MET + _REOPEN,
            marks=_xfail(
                "'the two countries' takes the states of the sentence before; a minister named "
                "alone stands for no state, and the go-between fills the pair (borrow_actors, "
                "rasd/events/roles.py)"
            ),
            id="minister-named-alone",
        ),
        pytest.param(
            "Mauritania's foreign minister, Ismail Ould Cheikh Ahmed," + _MET + _REOPEN,
            id="minister-named-with-his-state",
        ),
    ],
)
def test_the_two_countries_are_not_the_go_between(text: str) -> None:
    parties = _parties(text, "relations.restored")
    assert "Mauritania" in parties and "Oman" not in parties, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The city signed an agreement with the neighbouring town of Berlin on Tuesday.",
            id="the-town-of-berlin",
        ),
        pytest.param(
            "The city signed an agreement with the neighbouring town of Barre on Tuesday.",
            id="the-town-of-barre",
        ),
        pytest.param(
            "Soldiers of the Vermont National Guard were deployed to Montpelier after the flood.",
            id="a-state-guard-at-home",
        ),
        pytest.param(
            "Soldiers of the Nigerian army were deployed to Maiduguri after the attack.",
            id="a-national-army-at-home",
        ),
        pytest.param(
            "Madagascar Airlines signed an agreement with Air Austral of Reunion on Monday.",
            id="an-airline-of-a-place",
        ),
        pytest.param(
            "Madagascar Airlines signed an agreement with Kenya Airways on Monday.",
            id="an-airline-named-after-its-state",
        ),
    ],
)
def test_local_and_business_news_stays_quiet(text: str) -> None:
    assert not alert_rows(text, _DAY), alert_rows(text, _DAY)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout47_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-47 English events"))
