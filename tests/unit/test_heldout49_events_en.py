"""Forty-ninth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier forty-eight sets
lack, all of the era of the articles the analyzer is judged on (2016-2026): a Tirana English site on
the State Department barring Sali Berisha and his family for corruption (2021), a Kobe trade letter
on Japan lifting its own Iran sanctions after the nuclear deal's Implementation Day (2016), a Baku
English site on Donald Trump waiving Section 907 of the FREEDOM Support Act the day Ilham Aliyev and
Nikol Pashinyan signed a joint declaration at the White House (2025), a Bangui news site on the
Security Council renewing the arms embargo on the Central African Republic while the Khartoum talks
stall, with the defence ministry's plan for mixed units of soldiers and former fighters (2019), a
Quetta daily on Washington warning Pakistan of sanctions over the Iran gas pipeline (2024), an
Algiers business site on Algeria joining the New Development Bank (2024), a Haderslev weekly on
Denmark and the United States signing a defence cooperation agreement that opens Skrydstrup, Karup
and Aalborg to American forces (2023), an Amman English daily on Jordan and Qatar restoring full
relations (2019), a Freetown weekly on US visa restrictions after Sierra Leone's disputed election
(2023), and near misses (a Bogota cycling page where the federation "imposed sanctions on a
continental team", "lifted the suspension it imposed" on a climber, police are "deployed" along a
route, a finish is "restored", a deadline "extended", a company "signed an agreement" with the
women's team, which "joined the UCI's continental circuit", clubs "merged", riders "threatened to
boycott" and cycling is to be "integrated" into school sport (2024); a Cusco local weekly where a
train service is "restored", the regional government "lifted the restrictions it imposed" on the Inca
Trail and kept "a ban", guides "suspended their strike", ticket sales are "extended", police
"deployed", the council "signed an agreement with a Lima company", "joined a national programme" and
"imposed a ban" on hostels, markets are to be "integrated" and farmers "threatened" a blockade (2024);
a Casablanca business page where the central bank "imposed a fine", "suspended the licence" and
"lifted the restrictions it imposed", Royal Air Maroc "joined the oneworld alliance in 2020", will
"restore" flights, "deploy" aircraft and "signed an agreement with Boeing", Tanger Med "signed a
memorandum of understanding with the Port of Rotterdam" and "extended" a concession, OCP will
"integrate" a plant and "suspend" a unit, exporters "threatened" to move and a software company
"joined a consortium" (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed twice, lifted,
suspended, extended and threatened; a state joining an international bank; a joint declaration and a
defence agreement signed; relations restored; armed groups' fighters to be integrated into mixed army
units; American forces to be based at Danish air bases), ten occurred and two planned, beside
historical, negated and stalled events.

Decisions of the annotation: the United States that "barred Sali Berisha ... from entering the
country" and whose State Department "also imposed the ban on his wife ... his daughter ... and his son"
imposes (core, with the State Department and Antony Blinken; Berisha is unknown to the knowledge base,
so the event is found through its actor only; a visa ban is a travel ban, which the design counts as
sanctions), "Last year the department designated Tom Doshi" is a historical imposition (Doshi is
unknown), and "The European Union has not imposed any measures on Berisha" a negated imposition; the
Democratic Party of Albania is no American party and may not be given as one; Rama's election and the
EU membership talks blocked by member states are no events. Japan that "lifted the sanctions it had
imposed on Iran over its nuclear programme" lifts (core, with Yoshihide Suga; the Atomic Energy
Agency's confirmation is the reason, no party), "Japan imposed its own measures in September 2010" is
a historical imposition, "Japan has not lifted the freeze on a list of Iranian individuals ..." a
negated lifting of Japan, "the United States has not lifted its own trade embargo on Iran" a negated
lifting of the United States, and "Tokyo also intends to sign an investment agreement with Tehran
next month" a planned accord that is not core (an investment treaty is none of the design's
cooperation, security, defence or peace accords, so it may alert but is not required); Inpex giving up
Azadegan is no event. Donald Trump who "waived the restrictions of Section 907 of the FREEDOM Support
Act, the 1992 law that bars most American government aid to Azerbaijan" suspends (core; Azerbaijan
and the act as targets), Aliyev and Pashinyan who "signed a joint declaration with Trump" sign (core,
with Armenia and Azerbaijan; the declaration commits both to end their conflict, a peace accord),
"Congress passed Section 907 in 1992" is a historical imposition, the presidents who "used a waiver
every year from 2002" a historical suspension, "The peace treaty itself was not signed" with Baku
refusing to sign until Armenia changes its constitution a stalled accord, and Moscow that "kept
peacekeepers in Karabakh until last year" a historical presence; Tehran, which warns, is no party.
The Security Council that "extended the arms embargo on the Central African Republic for another
year" extends (core), "the government will integrate fighters of the armed groups into mixed special
security units with soldiers of the national army" is a planned integration (core; the state as
actor and, since no group is named, as target), "It did not lift the embargo on the national army" a
negated lifting, "The council first imposed the embargo in December 2013" a historical imposition,
the Khartoum talks that "stalled this week" a stalled accord, "Several earlier accords, including the
one signed in Rome in 2017, collapsed" a historical accord, and Russia's instructors "since early
2018" a historical presence; Sudan and Italy, the venues, are no parties. The United States that "has
warned Pakistan that it risks American sanctions" threatens (core, with the State Department and
Donald Lu, who is unknown to the knowledge base; Matthew Miller, unknown too, is the spokesman), "Pakistan
and Iran signed the agreement for the 1,900-kilometre pipeline in 2009" is a historical accord,
"Washington has not granted Pakistan any exemption" a negated suspension, and "Talks ... on a revised
price for the gas ... have stalled" a stalled accord of Pakistan and Iran; Iran's penalty notice and
the IMF programme are no events. Algeria that "has joined the New Development Bank" joins (core;
Cape Town, South Africa, and Brazil, Rousseff's country, are no parties), "Bangladesh, the United Arab
Emirates and Egypt became members in 2021 and 2023" a historical joining, and "Algeria has not become a
member since" of BRICS a negated joining (the group's invitation of six countries in 2023 is left out
as background with no event of its own; Uruguay's pending accession is no event). Denmark and the
United States that "signed a defence cooperation agreement" sign (core, with Troels Lund Poulsen, who
is unknown to the knowledge base, and Antony Blinken), "American forces will be based at the three
Jutland air bases on a rotational basis" a planned presence (core; Denmark as host), "Denmark and the
United States signed the defence agreement on Greenland" in 1951 a historical accord, the American
forces that "have kept the base at Pituffik" a historical presence, "The new deal does not give the
United States any permanent base on Danish soil" a negated presence; Finland, Sweden and Norway, named
for their own agreements, are no parties. Jordan and Qatar that "have restored full diplomatic
relations" restore (core, with Ayman Safadi and King Abdullah II), the four states that "cut ties with
Qatar and imposed a blockade on it" in 2017 a historical imposition, "the four states have not lifted
the blockade" a negated lifting, and "Kuwaiti mediation ... has stalled" a stalled accord; Oman,
Turkey and Kuwait are no parties. The United States that "imposed visa restrictions on Sierra
Leoneans it accused of undermining democracy" imposes (core, with the State Department and Blinken;
the country as target, since no one is named), "The European Union has not imposed sanctions over the
vote" a negated imposition, and the officials the department "barred" last year and "designated" in
2021 a historical imposition; Niger and Gabon, named for their coups, and Dubai are no parties.
Outside the monitor's remit (no event): a cycling federation's sanctions on a team, a suspension
lifted, police deployed on a route, a finish restored, a deadline extended, a sponsorship agreement,
a women's team joining a circuit, clubs merged, riders threatening a boycott, cycling integrated into
school sport; a train service restored, a trail's restrictions lifted and a ban kept, a strike
suspended, ticket sales extended, police deployed at a ticket office, a council's agreement with a
company, its joining a programme and its ban on hostels, markets integrated, farmers threatening a
blockade; a central bank's fine, suspended licence and lifted restrictions, an airline that joined an
airline alliance, flights restored, aircraft deployed, an aircraft order, two ports' memorandum, a
concession extended, a plant integrated and a unit suspended, exporters threatening to move and a
company joining a consortium.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout49_events_en``.
Measured before any fix (2026-12-03, on commit 6192916): P 0.857, R 0.833, F1 0.845 (recall 10/12,
12 of 14 alerts right; recall by status: occurred 9/10, planned 1/2; one false alarm and one
unexpected alert, no near miss loud; two alerts give a venue or a state named for its own news as a
party). No annotation was changed after the run; the count of occurred core events in the second
paragraph was corrected from nine to ten (the annotations themselves were not touched).
Missed: Berisha: "The United States on Wednesday barred Sali Berisha ... from entering the country"
and "The State Department also imposed the ban on his wife ..." give nothing: a person "barred" or
"banned from entering the country" is no imposition form of ``rasd/events/lexicons/en.triggers.yaml``
(its "bar" form needs payments to a government after it), and a bare "the ban" that points back to an
entry ban is no sanctions noun there ("imposed a travel ban on Hun Sen" and "designated Hun Sen for
corruption" are read). The Central African mixed units: "the government will integrate fighters of the
armed groups into mixed special security units" is read with Italy as the actor (an unexpected alert,
with a venue as party): "the government" borrows the states of the sentence before
(``borrow_actors`` in ``rasd/events/roles.py``), and there "the one signed in Rome in 2017" names a
place where an old accord was signed, which ``_VENUE_BEFORE`` in ``rasd/events/extractor.py`` does not
take for a venue (it knows "talks in", "meeting in", "summit in", not "signed in"), so Rome stands for
Italy ("signed at talks in Rome" leaves the anaphor alone, and "The government of Mali will integrate
the fighters into the army" is read).
False alarm: on the Baku page, "Aliyev has long called it an insult to a country that sent troops to
Afghanistan alongside American forces" is an occurred presence of Azerbaijan in Afghanistan: "a
country" borrows the state of the sentence before (``borrow_actors``, ``rasd/events/roles.py``) and
an undated past told to describe that country is taken for news (``rasd/events/status.py`` makes a
bare past occurred; "Kazakhstan, which sent troops to Iraq in 2003" is historical).
Venue as a party: on the Haderslev page, "Finland, Sweden and Norway have signed similar agreements
with Washington this year or are about to" is merged with "Denmark and the United States on Tuesday
signed a defence cooperation agreement" into one accord of Finland, Sweden, Norway and Denmark with
the United States: ``_merge`` in ``rasd/events/extractor.py`` joins two alertable accords of one type
that share a single participant (here Washington), so another state's "similar agreement" with the
same partner lends its parties to the article's own (with Japan as the other state's partner the two
stay apart).
Also seen, not scored: Japan's planned investment agreement is found (with Tehran), and "the Security
Council tightened its sanctions" of 2010 is read as a historical imposition with no target in Kobe and
with Iran and Pakistan as targets in Quetta; Japan's own measures of 2010 and its freeze not lifted
give nothing. The Section 907 waiver has no target (the act and Azerbaijan are not taken) and no
Trump; "Trump said he expected both leaders to visit Washington again for the signing of the treaty"
is an occurred signing of the United States (an expected signing read as done; it is counted right,
since the joint declaration shares the party); the law of 1992, the annual waivers and the treaty
initialled but not signed give nothing. The headline "Security Council renews arms embargo for a year
as Khartoum talks stall" is a stalled extension (the talks' "stall" reaches the renewal); the 2013
embargo, "did not lift the embargo on the national army" and Russia's instructors give nothing. Doshi's
designation is historical with Albania as its actor ("Albanian politicians" in the sentence before).
Washington's negated exemption for Pakistan and the stalled price talks give nothing. The 2017 blockade
of Qatar, "the four states have not lifted the blockade" and the stalled Kuwaiti mediation give
nothing, and the restoration has no Safadi and no King Abdullah. The Sierra Leone bans of earlier years
give nothing. The Danish presence is read from "gives American forces access to the air bases" as
occurred with no host (Skrydstrup, Karup and Aalborg are not in the knowledge base), and "American
forces will be based at the three Jutland air bases on a rotational basis" gives nothing; Pituffik, the
1951 accord's presence and "does not give the United States any permanent base" give nothing. Royal Air
Maroc "which joined the oneworld alliance in 2020" is a historical joining (quiet). The Democratic Party
of Albania is read as the Democratic Party of the United States (no event carries it). Sali Berisha,
Tom Doshi, Lulzim Basha, Donald Lu, Matthew Miller, Troels Lund Poulsen, Samura Kamara, MINUSCA, the
Central African armed forces, Pituffik, Skrydstrup, Karup and Aalborg are not in the knowledge base.
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000 R 0.917 F1 0.957 (recall 11/12, precision
13/13, no false alarm). Fixed as general causes (rasd/events/extractor.py, roles.py, status.py, the
English lexicons): a named person "barred" or "banned from entering" a state or "the country", or
"denied entry to", is an imposition on that person (a person the knowledge base lacks, named right
after the verb, too; the state kept out of is no target; fans kept out of a stadium stay quiet); an
old accord's place of signing ("the one signed in Rome") and a sentence's opening scene ("In
Khartoum, peace talks …") are venues an anaphor passes over; "a country that sent troops" tells the
country's past; another state's "similar agreement" with the same partner is another accord. Beside
them, from the same reading: a state lasting "for years" or "for decades" is background, except in a
noun phrase set off by commas before the verb ("Saudi Arabia and Iran, rivals for decades,
restored…"). Left: "the government will integrate" with its state two paragraphs back.
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
    strict_xfail,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
EU = "European Union"
UNSC = "United Nations Security Council"
STATE = "United States Department of State"
CAR = "Central African Republic"
NDB = "New Development Bank"
FSA = "FREEDOM Support Act"
BOYCOTT = ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt")

ARTICLES: list[Article] = [
    Article(
        "n01-tirana-english-site-state-department-bars-sali-berisha",
        date(2021, 5, 20),
        _p(
            "US bars former prime minister Berisha and his family over corruption",
            "TIRANA POST | Tirana, Thursday, May 20, 2021",
            "The United States on Wednesday barred Sali Berisha, Albania's former president and prime minister, from entering the country, accusing him of corruption that undermined democracy in Albania. The State Department also imposed the ban on his wife Liri, his daughter Argita and his son Shkelzen.",
            "Secretary of State Antony Blinken said in a statement that Berisha had been involved, during his time as prime minister, in \"the misappropriation of public funds\" and in interfering with public processes, including using his power for his own benefit and that of his political allies and family members, at the expense of the Albanian public's confidence in their government institutions. The designation was made under section 7031(c) of the State Department's appropriations law, which allows it to name foreign officials involved in significant corruption.",
            'Berisha, 76, who led the country from 1992 to 1997 and again from 2005 to 2013, denied the accusation at a press conference in his office on Wednesday evening and said he would challenge the decision in an American court. "I will fight this with every legal means," he said, calling it "an unjust act against me and my family." He was elected to parliament in last month\'s election on the list of the Democratic Party of Albania, which lost to Prime Minister Edi Rama\'s Socialists for the third time in a row.',
            "The party's chairman, Lulzim Basha, said hours after the announcement that Berisha would not sit with the Democrats' group in the new parliament. The decision has split the opposition, whose members owe much of their careers to the former leader.",
            "Washington has used the same provision against Albanian politicians before. Last year the department designated Tom Doshi, a former member of parliament, over his involvement in corruption and organised crime. The European Union has not imposed any measures on Berisha, and a spokesman for its delegation in Tirana declined to comment on the American decision.",
            'Rama, whose Socialist Party won 74 of the 140 seats in April, said on Facebook that the decision was "a matter for Mr Berisha and for justice" and that it should not be used in the campaign for the party leadership. His government has promised Brussels that it will keep reforming the judiciary, a condition for the opening of membership talks with the EU, which several member states have blocked for two years.',
            'In the Tirana cafes where Berisha\'s supporters gather, the mood was one of disbelief. "For thirty years he was America\'s friend here," said a retired teacher on Rruga e Durresit. A younger man at the next table shrugged: "America knows what it knows."',
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, STATE, "Antony Blinken"),
                ("Sali Berisha",),
            ),
            # Doshi last year; nothing from the EU
            Gold("sanctions.imposed", "historical", (US, STATE), ("Tom Doshi",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Sali Berisha",), core=False),
        ),
        not_participants=("Democratic Party (United States)",),
    ),
    Article(
        "n02-kobe-trade-newsletter-japan-lifts-iran-sanctions",
        date(2016, 1, 25),
        _p(
            "Japan lifts Iran sanctions; Kansai traders dust off old contacts",
            "KANSAI TRADE LETTER | Kobe, Monday, January 25, 2016",
            "Japan on Friday lifted the sanctions it had imposed on Iran over its nuclear programme, clearing the way for Japanese banks, insurers and manufacturers to do business with the country again after more than five years.",
            "Chief Cabinet Secretary Yoshihide Suga told reporters in Tokyo that the government had removed the freeze on the assets of Iranian banks and companies and ended the restrictions on new investment in Iran's oil and gas industry, following the confirmation by the International Atomic Energy Agency on January 16 that Iran had met its commitments under the nuclear deal with six world powers. Tokyo also intends to sign an investment agreement with Tehran next month, he said.",
            "Japan imposed its own measures in September 2010, on top of those of the United Nations, after the Security Council tightened its sanctions earlier that year. The rules forced Inpex, the country's largest oil explorer, to give up its stake in the Azadegan field in the south-west of Iran, and cut Japanese imports of Iranian crude by more than half.",
            "Not everything has changed. Japan has not lifted the freeze on a list of Iranian individuals and organisations linked to the ballistic missile programme, which stays in force under the Security Council resolution endorsing the deal. And the United States has not lifted its own trade embargo on Iran, so payments in dollars and any deal involving American goods or partners remain off-limits.",
            'For the trading houses of Osaka and Kobe, that is the main worry. "The banks will ask the same question they asked in 2010: what does Washington think?" said the manager of a steel trading company near Sannomiya station. "We will go to Tehran in March, but nobody will sign anything until the banks are ready."',
            "Iran was once an important market for Kansai industry. Japanese firms sold machine tools, car parts and steel pipes to Iranian buyers, and Iranian crude was refined along the Seto Inland Sea. Japan's exports to Iran fell from about 180 billion yen in 2008 to less than 30 billion yen last year.",
            "The Kobe Chamber of Commerce and Industry said it would hold a seminar on the new rules on February 9, with speakers from the Ministry of Economy, Trade and Industry and from the Japan External Trade Organization. Nippon Export and Investment Insurance said it would start accepting applications for cover of exports to Iran in the spring.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("Japan", "Yoshihide Suga"), ("Iran",)),
            # the measures of 2010; the missile list not lifted; the US embargo not lifted
            Gold("sanctions.imposed", "historical", ("Japan",), ("Iran",), core=False),
            Gold("sanctions.lifted", "negated", ("Japan",), ("Iran",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
            # the investment agreement Tokyo intends to sign next month: planned, not core
            Gold("agreement.signed", "planned", ("Japan", "Iran"), core=False),
        ),
    ),
    Article(
        "n03-baku-english-site-trump-waives-section-907-for-azerbaijan",
        date(2025, 8, 9),
        _p(
            "Trump waives Section 907 as Aliyev and Pashinyan sign declaration at White House",
            "CASPIAN HERALD | Baku, Saturday, August 9, 2025",
            "President Donald Trump on Friday waived the restrictions of Section 907 of the FREEDOM Support Act, the 1992 law that bars most American government aid to Azerbaijan, opening the way for defence and security cooperation between Washington and Baku for the first time in more than three decades.",
            "The waiver was announced at the White House, where President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration with Trump committing their countries to end the conflict between them, to open transport routes across their border and to set up a corridor through southern Armenia that will link Azerbaijan with its Nakhchivan exclave. The route will carry the name Trump Route for International Peace and Prosperity.",
            "Congress passed Section 907 in 1992, during the first war over Karabakh, at the urging of Armenian-American groups. Presidents George W. Bush, Barack Obama and Joe Biden used a waiver every year from 2002 so that Azerbaijan could take part in counter-terrorism programmes, but the restriction on most other aid remained. Aliyev has long called it an insult to a country that sent troops to Afghanistan alongside American forces.",
            "The peace treaty itself was not signed. The foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, initialled the text, which both sides agreed in March, but Baku says it will not sign it until Armenia removes from its constitution a reference to the unification of Karabakh with Armenia, and Pashinyan's government has said a referendum cannot be held before the parliamentary election next year.",
            'In Baku, the waiver dominated the evening news. Hikmet Hajiyev, Aliyev\'s foreign policy adviser, called it "the end of an injustice". Opposition figures said the agreement had been made over the heads of the public in both countries, and several pointed out that the declaration said nothing about the Azerbaijanis who fled Armenia in the late 1980s.',
            "Moscow, which brokered the ceasefire of November 2020 and kept peacekeepers in Karabakh until last year, said it welcomed any step towards peace but that the South Caucasus should not become a place of rivalry between great powers. Tehran, whose border runs along the planned corridor, warned against any change to the region's borders.",
            "Trump said he expected both leaders to visit Washington again for the signing of the treaty.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, "Donald Trump"), ("Azerbaijan", FSA)),
            Gold(
                "agreement.signed",
                "occurred",
                ("Azerbaijan", "Armenia", "Ilham Aliyev", "Nikol Pashinyan", US, "Donald Trump"),
            ),
            # the law of 1992; the annual waivers since 2002; the treaty initialled, not signed
            Gold("sanctions.imposed", "historical", (US,), ("Azerbaijan",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Azerbaijan",), core=False),
            Gold("agreement.signed", "stalled", ("Azerbaijan", "Armenia"), core=False),
            Gold("military.presence", "historical", ("Russia",), ("Azerbaijan",), core=False),
        ),
        not_participants=("Iran",),
    ),
    Article(
        "n04-bangui-news-site-un-renews-arms-embargo-mixed-units-planned",
        date(2019, 2, 1),
        _p(
            "Security Council renews arms embargo for a year as Khartoum talks stall",
            "OUBANGUI INFO | Bangui, Friday, February 1, 2019",
            "The UN Security Council on Thursday extended the arms embargo on the Central African Republic for another year, until the end of January 2020, along with the travel ban and asset freeze on leaders of armed groups accused of fuelling the violence in the country.",
            "Resolution 2454 was adopted unanimously in New York. The council said it would review the embargo by the end of April and could ease it further if the government made progress in reforming its security forces and in managing its weapons stocks. It did not lift the embargo on the national army, as the government had asked, though deliveries of weapons to the army already need only a notice to the sanctions committee rather than its approval.",
            "The council first imposed the embargo in December 2013, when the country was sliding into fighting between the mainly Muslim Seleka rebels, who had seized power in March of that year, and the anti-balaka militias.",
            "The government of President Faustin-Archange Touadera has argued that the embargo leaves its soldiers outgunned by armed groups that control most of the country. Russia, whose military instructors have trained Central African soldiers since early 2018, backed the request.",
            "In Khartoum, peace talks between the government and fourteen armed groups, which opened on January 24 under the auspices of the African Union, stalled this week over the armed groups' demand for an amnesty and for posts in government. Several earlier accords, including the one signed in Rome in 2017, collapsed within weeks.",
            "Under the plan the defence ministry presented at the talks, the government will integrate fighters of the armed groups into mixed special security units with soldiers of the national army, once they have been disarmed. The first units will be set up in the north-west, around Bouar and Paoua, and will be placed under army command.",
            'In the PK5 neighbourhood of Bangui, traders said they had little hope in the talks. "Every year there is a new agreement and every year the groups are stronger," said a cloth seller. The UN mission, MINUSCA, which has about 12,000 soldiers and police officers in the country, said on Thursday that fighting around Bambari had displaced thousands of people in the past month.',
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), (CAR,)),
            Gold("forces.integrated", "planned", (CAR,), (CAR,)),
            # the embargo of 2013; not lifted on the army; talks stalled; Rome accord collapsed
            Gold("sanctions.imposed", "historical", (UNSC,), (CAR,), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), (CAR,), core=False),
            Gold("agreement.signed", "stalled", (CAR,), core=False),
            Gold("agreement.signed", "historical", (CAR,), core=False),
            Gold("military.presence", "historical", ("Russia",), (CAR,), core=False),
        ),
        not_participants=("Sudan", "Italy"),
    ),
    Article(
        "n05-quetta-daily-us-warns-pakistan-of-sanctions-over-iran-gas-pipeline",
        date(2024, 3, 28),
        _p(
            "US warns Pakistan of sanctions risk over Iran gas pipeline",
            "THE BALOCHISTAN OBSERVER | Quetta, Thursday, March 28, 2024",
            "The United States has warned Pakistan that it risks American sanctions if it goes ahead with building its section of the gas pipeline from Iran, days after the federal cabinet approved work on the first 80 kilometres of the line from the Iranian border to Gwadar.",
            '"We always advise everyone that doing business with Iran runs the risk of touching upon and coming into contact with sanctions," State Department spokesman Matthew Miller said on Tuesday, adding that Washington did not support the project going forward. A week earlier Assistant Secretary of State Donald Lu told a congressional committee that the administration would work to prevent the pipeline from being built.',
            "Pakistan and Iran signed the agreement for the 1,900-kilometre pipeline in 2009, and Iran says it finished the line on its side of the border years ago. Work on the Pakistani side never started in earnest: banks and contractors stayed away after the sanctions on Iran were tightened, and Islamabad has repeatedly asked Tehran for more time. Iran has served notice that it may seek a penalty of up to 18 billion dollars under the contract if Pakistan does not build its part by September.",
            "Officials in Islamabad say the short section near Gwadar is meant to protect Pakistan from that penalty. Washington has not granted Pakistan any exemption from its sanctions for the project, and talks between the two governments on the question have produced nothing, officials said.",
            "Talks between Islamabad and Tehran on a revised price for the gas, which began in 2022, have stalled.",
            'In Quetta, where winters are long and gas shortages cut heating for days at a time, traders and politicians welcomed the cabinet\'s decision and rejected the American warning. "Balochistan produces gas for the whole country and freezes itself," said a member of the provincial assembly from Turbat. "If the pipeline brings gas to Gwadar, that is a beginning."',
            "Economists in Karachi were less sure. Pakistan is in the last weeks of a three-billion-dollar standby arrangement with the International Monetary Fund and hopes to negotiate a larger programme, for which it needs American support on the Fund's board. Petroleum Minister Musadik Malik said the government would seek a way to build the line without breaching sanctions, but did not say how.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, STATE, "Donald Lu"), ("Pakistan",)),
            # the accord of 2009; no exemption; price talks stalled
            Gold("agreement.signed", "historical", ("Pakistan", "Iran"), core=False),
            Gold("sanctions.suspended", "negated", (US,), ("Pakistan",), core=False),
            Gold("agreement.signed", "stalled", ("Pakistan", "Iran"), core=False),
        ),
    ),
    Article(
        "n06-algiers-business-site-algeria-joins-new-development-bank",
        date(2024, 9, 2),
        _p(
            "Algeria becomes member of BRICS bank",
            "ALGIERS ECONOMIC REVIEW | Algiers, Monday, September 2, 2024",
            "Algeria has joined the New Development Bank, the lender founded by the BRICS countries, after its board of governors approved the country's membership at the bank's annual meeting in Cape Town on Saturday.",
            "The finance ministry said Algeria would take a stake of 1.5 billion dollars in the bank, paid in instalments, and that membership would give Algerian public companies access to loans for railways, water and renewable energy projects. President Abdelmadjid Tebboune applied to join the bank in 2023 and said at the time that Algeria would commit the money.",
            "The bank's president, Dilma Rousseff, the former president of Brazil, said in a statement that Algeria's membership would strengthen the bank's presence in Africa and the Arab world. Bangladesh, the United Arab Emirates and Egypt became members in 2021 and 2023, and Uruguay is waiting for its parliament to complete its accession.",
            "The step comes a year after Algeria failed to join BRICS itself. The group invited six countries to become members at its summit in Johannesburg in August 2023, among them Egypt, Ethiopia and Iran, but not Algeria, despite Tebboune's campaign, and Algeria has not become a member since. Tebboune said in an interview last year that Algeria had closed that file.",
            'Economists in Algiers say the bank\'s money matters less than its signal. Algeria has almost no foreign debt and has avoided borrowing from the International Monetary Fund and the World Bank since the 1990s, when it had to accept an IMF programme in exchange for rescheduling its debts. "The state wants financing without conditions on its economic policy," said an economist at the University of Algiers. "The BRICS bank offers that, at least on paper."',
            "Business leaders hope the bank will fund the long-delayed railway to the phosphate mines of Djebel Onk in the east, and projects in the south. The government also plans to double the capacity of the desalination plants along the coast by 2030, at a cost of several billion dollars.",
            "Trade with the BRICS countries has grown quickly. China is Algeria's largest supplier, and Italy, not a BRICS member, remains its largest customer for gas.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Algeria",), (NDB,)),
            # members since 2021 and 2023; BRICS not joined; Uruguay's accession pending
            Gold(
                "alliance.joined",
                "historical",
                ("Bangladesh", "United Arab Emirates", "Egypt"),
                (NDB,),
                core=False,
            ),
            Gold("alliance.joined", "negated", ("Algeria",), ("BRICS",), core=False),
        ),
        not_participants=("South Africa", "Brazil"),
    ),
    Article(
        "n07-haderslev-weekly-denmark-and-us-sign-defence-cooperation-agreement",
        date(2023, 12, 22),
        _p(
            "Skrydstrup named in new US defence deal: American forces get access to three air bases",
            "SOUTH JUTLAND WEEKLY | Haderslev, Friday, December 22, 2023",
            "Denmark and the United States on Tuesday signed a defence cooperation agreement that gives American forces access to the air bases at Skrydstrup, Karup and Aalborg, and allows them to store equipment and station personnel there.",
            "Defence Minister Troels Lund Poulsen signed the agreement in Washington with Secretary of State Antony Blinken. It still needs the approval of the Folketing, which is expected to vote on it in the spring. Under the deal, American forces will be based at the three Jutland air bases on a rotational basis, and the United States will be able to build facilities there at its own cost.",
            '"This is the most important agreement between our two countries since 1951," Lund Poulsen said. That year Denmark and the United States signed the defence agreement on Greenland under which American forces have kept the base at Pituffik, formerly Thule, in the north-west of the island ever since.',
            "The new deal does not give the United States any permanent base on Danish soil, and the government stressed that Denmark's policy of not allowing nuclear weapons on its territory in peacetime remains unchanged.",
            'Skrydstrup, ten kilometres west of Haderslev, is the home of the Danish air force\'s fighter wing and is receiving its new F-35 jets, the first of which landed in September. Local politicians said they had not been told in advance which facilities the Americans would use. "We read about it in the newspaper like everyone else," the mayor of Haderslev, Mads Skau, told the weekly. He said the municipality would ask the defence ministry for a meeting in January about traffic, noise and housing.',
            "Finland, Sweden and Norway have signed similar agreements with Washington this year or are about to, and military analysts at the University of Southern Denmark said the four Nordic deals would allow American forces to move across the region in a crisis. Critics on the left, including the Red-Green Alliance, said the agreement gave too much power to a foreign state and demanded a referendum.",
            'Around the base, the news was met calmly. "We have lived with jets for seventy years," said a farmer in Vojens. "A few more will not change much." Estate agents said the base\'s growth was already lifting house prices in the area.',
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Denmark", US, "Troels Lund Poulsen", "Antony Blinken"),
            ),
            Gold("military.presence", "planned", (US,), ("Denmark",)),
            # the Greenland agreement of 1951 and Pituffik since; no permanent base
            Gold("agreement.signed", "historical", ("Denmark", US), core=False),
            Gold("military.presence", "historical", (US,), ("Greenland", "Denmark"), core=False),
            Gold("military.presence", "negated", (US,), ("Denmark",), core=False),
        ),
        not_participants=("Finland", "Sweden", "Norway"),
    ),
    Article(
        "n08-amman-english-daily-jordan-and-qatar-return-ambassadors",
        date(2019, 7, 17),
        _p(
            "Jordan names ambassador to Doha, two years after downgrading ties",
            "THE AMMAN CHRONICLE | Amman, Wednesday, July 17, 2019",
            "Jordan and Qatar have restored full diplomatic relations, the foreign ministry said on Tuesday, naming an ambassador to Doha two years after Amman downgraded its ties with the Gulf state at the start of the Gulf crisis.",
            'The ministry said King Abdullah II had approved the appointment of Zaid al-Lozi, its long-serving secretary-general, as ambassador, and that Qatar had informed Amman of its own choice of envoy, Sheikh Saud bin Nasser Al Thani. Foreign Minister Ayman Safadi said the step reflected "the desire of both countries to develop their relations in all fields".',
            "In June 2017 Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar and imposed a blockade on it, closing its only land border and their airspace to Qatari aircraft, over its alleged support for Islamist groups and its ties with Iran. Jordan, which depends on aid from Riyadh and Abu Dhabi, recalled its ambassador and revoked the licence of Al Jazeera's office in Amman, but stopped short of a full break.",
            "Two years on, the four states have not lifted the blockade, and Kuwaiti mediation between them and Doha has stalled. Qatar has since found new routes for its imports through Oman and Turkey.",
            "For Jordan, the quarrel has been costly. About 40,000 Jordanians work in Qatar and send home remittances that the kingdom's economy depends on, and last year Doha pledged to create 10,000 jobs for Jordanians and to invest 500 million dollars in the country. Economists in Amman said the restored relations would make it easier for Jordanian exporters of fruit and vegetables to reach the Qatari market, though the goods still have to go by sea.",
            'Officials in Amman were careful to say the decision was not aimed at Saudi Arabia, which last year led a Gulf aid package of 2.5 billion dollars for Jordan. "Jordan has always kept its doors open to all its Arab brothers," a government spokeswoman said.',
            "Royal Jordanian said it had no immediate plans to add flights to Doha, where it already flies daily.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Jordan", "Ayman Safadi", "Abdullah II of Jordan"),
                ("Qatar",),
            ),
            # the blockade of 2017; not lifted; the mediation stalled
            Gold("sanctions.imposed", "historical", BOYCOTT, ("Qatar",), core=False),
            Gold("sanctions.lifted", "negated", BOYCOTT, ("Qatar",), core=False),
            Gold("agreement.signed", "stalled", ("Qatar", "Saudi Arabia"), core=False),
        ),
        not_participants=("Oman", "Turkey", "Kuwait"),
    ),
    Article(
        "n09-freetown-weekly-us-visa-restrictions-after-disputed-election",
        date(2023, 9, 1),
        _p(
            "US imposes visa restrictions on Sierra Leoneans over election",
            "THE FREETOWN TRIBUNE | Freetown, Friday, September 1, 2023",
            "The United States on Thursday imposed visa restrictions on Sierra Leoneans it accused of undermining democracy in the country during the June elections, in which President Julius Maada Bio was returned for a second term in a vote that the main opposition party rejected.",
            "Secretary of State Antony Blinken said in a statement that the restrictions would apply to individuals responsible for or complicit in undermining democracy, including through the manipulation of election results, violence against people exercising their rights and the intimidation of journalists. The State Department did not name those affected, citing the confidentiality of visa records, and said their family members could also be barred.",
            "International observers, among them the European Union's mission and the Carter Center, said the results announced by the Electoral Commission lacked transparency, and the opposition All People's Congress has refused to take up its seats in parliament and local councils. Its candidate, Samura Kamara, said the party would not accept the results until a rerun was held.",
            'Bio\'s government said it regretted the American decision and that the election was free and fair. "Sierra Leone is a sovereign country and its elections are decided by Sierra Leoneans," Information Minister Chernor Bah told reporters at State House. He said the government remained open to dialogue with the opposition.',
            "The European Union has not imposed sanctions over the vote, but its ambassadors in Freetown have called on the commission to publish the results for each polling station. The Economic Community of West African States, whose leaders are dealing with a coup in Niger and another in Gabon this week, has sent a mediation team.",
            "Last year the State Department barred two former officials of the previous government from entering the United States for corruption, and in 2021 it designated the former president Ernest Bai Koroma's transport minister over the same issue, officials said.",
            'In the markets around Kroo Town Road, the news spread quickly on WhatsApp. "The big men go to America for shopping and hospitals," said a trader selling phone cards. "Now they must go to Dubai." Prices of rice and fuel have risen sharply this year, and the leone has lost more than a third of its value against the dollar since January 2022.',
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, STATE, "Antony Blinken"), ("Sierra Leone",)),
            # nothing from the EU; the bans of last year and 2021
            Gold("sanctions.imposed", "negated", (EU,), ("Sierra Leone",), core=False),
            Gold("sanctions.imposed", "historical", (US, STATE), ("Sierra Leone",), core=False),
        ),
        not_participants=("Niger", "Gabon", "United Arab Emirates"),
    ),
]
ARTICLES += [
    Article(
        "n10-bogota-cycling-page-team-sanctioned-rider-suspension-lifted",
        date(2024, 2, 14),
        _p(
            "Cycling: federation sanctions team over doping case; Lopez's ban lifted; new sponsor signs on",
            "SPORTS | Bogota, Wednesday, February 14, 2024",
            "The Colombian Cycling Federation on Tuesday imposed sanctions on a continental team from Boyaca after two of its riders tested positive for EPO at last year's Vuelta a Colombia, fining it 40 million pesos and barring it from national races for six months. The team's manager said it would appeal to the Court of Arbitration for Sport.",
            "The federation also lifted the suspension it imposed in November on a young climber from Antioquia, after a laboratory in Lausanne confirmed that his sample had been contaminated. The rider, 21, will be back in the peloton for the Tour Colombia, which starts in Tunja this month and will be followed on television across the continent.",
            "The race organisers said police would be deployed along the whole route of the queen stage to the Alto del Vino, where more than 100,000 spectators are expected, and that the finish in Zipaquira had been restored to the programme after the town agreed to pay for safety barriers. The organisers also extended the registration deadline for amateur riders by a week.",
            "Movistar's Colombian rider signed a two-year contract extension, and a Medellin energy company signed an agreement with the national women's team to sponsor it until the Los Angeles Olympics. The women's team of EPM joined the UCI's continental circuit this season, and two Cundinamarca clubs merged their junior squads to save costs.",
            "The riders' association threatened to boycott the national championships in Pereira if the federation did not pay the prize money it owes from last year, and the federation's president said the money would be paid in March. The ministry of sport said it would integrate cycling into its school sports programme in ten departments.",
            "Egan Bernal, who won the Tour de France in 2019 and nearly lost his life in a training crash in 2022, said he felt strong after a winter in Zipaquira and hoped to ride the Giro d'Italia in May. Nairo Quintana, back with Movistar after two years away, said he would ride to help younger riders. \"The Colombian roads are the best school,\" he said. The women's race starts on Friday, the men's on Tuesday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-cusco-local-weekly-rail-service-restored-strike-suspended",
        date(2024, 2, 9),
        _p(
            "Machu Picchu trains back, strike suspended, council signs waste deal",
            "EL SOL DE CUSCO (English edition) | Cusco, Friday, February 9, 2024",
            "Train service between Ollantaytambo and Machu Picchu Pueblo was restored on Wednesday after crews cleared a landslide that blocked the line near kilometre 104 for three days. PeruRail and Inca Rail said they had added extra trains to take home the visitors who were stranded in the town.",
            "The regional government lifted the restrictions it imposed on the Inca Trail after the landslide, but kept a ban on groups larger than sixteen walkers on the section to Wiñay Wayna until geologists finish their inspection. The trail closes, as every year, for maintenance in February.",
            "Tour operators and guides suspended their strike on Thursday after the culture ministry agreed to review the new online ticket system for Machu Picchu, which they say has favoured a single company. The ministry extended the sale of tickets at the office in Machu Picchu Pueblo until the end of March, and police were deployed at the office on Thursday morning when hundreds of people queued for them.",
            "The provincial council of Cusco signed an agreement with a Lima company to collect and recycle waste in the historic centre, and joined a national programme that will pay for new drains in the San Blas and San Cristobal neighbourhoods. The council also imposed a ban on new hostels in streets of the centre where residents have complained of noise.",
            "The municipality of Urubamba said it would integrate the markets of the Sacred Valley into a single system of permits. Farmers in Chinchero threatened to block the road to the new airport, which is due to open in 2025, if the government does not pay for land taken for the access roads.",
            "Hotel occupancy in the city was 68 percent in January, according to the regional tourism chamber, still below the figures of 2019. The chamber said the collapse of visitor numbers during last year's protests had cost the region about 400 million soles, and that foreign visitors were returning slowly.",
            "The Inti Raymi festival committee met on Tuesday to begin preparations for June 24.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-casablanca-business-page-bank-fine-airline-alliance-port-deal",
        date(2025, 6, 11),
        _p(
            "Regulator fines bank; RAM adds routes; Tanger Med signs with Dutch port",
            "BUSINESS | Casablanca, Wednesday, June 11, 2025",
            "Bank Al-Maghrib imposed a fine of 3 million dirhams on a mid-sized bank for failing to report suspicious transactions on time, and suspended the licence of a payment institution that did not meet its capital requirements. The central bank also lifted the restrictions it imposed last year on a consumer credit company, which it said had rebuilt its reserves.",
            "Royal Air Maroc, which joined the oneworld alliance in 2020, said it would restore its flights to Sao Paulo in the autumn and deploy two new Boeing 787s on its routes to North America. The airline's chief executive said the carrier had signed an agreement with Boeing for as many as 200 aircraft, the largest order in its history, and that the first would arrive next year.",
            "Tanger Med signed a memorandum of understanding with the Port of Rotterdam on digital customs clearance, and the port authority said it had extended the concession of one of its container terminals until 2050. The phosphate group OCP said it would integrate a new desalination plant into its complex at Jorf Lasfar and suspend production at an old sulphuric acid unit during the works.",
            "The Casablanca Stock Exchange rose 0.8 percent on Tuesday, led by construction and property shares ahead of the building works for the 2030 World Cup. Analysts said the index had gained almost 25 percent since January, helped by lower interest rates and strong results from the banks.",
            "A group of textile exporters from Tangier threatened to move production to Egypt if the government did not help them with the rise in energy costs, and the trade ministry said it would meet them next week. A Rabat software company joined a consortium of African start-ups bidding for a contract to digitise land registries in West Africa.",
            "The High Commission for Planning said unemployment fell to 12.8 percent in the first quarter, from 13.7 percent a year earlier, and that inflation slowed to 0.4 percent in May, the lowest rate in four years, as food prices eased after the spring rains.",
            "The dirham was little changed against the euro and the dollar.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "n04-bangui-news-site-un-renews-arms-embargo-mixed-units-planned": (
        "'the government will integrate' finds no state: the sentence before names only the "
        "talks' venue and the African Union, the state two paragraphs back (borrow_actors, "
        "rasd/events/roles.py)"
    ),
}


_DAY = date(2024, 3, 20)


_xfail = strict_xfail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Canada on Monday barred Hun Sen from entering the country.",
            id="barred-from-entering",
        ),
        pytest.param(
            "Canada on Monday banned Hun Sen and his two sons from entering the country.",
            id="banned-from-entering",
        ),
        pytest.param(
            "Canada on Monday imposed a travel ban on Hun Sen.", id="imposed-a-travel-ban"
        ),
        pytest.param(
            "The State Department on Monday designated Hun Sen for corruption.",
            id="designated-for-corruption",
        ),
    ],
)
def test_a_person_barred_from_entry_is_sanctioned(text: str) -> None:
    assert alert_kinds(text, _DAY) == {"sanctions.imposed"}, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The last peace accord was signed in Rome in 2017. The government will integrate the "
            "fighters into the army.",
            id="signed-in-a-capital-then-the-government",
        ),
        pytest.param(
            "The last peace accord was signed at talks in Rome in 2017. The government will "
            "integrate the fighters into the army.",
            id="signed-at-talks-in-a-capital-then-the-government",
        ),
    ],
)
def test_the_place_of_an_old_signing_is_not_the_government(text: str) -> None:
    assert "Italy" not in alert_parties(text, "forces.integrated", _DAY), event_rows(text, _DAY)


def test_the_government_of_the_state_integrates() -> None:
    text = "The government of Mali will integrate the fighters into the army."
    assert "Mali" in alert_parties(text, "forces.integrated", _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The law bars most aid to Kazakhstan. Its president has long called it an insult to a "
            "country that sent troops to Iraq.",
            id="a-country-that-sent-troops",
        ),
        pytest.param(
            "The law bars most aid to Kazakhstan, which sent troops to Iraq in 2003.",
            id="which-sent-troops-in-a-year",
        ),
        pytest.param(
            "Kazakhstan sent troops to Iraq alongside American forces in 2003.",
            id="sent-troops-in-a-year",
        ),
    ],
)
def test_a_country_described_by_its_past_deployment_is_background(text: str) -> None:
    assert not alert_rows(text, _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Denmark and the United States signed a defence agreement on Tuesday. Poland signed a "
            "similar agreement with Washington this year.",
            id="similar-agreement-with-the-same-partner",
        ),
        pytest.param(
            "Denmark and the United States signed a defence agreement on Tuesday. Poland signed a "
            "similar agreement with Japan this year.",
            id="similar-agreement-with-another-partner",
        ),
    ],
)
def test_another_states_similar_accord_stays_apart(text: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "agreement.signed"]
    assert any("Denmark" in [*r[2], *r[3]] for r in rows), rows
    assert not any({"Denmark", "Poland"} <= {*r[2], *r[3]} for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Royal Air Maroc, which joined the oneworld alliance in 2020, will add flights to "
            "Brazil.",
            id="an-airline-alliance",
        ),
        pytest.param(
            "The Colombian Cycling Federation imposed sanctions on a team from Boyaca on Tuesday.",
            id="a-cycling-federation",
        ),
        pytest.param(
            "Tanger Med signed a memorandum of understanding with the Port of Rotterdam on Tuesday.",
            id="two-ports",
        ),
    ],
)
def test_sport_local_and_business_news_stays_quiet(text: str) -> None:
    assert not alert_rows(text, _DAY), alert_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "US troops have been stationed in Germany for decades.", id="stationed-for-decades"
        ),
        pytest.param(
            "The United States has imposed sanctions on Cuba for six decades.",
            id="imposed-for-six-decades",
        ),
        pytest.param(
            "About 900 American troops have been deployed in Syria for years.",
            id="deployed-for-years",
        ),
        pytest.param(
            "Donald Trump, nine days before leaving office, put Cuba back on the list of state "
            "sponsors of terrorism.",
            id="a-time-set-off-by-commas",
        ),
    ],
)
def test_a_state_lasting_for_years_is_background(text: str) -> None:
    assert not alert_rows(text, _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Saudi Arabia and Iran, rivals for decades, restored diplomatic relations on Friday.",
            id="rivals-for-decades",
        ),
        pytest.param(
            "Saudi Arabia and Iran, rivals since 1979, restored diplomatic relations on Friday.",
            id="rivals-since-a-year",
        ),
        pytest.param(
            "The European Union extended its sanctions on Russia for two years on Monday.",
            id="a-term-in-years",
        ),
    ],
)
def test_the_subjects_long_past_in_apposition_leaves_the_act_news(text: str) -> None:
    assert alert_rows(text, _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "Washington slapped fresh sanctions on Iran on Thursday.",
            "United States",
            "Iran",
            id="slapped-sanctions-on",
        ),
        pytest.param(
            "Iran was hit with new EU sanctions on Thursday.",
            "European Union",
            "Iran",
            id="hit-with-an-authoritys-sanctions",
        ),
        pytest.param(
            "Iran was slapped with fresh US sanctions on Thursday.",
            "United States",
            "Iran",
            id="slapped-with-an-authoritys-sanctions",
        ),
    ],
)
def test_who_imposes_and_on_whom(text: str, actor: str, target: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "sanctions.imposed"]
    assert rows and actor in rows[0][2] and target in rows[0][3] and actor not in rows[0][3], rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kenya and Somalia on Tuesday restored diplomatic ties severed two years ago.",
            id="ties-severed-years-ago",
        ),
        pytest.param(
            "The EU on Monday lifted sanctions imposed last year on Niger.", id="imposed-last-year"
        ),
    ],
)
def test_the_past_of_the_object_leaves_the_act_news(text: str) -> None:
    assert alert_rows(text, _DAY), event_rows(text, _DAY)


def test_the_act_itself_years_ago_is_background() -> None:
    text = "Kenya and Somalia restored diplomatic ties two years ago."
    assert not alert_rows(text, _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    ("text", "party", "not_party"),
    [
        pytest.param(
            "Qatar, a close ally of the United States, has signed a defence agreement with Turkey.",
            "Qatar",
            "United States",
            id="a-close-ally-of",
        ),
        pytest.param(
            "Norway, a NATO member since 1949, signed a defence agreement with Sweden on Monday.",
            "Norway",
            "NATO",
            id="a-member-since",
        ),
        pytest.param(
            "The United Arab Emirates, a member of OPEC and a close partner of Saudi Arabia, joined "
            "BRICS on Monday.",
            "United Arab Emirates",
            "Saudi Arabia",
            id="a-long-apposition",
        ),
        pytest.param(
            "Britain, the United States and France imposed sanctions on Iran on Monday.",
            "United States",
            "Germany",
            id="a-list-of-names-is-no-apposition",
        ),
    ],
)
def test_who_the_subject_is_described_by_takes_no_part(
    text: str, party: str, not_party: str
) -> None:
    names = [n for r in alert_rows(text, _DAY) for n in [*r[2], *r[3]]]
    assert party in names and not_party not in names, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The State Department on Monday barred Viktor Lobanov, a former deputy minister, from "
            "entering the United States.",
            id="a-person-the-knowledge-base-lacks",
        ),
        pytest.param(
            "Britain on Friday denied entry to Hun Sen over the crackdown.", id="denied-entry-to"
        ),
    ],
)
def test_a_person_kept_out_is_the_target(text: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "sanctions.imposed"]
    assert rows and not any(n in ("United States", "United Kingdom") for r in rows for n in r[3]), (
        rows
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Police barred fans from entering the stadium on Saturday.", id="fans-and-a-stadium"
        ),
        pytest.param(
            "The club banned Lionel Messi from entering the training ground.",
            id="a-player-and-a-ground",
        ),
    ],
)
def test_a_crowd_or_a_ground_kept_out_of_is_no_sanction(text: str) -> None:
    assert not alert_rows(text, _DAY), alert_rows(text, _DAY)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout49_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-49 English events"))
