"""Fifty-first English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier fifty sets lack,
all of the era of the articles the analyzer is judged on (2020-2025): a Guayaquil English site on the
US Treasury's sanctions on the prison gang Los Choneros and its fugitive leader Fito (2024), a
Strasbourg English newsletter on China lifting its counter-sanctions on sitting members of the
European Parliament while Butikofer and Zenz stay listed (2025), a Hradec Kralove English weekly on
China threatening the Czech Republic over the Senate president's Taiwan trip, with the piano maker
Petrof waiting for its order (2020), a Niigata English daily on Japan extending its own trade and
port-entry sanctions on North Korea for two years (2023), a Lugano English site on Switzerland
suspending part of its Syria sanctions after the EU while keeping the freeze on Assad's assets
(2025), a Ganja English weekly on Azerbaijan becoming the ninth member of the D-8 (2024), a Dunedin
daily on New Zealand and the Philippines signing a status of visiting forces agreement, with New
Zealand troops to train in the Philippines next year (2025), a Vanadzor English weekly on Armenia
and Hungary restoring relations ten years after the Safarov affair (2022), a Beledweyne news site on
1,300 Macawisley clan fighters integrated into the Somali National Army (2023), and near misses (a
Pietermaritzburg schools rugby page where the schools body "lifted the ban it imposed" on a team and
"imposed sanctions on a school", a school "signed an agreement" with a kit supplier, schools "joined
a national programme", a field was "restored", a deadline "extended", teams "merged", girls' sevens
to be "integrated", coaches "deployed" and referees "threatened" a boycott (2024); a Kota Kinabalu
local page where water is "restored", City Hall "lifted the ban it imposed" on hawkers, "signed an
agreement" with a bus company, "joined a federal programme", "extended the deadline", "imposed a
ban on parking", "suspended the permits" of boat operators, officers were "deployed", associations
"merged" and villagers "threatened" a blockade (2025); a Port Harcourt business page where the
Central Bank of Nigeria "imposed sanctions on three commercial banks", "suspended the licence" of a
bureau de change and "lifted the suspension it imposed" on a microfinance bank, a refinery "signed
an agreement" and "extended the deadline", a firm "joined a consortium", power was "restored",
engineers "deployed", metering to be "integrated", tanker drivers "threatened" to stop, a shipping
line "suspended" its calls and brokers "merged" (2025)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joining an international organisation; a visiting forces
agreement signed; relations restored; clan militias integrated into the army; New Zealand troops to
train in the Philippines), nine occurred and one planned, beside historical, negated and stalled
events.

Decisions of the annotation: the United States that "imposed sanctions on Los Choneros ... and on
its leader, Adolfo Macias Villamar" imposes (core, with the Treasury; the gang and Fito are unknown to
the knowledge base, so the event is found through its actor only), "In 2015 the Treasury imposed
sanctions on Mexico's Jalisco New Generation Cartel" is a historical imposition and "Washington has
not designated Los Lobos" a negated one; Fito's escape, the armed conflict declared by Noboa and the
State Department's reward are no events; Belgium and the Netherlands, whose ports found the cocaine,
are no parties. China that "lifted the sanctions it imposed four years ago on sitting members of the
European Parliament" lifts (core; the parliament and the three members as targets), "China imposed
the sanctions in March 2021, within hours of the European Union's first measures since 1989 against
Chinese officials" holds two historical impositions (China's on the parliament, the EU's on China),
"China has not lifted its sanctions on the former German member Reinhard Butikofer, the researcher
Adrian Zenz ..." a negated lifting, and the investment agreement whose "ratification has stalled" a
stalled accord of the EU and China; Lexmann's quoted "They lifted the sanctions because they need
markets" restates the core lifting (China's, no new event); France, the seat's state, is no party.
China that "threatened the Czech Republic with retaliation, including sanctions on Czech companies,
after the president of the Senate, Milos Vystrcil, arrived in Taipei" threatens (core, with Wang Yi),
the embassy's letter that "warned ... that Czech companies with interests in China would suffer" in
January is a historical threat, and "Beijing has not imposed any sanctions on Czech firms so far" a
negated imposition; the university's cooperation agreement with a university in Taichung is no
accord of states; Germany, where Wang spoke, and Taiwan, the trip's destination, are no parties.
Japan that "extended for another two years its own sanctions on North Korea" extends (core, with
Hirokazu Matsuno), "Japan imposed the port ban in 2006" is a historical imposition (the export ban
of 2009 is left with it), "the Stockholm agreement signed in 2014" a historical accord of Japan and
North Korea, and "The government did not lift the ban on remittances" a negated lifting; the stalled
talks on the abductions are no accord; Sweden, whose capital named the agreement, is no party.
Switzerland that "suspended part of its sanctions on Syria" suspends (core; the Federal Council is
unknown to the knowledge base), "the European Union, which suspended similar measures on February
24" is a historical suspension (seventeen days old, told as the reason), "Switzerland first imposed
sanctions on Syria in May 2011" a historical imposition, and "The Federal Council did not lift the
asset freeze on Bashar al-Assad" a negated lifting; the headline's "keeps the freeze on Assad's
assets" is that same freeze kept, no event; Italy, by Lugano, is no party. Azerbaijan that "joined
the D-8 Organization for Economic Cooperation" joins (core, with Ilham Aliyev), "Azerbaijan joined
the Non-Aligned Movement in 2011" is a historical joining, "It has not joined the Eurasian Economic
Union" a negated one, and "Its talks on membership of the World Trade Organization ... have stalled" a
stalled one; Egypt, the summit's host, is no party. New Zealand and the Philippines that "signed a
status of visiting forces agreement" sign (core, with Judith Collins and Gilberto Teodoro), "New
Zealand would send troops to the Philippines next year to take part in the Balikatan exercises" is a
planned presence of New Zealand in the Philippines (core), "The Philippines signed a similar
agreement with Australia in 2007" a historical accord, and "New Zealand would not station forces
permanently in the Philippines" a negated presence; China, named for its coast guard, is no party.
Armenia and Hungary that "restored diplomatic relations" restore (core, with Ararat Mirzoyan and
Peter Szijjarto), and "Peace talks with Azerbaijan have stalled ... the two sides have not agreed on a
text of a peace treaty" is a stalled accord of Armenia and Azerbaijan; the break of 2012 and the
transfer of Safarov are no events of the design's types; Georgia, the lorries' road, and Russia are
no parties. Somalia whose army took in "About 1,300 fighters of the Macawisley" integrates (core; the
Macawisley are unknown to the knowledge base), "Troops from Djibouti, part of the African Union
mission, have been based in Beledweyne since 2014" is a historical presence of Djibouti in Somalia,
and "A plan to integrate the forces of Jubaland into the national army has stalled" a stalled
integration; the 2,000 more fighters to be registered are left out (a registration, not yet an
integration); Ethiopia is no party. Outside the monitor's remit (no event): a schools body's ban
lifted and its sanctions on a school, a kit agreement, schools joining a programme, a field
restored, a deadline extended, teams merged, girls' sevens integrated, coaches deployed, referees
threatening a boycott; water restored, a hawkers' ban lifted, a bus agreement, a council joining a
programme, a deadline extended, a parking ban, boat permits suspended, officers deployed,
associations merged, villagers threatening a blockade; a central bank's sanctions on banks, a
licence suspended and a suspension lifted, a refinery's maintenance agreement, a firm joining a
consortium, a deadline extended, power restored, engineers deployed, metering integrated, drivers
threatening to stop, calls suspended, brokers merged.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout51_events_en``.
Measured before any fix (2026-12-03, on commit c73efc4): P 0.846, R 1.000, F1 0.917 (recall 10/10,
11 of 13 alerts right; recall by status: occurred 9/9, planned 1/1; one false alarm and one
unexpected alert, neither in a near miss; no venue or state named for its own news given as a
party). No annotation was changed after the run.
Missed: none.
False alarm: on the Lugano site, the headline "Bern suspends part of its Syria sanctions, keeps the
freeze on Assad's assets" gives an occurred imposition of Syria on Bashar al-Assad: the noun
"freeze" followed within four words by "assets" is read as the verb of the freeze form
(``rasd/events/lexicons/en.triggers.yaml``, ``needs: [freeze_object]``), and "keeps", "maintains"
or "keeps in place" before it make no retention ("keeps the asset freeze on Bashar al-Assad" is
quiet, "kept the asset freeze ... for another year" an extension, but "kept the freeze on Assad's
assets for another year" an imposition); the actor is then "Syria" of "its Syria sanctions", as
"Bern" is not read as Switzerland.
Unexpected: on the Strasbourg newsletter, Lexmann's quote '"They lifted the sanctions because they
need markets," she told reporters' after "Lexmann, a Slovak Christian Democrat, said she would not
change her votes" is a lifting by Slovakia: a plural "they" whose sentence before names a single
state (here the demonym of the speaker's description) takes that state when no earlier subject
names several (``borrow_actors``, ``rasd/events/roles.py``; "Lexmann welcomed the step" before the
quote, reported speech, or a quote naming China are read right). The article's checks pass (an
unexpected alert outside a near miss fails none of them), so it carries no xfail mark; the pinned
forms are below.
Also seen, not scored: the Los Choneros imposition has Ecuador as its target (the gang and Fito are
unknown) and the negated Los Lobos designation takes Mexico beside Los Lobos; the Jalisco imposition
of 2015 gives nothing of its own. China's historical counter-sanctions have no target, the EU's 2021
measures and the stalled investment agreement give nothing, and the negated lifting on Butikofer has
"Germany" (of "the former German member") as its target. The Czech threat has no Wang Yi and no
Vystrcil (unknown); the January letter gives nothing. The Japanese extension has no Matsuno
(unknown); the port ban of 2006 and the remittances not freed give nothing, and the Stockholm
agreement "signed in 2014" is read as a negated accord of North Korea from "talks on the abductions
have stalled". The Swiss suspension is right; the EU's suspension of February 24 gives nothing, and
the negated lifting on Assad has no actor. The D-8 joining is read from the headline's "becomes";
the Non-Aligned Movement of 2011 and the Eurasian Economic Union are merged into one negated joining,
and the stalled WTO talks give nothing. The visiting forces agreement is read twice (the Philippines
alone, New Zealand alone), with neither minister (Collins is unknown); the planned presence is right, the
Australian agreement of 2007 historical (with Japan beside it) and the negated permanent forces give
nothing. The Armenian-Hungarian restoration has no minister; the stalled peace treaty has Azerbaijan
as a target. The Macawisley integration has Somalia as a target and no actor (the Macawisley are
unknown); Djibouti's presence gives nothing, and the stalled Jubaland plan is read. The three near
misses are quiet. Los Choneros, Adolfo Macias Villamar (Fito), Los Lobos, the Jalisco New Generation
Cartel, Daniel Noboa, Miriam Lexmann, Michael Gahler, Raphael Glucksmann, Reinhard Butikofer, Adrian
Zenz, Milos Vystrcil, Andrej Babis, Hirokazu Matsuno, the Swiss Federal Council, Judith Collins,
Ramil Safarov and the Macawisley are not in the knowledge base.
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.

After the fixes of the same round (2026-12-03): P 1.000 R 1.000 F1 1.000 (recall 10/10, precision
12/12). Fixed as general causes (rasd/events/extractor.py, lexicon.py, roles.py, the English
lexicons): "freeze" after a determiner is the noun ("keeps the freeze on Assad's assets"), no
imposition (a trigger form may now be marked ``verb``); a plural "they" takes no state named only
by a speaker's nationality in the sentence before. Beside them, from probing common wire forms:
"renewed the national emergency with respect to Iran" is an extension. Left: "kept the freeze …
for another year" is no extension.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from tests.unit.heldout_support_en import (
    Article,
    Gold,
    alert_kinds,
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
TREASURY = "United States Department of the Treasury"
EP = "European Parliament"
D8 = "D-8 Organization for Economic Cooperation"

ARTICLES: list[Article] = [
    Article(
        "n01-guayaquil-english-site-us-treasury-sanctions-los-choneros-and-fito",
        date(2024, 2, 8),
        _p(
            "US Treasury sanctions Los Choneros and its fugitive leader 'Fito'",
            "GUAYAQUIL REPORT | Guayaquil, Thursday, February 8, 2024",
            "The United States on Wednesday imposed sanctions on Los Choneros, the Ecuadorian prison gang blamed for much of the violence that has swept the country, and on its leader, Adolfo Macias Villamar, known as Fito, who escaped from a Guayaquil prison a month ago.",
            "The Treasury's Office of Foreign Assets Control said the gang moved cocaine for Mexico's Sinaloa cartel through Ecuador's Pacific ports and ran extortion rackets from inside the prisons it controls. Any property the gang or Macias holds in the United States is frozen, and Americans are barred from doing business with them. The State Department offered a reward of up to 5 million dollars for information leading to Macias's arrest.",
            "Macias, 44, disappeared from the Regional prison in Guayaquil on January 7, when guards found his cell empty during a search. His escape set off riots in several prisons and, two days later, an armed attack on a television studio in the city during a live broadcast, after which President Daniel Noboa declared an internal armed conflict and ordered the army to take control of the jails.",
            "It is not the first time Washington has gone after a Latin American gang in this way. In 2015 the Treasury imposed sanctions on Mexico's Jalisco New Generation Cartel and its leader. Washington has not designated Los Lobos, the larger rival gang that police say now controls most of the illegal gold mining in the south of the country.",
            'In Guayaquil, where the port of the same name ships a fifth of the world\'s bananas, the news was received with more hope than conviction. "Fito does not have a bank account in Miami, but the people who launder his money do," said a former prosecutor who now advises exporters on security. Business leaders said the measures could help banks close the accounts of front companies.',
            "The army says it has arrested more than 7,000 people since the conflict was declared, and the number of killings in the city has fallen since December. But shopkeepers in the Guasmo district said they still paid the gangs a weekly fee, known as a vacuna, and that few of them would go to the police.",
            "The banana exporters' association said shipping companies had raised insurance charges on cargo from the port after several containers were found to carry cocaine in Antwerp and Rotterdam this year. Noboa is expected to travel to Washington in March.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, TREASURY),
                ("Los Choneros", "Adolfo Macías Villamar"),
            ),
            # the cartel of Jalisco in 2015; Los Lobos not designated
            Gold(
                "sanctions.imposed",
                "historical",
                (US, TREASURY),
                ("Jalisco New Generation Cartel",),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", (US,), ("Los Lobos",), core=False),
        ),
        not_participants=("Belgium", "Netherlands"),
    ),
    Article(
        "n02-strasbourg-english-newsletter-china-lifts-sanctions-on-meps",
        date(2025, 5, 1),
        _p(
            "Beijing lifts its sanctions on MEPs; Butikofer and Zenz stay on the list",
            "THE STRASBOURG BRIEFING | Strasbourg, Thursday, 1 May 2025",
            "China on Wednesday lifted the sanctions it imposed four years ago on sitting members of the European Parliament, among them Miriam Lexmann, Michael Gahler and Raphael Glucksmann, and on the parliament's Subcommittee on Human Rights, clearing the main obstacle to a thaw between the two sides before a summit in July.",
            "Parliament's president, Roberta Metsola, announced the decision to the leaders of the political groups on Wednesday morning, after China's mission to the EU informed her office. \"Our engagement with China will not change our positions on human rights,\" she said, and added that members who had been on the list would be free to travel to China and to meet Chinese officials.",
            "China imposed the sanctions in March 2021, within hours of the European Union's first measures since 1989 against Chinese officials, four men and an entity that Brussels held responsible for the detention of Uyghurs in Xinjiang. The dispute froze the Comprehensive Agreement on Investment that the two sides had concluded three months earlier, and its ratification has stalled ever since.",
            "China has not lifted its sanctions on the former German member Reinhard Butikofer, the researcher Adrian Zenz or the Mercator Institute for China Studies in Berlin, a Chinese foreign ministry spokesman said on Wednesday, because they are no longer members of the parliament and the decision concerned only the institution.",
            'Lexmann, a Slovak Christian Democrat, said she would not change her votes. "They lifted the sanctions because they need markets, not because they changed their mind," she told reporters in the corridor outside the chamber. Glucksmann, who leads the French Socialists\' list, said the parliament should keep its own resolution on forced labour in Xinjiang.',
            "Several groups said they would ask for a debate at the May plenary session. The Greens called the decision a trap, while the largest group, the European People's Party, said contacts with Chinese lawmakers could resume \"with open eyes\". The parliament's delegation for relations with China has not met its Chinese counterparts since 2018.",
            "In the corridors of the Louise Weiss building, officials noted that the decision came two weeks after Washington raised its tariffs on Chinese goods again, and as Beijing looks for friends in Europe. The plenary session opens on May 5.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                ("China",),
                (EP, "Miriam Lexmann", "Michael Gahler", "Raphaël Glucksmann"),
            ),
            # the counter-sanctions of March 2021 and the EU's own listings; Butikofer and Zenz
            # still listed; the investment agreement stalled
            Gold("sanctions.imposed", "historical", ("China",), (EP,), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("China",), core=False),
            Gold(
                "sanctions.lifted",
                "negated",
                ("China",),
                ("Reinhard Bütikofer", "Adrian Zenz"),
                core=False,
            ),
            Gold("agreement.signed", "stalled", (EU, "China"), core=False),
        ),
        not_participants=("France",),
    ),
    Article(
        "n03-hradec-kralove-english-weekly-china-warns-prague-over-taiwan-trip",
        date(2020, 9, 1),
        _p(
            "Beijing threatens Prague over Senate speaker's Taiwan trip; Petrof waits for its order",
            "EAST BOHEMIA WEEKLY | Hradec Kralove, Tuesday, 1 September 2020",
            'China on Monday threatened the Czech Republic with retaliation, including sanctions on Czech companies, after the president of the Senate, Milos Vystrcil, arrived in Taipei with a delegation of about 90 politicians, businessmen and scientists. Foreign Minister Wang Yi said in Berlin that Vystrcil would "pay a heavy price" for crossing a red line.',
            'Vystrcil, who leads the upper house of parliament for the opposition Civic Democrats, said on Tuesday in a speech to Taiwan\'s legislature that he was there to continue the work of his predecessor, Jaroslav Kubera, who died in January before he could make the trip. He ended his speech with the words "I am a Taiwanese", in Chinese.',
            "In January, the Chinese embassy in Prague warned in a letter to the presidential office that Czech companies with interests in China would suffer if Kubera went ahead with the visit. The letter became public after his death. Beijing has not imposed any sanctions on Czech firms so far, and officials in Prague said they had received no formal notice.",
            "Prime Minister Andrej Babis said the trip was not in the country's interest but that Wang's words were out of line, and the foreign ministry summoned the Chinese ambassador. President Milos Zeman, who has courted Chinese investors since 2014, said he would not invite Vystrcil to meetings on foreign policy.",
            "Here, the threat has a face. Petrof, the piano maker founded in the city in 1864, lost an order for 11 grand pianos from a Chinese buyer in January, after the embassy's letter, and the company has said that China is one of its largest export markets. A spokeswoman said on Tuesday that the firm had no new information and did not want to comment on politics.",
            '"We make pianos, not foreign policy," said a tuner who has worked at the factory for thirty years. Several members of the delegation come from the region, among them the rector of the University of Hradec Kralove, which signed a cooperation agreement with a university in Taichung.',
            "The city council said on Monday that the annual autumn fair would go ahead on September 12 with fewer stands because of the coronavirus rules.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                ("China", "Wang Yi"),
                ("Czech Republic", "Miloš Vystrčil"),
            ),
            # the embassy's letter of January; no sanctions imposed yet
            Gold("sanctions.threatened", "historical", ("China",), ("Czech Republic",), core=False),
            Gold("sanctions.imposed", "negated", ("China",), ("Czech Republic",), core=False),
        ),
        not_participants=("Germany", "Taiwan"),
    ),
    Article(
        "n04-niigata-english-daily-japan-extends-north-korea-sanctions",
        date(2023, 4, 8),
        _p(
            "Japan extends its own North Korea sanctions for two more years",
            "NIIGATA SEA OF JAPAN NEWS | Niigata, Saturday, April 8, 2023",
            "The Japanese government on Friday extended for another two years its own sanctions on North Korea, including the ban on all trade with the country and the ban on North Korean ships entering Japanese ports, citing Pyongyang's missile launches and the unresolved abductions of Japanese citizens.",
            'Chief Cabinet Secretary Hirokazu Matsuno told reporters that the cabinet had approved the extension because North Korea had launched more than 30 ballistic missiles since the start of last year, one of them over northern Japan in October. "North Korea\'s actions threaten the peace and safety of our country," he said. The measures, which would have expired on April 13, now run until April 2025.',
            "Japan imposed the port ban in 2006, after North Korea's first nuclear test, and stopped all imports from the country the same year. Exports were banned in 2009. The government did not lift the ban on remittances above 100,000 yen, which it tightened in 2016.",
            "For Niigata, the ban ended an era. The ferry Mangyongbong-92, which for decades carried Korean residents of Japan, their gifts and their money between this port and Wonsan, has not docked at the Bandai pier since July 2006. The building of the pro-Pyongyang association of Korean residents near the port now opens only for a few meetings a year.",
            "The families of the abductees, among them that of Megumi Yokota, who was taken from a Niigata beach in 1977 when she was 13, welcomed the decision but said sanctions alone would not bring their relatives home. Under the Stockholm agreement signed in 2014, North Korea promised a new investigation of the cases, but it has never presented the results, and talks on the abductions have stalled since 2016.",
            "Megumi's mother, Sakie Yokota, is 87. \"Time is the one thing we do not have,\" said a member of the families' association at a meeting in the city on Friday evening. Prime Minister Fumio Kishida has said he is ready to meet Kim Jong Un without conditions.",
            "The Niigata prefectural police said this week that they had found the wreck of a wooden boat on the coast of Sado Island, the third this year. No bodies were found.",
        ),
        (
            Gold("sanctions.extended", "occurred", ("Japan", "Hirokazu Matsuno"), ("North Korea",)),
            # the port ban of 2006; the Stockholm agreement of 2014; remittances not freed
            Gold("sanctions.imposed", "historical", ("Japan",), ("North Korea",), core=False),
            Gold("agreement.signed", "historical", ("Japan", "North Korea"), core=False),
            Gold("sanctions.lifted", "negated", ("Japan",), ("North Korea",), core=False),
        ),
        not_participants=("Sweden",),
    ),
    Article(
        "n05-lugano-english-site-switzerland-suspends-syria-sanctions",
        date(2025, 3, 13),
        _p(
            "Bern suspends part of its Syria sanctions, keeps the freeze on Assad's assets",
            "TICINO TODAY | Lugano, Thursday, 13 March 2025",
            "Switzerland on Wednesday suspended part of its sanctions on Syria, including the measures on the country's oil and gas, transport and banking sectors, to help the new government in Damascus rebuild the economy after the fall of Bashar al-Assad in December.",
            "The Federal Council said the decision followed the European Union, which suspended similar measures on February 24, and that Swiss companies would again be able to supply electricity equipment, fly to Syria and deal with four Syrian banks. The suspension can be reversed if the new authorities fail to protect minorities or to move towards an inclusive government, the government said.",
            "Switzerland first imposed sanctions on Syria in May 2011, after the government's crackdown on protesters, and it has since frozen about 100 million francs of Syrian assets in Swiss banks. The Federal Council did not lift the asset freeze on Bashar al-Assad and members of his family, and the ban on the sale of arms and of chemicals that can be used to make weapons stays in place.",
            'The State Secretariat for Economic Affairs said the list of 318 people and 87 companies remained unchanged. "This is a door opened, not a blank cheque," said a spokesman for the foreign ministry. Syria\'s interim president, Ahmed al-Sharaa, has promised elections, but the killing of hundreds of Alawite civilians on the coast last week has raised doubts in European capitals.',
            'In Ticino, where a few hundred Syrians live, the reaction was cautious. A Syrian doctor who came to Lugano in 2015 said he hoped to send money to his parents in Aleppo through a bank again rather than through a money changer. "For ten years we have paid twenty percent to move our own money," he said. A trading company in Chiasso that sold olive oil presses before the war said it had received its first enquiry from Syria.',
            "The canton's chamber of commerce said on Wednesday that exports from Ticino fell 2 percent last year, and that the strong franc was hurting the watch and fashion firms in the Mendrisio area.",
            "Migration officials said the number of Syrians asking for asylum in Switzerland had fallen sharply since December, and that about 200 had asked for help to return home.",
        ),
        (
            Gold("sanctions.suspended", "occurred", ("Switzerland",), ("Syria",)),
            # the EU's suspension of February 24; the sanctions of 2011; Assad's assets still frozen
            Gold("sanctions.suspended", "historical", (EU,), ("Syria",), core=False),
            Gold("sanctions.imposed", "historical", ("Switzerland",), ("Syria",), core=False),
            Gold("sanctions.lifted", "negated", ("Switzerland",), ("Bashar al-Assad",), core=False),
        ),
        not_participants=("Italy",),
    ),
    Article(
        "n06-ganja-english-weekly-azerbaijan-joins-d8",
        date(2024, 12, 20),
        _p(
            "Azerbaijan becomes ninth member of the D-8",
            "GANJA HERALD | Ganja, Friday, December 20, 2024",
            "Azerbaijan on Thursday joined the D-8 Organization for Economic Cooperation, the group of developing countries with large Muslim populations, at the organisation's summit in Cairo, becoming its ninth member and the first to be admitted since it was founded in 1997.",
            "President Ilham Aliyev attended the summit, where the leaders of Egypt, Turkey, Iran, Pakistan, Bangladesh, Indonesia, Malaysia and Nigeria approved the country's membership. \"Azerbaijan brings to this family its energy, its transport routes and its experience as a bridge between East and West,\" Aliyev told the summit. The group's members have a combined population of more than a billion people.",
            "The D-8, which has its secretariat in Istanbul, aims to raise trade among its members, which stands at about 150 billion dollars a year, to half a trillion by 2030. Aliyev said Azerbaijan would offer the members the Middle Corridor, the route from China to Europe across the Caspian Sea and through Azerbaijan and Georgia.",
            "Azerbaijan joined the Non-Aligned Movement in 2011 and chaired it from 2019 to 2023. It has not joined the Eurasian Economic Union, the Russian-led trade bloc, despite repeated invitations from Moscow, and officials say it will not. Its talks on membership of the World Trade Organization, which began in 1997, have stalled, mostly over the protection the government gives to farmers.",
            'In Ganja, the country\'s second city, the news was welcomed by the chamber of commerce, whose members export wine, cotton and carpets. "Pakistan and Bangladesh buy a lot of things and we sell very little to them," said the owner of a cotton ginning plant on the edge of the city. Officials said the first D-8 business forum in Baku would be held next year.',
            "The city is still rebuilding the districts that were hit by Armenian missiles during the war in 2020. The mayor's office said this month that the last of the 220 damaged apartment buildings would be repaired by the spring, and a memorial to the victims was opened in October.",
            "The Ganja State Philharmonic Hall will hold its New Year concerts from December 27.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Azerbaijan", "Ilham Aliyev"), (D8,)),
            # the Non-Aligned Movement in 2011; not the Eurasian Economic Union; the WTO talks stalled
            Gold(
                "alliance.joined",
                "historical",
                ("Azerbaijan",),
                ("Non-Aligned Movement",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "negated",
                ("Azerbaijan",),
                ("Eurasian Economic Union",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "stalled",
                ("Azerbaijan",),
                ("World Trade Organization",),
                core=False,
            ),
        ),
        not_participants=("Egypt",),
    ),
    Article(
        "n07-dunedin-daily-new-zealand-philippines-sign-visiting-forces-agreement",
        date(2025, 4, 11),
        _p(
            "NZ and the Philippines sign visiting forces deal; troops to train there next year",
            "THE OTAGO STAR | Dunedin, Friday, 11 April 2025",
            "New Zealand and the Philippines on Thursday signed a status of visiting forces agreement that sets the legal rules for the troops of each country when they train or operate on the other's territory, the first such agreement New Zealand has signed with an Asian country.",
            "Defence Minister Judith Collins signed the agreement in Manila with her Philippine counterpart, Gilberto Teodoro. It still has to be ratified by the Philippine Senate. Collins said New Zealand would send troops to the Philippines next year to take part in the Balikatan exercises, which New Zealand has so far only watched.",
            'The agreement comes as the Philippines faces growing pressure from Chinese coast guard ships in the South China Sea. "Our interest is a region where disputes are settled by law and not by force," Collins said. She said New Zealand would not station forces permanently in the Philippines.',
            "The Philippines signed a similar agreement with Australia in 2007, and one with Japan last year. Its Visiting Forces Agreement with the United States dates from 1998.",
            "Prime Minister Christopher Luxon, who visited Manila last year, has made closer ties with South-East Asia a priority of his government. Trade between the two countries is about 1.4 billion dollars a year, most of it New Zealand dairy.",
            'In Dunedin, the agreement has a local angle. About 600 Filipino nurses and care workers live in the city and in the wider Otago region, and their community association said on Thursday that they were proud to see the two flags side by side. "Many of us have sons in the Philippine army and cousins in the New Zealand one," said the association\'s president, a nurse at Dunedin Hospital.',
            "The 2nd/1st Battalion of the Royal New Zealand Infantry Regiment, based at Burnham, is expected to provide most of the troops for next year's exercise, a defence force spokeswoman said. The University of Otago said it would host a conference on security in the Pacific in June.",
            "Dunedin City Council confirmed on Thursday that the Octagon will be closed to traffic on Anzac Day for the dawn service and the parade.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("New Zealand", "Philippines", "Judith Collins", "Gilberto Teodoro"),
            ),
            Gold("military.presence", "planned", ("New Zealand",), ("Philippines",)),
            # Manila's agreement with Australia in 2007; no permanent New Zealand forces
            Gold("agreement.signed", "historical", ("Philippines", "Australia"), core=False),
            Gold("military.presence", "negated", ("New Zealand",), ("Philippines",), core=False),
        ),
        not_participants=("China",),
    ),
    Article(
        "n08-vanadzor-english-weekly-armenia-hungary-restore-relations",
        date(2022, 12, 15),
        _p(
            "Yerevan and Budapest restore ties ten years after the Safarov affair",
            "LORI WEEKLY | Vanadzor, Thursday, December 15, 2022",
            "Armenia and Hungary on Wednesday restored diplomatic relations, ten years after Yerevan broke them off over Budapest's decision to send home to Azerbaijan an officer who had been jailed in Hungary for murdering an Armenian officer with an axe.",
            'Foreign Minister Ararat Mirzoyan and his Hungarian counterpart, Peter Szijjarto, announced the decision after talks in the margins of a meeting in Europe, and said the two countries would exchange ambassadors next year. "We have closed a painful page," Mirzoyan said. Szijjarto said Hungary valued the Armenian community in the country and wanted to work with Yerevan on energy and transport.',
            "In 2004, during a NATO language course in Budapest, Ramil Safarov, an Azerbaijani army officer, killed Lieutenant Gurgen Margaryan in his sleep. A Hungarian court sentenced him to life in prison. In August 2012 Hungary sent him to Azerbaijan to serve the rest of his sentence, and he was pardoned and promoted on arrival. Armenia cut its ties with Budapest the same day.",
            "Margaryan's family, who live in Yerevan, said they had not been consulted. Opposition members of parliament said the government had given up a matter of principle for nothing, and a small protest was held outside the foreign ministry on Wednesday evening.",
            "The government says Armenia needs every friend it can get in the European Union as its relations with Russia cool. Peace talks with Azerbaijan have stalled since the fighting on the border in September, when more than 200 Armenian soldiers were killed, and the two sides have not agreed on a text of a peace treaty.",
            'In Vanadzor, the country\'s third city, the news drew little attention. People here worry more about jobs and about the road to Georgia, which lorries have to use because the border with Azerbaijan is closed. "Hungary is far away," said a teacher at the state university. "But I think it is right to talk. We cannot have enemies everywhere."',
            "The regional administration said the new water pipeline in the north of the city would be finished before the end of the year.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Armenia", "Hungary", "Ararat Mirzoyan", "Péter Szijjártó"),
            ),
            # the peace treaty talks with Azerbaijan stalled; the break of 2012 is no event of the design
            Gold("agreement.signed", "stalled", ("Armenia", "Azerbaijan"), core=False),
        ),
        not_participants=("Georgia", "Russia"),
    ),
    Article(
        "n09-beledweyne-news-site-macawisley-fighters-integrated-into-army",
        date(2023, 3, 20),
        _p(
            "1,300 Macawisley fighters join the Somali army in Beledweyne",
            "HIIRAAN VOICE | Beledweyne, Monday, 20 March 2023",
            "About 1,300 fighters of the Macawisley, the clan militias that rose up against al-Shabaab in Hiiraan last year, were integrated into the Somali National Army on Sunday at a ceremony at the airport in Beledweyne, the defence ministry said.",
            'The fighters, who were given uniforms, weapons registration cards and army numbers, will be paid as soldiers from April and will form two battalions under the command of the army\'s 27th Division. "Yesterday they were clan fighters, today they are soldiers of the nation," said the deputy defence minister, who attended the ceremony with the governor of Hiiraan and elders of the Hawadle and Abgaal clans.',
            "The Macawisley, named after the sarongs that their fighters wear, took up arms in the summer of 2022 after al-Shabaab fighters killed herders and burned wells around Mahas and Moqokori. With the support of the army, they pushed the militants out of dozens of villages, and President Hassan Sheikh Mohamud has made them the spearhead of his offensive in central Somalia.",
            "Troops from Djibouti, part of the African Union mission, have been based in Beledweyne since 2014, and they are due to hand over their bases to the Somali army by the end of the year. A plan to integrate the forces of Jubaland into the national army has stalled for more than two years over a dispute between the region's president and Mogadishu.",
            "Not all the fighters were happy. Some clan leaders in the Bulo Burte district said their men had been left off the lists and that they would keep their weapons until the next round. Officials said about 2,000 more Macawisley fighters would be registered in the coming months, subject to the army's checks.",
            "In the town, traders said the road to Mogadishu had been safer since the militants were pushed back from the villages along it, and that the price of a sack of sugar had fallen by a third. But the river is low, and farmers along the Shabelle said they were waiting for the rains, which are late again this year after five failed seasons.",
            "The World Food Programme said it would resume food distributions in the town next week.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Somalia",), ("Macawisley",)),
            # Djibouti's troops since 2014; the Jubaland integration stalled
            Gold("military.presence", "historical", ("Djibouti",), ("Somalia",), core=False),
            Gold("forces.integrated", "stalled", ("Somalia",), ("Jubaland",), core=False),
        ),
        not_participants=("Ethiopia",),
    ),
    Article(
        "n10-pietermaritzburg-schools-rugby-page-ban-lifted-sponsor-signed",
        date(2024, 5, 17),
        _p(
            "Maritzburg College back in the cup after ban lifted; Hilton signs kit deal",
            "SCHOOLS RUGBY | Pietermaritzburg, Friday, 17 May 2024",
            "KwaZulu-Natal's schools rugby body lifted the ban it imposed on a Midlands school's first team last month, and the side will be allowed to play in the regional cup quarter-final on Saturday. The body had suspended the team for two matches after a brawl with supporters of a Durban school at the Woodburn stadium.",
            "The body also imposed sanctions on a school in the Umgungundlovu district for fielding an overage player, stripping it of two wins and fining it R10,000. The school's headmaster said it would appeal to the provincial board.",
            "Hilton College signed an agreement with a sports clothing company that will supply the kit of all its teams for three years, and the Midlands schools joined a national programme that pays for concussion testing of players under 16. The school's main field, which was flooded in the April storms, was restored in time for the derby, and the union extended the deadline for registering players for the winter festival by a week.",
            "Two schools in the Greytown area merged their under-14 teams because neither had enough players. The provincial union said it would integrate girls' sevens into its schools league next year, and coaches will be deployed to every rural school in the district to run clinics. Referees threatened to boycott the weekend fixtures over unpaid fees, but the union paid them on Wednesday.",
            "On the field, the big match of the weekend is the derby between Maritzburg College and Michaelhouse, which has drawn more than 8,000 spectators in each of the last three years. College's flyhalf, 17, who was picked for the provincial under-18 squad this week, is expected to return from a hamstring injury. Michaelhouse have won four of their five games this season.",
            "The Sharks confirmed that their academy coaches will watch the derby. Two College players signed junior contracts with the franchise last year.",
            "Kick-off is at 11:30. Parking at the school is limited and spectators are asked to use the shuttle from the Royal Showgrounds.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n11-kota-kinabalu-local-news-water-restored-hawkers-ban-lifted",
        date(2025, 1, 24),
        _p(
            "Water restored in Likas; hawkers' ban lifted; city signs bus deal",
            "KK CITY NEWS | Kota Kinabalu, Friday, January 24, 2025",
            "Water supply was restored to most homes in Likas and Luyang on Thursday after the state water department repaired the burst main that cut supply for four days, and City Hall lifted the ban it imposed on night hawkers at the Gaya Street market after traders agreed to clear their rubbish by midnight.",
            "The city council signed an agreement with a local bus company to run two new feeder lines from Inanam to the city centre, and joined a federal programme that pays for solar panels on public buildings. It also extended the deadline for shop owners to renew their business licences to the end of February, and imposed a ban on parking along the waterfront on weekend evenings.",
            "City Hall suspended the permits of three boat operators who carried more passengers than allowed to the islands of the Tunku Abdul Rahman Park, and enforcement officers were deployed at the jetty on Saturday, when the first cruise ship of the year is due. Two residents' associations in Kolombong merged to speak with one voice on the new flood wall, and residents of a Penampang village threatened to block the road if the council does not fix the drains before the next monsoon.",
            "The state tourism board said arrivals at the airport rose 18 percent last year, led by visitors from China and South Korea, and that hotel occupancy in the city was 72 percent in December. The board expects more flights from Taipei and Seoul after the Lunar New Year.",
            "The Kota Kinabalu Wetlands centre will hold a bird count on Sunday morning, and volunteers are welcome. Organisers said the number of migratory birds seen at the centre has fallen by a quarter in five years.",
            "The city's new central market will open to traders in March, a year later than planned, after the contractor asked for more time to fix the roof. Traders said they feared that rents would be higher than at the old market.",
            "The Chinese New Year bazaar on Gaya Street opens on Monday.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "n12-port-harcourt-business-page-cbn-sanctions-banks-refinery-deal",
        date(2025, 6, 18),
        _p(
            "CBN sanctions three banks over forex returns; refinery deal signed",
            "BUSINESS | Port Harcourt, Wednesday, June 18, 2025",
            "The Central Bank of Nigeria imposed sanctions on three commercial banks for late foreign exchange returns, fining each of them 150 million naira, and suspended the licence of a bureau de change in the city for dealing with unregistered customers. It lifted the suspension it imposed in March on a microfinance bank that has since recapitalised.",
            "The Port Harcourt refinery company signed an agreement with an engineering firm from Lagos for the maintenance of its old plant, and a local oil services firm joined a consortium bidding for a marginal field in the Niger Delta. The refinery extended the deadline for bids for its crude supply contract by two weeks.",
            "Power was restored to parts of the city on Monday after the distribution company replaced a damaged transformer in Rumuola, and engineers were deployed to fix lines in Obio-Akpor. The company said it would integrate its prepaid metering systems into one platform by December. Tanker drivers threatened to stop loading at the depots over the state's new haulage levy, and the state government said it would meet their union on Thursday.",
            "A shipping company suspended its calls at Onne port for two weeks for repairs to its vessel. Two local insurance brokers merged to meet the new capital rules, and a fintech company said it had restored service after an outage on Sunday.",
            "The Nigerian Exchange's all-share index rose 0.4 percent on Tuesday, led by bank and oil shares. Analysts said investors were betting that the banks would meet the new capital requirements, which take effect next March, without large losses for shareholders. The naira was stable at about 1,540 to the dollar on the official market.",
            "The Port Harcourt Chamber of Commerce said its trade fair would open at the Polo Club in November, with more than 300 exhibitors expected. The chamber's president said traffic on the East-West road remained the main problem for businesses in the city.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {}


_DAY = date(2025, 3, 13)
_MAY_DAY = date(2025, 5, 1)


_xfail = strict_xfail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Switzerland keeps the freeze on Assad's assets.",
            id="keeps-the-freeze-on-his-assets",
        ),
        pytest.param(
            "Switzerland maintains the freeze on the assets of Bashar al-Assad.",
            id="maintains-the-freeze-on-the-assets-of",
        ),
        pytest.param(
            "Switzerland keeps in place the freeze on Assad's assets.",
            id="keeps-in-place-the-freeze-on-his-assets",
        ),
        pytest.param(
            "Switzerland keeps the asset freeze on Bashar al-Assad.",
            id="keeps-the-asset-freeze-on",
        ),
        pytest.param(
            "Switzerland keeps in place the asset freeze on Bashar al-Assad.",
            id="keeps-in-place-the-asset-freeze-on",
        ),
        pytest.param(
            "Switzerland suspended part of its sanctions on Syria on Wednesday. The asset freeze "
            "on Bashar al-Assad stays in place.",
            id="the-asset-freeze-stays-in-place",
        ),
    ],
)
def test_a_freeze_kept_is_no_new_imposition(text: str) -> None:
    assert "sanctions.imposed" not in alert_kinds(text, _DAY), event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text, kind",
    [
        pytest.param(
            "Switzerland on Wednesday kept the freeze on Assad's assets for another year.",
            "sanctions.extended",
            id="kept-the-freeze-on-his-assets-for-another-year",
        ),
        pytest.param(
            "Switzerland on Wednesday kept the asset freeze on Bashar al-Assad for another year.",
            "sanctions.extended",
            id="kept-the-asset-freeze-for-another-year",
        ),
        pytest.param(
            "Switzerland on Wednesday froze the assets of Bashar al-Assad.",
            "sanctions.imposed",
            id="froze-the-assets-of",
        ),
    ],
)
def test_a_freeze_kept_for_a_new_term_is_extended_and_a_new_one_imposed(
    text: str, kind: str
) -> None:
    assert alert_kinds(text, _DAY) == {kind}, event_rows(text, _DAY)


_LIFTED = "China on Wednesday lifted its sanctions on the European Parliament. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _LIFTED + 'Lexmann, a Slovak lawmaker, welcomed the step. "They lifted the sanctions '
            'because they need markets," she said.',
            id="quote-after-a-speaker-in-apposition",
        ),
        pytest.param(
            _LIFTED + 'A Polish lawmaker welcomed the step. "They lifted the sanctions because '
            'they need markets," she said.',
            id="quote-after-a-speaker-named-by-demonym",
        ),
        pytest.param(
            _LIFTED + 'Lexmann welcomed the step. "They lifted the sanctions because they need '
            'markets," she said.',
            id="quote-after-a-speaker-with-no-demonym",
        ),
        pytest.param(
            _LIFTED + "Lexmann, a Slovak lawmaker, welcomed the step. She said they lifted the "
            "sanctions because they need markets.",
            id="reported-speech-after-a-speaker",
        ),
        pytest.param(
            _LIFTED + 'Lexmann, a Slovak lawmaker, welcomed the step. "China lifted the sanctions '
            'because it needs markets," she said.',
            id="quote-naming-the-state",
        ),
    ],
)
def test_a_speakers_state_is_no_party_of_the_event_she_comments(text: str) -> None:
    rows = [r for r in alert_rows(text, _MAY_DAY) if r[0] == "sanctions.lifted"]
    assert rows and all(set(r[2]) <= {"China"} for r in rows), event_rows(text, _MAY_DAY)


def test_they_after_two_states_is_those_states() -> None:
    text = (
        "Canada and Mexico lifted their sanctions on the bank on Tuesday. Slovakia welcomed the "
        "step. They lifted the sanctions after talks."
    )
    actors = {a for r in alert_rows(text, _MAY_DAY) for a in r[2]}
    assert actors == {"Canada", "Mexico"}, event_rows(text, _MAY_DAY)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "President Biden renewed the national emergency with respect to Iran for another year "
            "on Tuesday.",
            {"sanctions.extended"},
            id="national-emergency-with-respect-to-a-state-renewed",
        ),
        pytest.param(
            "Trump on Friday continued the national emergency with respect to Venezuela.",
            {"sanctions.extended"},
            id="national-emergency-continued",
        ),
        pytest.param(
            "The governor extended the national emergency over the floods on Tuesday.",
            set(),
            id="a-national-emergency-over-floods",
        ),
    ],
)
def test_the_emergency_a_sanctions_programme_rests_on_extended(text: str, kinds: set[str]) -> None:
    assert {r[0] for r in alert_rows(text, _DAY)} == kinds, event_rows(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United States warned Turkey it could face sanctions over the S-400 deal.",
            id="warned-a-state-it-could-face",
        ),
        pytest.param(
            "Washington warned Ankara on Monday that Turkish banks could face sanctions.",
            id="warned-a-capital-that-its-banks-could-face",
        ),
        pytest.param(
            "The EU warned Serbia that it could face sanctions if it passes the law.",
            id="warned-a-state-that-it-could-face",
        ),
    ],
)
def test_who_warns_threatens_and_who_is_warned_is_threatened(text: str) -> None:
    rows = [r for r in alert_rows(text, _DAY) if r[0] == "sanctions.threatened"]
    assert rows and rows[0][2] and not set(rows[0][2]) & set(rows[0][3]) and rows[0][3], rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param(
            "Eritrea and Djibouti agreed to normalise relations after a border dispute.",
            "occurred",
            id="agreed-to-normalise-relations",
        ),
        pytest.param(
            "EU ministers agreed to extend sanctions on Russia.", "occurred", id="agreed-to-extend"
        ),
        pytest.param(
            "Kenya and Somalia agreed to exchange ambassadors after a year-long row.",
            "planned",
            id="agreed-to-exchange-ambassadors",
        ),
        pytest.param("Indonesia agreed to join BRICS.", "planned", id="agreed-to-join"),
    ],
)
def test_agreeing_does_a_restoration_or_a_measure(text: str, status: str) -> None:
    assert [r[1] for r in alert_rows(text, _DAY)] == [status], event_rows(text, _DAY)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout51_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-51 English events"))
