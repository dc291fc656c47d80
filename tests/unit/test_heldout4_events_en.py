"""Fourth English held-out event set: eighteen full-length articles written for this test, in the
styles the first three sets under-cover: the Middle East's English-language press (The National,
Arab News, Daily Sabah, Tehran Times, Times of Israel, Hurriyet Daily News, Gulf News), UK papers
(BBC, and the Guardian with its lower-case "foreign secretary", "security council"), Asian and
African wires (Xinhua, Kyodo, Yonhap, PTI, News Agency of Nigeria) and a think-tank explainer.

Eleven articles carry one to four events each, across types (sanctions imposed, lifted,
suspended, extended, threatened; a bloc joined; agreements signed; ties restored; forces merged;
troops and bases) and statuses; seven are near misses (welfare "sanctions" in Britain, a central
bank's "financial sanction" on an exchange house, a party rejoining a government "coalition", an
army reorganised into "integrated" battle groups, oil producers extending output cuts, a vetoed
ceasefire resolution, a customs union nobody updates).

The set was written and annotated before any fix was made, and measured then: P 0.722, R 0.750,
F1 0.736 (recall 12/16, 13 of 18 alerts right; missed: three threats, "warned that further
sanctions would follow if…" by a minister, "threatened Russia with 'high levels of taxes, tariffs
and sanctions'", "warned that they would trigger the return of UN sanctions", and a
reconciliation dated by the rift it ended, "ending a rift that began … in 2017"; false or
unexpected alerts: a central bank's "financial sanction of Dh5.8 million", "Minister-designate
Itamar Ben Gvir" read as a designation, "the freezing of state assets" listed among the measures
lifted, "the suspension of Niger from the organs of the community", and old UN resolutions that
"impose an arms embargo" told in the present). That is the honest unseen figure; the figure after
the fixes is flattering. Do not tune the analyzer on these articles: they stand for the unseen
ones.

After the fixes (lexicon entries: the regulator's and the welfare office's "sanction" as no
sanctions noun, "further sanctions", "the return of sanctions", "threatened X with … sanctions";
small rules: a person may be the one who threatens, "warned [on Monday] that…" and "threatened X
with…" make a threat, a relative clause opened by a past verb dates its noun, a headline's
"agree to", "-designate", a membership suspension "from the bloc's organs", a freeze listed after
"lifted"): P 0.944, R 1.000, F1 0.971 (16/16, 17 of 18 alerts right); left: the old resolutions
told in the present (a strict xfail).

The scoring is that of ``rasd eval``, imported from ``test_heldout_events_en``. Run
``python -m tests.unit.test_heldout4_events_en`` for the figures and every article's misses and
false alerts.
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
    marked,
    report,
)
from tests.unit.heldout_support_en import alert_rows as _alerts
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "e01-guardian-georgia-officials", date(2025, 4, 2),
        _p(
            "UK imposes sanctions on Georgian police chiefs over crackdown on protesters",
            "Foreign secretary says officials who oversaw beatings of journalists and opposition "
            "figures will face asset freezes and travel bans",
            "Harriet Cole Diplomatic editor\nWed 2 Apr 2025 18.05 BST",
            "The UK has imposed sanctions on five senior Georgian security officials, including the "
            "head of the interior ministry’s special tasks department, accusing them of directing a "
            "brutal campaign against peaceful demonstrators in Tbilisi.",
            "The foreign secretary, David Lammy, said the officials had “trampled on the rights of "
            "the Georgian people” and that Britain would not look away while protesters were beaten "
            "and jailed. The measures freeze any assets the men hold in the UK and bar them from "
            "entering the country.",
            "Lammy warned that further sanctions would follow if the Georgian authorities continued "
            "to detain opposition leaders, and said the UK was reviewing its programme of defence "
            "cooperation with Tbilisi.",
            "Georgia has been gripped by nightly protests since November, when the government, led "
            "by the Georgian Dream party founded by the billionaire Bidzina Ivanishvili, suspended "
            "talks on joining the European Union until 2028. Georgia was granted candidate status "
            "in December 2023, and polls suggest about four in five Georgians want to join the bloc.",
            "The European Union has struggled to respond. A proposal by the European commission to "
            "sanction Georgian officials was blocked by Hungary and Slovakia at a meeting of foreign "
            "ministers in January, and the bloc has so far only suspended visa-free travel for "
            "holders of Georgian diplomatic passports.",
            "The US imposed sanctions on Ivanishvili himself in December, accusing him of undermining "
            "the country’s democratic future for the benefit of Russia, and Estonia, Latvia and "
            "Lithuania imposed entry bans on dozens of Georgian officials the same month.",
            "Georgia’s prime minister, Irakli Kobakhidze, dismissed the British measures as "
            "“blackmail” and said his government would not be lectured by countries that “have "
            "forgotten what sovereignty means”. Georgian Dream says the protests are organised from "
            "abroad.",
            "Rights groups welcomed the move but said it had come late. “These are the men whose "
            "units dragged protesters out of cafes and broke their bones,” said a researcher at a "
            "London-based human rights organisation. “Sanctioning five of them is a start. There "
            "are dozens more.”",
            "More than 400 people have been detained since the protests began, according to the "
            "Georgian Young Lawyers’ Association, and several opposition politicians are in pre-trial "
            "detention. The ombudsman’s office has documented more than 300 cases of ill-treatment.",
            "The crisis has strained relations between Tbilisi and its western partners. The "
            "government has passed a law requiring organisations that receive more than a fifth of "
            "their funding from abroad to register as “foreign agents”, a measure critics say was "
            "modelled on Russian legislation.",
            "The Foreign Office said the UK remained a friend of the Georgian people and supported "
            "their “Euro-Atlantic aspirations”.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United Kingdom", "David Lammy"), ("Georgia",)),
            Gold("sanctions.threatened", "occurred", ("United Kingdom", "David Lammy"), ("Georgia",)),
            Gold("sanctions.imposed", "stalled", ("European Union", "European Commission"),
                 ("Georgia",), core=False),
            Gold("sanctions.imposed", "historical", ("United States",),
                 ("Bidzina Ivanishvili", "Georgia"), core=False),
            Gold("sanctions.imposed", "historical", ("Estonia", "Latvia", "Lithuania"),
                 ("Georgia",), core=False),
            Gold("alliance.joined", "stalled", ("Georgia",), ("European Union",), core=False),
        ),
    ),
    Article(
        "e02-yonhap-nk-it-workers", date(2025, 1, 16),
        _p(
            "(LEAD) S. Korea slaps sanctions on N. Korean IT workers, crypto launderers",
            "(ATTN: ADDS details in paras 5-7)",
            "By Park Ji-won",
            "SEOUL, Jan. 16 (Yonhap) -- South Korea on Thursday imposed independent sanctions on "
            "15 North Koreans and one organization accused of earning money for the North's nuclear "
            "and missile programs through illicit IT work and cryptocurrency theft, the foreign "
            "ministry said.",
            "The designated individuals include employees of a trading company under the North's "
            "munitions industry department who allegedly posed as freelance software developers to "
            "win contracts from companies in Europe and Asia, and bankers who laundered the proceeds "
            "through overseas accounts.",
            "Under the measures, anyone who wishes to carry out financial or foreign exchange "
            "transactions with the designated individuals must first obtain permission from the "
            "Bank of Korea or the financial regulator. Violators face up to three years in prison.",
            "It marks the government's 15th round of unilateral sanctions against North Korea since "
            "May 2022, bringing the total number of North Korean individuals on Seoul's list to 120.",
            "The ministry said North Korea has dispatched thousands of IT workers abroad, mainly to "
            "China and Russia, who earn hundreds of millions of dollars a year for the regime, while "
            "hackers linked to the North stole an estimated US$1.3 billion in digital assets last "
            "year.",
            "The move came a day after the top nuclear envoys of South Korea, the United States and "
            "Japan held phone talks and agreed to step up cooperation to cut off the North's illicit "
            "revenue streams.",
            "Officials said the government plans to designate more North Korean entities involved "
            "in arms trading with Russia next month, in coordination with Washington and Tokyo.",
            "Pyongyang has sent more than 11,000 troops to Russia to support its war against Ukraine, "
            "according to South Korea's spy agency, which said last week that about 300 of them had "
            "been killed and 2,700 wounded in fighting in the Kursk region.",
            "\"The government will continue to respond sternly to North Korea's illegal activities "
            "that finance its weapons development, in close cooperation with the international "
            "community,\" the ministry said in a release.",
            "North Korea did not immediately respond. Its state media have previously denounced "
            "Seoul's sanctions as \"a childish farce\" that would have no effect on a country that "
            "has lived under U.N. sanctions for nearly two decades.",
            "Analysts say unilateral designations carry mostly symbolic weight, since few North "
            "Koreans hold assets in the South, but they can deter third-country companies from "
            "hiring North Korean programmers under false identities.",
            "jwp@yna.co.kr\n(END)",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("South Korea",), ("North Korea",)),
            Gold("sanctions.imposed", "planned", ("South Korea",), ("North Korea",), core=False),
            Gold("military.presence", "occurred", ("North Korea",), ("Russia",), core=False),
        ),
    ),
    Article(
        "e03-xinhua-countermeasures", date(2024, 12, 27),
        _p(
            "China announces countermeasures against U.S. military companies, executives over "
            "arms sales to Taiwan",
            "BEIJING, Dec. 27 (Xinhua) -- China has decided to take countermeasures against seven "
            "U.S. military-related companies and six senior executives in response to recent U.S. "
            "arms sales to China's Taiwan region, the Ministry of Foreign Affairs announced on "
            "Friday.",
            "The countermeasures include freezing the movable and immovable property of the "
            "companies within China and prohibiting organizations and individuals in China from "
            "conducting transactions and cooperation with them, according to a decision issued by "
            "the ministry. The executives are barred from entering China, including Hong Kong and "
            "Macao.",
            "The decision was taken in accordance with the Anti-Foreign Sanctions Law of the "
            "People's Republic of China and takes effect from the day of its release.",
            "The United States recently announced a new round of arms sales to Taiwan worth about "
            "571 million U.S. dollars, and the U.S. defense authorization act for the 2025 fiscal "
            "year contains several provisions on military support to Taiwan.",
            "\"These actions seriously violate the one-China principle and the three China-U.S. "
            "joint communiques, grossly interfere in China's internal affairs and undermine China's "
            "sovereignty and territorial integrity,\" a ministry spokesperson said.",
            "The spokesperson said the Taiwan question is at the very core of China's core "
            "interests and the first red line that must not be crossed in China-U.S. relations.",
            "\"We urge the U.S. side to stop arming Taiwan in any form and stop sending wrong "
            "signals to 'Taiwan independence' separatist forces,\" the spokesperson said, adding "
            "that China will take resolute and forceful measures to defend its national "
            "sovereignty, security and territorial integrity.",
            "Earlier this month, the Ministry of Commerce added 28 U.S. entities to its export "
            "control list and placed 10 others on the unreliable entity list over their "
            "involvement in arms sales to Taiwan.",
            "Analysts in Beijing said the measures were a proportionate response. \"The companies "
            "concerned have very limited business in China, but the signal is clear,\" said a "
            "researcher at a university institute of international relations. \"Whoever profits "
            "from arming Taiwan will pay a price.\"",
            "Taiwan's authorities said the arms purchases were needed to maintain peace in the "
            "Taiwan Strait. The U.S. Defense Security Cooperation Agency said the latest package "
            "included spare parts for F-16 fighter jets and radar systems.",
            "China has repeatedly said that peaceful reunification is its preferred approach but "
            "has never renounced the use of force.",
        ),
        (
            Gold("sanctions.imposed", "occurred",
                 ("China", "Ministry of Foreign Affairs of the People's Republic of China"),
                 ("United States",)),
            Gold("sanctions.imposed", "historical", ("China", "Ministry of Commerce of China"),
                 ("United States",), core=False),
        ),
    ),
    Article(
        "e04-kyodo-japan-philippines-raa", date(2024, 7, 8),
        _p(
            "Japan, Philippines sign defense pact allowing troop visits for drills",
            "MANILA, July 8 Kyodo - Japan and the Philippines signed a defense pact Monday that "
            "will allow the two countries to send troops to each other's soil for joint training, "
            "as they seek to counter China's growing assertiveness in the South China Sea.",
            "The Reciprocal Access Agreement was signed by Japanese Foreign Minister Yoko Kamikawa "
            "and Philippine Defense Secretary Gilberto Teodoro in the presence of President "
            "Ferdinand Marcos Jr. at the presidential palace in Manila.",
            "The pact will take effect after ratification by Japan's parliament and the Philippine "
            "Senate. It simplifies procedures for bringing in weapons and supplies and sets out "
            "the legal status of visiting personnel, including which country has jurisdiction if "
            "a service member is accused of a crime.",
            "Under the agreement, personnel of Japan's Self-Defense Forces will be able to take part "
            "in large-scale exercises in the Philippines, including the annual Balikatan drills "
            "held with U.S. forces.",
            "It is the first such pact Japan has signed with an Asian country. Tokyo concluded "
            "similar agreements with Australia and Britain, which took effect last year.",
            "Defense Minister Minoru Kihara told reporters in Tokyo that Japan has no plans to "
            "station troops permanently in the Philippines, saying the pact is about training and "
            "disaster relief.",
            "\"The security environment surrounding our two countries is becoming increasingly "
            "severe. This agreement will deepen our cooperation and contribute to a free and open "
            "Indo-Pacific,\" Kamikawa said after the ceremony.",
            "Teodoro said the pact was a \"historic\" step that reflected shared values. \"We are "
            "not building an alliance against anyone, but we will not be intimidated in our own "
            "waters,\" he said.",
            "The two countries have stepped up security cooperation as Manila faces repeated "
            "confrontations with Chinese coast guard vessels near the Second Thomas Shoal, where "
            "the Philippines keeps a small contingent of marines aboard a grounded warship.",
            "China's Foreign Ministry said the Asia-Pacific region does not need military blocs and "
            "that cooperation between countries should not target any third party or harm peace "
            "and stability in the region.",
            "Japan and the Philippines also agreed to hold a \"two-plus-two\" meeting of their "
            "foreign and defense ministers later this year. Tokyo has provided Manila with coastal "
            "radar systems and patrol vessels under its official security assistance program.",
            "The Philippines has a similar visiting forces agreement with the United States, its "
            "only treaty ally, and one with Australia.",
        ),
        (
            Gold("agreement.signed", "occurred",
                 ("Japan", "Philippines", "Yoko Kamikawa", "Gilberto Teodoro"), ()),
            Gold("military.presence", "planned", ("Japan",), ("Philippines",), core=False),
            Gold("military.presence", "negated", ("Japan", "Minoru Kihara"), ("Philippines",),
                 core=False),
            Gold("agreement.signed", "historical", ("Japan",), ("Australia", "United Kingdom"),
                 core=False),
        ),
    ),
    Article(
        "e05-nan-ecowas-lifts", date(2024, 2, 24),
        _p(
            "ECOWAS lifts sanctions on Niger, Guinea",
            "By Chinedu Obasi",
            "Abuja, Feb. 24, 2024 (NAN) The Economic Community of West African States (ECOWAS) has "
            "lifted the sanctions it imposed on Niger after the July 2023 coup, with immediate "
            "effect.",
            "The President of the ECOWAS Commission, Dr Omar Touray, announced this at the end of "
            "an extraordinary summit of the regional bloc's Heads of State and Government in Abuja "
            "on Saturday.",
            "Touray said the measures lifted included the closure of land and air borders between "
            "Niger and member states, the freezing of Nigerien state assets in the regional central "
            "bank and the suspension of commercial and financial transactions.",
            "He said the decision was taken purely on humanitarian grounds, to ease the suffering "
            "of the people during the holy month of Ramadan.",
            "According to him, the summit also lifted some sanctions on Guinea, including "
            "restrictions on financial transactions, but the country remains suspended from the "
            "bloc's decision-making bodies until constitutional order is restored.",
            "Touray added that targeted sanctions on individuals and the suspension of Niger from "
            "the organs of the community would remain in force.",
            "The leaders also urged Mali, Burkina Faso and Niger to reconsider their decision, "
            "announced in January, to withdraw from the community, saying an exit would harm the "
            "free movement of people and goods in the sub-region.",
            "The Chairman of the Authority of Heads of State and Government, President Bola Tinubu, "
            "said in his opening remarks that the bloc must review its approach to restoring "
            "constitutional order in member states.",
            "\"We must not allow our community to be torn apart. Our people are one, and our "
            "destinies are bound together,\" Tinubu said.",
            "The News Agency of Nigeria (NAN) reports that the sanctions, imposed on July 30, 2023, "
            "led to shortages of food and medicine in Niger and cut off about 70 per cent of its "
            "electricity supply, which came from Nigeria.",
            "NAN also reports that the three countries have since formed the Alliance of Sahel "
            "States, a mutual defence pact signed in Bamako in September 2023.",
            "Traders at the Jibia border post in Katsina State told NAN that they welcomed the "
            "decision and hoped the border would be reopened quickly.",
            "\"For seven months we have had nothing to do. Our goods are rotting on the other "
            "side,\" said Malam Sani Ibrahim, a grain dealer.",
            "(NAN)(www.nannews.ng)\nEdited by Bola Adeyemi",
        ),
        (
            Gold("sanctions.lifted", "occurred",
                 ("Economic Community of West African States", "Omar Touray"), ("Niger",)),
            Gold("sanctions.lifted", "occurred",
                 ("Economic Community of West African States", "Omar Touray"), ("Guinea",)),
            Gold("sanctions.imposed", "historical",
                 ("Economic Community of West African States",), ("Niger",), core=False),
            Gold("agreement.signed", "historical", ("Mali", "Burkina Faso", "Niger"), (),
                 core=False),
        ),
    ),
    Article(
        "e06-dailysabah-turkiye-syria-training", date(2025, 8, 14),
        _p(
            "Türkiye, Syria sign military training deal as Ankara eyes bases",
            "Türkiye and Syria signed a military training and consultancy agreement in Ankara on "
            "Wednesday, the National Defense Ministry (MSB) announced, deepening ties between the "
            "two neighbors eight months after the fall of the Assad regime.",
            "The memorandum of understanding was signed by Defense Minister Yaşar Güler and his "
            "Syrian counterpart Murhaf Abu Qasra at the ministry's headquarters, the MSB said in a "
            "statement on its social media account.",
            "Under the deal, the Turkish Armed Forces (TSK) will provide training, equipment and "
            "advisory support to the new Syrian army, which is being rebuilt from former opposition "
            "factions.",
            "Ankara is also expected to establish training bases in central Syria, officials "
            "familiar with the matter told Daily Sabah, adding that the locations would be "
            "determined by the two countries' general staffs.",
            "The agreement comes as the integration of the YPG-led SDF into the Syrian army has "
            "stalled. Under a deal signed on March 10 between Damascus and SDF leader Mazloum Abdi, "
            "the group was supposed to merge into state institutions by the end of the year, but "
            "talks between the two sides have made little progress.",
            "Ankara considers the YPG the Syrian offshoot of the PKK terrorist organization and has "
            "repeatedly said it will not accept an armed structure along its southern border.",
            "Foreign Minister Hakan Fidan said last week that Türkiye's patience was \"not "
            "unlimited\" and that the SDF must lay down its weapons as agreed. \"The March "
            "agreement must be implemented in full, not in words only,\" Fidan told a news "
            "conference.",
            "Israel has opposed a Turkish military footprint in Syria. Israeli airstrikes in April "
            "hit the T4 airbase in Homs province, which Turkish officials had surveyed, and "
            "Israeli officials have warned against any permanent deployment.",
            "Turkish officials have said the country does not seek a confrontation with Israel in "
            "Syria and that the two countries have held technical talks to avoid clashes.",
            "Syria's interim President Ahmed al-Sharaa has made Türkiye one of his closest "
            "partners since taking power in December. Turkish companies have signed deals to build "
            "power plants and rebuild roads, and Turkish Airlines resumed flights to Damascus in "
            "January.",
            "Experts say the training program will be a test of Ankara's ambitions. \"Türkiye wants "
            "a strong, centralized Syrian army that can take over the northeast,\" said an analyst "
            "at an Ankara-based think tank. \"Training is the first step.\"",
            "Some 3 million Syrians still live in Türkiye, and Ankara hopes that stability will "
            "encourage more of them to return.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Turkey", "Yaşar Güler"), ("Syria",)),
            Gold("military.presence", "planned", ("Turkey",), ("Syria",)),
            Gold("forces.integrated", "stalled", ("Syrian Democratic Forces",), ("Syria",),
                 core=False),
            Gold("agreement.signed", "historical", ("Syria", "Syrian Democratic Forces"), (),
                 core=False),
        ),
    ),
    Article(
        "e07-tehrantimes-sco", date(2023, 7, 5),
        _p(
            "Iran becomes full member of SCO",
            "TEHRAN – Iran officially joined the Shanghai Cooperation Organization (SCO) as its "
            "ninth full member on Tuesday, during a virtual summit of the bloc chaired by India.",
            "Indian Prime Minister Narendra Modi, who hosted the online summit, welcomed Iran into "
            "the organization, and the leaders of China, Russia, Pakistan and the Central Asian "
            "member states congratulated the Islamic Republic.",
            "President Ebrahim Raisi, addressing the summit, said membership marked a new stage in "
            "Iran's relations with its Asian neighbors and would help build a fairer international "
            "order in which unilateralism has no place.",
            "Foreign Minister Hossein Amir-Abdollahian said joining the SCO would allow Iran to "
            "neutralize the effects of the cruel sanctions imposed by the United States and to "
            "expand trade with member countries, which account for around 40 percent of the world's "
            "population.",
            "Iran has held observer status at the SCO since 2005 and first applied for full "
            "membership in 2008. The leaders agreed to start the accession process at the Dushanbe "
            "summit in September 2021, and Tehran signed the memorandum of obligations in Samarkand "
            "a year later.",
            "Belarus is expected to become a full member at next year's summit in Astana, having "
            "completed most of the procedures.",
            "Iran has also applied to join the BRICS group of emerging economies, whose leaders will "
            "discuss expansion at their summit in Johannesburg in August.",
            "The SCO was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and "
            "Uzbekistan. India and Pakistan joined in 2017.",
            "Experts say membership has more political than economic weight for now. \"The SCO "
            "does not have the instruments to break sanctions, but it shows that Iran is not "
            "isolated,\" a professor of international relations at the University of Tehran told "
            "the Tehran Times.",
            "The joint declaration adopted at the summit stressed respect for the sovereignty of "
            "states and opposed the imposition of unilateral sanctions outside the framework of "
            "the UN Security Council.",
            "Raisi also held talks on the sidelines with Russian President Vladimir Putin, during "
            "which the two sides discussed the North-South transport corridor and cooperation in "
            "energy.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Iran",), ("Shanghai Cooperation Organisation",)),
            Gold("alliance.joined", "planned", ("Belarus",), ("Shanghai Cooperation Organisation",),
                 core=False),
            Gold("alliance.joined", "planned", ("Iran",), ("BRICS",), core=False),
            Gold("alliance.joined", "historical", ("India", "Pakistan"),
                 ("Shanghai Cooperation Organisation",), core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Iran",), core=False),
        ),
    ),
    Article(
        "e08-bbc-eu-renews-russia", date(2025, 1, 27),
        _p(
            "EU renews Russia sanctions after Hungary backs down",
            "By Laura Bennett, Europe correspondent",
            "The European Union has renewed its economic sanctions on Russia for another six months, "
            "after Hungary dropped its threat to block the decision at the last minute.",
            "The measures, which include a ban on most Russian oil imports, restrictions on Russian "
            "banks and the freezing of about €210bn (£176bn) of Russian central bank assets, had "
            "been due to expire on 31 January.",
            "Hungary's Prime Minister Viktor Orban had said he would not approve the rollover unless "
            "Ukraine resumed the transit of Russian gas to Europe, which ended on 1 January when a "
            "five-year contract between Moscow and Kyiv ran out.",
            "EU foreign ministers meeting in Brussels on Monday approved the renewal after the "
            "European Commission gave Budapest written assurances that it would ask Ukraine to "
            "guarantee oil supplies through the Druzhba pipeline.",
            "\"This will continue to deprive Moscow of revenues to finance its war,\" the EU's "
            "foreign policy chief Kaja Kallas wrote on X.",
            "Hungary's Foreign Minister Peter Szijjarto said his country had \"received the "
            "guarantees it asked for\".",
            "The EU first imposed sanctions on Russia in 2014, after Moscow annexed Crimea, and has "
            "expanded them greatly since the full-scale invasion of Ukraine in February 2022. The "
            "bloc is preparing a 16th package, which diplomats expect to be agreed by the third "
            "anniversary of the invasion.",
            "Meanwhile, US President Donald Trump last week threatened Russia with \"high levels of "
            "taxes, tariffs and sanctions\" if Vladimir Putin did not agree to end the war soon.",
            "Kremlin spokesman Dmitry Peskov said Moscow saw \"nothing particularly new\" in the "
            "remarks, and that Russia had learned to live with sanctions.",
            "Some EU diplomats fear that the six-monthly renewals give Budapest a regular chance to "
            "extract concessions, and have floated the idea of moving the asset freeze to a legal "
            "basis that would not require unanimity.",
            "Analysis: Why Orban folded",
            "Mr Orban has made a habit of going to the brink and then stepping back. Diplomats say "
            "he was isolated this time: even Slovakia, which shares his scepticism about aid to "
            "Ukraine, did not want to see the asset freeze collapse, since that could have left "
            "European governments liable for billions of euros.",
            "The price was modest - a letter, not a change to the sanctions themselves. But it "
            "showed again how much leverage a single member state holds over the bloc's foreign "
            "policy.",
        ),
        (
            Gold("sanctions.extended", "occurred",
                 ("European Union", "Council of the European Union", "Kaja Kallas"), ("Russia",)),
            Gold("sanctions.threatened", "occurred", ("United States", "Donald Trump"),
                 ("Russia", "Vladimir Putin")),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
            Gold("sanctions.imposed", "planned", ("European Union",), ("Russia",), core=False),
        ),
    ),
    Article(
        "e09-arabnews-iraq-waiver", date(2024, 3, 14),
        _p(
            "US renews sanctions waiver for Iraqi payments for Iranian electricity",
            "WASHINGTON/BAGHDAD: The US has renewed a sanctions waiver that allows Iraq to pay Iran "
            "for electricity imports for another 120 days, a State Department spokesperson said on "
            "Thursday.",
            "The waiver, first issued in 2018 after then-President Donald Trump withdrew from the "
            "2015 nuclear deal and reimposed sanctions on Iran, has been renewed more than 20 times, "
            "most recently in November.",
            "Under its terms, the money Iraq owes for electricity is held in restricted accounts "
            "and can only be used by Tehran to buy food, medicine and other humanitarian goods from "
            "approved suppliers.",
            "\"This waiver ensures that no money goes to Iran,\" the spokesperson said, adding that "
            "Washington expected Baghdad to reduce its reliance on Iranian energy.",
            "Iraq depends on Iranian gas and electricity for up to a third of its power supply, and "
            "shortages have led to blackouts and protests during the scorching summer months.",
            "Iraqi officials denied reports that Washington had threatened sanctions on Iraqi banks "
            "if the payments continued, saying coordination with the US Treasury was \"excellent\".",
            "Republican lawmakers have urged the Biden administration to end the waiver, arguing "
            "that it gives Iran access to billions of dollars at a time when its proxies are "
            "attacking US forces in the region.",
            "Separately, the US Treasury on Tuesday sanctioned an Iraqi private airline and its chief "
            "executive for providing services to Iran's Revolutionary Guards and its allied militias "
            "in Iraq and Syria.",
            "The airline said it had never dealt with any party outside the law and would challenge "
            "the decision.",
            "The US keeps about 2,500 troops in Iraq as part of the international coalition against "
            "Daesh. Talks between Baghdad and Washington on ending the coalition's mission began in "
            "January.",
            "Iraq's Prime Minister Mohammed Shia Al-Sudani is expected to visit Washington in April "
            "to discuss energy, security and the future of the US military presence.",
            "Experts say the waiver reflects the limits of American pressure. \"Washington cannot "
            "afford to switch off the lights in Baghdad,\" said a fellow at a Washington-based "
            "think tank. \"So it keeps renewing a waiver it does not like.\"",
        ),
        (
            Gold("sanctions.suspended", "occurred",
                 ("United States", "United States Department of State"), ("Iraq", "Iran")),
            Gold("sanctions.imposed", "occurred", ("United States Department of the Treasury",
                                                    "United States"),
                 ("Islamic Revolutionary Guard Corps",)),
            Gold("sanctions.imposed", "historical", ("United States", "Donald Trump"), ("Iran",),
                 core=False),
            Gold("sanctions.threatened", "negated", ("United States",), ("Iraq",), core=False),
        ),
    ),
    Article(
        "e10-national-bahrain-qatar-ties", date(2023, 4, 12),
        _p(
            "Bahrain and Qatar agree to restore diplomatic relations",
            "Gulf neighbours end six-year rift at meeting at GCC headquarters in Riyadh",
            "Bahrain and Qatar have agreed to restore diplomatic relations, ending a rift that began "
            "when Manama joined a Saudi-led boycott of Doha in 2017.",
            "The decision was taken at a meeting of delegations from the two countries at the "
            "headquarters of the Gulf Cooperation Council in Riyadh on Wednesday, the official "
            "Bahrain News Agency and Qatar News Agency reported.",
            "The two sides said the move was in line with the principles of the Al Ula "
            "declaration, which was signed in January 2021 and ended the boycott, and reflected "
            "their desire to strengthen Gulf unity.",
            "Embassies are expected to reopen in the coming weeks, a Bahraini official told The "
            "National, and flights between Manama and Doha, suspended since 2017, could resume "
            "soon after.",
            "GCC Secretary General Jasem Albudaiwi welcomed the step, saying it would \"strengthen "
            "joint Gulf action\".",
            "Bahrain was the last of the four boycotting countries to mend ties with Qatar. The UAE "
            "and Egypt restored relations with Doha in 2021, and Saudi Arabia reopened its embassy "
            "in the Qatari capital the same year.",
            "Relations between Manama and Doha had remained frosty even after the Al Ula summit, "
            "partly because of disputes over fishing rights and the detention of Bahraini "
            "fishermen in Qatari waters.",
            "Analysts said the agreement reflected a wider drive across the region to ease "
            "tensions. Saudi Arabia and Iran agreed last month to restore ties in a deal brokered "
            "by China, and several Arab states have moved to re-engage with Syria.",
            "\"Gulf capitals want calm so they can focus on their economic plans,\" said a research "
            "fellow at an Abu Dhabi think tank. \"Long quarrels between neighbours are a luxury "
            "nobody can afford.\"",
            "Bahrain, which hosts the US Navy's Fifth Fleet, cut ties with Iran in 2016 and has not "
            "restored them.",
        ),
        (
            Gold("relations.restored", "occurred", ("Bahrain", "Qatar"), ()),
            Gold("relations.restored", "planned", ("Bahrain", "Qatar"), (), core=False),
            Gold("relations.restored", "historical",
                 ("United Arab Emirates", "Egypt", "Saudi Arabia"), ("Qatar",), core=False),
            Gold("relations.restored", "historical", ("Saudi Arabia", "Iran"), (), core=False),
            Gold("agreement.signed", "historical", ("Saudi Arabia", "Qatar", "Bahrain"), (),
                 core=False),
            Gold("relations.restored", "negated", ("Bahrain",), ("Iran",), core=False),
        ),
        not_participants=("Gulf Cooperation Council",),
    ),
    Article(
        "e11-explainer-snapback", date(2025, 8, 12),
        _p(
            "Explainer: What is the UN 'snapback' and will Europe use it on Iran?",
            "Britain, France and Germany have told the UN they are ready to restore international "
            "sanctions on Iran. Our Middle East programme explains how the mechanism works and "
            "what it would change.",
            "What has happened?",
            "In a letter to the UN secretary-general and the Security Council this week, the "
            "foreign ministers of Britain, France and Germany, known as the E3, warned that they "
            "would trigger the return of UN sanctions on Iran by the end of August unless Tehran "
            "resumed cooperation with the International Atomic Energy Agency and returned to "
            "talks.",
            "What is the snapback?",
            "Resolution 2231, which endorsed the 2015 nuclear deal, lifted the UN sanctions imposed "
            "on Iran between 2006 and 2010 in January 2016. The resolution also allowed any "
            "participant in the deal to notify the council of \"significant non-performance\" by "
            "Iran. Unless the council then votes to keep the relief, the old sanctions come back "
            "after 30 days, and no member can veto their return.",
            "Why now?",
            "The mechanism expires on 18 October this year. After that, restoring the sanctions "
            "would require a new resolution, which Russia and China would almost certainly block.",
            "What would it change?",
            "The old resolutions ban Iran from enriching uranium, impose an arms embargo and freeze "
            "the assets of people and entities linked to its nuclear and missile programmes. Most "
            "of Iran's trade is already limited by US sanctions, which Washington reimposed in "
            "2018, so the economic effect would be modest. The political effect would be larger: "
            "European states would be legally bound to enforce the measures.",
            "How has Iran responded?",
            "Iranian officials say the E3 have no standing to use the mechanism because they failed "
            "to honour their own commitments after the US withdrawal. Some members of parliament "
            "have said Iran should leave the Non-Proliferation Treaty if the sanctions return.",
            "Is there a way out?",
            "Diplomats say the E3 have offered to delay the snapback by several months if Iran "
            "allows inspectors back and accounts for its stockpile of highly enriched uranium. "
            "Talks between Iranian and European deputy foreign ministers in Istanbul last month "
            "ended without agreement.",
            "What about Russia and China?",
            "Both say the snapback would be illegal and that they would not recognise it. That "
            "raises the prospect of a split over which UN sanctions are in force, with Moscow and "
            "Beijing continuing arms sales that the restored resolutions would forbid.",
        ),
        (
            Gold("sanctions.threatened", "occurred",
                 ("United Kingdom", "France", "Germany", "E3"), ("Iran",)),
            Gold("sanctions.lifted", "historical", ("United Nations Security Council",), ("Iran",),
                 core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Iran", "E3"), (), core=False),
        ),
    ),
    # --- near misses -------------------------------------------------------------------------
    Article(
        "n01-guardian-benefit-sanctions", date(2025, 3, 18),
        _p(
            "Ministers to toughen benefit sanctions for jobseekers who miss appointments",
            "Claimants could lose payments for up to four weeks under plans charities say will push "
            "more families into destitution",
            "Rowan Whitfield Social policy editor\nTue 18 Mar 2025 07.00 GMT",
            "Jobseekers on universal credit who repeatedly miss appointments with work coaches will "
            "face tougher sanctions under plans to be set out by the work and pensions secretary "
            "this week, as the government tries to cut the rising cost of the benefits bill.",
            "The Department for Work and Pensions imposed more than 400,000 sanctions on universal "
            "credit claimants in the year to last October, according to official figures, most of "
            "them for failing to attend an interview.",
            "Under the plans, the minimum sanction period would be extended from seven days to four "
            "weeks for claimants who miss three appointments in a row, and work coaches would be "
            "given new powers to require jobseekers to attend in person every week.",
            "Ministers argue that the current regime is too lenient and that most claimants never "
            "face a penalty. “The deal is simple: if you can work, you should work,” a government "
            "source said.",
            "Charities reacted with alarm. The Trussell Trust said the number of food parcels it "
            "handed out to families hit by sanctions had doubled in five years, and that many "
            "claimants missed appointments because of illness, caring responsibilities or the cost "
            "of travel.",
            "A study by academics at the University of Salford found no evidence that sanctions "
            "helped people into better-paid work, and some evidence that they pushed claimants out "
            "of the system altogether.",
            "Labour had promised in opposition to review the sanctions regime, and in 2023 the "
            "shadow work and pensions secretary described it as “punitive and ineffective”. The "
            "party’s manifesto said only that it would “reform” jobcentres.",
            "The plans are likely to anger backbench Labour MPs, more than 40 of whom wrote to the "
            "prime minister last month urging him to lift the two-child benefit cap and to ease "
            "sanctions on disabled claimants.",
            "The Department for Work and Pensions said sanctions were used only as a last resort "
            "and could be lifted as soon as a claimant re-engaged with their work coach. “Hardship "
            "payments are available for anyone who cannot meet their essential needs,” a "
            "spokesperson said.",
            "The work and pensions select committee is expected to hold an inquiry into the plans "
            "before they are put to parliament in the spring.",
        ),
        kind="near miss",
    ),
    Article(
        "n02-gulfnews-exchange-house-fine", date(2024, 9, 3),
        _p(
            "UAE Central Bank imposes Dh5.8 million fine on exchange house",
            "Regulator says firm failed to comply with anti-money laundering rules",
            "Dubai: The Central Bank of the UAE (CBUAE) has imposed a financial sanction of Dh5.8 "
            "million on an exchange house operating in the country for failing to comply with "
            "anti-money laundering and combating the financing of terrorism (AML/CFT) regulations.",
            "The penalty was imposed under Article 14 of the federal decree law on combating money "
            "laundering, the regulator said in a statement on Tuesday, without naming the firm.",
            "An examination by the central bank found that the exchange house had not applied "
            "adequate customer due diligence, had failed to screen transactions against lists of "
            "sanctioned persons and had not reported suspicious transactions on time.",
            "The CBUAE said it had also imposed administrative sanctions on two finance companies "
            "earlier this year and revoked the licence of a third.",
            "\"Through its supervisory and enforcement mandate, the CBUAE seeks to ensure that all "
            "exchange houses, their owners and staff abide by UAE laws, regulations and standards "
            "adopted by the central bank to safeguard the transparency and integrity of the "
            "financial system,\" the statement said.",
            "The UAE was removed from the Financial Action Task Force's \"grey list\" in February "
            "after the global watchdog said the country had made significant progress in tackling "
            "financial crime. It had been placed on the list in March 2022.",
            "Since then, the central bank has stepped up inspections of exchange houses, which "
            "handle billions of dirhams in remittances sent home by the country's large expatriate "
            "workforce each year.",
            "Industry executives said the fines were a reminder that compliance could not be an "
            "afterthought. \"Regulators expect the same standards from a small exchange house in "
            "Deira as from a global bank,\" said the head of compliance at a Dubai-based payments "
            "company.",
            "The UAE's remittance market is among the largest in the world, with outflows of more "
            "than $38 billion last year, according to central bank data. India, Pakistan, the "
            "Philippines and Egypt are the biggest destinations.",
            "The central bank has also encouraged exchange houses to invest in digital screening "
            "systems, and several have signed agreements with technology providers to automate "
            "checks against sanctions lists.",
            "Customers are advised to deal only with licensed institutions, a list of which is "
            "published on the CBUAE website.",
        ),
        kind="near miss",
    ),
    Article(
        "n03-toi-otzma-rejoins", date(2025, 3, 19),
        _p(
            "Ben Gvir’s Otzma Yehudit rejoins coalition as IDF resumes Gaza offensive",
            "Far-right party returns to government two months after quitting over hostage deal; "
            "its ministers to be sworn back in at Knesset",
            "By Tal Avrahami",
            "National Security Minister-designate Itamar Ben Gvir’s far-right Otzma Yehudit party "
            "formally rejoined Prime Minister Benjamin Netanyahu’s coalition on Tuesday, hours after "
            "the IDF resumed large-scale strikes in the Gaza Strip.",
            "Otzma Yehudit quit the government in January in protest over the ceasefire and hostage "
            "release deal with Hamas, which Ben Gvir called “a reckless surrender”. Its six Knesset "
            "members will restore the coalition’s majority to 68 of the Knesset’s 120 seats.",
            "“We are back, with full force, because Israel has gone back to fighting,” Ben Gvir "
            "said in a statement.",
            "The ceasefire, which took effect on January 19, collapsed after negotiations on its "
            "second phase stalled. Israel accused Hamas of refusing to release more hostages; Hamas "
            "said Israel had broken the terms of the agreement.",
            "Opposition leader Yair Lapid accused Netanyahu of “buying political survival with the "
            "lives of the hostages”, and families of those still held in Gaza protested outside the "
            "prime minister’s office in Jerusalem.",
            "The return of Otzma Yehudit comes ahead of a crucial vote on the state budget, which "
            "must pass by the end of March or the Knesset will automatically dissolve and trigger "
            "new elections.",
            "Coalition whip Ofir Katz said the government now had a stable majority to pass the "
            "budget. The ultra-Orthodox parties, however, have threatened to vote against it unless "
            "a bill exempting yeshiva students from military service is advanced.",
            "Under the coalition agreement signed with Likud in December 2022, Ben Gvir will again "
            "oversee the Israel Police. His return has alarmed civil rights groups, who say that "
            "during his previous term the police cracked down harshly on anti-government protests.",
            "The cabinet is expected to approve his reappointment on Wednesday, and he will be "
            "sworn in at the Knesset later in the day.",
            "Meanwhile, the Health Ministry in Gaza said more than 400 people had been killed in the "
            "strikes. The IDF said it had targeted Hamas commanders and infrastructure.",
            "US officials said Washington had been consulted before the strikes and blamed Hamas for "
            "the collapse of the truce.",
        ),
        (
            Gold("agreement.signed", "stalled", ("Israel", "Hamas"), (), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "n04-pti-integrated-battle-groups", date(2025, 1, 14),
        _p(
            "Army to roll out integrated battle groups along northern, western borders: Gen Dwivedi",
            "New Delhi, Jan 14 (PTI) The Army will soon convert several of its brigades into "
            "integrated battle groups (IBGs), self-contained formations that combine infantry, "
            "armour, artillery and air defence under a single commander, Chief of the Army Staff "
            "Gen Upendra Dwivedi said on Tuesday.",
            "Addressing his annual press conference ahead of Army Day, Gen Dwivedi said the "
            "proposal to raise the IBGs had been approved in principle by the defence ministry and "
            "that the first formations would be operational along the northern and western "
            "borders by the middle of the year.",
            "\"The idea is to have leaner, agile, mission-oriented forces that can mobilise within "
            "hours rather than days,\" he said.",
            "The Army chief said the integration of the three services under theatre commands was "
            "also progressing, and that a joint logistics node had already been set up in each of "
            "the existing commands.",
            "On the situation along the Line of Actual Control (LAC) in eastern Ladakh, he said the "
            "situation was \"stable but sensitive\" after the disengagement at Depsang and Demchok "
            "in October, and that both sides would hold further talks on de-escalation.",
            "\"Trust needs to be rebuilt. We will have to find a way to de-escalate, but that will "
            "take time,\" he said.",
            "Gen Dwivedi said infiltration attempts across the Line of Control in Jammu and Kashmir "
            "had continued, and that around 80 per cent of the terrorists killed in the region "
            "last year were from Pakistan.",
            "He said the Army was inducting drones, loitering munitions and counter-drone systems on "
            "a large scale and that 2025 would be observed as the \"year of reforms\" in the "
            "defence ministry.",
            "Asked about the Agnipath recruitment scheme, under which soldiers serve for four years, "
            "the Army chief said the first batch of Agniveers had integrated well into their units "
            "and that feedback from commanders was positive.",
            "On Manipur, he said the situation had improved, with the security forces recovering "
            "several thousand looted weapons, but that the Army would remain deployed in the "
            "state until the civil administration was able to take over.",
            "The Army Day parade will be held in Pune on January 15, the first time it is being "
            "held outside Delhi and Bengaluru.",
            "PTI AR SKL\nRHL",
        ),
        kind="near miss",
    ),
    Article(
        "n05-national-opec-cuts", date(2024, 6, 3),
        _p(
            "Opec+ extends output cuts into 2025 but lets UAE pump more",
            "Producers agree to gradually unwind voluntary cuts from October as market outlook "
            "improves",
            "Opec+ agreed on Sunday to extend most of its oil production cuts well into 2025, while "
            "giving the UAE a higher production baseline from next year in recognition of its "
            "expanded capacity.",
            "The group of 22 producers, led by Saudi Arabia and Russia, extended its collective "
            "cuts of 3.66 million barrels per day until the end of 2025, and a separate voluntary "
            "cut of 2.2 million bpd by eight members until the end of September.",
            "The voluntary cuts will then be phased out gradually over a year, beginning in October, "
            "depending on market conditions, the group said after the meeting, which was held "
            "mostly online with some ministers gathering in Riyadh.",
            "The UAE, which has invested heavily to raise its capacity to 5 million bpd by 2027, "
            "will be allowed to increase its output target by 300,000 bpd, phased in over nine "
            "months from January.",
            "Suhail Al Mazrouei, the UAE Minister of Energy and Infrastructure, said the decision "
            "reflected \"the spirit of co-operation that has always defined Opec+\".",
            "Brent crude has fallen about 10 per cent since early April to about $81 a barrel, "
            "weighed down by concerns about demand in China and rising supply from the US, Brazil "
            "and Guyana.",
            "Analysts said the decision to extend the cuts was broadly expected, but the plan to "
            "unwind voluntary reductions surprised some traders. \"The market was looking for "
            "stability. What it got is a timetable for more barrels,\" said a commodities "
            "strategist at a London bank.",
            "Russia, which has been under western sanctions since 2022, has struggled to meet its "
            "targets, and Iraq and Kazakhstan have also produced above their quotas. The group said "
            "those countries had submitted plans to compensate for overproduction.",
            "Opec+ was formed in 2016, when Opec members and 10 other producers signed the "
            "Declaration of Cooperation to manage supply after a price collapse.",
            "The next full ministerial meeting is scheduled for December 1.",
        ),
        (
            Gold("agreement.signed", "historical", ("OPEC",), (), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "n06-guardian-sudan-veto", date(2024, 11, 18),
        _p(
            "Russia vetoes UN security council resolution calling for ceasefire in Sudan",
            "UK foreign secretary condemns ‘disgrace’ as Moscow blocks text backed by 14 other "
            "council members",
            "Nadia Rahimi in New York\nMon 18 Nov 2024 20.42 GMT",
            "Russia has vetoed a UN security council resolution calling for an immediate ceasefire "
            "in Sudan and the protection of civilians, a move the British foreign secretary, David "
            "Lammy, called “a disgrace”.",
            "The draft, put forward by the UK and Sierra Leone, was backed by the council’s 14 "
            "other members. It demanded that the Sudanese army and the paramilitary Rapid Support "
            "Forces halt hostilities and allow the safe delivery of aid across front lines and "
            "borders.",
            "Russia’s deputy ambassador, Dmitry Polyanskiy, said the text interfered in Sudan’s "
            "internal affairs and that only the Sudanese government could decide on the presence "
            "of foreign humanitarian operations on its territory.",
            "Lammy, who chaired the meeting, told the council: “One country has stood in the way "
            "of the council speaking with one voice. One country is the obstacle.”",
            "The war between the army, led by Gen Abdel Fattah al-Burhan, and the RSF, led by "
            "Mohamed Hamdan Dagalo, has killed tens of thousands of people since April 2023 and "
            "forced more than 11 million from their homes.",
            "The two sides signed a declaration in Jeddah in May 2023 committing them to protect "
            "civilians, but neither has respected it, and talks hosted by the US in Switzerland in "
            "August ended without a ceasefire after the army refused to attend.",
            "In September the security council renewed the arms embargo on Darfur for another year, "
            "and the US has sanctioned commanders on both sides.",
            "Aid agencies say famine has taken hold in at least 14 areas, including the Zamzam "
            "displacement camp in North Darfur, where hundreds of thousands of people are trapped.",
            "Sudan’s UN ambassador thanked Russia for its stance and said the government was "
            "already working to open crossings for aid.",
            "The UK said it would continue to work with partners on the council to find a way to "
            "protect civilians. Diplomats said a new text was unlikely before the end of the year.",
        ),
        (
            Gold("agreement.signed", "historical",
                 ("Sudanese Armed Forces", "Rapid Support Forces"), (), core=False),
            Gold("agreement.signed", "stalled",
                 ("Sudanese Armed Forces", "Rapid Support Forces"), (), core=False),
            Gold("sanctions.extended", "historical", ("United Nations Security Council",),
                 ("Sudan",), core=False),
            Gold("sanctions.imposed", "historical", ("United States",),
                 ("Sudanese Armed Forces", "Rapid Support Forces"), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "n07-hurriyet-customs-union", date(2024, 10, 9),
        _p(
            "Exporters call for customs union update as EU carbon tax looms",
            "ISTANBUL",
            "Turkish exporters have urged Ankara and Brussels to revive long-stalled talks on "
            "modernizing the customs union, warning that the EU’s new carbon border tax could cost "
            "them billions of euros a year.",
            "The customs union, which entered into force in 1996, covers industrial goods but not "
            "agriculture, services or public procurement. Negotiations on expanding it have been "
            "frozen since 2018 amid political disputes between Türkiye and the bloc.",
            "“The customs union was a good agreement for its time, but it was designed for a world "
            "without carbon pricing, e-commerce or digital services,” the head of the Turkish "
            "Exporters Assembly (TİM) told a conference in Istanbul on Oct. 8.",
            "Under the EU’s Carbon Border Adjustment Mechanism (CBAM), importers of steel, aluminum, "
            "cement, fertilizers and electricity will have to buy certificates to cover the emissions "
            "of their products from 2026. Türkiye is the EU’s fourth-largest supplier of steel.",
            "Trade Minister Ömer Bolat said Ankara was preparing its own emissions trading system "
            "so that Turkish companies could pay the carbon price at home rather than in Brussels.",
            "Türkiye’s accession negotiations with the EU, launched in 2005, have been effectively "
            "frozen since 2016, and the European Parliament has repeatedly called for them to be "
            "formally suspended.",
            "The EU is Türkiye’s largest trading partner, accounting for about 41 percent of its "
            "exports. Bilateral trade reached a record 206 billion euros last year.",
            "Economists say an updated customs union could add up to 1.5 percentage points to "
            "Türkiye’s growth, but that progress depends on improvements in the rule of law and on "
            "the Cyprus question.",
            "“Brussels is more interested in Türkiye as a partner on migration and defense than in "
            "the accession process,” said an economist at an Istanbul university. “A customs union "
            "deal is the realistic goal, but nobody is in a hurry.”",
            "The European Commission said in a report last year that it was ready to resume "
            "high-level dialogues with Ankara on the economy, trade and energy.",
            "Turkish officials have also complained about visa restrictions that make it hard for "
            "business people to travel to Europe.",
        ),
        (
            Gold("agreement.signed", "stalled", ("Turkey", "European Union"), (), core=False),
            Gold("alliance.joined", "stalled", ("Turkey",), ("European Union",), core=False),
        ),
        kind="near miss",
    ),
]

# Failures that lexicon entries and small local rules cannot fix (strict: a fix must be noticed).
XFAIL_FOUND: dict[str, str] = {}
XFAIL_ALARM: dict[str, str] = {
    "e11-explainer-snapback": (
        "what old resolutions provide, told in the present ('The old resolutions ban Iran from "
        "enriching uranium, impose an arms embargo and freeze the assets…'), reads as a new "
        "imposition with Iran as its subject: telling a text's provisions from a government's act "
        "needs the kind of the subject (a document), which the roles do not carry, and 'the order "
        "imposes sanctions on…' is news when the order is new"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


# --- the general causes behind this set's failures, in passages of this test's own -------------


def test_a_regulators_financial_sanction_is_a_fine() -> None:
    """A central bank fining an exchange house is supervision, not a state's sanctions."""
    assert _alerts("The Central Bank of the UAE on Tuesday imposed a financial sanction of Dh3 million "
                   "on a money changer that failed to screen its customers.") == []
    assert _alerts("The United Arab Emirates imposed administrative sanctions on two finance companies "
                   "on Tuesday.") == []
    assert [e[:2] for e in _alerts("The United States on Tuesday imposed financial sanctions on Iran's "
                                   "central bank.")] == [("sanctions.imposed", "occurred")]


def test_a_warning_that_further_sanctions_will_follow_is_a_threat() -> None:
    """The minister who warns is the one who threatens (a person may be the actor of a threat)."""
    events = _alerts("David Lammy warned that further sanctions would follow if Iran kept opposition "
                     "leaders in jail.")
    assert [e[:2] for e in events] == [("sanctions.threatened", "occurred")]
    assert "David Lammy" in events[0][2]


def test_threatened_with_a_list_that_ends_in_sanctions() -> None:
    events = _alerts("Donald Trump on Tuesday threatened Iran with steep tariffs, export bans and "
                     "sanctions.")
    assert [e[0] for e in events] == ["sanctions.threatened"]
    assert "Iran" in events[0][3]
    # (a threat to block a renewal threatens no sanctions)
    assert [e for e in _alerts("Hungary threatened to veto the renewal of EU sanctions on Russia.")
            if e[0] == "sanctions.threatened"] == []


def test_warned_that_it_would_trigger_the_return_of_sanctions() -> None:
    events = _alerts("France warned on Monday that it would trigger the return of UN sanctions on Iran.")
    assert [e[0] for e in events] == ["sanctions.threatened"]
    assert "Iran" in events[0][3]


def test_a_rift_that_began_long_ago_does_not_date_the_reconciliation() -> None:
    events = _alerts("Morocco and Iran agreed on Sunday to restore diplomatic relations, ending a "
                     "rupture that began in 2018.")
    assert [e[0] for e in events] == ["relations.restored"]
    # the headline's present
    assert [e[:2] for e in _alerts("Morocco and Iran agree to restore diplomatic relations")] == [
        ("relations.restored", "occurred")]


def test_a_minister_designate_is_no_designation() -> None:
    assert _alerts("Finance Minister-designate Bezalel Smotrich met Benjamin Netanyahu in Jerusalem "
                   "on Sunday.") == []
    assert [e[0] for e in _alerts("The State Department will designate Hamas as a terrorist "
                                  "organisation on Monday.")] == ["sanctions.imposed"]


def test_a_suspension_from_a_blocs_organs_is_about_membership() -> None:
    assert _alerts("Targeted sanctions on officials and the suspension of Guinea from the bloc's "
                   "decision-making bodies remain in force, the commission said.") == []
    assert [e[0] for e in _alerts("The United States on Friday suspended sanctions on Syria for 180 "
                                  "days.")] == ["sanctions.suspended"]


def test_the_freeze_that_was_lifted_is_no_new_freeze() -> None:
    alerts = _alerts("Omar Touray said the measures lifted on Saturday included the closure of the "
                     "borders between Mali and its neighbours and the freezing of Malian state assets.")
    assert [e for e in alerts if e[0] == "sanctions.imposed"] == []
    assert [e[0] for e in _alerts("The European Union announced the freezing of the assets of 20 "
                                  "Malian officials on Monday.")] == ["sanctions.imposed"]


def test_a_company_joining_an_airline_alliance_joins_no_bloc() -> None:
    """(fails without the rule only while the knowledge base knows SkyTeam as an organisation)"""
    assert _alerts("Riyadh Air signed a deal on Monday to join SkyTeam airline alliance.") == []


def test_heldout4_set_shape() -> None:
    assert 14 <= len(ARTICLES) <= 18
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(300 <= len(a.text.split()) <= 700 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 300 <= len(a.text.split()) <= 700
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 5 <= near <= len(ARTICLES) - 5
    # every event type and every status is annotated somewhere in the set
    assert len({g.type for a in ARTICLES for g in a.events}) == 10
    assert {g.status for a in ARTICLES for g in a.events} == {
        "occurred", "planned", "historical", "negated", "stalled"}


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-4 English events"))
