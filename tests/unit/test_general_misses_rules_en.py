"""Rule sentences for the general causes fixed in the general-misses round of 2026-12-07, each a
cause that recurs among the strict xfails of the English held-out sets 80-96.

- An easing of sanctions with the purpose it serves ("eased its sanctions on X to allow ...",
  "eased the embargo, allowing ...", "to let ... resume") opens one door and keeps the rest of the
  measures: a partial suspension, as an exemption is (sets 80, 91 and 92); an easing told with no
  such purpose stays a lifting.
- A firm's deal told in a headline with the partner named only by a nationality ("signs Swiss
  supply deal", "signs feed deal with Norwegian group") is a business contract: the demonym before
  "supply" or "feed", or before "group" after "with", says where the firm is from and names no
  state as a party (sets 92 and 96); a state that signs a supply deal still signs.
- Forces named only by the American home base they come from ("airmen from Dyess Air Force Base
  will deploy to Norway") are the United States' (set 86): "Air Force Base" is how the United
  States Air Force names its bases; the base's name is no base opened abroad, and a base with no
  forces sent from it gives no alert.
- An accord whose parties are two blocs of states and no state ("the Gulf Cooperation Council and
  the European Union signed a trade agreement", "The four states of EFTA and the Mercosur bloc
  signed ...") is an accord of their members (set 96): it needed a state or a head of state among
  its parties; one bloc with a firm is still no accord of states.

Each sentence was written for this test (other states, bodies and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == kind]


def _kinds(text: str) -> set[str]:
    return {r[0] for r in alert_rows(text, lang="en", published=DAY)}


# --- an easing with a purpose is a partial suspension ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "Canada has eased its sanctions on Iran to allow the sale of medicines and vaccines, the "
            "foreign ministry said on Tuesday.",
            "Iran",
            id="to-allow",
        ),
        pytest.param(
            "Britain on Monday eased the arms embargo it imposed on Libya in 2011, allowing the coast "
            "guard to import patrol boats.",
            "Libya",
            id="comma-allowing-past-a-relative",
        ),
        pytest.param(
            "Japan eased its financial sanctions on Myanmar on Friday to let Japanese banks resume "
            "payments for rice imports.",
            "Myanmar",
            id="to-let-resume",
        ),
    ],
)
def test_an_easing_for_a_purpose_is_a_suspension(text: str, target: str) -> None:
    suspended = _alerts(text, "sanctions.suspended")
    assert suspended and suspended[0][0] == "occurred" and target in suspended[0][2]
    assert "sanctions.lifted" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("Australia eased its sanctions on Fiji on Monday.", "Fiji", id="plain-easing"),
        pytest.param(
            "The European Union eased its sanctions on Uzbekistan after the release of prisoners.",
            "Uzbekistan",
            id="easing-with-a-cause-not-a-purpose",
        ),
    ],
)
def test_an_easing_with_no_purpose_stays_a_lifting(text: str, target: str) -> None:
    lifted = _alerts(text, "sanctions.lifted")
    assert lifted and target in lifted[0][2]
    assert "sanctions.suspended" not in _kinds(text)


def test_an_allowance_far_from_the_easing_is_no_suspension() -> None:
    """The purpose must follow the measures eased, not a later clause of another subject."""
    text = (
        "Norway eased its sanctions on Belarus last week after talks in Oslo and Minsk with the two "
        "governments, and the city council voted to allow street markets."
    )
    assert "sanctions.suspended" not in _kinds(text)


# --- a firm's supply deal names no state --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mombasa tea estate signs Dutch supply contract", id="demonym-supply"),
        pytest.param("Tea estate signs Dutch feed deal for its dairy herd", id="demonym-feed"),
        pytest.param(
            "Shrimp farm resumes exports, signs packaging deal with Danish group", id="with-demonym-group"
        ),
    ],
)
def test_a_firms_supply_deal_names_no_state(text: str) -> None:
    assert "agreement.signed" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param("Egypt signs wheat supply agreement with Russia", "Russia", id="state-supply-deal"),
        pytest.param("Ghana signs Swiss trade deal", "Switzerland", id="demonym-trade-deal-of-a-state"),
        pytest.param(
            "Peru and Chile signed a defence agreement on Monday with a Brazilian group of officers present.",
            "Chile",
            id="group-of",
        ),
    ],
)
def test_a_states_deal_still_signs(text: str, party: str) -> None:
    signed = _alerts(text, "agreement.signed")
    assert signed and party in signed[0][1] | signed[0][2]


# --- forces named by their American home base are the United States' ----------------------------


@pytest.mark.parametrize(
    ("text", "status", "target"),
    [
        pytest.param(
            "About 400 airmen from Shaw Air Force Base will deploy to Latvia in March, the wing said.",
            "planned",
            "Latvia",
            id="air-force-base-planned",
        ),
        pytest.param(
            "Six F-15 fighters and 150 airmen from Seymour Johnson Air Force Base arrived in Romania on "
            "Sunday.",
            "occurred",
            "Romania",
            id="air-force-base-occurred",
        ),
        pytest.param(
            "Four B-52 bombers and about 200 airmen from Minot Air Force Base will deploy to Spain "
            "this spring.",
            "planned",
            "Spain",
            id="bombers-and-airmen",
        ),
    ],
)
def test_forces_from_an_american_home_base_are_the_united_states(text: str, status: str, target: str) -> None:
    presence = _alerts(text, "military.presence")
    assert presence and presence[0][0] == status
    assert "United States" in presence[0][1] and target in presence[0][2]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A spokeswoman at Shaw Air Force Base said the wing's fighters would stay home this year.",
            id="base-with-no-forces-sent",
        ),
        pytest.param(
            "About 400 airmen from Shaw will deploy next month, the wing said.", id="no-place-named"
        ),
    ],
)
def test_a_home_base_alone_is_no_presence(text: str) -> None:
    assert "military.presence" not in _kinds(text)


def test_a_base_abroad_is_still_a_presence() -> None:
    presence = _alerts("Poland will host a new US air base, the defence ministry said.", "military.presence")
    assert presence and "United States" in presence[0][1]


# --- an accord of two blocs of states is an accord of states --------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "blocs"),
    [
        pytest.param(
            "The African Union and the European Union signed a migration agreement in Abidjan on Monday.",
            "occurred",
            {"African Union", "European Union"},
            id="two-unions-signed",
        ),
        pytest.param(
            "The six states of the Gulf Cooperation Council and the Association of Southeast Asian "
            "Nations signed a free trade agreement in Riyadh on Monday.",
            "occurred",
            {"Gulf Cooperation Council", "ASEAN"},
            id="bloc-named-through-its-states",
        ),
        pytest.param(
            "The European Union and Mercosur will sign their trade agreement in Montevideo next month.",
            "planned",
            {"European Union", "Mercosur"},
            id="planned",
        ),
    ],
)
def test_an_accord_of_two_blocs_is_an_accord_of_states(text: str, status: str, blocs: set[str]) -> None:
    signed = _alerts(text, "agreement.signed")
    assert signed and signed[0][0] == status and blocs <= signed[0][1] | signed[0][2]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The European Union signed a vaccine purchase agreement with a Belgian drugmaker on Monday.",
            id="bloc-and-a-firm",
        ),
        pytest.param(
            "The African Union signed a lease agreement for its new offices in Addis Ababa on Monday.",
            id="one-bloc-alone",
        ),
    ],
)
def test_one_bloc_with_no_state_is_no_accord(text: str) -> None:
    assert "agreement.signed" not in _kinds(text)
