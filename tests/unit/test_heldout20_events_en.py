"""Twentieth English held-out event set: twelve full-length articles (300-700 words) written for
this test in forms, regions and topics the earlier nineteen sets lack: a daily briefing email of
five short items in capitals (the EU rollover of its Russia listings with four names dropped,
Rubio's visa threat to Caribbean hosts of Cuban doctors, the Sakhalin-2 licence extended beside
Iraq's electricity waiver left to lapse, a Central Asian border treaty to be signed in Khujand), a
Chinese foreign ministry press conference transcript with its questions and answers
(countermeasures on seven US defence companies, the Typhon in Luzon, no ambassador back to
Vilnius), a Gulf wire in title case on the UAE and Qatar reopening their embassies (Bahrain and
Doha to exchange ambassadors), a Pakistani wire in capitals on the Saudi-Pakistani mutual defence
agreement told first as a nominalisation, a Caribbean wire on a US military radar installed in
Tobago (Grenada's answer pending), a cable-style summary with numbered paragraphs and a COMMENT
on the Baltic states' joint entry bans on Belarusian officials (a conditional threat, Latvia's
food import ban to be prolonged), a Westminster legislative tracker of statutory instruments
and treaties (the Russia regime tightened and the Syria regime dismantled from dates ahead), a
long-read feature from South Kivu whose news, a decree integrating the Wazalendo militias into the
Congolese army, comes in its seventh paragraph, a fact-check of a viral claim that Switzerland
and Austria joined NATO (they joined the European Sky Shield Initiative), and near misses (a
shipowner's letter to shareholders with its sanctions screening, a pooling agreement and an
industry coalition joined, an Abidjan cocoa trader's note with a regulator that "sanctioned" and
suspended exporters and a loan agreement not signed, a Pacific tuna commission that blacklists
vessels, suspends licences and extends a conservation measure).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; an initiative joined, agreements signed and to be signed, embassies
reopened and ambassadors to be exchanged, militias integrated, a foreign military installation),
twelve occurred and five planned, beside historical, negated and stalled events.

Decisions of the annotation: names taken off a sanctions list as the price of its renewal are a
lifting beside the extension (as set 12's people delisted); a warning that officials "could have
their US visas revoked" is a sanctions threat (a visa ban is a travel ban); a general licence
extended is a suspension (as in sets 7 and 14) and a waiver left to lapse "and not renewed" is a
negated suspension; a border treaty with a declaration of friendship is an agreement, and one
signed "last Thursday" in a Monday briefing is background (as set 19's "last Wednesday"); entry
bans on a neighbour's officials are sanctions, and a foreign ministry's "necessary measures" is
no threat (boilerplate, as in set 16); "there is no basis ... to restore ambassadorial relations"
is a negated restoration; an agreement to restore ties made two months before is background and
the ambassadors to be exchanged are the planned restoration; a blockade of 2017 is a historical
imposition, lifted by a declaration signed in 2021; "no plan at present" to send more troops is a
presence negated; a radar run by foreign marines is a presence (occurred) whatever the host calls
it (as set 18's air base) and "no US military base was being established" is a presence negated,
while a neighbour's "no decision has been taken" on a like request is stalled (as in set 17); a
statutory instrument laid, in force weeks later, is a planned imposition or lifting, and a
private member's bill with no second reading is stalled; a decree that places militias under the
army's command and orders their integration is forces integrated (occurred, as set 19's decree),
and a movement Kinshasa "has ruled out integrating" is a negated integration; a framework signed
a week before the feature is background (as in sets 17 and 18); a declaration of intent that makes
two states participants of a joint air-defence initiative is the initiative joined (core) beside
the signed declaration (occurred, not core), and the viral claim of NATO membership that the
fact-check refutes is a negated joining. Outside the monitor's remit (no event): a company's
sanctions screening, its pooling agreement and an industry coalition, a commodity regulator's
sanctions and licence suspensions, a state marketing board's loan agreement, a fisheries
commission's list of illegal fishing vessels and a fishing company's supply agreement.

The set was written and annotated before any measurement; the figures are printed by
``python -m tests.unit.test_heldout20_events_en``.
Measured before any fix (2026-12-02, on commit 548c004): P 1.000, R 0.471, F1 0.640 (recall 8/17,
8 of 8 alerts right; recall by status: occurred 5/12, planned 3/5; no false alarm, and the three
near misses quiet). Missed: the four names dropped from the EU list ("in return for the removal of
four names from the list. Among those taken off are ...": a bare "list" is no blacklist noun and
"taken off" no lifting form); Rubio's threat ("could have their US visas revoked, widening a visa
ban on Cuban officials": neither visas revoked nor a "visa ban" is a sanctions noun, only "travel
ban" is); the Sakhalin-2 licence ("extended until 28 June the general licence that allows ...":
a general licence is a suspension only after "issue" or "grant", and "general licence" is no
waiver noun for the renewed-waiver rule); the radar in Tobago ("A radar system manned by United
States military personnel has been installed at ...", "operated by a small team of US Marines":
no presence verb); the Baltic entry bans ("Entry bans on 27 Belarusian officials were announced
on 12 November by the interior ministries of Estonia, Latvia and Lithuania": "entry ban" is no
sanctions noun and the generic "announced" has no passive form), the threat after them ("would add
names, and would press for EU-wide measures against Belarusian border officials, if ...": "measures"
alone is no sanctions noun) and Latvia's extension ("the ban on imports ... from Russia and
Belarus, introduced in February 2024 and due to expire on 30 June 2026, will be extended until 31
December 2027": a ban is a sanctions word only for the import-ban imposition, which takes the
sentence, and the verb is far from its noun); the UK's Russia instrument ("UK persons will be
banned from providing shipping, insurance and brokering services for Russian liquefied natural
gas, and the import of Russian-origin refined products ... will be prohibited", "one tightening
the Russia regime": no sanctions form, "regime" alone no sanctions noun); the Wazalendo decree
("fighters who pass a vetting process will be integrated into the army's reserve": a passive with
a common-noun subject gets no party; Tshisekedi and the Wazalendo are not in the knowledge base
and the Congo is named only inside the army's name, as in set 19's Sudan decree). Found only by
the lenient scoring, not earned: Bahrain and Qatar's ambassadors ("would exchange ambassadors 'in
the coming weeks', once procedures were completed" is read as historical: "once" in the sense of
"as soon as" is a historical cue) are matched by the UAE-Qatar restoration through Qatar; the
Swiss and Austrian joining ("With their signatures, the two neutral states joined the
initiative" gives nothing: "initiative" is no alliance noun and is a joined-measure word) is
matched by the refuted claim "Claim: 'Neutral Switzerland and Austria joined NATO on Friday.'",
read as an occurred joining of NATO: a hidden false alarm (earned: recall 6/17, 7 of 8 alerts
right). Also seen, not scored: the EU rollover found only in the standfirst ("Brussels rolled over
its Russia blacklist", the city as actor; the body's "The asset freezes and travel bans that ...
were renewed on Friday for another six months" is beyond the window), China's countermeasures
found only in the reporter's question, with "Foreign Ministry" as actor ("China has decided to
take countermeasures against seven US companies": "take" is no imposition form), the Syria
instrument's lifting read as occurred (the tracker's present "revokes"), and a shipowner's pooling
agreement "with Aurora Shipping of Singapore" and "A Solomon Islands company ... had signed" a
supply agreement with a Japanese trading house read as state agreements (historical, so no
alert).
After the first fixes (same day): unchanged, P 1.000 R 0.471 F1 0.640. Fixed in general and
tested on sentences of their own below, though the set's own sentences tell them in forms still
out of reach: entry and visa bans on officials are sanctions ("Entry bans … were announced … by
the interior ministries" is a passive of "announce", no trigger); a general licence extended is
a suspension ("extended until 28 June the general licence" puts its actor out of reach); "once"
before a clause ("once procedures were completed") is "when", not "formerly". Left (strict
xfails): a removal "from the list", a visa threat, a radar "installed" and "manned", a regulation
that "will ban" and "prohibit", a passive integration with a common-noun subject.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no
lexicon entry) on these articles: they stand for the unseen ones.
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
EU = "European Union"
UNSC = "United Nations Security Council"
TREASURY = "United States Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
COUNCIL = "Council of the European Union"
STATE_DEPT = "United States Department of State"
DRC = "Democratic Republic of the Congo"
UAE = "United Arab Emirates"
ESSI = "European Sky Shield Initiative"

ARTICLES: list[Article] = [
    Article(
        "w01-daily-briefing-email-five-items",
        date(2025, 3, 17),
        _p(
            "THE MORNING BRIEF | Sanctions & Security",
            "Monday 17.03.2025 | Five things to know before your first call",
            "Good morning. Brussels rolled over its Russia blacklist at the last minute, the "
            "State Department is leaning on the Caribbean over Cuban doctors, and Japan's "
            "Sakhalin oil gets another reprieve. Here is what happened over the weekend.",
            "1. EU ROLLS OVER RUSSIA LISTINGS, FOUR NAMES DROPPED",
            "The asset freezes and travel bans that the European Union maintains on some 2,400 "
            "people and entities over the war in Ukraine were renewed on Friday for another six "
            "months, until 15 September, hours before they were due to lapse. The decision, "
            "adopted by the Council by written procedure, came after Hungary and Slovakia lifted "
            "their objections in return for the removal of four names from the list. Among those "
            "taken off are the businessman Vyacheslav Kantor and Gulbakhor Ismailova, a sister of "
            "the tycoon Alisher Usmanov. Diplomats said the price was 'irritating but bearable'.",
            "2. RUBIO WARNS CARIBBEAN OVER CUBAN MEDICAL BRIGADES",
            "Secretary of State Marco Rubio warned on Friday that officials in countries which "
            "host Cuban medical brigades could have their US visas revoked, widening a visa ban "
            "on Cuban officials that Washington announced in late February. Governments in "
            "Jamaica, Barbados, Trinidad and Tobago and Guyana, all of which employ Cuban doctors "
            "and nurses, pushed back over the weekend. 'If the price of keeping our hospitals "
            "open is my visa, then so be it,' St Vincent's prime minister, Ralph Gonsalves, told "
            "a radio station in Kingstown. CARICOM heads meet in Barbados later this month.",
            "3. SAKHALIN-2 REPRIEVE EXTENDED; IRAQ WAIVER LAPSES",
            "The Treasury's Office of Foreign Assets Control on Friday extended until 28 June the "
            "general licence that allows Japanese utilities to keep importing crude oil from the "
            "Russian Sakhalin-2 project. The licence was first issued in November, when OFAC "
            "blacklisted Gazprombank, through which buyers had paid for the cargoes, and had "
            "been due to expire on Wednesday. Tokyo had lobbied hard for it.",
            "Iraq was less fortunate. The waiver that let Baghdad pay Iran for electricity "
            "imports expired on 8 March, and the State Department said it would not be renewed. "
            "Iraqi officials say the loss could cut power supplies in the south by a fifth "
            "during the summer peak.",
            "4. CENTRAL ASIA: THREE PRESIDENTS TO MEET IN KHUJAND",
            "The presidents of Kyrgyzstan, Tajikistan and Uzbekistan will sign a treaty on the "
            "junction point of their borders and a declaration of eternal friendship in the "
            "Tajik city of Khujand on 31 March, Tajik state media reported. It follows the "
            "Kyrgyz-Tajik border treaty that Sadyr Japarov and Emomali Rahmon signed in Bishkek "
            "last Thursday, closing a dispute that erupted into fighting in 2021 and again in "
            "2022, when more than a hundred people were killed.",
            "5. DIARY",
            "Today: EU foreign ministers meet in Brussels; the Bank of Japan begins its two-day "
            "policy meeting. Tuesday: UN Security Council briefing on Syria. Wednesday: the "
            "Federal Reserve announces its rate decision. Thursday: Russia sanctions conference "
            "of the Centre for European Reform in London.",
            "You are receiving this email because you subscribed to The Morning Brief. Forward "
            "it to a colleague, or manage your preferences in your account settings.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, COUNCIL), ("Russia",)),
            # the four names removed, as the price of the renewal
            Gold(
                "sanctions.lifted",
                "occurred",
                (EU, COUNCIL),
                ("Vyacheslav Kantor", "Gulbakhor Ismailova"),
            ),
            # 'could have their US visas revoked': a threat to the hosts of Cuban doctors
            Gold(
                "sanctions.threatened",
                "occurred",
                (US, "Marco Rubio", STATE_DEPT),
                ("Jamaica", "Barbados", "Trinidad and Tobago", "Guyana", "Cuba"),
            ),
            # the general licence for Sakhalin-2 extended
            Gold(
                "sanctions.suspended",
                "occurred",
                (US, TREASURY, OFAC),
                ("Japan", "Sakhalin-2", "Russia"),
            ),
            Gold(
                "agreement.signed",
                "planned",
                ("Kyrgyzstan", "Tajikistan", "Uzbekistan"),
                (),
            ),
            # the visa ban of February; Gazprombank blacklisted in November; the Iraq waiver not
            # renewed; the Kyrgyz-Tajik treaty of 'last Thursday' (background, as in set 19)
            Gold("sanctions.imposed", "historical", (US,), ("Cuba",), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, OFAC),
                ("Gazprombank", "Russia"),
                core=False,
            ),
            Gold("sanctions.suspended", "negated", (US, STATE_DEPT), ("Iraq", "Iran"), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Kyrgyzstan", "Tajikistan", "Sadyr Japarov", "Emomali Rahmon"),
                (),
                core=False,
            ),
        ),
        not_participants=("Ukraine", "Saint Vincent and the Grenadines", "Ralph Gonsalves"),
    ),
    Article(
        "w02-beijing-mfa-press-conference-transcript",
        date(2024, 12, 27),
        _p(
            "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on December 27, "
            "2024",
            "Mao Ning: Good afternoon. Let me start with an announcement. At the invitation of "
            "the government of Egypt, Vice Premier Ding Xuexiang will attend the opening of the "
            "China-Africa Economic and Trade Expo in Cairo from December 29 to 31.",
            "CCTV: This morning the Foreign Ministry announced countermeasures against US "
            "military companies and their executives. Can you give us more details?",
            "Mao Ning: Recently, the US has once again announced arms sales to China's Taiwan "
            "region and approved military assistance worth 571 million US dollars. These moves "
            "seriously violate the one-China principle and harm China's sovereignty and "
            "territorial integrity. In accordance with the Anti-Foreign Sanctions Law, China has "
            "decided to take countermeasures against seven US companies, namely Insitu, Hudson "
            "Technologies, Saronic Technologies, Raytheon Canada, Raytheon Australia, Aerkomm and "
            "Oceaneering International, and ten senior executives of those and other companies "
            "involved. Their movable property, immovable property and other types of assets in "
            "China shall be frozen; organizations and individuals in China are prohibited from "
            "conducting transactions and cooperation with them; and the ten executives are "
            "barred from entering China, including Hong Kong and Macao. The decision takes effect "
            "today.",
            "Bloomberg: The US Army brought its Typhon mid-range missile system to northern Luzon "
            "in April for joint drills and it has stayed there since. Manila now says it wants "
            "to buy two systems of its own. What is China's comment?",
            "Mao Ning: China has made clear its opposition on many occasions. By bringing in "
            "this strategic, offensive weapon, the Philippines is inviting geopolitical "
            "confrontation and an arms race into the region. We urge the Philippine side to "
            "correct its wrong practice and withdraw the system as it publicly promised.",
            "Reuters: On December 16, the EU's fifteenth package of sanctions on Russia listed "
            "several companies in mainland China and Hong Kong. Has China responded?",
            "Mao Ning: We have stated our position. China firmly opposes unilateral sanctions "
            "that have no basis in international law. Normal exchanges between Chinese and "
            "Russian companies should not be disrupted. China will take the necessary measures "
            "to safeguard the legitimate rights and interests of Chinese companies.",
            "AFP: Lithuania's new foreign minister, Kestutis Budrys, said this week that Vilnius "
            "wants to return relations with Beijing to the level of ambassadors. Will China send "
            "an ambassador back to Vilnius?",
            "Mao Ning: The difficulties in China-Lithuania relations were created by the "
            "Lithuanian side. We have noted the remarks. Lithuania should take concrete actions "
            "to correct its mistakes. Until it does so, there is no basis for China to restore "
            "ambassadorial relations.",
            "Phoenix TV: An Azerbaijan Airlines passenger plane crashed near Aktau in Kazakhstan "
            "on Wednesday. Were there any Chinese nationals on board?",
            "Mao Ning: We express our deep condolences over the loss of lives. According to "
            "information from the Chinese embassies in Azerbaijan and Kazakhstan, no Chinese "
            "citizens were on board.",
            "Shenzhen TV: The Spring Festival is approaching. Will the Foreign Ministry issue "
            "travel reminders for Chinese citizens going abroad?",
            "Mao Ning: The Ministry will issue reminders in due course through the consular "
            "service website and the 12308 hotline.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("China", "Ministry of Foreign Affairs (China)"),
                (
                    "Insitu",
                    "Hudson Technologies",
                    "Saronic Technologies",
                    "Raytheon",
                    "Aerkomm",
                    "Oceaneering International",
                    US,
                ),
            ),
            # the Typhon in Luzon since April; the EU package of December 16; no ambassador to Vilnius
            Gold("military.presence", "historical", (US,), ("Philippines",), core=False),
            Gold("sanctions.imposed", "historical", (EU,), ("China", "Russia"), core=False),
            Gold("relations.restored", "negated", ("China",), ("Lithuania",), core=False),
        ),
        not_participants=(
            "Egypt", "Azerbaijan", "Kazakhstan", "Taiwan", "Macau", "Macao", "Hong Kong",
        ),
    ),
    Article(
        "w03-gulf-wire-uae-qatar-embassies-resume",
        date(2023, 6, 20),
        _p(
            "UAE, Qatar Resume Work Of Embassies Six Years After Gulf Rift",
            "Politics | Gulf Wire",
            "ABU DHABI/DOHA, 19th June, 2023 -- The United Arab Emirates and the State of Qatar "
            "announced on Monday the resumption of work at the UAE embassy in Doha and the Qatari "
            "embassy in Abu Dhabi, as well as at the Qatari consulate-general in Dubai, more than "
            "six years after diplomatic ties between the two Gulf states were severed.",
            "The restoration of diplomatic representation comes in implementation of the AlUla "
            "Declaration and reflects 'the will of the leaderships of the two brotherly countries "
            "to advance joint Gulf action', the UAE Ministry of Foreign Affairs said in a "
            "statement carried by the official news agency WAM. The Qatari foreign ministry "
            "issued an identically worded statement.",
            "Neither side named the ambassadors who will head the missions. A diplomatic source "
            "in Abu Dhabi said the two governments had been exchanging lists of candidates and "
            "expected the envoys to present their credentials 'before the end of the summer'.",
            "The step caps a rapprochement that has accelerated since President Sheikh Mohamed "
            "bin Zayed Al Nahyan and the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, met on "
            "the sidelines of the FIFA World Cup in Doha in December and again in Abu Dhabi in "
            "March.",
            "In June 2017, Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with "
            "Qatar and imposed a land, sea and air blockade on the emirate, accusing it of "
            "supporting extremist groups and of being too close to Iran, charges Doha rejected. "
            "The boycott was lifted when Gulf leaders signed the AlUla Declaration at a summit "
            "in Saudi Arabia in January 2021. Riyadh and Cairo returned their ambassadors to "
            "Doha later that year, while Abu Dhabi and Manama were slower to follow.",
            "Bahrain, the last of the four to mend fences, agreed with Qatar on April 12 to "
            "restore relations, at a meeting of their delegations at the headquarters of the "
            "Gulf Cooperation Council in Riyadh. The two kingdoms have yet to reopen their "
            "embassies. A Bahraini official said on Monday that Manama and Doha would exchange "
            "ambassadors 'in the coming weeks', once procedures were completed, and that flights "
            "between the two capitals, which resumed in May, were fully booked.",
            "GCC Secretary-General Jasem Mohamed Albudaiwi welcomed the UAE-Qatar announcement as "
            "'an important step that strengthens the cohesion of the Council'.",
            "Analysts in the region said economic interests had driven the thaw. Emirati "
            "investment in Qatar and Qatari purchases of Emirati goods have recovered since 2021, "
            "and both countries are competing to host regional headquarters of multinational "
            "companies. 'The rift made no sense for business, and business has had the final "
            "word,' said a Dubai-based political risk consultant.",
            "The Qatari consulate in Dubai will resume its services to citizens and residents "
            "from Tuesday, the foreign ministry in Doha said.",
        ),
        (
            Gold("relations.restored", "occurred", (UAE, "Qatar"), ()),
            # 'Manama and Doha would exchange ambassadors in the coming weeks'
            Gold("relations.restored", "planned", ("Bahrain", "Qatar"), ()),
            # the blockade of 2017, lifted in January 2021 by the AlUla Declaration; ties restored in
            # 2021 and Bahrain's agreement of April 12
            Gold(
                "sanctions.imposed",
                "historical",
                ("Saudi Arabia", UAE, "Bahrain", "Egypt"),
                ("Qatar",),
                core=False,
            ),
            Gold(
                "sanctions.lifted",
                "historical",
                ("Saudi Arabia", UAE, "Bahrain", "Egypt"),
                ("Qatar",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "historical",
                ("Saudi Arabia", UAE, "Bahrain", "Qatar", "Gulf Cooperation Council"),
                (),
                core=False,
            ),
            Gold(
                "relations.restored",
                "historical",
                ("Saudi Arabia", "Egypt", "Bahrain"),
                ("Qatar",),
                core=False,
            ),
        ),
        not_participants=("Iran",),
    ),
    Article(
        "w04-islamabad-wire-pakistan-saudi-defence-pact",
        date(2025, 9, 18),
        _p(
            "PAKISTAN, SAUDI ARABIA SIGN STRATEGIC MUTUAL DEFENCE AGREEMENT",
            "Aggression against either country to be treated as aggression against both",
            "ISLAMABAD, Sept 18: The signing of a Strategic Mutual Defence Agreement between "
            "Pakistan and the Kingdom of Saudi Arabia in Riyadh on Wednesday evening was hailed "
            "in Islamabad as the most important step in relations between the two countries in "
            "half a century.",
            "The agreement was signed by Prime Minister Muhammad Shehbaz Sharif and Crown Prince "
            "and Prime Minister Mohammed bin Salman at Al-Yamamah Palace, in the presence of "
            "Field Marshal Syed Asim Munir, the Chief of Army Staff, and Deputy Prime Minister "
            "and Foreign Minister Ishaq Dar, according to a joint statement issued by the two "
            "governments.",
            "The statement said the pact, which it described as reflecting 'the shared "
            "commitment of both nations to enhancing their security and achieving security and "
            "peace in the region and the world', aims to develop aspects of defence cooperation "
            "and to strengthen joint deterrence against any aggression. 'Any aggression against "
            "either country shall be considered an aggression against both,' it said.",
            "The prime minister, who arrived in Riyadh on a two-day state visit, was received at "
            "the airport by the Governor of Riyadh and escorted by Royal Saudi Air Force fighter "
            "jets as his aircraft entered Saudi airspace.",
            "Defence Minister Khawaja Muhammad Asif told a private television channel on "
            "Thursday that the agreement was 'defensive' and not directed against any country. "
            "He said there was 'no plan at present' to send additional Pakistani troops to the "
            "kingdom, but that the armed forces of the two countries would hold more joint "
            "exercises and exchange training teams. Asked whether other Arab states might take "
            "part, he said 'the door is not closed'.",
            "Military cooperation between the two countries is decades old. Pakistani soldiers "
            "have served in Saudi Arabia since the 1960s, and a bilateral protocol signed in "
            "1982 regulates the deployment of Pakistani military personnel and training in the "
            "kingdom. Pakistan's armed forces have trained thousands of Saudi officers, and a "
            "Pakistani contingent of about 1,600 troops was sent to the kingdom in 2018 on a "
            "training and advisory mission.",
            "The signing comes a week after an Israeli air strike on Hamas leaders in Doha, which "
            "alarmed Gulf governments, and four months after a brief military conflict between "
            "Pakistan and India in May. Indian foreign ministry spokesman Randhir Jaiswal said on "
            "Thursday that New Delhi would 'study the implications' of the pact for its security.",
            "Opposition leaders in Pakistan welcomed the agreement but asked the government to "
            "brief parliament on its terms, which have not been published. Senator Sherry Rehman "
            "said the country's new obligations 'must be debated in the house, not announced "
            "from a palace'.",
            "Saudi Arabia has long been Pakistan's most important financial backer. It keeps "
            "several billion dollars on deposit with the State Bank of Pakistan and supplies oil "
            "on deferred payment, and millions of Pakistanis work in the kingdom.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Pakistan", "Saudi Arabia", "Shehbaz Sharif", "Mohammed bin Salman"),
                (),
            ),
            # 'no plan at present' to send more troops; soldiers since the 1960s, the 1982 protocol and
            # the contingent of 2018
            Gold("military.presence", "negated", ("Pakistan",), ("Saudi Arabia",), core=False),
            Gold("military.presence", "historical", ("Pakistan",), ("Saudi Arabia",), core=False),
            Gold("agreement.signed", "historical", ("Pakistan", "Saudi Arabia"), (), core=False),
        ),
        not_participants=("Israel", "Qatar", "India", "Hamas"),
    ),
    Article(
        "w05-caribbean-wire-us-radar-tobago",
        date(2025, 11, 8),
        _p(
            "US military radar now operating at Tobago airport, government confirms",
            "PORT OF SPAIN, Trinidad, Nov 8, 2025 (CMC) - A radar system manned by United States "
            "military personnel has been installed at the ANR Robinson International Airport in "
            "Tobago, the Trinidad and Tobago government confirmed on Friday, in the clearest "
            "sign yet of the twin-island republic's alignment with Washington's military campaign "
            "in the southern Caribbean.",
            "In a statement, the Ministry of Foreign and CARICOM Affairs said the installation "
            "had been approved by the Cabinet at the request of the United States and that the "
            "equipment, which is operated by a small team of US Marines, would help the country "
            "detect drug trafficking, arms smuggling and illegal migration along its coasts. It "
            "said the system was being installed 'for a limited period' and that no US military "
            "base was being established.",
            "Prime Minister Kamla Persad-Bissessar, who has openly backed the US strikes on "
            "suspected drug-smuggling boats, told reporters that Trinidad and Tobago 'is not a "
            "launching pad for an attack on anybody'. 'We are protecting our own borders. Those "
            "who have a problem with that should ask themselves why the drugs and the guns keep "
            "landing on our shores,' she said.",
            "The radar was set up in the last days of October, weeks after the guided-missile "
            "destroyer USS Gravely docked in Port of Spain from October 26 to 30, while a unit "
            "of the 22nd Marine Expeditionary Unit carried out joint training with the Trinidad "
            "and Tobago Defence Force.",
            "Since August, Washington has deployed a flotilla of warships, F-35 fighter jets and "
            "some 10,000 troops to Puerto Rico and the waters of the southern Caribbean, and has "
            "carried out more than a dozen strikes on vessels it says were carrying drugs.",
            "Venezuela, whose coast lies barely eleven kilometres from Trinidad's south-western "
            "peninsula at the narrowest point, has reacted angrily. President Nicolas Maduro "
            "called the Gravely's visit a 'provocation', and Caracas suspended an energy "
            "cooperation agreement with Port of Spain in late October, putting in doubt the "
            "development of the cross-border Dragon gas field.",
            "In St George's, the government of Grenada said on Thursday that it was still "
            "assessing a separate US request to install radar equipment and technicians at "
            "Maurice Bishop International Airport and that 'no decision has been taken'. Prime "
            "Minister Dickon Mitchell said his administration would consult the opposition and "
            "CARICOM partners before answering.",
            "The Caribbean Community has been divided over the US campaign. Several heads of "
            "government, among them Barbados's Mia Mottley, have insisted that the region must "
            "remain 'a zone of peace', while Trinidad and Tobago and Guyana have welcomed the US "
            "presence. CARICOM foreign ministers are due to discuss the situation at a virtual "
            "meeting next week.",
            "Tobago House of Assembly Chief Secretary Farley Augustine said he had not been "
            "consulted about the installation and asked the central government for 'full "
            "disclosure' of its terms.",
        ),
        (
            Gold("military.presence", "occurred", (US,), ("Trinidad and Tobago",)),
            # 'no US military base was being established'; the Gravely's visit and the Marines'
            # training in October; the build-up since August; Grenada's 'no decision has been taken'
            Gold("military.presence", "negated", (US,), ("Trinidad and Tobago",), core=False),
            Gold(
                "military.presence",
                "historical",
                (US, "United States Navy"),
                ("Trinidad and Tobago",),
                core=False,
            ),
            Gold("military.presence", "historical", (US,), ("Puerto Rico",), core=False),
            Gold("military.presence", "stalled", (US,), ("Grenada",), core=False),
            # Caracas suspending an energy agreement is no event of the ten types
        ),
        not_participants=("Barbados", "Mia Mottley", "Guyana", "Caribbean Community"),
    ),
    Article(
        "w06-riga-cable-style-summary-baltic-entry-bans",
        date(2025, 11, 14),
        _p(
            "CABLE-STYLE SUMMARY | Baltic desk | compiled from public statements and press",
            "DATE: 14 NOV 2025",
            "SUBJECT: BALTICS: COORDINATED ENTRY BANS ON BELARUSIAN OFFICIALS OVER BALLOON "
            "INCURSIONS; LATVIA TO PROLONG FOOD IMPORT BAN",
            "1. SUMMARY: The three Baltic states have acted together against Minsk for the first "
            "time since the balloon incursions began. Entry bans on 27 Belarusian officials were "
            "announced on 12 November by the interior ministries of Estonia, Latvia and "
            "Lithuania, which published identical lists. Riga separately intends to prolong its "
            "national ban on Russian and Belarusian food imports by eighteen months. END "
            "SUMMARY.",
            "2. THE BANS. Those listed include the deputy chairman of the Belarusian State "
            "Border Committee, the commanders of the Hrodna and Lida border detachments, and "
            "eleven officers of the KGB's regional directorates. The three ministries say they "
            "are responsible for, or tolerate, the launching of smuggling balloons that forced "
            "Vilnius airport to close six times in October and led Lithuania to shut its land "
            "border with Belarus for most of that month. The bans are valid for five years and "
            "apply across the Schengen area through the SIS.",
            "3. WARNING. Latvian Foreign Minister Baiba Braze told journalists that the list 'is "
            "not final'. She warned that Riga and its neighbours would add names, and would "
            "press for EU-wide measures against Belarusian border officials, if the balloon "
            "flights did not stop by the end of the year. Estonian Interior Minister Igor Taro "
            "said the three states had 'more names ready'.",
            "4. FOOD IMPORT BAN. On 11 November the Latvian cabinet approved amendments to the "
            "Law on the Handling of Food Circulation under which the ban on imports of "
            "agricultural products and feed from Russia and Belarus, introduced in February 2024 "
            "and due to expire on 30 June 2026, will be extended until 31 December 2027. The "
            "Saeima is expected to adopt the amendments in December; no faction has announced "
            "opposition. Agriculture Ministry officials say imports from the two countries have "
            "fallen by more than 90 percent since the ban took effect.",
            "5. NO EASING ON TRANSIT. Asked whether Latvia might ease its restrictions on "
            "Belarusian freight in response to Minsk's release of prisoners in September, Braze "
            "said Riga 'is not considering any easing of sanctions while the hybrid attacks "
            "continue'. Latvian ports have handled no Belarusian potash since Lithuania banned "
            "the transit of Belaruskali fertiliser in February 2022.",
            "6. REACTION. The Belarusian foreign ministry called the bans 'a hostile act' and "
            "summoned the Latvian charge d'affaires in Minsk. State television accused the "
            "Baltic governments of 'inventing balloons to justify militarisation'.",
            "7. COMMENT: Coordinated national measures are a Baltic habit when Brussels moves too "
            "slowly; the 2023 joint entry ban on Russian cars followed the same pattern. The "
            "threat to seek EU-wide listings is the more significant signal: it would test "
            "whether Budapest and Bratislava, which have blocked Belarus-related proposals "
            "before, are ready to object again. END COMMENT.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("Estonia", "Latvia", "Lithuania"),
                ("Belarus",),
            ),
            # 'would add names ... if the balloon flights did not stop'
            Gold(
                "sanctions.threatened",
                "occurred",
                ("Latvia", "Baiba Braže", "Estonia", "Lithuania"),
                ("Belarus",),
            ),
            # the food import ban 'will be extended until 31 December 2027'
            Gold("sanctions.extended", "planned", ("Latvia",), ("Russia", "Belarus")),
            # the ban of February 2024; the transit ban of 2022; 'not considering any easing'
            Gold("sanctions.imposed", "historical", ("Latvia",), ("Russia", "Belarus"), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Lithuania",),
                ("Belaruskali", "Belarus"),
                core=False,
            ),
            Gold("sanctions.lifted", "negated", ("Latvia",), ("Belarus",), core=False),
            # the comment's 'the 2023 joint entry ban on Russian cars'
            Gold(
                "sanctions.imposed",
                "historical",
                ("Estonia", "Latvia", "Lithuania"),
                ("Russia",),
                core=False,
            ),
        ),
        not_participants=("Hungary", "Slovakia"),
    ),
    Article(
        "w07-westminster-legislative-tracker-sanctions-sis",
        date(2025, 9, 19),
        _p(
            "WESTMINSTER TRACKER: SANCTIONS, TRADE AND TREATIES",
            "Week ending Friday 19/09/2025 | Parliamentary monitoring service",
            "This week the Government laid two sanctions instruments, one tightening the Russia "
            "regime and one dismantling most of what is left of the Syria regime. Both follow the "
            "negative procedure and will become law unless either House annuls them. Items are "
            "listed by date laid.",
            "THE RUSSIA (SANCTIONS) (EU EXIT) (AMENDMENT) (NO. 4) REGULATIONS 2025",
            "Laid: 15.09.2025. Comes into force: 6 October 2025. Department: Foreign, "
            "Commonwealth and Development Office. What it does: from 6 October, UK persons will "
            "be banned from providing shipping, insurance and brokering services for Russian "
            "liquefied natural gas, and the import of Russian-origin refined products processed "
            "in third countries will be prohibited. The instrument also widens the designation "
            "criteria to cover those who operate or crew shadow-fleet tankers. Status: no motion "
            "to annul tabled; the Secondary Legislation Scrutiny Committee considers it on 30 "
            "September.",
            "THE SYRIA (SANCTIONS) (EU EXIT) (AMENDMENT) REGULATIONS 2025",
            "Laid: 17.09.2025. Comes into force: 8 October 2025. What it does: revokes the trade "
            "restrictions on Syrian crude oil and petroleum products, on the supply of "
            "equipment for the energy sector and on the provision of financial services to the "
            "Syrian state, which will be lifted on the day the instrument takes effect. Asset "
            "freezes on 317 individuals and entities linked to the Assad regime, and the "
            "chemical weapons designations, remain. The Central Bank of Syria and 23 other "
            "entities were already unfrozen in March. Status: laid; Minister for the Middle East "
            "Hamish Falconer will open a debate in Westminster Hall on 24 September.",
            "MAGNITSKY-STYLE SANCTIONS (HONG KONG OFFICIALS) BILL [HL]",
            "Private Member's Bill. Introduced: 11 February 2025. Status: stalled. The bill, "
            "which would require ministers to consider designating officials responsible for "
            "the prosecution of pro-democracy activists, has not been given a date for second "
            "reading, and the Government has said it will not support it.",
            "TREATY BETWEEN THE UNITED KINGDOM AND THE FEDERAL REPUBLIC OF GERMANY ON "
            "FRIENDSHIP AND BILATERAL COOPERATION",
            "Signed in London on 17 July 2025 by the Prime Minister and Chancellor Friedrich "
            "Merz. Laid under the Constitutional Reform and Governance Act 2010: 8 September. "
            "The 21-sitting-day period ends on 9 October. What it does: commits the two "
            "governments to a mutual assistance clause, annual intergovernmental consultations "
            "and joint development of long-range strike weapons.",
            "DIEGO GARCIA MILITARY BASE AND BRITISH INDIAN OCEAN TERRITORY BILL",
            "Government bill. Status: Lords second reading 23 September. What it does: "
            "implements the treaty with Mauritius signed on 22 May 2025, under which the UK "
            "cedes sovereignty over the Chagos Archipelago and leases back Diego Garcia for 99 "
            "years. The joint UK-US military base on the island has operated since the 1970s.",
            "NEXT WEEK",
            "Monday: Foreign Affairs Committee evidence session on sanctions enforcement with "
            "the Office of Financial Sanctions Implementation. Wednesday: Westminster Hall debate "
            "on Syria. Thursday: Business and Trade Committee on export controls.",
        ),
        (
            Gold("sanctions.imposed", "planned", (UK, "Foreign, Commonwealth and Development Office"), ("Russia",)),
            Gold("sanctions.lifted", "planned", (UK,), ("Syria",)),
            # the unfreezing of March; the Hong Kong bill stalled; the Kensington treaty of July
            Gold(
                "sanctions.lifted",
                "historical",
                (UK,),
                ("Central Bank of Syria", "Syria"),
                core=False,
            ),
            Gold("sanctions.imposed", "stalled", (UK,), ("Hong Kong", "China"), core=False),
            Gold("agreement.signed", "historical", (UK, "Germany", "Friedrich Merz"), (), core=False),
            # the Chagos treaty of May; the base on Diego Garcia since the 1970s
            Gold("agreement.signed", "historical", (UK, "Mauritius"), (), core=False),
            Gold(
                "military.presence",
                "historical",
                (UK, US),
                ("Diego Garcia", "Mauritius"),
                core=False,
            ),
        ),
    ),
    Article(
        "w08-long-read-congo-wazalendo-integration-decree",
        date(2025, 11, 22),
        _p(
            "In the Hills Above Uvira, the Wazalendo Wait to Become Soldiers",
            "For three years Kinshasa has leaned on a patchwork of local militias to hold back "
            "the M23. Now it wants to turn them into an army. Our correspondent spent a week "
            "with one of their units.",
            "UVIRA, South Kivu - The boy at the roadblock cannot be older than sixteen. He wears "
            "flip-flops, a Real Madrid shirt and an assault rifle that is almost as tall as he "
            "is. Behind him, a dozen men in mismatched fatigues sit on sacks of cassava, waiting "
            "for a commander who is three hours late.",
            "They call themselves Wazalendo, 'patriots' in Swahili. Nobody knows how many of them "
            "there are: the army's own estimates range from 20,000 to more than 60,000, spread "
            "across dozens of groups with names like the Twirwaneho, the Mai-Mai Yakutumba and "
            "the Nyatura. Some have fought the Rwandan-backed M23 since 2022; others spent the "
            "two decades before that fighting one another, and extorting the farmers they now "
            "claim to protect.",
            "'We are the ones who stayed when the soldiers ran,' says Espoir Bahati, 34, a former "
            "mechanic who commands about 300 fighters in the hills above Uvira. He is not paid. "
            "His men eat what the villages give them, and sometimes what the villages do not.",
            "The fall of Goma in January and of Bukavu in February turned the Wazalendo from "
            "auxiliaries into the main line of defence in much of South Kivu. It also made them "
            "a problem. Human rights groups accuse several groups of killings and rapes, and "
            "clashes between Wazalendo and army units over checkpoints and taxes have become "
            "frequent.",
            "That is the background to the decree President Felix Tshisekedi signed on Thursday. "
            "Under its terms, the Wazalendo groups are dissolved as independent formations and "
            "placed under the command of the Armed Forces of the Democratic Republic of the Congo "
            "(FARDC); fighters who pass a vetting process will be integrated into the army's "
            "reserve and, after six months' training, into regular units. The decree takes effect "
            "on the day of its signature. 'There will be one army in this country, and one "
            "only,' the defence minister, Guy Kabombo Muadiamvita, said on state television.",
            "On paper, the Congolese army has done this before, with mixed results. Under the "
            "peace deal of March 2009, thousands of fighters of the CNDP rebel movement were "
            "integrated into the army in a matter of weeks, without vetting; many of their "
            "officers later mutinied and founded the M23.",
            "The M23 itself is not covered. Under the framework agreement the government and "
            "the AFC/M23 signed in Doha on November 15, the fate of its fighters is left to later "
            "negotiations, and Kinshasa has ruled out integrating the movement into the army 'as "
            "an entity'. The Washington accord signed by the Congolese and Rwandan foreign "
            "ministers in June has done little to change the situation on the ground.",
            "Back at the roadblock, the commander finally arrives on a motorbike. Bahati says he "
            "has heard about the decree on the radio. Will his men register? He shrugs. 'If they "
            "pay us and give us boots, we will be soldiers. If not, we will still be here.'",
            "Burundi, whose troops have been deployed in South Kivu since 2023 under a bilateral "
            "agreement, is watching closely: its soldiers fight alongside several Wazalendo "
            "groups, and officials in Bujumbura fear that a botched integration would leave them "
            "exposed.",
        ),
        (
            Gold(
                "forces.integrated",
                "occurred",
                (DRC, "Félix Tshisekedi"),
                ("Wazalendo",),
            ),
            # the CNDP of 2009; the M23 'ruled out' as an entity; Doha (a week back) and Washington
            Gold("forces.integrated", "historical", (DRC,), ("National Congress for the Defence of the People",), core=False),
            Gold("forces.integrated", "negated", (DRC,), ("March 23 Movement",), core=False),
            Gold("agreement.signed", "historical", (DRC, "March 23 Movement"), (), core=False),
            Gold("agreement.signed", "historical", (DRC, "Rwanda"), (), core=False),
            Gold("military.presence", "historical", ("Burundi",), (DRC,), core=False),
        ),
        not_participants=("Real Madrid",),
    ),
    Article(
        "w09-fact-check-switzerland-austria-not-nato-sky-shield",
        date(2023, 7, 10),
        _p(
            "FACT CHECK: Switzerland and Austria Have Not Joined NATO",
            "Claim: 'Neutral Switzerland and Austria joined NATO on Friday.' Verdict: FALSE",
            "By the Verification Desk | Published 10 July 2023",
            "Posts shared thousands of times on Facebook, Telegram and X since the weekend claim "
            "that Switzerland and Austria 'abandoned neutrality' and 'joined NATO on Friday'. "
            "Some show a photograph of two women and a man in suits holding up signed documents "
            "in front of Swiss, Austrian and German flags.",
            "The claim is false. Neither country has joined the North Atlantic alliance, "
            "applied for membership or announced any intention to do so.",
            "WHAT HAPPENED",
            "The photograph is genuine. It was taken in Bern on Friday, 7 July, when the Swiss "
            "defence minister, Viola Amherd, and her Austrian counterpart, Klaudia Tanner, signed "
            "a declaration of intent on their countries' participation in the European Sky "
            "Shield Initiative (ESSI), in the presence of Germany's defence minister, Boris "
            "Pistorius. With their signatures, the two neutral states joined the initiative, "
            "which now counts nineteen European countries.",
            "ESSI, launched by Germany in October 2022, is a framework for the joint procurement "
            "and operation of air and missile defence systems, such as the German IRIS-T, the "
            "US Patriot and the Israeli Arrow 3. It is not part of NATO's command structure, "
            "although most of its members belong to the alliance.",
            "The declaration contains an explicit neutrality clause. Both countries reserve "
            "the right not to take part in any international military conflict, and they "
            "decide for themselves on any cooperation. 'Our neutrality is not in question,' "
            "Amherd told journalists in Bern. Tanner said the initiative was about 'protecting "
            "our airspace, not about joining an alliance'.",
            "WHY THE CONFUSION?",
            "Switzerland and Austria have both been partners of NATO since the mid-1990s, when "
            "they joined its Partnership for Peace programme, which allows training and "
            "exercises with the alliance without any defence commitment. That cooperation is "
            "often misreported as membership.",
            "The posts also circulated in a week of intense attention to NATO enlargement. "
            "Finland became the alliance's 31st member in April, while Sweden's application, "
            "submitted in May last year, still awaits ratification by Turkey and Hungary, two "
            "days before the alliance's summit in Vilnius.",
            "WHAT THE GOVERNMENTS SAY",
            "The Swiss Federal Department of Defence told us that 'a NATO membership is not on "
            "the agenda of the Federal Council'. The Austrian defence ministry said the country's "
            "permanent neutrality, enshrined in its constitution since 1955, remained unchanged.",
            "OUR RULING",
            "False. On 7 July Switzerland and Austria signed up to a European air-defence "
            "procurement initiative led by Germany. They did not join NATO.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Switzerland", "Austria"), (ESSI,)),
            # the declaration of intent itself: correct to report, not required
            Gold(
                "agreement.signed",
                "occurred",
                ("Switzerland", "Austria", "Viola Amherd", "Klaudia Tanner"),
                (ESSI,),
                core=False,
            ),
            # the viral claim denied; Partnership for Peace in the 1990s; Finland in April; Sweden's
            # application still waiting
            Gold("alliance.joined", "negated", ("Switzerland", "Austria"), ("NATO",), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Switzerland", "Austria"),
                ("Partnership for Peace",),
                core=False,
            ),
            Gold("alliance.joined", "historical", ("Finland",), ("NATO",), core=False),
            Gold("alliance.joined", "stalled", ("Sweden",), ("NATO",), core=False),
        ),
        not_participants=("Germany", "Boris Pistorius", "Israel", "Turkey", "Hungary"),
    ),
    Article(
        "w10-nm-letter-to-shareholders-dry-bulk-owner",
        date(2025, 3, 28),
        _p(
            "Letter to Shareholders",
            "From the Annual Report 2024 of Nordfjord Bulk ASA",
            "Dear Shareholders,",
            "2024 was a year in which our fleet sailed longer routes, earned higher rates and "
            "burned less fuel per tonne-mile than ever before. Revenue rose 18 percent to $412 "
            "million and net profit to $96 million, and the Board proposes a dividend of $1.10 "
            "per share, restoring the quarterly payout we suspended during the downturn of 2023.",
            "The diversion of traffic away from the Red Sea lengthened voyages between the "
            "Atlantic and Asia and tightened the supply of ships. We chose not to transit the "
            "Bab el-Mandeb after January, and none of our crews came to harm. I want to thank "
            "our seafarers, who spent more days at sea this year than in any year of our "
            "history.",
            "We took delivery of four ammonia-ready Kamsarmax vessels from our partner yard in "
            "Nantong and deployed them on long-term charters with two European utilities. In "
            "June we signed a pooling agreement with Aurora Shipping of Singapore, which will "
            "bring our combined fleet to 61 ships from the third quarter, and in September we "
            "joined the Getting to Zero Coalition, an industry alliance committed to "
            "commercially viable zero-emission vessels by 2030.",
            "Compliance is a condition of doing business, not a cost of it. Our sanctions "
            "screening covers every charterer, cargo, receiver and port call, and in 2024 we "
            "declined 37 fixtures that did not meet our standards, most of them because the "
            "ownership of the cargo could not be established. We extended our compliance team "
            "to Singapore and Houston, and our new trade-controls policy was adopted by the "
            "Board in November. The Board's audit committee reviews every exception.",
            "Our balance sheet has never been stronger. We repaid $140 million of bank debt, "
            "refinanced our remaining loans at lower margins, and extended our share buyback "
            "programme by twelve months. Net debt now stands at 28 percent of the market value "
            "of our fleet.",
            "The outlook for 2025 is less certain. New tariffs and port fees may redraw trade "
            "routes, and demand for coal in China is falling faster than we expected. But "
            "grain, bauxite and iron ore volumes remain firm, and our order book is the "
            "smallest in the industry in relation to fleet size. We will keep our discipline.",
            "After eleven years as chair, Ingrid Solheim will step down at the Annual General "
            "Meeting in May. The Nomination Committee has proposed Dr Lars Eikrem, former chief "
            "executive of a Bergen ship finance bank, to succeed her. I would like to thank "
            "Ingrid for her leadership through three cycles.",
            "Thank you for your continued trust.",
            "Henrik Aas, Chief Executive Officer. Oslo, 27 March 2025",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "w11-nm-abidjan-cocoa-trader-note",
        date(2024, 10, 3),
        _p(
            "COCOA DESK | MORNING NOTE | Thursday, October 3, 2024",
            "West Africa main crop opens; Abidjan regulator suspends five exporters",
            "PRICES: London March cocoa settled at 4,912 pounds a tonne, up 3.1%; New York "
            "December at $7,288, up 2.6%. The spread between the two markets widened again as "
            "sterling weakened.",
            "COTE D'IVOIRE: The Conseil du Cafe-Cacao (CCC) opened the 2024/25 main crop on "
            "Tuesday with a farmgate price of 1,800 CFA francs a kilo, up from 1,500 in the "
            "mid-crop. Arrivals at the ports of Abidjan and San Pedro are running at 41,000 "
            "tonnes since October 1 against 62,000 a year ago, according to exporters' "
            "estimates, as rains delayed the drying of beans in the west.",
            "REGULATOR: The CCC has sanctioned five local exporters for failing to deliver "
            "beans sold forward for the 2023/24 season, suspending their export licences for "
            "the whole main crop. Two other houses, whose suspension was lifted on Monday after "
            "they delivered the missing tonnage, are back in the market. The regulator said it "
            "would publish the names of defaulting exporters from now on. Traders read the "
            "move as a warning to small houses that sold more than they could source when "
            "prices were lower.",
            "GHANA: COCOBOD has still not signed its annual syndicated loan agreement with "
            "international banks, the first time in three decades it has tried to finance the "
            "crop without one. It is instead paying farmers through short-term notes and "
            "forward sales to traders who pre-finance purchases. Smuggling into Togo and Cote "
            "d'Ivoire, where prices are higher, remains the main risk to its deliveries.",
            "NIGERIA AND CAMEROON: Both are selling freely at premiums over London. Cameroon's "
            "regulator has joined Abidjan in warning exporters against contracting beyond "
            "their means.",
            "EUROPE: The European Commission proposed on Wednesday to delay by twelve months "
            "the application of the EU deforestation regulation, which would have required "
            "importers of cocoa, coffee and other commodities to prove from December 30 that "
            "their goods were not grown on recently cleared land. The proposal needs the "
            "approval of Parliament and member states. Grinders welcomed it; several NGOs said "
            "it rewarded those who had not prepared.",
            "DEMAND: Third-quarter grind data are due from October 10. We expect Europe down 3-5% "
            "year on year and Asia flat, as chocolate makers pass on record bean costs and "
            "consumers switch to cheaper products.",
            "POSITIONING: Funds restored part of their net long position last week, adding about "
            "6,000 lots in New York. Open interest remains near a 15-year low, which leaves the "
            "market prone to sharp moves.",
            "VIEW: We stay neutral. A slow start to arrivals supports nearby spreads, but "
            "better weather in the east and a firmer pound cap the upside for now.",
            "This note is for professional clients only and is not investment advice.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "w12-nm-oceania-tuna-commission-iuu-list",
        date(2024, 12, 9),
        _p(
            "Tuna commission adds three vessels to illegal fishing blacklist",
            "Pacific | Fisheries | Suva, Monday 9 December 2024",
            "The Western and Central Pacific Fisheries Commission (WCPFC) ended its annual "
            "session in Suva on Saturday by adding three longliners to its list of vessels "
            "engaged in illegal, unreported and unregulated (IUU) fishing, after a week of "
            "talks that delegates described as among the most difficult in years.",
            "Vessels on the list are barred from landing or transhipping their catch in the "
            "ports of the commission's 26 members and cannot be chartered, supplied or "
            "reflagged. Two of the newly listed longliners were caught fishing without a licence "
            "in the exclusive economic zone of Kiribati in March; the third turned off its "
            "tracking system for more than forty days while fishing near the high-seas pocket "
            "between Fiji and Tuvalu.",
            "Kiribati's fisheries ministry said it had also suspended the licences of the two "
            "vessels' operators for all its waters, and that the suspension would only be "
            "lifted once fines totalling $1.2 million were paid.",
            "Delegates agreed after long negotiations to extend the commission's conservation "
            "measure for tropical tunas for another three years, with small increases in the "
            "longline catch limits for bigeye. A proposal by Pacific island members to require "
            "independent observers on all longliners by 2028 was deferred to next year, after "
            "distant-water fishing nations said it was not yet practical.",
            "The Forum Fisheries Agency, which represents 17 Pacific island members, said its "
            "members had 'signed up to stronger monitoring' of transhipment at sea and would "
            "deploy electronic monitoring cameras on 200 more vessels by 2026. The Parties to "
            "the Nauru Agreement, which control most of the purse-seine catch in the region, "
            "set the price of a fishing day for 2025 at a minimum of $12,000.",
            "Environmental groups were disappointed. 'The commission sanctioned three small "
            "boats and postponed the one measure that would have shown us what the big ones are "
            "doing,' said a campaigner with a Pacific conservation group.",
            "A Solomon Islands company, National Fisheries Developments, said it had signed a "
            "ten-year supply agreement with a Japanese trading house for its pole-and-line "
            "skipjack, and would restore the second shift at its Noro cannery from February. "
            "The company also said it had joined an international certification scheme for "
            "responsibly caught tuna.",
            "Tuna is the Pacific islands' most valuable natural resource. Licence fees paid by "
            "foreign fleets account for more than half of government revenue in Kiribati, "
            "Tuvalu, Nauru and Tokelau.",
            "The commission's next annual session will be held in the Philippines in December "
            "2025.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "w01-daily-briefing-email-five-items": (
        "the names dropped are told as 'the removal of four names from the list' and 'Among those "
        "taken off' (a bare 'list' is no blacklist noun, 'taken off' no lifting form); the threat as "
        "'could have their US visas revoked' beside 'a visa ban' (no sanctions noun: only 'travel "
        "ban' is one); the licence as 'extended until 28 June the general licence' (a general "
        "licence is a suspension only after 'issue'/'grant', and it is no waiver noun)"
    ),
    "w05-caribbean-wire-us-radar-tobago": (
        "the presence is told as 'A radar system manned by United States military personnel has "
        "been installed at ...' and 'operated by a small team of US Marines': 'installed', "
        "'manned' and 'operated by' are no presence verbs"
    ),
    "w06-riga-cable-style-summary-baltic-entry-bans": (
        "'Entry bans on 27 Belarusian officials were announced ... by the interior ministries of "
        "Estonia, Latvia and Lithuania' ('entry ban' is no sanctions noun; the generic 'announced' "
        "has no passive form); 'would add names, and would press for EU-wide measures ... if' "
        "('measures' alone is no sanctions noun); 'the ban on imports ..., introduced in February "
        "2024 and due to expire on 30 June 2026, will be extended' (a ban is no sanctions noun, the "
        "import-ban imposition takes the sentence)"
    ),
    "w07-westminster-legislative-tracker-sanctions-sis": (
        "the Russia instrument is told as 'UK persons will be banned from providing shipping, "
        "insurance and brokering services for Russian liquefied natural gas, and the import of "
        "Russian-origin refined products ... will be prohibited' and 'tightening the Russia "
        "regime': no sanctions form, and 'regime' alone is no sanctions noun"
    ),
    "w08-long-read-congo-wazalendo-integration-decree": (
        "'fighters who pass a vetting process will be integrated into the army's reserve': a "
        "passive with a common-noun subject gets no party (Tshisekedi and the Wazalendo are not in "
        "the knowledge base, and the Congo is named only inside the army's name)"
    ),
}


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


DEC = date(2025, 12, 5)


def test_entry_bans_on_officials_are_sanctions() -> None:
    rows = alert_rows("Lithuania imposed entry bans on 27 Belarusian officials on Thursday.", DEC)
    assert [(r[0], r[1], r[2]) for r in rows] == [("sanctions.imposed", "occurred", ["Lithuania"])], rows


def test_a_general_licence_extended_is_a_suspension() -> None:
    text = "The US Treasury extended the general licence that allows Japanese firms to buy oil from Sakhalin-2."
    rows = alert_rows(text, DEC)
    assert [(r[0], r[1]) for r in rows] == [("sanctions.suspended", "occurred")], rows


def test_once_as_soon_as_is_no_past() -> None:
    rows = alert_rows("Officials said Bahrain and Qatar would exchange ambassadors once procedures were completed.", DEC)
    assert [(r[0], r[1]) for r in rows] == [("relations.restored", "planned")], rows
    assert alert_rows("The US once imposed sanctions on Libya.", DEC) == []


def test_the_targets_rejection_is_a_reaction() -> None:
    rows = alert_rows("Iran rejects new EU sanctions on its drone makers", DEC)
    assert rows == [("sanctions.imposed", "occurred", ["European Union"], ["Iran"])], rows
    assert alert_rows("Hungary rejected new EU sanctions on Russia.", DEC) == []


def test_heldout20_set_shape() -> None:
    """Twelve articles of 300-700 words, three near misses, nine with core alertable events of
    all ten types, and every status annotated somewhere."""
    check_set_shape(ARTICLES, size=(12, 12), near_misses=(3, 3), core_articles=9, core_types=10)


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-20 English events"))
