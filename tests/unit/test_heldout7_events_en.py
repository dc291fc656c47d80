"""Seventh English held-out event set: eleven articles written for this test in the form a
sanctions monitor meets most: short wire briefs (120-250 words) and mid-length reports on
designations and delistings, general licences, NATO enlargement, Gulf diplomacy, Iran, Russia,
China, North Korea and Venezuela (2013-2025), several with two or three events of different
status in one paragraph.

Eight articles carry one to five events each (several of them mostly background: a rollover and
a delisting, a stalled accession beside a planned deployment); three are near misses (EU
accession talks that are not membership, a denial of relief, an analysis of the oil price cap).

The set was written and annotated before any fix was made, and measured then: P 0.750, R 0.889,
F1 0.814 (recall 8/9, 9 of 12 alerts right; missed: a suspension told as "issued a general
licence authorising transactions"; false alarms: the headline "rules out easing Iran sanctions"
and "eases some Syria sanctions" for a temporary licence; unexpected: "freezing their assets"
given the nearest country, Taiwan, as its actor). That is the honest unseen figure.
After the fix (lexicon: "rules out" / "dismisses" as denial verbs): P 0.818, R 0.889, F1 0.852
(8/9, 9 of 11 alerts right). Run ``python -m tests.unit.test_heldout7_events_en`` for
the figures and every article's misses and false alerts. Do not tune the analyzer on these
articles: they stand for the unseen ones. The scoring is that of ``rasd eval``
(``heldout_support_en``).
The headline "eases some Syria sanctions" was fixed later by the fixes of set 89
(``_headline_easing_as_lead`` in ``rasd/events/extractor.py``: a headline's "eases" is the
suspension its lead tells, here the temporary licence), and its strict xfail removed.
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
    marked,
    report,
)
from tests.unit.heldout_support_en import paragraphs as _p

ARTICLES: list[Article] = [
    Article(
        "h01-brief-dprk-it-workers", date(2024, 7, 23),
        _p(
            "US blacklists firms tied to North Korean IT worker scheme",
            "WASHINGTON, July 23 (Wire) - The U.S. Treasury on Tuesday sanctioned two companies "
            "based in Laos and Russia and three individuals it said helped North Korea place "
            "thousands of software developers in remote jobs abroad under false identities, "
            "funnelling their wages back to Pyongyang's weapons programmes.",
            "The designations freeze any U.S. assets of those named and generally bar Americans "
            "from dealing with them. A Treasury official said the workers earned several hundred "
            "million dollars a year for the government in Pyongyang.",
            "North Korea has been under sweeping United Nations sanctions since 2006 over its "
            "nuclear tests, and Washington tightened its own measures in 2017 after a series of "
            "intercontinental missile launches.",
            "The North Korean mission to the United Nations did not respond to a request for "
            "comment. Pyongyang routinely dismisses such measures as hostile acts.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("United States",), ("North Korea",)),
            Gold("sanctions.imposed", "historical", ("United Nations",), ("North Korea",),
                 core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("North Korea",),
                 core=False),
        ),
    ),
    Article(
        "h02-eu-rollover-delisting", date(2024, 3, 14),
        _p(
            "EU rolls over Russia asset freezes, drops three names",
            "BRUSSELS, March 14 - European Union governments agreed on Thursday to extend for "
            "another six months the asset freezes and travel bans imposed on more than 1,700 "
            "people and entities over Russia's war in Ukraine, while removing three businessmen "
            "from the list after a review found the evidence against them too thin.",
            "The renewal, which needed the unanimous backing of the 27 member states, had been "
            "held up for several days by Hungary and Slovakia, which had pressed for more names "
            "to be dropped. Diplomats said the final compromise kept the sanctions regime intact "
            "until September 15.",
            "The three men, whose names will be published in the bloc's Official Journal on "
            "Friday, had challenged their listing before the EU's General Court. Two of them had "
            "already won annulment rulings last year, though the Council had relisted them on "
            "new grounds at the time.",
            "The bloc first imposed sanctions on Russian individuals in March 2014 after the "
            "annexation of Crimea and has since adopted thirteen packages of economic measures. "
            "A fourteenth package, aimed at Russian liquefied natural gas, is expected to be "
            "proposed by the European Commission in the coming weeks.",
            "\"Our support for Ukraine remains unwavering,\" the Belgian presidency of the Council "
            "said in a statement.",
        ),
        (
            Gold("sanctions.extended", "occurred", ("European Union",), ("Russia",)),
            Gold("sanctions.lifted", "occurred", ("European Union",), ()),
            Gold("sanctions.imposed", "historical", ("European Union",), ("Russia",), core=False),
            Gold("sanctions.imposed", "planned", ("European Union",), ("Russia",), core=False),
        ),
    ),
    Article(
        "h03-general-licence-syria", date(2025, 1, 6),
        _p(
            "US eases some Syria sanctions to speed aid and energy supplies",
            "The United States on Monday issued a general licence authorising certain "
            "transactions with governing institutions in Syria for six months, a month after "
            "the fall of Bashar al-Assad, in a bid to keep electricity and basic services running "
            "while leaving its broader sanctions on the country in place.",
            "The Treasury Department said General License 24 allows transactions involving the "
            "sale and supply of energy, including oil and electricity, as well as personal "
            "remittances routed through the Central Bank of Syria. It does not remove any person "
            "from the sanctions list, and the US has not lifted sanctions on Hayat Tahrir al-Sham, "
            "the group that led the offensive on Damascus, which remains designated as a "
            "terrorist organisation.",
            "\"The end of Assad's brutal and repressive rule offers a unique opportunity for "
            "Syria and its people to rebuild,\" Deputy Treasury Secretary Wally Adeyemo said.",
            "Washington imposed sweeping sanctions on Syria after Assad's crackdown on protests in "
            "2011, and the Caesar Act of 2019 extended penalties to foreign companies doing "
            "business with his government.",
            "Aid groups welcomed the move but said banks would remain wary of handling any money "
            "bound for Syria until the restrictions are removed altogether.",
        ),
        (
            Gold("sanctions.suspended", "occurred", ("United States",), ("Syria",)),
            Gold("sanctions.lifted", "negated", ("United States",), ("Hayat Tahrir al-Sham",),
                 core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Syria",), core=False),
        ),
    ),
    Article(
        "h04-nato-baltic-brigade", date(2023, 6, 26),
        _p(
            "Germany to station brigade in Lithuania as Sweden's NATO bid stalls",
            "VILNIUS, June 26 - Germany will permanently station a combat brigade of about 4,000 "
            "troops in Lithuania, Defence Minister Boris Pistorius said on Monday, the first such "
            "long-term deployment of German forces abroad since the Second World War.",
            "The announcement came two weeks before NATO leaders meet in Vilnius for a summit "
            "overshadowed by Sweden's stalled membership bid. Finland joined the alliance in "
            "April, but Sweden's accession remains blocked by Turkey, whose parliament has yet "
            "to ratify it, and talks between the two sides in Brussels this month ended without "
            "a breakthrough.",
            "Turkish President Recep Tayyip Erdogan accuses Stockholm of harbouring Kurdish "
            "militants, a charge Sweden denies. Hungary has also not ratified the bid.",
            "Lithuanian officials, who have long pressed for a larger allied presence on NATO's "
            "eastern flank, welcomed the German pledge. The brigade is due to be fully "
            "operational by 2027, with advance staff arriving next year.",
            "NATO already has a multinational battlegroup led by Germany in Lithuania, set up in "
            "2017 after Russia's annexation of Crimea.",
        ),
        (
            Gold("military.presence", "planned", ("Germany",), ("Lithuania",)),
            Gold("alliance.joined", "stalled", ("Sweden",), ("NATO",), core=False),
            Gold("alliance.joined", "historical", ("Finland",), ("NATO",), core=False),
            Gold("military.presence", "historical", ("NATO", "Germany"), ("Lithuania",),
                 core=False),
        ),
    ),
    Article(
        "h05-qatar-uae-embassies", date(2023, 6, 19),
        _p(
            "Qatar and UAE restore diplomatic ties",
            "DOHA, June 19 - Qatar and the United Arab Emirates have restored diplomatic "
            "relations and will reopen their embassies in the coming days, the Qatari foreign "
            "ministry said on Monday, closing one of the last chapters of a Gulf rift that split "
            "the region for more than three years.",
            "The UAE, Saudi Arabia, Bahrain and Egypt cut ties with Doha in June 2017 and imposed "
            "an air, land and sea blockade, accusing Qatar of backing terrorism, which it denied. "
            "The dispute formally ended with the Al-Ula declaration signed in January 2021, after "
            "which Riyadh and Cairo quickly returned their ambassadors.",
            "Abu Dhabi and Doha, however, moved more slowly. Officials from both sides held "
            "several rounds of talks over the past two years, and the UAE president visited Qatar "
            "last December.",
            "\"The resumption of relations reflects the will of both leaderships,\" the Emirati "
            "foreign ministry said in a statement carried by the state news agency WAM.",
            "Bahrain, which also had a longstanding border dispute with Qatar, agreed to restore "
            "relations with Doha in April.",
        ),
        (
            Gold("relations.restored", "occurred", ("Qatar", "United Arab Emirates"), ()),
            Gold("agreement.signed", "historical", ("Saudi Arabia", "Qatar"), (), core=False),
            Gold("sanctions.imposed", "historical", ("United Arab Emirates", "Saudi Arabia"),
                 ("Qatar",), core=False),
            Gold("relations.restored", "historical", ("Bahrain", "Qatar"), (), core=False),
        ),
    ),
    Article(
        "h06-venezuela-snapback-warning", date(2024, 1, 30),
        _p(
            "US warns it will restore Venezuela oil sanctions after court bars opposition leader",
            "The United States said on Tuesday it would reimpose sanctions on Venezuela's oil "
            "sector unless President Nicolas Maduro's government allows opposition candidate "
            "Maria Corina Machado to run in this year's presidential election, and it revoked a "
            "licence that had allowed dealings with state gold miner Minerven.",
            "State Department spokesman Matthew Miller said that absent progress, Washington "
            "would not renew General License 44 when it expires on April 18. The licence, issued "
            "in October after Caracas signed an electoral roadmap with the opposition in "
            "Barbados, temporarily suspended sanctions on oil and gas transactions.",
            "Venezuela's top court on Friday upheld a 15-year ban on Machado holding public "
            "office. Maduro's government called the US warning blackmail.",
            "Washington first imposed sanctions on Venezuela's state oil company PDVSA in 2019.",
        ),
        (
            Gold("sanctions.threatened", "occurred", ("United States",), ("Venezuela",)),
            Gold("sanctions.imposed", "occurred", ("United States",), ("Minerven",), core=False),
            Gold("sanctions.suspended", "historical", ("United States",), ("Venezuela",),
                 core=False),
            Gold("agreement.signed", "historical", ("Venezuela",), (), core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Venezuela", "PDVSA"),
                 core=False),
        ),
    ),
    Article(
        "h07-china-countersanctions", date(2024, 12, 27),
        _p(
            "China sanctions US defence firms over Taiwan arms sales",
            "BEIJING, Dec 27 - China imposed sanctions on Friday on seven U.S. defence companies "
            "and six of their senior executives in response to Washington's latest arms sales to "
            "Taiwan, freezing their assets in China and banning them from entering the country.",
            "The commerce ministry also added 28 American firms to its export control list, "
            "barring them from buying dual-use items, and said it could take further measures if "
            "the sales went ahead.",
            "The foreign ministry said the arms sales gravely undermined China's sovereignty. "
            "Taiwan's defence ministry said the weapons were needed to deter a growing military "
            "threat.",
            "Beijing has announced similar countermeasures against U.S. contractors several times "
            "since 2019, though the companies involved generally have little business in China.",
        ),
        (
            Gold("sanctions.imposed", "occurred", ("China",), ("United States",)),
            Gold("sanctions.threatened", "occurred", ("China",), ("United States",), core=False),
            Gold("sanctions.imposed", "historical", ("China",), ("United States",), core=False),
        ),
    ),
    Article(
        "h08-nm-eu-accession-talks", date(2023, 12, 15),
        _p(
            "EU agrees to open accession talks with Ukraine and Moldova",
            "European Union leaders agreed on Thursday to open membership negotiations with "
            "Ukraine and Moldova, a decision President Volodymyr Zelensky called a victory for "
            "his country, after Hungarian Prime Minister Viktor Orban left the room so that the "
            "other 26 leaders could decide unanimously.",
            "The move does not make either country a member. Accession talks typically take "
            "years, and each candidate must meet conditions on the rule of law, corruption and "
            "the economy across more than 30 chapters before any treaty can be ratified by every "
            "member state. Croatia, the most recent country to join, waited a decade after "
            "opening its talks.",
            "Leaders also granted candidate status to Georgia, but said talks with Bosnia would "
            "open only once it had made further reforms.",
            "Orban, however, blocked a separate 50-billion-euro aid package for Ukraine, which "
            "leaders said they would return to in January.",
            "\"This is a strategic decision about the future of Europe,\" said Charles Michel, "
            "the president of the European Council.",
        ),
        (),
        kind="near miss",
    ),
    Article(
        "h09-nm-iran-relief-denied", date(2019, 9, 24),
        _p(
            "Washington rules out easing Iran sanctions before any talks",
            "NEW YORK, Sept 24 - The United States will not lift sanctions on Iran as a "
            "precondition for talks, Secretary of State Mike Pompeo said on Tuesday, dismissing "
            "a French proposal for a credit line that would have allowed Tehran to sell some of "
            "its oil.",
            "\"There will be no relief of any kind,\" Pompeo told reporters on the sidelines of "
            "the United Nations General Assembly. Iranian President Hassan Rouhani said earlier "
            "that no negotiations were possible while the sanctions remained in place.",
            "French President Emmanuel Macron had spent weeks trying to arrange a meeting between "
            "Rouhani and President Donald Trump, but diplomats said the effort had run out of "
            "time. Iran has not signed any new agreement with the European parties to the 2015 "
            "nuclear deal, from which Trump withdrew last year before reimposing sanctions.",
            "Tensions in the Gulf have risen since attacks on Saudi oil facilities on September "
            "14, which Washington blamed on Iran. Tehran denied any role.",
        ),
        (
            Gold("sanctions.lifted", "negated", ("United States",), ("Iran",), core=False),
            Gold("agreement.signed", "negated", ("Iran",), (), core=False),
            Gold("sanctions.imposed", "historical", ("United States",), ("Iran",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "h10-nm-price-cap-analysis", date(2025, 2, 20),
        _p(
            "Analysis: Three years on, Russia's oil still finds buyers",
            "When the Group of Seven agreed in late 2022 to cap the price of Russian seaborne "
            "crude at 60 dollars a barrel, officials hoped to squeeze the Kremlin's revenues "
            "without pushing up global fuel prices. Three years after the full-scale invasion of "
            "Ukraine, the results are mixed.",
            "Russian export volumes have barely fallen. Much of the oil now travels on older "
            "tankers with opaque ownership, insured outside the G7, and sells to refiners in "
            "India and China. Analysts at several research groups estimate that the discount on "
            "Russian crude narrowed sharply during 2023.",
            "Enforcement has tightened since, with Washington and London targeting dozens of "
            "vessels last year, and the discount has widened again. But traders say the market "
            "has adapted.",
            "\"Sanctions are a slow tool,\" said a former Treasury official who now advises "
            "shipping companies. \"They raise costs; they rarely stop a trade outright.\"",
            "Proposals to lower the cap to 45 dollars have circulated among European governments "
            "for months without a decision.",
        ),
        (
            Gold("sanctions.imposed", "historical", ("United States",), ("Russia",), core=False),
        ),
        kind="near miss",
    ),
    Article(
        "h11-dprk-troops-russia", date(2024, 10, 18),
        _p(
            "Seoul says North Korea sending thousands of troops to Russia",
            "SEOUL, Oct 18 - North Korea has sent about 1,500 special forces soldiers to Russia "
            "and plans to deploy about 12,000 troops in total to support Moscow's war in Ukraine, "
            "South Korea's spy agency said on Friday.",
            "The National Intelligence Service said the soldiers were moved on Russian navy ships "
            "from ports near Vladivostok and were being given Russian uniforms and forged "
            "identity papers. They would be integrated into Russian units near the front, it said.",
            "The Kremlin denied the report. Russian President Vladimir Putin and North Korean "
            "leader Kim Jong Un signed a mutual defence treaty in Pyongyang in June, pledging to "
            "help each other if either came under attack.",
            "South Korean President Yoon Suk Yeol convened an emergency security meeting and said "
            "Seoul would not stand idly by.",
        ),
        (
            Gold("military.presence", "occurred", ("North Korea",), ("Russia",)),
            Gold("forces.integrated", "occurred", ("North Korea",), ("Russia",), core=False),
            Gold("agreement.signed", "historical", ("Russia", "North Korea"), (), core=False),
        ),
        not_participants=("Pyongyang",),
    ),
]

XFAIL_FOUND: dict[str, str] = {}
XFAIL_ALARM: dict[str, str] = {}


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_ALARM))
def test_no_false_alarm(article: Article) -> None:
    """No alert for background, denials, stalled talks or news outside the monitor's remit."""
    check_no_false_alarm(article)


@pytest.mark.parametrize("article", marked(ARTICLES, XFAIL_FOUND))
def test_core_events_found(article: Article) -> None:
    check_core_events_found(article)


def test_rules_out_easing_is_a_denial() -> None:
    """A headline's present tense "rules out" negates the event it governs."""
    text = "Berlin rules out easing sanctions on Belarus before the prisoners are freed."
    assert alert_rows(text) == [], alert_rows(text)


def test_heldout7_set_shape() -> None:
    assert 10 <= len(ARTICLES) <= 12
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert all(120 <= len(a.text.split()) <= 600 for a in ARTICLES), [
        (a.id, len(a.text.split())) for a in ARTICLES if not 120 <= len(a.text.split()) <= 600
    ]
    near = sum(a.kind == "near miss" for a in ARTICLES)
    assert 3 <= near <= len(ARTICLES) - 4
    assert {g.status for a in ARTICLES for g in a.events} == {
        "occurred", "planned", "historical", "negated", "stalled"}


if __name__ == "__main__":
    sys.exit(report(ARTICLES, "held-out-7 English events"))
