"""Thirty-second English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics, regions and programmes the earlier
thirty-one sets lack: a wire on the US reimposing its oil, shipping and banking sanctions on Iran
with 180-day waivers for eight buyers of its crude and a warning to SWIFT (2018), an Abidjan daily
on the Security Council ending its arms embargo, travel ban and asset freeze on Côte d'Ivoire by
resolution 2283 (2016), a fortnightly email newsletter on Central America with the Council of the
EU prolonging its Nicaragua measures for a year (2023), a television news transcript on John
Bolton threatening sanctions against the International Criminal Court's judges and prosecutors
(2018), a wire of 1997 on the Tajik peace accord signed in the Kremlin with the opposition's fighters
to be merged into the army, a question-and-answer explainer on New Zealand's first sanctions under
its own Russia Sanctions Act (2022), a Kigali editorial on Rwanda admitted to the Commonwealth and
its relations with France restored the same day (2009), a Mogadishu feature on Turkey opening its
largest military base abroad (2017), a live blog (oldest entry first) of the African Union summit
that readmitted Morocco (2017), and near misses (a racing news-in-brief column where a trainer's
suspension "imposed" in January is "lifted", "sanctions" are "imposed" for whip breaches, a fixture
is "restored", a jockey "joins" a yard "signing an agreement" and two racing regulators sign a
"memorandum of understanding"; a labour wire on dockworkers whose union "suspended" its strike with
a master contract "extended" under a tentative "agreement", a president who would not "impose" a
cooling-off period, surcharges "imposed" and to be "lifted", extra crews to be "deployed"; a Nova
Scotia local story on two fire departments to be "merged" and "integrated", a burn ban "extended"
and "first imposed" in July, a boil-water advisory "lifted", an "agreement" signed with a town, a
transit pilot the municipality will "join" and police officers "deployed" to beaches).

Nine articles carry core alertable events of all ten types (sanctions imposed twice, suspended,
lifted, extended and threatened; a state admitted to an organisation twice; an accord signed;
relations restored; fighters to be merged into an army; a base opened), eleven occurred and one
planned, beside historical, negated and stalled events. They are told in the ordinary ways: "on
Monday reimposed sanctions on Iran's oil, shipping and banking sectors, blacklisting more than 700
individuals, entities, aircraft and vessels" under a headline that says it too, eight states that
"had been granted waivers of 180 days" in reported speech with the sanctions named only in the
sentences before, "lifted the arms embargo, travel ban and asset freeze it had imposed on Côte
d'Ivoire since 2004", "prolonged the bloc's restrictive measures against Nicaragua for another year,
until 15 October 2024", "threatened to sanction the court's judges and prosecutors if they pursue
an investigation" read by an anchor, "President Imomali Rakhmonov of Tajikistan and the leader of
the Islamic-led opposition, Said Abdullo Nuri, signed an agreement in the Kremlin", "its fighters
will be merged into the army, the border troops and the Interior Ministry's forces", "On Friday New
Zealand imposed sanctions on President Vladimir Putin and more than 100 other Russians" in answer to
"What happened?", "the heads of government of the Commonwealth admitted Rwanda as the
organisation's 54th member", "Hours later, in Kigali, Rwanda and France announced that they had
restored diplomatic relations", "On Saturday Turkey opened a military training base on the coast
south of Mogadishu's airport" and "BREAKING: Morocco has been readmitted to the African Union ...
Morocco becomes the union's 55th member"; dates as "Nov 5" in a dateline, "on Monday", "on
Thursday", "since 2004", "until 15 October 2024", "last November", "in December", "At the end of
February", "On Sunday", "Hours later", "in August 2011" and a live blog's clock times.

Decisions of the annotation: a state that "reimposed sanctions on Iran's oil, shipping and banking
sectors, blacklisting more than 700 individuals, entities, aircraft and vessels" imposes (core), and
buyers that "had been granted waivers of 180 days" from them are a suspension that occurred (core:
the waivers of the same day, as the waivers of earlier sets); the Treasury that "warned that the
cooperative and its directors could themselves face sanctions" threatens SWIFT (not core: a warning
beside the news); the lifting of January 2016, the nuclear deal "reached" the year before and the
first measures back "in August" are historical, and Europeans who "would not reimpose sanctions of
their own" a negated imposition; a payment channel no state "has yet agreed to host" and waivers
that "expire in early May" are no events. A council that "lifted the arms embargo, travel ban and
asset freeze it had imposed on Côte d'Ivoire since 2004" lifts (core), the embargo "imposed in
November 2004" and the bans "followed in 2005" a historical imposition, the diamond ban lifted "In
April 2014" a historical lifting, "some members had wanted to keep the embargo for another year" a
negated extension, UNOCI "in the country since 2004" and the French base a historical presence, the
defence agreement "signed in 2012" a historical accord and the army "rebuilt after 2011 from the
former loyalist forces and the fighters of the rebel Forces Nouvelles" a historical integration;
UNOCI's troops that "are to leave" are no event. A council that "prolonged the bloc's restrictive
measures against Nicaragua for another year" extends (core), Borrell's "stood ready to take further
restrictive measures if the government did not change course" a threat that occurred (not core),
the regime of October 2019 and its listings of May 2020 a historical imposition, "No name was added
or removed" a negated imposition, and the United States that "put Porras on its list of corrupt and
undemocratic actors in 2021 and barred her from entering the country" a historical imposition; the
priests sent to Rome "under an arrangement with the Vatican", a party the prosecutor "tried to
suspend" and Nicaragua's exit from the OAS are no events. An adviser who "threatened to sanction the
court's judges and prosecutors if they pursue an investigation" threatens (core); "The United States
has never been a member of the court" and "would not join the court now or in the future" a negated
joining, the Rome Statute "signed in 2000" a historical accord; the PLO office to be closed is no
event. Two parties that "signed an agreement in the Kremlin on Friday to end a five-year civil war"
sign (core: a peace agreement), "its fighters will be merged into the army, the border troops and
the Interior Ministry's forces" a planned integration (core), the ceasefire "agreed ... in December"
a historical accord, the UN observers "since 1994" and the Russian division a historical presence,
and "Russian officials said the troops would stay" a planned presence (not core). A state that
"imposed sanctions on President Vladimir Putin and more than 100 other Russians" imposes (core),
"More names ... will be added in the coming weeks" a planned imposition (not core: a step of the
same news), "Belarus could be next" a threat (not core) beside "No Belarusian has been named yet", a
negated imposition, the travel ban of February a historical imposition and "no plans to deploy New
Zealand personnel to Europe" a negated presence; "Joining them late is better than not joining them
at all" is no joining. Heads of government who "admitted Rwanda as the organisation's 54th member"
make Rwanda join (core), two states that "announced that they had restored diplomatic relations"
restore them (core), embassies they "will reopen" and ambassadors they will "exchange in the coming
weeks" a planned restoration (not core: a step of the same news, as in set 31), Mozambique's joining
and Rwanda's of the East African Community "in 2007" historical joinings and Operation Turquoise a
historical presence; "Kigali cut ties the next day" is no event. A state that "opened a military
training base" abroad has a presence that occurred (core), its embassy "reopened ... that year"
(2011) a historical restoration, its troops "stationed in Qatar since 2016" and the African Union's,
American and Emirati forces historical presences, and the Somaliland talks "stalled since 2015" a
stalled accord. A state that "has been readmitted to the African Union" joins (core), the regional
protection force that "has yet to deploy" a stalled presence and the ECOWAS troops that "crossed
into the country" ten days before a historical presence; Morocco's walk-out of 1984, its application
"last July" and the election of the commission's chairperson are no events. Outside the monitor's
remit (no event): a trainer's suspension lifted, racing sanctions imposed, a fixture restored, a
jockey who joins a yard, and a memorandum of two racing regulators; a strike suspended, a contract
extended by an agreement, a cooling-off period not imposed, surcharges imposed and to be lifted,
crews deployed; fire departments merged and integrated, a burn ban imposed and extended, an advisory
lifted, an agreement signed with a town, a pilot joined and police deployed at home.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout32_events_en``.
Measured before any fix (2026-12-02, on commit 7e54c05): P 0.833, R 0.667, F1 0.741 (recall 8/12,
10 of 12 alerts right; recall by status: occurred 8/11, planned 0/1; no false alarm, two unexpected
alerts, one venue as a party; the labour and local near misses quiet, the racing one not). No
annotation was corrected after the run.
Missed: the eight waivers ("Secretary of State Mike Pompeo said China, India, Italy, Greece, Japan,
South Korea, Taiwan and Turkey had been granted waivers of 180 days because they had already made
significant cuts to their imports ...": a waiver needs a sanctions word within five words, so
waivers whose sanctions are named in the sentences before give nothing, and even with the word,
"said ... had been granted waivers from sanctions on <oil>" is read as historical, the pluperfect
of reported speech taken for background, while "said ... have been granted" is news; by the way,
"waivers from the sanctions on" and "waivers from its sanctions on" give nothing where "waivers
from sanctions on" gives the suspension); the Tajik fighters to be merged ("Under it, the United
Tajik Opposition will receive 30 per cent of posts in the government, and its fighters will be
merged into the army, the border troops and the Interior Ministry's forces ...": the integration is
read with the bare "Interior Ministry" as its only party, an unexpected alert, because "its" (or
"their") fighters do not carry the group named before in the sentence, and the fighters of a group
the knowledge base lacks, "The fighters of the United Tajik Opposition will be merged into the
army", give nothing, while "The fighters of the Moro National Liberation Front" or "The Houthis'
fighters" do); Rwanda in the Commonwealth ("On Sunday, in Port of Spain, the heads of government of
the Commonwealth admitted Rwanda as the organisation's 54th member ...": an organisation or its
leaders that "admitted <state>" is no joining form, while "<state> was admitted to" is; the bare
"Commonwealth" is not linked either); Morocco in the African Union ("Morocco has been readmitted to
the African Union, several delegates tell us." and "Morocco becomes the union's 55th member.":
"readmitted to" is no joining form where "admitted to" and "rejoined" are, and a member "of the
union", "the bloc's eighth member", with the organisation named only by a common noun gives nothing,
while "the 55th member of the African Union" joins).
False alerts: the racing regulators' memorandum ("The BHA and Horse Racing Ireland have signed a
memorandum of understanding on integrity ...": a body whose name ends in a state's name and that the
knowledge base lacks, "Horse Racing Ireland", "Tourism Ireland", is read as the state and signs an
agreement, where "Cricket Ireland" or "Tennis Australia" stay quiet); Germany as a party to the
embassies to reopen ("the two countries will reopen their embassies and exchange ambassadors" after
a sentence on an aide "arrested in Germany and handed over to the French courts": "the two
countries" is resolved to the last two states named, those of a background sentence, not to the
parties of the news; with three sentences the occurred restoration takes the third state too).
Also seen, not scored: the Ivorian lifting is found only through the headline ("UN Ends Twelve
Years of Sanctions on Côte d'Ivoire"), the lead being read as historical (with two or more measures
listed before "it had imposed on <state> since 2004", or "in 2009", the year of the relative clause
dates the lifting, while one measure alone stays news); the Tajik accord is found only through the
headline ("Tajik President and Islamic Opposition Sign Peace Accord in Kremlin"): in the lead a
co-signatory the knowledge base does not know, "the leader of the Islamic-led opposition, Said
Abdullo Nuri", drops the signing, while "President Emomali Rahmon of Tajikistan and the opposition
signed" is read; the restoration of Rwanda and France is found with Spain and Rwanda as its parties,
France lost: "Port of Spain" is read as Spain, and a place put before the parties, "Hours later, in
Kigali, Rwanda and France announced ..." or "In Geneva, Chile and Peru restored diplomatic
relations.", gives nothing alone (while "In Geneva on Sunday, ..." and "... in Geneva." are read);
the Turkish base has the city of Mogadishu as its host; the warning to SWIFT has no target, and the
threat to the court no target ("the court's judges and prosecutors"); the Tajik ceasefire of
December is read with Iran and Afghanistan as its parties; Borrell's readiness for "further
restrictive measures", the names to come and the warning to Belarus in New Zealand, the August
measures and the Europeans' refusal in the Iran wire, the stalled protection force for South Sudan
and the ECOWAS troops in the Gambia are not read. Each form missed or falsely read is pinned below on
sentences of its own, a strict xfail while it fails, beside the neighbouring forms that are read.
After the fixes (same day): P 0.917 R 0.750 F1 0.825 (recall 9/12, precision 11/12). Fixed in
general: "readmitted to" a body joins it, as "rejoined" does; "waivers from the sanctions on …" are
waivers (the measures a few words after "from the" are no body one is suspended from); public bodies
named with a noun before their state ("Horse Racing Ireland", "Tourism Ireland") are not the state.
Left: the waivers of the article, the Tajik fighters, an organisation that "admitted" a state, a
member of a body named by a common noun, "the two countries" of a background sentence.
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
UAE = "United Arab Emirates"
TREASURY = "United States Department of the Treasury"
STATE_DEPT = "United States Department of State"
EU_COUNCIL = "Council of the European Union"
ICC = "International Criminal Court"
ECOWAS = "Economic Community of West African States"
UTO = "United Tajik Opposition"
CIV = "Ivory Coast"

ARTICLES: list[Article] = [
    Article(
        "f01-wire-us-reimposes-iran-oil-sanctions-eight-waivers",
        date(2018, 11, 5),
        _p(
            "US Reimposes Iran Oil Sanctions, Lets Eight Buyers Keep Importing for Now",
            "WASHINGTON, Nov 5 (wire)",
            "The United States on Monday reimposed sanctions on Iran's oil, shipping and banking sectors, blacklisting more than 700 individuals, entities, aircraft and vessels, but gave eight importers temporary permission to keep buying Iranian crude while they wind down their purchases.",
            "The Treasury said the designations, the largest it has ever made against Iran in a single day, included 50 Iranian banks and their foreign and domestic subsidiaries, more than 200 people and vessels in the shipping and energy sectors, and the national carrier Iran Air with 67 of its aircraft. Foreign banks that keep dealing with the listed Iranian banks risk being cut off from the US financial system.",
            "Secretary of State Mike Pompeo said China, India, Italy, Greece, Japan, South Korea, Taiwan and Turkey had been granted waivers of 180 days because they had already made significant cuts to their imports and had committed to further reductions. Two of the eight had stopped buying Iranian oil altogether and would not resume while the waivers were in force, he said, without naming them. Money paid for the oil will have to stay in escrow accounts in the buyers' own countries and can be used by Iran only for food, medicine and other humanitarian goods.",
            '"Our ultimate goal is to convince the regime to abandon its current revolutionary course," Pompeo told reporters at a joint briefing with Treasury Secretary Steven Mnuchin. Mnuchin said the Treasury had told SWIFT, the Belgium-based financial messaging service, to disconnect the Iranian banks on the list as soon as technically possible, and warned that the cooperative and its directors could themselves face sanctions if it did not.',
            "The oil and banking sanctions were lifted in January 2016 under the nuclear deal that Iran reached with six world powers the year before. President Donald Trump withdrew from the accord in May, calling it the worst deal ever negotiated, and a first set of measures, on Iran's purchases of dollars, gold and metals and on its car industry, came back into force in August.",
            'President Hassan Rouhani said on Monday that Iran would "proudly break" the sanctions and go on selling its oil. Thousands of Iranians had rallied outside the former US embassy in Tehran on Sunday, the anniversary of its seizure in 1979, chanting "Death to America".',
            "The European Union, France, Germany and Britain, which remain parties to the deal, said they regretted the American move and would not reimpose sanctions of their own. They are working on a payment channel, known as the special purpose vehicle, to let European companies trade with Iran, but no member state has yet agreed to host it.",
            "Oil prices fell on Monday as traders judged the waivers more generous than expected. Brent crude, which reached a four-year high above $86 a barrel in early October, traded near $73. Iran's exports had already fallen to about 1.8 million barrels a day from 2.5 million in April, according to tanker-tracking data.",
            "The waivers expire in early May, and the administration will then have to decide whether to renew them. \"Washington has given itself six months to see how far the market can manage without Iranian barrels,\" said an oil analyst in London.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY), ("Iran", "Iran Air")),
            Gold("sanctions.suspended", "occurred", (US, STATE_DEPT, "Mike Pompeo"), ("Iran",)),
            # the warning to SWIFT, told beside the news
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, TREASURY, "Steven Mnuchin"),
                ("SWIFT",),
                core=False,
            ),
            # the lifting of January 2016 and the deal of 2015; the measures back in August; the
            # Europeans who will not reimpose their own
            Gold("sanctions.lifted", "historical", (US, EU), ("Iran",), core=False),
            Gold("agreement.signed", "historical", ("Iran",), (), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
            Gold(
                "sanctions.imposed",
                "negated",
                (EU, "France", "Germany", UK),
                ("Iran",),
                core=False,
            ),
        ),
        not_participants=("Belgium",),
    ),
    Article(
        "f02-abidjan-daily-un-ends-cote-divoire-sanctions",
        date(2016, 4, 29),
        _p(
            "UN Ends Twelve Years of Sanctions on Côte d'Ivoire",
            "ABIDJAN | National | Friday 29 April 2016",
            "The United Nations Security Council on Thursday lifted the arms embargo, travel ban and asset freeze it had imposed on Côte d'Ivoire since 2004, saying the country had made lasting progress towards stability after the crisis that followed the 2010 presidential election.",
            "Resolution 2283, adopted unanimously in New York, ends the measures with immediate effect and dissolves the committee and the panel of experts that monitored them. A second resolution adopted the same day gives the UN peacekeeping mission, UNOCI, a final year: its troops and police, in the country since 2004, are to leave by 30 June 2017.",
            "Foreign Minister Albert Mabri Toikeusse, who travelled to New York for the vote, called it \"a great day for our country\" and thanked France, which drafted the text. \"Côte d'Ivoire is no longer a country in crisis. It is a country that is rebuilding,\" he told the Council.",
            "The arms embargo was imposed in November 2004, after government aircraft bombed a French army camp in Bouaké during an offensive against the rebel-held north, killing nine French soldiers and an American aid worker. France responded by destroying most of the small Ivorian air force on the ground. The travel ban and the asset freeze followed in 2005 and were later used against supporters of former President Laurent Gbagbo, who is now on trial at the International Criminal Court in The Hague.",
            "The Council had already eased the regime step by step. In April 2014 it lifted the ban on exports of rough diamonds and allowed the government to import small arms for its police and gendarmerie after notifying the committee. Last year it dropped the notification for several categories of equipment.",
            "Diplomats said the end of the embargo would make it easier for the national army, rebuilt after 2011 from the former loyalist forces and the fighters of the rebel Forces Nouvelles, to buy equipment and train abroad. The panel of experts had reported more than once that weapons were still circulating outside state control, and some members had wanted to keep the embargo for another year. None of them voted against.",
            "The French military base at Port-Bouët, beside Abidjan's airport, is not affected. About 900 French soldiers are stationed there under a defence agreement the two countries signed in 2012.",
            "In the Plateau business district, reactions were muted. \"Sanctions were something for diplomats. Most people here never felt them,\" said a trader selling telephones outside a bank. Another said the end of the diamond ban two years ago had mattered more to the miners of Séguéla than anything decided this week.",
            "President Alassane Ouattara, re-elected in October with 84 per cent of the vote, plans a referendum on a new constitution before the end of the year.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC, UN), (CIV,)),
            # the measures of 2004-2005; the diamond ban lifted in 2014; the embargo some wanted kept
            Gold("sanctions.imposed", "historical", (UNSC,), (CIV, "Laurent Gbagbo"), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), (CIV,), core=False),
            Gold("sanctions.extended", "negated", (UNSC,), (CIV,), core=False),
            # UNOCI since 2004 and the French base; the defence agreement of 2012; the army rebuilt
            # from both sides after 2011
            Gold("military.presence", "historical", (UN, "France"), (CIV,), core=False),
            Gold("agreement.signed", "historical", ("France", CIV), (), core=False),
            Gold("forces.integrated", "historical", (CIV,), (), core=False),
        ),
        not_participants=("Netherlands",),
    ),
    Article(
        "f03-newsletter-eu-renews-nicaragua-sanctions",
        date(2023, 10, 16),
        _p(
            "ISTHMUS DISPATCH",
            "A fortnightly email on Central America from our correspondents in Managua, San José and Guatemala City | Monday 16 October 2023",
            "In this issue: Brussels rolls over its Nicaragua list, twelve priests sent to Rome, Guatemala's roadblocks, and a copper contract in Panama.",
            "1. BRUSSELS ROLLS IT OVER",
            "The Council of the European Union on Thursday prolonged the bloc's restrictive measures against Nicaragua for another year, until 15 October 2024. The measures, an asset freeze and a ban on travel to the EU, apply to 21 people and three entities, among them Vice-President Rosario Murillo, two of the presidential couple's children, senior police commanders and the national police itself. No name was added or removed.",
            "The framework dates from October 2019, when the EU set up a regime to target those responsible for human rights violations and for undermining democracy in Nicaragua; the first listings followed in May 2020. In its statement the Council said the situation had \"continued to deteriorate\" and called for the release of all political prisoners.",
            "High Representative Josep Borrell said the EU stood ready to take further restrictive measures if the government did not change course. Our Managua correspondent notes that the government of Daniel Ortega did not comment, and that pro-government media described the renewal as \"interference\".",
            "2. THE PRIESTS",
            "Managua put 12 Catholic priests on a flight to Rome on Wednesday under an arrangement with the Vatican, our correspondent reports. Bishop Rolando Álvarez, sentenced in February to 26 years in prison, was not among them. In February the government expelled 222 political prisoners to the United States and stripped them of their nationality.",
            "3. GUATEMALA",
            "Roadblocks set up by Indigenous authorities across Guatemala entered their third week on Monday. The protesters demand the resignation of Attorney General Consuelo Porras, whose office has tried to suspend the party of President-elect Bernardo Arévalo and seized ballot boxes from the August run-off. The United States, which put Porras on its list of corrupt and undemocratic actors in 2021 and barred her from entering the country, called again for the result to be respected. Arévalo is due to take office on 14 January.",
            "4. PANAMA",
            "The National Assembly began debating a new contract for First Quantum's Cobre Panamá copper mine, the country's biggest private investment. Teachers' unions and environmental groups have called protests, and the company says the mine provides about 5 per cent of the country's output.",
            "ONE MORE THING",
            "Nicaragua's exit from the Organization of American States takes effect next month, two years after Managua announced it. The OAS General Assembly had declared the 2021 election illegitimate.",
            "That's all for this fortnight. Reply to this email with tips, corrections or complaints.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, EU_COUNCIL), ("Nicaragua",)),
            # Borrell's "stood ready to take further restrictive measures"
            Gold(
                "sanctions.threatened",
                "occurred",
                (EU, "Josep Borrell"),
                ("Nicaragua",),
                core=False,
            ),
            # the framework of 2019 and the listings of 2020; no name added; the US bar on Porras
            Gold("sanctions.imposed", "historical", (EU,), ("Nicaragua",), core=False),
            Gold("sanctions.imposed", "negated", (EU, EU_COUNCIL), ("Nicaragua",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Guatemala",), core=False),
        ),
        not_participants=("Italy", "Panama", "Costa Rica"),
    ),
    Article(
        "f04-tv-transcript-bolton-threatens-icc",
        date(2018, 9, 10),
        _p(
            "THE WORLD TONIGHT | Monday 10 September 2018 | Transcript, segment 1 of 4",
            "ANCHOR: Good evening. The Trump administration has opened a new front in America's long quarrel with the International Criminal Court. In a speech in Washington today, national security adviser John Bolton threatened to sanction the court's judges and prosecutors if they pursue an investigation of American troops in Afghanistan. Our State Department correspondent is with me. How far did he go?",
            "CORRESPONDENT: A long way, even by John Bolton's standards. Speaking to the Federalist Society, a conservative lawyers' group, he called the court illegitimate and said that, for all intents and purposes, it was already dead to us. Then he set out what Washington would do if the court opened a case against Americans: ban its judges and prosecutors from entering the United States, sanction any funds they hold in the American financial system and prosecute them in American courts. He said the same would apply to any company or state that helped an ICC investigation of Americans.",
            "ANCHOR: Why now?",
            "CORRESPONDENT: Last November the court's prosecutor, Fatou Bensouda, asked the judges for permission to investigate alleged war crimes in Afghanistan, including by US forces and the CIA. The judges haven't ruled yet. Bolton also pointed to the Palestinians, who asked the prosecutor in May to investigate Israel, and he said the administration would not sit quietly if the court went after Israel or other allies.",
            "ANCHOR: And there was a second announcement today about the Palestinians.",
            "CORRESPONDENT: That's right. The State Department said it is closing the Palestine Liberation Organization's office here in Washington, which has served as the Palestinians' de facto embassy, because the Palestinian leadership has refused to talk to the administration about its peace plan and has pushed for an ICC investigation of Israel. Palestinian officials called the closure another deliberate act of collective punishment.",
            "ANCHOR: The United States has never been a member of the court.",
            "CORRESPONDENT: No. President Clinton signed the Rome Statute in 2000 but never sent it to the Senate, and the Bush administration withdrew the signature in 2002. Congress then passed a law allowing the president to use all means necessary to free Americans held by the court, which critics called the Hague Invasion Act. Bolton, who was at the State Department at the time, has said that unsigning the treaty was one of the happiest moments of his government career. Today he made clear that Washington would not join the court now or in the future.",
            "ANCHOR: How has the court responded?",
            "CORRESPONDENT: In a short statement tonight it said it would continue its work undeterred, as an independent and impartial judicial institution, and that its 123 member states had given it a mandate to act. The European Union said it backed the court. The Dutch foreign ministry, which hosts the court in The Hague, said it was studying the remarks.",
            "ANCHOR: Thank you. After the break: Hurricane Florence strengthens off the Carolinas, and a million people are told to leave the coast.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "John Bolton"), (ICC, "Fatou Bensouda")),
            # never a member and not joining; the signature of 2000, withdrawn in 2002
            Gold("alliance.joined", "negated", (US,), (ICC,), core=False),
            Gold("agreement.signed", "historical", (US, "Bill Clinton"), (ICC,), core=False),
        ),
        not_participants=("Afghanistan", "Netherlands"),
    ),
    Article(
        "f05-wire-1997-tajik-peace-accord-signed-in-kremlin",
        date(1997, 6, 27),
        _p(
            "Tajik President and Islamic Opposition Sign Peace Accord in Kremlin",
            "MOSCOW, June 27 (wire)",
            "President Imomali Rakhmonov of Tajikistan and the leader of the Islamic-led opposition, Said Abdullo Nuri, signed an agreement in the Kremlin on Friday to end a five-year civil war that has killed tens of thousands of people and driven hundreds of thousands from their homes.",
            "The General Agreement on the Establishment of Peace and National Accord, signed in the presence of President Boris Yeltsin and of Iran's foreign minister, Ali Akbar Velayati, brings together protocols negotiated in three years of UN-sponsored talks in Tehran, Islamabad, Almaty, Ashgabat and Moscow. Under it, the United Tajik Opposition will receive 30 per cent of posts in the government, and its fighters will be merged into the army, the border troops and the Interior Ministry's forces after they have gathered at assembly points and handed in their weapons.",
            "A Commission on National Reconciliation, chaired by Nuri with a deputy chosen by the government, will oversee the transition, and parliamentary elections are to follow within 12 to 18 months. Opposition leaders who have spent the war in exile in Iran and Afghanistan are expected to return to Dushanbe in the coming weeks, as are some of the refugees in camps across the Afghan border.",
            '"Today we have put an end to a war between brothers," Rakhmonov said at the ceremony. Nuri called on his fighters to respect the accord and said the opposition would not allow anyone to wreck it.',
            "The two sides agreed a ceasefire in Moscow in December, and it has largely held, despite clashes in the Karategin valley this spring. A small UN military observer mission has monitored the truce since 1994.",
            "Russia keeps its 201st Motor Rifle Division in Tajikistan, and Russian border guards, most of them Tajik conscripts under Russian officers, patrol the frontier with Afghanistan, where the Taliban now hold most of the country. Russian officials said the troops would stay after the accord.",
            "Not every armed group is covered. A renegade army colonel, Mahmud Khudoiberdiyev, whose brigade mutinied last year, said he did not trust the deal, and several local commanders in the east have answered to no one for years. Diplomats said the hardest part, disarming the opposition units and bringing them into the army, would take months and could not be done without money from abroad.",
            "Tajikistan, the poorest of the former Soviet republics, depends on Moscow for much of its budget and its security. Its aluminium smelter at Tursunzade and its cotton crop earn most of its hard currency, and both have suffered from the fighting.",
            "The accord was welcomed by the United Nations Secretary-General, Kofi Annan, whose special envoy chaired the talks.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Tajikistan", UTO, "Emomali Rahmon", "Sayid Abdulloh Nuri"),
                (),
            ),
            Gold("forces.integrated", "planned", ("Tajikistan", UTO), ()),
            # the ceasefire of December; the UN observers since 1994 and the Russian division; the
            # Russian troops to stay
            Gold("agreement.signed", "historical", ("Tajikistan", UTO), (), core=False),
            Gold("military.presence", "historical", (UN, "Russia"), ("Tajikistan",), core=False),
            Gold("military.presence", "planned", ("Russia",), ("Tajikistan",), core=False),
        ),
        not_participants=("Pakistan", "Kazakhstan", "Turkmenistan", "Afghanistan"),
    ),
    Article(
        "f06-explainer-new-zealand-first-russia-sanctions",
        date(2022, 3, 21),
        _p(
            "Explainer: What New Zealand's First Russia Sanctions Do, and What They Don't",
            "WELLINGTON | Politics | Monday 21 March 2022",
            "New Zealand has never had a law of its own for punishing another country. Now it has one, and it used it for the first time on Friday. Here is what changed.",
            "What happened?",
            "On Friday New Zealand imposed sanctions on President Vladimir Putin and more than 100 other Russians, among them Prime Minister Mikhail Mishustin, members of the Security Council and senior military officers. Any assets they hold in New Zealand are frozen, and their ships and aircraft are barred from the country's ports and airspace.",
            "Why couldn't it do this before?",
            "Until this month New Zealand could impose sanctions only when the UN Security Council ordered them, and Russia holds a veto on the Council. The Russia Sanctions Act, passed by Parliament in a single day on 9 March with the support of every party, gives the government the power to act on its own against Russia and against anyone who helps it.",
            "Who decides?",
            '"These are the people who have led and enabled this illegal invasion," Foreign Minister Nanaia Mahuta said on Friday. She names those to be sanctioned in regulations, after consulting the prime minister and the justice minister. More names, including oligarchs and companies, will be added in the coming weeks, she said.',
            "Didn't New Zealand already do something?",
            "Yes. At the end of February it banned travel to New Zealand by Russian officials and stopped exports of goods to the Russian military and security forces. Those steps were taken under existing immigration and export control powers, which is why they went no further.",
            "Will it hurt?",
            "Probably not much. Trade with Russia was worth about NZ$400 million a year before the invasion, mostly butter and other dairy products, and few Russians are thought to hold significant assets here. Officials say the point is to stand alongside the United States, the European Union, Britain, Australia, Canada and Japan, whose measures are far bigger. Joining them late is better than not joining them at all, one official said.",
            "What about Belarus?",
            "The act allows sanctions on those who help Russia, and Mahuta has said Belarus could be next. No Belarusian has been named yet.",
            "Is there anything New Zealand won't do?",
            "It will not send combat troops. The government has given money for weapons through a NATO trust fund and sent non-lethal equipment, and Prime Minister Jacinda Ardern said last week that there were no plans to deploy New Zealand personnel to Europe.",
            "What does Moscow say?",
            "Russia's embassy in Wellington called the act a hostile step and said New Zealand was following Washington's line.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("New Zealand", "Nanaia Mahuta"),
                ("Russia", "Vladimir Putin", "Mikhail Mishustin"),
            ),
            # more names in the coming weeks; Belarus could be next, none named yet; the travel bans
            # and export stops of February; no plans to deploy personnel
            Gold("sanctions.imposed", "planned", ("New Zealand",), ("Russia",), core=False),
            Gold("sanctions.threatened", "occurred", ("New Zealand",), ("Belarus",), core=False),
            Gold("sanctions.imposed", "negated", ("New Zealand",), ("Belarus",), core=False),
            Gold("sanctions.imposed", "historical", ("New Zealand",), ("Russia",), core=False),
            Gold("military.presence", "negated", ("New Zealand",), (), core=False),
        ),
        not_participants=("Australia", "Canada", "Japan"),
    ),
    Article(
        "f07-kigali-editorial-rwanda-commonwealth-and-france-ties",
        date(2009, 12, 1),
        _p(
            "Editorial: A New Club, and an Old Quarrel Set Aside",
            "KIGALI | Opinion | Tuesday, December 1, 2009",
            "It has been a weekend that Rwandan diplomacy will remember. On Sunday, in Port of Spain, the heads of government of the Commonwealth admitted Rwanda as the organisation's 54th member, only the second country, after Mozambique, to join without a colonial tie to Britain. Hours later, in Kigali, Rwanda and France announced that they had restored diplomatic relations, three years after this country expelled the French ambassador and closed its embassy in Paris.",
            "The two decisions are of a piece. Since 1994 the government has argued that a small, landlocked country that lost a million of its people in the genocide against the Tutsi cannot afford to depend on the goodwill of a single patron. Rwanda joined the East African Community in 2007, its trade is turning towards Mombasa and Dar es Salaam, and last year the cabinet made English the language of instruction in schools.",
            "Membership of the Commonwealth will not change much overnight. It brings no army and little money. What it brings is a seat in a club of 53 other states, a third of the world's people, with a habit of consultation and a network of professional bodies that our lawyers, teachers and doctors can use. Some human rights groups had asked the heads of government to wait, pointing to restrictions on the press and on opposition parties. They were overruled, rightly in our view, but the objection deserves an answer in deeds, not communiqués.",
            "The quarrel with France is older and deeper. Paris armed and trained the army of the genocidal regime before 1994, and its Operation Turquoise, launched in June of that year, allowed many of the killers to escape into Zaire. In November 2006 a French judge, Jean-Louis Bruguière, issued arrest warrants for nine close aides of President Paul Kagame over the shooting down of President Juvénal Habyarimana's plane, and Kigali cut ties the next day. Last year Rose Kabuye, the head of state protocol, was arrested in Germany on one of those warrants and handed over to the French courts.",
            "The joint statement issued on Sunday, after President Kagame received Claude Guéant, chief of staff to President Nicolas Sarkozy, says that the two countries will reopen their embassies and exchange ambassadors in the coming weeks. Bernard Kouchner, the French foreign minister, who has worked for a reconciliation since he took office, is expected in Kigali in the new year.",
            "Restored relations are not the same as trust. France has never acknowledged its part in 1994, and Rwanda has not withdrawn the report of its own commission, published last year, which accused 33 French political and military figures of involvement in the genocide. Neither side should pretend otherwise.",
            "But diplomacy is about interests, and the interests are plain. France sits on the Security Council and in the councils of the European Union, our largest donor. A Rwanda that talks to Paris as well as to London and Washington is a Rwanda with more room to choose. We welcome both steps, and we urge the government to use them to open up at home as well as abroad.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Rwanda",), ("Commonwealth of Nations",)),
            Gold("relations.restored", "occurred", ("Rwanda", "France"), ()),
            # embassies to reopen and ambassadors to be exchanged: a step of the same news
            Gold("relations.restored", "planned", ("Rwanda", "France"), (), core=False),
            # Mozambique in the Commonwealth and Rwanda in the EAC; Operation Turquoise of 1994
            Gold(
                "alliance.joined",
                "historical",
                ("Rwanda", "Mozambique"),
                ("East African Community", "Commonwealth of Nations"),
                core=False,
            ),
            Gold("military.presence", "historical", ("France",), ("Rwanda",), core=False),
        ),
        not_participants=("Trinidad and Tobago", "Germany"),
    ),
    Article(
        "f08-feature-mogadishu-turkey-opens-military-base",
        date(2017, 10, 2),
        _p(
            "In Mogadishu, Turkey Opens Its Biggest Military Base Abroad",
            "MOGADISHU | Africa Feature | Monday 2 October 2017",
            "The parade ground is new, the barracks still smell of paint, and the flags over the gate are Turkish and Somali. On Saturday Turkey opened a military training base on the coast south of Mogadishu's airport, its largest outside its own borders, where some 200 Turkish officers will train Somali soldiers.",
            "The compound, which cost about $50 million and took two years to build, covers 400 hectares and has room for 1,500 recruits at a time. Turkish officials say it will eventually train a third of the 22,000-strong army that Somalia's government wants to build before the African Union's peacekeepers go home. Prime Minister Hassan Ali Khaire and Turkey's chief of general staff, General Hulusi Akar, cut the ribbon together on Saturday morning.",
            '"This academy will build an army that belongs to all Somalis, not to a clan," Khaire told the guests. Officers said the first recruits, chosen from every region, would arrive within weeks and train for six months.',
            "Turkey's role here goes back to August 2011, when Recep Tayyip Erdogan, then prime minister, visited a city gripped by famine and war, the first leader from outside Africa to come in almost two decades. Turkey reopened its embassy in Mogadishu that year, and Turkish Airlines began flights to Istanbul in 2012. Turkish companies now run the seaport and the airport, and Turkish money has paid for a hospital and roads.",
            "The base is the second sign in a year of Ankara's military ambitions abroad. Turkish troops have been stationed in Qatar since 2016, and their number grew after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Doha in June.",
            "Other foreign armies are already here. The African Union mission has about 22,000 troops from Uganda, Burundi, Kenya, Ethiopia and Djibouti fighting al-Shabab, the United States flies drones and keeps special forces advisers in the country, and the United Arab Emirates runs its own training programme for Somali troops in Mogadishu. Somali officers complain that each donor trains soldiers in its own way, and that units trained by different countries do not always work together.",
            "Turkey has also tried its hand as a mediator. It hosted talks between the federal government and the breakaway region of Somaliland in Ankara and Istanbul from 2013, but the talks have been stalled since 2015 and Somaliland's leaders have since looked to the Gulf.",
            "Al-Shabab has attacked Turkish targets before. In July 2013 a suicide car bomb outside the Turkish embassy compound killed a Turkish security guard and two Somalis. At the gate of the new base, Somali soldiers checked every car twice.",
            '"For us the Turks are the ones who came when nobody else did," said a shopkeeper in the Hodan district. "Now we will see if their soldiers are as good as their builders."',
        ),
        (
            Gold("military.presence", "occurred", ("Turkey", "Hulusi Akar"), ("Somalia",)),
            # the embassy reopened in 2011; Turkish troops in Qatar since 2016; the AU mission, the
            # Americans and the Emiratis; the Somaliland talks stalled since 2015
            Gold("relations.restored", "historical", ("Turkey",), ("Somalia",), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Qatar",), core=False),
            Gold(
                "military.presence",
                "historical",
                (AU, US, UAE, "Uganda", "Burundi", "Kenya", "Ethiopia", "Djibouti"),
                ("Somalia",),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Somalia", "Somaliland"), (), core=False),
        ),
        not_participants=("Saudi Arabia", "Bahrain", "Egypt"),
    ),
    Article(
        "f09-live-blog-au-summit-morocco-readmitted",
        date(2017, 1, 30),
        _p(
            "LIVE: African Union Summit, Day One",
            "Addis Ababa | Monday 30 January 2017 | All times East Africa Time (GMT+3) | Last updated 21:40",
            "09:05 Good morning from the African Union's headquarters in Addis Ababa, where heads of state open the union's 28th summit today. Two things to watch: whether Morocco gets back in, 33 years after it walked out, and who succeeds Nkosazana Dlamini-Zuma at the head of the commission.",
            "10:20 The summit has opened with a minute's silence for the victims of conflict on the continent. Guinea's president, Alpha Condé, takes over the rotating chairmanship of the union for the year from Chad's Idriss Déby.",
            "12:45 UN Secretary-General António Guterres, on his first visit to an AU summit since taking office, says the United Nations will stand by Africa and praises African countries that keep their borders open to refugees while richer ones close theirs.",
            "14:10 The closed-door session on Morocco is under way. Diplomats say 39 member states have backed Rabat's application in writing, more than the simple majority it needs, but Algeria and South Africa, the strongest supporters of the Sahrawi Arab Democratic Republic, want guarantees that Morocco will respect the borders of fellow members.",
            "15:55 BREAKING: Morocco has been readmitted to the African Union, several delegates tell us. The heads of state agreed by consensus after a debate of several hours. Morocco becomes the union's 55th member.",
            "16:30 Some background: Morocco left the Organisation of African Unity, the union's forerunner, in 1984 in protest at the admission of the Sahrawi republic, proclaimed by the Polisario Front in Western Sahara, a territory Morocco considers its own. It was the only African state outside the union until today. King Mohammed VI applied to return last July.",
            "17:20 Chad's foreign minister, Moussa Faki Mahamat, has been elected chairperson of the African Union Commission in the seventh round of voting, beating Kenya's Amina Mohamed. He takes office in March.",
            "18:05 King Mohammed VI, who arrived in Addis Ababa on Friday, will address the summit tomorrow, his office says.",
            '19:10 The Sahrawi delegation says Morocco\'s return will oblige Rabat to sit at the same table as the Sahrawi republic. "Morocco has accepted the Constitutive Act, which says that borders inherited at independence must be respected," a Polisario official tells us. Moroccan officials reject that reading.',
            "20:30 Also discussed today: South Sudan, where a regional protection force of 4,000 troops, authorised by the UN Security Council in August, has yet to deploy because Juba keeps raising objections, and the Gambia, where Yahya Jammeh left for exile ten days ago after ECOWAS troops crossed into the country.",
            "21:40 That's all from us for today. Tomorrow: the king's speech and the closing session.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Morocco",), (AU,)),
            # the protection force that has yet to deploy; the ECOWAS troops of ten days ago
            Gold("military.presence", "stalled", (UNSC,), ("South Sudan",), core=False),
            Gold("military.presence", "historical", (ECOWAS,), ("Gambia",), core=False),
        ),
        not_participants=("Ethiopia", "Algeria", "South Africa", "Chad", "Kenya", "Guinea"),
    ),
    Article(
        "f10-nm-racing-in-brief-trainer-ban-lifted",
        date(2024, 3, 2),
        _p(
            "RACING IN BRIEF",
            "Saturday 2 March 2024 | Turf and Track",
            "Harbord's ban lifted on appeal",
            "An independent appeal board on Friday lifted the six-month suspension imposed on the Lambourn trainer Neil Harbord by the British Horseracing Authority's disciplinary panel in January. The board ruled that the panel had been wrong to hold the trainer responsible for a stable employee's mistake in recording a horse's medication. Harbord, whose licence was restored with immediate effect, has 40 horses in training and runners declared at Kempton on Wednesday. The BHA said it would study the ruling before deciding whether to take the matter further.",
            "Whip breaches halve",
            "Jockeys broke the new whip rules 14 times in February, down from 30 in January, the BHA said. Sanctions, ranging from fines to suspensions of up to ten days, were imposed in every case. Two riders who reached the threshold for repeat offences have been referred to the disciplinary panel.",
            "Sandown off, Kempton back on",
            "Today's card at Sandown was abandoned after an inspection at 7.30am found the course waterlogged. The BHA has restored a fixture lost to frost at Kempton in January to the calendar for Tuesday week, with the six races from Sandown added to it.",
            "Ashdale joins Ditcheat",
            "Tom Ashdale, last season's champion conditional jockey, has joined the Ditcheat yard as second jockey, signing an agreement that runs to the end of next season. \"It's the job every young rider wants,\" he said.",
            "Integrity pact",
            "The BHA and Horse Racing Ireland have signed a memorandum of understanding on integrity, under which the two regulators will share betting data and intelligence on suspicious activity, and recognise each other's suspensions.",
            "Festival countdown",
            "Cheltenham has confirmed total prize money of more than 4.6 million pounds for the Festival, which starts on 12 March. Ticket sales are slightly down on last year, and the course has added extra trains from London on Gold Cup day after complaints about the queues for buses at the station twelve months ago.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "f11-nm-labour-wire-port-strike-suspended",
        date(2024, 10, 4),
        _p(
            "Dockworkers End Three-Day Strike After Wage Deal; Contract Extended to January",
            "NEW YORK, Oct 4 (wire)",
            "Dockworkers at ports from Maine to Texas returned to work on Friday after their union suspended a three-day strike that had halted the movement of containers through the East and Gulf coasts, on the back of a tentative agreement on wages with the employers.",
            "The International Longshoremen's Association and the United States Maritime Alliance, which represents shipping lines and port operators, said late on Thursday that they had agreed to extend their master contract until 15 January, leaving time to negotiate the other outstanding issues, above all the use of automated equipment at the terminals. The union said the deal would raise wages by 62 per cent over six years; it had asked for 77 per cent.",
            "Harold Daggett, the union's president, had said before the strike that he would not accept any automation that cost jobs, and the question was left for the talks that will resume before the extension runs out. About 45,000 union members at 36 ports joined the walkout, the first on the East and Gulf coasts since 1977.",
            "President Joe Biden, who had said he would not use his powers under the Taft-Hartley Act to impose a cooling-off period and order the workers back, welcomed the agreement and urged both sides to finish the job. Business groups had called on him to intervene.",
            "Analysts said each day of the strike would take about a week to clear. Dozens of container ships were anchored off New York, Savannah and Houston by Thursday. Several shipping lines had imposed surcharges on cargo bound for the affected ports, and Maersk said it would lift its surcharge once normal operations resumed.",
            "Farmers and retailers said the early end of the walkout had spared them the worst. Perishable goods such as bananas, most of which arrive through East and Gulf coast ports, had been the first to be held up.",
            "Employers said that they would deploy extra crews at the weekend to reduce the backlog and that no worker would lose a shift for having taken part in the strike. The union said picket lines had been lifted at all 36 ports by Friday morning.",
            "The West Coast ports, where a different union represents dockworkers under a contract signed last year, were not affected.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "f12-nm-local-news-lunenburg-county-fire-departments-merge",
        date(2024, 8, 15),
        _p(
            "Two Fire Departments to Merge as Burn Ban Extended Across the County",
            "LUNENBURG COUNTY | Local News | Thursday, August 15, 2024",
            "Councillors in the Municipality of the District of Lunenburg voted on Tuesday to merge the volunteer fire departments of Blockhouse and Mahone Bay into a single department, ending months of debate over how to keep enough firefighters on call in the daytime.",
            "Under the plan, the two departments will be integrated by next April, with one chief, one training programme and a shared roster, but both halls will stay open. \"Nobody is losing a fire hall,\" said Deputy Mayor Irene Coolen, who chairs the committee that studied the change. The two departments already answer most calls together.",
            "The vote came as the province extended its ban on open burning in the county until the end of the month after the driest July on record. The ban, first imposed on 26 July, covers campfires, brush fires and fireworks. Fines start at 25,000 dollars.",
            "In New Germany, residents can drink tap water again. The boil-water advisory issued last week after a main broke on Route 10 was lifted on Wednesday, when tests came back clean.",
            "The municipality also signed an agreement with the Town of Bridgewater to share the cost of a new recreation centre, and agreed to join the regional transit authority's on-demand bus pilot from October. The pilot will run two accessible minibuses that riders can book by phone or app.",
            "The RCMP said extra officers had been deployed to beaches and boat launches for the long weekend at the start of the month and would be again for Labour Day. Police laid 14 charges for impaired driving in the county in July.",
            "Council also heard a presentation from the Lunenburg County Lifestyle Centre, whose board asked for a 5 per cent increase in its grant to cover higher heating costs. A decision will be made at budget time.",
            "Residents who want to comment on the fire department merger can attend an open house at the Blockhouse fire hall on Tuesday, September 3, from 6 to 8 p.m.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "f01-wire-us-reimposes-iran-oil-sanctions-eight-waivers": (
        "'had been granted waivers of 180 days' gives nothing: no sanctions word within five words "
        "of the waiver, and 'said ... had been granted waivers' would be read as historical"
    ),
    "f05-wire-1997-tajik-peace-accord-signed-in-kremlin": (
        "'its fighters will be merged into the army, the border troops and the Interior Ministry's "
        "forces' is read with the bare Interior Ministry alone: 'its fighters' does not carry the "
        "United Tajik Opposition, a group the knowledge base lacks"
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
            "The United States reimposed its sanctions on Venezuelan oil on Monday. Spain and Italy "
            "were granted waivers of 90 days.",
            id="waivers-with-the-sanctions-in-the-sentence-before",
        ),
        _xfail(
            "The United States reimposed its sanctions on Venezuelan oil on Monday but granted Spain "
            "and Italy waivers of 90 days.",
            "a waiver needs a sanctions word within five words: the sanctions of the clause before "
            "do not count",
            "waivers-with-the-sanctions-in-the-clause-before",
        ),
        pytest.param(
            "Spain and Italy were granted waivers from the sanctions on Venezuelan oil.",
            id="waivers-from-the-sanctions-on",
        ),
        pytest.param(
            "Spain and Italy were granted waivers from sanctions on Venezuelan oil.",
            id="waivers-from-sanctions-on",
        ),
        pytest.param(
            "The United States on Monday granted Spain and Italy waivers from sanctions on "
            "Venezuelan oil.",
            id="granted-two-states-waivers-from-sanctions-on",
        ),
    ],
)
def test_waivers_granted_are_a_suspension(text: str) -> None:
    assert ("sanctions.suspended", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "Rubio said on Monday that Spain and Italy had been granted waivers from sanctions on "
            "Venezuelan oil.",
            "the pluperfect of reported speech ('said ... had been granted') is read as background",
            "said-had-been-granted-waivers",
        ),
        pytest.param(
            "Rubio said on Monday that Spain and Italy have been granted waivers from sanctions on "
            "Venezuelan oil.",
            id="said-have-been-granted-waivers",
        ),
    ],
)
def test_waivers_granted_in_reported_speech_are_news(text: str) -> None:
    assert ("sanctions.suspended", "occurred") in _told(text)


def _integration_parties(text: str) -> list[list[str]]:
    return [a + t for ty, st, a, t in event_rows(text, MONDAY) if (ty, st) == ("forces.integrated", "planned")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "The Houthis will get five ministries, and their fighters will be merged into the army.",
            "Houthis",
            id="their-fighters-after-the-group",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'its / their fighters' does not carry the group named before in the sentence",
            ),
        ),
        pytest.param(
            "The fighters of the Free Aceh Movement will be merged into the army.",
            None,
            id="fighters-of-a-group-the-knowledge-base-lacks",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the fighters of a group the knowledge base lacks, merged into 'the army' "
                "with no state named, give nothing",
            ),
        ),
        pytest.param(
            "The fighters of the Moro National Liberation Front will be merged into the army.",
            "Moro National Liberation Front",
            id="fighters-of-a-known-group",
        ),
        pytest.param(
            "The Houthis' fighters will be merged into the army, the border guard and the police.",
            "Houthis",
            id="a-known-groups-fighters-into-several-forces",
        ),
    ],
)
def test_fighters_to_be_merged_into_an_army(text: str, party: str | None) -> None:
    found = _integration_parties(text)
    assert found
    if party is not None:
        assert any(party in names for names in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ASEAN admitted Timor-Leste as its 11th member on Sunday.", id="org-admitted-a-state"),
        pytest.param(
            "The leaders of ASEAN admitted Timor-Leste as the organisation's 11th member on Sunday.",
            id="leaders-of-an-org-admitted-a-state",
        ),
        pytest.param("Fiji was readmitted to the Pacific Islands Forum on Monday.", id="readmitted-to"),
        pytest.param(
            "The leaders of the East African Community met in Arusha on Monday. Somalia became the "
            "bloc's eighth member.",
            id="the-blocs-eighth-member",
        ),
        pytest.param("Timor-Leste was admitted to ASEAN on Sunday.", id="was-admitted-to"),
        pytest.param("Fiji has been admitted to the Pacific Islands Forum.", id="has-been-admitted-to"),
        pytest.param("Fiji rejoined the Pacific Islands Forum on Monday.", id="rejoined"),
        pytest.param(
            "Somalia became the eighth member of the East African Community on Monday.",
            id="the-eighth-member-of-a-named-organisation",
        ),
    ],
)
def test_a_state_admitted_or_readmitted_joins(text: str) -> None:
    assert ("alliance.joined", "occurred") in _told(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Horse Racing Ireland signed a memorandum of understanding with the British Horseracing "
            "Authority on Monday.",
            id="horse-racing-ireland-signs",  # (quiet since set 61: horse racing is a sport)
        ),
        pytest.param(
            "Tourism Ireland and VisitBritain signed a memorandum of understanding on Monday.",
            id="tourism-ireland-signs",
        ),
        pytest.param(
            "Cricket Ireland signed a memorandum of understanding with the England and Wales Cricket "
            "Board on Monday.",
            id="cricket-ireland-signs",
        ),
        pytest.param(
            "Tennis Australia and the French Tennis Federation signed a memorandum of understanding "
            "on Monday.",
            id="tennis-australia-signs",
        ),
    ],
)
def test_no_accord_of_a_state_from_a_body_named_after_it(text: str) -> None:
    assert not [r for r in alert_rows(text, MONDAY) if r[0] == "agreement.signed"]


@pytest.mark.parametrize(
    "text",
    [
        _xfail(
            "Chile and Peru restored diplomatic relations on Monday. Last year a Peruvian diplomat "
            "was arrested in Bolivia. The two countries will reopen their embassies and exchange "
            "ambassadors in the coming weeks.",
            "'the two countries' is resolved to the last two states named, those of a background "
            "sentence, not to the parties of the news",
            "the-two-countries-after-a-background-sentence",
        ),
        pytest.param(
            "Chile and Peru restored diplomatic relations on Monday. The two countries will reopen "
            "their embassies and exchange ambassadors in the coming weeks.",
            id="the-two-countries-after-the-news",
        ),
    ],
)
def test_the_two_countries_are_the_parties_of_the_news(text: str) -> None:
    rows = alert_rows(text, MONDAY)
    assert rows
    assert all(set(a + t) <= {"Chile", "Peru"} for _, _, a, t in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In Geneva, Chile and Peru restored diplomatic relations.", id="in-a-city-comma-parties"),
        pytest.param(
            "In Geneva on Sunday, Chile and Peru restored diplomatic relations.",
            id="in-a-city-on-a-day-comma-parties",
        ),
        pytest.param(
            "Chile and Peru restored diplomatic relations in Geneva.", id="parties-then-the-city"
        ),
    ],
)
def test_a_restoration_with_its_place_put_first(text: str) -> None:
    assert ("relations.restored", "occurred") in _told(text)


_LISTED_BEFORE_THE_YEAR = (
    "with two or more measures listed before 'it had imposed on <state> since / in <year>', the "
    "year of the relative clause dates the lifting"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United Nations Security Council on Thursday lifted the arms embargo, travel ban and "
            "asset freeze it had imposed on Eritrea since 2009.",
            id="three-measures-it-had-imposed-since-a-year",
        ),
        pytest.param(
            "The United Nations Security Council on Thursday lifted the arms embargo and asset "
            "freeze it had imposed on Eritrea in 2009.",
            id="two-measures-it-had-imposed-in-a-year",
        ),
        pytest.param(
            "The United Nations Security Council on Thursday lifted the arms embargo it had imposed "
            "on Eritrea since 2009.",
            id="one-measure-it-had-imposed-since-a-year",
        ),
        pytest.param(
            "The United Nations Security Council on Thursday lifted the arms embargo, travel ban and "
            "asset freeze on Eritrea.",
            id="three-measures-without-a-year",
        ),
    ],
)
def test_a_lifting_of_measures_imposed_in_a_past_year_is_news(text: str) -> None:
    assert ("sanctions.lifted", "occurred") in _told(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Japan on Tuesday reimposed sanctions on Iran's oil and banking sectors, blacklisting "
            "more than 50 individuals and entities.",
            ("sanctions.imposed", "occurred"),
            id="reimposed-sanctions-on-sectors",
        ),
        pytest.param(
            "The Council of the European Union on Monday prolonged the bloc's restrictive measures "
            "against Guatemala for another year.",
            ("sanctions.extended", "occurred"),
            id="prolonged-the-blocs-restrictive-measures",
        ),
        pytest.param(
            "Secretary of State Marco Rubio threatened to sanction the tribunal's judges if they "
            "opened an investigation.",
            ("sanctions.threatened", "occurred"),
            id="threatened-to-sanction-judges",
        ),
        pytest.param(
            "On Friday Australia imposed sanctions on President Alexander Lukashenko and 20 other "
            "Belarusians.",
            ("sanctions.imposed", "occurred"),
            id="on-a-day-a-state-imposed-sanctions-on-a-president",
        ),
        pytest.param(
            "On Saturday India opened a military base in Mauritius.",
            ("military.presence", "occurred"),
            id="opened-a-military-base-in-a-state",
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


def test_heldout32_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-32 English events"))
