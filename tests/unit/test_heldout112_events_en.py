"""Hundred-and-twelfth English held-out event set: twelve full-length articles (300-600 words)
written for this test in outlet forms of Asia, the Middle East and Oceania: a Canberra policy wire,
a Bangkok business daily, a Baghdad economic site's English edition, a Tehran English-language
daily, a Singapore trade journal, a New Delhi daily's national desk, a Tokyo English daily, a
Jakarta daily's English edition, a Beirut English daily, a Darwin daily, a Colombo business
review's markets page and an Auckland sports page. The episodes, of 2012-2023, are ones that the
earlier sets (up to set 111 English and 86 Arabic, with sets 110 English and 87 Arabic on their
branches), as far as a search of their docstrings and article texts for the states, bodies, people
and numbers shows (all hits read), do not carry as core news: Australia's first sanctions on
Myanmar's junta after the coup, on sixteen members of the regime and the two military conglomerates
(February 2023: set 108 carries New Zealand's travel ban of 2021, set 26 Australia's easing of
2012); the European Union lifting all its sanctions on Myanmar but the arms embargo (April 2013:
sets 26 English and 22 Arabic carry the suspension of April 2012); the United States renewing for
120 days Iraq's waiver to pay Iran for electricity (June 2021: sets 20 and 109 and 14 Arabic carry
other renewals, of 2019 and 2020, and set 70 Arabic the Omani accounts of November 2023); Joe Biden
continuing the national emergency with respect to Iran of November 1979 (November 2022: sets 16 and
76 name the emergency of 1979 only as history); the European Union launching the withdrawal of
Cambodia's Everything but Arms preferences (February 2019: no set names the scheme; set 104 carries
the White House's warning of 2018 and names the EU's review in one line); India joining the
Combined Maritime Forces as an associate partner (April 2022: no set names the Combined Maritime
Forces); Japan and India signing their Acquisition and Cross-Servicing Agreement (September 2020:
no set names it); Indonesia sending its ambassador back to Canberra after the phone-tapping row
(May 2014: set 75 carries Australia's ambassador returning to Jakarta after the executions of 2015,
a different episode); the National Front for Liberation merging into the Syrian National Army
(October 2019: set 52 carries the Syrian National Army's integration into the new Syrian army of
2025 and set 68 Arabic the merger of the northern Aleppo factions into three corps, other
episodes); the first company of US Marines arriving in Darwin (April 2012: sets 9 and 68 carry
the announcement of November 2011 as planned news, the arrival itself is not carried); and two near
misses (a Colombo business round-up where a tea exporter "joined an alliance" of brands and
"signed an agreement" with a Dubai distributor, the stock exchange "lifted the suspension it
imposed" on a share, "sanctioned" brokers and "threatened" a third, a lease is "extended", a
trucking business "integrated", trucks "deployed" and a warehouse "restored"; an Auckland rugby
page where a union "lifted the ban ... that it imposed" on a stand, "sanctioned" a contractor,
"suspended" a lock, "threatened to fine" clubs, a coach's contract is "extended", a club "signed an
agreement" with a Fijian academy and "joined an alliance" of clubs, grounds are "integrated",
clubrooms "restored", security staff and young players "deployed").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: Indonesia that "will send its ambassador back", in the coming days), beside
historical, negated, stalled, planned and occurred background.

Decisions of the annotation: Australia that "imposed targeted financial sanctions and travel bans on
sixteen members of Myanmar's military regime" imposes (core; Australia and Penny Wong the actors,
Myanmar the target; the two conglomerates, not in the knowledge base, are not annotated); the
measures "that date from 2018" a historical imposition, "The government has not sanctioned Myanma
Oil and Gas Enterprise" a negated imposition and "further designations were possible" a planned one
(not core); the suspension of defence cooperation and ASEAN's exclusion of the junta's leaders are
no sanctions events, and Canada, in a list of the states that acted earlier, is no party. The
European Union that "lifted all its sanctions on Myanmar except the embargo on arms" lifts (core);
the suspension "for a year in April 2012" a historical suspension, "The ministers did not lift the
arms embargo" a negated lifting, the removal from the trade preferences "in 1997" a historical
imposition, the United States that "eased its own sanctions last year" a historical lifting and
"Washington has not lifted its ban on imports of jade" a negated one; Thailand and Japan (investors)
are no party. The United States that "has renewed for 120 days the waiver that allows Iraq to pay
Iran for electricity" suspends (core: a waiver and its renewal are suspensions, as in sets 20 and
109; the United States and the State Department the actors, Iraq and Iran the targets); the waiver
"first granted in November 2018" a historical suspension, the sanctions Trump "reimposed" a
historical imposition, "The waiver does not lift the sanctions on Iran" a negated lifting, Iraq's
agreements "with Jordan last year" a historical signing, and the talks "which could lift the energy
sanctions altogether, have stalled" a stalled lifting; Siemens and General Electric are no party.
Joe Biden who "has continued for another year the national emergency with respect to Iran" extends
(core); the emergency "declared by President Jimmy Carter" (who froze Iran's assets) a historical
imposition, the Algiers Accords "signed in January 1981" a historical signing, "The notice does not
lift any of the sanctions" a negated lifting, the names Washington "has added ... in recent weeks"
an occurred imposition (not core), and the Vienna talks that "have stalled" a stalled signing;
Russia (the drones) and the Netherlands (the tribunal's seat) are no party. The European Union that
"has threatened to withdraw Cambodia's duty-free access", launching the procedure, threatens (core;
the European Commission an actor: a withdrawal of trade preferences for human rights is a trade
sanction); "The EU has not suspended any preferences yet" a negated imposition, the withdrawals from
Myanmar "in 1997" and Sri Lanka "in 2010" historical impositions, and Beijing that "signed several
loan and investment agreements with Phnom Penh in January" a historical signing; Singapore, where
the outlet sits, and Vietnam (alternative sites) are no party. India that "has joined the Combined
Maritime Forces ... as an associate partner" joins (core); the warships "since 2008" and Operation
Sankalp "since June 2019" historical presences, "India has not joined any military alliance" a
negated joining, "has never signed a mutual defence treaty with the United States" a negated
signing, the "four foundational agreements ... since 2016" a historical signing, and the space
agreement "expected to be signed later this year" a planned signing (not core); the liaison officers
at the headquarters in Manama are no presence (a staff post), and Russia, Ukraine and Bahrain are no
party. Japan and India that "signed an agreement on Wednesday that allows their armed forces to
share supplies" sign (core); India's logistics agreements with the United States "in 2016", France
"in 2018" and Australia "in June" historical signings, and "Talks on a similar accord with Russia
have not been concluded" a negated signing; China (the standoff in Ladakh) and Indonesia are no
party. Indonesia that "will send its ambassador back to Australia" restores, planned (core, with
Yudhoyono); the return "after three months" in 2006 a historical restoration, and the code of
conduct he "hoped ... could be signed" a planned signing (not core); the recall of November and the
suspension of cooperation are no events of the types. The National Front for Liberation that "has
merged into the Syrian National Army" integrates (core; the two forces, the Syrian Interim
Government and Salim Idris the participants); "The merger does not include Hay'at Tahrir al-Sham" a
negated integration, Turkey's troops "at twelve observation posts around Idlib since 2018" a
historical presence and the de-escalation agreement "it signed with Russia and Iran in Astana" a
historical signing; the Syrian National Army's units in Syria are no foreign presence, and Lebanon,
where the outlet sits, is no party. The Marines who "arrived in Darwin on Tuesday" are an occurred
presence of the United States in Australia (core, with the Marine Corps); the Marines in Talisman
Saber "since 2005" a historical presence, the force that "would grow over several years" and "the
next rotation, due next year" planned presences (not core), and "Australia has not agreed to host
American aircraft carriers or submarines at a permanent base" a negated presence; China and
Indonesia (reactions) are no party. Nothing in the near misses is an event.

Facts I am not sure of: the day of Australia's listings on Myanmar (31 January 2023 or 1 February),
that the list counted sixteen people and named the two conglomerates, and the year of the earlier
listings of five officers (2018); the day of the EU's decision on Myanmar (22 April 2013, in
Luxembourg); the day and length of the Iraqi waiver of 2021 (120 days, early June) and the bank
that holds the payments; the day of Biden's notice on Iran (early November 2022) and Kanaani's words
(paraphrased); the day the EU launched the Everything but Arms procedure (11 or 12 February 2019),
its timetable and Hun Sen's words (paraphrased); that India became an associate partner of the
Combined Maritime Forces at the two-plus-two of April 2022, and the details of liaison officers; the
day the Japan-India agreement was signed (9 September 2020) and the names of the signatories; the
day Yudhoyono announced the ambassador's return (about 21 May 2014) and the details of 2006; the day
and place of the National Front's merger (4 October 2019, Şanlıurfa), the number of fighters and
corps; and the day of the Marines' arrival in Darwin (3 or 4 April 2012), their number and unit.
The near misses are composites of routine news, with invented firms' and clubs' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout112_events_en``.

Measured before any fix (on commit 2ae6589): P 0.909, R 0.900, F1 0.905 (recall 9/10, 10 of 11
alerts right; recall by status: occurred 8/9, planned 1/1; no false alarm, one unexpected alert,
none in a near miss).
No annotation was changed after the run.
Missed: on the Singapore trade journal, "The European Union has threatened to withdraw Cambodia's
duty-free access to its market, launching a formal procedure on Monday that could end the trade
preferences" gives no threat: a threat to withdraw a state's trade preferences (its duty-free
access) is not read as a threat of sanctions, and nothing else in the article gives one.
Unexpected: on the Beirut daily, "Hay'at Tahrir al-Sham, the jihadist group that controls most of
Idlib and is designated a terrorist organisation by the United Nations, the United States and
Turkey" is an occurred imposition with Idlib for target (a standing designation told in an
appositive, no act of the article's time; not annotated).
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Canberra wire the negated imposition has "Myanma Oil" for target and no actor, and the measures of
2018 and the planned designations are not found. On the Bangkok daily the EU's suspension of 2012,
its negated lifting of the arms embargo and the withdrawal of 1997 are not found, the US easing is a
historical suspension, and Myanmar's return to the trade preferences is a historical joining of the
European Union. On the Baghdad site the core suspension (from "waiver") has Iran and no United
States or Iraq, the renewals are a historical suspension and a historical extension, and the
negated lifting and the stalled Vienna talks are not found. On the Tehran daily the negated lifting
has no actor, and Carter's emergency, the Algiers Accords, the new designations and the stalled
talks are not found. On the Singapore journal the negated and historical impositions are not found.
On the New Delhi daily the presences of 2008 and 2019, the foundational agreements and the planned
space agreement are not found. On the Tokyo daily the negated accord with Russia is not found. On
the Jakarta daily the headline's "to send its ambassador back" is an occurred restoration and the
lead's planned one has no actor (the core event counts as found through the occurred one, being
alertable), and the code of conduct is not found. On the Beirut daily the integration has Idlib and
Syria among its parties, the negated integration and Turkey's observation posts are not found, and
the Astana agreement has Hay'at Tahrir al-Sham for actor. On the Darwin daily the presence has no
target (Darwin and the Northern Territory, not Australia), and the historical, planned and negated
presences are not found. The two near misses are quiet.
The articles whose core events are missed or which raise false alarms are strict xfails (an
unexpected alert outside a near miss fails no test, so the Beirut daily is not one).

After the fixes of 2026-12-07: P 1.000, R 1.000, F1 1.000 (recall 10/10, 11 of 11 alerts right;
recall by status: occurred 9/9, planned 1/1; no false alarm, no unexpected alert). Two general
causes were fixed (``test_heldout112_rules_en.py``): a threat to withdraw, suspend, revoke or strip a
state's trade preferences ("duty-free access", "GSP+ status", "Everything but Arms" benefits) is a
threat of trade sanctions, with the state whose preferences are withdrawn as the one threatened
wherever a time puts it (a ``sanctions.threatened`` spec on ``withdraw_verb`` and
``trade_preferences`` in ``en.triggers.yaml`` and ``en.cues.yaml``, and ``_ruined_en`` in
``rasd/events/extractor.py``, which now takes the group of verbs); and a listing told in the present
passive with its lister named ("and is designated a terrorist organisation by the United Nations",
"are also designated ... by Washington"), with no time of the news in its clause, is a listing in
force, background, not the day's act (``_standing_designation_en`` in ``rasd/events/status.py``).
The Singapore journal's strict xfail is removed: its threat is found, with the European Union and
Cambodia. The Beirut daily's unexpected imposition is now historical.
Left: the background events listed above as seen, not scored (among them the Bangkok daily's return
to the trade preferences read as a joining of the European Union, and the Darwin daily's presence
with no Australia for target).

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
UK = "United Kingdom"
CMF = "Combined Maritime Forces"
SNA = "Syrian National Army"
NFL = "National Front for Liberation"
USMC = "United States Marine Corps"
STATE = "United States Department of State"
SIG = "Syrian Interim Government"

ARTICLES: list[Article] = [
    Article(
        "h112-01-canberra-policy-wire-australia-sanctions-myanmar-junta",
        date(2023, 2, 1),
        _p(
            "Australia imposes first sanctions on Myanmar junta two years after coup",
            "CANBERRA, 1 February 2023 - Pacific Policy Wire",
            "Australia on Tuesday imposed targeted financial sanctions and travel bans on sixteen members of Myanmar's military regime and on two conglomerates owned by the armed forces, Myanma Economic Holdings Limited and Myanmar Economic Corporation, on the eve of the second anniversary of the coup. Foreign Minister Penny Wong said the measures were a response to the regime's violence against its own people and to its disregard for the peace plan agreed with South-East Asian leaders.",
            "The listings, made under the autonomous sanctions regulations, freeze any assets the individuals and companies hold in Australia and make it a criminal offence to deal with them without a permit. Officials said the list included members of the State Administration Council, the body through which the generals have ruled since February 2021.",
            "Until now Canberra had relied on an arms embargo and on targeted measures against five senior officers that date from 2018, after the army's campaign against the Rohingya in Rakhine State. Human rights groups had criticised the government for moving more slowly than the United States, Britain, Canada and the European Union, which have listed hundreds of people and companies since the coup.",
            "The government has not sanctioned Myanma Oil and Gas Enterprise, the state energy company that campaigners describe as the junta's largest source of foreign currency. Senator Wong said the list would be kept under review and that further designations were possible if the violence continued.",
            "The announcement comes as the Australian economist Sean Turnell, who spent more than 600 days in prison in Naypyidaw after the coup, continues to call for stronger action. Mr Turnell, an adviser to the deposed leader Aung San Suu Kyi, was released in November under an amnesty and flown to Canberra.",
            'Myanmar community groups in Melbourne and Sydney welcomed the decision but said it came late. "Two years of killing, and only now the first sanctions," said a spokeswoman for one group. "We hope the banks will now look harder at where the money goes."',
            "Australia suspended its defence cooperation with Myanmar's military in the weeks after the coup, and its aid is now channelled through the United Nations and non-government organisations rather than the authorities in Naypyidaw.",
            "The Association of Southeast Asian Nations has kept the junta's leaders away from its summits since October 2021, but its five-point consensus has stalled, with no sign that the generals intend to talk to their opponents.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("Australia", "Penny Wong"), ("Myanmar",)),
            Gold("sanctions.imposed", "historical", ("Australia",), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "negated", ("Australia",), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "planned", ("Australia",), ("Myanmar",), core=False),
        ),
        not_participants=("Canada",),
    ),
    Article(
        "h112-02-bangkok-business-daily-eu-lifts-myanmar-sanctions",
        date(2013, 4, 23),
        _p(
            "EU lifts Myanmar sanctions, keeps arms embargo",
            "BANGKOK, 23 April 2013 - Mekong Business Daily",
            "The European Union on Monday lifted all its sanctions on Myanmar except the embargo on arms, ending restrictions on trade, investment and the country's leaders that it had built up over more than fifteen years of military rule. Foreign ministers meeting in Luxembourg said the decision recognised the reforms carried out by President Thein Sein's government since 2011, including the release of hundreds of political prisoners and the by-elections that brought Aung San Suu Kyi into parliament.",
            "The bloc had suspended most of the measures for a year in April 2012, so the practical change is small, but companies and banks in Europe said the end of the suspension period removes a risk that had kept them cautious. The ministers did not lift the arms embargo, which stays in force, and said the EU would watch the violence in Rakhine State, where clashes between Buddhists and Muslims have left tens of thousands homeless.",
            "The decision also clears the way for Myanmar to return to the EU's scheme of trade preferences for the poorest countries, from which it was removed in 1997 over forced labour. Garment makers in Yangon expect orders from European brands to follow within months.",
            "For Thai firms, which have long been among the largest investors in Myanmar, the decision matters mostly through their European partners. Executives at a Bangkok construction group said European lenders had refused to finance projects across the border while the sanctions were on the books. The Dawei deep-sea port and industrial zone, a Thai-led project that has stalled for lack of money, is seeking new investors, including from Japan.",
            "The United States eased its own sanctions last year, allowing new investment and naming an ambassador, but it has kept restrictions on the military's companies and on individuals it says are blocking reform. Washington has not lifted its ban on imports of jade and rubies from Myanmar.",
            'Human rights groups said Brussels had moved too fast. "The EU has given away its leverage while political prisoners are still in jail and the army is still fighting in Kachin State," a campaigner said in Bangkok.',
            "The Myanmar government welcomed the decision and said it would keep working with the international community on its reforms.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (EU,), ("Myanmar",)),
            Gold("sanctions.suspended", "historical", (EU,), ("Myanmar",), core=False),
            Gold("sanctions.lifted", "negated", (EU,), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Myanmar",), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Myanmar",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Myanmar",), core=False),
        ),
        not_participants=("Thailand", "Japan"),
    ),
    Article(
        "h112-03-baghdad-english-site-us-renews-iraq-electricity-waiver",
        date(2021, 6, 8),
        _p(
            "Washington gives Baghdad 120 more days to pay for Iranian power",
            "BAGHDAD, 8 June 2021 - Tigris Economic Monitor, English edition",
            "The United States has renewed for 120 days the waiver that allows Iraq to pay Iran for electricity and natural gas without falling foul of American sanctions, the longest extension granted to Baghdad since the exemption was first issued. The State Department informed the Iraqi government of the decision over the weekend, officials at the electricity ministry said.",
            "The waiver was first granted in November 2018, when the administration of Donald Trump reimposed the sanctions on Iran's energy sector after leaving the nuclear deal. Since then it has been renewed for periods of 30 to 120 days, and American officials have used each renewal to press Baghdad to reduce its dependence on its neighbour.",
            "The waiver does not lift the sanctions on Iran. The payments go into accounts at the Trade Bank of Iraq that Tehran can use only to buy food, medicine and other humanitarian goods, and Iranian officials complain that billions of dollars are stuck there.",
            "Iran supplies about a third of the electricity that Iraq consumes in summer, either as gas for its power stations or as power through cross-border lines. Without it, officials say, the blackouts that already set off protests in Basra and Baghdad every summer would be far worse.",
            "The renewal comes as Prime Minister Mustafa al-Kadhimi's government tries to link the Iraqi grid to those of the Gulf states. Iraq signed agreements with the Gulf Cooperation Council's interconnection authority and with Jordan last year, but the lines are not expected to carry power before 2022. A deal with Siemens and General Electric to rebuild power stations has moved slowly.",
            'Iraqi economists said the waiver bought time but no solution. "Every summer we go through the same story," said a professor at the University of Baghdad. "We wait for Washington, we pay Tehran late, and the people sit in the heat."',
            "The talks in Vienna on reviving the nuclear agreement, which could lift the energy sanctions altogether, have stalled ahead of Iran's presidential election on 18 June.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, STATE), ("Iraq", "Iran")),
            Gold("sanctions.suspended", "historical", (US,), ("Iraq", "Iran"), core=False),
            Gold("sanctions.imposed", "historical", (US, "Donald Trump"), ("Iran",), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
            Gold("agreement.signed", "historical", ("Iraq",), ("Jordan",), core=False),
            Gold("sanctions.lifted", "stalled", (US,), ("Iran",), core=False),
        ),
        not_participants=("Siemens", "General Electric"),
    ),
    Article(
        "h112-04-tehran-english-daily-biden-continues-iran-emergency",
        date(2022, 11, 10),
        _p(
            "Biden renews 1979 national emergency on Iran for another year",
            "TEHRAN, 10 November 2022 - Persian Gulf Herald, English daily",
            "US President Joe Biden has continued for another year the national emergency with respect to Iran that has underpinned American sanctions on the Islamic Republic since the seizure of the embassy in Tehran in 1979. In a notice sent to Congress on Tuesday, the White House said relations with Iran had not yet returned to normal and that the process of implementing the agreements of January 1981 was still under way.",
            "The emergency was declared by President Jimmy Carter on 14 November 1979, ten days after students occupied the embassy, and he used it to freeze Iranian government assets in American banks. Most of those assets were released under the Algiers Accords, signed in January 1981, which ended the hostage crisis and set up a tribunal in The Hague to settle claims between the two countries.",
            "The renewal is a formality that every American president has carried out each November, but it comes at a tense moment. The notice does not lift any of the sanctions imposed on Iran's oil, banks and shipping since 2018, and Washington has added new names in recent weeks over the crackdown on protests and the supply of drones to Russia.",
            "The foreign ministry spokesman, Nasser Kanaani, said on Wednesday that the decision showed \"the continuation of America's hostile policy\" and that the United States had no right to speak of the Iranian people's rights while keeping medicines and food out of their reach.",
            "The talks in Vienna on reviving the nuclear agreement of 2015 have stalled since September, after the two sides failed to agree on the closing of an investigation by the International Atomic Energy Agency. European officials say the text negotiated in August is still on the table but that neither side is expected to move before the end of the year.",
            "Iranian business leaders said the renewal would change nothing on the ground. Importers in Tehran's bazaar said the rial's fall since the protests began in September, not the notice from Washington, was their main concern.",
            "The Hague tribunal set up under the Algiers Accords is still hearing a handful of claims, more than four decades after its first session.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Iran",)),
            Gold("sanctions.imposed", "historical", (US, "Jimmy Carter"), ("Iran",), core=False),
            Gold("agreement.signed", "historical", (US, "Iran"), (), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Iran",), core=False),
            Gold("sanctions.imposed", "occurred", (US,), ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Iran", US), (), core=False),
        ),
        not_participants=("Russia", "Netherlands"),
    ),
    Article(
        "h112-05-singapore-business-daily-eu-threatens-cambodia-trade-preferences",
        date(2019, 2, 13),
        _p(
            "EU starts process that could strip Cambodia of duty-free access",
            "SINGAPORE, 13 February 2019 - Straits Trade Journal",
            "The European Union has threatened to withdraw Cambodia's duty-free access to its market, launching a formal procedure on Monday that could end the trade preferences on which the country's garment and footwear industry depends. The European Commission said it had found serious and systematic violations of human rights and labour rights, including the dissolution of the main opposition party in 2017 and the arrest of its leader, Kem Sokha.",
            "Under the Everything but Arms scheme, Cambodia exports all its goods except weapons to the EU without tariffs. The Commission now has six months to monitor the situation and engage with Phnom Penh, followed by three months to prepare a report. A final decision on whether to suspend the preferences, in whole or in part, is expected early next year. The trade commissioner, Cecilia Malmström, said the EU wanted to see real improvements on the ground, not a break with Cambodia.",
            "The EU is Cambodia's largest export market, taking more than 40 percent of its exports, and the garment sector employs about 700,000 people, most of them women. The EU has not suspended any preferences yet, and officials in Brussels said the procedure could be stopped at any stage if the government restored political freedoms.",
            'Prime Minister Hun Sen responded defiantly, saying Cambodia would not trade its sovereignty for aid. "If you want to cut, cut," he told a rally of garment workers last month, adding that the country would survive as it had survived the Khmer Rouge.',
            "The EU withdrew the preferences of only two countries before, Myanmar in 1997 and Sri Lanka in 2010, when it took away the deeper concessions of the GSP+ scheme over human rights.",
            "For Singapore-based investors the main risk is to the supply chains that run through Cambodia's special economic zones, where Chinese and Taiwanese manufacturers have moved production from China. A fund manager who holds shares in two garment makers said buyers were already asking about alternative sites in Vietnam and Myanmar.",
            "Cambodia has asked China, its largest investor, for help, and Beijing signed several loan and investment agreements with Phnom Penh in January. But Chinese officials have not offered to buy the garments that Europe takes.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (EU, "European Commission"), ("Cambodia",)),
            Gold("sanctions.imposed", "negated", (EU,), ("Cambodia",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Myanmar", "Sri Lanka"), core=False),
            Gold("agreement.signed", "historical", ("China", "Cambodia"), (), core=False),
        ),
        not_participants=("Singapore", "Vietnam"),
    ),
    Article(
        "h112-06-new-delhi-daily-india-joins-combined-maritime-forces",
        date(2022, 4, 13),
        _p(
            "India joins US-led Combined Maritime Forces as associate partner",
            "NEW DELHI, 13 April 2022 - Capital Chronicle, national desk",
            "India has joined the Combined Maritime Forces, the multinational naval partnership headquartered in Bahrain, as an associate partner, the governments of India and the United States said after their ministerial talks in Washington on Monday. The step gives the Indian Navy a formal place in the coalition that patrols the Gulf, the Red Sea and the Arabian Sea against piracy, smuggling and terrorism.",
            "The decision was announced in the joint statement of the fourth two-plus-two dialogue, attended by Defence Minister Rajnath Singh and External Affairs Minister S. Jaishankar with their American counterparts, Lloyd Austin and Antony Blinken. Officials said India would station liaison officers at the coalition's headquarters in Manama and would take part in some of its task forces.",
            "The Indian Navy has kept warships in the Gulf of Aden since 2008 to escort merchant vessels, and since June 2019 it has sent ships to the Gulf of Oman and the Persian Gulf under Operation Sankalp to protect Indian-flagged tankers. Those missions will continue under national command, officials said.",
            "India has not joined any military alliance and officials were at pains to say that associate status did not change that. The country has never signed a mutual defence treaty with the United States, although it has signed four foundational agreements on logistics, communications, geospatial data and information security since 2016.",
            "The two-plus-two talks were dominated by the war in Ukraine. American officials pressed India to reduce its purchases of Russian oil and weapons, while Mr Jaishankar said India's energy purchases from Russia in a month were smaller than Europe's in an afternoon.",
            "The ministers also agreed to begin talks on a security of supply arrangement for defence industries and to expand the exchange of liaison officers at their military commands. A space situational awareness agreement is expected to be signed later this year.",
            'Retired admirals welcomed the decision. "The Indian Ocean is our neighbourhood, and this gives us a seat where the information is shared," one former vice chief of the naval staff said.',
        ),
        (
            Gold("alliance.joined", "occurred", ("India",), (CMF,)),
            Gold("military.presence", "historical", ("India", "Indian Navy"), (), core=False),
            Gold("alliance.joined", "negated", ("India",), (), core=False),
            Gold("agreement.signed", "negated", ("India", US), (), core=False),
            Gold("agreement.signed", "historical", ("India", US), (), core=False),
            Gold("agreement.signed", "planned", ("India", US), (), core=False),
        ),
        not_participants=("Russia", "Ukraine", "Bahrain"),
    ),
    Article(
        "h112-07-tokyo-english-daily-japan-india-sign-logistics-pact",
        date(2020, 9, 10),
        _p(
            "Japan and India sign military supply-sharing pact",
            "TOKYO, 10 September 2020 - Kanto English Times",
            "Japan and India signed an agreement on Wednesday that allows their armed forces to share supplies and services, such as fuel, food, spare parts and transport, when they train together or take part in United Nations peacekeeping and disaster relief. The Acquisition and Cross-Servicing Agreement was signed in New Delhi by the Japanese ambassador, Satoshi Suzuki, and the Indian defence secretary, Ajay Kumar.",
            "Prime Minister Shinzo Abe and Prime Minister Narendra Modi welcomed the signing in a telephone call on Thursday, Mr Abe's last days in office before he hands over to Yoshihide Suga, who is expected to be elected leader of the governing party next week. The two leaders said the agreement would deepen defence cooperation and contribute to peace and security in the Indo-Pacific region.",
            "The agreement had been under negotiation since 2018. Officials in Tokyo said it would make it easier for the Maritime Self-Defense Force and the Indian Navy to refuel each other's ships at sea and to use each other's ports during exercises such as Malabar, which also includes the United States.",
            "Japan has similar agreements with the United States, Australia, Britain, France and Canada. India signed a logistics agreement with the United States in 2016 and another with France in 2018, and it reached one with Australia in June at a virtual summit between Mr Modi and Scott Morrison. Talks on a similar accord with Russia have not been concluded.",
            "The signing comes during a standoff between Indian and Chinese troops in the Ladakh region, where twenty Indian soldiers were killed in a clash in the Galwan valley in June. Indian officials said the agreement was not aimed at any country, but analysts in Tokyo said it was a clear sign that the two largest Asian democracies after Indonesia saw China in a similar light.",
            'Japanese defence officials said the next step was to hold the first ministerial two-plus-two talks in person, delayed by the pandemic. "Paper is the easy part," one said. "The habit of working together is what takes time."',
            "Mr Abe, who first called for closer ties between Japan and India in a speech to the Indian parliament in 2007, has met Mr Modi more often than any other leader except the American president.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Japan", "India"), ()),
            Gold("agreement.signed", "historical", ("India", US), (), core=False),
            Gold("agreement.signed", "historical", ("India", "France"), (), core=False),
            Gold("agreement.signed", "historical", ("India", "Australia"), (), core=False),
            Gold("agreement.signed", "negated", ("India", "Russia"), (), core=False),
        ),
        not_participants=("China", "Indonesia"),
    ),
    Article(
        "h112-08-jakarta-english-daily-indonesia-returns-ambassador-to-canberra",
        date(2014, 5, 22),
        _p(
            "Indonesia to send its ambassador back to Canberra six months after spying row",
            "JAKARTA, 22 May 2014 - Archipelago Daily, English edition",
            "Indonesia will send its ambassador back to Australia, President Susilo Bambang Yudhoyono said on Wednesday, ending a six-month diplomatic freeze that began when documents leaked by Edward Snowden showed that Australian intelligence had tried to listen to the telephones of the president, his wife and senior ministers in 2009. Ambassador Nadjib Riphat Kesoema will return to Canberra in the coming days.",
            "Dr Yudhoyono recalled Mr Nadjib in November and suspended cooperation with Australia on people smuggling, military exercises and intelligence sharing. He said at the time that the tapping could not be accepted between friends and demanded an explanation from the Australian government. The suspension of cooperation remains in place until the two countries agree on a code of conduct on intelligence.",
            "The president said he had decided to send the ambassador back after receiving assurances from Prime Minister Tony Abbott that Australia would not do anything to harm Indonesia. Officials of the two countries have been drafting the code of conduct for several months, and Foreign Minister Marty Natalegawa said he hoped it could be signed before the end of Dr Yudhoyono's term in October.",
            "Relations were further strained by Australia's policy of turning back boats of asylum seekers to Indonesian waters, which Jakarta says violates its sovereignty. The Australian navy apologised in January after its ships entered Indonesian waters several times without permission.",
            "Indonesia last withdrew its ambassador from Canberra in 2006, after Australia granted visas to 42 asylum seekers from Papua, and sent him back after three months.",
            'Members of the House of Representatives were divided on the decision. A deputy from the president\'s Democratic Party said it was time to move on, while an opposition lawmaker said the government had "sold our dignity for a phone call".',
            "Australian officials welcomed the return and said the relationship with Indonesia was one of the country's most important. Trade between the two neighbours is worth about 15 billion Australian dollars a year, and Australian cattle exporters rely heavily on Indonesian buyers.",
        ),
        (
            Gold(
                "relations.restored",
                "planned",
                ("Indonesia", "Susilo Bambang Yudhoyono"),
                ("Australia",),
            ),
            Gold("relations.restored", "historical", ("Indonesia",), ("Australia",), core=False),
            Gold("agreement.signed", "planned", ("Indonesia", "Australia"), (), core=False),
        ),
    ),
    Article(
        "h112-09-beirut-english-daily-idlib-rebels-merge-into-syrian-national-army",
        date(2019, 10, 5),
        _p(
            "Idlib rebel coalition merges into Turkish-backed Syrian National Army",
            "BEIRUT, 5 October 2019 - Levant Observer",
            "The National Front for Liberation, the largest coalition of rebel factions in Idlib province, has merged into the Syrian National Army, the force of opposition fighters that Turkey backs in northern Aleppo, creating a single army of about 80,000 men under the opposition's interim government. The merger was announced on Friday at a meeting in the Turkish city of Şanlıurfa by Salim Idris, the interim government's defence minister, who said the new body would be organised in seven corps.",
            "Under the plan, the five corps that the National Front for Liberation brings from Idlib will join the three corps of the Syrian National Army that are already deployed in the areas Turkey took from the Islamic State group and from Kurdish forces in 2016 and 2018. Commanders said the merger would give the opposition a single chain of command and a single payroll for the first time in eight years of war.",
            "The announcement comes as Turkey prepares an offensive east of the Euphrates against the Kurdish-led Syrian Democratic Forces, which Ankara regards as an extension of the Kurdistan Workers' Party. Turkish officials have said Syrian fighters will take part, and the Syrian National Army has moved units towards Tal Abyad in recent days.",
            "The merger does not include Hay'at Tahrir al-Sham, the jihadist group that controls most of Idlib and is designated a terrorist organisation by the United Nations, the United States and Turkey. The group, which fought and defeated several National Front factions in January, has not commented.",
            "Turkey has kept troops at twelve observation posts around Idlib since 2018 under the de-escalation agreement it signed with Russia and Iran in Astana. Several of the posts have been surrounded by government forces during the offensive that began in April.",
            'Residents of Idlib were sceptical. "We have seen mergers before; each one lasted until the next quarrel," said a teacher in Maarat al-Numan. "What we need is for the bombing to stop."',
            "The Syrian government and its allies describe all the factions as terrorists, and Damascus has said it will recover the whole of the country.",
        ),
        (
            Gold("forces.integrated", "occurred", (NFL, SNA, SIG, "Salim Idris"), ()),
            Gold("forces.integrated", "negated", (SNA,), ("Hay'at Tahrir al-Sham",), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Syria",), core=False),
            Gold("agreement.signed", "historical", ("Turkey", "Russia", "Iran"), (), core=False),
        ),
        not_participants=("Lebanon",),
    ),
    Article(
        "h112-10-darwin-daily-first-us-marines-arrive",
        date(2012, 4, 4),
        _p(
            "First US Marines land in Darwin for six-month rotation",
            "DARWIN, 4 April 2012 - Top End Star",
            "The first United States Marines to be based in northern Australia arrived in Darwin on Tuesday, when about 200 members of the Fifth Marine Regiment stepped off a chartered flight at the RAAF base after a journey from Hawaii. The company will train with the Australian Defence Force at Robertson Barracks and at ranges across the Northern Territory until the end of the dry season, before returning to the United States in October.",
            'The Marines were welcomed by Defence Minister Stephen Smith and the Chief of Army, Lieutenant General David Morrison. Mr Smith said the rotation was not a base and that the Marines would live in Australian barracks and follow Australian laws. "This is the beginning of a long-term arrangement that builds on more than sixty years of alliance," he said.',
            "The deployment was announced in Canberra in November by Prime Minister Julia Gillard and President Barack Obama, who said the number of Marines would grow over several years to a force of about 2,500 with its own aircraft and equipment. Officials said the next rotation, due next year, will again be of about 250.",
            "The arrival has been watched closely in Jakarta and Beijing. China's foreign ministry said in November that strengthening military alliances was not in the interest of the region, and Indonesian officials asked for assurances that the Marines would not be used against their country. Australia has not agreed to host American aircraft carriers or submarines at a permanent base in the north, although American ships often visit Darwin and Perth.",
            "American forces trained in the Northern Territory long before the rotation was announced, and Marines took part in the Talisman Saber exercises held in Queensland every two years since 2005.",
            'Local businesses hope for a lift. "Two hundred young men with a pay cheque is good news for the pubs on Mitchell Street," one publican said. The Northern Territory chief minister, Paul Henderson, said the government would work with the Defence Department to keep the Marines welcome and to manage any incidents.',
            "Peace groups held a small protest outside the base, saying the rotation would drag Australia into America's quarrels with China.",
        ),
        (
            Gold("military.presence", "occurred", (US, USMC), ("Australia",)),
            Gold("military.presence", "historical", (US, USMC), ("Australia",), core=False),
            Gold("military.presence", "planned", (US, USMC), ("Australia",), core=False),
            Gold("military.presence", "negated", (US,), ("Australia",), core=False),
        ),
        not_participants=("China", "Indonesia"),
    ),
    Article(
        "h112-11-colombo-business-page-tea-and-port-roundup",
        date(2017, 8, 21),
        _p(
            "Business round-up: tea exporter joins alliance, port operator extends lease",
            "COLOMBO, 21 August 2017 - Island Business Review, markets page",
            "A Colombo tea exporter joined an alliance of Ceylon tea brands on Friday that will market single-estate teas in China and the Gulf, and signed an agreement with a Dubai distributor to supply supermarkets in the United Arab Emirates. The company said the two deals would help it move away from the weekly auctions, where prices have been volatile this year.",
            "The Colombo Stock Exchange lifted the suspension it imposed on trading in the shares of a plantation company last month, after the company filed its overdue accounts. The exchange, which sanctioned two brokers with fines for late reporting in the same week, said trading would resume on Monday. A third broker was threatened with the loss of its licence if it fails an audit in September.",
            "A port logistics company has extended the lease on its container yard near the harbour for ten years and said it would integrate a trucking business it bought in March into its main operations by the end of the year. The group plans to deploy forty new trucks on the Colombo-Kandy route and to restore a warehouse in Peliyagoda damaged in the May floods.",
            "Tea production in the first seven months of the year was below last year's level, the Tea Board said, because of drought in the first quarter. Prices at the auction rose on strong demand from Russia, Turkey and Iran, the largest buyers of Ceylon tea.",
            "The banking regulator said credit growth slowed in July as banks raised lending rates. The rupee was little changed against the dollar.",
            'The tea exporter\'s chairman said the alliance would give small brands a voice abroad. "Alone, each of us is too small to be noticed in a Shanghai mall," he said. "Together we can pay for a stand at the trade fair."',
            "Shares on the exchange closed slightly higher on Friday, led by banks and hotels. Foreign investors were net buyers for the fourth week running.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h112-12-auckland-sports-page-rugby-roundup",
        date(2018, 6, 18),
        _p(
            "Rugby round-up: union lifts ban on Eden Park stand, Blues extend coach's contract",
            "AUCKLAND, 18 June 2018 - Harbour City Sport, rugby page",
            "The provincial union on Sunday lifted the ban on spectators in the old south stand that it imposed after a safety inspection in April, and the stand will be open for the next home game. The union's board, which sanctioned the stadium contractor over the delays, said the repairs had been completed and checked by engineers.",
            "The judicial committee suspended a Counties Manukau lock for three weeks for a dangerous tackle, and the union threatened to fine any club that fields an unregistered player in the club final. Two clubs were warned last season.",
            "The Blues have extended the contract of their head coach until the end of the 2020 season. The franchise, which finished near the bottom of the table again, said it wanted continuity while it rebuilds its forward pack.",
            "Off the field, a North Shore club signed an agreement with a Fijian academy to bring two young players to Auckland each year, and joined an alliance of city clubs that plans a women's sevens series in the summer. The club's chairman said the agreement would also send coaches to Suva.",
            "The union said the two training grounds at Alexandra Park would be integrated into a single high-performance centre next year, and that the old clubrooms would be restored with a grant from the city council. Extra security staff were deployed at the stadium for Saturday's test match, which drew a crowd of more than 45,000.",
            'The All Blacks coach said the squad would be named on Sunday for the next two tests. "We have a few injuries, but we have deployed young players in every position this year and they have answered," he said.',
            "Results of the club competition: Ponsonby beat Grammar Tech by 12 points; University and Marist drew; College Rifles beat Waitemata by 45 points to 10.",
            "Tickets for the final go on sale on Tuesday.",
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


def test_heldout112_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-112 English events"))
