"""Rule sentences for the causes found by the eighty-ninth English held-out set
(``test_heldout89_events_en``): an easing told as the licence or waiver it issues ("eased its
sanctions on Belavia, issuing a general licence that lets ...") is a suspension, not a lifting, and
the licence is that same act; a headline's "eases" is the suspension its lead tells, when the lead's
first event is one with a party of the headline's; while an easing with a lifting beside it, a
headline whose lead lifts a ban, and a lead's suspension of other parties leave the lifting as it
was. And a passive step in a clause of "before", "until", "unless" or "once" with "any" ("before
any sanctions on Iran are lifted") is no act, while a lifting made before any talks began, or
"before any inspections" after the act, is still news.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (the same words in their alertable sense) stay as they
were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2025, 6, 2)


_alerts = partial(alert_rows, lang="en", published=DAY)


def _kinds(text: str) -> set[str]:
    return {r[0] for r in _alerts(text)}


# --- an easing told as the licence or waiver it issues -------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Britain on Monday eased its sanctions on the airline Belavia, issuing a general licence "
            "that lets British firms service its aircraft.",
            "United Kingdom",
            id="eased-issuing-a-general-licence",
        ),
        pytest.param(
            "Canada eased its sanctions on Venezuela's central bank on Friday, granting a waiver for "
            "payments of food imports.",
            "Canada",
            id="eased-granting-a-waiver",
        ),
        pytest.param(
            "Japan eases sanctions on Iranian shipping line\n\nTOKYO, 2 June 2025 - Japan on Monday "
            "eased its sanctions on the Islamic Republic of Iran Shipping Lines, issuing a licence "
            "that lets Japanese ports service its ships.",
            "Japan",
            id="a-headline-easing-told-as-a-licence-by-the-lead",
        ),
    ],
)
def test_an_easing_told_as_a_licence_is_a_suspension(text: str, actor: str) -> None:
    rows = _alerts(text)
    assert _kinds(text) == {"sanctions.suspended"}, rows
    assert any(actor in r[2] for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Britain eased its sanctions on Belavia and lifted the ban on its flights to London.",
            id="an-easing-with-a-lifting-beside-it",
        ),
        pytest.param(
            "Japan eases sanctions on Iran\n\nTOKYO, 2 June 2025 - Japan on Monday lifted its ban on "
            "imports of Iranian oil.",
            id="a-headline-easing-whose-lead-lifts-a-ban",
        ),
        pytest.param(
            "Australia eases sanctions on Fiji\n\nCANBERRA, 2 June 2025 - The United States on Monday "
            "issued a general licence for payments to Venezuela's state oil company.",
            id="a-headline-easing-beside-a-lead-suspension-of-other-parties",
        ),
    ],
)
def test_other_easings_stay_liftings(text: str) -> None:
    assert "sanctions.lifted" in _kinds(text), _alerts(text)


# --- a step still to come, of "any" measure -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The bill would require a vote of parliament before any sanctions on Iran are lifted.",
            id="before-any-sanctions-are-lifted",
        ),
        pytest.param(
            "The council said it would meet again before any of the sanctions on Mali are eased.",
            id="before-any-of-the-sanctions-are-eased",
        ),
    ],
)
def test_a_step_of_any_measure_still_to_come_is_no_act(text: str) -> None:
    assert not _alerts(text), _alerts(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Washington lifted the sanctions on Cuba before any talks began.",
            id="lifted-before-any-talks",
        ),
        pytest.param(
            "The sanctions on Iran were lifted on Monday, before any inspections had begun.",
            id="lifted-then-before-any-inspections",
        ),
    ],
)
def test_a_lifting_made_before_something_else_is_still_news(text: str) -> None:
    assert "sanctions.lifted" in _kinds(text), _alerts(text)
