"""Eighteenth English held-out event set: twelve full-length articles (300-700 words) written for
this test in forms, regions and topics the earlier seventeen sets lack: a Phnom Penh business
daily's summary of a central bank circular (the US and UK designations of the Prince Group and its
chairman, with Seoul's sanctions to follow), a wire story with a correction appended (the US
delisting of the Bosnian Serb leader Milorad Dodik), an energy desk's headline ticker in capitals
(the US exemption for Lukoil's Bulgarian refinery beside Hungary's week-old exemption and Serbia's
refused licence), a weekly email newsletter in bullet lists (the Security Council renewing the
al-Shabaab sanctions, the Ankara Declaration of Ethiopia and Somalia), a Gambian daily on ECOWAS
warning the Guinea-Bissau junta of sanctions while its stabilisation force stays, a parliamentary
digest of Armenia's vote to ratify the Rome Statute and join the International Criminal Court, a
podcast transcript with timestamps on Libya's rival armies signing a deal to merge units into a
joint force, a Pacific magazine reprinting in full the China-Nauru communique resuming relations,
a Dominican daily on US military aircraft allowed to use the San Isidro air base, and near misses
(a Philippine e-wallet's faulty update "deployed" with a regulator that "will not hesitate to
impose sanctions", a Nigerian court ruling on a general strike "suspended" after an agreement
"signed" with the government and the "no-work-no-pay sanction", an Assam daily on funds
"sanctioned" for a bridge in Indian English).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a court joined, agreements signed, ties restored, forces to be
integrated, a presence allowed and a force to stay), nine occurred and four planned, beside
historical, negated and stalled events.

Decisions of the annotation: a central bank's circular telling banks to screen for foreign
designations is no sanction of its own (the designations it follows are the event), and a
government's refusal to "freeze anyone's assets on the basis of another country's accusations"
is a negated imposition; an exemption granted a week before and told as background is historical
(as in set 17), and a licence refused is a negated suspension; a member state suspended from a
bloc's bodies is no event (as in set 11; later, with the bloc-suspension rule of
``test_bloc_suspends_member``, an imposition, not core, as sets 24, 63 and 75 annotate it), and a regional force that "would remain" after a coup is
a planned presence (as in set 14); the ratification of the Rome Statute, with membership taking
effect months later, is the court joined (planned), and the signature of 1999 is a historical
agreement; a joint communique resuming relations is relations restored (core) and a signed
declaration (occurred, not core, as in set 17); a bilateral agreement offered and left unanswered
and peace talks that "have made no progress" are stalled; aircraft of a foreign military allowed
to use an air base for a time is a presence (occurred) whatever the host calls it, and a
referendum that rejects foreign bases is a presence negated; the mediator of a declaration and
the countries on a border a joint force will guard are no parties; a regulator's or a judge's
sanctions, a wage agreement between a government and its unions, a bill signed into law and
funds "sanctioned" in Indian English are outside the monitor's remit (no event).

The set was written and annotated before any measurement; the figures are printed by
``python -m tests.unit.test_heldout18_events_en``.
Measured before any fix (2026-12-01, on commit 0219af7): P 0.643, R 0.692, F1 0.667 (recall 9/13,
9 of 14 alerts right; recall by status: occurred 8/9, planned 1/4; the three near misses quiet).
Missed: the Libyan agreement "signed ... in Sirte" by the chiefs of staff of the forces of the
Government of National Unity and of the Libyan National Army (a government and an army known only
as organisations, with no state, are no plausible parties of an agreement, and here they stand in
an appositive's relative clause), and the merger it plans, told as "those units will be merged into
a single brigade under a joint command" (no party named, no joint-force noun); Armenia joining the
court, told as a headline's infinitive ("Armenia to join International Criminal Court", dropped
without a future cue), as "will become a state party to the court" and as the statute ratified
(no trigger for either); and the ECOWAS force that "would remain" in Guinea-Bissau, told as "its
Stabilisation Support Mission ..., deployed in Bissau since 2022 after an attack ..., would remain"
("mission" is no presence noun, and the subject is beyond the trigger's reach). False alarms:
"The US Treasury blacklisted Rosneft and Lukoil ... on October 22" in a story of November 14 (the
English month rule ignores the written day, and dates last month as background only after the
15th), "the Sudan sanctions regime, renewed in September until September 2025" in December 2024
(the year of the end date is taken for the bare month before it) and "the only country that keeps
a military base on our soil" (a present state read as a new presence). Unexpected: the ticker's
"TOTALENERGIES SIGNS 10-YEAR LNG SUPPLY DEAL WITH TURKEY'S BOTAS" (in capitals, "TURKEY'S" is not
read as a company's owner, as "Turkey's Botas" is) and "travel ban on listed individuals" read as
a new listing with Somalia as its target (the participle read as an adjective is "designated"
only). Found with wrong or missing parties (scored right): the US designation of the Prince Group
and Chen Zhi, not found at all (names the knowledge base lacks; the UK's measure on "Chen" matched
the gold), ECOWAS's threat with Guinea-Bissau as an actor and no target, the Dominican presence
with Trinidad and Tobago as an actor; not scored, the venue Ankara as a party of the Ankara
Declaration.
After the fixes (same day): P 0.909 R 0.769 F1 0.833 (recall 10/13, 10 of 11 alerts right; no
false alarm). Fixed, each tested on sentences of its own below: in English too the written day
counts, for a date after the trigger or opening the clause (a week back is background; a date
inside a fronted phrase still goes by the month); a year after "until" is the end's, not the bare
month's before it; a month after a future verb lies ahead; "listed" after a determiner or a
preposition is an adjective, as "designated" was; a base held ("keeps a military base") or only
named ("Russia's 102nd military base") is the setting, not a deployment; a force or a mission kept
on, with the speaker of "said its troops would remain" as its actor; a headline's "X to join Y" is a
plan; "become a state party" is a joining; an act asked about ("whether … join NATO") is no event;
a country's possessive before a company in capitals; leave "to use" an air base is a presence;
loan and financing agreements are no accords. Left (strict xfails): the ECOWAS mission that
"would remain", its subject beyond an appositive; the Libyan agreement and merger, whose parties
(a government the knowledge base lacks and an army) name no state. Unexpected: Armenia's joining
given the United Nations as its actor ("deposited with the United Nations in New York, Armenia
will become", the city and the state read as one place). The scoring is that of ``rasd eval``
(``heldout_support_en``). Do not tune the analyzer (no lexicon entry) on these articles: they
stand for the unseen ones.
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
UK = "United Kingdom"
UNSC = "United Nations Security Council"
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
ECOWAS = "Economic Community of West African States"
LNA = "Libyan National Army"
GNU = "Government of National Unity (Libya)"

ARTICLES: list[Article] = [
    Article(
        "u01-phnompenh-daily-nbc-circular-prince-group",
        date(2025, 10, 17),
        _p(
            "NBC orders banks to screen clients after US, UK sanctions on Prince Group",
            "Circular gives lenders until October 24 to report exposure; central bank says "
            "deposits at Prince Bank are safe",
            "Business | Phnom Penh",
            "The National Bank of Cambodia (NBC) has instructed banks and microfinance "
            "institutions to check their customers and correspondent accounts against the "
            "sanctions lists published this week by the United States and the United Kingdom, "
            "after the two governments blacklisted the Prince Group conglomerate and its chairman, "
            "Chen Zhi.",
            "The instructions are set out in a circular dated 16 October and signed by NBC "
            "Governor Chea Serey, which was sent to all licensed institutions on Thursday evening "
            "and seen by this newspaper. Its main points are summarised below.",
            "Summary of the circular",
            "1. Screening. Within five working days, every bank and financial institution must "
            "identify any account, loan, guarantee, safe-deposit box or payment relationship with "
            "the individuals and entities on the US and UK lists, and report it to the NBC's "
            "Banking Supervision Department by 24 October.",
            "2. US dollar payments. Transactions in US dollars that involve a listed person must "
            "not be routed through correspondent accounts in the United States, and institutions "
            "should expect their foreign correspondent banks to reject or hold such payments.",
            "3. Depositors. Institutions must not close the accounts of ordinary customers of "
            "Prince Bank Plc, a subsidiary of the group, 'solely on the ground' of the foreign "
            "measures, and should continue to settle their transactions in riel and through the "
            "domestic Bakong payment system.",
            "4. Legal basis. The circular does not freeze any asset. It notes that Cambodian law "
            "gives no direct effect to unilateral foreign sanctions, and that any freezing order "
            "would have to come from a court or from the Cambodia Financial Intelligence Unit "
            "under the anti-money laundering law.",
            "The designations",
            "On Tuesday, the US Treasury's Office of Foreign Assets Control designated Prince "
            "Group, Chen Zhi and 146 related individuals and companies in Cambodia and across "
            "Asia, accusing them of running compounds where trafficked workers were forced to "
            "carry out online investment fraud. The UK's Foreign Office imposed asset freezes and "
            "travel bans on Chen and several associates on the same day, freezing a mansion in "
            "north London and an office building in the City of London. In New York, federal "
            "prosecutors unsealed an indictment against Chen and announced the seizure of bitcoin "
            "worth about $15 billion.",
            "Chen, who was born in China and became a Cambodian citizen in 2014, has served as an "
            "adviser to former prime minister Hun Sen and to the Ministry of Interior. Prince "
            "Group said in a statement that it 'categorically rejects' the allegations and would "
            "'take all necessary steps' to protect its business and its employees.",
            "Depositors queue",
            "Lines formed outside several Prince Bank branches in Phnom Penh on Wednesday and "
            "Thursday as customers sought to withdraw their savings. The NBC said in a separate "
            "notice that the bank held 'sufficient liquidity', that deposits were protected, and "
            "that it had placed two of its officials inside the bank to monitor payments.",
            "Government spokesman Pen Bona told reporters that Cambodia 'will not freeze anyone's "
            "assets on the basis of another country's accusations', but would cooperate with any "
            "foreign request made through legal channels. 'Cambodia is a sovereign state with its "
            "own laws,' he said.",
            "More measures expected",
            "South Korea's foreign ministry said on Thursday that Seoul would impose its own "
            "sanctions on Prince Group and on several Cambodian operators of scam centres, after "
            "hundreds of South Koreans were lured to work in the compounds. The death of a Korean "
            "student near Kampot in August caused public anger in South Korea.",
            "Washington has targeted the industry before. In September last year, OFAC sanctioned "
            "Ly Yong Phat, a tycoon and senator of the ruling party, and his hotel business in Koh "
            "Kong, over forced labour at an online scam centre.",
            "Bankers said the circular was the strongest step the central bank had taken on "
            "foreign sanctions. 'The message is that nobody can afford to lose their US dollar "
            "correspondents,' said the compliance head of a mid-sized commercial bank, who asked "
            "not to be named.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, TREASURY, OFAC, UK, "Foreign, Commonwealth and Development Office"),
                ("Prince Group", "Chen Zhi", "Cambodia"),
            ),
            Gold("sanctions.imposed", "planned", ("South Korea",), ("Prince Group", "Cambodia")),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, OFAC),
                ("Ly Yong Phat", "Cambodia"),
                core=False,
            ),
            # 'will not freeze anyone's assets on the basis of another country's accusations'
            Gold(
                "sanctions.imposed",
                "negated",
                ("Cambodia",),
                ("Prince Group", "Chen Zhi"),
                core=False,
            ),
            # the circular itself (screening, reporting) is no sanction of its own
        ),
        not_participants=("China", "Hun Sen"),
    ),
    Article(
        "u02-wire-dodik-delisted-with-correction",
        date(2025, 10, 24),
        _p(
            "US lifts sanctions on Bosnian Serb leader Milorad Dodik",
            "SARAJEVO, Bosnia-Herzegovina (AP) — The United States on Friday lifted sanctions on "
            "Milorad Dodik, the Bosnian Serb leader whom Washington had accused for years of "
            "undermining the peace agreement that ended Bosnia's 1992-95 war, as well as on "
            "members of his family and several companies linked to them.",
            "The Treasury Department's Office of Foreign Assets Control removed Dodik, his wife, "
            "his son and daughter, and a handful of associates and firms from its list of "
            "Specially Designated Nationals, according to a notice posted on its website. The "
            "notice did not give a reason.",
            "Dodik, 66, called the decision 'a victory of truth over lies' and thanked President "
            "Donald Trump in a video posted on social media. 'For years they tried to break the "
            "Serb people through me. They failed,' he said.",
            "The Bosnian Serb leader was first sanctioned by the U.S. in January 2017, in the last "
            "days of the Obama administration, for defying a ruling of Bosnia's Constitutional "
            "Court. The Biden administration added new sanctions in January 2022, accusing him of "
            "corruption and of 'destabilizing' activities that threatened the country's "
            "territorial integrity.",
            "The delisting follows months of lobbying in Washington by Dodik's allies, including a "
            "contract worth several hundred thousand dollars with a firm close to the Republican "
            "Party, and comes days after the parliament of Republika Srpska, the Serb-run half of "
            "Bosnia, repealed laws that had barred the country's state court and state prosecutors "
            "from working on its territory.",
            "Dodik was stripped of his post as president of Republika Srpska in August after "
            "Bosnia's state court upheld a one-year prison sentence and a six-year ban from "
            "political office for defying the decisions of the international envoy who oversees "
            "the peace accords. An early election to replace him is set for Nov. 23. He remains "
            "the leader of the ruling Alliance of Independent Social Democrats.",
            "Bosniak politicians condemned the move. 'Washington has just rewarded the man who "
            "spent twenty years trying to destroy this state,' said Denis Becirovic, the Bosniak "
            "member of the country's three-person presidency.",
            "Britain, which imposed its own asset freeze and travel ban on Dodik in April 2022, "
            "said it had no plans to lift them. 'Our sanctions remain in place, and we keep them "
            "under review,' a British Embassy spokesperson in Sarajevo said.",
            "A German-led proposal for the European Union to sanction Dodik has been blocked for "
            "more than a year by Hungary, whose prime minister, Viktor Orban, is a close ally of "
            "the Bosnian Serb leader. EU decisions on sanctions require unanimity.",
            "The State Department did not immediately respond to a request for comment.",
            "___",
            "This story has been corrected to show that Dodik was first sanctioned by the U.S. in "
            "January 2017, not in 2018, and that Britain imposed its sanctions in April 2022, not "
            "in March.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                (US, TREASURY, OFAC),
                ("Milorad Dodik", "Bosnia and Herzegovina"),
            ),
            # the designations of 2017 and 2022, and Britain's of 2022 (also in the correction)
            Gold("sanctions.imposed", "historical", (US,), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "historical", (UK,), ("Milorad Dodik",), core=False),
            # Britain 'had no plans to lift them'
            Gold("sanctions.lifted", "negated", (UK,), ("Milorad Dodik",), core=False),
            # the EU listing blocked by Hungary
            Gold(
                "sanctions.imposed",
                "stalled",
                ("European Union", "Germany"),
                ("Milorad Dodik",),
                core=False,
            ),
            # a court's ban from political office is no sanction
        ),
    ),
    Article(
        "u03-ticker-energy-desk-lukoil-bulgaria-exemption",
        date(2025, 11, 14),
        _p(
            "ENERGY DESK | HEADLINE TICKER | Friday, November 14, 2025 | All times GMT, newest "
            "first",
            "19:20 *US TREASURY HAS NOT YET COMMENTED ON BULGARIAN ANNOUNCEMENT",
            "19:12 Bulgarian Prime Minister Rosen Zhelyazkov said the US Treasury had granted a "
            "six-month exemption to the companies Lukoil controls in Bulgaria, including the "
            "Neftochim refinery at Burgas, the largest in the Balkans, from the sanctions "
            "Washington imposed on the Russian oil company on October 22. Sofia asked for the "
            "waiver after parliament passed a law last week allowing the state to appoint a "
            "special manager to run the refinery and sell it. 'The licence gives us the time we "
            "need to find a buyer,' Zhelyazkov told reporters in Sofia.",
            "19:07 *ZHELYAZKOV: 'THE REFINERY WILL WORK WITHOUT INTERRUPTION, SUPPLIES ARE "
            "SECURED'",
            "19:05 *ZHELYAZKOV: US LICENCE COVERS BURGAS REFINERY, PIPELINE, FUEL STATIONS",
            "19:05 *BULGARIA SAYS US EXEMPTS LUKOIL'S LOCAL UNITS FROM SANCTIONS UNTIL APRIL 29",
            "18:41 Hungarian Foreign Minister Peter Szijjarto said the one-year exemption from US "
            "sanctions on Russian oil and gas that President Donald Trump granted Prime Minister "
            "Viktor Orban at the White House on November 7 also applies to the expansion of the "
            "Paks nuclear plant, which Russia's Rosatom is building. The White House has said the "
            "exemption is for one year; Budapest says it has no time limit.",
            "18:40 *HUNGARY'S SZIJJARTO: US EXEMPTION GRANTED LAST WEEK ALSO COVERS PAKS NUCLEAR "
            "PROJECT",
            "17:56 Serbian President Aleksandar Vucic said Washington had refused to grant the "
            "Russian-owned oil company NIS a licence to keep operating, and that its Pancevo "
            "refinery would have to halt by the start of December unless the Russian shareholders "
            "sold their stake. US sanctions on NIS, first announced in January, took effect on "
            "October 9 after a series of postponements.",
            "17:55 *VUCIC: US HAS NOT GRANTED NIS OPERATING LICENCE; PANCEVO REFINERY TO SHUT BY "
            "DEC 1",
            "17:30 *OPEC+ DELEGATES SAY GROUP SET TO PAUSE OUTPUT INCREASES IN FIRST QUARTER",
            "16:49 The deal covers up to 1.6 million tonnes a year from 2027, the companies said. "
            "Botas has signed similar agreements with Shell, ExxonMobil and Mercuria this year.",
            "16:48 *TOTALENERGIES SIGNS 10-YEAR LNG SUPPLY DEAL WITH TURKEY'S BOTAS",
            "16:02 *BRENT RISES 2.1% TO $64.39 AFTER NOVOROSSIYSK SUSPENDS OIL EXPORTS FOLLOWING "
            "DRONE ATTACK",
            "15:20 *LUKOIL: TALKS WITH POTENTIAL BUYERS OF FOREIGN ASSETS CONTINUE AFTER GUNVOR "
            "WITHDREW BID",
            "BACKGROUND: The US Treasury blacklisted Rosneft and Lukoil, Russia's two largest oil "
            "producers, on October 22, in the first sanctions of Trump's second term aimed "
            "directly at Moscow, and gave companies until November 21 to wind down dealings with "
            "them. Lukoil's foreign assets, which it has put up for sale, include refineries in "
            "Bulgaria and Romania, a stake in Iraq's West Qurna-2 field and more than 2,000 "
            "filling stations worldwide. Bulgaria's Burgas refinery processes mainly non-Russian "
            "crude since an EU ban on seaborne Russian oil took full effect for the plant at the "
            "start of last year.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, TREASURY), ("Lukoil", "Bulgaria")),
            # the designations of October 22
            Gold(
                "sanctions.imposed",
                "historical",
                (US, TREASURY),
                ("Lukoil", "Rosneft", "Russia"),
                core=False,
            ),
            # Hungary's exemption of November 7, told a week later
            Gold(
                "sanctions.suspended",
                "historical",
                (US, "Donald Trump"),
                ("Hungary", "Viktor Orbán"),
                core=False,
            ),
            # NIS: 'refused to grant ... a licence'; its designation and the postponements before
            Gold(
                "sanctions.suspended",
                "negated",
                (US,),
                ("Serbia", "Naftna Industrija Srbije"),
                core=False,
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                (US,),
                ("Serbia", "Naftna Industrija Srbije"),
                core=False,
            ),
            Gold(
                "sanctions.suspended",
                "historical",
                (US,),
                ("Serbia", "Naftna Industrija Srbije"),
                core=False,
            ),
            # the EU ban on seaborne Russian oil that took effect 'at the start of last year'
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
            # an LNG supply deal between companies and a port's exports suspended are no events
        ),
        not_participants=("Iraq", "Romania"),
    ),
    Article(
        "u04-newsletter-horn-brief-shabaab-renewal-ankara",
        date(2024, 12, 13),
        _p(
            "Horn Security Brief | Issue 118 | Friday 13 December 2024",
            "Your weekly digest of security, diplomacy and sanctions news from Somalia, Ethiopia, "
            "Eritrea, Djibouti and Sudan. Forwarded this email? Sign up at the link below.",
            "THIS WEEK IN 60 SECONDS",
            "• The UN Security Council renewed the al-Shabaab sanctions for another year, but "
            "added no names.",
            "• Ethiopia and Somalia signed the 'Ankara Declaration', ending a year-long row over "
            "Somaliland.",
            "• Talks on the African Union mission meant to replace ATMIS in January are stuck over "
            "money.",
            "1. SANCTIONS: Council keeps the al-Shabaab regime",
            "• On Thursday the Security Council voted 15-0 to renew for another twelve months the "
            "sanctions on al-Shabaab: the arms embargo, the asset freeze and travel ban on listed "
            "individuals, and the ban on charcoal exports from Somalia. The resolution, drafted by "
            "the United Kingdom, also extends until January 2026 the mandate of the panel of "
            "experts that monitors the regime.",
            "• The council did not add anyone to the sanctions list, which has had no new "
            "al-Shabaab names since 2022. Somalia's envoy, Abukar Osman, said the group raised "
            "more than $100 million a year from 'taxation' at checkpoints and ports, and urged "
            "members to 'go after the money'.",
            "• Reminder: a year ago the council lifted its arms embargo on the Federal Government "
            "of Somalia, in place in one form or another since 1992, while keeping the embargo on "
            "al-Shabaab. Mogadishu still has to notify the committee of some deliveries of heavy "
            "weapons.",
            "2. DIPLOMACY: Ankara ends the Ethiopia-Somalia row",
            "• After talks mediated by Turkish President Recep Tayyip Erdogan, Somali President "
            "Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed signed a joint "
            "declaration in Ankara late on Wednesday in which they agreed to respect each other's "
            "sovereignty and to start technical talks by the end of February on commercial access "
            "to the sea for Ethiopia 'under the sovereign authority of the Federal Republic of "
            "Somalia'.",
            "• The declaration does not mention the memorandum of understanding that Ethiopia "
            "signed with the breakaway region of Somaliland on 1 January, which offered Addis "
            "Ababa a naval base on the Gulf of Aden in exchange for possible recognition. Somalia "
            "called the memorandum an act of aggression and expelled Ethiopia's ambassador in "
            "April.",
            "• Our take: the declaration buys time, not a settlement. Nothing has been signed on "
            "sea access, and the technical talks have no agreed agenda.",
            "3. AU MISSION: AUSSOM still without a budget",
            "• Talks on the African Union Support and Stabilisation Mission in Somalia (AUSSOM), "
            "meant to replace ATMIS from January, are stuck. Council members have not agreed on "
            "how to pay for it, a vote on authorising it has been postponed twice, and Egypt's "
            "offer to contribute troops is opposed by Ethiopia.",
            "• Burundi, one of the largest troop contributors to ATMIS, said it would not take "
            "part in the new mission after a dispute with Mogadishu over the number of its "
            "soldiers.",
            "4. SUDAN",
            "• The council's Sudan sanctions regime, renewed in September until September 2025, "
            "remains the only UN arms embargo in the region besides the one on al-Shabaab. "
            "Fighting around El Fasher continued this week.",
            "LOOKING AHEAD",
            "• 16 December: IGAD summit in Djibouti.",
            "• 27 December: Security Council expected to vote on AUSSOM.",
            "That's all for this week. If you value the Brief, join our 2,300 subscribers by "
            "forwarding it to a colleague.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC, UK), ("al-Shabaab", "Somalia")),
            Gold(
                "agreement.signed",
                "occurred",
                ("Ethiopia", "Somalia", "Abiy Ahmed", "Hassan Sheikh Mohamud"),
                (),
            ),
            # 'did not add anyone to the sanctions list'
            Gold("sanctions.imposed", "negated", (UNSC,), ("al-Shabaab",), core=False),
            # the Somali government's embargo lifted 'a year ago'
            Gold("sanctions.lifted", "historical", (UNSC,), ("Somalia",), core=False),
            # the Somaliland memorandum of 1 January and the naval base it offered
            Gold("agreement.signed", "historical", ("Ethiopia", "Somaliland"), (), core=False),
            Gold("military.presence", "historical", ("Ethiopia",), ("Somaliland",), core=False),
            # 'Nothing has been signed on sea access'
            Gold("agreement.signed", "negated", ("Ethiopia", "Somalia"), (), core=False),
            # AUSSOM stuck, Egypt's troops opposed, Burundi out
            Gold(
                "military.presence",
                "stalled",
                ("African Union", "Egypt"),
                ("Somalia",),
                core=False,
            ),
            Gold("military.presence", "negated", ("Burundi",), ("Somalia",), core=False),
            Gold("sanctions.extended", "historical", (UNSC,), ("Sudan",), core=False),
        ),
        not_participants=("Turkey", "Recep Tayyip Erdoğan", "Djibouti"),
    ),
    Article(
        "u05-banjul-daily-ecowas-warns-bissau-junta",
        date(2025, 11, 29),
        _p(
            "ECOWAS suspends Guinea-Bissau, warns junta of targeted sanctions",
            "Regional force to stay in Bissau; no economic measures for now",
            "By Lamin Jobe",
            "West African leaders have suspended Guinea-Bissau from all decision-making bodies of "
            "the Economic Community of West African States (ECOWAS) and warned the military "
            "officers who seized power in Bissau on Wednesday that they face targeted sanctions if "
            "they do not restore constitutional order quickly.",
            "In a communique issued after an extraordinary virtual summit on Thursday evening, "
            "chaired by Sierra Leone's President Julius Maada Bio, the current chairman of the "
            "Authority of Heads of State and Government, the bloc demanded the immediate release "
            "of all detained officials, including the head of the electoral commission, and the "
            "publication of the results of the 23 November presidential and legislative elections.",
            "'The Authority reserves the right to impose targeted sanctions on individuals and "
            "groups who obstruct the return to constitutional order,' the communique said.",
            "The officers, who call themselves the High Military Command for the Restoration of "
            "Order, swore in General Horta N'Tam, the army chief of staff, as transitional "
            "president on Thursday for a period of one year. They have closed the borders, "
            "suspended the electoral process and imposed a night curfew.",
            "President Umaro Sissoco Embalo, who was seeking a second term, was flown to Senegal "
            "on Thursday after being held at the presidential palace. His main challenger, "
            "Fernando Dias, says he won the vote and has accused Embalo's camp of staging the coup "
            "to avoid defeat, a charge the former president's aides deny.",
            "The African Union's Peace and Security Council also suspended Guinea-Bissau on "
            "Friday.",
            "Force to stay",
            "ECOWAS said its Stabilisation Support Mission in Guinea-Bissau (ESSMGB), deployed in "
            "Bissau since 2022 after an attack on the government palace, would remain in the "
            "country to protect state institutions and the population. The mission has about 600 "
            "troops drawn from several member states.",
            "No economic sanctions, for now",
            "Unlike in Niger in 2023, the leaders did not close borders with Guinea-Bissau or "
            "freeze the country's assets at the regional central bank. Analysts said the bloc had "
            "learned from that experience. ECOWAS imposed sweeping sanctions on Niger after the "
            "July 2023 coup, including a border closure and a freeze on state assets, but lifted "
            "most of them in February 2024 after they failed to move the junta and hurt ordinary "
            "Nigeriens. Mali, Burkina Faso and Niger left the bloc in January this year.",
            "'Sanctions on a whole country are a blunt tool. Measures aimed at the officers and "
            "their business partners send the right signal without punishing the people,' said Dr "
            "Awa Ceesay, a political scientist at the University of The Gambia.",
            "The Gambia's foreign minister, Mamadou Tangara, said Banjul supported the bloc's "
            "position. 'The Gambia has lived through this. We know what a military government "
            "costs a small country,' he told The Standard.",
            "Guinea-Bissau has seen four successful coups and many attempts since independence "
            "from Portugal in 1974. Portugal, the United States and the European Union have called "
            "for the release of the detained officials, and Lisbon said it was in contact with "
            "Portuguese citizens in Bissau.",
            "Traders in Sao Domingos, near the border with Senegal, said the closure had stranded "
            "dozens of trucks loaded with cashew nuts, the country's main export.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (ECOWAS,), ("Guinea-Bissau", "Horta N'Tam")),
            Gold("military.presence", "planned", (ECOWAS,), ("Guinea-Bissau",)),
            # the stabilisation force 'deployed in Bissau since 2022'
            Gold("military.presence", "historical", (ECOWAS,), ("Guinea-Bissau",), core=False),
            # 'did not close borders ... or freeze the country's assets'
            Gold("sanctions.imposed", "negated", (ECOWAS,), ("Guinea-Bissau",), core=False),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Niger",), core=False),
            Gold("sanctions.lifted", "historical", (ECOWAS,), ("Niger",), core=False),
            # Guinea-Bissau suspended from ECOWAS and AU bodies (annotated as no event when the set
            # was written; an imposition since the bloc-suspension rule, as sets 24, 63 and 75 have it)
            Gold("sanctions.imposed", "occurred", (ECOWAS, "African Union"), ("Guinea-Bissau",), core=False),
        ),
        not_participants=("Senegal", "Portugal", "Sierra Leone"),
    ),
    Article(
        "u06-yerevan-parliament-digest-rome-statute",
        date(2023, 10, 3),
        _p(
            "IN PARLIAMENT | Tuesday, 3 October 2023",
            "National Assembly ratifies Rome Statute; Armenia to join International Criminal Court",
            "A summary of today's debate in the National Assembly, prepared by our parliamentary "
            "desk from the official broadcast and the draft verbatim record. Quotations are "
            "translated from Armenian.",
            "The vote",
            "The National Assembly voted by 60 to 22, with no abstentions, to ratify the Rome "
            "Statute of the International Criminal Court. Deputies of the ruling Civil Contract "
            "faction voted in favour; the opposition Armenia and I Have Honour factions voted "
            "against. Once the president signs the law and the instrument of ratification is "
            "deposited with the United Nations in New York, Armenia will become a state party to "
            "the court on the first day of the month after a period of sixty days, which officials "
            "expect to be 1 February 2024.",
            "The government's case",
            "Yeghishe Kirakosyan, the government's representative on international legal matters, "
            "presented the bill. He said ratification would give Armenia 'an additional "
            "international legal instrument' to hold Azerbaijan accountable for the attacks on "
            "Armenian territory in September 2022 and for the offensive in Nagorno-Karabakh two "
            "weeks ago, after which more than 100,000 Armenians fled to Armenia. The "
            "Constitutional Court ruled in March that the statute was compatible with the "
            "constitution, reversing its opinion of 2004.",
            "Mr Kirakosyan said the decision was 'not directed against any country'. Armenia had "
            "offered the Russian Federation a bilateral agreement to address Moscow's concerns, he "
            "said, but Moscow has not responded to the proposal.",
            "The opposition's case",
            "Opposition deputies said ratification would damage relations with Russia, Armenia's "
            "treaty ally, because the court issued an arrest warrant for President Vladimir Putin "
            "in March over the deportation of Ukrainian children. 'You are asking our people to "
            "choose between a court in The Hague and the only country that keeps a military base "
            "on our soil,' said Artur Khachatryan of the Armenia faction, referring to Russia's "
            "102nd military base in Gyumri.",
            "Several deputies asked whether Armenia would arrest Mr Putin if he visited. Mr "
            "Kirakosyan replied that the obligations of a state party were 'clear', but that no "
            "such visit was planned.",
            "Exchanges on alliances",
            "Asked by Seyran Ohanyan of the Armenia faction whether the government intended to "
            "leave the Collective Security Treaty Organization and join NATO, Deputy Foreign "
            "Minister Paruyr Hovhannisyan said Armenia had no plans to join NATO and that no "
            "decision had been taken on the CSTO, although Armenia had not taken part in the "
            "bloc's exercises this year. Prime Minister Nikol Pashinyan said last month that "
            "Armenia's reliance on Russia for its security had been 'a strategic mistake'.",
            "The Russian foreign ministry called the vote 'an unfriendly step' on Tuesday and "
            "warned of unspecified consequences for bilateral relations.",
            "Peace talks",
            "Deputies of both camps referred to the stalled peace talks with Azerbaijan. A meeting "
            "between Mr Pashinyan and President Ilham Aliyev planned for 5 October in Granada, "
            "Spain, will not take place after Mr Aliyev declined to attend, and talks on a peace "
            "treaty have made no progress since Baku's offensive.",
            "What happens next",
            "Armenia signed the Rome Statute in October 1999 but never ratified it. The law now "
            "goes to President Vahagn Khachaturyan, who has 21 days to sign it or to refer it to "
            "the Constitutional Court. Azerbaijan is not a party to the statute.",
        ),
        (
            Gold("alliance.joined", "planned", ("Armenia",), ("International Criminal Court",)),
            # the signature of 1999
            Gold(
                "agreement.signed",
                "historical",
                ("Armenia",),
                ("International Criminal Court",),
                core=False,
            ),
            # 'no plans to join NATO'
            Gold("alliance.joined", "negated", ("Armenia",), ("NATO",), core=False),
            # the bilateral agreement offered to Moscow, unanswered; the peace talks with Baku
            Gold("agreement.signed", "stalled", ("Armenia", "Russia"), (), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("Armenia", "Azerbaijan", "Nikol Pashinyan", "Ilham Aliyev"),
                (),
                core=False,
            ),
            # Russia's base in Gyumri
            Gold("military.presence", "historical", ("Russia",), ("Armenia",), core=False),
            # the law signed by the president is no agreement; an arrest warrant is no sanction
        ),
        not_participants=("Spain", "Ukraine"),
    ),
    Article(
        "u07-podcast-transcript-libya-joint-force",
        date(2025, 8, 8),
        _p(
            "THE MAGHREB DISPATCH | Episode 212: 'One flag, two armies?'",
            "Transcript. Published 8 August 2025. This transcript was machine-generated and "
            "corrected by our producers; please check against the audio before quoting.",
            "[00:00:00] [MUSIC]",
            "[00:00:09] NADIA FERCHICHI: Hello and welcome to The Maghreb Dispatch, I'm Nadia "
            "Ferchichi. With me from Tunis is Karim Ben Salem, who covers Libya for us. Karim, "
            "welcome back.",
            "[00:00:21] KARIM BEN SALEM: Thanks, Nadia. Good to be back.",
            "[00:00:24] NADIA FERCHICHI: So, big news out of Sirte this week. Tell us what "
            "happened.",
            "[00:00:29] KARIM BEN SALEM: On Tuesday the chiefs of staff of the two rival armies, "
            "the forces in the west that answer to the Government of National Unity in Tripoli and "
            "Khalifa Haftar's Libyan National Army in the east, signed an agreement in Sirte to "
            "set up a joint force to secure the southern border. It was signed in the presence of "
            "the UN envoy, Hanna Tetteh, and the members of the 5+5 Joint Military Commission.",
            "[00:00:58] NADIA FERCHICHI: And what does the agreement actually say?",
            "[00:01:02] KARIM BEN SALEM: The core of it is that each side contributes units, "
            "roughly 750 men each to start with, and those units will be merged into a single "
            "brigade under a joint command based in Sabha. The text says the merger should be "
            "complete within six months, and that the joint force will be the 'nucleus' of a "
            "unified Libyan army. That's the phrase everyone is quoting.",
            "[00:01:30] NADIA FERCHICHI: Nucleus. Big word. We've heard this before, haven't we?",
            "[00:01:34] KARIM BEN SALEM: We have. In 2017 and 2018 there were rounds of talks in "
            "Cairo on unifying the military institution, and they went nowhere. They broke down "
            "over who would command the army, and the war of 2019 buried them. Then the October "
            "2020 ceasefire agreement, signed in Geneva, called for all foreign fighters and "
            "mercenaries to leave within three months. That never happened.",
            "[00:02:05] NADIA FERCHICHI: Talk to me about the foreign forces. Does the deal say "
            "anything about the Turks or the Russians?",
            "[00:02:10] KARIM BEN SALEM: Nothing. Turkey has had troops and military advisers in "
            "the west since 2020, under a security agreement it signed with the Tripoli government "
            "in 2019. In the east, Russia's Africa Corps, which took over from Wagner, uses the "
            "al-Khadim and al-Jufra air bases. Neither of them is going anywhere, and the "
            "agreement doesn't ask them to.",
            "[00:02:40] NADIA FERCHICHI: What about the politicians? Does Dbeibah back this?",
            "[00:02:44] KARIM BEN SALEM: Publicly, yes, he welcomed it on Wednesday. But the House "
            "of Representatives in the east hasn't said a word, and Saddam Haftar, who is now the "
            "deputy commander of the LNA, said the joint force would take orders only from the "
            "military command, not from 'governments that come and go'. Which is a dig at Tripoli.",
            "[00:03:10] NADIA FERCHICHI: And the neighbours? The border in question is with Niger, "
            "Chad and Sudan.",
            "[00:03:15] KARIM BEN SALEM: Right, and that's the selling point. Smuggling of fuel, "
            "weapons and people across that border has exploded since the war in Sudan began, and "
            "the UN arms embargo on Libya, in force since 2011, is violated every week. Both sides "
            "can tell foreign partners they are doing something about it.",
            "[00:03:40] NADIA FERCHICHI: Final question. Is this the real thing?",
            "[00:03:43] KARIM BEN SALEM: It's the first agreement in years that commits actual "
            "units rather than principles. If in six months there are soldiers from Misrata and "
            "from Benghazi sharing a barracks in Sabha, then we can talk.",
            "[00:04:02] NADIA FERCHICHI: Karim Ben Salem, thank you.",
            "[00:04:05] [AD BREAK] This episode is made possible by our listeners. If you like "
            "what we do, join our community of supporters and sign up for our weekly newsletter at "
            "the link in the show notes. Next week: Tunisia's olive oil harvest and the price war "
            "with Spain.",
        ),
        (
            Gold("agreement.signed", "occurred", (LNA, GNU, "Libya"), ()),
            Gold("forces.integrated", "planned", (LNA, GNU, "Libya"), ()),
            # the Cairo talks of 2017-2018 on unifying the army
            Gold("forces.integrated", "stalled", ("Libya", LNA), (), core=False),
            # the Geneva ceasefire of 2020 and the Turkish-Libyan security agreement of 2019
            Gold("agreement.signed", "historical", ("Libya", LNA), (), core=False),
            Gold("agreement.signed", "historical", ("Turkey", "Libya"), (), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Libya",), core=False),
            Gold(
                "military.presence",
                "historical",
                ("Russia", "Africa Corps"),
                ("Libya",),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Libya",), core=False),
        ),
        not_participants=(
            "Niger",
            "Chad",
            "Sudan",
            "Tunisia",
            "Spain",
            "United Nations Support Mission in Libya",
            "Hanna Tetteh",
        ),
    ),
    Article(
        "u08-islands-magazine-china-nauru-communique-full-text",
        date(2024, 1, 25),
        _p(
            "Full text: China and Nauru resume diplomatic relations",
            "We reproduce below, in full, the joint communique signed in Beijing on Wednesday by "
            "China's Foreign Minister Wang Yi and Nauru's Minister for Foreign Affairs and Trade, "
            "Lionel Aingimea. The text was released by the Chinese Ministry of Foreign Affairs and "
            "by the Government of Nauru. Background follows the text.",
            "JOINT COMMUNIQUE BETWEEN THE PEOPLE'S REPUBLIC OF CHINA AND THE REPUBLIC OF NAURU ON "
            "THE RESUMPTION OF DIPLOMATIC RELATIONS",
            "1. In keeping with the interests and desire of the two peoples, the People's Republic "
            "of China and the Republic of Nauru have decided to resume diplomatic relations at "
            "ambassadorial level with effect from the date of signature of this communique.",
            "2. The two governments agree to develop friendly relations between the two countries "
            "on the basis of the principles of mutual respect for sovereignty and territorial "
            "integrity, mutual non-aggression, non-interference in each other's internal affairs, "
            "equality and mutual benefit, and peaceful coexistence.",
            "3. The Government of the Republic of Nauru recognizes that there is but one China in "
            "the world, that the Government of the People's Republic of China is the sole legal "
            "government representing the whole of China, and that Taiwan is an inalienable part of "
            "China's territory. The Government of the Republic of Nauru severs 'diplomatic "
            "relations' with Taiwan as of today, and undertakes not to establish any official "
            "relations or conduct any official exchanges with Taiwan.",
            "4. The Government of the People's Republic of China appreciates the above position of "
            "the Government of the Republic of Nauru.",
            "5. The two governments agree to provide each other with all necessary assistance for "
            "the establishment and performance of functions of embassies in their respective "
            "capitals, on the basis of reciprocity and in accordance with international law and "
            "practice, and to exchange ambassadors as soon as practicable.",
            "Done in Beijing on 24 January 2024, in duplicate, in the Chinese and English "
            "languages, both texts being equally authentic.",
            "For the People's Republic of China: Wang Yi. For the Republic of Nauru: Lionel "
            "Aingimea.",
            "BACKGROUND",
            "Nauru announced on 15 January, two days after Taiwan's presidential election, that it "
            "would cut ties with Taipei and seek relations with Beijing. Taiwan's foreign ministry "
            "said Beijing had offered the island economic assistance to switch, and Taipei closed "
            "its embassy in Yaren the following week.",
            "Nauru first established diplomatic relations with Beijing in 2002, but broke them off "
            "and restored its ties with Taipei in 2005. The switch leaves Taiwan with twelve "
            "diplomatic allies, three of them in the Pacific: Tuvalu, the Marshall Islands and "
            "Palau. Solomon Islands and Kiribati switched recognition to Beijing in September "
            "2019.",
            "In Tuvalu, which holds a general election on Friday, the outgoing government said the "
            "country had no plans to establish relations with Beijing, and candidates of all camps "
            "have pledged to keep the ties with Taipei.",
            "Nauru, a nation of about 12,500 people, hosts Australia's offshore processing centre "
            "for asylum seekers under a memorandum of understanding signed in 2012, and relies on "
            "Canberra for much of its budget. Australian Foreign Minister Penny Wong said the "
            "decision was 'a matter for Nauru'.",
        ),
        (
            Gold("relations.restored", "occurred", ("Nauru", "China"), ("China", "Nauru")),
            # the communique itself: a signed declaration, correct to report
            Gold(
                "agreement.signed",
                "occurred",
                ("Nauru", "China", "Wang Yi", "Lionel Aingimea"),
                (),
                core=False,
            ),
            # the first ties of 2002, the return to Taipei in 2005, the switches of 2019
            Gold("relations.restored", "historical", ("Nauru",), ("China",), core=False),
            Gold("relations.restored", "historical", ("Nauru",), ("Taiwan",), core=False),
            Gold(
                "relations.restored",
                "historical",
                ("Solomon Islands", "Kiribati"),
                ("China",),
                core=False,
            ),
            # Tuvalu: 'no plans to establish relations with Beijing'
            Gold("relations.restored", "negated", ("Tuvalu",), ("China",), core=False),
            Gold("agreement.signed", "historical", ("Australia", "Nauru"), (), core=False),
        ),
        not_participants=("Marshall Islands", "Palau"),
    ),
    Article(
        "u09-santo-domingo-daily-us-aircraft-san-isidro",
        date(2025, 11, 27),
        _p(
            "Abinader authorises US military to use San Isidro air base and Las Americas airport",
            "Santo Domingo.- President Luis Abinader announced on Wednesday that the Dominican "
            "Republic will allow United States military aircraft to use restricted areas of the "
            "San Isidro Air Base and of Las Americas International Airport, temporarily, to "
            "support counter-narcotics operations in the Caribbean.",
            "The announcement came after a meeting at the National Palace with US Secretary of War "
            "Pete Hegseth, who was making his first visit to the country. Under the arrangement, "
            "US aircraft will be able to refuel and carry out maintenance at both facilities and "
            "to transport equipment and technical personnel. The authorisation is temporary and "
            "limited to operations against drug trafficking, the president said.",
            "'This is not a military base. There will be no permanent presence of foreign troops "
            "on Dominican soil,' Abinader told reporters. 'It is cooperation between two allies "
            "against an enemy we share: the drug cartels that are poisoning our young people.'",
            "Hegseth thanked the Dominican government for what he called its 'leadership' in the "
            "region. 'The Dominican Republic is showing what a real partner looks like,' he said, "
            "standing beside the president in the palace courtyard.",
            "The government did not say how many US personnel would be stationed at the two sites "
            "or how long the arrangement would last. Defence Minister Carlos Fernandez Onofre said "
            "Dominican forces would keep control of the perimeter of both facilities.",
            "Operation Southern Spear",
            "Washington has deployed more than a dozen warships, including the aircraft carrier "
            "USS Gerald R. Ford, and about 15,000 troops to the Caribbean since August, and US "
            "forces have destroyed more than twenty boats it says were carrying drugs, killing "
            "more than 80 people. Venezuela's government says the build-up is a pretext for an "
            "attack aimed at toppling President Nicolas Maduro.",
            "Earlier this month, Secretary of State Marco Rubio announced the designation of the "
            "Cartel de los Soles, which Washington says is headed by Maduro, as a foreign "
            "terrorist organisation. Trinidad and Tobago, whose prime minister is a vocal "
            "supporter of the US campaign, allowed the US military last month to install a radar "
            "on Tobago and gave US aircraft access to its airports.",
            "Not every government in the region has gone along. In Ecuador, voters on November 16 "
            "rejected a proposal by President Daniel Noboa to allow foreign military bases in the "
            "country, which would have opened the door to a US presence at the Pacific port of "
            "Manta.",
            "Reactions",
            "The opposition Fuerza del Pueblo party said the arrangement should have been "
            "submitted to the National Congress, and former president Leonel Fernandez said 'any "
            "presence of foreign troops requires the authorisation of the legislature'. Government "
            "spokesmen replied that no troops would be deployed and that the Constitution allows "
            "the executive to authorise the transit of foreign aircraft.",
            "Venezuela, which has had no diplomatic relations with the Dominican Republic since "
            "last year's disputed election, condemned the decision as 'submission to the empire'.",
            "The Dominican Republic is a transit point for cocaine shipped from South America to "
            "the United States and Europe. The National Drug Control Directorate seized a record "
            "47 tonnes of drugs last year.",
        ),
        (
            Gold(
                "military.presence",
                "occurred",
                (US, "Pete Hegseth"),
                ("Dominican Republic", "Luis Abinader"),
            ),
            # 'This is not a military base. There will be no permanent presence ...'
            Gold("military.presence", "negated", (US,), ("Dominican Republic",), core=False),
            # the naval build-up since August, the radar and airports of Trinidad and Tobago
            Gold("military.presence", "historical", (US,), (), core=False),
            Gold(
                "military.presence", "historical", (US,), ("Trinidad and Tobago",), core=False
            ),
            # Ecuador's referendum against foreign bases
            Gold("military.presence", "negated", (US,), ("Ecuador",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "United States Department of State", "Marco Rubio"),
                ("Cartel of the Suns", "Venezuela", "Nicolás Maduro"),
                core=False,
            ),
        ),
    ),
    Article(
        "u10-nm-manila-business-ewallet-faulty-update",
        date(2025, 7, 21),
        _p(
            "KwartaPay restores services after faulty update; BSP weighs sanctions",
            "By Andrea Villanueva",
            "Digital wallet KwartaPay said on Monday it had fully restored its services after a "
            "faulty software update deployed over the weekend caused double debits and failed "
            "transfers for about 1.2 million users, and the Bangko Sentral ng Pilipinas (BSP) said "
            "it was examining whether to impose sanctions on the company.",
            "The company said the update, deployed at 11 p.m. on Saturday to move accounts to a "
            "new core platform, contained a configuration error that caused some transfers to be "
            "debited twice. It suspended cash-in and InstaPay transfers at 2 a.m. on Sunday and "
            "rolled back the update by Sunday evening. All double debits will be reversed within "
            "48 hours, it said.",
            "'We sincerely apologise. No funds were lost and no accounts were compromised,' "
            "KwartaPay president Miguel Santos said in a statement. The company said it had "
            "deployed 300 additional customer service agents and extended the hours of its hotline "
            "until the end of the month.",
            "The BSP said it had directed the company to submit an incident report within five "
            "days. Under the central bank's rules on technology risk management, operators of "
            "payment systems face monetary penalties and other sanctions, including restrictions "
            "on new products, for serious disruptions. 'We will not hesitate to impose sanctions "
            "if we find that the company's controls were inadequate,' Deputy Governor Mamerto "
            "Tangonan told reporters.",
            "Consumer group Digital Pinoys said it would join a complaint filed with the BSP's "
            "consumer assistance desk by users whose salaries were debited twice on payday "
            "weekend. 'People could not buy food or pay their fare to work,' the group's convenor "
            "said.",
            "Senator Raffy Tulfo filed a resolution calling for an inquiry into the outage and "
            "into the readiness of e-wallets to handle peak volumes. The Department of Information "
            "and Communications Technology said it was 'monitoring the situation' but that there "
            "was no sign of a cyberattack.",
            "Rival e-wallets GCash and Maya said their systems had not been affected. KwartaPay, "
            "which joined the InstaPay network in 2021 and has about 9 million registered users, "
            "last month signed an agreement with a Japanese payments company to let Filipino "
            "workers in Japan send money home through its app.",
            "It is the second major disruption at the company this year. In March, a partner bank "
            "suspended its settlement services for six hours after a power failure at a data "
            "centre in Pasig.",
            "'Deploying a core migration on a payday weekend is asking for trouble,' said a "
            "fintech consultant who has advised several e-money issuers. 'The regulator will want "
            "to know who signed off on the timing.'",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "u11-nm-lagos-daily-court-restrains-labour-strike",
        date(2024, 6, 6),
        _p(
            "Court restrains NLC, TUC from resuming strike, orders parties back to talks",
            "From our Abuja Bureau",
            "The National Industrial Court of Nigeria in Abuja on Wednesday restrained the Nigeria "
            "Labour Congress (NLC) and the Trade Union Congress (TUC) from resuming the nationwide "
            "strike they suspended on Tuesday, and directed the parties to return to negotiations "
            "on a new national minimum wage.",
            "Ruling on an application by the Attorney-General of the Federation, the President of "
            "the court, Justice Benedict Kanyip, ordered the two unions not to embark on any "
            "strike pending the hearing of the main suit, fixed for June 20. The judge said a "
            "strike that shut down the national grid and the airports could not be allowed 'in "
            "defiance of the processes of this court', and warned that any party that disobeyed "
            "the order would face sanctions for contempt.",
            "The Nigeria Employers' Consultative Association joined the suit as an interested "
            "party on Wednesday, telling the court that the two-day strike had cost businesses "
            "billions of naira.",
            "The unions had suspended the strike for one week on Tuesday night after signing an "
            "agreement with the Federal Government at the end of a meeting at the State House. "
            "Under the agreement, signed by the Secretary to the Government of the Federation, "
            "George Akume, and the leaders of the two unions, President Bola Tinubu committed to a "
            "national minimum wage higher than the N60,000 offered by the government, and the "
            "tripartite committee will meet daily for a week to agree a figure.",
            "During the strike, which began on Monday, members of the Nigeria Union of Electricity "
            "Employees joined the action by switching off transmission stations, plunging much of "
            "the country into darkness, while airport workers blocked access to terminals in Lagos "
            "and Abuja. The police deployed officers at the offices of the Transmission Company of "
            "Nigeria and at major airports.",
            "The Minister of Information, Mohammed Idris, had threatened to apply the "
            "'no-work-no-pay sanction' against workers who stayed away, a threat the unions "
            "dismissed.",
            "Reacting to the ruling, NLC President Joe Ajaero said labour would obey the order but "
            "would appeal. 'We are law-abiding. But no court can order a hungry man to be quiet,' "
            "he said. 'Nigerian workers are asking for a living wage, not a favour.'",
            "The current minimum wage of N30,000 was signed into law by former President Muhammadu "
            "Buhari in April 2019 and expired in April this year. Labour initially demanded "
            "N615,000, citing inflation of more than 33 per cent and the removal of the petrol "
            "subsidy last year, before lowering its demand to N494,000.",
            "State governors have said they cannot pay more than N60,000, and the Nigeria "
            "Governors' Forum said on Tuesday that several states would have to lay off workers if "
            "a higher figure were imposed.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "u12-nm-guwahati-daily-bridge-funds-sanctioned",
        date(2025, 6, 20),
        _p(
            "Centre sanctions Rs 2,860 crore for Jorhat-Majuli Brahmaputra bridge",
            "NDRF teams deployed as river crosses danger mark at Neamatighat; engineer suspended "
            "over approach road cave-in",
            "Staff Reporter",
            "GUWAHATI, June 19: The Union Ministry of Road Transport and Highways has sanctioned "
            "Rs 2,860 crore for a four-lane bridge over the Brahmaputra linking Jorhat with "
            "Majuli, the world's largest river island, Chief Minister Himanta Biswa Sarma said on "
            "Thursday.",
            "The National Highways and Infrastructure Development Corporation Limited (NHIDCL), "
            "which will execute the project, signed the contract with a Hyderabad-based "
            "construction company on Wednesday, and work will start after the monsoon. The 6.8-km "
            "bridge is to be completed in four years.",
            "'For generations, the people of Majuli have depended on ferries that stop running the "
            "moment the river rises. This bridge will end that isolation,' Sarma told reporters at "
            "Janata Bhawan. The state government has also sanctioned Rs 120 crore for land "
            "acquisition and rehabilitation, and officials who 'sit on files' will be suspended, "
            "he warned.",
            "The cabinet, which met on Thursday, also sanctioned 2,000 posts of constables in "
            "Assam Police and approved a proposal for Assam to join the Centre's scheme for "
            "electric buses in cities, under which Guwahati will get 200 buses.",
            "Flood situation worsens",
            "Meanwhile, the Brahmaputra crossed the danger mark at Neamatighat in Jorhat on "
            "Thursday evening, and teams of the National Disaster Response Force and the State "
            "Disaster Response Force have been deployed in Lakhimpur, Dhemaji, Majuli and "
            "Golaghat. According to the Assam State Disaster Management Authority, more than 1.4 "
            "lakh people in 11 districts have been affected, and 38 relief camps have been opened.",
            "Helicopters of the Indian Air Force joined rescue operations in Dhemaji on Thursday "
            "after several villages were cut off. Ferry services between Jorhat and Majuli were "
            "suspended on Wednesday afternoon.",
            "Engineer suspended",
            "The Public Works Department suspended an executive engineer and an assistant engineer "
            "after a 40-metre portion of the approach road to the Dhola-Sadiya bridge caved in on "
            "Tuesday night. PWD Minister Jayanta Malla Baruah said an inquiry had been ordered and "
            "that the contractor would be blacklisted if found at fault.",
            "In a separate development, Gauhati University signed a memorandum of understanding "
            "with IIT Guwahati on Thursday for joint research on river erosion and flood "
            "forecasting, Vice-Chancellor Nani Gopal Mahanta said.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "u05-banjul-daily-ecowas-warns-bissau-junta": (
        "the force that stays is told as 'its Stabilisation Support Mission ..., deployed in "
        "Bissau since 2022 after an attack ..., would remain': 'mission' is no presence noun and "
        "the subject is beyond the reach of 'remain'"
    ),
    "u07-podcast-transcript-libya-joint-force": (
        "the agreement's parties are the Government of National Unity and the Libyan National "
        "Army (organisations with no state: no plausible parties of an agreement), named in an "
        "appositive's relative clause; the merger is 'those units will be merged into a single "
        "brigade under a joint command' (no party named, no joint-force noun)"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


NOV = date(2025, 11, 14)


def test_a_date_after_the_verb_counts_its_day() -> None:
    # the day counts for a date after the trigger or opening the clause, not in a fronted phrase
    text = "The US Treasury blacklisted Rosneft and Lukoil, Russia's two largest oil producers, on October 22."
    assert alert_rows(text, NOV) == []
    assert alert_rows("On October 2, the EU imposed sanctions on Iran.", NOV) == []
    rows = alert_rows("On November 10, the EU imposed sanctions on Iran.", NOV)
    assert [(r[0], r[1]) for r in rows] == [("sanctions.imposed", "occurred")], rows
    rows = alert_rows("In response to the missile test on October 3, the EU imposed sanctions on Iran.", NOV)
    assert [(r[0], r[1]) for r in rows] == [("sanctions.imposed", "occurred")], rows


def test_the_year_of_an_end_date_is_not_the_acts() -> None:
    text = "The council's Sudan sanctions regime, renewed in September until September 2025, remains in force."
    assert alert_rows(text, date(2024, 12, 13)) == []


def test_a_month_after_a_future_verb_lies_ahead() -> None:
    rows = alert_rows("Armenia will become a state party to the International Criminal Court on February 1.", NOV)
    assert rows == [("alliance.joined", "planned", ["Armenia"], ["International Criminal Court"])], rows
    # (a month before the future verb still dates what was said then)
    text = "Under a March 10 agreement, the SDF is supposed to be merged into the army by the end of the year."
    assert alert_rows(text, date(2025, 10, 15)) == []


def test_listed_after_a_preposition_is_an_adjective() -> None:
    text = "The council kept the asset freeze and travel ban on listed individuals in force."
    assert alert_rows(text, NOV) == []


def test_a_base_held_or_only_named_is_the_setting() -> None:
    assert alert_rows("Russia is the only country that keeps a military base on our soil.", NOV) == []
    assert alert_rows("He was referring to Russia's 102nd military base in Gyumri.", NOV) == []
    rows = alert_rows("Russia has opened a military base in Sudan.", NOV)
    assert [(r[0], r[1]) for r in rows] == [("military.presence", "occurred")], rows


def test_a_force_kept_on_by_its_speaker() -> None:
    for text in ("ECOWAS said its troops would remain in Guinea-Bissau.",
                 "ECOWAS said on Monday that its stabilisation mission will stay in Guinea-Bissau."):
        rows = alert_rows(text, NOV)
        assert [(r[0], r[2], r[3]) for r in rows] == [
            ("military.presence", ["Economic Community of West African States"], ["Guinea-Bissau"])], (text, rows)
    assert alert_rows("Market forces will remain strong in Europe.", NOV) == []


def test_a_headline_infinitive_is_a_plan() -> None:
    rows = alert_rows("Indonesia to join BRICS", NOV)
    assert rows == [("alliance.joined", "planned", ["Indonesia"], ["BRICS"])], rows
    assert alert_rows("Armenia wants to join the EU.", NOV) == []


def test_an_act_asked_about_is_no_event() -> None:
    text = ("Asked whether the government intended to leave the CSTO and join NATO, the minister "
            "said Armenia had no plans to join NATO.")
    assert alert_rows(text, NOV) == []


def test_a_state_owned_company_in_capitals() -> None:
    assert alert_rows("TOTALENERGIES SIGNS 10-YEAR LNG SUPPLY DEAL WITH TURKEY'S BOTAS", NOV) == []


def test_leave_to_use_a_base_is_a_presence() -> None:
    rows = alert_rows("The Dominican Republic will allow US military aircraft to use the San Isidro Air Base.", NOV)
    assert [(r[0], r[1]) for r in rows] == [("military.presence", "planned")], rows
    assert alert_rows("The school will allow students to use the new library.", NOV) == []


def test_a_loan_agreement_is_no_accord() -> None:
    assert alert_rows("Egypt signed a $500 million loan agreement with the World Bank on Monday.", NOV) == []
    rows = alert_rows("Egypt and Saudi Arabia signed a defence agreement on Monday.", NOV)
    assert [(r[0], r[1]) for r in rows] == [("agreement.signed", "occurred")], rows


def test_heldout18_set_shape() -> None:
    """Twelve articles of 300-700 words, three near misses, nine with core alertable events of
    all ten types, and every status annotated somewhere."""
    check_set_shape(ARTICLES, size=(12, 12), near_misses=(3, 3), core_articles=9, core_types=10)


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-18 English events"))
