"""Twenty-fourth English held-out event set: twelve full-length articles (300-600 words) written for
this test in the plain forms most news comes in, on topics and regions the earlier twenty-three sets
lack: a crypto markets story on the US Treasury lifting its sanctions on the Tornado Cash mixer (one
founder left on the list), a feature from Chihuahua on Trump's threat of tariffs "and, maybe even,
SANCTIONS" over the 1944 water treaty, a wire on the Security Council renewing the Darfur sanctions
for a year without widening the embargo (Khartoum's request to lift them not taken up), a Bangkok
daily on the US designation of the Karen National Army and Saw Chit Thu over the Myawaddy scam hubs,
a Seoul markets story on China suspending for a year its countermeasures against Hanwha Ocean's US
units ("suspended, not revoked"), a question-and-answer explainer on Brazil joining OPEC+ through
its Charter of Cooperation (not OPEC itself), the joint statement of the Australian and Tuvaluan
prime ministers on the Falepili Union treaty told in the first person plural, an Algiers daily on
Algeria sending an ambassador back to Madrid (its trade freeze on Spain not lifted), a think-tank
brief on Chad after France (a Hungarian contingent to deploy, former rebels integrated into the
army, Russian instructors still under discussion), and near misses (a Karachi business page where
the EU's air safety agency "lifts" its "ban" on PIA, which "signs" a handling deal and will "deploy"
its 777s; an Australian report on the under-16 social media ban, with platforms that "deployed" age
checks, a regulator that will not "sanction" every lapse and countries that will "join" Australia;
a Seoul entertainment story on NewJeans, who "suspended" their activities under a court injunction,
"signed" in 2022 and face an agency that may "extend" their contracts).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a producers' alliance joined; a treaty signed; an ambassador returned;
further intakes of former rebels to be integrated into an army; a foreign contingent to deploy),
eight occurred and two planned, beside historical, negated and stalled events. They are told in the ordinary ways: active
and passive voice, nominal forms ("The delisting", "the suspension", "Their departure", "the
appointment"), "the move", "the decision", "the threat", reactions ("In Madrid, Foreign Minister
José Manuel Albares welcomed the decision", "Seoul's Ministry of Trade ... welcomed the decision"),
quoted speech, a statement in the first person ("Today we signed ..."), pronouns in follow-up
paragraphs.

Decisions of the annotation: a designation removed is a lifting (core) and a founder "whom the
Treasury sanctioned separately in August 2023 and who remains under sanctions" a negated lifting
beside a historical imposition; GitHub suspending accounts and Circle freezing funds are companies'
acts (no event); a president who warns that he will "ESCALATE CONSEQUENCES, including TARIFFS and,
maybe even, SANCTIONS" threatens (core: made "last week", it is the news the feature is about, not
background to other news), "No sanctions have been announced" is a negated imposition,
a water treaty of 1944 a historical agreement, tariffs no event (as in sets 15 and 22), and Guard
troops deployed to a dam at home no presence; the Security Council that "renewed for another year
the arms embargo" extends (core), the embargo it "did not extend ... to the rest of the country"
and "no new names were added" are a negated imposition (a widening is a new measure, whatever the
verb), a government's request that the measures "should be lifted", "not taken up", a negated
lifting, the embargo of 2004-2005 and the Treasury designations of RSF commanders "last week" are
historical impositions (the latter background, as set 19's admission eight days before), the Juba
agreement of 2020 a historical agreement and talks in Switzerland that "produced ... no ceasefire"
after one side "declined to attend" a stalled one; a designation by the Treasury of an armed group,
its leader and his sons is an imposition (core, with Myanmar as in set 23's Sri Lanka), Britain's
freeze of December a historical one, a neighbour that "will not follow with sanctions of its own" a
negated one; a militia placed "under the command of the Myanmar army" in 2010 is a historical
integration and its leader's announcement that it "would no longer take orders or salaries from the
military" a negated one; a ministry's countermeasures against a company's units "suspended for one
year" are a suspension (core), their imposition "last month" and Beijing's warning then are
historical, "suspended, not revoked" is a negated lifting, and the US rule "that would have extended
its export blacklist" suspended for a year a suspension (not core; export blacklists are sanctions,
as in set 14), while port fees suspended are trade measures (no event); a council's approval of a
state's entry into OPEC+ through its charter is the alliance joined (core), "would not become a full
member of OPEC" a negated joining, a president's statement of 2023 that the country "would take
part" and an association with the IEA "in 2017" historical joinings; a treaty the two prime
ministers "signed" is an agreement (core), "does not provide for the stationing of Australian
defence personnel" a negated presence, the Trust Fund agreement of 1987 a historical agreement and
diplomatic relations established in 1978 a historical restoration (as set 18 reads the
establishment of relations); an ambassador named to a capital left without one since a recall is
ties restored (core), the "de facto ban on Spanish imports" of 2022 a historical imposition, "The
trade measures have not been lifted" a negated lifting, the friendship treaty of 2002 a historical
agreement (its suspension no sanctions event) and an envoy sent back to Paris in March a historical
restoration; a parliament's approval of a deployment in 2023 with staff officers there since is a
historical presence and "the main contingent would be deployed in the course of 2025" a planned
presence (core), the last French soldiers who "left N'Djamena" a presence ended (negated, as in sets
16 and 23) beside six decades of historical presence, talks on Russian instructors that "have not
produced an agreement" a stalled presence, former fighters "integrated into the Chadian National
Army" on 25 January a historical integration (18 days before the brief: background, as set 21's
delisting four days before a brief; corrected after the run, see below), "two further intakes will
follow this year" a planned one (core: the brief's alertable integration), "none of its fighters
has been integrated" a negated one, and the peace agreement of 2022 a historical agreement. Outside the monitor's remit (no event): an air safety agency that lifts its
suspension of an airline's permit, an airline that signs a handling agreement and will deploy
aircraft, pilots' licences suspended, a national regulator's ban on an airline; a social media ban
for children, platforms that deploy age checks, a list of services extended, a regulator that will
not sanction every lapse, countries that "will join us" in a domestic policy; a court injunction,
a pop group's suspended activities, contracts signed and perhaps extended, an industry federation's
"sanctions".

The set was written and annotated before any measurement; the figures are printed by
``python -m tests.unit.test_heldout24_events_en``.
Measured before any fix (2026-12-02, on commit e7b952a): P 0.778, R 0.700, F1 0.737 (recall 7/10,
7 of 9 alerts right; recall by status: occurred 6/9, planned 1/1; one false alarm, one unexpected
alert, no venue as a party; two of the three near misses quiet). One annotation was corrected after
the run, an honest error by the conventions: the Chadian intake "On 25 January" (18 days before a
brief of 12 February) had been annotated as an integration that occurred (core); by the
conventions of sets 20 and 21 (a step a week or more before a feature or a brief is background) it
is historical, and the "two further intakes" to follow this year, the brief's alertable
integration, become core (as set 22's fighters "to be integrated"). With it: P 0.778, R 0.700, F1
0.737 (recall 7/10; occurred 6/8, planned 1/2). Missed: Trump's threat ("warned that the United
States would \"continue to ESCALATE CONSEQUENCES, including TARIFFS and, maybe even, SANCTIONS,
until ...\"": the sanctions noun is fifteen words after "warned", past the ten-word window of the
warn-that-would form, with no bridging of a list after "including"; "Trump's treaty threat" and
"The threat refers to ..." carry no sanctions noun); Algeria's ambassador ("Algeria has appointed a
new ambassador to Spain, restoring full diplomatic representation in Madrid for the first time
since March 2022, when it recalled its envoy ...": read as historical, because the "first time
since" exemption blanks the year for the year test but the month test (``_month_age``) still reads
"March" as a month back; and "appointed a new ambassador to", "sends ambassador back to" are no
restoration forms, so the headline gives nothing; the participial clause also loses Algeria, the
main clause's subject, keeping only Spain); the further Chadian intakes ("The defence ministry
says two further intakes will follow this year": "intakes" is no integration form). False alarm:
the US designations of RSF commanders told as background ("Last week the U.S. Treasury imposed
sanctions on two senior RSF commanders", beside the council's vote "on Wednesday"): "last week" is
a fresh-time cue, while a written date a week back is background (``_weeks_old``). Near miss not
quiet: "ADOR said it would lift the restrictions on the members' social media accounts" (a
planned lifting with South Korea as its actor: the label, unknown to the knowledge base, leaves
the subject empty and a state is borrowed from "Seoul" earlier in the story; "restrictions" is a
sanctions noun whatever they restrict; the sentence also runs on from the quote before, as "on X."
is read as an initial). Found only by the lenient scoring, not earned: Hungary's planned contingent
("the main contingent would be deployed in the course of 2025": a passive presence with no
demonym by the forces noun gets no party, as borrowing is only for active verbs), only through
"more than six decades in which French forces were stationed in Chad" (a presence that ended, read
as occurred, with Chad as the target); the Falepili treaty only through "Tuvalu and Australia will
mutually agree any partnership ..." (a clause of the treaty read as a planned agreement), as "Today
we signed the Australia-Tuvalu Falepili Union" names no party (the first person of a joint
statement, the states only inside the treaty's name); China's suspension only through the
headline "Hanwha Ocean rallies as China suspends sanctions on its US shipbuilding units", with
Hanwha as an actor and the United States as the target ("its US"), while the lead "China said it
would suspend for one year the sanctions it imposed last month on ..." is read as historical (the
reduced relative "it imposed last month" dates the suspension); the Karen National Army
designation with the United States alone (neither the KNA nor Saw Chit Thu is in the knowledge
base or reported as an unlinked name). Also seen, not scored: "The council did not extend the
embargo to the rest of the country" given Amnesty International and Human Rights Watch as actors
(the sentence before); the water treaty of 1944 given Mexico and Texas as parties.
After the fixes (same day): P 0.800 R 0.800 F1 0.800 (recall 8/10, 8 of 10 alerts right). Fixed,
each tested on sentences of its own below: a month after "the first time since" measures the news
and dates nothing ("for the first time since March 2022"); an envoy sent back ("sends ambassador
back to Spain", "returned its ambassador") restores ties; a relative clause with no "that" ("the
sanctions it imposed last month") dates the sanctions, not their suspension. Tried and left out:
"last week" as background (the Sudan wire's "Last week the U.S. Treasury imposed sanctions…")
turned the gold file's "Turkey joined the coalition late last week", news there, into
background. Left (strict xfails): the Mexico threat (the noun 15 words after "warned", in a
list), the Sudan wire's "Last week", the NewJeans "restrictions" lifted, Chad's "further
intakes".
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
COMMERCE = "United States Department of Commerce"
MOFCOM = "Ministry of Commerce (China)"
HANWHA = "Hanwha Group"
RSF = "Rapid Support Forces"
SAF = "Sudanese Armed Forces"
KNA = "Karen National Army"
DKBA = "Democratic Karen Buddhist Army"
TATMADAW = "Tatmadaw"
UFDD = "Union of Forces for Democracy and Development"
FACT = "Front for Change and Concord in Chad"
CHAD_ARMY = "Chadian National Army"

ARTICLES: list[Article] = [
    Article(
        "b01-crypto-markets-treasury-lifts-tornado-cash-sanctions",
        date(2025, 3, 21),
        _p(
            "Tornado Cash token soars as US Treasury lifts sanctions on crypto mixer",
            "Markets | Digital assets | Friday, March 21, 2025",
            "The U.S. Treasury Department on Friday lifted sanctions on Tornado Cash, the "
            "cryptocurrency mixing service it had accused of laundering billions of dollars for "
            "North Korean hackers, sending the protocol's governance token up more than 70% within "
            "hours.",
            "The Office of Foreign Assets Control removed Tornado Cash and more than 100 Ethereum "
            "wallet addresses linked to it from its list of Specially Designated Nationals, "
            "according to a notice on the Treasury website. The delisting means that Americans can "
            "again use the service's smart contracts without risking civil or criminal penalties.",
            "In a statement, Treasury said it had reviewed \"the novel legal and policy issues "
            "raised by use of financial sanctions against financial and commercial activity "
            "occurring within evolving technology and legal environments\" and had decided to "
            "exercise its discretion. It added that it remained deeply concerned about "
            "state-sponsored hacking and money laundering, and that North Korea's cyber operations "
            "remained a priority.",
            "The move ends a legal fight the government had been losing. In November, the U.S. "
            "Court of Appeals for the Fifth Circuit ruled that Tornado Cash's immutable smart "
            "contracts, lines of code that nobody owns or controls, were not property that the "
            "Treasury could block under the International Emergency Economic Powers Act. The case "
            "was brought by six Tornado Cash users with funding from the exchange Coinbase, whose "
            "chief legal officer, Paul Grewal, called Friday's decision \"a historic win for crypto "
            "and for everyone who cares about defending liberty\".",
            "OFAC blacklisted Tornado Cash in August 2022, saying it had been used to launder more "
            "than $7 billion since 2019, including $455 million stolen by the Lazarus Group, a "
            "hacking outfit the United States says is run by North Korean intelligence. The listing "
            "led GitHub to suspend the accounts of the project's developers and the stablecoin "
            "issuer Circle to freeze funds held at the listed addresses.",
            "Not everyone connected to the service is off the list. The delisting does not extend "
            "to Roman Semenov, one of Tornado Cash's three founders, whom the Treasury sanctioned "
            "separately in August 2023 and who remains under sanctions. Semenov and fellow "
            "co-founder Roman Storm were charged in New York the same month with conspiring to "
            "commit money laundering and to violate sanctions. Storm, who has pleaded not guilty, "
            "is due to stand trial later this year, and his lawyers said they would ask "
            "prosecutors to drop the sanctions count.",
            "On the market, TORN jumped from about $8.20 to as high as $14.50 before settling near "
            "$13, still far below its peak of more than $400 in 2021. Deposits into Tornado Cash "
            "pools rose sharply after the announcement, according to on-chain data. Bitcoin was "
            "little changed at around $84,000, and ether added 1%.",
            "Privacy advocates welcomed the decision but said it left the central question open. "
            "\"Treasury has lifted the sanctions, it has not conceded that it was wrong to impose "
            "them,\" said a lawyer at a crypto policy group that brought a separate lawsuit in "
            "Florida. Analysts said the move fitted the Trump administration's friendlier stance "
            "toward the industry, which has seen the Securities and Exchange Commission drop "
            "several cases against exchanges since January.",
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, TREASURY, OFAC), ("Tornado Cash",)),
            # the designation of August 2022; Semenov sanctioned in 2023 and left on the list
            Gold("sanctions.imposed", "historical", (US, TREASURY, OFAC), ("Tornado Cash",), core=False),
            Gold("sanctions.imposed", "historical", (US, TREASURY), ("Roman Semenov",), core=False),
            Gold("sanctions.lifted", "negated", (US, TREASURY), ("Roman Semenov",), core=False),
        ),
        not_participants=("Coinbase", "GitHub", "Circle"),
    ),
    Article(
        "b02-chihuahua-feature-trump-water-treaty-sanctions-threat",
        date(2025, 4, 16),
        _p(
            "'You cannot steal water that never fell': Chihuahua's farmers in the path of Trump's "
            "treaty threat",
            "FEATURE | Delicias, Chihuahua | Wednesday, April 16, 2025",
            "The irrigation canal that runs past Ernesto Villalobos's pecan orchard on the edge of "
            "Delicias has been dry since October. Upstream, the La Boquilla dam, the largest "
            "reservoir in the state of Chihuahua, is at 11% of capacity, and the water authority "
            "has told the district's growers that there will be no allocation for the spring "
            "season.",
            "Last week the drought became a diplomatic crisis. In a post on his social media "
            "platform, President Donald Trump accused Mexico of \"stealing\" water owed to Texas "
            "farmers and warned that the United States would \"continue to ESCALATE CONSEQUENCES, "
            "including TARIFFS and, maybe even, SANCTIONS, until Mexico honors the Treaty and gives "
            "Texas the water they are owed\".",
            "The threat refers to the 1944 Water Treaty, signed by the two countries in Washington, "
            "under which Mexico must deliver an average of 350,000 acre-feet a year from six "
            "tributaries of the Rio Grande, most of them in Chihuahua, over five-year cycles. In "
            "return, the United States sends 1.5 million acre-feet of Colorado River water south "
            "every year. With six months left in the current cycle, which closes in October, "
            "Mexico has delivered less than a third of its quota.",
            "Here, the numbers are personal. In 2020, the last time a cycle ended in deficit, "
            "hundreds of farmers occupied La Boquilla to stop federal engineers from opening its "
            "gates, and a woman was shot dead when National Guard troops deployed to the dam "
            "clashed with protesters. Villalobos was there. \"They say we are stealing,\" he said, "
            "walking between rows of trees that have not been watered since autumn. \"You cannot "
            "steal water that never fell.\"",
            "President Claudia Sheinbaum has tried to lower the temperature. At her morning news "
            "conference on Friday, she said Mexico had complied \"as far as the availability of "
            "water has allowed\", blamed three years of exceptional drought, and said her "
            "government had sent Washington a proposal for immediate deliveries from the "
            "international reservoirs on the border. \"There is no reason for tariffs or "
            "sanctions. This is solved with dialogue,\" she said.",
            "No sanctions have been announced, and the White House has not said what form they "
            "might take. But officials in Mexico City, already negotiating over the 25% tariffs "
            "Washington imposed in March on goods outside the North American trade agreement, say "
            "they are taking the warning seriously. In March, the State Department also turned "
            "down a Mexican request for an extra delivery of Colorado River water to Tijuana, a "
            "refusal Mexican diplomats described as unprecedented.",
            "Across the border, the shortfall has hit hard. The last sugar mill in Texas closed "
            "last year for lack of irrigation water, and growers in the Rio Grande Valley have "
            "lobbied Washington for months. Texas Agriculture Commissioner Sid Miller thanked Trump "
            "for \"standing up for Texas farmers\".",
            "In Delicias, farmers' leaders say they will block the dam again if the federal "
            "government tries to send its remaining water north. \"If they take it, we lose the "
            "harvest. If we do not give it, the whole country gets sanctions,\" said Villalobos. "
            "\"Nobody in Washington asks where the water is supposed to come from.\"",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Donald Trump"), ("Mexico",)),
            # 'No sanctions have been announced'; the treaty of 1944
            Gold("sanctions.imposed", "negated", (US,), ("Mexico",), core=False),
            Gold("agreement.signed", "historical", (US, "Mexico"), (), core=False),
        ),
        not_participants=("Texas",),
    ),
    Article(
        "b03-wire-unsc-renews-darfur-sanctions-no-wider-embargo",
        date(2024, 9, 11),
        _p(
            "UN Security Council renews Sudan sanctions for a year, declines to widen arms embargo",
            "UNITED NATIONS, Sept 11 (wire) - The U.N. Security Council on Wednesday renewed for "
            "another year the arms embargo on Sudan's Darfur region and the travel bans and asset "
            "freezes that accompany it, as the war between the Sudanese army and the paramilitary "
            "Rapid Support Forces entered its 18th month.",
            "Resolution 2750, drafted by the United States, was adopted unanimously by the "
            "15-member council. It keeps the measures in force until Sept. 12, 2025, and extends "
            "until Oct. 12, 2025 the mandate of the panel of experts that monitors them.",
            "Rights groups had pressed the council to go further. Amnesty International and Human "
            "Rights Watch said the embargo, which applies only to Darfur, should be expanded to "
            "cover the whole of Sudan, where both sides have received weapons, including armed "
            "drones, from foreign backers. The council did not extend the embargo to the rest of "
            "the country, and no new names were added to the sanctions list, which still holds "
            "only the four men designated in 2006.",
            "Sudan's government had asked for the opposite. Its ambassador, Al-Harith Idriss "
            "al-Harith Mohamed, told the council that the measures should be lifted because they "
            "tied the hands of the national army while the RSF was resupplied across the country's "
            "western border. \"These sanctions were imposed for a conflict that ended two decades "
            "ago. Today they only serve the militia,\" he said. The request was not taken up.",
            "The Darfur embargo was first imposed in 2004, at the height of the conflict there, and "
            "widened in 2005 by resolution 1591, which also set up the travel ban and asset freeze "
            "and the committee that oversees them. Khartoum has long argued that the measures "
            "outlived their purpose after the 2020 Juba peace agreement with Darfur's rebel "
            "groups.",
            "In its last report, the panel said it had found credible allegations that the United "
            "Arab Emirates had supplied weapons to the RSF through neighbouring Chad, a charge the "
            "UAE rejects. U.S. Ambassador Linda Thomas-Greenfield said the council \"must not look "
            "away\" from the flow of arms into Darfur, where the RSF has besieged El Fasher since "
            "May.",
            "Washington has also acted on its own. Last week the U.S. Treasury imposed sanctions on "
            "two senior RSF commanders, accusing them of leading operations that killed civilians "
            "in El Fasher and West Darfur. The European Union and Britain have also listed "
            "companies tied to both warring parties this year.",
            "Russia's deputy ambassador, Anna Evstigneeva, said Moscow had supported the text but "
            "opposed \"the use of sanctions to put pressure on the legitimate authorities of "
            "Sudan\".",
            "Diplomacy has made little progress. Talks convened by the United States in "
            "Switzerland in August produced commitments on humanitarian access but no ceasefire, "
            "after the army declined to attend. The war has killed tens of thousands of people, "
            "driven more than 10 million from their homes and pushed parts of the country into "
            "famine, U.N. agencies say.",
        ),
        (
            Gold("sanctions.extended", "occurred", (UNSC,), ("Sudan",)),
            # not extended to the rest of the country, no new names; Khartoum's request to lift them;
            # the embargo of 2004-2005; the Juba agreement; the US, EU and UK listings before; the
            # talks in Switzerland
            Gold("sanctions.imposed", "negated", (UNSC,), ("Sudan",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC,), ("Sudan",), core=False),
            Gold("sanctions.imposed", "historical", (UNSC,), ("Sudan",), core=False),
            Gold("agreement.signed", "historical", ("Sudan",), (), core=False),
            Gold("sanctions.imposed", "historical", (US, TREASURY), (RSF,), core=False),
            Gold("sanctions.imposed", "historical", (EU, UK), (RSF, SAF), core=False),
            Gold("agreement.signed", "stalled", (SAF, RSF, "Sudan"), (), core=False),
        ),
        not_participants=("United Arab Emirates", "Chad", "Switzerland"),
    ),
    Article(
        "b04-bangkok-daily-us-sanctions-karen-national-army-saw-chit-thu",
        date(2024, 5, 10),
        _p(
            "US blacklists Karen militia chief Saw Chit Thu over Myawaddy scam hubs",
            "BANGKOK/MAE SOT | Friday, May 10, 2024 | By our Border Affairs Reporter",
            "The United States has imposed sanctions on the Karen National Army, the armed group "
            "that controls much of the Myanmar side of the Moei River opposite Mae Sot, and on its "
            "leader, Saw Chit Thu, accusing them of profiting from scam compounds where thousands "
            "of trafficked workers, Thais among them, are forced to defraud people online.",
            "The US Treasury's Office of Foreign Assets Control designated the group as a "
            "transnational criminal organisation on Wednesday, together with Saw Chit Thu's sons "
            "Saw Htoo Eh Moo and Saw Chit Chit. Any property they hold under US jurisdiction is "
            "frozen, and Americans are barred from dealing with them.",
            "\"The KNA facilitates cyber scams, human trafficking and cross-border smuggling, and "
            "its leaders are enriching themselves at the expense of the people of Burma,\" Brian "
            "Nelson, the Treasury's under secretary for terrorism and financial intelligence, said "
            "in a statement.",
            "Until January the KNA was known as the Karen Border Guard Force. It was formed in "
            "2010, when a faction of the Democratic Karen Buddhist Army accepted the junta's demand "
            "that its fighters be placed under the command of the Myanmar army, in return for "
            "business concessions along the frontier. Saw Chit Thu announced in January that the "
            "renamed group would no longer take orders or salaries from the military. Yet when the "
            "Karen National Union and its allies overran the army's last base at Myawaddy last "
            "month, KNA fighters helped junta troops return to the town.",
            "The sanctions centre on Shwe Kokko, the \"new city\" the KNA built on its land with "
            "the Chinese-registered Yatai International Holdings Group, whose casinos, hotels and "
            "office blocks rights groups describe as one of the region's largest scam hubs. "
            "Yatai's chairman, She Zhijiang, was arrested in Bangkok in 2022 and is fighting "
            "extradition to China.",
            "Britain froze Saw Chit Thu's assets and banned him from travel in December, in a "
            "package aimed at the networks behind the scam industry in Myanmar and Cambodia. "
            "Washington's measures reach further, because the compounds depend on US-dollar "
            "payments and on cryptocurrency exchanges that comply with American rules.",
            "Thailand will not follow with sanctions of its own. Foreign Ministry spokesman "
            "Nikorndej Balankura said Thailand had no legal framework for unilateral sanctions and "
            "would instead step up cooperation with Myanmar, China and the United States against "
            "trafficking. Police in Tak province said they would check whether any Thai companies "
            "were doing business with the men named by Washington.",
            "A KNA spokesman said the group had \"nothing to do with online fraud\", that it had "
            "expelled foreign gangs from its territory in recent months and that it would ask "
            "Washington to review the decision. In Mae Sot, where more than 1,000 foreigners freed "
            "from the compounds have crossed into Thailand since last year, aid workers welcomed "
            "the move. \"It names the landlord, not just the tenants,\" said a volunteer who "
            "shelters escaped workers.",
            "The Provincial Electricity Authority, which sells power across the border under a "
            "supply contract, said it had no plan to cut it off, despite calls from activists.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, TREASURY, OFAC),
                (KNA, "Saw Chit Thu", "Myanmar"),
            ),
            # Britain's freeze of December; Thailand 'will not follow'; the Border Guard Force of
            # 2010 under the army's command; 'no longer take orders or salaries from the military'
            Gold("sanctions.imposed", "historical", (UK,), ("Saw Chit Thu",), core=False),
            Gold("sanctions.imposed", "negated", ("Thailand",), (KNA, "Saw Chit Thu"), core=False),
            Gold(
                "forces.integrated", "historical", (DKBA, KNA), (TATMADAW, "Myanmar"), core=False
            ),
            Gold("forces.integrated", "negated", (KNA,), (TATMADAW, "Myanmar"), core=False),
        ),
        not_participants=("China", "Cambodia"),
    ),
    Article(
        "b05-seoul-markets-china-suspends-hanwha-ocean-countermeasures",
        date(2025, 11, 10),
        _p(
            "Hanwha Ocean rallies as China suspends sanctions on its US shipbuilding units",
            "SEOUL, Nov. 10 (markets desk) - Shares of Hanwha Ocean rose as much as 7 percent on "
            "Monday after China said it would suspend for one year the sanctions it imposed last "
            "month on five U.S.-based subsidiaries of the South Korean shipbuilder, the latest step "
            "in the trade truce between Beijing and Washington.",
            "China's Ministry of Commerce said in a notice on its website that the "
            "countermeasures, which barred Chinese companies and individuals from any transactions "
            "or cooperation with the units, would be suspended from Monday. The five include "
            "Hanwha Philly Shipyard in Pennsylvania and the holding companies that own it.",
            "The ministry placed the units on its countermeasure list on Oct. 14, accusing them of "
            "assisting a U.S. investigation under Section 301 of the Trade Act into China's "
            "maritime, logistics and shipbuilding industries, which led Washington to charge fees "
            "on Chinese-built and Chinese-operated ships calling at American ports. At the time, "
            "Beijing warned that it could take further steps against the group.",
            "Monday's decision follows the meeting between Chinese President Xi Jinping and U.S. "
            "President Donald Trump in Busan on Oct. 30, after which both sides agreed to pause "
            "the measures they had taken during the autumn escalation. Washington suspended its "
            "port fees on Chinese ships for a year from Monday, and Beijing stopped collecting the "
            "special fees it had levied on U.S.-linked vessels since mid-October. The U.S. "
            "Commerce Department also suspended for a year a rule that would have extended its "
            "export blacklist to companies at least 50 percent owned by listed firms.",
            "Hanwha Ocean closed 5.2 percent higher, recovering most of the ground it lost after "
            "the sanctions were announced in October, when it fell 5.8 percent in a single "
            "session. Parent Hanwha Aerospace gained 3.1 percent, and the benchmark KOSPI rose 3 "
            "percent.",
            "Analysts said the direct cost of the sanctions had been small, since the U.S. units "
            "do little business with China, but that the suspension removed a risk to Hanwha's "
            "central role in the $150 billion shipbuilding cooperation package Seoul offered "
            "Washington in this year's tariff negotiations. \"The market was pricing in the danger "
            "that Hanwha becomes a pawn every time Washington and Beijing fight,\" said an analyst "
            "at a Seoul brokerage.",
            "The measures have been suspended, not revoked. The ministry's notice said they would "
            "be \"suspended for one year\", and a spokesperson said China would \"closely watch the "
            "U.S. side's actions\", leaving room for Beijing to reinstate them if the truce breaks "
            "down.",
            "Seoul's Ministry of Trade, Industry and Energy welcomed the decision, saying it had "
            "raised the issue repeatedly with Chinese counterparts. Hanwha Ocean said in a "
            "statement that it would \"continue to contribute to the revival of American "
            "shipbuilding\". Hanwha bought the Philadelphia yard for $100 million last year, and "
            "President Lee Jae-myung toured it in August during his first visit to the United "
            "States.",
        ),
        (
            Gold("sanctions.suspended", "occurred", ("China", MOFCOM), (HANWHA,)),
            # the countermeasures of Oct. 14 and Beijing's warning then; 'suspended, not revoked';
            # the US affiliates rule suspended for a year
            Gold("sanctions.imposed", "historical", ("China", MOFCOM), (HANWHA,), core=False),
            Gold("sanctions.threatened", "historical", ("China",), (HANWHA,), core=False),
            Gold("sanctions.lifted", "negated", ("China", MOFCOM), (HANWHA,), core=False),
            Gold("sanctions.suspended", "occurred", (US, COMMERCE), ("China",), core=False),
        ),
    ),
    Article(
        "b06-qa-explainer-brazil-joins-opec-plus-charter",
        date(2025, 2, 19),
        _p(
            "Brazil joins OPEC+: what the decision means, and what it does not",
            "Explainer | São Paulo | Wednesday, February 19, 2025",
            "Brazil's National Energy Policy Council approved on Tuesday the country's entry into "
            "OPEC+, the alliance of oil producers led by Saudi Arabia and Russia, through the "
            "group's Charter of Cooperation. The decision was announced by Mines and Energy "
            "Minister Alexandre Silveira nine months before Brazil hosts the COP30 climate summit "
            "in Belém. Here are the main questions.",
            "What has Brazil joined?",
            "The Charter of Cooperation is a permanent forum created in 2019 for dialogue between "
            "the members of the Organization of the Petroleum Exporting Countries and the "
            "non-OPEC producers, including Russia, Kazakhstan and Mexico, that have coordinated "
            "their output with the cartel since 2016. Signatories take part in the group's "
            "ministerial meetings and in its technical discussions on the market.",
            "Will Brazil have to cut production?",
            "No. Silveira said Brazil would not be bound by the group's production quotas and "
            "would not become a full member of OPEC. \"We should not be ashamed of being oil "
            "producers,\" he told reporters in Brasília. \"Brazil needs to grow, develop and "
            "generate income and jobs.\" The country pumped a record of about 3.4 million barrels "
            "a day last year, making it one of the ten largest producers in the world, and "
            "state-controlled Petrobras plans to add more than a dozen floating production units "
            "by 2029.",
            "Why now?",
            "Brazil was invited in 2023. At the COP28 climate summit in Dubai that December, "
            "President Luiz Inácio Lula da Silva said Brazil would take part in OPEC+ in order to "
            "persuade oil-producing countries to prepare for the end of fossil fuels, remarks that "
            "angered environmental groups. The formal decision was put off for more than a year "
            "while ministries argued over its diplomatic cost.",
            "How has OPEC reacted?",
            "OPEC Secretary General Haitham al-Ghais welcomed the move, saying Brazil's experience "
            "in deepwater production would enrich the group's discussions. Brazil will take its "
            "seat at the next ministerial meeting of OPEC+ producers.",
            "Does it matter for the oil market?",
            "Not much, for now. Brent crude rose 0.4% to about $76 a barrel on Tuesday, and "
            "Petrobras shares were little changed in São Paulo. Analysts said Brazil's "
            "fast-growing output, together with that of Guyana and the United States, is one "
            "reason OPEC+ has repeatedly postponed plans to unwind its cuts, and that a seat at "
            "the table would give Brasília more information without limiting its production.",
            "What do the critics say?",
            "Environmental groups called the decision a contradiction for the host of COP30. \"You "
            "cannot lead the fight against climate change while joining the club of the biggest "
            "oil producers,\" said a spokesperson for the Climate Observatory, a network of "
            "Brazilian NGOs. The government says the two goals are compatible, and notes that "
            "Brazil joined the International Energy Agency, the consumers' club, as an association "
            "country in 2017.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Brazil", "Alexandre Silveira"), ("OPEC+",)),
            # not a full member of OPEC; Lula's announcement of 2023; the IEA association of 2017
            Gold("alliance.joined", "negated", ("Brazil",), ("OPEC",), core=False),
            Gold(
                "alliance.joined",
                "historical",
                ("Brazil", "Luiz Inácio Lula da Silva"),
                ("OPEC+",),
                core=False,
            ),
            Gold(
                "alliance.joined", "historical", ("Brazil",), ("International Energy Agency",), core=False
            ),
        ),
        not_participants=(
            "United Arab Emirates",
            "Saudi Arabia",
            "Russia",
            "Kazakhstan",
            "Mexico",
            "Guyana",
        ),
    ),
    Article(
        "b07-joint-statement-australia-tuvalu-falepili-union",
        date(2023, 11, 10),
        _p(
            "Joint Statement: Australia-Tuvalu Falepili Union",
            "Media release | Prime Minister of Australia and Prime Minister of Tuvalu | Rarotonga, "
            "Cook Islands | 10 November 2023",
            "Today we signed the Australia-Tuvalu Falepili Union, a treaty that opens a new "
            "chapter in the relationship between our two countries. We signed it in Rarotonga on "
            "the margins of the 52nd Pacific Islands Forum Leaders Meeting, in the presence of our "
            "fellow Pacific leaders.",
            "Falepili is a Tuvaluan word for the traditional values of good neighbourliness, care "
            "and mutual respect. The Union is built on those values, and on our shared view that "
            "climate change is the single greatest threat to the livelihoods, security and "
            "wellbeing of the peoples of the Pacific.",
            "The Treaty has three parts. First, Australia will establish a special mobility "
            "pathway allowing up to 280 citizens of Tuvalu each year to live, study and work in "
            "Australia, with access to education, health care and income support on arrival. This "
            "pathway will allow Tuvaluans to move with dignity as climate impacts worsen, while "
            "keeping their deep connection to their land and culture.",
            "Second, Australia commits to assist Tuvalu in responding to a major natural disaster, "
            "a health pandemic or military aggression against Tuvalu. In return, Tuvalu and "
            "Australia will mutually agree any partnership, arrangement or engagement between "
            "Tuvalu and any other State or entity on security and defence-related matters, "
            "including defence, policing, border protection, cyber security and critical "
            "infrastructure.",
            "The Treaty does not provide for the stationing of Australian defence personnel in "
            "Tuvalu, and it does not affect Tuvalu's existing diplomatic relationships.",
            "Third, Australia will contribute an additional A$16.9 million to the Tuvalu Coastal "
            "Adaptation Project, which will expand the land area of Funafuti by about six per cent "
            "and protect it from storm surges and rising seas.",
            "The Union builds on a long partnership. Australia was among the first countries to "
            "establish diplomatic relations with Tuvalu after its independence in 1978, and in "
            "1987 Australia, New Zealand, the United Kingdom and Tuvalu signed the agreement that "
            "created the Tuvalu Trust Fund, which today finances around a sixth of the Government "
            "of Tuvalu's budget.",
            "Prime Minister Albanese said: \"The Falepili Union is the most significant agreement "
            "between Australia and a Pacific island nation ever. It recognises that the security "
            "of our region and our response to climate change are one and the same.\"",
            "Prime Minister Natano said: \"This Treaty is a beacon of hope. It gives our people a "
            "choice, and it gives Tuvalu a partner that will stand with us, whatever comes. "
            "Tuvalu will not disappear.\"",
            "The two Governments will now complete their domestic processes, after which the "
            "Treaty will enter into force. Officials will meet early next year to begin work on "
            "the arrangements for the mobility pathway and on the implementation of the security "
            "commitments.",
            "Ends.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("Australia", "Tuvalu", "Anthony Albanese", "Kausea Natano"),
                (),
            ),
            # no Australian defence personnel stationed; the Trust Fund agreement of 1987;
            # relations established in 1978
            Gold("military.presence", "negated", ("Australia",), ("Tuvalu",), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Australia", "New Zealand", UK, "Tuvalu"),
                (),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Australia", "Tuvalu"), (), core=False),
        ),
        not_participants=("Cook Islands", "Pacific Islands Forum"),
    ),
    Article(
        "b08-algiers-daily-algeria-ambassador-back-to-madrid",
        date(2023, 11, 18),
        _p(
            "Algeria sends ambassador back to Madrid, ending 19-month freeze with Spain",
            "ALGIERS | Saturday, 18 November 2023 | By our Diplomatic Desk",
            "Algeria has appointed a new ambassador to Spain, restoring full diplomatic "
            "representation in Madrid for the first time since March 2022, when it recalled its "
            "envoy in protest at the Spanish government's support for Morocco's autonomy plan for "
            "Western Sahara.",
            "President Abdelmadjid Tebboune has named Abdelfetah Daghmoum, a career diplomat, to "
            "the post, which has been vacant since ambassador Said Moussi was recalled \"for "
            "immediate consultations\" on 19 March last year, diplomatic sources said. Spain has "
            "given its approval, and the ambassador is expected to present his credentials to King "
            "Felipe VI in the coming weeks.",
            "In Madrid, Foreign Minister José Manuel Albares welcomed the decision \"with great "
            "satisfaction\", saying Spain wanted \"the best relations\" with Algeria, which he "
            "called \"a friend and a partner\". The appointment comes in the same week as Prime "
            "Minister Pedro Sánchez was sworn in for a new term.",
            "Observers here link the move to the speech Sánchez gave at the UN General Assembly in "
            "September, in which he called for a \"mutually acceptable political solution\" to the "
            "Western Sahara conflict within the framework of the United Nations, language that "
            "Algiers read as a step back from Madrid's 2022 endorsement of the Moroccan plan.",
            "The crisis went well beyond the recall of an ambassador. In June 2022, Algeria "
            "suspended the Treaty of Friendship, Good Neighbourliness and Cooperation the two "
            "countries signed in October 2002, and the Professional Association of Banks and "
            "Financial Institutions instructed banks to freeze direct debits for trade operations "
            "with Spain, a de facto ban on Spanish imports. Spanish exports to Algeria, worth "
            "about 1.9 billion euros in 2021, fell by more than half the following year, hitting "
            "tile makers in Castellón and meat and paper exporters.",
            "The trade measures have not been lifted. Importers in Algiers and exporters in "
            "Valencia said this week that banks had received no new instructions, although some "
            "shipments of Spanish goods have been cleared case by case since the summer. \"The "
            "ambassador is a first step. Trade will follow when the conditions are right,\" an "
            "official at the Ministry of Foreign Affairs said. The friendship treaty remains "
            "suspended.",
            "Gas kept flowing throughout. Sonatrach continued to supply Spain through the Medgaz "
            "pipeline under long-term contracts, after shutting the Maghreb-Europe pipeline that "
            "crossed Morocco when Algiers cut ties with Rabat in August 2021. Sonatrach and "
            "Spain's Naturgy agreed new prices last year.",
            "Algiers has used the recall of ambassadors before. It withdrew its envoy from Paris in "
            "February over the exfiltration of the activist Amira Bouraoui through Tunisia, and "
            "sent him back to France in March after a telephone call between Tebboune and "
            "President Emmanuel Macron.",
            "Foreign Minister Ahmed Attaf is expected to travel to Madrid early next year to "
            "prepare a meeting of the two governments, diplomats said. It would be the first visit "
            "by an Algerian foreign minister to Spain since the crisis began.",
        ),
        (
            Gold("relations.restored", "occurred", ("Algeria", "Spain", "Abdelmadjid Tebboune"), ()),
            # the trade freeze of 2022, not lifted; the treaty of 2002; the envoy back in Paris
            Gold("sanctions.imposed", "historical", ("Algeria",), ("Spain",), core=False),
            Gold("sanctions.lifted", "negated", ("Algeria",), ("Spain",), core=False),
            Gold("agreement.signed", "historical", ("Algeria", "Spain"), (), core=False),
            Gold(
                "relations.restored",
                "historical",
                ("Algeria", "France", "Emmanuel Macron"),
                (),
                core=False,
            ),
        ),
        not_participants=("Morocco", "Western Sahara", "Tunisia"),
    ),
    Article(
        "b09-think-tank-brief-chad-after-france-hungary-former-rebels",
        date(2025, 2, 12),
        _p(
            "Policy brief: Chad after France - new partners, old rebels and the limits of "
            "diversification",
            "Sahel Security Programme | Brief No. 4/2025 | 12 February 2025",
            "Summary: Chad has ended its defence partnership with France, welcomed a small "
            "Hungarian mission, kept Russia at arm's length and begun absorbing former rebels into "
            "its army. This brief assesses what the new arrangements mean for stability in a "
            "country that borders three wars.",
            "On 30 January the last French soldiers left N'Djamena, handing over the Adji Kossei "
            "base to the Chadian army. Their departure ended more than six decades in which French "
            "forces were stationed in Chad almost without interruption, from the garrisons of the "
            "post-independence years to Operation Epervier, launched in 1986, and the headquarters "
            "of Operation Barkhane. President Mahamat Idriss Déby announced the end of the defence "
            "cooperation agreement with Paris on 28 November, hours after a visit by the French "
            "foreign minister.",
            "Unlike its neighbours in the Alliance of Sahel States, Chad has not replaced France "
            "with Russia. Déby met Vladimir Putin in Moscow in January 2024, but talks on the "
            "deployment of Russian military instructors have not produced an agreement, officials "
            "in N'Djamena say, and the government has been careful to keep its relations with "
            "Washington and the Gulf states.",
            "The most unusual new partner is Hungary. In November 2023 the Hungarian parliament "
            "approved the deployment of up to 200 soldiers to Chad for a mission Budapest "
            "describes as counter-terrorism and the prevention of migration towards Europe. A "
            "small team of staff officers has been in N'Djamena since last year, and Defence "
            "Minister Kristóf Szalay-Bobrovniczky said in January that the main contingent would "
            "be deployed in the course of 2025. The mission is small, but it gives Déby a "
            "European partner that asks few questions about the transition.",
            "The United Arab Emirates has become Chad's main financial backer, pledging a loan of "
            "$1.5 billion in 2023 and supplying armoured vehicles. UN experts have also said that "
            "weapons bound for Sudan's Rapid Support Forces were flown through the airstrip at "
            "Amdjarass, near the Sudanese border, a charge N'Djamena and Abu Dhabi deny.",
            "At home, the transition is absorbing its former enemies. On 25 January, 1,146 former "
            "fighters of armed groups that signed the Doha Peace Agreement in August 2022 were "
            "integrated into the Chadian National Army at a ceremony in Moussoro, after six months "
            "of training. Most come from the Union of Forces for Democracy and Development (UFDD), "
            "whose leader returned from exile after the agreement. The defence ministry says two "
            "further intakes will follow this year.",
            "The Front for Change and Concord in Chad (FACT), whose offensive in April 2021 ended "
            "with the death of Idriss Déby, did not sign the agreement, and none of its fighters "
            "has been integrated. It remains based in southern Libya and is the most likely source "
            "of a new armed challenge.",
            "Assessment. Diversification has given N'Djamena room to manoeuvre, but at a price. "
            "The Hungarian mission is too small to replace French air support and intelligence, on "
            "which the army relied against Boko Haram around Lake Chad and against incursions from "
            "Libya. Integration buys loyalty with salaries the budget may not sustain, and the "
            "army's ethnic balance remains a source of tension.",
            "Recommendations. European partners should keep funding the demobilisation programme "
            "for fighters who do not enter the army; donors should press for transparency over "
            "the use of the Amdjarass airstrip; and the government should publish the timetable of "
            "the remaining intakes.",
        ),
        (
            Gold("military.presence", "planned", ("Hungary",), ("Chad",)),
            # the two further intakes (core since the correction: the one of 25 January is
            # background, see the docstring)
            Gold("forces.integrated", "planned", (UFDD,), (CHAD_ARMY, "Chad")),
            # the intake of 25 January; FACT not integrated; the Doha agreement of 2022; the French
            # soldiers gone after six decades; Hungary's approval of 2023 and its staff officers;
            # the talks on Russian instructors
            Gold("forces.integrated", "historical", (UFDD,), (CHAD_ARMY, "Chad"), core=False),
            Gold("forces.integrated", "negated", (FACT,), (CHAD_ARMY, "Chad"), core=False),
            Gold("agreement.signed", "historical", ("Chad", UFDD), (), core=False),
            Gold("military.presence", "negated", ("France",), ("Chad",), core=False),
            Gold("military.presence", "historical", ("France",), ("Chad",), core=False),
            Gold("military.presence", "historical", ("Hungary",), ("Chad",), core=False),
            Gold("military.presence", "stalled", ("Russia",), ("Chad",), core=False),
        ),
        not_participants=("Qatar", "United Arab Emirates", "Libya", "Sudan"),
    ),
    Article(
        "b10-nm-karachi-business-easa-lifts-pia-europe-ban",
        date(2024, 11, 30),
        _p(
            "EU aviation regulator lifts four-year ban on PIA flights to Europe",
            "KARACHI | Saturday, November 30, 2024 | Business Desk",
            "The European Union Aviation Safety Agency (EASA) has lifted its suspension of "
            "Pakistan International Airlines' authorisation to operate to the bloc, ending a ban "
            "of more than four years that cost the loss-making national carrier an estimated Rs40 "
            "billion a year in revenue.",
            "Defence Minister Khawaja Asif, who also oversees aviation, announced the decision on "
            "Friday, calling it the result of \"tireless reforms\" at the Pakistan Civil Aviation "
            "Authority. EASA said in a letter to the airline that it had restored PIA's "
            "third-country operator authorisation after an audit of its safety management and of "
            "the regulator's licensing procedures.",
            "EASA suspended the authorisation in June 2020, weeks after then aviation minister "
            "Ghulam Sarwar Khan told the National Assembly that 262 of the country's 860 active "
            "pilots held \"dubious\" licences. His statement followed the crash of PIA flight "
            "PK8303 in Karachi in May that year, which killed 97 people. Britain's Civil Aviation "
            "Authority barred the airline from its airports the same month, and the United States "
            "downgraded Pakistan's aviation safety rating.",
            "PIA said it would resume flights to Paris in January with three weekly services, and "
            "would then seek slots in Milan, Barcelona and Oslo. The airline plans to deploy two "
            "of its refurbished Boeing 777s on the European routes and has signed a "
            "ground-handling agreement at Charles de Gaulle airport, a spokesman said. Flights to "
            "Britain, the carrier's most profitable market before the ban, remain suspended until "
            "the UK authorities complete their own review.",
            "The decision may also help the government's second attempt to sell the airline. Only "
            "one bidder took part in last month's auction, offering Rs10 billion for a 60% stake "
            "against a reserve price of Rs85 billion, and the Privatisation Commission rejected "
            "the bid. Advisers said the loss of the European routes had been one of the main "
            "reasons investors stayed away.",
            "Shares of PIA Holding Company rose 7.5% on the Pakistan Stock Exchange, where trading "
            "in the stock is thin. \"The ban has been lifted; the debt has not,\" said a "
            "Karachi-based aviation analyst, noting that the airline's accumulated losses exceed "
            "Rs800 billion.",
            "Most of the pilots grounded in 2020 were later cleared and returned to the cockpit. "
            "The licences of about 50 were cancelled, and several of them joined Gulf carriers "
            "after the scandal. The Pakistan Airline Pilots Association, which called the "
            "regulator's suspensions a witch hunt, welcomed the decision but asked the government "
            "to compensate pilots whose careers were interrupted.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "b11-nm-sydney-under-16-social-media-ban-takes-effect",
        date(2025, 12, 11),
        _p(
            "Australia's under-16 social media ban takes effect as platforms shut teen accounts",
            "SYDNEY | Thursday, December 11, 2025",
            "Hundreds of thousands of Australian teenagers found themselves locked out of their "
            "favourite apps on Wednesday as a law barring children under 16 from holding accounts "
            "on ten of the biggest social media platforms came into force, a world first that "
            "governments from Copenhagen to Kuala Lumpur are watching closely.",
            "Meta, which began deactivating the accounts of users it believes to be under 16 on "
            "Instagram, Facebook and Threads last week, said it had removed about 500,000 "
            "accounts. TikTok and Snapchat said they had deployed age-estimation tools that "
            "analyse a video selfie, and YouTube signed users it identified as minors out of their "
            "accounts, leaving them able to watch videos without logging in.",
            "Platforms that fail to take \"reasonable steps\" to keep under-16s off face civil "
            "penalties of up to A$49.5 million. eSafety Commissioner Julie Inman Grant said her "
            "office would not sanction companies for every child who slipped through, but would "
            "look for systemic failures, and that she had written to all ten platforms asking for "
            "data on the accounts they had removed.",
            "The list of covered services was extended last month to the live-streaming platforms "
            "Kick and Twitch. Messaging apps such as WhatsApp, and gaming platforms such as "
            "Roblox, are exempt, a line critics say is hard to justify.",
            "Prime Minister Anthony Albanese said the law would give children \"three more years "
            "to be kids\". \"This is about taking back control from tech companies that have had "
            "it too easy for too long,\" he said in Sydney. Communications Minister Anika Wells "
            "said the government would not lift or delay the ban, whatever the platforms said.",
            "Two 15-year-olds backed by the Digital Freedom Project have filed a challenge in the "
            "High Court, arguing that the law breaches the implied constitutional freedom of "
            "political communication. Reddit said it would comply but joined critics who say the "
            "ban will push teenagers towards less regulated corners of the internet.",
            "Abroad, the law is becoming a model. Malaysia says it will bar under-16s from social "
            "media from next year, Denmark's government has agreed with opposition parties on a "
            "ban for children under 15, and New Zealand's governing National Party has introduced "
            "a bill modelled on the Australian one. \"More countries will join us,\" Wells said.",
            "In the schoolyards, the first day brought confusion more than revolt. Some teenagers "
            "said they had been suspended in the morning and had signed up again by lunchtime "
            "using a parent's date of birth. \"My friends are all on a group chat now instead,\" "
            "said Ella, 14, from Newcastle. \"It's the same, just without the videos.\"",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "b12-nm-seoul-entertainment-newjeans-return-to-ador",
        date(2025, 11, 13),
        _p(
            "NewJeans to return to ADOR after losing contract battle in court",
            "SEOUL | Entertainment | Thursday, November 13, 2025",
            "All five members of NewJeans will return to their agency ADOR, ending a year-long "
            "dispute that split the K-pop industry, after a Seoul court ruled that the exclusive "
            "contracts they tried to terminate last November remain valid.",
            "ADOR, a label owned by HYBE, said on Wednesday that Haerin and Hyein had decided, "
            "after discussions with their families, to continue their careers with the agency. "
            "Hours later Minji, Hanni and Danielle said in a separate statement that they had also "
            "decided to return and had informed ADOR, which said it was verifying their intentions "
            "and would hold individual talks.",
            "The Seoul Central District Court ruled on Oct. 30 that ADOR had not breached the "
            "contracts in a way that justified their termination, rejecting the members' claim "
            "that the agency had failed to protect them after HYBE's dismissal of former ADOR chief "
            "executive Min Hee-jin in 2024. The members, who signed with the label in 2022, are "
            "bound until 2029.",
            "The group suspended all activities in March, days after the same court granted ADOR "
            "an injunction barring them from working independently under the name NJZ. An appeal "
            "against the injunction was dismissed in June. A planned comeback was cancelled, and "
            "the group's advertising deals were put on hold.",
            "Industry associations had taken ADOR's side. The Korea Management Federation, which "
            "represents talent agencies, had urged its members not to sign any of the five and "
            "warned that companies that did so could face sanctions from the federation. Lawyers "
            "say ADOR could also seek to extend the contracts by the length of the hiatus, a "
            "common clause in K-pop agreements.",
            "HYBE shares rose 2.4% in Seoul on Thursday. Analysts at a local brokerage said a full "
            "return could lift the company's operating profit next year, depending on how quickly "
            "the group can release new music and go on tour.",
            "Min, who left ADOR in November 2024, founded a new agency in October and is locked in "
            "her own legal battle with HYBE over the value of her shares in the label. She did not "
            "comment on Wednesday.",
            "Fans were divided. Some welcomed the chance to see the group on stage again; others "
            "said the members had been forced back. \"They are not returning because they want to "
            "but because the court left them no choice,\" one fan wrote on X. ADOR said it would "
            "lift the restrictions on the members' social media accounts once the talks were "
            "complete, and that it would deploy a dedicated team to plan the group's schedule.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "b09-think-tank-brief-chad-after-france-hungary-former-rebels": (
        "'The defence ministry says two further intakes will follow this year': 'intakes' (of "
        "former fighters into the army) is no integration form"
    ),
}


NOV = date(2025, 11, 20)


def _told(text: str) -> list[tuple[str, str]]:
    from rasd.analyze import analyze

    return [(e.type, e.status) for e in analyze(text, lang="en", published=NOV).events]


def test_a_month_after_the_first_time_since_dates_nothing() -> None:
    text = ("Algeria's new ambassador arrived in Madrid, restoring full diplomatic representation in "
            "Spain for the first time since March 2022.")
    assert _told(text) == [("relations.restored", "occurred")]


def test_an_ambassador_sent_back_restores_ties() -> None:
    assert _told("Algeria sends ambassador back to Spain after 19-month rift") == [("relations.restored", "occurred")]
    assert _told("Algeria returned its ambassador to Madrid on Monday.") == [("relations.restored", "occurred")]


def test_a_relative_clause_without_that_dates_the_sanctions() -> None:
    text = "China on Monday suspended for one year the sanctions it imposed last month on five US units of Hanwha Ocean."
    assert _told(text) == [("sanctions.suspended", "occurred")]


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout24_set_shape() -> None:
    """Twelve articles of 300-600 words, three near misses, nine with core alertable events of
    all ten types, and every status annotated somewhere."""
    check_set_shape(
        ARTICLES, size=(12, 12), near_misses=(3, 3), words=(300, 600), core_articles=9, core_types=10
    )


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-24 English events"))
