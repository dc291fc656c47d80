"""Hundred-and-eleventh English held-out event set: twelve full-length articles (300-600 words)
written for this test in outlet forms of Oceania, wire services and the news pages of international
organisations and courts: the United Nations news page (three articles: Peace and Security, Africa,
Middle East), a Pacific wire service (four dispatches, from New York, Washington, N'Djamena and
Juba, and its business service from Sydney), an international justice news page in The Hague, a Port
Moresby daily, a Wellington news site and an Auckland sports page. The episodes, of 2015-2023, are
ones that the earlier sets (up to set 108 English and 86 Arabic, with sets 104, 108 and 86 read on
their branches), as far as a search of their docstrings and article texts for the states, bodies,
people and numbers shows (all hits read), do not carry as core news: the Libya sanctions committee
listing six leaders of trafficking networks (June 2018: no set names traffickers listed by the
council); the Security Council lifting the sanctions on Eritrea (November 2018, resolution 2444: set
33 names the Ethiopian-Eritrean peace of July 2018 only); the Taliban sanctions committee suspending
the travel ban on Taliban negotiators (September 2019: set 104 carries the removal of fourteen
former officials from the list, a lifting of another time); the council renewing the Yemen regime
(February 2023, resolution 2675: sets 28 and 37 Arabic carry the renewals of 2024 and 2019, set 36
the regime of 2014 as background); John Bolton threatening the judges of the International Criminal
Court (September 2018: set 43 carries the sanctions imposed on Fatou Bensouda in 2020); Armenia
depositing its ratification of the Rome Statute (November 2023: set 31 carries Palestine's joining
of 2015); Papua New Guinea and Australia signing their bilateral security agreement (December 2023:
set 35 names Marape only on peacekeepers); Chad and Israel restoring relations (January 2019: no
set); South Sudan graduating the first unified forces (August 2022: sets 70 and 99 name the unified
forces as background, still delayed); New Zealand's soldiers deployed to Taji (May 2015: no set);
and two near misses (an Auckland rugby round-up where a union "lifted the ban ... that it imposed"
on a ground, "sanctioned" its operator, "suspended" a prop, "threatened to fine" clubs, a coach's
contract is "extended", a club "signed an agreement" with a Samoan school and "joined an alliance"
of city clubs, a pitch is "restored", grounds "integrated", security staff and players "deployed"; a
Sydney business digest where a miner "joined an alliance" of battery makers and "signed an offtake
agreement", a regulator "lifted the restriction ... that it imposed", "restored" a licence it had
"suspended", "sanctioned" firms and "threatened" a third, a lease is "extended", a business
"integrated" and trucks "deployed").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: Armenia that "will become the 124th State Party" on a fixed day after the deposit of
its ratification), beside historical, negated, stalled, planned and occurred background.

Decisions of the annotation: the council's committee that "has imposed a travel ban and an asset
freeze on six men" imposes (core; the Security Council the actor, al-Milad and Ghermay the targets),
the regime of February 2011 that "imposed an arms embargo and froze the assets of Muammar Gaddafi" a
historical imposition; Russia's lifted "hold" is no event, and the Netherlands (the proposer) and
Italy (a warrant) are no party. The council that "lifted the arms embargo, travel ban, asset freeze
... it had imposed on Eritrea in 2009" lifts (core), the imposition of 2009 historical, the
Ethiopian-Eritrean agreement "signed in July" a historical signing, "The council did not lift the
arms embargo on Somalia, which it renewed on the same day" a negated lifting and an occurred
extension (not core: Somalia is the aside), and "The two governments have not restored diplomatic
relations" a negated restoration of Djibouti and Eritrea; Saudi Arabia (a meeting place) is no
party. The committee that "has suspended the travel ban on eleven of the group's leaders for three
months" suspends (core: a travel ban suspended for a time is a suspension, not a lifting), the
sanctions of 1999 a historical imposition, "The committee has not removed any of the eleven" a
negated lifting, the intra-Afghan talks that "have stalled" a stalled signing, and the American
troops who "remain in Afghanistan" an occurred presence (not core); Qatar, host of the office, is no
party. The council that "renewed for one year the sanctions regime on Yemen" extends (core), the
regime of 2014 and the embargo of 2015 a historical imposition, "The resolution does not lift any of
the designations" a negated lifting, and the Omani-mediated agreement that "had not been reached" a
stalled signing; Oman is no party. The United States that "threatened on Monday to impose sanctions
on judges and prosecutors of the International Criminal Court" threatens (core; Bolton an actor);
"We will not join the ICC" a negated joining, "The Palestinians joined the court in 2015" a
historical joining, "Washington has not yet imposed any measure" a negated imposition; the closing
of the PLO office is no event, and the Netherlands, the court's host, is no party. Armenia that
"will become the 124th State Party to the Rome Statute on 1 February 2024" joins, planned (core; the
court a body one joins), its signature of 1999 a historical signing, Azerbaijan that "is not a
member of the court" and Ukraine that "has not yet ratified the statute" negated joinings, and
Palestine's of 2015 historical; the freeze of Armenia's participation in the CSTO is no event.
Marape and Albanese who "signed a bilateral security agreement" sign (core), the agreement with the
United States "in May" and the Falepili Union "last month" historical signings, and the defence
treaty whose talks "have not yet produced an agreement" a stalled signing; China is no party. Chad
and Israel that "restored diplomatic relations" restore (core), the agreements to be signed "in the
coming months" a planned signing (not core), "no agreement was signed during Sunday's visit" a
negated signing, Guinea's ties restored "in 2016" a historical restoration, and Chad's troops sent
to Mali a historical presence; the break of 1972 and the postponed summit are no events, and Libya
and Togo are no party. South Sudan that "graduated the first batch ... bringing government troops
and former rebel fighters together in a single national army" integrates (core; the SPLM-IO a
party), the agreement of 2018 a historical signing, the embargo "renewed in May" a historical
extension and the peacekeepers a historical presence (background in the present tense: "has about
14,000 peacekeepers"); Norway is no party. New Zealand that "has deployed more than 100 soldiers to
Iraq" occurs (core), the Australians at Taji an occurred presence (not core), "New Zealand has not
sent troops to fight in Iraq" a negated presence, the engineers in Basra "from 2003 to 2004" and the
team in Bamyan "from 2003 until 2013" historical presences; Kuwait is no party. Nothing in the near
misses is an event.

Facts I am not sure of: the day of the Libya listing (7 June 2018) and the details of the six men
(the militia leaders' roles, Russia's hold and its length, the Dutch ambassador's words, invented);
the vote and drafter of resolution 2444 (unanimous, the United Kingdom) and the minister's words
(paraphrased); the Taliban committee's exemption (its date, the number of men, its length and its
terms are composed from reports of exemptions granted for the talks of 2019, not from one notice);
the day of resolution 2675 (15 February 2023), its vote and the panel's mandate; the place and day
of Bolton's speech (10 September 2018) and the quotation (paraphrased from reports); the day Armenia
deposited its ratification (14 November 2023) and the dates of the other steps; the sum in kina and
the details of the PNG-Australia agreement and of the opposition leader's words; Déby's quotation
and the agreements announced in N'Djamena; the number of graduates in Juba and Kiir's words; the
size and arrival date of the New Zealand contingent at Taji and Brownlee's words. The near misses
are composites of routine news, with invented clubs' and firms' details.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout111_events_en``.

Measured before any fix (on commit 5e74fee): P 0.846, R 0.900, F1 0.872 (recall 9/10, 11 of 13
alerts right; recall by status: occurred 8/9, planned 1/1; two false alarms, no unexpected alert,
none in a near miss).
No annotation was changed after the run.
Missed: on the Wellington site, "New Zealand has deployed more than 100 soldiers to Iraq, where they
will train Iraqi army units" is a historical presence (merged with the negated "has not sent troops
to fight in Iraq" into a negated one): a rough count of a hundred or more after a perfect verb is
read as a running total, as it is for the people a state has listed, though the soldiers sent are
the size of one deployment.
False alarms: on the wire's Washington dispatch, "Bolton said Washington would bar the court's
officials from entering the country, freeze any funds they hold in the U.S. financial system and
prosecute them" is an occurred imposition of the United States and the court (the conditional
"would" of the threat does not reach the second verb of the list). On the wire's N'Djamena
dispatch, "Chad's army is one of the strongest in the Sahel, and it has sent troops to Mali" is an
occurred presence of Sudan (named in the paragraph before) in Mali and Chad: the pronoun is not given
to the owner of the clause's subject, and the perfect of a background sending is read as news.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the Libya
page the imposition has "leaders of Libyan" (the headline's words) for target and no al-Milad, and
the regime of 2011 has the Council of the European Union and Russia for actors; Italy's deals are
read as a historical signing. On the Eritrea page the lifting is found from the headline's "ends",
the lead's "lifted ... it had imposed on Eritrea in 2009" is a historical lifting, Somalia's renewal
is historical and its negated lifting has no actor. On the Taliban dispatch the suspension is found
twice (the lead's without the Taliban), and the negated lifting and the American troops are not
found. On the Yemen page only the extension is found. On the Washington dispatch the negated joining,
Palestine's joining and the negated imposition are not found. On the Hague page the planned joining
has no court, and the background is not found. On the Port Moresby daily the access American forces
get is a historical presence of the United States, and the Falepili Union and the stalled treaty are
not found. On the N'Djamena dispatch the negated signing is not found. On the Juba dispatch the
integration has the South Sudan People's Defence Forces and no SPLM-IO, and the background is not
found. The Auckland near miss is quiet; the Sydney near miss has a historical imposition of South
Korea ("sanctioned"), which raises no alert.
The articles whose core events are missed or which raise false alarms are strict xfails.

After the fixes of 2026-12-07: P 0.923, R 1.000, F1 0.960 (recall 10/10, 12 of 13 alerts right;
recall by status: occurred 9/9, planned 1/1; one false alarm, no unexpected alert). Three general
causes were fixed (``test_heldout111_rules_en.py``): a rough count of a hundred or more after the
perfect of a sending ("has deployed more than 100 soldiers") is the force of one deployment, no
running total (``_running_total_en`` in ``rasd/events/status.py``); a bare verb after a comma (or a
comma and "and") is reached by a modal within twenty words before it in its clause, with no clause
of another kind between ("would bar the court's officials from entering the country, freeze any
funds they hold"), so it is planned (``_modal_list_verb_en``, in the planned branch of the status);
and a planned imposition retells an earlier threat when its actors are among the threat's parties,
one of them an actor of the threat, so the threatened named as an owner ("the court's officials")
no longer keeps it apart (``_retells`` in ``rasd/events/extractor.py``). The strict xfails of the
Wellington site (its core presence now found) and the wire's Washington dispatch (its freeze now
the threat retold) are removed.
Left: the N'Djamena dispatch's false alarm ("Chad's army is one of the strongest in the Sahel, and
it has sent troops to Mali": a background sending in the present perfect with no time is news in
the analyzer's reading, and the pronoun is given to Sudan of the paragraph before rather than to
the owner of the clause's subject; a status rule for a sending inside a sentence that describes a
force would need more than one article to be drawn safely), and the background events listed above
as seen, not scored.

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
UNSC = "United Nations Security Council"

ARTICLES: list[Article] = [
    Article(
        "h111-01-un-news-page-libya-committee-sanctions-six-traffickers",
        date(2018, 6, 8),
        _p(
            "Security Council sanctions six leaders of Libyan human trafficking networks",
            "NEW YORK, 8 June 2018 - United Nations news page, Peace and Security",
            "The Security Council committee that oversees the sanctions on Libya has imposed a travel ban and an asset freeze on six men accused of running networks that smuggle migrants across the country and the Mediterranean, the first time the United Nations has sanctioned human traffickers. The listing, agreed on Thursday after no member objected, names four Libyans and two Eritreans.",
            "Among them are Abd al-Rahman al-Milad, the head of the coastguard unit in Zawiya, who is accused of sinking migrant boats with firearms and working with other traffickers, and Ermias Ghermay, an Eritrean wanted in Italy over the deaths of hundreds of people off Lampedusa in 2013. The list also names Mohammed Kachlaf, whose militia controls the refinery in Zawiya, and Ahmad al-Dabbashi, a militia leader in Sabratha.",
            'The Netherlands, which proposed the listing with France, Germany, the United Kingdom and the United States, said it sent a clear signal that those who profit from the misery of migrants would be held to account. "This is a landmark," the Dutch ambassador told reporters. Russia had held up the proposal for several weeks, asking for more evidence against some of the men, before it lifted its hold this week.',
            "The council set up the Libya sanctions regime in February 2011, when it imposed an arms embargo and froze the assets of Muammar Gaddafi and his family. Resolution 2240 of 2015 authorised states to inspect vessels suspected of smuggling migrants on the high seas off Libya, but no trafficker had been listed until now.",
            "The measures do not target the Libyan coastguard as a body, which the European Union trains and equips, officials stressed. Rights groups have nevertheless called for the training to stop, saying the coastguard returns migrants to detention centres where they are abused. The Government of National Accord in Tripoli said it would cooperate with the committee and had already opened investigations into some of the men.",
            "More than 600,000 migrants are in Libya, according to the International Organization for Migration, and thousands have died trying to cross to Italy. The number of crossings fell sharply last year after Italy struck deals with local authorities and armed groups in the west of the country.",
            "Member states must now freeze any funds of the six men held on their territory and refuse them entry. The panel of experts that monitors the sanctions will report on their application later this year.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (UNSC,),
                ("Abd al-Rahman al-Milad", "Ermias Ghermay"),
            ),
            Gold(
                "sanctions.imposed", "historical", (UNSC,), ("Libya", "Muammar Gaddafi"), core=False
            ),
        ),
        not_participants=("Netherlands", "Italy"),
    ),
    Article(
        "h111-02-un-news-page-council-lifts-eritrea-sanctions",
        date(2018, 11, 15),
        _p(
            "Security Council ends sanctions on Eritrea after nine years",
            "NEW YORK, 15 November 2018 - United Nations news page, Africa",
            "The Security Council on Wednesday lifted the arms embargo, travel ban, asset freeze and targeted measures it had imposed on Eritrea in 2009, welcoming the country's rapprochement with Ethiopia, Djibouti and Somalia. The council adopted resolution 2444 unanimously, ending a regime that Asmara had long denounced as unjust.",
            "The sanctions were imposed over Eritrea's support for armed groups in Somalia, including al-Shabaab, and its refusal to withdraw troops from the disputed border area with Djibouti after clashes in 2008. The monitoring group, which reported to the council for years, had said in its recent reports that it found no evidence that Eritrea was still supporting al-Shabaab.",
            "The resolution also welcomed the peace agreement that Ethiopia and Eritrea signed in July, which ended two decades of hostility after their war of 1998 to 2000, and the visits exchanged by the leaders of Eritrea, Somalia and Djibouti in recent months. Ethiopian Prime Minister Abiy Ahmed had asked council members to end the measures, arguing that they no longer served any purpose.",
            "The council did not lift the arms embargo on Somalia, which it renewed on the same day for another year, and the measures on al-Shabaab remain in force. Britain, which drafted the text, said the council would keep the border dispute between Eritrea and Djibouti under review, and asked the Secretary-General to report on it.",
            "Djibouti had asked the council to keep some pressure on Asmara until the fate of Djiboutian soldiers reported missing since 2008 is clarified. The two governments have not restored diplomatic relations, although their foreign ministers met in Saudi Arabia in September.",
            'Eritrea\'s information minister, Yemane Gebremeskel, said on social media that the decision corrected "a grave injustice" and that the country would now focus on development. Human rights groups said the end of the sanctions should not distract from the indefinite national service that drives thousands of young Eritreans to flee every month.',
            "The arms embargo was one of the oldest still in force on an African state, and diplomats said its end showed how quickly the region had changed since Abiy took office in April.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC,), ("Eritrea",)),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Eritrea",), core=False),
            Gold("agreement.signed", "historical", ("Ethiopia", "Eritrea"), (), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Somalia",), core=False),
            Gold("sanctions.extended", "occurred", (UNSC,), ("Somalia",), core=False),
            Gold("relations.restored", "negated", ("Djibouti", "Eritrea"), (), core=False),
        ),
        not_participants=("Saudi Arabia",),
    ),
    Article(
        "h111-03-wire-service-un-committee-suspends-taliban-travel-ban",
        date(2019, 9, 3),
        _p(
            "UN panel suspends travel ban on Taliban negotiators for peace talks",
            "UNITED NATIONS, 3 September 2019 (Pan-Pacific Wire) -",
            "The United Nations Security Council committee that oversees sanctions on the Taliban has suspended the travel ban on eleven of the group's leaders for three months so that they can travel to talks with the United States and other Afghans, diplomats said on Tuesday. The exemption covers trips to Qatar, where the Taliban have a political office, and to other countries that host rounds of the negotiations.",
            "Among the eleven is Mullah Abdul Ghani Baradar, the Taliban co-founder who leads the group's negotiating team in Doha. The suspension does not touch the asset freeze and the arms embargo that apply to the men, which stay in force, and it can be ended if the committee finds that a trip is used for other purposes, the diplomats said.",
            "The council first imposed sanctions on the Taliban in 1999, when the group ruled most of Afghanistan and sheltered Osama bin Laden, and split them from the al-Qaeda list in 2011 to encourage reconciliation. About 135 Taliban members are on the list.",
            "The U.S. special envoy, Zalmay Khalilzad, has held nine rounds of talks with the Taliban in Doha since last year, and officials said a draft agreement on the withdrawal of American troops was close. The Afghan government, which is not part of those talks, has asked to be included. Talks between the Taliban and a delegation of Afghan politicians have stalled since a meeting in Doha in July.",
            'Afghan officials in Kabul reacted coolly to the decision, saying the Taliban should not be rewarded while their fighters attack cities. A Taliban spokesman, Suhail Shaheen, said the exemption was "a positive step" but that the group wanted its leaders removed from the list altogether. The committee has not removed any of the eleven.',
            "Germany and Norway have offered to host a later round of intra-Afghan talks, and Indonesia and Uzbekistan have hosted meetings of Afghan clerics and officials this year. The committee works by consensus, and each trip must still be notified in advance by the state that hosts it.",
            "Some 14,000 American troops remain in Afghanistan, alongside about 8,000 soldiers from NATO allies and partners in the Resolute Support mission.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (UNSC,), ("Taliban",)),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Taliban",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Taliban",), core=False),
            Gold("agreement.signed", "stalled", ("Taliban",), ("Afghanistan",), core=False),
            Gold("military.presence", "occurred", (US,), ("Afghanistan",), core=False),
        ),
        not_participants=("Qatar",),
    ),
    Article(
        "h111-04-un-news-page-council-renews-yemen-sanctions",
        date(2023, 2, 16),
        _p(
            "Yemen: Security Council renews sanctions for another year, keeps arms embargo on Houthis",
            "NEW YORK, 16 February 2023 - United Nations news page, Middle East",
            "The Security Council on Wednesday renewed for one year the sanctions regime on Yemen, keeping in force the asset freeze and travel ban on individuals and entities who threaten the peace, security or stability of the country, and the targeted arms embargo on the Houthis. Resolution 2675, drafted by the United Kingdom, was adopted unanimously and also extends until March 2024 the mandate of the panel of experts that monitors the measures.",
            "The council established the regime in February 2014 under resolution 2140, and imposed the arms embargo in April 2015, after the Houthis seized Sana'a and the government fled to Aden. Last year it designated the Houthis as a whole as a group subject to the embargo, describing them as a terrorist group for the first time in a council text.",
            "Members welcomed the truce agreed in April last year, which largely held for six months and brought a sharp fall in fighting, although it formally expired in October when the parties could not agree on extending it. Talks mediated by Oman between Saudi Arabia and the Houthis have continued since then, and officials in Muscat said an agreement was possible but had not been reached.",
            "The resolution does not lift any of the designations, and no new names were added to the list on Wednesday. The United Arab Emirates, a member of the council and part of the coalition led by Saudi Arabia, said the renewal sent a message that the Houthis could not act with impunity.",
            "The UN special envoy, Hans Grundberg, told the council last month that the country faced a moment of opportunity, but warned that a return to fighting could not be ruled out. More than 21 million Yemenis need humanitarian aid, according to the United Nations.",
            "The panel of experts said in its last report that weapons and components continued to reach the Houthis by sea, and that navies had seized several shipments of rifles and missile parts in the Gulf of Oman. Iran denies arming the group.",
            "The sanctions list includes the former president Ali Abdullah Saleh, killed in 2017, his son Ahmed Ali, and three Houthi leaders, among them Abdulmalik al-Houthi.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Yemen", "Houthis")),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Yemen", "Houthis"), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Yemen",), core=False),
            Gold("agreement.signed", "stalled", ("Saudi Arabia", "Houthis"), (), core=False),
        ),
        not_participants=("Oman",),
    ),
    Article(
        "h111-05-wire-service-bolton-threatens-icc-judges",
        date(2018, 9, 10),
        _p(
            "US threatens sanctions on ICC judges if court pursues Americans",
            "WASHINGTON, 10 September 2018 (Pan-Pacific Wire) -",
            "The United States threatened on Monday to impose sanctions on judges and prosecutors of the International Criminal Court if the court opens an investigation into American soldiers or intelligence officers over their conduct in Afghanistan. National Security Adviser John Bolton said Washington would bar the court's officials from entering the country, freeze any funds they hold in the U.S. financial system and prosecute them in American courts.",
            '"We will not cooperate with the ICC. We will provide no assistance to the ICC. We will not join the ICC," Bolton told the Federalist Society in Washington, in his first major speech since taking office. "We will let the ICC die on its own." He said the United States would take the same steps against any company or state that helped the court investigate Americans.',
            "The court's prosecutor, Fatou Bensouda, asked the judges in November to authorise an investigation into crimes committed in Afghanistan since 2003, including by the Taliban, Afghan forces and the CIA in detention sites in Afghanistan, Poland, Romania and Lithuania. The judges have not yet ruled.",
            "Bolton also announced that the State Department would close the office of the Palestine Liberation Organization in Washington, citing Palestinian efforts to have the court investigate Israel. The Palestinians joined the court in 2015.",
            'The ICC said in a statement that it would continue its work "undeterred" and that it acted within the law of the Rome Statute, which 123 countries have ratified. The United States signed the statute in 2000 but never ratified it, and in 2002 the Bush administration told the United Nations it did not intend to become a party.',
            "European governments defended the court. The Netherlands, which hosts it in The Hague, said it would continue to support it, and Germany and France said the court was an essential part of the fight against impunity.",
            "Washington has not yet imposed any measure on court officials, and Bolton gave no timetable. Legal experts said sanctions on judges of an international court would be without precedent and could strain relations with allies that are members of the court.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, "John Bolton"),
                ("International Criminal Court",),
            ),
            Gold(
                "alliance.joined", "negated", (US,), ("International Criminal Court",), core=False
            ),
            Gold(
                "alliance.joined",
                "historical",
                ("Palestine",),
                ("International Criminal Court",),
                core=False,
            ),
            Gold(
                "sanctions.imposed", "negated", (US,), ("International Criminal Court",), core=False
            ),
        ),
        not_participants=("Netherlands",),
    ),
    Article(
        "h111-06-court-news-page-armenia-becomes-icc-state-party",
        date(2023, 11, 15),
        _p(
            "Armenia deposits ratification, to join the ICC on 1 February",
            "THE HAGUE, 15 November 2023 - International justice news page",
            "Armenia will become the 124th State Party to the Rome Statute of the International Criminal Court on 1 February 2024, after it deposited its instrument of ratification with the Secretary-General of the United Nations in New York on Tuesday, the court said today. The statute enters into force for a state on the first day of the month after the sixtieth day following the deposit. The President of the Assembly of States Parties welcomed Armenia to the court's family at a short meeting in The Hague with the Armenian ambassador to the Netherlands.",
            "Armenia signed the statute in 1999 but did not ratify it for more than two decades. In 2004 its Constitutional Court found the treaty incompatible with the constitution then in force, and it took a new constitution and a second ruling, in March 2023, to clear the way. The National Assembly approved the ratification on 3 October 2023, and President Vahagn Khachaturyan signed the law this month.",
            'The decision angered Moscow, which warned that it would have "extremely negative" consequences for relations, because the court issued an arrest warrant in March 2023 for President Vladimir Putin over the deportation of Ukrainian children. As a member, Armenia would be obliged to arrest him if he set foot on its territory. Officials in Yerevan said the step was aimed at Azerbaijan, not Russia, and that they had offered Moscow a bilateral agreement on the question, which Russia has not accepted.',
            "Armenia also accepted the court's jurisdiction over crimes committed on its territory since May 2021, a period that covers the attacks by Azerbaijani forces on Armenian border areas in 2021 and 2022. Azerbaijan is not a member of the court and has not signed the statute.",
            "Membership of the court does not affect Armenia's place in the Collective Security Treaty Organization, in whose work it has frozen its participation, Prime Minister Nikol Pashinyan said this week, although he did not rule out leaving the Russian-led bloc.",
            "Human rights groups welcomed the ratification as a rare expansion of the court's membership. Ukraine, which accepted the court's jurisdiction in 2014 and 2015, has not yet ratified the statute, though its parliament is considering it.",
            "The court's president said the accession showed that states continued to see the value of a permanent court. The last state to join before Armenia was the State of Palestine, in 2015.",
        ),
        (
            Gold("alliance.joined", "planned", ("Armenia",), ("International Criminal Court",)),
            Gold("agreement.signed", "historical", ("Armenia",), (), core=False),
            Gold(
                "alliance.joined",
                "negated",
                ("Azerbaijan",),
                ("International Criminal Court",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "negated",
                ("Ukraine",),
                ("International Criminal Court",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "historical",
                ("Palestine",),
                ("International Criminal Court",),
                core=False,
            ),
        ),
    ),
    Article(
        "h111-07-port-moresby-daily-australia-png-security-agreement",
        date(2023, 12, 8),
        _p(
            "PNG and Australia sign security pact in Canberra",
            "PORT MORESBY, 8 December 2023 - Pacific Islands Daily, national news",
            "Prime Minister James Marape and his Australian counterpart Anthony Albanese signed a bilateral security agreement in Canberra yesterday, under which Australia will help Papua New Guinea expand and train its police force and strengthen its courts and prisons. The agreement, which takes effect once both governments complete their procedures, commits Australia to about 200 million kina over four years for policing.",
            'Mr Marape told reporters at Parliament House that the deal respected PNG\'s sovereignty and that the country remained "a friend to all". He said it did not stop Papua New Guinea from working with other partners, including China, on trade and infrastructure. "This is about our internal security, our police and our justice system," he said.',
            'Mr Albanese said Australia was Papua New Guinea\'s security partner of choice and that the two countries were "family". Under the agreement, the Royal Papua New Guinea Constabulary will receive help to set up a training centre in Port Moresby, and Australian police will work alongside PNG officers in several provinces.',
            "The two leaders had hoped to sign the agreement in June, but Mr Marape delayed it so that it could be reviewed by lawyers and explained to Members of Parliament and to the public. The signing was then set for September, to coincide with the 48th anniversary of independence, but was put off again.",
            "Papua New Guinea signed a defence cooperation agreement with the United States in May, which gives American forces access to six ports and airports, including the Lombrum naval base on Manus Island. That agreement drew student protests in Lae and was ratified by Parliament only in August.",
            "Opposition leader Joseph Lelang said he had not seen the final text and called for it to be tabled before it enters into force. Church groups asked for assurances that Australian police would be accountable to PNG laws.",
            "The two governments have also been discussing a treaty that would bind them to come to each other's defence, on the model of the Falepili Union that Australia signed with Tuvalu last month, but officials said those talks have not yet produced an agreement and no date has been set.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Papua New Guinea", "Australia"),
                ("James Marape", "Anthony Albanese"),
            ),
            Gold("agreement.signed", "historical", ("Papua New Guinea", US), (), core=False),
            Gold("agreement.signed", "historical", ("Australia", "Tuvalu"), (), core=False),
            Gold("agreement.signed", "stalled", ("Papua New Guinea", "Australia"), (), core=False),
        ),
        not_participants=("China",),
    ),
    Article(
        "h111-08-wire-service-chad-israel-restore-relations",
        date(2019, 1, 20),
        _p(
            "Chad and Israel restore diplomatic relations after 47 years",
            "N'DJAMENA, 20 January 2019 (Pan-Pacific Wire) -",
            "Chad and Israel restored diplomatic relations on Sunday, 47 years after the central African country cut them off, during a visit by Prime Minister Benjamin Netanyahu to N'Djamena, the first by an Israeli head of government. Netanyahu and President Idriss Déby announced the decision after talks at the presidential palace and said the two countries would open embassies.",
            '"Israel is making inroads into the Islamic world," Netanyahu told reporters before leaving. Déby, who visited Israel in November, said the renewal of ties did not mean Chad had forgotten the Palestinian cause. "We are committed to a two-state solution," he said.',
            "Chad, whose population is more than half Muslim, broke off relations with Israel in 1972 under pressure from Libya's Muammar Gaddafi, as many African states did after the war of 1973. Officials said the two countries would sign agreements on security, agriculture and water in the coming months, but no agreement was signed during Sunday's visit.",
            "Israeli officials said they hoped the visit would open the way to ties with Sudan and to flights over Chad that would shorten the route from Israel to South America. Sudan's government, which has no relations with Israel, has not commented on those reports.",
            "Chad's army is one of the strongest in the Sahel, and it has sent troops to Mali and fought Boko Haram around Lake Chad. Israeli media reported that Chad had bought weapons from Israel last year to fight rebels in the north, a report neither side confirmed.",
            "The visit follows a series of Israeli efforts to improve relations in Africa. Netanyahu addressed a summit of the West African bloc in Liberia in 2017, and Israel restored relations in 2016 with Guinea, which had cut them in 1967. A summit between Israel and African leaders planned in Togo in 2017 was postponed and has not been held.",
            "Palestinian officials criticised the visit. The Palestinian foreign ministry said it regretted any step that normalised relations with Israel while the occupation continued.",
        ),
        (
            Gold("relations.restored", "occurred", ("Chad", "Israel"), ()),
            Gold("agreement.signed", "planned", ("Chad", "Israel"), (), core=False),
            Gold("agreement.signed", "negated", ("Chad", "Israel"), (), core=False),
            Gold("relations.restored", "historical", ("Israel", "Guinea"), (), core=False),
            Gold("military.presence", "historical", ("Chad",), ("Mali",), core=False),
        ),
        not_participants=("Libya", "Togo"),
    ),
    Article(
        "h111-09-wire-service-south-sudan-unified-forces-graduate",
        date(2022, 8, 30),
        _p(
            "South Sudan graduates first unified army troops under peace deal",
            "JUBA, 30 August 2022 (Pan-Pacific Wire) -",
            "South Sudan on Tuesday graduated the first batch of more than 21,000 soldiers of its unified forces, bringing government troops and former rebel fighters together in a single national army under the peace agreement of 2018. President Salva Kiir and First Vice-President Riek Machar watched the troops march at the Green Book parade ground in Juba, where Kiir named the new army's command.",
            "The fighters of Machar's Sudan People's Liberation Movement-in-Opposition and those of the smaller opposition groups have been merged with the government's forces into the South Sudan People's Defence Forces, officials said. More than 50,000 men were meant to be trained in the first phase, but many recruits left the camps after months without food, medicine or pay.",
            '"Today you are not SPLA or SPLA-IO. You are one army," Kiir told the soldiers. Machar said the graduation was a milestone but warned that the unified forces had to be deployed and paid if they were to stay together.',
            "The graduation had been delayed several times since 2019. Under the peace agreement, signed in Addis Ababa in September 2018, the unified forces were to be in place before the formation of the unity government in 2020, a deadline that was missed. Earlier this month the parties agreed to extend the transition by two years, moving the elections to December 2024.",
            "The second phase of training has not started, and some factions that signed the agreement have refused to send fighters to the cantonment sites. Holdout groups led by Thomas Cirillo, which did not sign the deal, are still fighting government forces in Central Equatoria.",
            "Diplomats from the troika of the United States, Britain and Norway, which backed the peace process, said the new forces needed weapons and training, but the United Nations arms embargo on South Sudan, which the Security Council renewed in May, bars deliveries without its approval. The government says the embargo prevents it from equipping the army.",
            "The UN mission in South Sudan has about 14,000 peacekeepers in the country, many of them protecting civilians in camps outside Juba and Malakal.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("South Sudan", "Sudan People's Liberation Movement-in-Opposition"),
                (),
            ),
            Gold("agreement.signed", "historical", ("South Sudan",), (), core=False),
            Gold("sanctions.extended", "historical", (UNSC,), ("South Sudan",), core=False),
            Gold(
                "military.presence", "historical", ("United Nations",), ("South Sudan",), core=False
            ),
        ),
        not_participants=("Norway",),
    ),
    Article(
        "h111-10-wellington-news-site-nz-troops-deploy-to-iraq",
        date(2015, 5, 13),
        _p(
            "Kiwi troops arrive at Iraqi base to train local army",
            "WELLINGTON, 13 May 2015 - Capital Times Online, national desk",
            "New Zealand has deployed more than 100 soldiers to Iraq, where they will train Iraqi army units to fight the Islamic State group alongside Australian troops at the Taji military complex north of Baghdad, the Defence Force said today. The main body of the contingent arrived at Taji over the last week, after several weeks of preparation with the Australians in Australia.",
            'Defence Minister Gerry Brownlee said the soldiers would not take part in combat and would stay behind the wire at Taji. "Their job is to train the Iraqi army so that it can defend its own country," he said. The deployment, approved by Cabinet in February, is for up to two years and will be reviewed after nine months.',
            "Prime Minister John Key announced the mission in Parliament in February, telling MPs that New Zealand could not stand on the sidelines while the Islamic State group committed atrocities. Labour and the Greens opposed it, and Labour leader Andrew Little said the government had not made the case that the training would work. New Zealand has not sent troops to fight in Iraq, and Mr Key has said it will not.",
            "The soldiers are part of the Building Partner Capacity mission of the American-led coalition, and the joint New Zealand and Australian training group is commanded by an Australian officer. About 300 Australian soldiers are also at Taji.",
            "New Zealand did not join the invasion of Iraq in 2003, but it sent army engineers to help with reconstruction in Basra from 2003 to 2004, under British command. It kept a reconstruction team in Bamyan province in Afghanistan from 2003 until 2013.",
            "The government has refused to say exactly where the soldiers will live, or how many of them are in Iraq at any time, citing their safety. Officials said a small number of staff officers were also working at coalition headquarters in Baghdad and in Kuwait.",
            "The Iraqi army lost large parts of the north and west of the country to the Islamic State group last year, and the government is preparing an offensive to retake Ramadi.",
        ),
        (
            Gold("military.presence", "occurred", ("New Zealand",), ("Iraq",)),
            Gold("military.presence", "occurred", ("Australia",), ("Iraq",), core=False),
            Gold("military.presence", "negated", ("New Zealand",), ("Iraq",), core=False),
            Gold("military.presence", "historical", ("New Zealand",), ("Iraq",), core=False),
            Gold("military.presence", "historical", ("New Zealand",), ("Afghanistan",), core=False),
        ),
        not_participants=("Kuwait",),
    ),
    Article(
        "h111-11-auckland-sports-page-rugby-roundup",
        date(2017, 3, 20),
        _p(
            "Rugby round-up: union lifts ban on North Harbour ground, Blues sign lock",
            "AUCKLAND, 20 March 2017 - Herald Sports Wire, rugby page",
            "The provincial union yesterday lifted the ban on night games that it imposed on the North Harbour ground after a floodlight tower failed in January, and the venue will host two club finals next month. The union, which sanctioned the ground's operator with a fine, said the lights had been restored and inspected.",
            "The judicial committee suspended a Counties Manukau prop for three weeks for a high tackle in Saturday's game and threatened to fine any club whose supporters invade the pitch again. Two clubs were warned last season.",
            "The Blues have extended the contract of their forwards coach until the end of 2019 and signed a new lock from Taranaki. The franchise, which finished last in its conference last season, said it wanted to keep the coaching group together while it rebuilds the pack.",
            "Off the field, a Ponsonby club signed an agreement with a Samoan rugby school to exchange coaches and young players, and joined an alliance of city clubs that is planning a women's sevens tournament in the winter. The club's chairman said the agreement would let four teenagers train in Auckland each summer.",
            "At Eden Park, the practice pitch has been restored after the drainage was repaired, and the stadium trust said its two training grounds would be integrated into a single high-performance centre next year. Extra security staff were deployed around the ground for Friday's game, which drew more than 30,000 people.",
            'The All Blacks selectors watched the game from the stands. Several of the young players they have deployed in the development squad\'s training camps were in form, and the coach said the squad for the series against the British and Irish Lions would be named in June. "We have a good headache: too many loose forwards," he said.',
            "Results of the weekend's club finals: Ponsonby beat Grammar TEC 24-17; College Rifles and Suburbs drew 20-20; Marist beat East Coast Bays 31-12.",
            "The club draw for the new season will be released on Wednesday, and clubs may register up to four overseas players.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h111-12-sydney-business-wire-markets-digest",
        date(2021, 8, 16),
        _p(
            "Business digest: miner joins industry alliance, regulator lifts restriction on lender",
            "SYDNEY, 16 August 2021 (Pan-Pacific Wire business service) -",
            "A Perth-based lithium miner joined an alliance of battery makers and carmakers on Monday that aims to set standards for the supply of minerals, and signed an offtake agreement with a South Korean battery maker for five years of concentrate. The company's shares rose nine per cent on the ASX.",
            "The prudential regulator lifted the restriction on new home loans that it imposed on a regional lender in March, and restored the licence of a small credit provider that it had suspended over missing reports. The regulator, which sanctioned both firms with penalties, said they had met its conditions. A third lender was threatened with the loss of its licence if it fails a review in October.",
            "A Melbourne logistics group has extended the lease on its Port Botany warehouse until 2030 and said it would integrate a recently bought trucking business into its operations by December. Forty new trucks will be deployed on the Sydney to Brisbane route from next month.",
            "A Brisbane property developer said it would restore its dividend after a year without one, and a Sydney bank sanctioned three staff for breaches of its conduct rules. An Adelaide winemaker signed a distribution agreement with a Singapore importer.",
            "The sharemarket closed slightly lower as investors weighed the lockdowns in Sydney and Melbourne. The benchmark index fell 0.3 per cent, with banks and miners weaker and technology stocks higher. Iron ore prices fell for a third day.",
            "Analysts said companies reporting their annual results this month had mostly beaten expectations, helped by strong commodity prices and government support, but warned that the lockdowns would weigh on the next quarter.",
            "The Australian dollar was little changed at 73 US cents.",
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


def test_heldout111_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-111 English events"))
