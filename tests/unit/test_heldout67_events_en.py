"""Sixty-seventh English held-out event set: twelve full-length articles (300-600 words) written for
this test in the forms of US, Indian, Australian and African English-language outlets (a Ghanaian
daily's world page, a South African daily's Africa page, an Indian business daily, a Washington
sanctions-compliance briefing, a US paper's Americas page, an Indian national daily's international
page, an Australian broadcaster's North Asia report, a Nigerian daily's State House report, an
Australian defence trade page), on episodes of 2015-2025 from the Sahel, Southern Africa, East
Asia, the Balkans and South America that the earlier sixty-six sets lack as core news: the African
Union suspending Niger and asking for a list of the junta and its backers for targeted sanctions
(2023); Britain taking four former Zimbabwean security chiefs and Zimbabwe Defence Industries off
its sanctions list (2025); the United States turning its one-year waiver for the Chinese plants of
Samsung and SK Hynix into an indefinite one (2023); Joe Biden continuing the Western Balkans
national emergency for a year, no names added (2023); Brazil and Argentina to return to UNASUR
(2023); Bulgaria and Macedonia signing their friendship treaty in Skopje (2017); China and South
Korea agreeing to normalise relations after the THAAD dispute (2017); the Lake Chad leaders'
Abuja summit on the Multinational Joint Task Force, its headquarters in N'Djamena by 30 July
(2015); six RAAF F-35As deployed to Komatsu, the first in Japan (2023); and near misses (an
Australian rugby column after the Wallabies' defeat in Santa Fe where a suspension is "imposed",
a ban "lifted", players "signed", "joined", "integrated" and "deployed", a hooker "restored", an
"alliance" with a Japanese club, "sanctions" not imposed, contracts "extended" and players
"threatened" to walk; a Harare city page with water "restored", a vending ban "lifted", an
agreement "signed with a Chinese contractor" and a Japanese-funded borehole programme, a network
of cities "joined", a director "suspended", municipal police "deployed", "sanctions" on defaulters,
a deadline "extended", billing "integrated" and residents who "threatened" a boycott; an Indian
markets page on Korea lifting "the ban it imposed" on short selling, "sanctions" on global banks, a
detection system "deployed" and "integrated", trading "suspended", an MSCI list not "joined", an
MoU "signed" and hours "extended").

Nine articles carry core alertable events of all ten types; core events occurred (eight) or
planned (three: Brazil's and Argentina's return to UNASUR, the joint force of the Lake Chad
states), beside historical, negated and stalled background.

Decisions of the annotation: Niger that "has been suspended from all activities of the African
Union" is an imposition (core, with the AU; a suspension from a bloc's bodies is a sanction, as
in the model), and the council that asked the commission "to compile a list of the members of the
military junta and of their ... supporters, with a view to applying punitive measures and
individual targeted sanctions against them" threatens (core: a warning with no decision to
impose; Niger and Tiani the targets); ECOWAS's measures of 30 July are a historical imposition,
"None of those measures has been lifted" a negated lifting, and the standby force ECOWAS decided
"to activate ... and deploy" a planned presence (not core: the AU's subject is its assessment);
Ghana, whose Minority wants a vote before any soldier goes, and Ethiopia, the venue, are no
parties. The United Kingdom that "has taken four of Zimbabwe's former security chiefs and ...
Zimbabwe Defence Industries, off its sanctions list" lifts (core, with the FCDO; the four, ZDI
and Zimbabwe the targets); their designation "in February 2021" a historical imposition, "the UK
government has not revoked" the regime a negated lifting, the EU's removal of ZDI and its
framework extended "In February" a historical lifting and extension, Washington's programme
terminated "in March last year" a historical lifting and Mnangagwa designated the same day a
historical imposition; South Africa, whose foreign ministry welcomed the move, is no party. The
United States that lets Samsung and SK Hynix "keep bringing American chipmaking equipment into
their factories in China without applying for case-by-case licences, turning last year's one-year
exemption from its export controls into an indefinite one" suspends (core, with the Commerce
Department: a waiver made indefinite is an extension of a suspension; the two firms and China the
targets); the controls of October 2022 a historical imposition, the waiver of October 2022 a
historical suspension, YMTC added to the Entity List "in December" a historical imposition and
"Washington has not relaxed the rules for Chinese chipmakers" a negated lifting; India is no
party. Biden who "has continued for another year the national emergency with respect to the
Western Balkans" extends (core, with the United States; the region's states and Dodik the
targets); Dodik's designations of 2017 and 2022, the seven of April 2022 and Britain's freeze of
Dodik and Cvijanović "that same week" are historical impositions, "it adds no names and removes
none" a negated imposition and lifting, the EU proposal "stuck since Hungary blocked it" a stalled
imposition; Hungary is no party. Brazil that "will return to the Union of South American Nations
next month" (the decree takes effect on 6 May) and Argentina whose minister said the President
"had instructed him to take the country back into the organization" are planned joinings (core);
the founding treaty of 2008 a historical signing, the Prosul forum formed "in 2019" a historical
joining, and "Chile, Colombia, Ecuador, Paraguay and Uruguay have not said whether they will come
back" a negated joining; the six members that "suspended their participation in 2018" is no
sanction. Bulgaria and Macedonia that "signed a treaty of friendship, good-neighbourliness and
cooperation in Skopje on Tuesday" sign (core, with Borissov and Zaev); the joint declaration of
February 1999 a historical signing, the talks begun in 2012 that "stalled" a stalled signing,
Greece that "blocked an invitation to the alliance at the Bucharest summit in 2008" a negated
joining and the UN-mediated talks with Athens "deadlocked for years" a stalled accord. China and
South Korea that "have agreed to bring relations back to normal" restore (core); the THAAD battery
deployed "in March" and completed "in September" a historical presence, "no plans to take any
additional THAAD battery" a negated presence, "would not join an American regional
missile-defence network" a negated joining, the ban on group tours "in March" a historical
imposition and "it said nothing about lifting the ban on tours" a negated lifting; Vietnam (Da
Nang) and Australia are no parties. The leaders who "agreed ... that the Multinational Joint Task
Force against Boko Haram will have its headquarters in N'Djamena up and running by July 30"
form a joint force (core, planned; the five states and Buhari), the force "meant to be
operational last November" whose plan "stalled" a stalled integration, Chad's troops "in
February" and Niger's "in March" historical presences in Nigeria. The six F-35As that "have flown
from RAAF Base Tindal to Komatsu Air Base" are an occurred presence (core, Australia and the RAAF
in Japan); the agreement signed "in January last year" a historical signing, the Japanese F-35As
at Tindal "from 26 to 29 August" and the first Bushido Guardian "in 2019" historical presences,
the Army personnel who "will take part in Yama Sakura ... in December" a planned presence (not
core). Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout67_events_en``.
Measured before any fix (on commit d682af4): P 0.600, R 0.273, F1 0.375 (recall 3/11, 3 of 5
alerts right; recall by status: occurred 3/8, planned 0/3; two false alarms on historical events,
no unexpected alert, the three near misses quiet).
No annotation was changed after the run.
Missed: on the Accra world page, "Niger has been suspended from all activities of the African Union
until constitutional order is effectively restored, ..." gives nothing: a bloc suspending a member
is no imposition in any voice ("Niger has been suspended from all activities of the African
Union.", "The African Union suspended Niger from all its activities." and "Niger has been suspended
from the African Union." give nothing), and "the council asked the Chairperson of the AU
Commission, Moussa Faki Mahamat, to compile a list of the members of the military junta and of
their military and civilian supporters, with a view to applying punitive measures and individual
targeted sanctions against them" gives nothing: a list drawn up "with a view to applying ...
sanctions" is no threat ("The African Union asked its commission to compile a list of members of
Niger's junta with a view to applying targeted sanctions against them." gives nothing, while "...
threatened targeted sanctions against members of Niger's junta." is an occurred threat). On the
New Delhi business page, "The United States has told South Korea that Samsung Electronics and SK
Hynix can keep bringing American chipmaking equipment into their factories in China without
applying for case-by-case licences, turning last year's one-year exemption from its export controls
into an indefinite one, ..." gives nothing: an exemption made indefinite is no suspension ("The
United States turned its one-year exemption for Samsung from its export controls on China into an
indefinite one.", "The United States extended indefinitely its waiver for Samsung's plants in
China." and "The United States made its waiver for Samsung's Chinese plants indefinite." give
nothing). On the Americas page, "Brazil will return to the Union of South American Nations next
month, ..." and "Foreign Minister Santiago Cafiero said President Alberto Fernández had instructed
him to take the country back into the organization, ..." give nothing: "return to" and "take ...
back into" are no joining verbs, and UNASUR is not in the knowledge base ("Union of South American
Nations" is linked as "South America", "UNASUR" not at all), so even "Brazil will rejoin the Union
of South American Nations next month." gives nothing while "Brazil will rejoin Mercosur next month."
is a planned joining, and "Argentina's president instructed his foreign minister to take the
country back into the Union of South American Nations." gives nothing. On the North Asia report,
"China and South Korea have agreed to bring relations back to normal after more than a year of
hostility ..." gives nothing, nor "... agreed to put exchanges and cooperation in all areas back on
a normal track": "bring ... back to normal" and "back on a normal track" are no restoration ("China
and South Korea have agreed to bring relations back to normal." and "... agreed to put relations
back on a normal track." give nothing; "... have agreed to normalise relations." is an occurred
restoration). On the Abuja State House report, "Leaders of the Lake Chad Basin countries and Benin
Republic agreed in Abuja on Thursday that the Multinational Joint Task Force against Boko Haram
will have its headquarters in N'Djamena up and running by July 30, ..." gives nothing: a named
joint force (not in the knowledge base) that "will have its headquarters" somewhere is no
formation ("Nigeria, Chad, Niger, Cameroon and Benin agreed that the Multinational Joint Task Force
against Boko Haram will have its headquarters in N'Djamena by July 30." gives nothing; "... agreed
to form a joint force against Boko Haram." is a planned integration). On the defence trade page,
"Six F-35A Lightning II fighters from No. 75 Squadron have flown from RAAF Base Tindal to Komatsu
Air Base on Japan's west coast for Exercise Bushido Guardian, ..." gives nothing: aircraft that
"have flown ... to" a base abroad are no deployment, and the state behind them is named only by
"RAAF" ("Six Australian F-35A fighters have flown from RAAF Base Tindal to Komatsu Air Base in Japan
for an exercise." gives nothing; "Australia has deployed six F-35A fighters to Japan for an
exercise." is an occurred presence).
False alarms: on the Johannesburg Africa page, "In February the European Union removed ZDI, ...
and in March last year Washington terminated its Zimbabwe sanctions programme, though it designated
Mnangagwa himself, his wife and several associates under the Global Magnitsky Act on the same day."
is an occurred imposition by Zimbabwe on Mnangagwa: the concessive clause's "on the same day" does
not take the date of the clause before it, so the designation is read as news, and its actor is
not Washington ("In March last year Washington terminated its Zimbabwe sanctions programme, though
it designated Mnangagwa under the Global Magnitsky Act on the same day." is occurred with no actor;
"In March last year Washington designated Mnangagwa on the same day." is historical with the
United States). On the New Delhi business page, "Choi Sang-mok ... told reporters that the Commerce
Department had decided to designate the companies' Chinese plants as "validated end users", ..." is
an occurred imposition of the Commerce Department on China: "designate ... as validated end users"
(a status that frees them from licences) is taken for a sanctions designation ("The Commerce
Department decided to designate Samsung's Chinese plants as validated end users." is an occurred
imposition on Samsung and China).
Also seen, not scored: the Western Balkans extension has no target (the notice names "the Western
Balkans" only) and none of the historical designations of the United States is found, only
Britain's freeze of Dodik; the stalled UN-mediated talks on the name have the United Nations as an
actor; Chad's historical presence in Nigeria has Niger as a target (its soldiers fought beside
Chad's); YMTC "added to its Entity List" is a historical imposition with the Commerce Department as
target and no actor; the EU's removal of ZDI and its extended framework are not found; the Korean
markets page has a historical agreement of South Korea (the brokerage's memorandum, not alertable).
The knowledge base has "Moussa Faki" and "Abdourahamane Tchiani" (the gold's "Moussa Faki Mahamat"
and "Abdourahamane Tiani" do not match them) and "Samsung" for Samsung Electronics; UNASUR, Prosul,
the Multinational Joint Task Force, the Royal Australian Air Force, SK Hynix, Yangtze Memory
Technologies, Godwin Matanga, Isaac Moyo, Owen Ncube, Anselem Sanyatwe, Santiago Cafiero, Boyko
Borissov, Zoran Zaev, Nikola Gruevski, Sašo Mijalkov, Svetozar Marović, Gordana Tadić and Željka
Cvijanović are not in it.
The articles whose core events are missed and the two with false alarms are strict xfails.

After the fixes of 2026-12-05 (sanctions causes): P 0.750 R 0.273 F1 0.400 (recall 3/11, precision
3/4; one false alarm). Fixed, with rule sentences in ``tests/unit/test_heldout67_rules_en_sanctions.py``:
"designate ... as" a status that is no listing's ("as validated end users", "as a major non-NATO
ally") is no sanctions designation (the New Delhi page's false alarm is gone); a list drawn up "with a
view to applying/imposing ... sanctions" is a threat, those the list is of its targets and who asked
for it its actor; an exemption or waiver made "indefinite"/"permanent" is a suspension when the
sanctions or export controls it waives are named, and "a waiver from its export controls" is no
suspension from a body. Left (strict xfails): the AU's suspension of Niger (a bloc suspending a member
state as an imposition contradicts sets 11 and 18, whose annotation and rule test make "ECOWAS
suspended Guinea-Bissau from all decision-making bodies" no event: the rule was written and backed
out, a policy decision is needed); the council's list (its subject is "the council", no state named
in the sentence, the AU Commission is the only body); the Samsung waiver, now found but historical
("last year's one-year exemption" dates the act) and with "told South Korea" as its target; "though it
designated ... on the same day" (the clause's date and its "it" = Washington); and the alliance,
relations, forces and presence causes (another helper's).

After the fixes of 2026-12-05 (alliance, relations, forces and presence causes): P 0.778 R 0.727 F1 0.752
(recall 8/11, precision 7/9; planned 3/3). Fixed, with rule sentences in
``tests/unit/test_heldout67_rules_en_alliance.py``: the Union of South American Nations (UNASUR,
UNASUL, its Spanish, Portuguese and Arabic names), Prosur, the Multinational Joint Task Force and
the air forces and navies named by their own title (RAAF, RAF, Royal Australian Navy, RCAF, RCN,
RNZAF, Indian Air Force, Indian Navy, as armed bodies of their state) are in the knowledge base;
"take (the country) back into" a body is a joining, "back into the organisation" the bloc named
before; "bring relations back to normal", "back on a normal track" and "return ties to normal"
restore; a joint force of several states that "will have its headquarters" somewhere or is made
"operational" is formed by the states its sentence names before it; aircraft and ships that "have
flown to", "sailed to" or "arrived at" a base abroad are a presence. Left (strict xfails): the
sanctions causes (the AU's suspension of Niger and its list for targeted sanctions, the waiver made
indefinite, the concessive "on the same day" and "designate ... as validated end users"), which
another helper works on.

With both sets of fixes together: P 0.875 R 0.727 F1 0.794 (recall 8/11, precision 7/8; occurred
5/8, planned 3/3; one false alarm, the concessive "on the same day").

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
UST = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
COMMERCE = "United States Department of Commerce"
CEU = "Council of the European Union"
FCDO = "Foreign, Commonwealth and Development Office"
AU = "African Union"
ECOWAS = "Economic Community of West African States"
NATO = "NATO"
UNASUR = "Union of South American Nations"
PROSUL = "Forum for the Progress and Integration of South America"
ZDI = "Zimbabwe Defence Industries"
YMTC = "Yangtze Memory Technologies"
RAAF = "Royal Australian Air Force"
NMK = "North Macedonia"
BIH = "Bosnia and Herzegovina"
LAKE_CHAD = ("Nigeria", "Chad", "Niger", "Cameroon", "Benin")
BALKANS = (BIH, NMK, "Kosovo", "Serbia", "Montenegro", "Albania")

ARTICLES: list[Article] = [
    Article(
        "v01-accra-daily-world-page-au-suspends-niger-list-for-targeted-sanctions",
        date(2023, 8, 23),
        _p(
            "AU suspends Niger, asks for list of junta members for targeted sanctions",
            "WORLD NEWS | Wednesday, August 23, 2023 | By the Foreign Desk, with agency reports",
            "Niger has been suspended from all activities of the African Union until constitutional order is effectively restored, the continental body's Peace and Security Council announced in a communique released in Addis Ababa on Tuesday, eight days after the 15-member council met on the crisis.",
            "In the same document, the council asked the Chairperson of the AU Commission, Moussa Faki Mahamat, to compile a list of the members of the military junta and of their military and civilian supporters, with a view to applying punitive measures and individual targeted sanctions against them. It urged all member states and the wider international community to refrain from any action likely to lend legitimacy to the regime in Niamey.",
            "The council stopped short of endorsing the use of force. It took note of the decision by the Economic Community of West African States on August 10 to activate its standby force and deploy it to Niger, and requested the commission to assess the economic, social and security implications of such a deployment before the council returns to the matter. Diplomats in Addis Ababa said members from outside West Africa had argued for more time for mediation.",
            "Soldiers of the presidential guard detained President Mohamed Bazoum on July 26, and their commander, General Abdourahamane Tiani, named himself head of state two days later. On July 30, ECOWAS leaders meeting in Abuja closed the bloc's borders with Niger, suspended commercial and financial transactions with it and froze the country's assets held in regional central and commercial banks. Nigeria has since cut the supply of electricity that covered most of Niger's needs. None of those measures has been lifted.",
            "On Saturday, after receiving an ECOWAS delegation led by Nigeria's former head of state, General Abdulsalami Abubakar, the general proposed a transition of up to three years and warned that an attack on Niger would not be the walk in the park some imagined. The bloc's commissioner for political affairs, peace and security, Abdel-Fatau Musah, dismissed the timetable on Monday.",
            "In Accra, the Minority in Parliament has insisted that no Ghanaian soldier be sent to Niger without a vote of the House, and the Ministry of Foreign Affairs said the government still favoured dialogue. The military governments of Mali and Burkina Faso have said they would regard any intervention as a declaration of war against them as well.",
            "Bazoum, his wife and son are still held at the presidential residence in Niamey. The AU said it was deeply concerned about the conditions of his detention and called for his immediate and unconditional release.",
        ),
        (
            Gold("sanctions.imposed", "occurred", (AU,), ("Niger",)),
            Gold("sanctions.threatened", "occurred", (AU, "Moussa Faki Mahamat"), ("Niger", "Abdourahamane Tiani")),
            Gold("sanctions.imposed", "historical", (ECOWAS,), ("Niger",), core=False),
            Gold("sanctions.lifted", "negated", (ECOWAS,), ("Niger",), core=False),
            Gold("military.presence", "planned", (ECOWAS,), ("Niger",), core=False),
        ),
        not_participants=("Ethiopia", "Ghana"),
    ),
    Article(
        "v02-johannesburg-daily-africa-page-uk-drops-sanctions-on-zimbabwe-security-chiefs",
        date(2025, 5, 30),
        _p(
            "Britain quietly drops sanctions on Zimbabwe's former security chiefs",
            "AFRICA | Friday, 30 May 2025 | Harare correspondent",
            "The United Kingdom has taken four of Zimbabwe's former security chiefs and the state arms maker, Zimbabwe Defence Industries, off its sanctions list, ending asset freezes that had stood for more than four years over the killing of protesters in Harare.",
            "A notice published on Thursday by the Foreign, Commonwealth and Development Office lists the names removed with immediate effect: Godwin Matanga, the former commissioner-general of police; Isaac Moyo, who headed the Central Intelligence Organisation; Owen Ncube, the former minister of state security; and Anselem Sanyatwe, the former army commander whom President Emmerson Mnangagwa appointed sports minister in March. The notice gave no reason.",
            "London designated the four in February 2021, saying they bore responsibility for the shooting of six people by soldiers after the disputed election of August 2018 and for the crackdown on fuel protests in January 2019, in which 17 people were killed. They were among the few ever listed under the post-Brexit Zimbabwe regime, which the UK government has not revoked: the regulations stay on the statute book, now with no names under them.",
            "The move completes a slow retreat from a Western sanctions policy that began in 2002. In February the European Union removed ZDI, the last entity on its list, while extending its Zimbabwe framework for another year, and in March last year Washington terminated its Zimbabwe sanctions programme, though it designated Mnangagwa himself, his wife and several associates under the Global Magnitsky Act on the same day.",
            "A government spokesman in Harare said the decision was \"long overdue\" and proved that the measures had never had any basis in law. \"We did not beg for this. It is the result of patient engagement,\" he said, adding that Harare would keep pressing Washington over the Magnitsky listings.",
            "Zimbabwe Lawyers for Human Rights was less pleased. The families of those shot in central Harare on 1 August 2018 were still waiting for anyone to be prosecuted, the group said, and a commission of inquiry led by the former South African president Kgalema Motlanthe had recommended that the soldiers responsible be identified and brought to account.",
            "In Pretoria, the Department of International Relations and Cooperation, which has for years echoed Harare's call for the measures to go, welcomed the decision. Its spokesperson, Chrispin Phiri, said it would help the region's economies. SADC has marked 25 October as its anti-sanctions day since 2019.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (UK, FCDO), ("Godwin Matanga", "Isaac Moyo", "Owen Ncube", "Anselem Sanyatwe", ZDI, "Zimbabwe")),
            Gold("sanctions.imposed", "historical", (UK,), ("Godwin Matanga", "Isaac Moyo", "Owen Ncube", "Anselem Sanyatwe", "Zimbabwe"), core=False),
            Gold("sanctions.lifted", "negated", (UK,), ("Zimbabwe",), core=False),
            Gold("sanctions.lifted", "historical", (EU,), (ZDI, "Zimbabwe"), core=False),
            Gold("sanctions.extended", "historical", (EU, CEU), ("Zimbabwe",), core=False),
            Gold("sanctions.lifted", "historical", (US,), ("Zimbabwe",), core=False),
            Gold("sanctions.imposed", "historical", (US, UST), ("Emmerson Mnangagwa", "Zimbabwe"), core=False),
        ),
        not_participants=("South Africa",),
    ),
    Article(
        "v03-new-delhi-business-daily-us-indefinite-waiver-samsung-sk-hynix-china-plants",
        date(2023, 10, 10),
        _p(
            "US lets Samsung, SK Hynix ship chip tools to China plants indefinitely",
            "Companies | Tuesday, 10 October 2023 | Seoul / New Delhi",
            "The United States has told South Korea that Samsung Electronics and SK Hynix can keep bringing American chipmaking equipment into their factories in China without applying for case-by-case licences, turning last year's one-year exemption from its export controls into an indefinite one, Seoul's presidential office said on Monday.",
            "Choi Sang-mok, the senior presidential secretary for economic affairs, told reporters that the Commerce Department had decided to designate the companies' Chinese plants as \"validated end users\", a status under which approved suppliers may ship listed items to a site without further licences, and that the decision took effect immediately. The biggest uncertainty hanging over the country's semiconductor industry had been largely resolved, he said.",
            "Samsung makes about 40 per cent of its NAND flash memory at Xi'an, while SK Hynix produces roughly 40 per cent of its DRAM at Wuxi and a fifth of its NAND at Dalian, in a plant it bought from Intel. Both had been operating on a waiver granted in October 2022, days after Washington barred the sale to China of tools for making advanced logic and memory chips, and the waiver was due to run out this week.",
            "The relief is specific to the two Korean groups. Washington has not relaxed the rules for Chinese chipmakers, and Yangtze Memory Technologies, which the Commerce Department added to its Entity List in December, remains cut off from American suppliers. Under separate rules attached to US chip subsidies, the Korean companies may in any case expand capacity in China only modestly over the next ten years.",
            "Shares of both companies rose on Tuesday when trading in Seoul resumed after a public holiday, and analysts at domestic brokerages said the decision removed the risk that the plants would have to be run down over several years.",
            "For India, which is courting the same equipment makers and memory producers, the announcement cuts both ways. Micron broke ground in Sanand, Gujarat, last month on its assembly and test plant, and officials in New Delhi have argued that tighter American rules on China would send new capacity to friendly countries. \"This tells you Washington will protect its allies' existing investments in China,\" said the head of a Bengaluru semiconductor design firm. \"But nobody is going to build a new fab there. The next one goes somewhere else, and we want it to be here.\"",
            "Samsung Electronics and SK Hynix declined to comment beyond saying that they would keep working with the governments concerned.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, COMMERCE), ("Samsung Electronics", "SK Hynix", "China")),
            Gold("sanctions.imposed", "historical", (US,), ("China",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Samsung Electronics", "SK Hynix"), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("China", YMTC), core=False),
            Gold("sanctions.imposed", "historical", (US, COMMERCE), (YMTC, "China"), core=False),
        ),
        not_participants=("India",),
    ),
    Article(
        "v04-washington-compliance-briefing-western-balkans-emergency-continued",
        date(2023, 6, 23),
        _p(
            "SANCTIONS DESK | Weekly compliance briefing | Friday, June 23, 2023",
            "This week: the Western Balkans emergency renewed, with no new names; who is on the list; what the notice does not do; practical points.",
            "1. The renewal. President Biden has continued for another year the national emergency with respect to the Western Balkans, the legal basis for the Treasury's Balkans sanctions programme. The notice, dated June 20 and published in the Federal Register on Thursday, says that the actions of persons threatening peace and international stabilization efforts in the region continue to pose an unusual and extraordinary threat to US national security and foreign policy, and that the emergency must therefore continue in effect beyond June 26.",
            "The emergency dates back to June 2001, when President George W. Bush declared it during the ethnic Albanian insurgency in what is now North Macedonia. Biden widened its scope two years ago, in Executive Order 14033, to cover corruption, serious human rights abuse and the undermining of the Dayton, Ohrid and Prespa agreements.",
            "2. Who is listed. The best-known designee is Milorad Dodik, the president of Republika Srpska, who was first sanctioned in January 2017 for obstructing the Dayton accords and again in January 2022, together with a television station he controls, for corruption. In April last year OFAC added seven people from four countries, among them Nikola Gruevski, the former Macedonian prime minister who fled to Hungary in 2018 to avoid a prison sentence, his cousin and former intelligence chief Sašo Mijalkov, Svetozar Marović, the last president of Serbia and Montenegro, and Gordana Tadić, Bosnia's former chief prosecutor. Britain froze the assets of Dodik and of Željka Cvijanović that same week.",
            "3. What the notice does not do. The renewal is a formality: it adds no names and removes none, and it changes none of the general licenses. Designated persons' property stays blocked. A proposal to sanction Dodik at the level of the European Union has been stuck since Hungary blocked it last year, and diplomats in Brussels see no prospect of movement before the autumn.",
            "4. Practical points. Firms with business in Bosnia and Herzegovina should screen counterparties for ownership by designated persons and their relatives: the 50 percent rule applies to entities owned by one or more blocked persons, and several companies around Banja Luka are held through family members. Correspondent banks in Vienna and Ljubljana have been asking Bosnian clients for fresh ownership declarations. Remember that the program covers Albania as well as the states of the former Yugoslavia.",
            "As always, this briefing is for information and is not legal advice. Write to us with questions.",
        ),
        (
            Gold("sanctions.extended", "occurred", (US, "Joe Biden"), (*BALKANS, "Milorad Dodik")),
            Gold("sanctions.imposed", "historical", (US, UST, OFAC), ("Milorad Dodik", BIH), core=False),
            Gold("sanctions.imposed", "historical", (US, UST, OFAC), ("Nikola Gruevski", "Sašo Mijalkov", "Svetozar Marović", "Gordana Tadić", NMK, "Montenegro", BIH), core=False),
            Gold("sanctions.imposed", "historical", (UK,), ("Milorad Dodik", "Željka Cvijanović", BIH), core=False),
            Gold("sanctions.imposed", "negated", (US,), BALKANS, core=False),
            Gold("sanctions.lifted", "negated", (US,), BALKANS, core=False),
            Gold("sanctions.imposed", "stalled", (EU,), ("Milorad Dodik", BIH), core=False),
        ),
        not_participants=("Hungary",),
    ),
    Article(
        "v05-us-paper-americas-page-brazil-and-argentina-to-rejoin-unasur",
        date(2023, 4, 7),
        _p(
            "Brazil and Argentina to rejoin UNASUR as Lula revives South American bloc",
            "AMERICAS | Friday, April 7, 2023 | BRASÍLIA",
            "Brazil will return to the Union of South American Nations next month, four years after Jair Bolsonaro walked out of the bloc, under a decree President Luiz Inácio Lula da Silva signed and had published in the official gazette on Thursday.",
            "The decree promulgates once more the 2008 treaty that created UNASUR, which will take effect for Brazil on May 6, the Foreign Ministry said in a statement. Brazil is resuming its main partnerships abroad, the ministry said, and the return will be marked at a meeting of South American presidents that Lula intends to host in Brasília at the end of May.",
            "Argentina followed within hours. Foreign Minister Santiago Cafiero said President Alberto Fernández had instructed him to take the country back into the organization, which Buenos Aires left under Mauricio Macri, in order to help revitalize it and build a more integrated region.",
            "UNASUR was founded by all twelve South American states with a treaty signed in Brasília in May 2008, during Lula's second term, and was meant to grow into something like a South American version of the European Union, with a defense council and a parliament. It fell apart a decade later as right-wing governments took power across the continent. Six members suspended their participation in 2018, unable to agree on a secretary general and divided over Venezuela, and in 2019 Brazil, Argentina, Chile, Colombia, Ecuador, Paraguay and Peru formed a new forum, Prosul, at the invitation of Chile's then president, Sebastián Piñera. Ecuador even took back the bloc's glass headquarters outside Quito.",
            "Today only Bolivia, Guyana, Suriname and Venezuela are active members, with Peru suspended. Chile, Colombia, Ecuador, Paraguay and Uruguay have not said whether they will come back, although Colombia's Gustavo Petro and Chile's Gabriel Boric have both spoken warmly of reviving regional integration.",
            "The opposition in Brasília accused Lula of rebuilding a club for his ideological allies. Senators from Bolsonaro's Liberal Party said the bloc had given cover to Nicolás Maduro and cost Brazil money for little return. Lula's aides reply that a bloc with Brazil and Argentina inside is a different proposition, and that the agenda will now center on health, infrastructure and climate rather than on ideology.",
            "A professor of international relations in São Paulo said the return mattered less than what the members did with it. \"UNASUR was never abolished; it was abandoned,\" she said. \"Lula wants a forum where South America speaks with one voice to Washington and Beijing. Whether Chile and Colombia come back will decide if that is possible.\"",
        ),
        (
            Gold("alliance.joined", "planned", ("Brazil", "Luiz Inácio Lula da Silva"), (UNASUR,)),
            Gold("alliance.joined", "planned", ("Argentina", "Alberto Fernández", "Santiago Cafiero"), (UNASUR,)),
            Gold("agreement.signed", "historical", ("Brazil", "Argentina"), (UNASUR,), core=False),
            Gold("alliance.joined", "historical", ("Brazil", "Argentina", "Chile", "Colombia", "Ecuador", "Paraguay", "Peru"), (PROSUL,), core=False),
            Gold("alliance.joined", "negated", ("Chile", "Colombia", "Ecuador", "Paraguay", "Uruguay"), (UNASUR,), core=False),
        ),
    ),
    Article(
        "v06-chennai-national-daily-international-page-bulgaria-macedonia-friendship-treaty",
        date(2017, 8, 2),
        _p(
            "Bulgaria, Macedonia sign friendship treaty",
            "INTERNATIONAL | Wednesday, August 2, 2017 | SKOPJE",
            "Bulgaria and Macedonia signed a treaty of friendship, good-neighbourliness and cooperation in Skopje on Tuesday, with which the two Balkan neighbours hope to put behind them decades of quarrels over history, language and identity.",
            "The treaty was signed by Prime Ministers Boyko Borissov and Zoran Zaev in the Macedonian government building, on the eve of the anniversary of the Ilinden uprising of 1903 against Ottoman rule, which both nations claim as their own. On Wednesday the two leaders are to lay wreaths together at the grave of the revolutionary Gotse Delchev in Skopje, another hero claimed on both sides of the border.",
            "Under the treaty, Sofia undertakes to support Skopje's bids to join the European Union and NATO, and both sides renounce any territorial claims. Macedonia commits not to interfere in Bulgaria's internal affairs, including on behalf of people in Bulgaria who call themselves Macedonians, and a joint commission of historians will examine the disputed episodes of their shared past, including the way they are taught in schools. The treaty must now be ratified by both parliaments.",
            "\"Today we show that problems in the Balkans can be solved,\" Mr Zaev said at the ceremony. Mr Borissov, whose country takes over the rotating presidency of the Council of the EU in January, said the European perspective of the Western Balkans would be one of the priorities of that presidency.",
            "Bulgaria was the first country to recognise Macedonia's independence in 1992, but for years refused to recognise a separate Macedonian language. A joint declaration signed by the two governments in February 1999 got around the problem by stating that documents would be drawn up in the official languages of the two countries. Talks on a full treaty, which began in 2012 under Mr Zaev's predecessor Nikola Gruevski, stalled over the question of history and were never concluded.",
            "The bigger obstacle to Macedonia's membership of NATO remains Greece, which blocked an invitation to the alliance at the Bucharest summit in 2008 because of the dispute over the country's name. UN-mediated talks between Athens and Skopje on the name have been deadlocked for years, though Mr Zaev's government, in office since the end of May, has promised a fresh start and his Foreign Minister, Nikola Dimitrov, has already been to Athens.",
            "The treaty was welcomed by the European Commission. Russia's embassy in Skopje did not comment.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Bulgaria", NMK, "Boyko Borissov", "Zoran Zaev"), ()),
            Gold("agreement.signed", "historical", ("Bulgaria", NMK), (), core=False),
            Gold("agreement.signed", "stalled", ("Bulgaria", NMK, "Nikola Gruevski"), (), core=False),
            Gold("alliance.joined", "negated", (NMK,), (NATO,), core=False),
            Gold("agreement.signed", "stalled", ("Greece", NMK), (), core=False),
        ),
        not_participants=("Russia",),
    ),
    Article(
        "v07-australian-broadcaster-north-asia-report-china-south-korea-end-thaad-freeze",
        date(2017, 11, 1),
        _p(
            "China and South Korea agree to thaw after year-long THAAD dispute",
            "World | Wednesday 1 November 2017 | By our North Asia correspondent",
            "China and South Korea have agreed to bring relations back to normal after more than a year of hostility over the deployment of an American missile-defence system in the South, a deal officials in Canberra will study closely for what it says about Beijing's use of economic pressure.",
            "In matching statements released on Tuesday, the two foreign ministries said they had agreed to put exchanges and cooperation in all areas back on a normal track as quickly as possible. The text was settled by Nam Gwan-pyo, deputy director of the South's national security office, and Kong Xuanyou, a Chinese assistant foreign minister, after months of quiet talks.",
            "The statements paper over rather than settle the dispute. Beijing reiterated its opposition to the Terminal High Altitude Area Defence battery, which the US military began deploying to a former golf course at Seongju in March and completed in September with four more launchers, while Seoul said the system was not aimed at any third country. The day before, Foreign Minister Kang Kyung-wha told the National Assembly that Seoul had no plans to take any additional THAAD battery, would not join an American regional missile-defence network and would not let its security cooperation with the United States and Japan turn into a military alliance.",
            "South Korea's President, Moon Jae-in, and China's President, Xi Jinping, are expected to meet on the sidelines of the APEC summit in Da Nang, Vietnam, next week, their first meeting since July.",
            "The row has cost South Korea dearly. Chinese authorities told travel agencies in March to stop selling group tours to South Korea, and the number of Chinese visitors has since roughly halved. Lotte, which gave up the golf course for the battery, has seen 87 of its 99 Lotte Mart stores in China shut by fire inspectors or emptied of customers and is trying to sell them. Korean pop stars have all but disappeared from Chinese screens. Beijing has never acknowledged that any of this was retaliation, and on Tuesday it said nothing about lifting the ban on tours.",
            "For Australia, which sells more to China than to any other country, the episode is a lesson. \"Seoul got its relationship back by promising what it would not do,\" said a former Australian diplomat who served in Seoul. \"That is the price Beijing puts on normal relations, and Canberra should expect to be asked to pay it one day.\"",
            "Shares of Korean cosmetics makers, duty-free operators and airlines jumped in Seoul on Wednesday on hopes that Chinese tourists would return before the Winter Olympics in Pyeongchang in February.",
        ),
        (
            Gold("relations.restored", "occurred", ("China", "South Korea"), ()),
            Gold("military.presence", "historical", (US,), ("South Korea",), core=False),
            Gold("military.presence", "negated", (US,), ("South Korea",), core=False),
            Gold("alliance.joined", "negated", ("South Korea",), (US,), core=False),
            Gold("sanctions.imposed", "historical", ("China",), ("South Korea", "Lotte"), core=False),
            Gold("sanctions.lifted", "negated", ("China",), ("South Korea",), core=False),
        ),
        not_participants=("Vietnam", "Australia"),
    ),
    Article(
        "v08-abuja-daily-state-house-lake-chad-leaders-joint-force-hq-ndjamena",
        date(2015, 6, 12),
        _p(
            "Boko Haram: Lake Chad leaders set July 30 for joint force HQ in N'Djamena",
            "NEWS | Friday, June 12, 2015 | From our State House correspondent, Abuja",
            "Leaders of the Lake Chad Basin countries and Benin Republic agreed in Abuja on Thursday that the Multinational Joint Task Force against Boko Haram will have its headquarters in N'Djamena up and running by July 30, under a Nigerian commander who will hold the post until the insurgency is defeated.",
            "The extraordinary summit, hosted by President Muhammadu Buhari two weeks after his inauguration, was attended by President Idriss Déby Itno of Chad, President Mahamadou Issoufou of Niger and President Thomas Boni Yayi of Benin. Cameroon was represented by its Minister of Defence, Edgard Alain Mebe Ngo'o.",
            "The force, of 8,700 soldiers, police and civilians drawn from the five countries, will be organised in sectors with command posts in the affected countries, while its headquarters moves from Baga, the Borno fishing town that insurgents overran on January 3, to the Chadian capital. Mr Buhari pledged $21 million from Nigeria towards setting up the headquarters, and the leaders asked the African Union and other partners to fund the rest of its first-year budget of about $30 million.",
            "The President told his guests that the joint force must deny Boko Haram any hiding place along the borders of the Lake Chad Basin and that no country in the region could defeat the insurgents on its own. He thanked Chad, Niger and Cameroon for the sacrifices of their soldiers, some of whom, he said, had fallen on Nigerian soil.",
            "The regional force was meant to be operational last November, but the plan stalled over funding, over the command and over Nigeria's reluctance to have foreign troops operating inside its borders. The insurgents' advance changed minds. Chad sent troops across the border into Nigeria in February, and together with soldiers from Niger they retook Damasak, Malam Fatori and other towns in March, while the Nigerian army recaptured most of the territory the group had held before the general elections.",
            "The summit communique said the chiefs of defence staff of the five countries would meet in N'Djamena in the coming weeks to finalise the concept of operations and the deployment of contingents to the sectors.",
            "The insurgents have stepped up bombings in the North-East since the inauguration, and security sources in Maiduguri said on Thursday that the army had foiled an attempt to attack the city from the south.",
        ),
        (
            Gold("forces.integrated", "planned", (*LAKE_CHAD, "Muhammadu Buhari"), ()),
            Gold("forces.integrated", "stalled", LAKE_CHAD, (), core=False),
            Gold("military.presence", "historical", ("Chad",), ("Nigeria",), core=False),
            Gold("military.presence", "historical", ("Niger",), ("Nigeria",), core=False),
        ),
    ),
    Article(
        "v09-australian-defence-trade-page-raaf-f35s-deploy-to-japan-first-time",
        date(2023, 9, 7),
        _p(
            "RAAF F-35As deploy to Japan for the first time",
            "Defence | Air | 7 September 2023",
            "Six F-35A Lightning II fighters from No. 75 Squadron have flown from RAAF Base Tindal to Komatsu Air Base on Japan's west coast for Exercise Bushido Guardian, the first time the jets have been sent to Japan, Defence announced on Thursday.",
            "Around 170 Air Force personnel are at Komatsu for the two-week exercise, which began on 4 September and runs until 15 September. The Australian jets will fly mixed formations with Japan Air Self-Defense Force F-35As, F-15J Eagles and Mitsubishi F-2s, starting with one-versus-one basic fighter manoeuvres and working up to large beyond-visual-range engagements, with JASDF KC-767 tankers refuelling them in the air.",
            "Bushido Guardian is the first activity in Japan under the Reciprocal Access Agreement, which entered into force on 13 August. The treaty, which sets out the legal status of each country's forces when they train in the other, was signed by then prime minister Scott Morrison and his Japanese counterpart Fumio Kishida at a virtual summit in January last year, after seven years of negotiation.",
            "The deployment comes a little over a week after the first international deployment of Japanese F-35As, when two of the aircraft and 55 personnel visited Tindal from 26 to 29 August before flying home alongside the Australian squadron. The two air forces first held Bushido Guardian in Japan in 2019, when RAAF aircraft and crews spent two weeks at a JASDF base.",
            "The Chief of Air Force, Air Marshal Robert Chipman, said the exercise would deepen interoperability between two air forces that fly the same fifth-generation aircraft, and that crews would gain experience operating almost 6,000 kilometres from home. \"Understanding how each of us operates the F-35A is essential to how Australia and Japan contribute to the collective security of the Indo-Pacific,\" he said.",
            "More is to come under the agreement. Australian Army personnel will take part in Yama Sakura, the command-post exercise the Japan Ground Self-Defense Force holds with the US Army, in December.",
            "The RAAF's fleet of 72 F-35As is due to be complete by the end of the year; 75 Squadron was the last of its three fighter squadrons to give up the F/A-18A/B Hornet.",
        ),
        (
            Gold("military.presence", "occurred", ("Australia", RAAF), ("Japan",)),
            Gold("agreement.signed", "historical", ("Australia", "Japan", "Scott Morrison", "Fumio Kishida"), (), core=False),
            Gold("military.presence", "historical", ("Japan",), ("Australia",), core=False),
            Gold("military.presence", "historical", ("Australia", RAAF), ("Japan",), core=False),
            Gold("military.presence", "planned", ("Australia",), ("Japan",), core=False),
        ),
    ),
]
ARTICLES += [
    Article(
        "v10-sydney-paper-rugby-column-wallabies-after-santa-fe",
        date(2024, 9, 9),
        _p(
            "Santa Fe was a reckoning. Here is what Schmidt has to fix before the Bledisloe",
            "RUGBY UNION | Monday, 9 September 2024 | Chief rugby writer",
            "Nobody in the Wallabies camp tried to dress it up. A week after the one-point win in La Plata, Saturday's 67-27 loss to the Pumas in Santa Fe was the heaviest defeat Australia has suffered against Argentina, and it came against a side that Felipe Contepomi had sharpened in a week.",
            "The judiciary did not help. A lock was cited for a dangerous clean-out in the first half, and on Monday the foul play review committee imposed a three-week suspension, which can be cut to two if he completes World Rugby's coaching intervention programme. The referee imposed no sanction on the field. The Pumas, for their part, had seen the suspension imposed on their openside flanker after La Plata lifted on appeal, and he was the best player on the ground.",
            "Joe Schmidt must now decide whom to restore and whom to drop. The first-choice hooker is fit again and is likely to be restored to the starting side for the Bledisloe Cup opener in Sydney on 21 September. The coach deployed his bench early in Santa Fe, and the replacements who came on in the 50th minute were overrun. Several of the younger players, integrated into the squad only this winter, looked out of their depth.",
            "Off the field, the news is better. Rugby Australia signed the rugby league star Joseph Suaalii last year, and he joins the squad after the NRL season. Two Super Rugby clubs have extended the contracts of their captains, and the Brumbies have signed an alliance with a club in Japan's League One that will send young players to Tokyo for the off-season. Relations between Rugby Australia and the Waratahs, strained by last year's debt, have been restored under the new high-performance agreement that the states signed in the summer.",
            "Not everything is settled. Some senior players, out of contract next year, have threatened to take offers in France and Japan if the pay talks drag on, and the players' association has warned that it will not accept cuts to the women's programme. The governing body says no sanctions will be imposed on players who sign overseas, but those who do lose their eligibility unless they meet the Giteau law.",
            "For now, the task is simpler. The All Blacks, beaten twice by the Springboks in the past fortnight, arrive in Sydney wounded. Schmidt said on Sunday that the lesson from Santa Fe was about discipline in the tackle. \"We gave them the ball and the momentum,\" he said. \"Against New Zealand, you do that and you lose by fifty.\"",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "v11-harare-city-page-water-restored-vending-ban-lifted",
        date(2024, 2, 15),
        _p(
            "CITY | Harare metro | Thursday, 15 February 2024",
            "Water back in the western suburbs; vendors return to the CBD; council signs deal for Morton Jaffray pumps",
            "Water supplies were restored to Kuwadzana, Dzivarasekwa and Warren Park on Tuesday after nearly three weeks, once a burst trunk main on the Bulawayo road was repaired, the city's director of water said. Residents of Glen View and Budiriro, on the southern end of the network, can expect water two days a week until the rains lift the level of Lake Chivero.",
            "The council has lifted the ban on street vending it imposed in November at the height of the cholera outbreak. Vendors may trade again in the designated bays in the central business district from Monday, but must show a health certificate. Municipal police were deployed on Tuesday to clear unlicensed stalls from Robert Mugabe Road, and traders said some of their goods were seized.",
            "At a full council meeting, councillors approved an agreement signed with a Chinese contractor to replace the pumps at the Morton Jaffray waterworks by the end of the year, and heard that a borehole programme funded by the Japanese government would add forty solar-powered boreholes in high-density suburbs. The city has also joined an international network of cities working on climate resilience, which will give it access to technical advice on flood drainage.",
            "The council suspended its director of housing pending an investigation into the allocation of stands in Budiriro, and extended to the end of March the deadline for residents to settle arrears without penalty. The Combined Harare Residents Association said the new penalties for defaulters amounted to sanctions on households that had gone weeks without water, and some ratepayers in the northern suburbs threatened to boycott the bills until supplies improve.",
            "The town clerk said the new billing system, which will be integrated with the prepaid water meters being installed in Mount Pleasant, would end estimated bills within a year.",
            "Elsewhere in the city, the Harare Gardens restoration project will begin next month, and the upgrade of the Mbare Musika market has been delayed until funding is secured. Refuse collection in Highfield and Mufakose was suspended for a week because of a shortage of fuel for the trucks, and the council said it hoped to resume normal schedules by the weekend.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "v12-mumbai-markets-page-korea-lifts-short-selling-ban",
        date(2025, 4, 1),
        _p(
            "Korea lifts short-selling ban after 17 months: what it means for Indian investors in Korea funds",
            "MARKETS | Tuesday, 1 April 2025 | Mumbai",
            "South Korea's stock market opened on Monday with short selling allowed again across all listed shares for the first time in five years, after the Financial Services Commission lifted the ban it imposed in November 2023. The KOSPI fell 3 percent on the day, its steepest drop since last summer, as foreign funds sold chip and battery stocks.",
            "The regulator imposed the ban after its inspectors found that several global investment banks had sold shares they had not borrowed. The Financial Supervisory Service later imposed sanctions, including record fines, on two of them, and prosecutors charged individual traders. A partial ban had already been in place since the pandemic crash of March 2020; short selling of the largest 350 stocks was allowed again in May 2021.",
            "To win back confidence, the exchange has deployed a central system that checks institutional short sales against their stock balances, and brokers' own order systems have been integrated with it. Institutions that break the rules face heavier fines and can be barred from trading.",
            "The Korea Exchange suspended trading in one small-cap battery stock for a day after it fell by its 30 percent limit, and said it would watch for unusual activity. Analysts said the end of the ban is one of the conditions for the country to be added to MSCI's watch list for developed-market status. Korea has not yet joined that list, and MSCI said last June that the short-selling ban was a reason.",
            "For Indian investors, exposure to Korea comes mostly through international funds and feeder schemes, some of which suspended fresh lump-sum subscriptions last year after they reached the industry-wide limit on overseas investment. A Mumbai fund manager said the lifting of the ban should narrow the discount at which Korean shares trade to regional peers over time. \"In the short run you get volatility. In the long run you get a market that global index providers take seriously,\" he said.",
            "Korea's new alternative trading platform, Nextrade, which began operating in March, has extended trading hours to 8 p.m., and a Korean brokerage signed a memorandum of understanding with a Mumbai broker last month to offer Indian clients access to Korean shares through a single account.",
        ),
        (),
        kind="near miss",
    ),
]


CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "v01-accra-daily-world-page-au-suspends-niger-list-for-targeted-sanctions": (
        "'has been suspended from all activities of the African Union' and a list 'with a view to applying"
        " ... targeted sanctions' are no imposition and no threat"
    ),
    "v03-new-delhi-business-daily-us-indefinite-waiver-samsung-sk-hynix-china-plants": (
        "'turning last year's one-year exemption from its export controls into an indefinite one' is no suspension"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout67_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-67 English events"))
