"""Rule sentences for the causes fixed after the hundred-and-fifth English held-out set
(``test_heldout105_events_en``): a new force made "from" the units it takes in ("created a
national guard from the interior troops", "formed a new army from the militias") is an integration,
when what is made is a force (not "a council from the army and the opposition"); the interior
ministry's army of the post-Soviet states, by its own name ("the internal troops", "the interior
troops"), is an armed corps that can be merged; and when the merging is told in the relative clause
of the force just made ("created a new guard that merges the internal troops ... into a single
force"), the one who made the force is the one who merges. And a condition after the act ("has
threatened Canada with sanctions if its parliament passes a motion on the deportations of 1944")
ends the words that date it: the condition's years are those of what it is about.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2016, 4, 6)
KIND = "forces.integrated"


def _rows(text: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == KIND]


def _alerts(text: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == KIND]


# --- a force made from units, the interior troops, the maker of a force as the one who merges --------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Tajikistan formed a new army from the militias of the civil war.",
            "Tajikistan",
            id="army-formed-from-militias",
        ),
        pytest.param(
            "Kyrgyzstan created a national guard from the interior troops on Friday.",
            "Kyrgyzstan",
            id="guard-created-from-interior-troops",
        ),
        pytest.param(
            "Ukraine's parliament voted on Thursday to merge the interior troops into a new National "
            "Guard.",
            "Ukraine",
            id="interior-troops-merged",
        ),
        pytest.param(
            "President Kassym-Jomart Tokayev on Monday created a new guard that merges the Interior "
            "Ministry's internal troops and the riot police into a single force.",
            "Kazakhstan",
            id="maker-of-the-guard-merges",
        ),
        pytest.param(
            "Azerbaijan established a rapid-reaction force that merges two army brigades into a "
            "single force.",
            "Azerbaijan",
            id="maker-of-the-force-merges",
        ),
    ],
)
def test_a_force_made_of_units_is_an_integration(text: str, party: str) -> None:
    alerts = _alerts(text)
    assert any(st == "occurred" and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # what is made from soldiers and others is no force
        "Sudan's generals formed a council from the army and the civilian opposition.",
        "Belarus formed a coalition from the parties that won the election.",
        "The Georgian company was formed from two banks in 2015.",
        # the interior troops sent out are no merger
        "Internal troops were deployed to guard the polling stations in Belarus.",
        # what a body made will review is no force merged
        "Uzbekistan created a commission that will review the merger of the two ministries.",
    ],
)
def test_other_things_made_are_no_integration(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


def test_a_merger_told_by_its_own_subject_keeps_its_actor() -> None:
    # (the relative clause of units merged, not of a force made: its subject is inside it)
    text = "The units that the Georgian government merged into the army kept their commanders."
    assert all("Georgia" in parties for _, parties in _rows(text)), _rows(text)


# --- the years of a condition date what it is about, not the threat ---------------------------------

THREAT_DAY = date(2011, 12, 21)


def _threats(text: str) -> list[tuple[str, set[str]]]:
    return [
        (r[1], r[2] | r[3])
        for r in event_rows(text, lang="en", published=THREAT_DAY)
        if r[0] == "sanctions.threatened"
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Azerbaijan has threatened Canada with sanctions if its parliament passes a motion on "
            "the deportations of 1944.",
            "Canada",
            id="threat-if-motion-on-1944",
        ),
        pytest.param(
            "Ankara has warned Vienna of sanctions if the Austrian parliament adopts a resolution on "
            "the events of 1915.",
            "Austria",
            id="warning-if-resolution-on-1915",
        ),
    ],
)
def test_a_year_in_the_condition_leaves_the_threat_news(text: str, party: str) -> None:
    assert any(st == "occurred" and party in parties for st, parties in _threats(text)), _threats(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        # the threat's own year, before the condition, still dates it
        "Turkey threatened France with sanctions in 2006 if the assembly passed a similar bill.",
        "Last year Turkey threatened France with sanctions if the assembly passed the bill.",
    ],
)
def test_a_threat_dated_before_its_condition_stays_background(text: str) -> None:
    assert all(st == "historical" for st, _ in _threats(text)) and _threats(text), _threats(text)
