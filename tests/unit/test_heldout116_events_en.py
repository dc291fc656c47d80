"""Hundred-and-sixteenth English held-out event set: twelve full-length articles (300-600 words)
written for this test in outlet forms of Europe, the Caucasus, Central Asia and the Middle East and
of the sanctions trade press: a Budapest wire, a Paris broadsheet's Europe pages, a Luxembourg wire,
a Sarajevo regional English-language site, a Brussels wire, a Minsk and Tashkent wire, a Baku
regional English-language site, a London broadsheet's foreign news, a Beirut English-language daily,
an Abu Dhabi daily, a London sanctions-compliance briefing and a Tbilisi sports page. The episodes,
of 1976-2023, are ones that the earlier sets (up to set 115 English and 95 Arabic; sets 96, 97 and
98 Arabic had nothing on their branches or in their worktrees when the episodes were chosen), as far
as a search of their article texts and annotations for the states, bodies, people, places and
instruments shows (hits read), do not carry as core news: the United States Treasury blacklisting
the International Investment Bank in Budapest (April 2023: set 54 Arabic names the bank only as a
negated lifting, no English set names it); the fourteen partners of Austria lifting their
diplomatic sanctions after the report of the "wise men" (September 2000: set 39 carries their
threat of January 2000, no set the lifting; no hit for Ahtisaari, Frowein or Oreja with Austria);
the EU suspending its travel ban on Lukashenko and most of his officials (October 2008: set 105
names it only as a historical suspension; the many Belarus sets carry the suspensions of 2015 and
the American ones of 2015-2016); the Council renewing its framework for restrictive measures on
Bosnia and Herzegovina (March 2022: the Bosnia sets carry the American listings of Dodik and the
American Western Balkans emergency, no EU extension; no hit for "Bosnia" with "prolong"); the EU
warning Ukraine of sanctions over the killings in Kiev (February 2014: no hit for Barroso or
Yanukovych on a threat; sets 42 Arabic and 52 carry the later extension of the misappropriation
freeze); Uzbekistan's return to the Collective Security Treaty Organization (June 2006: set 66 has
its refusal to return as a negated joining, no set the return); Azerbaijan and Turkmenistan signing
the Dostluk memorandum (January 2021: no hit for Dostluk, Kapaz or the field); Britain and Iceland
restoring relations at the end of the third cod war (June 1976: no hit for "cod war", no
restoration with Iceland); the Lebanese cabinet ordering the militias dissolved and their fighters
taken into the army (March 1991: set 36 Arabic names the militiamen taken into the army after Taif
as background, no English set); France opening its base in Abu Dhabi (May 2009: set 89 Arabic names
the base "since 2009" as a historical presence); and two near misses (a sanctions-compliance
briefing where a screening vendor "joined an alliance" and "signed a partnership agreement", a bank
"lifted the freeze on hiring that it imposed", a regulator "sanctioned" a payments firm and
"threatened" a second with "the suspension of its licence", a court "suspended" a transfer, a bank
"restored" its service and a lender "extended" a contract, tools are "integrated" and an engine
"deployed"; a Tbilisi rugby page where a union "lifted the ban it imposed" on a player, a panel
"sanctioned" a club and "threatened to close part of its ground", a winger is "suspended", a club
"signed a cooperation agreement" and clubs "joined an alliance" that "integrated" their junior
sides, a stadium is "restored", police "deployed" and a contract "extended"). Episodes dropped after
the search because an earlier set carries them as core news: the Keremet Bank listing (26), the
Andijan embargo lapsing (27), the Belarus suspensions of 2015 (8, 29, 69 Arabic, 78), the Turkish
drilling framework (40, 46 Arabic), Trump's threat to Iraq (26, 37 Arabic), Kyrgyzstan joining the
Eurasian Economic Union (34 Arabic), the Kyrgyz-Tajik border treaty (20, 27 Arabic), Bahrain and
Qatar (4, 65), the Popular Mobilization Forces (9, 93), Turkish troops in Qatar (40), the Paks II
lifting (background in 43 and 31 Arabic), Peevski (45), the D-8 (51), the Greek Patriots in Saudi
Arabia (46 Arabic), Le Drian's threat to Lebanon (34 Arabic), the Sons of Iraq (33 Arabic), THAAD in
Israel (19 Arabic), Iraq and Syria in 2006 (35 Arabic), the Development Road (60 Arabic), Armenia's
CEPA (85), Egypt and Greece (76), Turkey and Egypt (12) and the Netherlands and Turkey (30).

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: the fighters who "will be integrated into the army and the internal security
forces"), beside historical, negated, stalled, planned and occurred background.

Decisions of the annotation: the United States that "imposed sanctions on the International
Investment Bank" imposes (core; the Treasury that "blacklisted" three executives is the same
event), the sanctions "on Russian banks after the invasion of February last year" a historical
imposition on Russia, "The European Union, however, has not imposed sanctions on the International
Investment Bank" a negated imposition, and "its delay in ratifying Sweden's membership of NATO" a
stalled joining; Hungary (the seat, whose government reacts) is no party. The fourteen partners of
Austria that "lifted on Tuesday the diplomatic sanctions they imposed on Vienna in February" lift
(core; the EU and France, the presidency that announced it, the actors), the sanctions of February
a historical imposition, their warning of 31 January a historical threat, and Israel, which "has
not restored full relations", a negated restoration; Finland (the nationality of a "wise man") is
no party. The ministers who "suspended for six months the ban on travel to the Union by President
Alexander Lukashenko" suspend (core), the ban of April 2006 a historical imposition, "did not lift
the freeze on the assets" a negated lifting, the United States "suspending for six months the
sanctions on two subsidiaries of ... Belneftekhim" last month a historical suspension, and the
talks on the return of an American ambassador that "have stalled" a stalled restoration;
Luxembourg (the venue) is no party. The Council that "has extended by one year ... the framework
that allows it to impose travel bans and asset freezes" on those who undermine Bosnia extends (core;
Bosnia and Herzegovina the target, as the state whose order the framework guards), the proposal to
list Dodik that "has stalled" a stalled imposition, the American sanctions on Dodik "in January" and
"since 2017" two historical impositions, and EUFOR's reserves that "are now in the country" an
occurred presence (not core); Hungary (which blocks) is no party. The European Union that "warned
... that it would impose targeted sanctions on those responsible for the violence in Ukraine"
threatens (core, with Barroso), Merkel and Hollande who said those responsible "would be
sanctioned" an occurred threat (not core), the United States that "barred about 20 senior
Ukrainian officials from entering the country, in the first sanctions announced" an occurred
imposition (not core), Yanukovych who "refused in November to sign an association and free trade
agreement" a negated signing, and the agreement he and Putin "signed" in Moscow a historical
signing; Switzerland (the OSCE chair offering mediation) is no party. Uzbekistan that "rejoined
the Collective Security Treaty Organisation" joins (core, with Karimov), its joining of GUAM in
1999 and of the Eurasian Economic Community in January historical joinings, the American forces at
Karshi-Khanabad "since 2001" (gone in November) a historical presence, the treaty on allied
relations that Karimov and Putin "signed" a historical signing, and "Uzbekistan would not host
Russian troops on its soil for now" a negated presence; Belarus (the venue, and a signatory of the
decision only as a member) is no party. Azerbaijan and Turkmenistan that "signed a memorandum of
understanding on the joint exploration and development" of the field sign (core), the Caspian
convention "signed in Aktau in August 2018" a historical signing, the Trans-Caspian pipeline on
which "no agreement ... has been signed" a stalled signing, and Turkmenistan that "has not joined
the Turkic Council" a negated joining; Georgia (a transit route) is no party. Britain and Iceland
that "restored diplomatic relations yesterday" restore (core), the Oslo agreement "signed" the same
day an occurred signing (not core), "A British embassy will reopen in Reykjavik within days" a
planned restoration (not core), the frigates "withdrawn from Icelandic waters last week" a
historical presence, the interim agreement of November 1973 a historical signing, and the American
servicemen "stationed" at Keflavik an occurred presence (not core); Norway (the host of the talks)
is no party. The Lebanese cabinet that decided that "several thousand of their fighters will be
integrated into the army" is a planned integration (core; Lebanon the actor, the militias named the
targets), the Taif accord "signed" in 1989 a historical signing, Aoun's brigades "brought back
under the command of the government" last year a historical integration, Hezbollah's fighters who
"will not be integrated into the army" a negated integration, and the Syrian troops "stationed" in
Lebanon and the Israeli soldiers in the south occurred presences (not core); France (the embassy
that shelters Aoun) is no party. France that "opened its first permanent military base in the Gulf"
in Abu Dhabi is an occurred presence (core, with Sarkozy), the defence agreement of 1995, the
accord on the base of January 2008 and the nuclear agreement three historical signings, the Rafale
sale on which "no contract has been signed" a stalled signing, and the American Fifth Fleet in
Bahrain and the French troops in Djibouti occurred presences (not core); Britain's "naval personnel
in the region" name no host and are not annotated, and Iran (which criticised the base) is no
party. Nothing in the near misses is an event.

Facts I am not sure of: the executives and the subsidiary listed with the International
Investment Bank, the words of Pressman, Szijjártó and Krekó (paraphrased); the day of the
Austrian lifting (12 September 2000) and the words of the fourteen, Schüssel and Haider
(paraphrased), and whether Israel's ambassador was still away in September 2000; the number of
people kept under the Belarusian ban and on the asset list, the American suspension of September
2008 and the words of Kouchner; the date and terms of the renewal of the Bosnia framework in 2022
(the framework of March 2011 is renewed each year; the day and the end date are assumed), the
words of Szijjártó and Ćerimagić and the origin of EUFOR's reserves; the number of dead in Kiev on
18-19 February 2014, the American visa bans of that day and the words of Klitschko; the place of
the CSTO summit (Minsk, 23 June 2006) and Karimov's words; the signatories of the Dostluk
memorandum, the size of the field, the recall of 2001 and the words of Aliyev, Berdimuhamedov and
Shaban; the terms of the Oslo agreement (24 trawlers, six months), the day relations were restored
and the words of the trawler owners and of Hallgrimsson; the day of the Lebanese cabinet decision,
the numbers of fighters and troops and Karami's words; the size and parts of the French base and
Sarkozy's words. The near misses are composites of routine news, with invented firms' and clubs'
details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout116_events_en``.

Measured before any fix (on commit f9c3a5f): P 1.000, R 0.900, F1 0.947 (recall 9/10, 10 of 10
alerts right; recall by status: occurred 8/9, planned 1/1; no false alarm, no unexpected alert, none
in a near miss).
No annotation was changed after the run.
Missed: on the Budapest wire, "The United States on Wednesday imposed sanctions on the
International Investment Bank, a Russian-controlled lender that moved its headquarters from Moscow
to Budapest in 2019, ..." gives no occurred imposition: the only imposition of the article is a
historical one of the United States on Russia, and the headline's "US sanctions Russian-controlled
bank" is not read either.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Budapest wire the negated imposition of the EU and Sweden's stalled joining are not found. On the
Paris broadsheet the lifting has the EU but not France, the imposition of February and the threat
of January are not found, and Israel's negated restoration has Austria for its only actor. On the
Luxembourg wire the suspension has Lukashenko but not Belarus for its target, the imposition of
2006 has no actor, the American suspension no target, and the negated lifting and the stalled
restoration are not found. On the Sarajevo site the extension has the Council for its actor and no
target, one of the two American impositions on Dodik is found, and the stalled imposition and
EUFOR's presence are not found. On the Brussels wire the threat is read from the headline's "warns"
with no target; Merkel's and Hollande's threat, the American visa bans (occurred, not core), the
negated and the historical signings are not found. On the Minsk and Tashkent wire the American
presence has no target, and the historical joinings of GUAM and of the Eurasian Economic Community,
the treaty on allied relations and the negated Russian presence are not found. On the Baku site the
negated joining has the United Nations for its actor (Turkmenistan lost), and the Aktau convention
and the stalled pipeline agreement are not found. On the London broadsheet the planned restoration
is right (from "reopen"), one signing is historical with Iceland alone (the Oslo agreement of the
same day is not found as occurred), the Keflavik presence is historical with no target, and the
frigates' presence is not found. On the Beirut daily the planned integration has Lebanon for its
target and no actor (the militias are not named), a negated integration is read from "not taken
into" with Lebanon for its target, the Syrian presence is historical (an occurred one in the gold),
and Aoun's integration and the Israeli presence are not found. On the Abu Dhabi daily the presence
has France and no host (Abu Dhabi is not read as the Emirates), one of the three historical
signings is found, and the stalled Rafale contract and the presences in Bahrain and Djibouti are
not found. Both near misses are quiet.
The articles whose core events are missed or which raise false alarms are strict xfails.

After the fixes of 2026-12-07: P 1.000, R 1.000, F1 1.000 (recall 10/10, 11 of 11 alerts right;
recall by status: occurred 9/9, planned 1/1; no false alarm, no unexpected alert). Two general
causes were fixed (``test_heldout116_rules_en.py``): an act with a day of the news of its own keeps
its news when its object is told by a relative clause in the simple past that holds a year ("on
Wednesday imposed sanctions on the International Investment Bank, a ... lender that moved its
headquarters ... in 2019"; ``status._past_relative_on_object_en``: the clause's year is what the
object did; without a day of the news the year may still date an act of the background, so the
rule waits for one); and the headline's present "sanctions" takes one designee as it took several
("US sanctions Russian bank", "Britain sanctions Iranian airline": the ``designee_one`` cue in
``rasd/events/lexicons/en.cues.yaml``, for that verb only, not after a preposition or an article,
nor in "sanctions compliance firm"). The strict xfail of the Budapest wire is removed.
Left: the background events listed above as seen, not scored (targets and actors that the
extraction does not give, such as the bank itself, France beside the EU, Belarus beside Lukashenko,
Bosnia for the extension and the militias for the integration; the hosts not read from a capital,
as the Emirates from Abu Dhabi; the negated and stalled background it does not find); and the
article's own headline, "US sanctions Russian-controlled bank", whose designee stands three words
after the verb behind a hyphened adjective, beyond the two words the headline rule reads (kept
narrow so that "sanctions" the noun is not read as the verb).

The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Final

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

US: Final = "United States"
UK: Final = "United Kingdom"
EU: Final = "European Union"
TREASURY: Final = "United States Department of the Treasury"
EU_COUNCIL: Final = "Council of the European Union"
IIB: Final = "International Investment Bank"
CSTO: Final = "Collective Security Treaty Organization"
EURASEC: Final = "Eurasian Economic Community"
UAE: Final = "United Arab Emirates"
BIH: Final = "Bosnia and Herzegovina"

ARTICLES: list[Article] = [
    Article(
        "h116-01-budapest-wire-us-sanctions-international-investment-bank",
        date(2023, 4, 13),
        _p(
            "US sanctions Russian-controlled bank based in Budapest",
            "BUDAPEST, April 13 (wire) -",
            "The United States on Wednesday imposed sanctions on the International Investment Bank, a Russian-controlled lender that moved its headquarters from Moscow to Budapest in 2019, saying its presence in a member state of NATO and the European Union helped Moscow to expand its intelligence presence in Europe. The Treasury also blacklisted three of the bank's executives, among them its Russian chairman, Nikolay Kosov, and a Hungarian subsidiary.",
            "Any assets of the bank under American jurisdiction are frozen, and Americans are barred from dealing with it. The Treasury said the bank's opacity and the diplomatic status that Hungary granted to its staff were a risk to the financial system of the region.",
            '"We have been clear for a long time about our concerns over this bank and its presence in Budapest," the American ambassador, David Pressman, told reporters at the embassy. "It is not a bank that serves the interests of Hungarians."',
            "The government in Budapest reacted cautiously. Foreign Minister Péter Szijjártó said the cabinet would examine the consequences of the decision and that the bank had not financed any project in Hungary that broke European rules. Opposition politicians demanded that the government withdraw the immunity of the bank's officers.",
            "The bank was founded in 1970 by the Soviet Union and its allies in the Comecon trading bloc. Russia holds almost half of its capital. The Czech Republic, Slovakia, Romania and Bulgaria pulled out last year after the Russian invasion of Ukraine, leaving Hungary as the only member of the European Union still among its shareholders.",
            "Washington and its allies imposed sweeping sanctions on Russian banks after the invasion of February last year, cutting most of them off from the dollar and from the SWIFT messaging system. The European Union, however, has not imposed sanctions on the International Investment Bank, and diplomats in Brussels said no proposal to list it was on the table.",
            '"The message is meant for Budapest as much as for Moscow," said Péter Krekó, the director of the Political Capital think tank. "The Americans are telling the government that its special relationship with Russia has a cost."',
            "Analysts said the sanctions would make it almost impossible for the bank to borrow on international markets, where it raised funds in euros and forints before the war. Its bonds, already trading at a deep discount, fell further on Wednesday. Ratings agencies withdrew their grades on the bank last year.",
            "Hungary's relations with Washington have cooled since the return to power of Prime Minister Viktor Orbán in 2010, and the United States has criticised his government's ties with Russia and its delay in ratifying Sweden's membership of NATO.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY), (IIB,)),
            Gold("sanctions.imposed", "historical", (US,), ("Russia",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), (IIB,), core=False),
            Gold("alliance.joined", "stalled", ("Sweden",), ("NATO",), core=False),
        ),
        not_participants=("Hungary",),
    ),
    Article(
        "h116-02-paris-broadsheet-eu-fourteen-lift-austria-sanctions",
        date(2000, 9, 13),
        _p(
            "The Fourteen lift their sanctions on Vienna",
            "PARIS, 13 September 2000 - Europe",
            "The fourteen partners of Austria in the European Union lifted on Tuesday the diplomatic sanctions they imposed on Vienna in February, when the Freedom Party of Jörg Haider entered the government. The decision was announced by the French presidency of the Union, after the fourteen capitals had read the report of three independent experts on the situation in the country.",
            "The report, delivered on Friday by the former Finnish president Martti Ahtisaari, the German lawyer Jochen Frowein and the former Spanish foreign minister Marcelino Oreja, found that the Austrian government respected European values, and that the measures had become counter-productive because they fed nationalist feeling. It also described the Freedom Party as a right-wing populist party with extremist forms of expression.",
            'In a statement, the fourteen said the measures had been "useful" but that they would now follow the Freedom Party with "particular vigilance". Official contacts at the political level, which had been frozen for seven months, will resume at once, and Austrian candidates for international posts will again receive the support of the other governments.',
            'In Vienna, Chancellor Wolfgang Schüssel spoke of a "great day" for his country. "The sanctions were unjust from the beginning, and Austria has been proved right," he told a press conference. He dropped his plan for a referendum on the measures, which had worried several capitals.',
            "The fourteen had warned on 31 January that they would cut official bilateral contacts if the Freedom Party joined the government, and carried out the threat when the coalition of Mr Schüssel's People's Party with Mr Haider's party was sworn in on 4 February. It was the first time that member states had acted together against one of their own.",
            "Israel, which recalled its ambassador from Vienna on the day the government took office, has not restored full relations and said on Tuesday that its position was unchanged.",
            "Mr Haider, who gave up the leadership of his party in the spring but remains governor of Carinthia, called the lifting a victory over \"the arrogance of Paris and Brussels\". Several governments, among them Belgium's, said they would watch the party's conduct closely.",
            "The affair has left its mark on the Union. Diplomats said the leaders would add to the treaty to be negotiated in Nice in December a procedure for monitoring a member state suspected of breaching the Union's principles, so that any future measures would be taken by the institutions rather than by a group of governments.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (EU, "France"), ("Austria",)),
            Gold("sanctions.imposed", "historical", (EU,), ("Austria",), core=False),
            Gold("sanctions.threatened", "historical", (EU,), ("Austria",), core=False),
            Gold("relations.restored", "negated", ("Israel",), ("Austria",), core=False),
        ),
        not_participants=("Finland",),
    ),
    Article(
        "h116-03-luxembourg-wire-eu-suspends-belarus-visa-ban",
        date(2008, 10, 13),
        _p(
            "EU suspends travel ban on Lukashenko for six months",
            "LUXEMBOURG, Oct 13 (wire) -",
            "European Union foreign ministers on Monday suspended for six months the ban on travel to the Union by President Alexander Lukashenko of Belarus and most of his senior officials, rewarding Minsk for freeing its last political prisoners and opening a door to a country long called Europe's last dictatorship.",
            "The ban remains in force for five people, among them four officials linked to the disappearance of opposition figures in 1999 and 2000 and the head of the central election commission, Lidia Yermoshina. The ministers did not lift the freeze on the assets of the 41 people on the Union's list, which stays in place.",
            '"We want to encourage the positive steps, but we will watch what happens next," said the French foreign minister, Bernard Kouchner, whose country holds the presidency of the Union. The ministers invited the Belarusian foreign minister, Sergei Martynov, to meet them, the first such contact at this level for years.',
            "The Union imposed the travel ban on Mr Lukashenko and dozens of officials in April 2006, after a presidential election that observers said was neither free nor fair and the arrest of hundreds of protesters. The release in August of Alexander Kozulin, a former presidential candidate sentenced to five and a half years in prison, removed the main obstacle to talks.",
            "Observers from the Organisation for Security and Co-operation in Europe said the parliamentary election of 28 September fell short of democratic standards, and no opposition candidate won a seat. Some ministers argued for keeping the ban, but Poland and Lithuania, Belarus's neighbours in the Union, pressed for a gesture, saying isolation had only pushed Minsk closer to Moscow.",
            "The United States eased its own measures last month, suspending for six months the sanctions on two subsidiaries of the state petrochemical concern Belneftekhim after the prisoners were released. But talks on the return of an American ambassador to Minsk, recalled in March when Belarus demanded cuts in the embassy's staff, have stalled.",
            'In Minsk, the foreign ministry welcomed "a step in the right direction" but said the remaining restrictions should go too. Opposition leaders were divided. "Lukashenko has not changed; only the price of gas has," said one.',
            "Belarus, hit by higher prices for Russian energy, is seeking loans from the International Monetary Fund and Western banks.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (EU,), ("Belarus", "Alexander Lukashenko")),
            Gold("sanctions.imposed", "historical", (EU,), ("Belarus", "Alexander Lukashenko"), core=False),
            Gold("sanctions.lifted", "negated", (EU,), ("Belarus",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Belarus", "Belneftekhim"), core=False),
            Gold("relations.restored", "stalled", (US,), ("Belarus",), core=False),
        ),
        not_participants=("Luxembourg",),
    ),
    Article(
        "h116-04-sarajevo-english-site-eu-extends-bosnia-framework",
        date(2022, 3, 15),
        _p(
            "EU renews Bosnia sanctions framework, but no names on the list",
            "SARAJEVO, 15 March 2022 - Regional news",
            "The Council of the European Union has extended by one year, until the end of March 2023, the framework that allows it to impose travel bans and asset freezes on people who undermine the sovereignty, territorial integrity and constitutional order of Bosnia and Herzegovina, the EU delegation in Sarajevo said on Monday.",
            "The framework, adopted in March 2011, has never been used: no person is listed under it. Diplomats said the renewal was a technical decision that did not reflect a change of policy, despite months of pressure from Germany and several other member states to act against the Bosnian Serb leader Milorad Dodik over his plans to withdraw Republika Srpska from the state army, tax system and judiciary.",
            'A proposal to list Mr Dodik has stalled, because Hungary has made clear that it would veto it and decisions on sanctions require unanimity. "We will not support sanctions against a democratically elected leader," the Hungarian foreign minister, Péter Szijjártó, said last month.',
            "The United States imposed sanctions on Mr Dodik in January, accusing him of corruption and of threatening the stability of the country, and blocked a television station he controls. He had already been on an American list since 2017 for defying the Constitutional Court.",
            '"The renewal is a signal that Europe keeps the tool in its hand, but a tool you never use is not a tool," said Adnan Ćerimagić, an analyst at the European Stability Initiative. Civil society groups in Sarajevo said the Union was losing credibility in the country.',
            "The EU peacekeeping force, EUFOR Althea, brought in about 500 reserve troops from Austria, Bulgaria, Romania and Slovakia in late February, after the Russian invasion of Ukraine raised fears of a spillover into the Balkans. The reinforcements are now in the country and will stay as long as necessary, the force said.",
            "Mr Dodik has called the sanctions threats empty and said he was ready to go to Moscow for support. He met President Vladimir Putin in December.",
            "Bosnia holds general elections in October. The High Representative, Christian Schmidt, has warned that he could use his powers to impose laws if the parties fail to agree on changes to the electoral rules.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, EU_COUNCIL), (BIH,)),
            Gold("sanctions.imposed", "stalled", (EU,), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Milorad Dodik",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Milorad Dodik",), core=False),
            Gold("military.presence", "occurred", (EU, "EUFOR Althea"), (BIH,), core=False),
        ),
        not_participants=("Hungary",),
    ),
    Article(
        "h116-05-brussels-wire-eu-warns-ukraine-of-sanctions",
        date(2014, 2, 19),
        _p(
            "EU warns of sanctions as Kiev death toll rises",
            "BRUSSELS, Feb 19 (wire) -",
            "The European Union warned on Wednesday that it would impose targeted sanctions on those responsible for the violence in Ukraine, after clashes between police and protesters in the centre of Kiev left at least 25 people dead overnight, the bloodiest day since the crisis began in November.",
            '"We expect that targeted measures against those responsible for violence and use of excessive force can be agreed by our member states as a matter of urgency," the president of the European Commission, José Manuel Barroso, told reporters. Foreign ministers will hold an emergency meeting in Brussels on Thursday to decide on asset freezes and travel bans.',
            "In Paris, Chancellor Angela Merkel and President François Hollande said those who had ordered the violence would be sanctioned. The foreign ministers of France, Germany and Poland will travel to Kiev on Thursday to meet President Viktor Yanukovych and the opposition before the meeting in Brussels.",
            "The United States on Wednesday barred about 20 senior Ukrainian officials from entering the country, in the first sanctions announced over the crackdown, and said further steps were possible. The State Department did not name them.",
            "The protests began when Mr Yanukovych refused in November to sign an association and free trade agreement with the European Union, after years of negotiations. Weeks later, in Moscow, he and President Vladimir Putin signed an agreement under which Russia would buy 15 billion dollars of Ukrainian bonds and cut the price of its gas.",
            '"The regime has crossed a line," said one of the protest leaders, the former boxing champion Vitali Klitschko, after a meeting with the president ended without agreement. The government accused the opposition of seeking a coup and said the security forces were defending the state.',
            "The Swiss president and chairman of the Organisation for Security and Co-operation in Europe, Didier Burkhalter, offered to mediate between the sides.",
            "Diplomats said the Union's measures, if agreed, would be the first it has taken against Ukraine. Some governments, among them Austria's, where several Ukrainian businessmen hold assets, asked for the list to be kept short.",
            "Ukraine's dollar bonds fell sharply and the hryvnia weakened to a record low against the dollar.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (EU, "José Manuel Barroso"), ("Ukraine",)),
            Gold("sanctions.threatened", "occurred", ("Germany", "France"), ("Ukraine",), core=False),
            Gold("sanctions.imposed", "occurred", (US,), ("Ukraine",), core=False),
            Gold("agreement.signed", "negated", ("Ukraine",), (EU,), core=False),
            Gold("agreement.signed", "historical", ("Russia", "Ukraine"), (), core=False),
        ),
        not_participants=("Switzerland",),
    ),
    Article(
        "h116-06-tashkent-wire-uzbekistan-rejoins-csto",
        date(2006, 6, 23),
        _p(
            "Uzbekistan returns to Russian-led security bloc",
            "MINSK/TASHKENT, June 23 (wire) -",
            "Uzbekistan rejoined the Collective Security Treaty Organisation on Friday, as the leaders of the Russian-led bloc meeting in Minsk approved its return seven years after Tashkent walked out of the treaty.",
            'President Islam Karimov signed the decision together with the presidents of Russia, Belarus, Kazakhstan, Kyrgyzstan, Armenia and Tajikistan. "Uzbekistan has made its choice, and it is a choice for its security," he told his colleagues, according to a Kremlin transcript.',
            "The return completes a sharp turn in Uzbek foreign policy. Tashkent left the collective security treaty in 1999 and joined GUAM, the pro-Western grouping of Georgia, Ukraine, Azerbaijan and Moldova, which it quit last year. In January it joined the Eurasian Economic Community, Moscow's trade bloc.",
            "The break with the West followed the killing of protesters in Andijan in May last year. When Washington called for an international inquiry, Tashkent ordered the American forces out of the Karshi-Khanabad air base, which they had used since 2001 for operations in Afghanistan. The last American troops left in November, the same month in which Mr Karimov and President Vladimir Putin signed a treaty on allied relations in Moscow.",
            "Officials in Tashkent said on Friday that Uzbekistan would not host Russian troops on its soil for now, and that the parliament would have to ratify the membership protocol.",
            "The Russian foreign minister, Sergei Lavrov, called the return \"a natural decision\". The secretary-general of the organisation, Nikolai Bordyuzha, said Uzbek units could take part in the bloc's rapid reaction force in Central Asia.",
            '"Karimov has decided that Moscow is the partner who asks fewer questions," said an Uzbek political analyst in Tashkent, who asked not to be named. Human rights groups said hundreds of people had been jailed since Andijan.',
            "The summit also discussed drug trafficking from Afghanistan and closer cooperation with the Shanghai Cooperation Organisation, whose leaders met in Shanghai last week. Turkmenistan, which calls itself neutral, is not a member of either bloc.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Uzbekistan", "Islam Karimov"), (CSTO,)),
            Gold("alliance.joined", "historical", ("Uzbekistan",), ("GUAM",), core=False),
            Gold("alliance.joined", "historical", ("Uzbekistan",), (EURASEC,), core=False),
            Gold("military.presence", "historical", (US,), ("Uzbekistan",), core=False),
            Gold("agreement.signed", "historical", ("Uzbekistan", "Russia"), (), core=False),
            Gold("military.presence", "negated", ("Russia",), ("Uzbekistan",), core=False),
        ),
        not_participants=("Belarus",),
    ),
    Article(
        "h116-07-baku-english-site-azerbaijan-turkmenistan-dostluk-memorandum",
        date(2021, 1, 21),
        _p(
            "Baku and Ashgabat sign deal on disputed Caspian field",
            "BAKU, 21 January 2021 - Regional news",
            "Azerbaijan and Turkmenistan on Thursday signed a memorandum of understanding on the joint exploration and development of a disputed hydrocarbon field in the Caspian Sea, ending a quarrel that had soured relations between the two neighbours for almost three decades.",
            'The field, which Azerbaijan called Kapaz and Turkmenistan called Serdar, will now be known as Dostluk, or "Friendship". The memorandum was signed by the deputy foreign ministers of the two countries in a video ceremony watched by President Ilham Aliyev and President Gurbanguly Berdimuhamedov.',
            '"This is a historic document," Mr Aliyev said. "It opens a new page in our relations and shows that the Caspian can be a sea of cooperation." Mr Berdimuhamedov said the two countries would now work together with foreign investors to develop the field.',
            "The field, discovered in Soviet times, is thought to hold about 50 million tonnes of oil. Both countries claimed it after the break-up of the Soviet Union, and Turkmenistan recalled its ambassador from Baku in 2001 over the dispute.",
            "The Convention on the Legal Status of the Caspian Sea, signed in Aktau in August 2018 by the leaders of Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan, left the division of the seabed to agreements between neighbours, and cleared the way for the deal.",
            "Analysts said the memorandum could revive the plan for a pipeline across the sea that would carry Turkmen gas to Azerbaijan and on to Europe through Georgia and Turkey. Talks on the Trans-Caspian pipeline, backed by the European Union, have stalled for years, and no agreement on it has been signed.",
            '"The field itself is not large. What matters is the signal that Ashgabat is ready to work with Baku," said Ilham Shaban, the head of the Caspian Barrel oil research centre in Baku.',
            "Turkmenistan, which keeps a policy of permanent neutrality recognised by the United Nations, has not joined the Turkic Council, the organisation of Turkic-speaking states to which Azerbaijan belongs, though it takes part in some of its meetings.",
            "The price of Azeri Light crude rose to about 56 dollars a barrel on Thursday.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Azerbaijan", "Turkmenistan"), ()),
            Gold(
                "agreement.signed",
                "historical",
                ("Azerbaijan", "Iran", "Kazakhstan", "Russia", "Turkmenistan"),
                (),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Azerbaijan", "Turkmenistan"), (), core=False),
            Gold("alliance.joined", "negated", ("Turkmenistan",), ("Organization of Turkic States",), core=False),
        ),
        not_participants=("Georgia",),
    ),
    Article(
        "h116-08-london-broadsheet-britain-and-iceland-restore-relations",
        date(1976, 6, 2),
        _p(
            "Britain and Iceland restore relations as cod war ends",
            "LONDON, 2 June 1976 - Foreign news",
            "Britain and Iceland restored diplomatic relations yesterday, three and a half months after Reykjavik broke them off over fishing, when their foreign ministers signed an agreement in Oslo that ends the third cod war between the two countries.",
            "Under the agreement, signed by Mr Anthony Crosland and Mr Einar Agustsson, up to 24 British trawlers at a time may fish within Iceland's 200-mile limit for six months, in zones and seasons fixed by Iceland. After that, British vessels may fish there only with Icelandic consent.",
            "Iceland broke off relations in February, the first time that one member of the North Atlantic alliance had done so with another, after a series of collisions between Icelandic coastguard vessels and the Royal Navy frigates sent to protect the trawlers. The frigates were withdrawn from Icelandic waters last week.",
            '"It is a sad day for Hull and Grimsby," said the leader of the trawler owners, who estimated that the agreement would cost the industry thousands of jobs. In Reykjavik, the prime minister, Mr Geir Hallgrimsson, told the Althing that Iceland had won "the final victory" in its long struggle for its fishing grounds.',
            "The two countries fought their first cod war in 1958 and the second in 1972 and 1973, which ended when the two prime ministers signed an interim agreement in November 1973 that allowed British trawlers to fish within 50 miles for two years.",
            "The dispute had worried Britain's allies. Iceland had hinted that it might leave the alliance and close the American base at Keflavik, where about 3,000 American servicemen are stationed, and the Secretary-General of the alliance, Dr Joseph Luns, mediated between the two governments.",
            "The Norwegian government, which hosted the talks, said it was pleased to have helped. A British embassy will reopen in Reykjavik within days.",
            "Fishing experts say that the 200-mile limits, which a growing number of countries are adopting, will soon change the map of the industry around Europe. The European Community is expected to declare its own limit later this year.",
        ),
        (
            Gold("relations.restored", "occurred", (UK, "Iceland"), ()),
            Gold("agreement.signed", "occurred", (UK, "Iceland"), (), core=False),
            Gold("relations.restored", "planned", (UK,), ("Iceland",), core=False),
            Gold("military.presence", "historical", (UK,), ("Iceland",), core=False),
            Gold("agreement.signed", "historical", (UK, "Iceland"), (), core=False),
            Gold("military.presence", "occurred", (US,), ("Iceland",), core=False),
        ),
        not_participants=("Norway",),
    ),
    Article(
        "h116-09-beirut-english-daily-militias-to-join-army",
        date(1991, 3, 29),
        _p(
            "Cabinet orders militias to disband, fighters to join the army",
            "BEIRUT, 29 March 1991 - Local news",
            "The cabinet decided on Thursday that all Lebanese and non-Lebanese militias must dissolve and hand over their heavy weapons to the state by the end of April, and that several thousand of their fighters will be integrated into the army and the internal security forces.",
            "The decision, taken after a long session at the presidential palace, applies to the Lebanese Forces, the Amal movement, the Progressive Socialist Party and the smaller groups that have fought in the war since 1975. Fighters who are not taken into the security forces will be offered jobs in the civil service or help to return to their studies.",
            '"The age of the militias is over. From now on, there is one army and one state," Prime Minister Omar Karami told reporters after the meeting. The defence minister said the army would need months to train and absorb the new men.',
            "The plan carries out the national reconciliation accord that the Lebanese deputies signed in Taif, in Saudi Arabia, in October 1989. The army itself was reunited last year, after the brigades loyal to General Michel Aoun were brought back under the command of the government of President Elias Hrawi. General Aoun has been living in the French embassy since October.",
            "Hezbollah, the pro-Iranian group, says its fighters in the south are a resistance against Israel and not a militia, and will not be integrated into the army. The government has not asked it to disarm.",
            "About 40,000 Syrian troops are stationed in Lebanon, and Damascus is expected to help the army take over the positions of the militias. Israel keeps soldiers in the zone it controls in the south with the help of the South Lebanon Army.",
            '"We have heard promises before," said a shopkeeper in Hamra Street. "If the guns really go, people will come back to the city."',
            "The leaders of the Lebanese Forces and of the Progressive Socialist Party said they would comply, though officials of both said some of their weapons might be sold abroad rather than handed to the state. Ministers are due to meet again next week to set the number of fighters that each force will take.",
        ),
        (
            Gold(
                "forces.integrated",
                "planned",
                ("Lebanon",),
                ("Lebanese Forces", "Amal Movement", "Progressive Socialist Party"),
            ),
            Gold("agreement.signed", "historical", ("Lebanon",), (), core=False),
            Gold("forces.integrated", "historical", ("Lebanon",), ("Michel Aoun",), core=False),
            Gold("forces.integrated", "negated", ("Lebanon",), ("Hezbollah",), core=False),
            Gold("military.presence", "occurred", ("Syria",), ("Lebanon",), core=False),
            Gold("military.presence", "occurred", ("Israel",), ("Lebanon",), core=False),
        ),
        not_participants=("France",),
    ),
    Article(
        "h116-10-abu-dhabi-daily-france-opens-base",
        date(2009, 5, 27),
        _p(
            "Sarkozy opens France's first base in the Gulf",
            "ABU DHABI, 27 May 2009 - Nation",
            "France opened its first permanent military base in the Gulf yesterday, as President Nicolas Sarkozy inaugurated a naval, air and army installation in Abu Dhabi that will house about 500 French military personnel.",
            'The base, which the French call the "Camp of Peace", includes a naval facility at the port of Mina Zayed, an air detachment at the Al Dhafra air base and a training camp for desert warfare. It is the first French base abroad to be set up in half a century, and the first outside Africa.',
            '"France is here to stay. We are showing our commitment to the security of this region, and to our friends in the Emirates," Mr Sarkozy said at the ceremony, which was attended by the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed.',
            "The two countries signed a defence agreement in 1995, and Mr Sarkozy signed the accord on the base during a visit to Abu Dhabi in January last year. France is also in talks to sell up to 60 Rafale fighter jets to the UAE Air Force, but no contract has been signed.",
            "The base lies across the Strait of Hormuz from Iran, through which about 40 per cent of the world's seaborne oil passes. Officials in Tehran have criticised the new installation, but French officials said it was not directed against any country.",
            "The United States keeps its Fifth Fleet in Bahrain, and Britain has naval personnel in the region. France also has about 2,900 troops in Djibouti, its largest base abroad.",
            '"The base gives France a seat at the table in the Gulf," said a Dubai-based defence analyst. "For the Emirates, it adds a second Western guarantor."',
            "French companies hope the closer ties will help them win contracts in the UAE, which has signed an agreement with France on civil nuclear cooperation and is due to choose the builder of its first nuclear power plants later this year.",
        ),
        (
            Gold("military.presence", "occurred", ("France", "Nicolas Sarkozy"), (UAE,)),
            Gold("agreement.signed", "historical", ("France", UAE), (), core=False),
            Gold("agreement.signed", "historical", ("France", UAE), (), core=False),
            Gold("agreement.signed", "historical", ("France", UAE), (), core=False),
            Gold("agreement.signed", "stalled", ("France", UAE), (), core=False),
            Gold("military.presence", "occurred", (US,), ("Bahrain",), core=False),
            Gold("military.presence", "occurred", ("France",), ("Djibouti",), core=False),
        ),
        not_participants=("Iran",),
    ),
    Article(
        "h116-11-compliance-trade-press-screening-vendors-round-up",
        date(2024, 11, 6),
        _p(
            "Compliance briefing: screening vendor joins alliance, bank lifts hiring freeze",
            "LONDON, 6 November 2024 - Sanctions and financial crime compliance",
            "A London-based sanctions screening vendor has joined an alliance of software firms that want to set common standards for the data used to check customers and payments, and has signed a partnership agreement with a bank in Dubai, the company said on Tuesday.",
            "The vendor said the alliance, formed last year, now counts eleven members, and that its tools would be integrated into the bank's payments platform by the spring. It has deployed a new version of its name-matching engine, which it says cuts false positives by a third.",
            "A mid-sized bank in Vienna has lifted the freeze on hiring that it imposed on its compliance department last year, and plans to add 40 analysts. The bank said the volume of alerts from its screening systems had doubled since 2022.",
            "The financial regulator sanctioned a payments firm with a fine of £1.2 million for weak controls over its customers' identities, and threatened a second firm with the suspension of its licence if it does not fix its monitoring within three months. A court suspended the transfer of a payments business to a buyer in Cyprus while the regulator reviews the sale.",
            "An Azerbaijani bank restored its online service on Monday after an outage of two days that it blamed on a failed software update. A Kazakh lender extended its contract with an American data provider for five years.",
            "Readers of this briefing will find below our regular table of the week's enforcement actions, and a guide to the new rules on the ownership of companies that take effect in January. Our webinar on screening in trade finance is on 14 November.",
            "Among the moves this week, the head of financial crime at a large insurer in Zurich has left to join a consultancy, and a former prosecutor has been named chief compliance officer of a crypto exchange in Lisbon. A Dutch bank has hired a new head of anti-money-laundering from a rival.",
            "Surveys show that compliance teams across Europe expect their budgets to grow again next year, driven by the cost of data, software licences and staff. Two in five respondents said they planned to use artificial intelligence to review alerts before a human analyst sees them.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h116-12-tbilisi-sports-page-rugby-round-up",
        date(2023, 5, 9),
        _p(
            "Rugby: Lelos forward cleared as union lifts ban",
            "TBILISI, 9 May 2023 - Sport",
            "The Georgian Rugby Union has lifted the ban it imposed on a national team forward in March, after an appeal panel found that the player had not been properly heard, clearing him to play in the summer tests before the World Cup in France.",
            "The panel also sanctioned a Tbilisi club with a fine for crowd trouble at the cup final and threatened to close part of its ground if the problems recur. In a separate case, a young winger was suspended for three matches for a dangerous tackle.",
            "The champions have signed a cooperation agreement with a club from Toulouse that will send coaches to Tbilisi and take two Georgian players on loan, and three clubs from the west of the country have joined an alliance to share an academy in Kutaisi. The alliance has integrated the junior sides of the three clubs into one team.",
            "The Avchala stadium, restored after a fire last year, will host the national team's warm-up match against Romania in August. The city has deployed extra police for the game, for which tickets sold out within a day. The coach, Levan Maisashvili, has extended the contract of his captain until 2025.",
            '"We want to arrive in France with a full squad and no distractions," the coach said. "This decision helps us."',
            "The national team, which won the Rugby Europe Championship in March for the sixth time in a row, is still campaigning for a place in an expanded Six Nations. The organisers of that tournament have not decided on any change before 2028.",
            "In the domestic league, the leaders beat their nearest rivals by 24 points to 17 on Saturday, and need one more win to secure the title. Attendance at league matches is up by a fifth on last season, according to figures released by the union.",
            "Georgia's women's sevens team travels to Portugal this weekend for a European tournament.",
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


def test_heldout116_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-116 English events"))
