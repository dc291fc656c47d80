"""English event probe: short news passages, written for this test in the style of the sources
the analyzer is judged on (wire copy, Al Jazeera, NewsAPI snippets, CNN/Daily Mail), each with
the events a sanctions-and-alliances monitor must report, and near misses that must raise no
alert (background, opinions, questions, denials, stalled talks, sport, "sanction" = approve).

Each case runs through the full analysis (``rasd.analyze`` with the built-in knowledge base),
as ``rasd analyze`` would. An expected event is (type, status, participant): a system event of
that type and status must name the participant as actor or target ("A|B": either; "actor:A": A as the actor). An expected
event that is not alertable (historical, negated, stalled) says that no alert of that type may
name that participant. Every alertable system event must be one of the expected ones: an alert
nobody should receive is a failure too.

Run ``python -m tests.unit.test_probe_events_en`` for a listing of every case's events.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import partial

import pytest

from rasd.analyze import analyze
from rasd.model import Analysis
from tests.unit.probe_cases import Case as _Case
from tests.unit.probe_cases import params, problems, report

PUBLISHED = date(2025, 6, 10)
Case = partial(_Case, published=PUBLISHED)


CASES = [
    # --- sanctions.imposed ----------------------------------------------------------------
    Case("imposed-treasury-financiers",
         "The US Treasury on Tuesday imposed sanctions on five Hezbollah financiers it accused of "
         "moving money from Iran to the group's armed wing.",
         [("sanctions.imposed", "occurred", "Hezbollah")]),
    Case("imposed-passive-by",
         "Three Russian banks and a shipping firm were sanctioned by the European Union on Friday "
         "over their role in funding the war.",
         [("sanctions.imposed", "occurred", "European Union")]),
    Case("imposed-eu-package",
         "The EU adopted its 16th package of sanctions against Russia on Monday, targeting dozens "
         "of tankers in the so-called shadow fleet.",
         [("sanctions.imposed", "occurred", "Russia|European Union")]),
    Case("imposed-package-headline",
         "EU approves 17th sanctions package against Russia",
         [("sanctions.imposed", "occurred", "Russia|European Union")]),
    Case("imposed-designated-fto",
         "The State Department on Wednesday designated the Houthis as a foreign terrorist "
         "organisation, a move aid agencies fear will choke food imports into Yemen.",
         [("sanctions.imposed", "occurred", "Houthis")]),
    Case("imposed-sdn-list",
         "OFAC added 12 individuals and companies linked to the Islamic Revolutionary Guard Corps "
         "to the SDN list on Thursday.",
         [("sanctions.imposed", "occurred", "Islamic Revolutionary Guard Corps|Office of Foreign Assets Control")]),
    Case("imposed-blacklisted",
         "Britain blacklisted two Chinese firms accused of shipping drone engines to Russia, the "
         "Foreign Office said.",
         [("sanctions.imposed", "occurred", "United Kingdom")]),
    Case("imposed-headline-slaps",
         "US slaps sanctions on Venezuelan oil officials",
         [("sanctions.imposed", "occurred", "Venezuela|United States")]),
    Case("imposed-washington",
         "Washington imposed fresh sanctions on Iran's oil exports on Thursday, the latest step in "
         "its campaign of maximum pressure.",
         [("sanctions.imposed", "occurred", "actor:United States")]),
    Case("imposed-list-of-targets",
         "Canada announced sanctions on Russia, Belarus and Iran on Monday over human rights abuses.",
         [("sanctions.imposed", "occurred", "Belarus")]),
    Case("imposed-asset-freeze",
         "Switzerland froze the assets of eleven Syrian officials on Friday, following a decision "
         "taken in Brussels.",
         [("sanctions.imposed", "occurred", "Switzerland")]),
    Case("imposed-arms-embargo",
         "After a wave of ethnic killings, the UN Security Council imposed an arms embargo on South "
         "Sudan in a vote on Thursday.",
         [("sanctions.imposed", "occurred", "South Sudan|United Nations Security Council")]),
    Case("imposed-travel-bans",
         "Australia has imposed travel bans and financial sanctions on four Israeli settlers accused "
         "of attacking Palestinians in the West Bank.",
         [("sanctions.imposed", "occurred", "actor:Australia")]),
    Case("imposed-passive-no-actor",
         "New sanctions were imposed on Iran's shipping sector on Friday, the Treasury said.",
         [("sanctions.imposed", "occurred", "Iran")]),
    Case("imposed-stall-elsewhere",
         "Trump, whose efforts to end the war have stalled, imposed sanctions on Russia's two "
         "biggest oil firms on Wednesday.",
         [("sanctions.imposed", "occurred", "Russia")]),
    # --- sanctions.lifted -----------------------------------------------------------------
    # a passive whose subject is told at length: the clause's year dates the measures, not the
    # lifting, and the clause's own subject is no target
    Case("lifted-passive-long-subject",
         "The sanctions that the European Union imposed on Belarus in 2020 were lifted on Monday "
         "after the release of the last political prisoners.",
         [("sanctions.lifted", "occurred", "target:Belarus")]),
    Case("lifted-passive-participle-subject",
         "Sanctions imposed on Mali's transitional leaders in 2022 were lifted by ECOWAS on Friday.",
         [("sanctions.lifted", "occurred", "target:Mali")]),
    Case("lifted-sponsor-list",
         "The United States removed Cuba from the list of state sponsors of terrorism on Tuesday, "
         "days before the change of administration.",
         [("sanctions.lifted", "occurred", "Cuba")]),
    Case("lifted-eu-economic",
         "The European Union lifted economic sanctions on Syria on Tuesday, hoping to help the "
         "country rebuild after the fall of Bashar al-Assad.",
         [("sanctions.lifted", "occurred", "Syria")]),
    Case("lifted-washington-eased",
         "Washington eased sanctions on Venezuela's oil sector after Caracas agreed to hold an "
         "election.",
         [("sanctions.lifted", "occurred", "United States|Venezuela")]),
    Case("lifted-delisted",
         "The UN Security Council delisted Ahmed al-Sharaa from its sanctions list on Thursday.",
         [("sanctions.lifted", "occurred", "Ahmed al-Sharaa")]),
    Case("lifted-unfroze",
         "Britain unfroze the assets of Syria's central bank on Thursday.",
         [("sanctions.lifted", "occurred", "United Kingdom")]),
    Case("lifted-planned",
         "The US announced it will lift sanctions on Syria's energy and transport sectors to help "
         "the country rebuild.",
         [("sanctions.lifted", "planned", "Syria")]),
    # --- sanctions.suspended --------------------------------------------------------------
    Case("suspended-caesar",
         "The Treasury suspended Caesar Act sanctions on Syria for 180 days on Friday.",
         [("sanctions.suspended", "occurred", "Syria")]),
    Case("suspended-waiver",
         "The State Department issued a sanctions waiver allowing Iraq to keep paying Iran for "
         "electricity imports.",
         [("sanctions.suspended", "occurred", "Iraq|Iran|United States Department of State")]),
    # --- sanctions.extended ---------------------------------------------------------------
    Case("extended-eu-six-months",
         "EU leaders renewed economic sanctions on Russia until 31 January 2026 at a summit in "
         "Brussels on Thursday.",
         [("sanctions.extended", "occurred", "Russia")]),
    Case("extended-another-year",
         "The UN Security Council extended the arms embargo on Libya for another year on Friday.",
         [("sanctions.extended", "occurred", "Libya|United Nations Security Council")]),
    # --- sanctions.threatened -------------------------------------------------------------
    Case("threatened-warned-of",
         "Trump warned of sweeping sanctions against Russia if Moscow did not agree to a ceasefire "
         "within 50 days.",
         [("sanctions.threatened", "occurred", "Russia")]),
    Case("threatened-could-face",
         "Turkey could face sanctions over its purchase of Russian S-400 missiles, US officials "
         "said on Tuesday.",
         [("sanctions.threatened", "occurred", "Turkey")]),
    Case("threatened-snapback",
         "If Iran does not comply, UN sanctions will be snapped back, France, Britain and Germany "
         "said in a joint letter.",
         [("sanctions.threatened", "occurred", "Iran")]),
    Case("threatened-to-impose",
         "The EU threatened to impose new sanctions on Belarus after the forced landing of a "
         "passenger jet.",
         [("sanctions.threatened", "occurred", "Belarus")]),
    # --- alliance.joined ------------------------------------------------------------------
    Case("joined-32nd-member",
         "Sweden became the 32nd member of NATO on Thursday, ending two centuries of neutrality.",
         [("alliance.joined", "occurred", "Sweden|NATO")]),
    Case("joined-formally",
         "Finland formally joined NATO on Tuesday, doubling the alliance's border with Russia.",
         [("alliance.joined", "occurred", "Finland|NATO")]),
    Case("joined-applied",
         "Ukraine applied to join the European Union on Monday, President Volodymyr Zelenskyy "
         "said.",
         [("alliance.joined", "planned", "Ukraine|European Union")]),
    Case("joined-coalition",
         "Syria joined the global coalition against ISIS during Sharaa's visit to the White House.",
         [("alliance.joined", "occurred", "Syria")]),
    Case("joined-will",
         "Indonesia will join the BRICS group of emerging economies as a full member, Brazil "
         "announced.",
         [("alliance.joined", "planned", "Indonesia|BRICS")]),
    # --- agreement.signed -----------------------------------------------------------------
    Case("signed-fta",
         "Israel and the United Arab Emirates signed a free trade agreement in Dubai on Tuesday.",
         [("agreement.signed", "occurred", "Israel|United Arab Emirates")]),
    Case("signed-inked",
         "Iran and Russia inked a 20-year strategic partnership treaty in Moscow on Friday.",
         [("agreement.signed", "occurred", "Iran|Russia")]),
    Case("signed-initialled",
         "Armenia and Azerbaijan initialled a peace agreement at the White House on Friday.",
         [("agreement.signed", "occurred", "Armenia|Azerbaijan")]),
    Case("signed-reached-deal",
         "Pakistan and Saudi Arabia reached a mutual defence deal during a visit by the Pakistani "
         "prime minister to Riyadh.",
         [("agreement.signed", "occurred", "Pakistan|Saudi Arabia")]),
    Case("signed-said-would",
         "Saudi Arabia said it would sign a defence pact with the United States before the end "
         "of the year.",
         [("agreement.signed", "planned", "Saudi Arabia|United States")]),
    Case("signed-washington",
         "Washington and Kyiv signed a minerals deal on Wednesday after weeks of wrangling.",
         [("agreement.signed", "occurred", "United States|Ukraine")]),
    # --- relations.restored ---------------------------------------------------------------
    Case("relations-reopened-embassy",
         "Saudi Arabia reopened its embassy in Damascus on Tuesday, twelve years after closing it.",
         [("relations.restored", "occurred", "Saudi Arabia|Syria")]),
    Case("relations-resumed-ties",
         "Iran and Saudi Arabia resumed diplomatic ties on Friday in a deal brokered by China.",
         [("relations.restored", "occurred", "Iran|Saudi Arabia")]),
    # --- forces.integrated ----------------------------------------------------------------
    Case("forces-agreed-to-integrate",
         "The SDF agreed to integrate its fighters into the Syrian army under a deal signed in "
         "Damascus.",
         [("forces.integrated", "planned", "Syrian Democratic Forces"),
]),
    Case("forces-merged",
         "The Syrian Democratic Forces were merged into the Syrian army on Sunday.",
         [("forces.integrated", "occurred", "Syrian Democratic Forces")]),
    # --- military.presence ----------------------------------------------------------------
    Case("military-deployed",
         "The United States deployed 2,000 additional troops to Poland on Monday.",
         [("military.presence", "occurred", "United States|Poland")]),
    Case("military-naval-base",
         "Russia will establish a naval base in Sudan under an agreement approved by Khartoum.",
         [("military.presence", "planned", "Russia|Sudan")]),
    # --- near misses: nothing to alert on -------------------------------------------------
    Case("near-background-crippled",
         "Years of Western sanctions have crippled Iran's economy and sent inflation soaring."),
    Case("near-urged",
         "Rights groups urged the EU to impose sanctions on Israeli ministers over settler "
         "violence."),
    Case("near-question",
         "Will the US lift sanctions on Syria? Analysts are divided."),
    Case("near-denied",
         "The Foreign Ministry denied that Iran had signed a military pact with Russia.",
         [("agreement.signed", "negated", "Iran")]),
    Case("near-past-year",
         "The United States first imposed sanctions on Venezuela in 2015.",
         [("sanctions.imposed", "historical", "Venezuela")]),
    Case("near-talks-collapsed",
         "Peace talks between Russia and Ukraine collapsed in Istanbul without a deal.",
         [("agreement.signed", "stalled", "Russia")]),
    Case("near-sport-sanctions",
         "UEFA imposed sanctions on the club after fans threw flares during the match."),
    Case("near-sport-joined",
         "Kylian Mbappe joined Real Madrid on a five-year contract after leaving Paris Saint-Germain."),
    Case("near-critics",
         "The agreement's critics say it hands Iran billions of dollars in sanctions relief."),
    Case("near-sanction-approve",
         "The Iraqi parliament sanctioned a new electoral law on Monday after months of debate."),
    Case("near-since-2014",
         "Russia has been under Western sanctions since 2014.",
         [("sanctions.imposed", "historical", "Russia")]),
    Case("near-should-sanction",
         "Critics argue that the Treasury should sanction Chinese refiners that buy Iranian oil."),
    Case("near-bid-blocked",
         "Turkey blocked Sweden's bid to join NATO for more than a year."),
    Case("near-relief-possible",
         "Sanctions relief is possible if Tehran returns to talks, a European diplomat said."),
]


def _analysis(case: _Case) -> Analysis:
    return analyze(case.text, lang="en", published=case.published, article_id=case.id)


@pytest.mark.parametrize("case", params(CASES))
def test_probe_passage(case: _Case) -> None:
    events = _analysis(case).events
    assert not problems(case, events), [e.to_dict() for e in events]


def test_probe_covers_every_type_and_status() -> None:
    from rasd.events import EVENT_TYPES, STATUSES

    types = {t for c in CASES for t, _, _ in c.expected}
    statuses = {s for c in CASES for _, s, _ in c.expected}
    assert set(EVENT_TYPES) <= types
    assert set(STATUSES) <= statuses
    assert 40 <= len(CASES) <= 70


if __name__ == "__main__":
    sys.exit(report(CASES, _analysis))
