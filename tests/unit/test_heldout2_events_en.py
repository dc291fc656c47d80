"""Second English held-out event set: seventeen full-length articles written for this test, in
styles and on topics the first held-out set (``test_heldout_events_en``) does not have: CNN and
Daily Mail 2010-2016 (bylines, "PUBLISHED: … | UPDATED: …" furniture, bullet summaries on top,
long quotes), Reuters and AP 2017-2020 (CAATSA and the S-400, Sudan's delisting, Venezuela's
oil company, North Korea at the UN, the exit from the Iran deal, the Abraham Accords, Qatar and
OPEC, the Hanoi summit), and 2025 aggregator copy (Anadolu, Xinhua, MENAFN, Gulf News) with
lists of many targets, figures and paragraphs of background.

Ten articles carry one to four events each, across types and statuses; seven are near misses
(a football transfer embargo, a sports federation's suspension, a summit that collapsed, a
country leaving an organisation, an airline alliance, an aircraft sale after sanctions relief,
a ministerial communique welcoming an older decision).

The set was written and annotated before any fix was made, and measured then: P 0.917, R 0.786,
F1 0.846 (recall 11/14, 11 of 12 alerts right; missed: relations established by the Abraham
Accords, Beijing's "countermeasures", brigades merged into a "unified force"; one business deal
of "Saudi Arabia's Riyadh Air" taken for a state agreement). That is the honest unseen figure;
the figure after the fixes is flattering. Do not tune the analyzer on these articles: they stand
for the unseen ones.

The scoring is that of ``rasd eval`` and is imported from ``test_heldout_events_en``. Run
``python -m tests.unit.test_heldout2_events_en`` for the figures and every article's misses and
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
from tests.unit.heldout_support_en import event_rows as _events
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "n01-reuters-caatsa-turkey", date(2020, 12, 14),
        _p(
            "U.S. sanctions NATO ally Turkey over purchase of Russian missile defense system",
            "By Daniel Whitcombe and Selin Arkan",
            "WASHINGTON/ANKARA (Reuters) - The United States on Monday imposed sanctions on Turkey's "
            "military procurement agency over Ankara's acquisition of Russian S-400 air defense systems, a "
            "move likely to further strain ties between the two NATO allies weeks before President-elect "
            "Joe Biden takes office.",
            "The measures, announced by the State Department under the Countering America's Adversaries "
            "Through Sanctions Act (CAATSA), target the Presidency of Defense Industries (SSB), its head "
            "Ismail Demir and three other senior employees. They include a ban on all U.S. export licenses "
            "and authorizations for the agency, as well as asset freezes and visa restrictions on the four "
            "men.",
            "\"The United States made clear to Turkey at the highest levels and on numerous occasions that "
            "its purchase of the S-400 system would endanger the security of U.S. military technology and "
            "personnel,\" Secretary of State Mike Pompeo said in a statement. He urged Ankara to work with "
            "Washington to resolve the problem without delay.",
            "It is the first time the 2017 law, which was designed to punish countries doing significant "
            "business with Russia's defense and intelligence sectors, has been used against a member of the "
            "Western military alliance.",
            "Turkey condemned the decision and said it would retaliate in a manner and at a time it deemed "
            "appropriate. The foreign ministry in Ankara called on Washington to reverse what it called an "
            "unjust mistake as soon as possible, and said the step would inevitably harm relations.",
            "Demir, writing on Twitter, said no decision taken abroad would hold back Turkey's defense "
            "industry. \"Whatever the decision against our presidency, it will not change our resolve,\" "
            "he wrote.",
            "Turkey took delivery of the first S-400 batteries in July 2019. Washington responded by "
            "removing Ankara from the F-35 stealth fighter program, in which Turkish firms built parts for "
            "the jet, but President Donald Trump resisted calls from lawmakers of both parties to go "
            "further.",
            "U.S. officials had warned for more than a year that the purchase could trigger sanctions, and "
            "the pressure grew after Turkey test-fired the system in October near the Black Sea city of "
            "Sinop.",
            "Two sources familiar with the matter said the measures had been ready for months but were "
            "held back as Trump sought to protect his relationship with President Tayyip Erdogan. A defense "
            "bill passed by Congress last week would have forced the administration to act within 30 days.",
            "The lira weakened as much as 1.7% against the dollar after the announcement before recovering "
            "some of its losses. The currency has lost about a quarter of its value this year.",
            "Erdogan, speaking to reporters last week, brushed aside the prospect of penalties. \"What kind "
            "of alliance is this?\" he said, adding that Turkey would not step back from its purchase.",
            "Russian Foreign Minister Sergei Lavrov said the U.S. move showed arrogant disregard for "
            "international law, and the Kremlin said it would keep cooperating with Ankara on arms.",
            "(Reporting by Daniel Whitcombe in Washington and Selin Arkan in Ankara; Editing by Mark Hollis)",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States", "United States Department of State",
                                                   "Mike Pompeo"), ("Turkey",)),
            Gold("sanctions.threatened", "historical", ("United States",), ("Turkey",), core=False),
        ),
    ),
    Article(
        "n02-ap-sudan-delisting", date(2020, 12, 14),
        _p(
            "US removes Sudan from list of state sponsors of terrorism",
            "By CAROL HENNESSY and OMAR FAWZY Associated Press",
            "WASHINGTON (AP) \u2014 The Trump administration on Monday formally removed Sudan from the U.S. "
            "list of state sponsors of terrorism, ending nearly three decades in which the designation cut "
            "the African nation off from international lending and most foreign investment.",
            "The U.S. Embassy in Khartoum said in a post on Facebook that the 45-day period during which "
            "Congress could object had expired, and that Secretary of State Mike Pompeo had signed a notice "
            "rescinding the designation, which takes effect on its publication in the Federal Register.",
            "Prime Minister Abdalla Hamdok welcomed the step, saying his country was returning to the "
            "international community \"with all its history and its people\" after being held hostage for "
            "years by the crimes of the former regime.",
            "The removal was part of a package agreed in October, under which Sudan paid $335 million in "
            "compensation to American victims of the 1998 bombings of the U.S. embassies in Kenya and "
            "Tanzania and of the 2000 attack on the USS Cole off Yemen. The attacks were carried out by "
            "al-Qaida while its leader, Osama bin Laden, had been living in Sudan. Khartoum moved the money "
            "into an escrow account last month.",
            "Sudan was put on the list in 1993 over accusations that the government of Omar al-Bashir was "
            "sheltering militant groups. The designation stayed in place even after Washington lifted a "
            "20-year trade embargo on the country in 2017, and Sudanese officials have long said it blocked "
            "debt relief and scared off banks.",
            "Days after the package was announced, Sudan agreed to take steps toward normalizing relations "
            "with Israel, becoming the third Arab country to do so this year after the United Arab Emirates "
            "and Bahrain. Officials in Khartoum have insisted the two decisions were not linked, though few "
            "observers believe that.",
            "A U.S. official said Sudan is expected to sign the Abraham Accords declaration in the coming "
            "weeks. The country's transitional legislature, which would have to approve any formal peace "
            "treaty with Israel, has yet to be formed.",
            "Still unresolved is legislation in Congress to restore Sudan's immunity from most lawsuits in "
            "American courts. Without it, the government in Khartoum could be exposed to new claims from "
            "families of victims of the Sept. 11, 2001, attacks, which it denies any role in.",
            "Sudan's economy is in deep crisis. Annual inflation has climbed above 250%, the Sudanese pound "
            "has collapsed on the black market and long lines for bread and fuel are common in the capital.",
            "Al-Bashir was removed by the military in April 2019 after months of street protests. A joint "
            "civilian and military council has ruled the country since, under a power-sharing deal that is "
            "meant to lead to elections in 2022.",
            "\"This is the beginning, not the end,\" said a Khartoum economist. \"Investors will wait to see "
            "whether the transition holds before they come.\"",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("United States", "United States Department of State",
                                                  "Mike Pompeo"), ("Sudan",)),
            Gold("agreement.signed", "planned", ("Sudan",), ("Israel", "United States")),
            Gold("sanctions.imposed", "historical", ("United States",), ("Sudan",), core=False),
            Gold("sanctions.lifted", "historical", ("United States",), ("Sudan",), core=False),
            Gold("relations.restored", "historical", ("Sudan",), ("Israel",), core=False),
        ),
    ),
    Article(
        "n03-reuters-pdvsa", date(2019, 1, 28),
        _p(
            "U.S. imposes sanctions on Venezuela's state oil company PDVSA",
            "By Andrea Lobo and Peter Harwell",
            "WASHINGTON (Reuters) - The United States on Monday imposed sweeping sanctions on Venezuelan "
            "state-owned oil company PDVSA, aiming to choke off President Nicolas Maduro's main source of "
            "income and raise pressure on him to step aside.",
            "Treasury Secretary Steven Mnuchin told reporters at the White House that the measures would "
            "block about $7 billion in PDVSA assets and result in an estimated $11 billion in lost export "
            "earnings over the next year.",
            "Mnuchin said the sanctions could be eased if control of the company passed to opposition leader "
            "Juan Guaido, whom the United States and more than 20 other countries recognized last week as "
            "Venezuela's interim president.",
            "Under the order, U.S. companies may keep buying Venezuelan crude, but payments must go into "
            "blocked accounts. Citgo, PDVSA's U.S. refining arm, can continue operating as long as its "
            "revenue does not flow back to Maduro's government.",
            "\"The path to relief for PDVSA is through the quick transfer of control to the interim "
            "president,\" Mnuchin said.",
            "Maduro, in a televised address, called the measures criminal and said he had ordered PDVSA to "
            "take legal action in U.S. and international courts to protect Citgo. \"They want to steal "
            "Citgo from us,\" he said.",
            "The United States is the largest cash customer for Venezuelan oil, taking around 500,000 "
            "barrels per day, and Venezuelan refiners depend on imports of U.S. diluents to blend their "
            "extra-heavy crude.",
            "Washington had already imposed financial sanctions in August 2017 that barred Venezuela and "
            "PDVSA from raising new debt in U.S. markets, and it has blacklisted dozens of Venezuelan "
            "officials, including Maduro himself, over rights abuses and corruption.",
            "U.S. crude futures rose more than 2 percent after the announcement. Analysts said Gulf Coast "
            "refiners that process heavy Venezuelan oil would have to look for supplies in Canada, Mexico "
            "and Iraq.",
            "Guaido, the 35-year-old head of the opposition-controlled National Assembly, said the "
            "legislature would name new boards for PDVSA and Citgo and would seek to take control of "
            "Venezuela's assets abroad.",
            "Russia, which has lent billions of dollars to Caracas, called the measures illegal "
            "interference in Venezuela's internal affairs. China said it opposed outside meddling.",
            "The European Union has given Maduro until Sunday to call a new presidential election, "
            "saying it would otherwise recognize Guaido.",
            "(Reporting by Andrea Lobo and Peter Harwell; Additional reporting by Luis Ferrer in Caracas; "
            "Editing by Ruth Clement)",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States", "United States Department of the Treasury",
                                                   "Steven Mnuchin"), ("Venezuela", "PDVSA")),
            Gold("sanctions.imposed", "historical", ("United States",), ("Venezuela", "PDVSA", "Nicolás Maduro"),
                 core=False),
        ),
    ),
    Article(
        "n04-dm-north-korea-un", date(2017, 8, 6),
        _p(
            "UN slaps toughest sanctions yet on North Korea as China and Russia back US-drafted resolution",
            "Security Council votes 15-0 to ban exports of coal, iron, lead and seafood\n"
            "Measures could cut Pyongyang's $3billion annual export income by a third\n"
            "Nikki Haley calls it 'the single largest economic sanctions package' against the regime\n"
            "North Korea warns the US will 'pay dearly' for its 'heinous' campaign",
            "By TOM LAWSON FOR MAILONLINE and ASSOCIATED PRESS",
            "PUBLISHED: 21:04 EST, 5 August 2017 | UPDATED: 07:38 EST, 6 August 2017",
            "The United Nations Security Council has unanimously approved tough new sanctions on North Korea "
            "that could slash the isolated nation's export earnings by a third, in response to its two tests "
            "of intercontinental ballistic missiles last month.",
            "The resolution, drafted by the United States and negotiated for weeks with China, bans exports "
            "of coal, iron, iron ore, lead and seafood. It also bars countries from increasing the number of "
            "North Korean labourers working abroad and prohibits new joint ventures with North Korean firms.",
            "US Ambassador Nikki Haley told the council after Saturday's vote that it was 'the single largest "
            "economic sanctions package ever levelled against the North Korean regime'.",
            "'This resolution is a strong and united step,' she said. 'But we should not fool ourselves into "
            "thinking we have solved the problem. Not even close. The threat of a nuclear-armed North Korea "
            "is growing more dangerous.'",
            "China's UN ambassador Liu Jieyi said Beijing wanted a peaceful solution and called for a freeze "
            "of North Korea's weapons tests in exchange for a halt to large-scale US and South Korean "
            "military drills.",
            "President Donald Trump welcomed the vote on Twitter, writing that it would have 'a very big "
            "financial impact' on the regime.",
            "Pyongyang reacted with fury. State media said the country would make the United States 'pay "
            "dearly' and would never put its nuclear programme on the negotiating table.",
            "The council first imposed sanctions on Pyongyang in 2006 after its first nuclear test, and has "
            "tightened them repeatedly since then without stopping the tests.",
            "Analysts say enforcement depends on China, which buys around 90 per cent of North Korea's "
            "exports. In February Beijing said it had halted coal imports from its neighbour for the rest of "
            "the year, but trade figures suggest iron ore shipments continued.",
            "Secretary of State Rex Tillerson, who arrived in Manila for a regional security meeting, said "
            "the best signal Pyongyang could send would be to stop its missile launches.",
            "Six-party talks on the North's nuclear programme, which involved the two Koreas, China, Japan, "
            "Russia and the US, collapsed in 2009 and have never resumed.",
            "Residents in the South Korean capital Seoul, just 35 miles from the border, appeared largely "
            "unmoved. 'We have lived with this for decades,' said one shopkeeper.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United Nations Security Council", "United Nations"),
                 ("North Korea",)),
            Gold("sanctions.imposed", "historical", ("United Nations Security Council",), ("North Korea",),
                 core=False),
        ),
    ),
    Article(
        "n05-ap-iran-deal-exit", date(2018, 5, 8),
        _p(
            "Trump pulls US out of Iran nuclear deal, reinstates sanctions",
            "WASHINGTON (AP) \u2014 President Donald Trump on Tuesday pulled the United States out of the "
            "landmark 2015 nuclear accord with Iran, declaring he was making the world safer but dealing a "
            "heavy blow to America's closest European allies, who had pleaded with him to stay in.",
            "At the White House, Trump signed a presidential memorandum reinstating U.S. sanctions on Iran "
            "that had been eased under the deal, and warned that any nation helping Tehran pursue nuclear "
            "weapons could also be \"strongly sanctioned.\"",
            "\"The Iran deal is defective at its core,\" Trump said. \"If we do nothing, we know exactly what "
            "will happen.\"",
            "The Treasury Department said the sanctions would come back into force after wind-down periods "
            "of 90 and 180 days, giving companies that had signed contracts with Iran time to unwind them. "
            "Among the measures returning are penalties on Iran's oil exports, its central bank and its "
            "purchases of U.S. dollars, gold and precious metals.",
            "National security adviser John Bolton told reporters that no new contracts with Iranian "
            "entities would be allowed from now on.",
            "The leaders of Britain, France and Germany said in a joint statement that they regretted the "
            "decision and remained committed to the agreement, which they said was working. EU foreign "
            "policy chief Federica Mogherini said the bloc was \"determined to preserve\" it.",
            "Iranian President Hassan Rouhani said in a televised speech that Iran would stay in the deal "
            "for now and would talk to the other signatories, but that he had told the country's atomic "
            "energy organization to be ready to resume enrichment \"without limits\" if those talks failed.",
            "The accord, negotiated under President Barack Obama, lifted most international sanctions on "
            "Iran in January 2016 in exchange for strict limits on its nuclear program, verified by UN "
            "inspectors.",
            "Israeli Prime Minister Benjamin Netanyahu, a fierce critic of the agreement, praised Trump's "
            "\"bold decision,\" as did Saudi Arabia.",
            "Oil prices swung sharply. Iran exports about 2.5 million barrels a day, and traders said "
            "buyers in Asia and Europe would need time to find out how far the U.S. measures would reach.",
            "Aircraft makers could be among the first casualties. Boeing and Airbus had agreed to sell "
            "dozens of passenger jets to Iranian airlines under licenses granted after the deal took effect. "
            "Treasury Secretary Steven Mnuchin said those licenses would be revoked.",
            "Democrats criticized the move. Former Secretary of State John Kerry, who negotiated the deal, "
            "said it weakened America's word and left no alternative to stop Iran.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States", "Donald Trump"), ("Iran",)),
            Gold("sanctions.imposed", "planned", ("United States Department of the Treasury", "United States"),
                 ("Iran",), core=False),
            Gold("sanctions.lifted", "historical", (), ("Iran",), core=False),
        ),
    ),
    Article(
        "n06-reuters-abraham-accords", date(2020, 9, 15),
        _p(
            "UAE, Bahrain sign deals with Israel at White House ceremony",
            "By Jonathan Reese and Nadia Karam",
            "WASHINGTON (Reuters) - The United Arab Emirates and Bahrain signed agreements with Israel on "
            "Tuesday to establish full diplomatic relations, becoming the first Arab states in a quarter of "
            "a century to break a long-standing taboo, in a shift that aligns them more openly against Iran.",
            "Israeli Prime Minister Benjamin Netanyahu, UAE Foreign Minister Sheikh Abdullah bin Zayed "
            "al-Nahyan and Bahraini Foreign Minister Abdullatif al-Zayani signed the documents on the South "
            "Lawn of the White House, with President Donald Trump as host and witness.",
            "\"We're here this afternoon to change the course of history,\" Trump told several hundred "
            "guests, most of them without masks despite the coronavirus pandemic.",
            "The UAE agreement, described as a treaty of peace, commits the two countries to exchange "
            "embassies and ambassadors and to cooperate on tourism, aviation, investment, health and "
            "security. Bahrain, which agreed only last week to normalize ties, signed a shorter declaration "
            "of peace that leaves details to be settled later.",
            "Officials said the UAE and Israel would open embassies in each other's capitals in the coming "
            "months, and that direct commercial flights between Tel Aviv and Abu Dhabi were expected to "
            "start soon.",
            "Palestinians staged small protests in the occupied West Bank and Gaza. Palestinian leaders "
            "have called the agreements a betrayal of their cause, and two rockets were fired from Gaza into "
            "southern Israel as the ceremony took place, the Israeli military said.",
            "Saudi Arabia, the biggest Gulf power, has said it will not establish relations with Israel "
            "until a Palestinian state is created along the lines of a 2002 Arab peace plan, although it "
            "has allowed Israeli airliners to cross its airspace.",
            "Egypt made peace with Israel in 1979 and Jordan in 1994, but relations with both have remained "
            "cool at the level of ordinary citizens.",
            "Trump said at least five more countries were talking to Washington about following the Gulf "
            "states. He did not name them, but diplomats have mentioned Oman and Sudan.",
            "For the UAE, the deal opens the way to buy advanced U.S. weapons, including the F-35 fighter, "
            "which Israel has long been able to block under a U.S. commitment to preserve its military edge "
            "in the region. Netanyahu has said he did not agree to any such sale.",
            "Iran has condemned both agreements. Its foreign ministry said Bahrain would share the "
            "responsibility for any consequences in the Gulf.",
            "(Reporting by Jonathan Reese and Nadia Karam; additional reporting by Dan Weil in Jerusalem; "
            "Editing by Alistair Grant)",
        ),
        (
            Gold("agreement.signed", "occurred", ("United Arab Emirates", "Bahrain", "Israel"), ("Israel",)),
            Gold("relations.restored", "occurred", ("United Arab Emirates", "Bahrain"), ("Israel",)),
            Gold("relations.restored", "planned", ("United Arab Emirates", "Israel"), ("Israel",), core=False),
            Gold("relations.restored", "negated", ("Saudi Arabia",), ("Israel",), core=False),
            Gold("agreement.signed", "historical", ("Egypt", "Jordan"), ("Israel",), core=False),
        ),
        not_participants=("White House",),
    ),
    Article(
        "n07-anadolu-eu-rollover", date(2025, 6, 30),
        _p(
            "EU extends economic sanctions on Russia for another 6 months",
            "Sectoral measures first imposed in 2014 now run until Jan. 31, 2026, bloc says",
            "Agnieszka Nowak   |30.06.2025 - Update : 30.06.2025",
            "BRUSSELS",
            "The Council of the EU on Monday prolonged the bloc's economic sanctions against Russia for "
            "another six months, until Jan. 31, 2026, as Moscow's war against Ukraine continues.",
            "The restrictive measures cover trade, finance, energy, technology and dual-use goods, "
            "industry, transport and luxury goods. They were first introduced in July 2014 in response to "
            "Russia's actions in Ukraine and have been greatly widened since February 2022.",
            "Among them are a ban on imports of seaborne crude oil and certain petroleum products from "
            "Russia, the exclusion of several Russian banks from the SWIFT messaging system, and a ban on "
            "the broadcasting of several Kremlin-backed outlets in the EU.",
            "The decision was taken by written procedure after Slovakia dropped its objection. Bratislava "
            "had held up the rollover for days, seeking guarantees over the European Commission's plan to "
            "phase out imports of Russian gas by the end of 2027.",
            "\"Russia's illegal, unprovoked war continues, and so does our pressure,\" EU foreign policy "
            "chief Kaja Kallas said in a post on X.",
            "The bloc is expected to adopt an 18th package of sanctions in the coming weeks, which would "
            "lower the price cap on Russian crude, ban transactions related to the Nord Stream pipelines and "
            "add more than 20 Russian banks to a full transaction ban.",
            "The 17th package, adopted in May, listed 189 more tankers of the so-called shadow fleet, "
            "bringing the total to 342, along with 31 companies in Russia, China, Turkey, the United Arab "
            "Emirates, Serbia, Uzbekistan and Vietnam.",
            "Separately, asset freezes and travel bans on more than 2,400 individuals and entities are "
            "renewed every six months. They were last rolled over in March and now run until Sept. 15.",
            "Kremlin spokesman Dmitry Peskov said Russia had adapted to the restrictions, which he said "
            "harm Europe more than Russia. Hungarian Prime Minister Viktor Orban has repeatedly questioned "
            "the sense of the measures but has not vetoed a renewal.",
            "Ukrainian Foreign Minister Andrii Sybiha welcomed the decision and called on the bloc to move "
            "faster with the next package.",
            "According to the European Commission, Russian assets worth about 28 billion euros have been "
            "frozen in the EU since 2022, in addition to some 210 billion euros of central bank reserves.",
        ),
        (
            Gold("sanctions.extended", "occurred", ("European Union", "Council of the European Union"),
                 ("Russia",)),
            Gold("sanctions.imposed", "planned", ("European Union",), ("Russia",)),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
            Gold("sanctions.extended", "historical", ("European Union",), ("Russia",), core=False),
        ),
    ),
    Article(
        "n08-xinhua-countermeasures", date(2025, 12, 26),
        _p(
            "China announces countermeasures against 20 U.S. military firms, 10 executives",
            "BEIJING, Dec. 26 (Xinhua) -- China's Ministry of Foreign Affairs on Friday announced "
            "countermeasures against 20 U.S. military-related companies and 10 senior executives in "
            "response to the latest U.S. arms sales to China's Taiwan region.",
            "According to the decision, which takes effect on the day of its release, the movable and "
            "immovable property and other types of assets of the companies and individuals within China "
            "shall be frozen, and organizations and individuals within China are prohibited from conducting "
            "transactions or cooperation with them. The 10 executives are banned from entering the Chinese "
            "mainland, Hong Kong and Macao.",
            "The companies include Northrop Grumman Systems Corporation, L3Harris Maritime Services, Boeing "
            "Defense in St. Louis, Gibbs & Cox Inc., Advanced Acoustic Concepts, Vantor, Dedrone, Epirus, "
            "Red Cat Holdings, Shield AI, Teal Drones and Anduril's maritime unit, among others.",
            "The measures were taken in accordance with the Anti-Foreign Sanctions Law of the People's "
            "Republic of China, the ministry said.",
            "On Dec. 17, the U.S. side announced a package of arms sales to the Taiwan region worth about "
            "11.1 billion U.S. dollars, including rocket artillery systems, drones and anti-armor missiles.",
            "A ministry spokesperson said the Taiwan question is at the very core of China's core interests "
            "and the first red line that must not be crossed in China-U.S. relations. Any provocation that "
            "crosses the line on the Taiwan question will be met with a resolute response from China, the "
            "spokesperson said.",
            "The spokesperson urged the United States to abide by the one-China principle and the three "
            "China-U.S. joint communiques, stop arming Taiwan, and stop sending wrong signals to "
            "\"Taiwan independence\" separatist forces.",
            "Observers in Beijing noted that the arms package is the largest announced for the island in "
            "years. \"Washington keeps testing Beijing's bottom line, and each time the cost for American "
            "defense firms goes up,\" said a researcher at a Chinese think tank.",
            "China has previously taken countermeasures against U.S. defense contractors over arms sales "
            "to Taiwan, including Lockheed Martin and Raytheon Technologies in 2022 and several drone "
            "makers in 2024.",
            "Trade between China and the United States reached about 688 billion U.S. dollars last year, "
            "according to Chinese customs data. The two countries agreed in October on a one-year truce in "
            "their tariff dispute after talks between their leaders in the Republic of Korea.",
            "Taiwan's leader's office said the arms sales were needed to maintain peace and stability "
            "across the Taiwan Strait.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("China", "Ministry of Foreign Affairs of the People's Republic of China"),
                 ("Northrop Grumman", "L3Harris", "Boeing", "Anduril")),
            Gold("sanctions.imposed", "historical", ("China",), ("Lockheed Martin", "Raytheon Technologies"),
                 core=False),
            Gold("agreement.signed", "historical", ("China", "United States"), core=False),
        ),
    ),
    Article(
        "n09-anadolu-turkiye-syria-defence", date(2025, 8, 13),
        _p(
            "T\u00fcrkiye, Syria sign military training and consultancy agreement",
            "Defense ministers sign memorandum in Ankara; deal paves way for Turkish advisers to train "
            "new Syrian army",
            "Fatma Y\u0131lmaz   |13.08.2025 - Update : 13.08.2025",
            "ANKARA",
            "T\u00fcrkiye and Syria on Wednesday signed a memorandum of understanding on joint military "
            "training and consultancy, the Turkish National Defense Ministry said.",
            "Turkish Defense Minister Yasar Guler and his Syrian counterpart Murhaf Abu Qasra signed the "
            "agreement in Ankara in the presence of the two countries' foreign ministers, Hakan Fidan and "
            "Asaad al-Shaibani, and their intelligence chiefs.",
            "Under the agreement, T\u00fcrkiye will provide training, equipment, technical support and "
            "advisory services to the Syrian armed forces, with the aim of strengthening their capacity "
            "to fight terrorist groups and secure the country's borders.",
            "Turkish ministry sources said last week that Ankara plans to set up a training base in central "
            "Syria and is expected to deploy military advisers and air defense systems there once the "
            "necessary work is completed.",
            "Fidan told a joint press conference that T\u00fcrkiye supports Syria's territorial integrity "
            "and will not allow any structure that threatens its own security along the border. \"A strong "
            "Syrian army is in the interest of the whole region,\" he said.",
            "Al-Shaibani thanked Ankara for its support since the fall of the Assad regime in December and "
            "said Damascus wants to diversify its defense partnerships.",
            "The new Syrian authorities have been rebuilding the armed forces from scratch. Dozens of former "
            "opposition factions were absorbed into the new Defense Ministry earlier this year, although "
            "some groups in the south have kept their own commanders.",
            "Under a March 10 agreement between interim President Ahmed al-Sharaa and SDF commander "
            "Mazloum Abdi, the Kurdish-led SDF is supposed to be merged into state institutions by the end "
            "of the year. But talks on implementing the deal have stalled over the group's demand to join "
            "the army as a single bloc and keep control of its areas in the northeast.",
            "Israel, which struck the T4 airbase in central Syria in April after reports that T\u00fcrkiye "
            "was surveying it, has warned against a Turkish military presence near its borders. Turkish and "
            "Israeli officials have held technical talks in Azerbaijan to avoid clashes.",
            "T\u00fcrkiye has kept troops in northern Syria since 2016 and has carried out several "
            "cross-border operations against groups it considers terrorist.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Turkey", "Yaşar Güler"), ("Syria", "Murhaf Abu Qasra")),
            Gold("military.presence", "planned", ("Turkey",), ("Syria",)),
            Gold("forces.integrated", "historical", ("Syria",), ("Syria",), core=False),
            Gold("forces.integrated", "stalled", ("Syria", "Ahmed al-Sharaa"), ("Syrian Democratic Forces",),
                 core=False),
            Gold("agreement.signed", "historical", ("Ahmed al-Sharaa", "Syria"), ("Syrian Democratic Forces",
                                                                               "Mazloum Abdi"), core=False),
            Gold("military.presence", "historical", ("Turkey",), ("Syria",), core=False),
        ),
    ),
    Article(
        "n10-menafn-peshmerga", date(2025, 10, 19),
        _p(
            "KRG merges four more Peshmerga brigades into unified force",
            "(MENAFN- Rudaw) ERBIL - The Kurdistan Regional Government (KRG) on Sunday integrated four "
            "more brigades previously loyal to the region's two ruling parties into unified divisions under "
            "the Ministry of Peshmerga Affairs, officials said, a step toward ending decades of split "
            "command over the Kurdish forces.",
            "The brigades, two from the Kurdistan Democratic Party's 80 Units and two from the Patriotic "
            "Union of Kurdistan's 70 Units, were placed under the command of the ministry's 2nd and 4th "
            "regional commands at ceremonies in Erbil and Sulaimani.",
            "\"From today these fighters take their orders from the ministry, not from any party,\" a "
            "ministry spokesman told reporters. \"This is what the people of Kurdistan have waited for.\"",
            "With Sunday's step, 21 of the Peshmerga's brigades have been unified, out of a total of about "
            "40. The KRG plans to integrate the remaining units by the end of 2026, the spokesman said.",
            "The United States, which has paid part of the Peshmerga's salaries since the war against the "
            "Islamic State group, has pressed the two parties to unify their forces for years. A "
            "memorandum of understanding signed with the US Department of Defense in 2022 tied continued "
            "support to the reform.",
            "The KDP and PUK fought a civil war in the 1990s and have run rival administrations in Erbil and "
            "Sulaimani ever since. Their forces were never fully united, even after the 2006 agreement that "
            "merged the two regional governments.",
            "Analysts caution that the process remains slow. \"Unified on paper is not unified in the "
            "field,\" said an Erbil-based researcher. \"Intelligence services, counter-terrorism units and "
            "the parties' own guards are still outside the ministry.\"",
            "The step comes as the region remains without a new cabinet nearly a year after parliamentary "
            "elections, and as Baghdad and Erbil argue over oil exports and the payment of public salaries.",
            "The US-led coalition against the Islamic State group plans to end its mission in federal Iraq "
            "by September 2025 but will keep some forces in the Kurdistan Region until the end of 2026 "
            "under an agreement with Baghdad.",
            "Peshmerga forces fought alongside the coalition against the Islamic State group between 2014 "
            "and 2017, and lost more than 1,800 fighters in that war, according to the ministry.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Kurdistan Regional Government",), ("Peshmerga",)),
            Gold("forces.integrated", "planned", ("Kurdistan Regional Government",), ("Peshmerga",), core=False),
            Gold("agreement.signed", "historical", ("United States Department of Defense", "United States"),
                 ("Kurdistan Regional Government",), core=False),
            Gold("military.presence", "planned", ("Global Coalition to Defeat ISIS", "United States"), ("Iraq",),
                 core=False),
        ),
    ),
    # --- near misses -------------------------------------------------------------------------
    Article(
        "n11-dm-transfer-embargo", date(2014, 4, 2),
        _p(
            "Barcelona banned from signing players until 2015 after FIFA finds breaches over youth "
            "transfers",
            "Catalan giants hit with two-window transfer embargo and \u00a3300,000 fine\n"
            "FIFA says club broke rules on signing under-18 players from abroad\n"
            "Barcelona vow to appeal and claim La Masia 'is not a business'\n"
            "Ban could scupper summer moves for a new goalkeeper and centre-back",
            "By MARK HOLDEN FOR MAILONLINE",
            "PUBLISHED: 12:11 EST, 2 April 2014 | UPDATED: 17:45 EST, 2 April 2014",
            "Barcelona have been banned from signing players in the next two transfer windows after FIFA "
            "found the club guilty of breaking rules on the international transfer of under-age players.",
            "Football's world governing body imposed the embargo after an investigation into the signing "
            "of 10 minors between 2009 and 2013, and also fined the club 450,000 Swiss francs (around "
            "\u00a3300,000). The Spanish federation was fined too.",
            "In a statement, FIFA said the club had been given 90 days to 'regularise the situation of all "
            "minor players concerned'.",
            "Barcelona immediately said they would appeal and ask for the sanctions to be suspended while "
            "the case is heard, which would allow them to do business in the summer as planned.",
            "'Barcelona will present the appropriate appeal, believing that it has always acted in good "
            "faith,' the club said. 'La Masia is not a business. It is an education in football and in "
            "values.'",
            "The ruling is a blow to coach Gerardo Martino, who had hoped to bring in a new goalkeeper to "
            "replace Victor Valdes and to strengthen a defence that has looked vulnerable this season.",
            "It also comes weeks after the resignation of president Sandro Rosell over the controversial "
            "signing of Brazil forward Neymar from Santos.",
            "Chelsea were hit with a similar ban in 2009 over the signing of French teenager Gael Kakuta, "
            "but the punishment was lifted on appeal to the Court of Arbitration for Sport after the club "
            "reached a settlement with his former side Lens.",
            "Under FIFA rules, players under 18 may only move abroad in limited cases, for example if their "
            "parents move to the country for reasons not linked to football.",
            "Former Barcelona midfielder Xavi said: 'I do not know the details, but the academy has given "
            "football some of its best players. I hope it is resolved quickly.'",
            "The club sit third in La Liga, one point behind leaders Atletico Madrid, and face Atletico in "
            "the Champions League quarter-final second leg next week.",
        ),
        kind="near miss",
    ),
    Article(
        "n12-cnn-athletics-ban", date(2016, 6, 17),
        _p(
            "Russia's track athletes still banned from Rio Olympics, IAAF rules",
            "By Paul Merrick, CNN",
            "Updated 1854 GMT (0254 HKT) June 17, 2016",
            "(CNN) -- Russia's track and field athletes will miss the Rio Olympics after the sport's world "
            "governing body voted unanimously on Friday to keep the country's athletics federation "
            "suspended over state-sponsored doping.",
            "The IAAF's 27-member council, meeting in Vienna, decided that Russia had not done enough to "
            "reform its anti-doping system since it was banned from international competition in November.",
            "\"Although good progress has been made, the council was unanimous that RusAF had not met the "
            "reinstatement conditions,\" IAAF president Sebastian Coe told reporters.",
            "The federation was suspended after a report for the World Anti-Doping Agency accused Russian "
            "officials, coaches and athletes of a doping program that also involved the country's secret "
            "service.",
            "Coe said individual Russian athletes who could show they had been tested outside the Russian "
            "system might still apply to compete at the Games as neutral athletes, not under the Russian "
            "flag.",
            "Russian Sports Minister Vitaly Mutko said he was disappointed, and that the sanctions punished "
            "clean athletes for the failings of others. Pole vault star Yelena Isinbayeva called the decision "
            "\"a violation of human rights\" and said she would go to court.",
            "Kremlin spokesman Dmitry Peskov said Moscow would seek to protect its athletes through "
            "international sports bodies.",
            "The International Olympic Committee will hold a summit of sports leaders in Lausanne on "
            "Tuesday to discuss the ruling. It has the final say on who competes in Rio, though it has "
            "generally followed the federations.",
            "The decision adds to a string of doping scandals that have hit Russian sport, including "
            "allegations about the 2014 Winter Olympics in Sochi, where Russia topped the medal table.",
            "WADA director general Olivier Niggli welcomed the ruling. \"Clean athletes around the world "
            "will be glad that the rules have been upheld,\" he said in a statement.",
            "Russia won 18 medals in track and field at the 2012 London Games, eight of them gold, though "
            "several have since been stripped after retests of stored samples.",
            "The Rio Games open on August 5. About 68 Russian track and field athletes had hoped to compete.",
            "CNN's Amanda Wells and Ivan Petrov contributed to this report.",
        ),
        kind="near miss",
    ),
    Article(
        "n13-reuters-hanoi-summit", date(2019, 2, 28),
        _p(
            "Trump-Kim summit collapses after North Korea demands sanctions relief",
            "By Jeff Moran and Hyun-ju Park",
            "HANOI (Reuters) - A second summit between U.S. President Donald Trump and North Korean leader "
            "Kim Jong Un collapsed on Thursday without any agreement, after the two sides failed to bridge "
            "differences over how much sanctions relief Pyongyang would get in return for steps to give up "
            "its nuclear weapons.",
            "A planned working lunch and a signing ceremony were cancelled, and both motorcades left the "
            "Metropole hotel in Hanoi hours earlier than scheduled.",
            "Trump told a news conference that Kim had offered to dismantle the main nuclear complex at "
            "Yongbyon but wanted sanctions lifted in return. \"Basically they wanted the sanctions lifted in "
            "their entirety, and we couldn't do that,\" Trump said. \"Sometimes you have to walk.\"",
            "Hours later, North Korean Foreign Minister Ri Yong Ho gave a rare midnight news conference to "
            "dispute that account, saying Pyongyang had asked only for partial relief from five UN "
            "resolutions adopted in 2016 and 2017 that hurt the civilian economy.",
            "Trump said the existing sanctions would remain in place but that he did not want to increase "
            "them. \"They have to live too,\" he said.",
            "The two leaders signed a vaguely worded joint statement at their first summit in Singapore in "
            "June 2018, in which Kim committed to work toward the complete denuclearization of the Korean "
            "peninsula, but little progress has been made since.",
            "Secretary of State Mike Pompeo said he was optimistic the talks would continue. \"We're all "
            "going to go back to our respective corners,\" he said, adding that the two sides had made real "
            "progress on some issues.",
            "South Korea, whose President Moon Jae-in has staked much on the diplomacy, said it regretted "
            "that no deal had been reached but saw meaningful progress.",
            "Shares in South Korean firms that had hoped to invest in the North fell sharply, and the won "
            "weakened against the dollar.",
            "Critics in Washington said the summit had been poorly prepared. \"Two summits, two photo "
            "opportunities, and still no definition of denuclearization,\" said a former State Department "
            "official who worked on North Korea.",
            "Trump said he had not agreed on a date for a third meeting but that his relationship with Kim "
            "remained very good.",
            "(Reporting by Jeff Moran and Hyun-ju Park; Writing by Sara Lind; Editing by Neil Foss)",
        ),
        (
            Gold("agreement.signed", "stalled", ("United States", "Donald Trump"), ("North Korea", "Kim Jong Un"),
                 core=False),
            Gold("sanctions.lifted", "negated", ("United States", "Donald Trump"), ("North Korea",), core=False),
            Gold("agreement.signed", "historical", ("United States", "Donald Trump"), ("North Korea", "Kim Jong Un"),
                 core=False),
        ),
        kind="near miss",
    ),
    Article(
        "n14-reuters-qatar-opec", date(2018, 12, 3),
        _p(
            "Qatar to quit OPEC from January to focus on gas",
            "By Ghada Nasser and Tom Fennell",
            "DOHA (Reuters) - Qatar said on Monday it would leave OPEC from Jan. 1 to focus on its gas "
            "ambitions, becoming the first Middle East country to quit the oil exporters' group since its "
            "founding six decades ago.",
            "Qatar's Minister of State for Energy Affairs Saad al-Kaabi told a news conference in Doha that "
            "the decision reflected the country's desire to raise its liquefied natural gas output from 77 "
            "million to 110 million tonnes a year.",
            "\"The withdrawal is not political. It is a technical and strategic decision about our future,\" "
            "Kaabi said. \"We are not a big player in oil and we will concentrate on our potential.\"",
            "Qatar joined OPEC in 1961, a year after the group was set up, and produces only about 600,000 "
            "barrels of crude a day, compared with Saudi Arabia's 11 million.",
            "But the move comes amid a boycott of Qatar by Saudi Arabia, the United Arab Emirates, Bahrain "
            "and Egypt, which cut diplomatic, trade and transport ties with Doha in June 2017, accusing it of "
            "supporting terrorism. Doha denies the charge.",
            "Kuwait and the United States have tried to mediate, but efforts to restore ties have made no "
            "progress, and Qatar's emir did not attend a Gulf Cooperation Council summit in Riyadh this "
            "month.",
            "Kaabi said Qatar would attend OPEC's meeting in Vienna on Thursday and would honour its "
            "commitments until it leaves.",
            "Analysts said the exit would have little effect on OPEC's output but was a symbolic blow to an "
            "organisation increasingly dominated by Saudi Arabia and by its cooperation with Russia in the "
            "wider OPEC+ grouping.",
            "\"It shows that OPEC's cohesion is fraying,\" said a Dubai-based energy analyst. \"Smaller "
            "members may ask what they get from a club in which decisions are taken in Riyadh and Moscow.\"",
            "Oil prices rose about 4 percent on Monday after the United States and China agreed to a "
            "90-day truce in their trade war.",
            "Qatar is the world's largest exporter of LNG, most of which goes to Japan, South Korea, India "
            "and China.",
        ),
        (
            Gold("alliance.joined", "historical", ("Qatar",), ("OPEC",), core=False),
            Gold("relations.restored", "stalled", ("Qatar", "Kuwait"), ("Saudi Arabia",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "n15-gulfnews-riyadh-air", date(2025, 10, 7),
        _p(
            "Saudi Arabia's Riyadh Air signs deal to join SkyTeam airline alliance",
            "New national carrier will become alliance's 20th member when it starts flights",
            "Published: October 07, 2025 14:32   By Ravi Menon, Business Reporter",
            "Dubai: Riyadh Air, the new Saudi carrier backed by the kingdom's Public Investment Fund, has "
            "signed an agreement to join the SkyTeam airline alliance, the group said on Tuesday.",
            "The airline, which is due to start commercial flights from Riyadh's King Khalid International "
            "Airport later this year, will become the alliance's 20th member once integration work is "
            "completed, expected in 2026.",
            "\"Joining SkyTeam gives our guests access to a global network from the first day,\" Riyadh Air "
            "chief executive Tony Douglas said at the signing in Riyadh.",
            "SkyTeam, founded in 2000, includes Air France-KLM, Delta Air Lines, Korean Air and Saudia, "
            "Saudi Arabia's older flag carrier, which joined in 2012.",
            "Riyadh Air has ordered up to 72 Boeing 787 Dreamliners and 60 Airbus A321neo jets, and plans to "
            "fly to more than 100 destinations by 2030 as part of the kingdom's plan to attract 150 million "
            "visitors a year.",
            "Industry analysts said the choice of SkyTeam would allow close cooperation with Saudia while "
            "avoiding direct competition on loyalty programmes.",
            "The Gulf's biggest carriers have taken different paths. Qatar Airways is a member of oneworld, "
            "while Emirates and Etihad have stayed outside the three global alliances and rely on bilateral "
            "partnerships.",
            "\"Alliances matter less than they did twenty years ago,\" said a Dubai-based aviation "
            "consultant. \"But for a start-up with no frequent flyers, plugging into an existing network "
            "is a shortcut.\"",
            "Saudi Arabia is investing more than $100 billion in aviation under its Vision 2030 programme, "
            "including a new King Salman International Airport in Riyadh that is designed to handle up to "
            "120 million passengers a year by 2030.",
            "Riyadh Air also announced codeshare agreements with Delta and Virgin Atlantic earlier this "
            "year.",
            "Shares of Gulf-listed aviation services companies were little changed on Tuesday.",
        ),
        kind="near miss",
    ),
    Article(
        "n16-cnn-boeing-iran-air", date(2016, 12, 11),
        _p(
            "Boeing signs $16.6 billion deal to sell jets to Iran Air",
            "by Chris Hollings   @CNNMoney",
            "December 11, 2016: 10:42 AM ET",
            "Boeing has finalized a deal to sell 80 passenger jets to Iran Air, the biggest deal between an "
            "American company and Iran since sanctions were lifted under the nuclear agreement in January.",
            "The order, worth $16.6 billion at list prices, includes 50 Boeing 737 MAX jets and 30 of the "
            "larger 777 models. Deliveries are due to start in 2018 and run for a decade, Iran Air said.",
            "The sale was made possible after the Treasury Department issued licenses in September allowing "
            "Boeing to sell to Iranian carriers, which had been barred from buying American aircraft or "
            "parts for nearly four decades.",
            "\"This is a very important day for Iran's aviation industry,\" said Farhad Parvaresh, the "
            "chairman of Iran Air. \"Our passengers deserve a modern and safe fleet.\"",
            "Boeing said the deal would support tens of thousands of American jobs. \"We are pleased to have "
            "the opportunity to support the modernization of Iran's commercial air transport system,\" the "
            "company said in a statement.",
            "But the deal faces an uncertain future. President-elect Donald Trump has called the nuclear "
            "agreement one of the worst deals ever negotiated and has said he might tear it up.",
            "Republican lawmakers have tried to block the sale. The House of Representatives last month "
            "passed a bill that would stop the Treasury from issuing licenses for aircraft sales to Iran, "
            "though it is not expected to pass the Senate.",
            "European rival Airbus signed a deal for 100 jets with Iran Air last year, and expects to "
            "deliver the first of them within weeks.",
            "Iran's fleet is one of the oldest in the world. The average age of its planes is more than 20 "
            "years, and the country has suffered a string of deadly crashes, which officials blamed on the "
            "difficulty of getting spare parts under sanctions.",
            "Boeing shares rose slightly in early trading on Monday.",
            "Iranian officials have said the country needs up to 500 new aircraft over the next decade to "
            "serve a growing number of foreign visitors and a young population that flies more.",
            "Under the nuclear deal, Iran limited its nuclear program in return for relief from "
            "international sanctions. But many U.S. sanctions remain in place, and most American banks are "
            "still wary of doing business with Iran.",
            "CNNMoney's Ana Reyes contributed to this report.",
        ),
        (
            Gold("sanctions.lifted", "historical", (), ("Iran",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "n17-gulfnews-gcc-communique", date(2025, 6, 2),
        _p(
            "GCC ministers call for end to remaining sanctions on Syria, back Iran talks",
            "Ministerial council meets in Kuwait ahead of December summit",
            "Published: June 02, 2025 18:05   Gulf News Report",
            "Dubai: Gulf Cooperation Council foreign ministers on Monday called for the lifting of all "
            "remaining international sanctions on Syria and urged support for its reconstruction, at a "
            "meeting of the bloc's ministerial council in Kuwait.",
            "In a final statement, the council welcomed the decision of US President Donald Trump last "
            "month to lift sanctions on Syria and the European Union's subsequent move to end its economic "
            "measures, saying both would help Syrians rebuild their country after 14 years of war.",
            "The ministers said Syria's stability was part of the stability of the region and condemned "
            "repeated Israeli strikes on Syrian territory as a violation of its sovereignty.",
            "On Iran, the council expressed support for the talks between Washington and Tehran mediated by "
            "Oman, and urged Iran to respond to the UAE's efforts to resolve the dispute over the islands of "
            "Greater Tunb, Lesser Tunb and Abu Musa through direct negotiations or the International Court of "
            "Justice.",
            "The statement also called on the warring parties in Sudan to return to the talks in Jeddah, "
            "which have stalled since last year, and to allow aid to reach civilians.",
            "GCC Secretary General Jasem Albudaiwi said the council was following with concern the "
            "humanitarian situation in Gaza and renewed calls for an immediate ceasefire and the entry of "
            "aid without conditions.",
            "The ministers reviewed progress on the unified GCC tourist visa, which officials hope to launch "
            "before the end of the year, and on the railway project meant to link the six member states by "
            "2030.",
            "Kuwait's foreign minister Abdullah Al Yahya, who chaired the meeting, said the bloc's unity "
            "was \"a strategic choice\" and praised the coordination among member states during a period of "
            "regional turbulence.",
            "The GCC comprises Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain and Oman. Its leaders are due "
            "to meet in Bahrain in December.",
            "Several Gulf states have stepped up contacts with Damascus since the fall of Bashar Al Assad "
            "in December. Saudi Arabia and Qatar said last month they would pay off Syria's debts to the "
            "World Bank, worth about $15 million.",
        ),
        (
            Gold("sanctions.lifted", "historical", ("United States", "Donald Trump"), ("Syria",), core=False),
            Gold("sanctions.lifted", "historical", ("European Union",), ("Syria",), core=False),
            Gold("agreement.signed", "stalled", ("Sudan",), core=False),
        ),
        kind="near miss",
    ),
]

# Failures that lexicon entries and small local rules cannot fix (strict: a fix must be noticed).
XFAIL_FOUND: dict[str, str] = {}
XFAIL_ALARM: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit, and
    no venue as a party."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


# --- the general causes behind this set's failures, in passages of this test's own -------------


def test_clause_on_the_sanctions_dates_the_sanctions_not_the_news() -> None:
    """"sanctions … that had been eased", "sanctions previously imposed": the background is the
    sanctions' own history; the lifting or restoring told in the main clause is the news."""
    for text, kind in (
        ("The president signed an order on Friday restoring sanctions on Cuba that had been eased by "
         "his predecessor.", "sanctions.imposed"),
        ("The Treasury lifted sanctions on Belarusian potash producers that were imposed in 2021.",
         "sanctions.lifted"),
        ("The European Union on Monday lifted sanctions previously imposed on Syrian airlines.",
         "sanctions.lifted"),
        ("Britain lifted its sanctions on Libya's oil company, which it had imposed in 2011.",
         "sanctions.lifted"),
    ):
        assert [e[:2] for e in _events(text)] == [(kind, "occurred")], text
    # (the relative clause still dates the event when it is the event's own clause)
    assert [e[1] for e in _events("The sanctions, which the EU imposed on Syria in 2011, stay.")] != ["occurred"]


def test_units_merged_into_an_army_are_an_integration() -> None:
    events = _alerts("Iraq on Monday integrated three brigades previously loyal to rival commanders "
                     "under the command of the defence ministry.")
    assert [e[:3] for e in events] == [("forces.integrated", "occurred", ["Iraq"])]
    assert [e[:2] for e in _alerts("Libya merged its rival militias into a single force on Sunday.")] == [
        ("forces.integrated", "occurred")]


def test_a_deal_to_establish_or_restore_ties_restores_them() -> None:
    for text in (
        "Morocco and Israel signed an agreement on Thursday to establish full diplomatic relations.",
        "Egypt and Turkey signed a deal on Monday to restore diplomatic relations.",
    ):
        assert "relations.restored" in {e[0] for e in _alerts(text)}, text
    assert [e[:2] for e in _events("Saudi Arabia will not establish relations with Israel without a "
                                   "Palestinian state.")] == [("relations.restored", "negated")]


def test_countermeasures_are_sanctions() -> None:
    events = _alerts("China announced countermeasures against three US drone makers on Friday over arms "
                     "sales to Taiwan.")
    assert [e[:3] for e in events] == [("sanctions.imposed", "occurred", ["China"])]


def test_a_company_of_a_country_is_no_party_to_a_deal() -> None:
    """"Qatar's QatarEnergy", "Saudi Arabia's Riyadh Air": a business deal, no state agreement;
    an office or a known person keeps the state ("Iran's Foreign Ministry", "Turkey's Erdogan")."""
    assert _alerts("Kuwait's Zain Group signed a network deal with Oman's Omantel on Monday.") == []
    assert _alerts("Saudi Arabia's Riyadh Air signs deal to join the SkyTeam airline alliance") == []
    for text, party in (
        ("Iran's Foreign Ministry signed a memorandum of understanding with Iraq on Monday.", "Iran"),
        ("Turkey's Erdogan signed a defence agreement with Syria on Wednesday.", "Syria"),
    ):
        assert any(e[0] == "agreement.signed" and party in e[2] + e[3] for e in _alerts(text)), text


def test_a_sports_body_disciplining_a_club_imposes_no_sanctions() -> None:
    for text in (
        "FIFA imposed a transfer embargo on the club on Wednesday over the signing of foreign minors.",
        "UEFA slapped sanctions on the club after its fans threw flares at the referee.",
        "World Athletics extended the ban on Russia's federation, citing doping by its athletes.",
    ):
        assert _alerts(text) == [], text
    # (a league of states, and people who back a regime, are no sport)
    assert [e[0] for e in _alerts("The Arab League imposed sanctions on Syria on Sunday.")] == ["sanctions.imposed"]
    assert [e[0] for e in _alerts("The EU on Monday imposed sanctions on supporters of Belarus's "
                                  "government.")] == ["sanctions.imposed"]


def test_a_presidential_memorandum_is_no_agreement() -> None:
    events = _alerts("The president signed a presidential memorandum on Tuesday ordering new sanctions on Iran.")
    assert [e[0] for e in events] == ["sanctions.imposed"]


def test_once_as_when_puts_nothing_in_the_past() -> None:
    events = _events("Ankara is expected to deploy air defence systems at a base in Syria once the work "
                     "is completed.")
    assert [e[:2] for e in events] == [("military.presence", "planned")]


def test_heldout2_set_shape() -> None:
    assert 14 <= len(ARTICLES) <= 18
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(300 <= len(a.text.split()) <= 700 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 300 <= len(a.text.split()) <= 700
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 5 <= near <= len(ARTICLES) - 5


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-2 English events"))
