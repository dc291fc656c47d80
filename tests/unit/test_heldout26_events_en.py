"""Twenty-sixth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
twenty-five sets lack: a Bishkek business page on the US designation of Keremet Bank, the first
Kyrgyz lender on its Russia list, a UN wire on the Security Council lifting its sanctions on Eritrea
after the peace with Ethiopia (the Somalia measures renewed by the same resolution), a Yangon
analysis of the EU suspending most of its Myanmar sanctions for a year while renewing the arms
embargo (2012), a live blog from Erbil on Trump's threat of sanctions "like they've never seen
before" after Iraq's parliament asked for foreign troops to leave, a question-and-answer
explainer on Costa Rica joining the OECD, a Skopje report of the Prespa agreement signed by Greece
and Macedonia, an op-ed from Tegucigalpa on Honduras establishing relations with China, a feature
from Kathmandu on former Maoist fighters inducted into the Nepal Army, a Nairobi regional weekly on
Somaliland's parliament approving an Emirati base at Berbera, and near misses (a Tbilisi business
page where a Turkish builder "terminates" its dam "agreement", works are "suspended", police
"deployed" and protesters will "lift" a blockade; a Kampala health story where a lockdown is
"imposed", "extended" and "lifted" and WHO experts "deployed"; an Ulaanbaatar city story on a raw
coal "ban" with a deadline "extended", inspectors "deployed" and contracts "signed").

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; an organisation joined; a name agreement signed; relations established;
former rebels integrated into an army; a foreign base to be built), nine occurred and one planned,
beside historical, negated and stalled events. They are told in the ordinary ways: active and
passive voice, a conditional threat in a quote ("we will charge them sanctions like they've never
seen before ever"), a pronoun for the measure renewed ("the ministers renewed it for another
year"), reported speech ("The army said they had been placed in a new directorate general"), a
nominal form ("The designation was part of a package"), "the decision", "the deal", reactions
("Eritrea's information minister ... called the decision long overdue"), an op-ed's first person
("our foreign minister"), live-blog entries, a question-and-answer explainer's questions.

Decisions of the annotation: a bank designated "on Wednesday" in a Thursday story is an imposition
(core; Keremet Bank is not in the knowledge base, so the US actors are the names that can match, as
for set 24's Karen National Army), its Russian partner bank "under US sanctions since 2022" and the
Kyrgyz firms listed in 2023 and 2024 historical impositions, a Treasury delegation's warning of 2023
a historical threat, "Kyrgyzstan does not apply Western sanctions against Russia" a negated
imposition and its membership of the Eurasian Economic Union a historical joining; a council that
"lifted the arms embargo, travel bans and asset freezes it had imposed on Eritrea in 2009" lifts
(core), the measures of 2009 a historical imposition, the measures against al-Shabaab it "renewed
for another year" in the same resolution an extension that occurred but is not core (told in
passing, as set 25's EU package in a live blog), the declaration of July and the Jeddah agreement
of September historical agreements, Eritrea and Djibouti that "agreed in September to normalise
relations" a historical restoration, and a US list that "still ... bars American arms sales" a
negated lifting; ministers who "suspended for a year most of the sanctions" suspend (core) and "The
arms embargo stays: the ministers renewed it for another year" is an extension (core, a second type
in one article, as the seed's suspension beside its liftings), "could be reimposed if the reforms
went into reverse" a threat that occurred (not core, as set 21's conditional threat), an EU office
to open "on Saturday" a planned restoration (not core), the measures of 1996 and 2007 historical
impositions, Australia's lifting "last week" (eight days before) and the US easing and ambassador
announced "on April 4" historical (background, as set 24's Treasury designations "last week"), and
the embargo that "stays" and the US sanctions in law that "remain in place" negated liftings; a
president who said that if Iraq asked US forces to leave, "we will charge them sanctions" threatens
(core: made the night before the blog), "No sanctions have been announced" a negated imposition,
5,200 US soldiers "stationed in Iraq" since 2014 a historical presence (troops that stay, told in
the present, are background, as set 14's), a parliament's call to end the presence of foreign
forces, the coalition's pause and NATO's suspended training mission no events, and the waiver for
Iranian gas and electricity "renewed several times since late 2018" a historical suspension; a
state that deposited its instrument of accession "on Tuesday" and became a member joins (core), the
invitation of May 2020 and Colombia, Mexico and Chile before it historical joinings, and six
applicants with whom members "have not agreed to open talks" a stalled joining, the IMF programme no
event; foreign ministers who "on Sunday signed an agreement" sign (core), NATO's invitation
"expected" next month and the EU's decision on a date "this month" a planned joining (not core, an
aside, as set 25's agency), the veto of 2008 with the blocking "ever since" a stalled joining, the
interim accord of 1995 a historical agreement, and a president who "will not sign it into law" no
agreement event (a law, not a treaty); ministers who "signed a joint communique establishing
diplomatic relations" restore relations (core, as set 18 reads the establishment of relations),
the communique itself an agreement (not core), embassies that "will open in the coming months" a
planned restoration (not core), the switches of 2007-2021 historical restorations and Guatemala
and Belize that "will keep their ties with Taipei" a negated one, "breaking off relations with
Taiwan" no event; 1,422 former fighters "formally inducted into the Nepal Army on Friday", told in
a Monday feature, are forces integrated (core, as set 25's Renamo officers), 71 commanders to be
"commissioned as officers" after a year at the academy a planned integration (not core), fighters
discharged in 2010 "with no option of joining the army" a negated one, the peace accord of 2006 and
the seven-point deal of 2011 historical agreements; a parliament that "approved a request by the
United Arab Emirates to build a military base", with construction to "begin within months", is a
planned presence (core, as set 19's authorised entry), the Emirati base at Assab "since 2015" and
the bases in Djibouti (China's "building" its own) historical presences, a federal government that
calls the vote illegal and a port concession no events. Outside the monitor's remit (no event): a
company that terminates its investment agreement with a government, construction suspended,
protesters who joined rallies and will lift a blockade, police deployed at a dam site; a lockdown
imposed, extended and lifted, epidemiologists deployed, a trial protocol joined; a city's coal ban
with its deadline extended, inspectors deployed, contracts signed with distributors, residents who
joined calls for free stoves.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout26_events_en``.
Measured before any fix (2026-12-02, on commit 46616d0): P 0.667, R 0.800, F1 0.727 (recall 8/10, 8
of 12 alerts right; recall by status: occurred 8/9, planned 0/1; three false alarms, one unexpected
alert, one venue as a party; the three near misses quiet). No annotation was corrected after the
run. One text was shortened after it, with no effect on the figures: the Erbil live blog was 621
words at the first run, over the set's bound of 600, and its 20:45 entry (Soleimani's funeral,
Iran no longer respecting the limits of the 2015 nuclear deal), which gave no event, was cut with
the historical agreement annotated for it. Missed: the EU's renewal of the arms embargo ("The arms
embargo stays: the ministers renewed it for another year ...": "the ministers" and the pronoun
"it" give no party, and the only name borrowed is the venue of the sentence before, "Meeting in
Luxembourg, the ministers lifted ...", so the renewal has Luxembourg as its actor and no target;
with "Meeting in Vienna" Austria is borrowed the same way); the Emirati base at Berbera
("Somaliland's parliament has approved a request by the United Arab Emirates to build a military
base at the port of Berbera": the infinitive after "a request by <state> to" is no presence form,
dated or not, while "agreed to let the United States build a military base" is one; the headline
"Somaliland MPs approve UAE military base at Berbera" gives nothing, as an undated "approved a
<demonym> military base" is no form while "on Sunday approved a UAE military base" is one; "voted
on Sunday to let the UAE use Berbera's airport" has no base noun). False alarms: Australia's
lifting ("Australia lifted travel and financial sanctions on about 260 people last week", eight
days before the EU's decision) read as news, "last week" being a fresh-time cue (set 24's Sudan
wire, left then because the gold file's "late last week" is news); the US easing announced on
April 4 ("the United States said on April 4 that it would ease its restrictions ...") read as a
planned lifting, as a written date on the announcing verb does not date a plan it reports, while
"said last month that it would ease" is historical; the US troops in Iraq ("About 5,200 US
soldiers are stationed in Iraq; the government invited them in 2014 ...") read as a presence that
occurred, as troops that are stationed, told in the present, are not treated as background as
troops that "remain" are. Unexpected and venue as a party: the renewal with Luxembourg as its actor
(above). Found only through the headline, the body's telling giving nothing or background: Trump's
threat ("Live: Trump threatens Iraq with sanctions ..."), as "Trump said that if Iraq asked US
forces to leave on unfriendly terms, "we will charge them sanctions like they've never seen before
ever"" gives nothing (an if-clause between "said that" and its main clause leaves no threat form,
even with "would impose sanctions", which is a threat when the if-clause follows it; "charge ...
sanctions" is no imposing verb); the Eritrea lifting ("U.N. lifts Eritrea sanctions ..."), as the
lead "lifted the arms embargo, travel bans and asset freezes it had imposed on Eritrea in 2009" is
read as historical (a pluperfect relative clause "it had imposed" dates the lifting, with or
without a year, and "which it had imposed" gives nothing at all; set 24's fix covers the simple
past "it imposed last month"). Also seen, not scored: Keremet Bank's designation with "Bishkek" as
its target (from "the Bishkek-based lender"; the bank is unknown to the knowledge base) and the
Treasury delegation's warning of 2023 with Bishkek as actor and Russia as target; the Somalia
renewal, the EU's conditional threat, its Yangon office and the negated liftings not found; the
Nepal integration with the Nepal Army as target and no actor, the "Maoist People's Liberation
Army" linked to China's People's Liberation Army; Somaliland's House of Representatives linked to
Yemen's; "The government, which signed the investment agreement in 2019" in the Tbilisi near miss
read as a historical agreement of Georgia (no alert).
After the fixes (same day): P 0.909 R 1.000 F1 0.952 (recall 10/10, 10 of 11 alerts right; one
false alarm). Fixed, each with its rule test below: a meeting's venue ("Meeting in Vienna, the
ministers …") is no one an anaphor after it stands for, and a sentence naming only its venue
passes the anaphor on to the one before; "approved a request by <state> to build a base" and
"authorised … to" are steps ahead (planned); "said on August 11 that it would ease" is as old as
its announcement (the day of a verb of saying dates the plan); troops that "are stationed"
somewhere are the background; a condition that opens a report ("said that if …, the United
States would impose sanctions") makes the report a threat; "the arms embargo it had imposed" and
"which it had imposed on Liberia" date the embargo, not its lifting, and the relative clause's
target is the lifting's. Left: Australia's lifting "last week" (a fresh-time cue; as background
it would turn the gold file's news of "late last week" into background, see set 24).
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
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

US = "United States"
EU = "European Union"
UNSC = "United Nations Security Council"
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
COUNCIL = "Council of the European Union"
COALITION = "Global Coalition to Defeat ISIS"
EAEU = "Eurasian Economic Union"
SHABAAB = "al-Shabaab"
OECD = "Organisation for Economic Co-operation and Development"
MAOISTS = "Unified Communist Party of Nepal (Maoist)"
NEPAL_ARMY = "Nepal Army"
UAE = "United Arab Emirates"

ARTICLES: list[Article] = [
    Article(
        "d01-bishkek-business-us-sanctions-keremet-bank",
        date(2025, 1, 16),
        _p(
            "US blacklists Keremet Bank in first sanctions on a Kyrgyz lender",
            "BISHKEK | Business | Thursday, January 16, 2025",
            "The United States on Wednesday imposed sanctions on Keremet Bank, accusing the "
            "Bishkek-based lender of moving money for Russian companies that have been cut off "
            "from the international financial system since the invasion of Ukraine. Any assets "
            "the bank holds under US jurisdiction are frozen, and American citizens and companies "
            "may no longer deal with it.",
            "In a statement, the Treasury's Office of Foreign Assets Control said Keremet Bank had "
            "been used since last year to settle cross-border payments for Russian importers of "
            "goods needed by the military, working with Promsvyazbank, the state-owned Russian "
            "bank that serves the defence industry and has been under US sanctions since 2022. It "
            "said the bank's new owners had close ties to officials in Moscow.",
            "The designation was part of a package of more than 200 announced by the Treasury and "
            "the State Department five days before President Joe Biden leaves office, aimed at "
            "suppliers of Russia's armed forces in more than a dozen countries.",
            "It is the first time a Kyrgyz bank has been put on the list. Earlier rounds of US "
            "measures hit trading companies: in 2023 and 2024, OFAC designated more than a dozen "
            "firms registered in Kyrgyzstan for shipping microelectronics, drone parts and machine "
            "tools to Russia.",
            "Kyrgyzstan's National Bank said on Thursday that Keremet Bank would go on serving its "
            "customers and that deposits remained protected by the state insurance scheme. It said "
            "it was examining the bank's foreign transactions and would act if it found breaches "
            "of Kyrgyz law, without giving details. Trading in the bank's shares was halted on the "
            "Kyrgyz Stock Exchange.",
            "The government has said repeatedly that Kyrgyzstan does not apply Western sanctions "
            "against Russia, its main trading partner and the source of most of the remittances "
            "that make up about a fifth of the economy. The country is a member of the "
            "Moscow-led Eurasian Economic Union, and goods crossing its territory travel on to "
            "Russia without customs checks.",
            "Officials in Bishkek have nonetheless tried to keep the banks out of trouble. When a "
            "Treasury delegation visited the capital in 2023, it warned that lenders handling "
            "transactions for sanctioned Russian entities risked losing access to the dollar, and "
            "several Kyrgyz banks have since stopped accepting payments from Russian banks on the "
            "US list.",
            "The Ministry of Economy and Commerce said it regretted that Washington had acted "
            "without first raising its concerns through official channels, and that Kyrgyzstan "
            "remained open to dialogue.",
            "Economists said the direct damage would be limited. Keremet is one of the smallest of "
            "the country's 22 banks, with less than 2 percent of the system's assets. But an "
            "analyst at a Bishkek brokerage said correspondent banks in Kazakhstan and Europe were "
            'likely to become even more cautious with Kyrgyz lenders. "Every bank here will now '
            'be asked more questions about where its money comes from," she said.',
            "The som was steady against the dollar on Thursday.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, TREASURY, OFAC),
                ("Keremet Bank", "Kyrgyzstan", "Russia"),
            ),
            # Promsvyazbank listed since 2022, the Kyrgyz firms of 2023 and 2024; the Treasury's
            # warning of 2023; 'does not apply Western sanctions'; a member of the EAEU
            Gold(
                "sanctions.imposed",
                "historical",
                (US, OFAC),
                ("Promsvyazbank", "Kyrgyzstan", "Russia"),
                core=False,
            ),
            Gold("sanctions.threatened", "historical", (US, TREASURY), ("Kyrgyzstan",), core=False),
            Gold("sanctions.imposed", "negated", ("Kyrgyzstan",), ("Russia",), core=False),
            Gold("alliance.joined", "historical", ("Kyrgyzstan",), (EAEU,), core=False),
        ),
        not_participants=("Kazakhstan",),
    ),
    Article(
        "d02-wire-unsc-lifts-eritrea-sanctions",
        date(2018, 11, 15),
        _p(
            "U.N. lifts Eritrea sanctions as Horn of Africa thaw deepens",
            "UNITED NATIONS, Nov 14 (wire) - The U.N. Security Council on Wednesday lifted the "
            "arms embargo, travel bans and asset freezes it had imposed on Eritrea in 2009, "
            "rewarding the Red Sea state for a rapid rapprochement with its neighbours that has "
            "reshaped the politics of the Horn of Africa this year.",
            "The 15-member council voted unanimously for a British-drafted resolution that ends "
            "all the measures against Eritrea with immediate effect. They were imposed over "
            "accusations that Asmara armed al Shabaab militants in Somalia and refused to pull its "
            "troops back after a border clash with Djibouti in 2008.",
            "U.N. monitors have reported for several years that they found no evidence of "
            "Eritrean support for al Shabaab. But the council held off until the region changed "
            "around it. In June, Ethiopia's new prime minister, Abiy Ahmed, accepted a 2002 border "
            "ruling his country had long resisted, and in July he and Eritrean President Isaias "
            "Afwerki signed a declaration in Asmara ending two decades of war and hostility. They "
            "signed a further peace agreement in the Saudi city of Jeddah in September.",
            "Eritrea and Djibouti, which fought over a stretch of their frontier a decade ago, "
            "also agreed in September to normalise relations, at a meeting in Jeddah brokered by "
            "Saudi Arabia.",
            '"This is a day the people of Eritrea have waited for," Ethiopia\'s U.N. ambassador '
            "told the council after the vote. Britain's deputy ambassador said the resolution "
            "recognised a new spirit of cooperation in the region but urged Eritrea to work with "
            "the United Nations on human rights.",
            "Djibouti had asked the council to keep the measures in place until Eritrea accounted "
            "for 13 Djiboutian soldiers missing since the 2008 fighting. The resolution does not "
            "make the lifting conditional on that, but it calls on Eritrea to provide information "
            "on the men and asks Secretary-General Antonio Guterres to report on the border "
            "dispute by February.",
            "Eritrea's information minister, Yemane Gebremeskel, called the decision long overdue "
            "and said on Twitter that the sanctions had been unjust from the start.",
            "In the same resolution, the council renewed for another year its measures against al "
            "Shabaab, including the arms embargo on the group and a ban on the charcoal exports "
            "that U.N. experts say finance it, and replaced the monitoring group that covered both "
            "countries with a panel of experts on Somalia alone.",
            "The United States, which pushed for the sanctions in 2009 and backed their removal "
            "this year, still keeps Eritrea on a list of countries it says are not cooperating "
            "fully against terrorism, which bars American arms sales to the country.",
            "Eritrea, one of the world's most closed countries, has been ruled by Isaias since "
            "independence from Ethiopia in 1993. It holds no elections, has no independent press "
            "and keeps conscripts in a system of indefinite national service that rights groups "
            "say amounts to forced labour and has driven hundreds of thousands of young Eritreans "
            "to flee.",
            "Analysts said the end of the sanctions could draw investors to Eritrea's gold, copper "
            "and potash deposits, and help reopen the ports of Assab and Massawa to Ethiopian "
            "trade.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC,), ("Eritrea",)),
            # told in passing: the Somalia measures renewed by the same resolution
            Gold("sanctions.extended", "occurred", (UNSC,), (SHABAAB, "Somalia"), core=False),
            # the measures of 2009; the declaration of July and the Jeddah agreement; Eritrea and
            # Djibouti agreeing in September to normalise; the US bar on arms sales kept
            Gold("sanctions.imposed", "historical", (UNSC, US), ("Eritrea",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Ethiopia", "Eritrea", "Abiy Ahmed", "Isaias Afwerki"),
                (),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Eritrea", "Djibouti"), (), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Eritrea",), core=False),
        ),
        not_participants=("Saudi Arabia", "Jeddah"),
    ),
    Article(
        "d03-yangon-analysis-eu-suspends-myanmar-sanctions",
        date(2012, 4, 24),
        _p(
            "EU suspends most Myanmar sanctions, keeps arms embargo",
            "YANGON | Analysis | Tuesday, April 24, 2012",
            "European Union foreign ministers on Monday suspended for a year most of the "
            "sanctions the bloc has kept on Myanmar for a decade and a half, the biggest reward "
            "the country has won so far for the reforms of President Thein Sein, the former "
            "general whose nominally civilian government took over from the junta 13 months ago.",
            "Meeting in Luxembourg, the ministers lifted for twelve months the visa bans and asset "
            "freezes on nearly 500 people, Thein Sein and most of his cabinet among them, and the "
            "restrictions on some 800 companies and on investment in the timber, metals and gems "
            "trades. The arms embargo stays: the ministers renewed it for another year, together "
            "with a ban on the export of equipment that could be used for internal repression.",
            '"We want to support the reform process and encourage it to go further," the EU\'s '
            "foreign policy chief, Catherine Ashton, told reporters. She travels to Myanmar on "
            "Saturday to open an EU office in Yangon, the bloc's first permanent presence in the "
            "country. Ministers stressed that the measures could be reimposed if the reforms went "
            "into reverse, and said they would review them before the suspension runs out.",
            "The EU first imposed sanctions in 1996, after the army refused to hand power to Aung "
            "San Suu Kyi's National League for Democracy, which had won elections in 1990, and "
            "tightened them in 2007, when soldiers opened fire on protesting monks.",
            "The decision follows by-elections on April 1 in which the NLD won 43 of the 45 seats "
            "contested and Suu Kyi herself entered parliament. But on Monday, hours before the "
            "ministers met, the party's new lawmakers refused to take their seats over an oath "
            "requiring them to 'safeguard' the constitution the military wrote in 2008, which "
            "reserves a quarter of the seats for officers. Suu Kyi said the dispute was about "
            "words, not principles, and that she hoped it would be settled quickly.",
            "Other Western governments are moving the same way. Australia lifted travel and "
            "financial sanctions on about 260 people last week, though not on the most senior "
            "officers, and the United States said on April 4 that it would ease its restrictions "
            "on financial services and investment and send its first ambassador to Myanmar since "
            "1990. Most of Washington's sanctions are written into law by Congress, however, and "
            "remain in place.",
            "In Yangon, businessmen greeted the news with relief. Hotel rooms are booked weeks "
            "ahead by delegations of foreign executives, and European oil, telecoms and beer "
            'companies have been sending scouts. "For twenty years our customers were told they '
            'could not buy from us. Now we will see whether they want to," said the manager of a '
            "teak exporter in the city's old port district.",
            "Rights groups were less pleased. Fighting between the army and the Kachin "
            "Independence Army has displaced tens of thousands of people in the north since last "
            'June, and hundreds of political prisoners are still behind bars. "Europe has given '
            'away most of its leverage before any of the changes is irreversible," a researcher '
            "for a London-based human rights group said.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (EU, COUNCIL), ("Myanmar", "Thein Sein")),
            Gold("sanctions.extended", "occurred", (EU, COUNCIL), ("Myanmar",)),
            # told with them: the measures 'could be reimposed'; the EU office to open on Saturday
            Gold("sanctions.threatened", "occurred", (EU,), ("Myanmar",), core=False),
            Gold(
                "relations.restored", "planned", (EU, "Catherine Ashton"), ("Myanmar",), core=False
            ),
            # the arms embargo that stays and the US sanctions in law that remain; the EU measures
            # of 1996 and 2007; Australia's lifting last week and the US easing and ambassador
            # announced on April 4
            Gold("sanctions.lifted", "negated", (EU, US), ("Myanmar",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("Myanmar",), core=False),
            Gold("sanctions.lifted", "historical", ("Australia", US), ("Myanmar",), core=False),
            Gold("relations.restored", "historical", (US,), ("Myanmar",), core=False),
        ),
        not_participants=("Luxembourg",),
    ),
    Article(
        "d04-live-blog-erbil-trump-threatens-iraq-with-sanctions",
        date(2020, 1, 6),
        _p(
            "Live: Trump threatens Iraq with sanctions after vote to expel US troops",
            "Updated Monday, January 6, 2020, 23:30 Erbil time",
            "09:05 - Good morning and welcome to our live coverage. On Sunday, Iraq's parliament "
            "voted to ask the government to end the presence of foreign troops in the country, two "
            "days after a US drone strike at Baghdad airport killed the Iranian general Qassem "
            "Soleimani and the Iraqi militia commander Abu Mahdi al-Muhandis. Overnight, President "
            "Donald Trump answered with a threat.",
            "09:12 - Speaking to reporters aboard Air Force One on his way back to Washington from "
            'Florida, Trump said that if Iraq asked US forces to leave on unfriendly terms, "we '
            "will charge them sanctions like they've never seen before ever\". The sanctions, he "
            'said, would make those on Iran look "somewhat tame". He also said the United States '
            "had built a very expensive air base in Iraq and would want to be paid back for it "
            "before its troops left.",
            "09:40 - A reminder of what parliament actually did. The resolution, passed by a show "
            "of hands with most Kurdish and Sunni members staying away, calls on the government to "
            "withdraw its request for help from the US-led coalition against Islamic State and to "
            "work to end the presence of all foreign forces on Iraqi soil. It is not binding, and "
            "it sets no deadline.",
            "10:25 - Caretaker Prime Minister Adel Abdul Mahdi, who resigned in November but "
            "remains in office, had urged lawmakers to back the resolution, saying the strike "
            "violated the terms under which American troops are in the country. About 5,200 US "
            "soldiers are stationed in Iraq; the government invited them in 2014 to help fight "
            "Islamic State.",
            "11:50 - Kurdish reaction. The Kurdistan Region's prime minister, Masrour Barzani, met "
            "the US consul general in Erbil this morning. Lawmakers of the Kurdistan Democratic "
            "Party boycotted Sunday's session, and Kurdish officials say the coalition is still "
            "needed against Islamic State cells in the disputed territories.",
            "13:15 - The coalition said on Sunday that it had paused the training of Iraqi forces "
            "and its operations against Islamic State to concentrate on protecting its own bases. "
            "NATO has also suspended its training mission in Iraq.",
            "14:30 - What could sanctions on Iraq look like? The country's oil revenue is held in "
            "an account at the Federal Reserve Bank of New York, and Baghdad depends on a US "
            "waiver to import gas and electricity from Iran, which Washington has renewed several "
            "times since late 2018. Economists in Baghdad say any threat to either would hit "
            "public salaries within weeks.",
            "16:05 - The State Department said it was disappointed by the parliament's vote and "
            "urged Iraqi leaders to reconsider the importance of the economic and security "
            "relationship between the two countries.",
            "18:20 - No sanctions have been announced, and the White House has given no details of "
            "what the president had in mind. A spokesman for the caretaker government said "
            "Baghdad would not respond to remarks made to journalists.",
            "22:50 - Confusion tonight: a letter from the US general commanding the coalition task "
            "force, telling Iraq's defence ministry that forces would be repositioning in "
            "preparation for moving out of the country, circulated in Baghdad. Defence Secretary "
            "Mark Esper told reporters in Washington that there had been no decision to leave "
            "Iraq, and the chairman of the Joint Chiefs of Staff, Gen. Mark Milley, said the "
            "letter was an unsigned draft sent by mistake.",
            "23:30 - That's all from us tonight. Our coverage resumes tomorrow morning.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump"), ("Iraq",)),
            # 'No sanctions have been announced'; the troops invited in 2014; the waiver renewed
            # since 2018
            Gold("sanctions.imposed", "negated", (US,), ("Iraq",), core=False),
            Gold("military.presence", "historical", (US, COALITION), ("Iraq",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Iraq", "Iran"), core=False),
        ),
        not_participants=("NATO",),
    ),
    Article(
        "d05-explainer-costa-rica-joins-oecd",
        date(2021, 5, 26),
        _p(
            "Costa Rica is now in the OECD. What does that mean?",
            "SAN JOSÉ | Explainer | Wednesday, May 26, 2021",
            "Costa Rica became the 38th member of the Organisation for Economic Co-operation and "
            "Development on Tuesday, six years after it began the process. Here is what the step "
            "means.",
            "What happened?",
            "Foreign Minister Rodolfo Solano deposited the country's instrument of accession with "
            "the French government in Paris, the depositary of the organisation's founding "
            "convention. Costa Rica became a full member the same day, the fourth in Latin America "
            'after Mexico, Chile and Colombia. "We are joining a club of good practices, not a '
            'club of the rich," President Carlos Alvarado said in a televised address on Tuesday '
            "evening.",
            "What is the OECD?",
            "A forum of 38 mostly wealthy democracies, based in Paris and founded in 1961 to "
            "succeed the body that managed Marshall Plan aid in Europe. It sets standards on tax, "
            "bribery, statistics, education and the environment, and its committees regularly "
            "examine members' policies and publish recommendations. Membership brings no loans or "
            "aid. Members pay an annual contribution, which for Costa Rica will be about $3 "
            "million.",
            "How long did it take?",
            "The OECD's council opened accession talks in April 2015. Over the next five years, 22 "
            "of its committees reviewed Costa Rican law and practice, and the Legislative Assembly "
            "passed more than a dozen laws to meet their demands, among them an end to bearer "
            "shares, new rules on the governance of state-owned companies, a stronger competition "
            "authority and the fiscal reform of 2018. Members invited the country to join in May "
            "last year.",
            "Who else is waiting?",
            "Colombia, the 37th member, joined in April 2020 after a seven-year process. "
            "Argentina, Brazil, Peru, Bulgaria, Croatia and Romania have also asked to join, some "
            "of them years ago, but members have not agreed to open talks with any of them, "
            "divided over how fast and how far the organisation should grow.",
            "What changes for Costa Ricans?",
            "Little overnight. The government hopes membership will reassure investors and credit "
            "rating agencies at a difficult moment: the pandemic pushed the deficit above 8 "
            "percent of output last year, and Costa Rica is in the first year of a $1.78 billion "
            "programme with the International Monetary Fund that requires tax increases and "
            "spending cuts. Officials say OECD reviews will hold future governments to the reforms "
            'already made. "It is a permanent mirror," Finance Minister Elian Villegas said.',
            "Is everyone happy?",
            "No. Public sector unions, which fought the 2018 fiscal reform with a three-month "
            "strike, say OECD membership will be used to justify cuts to salaries and pensions. "
            "Some economists question whether a country of five million people with a large "
            "informal sector should be measured against Europe's economies. And environmental "
            "groups note that the organisation has criticised Costa Rica, a country known for its "
            "forests and its renewable power, for its dependence on imported fuel for transport.",
            "Does it change Costa Rica's place in the world?",
            "Modestly. The country, which abolished its army in 1948, has long relied on "
            "international law and institutions rather than alliances for its security, and sees "
            "membership as part of the same strategy. It will now sit as an equal on the "
            "committees that write rules on global taxation.",
        ),
        (
            Gold(
                "alliance.joined",
                "occurred",
                ("Costa Rica", "Carlos Alvarado", "Rodolfo Solano"),
                (OECD,),
            ),
            # the invitation of May 2020, Colombia in April 2020, Mexico and Chile before; the six
            # applicants with whom no talks are open
            Gold(
                "alliance.joined",
                "historical",
                ("Costa Rica", "Colombia", "Mexico", "Chile"),
                (OECD,),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "stalled",
                ("Argentina", "Brazil", "Peru", "Bulgaria", "Croatia", "Romania"),
                (OECD,),
                core=False,
            ),
        ),
        not_participants=("France",),
    ),
    Article(
        "d06-skopje-greece-macedonia-sign-prespa-agreement",
        date(2018, 6, 18),
        _p(
            "Greece and Macedonia sign name deal on the shores of Lake Prespa",
            "SKOPJE | Monday, June 18, 2018",
            "The foreign ministers of Greece and Macedonia on Sunday signed an agreement under "
            "which the country will be renamed the Republic of North Macedonia, a step towards "
            "ending a dispute that has poisoned relations between the two neighbours since the "
            "break-up of Yugoslavia and kept Skopje out of NATO and the European Union.",
            "Nikos Kotzias and Nikola Dimitrov put their names to the document in Psarades, a "
            "fishing village on the Greek side of Lake Prespa, watched by Prime Ministers Alexis "
            "Tsipras and Zoran Zaev, the UN mediator Matthew Nimetz and the EU's foreign policy "
            "chief, Federica Mogherini. The delegations then crossed the lake by boat for lunch in "
            "Otesevo on the Macedonian shore, the first visit by a Greek prime minister to the "
            "country since its independence in 1991.",
            '"We are here to heal the wounds of the past," Tsipras said. Zaev called the '
            'agreement "brave and historic" and thanked the Greek prime minister for his courage.',
            "Under the agreement, the new name will be used at home and abroad, and the country's "
            "constitution will be amended. Greece, for its part, undertakes to stop blocking its "
            "neighbour's membership of international organisations. NATO leaders are expected to "
            "invite Skopje to begin accession talks at their summit in Brussels next month, and EU "
            "governments are to decide this month on a date for membership negotiations.",
            "Greece vetoed Macedonia's invitation to join NATO at the alliance's summit in "
            "Bucharest in 2008, and has blocked the start of EU accession talks ever since, "
            "arguing that the name implied a claim on its own northern province of Macedonia and "
            "on the heritage of Alexander the Great. An interim accord signed in New York in 1995 "
            "allowed the two countries to trade and to open liaison offices but left the name "
            "unresolved.",
            "The agreement still has a long way to go. It must be ratified by the Macedonian "
            "parliament, approved in a referendum planned for the autumn and written into the "
            "constitution, and only then ratified by the Greek parliament. Macedonia's president, "
            "Gjorge Ivanov, has said he will not sign it into law, and the nationalist opposition "
            "VMRO-DPMNE calls it a capitulation.",
            "In Greece, where polls show most voters oppose any name that includes the word "
            "Macedonia, Tsipras survived a no-confidence vote on Saturday brought by the "
            "conservative opposition, and his coalition partner, the Independent Greeks, has said "
            "it will vote against ratification. Police fired tear gas at protesters who tried to "
            "reach the ceremony near the village of Pisoderi on Sunday, and several thousand "
            "people rallied outside parliament in Skopje on Saturday.",
            "In Brussels, Mogherini said the agreement showed that the Western Balkans could "
            "solve their disputes peacefully, and NATO's secretary general, Jens Stoltenberg, "
            "welcomed it as a historic opportunity.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                (
                    "Greece",
                    "North Macedonia",
                    "Nikos Kotzias",
                    "Nikola Dimitrov",
                    "Alexis Tsipras",
                    "Zoran Zaev",
                ),
                (),
            ),
            # NATO's invitation expected next month and the EU's date this month (asides of the
            # signing); the veto of 2008 and the blocking since; the interim accord of 1995
            Gold("alliance.joined", "planned", ("North Macedonia",), ("NATO", EU), core=False),
            Gold("alliance.joined", "stalled", ("North Macedonia",), ("NATO", EU), core=False),
            Gold("agreement.signed", "historical", ("Greece", "North Macedonia"), (), core=False),
        ),
        not_participants=("Yugoslavia",),
    ),
    Article(
        "d07-op-ed-honduras-establishes-relations-with-china",
        date(2023, 3, 28),
        _p(
            "Honduras traded Taipei for Beijing. It should have read the small print",
            "OPINION | Tuesday, March 28, 2023 | Carolina Mejía Alvarado",
            "On Sunday, in Beijing, our foreign minister, Eduardo Enrique Reina, and his Chinese "
            "counterpart, Qin Gang, signed a joint communique establishing diplomatic relations "
            "between Honduras and the People's Republic of China. Hours earlier, the government "
            "had announced that it was breaking off relations with Taiwan, which Honduras had "
            "recognised for more than eight decades. President Xiomara Castro wrote that the "
            "country was opening itself to the world.",
            "I do not object to the decision itself. Nearly every country recognises Beijing, and "
            "Ms Castro promised in her campaign to do the same. Costa Rica switched in 2007, "
            "Panama in 2017, El Salvador and the Dominican Republic in 2018 and Nicaragua in 2021. "
            "Taiwan is now left with 13 allies, seven of them in Latin America and the Caribbean, "
            "and Guatemala and Belize have said they will keep their ties with Taipei.",
            "What I object to is how it was done. In January, our government asked Taipei to "
            "double its aid and to forgive about $600 million of debt we owe to its export bank. "
            "When Taiwan said no, we went to Beijing. A country that changes its friends because a "
            "loan was refused should not be surprised if it is treated accordingly.",
            "We have been told that China will build another dam on the Patuca, buy our shrimp and "
            "help us with our debts. We have not been told the terms. The communique Mr Reina "
            "signed is a page long and says almost nothing except that Honduras recognises only "
            "one China and that Taiwan is part of it. The loans, if they come, will be negotiated "
            "separately, and the experience of our neighbours is not encouraging: Costa Rica "
            "waited years for a refinery that was never built, and Nicaragua's canal remains a "
            "line on a map.",
            "Our shrimp farmers have more immediate worries. Taiwan has been the main buyer of "
            "Honduran shrimp in Asia, and exporters in Choluteca do not know whether those orders "
            "will continue. Some 300 Honduran students on Taiwanese scholarships have been told "
            "that their grants will end with the semester.",
            "The embassies will open in the coming months, China's in Tegucigalpa and ours in "
            "Beijing. Before they do, Congress should demand to see every agreement that comes "
            "with them, and every loan that is offered, before a single document is signed.",
            "Washington, which has urged Central American governments not to switch, said the "
            "decision was Honduras's sovereign choice but warned that Beijing's promises often go "
            "unfulfilled. That is one of the few things on which the United States and I agree.",
            "Recognising Beijing was probably inevitable. Doing it in a hurry, after a refused "
            "loan and without a single public document, was not. Honduras deserved a better "
            "negotiator.",
            "Carolina Mejía Alvarado is an economist and a former adviser to the Central Bank of "
            "Honduras. The views expressed are her own.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Honduras", "China", "Eduardo Enrique Reina", "Qin Gang", "Xiomara Castro"),
                (),
            ),
            # the communique itself; the embassies to open in the coming months
            Gold("agreement.signed", "occurred", ("Honduras", "China"), (), core=False),
            Gold("relations.restored", "planned", ("Honduras", "China"), (), core=False),
            # the switches of 2007-2021; Guatemala and Belize keeping their ties with Taipei
            Gold(
                "relations.restored",
                "historical",
                ("China", "Costa Rica", "Panama", "El Salvador", "Dominican Republic", "Nicaragua"),
                (),
                core=False,
            ),
            Gold("relations.restored", "negated", ("Guatemala", "Belize"), ("China",), core=False),
        ),
        not_participants=("Taiwan",),
    ),
    Article(
        "d08-kathmandu-feature-maoist-fighters-join-nepal-army",
        date(2013, 4, 15),
        _p(
            "From guerrilla to soldier: Maoist fighters take their place in the Nepal Army",
            "FEATURE | Kathmandu | Monday, April 15, 2013",
            "When Sita Kumari Rai joined the Maoist rebellion in the hills of Okhaldhunga at the "
            "age of 16, the soldiers of the Royal Nepal Army were the enemy she had been told to "
            "fight. On Friday, in a green uniform with a new name tag on her chest, she stood to "
            "attention on a parade ground on the edge of Kathmandu and saluted a brigadier "
            "general.",
            "She was one of 1,422 former fighters of the Maoist People's Liberation Army who were "
            "formally inducted into the Nepal Army on Friday after nine months of training, at "
            "ceremonies in the capital and at six other training centres across the country. The "
            "army said they had been placed in a new directorate general responsible for "
            "development work, forest protection, industrial security and disaster relief, in "
            "which former Maoists will make up about a third of the ranks.",
            '"The military part of the peace process is over," the Maoist chairman, Pushpa Kamal '
            "Dahal, said at the ceremony in Kathmandu. The army chief, General Gaurav Shumsher "
            "Rana, welcomed the new soldiers as equals and told them that their past had no place "
            "in the barracks.",
            "It has taken six and a half years. The Comprehensive Peace Accord that the government "
            "and the Maoists signed in November 2006 ended a decade-long war that killed more than "
            "13,000 people, and sent some 19,600 verified fighters into 28 cantonments under "
            "United Nations monitoring. The two armies were supposed to be integrated within "
            "months. Instead the question of how many fighters the army would take, and at what "
            "ranks, brought down governments for years. A seven-point deal among the main parties "
            "in November 2011 finally settled it: up to 6,500 could join the army, and the rest "
            "would receive cash and go home.",
            "In the end, far fewer wanted to. When the cantonments were emptied last April, most "
            "combatants took the cash, between 500,000 and 800,000 rupees each. Of those who chose "
            "the army, many dropped out during selection, disappointed by the ranks on offer or "
            "unable to meet its standards of education and fitness. Some 4,000 fighters "
            "disqualified in the UN verification of 2007 as minors or late recruits had already "
            "been discharged in 2010, with no option of joining the army.",
            "Seventy-one former commanders will now spend a year at the Military Academy in "
            "Kharipati and will then be commissioned as officers, up to the rank of colonel, the "
            "army said.",
            "Rai, now 29, says she hesitated for months. Her husband, also a former combatant, "
            'took the cash and opened a grocery in Dharan. "In the cantonment we waited, and '
            'waited. Here at least I know what tomorrow looks like," she said. Her instructors, '
            "she said, were stricter than her commanders in the jungle, but fairer.",
            "Not everyone is celebrating. A faction that broke away from the Maoists last year, "
            "led by Mohan Baidya, calls the integration a surrender, and human rights groups say "
            "that neither side has been held to account for the killings and disappearances of "
            "the war. A truth and reconciliation commission promised in the peace accord has yet "
            "to be set up.",
        ),
        (
            Gold("forces.integrated", "occurred", (MAOISTS,), (NEPAL_ARMY, "Nepal")),
            # the 71 commanders to be commissioned after a year; the fighters discharged in 2010
            # with no option of joining; the accord of 2006 and the deal of 2011
            Gold("forces.integrated", "planned", (MAOISTS,), (NEPAL_ARMY, "Nepal"), core=False),
            Gold("forces.integrated", "negated", (MAOISTS,), (NEPAL_ARMY, "Nepal"), core=False),
            Gold("agreement.signed", "historical", ("Nepal", MAOISTS), (), core=False),
        ),
    ),
    Article(
        "d09-nairobi-weekly-somaliland-approves-uae-base-at-berbera",
        date(2017, 2, 14),
        _p(
            "Somaliland MPs approve UAE military base at Berbera",
            "NAIROBI | The Region | Tuesday, February 14, 2017",
            "Somaliland's parliament has approved a request by the United Arab Emirates to build a "
            "military base at the port of Berbera, a deal that would give the Gulf state a second "
            "foothold on the Horn of Africa's coast and has angered the federal government in "
            "Mogadishu.",
            "Members of the House of Representatives in Hargeisa voted on Sunday to let the UAE "
            "use Berbera's airport and part of its waterfront for 25 years. An overwhelming "
            "majority voted in favour; several opposition members walked out before the vote, "
            "saying they had not been shown the full terms.",
            "President Ahmed Mohamed Silanyo's office said the base would bring jobs and "
            "investment, and that the Emirates had promised to upgrade the road that links Berbera "
            'to the Ethiopian border. "The facility will not be used against any of our '
            'neighbours," it said in a statement. Officials said construction could begin within '
            "months, but neither side has said how many Emirati personnel will be stationed "
            "there.",
            "The UAE has run a base at Assab in Eritrea, across the Bab el-Mandeb strait from "
            "Yemen, since 2015, and uses it to send troops and equipment to the war in Yemen, "
            "where it fights alongside Saudi Arabia against the Houthi rebels. Analysts say "
            "Berbera would give it a second staging post and a say over one of the world's busiest "
            "shipping lanes.",
            "The port is already changing hands. DP World, the Dubai-based operator, won a 30-year "
            "concession to run it last year and has promised to spend $442 million on a new "
            "container terminal.",
            "Somalia's federal government, which regards Somaliland as part of its territory, "
            "called the vote illegal, saying only Mogadishu could allow a foreign military "
            "presence on Somali soil. A senior official said the new president, Mohamed Abdullahi "
            "Mohamed, elected by parliament last week, would raise the matter with the Arab League "
            "and the African Union.",
            "Somaliland declared independence from Somalia in 1991 and has kept far more peace "
            "than the south, but no country recognises it. Its officials hope the deal will "
            'strengthen their case. "Nobody has recognised us yet, but the world is doing business '
            'with us," said a member of parliament who voted for the base.',
            "The Horn's coastline is growing crowded. Djibouti, 250 kilometres to the west, already "
            "hosts American, French, Japanese and Italian bases, and China is building its first "
            "overseas naval base there. Ethiopia, which relies on Djibouti's port for most of its "
            "trade and is negotiating a stake in Berbera, has said little in public. Egypt, at "
            "odds with Addis Ababa over the Nile dam, has made no comment either.",
        ),
        (
            Gold("military.presence", "planned", (UAE,), ("Somaliland",)),
            # the base at Assab since 2015; the bases in Djibouti, China's under construction
            Gold("military.presence", "historical", (UAE,), ("Eritrea",), core=False),
            Gold(
                "military.presence",
                "historical",
                (US, "France", "Japan", "Italy", "China"),
                ("Djibouti",),
                core=False,
            ),
        ),
        not_participants=("Ethiopia", "Egypt"),
    ),
    Article(
        "d10-nm-tbilisi-business-enka-quits-namakhvani-dam",
        date(2021, 9, 20),
        _p(
            "ENKA walks away from Namakhvani dam, blaming months of protests",
            "TBILISI | Business | Monday, September 20, 2021",
            "The Turkish construction group ENKA has terminated its agreement with the Georgian "
            "government to build the Namakhvani hydropower plant on the Rioni river, ending for "
            "now an $800 million project that brought tens of thousands of people onto the "
            "streets of Kutaisi and Tbilisi this year.",
            "In a statement on Friday, the company's Georgian subsidiary said it had been unable "
            "to work at the site since November, when residents of the Rioni valley set up a tent "
            "camp at the entrance to the construction area, and that the government had failed to "
            "create the conditions needed to continue. It said it would seek compensation and did "
            "not rule out international arbitration.",
            "Construction has been suspended since February, when the company declared force "
            "majeure. The government, which signed the investment agreement in 2019, said it "
            "regretted the decision but would not pay more than the contract required. Economy "
            "Minister Natela Turnava said Georgia still needed new power plants to end its "
            "dependence on imported electricity in winter, and that the state would look for "
            "another investor.",
            "The project, two dams with a combined capacity of 433 megawatts, was the largest "
            "hydropower scheme planned in the country. Opponents said the reservoir would flood "
            "farmland and raise the risk of landslides in a seismically active valley, and that "
            "the contract, which guaranteed the company a fixed price for its electricity for 15 "
            "years, had been negotiated in secret.",
            "The protests grew through the spring. Priests, students and opposition politicians "
            "joined the valley's residents at rallies in Kutaisi, and police were deployed to "
            "keep the two sides apart at the site in April. An independent review of the dam's "
            "safety, which the government commissioned from foreign experts in the spring, has "
            "not been published.",
            "Varlam Goletiani, a leader of the Rioni Valley Guardians movement, said the camp "
            'would stay until the government formally cancelled the lease of the land. "They '
            "told us the project was finished before. We will lift the blockade when we see it on "
            'paper," he said.',
            "The European Bank for Reconstruction and Development, which had considered lending to "
            "the project, said last year that it would not finance it. Other lenders have also "
            "grown wary of large dams in Georgia. A second big scheme, at Nenskra in Svaneti, has "
            "been delayed for years by local opposition.",
            'Energy analysts said the decision would make investors more cautious. "The problem '
            "is not that people protested. It is that nobody explained the project to them "
            'before the bulldozers arrived," said an economist at a Tbilisi think tank. Georgia '
            "imported about a fifth of its electricity last winter, mostly from Russia and "
            "Azerbaijan.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "d11-nm-kampala-uganda-declares-ebola-outbreak-over",
        date(2023, 1, 12),
        _p(
            "Uganda declares Ebola outbreak over after four months",
            "KAMPALA | Health | Thursday, January 12, 2023",
            "Uganda on Wednesday declared the end of an Ebola outbreak that killed at least 55 "
            "people, 42 days after the last patient was discharged from hospital, without the "
            "help of a vaccine.",
            "The outbreak, caused by the Sudan strain of the virus, for which no vaccine has been "
            "approved, was declared on September 20 in Mubende district, a gold-mining area 150 "
            "kilometres west of Kampala. It spread to eight other districts, including the "
            "capital, and infected 142 people, among them 19 health workers, seven of whom died.",
            '"We have defeated Ebola through discipline and sacrifice," Health Minister Jane Ruth '
            "Aceng said at a ceremony in Mubende. She thanked the people of Mubende and "
            "neighbouring Kassanda, who lived under a lockdown for two months.",
            "President Yoweri Museveni imposed the lockdown on the two districts in October, "
            "closing markets, churches and bars and banning travel in and out. It was extended by "
            "21 days in November, as new cases appeared in Kampala, and lifted on December 17. "
            "Schools across the country closed two weeks before the end of the term.",
            "The World Health Organization, which deployed epidemiologists and logistics experts "
            'to the districts, praised the response. "Uganda has shown that even without a '
            'vaccine, Ebola can be beaten," said Matshidiso Moeti, its regional director for '
            "Africa.",
            "Doses of three candidate vaccines arrived in Kampala in December for a trial, but by "
            "then new cases had all but stopped and the trial could not start. Scientists said the "
            "doses would be kept for a future outbreak, and that the protocol, which several "
            "African research institutes joined, could be used at short notice.",
            "The lockdown hurt. Traders in Mubende said they had lost most of their income, and "
            "small-scale miners were barred from the pits for weeks. The government has promised "
            "relief to the families of those who died and to the health workers, some of whom "
            "went months without their risk allowances.",
            "Neighbouring countries stepped up screening at border crossings during the outbreak. "
            "None reported a case.",
            "Uganda has had several Ebola outbreaks since 2000, when more than 200 people died in "
            "the northern district of Gulu, and health officials said the risk of another remained "
            "high. Surveillance teams will stay in place for 90 days, and the ministry said "
            "anyone with symptoms should report to a health centre immediately.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "d12-nm-ulaanbaatar-city-raw-coal-ban-takes-effect",
        date(2019, 5, 16),
        _p(
            "Ulaanbaatar bans raw coal in bid to clean the world's dirtiest winter air",
            "ULAANBAATAR | City | Thursday, May 16, 2019",
            "A ban on burning raw coal in Ulaanbaatar took effect on Wednesday, the most "
            "ambitious attempt yet to clean the air of a capital where winter pollution regularly "
            "reaches more than ten times the level the World Health Organization considers safe.",
            "Households in the city's ger districts, where some 200,000 families heat felt tents "
            "and wooden houses with small stoves, must now burn briquettes of processed coal, "
            "produced by a state-owned company at a plant on the edge of the city and sold at a "
            "subsidised price. Power plants and large heating stations are exempt.",
            "The ban was first announced in 2017 and was to take effect last year, but the "
            "government extended the deadline to give the briquette plant time to reach full "
            "production. Officials say it can now make 600,000 tonnes a year, enough for the "
            "coming winter.",
            "The city has deployed inspectors to the districts and set up checkpoints on the roads "
            "into the capital to stop trucks carrying raw coal. Sellers caught with it face fines, "
            "and the municipality has signed contracts with private distributors to deliver "
            "briquettes to households that cannot collect them.",
            'Mayor Sundui Batbold said the ban would not be lifted, whatever the cost. "Our '
            'children cannot keep breathing this air," he said. Doctors say pneumonia has become '
            "one of the leading causes of death among children under five in the capital, and "
            "UNICEF has warned that pollution threatens a generation.",
            "Many residents are sceptical. Briquettes burn hotter than raw coal, and families say "
            "old stoves may crack. Others doubt that the supply will hold up in January, when "
            "temperatures fall below minus 30 degrees. Residents' groups in the Songinokhairkhan "
            "district have joined calls for the government to replace old stoves for free.",
            "Most of the pollution comes from migration. Hundreds of thousands of herders have "
            "moved to the capital over the past two decades, many after harsh winters killed "
            "their livestock, and settled in ger districts without access to central heating. "
            "The government has offered free electricity at night since 2017 to encourage "
            "families to heat with electric stoves, with limited success.",
            "The Asian Development Bank and several donors have financed programmes to insulate "
            "homes and connect the districts to the heating network, but officials say the work "
            "will take a decade. Until then, the briquettes are the city's best hope.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {
}
CHECK_CORE_FOUND: dict[str, str] = {}


MONDAY = date(2025, 9, 1)


def _told(text: str) -> list[tuple[str, str]]:
    from rasd.analyze import analyze

    return [(e.type, e.status) for e in analyze(text, lang="en", published=MONDAY).events]


def test_the_venue_of_a_meeting_is_no_party_to_its_decisions() -> None:
    text = (
        "EU foreign ministers on Monday suspended most sanctions on Belarus. Meeting in Vienna, "
        "the ministers lifted the travel bans on 100 officials. The arms embargo stays: the "
        "ministers renewed it for another year."
    )
    rows = alert_rows(text, MONDAY)
    assert not any("Austria" in r[2] + r[3] for r in rows), rows
    assert any(r[0] == "sanctions.extended" and "European Union" in r[2] for r in rows), rows


def test_a_parliament_that_approves_a_request_to_build_a_base() -> None:
    text = "Gabon's parliament has approved a request by France to build a military base near Libreville."
    assert [t for t, s in _told(text) if s in ("occurred", "planned")] == ["military.presence"]


def test_a_plan_announced_weeks_before_is_background() -> None:
    text = "The United States said on August 11 that it would ease its sanctions on Belarus."
    assert alert_rows(text, MONDAY) == []


def test_troops_stationed_told_in_the_present_are_background() -> None:
    assert alert_rows("About 900 US soldiers are stationed in Syria.", MONDAY) == []


def test_a_condition_put_first_in_reported_speech_is_still_a_threat() -> None:
    text = (
        "The president said that if Bolivia expelled the American ambassador, the United States "
        "would impose sanctions on it."
    )
    assert ("sanctions.threatened", "occurred") in _told(text)


def test_lifting_the_sanctions_it_had_imposed_is_news() -> None:
    for text in (
        "The Security Council on Monday lifted the arms embargo it had imposed on Liberia in 2003.",
        "The Security Council on Monday lifted the arms embargo which it had imposed on Liberia "
        "in 2003.",
    ):
        assert _told(text) == [("sanctions.lifted", "occurred")], text


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout26_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-26 English events"))
