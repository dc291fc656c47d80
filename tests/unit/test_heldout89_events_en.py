"""Eighty-ninth English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms of the Americas, Europe and Africa: a Nairobi regional weekly's online
edition, a Port Louis daily's regional page, a Moscow English-language daily, the English edition of
a Paris pan-African magazine, a Kigali daily carrying an agency dispatch from Luxembourg, a Victoria
(Seychelles) weekly's business pages, a Los Angeles news site for the Central American diaspora, a
Buenos Aires English-language daily, a Kyiv English-language weekly, a Riga English-language news
site, a Cape Town weekly's rugby page and an Accra business page. The episodes, of 2014-2024, are
ones that the earlier sets, as far as a search of their docstrings (both languages) for the states,
bodies and people shows, do not carry as core news: the US Treasury sanctioning the Congo River
Alliance, the M23's president and Corneille Nangaa again (2024); the African Union's Peace and
Security Council lifting Madagascar's suspension and the sanctions of the transition (2014; the
sanctions of 2010 are core news of set 39 (Arabic), their lifting is not); the Treasury's general
licence letting American firms deal with Russia's Federal Security Service for import permits
(2017); the European Union renewing for a year its sanctions on fourteen Congolese officials, among
them the ruling coalition's candidate Emmanuel Ramazani Shadary (2018); EU foreign ministers warning
Burundi of targeted sanctions (2015; the EU's Burundi sanctions renewed in 2019 and 2020 are core
news of sets 54 and 78, a different step of a later year); the Seychelles becoming the 161st member
of the WTO (2015); Guatemala signing the "safe third country" agreement with the United States
(2019); Spain naming a new ambassador to Argentina after the row with Javier Milei (2024); the
Lithuanian-Polish-Ukrainian brigade launched in Lublin (2016); Sweden to send a reduced battalion to
NATO's brigade in Latvia (2024; Canada in Latvia is background of set 30 (Arabic) only); and two near
misses (a Cape Town weekly's rugby page where a provincial union "lifted the ban it imposed", the
disciplinary "sanctions" are suspensions, a club "threatened" to withdraw, clubs "joined an
alliance" and "signed an agreement", relations with the referees are "restored", a squad is
"integrated", a suspension "extended" and players "deployed"; an Accra business page where the
central bank "lifted the suspension it imposed" on a payments firm, "sanctions" for breaches of
rules, a telecom operator "threatened" to switch off services, firms "joined" an alliance and
"signed" an agreement, mobile money "restored", platforms "integrated", a deadline "extended" and
cash machines "deploying").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: Sweden that "will send a reduced mechanised battalion ... to Latvia early next
year"), beside historical, negated, stalled and planned background.

Decisions of the annotation: the United States that "imposed sanctions on the Congo River Alliance"
imposes (core; the Treasury and OFAC actors; the alliance, the M23, Bertrand Bisimwa and Corneille
Nangaa targets, not the Democratic Republic of the Congo, whose rebels they are); Nangaa's first
designation "in 2019" and the M23 "under UN sanctions since 2012 and American ones since 2013" are
historical impositions, "The Treasury did not name any Rwandan official" a negated imposition on
Rwanda, and the Luanda talks that "have made little progress" a stalled signing of Congo and Rwanda;
Kenya, where the alliance was launched and the weekly is published, is no party. The African Union
that "lifted the suspension it imposed on Madagascar ... and the sanctions on the leaders of the
transition" lifts (core; the union and its Peace and Security Council; Madagascar the target: a
body's suspension of a member is its sanction, as sets 13 and 63 read it, so lifting it is a
lifting); the suspension "in March 2009" and the travel bans and asset freezes "in 2010" are
historical impositions, SADC that "is expected to lift its own suspension" a planned lifting (not
core), "La Francophonie has not yet lifted" its suspension a negated lifting and the road map
"signed in September 2011" a historical signing; Mauritius, the daily's home, is no party. The
Treasury that "eased the sanctions it placed on Russia's Federal Security Service in December,
issuing a general licence" suspends (core: a licence exempting from sanctions is a waiver, as in
set 56; the United States, the Treasury and OFAC; the FSB and Russia the targets); Obama's
designations "on December 29" a historical imposition, "The licence does not lift the sanctions on
the FSB" a negated lifting and the EU that "extended its economic sanctions on Russia ... in
December" a historical extension; a bill that would need Congress's approval before sanctions are
lifted is a procedure, no event. The European Union that "extended for another year its sanctions
on 14 Congolese officials" extends (core; the EU and its Council; the Democratic Republic of the
Congo and Shadary the targets), the two people "taken off it" an occurred lifting (not core),
the first listings "in December 2016 and May 2017" and the UN's sanctions regime "since 2004"
historical impositions, the UN's peacekeepers "in the country since 1999" a historical presence and
"The EU has not put Joseph Kabila himself on its list" a negated imposition; France, the magazine's
home, is no party. The European Union that "warned on Monday that they were ready to impose
targeted sanctions" on Burundian officials threatens (core, with Federica Mogherini; Burundi the
target); "No sanctions have yet been imposed on any Burundian official" a negated imposition, the
talks in Bujumbura that "broke down" a stalled signing, and the Burundian soldiers "in Somalia since
2007" a historical presence; the aid suspended by the EU and Belgium is aid, no sanction, and
Rwanda, Tanzania and Luxembourg (refugees' hosts, the daily's home, the venue) are no parties. The
Seychelles that "became the 161st member of the World Trade Organization on Sunday" joins (core);
the accession package approved "in December" is part of the joining, no event of its own, the
Seychelles that "rejoined SADC in 2008" a historical joining and the Comoros' accession talks "have
barely moved" a stalled joining. Guatemala and the United States that "signed an agreement" on
asylum seekers sign (core, with Kevin McAleenan, Enrique Degenhart and Donald Trump); Trump's
threat "on Tuesday" of a travel ban, tariffs or remittance fees is a historical threat (told as the
signing's cause, four days old), "Mexico refused last month to sign a similar agreement" a negated
signing, and the deals officials in Washington "expect to sign ... in the coming weeks" with Honduras and El
Salvador a planned signing (not core). Spain that "named a new ambassador to Argentina ...,
restoring full diplomatic representation" restores (core; Spain, Argentina and José Manuel
Albares); the withdrawal of the ambassador in May is no event of the monitor's types, and the
EU-Mercosur talks that "have dragged on ... without a final agreement" a stalled signing. Ukraine,
Poland and Lithuania that "formally launched their joint brigade" integrate forces (core, with the
three defence ministers: joint forces formed); the agreement "signed in Warsaw in September 2014" a
historical signing, the Lithuanian-Polish battalion "disbanded in 2007" a historical integration,
the Polish-Ukrainian battalion that "served in Kosovo ... until 2010" a historical presence, and
"Ukraine is not a member of NATO" with the alliance that "has not offered it a path to membership"
a negated joining. Sweden that "will send a reduced mechanised battalion of up to 600 soldiers to
Latvia early next year" is a planned presence (core, with Ulf Kristersson); Sweden that "joined
NATO on March 7" and Finland "a year earlier" historical joinings, the Canadian-led battlegroup "in
Latvia since 2017" a historical presence and the road map "Canada and Latvia signed last July" a
historical signing. Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout89_events_en``.

Measured before any fix (on commit 4e9bbab): P 0.833, R 1.000, F1 0.909 (recall 10/10, 10 of 12
alerts right; recall by status: occurred 9/9, planned 1/1; one false alarm on a background event,
one unexpected alert outside the near misses, the near misses quiet).
No annotation was changed after the run.
Missed: nothing.
False alarm: on the Moscow daily, the headline "US eases FSB sanctions for tech importers" is an
occurred lifting of the FSB's sanctions by the United States and the Treasury, which the gold has
only as the negated lifting ("The licence does not lift the sanctions on the FSB"): the easing the
lead tells as a general licence (a suspension) is read from the headline as a lifting of its own.
Unexpected: on the Moscow daily, "a bill in January that would require the approval of Congress
before any sanctions on Russia are lifted" is an occurred lifting on Russia: a lifting that a bill
would make conditional, told in a clause of "before" with "any" sanctions, is read as an act.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Nairobi weekly the imposition has the Democratic Republic of the Congo for its target (none of the
alliance, the M23, Bisimwa or Nangaa, who are not in the knowledge base but for the M23, named in
the lead only as "the M23 rebel movement"), and the M23's historical sanctions, the negated one on
Rwanda and the stalled Luanda talks are not found. On the Port Louis daily the historical
imposition of 2010 has Madagascar for actor and "Rajoelina" for target, SADC's suspension of 2009
is read as a historical imposition (right, but not annotated: the gold's planned lifting by SADC is
not found), and the negated lifting of La Francophonie and the road map are not found. On the
Moscow daily the suspension has the FSB for its actor (the lead's "eased ... issuing a general
licence" gives the Treasury to the headline's lifting only). On the Paris magazine the extension
has "Congolese officials" (unlinked) for its target, no Shadary and no Council; the two people
taken off the list, the listings of 2016 and 2017, the UN regime, the peacekeepers and the negated
listing of Kabila are not found. On the Kigali daily the threat has no Mogherini, the negated
imposition no actor, and the stalled talks and the troops in Somalia are not found. On the Los
Angeles site the signing has the United States for its target and none of the signatories, and
Trump's historical threat, Mexico's refusal and the planned deals with Honduras and El Salvador are
not found. On the Buenos Aires daily the restoration has Argentina for its target and no Albares,
and the stalled EU-Mercosur talks are not found. On the Kyiv weekly the integration has no
minister, and the agreement of 2014, the battalions of 1997 and of Kosovo and the negated joining
of NATO are not found. On the Riga site the presence has no Kristersson, Finland's joining and
Canada's battlegroup are not found. On the Accra business page (a near miss) the agreement with "a
Nigerian fintech group" is a historical signing with Nigeria for target (not alertable, so no
unexpected alert).
The article which raises a false alarm is a strict xfail.

After the fixes of 2026-12-07: P 1.000 R 1.000 F1 1.000 (recall 10/10, precision 10/10; occurred
9/9, planned 1/1; no false alarm, no unexpected alert, the near misses quiet). Fixed, with rule
sentences in ``tests/unit/test_heldout89_rules_en.py``: an easing told as the licence or waiver it
issues, a participle after a comma or "by" ("eased the sanctions it placed on Russia's Federal
Security Service in December, issuing a general licence that ..."), is a suspension, not a lifting,
and the licence is that same act, no second event (``_easing_by_exemption_en`` and
``_permit_issued`` in ``rasd/events/extractor.py``); a headline's "eases" is the suspension the lead
tells when the first event of the body is one with a party of the headline's
(``_headline_easing_as_lead``, the same file), so the Moscow daily's headline no longer raises a
lifting and its suspension has the United States and the Treasury for actors and the FSB for target;
and a passive step in a clause of "before", "until", "unless" or "once" with "any" ("before any
sanctions on Russia are lifted") is no act (``_pending_on_any_en`` in ``rasd/events/status.py``), so
the Senate bill raises nothing. The strict xfail is removed, and so are five of earlier sets that
the same rules cure, each now a suspension: set 45's on the Peshawar daily (the headline "US eases
Taliban sanctions" over the Treasury's general licences), set 48's two on the Chevron licence
("eased its sanctions on Venezuela's oil industry for Chevron, issuing a six-month licence", and its
rule case for Repsol), set 70's on the Kuala Lumpur daily (the headline "EU, US ease some Iran
sanctions") and set 7's on the Syria licence (the headline "eases some Syria sanctions").
Left: what is listed above as seen or not found, unchanged but for the Moscow daily (above).

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
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
UNSC = "United Nations Security Council"
DRC = "Democratic Republic of the Congo"
AU = "African Union"
SADC = "Southern African Development Community"
WTO = "World Trade Organization"

ARTICLES: list[Article] = [
    Article(
        "h89-01-nairobi-regional-weekly-us-sanctions-congo-river-alliance",
        date(2024, 7, 26),
        _p(
            "US sanctions Nangaa's rebel alliance and the M23's political chief",
            "NAIROBI, 26 July 2024 - Great Lakes desk, The Regional Weekly online",
            "The United States on Thursday imposed sanctions on the Congo River Alliance, the political-military coalition whose main member is the M23 rebel movement, accusing it of trying to overthrow the government in Kinshasa and of driving a war that has forced more than 1.7 million people from their homes in North Kivu.",
            "The Treasury's Office of Foreign Assets Control also designated Bertrand Bisimwa, the president of the M23, as well as Twirwaneho, an armed group in South Kivu that is allied to the coalition, and its deputy commander Charles Sematama. It listed again Corneille Nangaa, the former head of Congo's electoral commission who launched the alliance at a Nairobi hotel in December. Any property the designated people and groups hold in the United States is frozen, and Americans may not do business with them.",
            '"Those who seek power by force and at the expense of civilians will be held to account," a senior Treasury official said in a statement, adding that the department condemned the alliance and "all of its members, the M23 first among them".',
            "Nangaa was first sanctioned by Washington in 2019, when he was accused of undermining the electoral process while running the commission. The M23 itself has been under UN sanctions since 2012 and American ones since 2013, after it briefly seized the city of Goma.",
            "The government in Kinshasa welcomed the decision but said it had come late. UN experts have reported that Rwandan troops fight alongside the rebels and that Rwanda supplies them with weapons, which Kigali denies. The Treasury did not name any Rwandan official in Thursday's action, and a Congolese minister said that without pressure on Kigali the sanctions would change little on the ground.",
            "The launch of the alliance in Nairobi caused a row between Congo and Kenya last year, when Kinshasa recalled its ambassador and accused the Kenyan authorities of letting rebels hold a news conference in their capital. Kenyan officials said at the time that they could not arrest people for what they said.",
            "A two-week humanitarian truce brokered by the United States began on July 5 and was extended until early August, but residents of Masisi and Rutshuru territories reported shelling this week. Talks in Luanda between the foreign ministers of Congo and Rwanda, mediated by Angola, have made little progress, and a meeting planned for next week has not been confirmed.",
            "Aid agencies say the camps around Goma hold more people than ever, and that cholera has spread in several of them since the rains.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, TREASURY, OFAC),
                ("Congo River Alliance", "March 23 Movement", "Bertrand Bisimwa", "Corneille Nangaa"),
            ),
            Gold("sanctions.imposed", "historical", (US,), ("Corneille Nangaa",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (UNSC, US),
                ("March 23 Movement",),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", (US, TREASURY), ("Rwanda",), core=False),
            Gold("agreement.signed", "stalled", (DRC, "Rwanda"), (), core=False),
        ),
        not_participants=("Kenya",),
    ),
    Article(
        "h89-02-port-louis-daily-au-lifts-madagascar-suspension",
        date(2014, 1, 28),
        _p(
            "African Union lifts Madagascar suspension after five years",
            "PORT LOUIS, 28 January 2014 - Region, The Island Courier",
            "The African Union on Monday lifted the suspension it imposed on Madagascar after the 2009 coup, and the sanctions on the leaders of the transition, two days after Hery Rajaonarimampianina was sworn in as the island's first elected president since the crisis.",
            'The decision was taken by the union\'s Peace and Security Council at a meeting in Addis Ababa on the eve of the heads of state summit, and Madagascar\'s delegation is expected to take its seat there this week. "The people of Madagascar have voted, peacefully and in large numbers, and the union must recognise it," the council\'s chairman told reporters after the meeting.',
            "The union suspended Madagascar in March 2009, after Andry Rajoelina, then mayor of Antananarivo, took power with the support of the army and forced President Marc Ravalomanana into exile in South Africa. In 2010 it imposed travel bans and asset freezes on Rajoelina and more than a hundred of his ministers, officers and advisers, after he walked away from the power-sharing deals negotiated in Maputo and Addis Ababa.",
            "Under the road map signed in September 2011 under the mediation of the Southern African Development Community, neither Rajoelina nor Ravalomanana was allowed to stand in last year's election. Rajaonarimampianina, a former finance minister backed by Rajoelina, won the run-off in December against Jean Louis Robinson, the candidate of the Ravalomanana camp, who accepted the result after the electoral court confirmed it.",
            "SADC, which also suspended Madagascar in 2009, is expected to lift its own suspension at an extraordinary summit in the coming days. La Francophonie has not yet lifted the suspension it decided in 2009, and diplomats in Antananarivo said donors would wait for a government to be formed before resuming budget support.",
            'In Port Louis, the foreign minister, Arvin Boolell, welcomed the African Union\'s decision and said Mauritius was ready to help its neighbour rebuild. "Our economies are linked, and a stable Madagascar is good for the whole Indian Ocean," he said.',
            "Mauritian textile groups, several of which moved part of their production to Antananarivo and Antsirabe in the 2000s, suffered when the United States removed Madagascar from its trade preference programme in 2010, and business leaders hope for its return now that an elected government is in place. Flights between the two islands, cut back during the crisis, have picked up since the election.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "occurred",
                (AU, "African Union Peace and Security Council"),
                ("Madagascar",),
            ),
            Gold("sanctions.imposed", "historical", (AU,), ("Madagascar",), core=False),
            Gold("sanctions.imposed", "historical", (AU,), ("Madagascar",), core=False),
            Gold("sanctions.lifted", "planned", (SADC,), ("Madagascar",), core=False),
            Gold(
                "sanctions.lifted",
                "negated",
                ("Organisation internationale de la Francophonie",),
                ("Madagascar",),
                core=False,
            ),
            Gold("agreement.signed", "historical", ("Madagascar", SADC), (), core=False),
        ),
        not_participants=("Mauritius",),
    ),
    Article(
        "h89-03-moscow-english-daily-treasury-licence-for-fsb-dealings",
        date(2017, 2, 3),
        _p(
            "US eases FSB sanctions for tech importers; Trump says he has eased nothing",
            "MOSCOW, 3 February 2017 - The Moscow Courier",
            "The US Treasury on Thursday eased the sanctions it placed on Russia's Federal Security Service in December, issuing a general licence that lets American companies deal with the agency when they apply for the permits needed to import and sell information technology products in Russia.",
            "Under the licence, companies may pay the FSB the fees for such permits, up to 5,000 dollars a year, and comply with its rules on encryption products. The Treasury's Office of Foreign Assets Control said such adjustments were routine after a new sanctions programme, and that the licence did not change its policy towards Russia.",
            "In Washington, President Donald Trump told reporters that he had not eased anything, and his spokesman said the change was a technical fix of the kind the department makes all the time. The licence does not lift the sanctions on the FSB, whose assets in the United States remain frozen.",
            "Barack Obama put the FSB and the GRU, the military intelligence service, on the sanctions list on December 29, in response to what American intelligence agencies called a Russian campaign of hacking and leaks during the presidential election. He also expelled 35 Russian diplomats and closed two Russian compounds in Maryland and New York. Vladimir Putin said at the time that Moscow would not expel American diplomats in return, and would wait for the new administration.",
            "For distributors of phones, routers and software in Russia, the December designation created a practical problem: the FSB is the agency that must approve the import of goods with encryption, and any payment or filing to it became a possible breach of American sanctions. Several distributors said shipments had been held up since January while lawyers studied the rules.",
            '"This solves a paperwork problem, nothing more," said the head of a Moscow electronics importers\' association. "The big sanctions on banks and energy companies are where they were."',
            "The European Union extended its economic sanctions on Russia over the conflict in eastern Ukraine for another six months in December, and European diplomats say they expect no change before the summer. In the US Senate, a group of senators from both parties introduced a bill in January that would require the approval of Congress before any sanctions on Russia are lifted.",
            "The Kremlin's spokesman, Dmitry Peskov, said Moscow had not asked for the licence and would not comment on the internal procedures of the American administration.",
        ),
        (
            Gold(
                "sanctions.suspended",
                "occurred",
                (US, TREASURY, OFAC),
                ("Federal Security Service", "Russia"),
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "Barack Obama"),
                ("Federal Security Service", "Russia"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", (US,), ("Federal Security Service",), core=False),
            Gold("sanctions.extended", "historical", (EU,), ("Russia",), core=False),
        ),
    ),
    Article(
        "h89-04-paris-pan-african-magazine-eu-renews-congo-sanctions-on-shadary",
        date(2018, 12, 11),
        _p(
            "EU keeps sanctions on Shadary, Kabila's chosen successor, two weeks before the vote",
            "PARIS, 11 December 2018 - Africa desk, Continental Review (English edition)",
            "The European Union on Monday extended for another year its sanctions on 14 Congolese officials, among them Emmanuel Ramazani Shadary, the former interior minister whom President Joseph Kabila has picked as the ruling coalition's candidate in the presidential election of December 23.",
            "Meeting in Brussels, the EU's foreign ministers kept the asset freezes and travel bans on the officials, whom the bloc holds responsible for human rights abuses and for obstructing the electoral process. Two people who had been on the list since 2016 were taken off it, one of whom has died. The decision means that Shadary, if elected, would take office while barred from travelling to any of the EU's member states.",
            "The EU made its first listings in December 2016 and May 2017, after security forces killed dozens of protesters in Kinshasa who were demonstrating against the delay of the election due that year. The United Nations has had its own sanctions regime on Congo since 2004, aimed at armed groups in the east and those who arm them.",
            'The Congolese government called the renewal an interference in the campaign. "Europe is choosing sides two weeks before our citizens vote," a government spokesman said in Kinshasa, adding that the authorities would "draw the consequences". The ruling coalition said it would not be intimidated.',
            "The EU has not put Joseph Kabila himself on its list, and European diplomats said they had not discussed doing so. Kabila, in power since 2001, has said he will hand over to the winner of the vote, the first peaceful transfer of power in the country's history if it happens.",
            "Opposition leaders Martin Fayulu and Felix Tshisekedi, who failed to agree on a single candidate in Geneva last month, have both criticised the electronic voting machines the electoral commission plans to use, and observers fear long delays in counting. The government has turned down offers of logistical help from the UN and Western states for the vote.",
            "The UN's peacekeepers, some 16,000 troops in all, have been in the country since 1999. The mission said it was ready to help move ballot papers if asked, but that it had received no request.",
            "In the east, an outbreak of Ebola around Beni has killed more than 250 people since August, and health officials warned that campaign rallies could spread the virus.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                (EU, "Council of the European Union"),
                (DRC, "Emmanuel Ramazani Shadary"),
            ),
            Gold("sanctions.lifted", "occurred", (EU,), (), core=False),
            Gold("sanctions.imposed", "historical", (EU,), (DRC,), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), (DRC,), core=False),
            Gold("military.presence", "historical", ("United Nations",), (DRC,), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Joseph Kabila",), core=False),
        ),
        not_participants=("France",),
    ),
    Article(
        "h89-05-kigali-daily-eu-warns-burundi-of-targeted-sanctions",
        date(2015, 6, 23),
        _p(
            "EU warns Burundi of targeted sanctions as Nkurunziza presses on",
            "LUXEMBOURG / KIGALI, 23 June 2015 - Regional news, The Kigali Daily Record, with agencies",
            "European Union foreign ministers warned on Monday that they were ready to impose targeted sanctions on Burundian officials responsible for violence and repression, as President Pierre Nkurunziza pressed ahead with his bid for a third term in elections that the opposition is boycotting.",
            'Meeting in Luxembourg, the ministers said travel bans and asset freezes could be taken against people found to have ordered or carried out violence against protesters, or to be blocking a negotiated way out of the crisis. EU foreign policy chief Federica Mogherini said the bloc was "ready to act" if the government did not return to dialogue.',
            "No sanctions have yet been imposed on any Burundian official, and diplomats said that drawing up a list would take weeks. The EU has already suspended part of the funds it had set aside for the elections, and Belgium, the former colonial power, has suspended some of its aid and its police cooperation.",
            "Protests began in April, when the ruling party named Nkurunziza as its candidate despite a two-term limit in the Arusha peace agreement. At least 70 people have been killed, and a coup attempt by General Godefroid Niyombare failed in May. More than 100,000 Burundians have fled to Rwanda, Tanzania and the Democratic Republic of Congo.",
            "Talks in Bujumbura between the government and the opposition, facilitated by the UN envoy Abdoulaye Bathily, broke down at the weekend after the government refused to postpone the vote again. Parliamentary elections are due on June 29 and the presidential vote on July 15.",
            "Burundi's army, with about 5,400 soldiers, is one of the largest contributors to the African Union's mission in Somalia, and its troops have been in Somalia since 2007. The EU pays much of their allowances, and some European lawmakers have asked whether that support should continue.",
            "At the Mahama camp in eastern Rwanda, where most of the refugees have been taken, aid workers say new arrivals tell of threats from the ruling party's youth wing. The Rwandan government, which Bujumbura has accused of sheltering coup plotters, denies any involvement and says it is only meeting its duty to refugees.",
        ),
        (
            Gold(
                "sanctions.threatened",
                "occurred",
                (EU, "Federica Mogherini"),
                ("Burundi",),
            ),
            Gold("sanctions.imposed", "negated", (EU,), ("Burundi",), core=False),
            Gold("agreement.signed", "stalled", ("Burundi",), (), core=False),
            Gold("military.presence", "historical", ("Burundi",), ("Somalia",), core=False),
        ),
        not_participants=("Rwanda", "Tanzania", "Luxembourg"),
    ),
    Article(
        "h89-06-victoria-weekly-seychelles-joins-wto",
        date(2015, 4, 27),
        _p(
            "Seychelles becomes the WTO's 161st member",
            "VICTORIA, 27 April 2015 - Business & Economy, Seychelles Island Weekly",
            "Seychelles became the 161st member of the World Trade Organization on Sunday, thirty days after the government informed Geneva that the National Assembly had ratified the country's terms of accession, ending talks that began in 1995.",
            'Finance Minister Pierre Laporte said membership would give investors the certainty of rules that Seychelles cannot change at will. "For a small island economy, predictability is a resource as important as fish or beaches," he told a meeting of the Chamber of Commerce on Friday.',
            "The WTO's General Council approved the accession package in December, after the last round of talks on tariffs and services. Under its commitments Seychelles will cap its tariffs on most goods, open parts of its telecommunications, financial and tourism services to foreign firms and phase out some fees on imports over several years.",
            "Fishing and the tuna cannery at Victoria's port, which sells most of its output to Europe, are the main concern of the business community. Officials say that the country's fisheries support programmes are compatible with the WTO's rules, but the local fishermen's association has asked for a briefing on what will change.",
            "Seychelles is also a member of several regional bodies. It rejoined SADC in 2008, after leaving it in 2004 over the cost of membership, and belongs to COMESA and the Indian Ocean Commission. Among its neighbours, the Comoros applied to join the WTO in 2007, but its accession talks have barely moved since.",
            'Importers welcomed the new membership, saying it should make customs procedures simpler, but small manufacturers of drinks and household goods fear competition from cheaper imports. "We are not against openness, but we need time to adjust," said the owner of a bottling plant at Providence.',
            "Trade officials said the next task would be to write the commitments into national law, including new rules on standards and on the protection of trademarks, and to train customs staff. A WTO trade policy course for government officials is planned in Victoria in June.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Seychelles",), (WTO,)),
            Gold("alliance.joined", "historical", ("Seychelles",), (SADC,), core=False),
            Gold("alliance.joined", "stalled", ("Comoros",), (WTO,), core=False),
        ),
    ),
    Article(
        "h89-07-los-angeles-diaspora-site-guatemala-signs-safe-third-country-deal",
        date(2019, 7, 27),
        _p(
            "Guatemala signs 'safe third country' deal with Washington after Trump's threats",
            "LOS ANGELES, 27 July 2019 - Central America desk, Puente Noticias (English)",
            "Guatemala signed an agreement with the United States on Friday under which migrants from other countries who cross Guatemalan territory will have to seek asylum there rather than at the American border, a deal that could change the route of tens of thousands of Hondurans and Salvadorans each year.",
            "The agreement was signed in the Oval Office by the acting secretary of homeland security, Kevin McAleenan, and the Guatemalan interior minister, Enrique Degenhart, as President Donald Trump looked on. Trump called it a landmark that would end what he called fraudulent asylum claims. Guatemala's government said in a statement that it had avoided measures that would have hurt its economy.",
            "On Tuesday Trump had threatened to punish Guatemala with a travel ban, tariffs or fees on the money migrants send home, after President Jimmy Morales called off a visit to Washington. Remittances, most of them from the United States, are worth about 12 per cent of Guatemala's economy.",
            "Mexico refused last month to sign a similar agreement, and instead agreed to send thousands of National Guard troops to its southern border to avoid American tariffs. Officials in Washington said they expect to sign comparable deals with Honduras and El Salvador in the coming weeks.",
            "In Guatemala the agreement faces a legal fight. The Constitutional Court ruled this month that such a deal needed the approval of Congress, and opposition deputies said they would challenge any attempt to apply it without a vote. The two leading candidates in the presidential run-off on August 11 have both criticised it.",
            '"Guatemala cannot protect its own people, so how will it protect refugees from other countries?" asked a lawyer who works with Central American families in Los Angeles. Aid groups point out that Guatemala\'s asylum office has a handful of staff and decided only a few hundred cases last year.',
            "For the diaspora in California, the first worry is the remittances. Money transfer shops on Pico Boulevard reported a rush of customers this week after the threat of fees, some of them sending several months' savings at once.",
            "Migrant shelters in Tecun Uman and Guatemala City, already full, said they had received no instructions on how many asylum seekers to expect or when the agreement would take effect.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Guatemala", US, "Kevin McAleenan", "Enrique Degenhart", "Donald Trump"),
                (),
            ),
            Gold(
                "sanctions.threatened",
                "historical",
                (US, "Donald Trump"),
                ("Guatemala",),
                core=False,
            ),
            Gold("agreement.signed", "negated", ("Mexico", US), (), core=False),
            Gold("agreement.signed", "planned", (US, "Honduras", "El Salvador"), (), core=False),
        ),
    ),
    Article(
        "h89-08-buenos-aires-english-daily-spain-names-new-ambassador",
        date(2024, 10, 30),
        _p(
            "Spain names new ambassador, ending five-month row with Milei",
            "BUENOS AIRES, 30 October 2024 - The Buenos Aires Ledger",
            "Spain on Tuesday named a new ambassador to Argentina, Joaquin Maria de Aristegui, restoring full diplomatic representation in Buenos Aires five months after Madrid withdrew its envoy over President Javier Milei's remarks about Prime Minister Pedro Sanchez's wife.",
            "The appointment was approved by the Spanish cabinet and announced in a joint statement by the two foreign ministries, which said the governments' relations should match the closeness of the two peoples and promised to strengthen them. Spain's foreign minister, Jose Manuel Albares, said the two countries had decided to look to the future.",
            "Argentina's foreign minister, Diana Mondino, welcomed the news on social media within minutes, and officials at the San Martin Palace described it as the end of an unnecessary dispute. De Aristegui, a career diplomat, has until now been Spain's ambassador in Bogota.",
            "The crisis began in May, when Milei, speaking at a rally of the far-right Vox party in Madrid, called Begona Gomez, Sanchez's wife, corrupt. Madrid demanded a public apology, and when none came it withdrew its ambassador, Maria Jesus Alonso, leaving the embassy in the hands of a charge d'affaires. Milei returned to Madrid in June to receive a prize from a liberal institute, without meeting any member of the government.",
            "Argentina kept its own ambassador in Madrid throughout the dispute, and trade and investment were hardly affected. Spain is the second-largest foreign investor in Argentina after the United States, with large stakes in telecommunications, banking and energy, and Spanish companies had been pressing both governments to settle the matter.",
            "Diplomats on both sides also pointed to the negotiations between the European Union and Mercosur on a trade agreement, which have dragged on for more than two decades without a final agreement and which both Madrid and Buenos Aires say they want to close. Spain will host the Ibero-American summit in 2026.",
            'Milei has not withdrawn his remarks, and his spokesman said on Tuesday that the president "does not regret telling the truth". Analysts in Buenos Aires said that the decision showed both governments had chosen to separate their personal quarrel from the relationship between the states.',
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Spain", "Argentina", "José Manuel Albares"),
                (),
            ),
            Gold("agreement.signed", "stalled", (EU, "Mercosur"), (), core=False),
        ),
    ),
    Article(
        "h89-09-kyiv-english-weekly-lithuanian-polish-ukrainian-brigade-launched",
        date(2016, 1, 26),
        _p(
            "Joint brigade with Poland and Lithuania launched in Lublin",
            "KYIV, 26 January 2016 - Defence, The Kyiv Weekly Observer",
            "Ukraine, Poland and Lithuania formally launched their joint brigade in the Polish city of Lublin on Monday, bringing Ukrainian soldiers together with troops of two NATO members under one command. The three defence ministers, Stepan Poltorak, Antoni Macierewicz and Juozas Olekas, attended the ceremony at the brigade's headquarters.",
            "The brigade's staff, made up of officers of the three countries, is based in Lublin, while its battalions remain in their home countries and will come together for exercises and for missions under a mandate of the United Nations, the European Union or NATO. Poland provides most of its troops, Ukraine about 550 and Lithuania about 350.",
            'Poltorak said the brigade would help the Ukrainian army adopt NATO standards in command, planning and logistics. "Our officers will learn in Lublin and bring what they learn back to their units," he said. Macierewicz called the brigade a sign that Ukraine was not alone.',
            "The agreement that created the brigade was signed in Warsaw in September 2014, months after Russia annexed Crimea. The three countries have worked together before: a Lithuanian-Polish battalion existed from 1997 until it was disbanded in 2007, and a Polish-Ukrainian battalion served in Kosovo with the NATO-led peacekeeping force until 2010.",
            "Ukraine is not a member of NATO, and the alliance has not offered it a path to membership, though its parliament dropped the country's non-aligned status in December 2014. Officials in Kyiv say the brigade is one of the few practical ways for Ukrainian officers to train alongside allied armies.",
            "Russia's foreign ministry has called the brigade a provocation, and Russian officials said it showed that Warsaw and Vilnius were drawing Ukraine into the alliance by the back door. Ukrainian commanders say the unit will not be sent to the Donbas, where government forces and Russian-backed separatists still exchange fire almost daily despite the ceasefire.",
            "The brigade is due to hold its first staff exercise in the spring and to be fully ready next year.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                ("Ukraine", "Poland", "Lithuania", "Stepan Poltorak", "Antoni Macierewicz"),
                (),
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Ukraine", "Poland", "Lithuania"),
                (),
                core=False,
            ),
            Gold("forces.integrated", "historical", ("Lithuania", "Poland"), (), core=False),
            Gold("military.presence", "historical", ("Poland", "Ukraine"), ("Kosovo",), core=False),
            Gold("alliance.joined", "negated", ("Ukraine",), ("NATO",), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "h89-10-riga-news-site-sweden-to-send-battalion-to-latvia",
        date(2024, 4, 26),
        _p(
            "Sweden to send battalion to NATO brigade in Latvia next year",
            "RIGA, 26 April 2024 - News in English, Baltic Daily Online",
            "Sweden will send a reduced mechanised battalion of up to 600 soldiers to Latvia early next year as part of NATO's forward land forces, Prime Minister Ulf Kristersson said on Thursday at a news conference in Stockholm with his Latvian counterpart, Evika Silina.",
            "The government has instructed the Swedish armed forces to prepare the contribution, which is to include CV90 infantry fighting vehicles and Leopard 2 tanks. The battalion will serve in the multinational brigade at the Adazi base outside Riga for six months at a time, and the deployment still needs the approval of the Riksdag.",
            '"Being able to receive help in Sweden and being able to give help outside our borders are two sides of the same membership," Kristersson said. Silina called the decision a strong signal to Moscow and thanked Sweden for acting so soon after joining the alliance.',
            "Sweden joined NATO on March 7, ending more than two centuries of military non-alignment, and Finland a year earlier. The Swedish battalion will be the country's first unit deployed to another member state under the alliance's command.",
            "The brigade in Latvia is led by Canada. A Canadian-led battlegroup has been in Latvia since 2017, and the road map Canada and Latvia signed last July provides for raising it to a brigade of several thousand troops by 2026. Soldiers from more than ten countries, among them Poland, Spain, Italy and the Czech Republic, already serve at Adazi.",
            "Latvian defence officials said the Swedish soldiers would be housed in new barracks now being built at the base, and that the first of them could arrive for exercises in the autumn. The country is also building a new training area near the border with Russia and Belarus.",
            "Opinion polls in Latvia show strong support for the presence of allied troops. Russia's embassy in Riga said the deployment would only raise tension in the region.",
        ),
        (
            Gold("military.presence", "planned", ("Sweden", "Ulf Kristersson"), ("Latvia",)),
            Gold("alliance.joined", "historical", ("Sweden", "Finland"), ("NATO",), core=False),
            Gold("military.presence", "historical", ("Canada",), ("Latvia",), core=False),
            Gold("agreement.signed", "historical", ("Canada", "Latvia"), (), core=False),
        ),
    ),
    Article(
        "h89-11-cape-town-weekly-rugby-club-ban-lifted",
        date(2023, 3, 17),
        _p(
            "Ban lifted, relations restored: Bellville club back in the Premier League",
            "Sport - The Peninsula Weekly, Friday 17 March 2023",
            "Bellville Rugby Club will play in the provincial Premier League this season after the Western Province union lifted the ban it imposed on the club in November over the abuse of a referee at the end of last year's final. The sanctions, which included the suspension of two players for ten weeks and a fine of 25,000 rand, were reduced on appeal, and the club's fixtures have been restored.",
            'Club president Johan Louw said the club accepted that the behaviour of some of its supporters had been unacceptable. "We have apologised to the referee, and our relations with the referees\' society have been restored," he said. The club had threatened to withdraw from the competition altogether if the ban was not lifted before the opening round.',
            "Off the field, Bellville have joined an alliance with two neighbouring clubs to run their junior sides together, after the number of schoolboys playing in the northern suburbs fell again. The three clubs signed an agreement with the city council for the shared use of the fields at the sports complex, and their under-16 and under-19 squads will be integrated from June.",
            "The suspension of the former captain, Sipho Dlamini, was extended by four weeks after a second hearing, and he will miss the first two league matches. Coach Pieter Marais said he would deploy the young flyhalf Riaan Smit at inside centre in his absence, and that two players had returned from contracts with clubs in Argentina and France over the summer.",
            "The club has also signed a three-year sponsorship deal with a car dealer in Durbanville, and its famous supporters' choir is expected in numbers for the first home match against Hamiltons on Saturday.",
            "Elsewhere, the union said security staff would be deployed at all Premier League grounds this season and that a new code of conduct for spectators would be read out before every match. The women's league, extended to ten teams, begins next weekend.",
            "The club's annual golf day will be held at Bellville Golf Club on the last Friday of the month.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h89-12-accra-business-page-payments-firm-suspension-lifted",
        date(2022, 9, 8),
        _p(
            "Central bank lifts suspension on payments firm; telecoms join mobile money alliance",
            "ACCRA, 8 September 2022 - Business, The Accra Business Mirror",
            "The Bank of Ghana has lifted the suspension it imposed in June on the payments company PayLink Ghana, which can now take on new merchants again after it upgraded its controls against fraud. The bank said the firm had paid in full the sanctions imposed for breaches of its rules on customer verification.",
            "PayLink's chief executive, Kwame Asante, said the company had used the months of suspension to rebuild its systems. \"We have integrated our platform with the national identity database, and every new account is now checked against the Ghana Card,\" he said. Services for existing customers, interrupted for two days in June, were restored within the week.",
            "The firm also said it had joined an alliance of payment companies and mobile network operators that aims to make transfers between mobile money wallets and bank accounts cheaper, and had signed an agreement with a Nigerian fintech group to process payments for traders who buy goods in Lagos.",
            "Elsewhere in the sector, one of the country's mobile network operators threatened to switch off services in parts of the Northern Region after repeated cuts to its fibre cables by road works. The National Communications Authority extended to the end of the year the deadline for subscribers to link their SIM cards to their identity cards.",
            'Banks are deploying more cash machines that accept deposits in smaller towns, where mobile money agents still handle most transactions. "Cash is not dead in Ghana, it is just moving through phones," an analyst at an Accra brokerage said.',
            "The government's levy on electronic transfers, introduced in May, has cut the value of mobile money payments, according to figures from the central bank, and industry groups have asked the finance ministry to reduce the rate in the next budget.",
            "On the stock exchange, the composite index fell for a third week, led by telecom and bank shares, as inflation rose above 30 per cent and the cedi weakened further against the dollar.",
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


def test_heldout89_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-89 English events"))
