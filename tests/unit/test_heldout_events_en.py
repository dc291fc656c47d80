"""English held-out event set: full-length articles, written for this test in the style of the
sources the analyzer is judged on (Al Jazeera 2022-2025 with its "Keep reading" lists, NewsAPI
wire copy with bylines and datelines, CNN/Daily Mail 2010-2016 with their tokenised spacing),
annotated like the gold files in ``shared/gold``.

The probe set (``test_probe_events_en``) checks one event per short passage; real articles have
several events, background paragraphs, quotes, related-story headlines glued to the text and
near misses side by side. About half of these articles are about sanctions, alliances,
agreements, relations and deployments (one to four events each, in varied statuses); the rest
are near misses (an economy under sanctions, an election, sport, a court case with "penalties",
a summit without agreement, an anniversary of an old treaty, stalled talks).

Scoring is that of ``rasd eval`` (shared/gold/README.md): a system event matches a gold event on
type, alertable-or-not and one actor or target; recall over core alertable gold events,
precision over the system's alertable events. Run ``python -m tests.unit.test_heldout_events_en``
for the figures and every article's misses and false alerts.

As tests, per article: no alert for an event that the gold has as historical, negated or
stalled (a false alarm), and every core alertable gold event found. A failure nobody could fix
in the lexicons or small rules is a strict xfail with its reason.

Do not tune the analyzer on these articles: they stand for the unseen ones.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from rasd.analyze import analyze
from rasd.events import ALERTABLE
from rasd.model import Event
from tests.unit.heldout_support_en import (
    Article,
    Gold,
    check_core_events_found,
    check_no_false_alarm,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "h01-eu-package", date(2024, 2, 23),
        _p(
            "EU adopts new Russia sanctions as war enters third year",
            "The European Union has adopted a new package of sanctions against Russia on the eve of the "
            "second anniversary of Moscow's full-scale invasion of Ukraine, targeting nearly 200 companies "
            "and individuals accused of helping the Kremlin obtain weapons.",
            "The 13th package, approved by ambassadors of the bloc's 27 member states on Wednesday and "
            "formally adopted on Friday, adds firms in China, India, Turkey and North Korea to a list of "
            "entities barred from buying European dual-use goods such as drone components and machine tools.",
            "\u201cToday we are tightening the screws on Russia\u2019s war machine once more,\u201d European "
            "Commission President Ursula von der Leyen said in a statement.",
            "Keep reading\nlist of 4 items\nRussian strikes knock out power in Kharkiv region\nNavalny's mother "
            "says she was shown her son's body\nUkraine withdraws troops from Avdiivka\nPhotos: Two years of "
            "war in Ukraine\nend of list",
            "The package had been held up for weeks by Hungary, whose prime minister, Viktor Orban, has "
            "repeatedly threatened to veto measures that he says hurt European economies more than Russia. "
            "Budapest dropped its objections this week after the list of targets was narrowed.",
            "Britain also announced sanctions on Friday against more than 50 individuals and businesses, "
            "including suppliers of munitions and electronics, while the United States said it had imposed "
            "sanctions on more than 500 targets in its largest single action since the invasion began.",
            "The US Treasury said its measures were also a response to the death of opposition leader "
            "Alexey Navalny in an Arctic prison last week.",
            "The EU first imposed sanctions on Russia in 2014, after Moscow annexed Crimea, but the measures "
            "were limited until the invasion in February 2022. Since then the bloc has frozen around 210 "
            "billion euros ($227bn) of Russian central bank assets and banned most imports of Russian oil "
            "by sea.",
            "Critics say the sanctions have been slow to bite. Russia's economy grew by 3.6 percent last "
            "year, according to official figures, as military spending soared and oil was redirected to "
            "India and China.",
            "\u201cThe measures have not stopped Russia, and a 13th package will not either,\u201d said a "
            "sanctions researcher at a London think tank. \u201cThe real question is enforcement, and "
            "whether Europe is willing to go after third countries.\u201d",
            "Some member states want the next package to target Russian liquefied natural gas, which still "
            "reaches Europe in large quantities, but others, including Belgium, warn that such a step would "
            "raise energy prices.",
            "The Kremlin has said the sanctions are illegal and that Russia has adapted to them. Dmitry "
            "Peskov, President Vladimir Putin's spokesman, told reporters on Friday that Western countries "
            "were \u201cshooting themselves in the foot\u201d.",
            "Ukraine's President Volodymyr Zelenskyy welcomed the new measures but urged allies to speed up "
            "deliveries of artillery shells, which he said were running short along the front line.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("European Union",), ("Russia",)),
            Gold("sanctions.imposed", "occurred", ("United Kingdom",)),
            Gold("sanctions.imposed", "occurred", ("United States", "United States Department of the Treasury")),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia", "Central Bank of Russia"), core=False),
        ),
    ),
    Article(
        "h02-teapot-refinery", date(2025, 4, 16),
        _p(
            "Washington Imposes Sanctions On Chinese 'Teapot' Refinery Over Iranian Oil Purchases",
            "By Daphne Lau and Kevin Marsh",
            "WASHINGTON, April 16 (Reuters) - The United States on Wednesday imposed sanctions on a Chinese "
            "independent refinery that it accused of buying hundreds of millions of dollars' worth of Iranian "
            "crude oil, stepping up pressure on Tehran days before a second round of nuclear talks.",
            "The Treasury Department said the refinery in Shandong province, one of dozens of so-called "
            "teapots that process most of Iran's exported oil, had received cargoes from tankers linked to "
            "the Houthis and to Iran's armed forces. It also designated several companies in the United Arab "
            "Emirates and Hong Kong that it said had arranged the shipments.",
            "\"Any refinery, wherever it is located, that chooses to buy Iranian oil exposes itself to the "
            "risk of being cut off from the U.S. financial system,\" a Treasury official said in a statement.",
            "It is the second time in less than a month that Washington has targeted a Chinese refinery. "
            "Last month the Treasury sanctioned another plant in Shandong, the first such action against a "
            "teapot refiner since President Donald Trump restored his \"maximum pressure\" campaign on Iran "
            "in February.",
            "China's foreign ministry said Beijing firmly opposed what it called illegal unilateral "
            "sanctions and would take measures to protect the rights of Chinese companies. Normal trade "
            "between China and Iran should not be interfered with, a spokesman told a regular briefing.",
            "Read more: Iran and US hold 'constructive' first round of talks in Oman",
            "Independent refiners account for about a quarter of China's crude processing capacity and have "
            "been the main buyers of Iranian oil since Washington reimposed sanctions in 2018 after Trump "
            "withdrew from the nuclear deal between Iran and world powers. Analysts said the latest "
            "designations were unlikely to reduce the flow significantly, because the refineries have "
            "little exposure to the dollar.",
            "\"These plants don't need U.S. banks. The message is aimed at the bigger state-owned refiners "
            "and at the ports,\" said an oil trader in Singapore who asked not to be named.",
            "Iran and the United States held indirect talks in Muscat on Saturday, mediated by Oman, and are "
            "due to meet again in Rome this weekend. Both sides described the first meeting as "
            "constructive, but Iranian officials have said that any deal would require the lifting of "
            "sanctions on the country's oil and banking sectors.",
            "Iran's foreign ministry said the new sanctions showed that Washington was not serious about "
            "diplomacy.",
            "Oil prices rose about 2% on Wednesday, with Brent crude futures trading above $66 a barrel.",
            "(Reporting by Daphne Lau in Singapore and Kevin Marsh in Washington; Editing by Peter Hale)",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States", "United States Department of the Treasury")),
            Gold("sanctions.imposed", "historical", ("United States",), ("Iran",), core=False),
        ),
    ),
    Article(
        "h03-dm-oil-embargo", date(2012, 1, 23),
        "EU slaps oil embargo on Iran as Tehran threatens to shut vital shipping lane . By . Daily Mail "
        "Reporter . PUBLISHED : . 07:42 EST , 23 January 2012 . | . UPDATED : . 11:15 EST , 23 January "
        "2012 . The European Union today agreed to ban imports of Iranian oil and to freeze the assets of "
        "Iran 's central bank , in an attempt to choke off funding for the country 's disputed nuclear "
        "programme . Foreign ministers meeting in Brussels approved the embargo after weeks of wrangling "
        "over how to protect countries such as Greece , Italy and Spain , which buy large amounts of "
        "Iranian crude . Existing contracts will be allowed to run until July 1 , when the ban takes full "
        "effect . Foreign Secretary William Hague said : ' This shows how determined Europe is on this "
        "issue . ' The measures go further than any previous European action against Tehran , which "
        "insists its nuclear work is peaceful . Iran reacted furiously , with a senior MP repeating "
        "threats to close the Strait of Hormuz , the narrow waterway through which a fifth of the world "
        "'s traded oil passes . ' If anything disrupts the sale of Iranian oil , the Strait of Hormuz "
        "will be closed , ' the deputy head of parliament 's foreign affairs committee told a news "
        "agency . Hours before the EU decision , a British warship and a French frigate sailed through "
        "the strait alongside the US aircraft carrier Abraham Lincoln , in what was seen as a show of "
        "force . The United States welcomed the move . President Barack Obama signed a law on December "
        "31 imposing sanctions on financial institutions that deal with Iran 's central bank , and "
        "Washington has been urging Asian buyers such as Japan and South Korea to cut their purchases . "
        "The EU already imposed an arms embargo and a freeze on the assets of dozens of Iranian firms "
        "and officials in 2010 . Oil prices rose on the news , with Brent crude climbing above $ 110 a "
        "barrel . Iran is the world 's fifth-largest oil exporter and Europe takes about a fifth of its "
        "sales . Officials in Tehran played down the impact , saying the oil would simply be sold to "
        "China and India instead . ' The embargo will hurt Europe more than it hurts Iran , ' an oil "
        "ministry official said , according to state media .",
        (
            Gold("sanctions.imposed", "occurred", ("European Union",), ("Iran", "Central Bank of Iran")),
            Gold("sanctions.imposed", "historical", ("United States", "Barack Obama"), ("Central Bank of Iran",),
                 core=False),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Iran",), core=False),
        ),
    ),
    Article(
        "h04-saudi-iran-ties", date(2023, 3, 10),
        _p(
            "Iran and Saudi Arabia agree to restore ties in deal brokered by China",
            "Iran and Saudi Arabia have agreed to restore diplomatic relations and reopen embassies within "
            "two months, in a deal brokered by China that could reshape alignments across the Middle East.",
            "The agreement was announced on Friday in Beijing after four days of previously undisclosed "
            "talks between the top security officials of the two countries.",
            "In a joint statement issued by the three countries, Riyadh and Tehran said they would respect "
            "each other's sovereignty and refrain from interfering in each other's internal affairs. They "
            "also agreed to activate a security cooperation agreement signed in 2001 and an older pact on "
            "trade, economy and investment.",
            "The two regional rivals cut ties in 2016 after protesters stormed Saudi diplomatic missions in "
            "Iran following the kingdom's execution of a prominent Shia cleric.",
            "Since then, they have backed opposing sides in conflicts across the region, most notably in "
            "Yemen, where a Saudi-led coalition has been fighting the Iran-aligned Houthi rebels since 2015.",
            "Iraq and Oman hosted several rounds of talks between the two sides in 2021 and 2022, but those "
            "efforts failed to produce a breakthrough.",
            "\u201cThe decision to restore relations is a victory for dialogue,\u201d China's top diplomat "
            "said, according to state media, adding that Beijing would keep playing a constructive role in "
            "handling regional hot spots.",
            "The United States, which has long been Saudi Arabia's main security partner, said it welcomed "
            "any effort to de-escalate tensions in the region. A White House spokesman said Riyadh had kept "
            "Washington informed about the talks but that the US had not been directly involved.",
            "Analysts said the deal was a diplomatic coup for Beijing, which has traditionally avoided a "
            "political role in the Gulf.",
            "\u201cThis is the first time China has stepped in as a mediator between major rivals here,\u201d "
            "said a researcher at a Washington think tank. \u201cIt shows that the Saudis no longer see the "
            "US as the only game in town.\u201d",
            "The deal comes as Israel has been seeking to establish formal relations with Saudi Arabia, "
            "following agreements it signed in 2020 with the United Arab Emirates, Bahrain and Morocco. "
            "Israel's opposition leader called the announcement a dangerous failure of the government's "
            "foreign policy.",
            "The foreign ministers of Saudi Arabia and Iran are expected to meet in the coming weeks to "
            "arrange the exchange of ambassadors.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            Gold("relations.restored", "planned", ("Iran", "Saudi Arabia")),
            Gold("agreement.signed", "occurred", ("Iran", "Saudi Arabia"), ("China",)),
            Gold("agreement.signed", "historical", ("Iran", "Saudi Arabia"), core=False),
            Gold("agreement.signed", "historical", ("Israel",),
                 ("United Arab Emirates", "Bahrain", "Morocco"), core=False),
            Gold("agreement.signed", "stalled", ("Iraq", "Oman"), core=False),
        ),
    ),
    Article(
        "h05-white-house-declaration", date(2025, 8, 9),
        _p(
            "Armenia And Azerbaijan Sign Peace Declaration At The White House",
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint "
            "declaration at the White House on Friday committing their countries to peace, in a ceremony "
            "hosted by U.S. President Donald Trump that aims to end nearly four decades of conflict.",
            "The leaders also initialled the text of a peace treaty that was agreed in March, which still "
            "has to be signed and ratified. Azerbaijan has said it will not sign the treaty until Armenia "
            "changes its constitution, which it says contains a claim on Azerbaijani territory.",
            "\"It took a long time, 35 years, but now they are friends,\" Trump said as the two leaders shook "
            "hands in the East Room.",
            "Under the declaration, the two sides will open a transit corridor through southern Armenia "
            "linking Azerbaijan with its exclave of Nakhchivan. The route will be developed with U.S. "
            "participation. Washington signed separate agreements with each country, including a memorandum "
            "with Armenia on the corridor and a deal with Azerbaijan on energy and technology.",
            "Trump also waived Section 907 of the Freedom Support Act, a 1992 provision that restricts U.S. "
            "government assistance to Azerbaijan, clearing the way for military cooperation with Baku.",
            "Armenia and Azerbaijan fought two wars over Nagorno-Karabakh, a mountainous region "
            "internationally recognised as part of Azerbaijan but controlled by ethnic Armenians from the "
            "early 1990s until 2023, when Azerbaijani forces retook it in a lightning offensive and more "
            "than 100,000 Armenians fled.",
            "A ceasefire brokered by Russia ended the second war in 2020, and Russian peacekeepers were "
            "deployed to the region. They withdrew last year.",
            "Moscow has long been the main power broker in the South Caucasus, and analysts said the "
            "ceremony marked a significant loss of influence for the Kremlin, which is bogged down in its "
            "war in Ukraine. Iran, which borders the planned corridor, has warned against any change to "
            "regional borders.",
            "Related: Russia and Azerbaijan trade accusations after deadly police raids",
            "\"This is a big win for Washington, but the hard part is still ahead,\" said a South Caucasus "
            "analyst. \"The treaty is not signed, and the constitutional question in Armenia could take "
            "years.\"",
            "Pashinyan, who faces parliamentary elections next year, has proposed a referendum on a new "
            "constitution. Aliyev said he hoped the treaty could be signed soon and thanked Trump, "
            "suggesting he be awarded the Nobel Peace Prize.",
        ),
        (
            Gold("agreement.signed", "occurred", ("Armenia", "Azerbaijan", "Nikol Pashinyan", "Ilham Aliyev")),
            Gold("agreement.signed", "occurred", ("United States",), ("Armenia", "Azerbaijan")),
            Gold("agreement.signed", "negated", ("Azerbaijan",), ("Armenia",), core=False),
            Gold("sanctions.suspended", "occurred", ("United States", "Donald Trump"), ("Azerbaijan",),
                 core=False),
            Gold("agreement.signed", "historical", ("Russia",), ("Armenia", "Azerbaijan"), core=False),
            Gold("military.presence", "historical", ("Russia",), ("Nagorno-Karabakh",), core=False),
        ),
        not_participants=("White House",),
    ),
    Article(
        "h06-sweden-nato", date(2024, 3, 7),
        _p(
            "Sweden formally joins NATO, ending two centuries of military non-alignment",
            "Sweden has formally become the 32nd member of NATO, completing a process that began after "
            "Russia's full-scale invasion of Ukraine and ending two centuries of military non-alignment.",
            "Prime Minister Ulf Kristersson handed over Sweden's accession documents to US Secretary of "
            "State Antony Blinken at a ceremony in Washington on Thursday, where the alliance's founding "
            "treaty is deposited.",
            "Kristersson said Sweden would now share the burdens, responsibilities and risks with its "
            "allies, and Blinken said the alliance was stronger than at any time in its history.",
            "Keep reading\nlist of 3 items\nWhy did Hungary hold up Sweden's NATO bid for so long?\nStoltenberg "
            "says Ukraine will join NATO, the question is when\nRussia vows counter-measures over Finland's "
            "NATO entry\nend of list",
            "Sweden applied for membership together with neighbouring Finland in May 2022, three months "
            "after Russian troops crossed into Ukraine. Finland joined in April last year, but Sweden's bid "
            "was held up first by Turkey, which accused Stockholm of harbouring Kurdish fighters it "
            "considers \u201cterrorists\u201d, and then by Hungary.",
            "The Turkish parliament approved Sweden's membership in January after Stockholm tightened its "
            "anti-terrorism laws and Washington agreed to move forward with the sale of F-16 fighter jets to "
            "Ankara. Hungary's parliament was the last to give its consent, voting 188 to 6 in favour last "
            "week.",
            "Sweden brings to the alliance a modern air force, a sizeable navy and submarines adapted to the "
            "shallow waters of the Baltic Sea, which some officials now describe as a NATO lake.",
            "The Swedish government has said it will send troops to NATO's forward land forces in Finland, "
            "and it is expected to take part in the alliance's air policing missions over the Baltic states.",
            "Moscow has condemned the expansion. Kremlin spokesman Dmitry Peskov said Russia would take "
            "\u201ccountermeasures\u201d and closely watch whether NATO deploys troops and weapons on Swedish "
            "territory.",
            "Sweden's flag will be raised at NATO headquarters in Brussels on Monday.",
            "Ukraine, which applied to join the alliance in September 2022, has been told that it will "
            "become a member once the war is over, but allies remain divided on a timetable.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            Gold("alliance.joined", "occurred", ("Sweden",), ("NATO",)),
            Gold("military.presence", "planned", ("Sweden",), ("Finland",)),
            Gold("alliance.joined", "historical", ("Finland",), ("NATO",), core=False),
            Gold("alliance.joined", "historical", ("Ukraine",), ("NATO",), core=False),
            Gold("agreement.signed", "historical", ("United States",), ("Turkey",), core=False),
        ),
    ),
    Article(
        "h07-german-brigade", date(2025, 5, 22),
        _p(
            "Germany launches its first permanent troop deployment abroad since World War II",
            "VILNIUS, Lithuania (AP) \u2014 Germany on Thursday formally launched its first permanent "
            "deployment of combat troops abroad since World War II, commissioning an armored brigade in "
            "Lithuania that is meant to help defend NATO's eastern flank against a possible Russian attack.",
            "Chancellor Friedrich Merz attended a ceremony in central Vilnius where the 45th Panzer Brigade "
            "was officially put into service, alongside Lithuanian President Gitanas Nauseda.",
            "\u201cThe security of Lithuania is our security too,\u201d Merz told the soldiers, calling the "
            "deployment a historic step.",
            "About 400 German soldiers are already stationed in Lithuania. The brigade is expected to reach "
            "its full strength of some 4,800 troops and 200 civilian staff by the end of 2027, with Leopard "
            "2 tanks and Puma infantry fighting vehicles. Germany will build two bases for it, near Rukla "
            "and Rudninkai, at a cost that Lithuania is sharing.",
            "Germany has led a smaller NATO battlegroup in Lithuania since 2017, rotating troops in and out "
            "every few months. The decision to keep a full brigade there permanently was announced in 2023, "
            "after Russia's invasion of Ukraine raised fears in the Baltic states that they could be next.",
            "Lithuania, Latvia and Estonia, all former Soviet republics, joined NATO and the European Union "
            "in 2004. Each now spends more than 3% of its economic output on defense, and Lithuania has "
            "pledged to raise that to between 5% and 6% from next year.",
            "The deployment marks a shift for Germany, where memories of World War II long made politicians "
            "wary of sending troops abroad. Merz has promised to make the Bundeswehr the strongest "
            "conventional army in Europe.",
            "Not everyone in the region is satisfied. Polish officials have asked for a similar permanent "
            "German presence, and some Lithuanian lawmakers said the bases would not be ready in time.",
            "\u201cWe are grateful, but we are counting the months,\u201d said a former Lithuanian defense "
            "official.",
            "Moscow has called the deployment a provocation. Kremlin spokesman Dmitry Peskov said Russia "
            "would take the German move into account in its own military planning.",
            "The United States, which has about 100,000 troops in Europe, has not said whether it will keep "
            "its current force levels on the continent. The Pentagon is reviewing its global posture, and "
            "officials in the Baltics fear that some American units could be withdrawn.",
            "Associated Press writer Hanna Weber in Berlin contributed to this report.",
        ),
        (
            Gold("military.presence", "occurred", ("Germany",), ("Lithuania",)),
            Gold("military.presence", "historical", ("Germany", "NATO"), ("Lithuania",), core=False),
            Gold("alliance.joined", "historical", ("Lithuania", "Latvia", "Estonia"),
                 ("NATO", "European Union"), core=False),
        ),
    ),
    Article(
        "h08-snapback-warning", date(2025, 8, 20),
        _p(
            "Iran warns Europe against triggering snapback of UN sanctions",
            "Iran has warned Britain, France and Germany of a firm response if they move to restore United "
            "Nations sanctions that were lifted under the 2015 nuclear deal, as a deadline set by the three "
            "European countries draws near.",
            "Foreign Minister Abbas Araghchi said on Wednesday that the European powers had no legal "
            "standing to use the so-called snapback mechanism, because they had failed to honour their own "
            "commitments after the United States withdrew from the agreement in 2018 and reimposed its own "
            "sanctions.",
            "Tehran warned Europe against triggering the snapback in a letter to the UN secretary-general "
            "last month, saying such a step would be legally void.",
            "The three countries, known as the E3, have said they will trigger the mechanism by the end of "
            "August unless Iran resumes full cooperation with the International Atomic Energy Agency and "
            "returns to negotiations with Washington. Once triggered, the process would restore all UN "
            "sanctions on Iran within 30 days unless the Security Council votes otherwise.",
            "Keep reading\nlist of 3 items\nIran executes man accused of spying for Israel\nWhat is behind the "
            "latest slide in Iran's currency?\nIAEA chief says inspectors could return to Iran within "
            "weeks\nend of list",
            "Talks between Iran and the IAEA on the return of inspectors have made little progress since "
            "Israel and the United States bombed Iranian nuclear sites in June. Iran suspended cooperation "
            "with the agency after the strikes.",
            "A meeting between Iranian and European diplomats in Istanbul last month ended without "
            "agreement, though both sides said they would keep talking.",
            "The 2015 agreement, formally called the Joint Comprehensive Plan of Action, lifted "
            "international sanctions on Iran in exchange for limits on its nuclear programme. The UN "
            "resolution that endorsed the deal expires in October, after which the snapback option will no "
            "longer exist.",
            "Russia and China, both parties to the deal, have backed Tehran. Moscow has circulated a draft "
            "resolution that would extend the deal by six months, which European diplomats said they would "
            "not support unless Iran met their conditions.",
            "Iran's economy is already under heavy strain. The rial has lost about half its value against "
            "the dollar over the past year, and inflation is running above 40 percent.",
            "Ordinary Iranians fear that the return of UN measures would deepen the crisis. \u201cEvery time "
            "there is talk of sanctions, prices jump overnight,\u201d said a shopkeeper in Tehran's bazaar.",
            "Some Iranian lawmakers have called for the country to leave the Nuclear Non-Proliferation "
            "Treaty if sanctions are restored, a step the government has so far avoided.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            Gold("sanctions.threatened", "occurred", ("France", "United Kingdom", "Germany"), ("Iran",)),
            Gold("sanctions.lifted", "historical", (), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Iran",), core=False),
            Gold("agreement.signed", "stalled", ("Iran",), ("International Atomic Energy Agency",), core=False),
        ),
    ),
    Article(
        "h09-russia-economy", date(2024, 2, 22),
        _p(
            "Two years of war: How Russia's economy has weathered Western sanctions",
            "When Western governments unleashed a barrage of sanctions on Russia after its invasion of "
            "Ukraine in February 2022, many economists predicted that the country's economy would collapse "
            "within months. Two years later, it has not.",
            "Russia's gross domestic product shrank by 1.2 percent in 2022 but grew by 3.6 percent last "
            "year, according to the state statistics agency, and the International Monetary Fund expects "
            "growth of 2.6 percent this year, more than it forecasts for most Western economies.",
            "Much of that growth has come from the war itself. Military spending now accounts for about a "
            "third of the federal budget, and factories producing shells, drones and armoured vehicles are "
            "running around the clock.",
            "Keep reading\nlist of 4 items\nRussia and Ukraine swap prisoners of war\nEU set to adopt new "
            "sanctions on Russia ahead of war anniversary\nPutin hails 'unbreakable' economy at annual "
            "forum\nPhotos: Life in Moscow two years into the war\nend of list",
            "The United States, the European Union, the United Kingdom and their allies have imposed more "
            "than 16,000 sanctions on Russian individuals, companies and institutions since the invasion. "
            "They froze about $300bn of the Russian central bank's reserves, cut major banks off the SWIFT "
            "payment system and imposed a price cap of $60 a barrel on Russian seaborne crude in December "
            "2022.",
            "But Moscow has found ways around many of the measures. Trade with China reached a record $240bn "
            "last year, and India became one of the largest buyers of Russian oil, much of it shipped by an "
            "ageing \u201cshadow fleet\u201d of tankers with opaque ownership.",
            "\u201cThe sanctions were designed to hurt over the long term, not to stop the war overnight,\u201d "
            "said an economist at a Washington research institute. \u201cThe problem is that the oil cap has "
            "been leaking from the very beginning.\u201d",
            "Ordinary Russians have felt the impact mostly through prices. Inflation reached 7.4 percent at "
            "the end of last year, and the central bank raised its key interest rate to 16 percent in "
            "December to cool an overheating economy. Many Western brands left the country, though their "
            "shops were often taken over by local owners who sell similar goods under new names.",
            "Labour is another problem. Hundreds of thousands of men have been mobilised or have left the "
            "country, and companies complain that they cannot find workers.",
            "Economists warn that the current model cannot last. Oil and gas revenues fell by about a "
            "quarter last year, and the government has been drawing on its National Wealth Fund to cover "
            "the deficit.",
            "\u201cRussia has swapped a market economy for a war economy,\u201d said a former central bank "
            "official. \u201cIt can keep running for a few more years, but the cost falls on future "
            "generations.\u201d",
            "Western officials say the sanctions are working as intended by degrading Russia's ability to "
            "build advanced weapons, and that tighter enforcement could make them bite harder. Some European "
            "governments have proposed using the frozen central bank assets to help rebuild Ukraine, a step "
            "the Kremlin says would amount to theft.",
            "Source: Al Jazeera",
        ),
        (
            Gold("sanctions.imposed", "historical", ("United States", "European Union", "United Kingdom"),
                 ("Russia", "Central Bank of Russia"), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "h10-south-africa-unity", date(2024, 6, 15),
        _p(
            "South Africa's ANC and DA agree to form unity government as Ramaphosa re-elected",
            "South Africa's parliament has re-elected Cyril Ramaphosa as president after his African National "
            "Congress agreed to form a government of national unity with its main rival, the Democratic "
            "Alliance, two weeks after an election in which the ANC lost its majority for the first time.",
            "Ramaphosa won 283 votes in the 400-seat National Assembly late on Friday, defeating Julius "
            "Malema of the leftist Economic Freedom Fighters, who received 44 votes.",
            "The deal was sealed hours earlier, when DA leader John Steenhuisen said his party had signed a "
            "statement of intent to join the coalition. Two smaller parties, the Inkatha Freedom Party and "
            "the Patriotic Alliance, have also said they will join.",
            "\u201cToday marks the start of a new chapter,\u201d Steenhuisen told reporters in Cape Town, calling "
            "the agreement a multiparty government rather than a grand coalition between two old enemies.",
            "The ANC, which has governed since the end of apartheid in 1994, won 40 percent of the vote in "
            "the May 29 election, down from 57.5 percent five years earlier. The DA came second with 22 "
            "percent.",
            "The party of former President Jacob Zuma, uMkhonto weSizwe, took nearly 15 percent in its first "
            "election and has refused to take its seats, alleging that the vote was rigged. The electoral "
            "commission has rejected the claim.",
            "Keep reading\nlist of 3 items\nSouth Africa's election: Who are the main parties?\nWhy Zuma's new "
            "party is shaking up South African politics\nANC loses majority in landmark vote\nend of list",
            "The agreement has angered parts of the ANC's base and its traditional allies, the trade union "
            "federation COSATU and the South African Communist Party, which accuse the DA of defending the "
            "interests of big business.",
            "Investors welcomed the deal. The rand gained more than 1 percent against the dollar on Friday, "
            "and South African bonds rallied.",
            "Negotiations over cabinet posts are expected to be difficult. The DA has said it wants "
            "ministries related to the economy, while the ANC has insisted that its policies on black "
            "economic empowerment and land reform are not up for discussion.",
            "\u201cA coalition government is new territory for South Africa,\u201d said a political analyst at "
            "a Johannesburg university. \u201cThe test will be whether they can agree on a budget.\u201d",
            "Ramaphosa is due to be inaugurated in Pretoria on Wednesday.",
            "Source: Al Jazeera",
        ),
        kind="near miss",
    ),
    Article(
        "h11-dm-chelsea-fine", date(2015, 3, 5),
        "Chelsea hit with UEFA fine over crowd trouble as Mourinho signs new deal . By . Sam Porter for "
        "MailOnline . Published : . 16:05 EST , 5 March 2015 . | . Updated : . 18:20 EST , 5 March 2015 . "
        "Chelsea have been fined £ 30,000 by UEFA after their supporters threw flares during the Champions "
        "League last-16 first leg against Paris Saint-Germain . European football 's governing body "
        "imposed sanctions on the club following a disciplinary hearing in Nyon on Thursday , and warned "
        "that a stadium ban could follow if there is any repeat . PSG were also punished for the late "
        "arrival of their team bus , which delayed the kick-off by five minutes . The penalties come as "
        "Jose Mourinho agreed a new contract that will keep him at Stamford Bridge until 2019 . The "
        "Portuguese , who returned to the club in 2013 , signed the deal at the club 's Cobham training "
        "ground on Wednesday evening . ' I am very happy here and I want to build something that lasts , ' "
        "Mourinho said . ' This club is my home . ' Chelsea lead the Premier League by five points and "
        "face West Ham on Saturday . The Blues will be without Diego Costa , who is serving a three-match "
        "suspension after an incident in the Capital One Cup semi-final . Costa was banned after the FA "
        "'s regulatory commission found him guilty of violent conduct , a charge he denied . The striker "
        "joined from Atletico Madrid last summer for £ 32million and has scored 17 goals in all "
        "competitions . Meanwhile , Brazilian defender Filipe Luis could leave the club at the end of the "
        "season , with his former side keen on a reunion . The second leg against PSG takes place at "
        "Stamford Bridge on March 11 , with the tie level at 1-1 after a header in Paris . Mourinho has "
        "also called on UEFA to review its rules on penalties , after his side were denied what he "
        "described as a clear spot-kick in the first leg . ' If the referee does not see it , the rules "
        "should allow the fourth official to tell him , ' he said . The club have appealed against the "
        "fine , which they described as ' disproportionate ' . UEFA is expected to rule on the appeal "
        "within the next month .",
        kind="near miss",
    ),
    Article(
        "h12-bank-penalties", date(2014, 7, 1),
        _p(
            "(CNN) -- French bank BNP Paribas pleaded guilty on Monday to violating U.S. sanctions against "
            "Sudan, Cuba and Iran and agreed to pay nearly $9 billion in penalties, the largest such fine "
            "ever imposed on a bank.",
            "The bank admitted that for years it had processed billions of dollars in transactions for "
            "clients in the sanctioned countries, hiding the origin of the money so that it could pass "
            "through the U.S. financial system.",
            "\"The bank went to elaborate lengths to hide prohibited transactions and mislead U.S. "
            "authorities,\" a senior Justice Department official said at a news conference in Washington.",
            "Under the plea agreement with the Justice Department and New York state regulators, BNP will "
            "pay $8.97 billion and will be banned for one year from clearing certain U.S. dollar "
            "transactions, a penalty that goes to the heart of its business as a global bank.",
            "A federal judge in Manhattan must still approve the deal. Sentencing is scheduled for later "
            "this year.",
            "Thirteen employees, including the bank's chief operating officer, will leave the company, and "
            "dozens of others will face disciplinary action.",
            "The case has strained relations between Paris and Washington. French President Francois "
            "Hollande had argued that the penalty was disproportionate and raised the issue with President "
            "Barack Obama during a visit to Normandy last month. Obama said he could not interfere in a "
            "criminal prosecution.",
            "French officials also complained that the case could hurt negotiations on a free-trade deal "
            "between the European Union and the United States.",
            "\"We have to make sure that our banks are not penalized by rules that are not ours,\" a French "
            "minister said.",
            "The United States imposed sanctions on Sudan in 1997, accusing its government of supporting "
            "terrorism, and has kept a trade embargo on Cuba since the early 1960s. Many of the Iranian "
            "transactions involved oil deals conducted while U.S. sanctions on Iran were in force.",
            "BNP shares rose 3.6% in Paris on Tuesday, as investors welcomed the end of the uncertainty. The "
            "bank said it had already set aside $1.1 billion to cover the fine and that it would still meet "
            "capital requirements.",
            "Other foreign banks, including Credit Agricole and Societe Generale, are under investigation for "
            "similar violations.",
            "CNN's Claire Dubois in Paris and Evan Rourke in Washington contributed to this report.",
        ),
        (
            Gold("sanctions.imposed", "historical", ("United States",), ("Sudan",), core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Cuba",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "h13-asean-summit", date(2023, 9, 7),
        _p(
            "ASEAN summit ends without breakthrough on Myanmar, South China Sea",
            "Southeast Asian leaders ended a three-day summit in Jakarta on Thursday without a breakthrough "
            "on the crisis in Myanmar or on a long-delayed code of conduct for the South China Sea, "
            "underlining the limits of the bloc's consensus-based diplomacy.",
            "In a final statement, the leaders of the Association of Southeast Asian Nations said they were "
            "\u201cdeeply concerned\u201d about violence in Myanmar and that a five-point peace plan agreed with "
            "the country's military in April 2021 remained the main reference for the bloc's efforts. The "
            "generals have largely ignored the plan.",
            "Indonesian President Joko Widodo, who chaired the meeting, said the bloc would not be held "
            "hostage by the situation in Myanmar. Myanmar was stripped of its turn to chair ASEAN in 2026, "
            "which will pass to the Philippines instead.",
            "Negotiations between ASEAN and China on a code of conduct for the disputed waterway, which have "
            "dragged on for more than two decades, again failed to produce a text. China and ASEAN signed a "
            "non-binding declaration on the conduct of parties in 2002, but efforts to turn it into a "
            "binding agreement have stalled over its legal status and geographical scope.",
            "Keep reading\nlist of 3 items\nPhilippines accuses China coastguard of water cannon attack\nChina's "
            "new map sparks anger across Asia\nIndonesia and Vietnam seal maritime border deal\nend of list",
            "Tensions flared before the summit after Beijing published a new official map showing most of "
            "the South China Sea as Chinese territory, drawing protests from Malaysia, the Philippines, "
            "Vietnam and Indonesia.",
            "Chinese Premier Li Qiang, who attended a meeting with ASEAN leaders on Wednesday, called on "
            "countries in the region to avoid a \u201cnew Cold War\u201d and said differences should be managed "
            "through dialogue.",
            "US Vice President Kamala Harris, standing in for President Joe Biden, told ASEAN leaders that "
            "Washington was committed to the region and would continue to defend freedom of navigation.",
            "On the sidelines of the summit, the Philippines and Vietnam discussed a possible agreement on "
            "coast guard cooperation, and Japan's prime minister proposed launching talks with Manila on a "
            "reciprocal access agreement for their troops.",
            "\u201cASEAN is good at meetings and statements, less good at making decisions that hurt,\u201d said "
            "a Southeast Asian diplomat who requested anonymity.",
            "Timor-Leste, which was admitted to the bloc in principle last year, attended as an observer and "
            "is expected to become its 11th member once it meets a set of criteria.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            Gold("agreement.signed", "stalled", ("ASEAN",), ("China",), core=False),
            Gold("agreement.signed", "historical", ("China", "ASEAN"), core=False),
            Gold("agreement.signed", "historical", ("ASEAN",), ("Myanmar",), core=False),
            Gold("alliance.joined", "planned", ("Timor-Leste",), ("ASEAN",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "h14-nato-75", date(2024, 4, 4),
        _p(
            "NATO marks 75 years as war in Ukraine tests alliance unity",
            "NATO foreign ministers gathered in Brussels on Thursday to mark the 75th anniversary of the "
            "alliance, as its members debated how to keep weapons flowing to Ukraine and prepared for the "
            "possible return of Donald Trump to the White House.",
            "The North Atlantic Treaty was signed in Washington on April 4, 1949, by 12 countries, including "
            "the United States, Canada, the United Kingdom and France, as a bulwark against the Soviet Union. "
            "Its Article 5 commits members to treat an attack on one as an attack on all, a clause invoked "
            "only once, after the September 11, 2001 attacks on the United States.",
            "The alliance has since grown to 32 members. Sweden became the newest last month, less than a "
            "year after Finland, as Russia's invasion of Ukraine pushed the two Nordic countries to abandon "
            "decades of neutrality. Former Warsaw Pact states including Poland, Hungary and the Czech "
            "Republic joined in 1999, followed by the Baltic states in 2004.",
            "Keep reading\nlist of 3 items\nSweden formally joins NATO after Hungary ratifies bid\nNATO chief "
            "proposes $100bn fund for Ukraine\nRussia says NATO expansion makes Europe less safe\nend of list",
            "Secretary General Jens Stoltenberg proposed a five-year, 100-billion-euro ($108bn) fund for "
            "Ukraine, which would give NATO a larger role in coordinating military aid and shield it from "
            "changes of government in member states. Several allies, including Hungary, voiced doubts about "
            "the plan.",
            "\u201cWe must rely less on voluntary contributions and more on firm commitments,\u201d Stoltenberg "
            "told reporters.",
            "US Secretary of State Antony Blinken said Ukraine would one day become a member of the "
            "alliance, but allies remain divided over when and how. At last year's summit in Vilnius, "
            "leaders agreed that Kyiv could join once allies agreed and conditions were met, a formula that "
            "disappointed Ukrainian officials.",
            "Russia has long cited NATO's eastward expansion as a threat to its security. Kremlin spokesman "
            "Dmitry Peskov said this week that relations between Moscow and the alliance had slid to the "
            "level of direct confrontation.",
            "The anniversary comes amid concern in Europe about Trump, who has said he would not protect "
            "members that do not spend enough on defence. Only 11 of the 31 allies met NATO's target of "
            "spending 2 percent of their economic output on defence last year, although the number is "
            "expected to rise.",
            "Leaders will hold a summit in Washington in July to celebrate the anniversary.",
            "Source: Al Jazeera",
        ),
        (
            Gold("agreement.signed", "historical", ("United States", "Canada", "United Kingdom", "France"),
                 ("NATO",), core=False),
            Gold("alliance.joined", "historical", ("Sweden",), ("NATO",), core=False),
            Gold("alliance.joined", "historical", ("Finland",), ("NATO",), core=False),
            Gold("alliance.joined", "historical", ("Poland", "Hungary", "Czech Republic"), ("NATO",),
                 core=False),
        ),
        kind="near miss",
    ),
    Article(
        "h15-iran-talks-stall", date(2022, 9, 2),
        _p(
            "Iran nuclear talks stall as US imposes new oil sanctions",
            "Efforts to revive the 2015 Iran nuclear deal have stalled again after Washington said Tehran's "
            "latest response to a European Union proposal was \u201cnot constructive\u201d, dimming hopes of an "
            "agreement before the US midterm elections.",
            "The EU, which coordinates the talks, had presented what it called a final text in August after "
            "16 months of indirect negotiations in Vienna between Iran and the United States. Iran sent its "
            "comments on the text, and the US replied last week, but Tehran's answer on Thursday appeared to "
            "take the process backwards, US officials said.",
            "\u201cWe are studying Iran's response, but unfortunately it is not constructive,\u201d a State "
            "Department spokesman said.",
            "Hours later, the US Treasury imposed sanctions on a network of companies it accused of selling "
            "Iranian oil and petrochemicals to buyers in East Asia, including firms based in the United Arab "
            "Emirates, Hong Kong and India. The Treasury said the network had helped Iran's national oil "
            "company move hundreds of millions of dollars' worth of products.",
            "Under the deal, Iran agreed to limits on its nuclear programme in return for the lifting of "
            "international sanctions. Then-President Donald Trump pulled the United States out of the "
            "agreement in 2018 and reimposed sanctions that have devastated Iran's economy. Iran responded "
            "by enriching uranium well beyond the deal's limits.",
            "Iranian officials have demanded guarantees that a future US administration will not abandon "
            "the deal again, as well as the closure of an investigation by the UN nuclear watchdog into "
            "traces of uranium found at undeclared sites.",
            "\u201cThere cannot be an agreement while this file remains open,\u201d an Iranian foreign ministry "
            "spokesman said.",
            "Keep reading\nlist of 3 items\nIran says US response to EU nuclear text 'not constructive'\nCan "
            "the Iran nuclear deal still be saved?\nIsrael urges world powers to walk away from Iran "
            "talks\nend of list",
            "The administration of President Joe Biden has said it would lift sanctions on Iran's oil sales "
            "if Tehran returns to full compliance, which would allow more than a million barrels a day of "
            "Iranian crude back on to world markets at a time of high energy prices.",
            "Israel, which opposes the deal, has lobbied Washington and European capitals to walk away from "
            "the talks. Its prime minister said on Thursday that the negotiations should be declared over.",
            "Analysts said a deal was unlikely before November. \u201cNeither side wants to be the one that "
            "kills the talks, but neither is ready to pay the price of an agreement,\u201d said an Iran "
            "analyst at a Brussels-based think tank.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States Department of the Treasury", "United States")),
            Gold("agreement.signed", "stalled", ("Iran", "United States"), ("European Union",), core=False),
            Gold("sanctions.lifted", "historical", (), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", ("United States", "Donald Trump"), ("Iran",), core=False),
        ),
    ),
    Article(
        "h16-syria-order", date(2025, 6, 30),
        _p(
            "Trump signs order ending US sanctions programme on Syria",
            "WASHINGTON \u2014 President Donald Trump on Monday signed an executive order terminating the US "
            "sanctions programme on Syria, following through on a pledge he made in May to give the "
            "country's new government a chance to rebuild.",
            "The order revokes a series of executive orders dating back to 2004 that formed the basis of "
            "broad restrictions on trade and investment with Syria, the White House said. Sanctions on "
            "former President Bashar al-Assad, his associates, human rights abusers, drug traffickers and "
            "people linked to chemical weapons activities will remain in place.",
            "\u201cThis is an effort to support the country's path to stability and peace,\u201d a White House "
            "spokeswoman told reporters.",
            "Trump announced in a speech in Riyadh on May 13 that he would lift sanctions on Syria, and met "
            "interim President Ahmed al-Sharaa the following day. The Treasury issued a general licence in "
            "May allowing transactions with the Syrian government, and the State Department waived for 180 "
            "days sanctions imposed under the Caesar Act.",
            "Secretary of State Marco Rubio said the department would review the designation of Hay'at "
            "Tahrir al-Sham, the group Sharaa led until it dissolved itself in January, as a foreign "
            "terrorist organisation, as well as Syria's listing as a state sponsor of terrorism.",
            "The Caesar Act, passed by Congress in 2019, can only be fully repealed by lawmakers. Several "
            "members of Congress have introduced bills to do so, while others want to keep it as leverage.",
            "Related: Syria's Sharaa says indirect talks with Israel under way",
            "Syrian Foreign Minister Asaad al-Shaibani welcomed the decision, saying on X that it removed a "
            "major obstacle to economic recovery and would open the door to reconstruction and investment.",
            "The European Union lifted its economic sanctions on Syria last month, while keeping measures "
            "against individuals tied to the Assad government.",
            "The United States has not reopened its embassy in Damascus, which closed in 2012, although "
            "Washington's ambassador to Turkey has been appointed special envoy for Syria.",
            "Syria's economy has been devastated by nearly 14 years of war. The World Bank estimates that "
            "reconstruction could cost more than $250bn.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("United States", "Donald Trump"), ("Syria",)),
            Gold("sanctions.lifted", "historical", ("United States", "Donald Trump"), ("Syria",), core=False),
            Gold("sanctions.suspended", "historical", ("United States Department of State",), ("Syria",),
                 core=False),
            Gold("sanctions.lifted", "historical", ("European Union",), ("Syria",), core=False),
            Gold("relations.restored", "negated", ("United States",), ("Syria",), core=False),
        ),
    ),
]

# Failures that lexicon entries and small local rules cannot fix (strict: a fix must be noticed).
XFAIL_FOUND: dict[str, str] = {
    "h04-saudi-iran-ties": "the deal itself is told only as 'in a deal brokered by China' and 'the agreement was "
    "announced': no signing verb, and the probe set treats 'a deal brokered by X' as no agreement event",
    "h08-snapback-warning": "the E3's threat is 'will trigger the mechanism … unless': the snapback is named in "
    "another sentence (coreference) and 'E3' is not in the knowledge base",
}
XFAIL_ALARM: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for what the article tells as background, denial or stalled talks, and no venue
    or spokesman's office as a party."""
    check_no_false_alarm(article, near_misses_quiet=False)


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


# --- the leftovers of the first round, in passages of this test's own -------------------------


def _events(text: str) -> list[Event]:
    return analyze(text, lang="en", published=date(2025, 9, 1)).events


def test_warning_against_sanctions_is_no_sanctions_event() -> None:
    """Whoever warns others against sanctions threatens nobody with them."""
    for text in (
        "Tehran warned the European powers against triggering the snapback of UN sanctions.",
        "Moscow warned Washington against imposing new sanctions on its oil companies.",
    ):
        assert [e for e in _events(text) if e.status in ALERTABLE] == [], text


def test_title_case_headline_names_washington_as_the_actor() -> None:
    events = _events("Washington Imposes Sanctions On Chinese Refiners Over Iranian Oil")
    assert [(e.type, [r.name for r in e.actors]) for e in events] == [("sanctions.imposed", ["United States"])]


def test_venue_is_no_party_to_a_signing() -> None:
    events = _events("Armenia and Azerbaijan signed a joint declaration at the White House on Friday.")
    assert len(events) == 1 and events[0].type == "agreement.signed"
    names = {r.name for r in events[0].actors + events[0].targets}
    assert {"Armenia", "Azerbaijan"} <= names and "White House" not in names


def test_heldout_set_shape() -> None:
    assert 12 <= len(ARTICLES) <= 16
    assert all(350 <= len(a.text.split()) <= 750 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 350 <= len(a.text.split()) <= 750
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 5 <= near <= len(ARTICLES) - 5


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out English events"))
