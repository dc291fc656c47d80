"""Seventy-second English held-out event set: twelve full-length articles (300-600 words) written
for this test in the forms of Congolese, Iraqi, Somaliland, Senegalese, Cypriot, Slovenian, Greek,
Azerbaijani, Lithuanian, French, Namibian and Malawian English-language outlets (a Kinshasa news
site's politics page, a Baghdad weekly, a Hargeisa daily, a Dakar regional site's Sahel desk, a
Nicosia daily's world page, a Ljubljana news site with a Zagreb correspondent, an Athens daily, a
Baku news agency's English service, a Vilnius news site, a Paris English-language news site, a
Windhoek daily's sports page, a Lilongwe daily's city page), on episodes of 2010-2025 from Africa,
Europe and the Middle East that the earlier seventy-one sets lack as core news: the United States
sanctioning Rwanda's James Kabarebe and the M23 spokesman Lawrence Kanyuka (2025); the Security
Council lifting the Saddam-era weapons restrictions on Iraq and closing the oil-for-food programme
(2010); the Security Council partially suspending the Somalia arms embargo for a year by resolution
2093 (2013); Joe Biden continuing the national emergency with respect to Mali for a year (2024);
the United States warning Turkey of "very significant" sanctions over its Syria offensive (2019);
Croatia joining the European Union as its twenty-eighth member (2013); Greece and France signing
their strategic defence partnership with a mutual assistance clause (2021); Azerbaijan resuming
the work of its embassy in Tehran (2024); Lithuania, Poland and Ukraine signing the agreement that
forms their joint brigade (2014); France sending troops and jets to Mali, with the African-led
force's contingents to follow (2013); and near misses (a Windhoek sports page where a coach's
suspension is "lifted", "sanctions" were "too harsh", a contract is "extended", a striker "signed",
an agreement is "signed", supporters "threatened", power is "restored", officers are "deployed",
an "alliance" with the police and clubs that "merged" to "integrate" players; a Lilongwe city page
with a market ban "lifted", contractors "suspended", traders who "face sanctions", a contract
"extended", vendors who "threatened" and "joined" other markets, a memorandum "signed", power
"restored", officers "deployed", services to "integrate" and an "alliance" with private
collectors).

Ten articles carry core alertable events of all ten types; core events occurred (eleven) or planned
(one: the Nigerian and other West African contingents to be sent to Mali), beside historical,
negated and stalled background.

Decisions of the annotation: the United States that "imposed sanctions on James Kabarebe" and
whose Treasury "also designated Lawrence Kanyuka" imposes (core; the United States, the Treasury
and OFAC the actors; Kabarebe, Kanyuka, Rwanda and the M23 the targets), the State Department's
"would consider further action against those who prolong the conflict" a threat (not core), the
designation of Sultani Makenga "in November 2012" a historical imposition, "Washington has not,
however, imposed sanctions on President Paul Kagame" a negated imposition, the Luanda process that
"stalled in December" a stalled signing and "no agreement between the two countries has been
signed" a negated one; Angola, the mediator, and the United Kingdom and France, where the
companies are registered, are no parties. The Security Council that "lifted a set of sanctions
imposed on Iraq" lifts (core); the sanctions of August 1990 are a historical imposition, the
trade sanctions "removed after the 2003 invasion" a historical lifting and "The council did not
lift the arms embargo on armed groups and militias in Iraq" a negated lifting; the protection of
the Development Fund for Iraq "extended for a last time" shields revenues from creditors and is no
sanction; Kuwait is no party. The council that "partially suspended the arms embargo on Somalia for
twelve months" suspends (core); "the council did not lift the embargo on deliveries to anyone else"
is a negated lifting, the embargo "first imposed in January 1992" and the sanctions on Eritrea "In
2009" historical impositions, AMISOM authorised "to remain in Somalia for another year" an
occurred presence (not core) and Somaliland's request for its coast guard, which "has made no
progress", a stalled suspension; Britain, which drafted the text, is neither actor nor excluded.
Joe Biden, who "has extended by one year the national emergency with respect to Mali", extends
(core; the United States and Biden, Mali the target); the emergency "first declared by Donald Trump
in July 2019" and the Treasury's sanctions on three officers "In July 2023" are historical
impositions, "Washington has not sanctioned the head of the junta" a negated imposition, the UN
regime that expired after Russia "vetoed a French-drafted resolution that would have renewed it" a
negated extension, ECOWAS's sanctions of January 2022 a historical imposition and their lifting in
July a historical lifting; Senegal, the dateline's country, is no party. The United States that
"warned Turkey on Friday that it could face 'very significant' sanctions" threatens (core; the
United States, Trump, Mnuchin and the Treasury; Turkey the target), the senators' bill that "has
not yet been put to a vote" a stalled imposition, the sanctions on two Turkish ministers of August
2018 and their lifting in November historical, the EU-wide arms embargo that diplomats called
"unlikely" a negated imposition and the EU framework over the drilling that "is preparing" a planned
one (not core); Syria, where the offensive is fought, and Cyprus, the paper's home, are no parties.
Croatia that "became the 28th member of the European Union" joins (core); Slovenia in 2004 and
Croatia's NATO membership of 2009 are historical joinings, "Croatia is not yet part of the Schengen
area" a negated joining and Bosnia and Herzegovina's bid that "has stalled for years" a stalled
one; Germany, which keeps restrictions on workers, is no party. Greece and France that "signed a
strategic partnership for cooperation in defence and security" sign (core, with Mitsotakis and
Macron); "The pact does not provide for French troops to be stationed on Greek territory" is a
negated presence, the French frigates and jets sent "last summer" a historical presence, the
amended agreement with the United States of October 2019 and the Australian security pact with the
United States and Britain historical signings; the Belharra frigates are a purchase, not an
agreement of the monitor's types, and Turkey is no party. Azerbaijan whose embassy in Tehran "has
resumed its activity" restores relations (core; Azerbaijan, Iran the target); the agreement in
principle of December is a historical restoration, Baku's embassy in Israel opened in March 2023 a
historical one, "Azerbaijan has not yet appointed a new ambassador" a negated restoration and the
head of mission "expected to be named in the coming months" a planned one (not core). The three
defence ministers who "signed an agreement in Warsaw to create a joint military brigade" both sign
and form a joint force (both core; Lithuania, Poland and Ukraine); the talks that "stalled over
funding" are a stalled integration, LITPOLBAT "formed in 1997" a historical one, the Minsk
ceasefire a historical signing, "the brigade would not be deployed in the Donbas" a negated
presence, the permanent NATO presence in the Baltic states that the alliance "did not adopt" a
negated presence and the rotations agreed at Wales this month a historical presence. France that
"has deployed troops and fighter aircraft in Mali" is present (core, with Hollande) and the West
African contingents ("Nigeria will send about 600 troops to Mali", with Senegal, Niger, Burkina
Faso and Togo and ECOWAS) a planned presence (core); Britain's refusal to "send combat troops" is a
negated presence, France's bases in Chad, Senegal and Côte d'Ivoire a historical presence, the
force "authorised by the UN Security Council in December" a historical presence and the talks with
Ansar Dine that "had stalled" a stalled signing. Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout72_events_en``.
Measured before any fix (on commit a3eca6d): P 0.938, R 1.000, F1 0.968 (recall 12/12, 15 of 16
alerts right; recall by status: occurred 11/11, planned 1/1; no false alarm, one unexpected alert,
the Windhoek near miss quiet).
No annotation was changed after the run.
Missed: none.
False alarms: none scored as such.
Unexpected: on the Lilongwe city page, "The council also said it had signed a memorandum of
understanding with the Electricity Supply Corporation of Malawi (ESCOM) to install solar street
lights ..." is an occurred signing with Malawi as its target: the state named at the end of a
company's name ("Corporation of Malawi") is taken for a party, and the city council's memorandum
with a power utility alerts.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the
Kinshasa site, "Washington has not, however, imposed sanctions on President Paul Kagame or on the
Rwanda Defence Force ..." is an occurred imposition on Kagame and Rwanda, the "however" between
"has not" and the verb hiding the negation (it matches the core imposition through Rwanda); the
core imposition has "Rwanda's minister" and the M23 for targets (Kabarebe and Kanyuka are not in
the knowledge base), the State Department's threat and the stalled and negated signings are not
found. On the Nicosia daily, the headline "US readies 'very significant' sanctions on Turkey" is a
planned imposition (matched through the EU's planned framework, whose own event has no target), and
the historical sanctions of August 2018 take Germany, France and the Netherlands for actors. On the
Baghdad weekly and the Hargeisa daily the negated liftings have "United Nations" for actor (the
Hargeisa one not found at all), with the embargo of 1992 and AMISOM's year not found. On the Dakar
site, the emergency declared by Trump, the negated imposition on Goïta, the Russian veto and ECOWAS's
lifting are not found. The Croatian joining is right, its negated Schengen, stalled Bosnian and
historical NATO joinings not found. The Greek-French signing has the European Union for target (the
"EU treaties" of a quote), and its negated presence has the United States for a second actor. The
Azerbaijani restoration has no target ("its embassy in Tehran"), its historical, negated and
planned restorations not found. The West African contingents' planned presence has Senegal, a
contributor, for a second target, and Britain's refusal to send combat troops is not found.
The articles whose core events are missed or which raise false alarms are strict xfails.

After the fixes of 2026-12-06: P 1.000 R 1.000 F1 1.000 (recall 12/12, precision 14/14; occurred
11/11, planned 1/1; no false alarm, no unexpected alert, the near misses quiet). Fixed, with rule
sentences in ``tests/unit/test_heldout72_rules_en.py``: a state that ends a company's name ("the
Water Supply Corporation of Zambia", "the Ports Company of Ghana") is the company's and no party
(``_company_named_for_state_en`` in ``rasd/events/roles.py``, beside the rule for "Bank of"), so the
Lilongwe council's memorandum with the Malawian utility is quiet; "however" set off by commas right
after an auxiliary or a denial ("has not, however, imposed") is an aside inside the clause, not the
start of a new one (``aside_after_auxiliary_en`` in ``rasd/events/sentences.py``, also heeded by the
subject search in ``roles.py``), so "Washington has not, however, imposed sanctions on President
Paul Kagame ..." is a negated imposition, no longer an alert; ties restored through an embassy take
the state it is in, or the capital's state, for their counterpart ("its embassy in Tehran", "the
embassy of Chile in Caracas": ``_embassy_host_en`` in ``rasd/events/participants.py``; a place after
"in" was otherwise the scene; not an embassy where someone spoke, "at the US embassy in Vilnius"),
so the Azerbaijani restoration has Iran for its target.
Left (not scored): the core imposition still has "Rwanda's minister" and the M23 for targets
(Kabarebe and Kanyuka are not in the knowledge base); the West African contingents' planned
presence still has Senegal, a contributor, for a second target; Britain's refusal to send combat
troops, the negated and stalled joinings of the Ljubljana site, the Azerbaijani restoration's
planned and negated background and the background of the Dakar site are still not found; the
Nicosia headline "US readies ... sanctions on Turkey" is still a planned imposition.

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
STATE = "United States Department of State"
OFAC = "Office of Foreign Assets Control"
UNSC = "United Nations Security Council"

ARTICLES: list[Article] = [
    Article(
        "x01-kinshasa-news-site-us-sanctions-kabarebe-and-m23-spokesman",
        date(2025, 2, 21),
        _p(
            "US sanctions Rwandan minister Kabarebe and M23 spokesman Kanyuka",
            "KINSHASA, 21 February 2025 | Politics",
            "The United States on Thursday imposed sanctions on James Kabarebe, Rwanda's minister of state for regional integration and a former chief of its armed forces, accusing him of being central to Kigali's support for the M23 rebels who captured Goma last month and are now pushing south through South Kivu.",
            "The US Treasury's Office of Foreign Assets Control also designated Lawrence Kanyuka, the spokesman of the M23 and of its political umbrella, the Alliance Fleuve Congo, together with two companies he controls, one registered in the United Kingdom and the other in France. Any property the two men hold in the United States is frozen and Americans are barred from dealing with them.",
            "\"Kabarebe is a central actor in coordinating Rwanda's support to the M23,\" the Treasury said, adding that he had also overseen the extraction of minerals from eastern Congo that are then sold through Rwanda. The State Department said Washington would consider further action against those who prolong the conflict.",
            "In Kinshasa the decision was welcomed as a first step. Government spokesman Patrick Muyaya said on national television that the measures were \"overdue\" and called on Washington and its European partners to go further. \"Those who sit in Kigali and command this war must be named, all of them,\" he said.",
            "Rwanda's government called the sanctions unjustified and said they would not help resolve the crisis. Kigali has always denied arming the rebels, despite reports by United Nations experts that several thousand Rwandan soldiers are fighting alongside them.",
            "The M23 is not new to American blacklists. The Treasury designated its military commander, Sultani Makenga, in November 2012, months after the group first seized Goma, and the rebellion was defeated by the army and UN troops the following year. Washington has not, however, imposed sanctions on President Paul Kagame or on the Rwanda Defence Force as an institution, which Congolese officials have long demanded.",
            "Diplomatic efforts have made little headway. The Luanda process led by Angola's President João Lourenço stalled in December when a planned summit between President Félix Tshisekedi and Mr Kagame was called off at the last minute, and no agreement between the two countries has been signed. Leaders of the East African Community and the Southern African Development Community have since called for a ceasefire and the withdrawal of foreign forces.",
            "In Goma, where hospitals remain overwhelmed, residents said the news changed little for now. \"Sanctions in Washington will not bring back our dead,\" said a teacher in the Birere district, where fighting raged for three days in January.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (US, TREASURY, OFAC), ("James Kabarebe", "Lawrence Kanyuka", "Rwanda", "March 23 Movement")),
            Gold("sanctions.threatened", "occurred", (US, STATE), ("Rwanda", "March 23 Movement"), core=False),
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Sultani Makenga", "March 23 Movement"), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Paul Kagame", "Rwanda", "Rwanda Defence Force"), core=False),
            Gold("agreement.signed", "stalled", ("Democratic Republic of the Congo", "Rwanda"), (), core=False),
            Gold("agreement.signed", "negated", ("Democratic Republic of the Congo", "Rwanda"), (), core=False),
        ),
        not_participants=("Angola", "United Kingdom", "France"),
    ),
    Article(
        "x02-baghdad-weekly-security-council-lifts-saddam-era-sanctions-on-iraq",
        date(2010, 12, 16),
        _p(
            "UN ends Saddam-era curbs: Iraq 'returns to its normal place' among nations",
            "Baghdad, Thursday 16 December 2010",
            "The United Nations Security Council yesterday lifted a set of sanctions imposed on Iraq during the rule of Saddam Hussein, ending restrictions on the country's civilian nuclear programme and its trade in sensitive materials and closing the oil-for-food programme that ran its economy for years.",
            "In three resolutions adopted at a meeting in New York chaired by US Vice President Joe Biden, the council found that Iraq no longer posed a threat to international peace and security in the field of weapons of mass destruction. Foreign Minister Hoshyar Zebari, who sat at the table, called it \"a historic day\" and said Iraq had \"regained its sovereignty\" after two decades.",
            "\"The vote recognises that the Iraq of today is not the Iraq of 1990,\" Mr Biden told the council. He praised the formation of a new government under Prime Minister Nouri al-Maliki earlier in the month after nine months of deadlock.",
            "The council imposed comprehensive sanctions on Iraq in August 1990, days after Saddam's invasion of Kuwait, and the oil-for-food arrangements, which let Baghdad sell crude to buy food and medicine under UN supervision, were set up in 1995. Most trade sanctions were removed after the 2003 invasion, but the weapons restrictions had remained.",
            "Not everything has gone. The council did not lift the arms embargo on armed groups and militias in Iraq, which stays in force, and it left in place the obligations on Kuwait, from missing persons to the five per cent of oil revenues still paid into the compensation fund. Kuwaiti officials said they had asked for no change to those measures, and talks between the two governments on the remaining files have made slow progress.",
            "The council also extended for a last time, until 30 June, the protection of Iraq's oil revenues held in the Development Fund for Iraq against creditors' claims, and asked Baghdad to set up a successor arrangement.",
            "In Baghdad, reactions were mixed. Economists said the end of the nuclear restrictions would matter little in practice for now but would help the country's image with banks and investors. On Mutanabbi Street, bookseller Abu Ahmed said the sanctions of the 1990s had taken \"the best years of a generation\". \"We paid for them, not Saddam,\" he said.",
            "Iraq's parliament is to debate the resolutions next week, officials said.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UNSC,), ("Iraq",)),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Iraq",), core=False),
            Gold("sanctions.lifted", "historical", (UNSC,), ("Iraq",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Iraq",), core=False),
        ),
        not_participants=("Kuwait",),
    ),
    Article(
        "x03-hargeisa-daily-security-council-eases-somalia-arms-embargo-for-a-year",
        date(2013, 3, 7),
        _p(
            "UN eases Somalia arms embargo for one year",
            "HARGEISA, Thursday 7 March 2013 | By Our Staff Reporter",
            "The United Nations Security Council on Wednesday partially suspended the arms embargo on Somalia for twelve months, allowing the federal government in Mogadishu to buy light weapons for its army and police for the first time in more than two decades.",
            "Resolution 2093, adopted unanimously in New York, says the embargo shall not apply for a year to deliveries of weapons and military equipment intended solely for the development of the security forces of the Federal Government of Somalia. Heavy weapons remain banned, among them surface-to-air missiles, large-calibre guns, howitzers and anti-tank guided weapons, and the council did not lift the embargo on deliveries to anyone else in the country. Mogadishu must notify a sanctions committee before each shipment.",
            "President Hassan Sheikh Mohamud had asked the council to lift the embargo altogether, saying his forces could not defeat al-Shabaab while armed with outdated rifles. Britain, which drafted the text, and the United States backed a partial easing, while some council members and UN monitors warned that weapons could end up in the hands of clan militias or the insurgents.",
            "The embargo was first imposed in January 1992, a year after the fall of Siad Barre, when the country slid into civil war. In 2009 the council also placed an arms embargo and other sanctions on Eritrea over its support for armed groups in Somalia.",
            "The same resolution replaced the UN political office with a new mission and authorised the African Union's AMISOM force, which has about 17,600 troops in the south, to remain in Somalia for another year.",
            "In Hargeisa, officials were cautious. Foreign Minister Mohamed Bihi Yonis told this newspaper that Somaliland, which declared independence in 1991 and is not recognised internationally, would watch closely how the weapons are distributed. \"Arms sent to Mogadishu must not become a threat to the people of Somaliland,\" he said. Somaliland has asked for its own coast guard to be exempted from the embargo, but that request has made no progress in New York.",
            "Traders at Hargeisa's main market said they hoped the move would bring more security on the roads to the south, where trucks are often stopped at checkpoints.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (UNSC,), ("Somalia",)),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Somalia",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Somalia",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Eritrea",), core=False),
            Gold("military.presence", "occurred", (UNSC, "African Union", "African Union Mission in Somalia"), ("Somalia",), core=False),
            Gold("sanctions.suspended", "stalled", ("Somaliland",), (), core=False),
        ),
    ),
    Article(
        "x04-dakar-regional-site-biden-continues-mali-sanctions-emergency",
        date(2024, 7, 23),
        _p(
            "Washington keeps Mali sanctions framework for another year",
            "DAKAR, 23 July 2024 - Sahel Desk",
            "US President Joe Biden has extended by one year the national emergency with respect to Mali, keeping in force the sanctions programme that allows Washington to freeze the assets of those who threaten the country's peace, security or transition to democracy.",
            "In a notice sent to Congress on Monday, the White House said the situation in Mali, including repeated violations of ceasefire arrangements and the expansion of terrorist activities into the south and neighbouring countries, continued to pose an unusual and extraordinary threat to the national security and foreign policy of the United States. The emergency was first declared by Donald Trump in July 2019 and would have lapsed this week without the renewal.",
            "The framework has been used sparingly. In July 2023 the Treasury imposed sanctions on three senior officers of the junta - the defence minister, Colonel Sadio Camara, the air force chief of staff, Colonel Alou Boi Diarra, and the deputy chief of staff, Colonel Adama Bagayoko - for facilitating the deployment of the Russian mercenary group Wagner. No one has been added since, and Washington has not sanctioned the head of the junta, Colonel Assimi Goïta.",
            "The American measures are now the main international sanctions on Mali. The United Nations regime, in place since 2017, expired at the end of August last year after Russia vetoed a French-drafted resolution that would have renewed it for another twelve months, and the Security Council has not taken up the matter again.",
            "The Economic Community of West African States imposed sweeping economic and financial sanctions on Mali in January 2022, closing borders and freezing its assets at the regional central bank, before lifting them in July of that year once the junta agreed a timetable for elections. Those elections, set for February 2024, have been postponed indefinitely, and Mali, Burkina Faso and Niger announced in January that they would leave the bloc.",
            "In Bamako, a government spokesman did not respond to requests for comment. A Malian political analyst based in Dakar said the renewal was \"a routine step\" that showed Washington wanted to keep a tool at hand without closing the door to dialogue with the transitional authorities.",
            "The US embassy in Bamako continues to operate, and American aid to Mali has been limited to humanitarian assistance since the 2020 coup.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), ("Mali",)),
            Gold("sanctions.imposed", "historical", (US, "Donald Trump"), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Mali", "Sadio Camara", "Wagner Group"), core=False),
            Gold("sanctions.imposed", "negated", (US,), ("Assimi Goïta", "Mali"), core=False),
            Gold("sanctions.extended", "negated", (UNSC,), ("Mali",), core=False),
            Gold("sanctions.imposed", "historical", ("Economic Community of West African States",), ("Mali",), core=False),
            Gold("sanctions.lifted", "historical", ("Economic Community of West African States",), ("Mali",), core=False),
        ),
        not_participants=("Senegal",),
    ),
    Article(
        "x05-nicosia-daily-world-page-us-threatens-turkey-with-sanctions-over-syria",
        date(2019, 10, 12),
        _p(
            "US readies 'very significant' sanctions on Turkey over Syria offensive",
            "WORLD | Saturday, October 12, 2019",
            "The United States warned Turkey on Friday that it could face \"very significant\" sanctions over its military offensive against Kurdish-led forces in northeast Syria, as the fighting entered its third day and thousands of civilians fled towns along the border.",
            "US Treasury Secretary Steven Mnuchin told reporters at the White House that President Donald Trump had authorised a new executive order giving the Treasury broad powers to target Turkish officials and the country's economy, but that the measures would not be activated for now. \"These are very powerful sanctions. We hope we don't have to use them, but we can shut down the Turkish economy if we need to,\" he said. Financial institutions were being put on notice, he added.",
            "Turkey launched the operation on Wednesday, days after Mr Trump announced that American troops would step aside, a decision that drew criticism from Republicans in Congress as an abandonment of the Kurdish fighters who led the ground war against Islamic State. Senators from both parties have drafted a bill that would impose sanctions on Turkey's leaders and its energy sector, but it has not yet been put to a vote.",
            "It is not the first time Washington has used sanctions against its Nato ally. In August last year the Treasury imposed sanctions on Turkey's justice and interior ministers over the detention of the American pastor Andrew Brunson, and lifted them in November after his release.",
            "In Ankara, Foreign Minister Mevlüt Çavuşoğlu said Turkey would not bow to threats and that the operation would continue until its goals were met.",
            "The European Union has condemned the offensive, and ministers are to discuss a response in Luxembourg on Monday, but diplomats said an EU-wide arms embargo was unlikely. Several member states, among them Germany, France and the Netherlands, have already halted new arms export licences to Turkey.",
            "The offensive is being watched closely in Nicosia. President Nicos Anastasiades said Turkey's actions in Syria showed the same disregard for international law as its drilling in Cyprus's exclusive economic zone, and the government has asked EU partners to stand by their commitment to respond. The EU is preparing a framework for sanctions over the drilling.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump", "Steven Mnuchin", TREASURY), ("Turkey",)),
            Gold("sanctions.imposed", "stalled", ("United States Congress",), ("Turkey",), core=False),
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Turkey",), core=False),
            Gold("sanctions.lifted", "historical", (US, TREASURY), ("Turkey",), core=False),
            Gold("sanctions.imposed", "negated", (EU,), ("Turkey",), core=False),
            Gold("sanctions.imposed", "planned", (EU,), ("Turkey",), core=False),
        ),
        not_participants=("Cyprus", "Syria"),
    ),
    Article(
        "x06-ljubljana-news-site-croatia-becomes-28th-eu-member",
        date(2013, 7, 1),
        _p(
            "Croatia joins EU as 28th member, fireworks over Zagreb",
            "LJUBLJANA/ZAGREB, July 1 (Our correspondents)",
            "Croatia became the 28th member of the European Union at midnight, ten years after it applied and twenty-two years after it declared independence from Yugoslavia, as tens of thousands of people celebrated in the main square of Zagreb.",
            "European Council President Herman Van Rompuy and European Commission President José Manuel Barroso joined Croatian President Ivo Josipović and Prime Minister Zoran Milanović on a stage in Ban Jelačić Square, where the customs signs were symbolically removed from border posts on a giant screen. \"This is a historic moment, Croatia is back in Europe where it always belonged,\" Josipović told the crowd.",
            "Slovenian Prime Minister Alenka Bratušek, who attended the ceremony, said Ljubljana would be \"a friend and partner\" of Zagreb inside the bloc. Slovenia, which joined the EU in 2004, held up Croatia's accession talks for ten months in 2009 over the border dispute in the Bay of Piran, which the two countries later agreed to send to an international arbitration tribunal.",
            "Croatia's path was longer than that of the countries of the 2004 and 2007 enlargements. Its talks were frozen in 2005 over its failure to hand over General Ante Gotovina to the war crimes tribunal in The Hague, and it had to meet stricter conditions on the judiciary and the fight against corruption. The country joined NATO in 2009.",
            "Membership will not immediately bring all the benefits. Croatia is not yet part of the Schengen area of passport-free travel, and will not adopt the euro for several years. Several member states, Germany among them, will keep restrictions on Croatian workers for up to seven years.",
            "Its neighbours watch with mixed feelings. Serbia hopes to open accession talks by January, while Bosnia and Herzegovina's bid to join has stalled for years over the failure of its leaders to agree on constitutional reforms demanded by Brussels. Croatia's new external border with Bosnia, more than 1,000 kilometres long, will now be the EU's, and the closure of some minor crossings has caused anger among residents on both sides.",
            "At the border crossing at Obrežje, Slovenian police said traffic was normal on Monday morning. Checks on the Slovenian-Croatian frontier will stay in place until Croatia enters Schengen.",
            "The country's economy, in recession for much of the past five years, is expected to receive about 11.7 billion euros from EU funds over the next seven years.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Croatia",), (EU,)),
            Gold("alliance.joined", "historical", ("Slovenia",), (EU,), core=False),
            Gold("alliance.joined", "historical", ("Croatia",), ("NATO",), core=False),
            Gold("alliance.joined", "negated", ("Croatia",), ("Schengen Agreement",), core=False),
            Gold("alliance.joined", "stalled", ("Bosnia and Herzegovina",), (EU,), core=False),
        ),
        not_participants=("Germany",),
    ),
    Article(
        "x07-athens-daily-greece-and-france-sign-defence-pact-with-assistance-clause",
        date(2021, 9, 29),
        _p(
            "Greece, France sign strategic defence pact with mutual assistance clause",
            "ATHENS | Wednesday, September 29, 2021",
            "Greece and France yesterday signed a strategic partnership for cooperation in defence and security that commits each country to come to the other's aid, \"with all appropriate means at their disposal\", if its territory is attacked, in what Prime Minister Kyriakos Mitsotakis called a \"historic\" step for the country's security.",
            "The agreement was signed at the Élysée Palace by Mitsotakis and President Emmanuel Macron, who also announced that Greece would buy three French Belharra frigates, with an option for a fourth, in a deal worth about 3 billion euros. Defence Minister Nikos Panagiotopoulos and his French counterpart Florence Parly signed the accompanying documents.",
            "\"Greece and France are taking a bold step towards the strategic autonomy of Europe,\" Macron told a joint news conference, adding that the Europeans had to stop being naive and defend their own interests. Mitsotakis said the pact went beyond the mutual assistance clause of the EU treaties and was \"the first such agreement Greece has signed with a European ally\".",
            "Government officials stressed that the agreement is not aimed at any third country, but few in Athens doubted that Turkey was on their minds. Tensions in the Eastern Mediterranean peaked last summer when Turkish survey vessels escorted by warships entered waters claimed by Greece, and France sent frigates and Rafale jets to the region in a show of support.",
            "The pact does not provide for French troops to be stationed on Greek territory, the defence ministry said, and it will be submitted to Parliament for ratification in the coming weeks. Opposition leader Alexis Tsipras said SYRIZA would study the text but questioned the price of the frigates.",
            "The agreement follows the purchase of 18 Rafale fighter jets in January and comes weeks after Australia abandoned a submarine contract with France in favour of a security pact with the United States and Britain, a loss that deeply angered Paris.",
            "Greece has also deepened its defence ties with the United States, with which it signed an amended Mutual Defence Cooperation Agreement in October 2019 expanding American access to Greek bases, including Souda Bay in Crete. Exploratory talks between Athens and Ankara on maritime zones resumed in January after a five-year pause but have produced no result.",
            "Turkey's foreign ministry did not immediately comment. Markets in Athens rose slightly on the news, with shares in defence-related companies gaining.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Greece", "France", "Kyriakos Mitsotakis", "Emmanuel Macron"), ()),
            Gold("military.presence", "negated", ("France",), ("Greece",), core=False),
            Gold("military.presence", "historical", ("France",), ("Greece",), core=False),
            Gold("agreement.signed", "historical", ("Greece", US), (), core=False),
            Gold("agreement.signed", "historical", ("Australia", US, "United Kingdom"), (), core=False),
        ),
        not_participants=("Turkey",),
    ),
    Article(
        "x08-baku-agency-azerbaijan-resumes-embassy-in-tehran",
        date(2024, 7, 16),
        _p(
            "Azerbaijan resumes operation of its embassy in Tehran",
            "Baku, July 16. The Embassy of the Republic of Azerbaijan in the Islamic Republic of Iran has resumed its activity, the Ministry of Foreign Affairs of Azerbaijan said in a statement.",
            "\"The Embassy of the Republic of Azerbaijan in Tehran resumed its operation on July 15, 2024, taking into account the measures taken by the Iranian side in connection with the terrorist attack against the embassy, including the punishment of the perpetrator and the strengthening of security,\" the statement said.",
            "The embassy suspended its work and its staff were evacuated in January 2023, after a gunman burst into the building with a Kalashnikov rifle, killing the head of the security service, Orkhan Asgarov, and wounding two guards. Azerbaijan's consulate general in Tabriz continued to operate. The perpetrator was later sentenced to death by a Tehran court.",
            "Foreign Minister Jeyhun Bayramov and his Iranian counterpart at the time, Hossein Amir-Abdollahian, discussed the reopening at several meetings last year, and the ministers agreed in principle in December that the embassy would return once the conditions set by Baku were met. President Ilham Aliyev met Iran's late president Ebrahim Raisi on the border in May, when the two leaders inaugurated a dam on the Araz river, hours before Raisi was killed in a helicopter crash.",
            "Iran's foreign ministry spokesman Nasser Kanaani welcomed the decision and said Tehran was determined to develop its relations with Baku in all areas. The Iranian Embassy in Baku has continued to function throughout.",
            "Experts note that the two neighbours, which share a 700-kilometre border and close ties of faith and culture, have been working to improve relations after a difficult period. Ties were strained in 2021 and 2022 by Iranian military exercises on the border and disputes over transit routes, and Baku's opening of an embassy in Israel in March 2023 drew sharp criticism in Tehran.",
            "Azerbaijan has not yet appointed a new ambassador to Iran, and diplomatic sources said the embassy will initially be headed by a chargé d'affaires. A new head of mission is expected to be named in the coming months.",
            "The reopening comes ahead of the inauguration of Iran's new president, Masoud Pezeshkian, scheduled for the end of the month, which Azerbaijan is expected to attend.",
        ),
        (
            Gold("relations.restored", "occurred", ("Azerbaijan",), ("Iran",)),
            Gold("relations.restored", "historical", ("Azerbaijan", "Iran"), ("Iran", "Azerbaijan"), core=False),
            Gold("relations.restored", "negated", ("Azerbaijan",), ("Iran",), core=False),
            Gold("relations.restored", "planned", ("Azerbaijan",), ("Iran",), core=False),
            Gold("relations.restored", "historical", ("Azerbaijan",), ("Israel",), core=False),
        ),
    ),
    Article(
        "x09-vilnius-news-site-lithuania-poland-ukraine-sign-joint-brigade-agreement",
        date(2014, 9, 20),
        _p(
            "Lithuania, Poland and Ukraine agree to form joint brigade",
            "VILNIUS, 20.09.2014 (News site)",
            "The defence ministers of Lithuania, Poland and Ukraine on Friday signed an agreement in Warsaw to create a joint military brigade of some 3,800 troops, with its headquarters in the eastern Polish city of Lublin.",
            "Lithuania's Juozas Olekas, Poland's Tomasz Siemoniak and Ukraine's Valeriy Heletey put their names to the document, which sets up the Lithuanian-Polish-Ukrainian Brigade, known as LITPOLUKRBRIG. Poland will provide most of the troops, about 3,000, Ukraine about 550 and Lithuania between 100 and 350. The units will remain in their home countries and come together for exercises and for missions under the flag of the United Nations, the European Union or NATO.",
            "\"This brigade is a sign of our solidarity with Ukraine and of Ukraine's closer ties with the West,\" Olekas told journalists after the ceremony. Siemoniak said the brigade's command should be ready next year, while Heletey said Ukraine would gain experience of working to Western standards.",
            "The idea was first agreed by the three countries in 2009, but talks on the brigade stalled over funding and, after Viktor Yanukovych's election as Ukraine's president in 2010, over Kiev's interest in the project. Lithuania and Poland already run a joint battalion, LITPOLBAT, formed in 1997.",
            "The signing comes as a fragile ceasefire agreed in Minsk on September 5 holds in eastern Ukraine, where government forces have been fighting pro-Russian separatists since April. Ministers stressed that the brigade would not be deployed in the Donbas and that it is not a response to the conflict, though they acknowledged the timing was symbolic.",
            "Lithuania's parliament must ratify the agreement. President Dalia Grybauskaitė has backed the project and has called for NATO to keep a permanent presence in the Baltic states, an idea the alliance did not adopt at its summit in Wales this month, agreeing instead to a rapid reaction force and continued rotations of allied troops.",
            "Moscow's envoy to NATO said the new unit showed that the alliance's members were drawing Ukraine into their military structures.",
            "Defence analysts in Vilnius said the brigade would carry little military weight in the short term but mattered politically for Kiev.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Lithuania", "Poland", "Ukraine"), ()),
            Gold("agreement.signed", "occurred", ("Lithuania", "Poland", "Ukraine"), ()),
            Gold("forces.integrated", "stalled", ("Lithuania", "Poland", "Ukraine"), (), core=False),
            Gold("forces.integrated", "historical", ("Lithuania", "Poland"), (), core=False),
            Gold("agreement.signed", "historical", ("Ukraine", "Russia"), (), core=False),
            Gold("military.presence", "negated", ("Lithuania", "Poland", "Ukraine"), ("Ukraine",), core=False),
            Gold("military.presence", "negated", ("NATO",), ("Lithuania", "Latvia", "Estonia"), core=False),
            Gold("military.presence", "historical", ("NATO",), ("Lithuania", "Latvia", "Estonia"), core=False),
        ),
    ),
    Article(
        "x10-paris-english-news-site-french-troops-deployed-in-mali",
        date(2013, 1, 12),
        _p(
            "France sends troops and jets to Mali as Islamists push south",
            "PARIS - Saturday, January 12, 2013",
            "France has deployed troops and fighter aircraft in Mali to stop an advance by Islamist fighters towards the capital, Bamako, President François Hollande said on Friday evening, launching the country's biggest military intervention in Africa in years.",
            "\"French armed forces have brought their support this afternoon to Malian units to fight against terrorist elements,\" Hollande said at the Élysée Palace, adding that the operation would last \"as long as necessary\". Defence Minister Jean-Yves Le Drian said on Saturday that Rafale and Mirage jets flying from Chad had struck rebel positions near the town of Konna, which the Islamists seized on Thursday, and that a French helicopter pilot had been killed.",
            "The intervention, named Operation Serval, came at the request of Mali's interim president, Dioncounda Traoré, who declared a state of emergency. Hundreds of French soldiers based in Chad and Côte d'Ivoire are being moved into Bamako to protect the capital and the 6,000 French nationals living in Mali.",
            "West African leaders said they would speed up the deployment of the African-led force authorised by the UN Security Council in December. Nigeria will send about 600 troops to Mali, and Senegal, Niger, Burkina Faso and Togo said they would each contribute a battalion of about 500 men, ECOWAS officials said. The force had not been expected to deploy before September.",
            "Britain said it would provide two C-17 transport aircraft to carry foreign troops and equipment but would not send combat troops. The United States said it was considering offering drones and logistical help.",
            "France has kept a military presence in the region since the end of colonial rule, with bases in Chad, Senegal and Côte d'Ivoire. Hollande had insisted only weeks ago that France would not put boots on the ground in Mali and would limit itself to supporting an African force.",
            "Islamist groups including Ansar Dine and the Movement for Oneness and Jihad in West Africa seized the north of Mali last April after a military coup in Bamako. Talks between the government and Ansar Dine, mediated by Burkina Faso, had stalled this month.",
            "In Paris, the government raised its terror alert level. Opposition leaders backed the decision, although some questioned whether France would be drawn into a long war.",
        ),
        (
            Gold("military.presence", "occurred", ("France", "François Hollande"), ("Mali",)),
            Gold("military.presence", "planned", ("Nigeria", "Economic Community of West African States", "Senegal", "Niger", "Burkina Faso", "Togo"), ("Mali",)),
            Gold("military.presence", "negated", ("United Kingdom",), ("Mali",), core=False),
            Gold("military.presence", "historical", ("France",), ("Chad", "Senegal", "Côte d'Ivoire"), core=False),
            Gold("military.presence", "historical", (UNSC,), ("Mali",), core=False),
            Gold("agreement.signed", "stalled", ("Mali", "Ansar Dine"), (), core=False),
        ),
    ),
    Article(
        "x11-windhoek-daily-sports-page-brave-warriors-coach-suspension-lifted",
        date(2024, 3, 14),
        _p(
            "Brave Warriors boost as NFA lifts suspension on assistant coach",
            "SPORT | Windhoek, Thursday 14 March 2024",
            "The Namibia Football Association (NFA) has lifted the suspension imposed on Brave Warriors assistant coach Jacky Gertse last month, clearing him to join the squad for the friendly matches against Bolivia and Zimbabwe later this month.",
            "The NFA's disciplinary committee had suspended Gertse for four weeks after a heated exchange with a match commissioner during a Debmarine Namibia Premiership match in Katutura. In a statement yesterday, the association said the committee had reviewed new video evidence and found that the sanctions were too harsh. Gertse will pay a fine instead.",
            "Head coach Collin Benjamin welcomed the decision. \"We have a small technical team and Jacky knows the players better than anyone,\" he said. Benjamin, whose contract was extended until 2026 after the team's historic run to the knockout stage of the Africa Cup of Nations in Côte d'Ivoire, named a provisional squad of 27 players.",
            "Among them is striker Peter Shalulile, who signed a new deal with South African champions Mamelodi Sundowns this week, and midfielder Deon Hotto of Orlando Pirates, one of Namibia's most capped players, who missed the last camp with a knee injury. Defender Ryan Nyambe is out injured.",
            "The association also announced that it had signed an agreement with the Ministry of Sport for the renovation of the Independence Stadium, which has been closed since 2021 after the Confederation of African Football banned it from hosting international matches. Namibia has been forced to play its home games in South Africa, and the NFA said it hoped to restore international football to Windhoek by next year.",
            "Meanwhile, supporters' groups threatened to boycott league matches unless the Premiership improves floodlights and security at the Sam Nujoma Stadium, where power was restored only after a thirty-minute delay during last weekend's match. The league said extra security officers would be deployed at all venues from this weekend and that a new alliance with the Namibian Police would help.",
            "The league also said two Windhoek clubs had merged their youth academies to integrate more young players into senior football.",
            "The Brave Warriors play Bolivia on 22 March in Johannesburg.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "x12-lilongwe-daily-city-page-council-suspends-vendors-lifts-market-ban",
        date(2023, 11, 9),
        _p(
            "City Council lifts ban on night market, suspends three contractors",
            "CITY NEWS | Lilongwe, Thursday 9 November 2023",
            "Lilongwe City Council has lifted a ban on trading at the Area 25 night market, imposed in August after a fire destroyed more than 40 stalls, but has suspended three contractors accused of poor workmanship on the market's new drainage system.",
            "Council spokesperson Tamara Chafunya said the ban was lifted after fire inspectors approved the new layout and vendors agreed to keep extinguishers at every row of stalls. \"Traders who break the rules will face sanctions, including the loss of their trading licence,\" she said.",
            "The three contractors will be barred from council tenders until an audit is completed. Their contract, which was extended twice this year, was worth K180 million.",
            "Vendors welcomed the decision but said the council had not consulted them. The chairperson of the Area 25 Vendors Association, Stephano Banda, said members had threatened to march to the Civic Offices if the market stayed closed into the festive season. \"We have lost three months of income. Some of us have joined other markets, but customers do not follow you,\" he said.",
            "The council also said it had signed a memorandum of understanding with the Electricity Supply Corporation of Malawi (ESCOM) to install solar street lights along the market road, where power was restored last week after repeated cuts. Extra municipal police officers will be deployed at night.",
            "The night market has grown quickly since 2019 as more residents of the capital's northern suburbs buy food after work. Traders said it now has about 600 stalls, most run by women.",
            "In a separate development, the council announced that it would integrate the city's two waste collection services into one department and form an alliance with private collectors to serve informal settlements, after residents of Area 36 complained that rubbish had not been collected for three weeks.",
            "Mayor Esau Chipanga urged residents to pay city rates on time, saying revenue collection had fallen by a fifth this year. The council will hold a public meeting on the market at Area 25 on Saturday.",
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


def test_heldout72_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-72 English events"))
