"""Rule sentences for the causes fixed after the hundred-and-third English held-out set
(``test_heldout103_events_en``): an aside on the object that a second comma closes and that holds
no time of its own (", the Moscow-led trade bloc,") ends before the words after it, so a time there
(", in August last year") dates the act, unlike a year inside an open aside (", the alliance founded
in 1949"); and "a joint group of forces" or "a united group of troops", the other English renderings
of the post-Soviet armies' "joint grouping of forces", are joint forces formed (not a bare "joint
group", a working group of experts).
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses and alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2016, 12, 1)


def _rows(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


# --- a closed aside on the object leaves the time after it to the act --------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "Kyrgyzstan joined the Eurasian Economic Union, the Moscow-led trade bloc, in August "
            "last year.",
            "alliance.joined",
            "Kyrgyzstan",
            id="joined-bloc-aside-last-year",
        ),
        pytest.param(
            "Kazakhstan signed the treaty with China, the country led by Xi Jinping, in March last "
            "year.",
            "agreement.signed",
            "Kazakhstan",
            id="signed-aside-last-year",
        ),
    ],
)
def test_time_after_a_closed_aside_dates_the_act(text: str, kind: str, party: str) -> None:
    assert _alerts(text, kind) == [], _alerts(text, kind)
    assert any(st == "historical" and party in parties for st, parties in _rows(text, kind)), _rows(
        text, kind
    )


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        # a year inside an open aside is the object's, not the act's (the news stays news)
        pytest.param(
            "Sweden joined NATO, the alliance founded by the United States in 1949.",
            "alliance.joined",
            "Sweden",
            id="open-aside-year-is-the-bloc-s",
        ),
        # a year inside a closed aside is the object's too; the day after it is the act's
        pytest.param(
            "Albania joined NATO, the alliance founded in 1949, on Wednesday.",
            "alliance.joined",
            "Albania",
            id="dated-closed-aside",
        ),
        pytest.param(
            "Kyrgyzstan joined the Eurasian Economic Union, the Moscow-led trade bloc, on Monday.",
            "alliance.joined",
            "Kyrgyzstan",
            id="closed-aside-today",
        ),
    ],
)
def test_aside_guards_keep_the_news(text: str, kind: str, party: str) -> None:
    assert any(st == "occurred" and party in parties for st, parties in _alerts(text, kind)), (
        _alerts(text, kind)
    )


# --- "a joint group of forces" is a joint force ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "party"),
    [
        pytest.param(
            "Kazakhstan and Kyrgyzstan agreed on Tuesday to set up a united group of troops on their "
            "border.",
            "occurred",
            "Kyrgyzstan",
            id="united-group-of-troops",
        ),
        pytest.param(
            "Belarus and Russia will form a joint group of forces under the treaty they signed in "
            "Minsk.",
            "planned",
            "Belarus",
            id="joint-group-of-forces",
        ),
    ],
)
def test_joint_group_of_forces_is_a_joint_force(text: str, status: str, party: str) -> None:
    alerts = _alerts(text, "forces.integrated")
    assert any(st == status and party in parties for st, parties in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        "The two ministries set up a joint group of experts to review the contract.",
        "Officials from Kazakhstan and Kyrgyzstan formed a joint working group on border trade.",
    ],
)
def test_joint_groups_of_experts_are_no_forces(text: str) -> None:
    assert _alerts(text, "forces.integrated") == []
