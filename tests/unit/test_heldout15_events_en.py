"""Fifteenth English held-out event set: eleven full-length articles (300-700 words) written for
this test in forms and topics the earlier fourteen sets lack: a Rwandan paper's story on Gabon
and Togo joining the Commonwealth, a Council of the EU press release with its legal references
(the Moldova destabilisation framework prolonged), a US Senate vote with its tallies on the
Treasury's plan to delist Deripaska's companies, an oil-markets story on the first US sanctions
on a Chinese "teapot" refinery, a factbox timeline of EU measures against Russia since 2014 with
the sixteenth package on top, a defence story on Rwandan troops sent to Mozambique, a report of
Israel and Chad restoring ties after 47 years, a wire roundup of unrelated briefs (anniversary
sanctions on Iran, Kim Jong Un in Russia with no agreement signed, stalled Nile dam talks), and
near misses (a tobacco company fined for breaching North Korea sanctions, the IOC suspending the
Russian Olympic Committee, EU tariffs on Chinese electric cars).

Decisions of the annotation: a fine or settlement for breaching sanctions is enforcement against
a company, not a new sanctions measure on anyone (no alert); tariffs and anti-subsidy duties are
trade defence, not sanctions (no alert), as in the earlier sets; a date-led timeline entry is
background even when written in the headline present tense.

The set was written and annotated before any fix was made; the figures are printed by
``python -m tests.unit.test_heldout15_events_en``.
Measured before any fix: P 0.700, R 0.700, F1 0.700 (recall 7/10, 7 of 10 alerts right; recall
by status: occurred 7/9, planned 0/1; no false alarm on background, denials or stalled talks, and
the three near misses quiet). Missed: the Council's extension of the Moldova framework (the
headline's "Republic of Moldova:" label taken as the actor, and Moldova so named as a party), the
Treasury's planned delisting of Rusal, En+ Group and EuroSibEnergo ("clears the way for the
Treasury to remove ... from its blacklist"), and the US threat that "Washington would not hesitate
to impose new sanctions" after a hypothetical first clause. Unexpected: "with 136 Republicans
joining Democrats" as an alliance joined, the Moldova extension with Moldova as its actor, and the
Treasury's designations of IRGC commanders reported as a second event with names the gold leaves
out (an annotation gap: see the report). The failures were the strict xfails below.

After the fixes: P 0.909, R 1.000, F1 0.952 (recall 10/10, 10 of 11 alerts right; recall by
status: occurred 9/9, planned 1/1). Fixed, each with a rule test at the end of this module:
"the Council" of an EU text links the Council of the EU (where the article names the EU or the
body, and no other council it names claims the word), and "the council" or "the bloc" as an
anaphor never borrows a state; one state's parties siding together ("with 40 Democrats joining
Republicans") is domestic politics; what a step "clears/paves the way for" is planned; a failed
block ("failed to pass a resolution that would have blocked the plan to lift") stalls the block,
not what it would have stopped; "any easing of sanctions" is a kind of act spoken of, no event; a
second report coordinated by "and said" is not supposed by the first one's "any … would"; "would
not hesitate to impose" is a threat with no verb of saying before it; the owner in "companies
controlled by X" and the list after ", including" stay targets, never actors.
Then a body that imposes or lifts is given its state as co-actor with a target named too (a
subscription to a state's measures must see its Treasury's designations): r11's designations of
IRGC commanders now join the four states' measure of the sentence before, P 1.000, R 1.000, F1
1.000 (10/10, 10 of 10 alerts right). Left (no strict xfail: no check fails):
"the delisting would take effect" is no trigger (a bare "delisting" is as often a stock
exchange's); the dateline city and the colonial demonym in r01, "it" read as the UN in r07, and
demonyms of an object's nationality read as actors or targets in r05 and r06.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer on these
articles: they stand for the unseen ones.
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
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "r01-regional-commonwealth-gabon-togo",
        date(2022, 6, 25),
        _p(
            "Gabon, Togo become Commonwealth's newest members at Kigali summit",
            "By our reporter",
            "KIGALI - Gabon and Togo on Friday joined the Commonwealth of Nations, becoming the "
            "association's 55th and 56th members as heads of government closed their first "
            "meeting in four years at Kigali Convention Centre.",
            "The admission was agreed by consensus in the leaders' retreat and announced in the "
            "final communique of the Commonwealth Heads of Government Meeting (CHOGM), which "
            "Rwanda hosted after two postponements caused by the Covid-19 pandemic.",
            "Neither country has historical ties to the British Empire. Gabon was part of French "
            "Equatorial Africa until independence in 1960, while Togo, a German protectorate "
            "until the First World War, was run by France under a League of Nations mandate.",
            "Togo's Foreign Minister, Prof. Robert Dussey, said membership would open new markets "
            "to Togolese exporters and give young people access to scholarships in English-"
            "speaking countries. 'We want to be a bridge between the francophone and anglophone "
            "worlds. The Commonwealth is a market of two and a half billion people,' he told "
            "journalists after the announcement.",
            "Gabon's Foreign Minister, Michael Moussa Adamo, said his country, which is covered "
            "by tropical forest over nearly nine tenths of its territory, hoped to use the "
            "platform to press for climate finance for forest nations.",
            "Rwanda itself took the same path more than a decade ago. The former Belgian colony "
            "joined the Commonwealth in November 2009, fourteen years after Mozambique became "
            "the first member with no colonial link to Britain in 1995.",
            "President Paul Kagame, who took over as Chair-in-Office for the next two years, "
            "welcomed the two new members at the closing press conference. 'They chose to join, "
            "as we did. Nobody forced them. That tells you what this family can offer,' he said.",
            "Leaders also adopted the Living Lands Charter, a non-binding commitment to protect "
            "land, soils and biodiversity, and re-elected Secretary-General Patricia Scotland for "
            "a second term after a contest with Jamaica's Foreign Minister, Kamina Johnson Smith.",
            "British Prime Minister Boris Johnson, who attended the summit alongside Prince "
            "Charles, said the Commonwealth's appeal to countries without British roots showed "
            "its 'enduring relevance'. His government's plan to send asylum seekers to Rwanda "
            "was not on the official agenda but dominated much of the coverage in London.",
            "Zimbabwe, which left the Commonwealth in 2003 after being suspended over disputed "
            "elections, has applied to rejoin. Its application remains stuck: officials said it "
            "could not be considered until an informal assessment of the country's progress on "
            "democracy and human rights was completed, and no decision was taken in Kigali.",
            "Rights groups criticised the admission of Togo, where President Faure Gnassingbe "
            "has been in power since 2005, and of Gabon, ruled by the Bongo family for more than "
            "half a century. The Commonwealth Charter commits members to democracy and the rule "
            "of law.",
            "The next CHOGM will be held in Samoa in 2024.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Gabon",), ("Commonwealth of Nations",)),
            Gold("alliance.joined", "occurred", ("Togo",), ("Commonwealth of Nations",)),
            Gold(
                "alliance.joined",
                "historical",
                ("Rwanda", "Mozambique"),
                ("Commonwealth of Nations",),
                core=False,
            ),
            Gold(
                "alliance.joined",
                "stalled",
                ("Zimbabwe",),
                ("Commonwealth of Nations",),
                core=False,
            ),
            Gold(
                "agreement.signed",
                "occurred",
                ("Commonwealth of Nations",),
                (),
                core=False,
            ),
        ),
        not_participants=("Rwanda",),
    ),
    Article(
        "r02-council-moldova-framework-prolonged",
        date(2024, 4, 29),
        _p(
            "Council of the EU",
            "Press release",
            "29 April 2024 11:00",
            "Republic of Moldova: Council prolongs restrictive measures framework for a further "
            "year",
            "The Council today decided to extend the framework for restrictive measures in view "
            "of actions destabilising the Republic of Moldova until 29 April 2025.",
            "The framework allows the EU to impose restrictive measures on persons responsible "
            "for supporting or implementing actions that undermine or threaten the sovereignty "
            "and independence of the Republic of Moldova, its democracy, the rule of law, its "
            "stability or its security. This includes obstructing or undermining the democratic "
            "political process, planning or organising violent demonstrations, and serious "
            "financial misconduct concerning public funds.",
            "Restrictive measures currently apply to 16 individuals and one entity. Those listed "
            "are subject to an asset freeze, and EU citizens and companies are forbidden from "
            "making funds available to them. Natural persons are additionally subject to a "
            "travel ban, which prevents them from entering or transiting through EU territories.",
            "The Council's review concluded that the listings remain justified. The legal acts, "
            "including the names of the persons concerned, have been published in the Official "
            "Journal of the EU.",
            "The European Union reiterates its unwavering support to the Republic of Moldova and "
            "its people in the face of continued attempts by Russia and its proxies to "
            "destabilise the country, and stands ready to take further restrictive measures "
            "against those responsible.",
            "Background",
            "On 28 April 2023, the Council adopted Decision (CFSP) 2023/891 and Regulation (EU) "
            "2023/888 establishing the framework. On 30 May 2023, the Council imposed the first "
            "restrictive measures under it, listing seven persons, among them Ilan Shor, the "
            "leader of the Shor party, which Moldova's Constitutional Court declared "
            "unconstitutional in June 2023, and Vladimir Plahotniuc, a former leader of the "
            "Democratic Party of Moldova, who is accused of involvement in the theft of about $1 "
            "billion from Moldovan banks in 2014. Further individuals were listed in July 2023 "
            "and in February 2024.",
            "On 23 June 2022, the European Council granted the Republic of Moldova the status of "
            "candidate country. On 14 December 2023, it decided to open accession negotiations "
            "with the Republic of Moldova.",
            "Council Decision (CFSP) 2024/1236 of 29 April 2024 amending Decision (CFSP) "
            "2023/891 concerning restrictive measures in view of actions destabilising the "
            "Republic of Moldova",
            "Council Implementing Regulation (EU) 2024/1234 of 29 April 2024 implementing "
            "Regulation (EU) 2023/888",
            "Press office - General Secretariat of the Council",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                ("Council of the European Union", "European Union"),
                ("Ilan Shor", "Vladimir Plahotniuc"),
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Council of the European Union", "European Union"),
                ("Ilan Shor", "Vladimir Plahotniuc"),
                core=False,
            ),
            Gold(
                "sanctions.threatened",
                "occurred",
                ("European Union",),
                ("Russia",),
                core=False,
            ),
        ),
        not_participants=("Moldova",),
    ),
    Article(
        "r03-nm-compliance-bat-north-korea-fine",
        date(2023, 4, 26),
        _p(
            "British American Tobacco to pay $635 million over North Korea sanctions breaches",
            "WASHINGTON/LONDON, April 26 - British American Tobacco (BAT) will pay more than $635 "
            "million to settle US charges that it sold tobacco products to North Korea through "
            "a front company for a decade, one of the largest penalties yet for breaching "
            "sanctions.",
            "The US Justice Department said on Tuesday that BAT had entered into a deferred "
            "prosecution agreement and that its Singapore-based subsidiary had pleaded guilty "
            "to conspiracy to commit bank fraud and to violate US sanctions laws. The two will "
            "pay $629 million in criminal penalties and forfeiture.",
            "BAT separately agreed to pay $508 million to the Treasury's Office of Foreign Assets "
            "Control to settle civil liability for apparent violations, an amount that will be "
            "deemed satisfied by the payments to the Justice Department.",
            "Prosecutors said that between 2007 and 2017 a BAT subsidiary continued to sell "
            "cigarettes and materials to a joint venture in North Korea after the company said "
            "publicly that it had sold its stake. The sales, worth more than $400 million, were "
            "paid for through a network of front companies and banks that hid North Korea's "
            "involvement, allowing the money to pass through the US financial system.",
            "'Today's resolution is a warning to every company, in any industry, that breaching "
            "sanctions will be met with consequences,' Assistant Attorney General Matthew Olsen "
            "said.",
            "The department also unsealed charges against a North Korean banker and two Chinese "
            "facilitators accused of running the scheme, and the State Department offered "
            "rewards of up to $7 million for information leading to their arrest.",
            "BAT chief executive Jack Bowles said the company deeply regretted the misconduct, "
            "which took place more than five years ago. 'We have significantly strengthened our "
            "compliance programme since then,' he said in a statement. BAT shares were little "
            "changed in London, where investors had expected the settlement since the company "
            "set aside $450 million last year.",
            "The company said it was also cooperating with the UK's Office of Financial Sanctions "
            "Implementation, which is looking into the same conduct and has not announced any "
            "penalty.",
            "North Korea has been under United Nations sanctions since its first nuclear test in "
            "2006. The Security Council tightened them in 2017, banning exports of coal, "
            "textiles and seafood and capping the country's imports of oil, after Pyongyang "
            "tested intercontinental ballistic missiles.",
            "Tobacco is a lucrative business for North Korea's elite. UN monitors have reported "
            "that cigarettes are among the goods Pyongyang smuggles to raise hard currency, and "
            "that leader Kim Jong Un is a heavy smoker.",
            "Corporate sanctions cases have grown in size in recent years. In 2019 Standard "
            "Chartered paid $1.1 billion to US and British authorities for breaching sanctions "
            "on Iran and other countries, and last year the US penalties paid by companies for "
            "sanctions and export control violations reached a record.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "historical",
                ("United Nations Security Council",),
                ("North Korea",),
                core=False,
            ),
        ),
        kind="near miss",
    ),
    Article(
        "r04-senate-vote-deripaska-companies",
        date(2019, 1, 17),
        _p(
            "Senate falls short in bid to stop Treasury lifting sanctions on Deripaska firms",
            "WASHINGTON - The US Senate on Wednesday failed to advance a resolution that would "
            "have blocked the Treasury Department's plan to lift sanctions on three companies "
            "controlled by Russian tycoon Oleg Deripaska, including the aluminum giant Rusal.",
            "The procedural vote was 57-42, three short of the 60 needed to move the measure "
            "forward. Eleven Republicans broke with the administration of President Donald Trump "
            "and voted with the Democrats, who forced the vote under a provision of a 2017 "
            "sanctions law that lets Congress review any easing of sanctions on Russia.",
            "The result clears the way for the Treasury to remove Rusal, its parent company En+ "
            "Group and the power firm EuroSibEnergo from its blacklist. Treasury officials said "
            "the delisting would take effect once the 30-day review period expires later this "
            "week.",
            "Senate Minority Leader Chuck Schumer said the Treasury's deal left Deripaska, 'a "
            "close ally of Vladimir Putin', with too much influence over the companies. 'This is "
            "not the time to ease up on Putin's cronies,' he said on the Senate floor before the "
            "vote.",
            "Senate Majority Leader Mitch McConnell said the agreement met the requirements of "
            "the law and that blocking it would punish European workers and American aluminum "
            "users rather than Moscow. 'The Treasury has done its job,' he said.",
            "Under the deal that Treasury Secretary Steven Mnuchin announced in December, "
            "Deripaska agreed to cut his stake in En+ to below 50 percent and to give up control "
            "of the boards. Deripaska himself will remain under US sanctions, and any of his "
            "assets under US jurisdiction stay frozen, the Treasury said.",
            "The Treasury imposed sanctions on Deripaska, his companies and six other Russian "
            "businessmen in April 2018 in response to what it called Moscow's 'malign activity' "
            "around the world, including interference in the 2016 US election. The measures "
            "sent aluminum prices to a seven-year high and disrupted supply chains from Germany "
            "to Japan.",
            "In the House of Representatives, lawmakers voted 362-53 on Thursday to approve a "
            "similar resolution of disapproval, with 136 Republicans joining Democrats. Without "
            "the Senate the measure has no force, and House Speaker Nancy Pelosi called it a "
            "message to the White House.",
            "Democrats also cited Deripaska's past ties to Paul Manafort, Trump's former campaign "
            "chairman, who has been convicted of fraud, and asked why Mnuchin had briefed "
            "lawmakers on the deal only after the holidays.",
            "Rusal, the world's largest aluminum producer outside China, said it welcomed the "
            "outcome and would work with the Treasury to complete the process. Its shares rose "
            "more than 5 percent in Hong Kong on Thursday.",
        ),
        (
            Gold(
                "sanctions.lifted",
                "planned",
                ("United States Department of the Treasury", "United States"),
                ("Rusal", "En+ Group", "EuroSibEnergo"),
            ),
            Gold(
                "sanctions.lifted",
                "negated",
                ("United States Department of the Treasury", "United States"),
                ("Oleg Deripaska",),
                core=False,
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                ("United States Department of the Treasury", "United States"),
                ("Oleg Deripaska", "Rusal"),
                core=False,
            ),
        ),
    ),
    Article(
        "r05-markets-oil-teapot-refinery",
        date(2025, 3, 21),
        _p(
            "Oil rises for third day as US targets Chinese 'teapot' refiner over Iranian crude",
            "SINGAPORE/LONDON, March 21 - Oil prices rose for a third straight session on Friday "
            "after the United States imposed sanctions on a Chinese independent refinery for the "
            "first time over its purchases of Iranian crude, stoking worries about tighter "
            "supply in Asia.",
            "Brent crude futures were up 41 cents, or 0.6%, at $72.41 a barrel by 1030 GMT. US "
            "West Texas Intermediate crude gained 38 cents, or 0.6%, to $68.45. Both benchmarks "
            "were on course for a second weekly gain after falling for most of the previous "
            "month.",
            "The US Treasury on Thursday sanctioned Shandong Shouguang Luqing Petrochemical, a "
            "so-called teapot refinery in the eastern province of Shandong, saying it had bought "
            "and processed hundreds of millions of dollars' worth of Iranian oil, including "
            "cargoes linked to the Houthis and to Iran's armed forces. The State Department also "
            "designated several vessels and ship managers that carry Iranian crude to China.",
            "It was the fourth round of measures against Iran's oil trade since President Donald "
            "Trump restored his 'maximum pressure' campaign in February with the aim of driving "
            "Tehran's exports towards zero.",
            "'Going after a refinery rather than tankers is an escalation,' said a Singapore-based "
            "analyst at a commodities brokerage. 'Teapots take most of the Iranian barrels that "
            "go to China. Some will now think twice about the next cargo.'",
            "Traders said the impact on flows was likely to be limited at first because the "
            "refinery is small. If Washington went further and sanctioned state-owned refiners "
            "such as Sinopec, the disruption would be far larger, they said.",
            "China's foreign ministry said it firmly opposed 'illegal unilateral sanctions' and "
            "'long-arm jurisdiction', and that normal trade between China and Iran should not "
            "be disrupted.",
            "Prices also found support from a new OPEC+ schedule under which seven members, "
            "including Iraq, Kazakhstan and Russia, agreed to make further output cuts to "
            "compensate for pumping above their quotas. The group is still due to start raising "
            "output in April.",
            "Washington reimposed sanctions on Iran's oil exports in November 2018, after Trump "
            "pulled the United States out of the 2015 nuclear deal between Tehran and world "
            "powers. Iranian shipments have nonetheless recovered to about 1.5 million barrels "
            "a day, most of them bound for China, according to tanker-tracking firms.",
            "Elsewhere, investors weighed the renewed fighting in Gaza and the US strikes on the "
            "Houthis in Yemen, who have threatened shipping in the Red Sea.",
            "In the United States, crude inventories rose by 1.7 million barrels last week, "
            "government data showed, while gasoline stocks fell more than expected.",
            "'The market is caught between sanctions that take barrels away and tariffs that "
            "threaten demand,' said an analyst in London. 'Neither side is winning for now.'",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (
                    "United States",
                    "United States Department of the Treasury",
                    "United States Department of State",
                ),
                ("Iran", "Shandong Shouguang Luqing Petrochemical"),
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                ("United States",),
                ("Iran",),
                core=False,
            ),
        ),
    ),
    Article(
        "r06-factbox-eu-russia-since-2014",
        date(2025, 2, 24),
        _p(
            "FACTBOX-From Crimea to the 16th package: EU sanctions on Russia since 2014",
            "BRUSSELS, Feb 24 - The European Union adopted its 16th package of sanctions against "
            "Russia on Monday, the third anniversary of Moscow's full-scale invasion of Ukraine, "
            "banning imports of Russian primary aluminium and adding 74 more vessels of the "
            "so-called shadow fleet to its blacklist.",
            "'Every package deprives the Kremlin of money for its war,' the EU's foreign policy "
            "chief Kaja Kallas told reporters as foreign ministers met in Brussels.",
            "Here is a timeline of the main EU measures:",
            "* FEB 24, 2025 - 16th package: ban on imports of primary aluminium; 74 shadow fleet "
            "tankers listed, bringing the total to 153; 13 more banks cut off from the SWIFT "
            "messaging system; broadcasting licences of eight Russian media outlets suspended.",
            "* JAN 27, 2025 - EU renews its economic sanctions for six months after Hungary drops "
            "its threat to block the rollover in return for a statement on energy security.",
            "* DEC 16, 2024 - 15th package lists 52 more vessels and, for the first time, Chinese "
            "companies accused of supplying drone parts to Russia.",
            "* JUNE 24, 2024 - 14th package bans the reloading of Russian liquefied natural gas "
            "in EU ports for shipment to third countries.",
            "* DEC 18, 2023 - 12th package bans imports of Russian diamonds.",
            "* DEC 5, 2022 - EU and G7 price cap of $60 a barrel on Russian seaborne crude takes "
            "effect, alongside the EU embargo on crude.",
            "* JUNE 3, 2022 - Sixth package: embargo on Russian seaborne crude oil from December "
            "2022 and on oil products from February 2023; Sberbank cut from SWIFT.",
            "* FEB 23-28, 2022 - EU freezes the assets of President Vladimir Putin and Foreign "
            "Minister Sergei Lavrov, bans transactions with the Russian central bank, removes "
            "seven banks from SWIFT and closes its airspace to Russian aircraft.",
            "* JULY 31, 2014 - After the downing of Malaysia Airlines flight MH17, the EU "
            "restricts Russian state banks' access to its capital markets, imposes an arms "
            "embargo and bans exports of dual-use goods to the Russian military.",
            "* MARCH 17, 2014 - First travel bans and asset freezes on 21 Russian and Ukrainian "
            "officials over the annexation of Crimea.",
            "WHAT NEXT",
            "The European Commission has begun work on a 17th package, diplomats said, which "
            "could target more of the shadow fleet and the banks that help Russia evade "
            "sanctions. The economic sanctions come up for renewal again on July 31, when any "
            "of the 27 member states can block them.",
            "About 210 billion euros of Russian central bank assets remain immobilised in the "
            "EU, most of them at the Belgian clearing house Euroclear. Windfall profits on those "
            "assets are being used to repay a $50 billion G7 loan to Ukraine.",
            "(Compiled by the Brussels bureau; editing by the Europe desk)",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("European Union",), ("Russia",)),
            Gold("sanctions.imposed", "planned", ("European Union",), ("Russia",), core=False),
            Gold("sanctions.extended", "historical", ("European Union",), ("Russia",), core=False),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
        ),
    ),
    Article(
        "r07-defence-rwanda-troops-mozambique",
        date(2021, 7, 10),
        _p(
            "Rwanda sends 1,000 troops to Mozambique to fight Islamist insurgents",
            "KIGALI/MAPUTO, July 10 - Rwanda has begun deploying 1,000 soldiers and police "
            "officers to Mozambique's northern province of Cabo Delgado, where an Islamist "
            "insurgency has killed thousands of people and forced more than 800,000 from their "
            "homes, the Rwandan government said on Friday.",
            "The joint force of the Rwanda Defence Force and the Rwanda National Police will "
            "work with Mozambique's armed forces in combat and security operations and in "
            "stabilisation and security sector reform, the government said in a statement, "
            "adding that the deployment followed a request from Maputo.",
            "Mozambican President Filipe Nyusi discussed the insurgency with President Paul "
            "Kagame on a visit to Kigali in April. Neither government has said how long the "
            "troops will stay or who will pay for the mission.",
            "The Rwandan contingent will arrive ahead of a standby force from the Southern "
            "African Development Community (SADC), which the bloc's leaders approved at a summit "
            "in Maputo last month. The SADC force is due to start deploying on July 15, with "
            "South Africa and Botswana among the contributors.",
            "The timing has caused friction. South Africa's defence minister, Nosiviwe "
            "Mapisa-Nqakula, said it was 'unfortunate' that Rwanda had moved before the regional "
            "force, and some SADC officials complained privately that they had not been told.",
            "The insurgents, known locally as al-Shabab but with no known link to the Somali "
            "group of that name, have pledged allegiance to Islamic State. In March they overran "
            "the coastal town of Palma, killing dozens of people, next to a $20 billion liquefied "
            "natural gas project led by France's Total, which suspended work on the site and "
            "withdrew its staff.",
            "Mozambique has turned to outsiders before. Russian contractors from the Wagner "
            "Group were deployed to Cabo Delgado in 2019 but withdrew within months after "
            "suffering losses in ambushes, and a South African private military company "
            "provided helicopter support until April.",
            "The European Union is preparing a military training mission for Mozambican troops, "
            "diplomats in Brussels said, and Portugal, the former colonial power, has sent "
            "instructors to train marines and special forces.",
            "Rwanda has built a reputation as a reliable contributor of troops. It is among the "
            "largest suppliers of United Nations peacekeepers, and it sent soldiers to the "
            "Central African Republic under a bilateral agreement in December 2020 to help "
            "protect the capital during elections.",
            "Analysts said Kigali also wanted to show France, now a close partner again, that it "
            "could help secure one of Africa's largest investments. Rwandan officials denied "
            "that the deployment was linked to Total's project.",
            "Residents of Cabo Delgado have complained of abuses by both the insurgents and "
            "government forces, and human rights groups urged the new arrivals to protect "
            "civilians.",
        ),
        (
            Gold("military.presence", "occurred", ("Rwanda",), ("Mozambique",)),
            Gold(
                "military.presence",
                "planned",
                ("Southern African Development Community",),
                ("Mozambique",),
                core=False,
            ),
            Gold(
                "military.presence",
                "planned",
                ("European Union",),
                ("Mozambique",),
                core=False,
            ),
            Gold("military.presence", "occurred", ("Portugal",), ("Mozambique",), core=False),
            Gold(
                "military.presence",
                "historical",
                ("Wagner Group", "Russia"),
                ("Mozambique",),
                core=False,
            ),
            Gold(
                "military.presence",
                "historical",
                ("Rwanda",),
                ("Central African Republic",),
                core=False,
            ),
        ),
    ),
    Article(
        "r08-ties-israel-chad-restored",
        date(2019, 1, 20),
        _p(
            "Israel and Chad restore diplomatic ties after 47 years",
            "N'DJAMENA, Jan 20 - Israel and Chad renewed diplomatic relations on Sunday, 47 "
            "years after the Muslim-majority Central African country cut them, during the first "
            "visit by an Israeli prime minister to the country.",
            "Prime Minister Benjamin Netanyahu and President Idriss Deby announced the decision "
            "after talks at the presidential palace in N'Djamena, where Netanyahu was received "
            "with a military guard of honour.",
            "'Israel is making inroads into the Arab and Muslim world. This is a historic and "
            "important breakthrough,' Netanyahu said in a statement before flying home. He said "
            "the two leaders would sign agreements on security, agriculture and water in the "
            "coming weeks and that embassies would follow.",
            "Deby, who has ruled Chad since 1990, said the renewal of ties did not mean that his "
            "country had abandoned the Palestinian cause. 'We support a solution with two "
            "states,' he told reporters.",
            "Chad severed relations with Israel in 1972 under pressure from Libya's then leader "
            "Muammar Gaddafi, at a time when many African states broke with Israel in solidarity "
            "with Arab countries. Deby made the first visit by a Chadian leader to Israel in "
            "November, when he met Netanyahu and President Reuven Rivlin in Jerusalem.",
            "Security is expected to be at the heart of the relationship. Chad's army is fighting "
            "Boko Haram around Lake Chad and rebels in the north, and Chadian opposition figures "
            "have said Israel supplied weapons to Deby's forces last year, which neither "
            "government has confirmed.",
            "Netanyahu has made Africa a priority. In 2016 he toured Uganda, Kenya, Rwanda and "
            "Ethiopia, the first trip to sub-Saharan Africa by a sitting Israeli prime minister "
            "in decades, and the same year Israel and Guinea restored relations that the West "
            "African state had cut in 1967.",
            "Israeli officials have hinted that Sudan, whose airspace would shorten flights from "
            "Israel to South America, could be next. But Khartoum denied any contact. 'There is "
            "no normalisation with Israel and there are no talks,' a Sudanese government "
            "spokesman said, adding that Sudan's position on the Palestinian question was "
            "unchanged.",
            "The Palestinian Authority condemned the visit. A spokesman in Ramallah said "
            "African states should not reward Israel while the occupation continued.",
            "In Israel the trip was seen as a boost for Netanyahu ahead of the April election, in "
            "which he faces a possible indictment on corruption charges. He denies wrongdoing.",
            "Israel also hopes to expand ties with Mali, whose prime minister is expected to "
            "visit soon, Israeli media reported.",
        ),
        (
            Gold("relations.restored", "occurred", ("Israel", "Chad"), ("Chad", "Israel")),
            Gold("agreement.signed", "planned", ("Israel",), ("Chad",), core=False),
            Gold("relations.restored", "negated", ("Sudan",), ("Israel",), core=False),
            Gold("relations.restored", "historical", ("Israel",), ("Guinea",), core=False),
        ),
    ),
    Article(
        "r09-nm-ioc-suspends-russian-olympic-committee",
        date(2023, 10, 12),
        _p(
            "IOC suspends Russian Olympic Committee over annexed Ukrainian regions",
            "MUMBAI, Oct 12 - The International Olympic Committee suspended the Russian Olympic "
            "Committee with immediate effect on Thursday for recognising regional sports bodies "
            "in four areas of Ukraine that Moscow has annexed.",
            "The IOC's executive board said the Russian committee's decision on October 5 to "
            "accept the sports councils of Donetsk, Luhansk, Kherson and Zaporizhzhia as members "
            "was a breach of the Olympic Charter because it violated the territorial integrity "
            "of Ukraine's national Olympic committee.",
            "The suspension means the Russian committee can no longer operate as a member of the "
            "Olympic movement and loses any funding from the IOC. It does not decide whether "
            "athletes with Russian passports may compete at next year's Paris Games as neutrals, "
            "a question the IOC said it would settle at 'the appropriate time'.",
            "IOC President Thomas Bach announced the decision on the eve of the IOC session in "
            "Mumbai. 'This is a unilateral decision which violates the Olympic Charter,' he said "
            "of the Russian move.",
            "The Russian Olympic Committee called the suspension 'counterproductive' and "
            "'politically motivated' and said it would appeal to the Court of Arbitration for "
            "Sport. Kremlin spokesman Dmitry Peskov said the IOC had 'once again' become "
            "hostage to politics.",
            "Ukraine's sports minister, Vadym Gutzeit, welcomed the ruling but said it was not "
            "enough. 'Russian athletes must not be in Paris, under any flag,' he said.",
            "It is not the first time the committee has been suspended. The IOC barred it from "
            "the 2018 Winter Games in Pyeongchang over state-sponsored doping at the 2014 Sochi "
            "Olympics, and lifted that suspension days after the Games ended.",
            "Since the invasion of Ukraine in February 2022, most international federations have "
            "excluded Russian and Belarusian teams on the IOC's recommendation, while allowing "
            "some individuals to take part as neutrals in tennis, cycling and judo.",
            "Western governments have imposed sweeping sanctions on Russia since the invasion, "
            "and several have urged the IOC to keep Russian athletes out of Paris altogether. "
            "France's President Emmanuel Macron has said a Russian flag would have no place at "
            "the Games.",
            "Some federations have gone their own way. World Athletics has kept its ban on "
            "Russian athletes in place, while the international fencing federation readmitted "
            "them as neutrals this year, prompting protests from Ukrainian fencers.",
            "The IOC session, which opens on Sunday, is expected to approve cricket, flag football "
            "and lacrosse for the 2028 Los Angeles Games.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "historical",
                ("United States", "European Union"),
                ("Russia",),
                core=False,
            ),
        ),
        kind="near miss",
    ),
    Article(
        "r10-nm-eu-tariffs-chinese-electric-cars",
        date(2024, 10, 29),
        _p(
            "EU to impose tariffs of up to 35% on Chinese electric cars from Wednesday",
            "BRUSSELS/BEIJING, Oct 29 - The European Union will impose tariffs of up to 35.3% on "
            "electric vehicles made in China from Wednesday, ending a year-long anti-subsidy "
            "investigation that has strained relations with Beijing and divided Europe's own car "
            "industry.",
            "The European Commission said on Tuesday that the definitive countervailing duties, "
            "which come on top of the standard 10% car import duty, would apply for five years. "
            "They range from 7.8% for Tesla's Shanghai-built cars and 17.0% for BYD to 18.8% for "
            "Geely and 35.3% for SAIC, which did not cooperate with the investigation.",
            "The Commission concluded that Chinese manufacturers benefit from unfair state "
            "support, from cheap land and loans to subsidised batteries, that allows them to "
            "undercut European rivals. Chinese-made electric cars took about 8% of the EU "
            "market last year, up from less than 1% in 2020.",
            "China's Ministry of Commerce said it did not agree with or accept the ruling and "
            "had taken the case to the World Trade Organization. 'China will take all necessary "
            "measures to firmly safeguard the legitimate rights and interests of Chinese "
            "companies,' it said in a statement.",
            "Beijing has already imposed provisional anti-dumping duties on brandy from the EU, "
            "a move aimed mostly at France, and opened investigations into imports of European "
            "pork and dairy products.",
            "The two sides have held eight rounds of talks on an alternative to the duties, "
            "under which Chinese makers would commit to minimum prices. The Commission said the "
            "talks would continue but that the offers so far did not remove the effect of the "
            "subsidies.",
            "Member states were split when the tariffs were put to a vote this month: ten "
            "supported them, five including Germany voted against and twelve abstained, which "
            "was not enough to block the proposal.",
            "German carmakers, which sell around a third of their cars in China, lobbied against "
            "the duties for fear of retaliation. Volkswagen said the tariffs were 'the wrong "
            "approach' and would not strengthen the European industry.",
            "The United States raised its tariff on Chinese electric vehicles to 100% in "
            "September, and Canada followed with a 100% tariff of its own in October.",
            "Analysts said the European duties were unlikely to stop Chinese brands for long. "
            "BYD is building factories in Hungary and Turkey, and Chery has agreed to produce "
            "cars in Spain with a local partner.",
            "Shares in European carmakers were mixed on Tuesday, while Chinese makers listed in "
            "Hong Kong fell slightly.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "r11-roundup-world-briefs",
        date(2023, 9, 15),
        _p(
            "World news in brief: Friday, September 15",
            "Anniversary sanctions on Iran",
            "The United States, Britain, Canada and Australia imposed sanctions on Friday on "
            "Iranian officials and organisations they accuse of taking part in the crackdown on "
            "protests, on the eve of the first anniversary of the death in custody of Mahsa "
            "Amini. The US Treasury said it had designated 29 individuals and entities, among "
            "them commanders of the Islamic Revolutionary Guard Corps and the prisons service, "
            "while Britain targeted four officials including the culture minister. Iran's "
            "foreign ministry called the measures 'interference'.",
            "Kim leaves Russia with no deal on paper",
            "North Korean leader Kim Jong Un toured a fighter jet factory in Komsomolsk-on-Amur "
            "on Friday, two days after his talks with President Vladimir Putin at the Vostochny "
            "cosmodrome. The Kremlin said no agreements had been signed during the visit, though "
            "Putin spoke of 'prospects' for military cooperation. US officials warned that any "
            "arms transfer would violate UN resolutions and said Washington would not hesitate "
            "to impose new sanctions on both countries.",
            "Libya flood toll climbs",
            "The death toll from the floods that swept through the eastern Libyan city of Derna "
            "rose above 11,000, the Libyan Red Crescent said, with thousands more missing after "
            "two dams burst. Rescue teams from Egypt, Turkey, Algeria and the United Arab "
            "Emirates have joined the search, and the United Nations appealed for $71 million.",
            "Nile dam talks to resume",
            "Egypt, Ethiopia and Sudan will hold a new round of talks on the Grand Ethiopian "
            "Renaissance Dam in Addis Ababa next week, after negotiations in Cairo last month "
            "ended without agreement on rules for filling and operating the reservoir. Egypt "
            "protested after Ethiopia announced that it had completed the fourth filling.",
            "Arm soars on Nasdaq debut",
            "Shares in chip designer Arm Holdings jumped 25% in their first day of trading in New "
            "York, valuing the company at more than $65 billion in the biggest listing of the "
            "year. Its owner, Japan's SoftBank, kept about 90% of the shares.",
            "Spanish football chief faces judge",
            "A Spanish prosecutor filed a complaint against Luis Rubiales, the former president "
            "of the country's football federation, for sexual assault and coercion over his "
            "unsolicited kiss of player Jenni Hermoso at the Women's World Cup final. FIFA "
            "suspended Rubiales in August, and he resigned on Sunday.",
            "Compiled from agency reports.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                ("United States", "United Kingdom", "Canada", "Australia"),
                ("Iran",),
            ),
            Gold(
                "sanctions.threatened",
                "occurred",
                ("United States",),
                ("Russia", "North Korea"),
            ),
            Gold("agreement.signed", "negated", ("Russia",), ("North Korea",), core=False),
            Gold(
                "agreement.signed",
                "stalled",
                ("Egypt", "Ethiopia", "Sudan"),
                (),
                core=False,
            ),
        ),
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


# --- the rules the set called for (sentences written for these tests) -----------------------


def test_the_council_of_an_eu_text_is_the_council_of_the_eu() -> None:
    rows = alert_rows("Council of the EU\nPress release\n\nBelarus: Council renews sanctions for "
                      "another year\n\nThe Council today decided to renew the restrictive measures "
                      "against Belarus until 28 February 2026.", date(2025, 2, 24))
    assert rows == [("sanctions.extended", "occurred", ["Council of the European Union"], ["Belarus"])]
    # "the bloc" after a headline's topic label is no state
    rows = alert_rows("Syria: bloc eases sanctions\n\nThe bloc on Monday decided to lift sanctions "
                      "on Syria's central bank.", date(2025, 6, 2))
    assert all("Syria" not in r[2] for r in rows), rows
    # beside the UN Security Council, "the Council" is that council, even where the EU is named
    rows = alert_rows("The EU welcomed the vote. The UN Security Council met on Tuesday. The Council "
                      "voted to renew the arms embargo on Libya for another year.", date(2025, 6, 2))
    assert rows == [("sanctions.extended", "occurred", ["United Nations Security Council"], ["Libya"])]


def test_one_states_parties_siding_together_is_domestic_politics() -> None:
    assert alert_rows("The bill passed 250-180, with 40 Democrats joining Republicans.") == []
    rows = alert_rows("With Montenegro joining NATO on Monday, the alliance grew to 29 members.",
                      date(2025, 6, 2))
    assert rows == [("alliance.joined", "occurred", ["Montenegro"], ["NATO"])], rows


def test_what_a_step_clears_the_way_for_is_planned() -> None:
    rows = alert_rows("The court ruling paves the way for the European Union to lift its sanctions "
                      "on Syria.", date(2025, 6, 2))
    assert rows == [("sanctions.lifted", "planned", ["European Union"], ["Syria"])], rows
    # dated in the past, it is background
    rows = event_rows("In 2016 the deal cleared the way for the lifting of sanctions on Iran.",
                      date(2025, 6, 2))
    assert [r[:2] for r in rows] == [("sanctions.lifted", "historical")], rows


def test_a_failed_block_does_not_stall_what_it_would_have_stopped() -> None:
    rows = alert_rows("The House failed to pass a bill that would have stopped the administration's "
                      "plan to lift sanctions on Venezuela.", date(2025, 6, 2))
    assert [(r[0], r[1], r[3]) for r in rows] == [("sanctions.lifted", "planned", ["Venezuela"])], rows
    # the act itself failing still stalls it
    rows = event_rows("Talks on lifting sanctions on Venezuela failed on Monday.", date(2025, 6, 2))
    assert ("sanctions.lifted", "stalled", [], ["Venezuela"]) in rows, rows


def test_any_such_act_is_spoken_of_not_reported() -> None:
    assert event_rows("The law requires a vote in Congress on any lifting of sanctions on Cuba.") == []
    rows = alert_rows("The EU lifted sanctions on Cuba on Tuesday, and any lifting of US sanctions "
                      "would need Congress.", date(2025, 6, 2))
    assert [(r[0], r[1], r[2]) for r in rows] == [("sanctions.lifted", "occurred", ["European Union"])]


def test_a_second_report_is_not_supposed_by_the_first() -> None:
    rows = alert_rows("Officials warned that any attack would be met with force and said London "
                      "would impose new sanctions on Iran.", date(2025, 6, 2))
    assert rows == [("sanctions.imposed", "planned", ["United Kingdom"], ["Iran"])], rows
    # one report: the sanctions are only supposed
    assert alert_rows("Officials warned that any deal would collapse if London imposed new sanctions "
                      "on Iran.") == []


def test_would_not_hesitate_is_a_threat_without_a_verb_of_saying() -> None:
    rows = alert_rows("Britain would not hesitate to impose further sanctions on Iran.",
                      date(2025, 6, 2))
    assert rows == [("sanctions.threatened", "occurred", ["United Kingdom"], ["Iran"])], rows
    assert alert_rows("Britain would hesitate to impose sanctions on Iran.") == []


def test_the_owner_after_a_participle_and_by_is_no_actor() -> None:
    rows = alert_rows("Canada imposed sanctions on two tankers operated by Sovcomflot.",
                      date(2025, 6, 2))
    assert rows == [("sanctions.imposed", "occurred", ["Canada"], ["Sovcomflot"])], rows
    # the agent of a passive imposition still imposes
    rows = alert_rows("New sanctions on Iran were imposed by Japan on Monday.", date(2025, 6, 2))
    assert rows == [("sanctions.imposed", "occurred", ["Japan"], ["Iran"])], rows


def test_heldout15_set_shape() -> None:
    assert 10 <= len(ARTICLES) <= 12
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(300 <= len(a.text.split()) <= 700 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 300 <= len(a.text.split()) <= 700
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 3 <= near <= len(ARTICLES) - 5
    assert {g.status for a in ARTICLES for g in a.events} == {
        "occurred",
        "planned",
        "historical",
        "negated",
        "stalled",
    }


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-15 English events"))
