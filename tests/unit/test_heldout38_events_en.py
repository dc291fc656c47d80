"""Thirty-eighth English held-out event set: twelve full-length articles (300-600 words) written
for this test in the plain forms most news comes in, on topics, regions and eras the earlier
thirty-seven sets lack: a Nairobi business weekly on Carter's trade embargo on Idi Amin's Uganda and
its coffee (1978), a Johannesburg financial weekly on Bush lifting the sanctions of the
Comprehensive Anti-Apartheid Act on South Africa (1991), the English edition of a Moscow weekly on
Bush waiving the Jackson-Vanik amendment for the Soviet Union so that food credits can flow (1990),
a London upstream oil newsletter on the five-year extension of the Iran and Libya Sanctions Act
(2001), a Bergen fish-trade weekly on Clinton warning Norway of trade sanctions over commercial
whaling while holding them back (1993), a Tokyo English daily on Japan admitted to the United
Nations as its eightieth member after the Soviet-Japanese joint declaration (1956), a Madras daily
on the Indo-Sri Lanka accord signed in Colombo and the first Indian troops landing at Palaly (1987),
a Mexico City English daily on Mexico and Spain restoring relations after 38 years (1977), a Dili
weekly on Falintil's guerrillas to be sworn in as the first battalion of the East Timor Defence
Force the next day (2001), and near misses (a Kuala Lumpur sports page after the Thomas Cup where
the badminton association "imposed" fines, "suspended" a junior, "lifted" a ban, "extended" a
coach's contract and "signed a sponsorship agreement with a Japanese racket maker", a coach
"joined", power is "restored" and police are to be "deployed" (1992); a Tasmanian local paper where
a council "lifted" water restrictions it "imposed", a ferry service is "restored" after being
"suspended", rangers are "deployed", hours "extended", the council votes to "join" a network of
local governments and to "sign a friendship agreement with a town in Japan's Shizuoka prefecture"
(2008); a Dhaka business page after the wage protests where owners "lifted" a closure they
"imposed", factories "suspended" production, police and border guards are "deployed", a group
"signed a three-year supply agreement with a Spanish fashion retailer", a Swedish chain "extended"
its contracts, brands "joined" the garment safety accord "first signed in 2013" and gas is
"restored" (2023)).

Nine articles carry core alertable events of all ten types (sanctions imposed, lifted, suspended,
extended and threatened; a state joined the United Nations; an accord signed; relations restored;
guerrillas to be integrated into a new army; foreign troops landed), nine occurred and one planned,
beside historical, negated and stalled events.

Decisions of the annotation: a state that "has imposed a total trade embargo on Uganda" when its
president "signed a bill, passed by Congress" imposes (core), Britain that "would not impose a ban
of its own" and the Nine who "have not agreed" to stop their aid negated impositions and Kenya's
fuel embargo of July 1976 a historical imposition; Libya and the Soviet Union, which armed Amin, are
no parties. A president who "lifted the economic sanctions the United States imposed on South Africa
under the Comprehensive Anti-Apartheid Act of 1986" lifts (core), the act of 1986 and the arms
embargo the Security Council "imposed in 1977" historical impositions, that embargo which the
decision "does not touch" a negated lifting, the European Community's lifting of April a historical
lifting, Japan that "is expected to end its remaining restrictions ... in the autumn" a planned
lifting (not core) and the Commonwealth that "will not change its stance" a negated lifting. A
president who "waived the Jackson-Vanik amendment for the Soviet Union for six months" suspends
(core), the most-favoured-nation treatment the waiver "does not bring" a negated lifting, the trade
agreement Bush and Gorbachev "signed at their summit in Washington in June" and the grain agreement
"signed in 1975" historical accords, Carter's grain embargo of 1980 a historical imposition and its
lifting by Reagan in 1981 a historical lifting. A president who "signed a five-year extension of the
Iran and Libya Sanctions Act" extends (core), the law of 1996 a historical imposition, Clinton's
South Pars waiver of 1998 and the United Nations sanctions on Libya "suspended in April 1999"
historical suspensions, Washington's Libya sanctions "which the President renewed in January" a
historical extension, the Lockerbie compensation talks that "have produced no agreement" a stalled
accord and "would not ease its measures until" a negated lifting; buy-back and exploration
contracts of oil companies are commerce, and the Netherlands (the trial's venue) and Japan (whose
companies negotiate) are no parties. A president who "warned Norway ... that it would face American
trade sanctions if it did not stop commercial whaling" threatens (core), "decided not to impose them
for now" a negated imposition, Japan that was certified in 1988 but on which "the United States did
not impose sanctions" a negated imposition; the anti-dumping duties on salmon are trade remedies, no
sanctions. A state that "was admitted to the United Nations yesterday as its eightieth member"
joins (core), the Soviet vetoes of 1952 and 1955 a negated joining, the joint declaration "signed
in Moscow on October 19" a historical accord and the relations it "restored" a historical
restoration, the peace treaty of which "No ... has been signed" a stalled accord, the security treaty
of 1951 a historical accord and the American forces that "remain at bases in Japan" under it a
historical presence. Two leaders who "signed an agreement in Colombo on Wednesday to end the ethnic
conflict" sign (core), "the first Indian troops landed at the Palaly air base" a presence (core),
"more troops would be sent in the coming days if needed" a planned presence (not core), the Tigers
who "were not a party to the agreement" a negated accord, the Thimphu talks that "broke down in
August 1985" a stalled accord, and the ports that "would not be made available for military use by
any country" a negated presence; the emergency "to be lifted", the provinces "to be joined" and the
curfew "imposed" in Colombo are no sanctions or alliances, and Bhutan (the venue of Thimphu) is no
party. Two states that "restored diplomatic relations yesterday" restore (core), the joint
declaration their ministers "signed ... in Paris" an accord that occurred (not core), the embassies
to open "within weeks" a planned restoration (not core), the trade agreement that "could be signed
during the President's visit" a planned accord (not core), "every attempt to renew official ties got
nowhere while Franco lived" a stalled restoration and Echeverría who "suspended air, postal and
trade links with Spain" in 1975 a historical imposition; France, where they signed, is no party.
Guerrillas who "will be integrated into the new force" tomorrow are a planned integration (core),
the "more than a thousand who were not selected" a negated integration, the Portuguese and
Australian instructors "due to arrive in March" a planned presence (not core), the Australian-led
force that "landed in Dili in September 1999" and the peacekeepers who took over from it a
historical presence, and the border talks with Indonesia in which "no agreement on the border has
been signed" a stalled accord; the regulation that the UN administrator "signed" is no accord, and
the World Bank, which pays for the discharge, is no party. Outside the monitor's remit (no event): a
badminton association's fines, suspensions, bans, contracts and sponsorship agreement; a council's
water restrictions, dog ban, ferry, rangers, a network of local governments and a friendship
agreement with a Japanese town; garment owners' closures, a supply agreement with a Spanish
retailer, contracts of a Swedish chain, a safety accord of brands, police and border guards at home.

The set was written and annotated before any measurement; the figures are printed by ``python -m
tests.unit.test_heldout38_events_en``.
Measured before any fix (2026-12-02, on commit fde0180): P 1.000, R 0.600, F1 0.750 (recall 6/10, 8
of 8 alerts right; recall by status: occurred 6/9, planned 0/1; no false alarm, no unexpected alert,
no venue as a party; the three near misses quiet). No annotation was corrected after the run.
Missed: the waiver for the Soviet Union ("President George Bush on Wednesday waived the Jackson-Vanik
amendment for the Soviet Union for six months") gives no event at all: a waiver of a restrictive law
named by its kind ("the Jackson-Vanik amendment", "Section 907 of the Freedom Support Act") "for" a
state is no sanctions form, where "waived the Jackson-Vanik restrictions on the Soviet Union" and
"waived the Glenn Amendment sanctions on Pakistan" are read. The renewal of ILSA ("signed a
five-year extension of the Iran and Libya Sanctions Act, the 1996 law that threatens penalties") is
read as a historical extension: the year that dates the renewed measures ("the 1996 law", "the Iran
Sanctions Act of 1996", "its 1986 sanctions", "first imposed in 2014") dates the act of renewing
or lifting reported "on Friday", where a relative clause with its own verb ("which was passed in
1996", "which it first imposed in 2014") does not. The Colombo accord ("Prime Minister Rajiv Gandhi
and President J. R. Jayewardene signed an agreement in Colombo on Wednesday to end the ethnic
conflict in Sri Lanka") gives no event: signers named only as leaders, by title and name or by name
alone ("Donald Trump and Vladimir Putin signed a peace agreement"), are no parties of an accord and
their states are not found, where "Indian Prime Minister Rajiv Gandhi and Sri Lankan President ..."
and "Prime Minister Rajiv Gandhi of India and ..." are read (the sanctions forms do give an office
holder's state: "Donald Trump imposed sanctions on ..." has the United States). The Falintil
integration ("The guerrillas will be integrated into the new force with their own commanders",
after a sentence naming "East Timor's new defence force") gives no event: an integration into an
army named only by a common noun ("the new force", "the army") takes no state from the sentence
before and, with no participant, is dropped, where "integrated into East Timor's new defence force"
and "sworn into the army of East Timor" are read.
Also seen, not scored: the South Africa lead ("President George Bush on Wednesday lifted the economic
sanctions the United States imposed on South Africa under the Comprehensive Anti-Apartheid Act of
1986") is read as a historical lifting (the year of the act, as in the ILSA miss) with the United
States as a target, and the lifting is found only from the headline "Bush lifts US sanctions", with
the United States as its target and no actor; "George Bush", the elder Bush as the press of his time
named him, is not linked, so neither Bush article has him as an actor; the Iran and Libya Sanctions
Act gives no target (states inside an instrument's name); the joint declaration that "Prime Minister
Ichiro Hatoyama and Premier Nikolai Bulganin signed in Moscow" gives no accord (the leaders' form
above) and the relations it restored are given Russia beside the Soviet Union (Moscow of 1956);
"650 of its fighters are sworn in ... as the first battalion of the East Timor Defence Force" is no
integration form; Carter, who "signed a bill", is no actor of the embargo on Uganda.
Each form missed is pinned below on sentences of its own, a strict xfail while it fails, beside the
neighbouring forms that are read.
After the fixes of the same round (2026-12-03): P 1.000, R 0.800, F1 0.889 (recall 8/10, 10 of 10
alerts right). Fixed in general: the US statutes whose bars are waived state by state
("Jackson-Vanik", "Section 907 of the Freedom Support Act", the Glenn, Pressler and Symington
amendments) are sanctions laws, and one waived "for" a state names its target; a year that names
the measures renewed or lifted ("the 1996 law", "its 1986 sanctions", "the ... Act of 1986", ",
first imposed in 2014,") no longer dates the renewal or the lifting; two heads of distinct states
known to the knowledge base who sign ("Donald Trump and Vladimir Putin signed a peace agreement")
give their states as parties. Left, strict xfails below: leaders the knowledge base lacks (Rajiv
Gandhi, Jayewardene) and the integration into an army named the sentence before.
The scoring is that of ``rasd eval`` (``heldout_support_en``). Do not tune the analyzer (no lexicon
entry) on these articles: they stand for the unseen ones.
Fixed later by the general-misses round 5 of 2026-12-07: a state named only in the apposition after
the opening subject ("that fought Indonesian rule") is not the state whose army takes the fighters in.
"The new force" is an army noun of an integration.
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
    event_rows,
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

UK = "United Kingdom"
US = "United States"
UN = "United Nations"
UNSC = "United Nations Security Council"
EC = "European Community"
USSR = "Soviet Union"
CONGRESS = "United States Congress"
LTTE = "Liberation Tigers of Tamil Eelam"
ETDF = "East Timor Defence Force"

ARTICLES: list[Article] = [
    Article(
        "i01-nairobi-business-weekly-us-trade-embargo-on-uganda",
        date(1978, 10, 14),
        _p(
            "US bans all trade with Uganda; coffee men look to Europe",
            "THE EAST AFRICAN TRADER | Nairobi, Saturday, October 14, 1978",
            "The United States has imposed a total trade embargo on Uganda. President Jimmy Carter on Tuesday signed a bill, passed by Congress last week, that bans all imports of Ugandan goods into the United States and all exports of American goods to Uganda until the President can certify that the government of Field Marshal Idi Amin no longer commits gross violations of human rights. The ban took effect at once.",
            "The blow falls mainly on coffee. American roasters bought about a third of Uganda's crop last year, paying close to 250 million dollars, and coffee earns Kampala more than nine-tenths of its foreign exchange. Congressmen who pressed for the embargo said the dollars had paid for the State Research Bureau, the security service blamed for the deaths of tens of thousands of Ugandans since 1971, and for the chartered aircraft that carry whisky, cars and radios to Entebbe for the army's officers.",
            "Several of the large American roasters had already stopped buying Ugandan beans in the spring, after hearings in the House of Representatives, and robusta from Uganda has been selling at a discount in London since May. Brokers in Nairobi said on Thursday that most of the crop now moving to Mombasa by rail would go to Europe, Japan and the Soviet bloc, though at lower prices.",
            "Britain, which broke off diplomatic relations with Kampala in July 1976 after the Entebbe raid and the disappearance of Mrs Dora Bloch, said on Wednesday that it would not impose a ban of its own. A Foreign Office spokesman in London said that trade was a matter for the companies concerned, and the weekly flights from Stansted to Entebbe are expected to continue. Members of the European Parliament have asked the European Community to stop its aid to Uganda under the Lomé Convention, but the Nine have not agreed to do so.",
            "In Nairobi, officials said Kenya would keep the railway and the road to Malaba open to Ugandan traffic, as long as freight and fuel were paid for in cash. Kenya imposed a fuel embargo on Uganda for several weeks in July 1976, after President Amin laid claim to large parts of western Kenya, and relations between the two governments have been cool since the East African Community broke up last year.",
            'Radio Uganda said on Wednesday that the embargo was an act of imperialism and that Uganda would find buyers for its coffee in the socialist countries and the Arab world. President Amin, who has received arms from Libya and the Soviet Union, told a rally in Kampala that Ugandans would "eat cassava" rather than beg from Washington.',
            "For Kenyan business the effects are mixed. Mombasa port handles almost all of Uganda's coffee exports, and shipping agents fear fewer sailings to the east coast of America. Kenyan firms that sell soap, salt and textiles to Uganda are owed millions of shillings, and some said the embargo would make Kampala even slower to pay. The International Coffee Organization meets in London next month to review export quotas.",
        ),
        (
            Gold(
                "sanctions.imposed",
                "occurred",
                (US, "Jimmy Carter", CONGRESS),
                ("Uganda", "Idi Amin"),
            ),
            # Britain's refusal and the Nine undecided on aid; Kenya's fuel embargo of 1976
            Gold("sanctions.imposed", "negated", (UK,), ("Uganda",), core=False),
            Gold("sanctions.imposed", "negated", (EC,), ("Uganda",), core=False),
            Gold("sanctions.imposed", "historical", ("Kenya",), ("Uganda",), core=False),
        ),
        not_participants=("Libya", USSR, "Japan"),
    ),
    Article(
        "i02-johannesburg-financial-weekly-bush-lifts-us-sanctions",
        date(1991, 7, 12),
        _p(
            "Bush lifts US sanctions; JSE rallies but bankers stay cautious",
            "FINANCE WEEK | Johannesburg, Friday 12 July 1991",
            "President George Bush on Wednesday lifted the economic sanctions the United States imposed on South Africa under the Comprehensive Anti-Apartheid Act of 1986, saying the government of President F. W. de Klerk had met all five conditions Congress set for ending them and that the changes in the country were now irreversible.",
            "The order ends the ban on new American investment in South Africa, on imports of South African coal, iron and steel, uranium, textiles and farm products, and on landing rights for South African Airways, which said it would apply to resume flights to New York before the end of the year. American banks may again lend to the private sector.",
            "The act required the release of political prisoners, the repeal of the Group Areas Act and the Population Registration Act, the lifting of the state of emergency, the unbanning of political parties and the opening of negotiations in good faith. Parliament repealed the last of the racial laws in June, and the administration said the number of political prisoners still held was disputed but small.",
            "The decision does not touch the arms embargo the United Nations Security Council imposed in 1977, which the United States will keep observing, nor the law requiring American directors at the International Monetary Fund to vote against loans to Pretoria. Some 25 American states and more than 80 cities keep their own sanctions, and pension funds in New York and California have said they will not buy South African shares yet.",
            "The African National Congress called the move premature. Nelson Mandela, speaking in Durban, where the ANC held its first national conference inside the country in three decades last week, said hundreds of prisoners remained in jail and the violence in the townships had not been stopped. Democrats in Congress, who wrote the law, criticised the decision but conceded that the President had the power to take it.",
            "Others moved earlier. The European Community lifted its ban on imports of South African iron, steel and gold coins in April, and Japan is expected to end its remaining restrictions, including the ban on loans, in the autumn, officials in Tokyo said on Thursday. The Commonwealth will not change its stance before the heads of government meet in Harare in October, its secretary-general, Chief Emeka Anyaoku, said in London.",
            "On the Johannesburg Stock Exchange the industrial index rose 2.4 percent on Wednesday and a further 1.1 percent yesterday, and the financial rand, the currency in which foreigners buy and sell South African shares, firmed against the dollar.",
            'Bankers were cautious. "Sanctions were never the main reason money stayed away," said an economist at a large commercial bank. "Investors will want to see a new constitution and an end to the violence before they put in long-term capital." Mining houses said the end of the coal ban would matter little, since their American customers had long been replaced by buyers in Europe and the Far East.',
        ),
        (
            Gold("sanctions.lifted", "occurred", (US, "George H. W. Bush"), ("South Africa",)),
            # the act of 1986 and the UN arms embargo of 1977, which stays; the EC's lifting of April;
            # Japan to follow; the Commonwealth unchanged
            Gold(
                "sanctions.imposed",
                "historical",
                (US, CONGRESS),
                ("South Africa",),
                core=False,
            ),
            Gold("sanctions.imposed", "historical", (UNSC,), ("South Africa",), core=False),
            Gold("sanctions.lifted", "negated", (UNSC, US), ("South Africa",), core=False),
            Gold("sanctions.lifted", "historical", (EC,), ("South Africa",), core=False),
            Gold("sanctions.lifted", "planned", ("Japan",), ("South Africa",), core=False),
            Gold(
                "sanctions.lifted",
                "negated",
                ("Commonwealth of Nations",),
                ("South Africa",),
                core=False,
            ),
        ),
        not_participants=("International Monetary Fund", "Zimbabwe"),
    ),
    Article(
        "i03-moscow-weekly-bush-waives-jackson-vanik-for-food-credits",
        date(1990, 12, 15),
        _p(
            "Bush waives trade curb to open the way for food credits",
            "MOSCOW WEEKLY NEWS | English edition | Saturday, December 15, 1990",
            "President George Bush on Wednesday waived the Jackson-Vanik amendment for the Soviet Union for six months, clearing the way for up to one billion dollars in American government guarantees for credits to buy grain and other food this winter. It is the first time the amendment has been set aside for the Soviet Union since Congress adopted it in 1974.",
            "The amendment, part of the Trade Act of 1974, denies government credits and normal tariffs to communist countries that restrict emigration. Mr Bush said the steady rise in emigration, which will reach about 400,000 people this year, most of them Jews leaving for Israel, justified the waiver, although the Supreme Soviet has still not passed the law on entry and exit that Moscow promised in 1989.",
            "The waiver does not bring most-favoured-nation treatment. The trade agreement that Mr Bush and President Mikhail Gorbachev signed at their summit in Washington in June, which would cut American duties on Soviet goods to the levels paid by most other countries, has not been sent to Congress, and officials in Washington said it would not be until the emigration law is passed.",
            "Mr Bush announced the decision after meeting Foreign Minister Eduard Shevardnadze at the White House. He also offered up to 300 million dollars in medical supplies and technical advice on the storage and distribution of food, much of which is lost between the farms and the shops.",
            "Soviet buyers have bought American wheat and maize for fifteen years under a long-term agreement signed in 1975, but the trade has rested on cash and on credit from Western European banks. President Jimmy Carter imposed an embargo on grain sales beyond the agreement's minimum after the Soviet invasion of Afghanistan, and President Ronald Reagan lifted it in April 1981, saying it had hurt American farmers more than the Kremlin.",
            "In Moscow, where bread and milk have been hard to find in state shops since the autumn and Leningrad has introduced ration cards for meat and butter, the news led the evening television bulletin. Mr Gorbachev sent Mr Bush a message of thanks, the presidential spokesman said. Economists at the Institute of World Economy said one billion dollars would buy about seven million tonnes of grain, less than a third of what the country expects to import this year.",
            "The guarantees will be arranged through the Commodity Credit Corporation of the Agriculture Department, and the first sales are expected in January. American farm groups, which lobbied for them, said the decision would help wheat prices in Kansas and the Dakotas.",
            "The leaders of the European Community agreed at their summit in Rome on Saturday to send food worth about 750 million ecus to the Soviet Union and to consider a larger programme of technical aid next year.",
        ),
        (
            Gold("sanctions.suspended", "occurred", (US, "George H. W. Bush"), (USSR,)),
            # no most-favoured-nation treatment; the trade agreement of June and the grain agreement
            # of 1975; Carter's grain embargo and Reagan's lifting of it
            Gold("sanctions.lifted", "negated", (US,), (USSR,), core=False),
            Gold(
                "agreement.signed",
                "historical",
                (US, USSR, "George H. W. Bush", "Mikhail Gorbachev"),
                (),
                core=False,
            ),
            Gold(
                "sanctions.imposed",
                "historical",
                (US, "Jimmy Carter", CONGRESS),
                (USSR,),
                core=False,
            ),
            Gold("sanctions.lifted", "historical", (US, "Ronald Reagan"), (USSR,), core=False),
        ),
        not_participants=("Israel", "Afghanistan", "Italy"),
    ),
    Article(
        "i04-london-upstream-newsletter-ilsa-renewed-for-five-years",
        date(2001, 8, 6),
        _p(
            "ILSA renewed for five years; European majors shrug",
            "UPSTREAM BRIEFING | London | Monday, 6 August 2001",
            "President George W. Bush on Friday signed a five-year extension of the Iran and Libya Sanctions Act, the 1996 law that threatens penalties on foreign companies investing more than 20 million dollars a year in the oil and gas industries of either country. The act would have expired on Sunday.",
            "Congress passed the renewal by large majorities in July, after the administration's request for a two-year extension with a review was turned down in both houses. The new law also lowers the threshold for investment in Libya from 40 million dollars to 20 million, the same as for Iran.",
            "No company has yet been penalised under the act. In May 1998 President Bill Clinton waived the sanctions that Total of France, Gazprom of Russia and Petronas of Malaysia faced for their investment in the South Pars gas field in Iran, in return for a European pledge of closer cooperation against terrorism and the spread of weapons of mass destruction, and the European Union has treated the law as a dead letter since. A regulation it adopted in 1996 forbids European companies to comply with it.",
            'The European Commission said on Friday that the renewal was "regrettable" and that the union would defend the interests of its companies. Officials at Eni, Royal Dutch/Shell and TotalFinaElf said they saw no change to their plans in either country.',
            "Libya is the more attractive market this year. The United Nations sanctions on Libya were suspended in April 1999, when Tripoli handed over the two men accused of the Lockerbie bombing for trial in the Netherlands, and Italian, Spanish and Austrian companies have since signed exploration contracts with the National Oil Corporation. American companies, which left their concessions in 1986, are still kept out by Washington's own sanctions, which the President renewed in January.",
            "Talks between American and Libyan officials on compensation for the families of the 270 people killed at Lockerbie have produced no agreement, and the State Department said on Friday that Washington would not ease its measures until Libya accepted responsibility for the bombing and paid compensation.",
            "In Tehran, the oil ministry said the law had failed to stop foreign investment and that Iran had signed buy-back contracts worth more than ten billion dollars with foreign companies since 1995, most of them European. Japanese companies are negotiating to develop the Azadegan field, one of the largest undeveloped oilfields in the country.",
            "Brent crude for September delivery closed at 26.10 dollars a barrel in London on Friday, little changed on the day. Analysts said the market had expected the renewal for weeks and that the law had long since stopped deciding where the majors invest.",
        ),
        (
            Gold(
                "sanctions.extended",
                "occurred",
                (US, "George W. Bush", CONGRESS),
                ("Iran", "Libya"),
            ),
            # the law of 1996; the South Pars waiver of 1998; the UN sanctions on Libya suspended in
            # 1999; the US Libya sanctions renewed in January; Lockerbie talks stalled; no easing
            Gold("sanctions.imposed", "historical", (US,), ("Iran", "Libya"), core=False),
            Gold(
                "sanctions.suspended",
                "historical",
                (US, "Bill Clinton"),
                ("Iran",),
                core=False,
            ),
            Gold("sanctions.suspended", "historical", (UNSC, UN), ("Libya",), core=False),
            Gold("sanctions.extended", "historical", (US,), ("Libya",), core=False),
            Gold("agreement.signed", "stalled", (US, "Libya"), (), core=False),
            Gold("sanctions.lifted", "negated", (US,), ("Libya",), core=False),
        ),
        not_participants=("Netherlands", "Japan"),
    ),
    Article(
        "i05-bergen-fish-trade-weekly-clinton-warns-norway-on-whaling",
        date(1993, 10, 9),
        _p(
            "Clinton holds back whaling sanctions but warns Oslo",
            "NORDIC FISH TRADE | Bergen, Saturday 9 October 1993",
            'President Bill Clinton warned Norway on Monday that it would face American trade sanctions if it did not stop commercial whaling, but decided not to impose them for now, saying he wanted to give negotiations a chance. In a message to Congress, Mr Clinton said he had told officials to draw up a list of Norwegian fish products that could be barred from the American market, and that he would use it "if good-faith efforts to persuade Norway to follow agreed conservation measures do not succeed".',
            "The warning follows the certification of Norway by the Commerce Secretary, Ronald Brown, under the Pelly Amendment, a 1971 law that allows the President to ban imports of fish products from a country whose nationals undermine an international conservation programme. Norway resumed the commercial hunting of minke whales this summer, defying the moratorium that the International Whaling Commission adopted in 1982, and its boats took about 160 animals off Lofoten and in the Barents Sea.",
            'Prime Minister Gro Harlem Brundtland said in Oslo that Norway would not give in to threats and that the hunt was sustainable and legal, since Norway had lodged an objection to the moratorium when it was adopted. Scientists of the commission itself put the minke stock of the north-east Atlantic at about 87,000 animals. "We will not let others decide how we manage the resources of our own coast," she told the Storting.',
            "The stakes for the industry are high. Norway sold fish worth about 1.6 billion kroner to the United States last year, mostly farmed salmon, herring and prawns, and exporters in Ålesund and Tromsø fear that a list of banned products would start with salmon. Salmon farmers already pay the anti-dumping and countervailing duties that the Commerce Department imposed on Norwegian salmon in 1991, which have cut their sales in America by more than half.",
            "Washington has used the Pelly Amendment sparingly. Japan was certified in 1988 for its scientific whaling in the Antarctic, but the United States did not impose sanctions, and no country has yet been punished under the law. Environmental groups in Washington, which had urged an immediate ban on Norwegian salmon, said Mr Clinton had wasted a chance to show that the moratorium meant something.",
            "Iceland, which left the commission last year, has not resumed hunting, and its government said this week that it would wait. The commission's annual meeting, held in Kyoto in May, again put off a decision on a management scheme that could allow limited catches.",
            "Norwegian and American officials are expected to meet in Washington later this month. The Norwegian fisheries minister, Jan Henry T. Olsen, said Norway would explain its position but would not negotiate about the hunt itself. Whalers in Lofoten said they would go out again next spring whatever Washington decided.",
        ),
        (
            Gold("sanctions.threatened", "occurred", (US, "Bill Clinton"), ("Norway",)),
            # sanctions held back for now; Japan certified in 1988 and not punished
            Gold(
                "sanctions.imposed",
                "negated",
                (US, "Bill Clinton"),
                ("Norway",),
                core=False,
            ),
            Gold("sanctions.imposed", "negated", (US,), ("Japan",), core=False),
        ),
        not_participants=("Iceland",),
    ),
    Article(
        "i06-tokyo-english-daily-japan-joins-united-nations",
        date(1956, 12, 19),
        _p(
            "Japan joins the United Nations as its eightieth member",
            "THE TOKYO HERALD | Wednesday, December 19, 1956",
            "Japan was admitted to the United Nations yesterday as its eightieth member, eleven years after the end of the Pacific war. The General Assembly in New York voted 77 to none to accept Japan's application, a week after the Security Council had recommended it without a dissenting vote, and Foreign Minister Mamoru Shigemitsu took his seat in the hall to applause from the delegates.",
            'In a short speech Mr Shigemitsu said Japan would be faithful to the obligations of the Charter and hoped to serve as "a bridge between the East and the West". He recalled that Japan was the only nation to have suffered atomic bombing and said it would work for disarmament and for the peaceful use of atomic energy.',
            "Japan first applied for membership in June 1952. The Soviet Union vetoed its admission in September of that year and again in December last year, when the Security Council admitted sixteen other countries in a package and Moscow blocked Japan after Nationalist China had vetoed the application of Outer Mongolia.",
            "The way was opened by the joint declaration that Prime Minister Ichiro Hatoyama and Premier Nikolai Bulganin signed in Moscow on October 19, which ended the state of war between the two countries and restored diplomatic relations broken off in 1945. In it the Soviet Union undertook to support Japan's application, and the declaration came into force last Wednesday, when the instruments of ratification were exchanged in Tokyo.",
            "No peace treaty has been signed. The negotiations in London and Moscow broke down over the southern Kurile islands, and the two governments agreed only that the Soviet Union would hand over the Habomai islands and Shikotan after a treaty is concluded. The islands of Kunashiri and Etorofu remain under Soviet control.",
            "The United States, which had backed Japan's application since 1952, welcomed the vote. American forces remain at bases in Japan under the security treaty signed with the peace treaty at San Francisco in 1951, and the Socialists said yesterday that membership of the United Nations should be followed by a review of that treaty.",
            "For Mr Hatoyama the vote crowns a government that will leave office this week. The Liberal Democratic Party elected Tanzan Ishibashi as its president on Friday, and the Diet is expected to choose him as prime minister on Thursday. Flags were hung at the Foreign Ministry and at many schools in Tokyo, and the evening papers carried the news under banner headlines.",
            "Japan will pay about two percent of the organisation's budget, officials said, and it hopes to win a seat on the Economic and Social Council. Its delegates will take part in the debates on Hungary and the Middle East when the Assembly resumes in January.",
        ),
        (
            Gold("alliance.joined", "occurred", ("Japan", "Mamoru Shigemitsu"), (UN,)),
            # the Soviet vetoes of 1952 and 1955; the Moscow declaration of October and the relations
            # it restored; no peace treaty; the security treaty of 1951 and the American bases
            Gold("alliance.joined", "negated", ("Japan",), (UN,), core=False),
            Gold(
                "agreement.signed",
                "historical",
                ("Japan", USSR, "Ichiro Hatoyama", "Nikolai Bulganin"),
                (),
                core=False,
            ),
            Gold("relations.restored", "historical", ("Japan", USSR), (), core=False),
            Gold("agreement.signed", "stalled", ("Japan", USSR), (), core=False),
            Gold("agreement.signed", "historical", (US, "Japan"), (), core=False),
            Gold("military.presence", "historical", (US,), ("Japan",), core=False),
        ),
        not_participants=("Mongolia", "Hungary"),
    ),
    Article(
        "i07-madras-daily-indo-sri-lanka-accord-indian-troops-land",
        date(1987, 7, 31),
        _p(
            "Accord signed in Colombo; first Indian troops land at Jaffna",
            "THE COROMANDEL EXPRESS | Madras, Friday, July 31, 1987",
            "Prime Minister Rajiv Gandhi and President J. R. Jayewardene signed an agreement in Colombo on Wednesday to end the ethnic conflict in Sri Lanka, and the first Indian troops landed at the Palaly air base near Jaffna yesterday to see that it is carried out.",
            "Under the agreement the Sri Lankan forces and the Tamil militant groups are to observe a ceasefire from Friday, the militants are to hand over their weapons within 72 hours, and the Northern and Eastern provinces are to be joined under a single elected council until a referendum in the East decides whether the merger will last. The emergency in the two provinces is to be lifted by August 15, and the Sri Lankan army will return to its barracks.",
            "About 3,000 soldiers of the Indian Army's 54th Division were flown from Tamil Nadu to Palaly yesterday by transport aircraft of the Indian Air Force, and their first patrols entered Jaffna town in the afternoon. They form the Indian Peace Keeping Force, which will supervise the ceasefire and receive the militants' arms. Officials in New Delhi said more troops would be sent in the coming days if needed.",
            "Mr Gandhi escaped injury yesterday morning when a sailor in the naval guard of honour at the President's House in Colombo swung his rifle at him as he inspected the guard. The sailor was arrested. Mr Gandhi flew back to New Delhi after the incident and told reporters that it would change nothing.",
            'The Liberation Tigers of Tamil Eelam, the strongest of the militant groups, were not a party to the agreement. Their leader, V. Prabhakaran, who was flown to New Delhi for talks last week, has not said whether his fighters will give up their weapons, and the Tigers\' office in Madras said only that they would "study the text". The smaller groups welcomed the accord.',
            "In Colombo, where a curfew was imposed after rioting on Tuesday left more than a dozen dead, Sinhalese opposition parties and many Buddhist monks denounced the accord as a surrender to India. Prime Minister Ranasinghe Premadasa stayed away from the signing ceremony.",
            "Earlier efforts at a settlement all failed. Talks between the Sri Lankan government and the militant groups at Thimphu in Bhutan broke down in August 1985, and proposals worked out by Indian envoys in 1986 were never accepted by either side.",
            "In letters exchanged at the signing, Sri Lanka undertook that Trincomalee and its other ports would not be made available for military use by any country in a manner harmful to India's interests, and that foreign broadcasting stations on its soil would not be used for military or intelligence purposes. In Madras, Chief Minister M. G. Ramachandran welcomed the accord and said the refugees in the state's camps could begin to go home.",
        ),
        (
            Gold(
                "agreement.signed",
                "occurred",
                ("India", "Sri Lanka", "Rajiv Gandhi", "J. R. Jayewardene"),
                (),
            ),
            Gold("military.presence", "occurred", ("India",), ("Sri Lanka",)),
            # more troops if needed; the Tigers no party; Thimphu broken down; no foreign use of the
            # ports
            Gold("military.presence", "planned", ("India",), ("Sri Lanka",), core=False),
            Gold("agreement.signed", "negated", (LTTE,), (), core=False),
            Gold("agreement.signed", "stalled", ("Sri Lanka", LTTE), (), core=False),
            Gold("military.presence", "negated", (), ("Sri Lanka",), core=False),
        ),
        not_participants=("Bhutan",),
    ),
    Article(
        "i08-mexico-city-english-daily-mexico-and-spain-restore-relations",
        date(1977, 3, 29),
        _p(
            "Mexico and Spain restore relations after 38 years",
            "THE MEXICO CITY NEWS | Tuesday, March 29, 1977",
            "Mexico and Spain restored diplomatic relations yesterday, ending 38 years in which Mexico refused to deal with the government of General Francisco Franco and recognised the Spanish Republic's government in exile instead. The foreign ministers, Santiago Roel of Mexico and Marcelino Oreja of Spain, signed a joint declaration at a short ceremony in Paris, where both were on official visits.",
            'The two governments will open embassies in Madrid and Mexico City within weeks and will name ambassadors as soon as the Senate here has given its approval, the Foreign Relations Ministry said. President José López Portillo told reporters at Los Pinos that he hoped to visit Spain before the end of the year and that "the Spanish people and the Mexican people were never separated, only their governments".',
            'The decision followed the change of regime in Madrid since Franco\'s death in November 1975. King Juan Carlos and Prime Minister Adolfo Suárez have freed political prisoners, called elections for June and legalised most political parties, and Mexico withdrew its recognition of the Republican government in exile ten days ago. The exiled president, José Maldonado, thanked Mexico in a letter for "forty years of loyalty" and said the institutions of the Republic had fulfilled their mission.',
            "Relations were broken in 1939, when Mexico, which had sold arms to the Republic during the civil war, refused to recognise Franco's victory and took in some 25,000 Spanish refugees. Trade continued through commercial offices, and Spanish airlines flew to Mexico City throughout, but every attempt to renew official ties got nowhere while Franco lived. In September 1975, after the execution of five militants in Spain, President Luis Echeverría suspended air, postal and trade links with Spain and asked the United Nations to expel it.",
            "Business leaders in both countries hope for more. Spain buys little from Mexico apart from coffee and cotton, but Madrid wants Mexican oil, and officials said a trade and economic cooperation agreement would be negotiated in the coming months and could be signed during the President's visit. Spanish banks and publishers have already asked about opening offices here.",
            'Among the exiles the news brought mixed feelings. Many of the refugees of 1939 and their children, who built schools, publishing houses and the Colegio de México, became Mexican citizens long ago, and some said they would not go back while the monarchy lasted. "We are glad for Mexico and for Spain," said a former Republican officer at the Ateneo Español, "but we did not fight for a king."',
        ),
        (
            Gold(
                "relations.restored",
                "occurred",
                ("Mexico", "Spain", "Santiago Roel", "Marcelino Oreja"),
                (),
            ),
            # the joint declaration signed in Paris; embassies within weeks; a trade agreement to be
            # signed; no ties while Franco lived; Echeverría's suspension of links in 1975
            Gold("agreement.signed", "occurred", ("Mexico", "Spain"), (), core=False),
            Gold("relations.restored", "planned", ("Mexico", "Spain"), (), core=False),
            Gold("agreement.signed", "planned", ("Mexico", "Spain"), (), core=False),
            Gold("relations.restored", "stalled", ("Mexico", "Spain"), (), core=False),
            Gold(
                "sanctions.imposed",
                "historical",
                ("Mexico", "Luis Echeverría"),
                ("Spain",),
                core=False,
            ),
        ),
        not_participants=("France",),
    ),
    Article(
        "i09-dili-weekly-falintil-to-become-east-timor-defence-force",
        date(2001, 1, 31),
        _p(
            "Falintil to become East Timor's army tomorrow",
            "DILI WEEKLY | Wednesday, 31 January 2001",
            "Falintil, the guerrilla army that fought Indonesian rule for twenty-four years, will become the core of East Timor's new defence force tomorrow, when 650 of its fighters are sworn in at Aileu as the first battalion of the East Timor Defence Force. The guerrillas will be integrated into the new force with their own commanders, and Falintil itself will cease to exist.",
            "The ceremony will be attended by Sergio Vieira de Mello, the head of the United Nations Transitional Administration in East Timor, who signed the regulation establishing the force last week, and by Xanana Gusmão, Falintil's former commander-in-chief, who is expected to stand for president after independence. Brigadier General Taur Matan Ruak, the guerrillas' commander, will become the first chief of the defence force.",
            "The decision to build the new army around Falintil follows a study by defence experts from King's College London last year, which proposed a force of 1,500 regular soldiers and 1,500 reservists. Soldiers for the second battalion will be recruited from the public during the year.",
            "Not every guerrilla will wear the new uniform. About 1,900 fighters have lived in the cantonment at Aileu since August 1999, many of them in poor health, and more than a thousand who were not selected will leave the camp with a payment of 100 dollars and help to find work or land under a programme paid for by the World Bank. Some have said they will not accept their discharge, and veterans' groups in Baucau and Los Palos have complained that the selection favoured men close to the commanders.",
            "Portugal and Australia will train the new force. Portuguese army instructors are due to arrive in March to run the basic course at Aileu, and Australian officers will help set up the headquarters and a small naval unit. Other countries have offered equipment and uniforms.",
            "Foreign soldiers are no novelty here. The Australian-led international force landed in Dili in September 1999 to end the violence that followed the vote for independence, and United Nations peacekeepers took over from it in February last year. About 8,000 peacekeepers remain, most of them near the border with West Timor, where militias still cross at night.",
            "Talks with Indonesia on the land border and the return of some 100,000 refugees from camps in West Timor have made little progress, and no agreement on the border has been signed. Jakarta has said it will not discuss the border until the camps are safe for United Nations staff, three of whom were killed at Atambua in September.",
            "Elections for a constituent assembly are planned for August, and full independence is expected next year.",
        ),
        (
            Gold("forces.integrated", "planned", ("Falintil",), (ETDF, "Timor-Leste")),
            # those not selected; Portuguese and Australian instructors to come; the force of 1999
            # and the UN peacekeepers; the border talks with Indonesia
            Gold("forces.integrated", "negated", ("Falintil",), (ETDF,), core=False),
            Gold(
                "military.presence",
                "planned",
                ("Portugal", "Australia"),
                ("Timor-Leste",),
                core=False,
            ),
            Gold(
                "military.presence",
                "historical",
                ("Australia", UN),
                ("Timor-Leste",),
                core=False,
            ),
            Gold("agreement.signed", "stalled", ("Timor-Leste", "Indonesia"), (), core=False),
        ),
        not_participants=("World Bank",),
    ),
]
ARTICLES += [
    Article(
        "i10-kuala-lumpur-sports-page-badminton-after-the-thomas-cup",
        date(1992, 5, 20),
        _p(
            "BAM fines two Cup heroes, lifts ban on former champion",
            "SPORTS | Kuala Lumpur, Wednesday, May 20, 1992",
            "The Badminton Association of Malaysia yesterday imposed a fine of 2,000 ringgit each on two members of the Thomas Cup squad who missed Monday's training session after the celebrations of the weekend, and suspended a junior player from the national camp for a month for breaking its curfew. The association's secretary said discipline would not be relaxed because the team had won.",
            "Malaysia beat Indonesia 3-2 in the final at Stadium Negara on Saturday to win the Thomas Cup for the first time since 1967, with the Sidek brothers taking the decisive doubles. The players were received by the Prime Minister on Monday, and a victory parade through the city centre is planned for Sunday, when about 500 police officers will be deployed along the route.",
            "The association also lifted the ban on a former national singles champion who had been suspended last year for playing in an invitation tournament in Taipei without its permission. He will be allowed to enter the national championships in July, but not to rejoin the national squad this year.",
            "The national coach, a former Chinese international who joined the association in 1990, has had his contract extended for two more years, and an Indonesian coach has joined the junior squad to work with the doubles players. The association said it had signed a sponsorship agreement with a Japanese racket maker worth 1.5 million ringgit a year, which will pay for the preparation of players for the Barcelona Olympics.",
            "Power was restored at Stadium Negara on Monday evening after a failure that left the hall dark for twenty minutes during a reception for the team's supporters' clubs. The stadium's management said the wiring, installed in the 1960s, would be replaced before the Malaysia Open in August.",
            "The Selangor association said it would extend its junior programme to three more districts next year, and the state government has promised land for a new badminton hall in Shah Alam. Penang has asked for a round of the national circuit to be restored to its calendar after two years without one.",
            "Badminton will be played at the Olympics for the first time in Barcelona, and Malaysia hopes to send two men's doubles pairs and three singles players. The Olympic council said the final list would be signed off at the end of June.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "i11-tasmanian-local-paper-council-lifts-water-restrictions",
        date(2008, 2, 14),
        _p(
            "Council lifts water restrictions, keeps dog ban on beaches",
            "THE KINGBOROUGH CHRONICLE | Kingston, Tasmania | Thursday, 14 February 2008",
            "Kingborough Council has lifted the water restrictions it imposed on households in December, after heavy rain at the weekend filled the town's storage dams for the first time in two years. Residents may again water gardens and wash cars on any day of the week, although the council asked them to use sprinklers only in the early morning or the evening.",
            "The ban on dogs on Kingston Beach and Blackmans Bay beach between nine in the morning and six in the evening, imposed for the summer in November, will stay until the end of March. Council rangers have been deployed on both beaches at weekends and issued 23 fines in January, the general manager said.",
            "The Bruny Island ferry service was restored on Tuesday after the vessel returned from repairs in Hobart. The service had been suspended for four days, and the operator said a second vessel would be chartered during the Easter holidays to shorten the queues at Kettering.",
            "At Monday's meeting councillors voted to join the Cities for Climate Protection programme, an international network of local governments that set targets for cutting greenhouse gas emissions, and to sign a friendship agreement with a town in Japan's Shizuoka prefecture, whose mayor visited Kingston last year with a group of students. The agreement will be signed in April.",
            "The council extended the opening hours of the Channel Highway car park by two hours on weekdays and agreed to spend $400,000 on new footpaths in Margate and Snug. A proposal to impose a fee on green waste at the tip was deferred until the budget debate in June.",
            "Metro Tasmania has suspended two bus services through Kingston while the roadworks on the Channel Highway continue, and passengers will be carried by a shuttle until the end of the month. The council said the roadworks would be finished before Easter.",
            "The Australian Antarctic Division said its icebreaker Aurora Australis would leave Hobart next week for Casey station after its departure was delayed by repairs. Local businesses that supply the Antarctic programme said the season had been the busiest for years.",
            "The Kingston Beach Regatta will be held on Sunday, weather permitting. Entries close at noon on Saturday, and the surf club has asked spectators not to park on the foreshore.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "i12-dhaka-business-page-garment-factories-reopen",
        date(2023, 11, 16),
        _p(
            "Ashulia factories reopen; exporters count lost orders",
            "BUSINESS | Dhaka, Thursday, 16 November 2023",
            "Most of the garment factories in Ashulia and Gazipur that shut during the wage protests reopened on Wednesday, after their owners lifted the closure they imposed last week under the section of the labour law that allows work to stop without pay. About 130 factories had suspended production, and the owners' association said fewer than ten remained closed.",
            "The protests began after the government's minimum wage board proposed a new monthly minimum for garment workers, later set at 12,500 taka, which unions called too low. Thousands of workers blocked the Dhaka-Tangail highway and several factories were set on fire. Police, the industrial police and members of the Border Guard Bangladesh were deployed in the industrial belts, and cases were filed against thousands of unnamed workers.",
            "Exporters say the damage to orders is smaller than feared. A large knitwear group in Gazipur said it had signed a three-year supply agreement with a Spanish fashion retailer last month and that shipments for the spring season were on schedule. A Swedish chain has extended its contracts with two Chittagong factories for another season, and several American buyers have asked suppliers how the new wage will change prices.",
            "Three more fashion brands joined the International Accord for Health and Safety in the Textile and Garment Industry this month, bringing the number of signatories to about 200. The accord, first signed in 2013 after the collapse of Rana Plaza, pays for inspections of factory buildings, fire doors and electrical wiring.",
            "Gas supply to factories in Gazipur and Savar was restored on Monday after Titas Gas repaired a damaged pipeline, but owners say the pressure is still too low to run dyeing units at full capacity. Many factories have turned to diesel generators, raising their costs.",
            "The National Board of Revenue has extended the deadline for company tax returns by a month, and Bangladesh Bank has eased the rules on the repatriation of export earnings for small exporters. Bankers said the supply of dollars for importing cotton and machinery had improved since September.",
            "Exports of ready-made garments fell 13.6 percent in October from a year earlier, according to the Export Promotion Bureau, partly because of the unrest. The owners' association expects orders to recover in January, when buyers place orders for the summer.",
        ),
        (),
        kind="near miss",
    ),
]

CHECK_NO_FALSE_ALARM: dict[str, str] = {}
CHECK_CORE_FOUND: dict[str, str] = {
    "i07-madras-daily-indo-sri-lanka-accord-indian-troops-land": (
        "'Prime Minister Rajiv Gandhi and President J. R. Jayewardene signed an agreement' gives no "
        "event: leaders named by title and name are no parties of an accord"
    ),
}


MONDAY = date(2025, 9, 1)


def _told(text: str, published: date = MONDAY) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _, _ in event_rows(text, published)]


def _xfail(text: str, reason: str, case: str) -> object:
    return pytest.param(text, id=case, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "The United States on Wednesday waived the Jackson-Vanik amendment for the Soviet Union "
            "for six months.",
            "Soviet Union",
            id="waived-the-amendment-for-a-state",
        ),
        pytest.param(
            "The United States on Wednesday suspended the Jackson-Vanik amendment for the Soviet "
            "Union for six months.",
            "Soviet Union",
            id="suspended-the-amendment-for-a-state",
        ),
        pytest.param(
            "The United States on Wednesday waived Section 907 of the Freedom Support Act for "
            "Azerbaijan.",
            "Azerbaijan",
            id="waived-a-section-of-an-act-for-a-state",
        ),
        pytest.param(
            "The United States on Wednesday waived the Jackson-Vanik restrictions on the Soviet "
            "Union for six months.",
            "Soviet Union",
            id="waived-the-amendment-restrictions-on-a-state",
        ),
        pytest.param(
            "The United States on Wednesday waived the Glenn Amendment sanctions on Pakistan.",
            "Pakistan",
            id="waived-the-amendment-sanctions-on-a-state",
        ),
        pytest.param(
            "The United States on Wednesday waived the trade restrictions on the Soviet Union for "
            "six months.",
            "Soviet Union",
            id="waived-the-trade-restrictions-on-a-state",
        ),
    ],
)
def test_a_waiver_of_a_law_for_a_state_is_a_suspension(text: str, target: str) -> None:
    found = [r for r in alert_rows(text, date(1990, 12, 15)) if r[0] == "sanctions.suspended"]
    assert any(target in t for _, _, _, t in found), found


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        pytest.param(
            "The United States on Friday extended the Iran Sanctions Act, the 1996 law that "
            "penalises investment in Iran.",
            date(2001, 8, 6),
            ("sanctions.extended", "occurred"),
            id="extended-the-act-the-1996-law",
        ),
        pytest.param(
            "The United States on Friday extended the Iran Sanctions Act of 1996.",
            date(2001, 8, 6),
            ("sanctions.extended", "occurred"),
            id="extended-the-act-of-a-past-year",
        ),
        pytest.param(
            "The European Union on Friday extended the sanctions on Russia, first imposed in 2014, "
            "for six months.",
            MONDAY,
            ("sanctions.extended", "occurred"),
            id="extended-the-sanctions-first-imposed-in-a-past-year",
        ),
        pytest.param(
            "The United States on Wednesday lifted its 1986 sanctions on South Africa.",
            date(1991, 7, 12),
            ("sanctions.lifted", "occurred"),
            id="lifted-its-sanctions-of-a-past-year",
        ),
        pytest.param(
            "President George Bush on Wednesday lifted the economic sanctions the United States "
            "imposed on South Africa under the Comprehensive Anti-Apartheid Act of 1986.",
            date(1991, 7, 12),
            ("sanctions.lifted", "occurred"),
            id="lifted-the-sanctions-imposed-under-an-act-of-a-past-year",
        ),
        pytest.param(
            "The United States on Friday extended the Iran Sanctions Act, which was passed in 1996, "
            "for five years.",
            date(2001, 8, 6),
            ("sanctions.extended", "occurred"),
            id="extended-the-act-which-was-passed-in-a-past-year",
        ),
        pytest.param(
            "The European Union on Friday extended the sanctions on Russia, which it first imposed "
            "in 2014, for six months.",
            MONDAY,
            ("sanctions.extended", "occurred"),
            id="extended-the-sanctions-which-it-first-imposed-in-a-past-year",
        ),
        pytest.param(
            "The United States on Wednesday lifted the economic sanctions it imposed on South "
            "Africa in 1986.",
            date(1991, 7, 12),
            ("sanctions.lifted", "occurred"),
            id="lifted-the-sanctions-it-imposed-in-a-past-year",
        ),
        pytest.param(
            "The United States on Friday extended the Iran Sanctions Act for five years.",
            date(2001, 8, 6),
            ("sanctions.extended", "occurred"),
            id="extended-the-act-for-five-years",
        ),
    ],
)
def test_the_year_of_the_measures_does_not_date_their_renewal(
    text: str, published: date, told: tuple[str, str]
) -> None:
    assert told in _told(text, published)


_LEADERS_AS_SIGNERS = (
    "an accord signed by leaders named only by title and name, or by name alone, gives no event: "
    "the leaders are no parties and their states are not found, where a leader with his state's "
    "adjective or 'of <state>' is read"
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "Prime Minister Rajiv Gandhi and President J. R. Jayewardene signed an agreement in "
            "Colombo on Wednesday.",
            date(1987, 7, 31),
            marks=pytest.mark.xfail(strict=True, reason=_LEADERS_AS_SIGNERS),
            id="two-leaders-by-title-and-name-signed",
        ),
        pytest.param(
            "Donald Trump and Vladimir Putin signed a peace agreement in Helsinki on Wednesday.",
            MONDAY,
            id="two-known-leaders-by-name-signed",
        ),
        pytest.param(
            "Donald Trump signed an agreement with Vladimir Putin in Helsinki on Wednesday.",
            MONDAY,
            id="a-leader-signed-with-a-leader",
        ),
        pytest.param(
            "Indian Prime Minister Rajiv Gandhi and Sri Lankan President J. R. Jayewardene signed "
            "an agreement in Colombo on Wednesday.",
            date(1987, 7, 31),
            id="two-leaders-with-their-states-adjectives-signed",
        ),
        pytest.param(
            "Prime Minister Rajiv Gandhi of India and President J. R. Jayewardene of Sri Lanka "
            "signed an agreement in Colombo on Wednesday.",
            date(1987, 7, 31),
            id="two-leaders-of-their-states-signed",
        ),
        pytest.param(
            "US President Donald Trump and Russian President Vladimir Putin signed a peace "
            "agreement in Helsinki on Wednesday.",
            MONDAY,
            id="two-known-leaders-with-their-states-signed",
        ),
        pytest.param(
            "India and Sri Lanka signed an agreement in Colombo on Wednesday.",
            date(1987, 7, 31),
            id="two-states-signed",
        ),
    ],
)
def test_leaders_sign_for_their_states(text: str, published: date) -> None:
    found = [r for r in alert_rows(text, published) if r[0] == "agreement.signed"]
    assert any(a + t for _, _, a, t in found), found


_AN_ARMY_NAMED_BEFORE = "'sworn in as the first battalion of' an army is no integration form"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Falintil will become the core of East Timor's new defence force tomorrow. The "
            "guerrillas will be integrated into the new force with their own commanders.",
            id="integrated-into-the-new-force-named-before",
        ),
        pytest.param(
            "The Philippine government met the rebels on Monday. The rebels will be integrated into "
            "the army.",
            id="integrated-into-the-army-after-the-government",
        ),
        _xfail(
            "650 of Falintil's fighters will be sworn in tomorrow as the first battalion of East "
            "Timor's defence force.",
            _AN_ARMY_NAMED_BEFORE,
            "sworn-in-as-the-first-battalion-of-the-army",
        ),
        pytest.param(
            "The guerrillas will be integrated into East Timor's new defence force tomorrow.",
            id="integrated-into-the-states-new-force",
        ),
        pytest.param(
            "The guerrillas will be sworn into the army of East Timor tomorrow.",
            id="sworn-into-the-army-of-the-state",
        ),
        pytest.param(
            "Syria announced a new army on Monday. The SDF fighters will be integrated into the new "
            "army.",
            id="a-named-group-integrated-into-the-new-army",
        ),
    ],
)
def test_guerrillas_integrated_into_an_army_named_before(text: str) -> None:
    found = [r for r in alert_rows(text, date(2001, 1, 31)) if r[0] == "forces.integrated"]
    assert any(a + t for _, _, a, t in found), found


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        pytest.param(
            "The United States has imposed a total trade embargo on Uganda.",
            date(1978, 10, 14),
            ("sanctions.imposed", "occurred"),
            id="has-imposed-a-total-trade-embargo",
        ),
        pytest.param(
            "President Bill Clinton warned Norway on Monday that it would face American trade "
            "sanctions if it did not stop commercial whaling, but decided not to impose them for "
            "now.",
            date(1993, 10, 9),
            ("sanctions.threatened", "occurred"),
            id="warned-it-would-face-sanctions-but-held-them-back",
        ),
        pytest.param(
            "Japan was admitted to the United Nations yesterday as its eightieth member.",
            date(1956, 12, 19),
            ("alliance.joined", "occurred"),
            id="was-admitted-to-the-united-nations",
        ),
        pytest.param(
            "Mexico and Spain restored diplomatic relations yesterday, ending 38 years in which "
            "Mexico recognised the Spanish Republic's government in exile instead.",
            date(1977, 3, 29),
            ("relations.restored", "occurred"),
            id="restored-diplomatic-relations-ending-years",
        ),
        pytest.param(
            "The first Indian troops landed at the Palaly air base near Jaffna yesterday.",
            date(1987, 7, 31),
            ("military.presence", "occurred"),
            id="the-first-troops-landed-at-an-air-base",
        ),
    ],
)
def test_the_forms_the_set_found(text: str, published: date, told: tuple[str, str]) -> None:
    assert told in _told(text, published)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_NO_FALSE_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, CHECK_CORE_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_heldout38_set_shape() -> None:
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
    sys.exit(report(ARTICLES, "held-out-38 English events"))
