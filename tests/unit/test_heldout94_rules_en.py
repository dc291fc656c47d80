"""Rule sentences for the causes found by the ninety-fourth English held-out set
(``test_heldout94_events_en``): an easing of sanctions extended or renewed ("extended by one year
the easing of its sanctions on Myanmar's airlines", "renewed the sanctions relief for another six
months") is a suspension kept in place, not sanctions renewed, while sanctions extended, and an
easing only named beside them ("rejecting any easing"), stay an extension; a trigger in a clause
opened by "every time", "each time" or "whenever" ("Whenever Washington imposes sanctions on
Caracas, the price of bread rises") tells what happens each time a kind of act comes, no act,
while the same words after the news ("imposed new sanctions on Monday, and every time it does so")
leave the news alone; and a unit named in the possessive after "access to" ("access to the
American troops' training data") is whose the thing reached is, not a base, while "access to" a
base or to military bases stays a presence; and a duty an arms embargo lays on states, lifted
with the sanctions committee named after it ("lifted the obligation on states to notify the
sanctions committee of arms deliveries"), is a lifting, while a visa or a test requirement lifted,
or a notice to other committees, stays quiet.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2021, 6, 9)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, lang="en", published=DAY)}


# --- an easing extended is a suspension kept --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "Canada has extended by one year the easing of its sanctions on Myanmar's airlines.",
            "Myanmar",
            id="extended-by-one-year-the-easing",
        ),
        pytest.param(
            "The European Union on Monday extended by six months the temporary easing of its sanctions on Zimbabwe.",
            "Zimbabwe",
            id="extended-by-six-months-the-temporary-easing",
        ),
    ],
)
def test_an_easing_extended_is_a_suspension(text: str, target: str) -> None:
    assert "sanctions.extended" not in _kinds(text)
    alerts = _alerts(text, "sanctions.suspended")
    assert alerts and alerts[0][0] == "occurred" and target in alerts[0][1]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "The EU extended by six months its sanctions on Russia.",
            "Russia",
            id="sanctions-extended",
        ),
        pytest.param(
            "The council extended the arms embargo on Libya, rejecting any easing of the measures.",
            "Libya",
            id="easing-rejected-beside-an-extension",
        ),
        pytest.param(
            "Brussels renewed its sanctions on Syria for a year, despite calls for an easing.",
            "Syria",
            id="easing-called-for-beside-a-renewal",
        ),
    ],
)
def test_sanctions_extended_stay_an_extension(text: str, target: str) -> None:
    alerts = _alerts(text, "sanctions.extended")
    assert alerts and alerts[0][0] == "occurred" and target in alerts[0][1]
    assert "sanctions.suspended" not in _kinds(text)


# --- what happens each time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Whenever Washington imposes sanctions on Caracas, the price of bread rises in Maracaibo.",
            id="whenever-imposes",
        ),
        pytest.param(
            "Each time the EU renewed its sanctions on Russia, Moscow answered with its own bans.",
            id="each-time-renewed",
        ),
    ],
)
def test_a_clause_of_each_time_is_no_act(text: str) -> None:
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "The EU imposed new sanctions on Russia on Monday, and every time it does so, Moscow protests.",
            "Russia",
            id="news-then-every-time",
        ),
        pytest.param(
            "Washington imposed new sanctions on Havana on Tuesday.", "Cuba", id="plain-imposition"
        ),
    ],
)
def test_news_beside_each_time_stays_news(text: str, target: str) -> None:
    alerts = _alerts(text, "sanctions.imposed")
    assert alerts and alerts[0][0] == "occurred" and target in alerts[0][1]


# --- access to what a unit has ------------------------------------------------------------------


def test_access_to_what_a_unit_has_is_no_presence() -> None:
    text = "Under the accord, Poland will have access to the American troops' training data."
    assert "military.presence" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param(
            "The deal gives American troops access to four Philippine military bases.",
            "Philippines",
            id="access-to-military-bases",
        ),
        pytest.param(
            "Japan will get access to the Australian base at Darwin.",
            "Australia",
            id="access-to-a-base",
        ),
    ],
)
def test_access_to_a_base_stays_a_presence(text: str, host: str) -> None:
    alerts = _alerts(text, "military.presence")
    assert alerts and host in alerts[0][1]


# --- a duty of an arms embargo lifted -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The United Nations Security Council lifted the obligation on states to notify the sanctions committee of arms deliveries to Somalia's army.",
            id="obligation-to-notify-lifted",
        ),
        pytest.param(
            "The United Nations Security Council dropped the requirement for states to seek the approval of its sanctions committee before selling arms to South Sudan's government.",
            id="requirement-to-seek-approval-dropped",
        ),
    ],
)
def test_a_duty_of_an_arms_embargo_lifted_is_a_lifting(text: str) -> None:
    alerts = _alerts(text, "sanctions.lifted")
    assert (
        alerts and alerts[0][0] == "occurred" and "United Nations Security Council" in alerts[0][1]
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Georgia lifted the requirement for Russian citizens to obtain visas.",
            id="visa-requirement",
        ),
        pytest.param(
            "The ministry lifted the requirement for travellers to show a negative test, the sanctions committee said.",
            id="test-requirement-committee-as-speaker",
        ),
        pytest.param(
            "Congress lifted the requirement for the president to notify its committees of arms sales.",
            id="notice-to-other-committees",
        ),
    ],
)
def test_other_requirements_lifted_stay_quiet(text: str) -> None:
    assert "sanctions.lifted" not in _kinds(text)
