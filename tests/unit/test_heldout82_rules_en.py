"""Rule sentences for the causes found by the eighty-second English held-out set
(``test_heldout82_events_en``): a ban on contacts, ties or military co-operation with a state's
forces ("The Pentagon will lift the ban on military contacts with Fiji") is a measure whose end is
a lifting, while a league's or a coach's ban on contacts stays quiet; "sign" as a noun after an
article or a possessive ("a sign of a truce with Taipei", "a clear sign of a new accord") is no
signing, while states that "sign" an accord, also after "that", still sign; and a business named
by a phrase ("A container line lifted the embargo it imposed on bookings", "A shipping line
extended ...") is a company subject that takes no state's measure, as a single company noun
already was, while a state's lifting that names shipping lines in its object still alerts; and,
with both parties of a restoration named, a state right after a break verb and "with" ("a week
after Panama ended its ties with Taiwan") is the party of the old break, no target, while a state
after "relations with" stays the target; and "West African leaders" who warn of sanctions are
ECOWAS, while the same leaders told something by a junta stay quiet.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the same words in their alertable
sense) stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- a ban on contacts or ties with a state's forces ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "The Pentagon will lift the ban on military contacts with Fiji next month.",
            "United States",
            "Fiji",
            id="lift-the-ban-on-military-contacts",
        ),
        pytest.param(
            "Britain on Monday lifted its ban on contacts with the army of Fiji.",
            "United Kingdom",
            "Fiji",
            id="lifted-its-ban-on-contacts",
        ),
        pytest.param(
            "Australia ended its ban on military ties with Fiji after the election.",
            "Australia",
            "Fiji",
            id="ended-its-ban-on-military-ties",
        ),
    ],
)
def test_a_ban_on_contacts_lifted_is_a_lifting(text: str, actor: str, target: str) -> None:
    assert [
        r for r in _alerts(text) if r[0] == "sanctions.lifted" and actor in r[2] and target in r[3]
    ], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The league lifted its ban on contacts between agents and youth players.", id="a-league"
        ),
        pytest.param(
            "The coach kept his ban on contacts with the press before the final.", id="a-coach"
        ),
    ],
)
def test_a_leagues_or_a_coachs_ban_on_contacts_stays_quiet(text: str) -> None:
    assert _alerts(text) == [], _events(text)


# --- "sign" as a noun ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Seoul made no reply, in what analysts saw as a sign of a truce with Tokyo.",
            id="a-sign-of",
        ),
        pytest.param(
            "The visit was read in Hanoi as a clear sign of a new accord with Beijing.",
            id="a-clear-sign",
        ),
    ],
)
def test_sign_as_a_noun_is_no_signing(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "agreement.signed"], _events(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Peru and Chile sign a border agreement in Lima.", "Peru", id="sign-an-agreement"
        ),
        pytest.param(
            "Kenya and Uganda signed a trade agreement, a sign of warming ties.",
            "Kenya",
            id="signed-beside-a-sign",
        ),
    ],
)
def test_states_that_sign_an_accord_still_sign(text: str, party: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "agreement.signed" and party in r[2] | r[3]], (
        _events(text)
    )


# --- a business named by a phrase is a company subject ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Norway joined the coalition in May. A container line lifted the embargo it imposed "
            "last week on bookings to two ports.",
            id="a-container-line-lifted",
        ),
        pytest.param(
            "Chile joined the group in March. A shipping line extended the embargo it imposed on "
            "refrigerated cargo.",
            id="a-shipping-line-extended",
        ),
    ],
)
def test_a_shipping_line_takes_no_states_measure(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0].startswith("sanctions.")], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The European Union lifted the embargo it imposed on Myanmar's shipping lines.",
            id="eu-lifted",
        ),
    ],
)
def test_a_states_lifting_that_names_shipping_lines_still_alerts(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.lifted"], _events(text)


# --- the party of a break told beside a restoration ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "old"),
    [
        pytest.param(
            "Panama and China restored diplomatic relations on Thursday, a week after Panama ended its "
            "ties with Taiwan.",
            "Taiwan",
            id="ended-its-ties-with",
        ),
        pytest.param(
            "Chad and Qatar restored diplomatic relations on Monday, a year after Chad broke with "
            "Saudi Arabia.",
            "Saudi Arabia",
            id="broke-with",
        ),
    ],
)
def test_the_party_of_a_break_is_no_target_of_a_restoration(text: str, old: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "relations.restored"]
    assert rows and all(old not in r[3] for r in rows), _events(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "Kuwait restored diplomatic relations with Iraq on Thursday.",
            "Iraq",
            id="restored-with",
        ),
    ],
)
def test_a_restoration_with_a_state_keeps_its_target(text: str, target: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "relations.restored" and target in r[3]], _events(
        text
    )


# --- the West African bloc's summit told by its region -------------------------------------------

ECOWAS = "Economic Community of West African States"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "West African leaders have warned Alpha Conde that he will face sanctions if he runs again.",
            id="warned-a-person",
        ),
        pytest.param(
            "West African leaders on Saturday threatened sanctions against the junta leader, Mamady Doumbouya.",
            id="threatened-against-a-person",
        ),
    ],
)
def test_west_african_leaders_are_the_bloc(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.threatened" and ECOWAS in r[2]], _events(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The junta told West African leaders that it could not hold the elections in February.",
            id="told-the-leaders",
        ),
    ],
)
def test_west_african_leaders_told_something_stay_quiet(text: str) -> None:
    assert _alerts(text) == [], _events(text)
