"""Rule sentences for the general causes fixed in the general-misses round 5 of 2026-12-07, each a
cause found among the strict xfails of the English held-out sets.

- A state named only in the apposition set off by commas after the subject that opens a sentence
  ("The Afghan Local Police, the village defence force set up with American money a decade ago, is
  being dissolved", set 47; "Falintil, the guerrilla army that fought Indonesian rule for
  twenty-four years, will become the core of East Timor's new defence force", set 38) tells what
  the subject was, not whose army takes the fighters in "into the army" or "into the new force"
  (``extractor._army_named_before``, ``extractor._in_opening_apposition_en``); "the new force" is
  an army noun of an integration (``army_noun`` in ``en.cues.yaml``). A state named in the main
  clause keeps the old reading (two states: no state is taken), and airlines that "merge into a new
  force" stay quiet.

Each sentence was written for this test (other states, bodies and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _parties(text: str, kind: str) -> set[str]:
    return {n for _, actors, targets in _alerts(text, kind) for n in actors | targets}


# --- a state in the opening subject's apposition is not the army's -----------------------------------


@pytest.mark.parametrize(
    ("text", "state", "other"),
    [
        pytest.param(
            "The Somali Police Force, the militia set up with Turkish money a decade ago, is being "
            "dissolved, and most of its members will be integrated into the army's coastal force, the "
            "ministry said.",
            "Somalia",
            "Turkey",
            id="first-clause",
        ),
        pytest.param(
            "Al-Shabab, the group that fought Ethiopian troops for a decade, will become the core of "
            "Somalia's new national force next year. The fighters will be integrated into the new force "
            "under their own officers.",
            "Somalia",
            "Ethiopia",
            id="sentence-before-new-force",
        ),
    ],
)
def test_a_state_in_the_opening_apposition_is_not_the_armys(text: str, state: str, other: str) -> None:
    named = _parties(text, "forces.integrated")
    assert state in named and other not in named


def test_a_state_in_the_apposition_alone_gives_no_army() -> None:
    text = (
        "The militia, the group set up with Turkish money, will be dissolved, and its members will be "
        "integrated into the army."
    )
    assert "Turkey" not in _parties(text, "forces.integrated")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ethiopian troops fought al-Shabab for a decade, and Somalia will now build a new national "
            "force. The fighters will be integrated into the new force under their own officers.",
            id="two-states-in-the-main-clause",
        ),
        pytest.param(
            "The two airlines will merge into a new force in African aviation, the minister said.",
            id="airlines",
        ),
    ],
)
def test_without_the_apposition_the_old_reading_stays(text: str) -> None:
    assert not _alerts(text, "forces.integrated")
