"""Ninety-third English held-out event set: twelve full-length articles (300-600 words) written for
this test in outlet forms of the Asia-Pacific, South and Central Asia and the Middle East: a Sydney
Uyghur community site's English page, a Perth grain trade weekly, a Hong Kong electronics supply-chain
newsletter, a Beirut business weekly, an Erbil news site's English service, a Tehran English-language
daily, a Lahore daily's web edition, a Suva Pacific radio station's web page, a Baghdad English news
site, an Islamabad news site, a Mumbai daily's cricket round-up and a Singapore bunkering trade
newsletter. The episodes, of 2016-2025, are ones that the earlier sets, as far as a search of their
docstrings and article texts (both languages) for the states, bodies, people and numbers shows, do
not carry as core news: the Treasury's Global Magnitsky sanctions on Chen Quanguo, three other
officials and the Xinjiang Public Security Bureau (July 2020: set 33 names the listing only as
background); China lifting its duties on Australian barley (August 2023: set 47 names it only as
background; the wine duties lifted in 2024 are another decision); the Commerce Department's
temporary general licence suspending the export restrictions on ZTE (March 2016: the lifting of the
denial order of 2018 is elsewhere); the Council of the EU extending its Syria sanctions until 1 June
2021 (May 2020); Donald Trump threatening Iraq with sanctions after the parliament's vote on foreign
troops (January 2020); Iran becoming a full member of the Shanghai Cooperation Organisation (July
2023); Pakistan and Saudi Arabia signing their Strategic Mutual Defence Agreement (September 2025);
Kiribati and China restoring diplomatic relations (September 2019: another set names Kiribati's
recognition of 2019 only as background); Adel Abdul-Mahdi's decree folding the Popular Mobilization
Forces into the armed forces (July 2019); Pakistan's army announcing a training contingent for Saudi
Arabia (February 2018: another set names the contingent of 2018 only as background); and two near
misses (a Mumbai cricket round-up where an association "lifted the ban it imposed" on a practice
ground, players are "sanctioned", a franchise "signed an agreement" with a Dubai academy and "joined
an alliance" of teams, an owner "threatened", power is "restored", a deadline "extended", batters
"integrated", bowlers "deployed" and relations between two captains "restored"; a Singapore
bunkering newsletter where the port authority "lifted the suspension it imposed" on a licence,
suppliers are "sanctioned", an operator "signed an agreement" with a Japanese trading house and
"joined an industry alliance", a union "threatened", allowances "extended", delivery notes
"restored", tankers "integrated" and "deployed").

Ten articles carry core alertable events of all ten types; core events occurred (nine) or are
planned (one: the Pakistani contingent that "will send" to Saudi Arabia), beside historical,
negated, stalled, planned and occurred background.

Facts I am less sure of: the number of people and entities on the EU's Syria list in May 2020 (273
and 70), the date of ZTE's listing (7 March 2016) and of its trading halt (8 March), the figure of
about 1,600 Pakistani troops in the kingdom in 2018, the PMF's payroll of about 140,000, and the
count of Taiwan's allies after Kiribati's switch; the rest (dates, names, the 80.5 per cent duty, the
deadline of 31 July 2019, the summit chaired by India) I am confident of.

Decisions of the annotation: the United States that "imposed sanctions on Thursday on Chen
Quanguo ... and on three other officials" imposes (core; the Treasury and Steven Mnuchin actors;
China and Chen the targets); the Commerce Department that "added the Xinjiang police bureau ... to
its entity list in October last year" a historical imposition and "Australia has not imposed
sanctions on any Chinese official" a negated one; the Uyghur Human Rights Policy Act passed by
Congress is no event, and Sydney no party. China that "has lifted the ... duties of 80.5 per cent"
on Australian barley lifts (core; its Ministry of Commerce an actor; Australia the target); the
duties "imposed in May 2020" a historical imposition, the coal ban lifted "at the start of this year"
a historical lifting, "China has not lifted the duties on Australian wine" a negated lifting and the
talks on lifting the ban on rock lobster that "have made no progress" a stalled lifting;
Australia's withdrawal of its WTO complaint is no event, and France, Argentina and Vietnam, other
suppliers, no party. The Commerce Department that "has suspended the export restrictions it imposed
on ZTE this month" with a licence until 30 June suspends (core; ZTE the target); the listing "on 7
March" a historical imposition (before the day's news) and "The licence does not remove ZTE from the
entity list" a negated lifting; "could be extended or withdrawn" is a possibility, no event, ZTE's
shares "suspended" a market halt, and Iran, whose sanctions ZTE is accused of breaching, no party.
The Council of the European Union that "extended its sanctions against the Syrian government for
one more year" extends (core; Syria the target); the EU that "first imposed sanctions on Syria in
May 2011" a historical imposition and the Caesar Act sanctions "due to take effect on 17 June" a
planned imposition of the United States (not core); the law's signing by Trump is no accord, and
Lebanon no party. The United States whose president "threatened on Sunday to impose sanctions on
Iraq" threatens (core; Donald Trump an actor); the 5,200 American soldiers "stationed in Iraq" a
historical presence, the "American waivers" that let Iraq pay Iran a historical suspension of the
sanctions on Iran, and the sanctions on Iran "reimposed ... in November 2018" a historical
imposition; the parliament's resolution asking for the troops to leave is no event of the ten
types. Iran that "became a full member of the Shanghai Cooperation Organisation" joins (core; Ebrahim
Raisi an actor; the SCO the target); India and Pakistan that "joined it in 2017" historical joinings
and Belarus that "is expected to join next year" a planned joining (not core); Saudi Arabia, Egypt
and Qatar "became dialogue partners", a status short of membership, no joining. Pakistan and Saudi
Arabia that "signed a Strategic Mutual Defence Agreement in Riyadh" sign (core; Shehbaz Sharif and
Mohammed bin Salman actors); the Pakistani soldiers that "have served in the kingdom for decades" a
historical presence and "the country did not join the Saudi-led coalition" in Yemen a negated
joining; the protocol of 1982, named without a verb, is no event, and Qatar and Israel, of the strike
on Doha, no party. Kiribati and China that "have restored diplomatic relations" restore (core;
Taneti Maamau and Wang Yi actors); the agreements the two governments "are to sign" early next year
a planned signing and China that "would reopen its embassy in Tarawa" a planned restoration (not
core: the same restoration's next step); the break with Taiwan and Solomon Islands' change of
recognition are no restorations, and Australia no party. Iraq whose prime minister "has ordered the
Popular Mobilization Forces to be fully integrated into Iraq's armed forces" integrates (core: the
decree itself puts the factions under the armed forces' command, the deadline being for the
factions to comply; Adel Abdul-Mahdi an actor; the PMF the target); the law of November 2016 that
"already made them part of the security forces" a historical integration and the designation of
Kataib Hezbollah "in 2009" a historical imposition. Pakistan that "will send a contingent of troops
to Saudi Arabia" is a planned presence (core; the Pakistan Army an actor); "the troops would not be
employed outside Saudi Arabia", meaning Yemen, a negated presence, and the soldiers "in Saudi Arabia
since the 1970s" a historical presence; Iran is no party. Nothing in the near misses is an event.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout93_events_en``.

Measured before any fix (on commit d98de2b): P 1.000, R 1.000, F1 1.000 (recall 10/10, 13 of 13
alerts right; recall by status: occurred 9/9, planned 1/1; no false alarm on background events, no
unexpected alert in the near misses). No annotation was changed after the run.
Venue as a party: on the Hong Kong newsletter the suspension ("The United States Commerce
Department has suspended the export restrictions it imposed on ZTE this month") has Hong Kong, the
dateline's city and the place of ZTE's "suspended" shares, for a third actor beside the United
States and the Commerce Department; the article is a strict xfail of the no-false-alarm test.
Seen, not scored (counted right only by the lenient matching, or outside the scoring): on the Sydney
site the imposition has "secretary of Xinjiang" (an unlinked fragment) for target and neither Chen,
the Treasury nor Mnuchin, the Commerce listing of October has Xinjiang for target, and Australia's
negated imposition has "Chinese official" for target. On the Perth weekly the lifting has no
Ministry of Commerce, and the duties of 2020, the coal ban lifted, the negated wine lifting and the
stalled lobster talks are not found. On the Hong Kong newsletter the listing of 7 March and the
negated removal have no actor. On the Beirut weekly the extension is read from the headline's
"extends", and the Caesar Act's planned sanctions are not found. On the Erbil site the threat is read
from the headline's "threatens" with Trump alone for actor, and the waivers (a historical
suspension) are not found. On the Tehran daily the joining is read from the headline's "becomes",
the lead's "Iran became a full member ... on Tuesday" is read as a historical joining, and the
joinings of 2017 and Belarus's planned one are not found. On the Lahore site the signing has Asim
Munir, who attended, for target, the decades of Pakistani service in the kingdom are not found, and
the negated joining of the Yemen coalition has the counter-terrorism coalition for a second actor. On
the Suva page the restoration has neither Maamau nor Wang, the relations "first established ... in
1980" are read as a historical restoration, and the planned signing has China alone. On the Baghdad
site the integration has the PMF for actor and no Iraq or Abdul-Mahdi, the decree's "to be fully
integrated" is a second, planned integration (with Iraq for target), and the law of 2016 is not
found. On the Islamabad site the planned presence has no Pakistan Army, and the negated presence in
Yemen and the soldiers already in the kingdom are not found. The two near misses are quiet.

After the fixes of 2026-12-07: P 1.000, R 1.000, F1 1.000 (recall 10/10, 13 of 13 alerts right;
no false alarm, no unexpected alert, no venue as a party). A line that opens with a place in
capitals, a full date with the day first and a dash ("HONG KONG, 24 March 2016 - Asia Electronics
Supply Chain Brief", the form of British and Commonwealth papers) is a dateline
(``rasd/events/dateline.py``), so Hong Kong is no longer an actor of the suspension and the Hong
Kong newsletter's strict xfail is removed (rule sentences in ``test_heldout93_rules_en``). Left as
seen above: the unlinked targets ("secretary of Xinjiang", "Chinese official"), the people not
given as actors (the Treasury's Mnuchin, Maamau and Wang, Abdul-Mahdi, the Pakistan Army), Asim
Munir as a target of the signing, the lead of the Tehran daily read as a historical joining, the
relations of 1980 read as a restoration, and the background events not found (the Caesar Act's
planned sanctions, the waivers for Iraq, the joinings of 2017, the stalled lobster talks and
others); each is a matter of roles or of background recall, outside what this set's figures count,
and none was fixed in the time of this round.

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
TREASURY = "United States Department of the Treasury"
COMMERCE = "United States Department of Commerce"
MOFCOM = "Ministry of Commerce (China)"
EU = "European Union"
COUNCIL = "Council of the European Union"
SCO = "Shanghai Cooperation Organisation"
PMF = "Popular Mobilization Forces"
SAUDI = "Saudi Arabia"

ARTICLES: list[Article] = [
    Article(
        "h93-01-sydney-uyghur-community-site-us-sanctions-xinjiang-officials",
        date(2020, 7, 10),
        _p(
            "US sanctions Xinjiang party chief Chen Quanguo and security officials",
            "SYDNEY, 10 July 2020 - East Turkestan Community News (English page)",
            "The United States imposed sanctions on Thursday on Chen Quanguo, the Communist Party secretary of Xinjiang and a member of the Politburo, and on three other officials over the mass detention of Uyghurs and other Muslims in the region. The Treasury also listed the Xinjiang Public Security Bureau, the police force that runs much of the surveillance network across the region.",
            "Treasury Secretary Steven Mnuchin said the United States was committed to using its full financial powers to hold human rights abusers accountable. Besides Chen, the measures under the Global Magnitsky Act name Zhu Hailun, a former deputy party secretary of the region, Wang Mingshan, the head of the regional public security department, and his predecessor, Huo Liujun. Any property they hold in the United States is frozen and Americans may not deal with them.",
            "It is the highest-ranking Chinese official Washington has ever sanctioned. Chen ran Tibet before he was sent to Xinjiang in 2016, and the camps, which Beijing calls vocational training centres, were built under his rule.",
            "The Commerce Department added the Xinjiang police bureau and several of its units to its entity list in October last year, barring American companies from selling them technology without a licence. Congress passed the Uyghur Human Rights Policy Act in June, which obliges the administration to report on officials responsible for abuses.",
            "The Chinese foreign ministry said the measures were a gross interference in China's internal affairs and warned that Beijing would respond. A spokesman said Xinjiang affairs were purely domestic and that no foreign government had the right to meddle in them.",
            '"This is the first time someone at the top has been named," said a member of a Uyghur association in Sydney whose mother was detained in Kashgar in 2017. "Our families cannot call us. Maybe this will make the officials think before they do more."',
            "Australia has not imposed sanctions on any Chinese official over Xinjiang. It has no law that would allow targeted human rights sanctions of the Magnitsky kind, and a parliamentary committee is still examining whether to adopt one. Community groups said they would write to every senator asking for such a law before the end of the year.",
            "Analysts said the practical effect of the sanctions on Chen was likely to be small, since he is not known to hold assets abroad, but the symbolic weight was great.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, TREASURY, "Steven Mnuchin"),
                ("China", "Chen Quanguo"),
            ),
            Gold("sanctions.imposed", "historical", (US, COMMERCE), ("China",), core=False),
            Gold("sanctions.imposed", "negated", ("Australia",), ("China",), core=False),
        ),
        not_participants=("Sydney",),
    ),
    Article(
        "h93-02-perth-grain-trade-weekly-china-lifts-barley-duties",
        date(2023, 8, 5),
        _p(
            "China drops barley duties, opening the way for WA growers to return",
            "PERTH, 5 August 2023 - Western Grain Weekly",
            "China has lifted the anti-dumping and anti-subsidy duties of 80.5 per cent that it imposed on Australian barley three years ago, its Ministry of Commerce said on Friday, removing the main obstacle to a trade once worth more than a billion dollars a year to Australian growers. The ministry said the duties were no longer necessary in view of changes in the Chinese market.",
            "Trade Minister Don Farrell welcomed the decision, and said Australia would now withdraw the complaint it lodged with the World Trade Organization in 2020. Foreign Minister Penny Wong said the outcome showed the value of calm and consistent dialogue.",
            "The duties were imposed in May 2020, weeks after the Morrison government called for an independent inquiry into the origins of COVID-19, and they were followed by restrictions on beef, timber, coal, lobster and wine. Beijing lifted its informal ban on Australian coal at the start of this year, and cargoes have since returned to Chinese ports.",
            "China has not lifted the duties on Australian wine, which reach more than 200 per cent, and winemakers in the south-west are waiting to see whether the two governments agree on a similar process for their complaint. Exports of rock lobster also remain blocked, and officials say talks on lifting that ban have made no progress.",
            "For growers in the Western Australian wheatbelt, who sold most of their malting barley to China before 2020, the decision comes at the right time. The harvest starts in October, and traders said buyers from Chinese maltsters and brewers had already asked for prices.",
            '"We found other markets in Saudi Arabia, Japan and Vietnam, but at a discount," said a grower near Merredin. "China pays for quality. If they come back, the price goes up for everyone."',
            "Analysts expect Chinese purchases to take a season or two to recover, as buyers have signed contracts with suppliers in France, Canada and Argentina. The CBH Group, which handles most of the state's grain, said its ports had the capacity to handle a return of Chinese demand.",
            "Barley prices on the Kwinana port zone rose about 8 per cent on Friday afternoon.",
        ),
        (
            Gold("sanctions.lifted", "occurred", ("China", MOFCOM), ("Australia",)),
            Gold("sanctions.imposed", "historical", ("China",), ("Australia",), core=False),
            Gold("sanctions.lifted", "historical", ("China",), ("Australia",), core=False),
            Gold("sanctions.lifted", "negated", ("China",), ("Australia",), core=False),
            Gold("sanctions.lifted", "stalled", ("China",), ("Australia",), core=False),
        ),
        not_participants=("France", "Argentina", "Vietnam"),
    ),
    Article(
        "h93-03-hong-kong-tech-trade-newsletter-us-suspends-zte-export-curbs",
        date(2016, 3, 24),
        _p(
            "ZTE wins reprieve as Washington suspends export curbs for three months",
            "HONG KONG, 24 March 2016 - Asia Electronics Supply Chain Brief",
            "The United States Commerce Department has suspended the export restrictions it imposed on ZTE this month, issuing a temporary general licence that lets American companies resume shipments of chips, software and other parts to the Chinese telecoms equipment maker until 30 June. The licence was published on Thursday after ZTE told the department it would cooperate with its investigation.",
            "The department added ZTE and three affiliates to its entity list on 7 March, accusing the Shenzhen-based company of a scheme to re-export American equipment to Iran in breach of the sanctions on that country. Internal documents cited by the department described how the company planned to use shell companies to hide the sales.",
            "The licence does not remove ZTE from the entity list, and officials said it could be extended or withdrawn depending on the company's conduct. Commerce Secretary Penny Pritzker said the department expected ZTE to take concrete steps to address its concerns.",
            "Component suppliers in Hong Kong and Shenzhen had feared weeks of disruption. ZTE relies on American companies such as Qualcomm, Broadcom and Microsoft for processors, radio chips and operating software, and analysts estimated that a quarter to a third of the parts in its handsets and base stations come from the United States.",
            "ZTE shares, suspended in Hong Kong and Shenzhen since 8 March, remained halted on Thursday. The company said it would ask for trading to resume once it had assessed the impact of the licence on its business.",
            '"Three months is a window, not a solution," said the head of sourcing at a Dongguan handset assembler. "Everyone is looking at second suppliers now, and that will not stop."',
            "China's Ministry of Commerce said it opposed the use of export controls against Chinese companies and hoped Washington would resolve the matter properly. Beijing did not say whether it would take measures of its own.",
            "The entity list is kept by the department's Bureau of Industry and Security, and more than a hundred Chinese companies and research institutes are on it.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, COMMERCE), ("ZTE",)),
            Gold("sanctions.imposed", "historical", (US, COMMERCE), ("ZTE",), core=False),
            Gold("sanctions.lifted", "negated", (US, COMMERCE), ("ZTE",), core=False),
        ),
        not_participants=("Iran", "Hong Kong"),
    ),
    Article(
        "h93-04-beirut-business-weekly-eu-extends-syria-sanctions",
        date(2020, 5, 29),
        _p(
            "EU extends Syria sanctions for another year",
            "BEIRUT, 29 May 2020 - Levant Business Week",
            "The Council of the European Union on Thursday extended its sanctions against the Syrian government for one more year, until 1 June 2021. The measures include an oil embargo, restrictions on investment, a freeze of the assets of the Syrian central bank held in the EU, and export restrictions on equipment that could be used for internal repression or for monitoring telephone and internet communications.",
            "The list of those whose assets are frozen and who may not enter the EU now contains 273 people and 70 entities, the council said. It said the EU remained committed to a lasting political solution under Security Council resolution 2254 and that the measures were aimed at the regime and its supporters, not at the Syrian people.",
            "The EU first imposed sanctions on Syria in May 2011, after the security forces opened fire on demonstrators, and has widened them many times since. Ministers review the measures every year.",
            "The renewal was expected, but it comes at a delicate time for Syrian businessmen in Beirut. The Lebanese banking crisis has cut them off from the dollar accounts they used for imports, and the Syrian pound has lost more than half its value on the black market since the start of the year.",
            "Traders also expect tighter rules from Washington. The first sanctions under the Caesar Act, the American law signed by President Donald Trump in December, are due to take effect on 17 June, and they can reach foreign companies that do business with the Syrian government in construction, energy and finance.",
            '"The European list changes little for us, we have lived with it for nine years," said a Damascus importer of medical supplies who works from an office in Hamra. "Caesar is different. Lebanese banks and Gulf contractors will be afraid of anything with the word Syria on it."',
            "Humanitarian groups again asked the EU to make its exemptions for food and medicine easier to use. Banks in Europe often refuse transfers to Syria even when the goods are allowed, they say.",
            "The EU is hosting the fourth Brussels conference on the future of Syria and the region, by video link, at the end of June.",
        ),
        (
            Gold("sanctions.extended", "occurred", (EU, COUNCIL), ("Syria",)),
            Gold("sanctions.imposed", "historical", (EU,), ("Syria",), core=False),
            Gold("sanctions.imposed", "planned", (US,), ("Syria",), core=False),
        ),
        not_participants=("Lebanon",),
    ),
    Article(
        "h93-05-erbil-news-site-trump-threatens-iraq-sanctions",
        date(2020, 1, 6),
        _p(
            "Trump threatens Iraq with sanctions after parliament votes to expel US troops",
            "ERBIL, 6 January 2020 - Kurdistan Daily Wire (English)",
            'President Donald Trump threatened on Sunday to impose sanctions on Iraq "like they\'ve never seen before" if it forced American troops to leave, hours after the Iraqi parliament voted to end the presence of foreign forces in the country. Speaking to reporters on Air Force One, Trump said Iraq would have to pay back the cost of the air base the United States had built there.',
            "The parliament's resolution, passed in a session boycotted by most Kurdish and many Sunni members, asks the government to cancel its request for help from the international coalition against the Islamic State and to work to end the presence of any foreign troops on Iraqi soil. It is not binding, and the caretaker prime minister, Adel Abdul-Mahdi, would need to act on it.",
            "The vote followed the killing on Friday of the Iranian general Qassem Soleimani and the Iraqi militia leader Abu Mahdi al-Muhandis in an American drone strike near Baghdad airport, which Iraqi leaders called a violation of the country's sovereignty.",
            "About 5,200 American soldiers are stationed in Iraq, training and advising Iraqi and Kurdish forces, among them at the Harir base and at Erbil airport. Kurdish officials said on Sunday that they wanted the coalition to stay, and that the Peshmerga still needed its help against Islamic State cells in the disputed territories.",
            "Iraq depends on American waivers to pay Iran for gas and electricity, and its oil revenue passes through an account at the Federal Reserve Bank of New York, which gives Washington strong leverage. Economists in Baghdad said any sanction on the central bank would be felt within weeks in salaries and food imports.",
            "The United States reimposed its sanctions on Iran's oil sector in November 2018, after withdrawing from the nuclear deal, and has pressed Baghdad to reduce its purchases of Iranian energy.",
            '"We are caught between two fires again," said a trader at Erbil\'s main market. "If the dollar stops, everything stops."',
            "Iran's supreme leader has promised revenge for Soleimani's death, and the coalition said it had paused its training missions to protect its forces.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump"), ("Iraq",)),
            Gold("military.presence", "historical", (US,), ("Iraq",), core=False),
            Gold("sanctions.suspended", "historical", (US,), ("Iran",), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Iran",), core=False),
        ),
    ),
    Article(
        "h93-06-tehran-english-daily-iran-joins-sco",
        date(2023, 7, 5),
        _p(
            "Iran becomes full member of the Shanghai Cooperation Organisation",
            "TEHRAN, 5 July 2023 - The Tehran Observer",
            "Iran became a full member of the Shanghai Cooperation Organisation on Tuesday, at a summit held by video link and chaired by India, ending a wait that began when it was granted observer status in 2005. President Ebrahim Raisi told the leaders that membership would open a new chapter of cooperation in Asia and that Iran was ready to share its experience of resisting unilateral sanctions.",
            "The leaders of China, Russia, India, Pakistan and the Central Asian members adopted the decision at the start of the summit, and Iran's flag was raised at the organisation's secretariat in Beijing later in the day. Foreign Minister Hossein Amir-Abdollahian said membership would help Iran expand trade and transport links and attract investment for the North-South corridor.",
            "The organisation was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. India and Pakistan joined it in 2017, the only enlargement until now.",
            "Belarus, whose memorandum of obligations the leaders approved at the summit, is expected to join next year, while Saudi Arabia, Egypt and Qatar became dialogue partners in the past two years. Officials in Minsk said they hoped the process would be completed at the next summit in Astana.",
            "Iran's path was long. Its application was held back for years by the United Nations sanctions on its nuclear programme, and the members only opened the formal process at their summit in Dushanbe in 2021.",
            "Economists in Tehran said the immediate effect on trade would be modest. Iran's main partners in the group are China, which buys most of its oil, and India, which has reduced its purchases under American pressure. Payments remain difficult as long as Iranian banks are cut off from the international messaging system.",
            '"This is a political signal that Iran is not isolated," said a professor of international relations at the University of Tehran. "Turning it into trade will take years."',
            "India's Prime Minister Narendra Modi, who chaired the meeting, welcomed Iran and called on members to fight terrorism and respect each other's sovereignty.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Iran", "Ebrahim Raisi"), (SCO,)),
            Gold("alliance.joined", "historical", ("India", "Pakistan"), (SCO,), core=False),
            Gold("alliance.joined", "planned", ("Belarus",), (SCO,), core=False),
        ),
    ),
    Article(
        "h93-07-lahore-daily-website-saudi-pakistan-defence-pact",
        date(2025, 9, 18),
        _p(
            "Pakistan and Saudi Arabia sign mutual defence pact",
            "LAHORE, 18 September 2025 - The Punjab Herald, web edition",
            "Pakistan and Saudi Arabia signed a Strategic Mutual Defence Agreement in Riyadh on Wednesday, under which any aggression against either country will be considered an aggression against both. Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman signed the agreement at the Al-Yamamah Palace, with the army chief, Field Marshal Asim Munir, in attendance.",
            "A joint statement said the pact reflected the shared commitment of the two countries to strengthen their security and to achieve peace in the region and the world, and that it aimed to develop defence cooperation and to strengthen joint deterrence. Officials did not publish the full text.",
            "The agreement was signed a week after Israel struck Hamas leaders in Doha, an attack that shook the Gulf states' confidence in the protection of the United States. A Saudi official told foreign reporters that the pact was the result of years of discussions and not a response to a single event.",
            "Pakistani soldiers have served in the kingdom for decades, training Saudi forces and guarding sites, under a bilateral protocol of 1982. A Pakistani general, Raheel Sharif, commands the Islamic Military Counter Terrorism Coalition based in Riyadh.",
            "In 2015 the National Assembly voted unanimously that Pakistan should stay neutral in Yemen, and the country did not join the Saudi-led coalition fighting the Houthis there, despite requests from Riyadh. Officials in Islamabad said the new pact did not change that decision.",
            "Questions were raised at once about Pakistan's nuclear weapons. The defence minister, Khawaja Asif, told a television channel that the agreement did not mention them, but declined to rule out anything. Analysts in Lahore said India would watch the pact closely, four months after the short war between the two neighbours in May.",
            '"For the Saudis it is an insurance policy, for us it is money, oil and prestige," said a retired air marshal at a seminar in Lahore. "The hard question is what happens if both friends call on the same day."',
            "Saudi Arabia has kept billions of dollars on deposit at the State Bank of Pakistan in recent years and provides oil on deferred payment. The two countries also discussed new investment in mining and refining.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Pakistan", SAUDI, "Shehbaz Sharif", "Mohammed bin Salman"),
                (),
            ),
            Gold("military.presence", "historical", ("Pakistan",), (SAUDI,), core=False),
            Gold("alliance.joined", "negated", ("Pakistan",), (), core=False),
        ),
        not_participants=("Qatar", "Israel"),
    ),
    Article(
        "h93-08-suva-pacific-radio-kiribati-restores-ties-with-china",
        date(2019, 9, 28),
        _p(
            "Kiribati and China restore diplomatic relations",
            "SUVA, 28 September 2019 - Pacific Beat, Radio Wansolwara (web page)",
            "Kiribati and China have restored diplomatic relations, a week after the island nation broke off its ties with Taiwan. Foreign Minister Wang Yi and Kiribati's President Taneti Maamau announced the step in a joint communique at a ceremony in New York on Friday, on the margins of the United Nations General Assembly.",
            "In the communique, Kiribati recognises that there is only one China and that Taiwan is an inalienable part of Chinese territory. Wang said the decision showed that the one China principle was the trend of the times, and promised that China would help Kiribati with its development needs.",
            "Kiribati first established relations with Beijing in 1980, after independence, but switched to Taipei in 2003, when China closed its embassy in Tarawa and dismantled a satellite tracking station on the main atoll. Taiwan then paid for fishing boats, scholarships and rural projects for sixteen years.",
            "Taipei accused Beijing of offering aircraft and ferries in return for the switch, which the Kiribati government denies. The government said it had acted in the national interest and that the country needed partners that could help it cope with rising seas.",
            "Kiribati is the second Pacific state to leave Taiwan this month, after Solomon Islands changed its recognition on 16 September. Taiwan is left with fifteen diplomatic allies in the world, four of them in the Pacific: Tuvalu, Nauru, Palau and the Marshall Islands.",
            "Members of the opposition in Tarawa said parliament had not been consulted and that the decision was made in a hurry. Some church leaders asked the government to explain what China would offer.",
            "Maamau is expected to visit Beijing early next year, when the two governments are to sign agreements on economic cooperation, fisheries and air links. Officials said China would reopen its embassy in Tarawa within months.",
            "Australia and the United States, which have watched China's growing presence in the region with concern, said they respected Kiribati's sovereign decision but would continue to work with it on security and development.",
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Kiribati", "China", "Taneti Maamau", "Wang Yi"),
                (),
            ),
            Gold("agreement.signed", "planned", ("Kiribati", "China"), (), core=False),
            Gold("relations.restored", "planned", ("China",), ("Kiribati",), core=False),
        ),
        not_participants=("Australia",),
    ),
    Article(
        "h93-09-baghdad-english-news-site-pmf-ordered-into-armed-forces",
        date(2019, 7, 2),
        _p(
            "Abdul-Mahdi orders Popular Mobilisation Forces folded into the armed forces",
            "BAGHDAD, 2 July 2019 - Tigris Post (English edition)",
            "Prime Minister Adel Abdul-Mahdi has ordered the Popular Mobilization Forces to be fully integrated into Iraq's armed forces, in a decree that gives the paramilitary factions until 31 July to cut their links with political parties and to give up their separate names. Under the decree, issued on Monday night, the factions will operate as an integral part of the armed forces under the command of the prime minister, and their offices in cities and outside them will be closed.",
            "Brigades that do not join the armed forces may become political organisations, but they will not be allowed to carry arms, the decree says. Any faction that keeps weapons outside the state will be considered illegal and pursued.",
            "The mostly Shiite forces were formed in 2014 in answer to a fatwa of Grand Ayatollah Ali al-Sistani, after the Islamic State seized Mosul. A law passed by parliament in November 2016 already made them part of the security forces, on paper, with their own budget, but many of their brigades answer to their own leaders, and some of them to Iran.",
            "The decree comes after a series of drone strikes on the factions' weapons depots and after rockets were fired near American facilities in Iraq, which Washington blamed on groups close to Tehran. The United States designated Kataib Hezbollah, one of the strongest factions, a terrorist organisation in 2009.",
            "Moqtada al-Sadr, whose Saraya al-Salam brigades are part of the forces, welcomed the decision at once and said his fighters would obey it. The chairman of the PMF, Falih al-Fayyadh, also said the forces would comply. Other factions have not yet commented.",
            '"The decree is written well, the question is who will apply it," said a former defence ministry official in Baghdad. "Earlier orders of the same kind were never carried out."',
            "The forces have about 140,000 men on their payroll, according to the budget, and some of their brigades hold territory in the Nineveh plains and along the Syrian border.",
        ),
        (
            Gold("forces.integrated", "occurred", ("Iraq", "Adel Abdul-Mahdi"), (PMF,)),
            Gold("forces.integrated", "historical", ("Iraq",), (PMF,), core=False),
            Gold("sanctions.imposed", "historical", (US,), ("Kataib Hezbollah",), core=False),
        ),
    ),
    Article(
        "h93-10-islamabad-news-site-pakistan-to-send-troops-to-saudi-arabia",
        date(2018, 2, 16),
        _p(
            "Pakistan to send more troops to Saudi Arabia on training mission",
            "ISLAMABAD, 16 February 2018 - Capital Dispatch",
            "Pakistan will send a contingent of troops to Saudi Arabia on a training and advisory mission, the army's media wing said on Thursday, after a meeting between the army chief, General Qamar Javed Bajwa, and the Saudi ambassador in Rawalpindi. The statement of Inter-Services Public Relations did not say how many soldiers would go, but officials put the number at about a thousand.",
            "The contingent will be in addition to the Pakistani troops already in the kingdom, the statement said. It added that the troops would not be employed outside Saudi Arabia, a reference to the war in Yemen, where a Saudi-led coalition has fought the Houthis since March 2015.",
            "Pakistani soldiers have been in Saudi Arabia since the 1970s under a bilateral security protocol, training Saudi forces and protecting sites. About 1,600 are there now, according to officials.",
            "The announcement drew questions in the Senate, where members said the government had not consulted parliament. In 2015 both houses adopted a resolution asking the government to stay neutral in the Yemen conflict. The chairman of the Senate asked the defence minister to brief the house on the deployment.",
            "General Bajwa has visited Riyadh several times since taking command in 2016, and the former army chief, General Raheel Sharif, heads the Islamic Military Counter Terrorism Coalition in Riyadh.",
            "Analysts in Islamabad said the decision reflected Pakistan's economic dependence on the Gulf, where millions of Pakistanis work and send money home, and its effort to keep good relations with Riyadh without entering the Yemen war.",
            '"The army has drawn a line: training yes, fighting in Yemen no," said a retired brigadier who served in the kingdom. "The question is whether the line can hold if the Houthis fire more missiles at Saudi cities."',
            "Iran, Pakistan's western neighbour, has not commented on the deployment.",
        ),
        (
            Gold("military.presence", "planned", ("Pakistan", "Pakistan Army"), (SAUDI,)),
            Gold("military.presence", "negated", ("Pakistan",), ("Yemen",), core=False),
            Gold("military.presence", "historical", ("Pakistan",), (SAUDI,), core=False),
        ),
        not_participants=("Iran",),
    ),
    Article(
        "h93-11-mumbai-cricket-page-franchise-round-up",
        date(2024, 3, 20),
        _p(
            "League round-up: Mumbai franchise cleared to host opener after ban is lifted",
            "MUMBAI, 20 March 2024 - Sports Desk, The Western Courier",
            "The state cricket association has lifted the ban it imposed on the Wankhede practice ground last month, after the franchise repaired the drainage that flooded the nets, and the squad will train there before Sunday's opening match. The association had moved all practice sessions to Navi Mumbai while the work was done.",
            "Two players were sanctioned by the league's disciplinary committee on Tuesday. A seamer was fined half his match fee for arguing with an umpire in a warm-up game, and a batter was given a one-match ban for a breach of the code of conduct on social media.",
            "The franchise has signed an agreement with a Dubai-based sports academy under which its young players will train in the Gulf during the monsoon, and it has joined an alliance of teams asking the board for a larger share of the broadcast money. The franchise also signed a left-arm spinner from Afghanistan as a replacement for an injured overseas player.",
            "Not everyone is happy with the schedule. The owner of a rival team threatened to field a second-string side in the afternoon games if the league kept scheduling them in the April heat.",
            "Power at the stadium was restored on Monday after a transformer failure that forced a women's league match to be played without floodlights. The board said the deadline for teams to name their final squads had been extended by a week because of late visa approvals.",
            "The coach said three young batters from the academy would be integrated into the senior squad gradually, and that the team's fast bowlers would be deployed in short spells in the powerplay. Relations between the captain and the former captain, strained after last season's change, have been restored, the team director said.",
            "Tickets for the opening match sold out within two hours of going on sale online. The association said fans would be allowed to bring water bottles into the ground for the first time.",
            "In the women's game, the national team's camp in Bengaluru begins on Monday ahead of the home series against South Africa.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h93-12-singapore-bunkering-trade-newsletter",
        date(2022, 11, 15),
        _p(
            "Bunker supplier resumes deliveries as port authority lifts suspension",
            "SINGAPORE, 15 November 2022 - Straits Bunker Brief, a trade newsletter",
            "The port authority has lifted the suspension it imposed in August on a bunker craft operator's licence, after the company installed new mass flow meters and retrained its crews, and the operator resumed deliveries in the western anchorages on Monday. The authority said the company would be inspected every month until the end of next year.",
            "Two other suppliers were sanctioned in October for delivering fuel that did not meet specifications, and one of them had its licence cut to one year. Shipowners had complained of engine trouble after taking fuel from the two companies in the summer.",
            "The operator has also signed an agreement with a Japanese trading house to supply biofuel blends to container lines from the first quarter, and it has joined an industry alliance that is working on standards for ammonia as a marine fuel. A spokesman said the company would sign charter contracts for two more tankers before the end of the year.",
            "Tanker crews' union threatened last month to stop working overtime over a dispute about shift allowances, but an agreement was reached on Friday and the allowances were extended to the end of 2023.",
            "Electronic delivery notes, which were disrupted by a software fault on Thursday, were restored within hours. The company said its fleet of eleven bunker tankers would be integrated into a single digital tracking system, and that a new 7,000-tonne tanker would be deployed in the eastern anchorages from January.",
            "Sales of marine fuel in the port in October were slightly below those of a year earlier, as fewer ships called on routes between Asia and Europe. Prices of very low sulphur fuel oil fell for a third week.",
            "Traders said demand could pick up before the Lunar New Year, when many ships take fuel ahead of the holidays.",
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


def test_heldout93_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-93 English events"))
