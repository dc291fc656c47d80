"""Rule sentences for the causes found by the eighty-sixth English held-out set
(``test_heldout86_events_en``): who put a measure in place, told between it and its object ("lifted
the restrictions it put on arms sales to …", "the ban it imposed on arms exports to …"), is read
past, and arms sold to a state's armed forces go to that state, while restrictions on water use
stay quiet; a membership told with "its" after a business alliance was joined ("joined the SkyTeam
alliance, becoming its nineteenth member") is no joining, while a state that joins a body and
becomes its member still is; sanctions compared with others' ("harsher than those on Taiwan") take
no target from the comparison, while a list of targets is read whole; commands merged ("merged its
two regional commands into a single joint command") and a combined command formed are an
integration, while voice commands and a firm's command centre stay quiet; "United" that opens a
known name ("the United States", "the United Nations") is no verb of uniting, so the states that
form a joint force are all its actors; and a sentence with a pronoun for its subject and no time of
its own, in a paragraph that opened on a past month or year ("In March 2019 … . It also imposed
sanctions on …"), goes on with that story, while the same sentence with a day of its own, in a new
paragraph, after an undated opening or with "will" stays news.
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


def _parties(text: str, kind: str) -> set[str]:
    """Every actor and target of the alerts of type ``kind`` of ``text``."""
    return {n for r in _alerts(text) if r[0] == kind for n in r[2] | r[3]}


# --- who put the measure in place, between it and its object --------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "Canada lifted the restrictions it put on arms sales to the Saudi Arabian National Guard.",
            "Canada",
            "Saudi Arabian National Guard",
            id="restrictions-it-put-on-arms-sales-to-a-state-s-forces",
        ),
        pytest.param(
            "Germany lifted the ban it imposed on arms exports to Turkey.",
            "Germany",
            "Turkey",
            id="the-ban-it-imposed-on-arms-exports",
        ),
        pytest.param(
            "Britain on Friday eased the restrictions it placed on weapons sales to Kenya.",
            "United Kingdom",
            "Kenya",
            id="restrictions-it-placed-on-weapons-sales",
        ),
    ],
)
def test_a_measure_s_imposer_between_it_and_its_object_is_read_past(
    text: str, actor: str, target: str
) -> None:
    assert [
        r for r in _alerts(text) if r[0] == "sanctions.lifted" and actor in r[2] and target in r[3]
    ], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The city lifted the restrictions it placed on water use in the summer.",
            id="water-restrictions",
        ),
        pytest.param(
            "The council lifted the ban it imposed on fishing in the lake.", id="a-fishing-ban"
        ),
    ],
)
def test_a_town_s_own_restrictions_stay_quiet(text: str) -> None:
    assert _alerts(text) == [], _events(text)


def test_arms_sales_lifted_with_no_imposer_between_still_alert() -> None:
    text = "Canada lifted the restrictions on arms sales to Colombia."
    assert [r for r in _alerts(text) if r[0] == "sanctions.lifted" and "Colombia" in r[3]], _events(
        text
    )


# --- the member of a business alliance --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Garuda Indonesia signed up to the SkyTeam alliance on Tuesday, becoming its nineteenth"
            " member.",
            id="an-airline-alliance",
        ),
        pytest.param(
            "A Polish container line joined a shipping alliance last week, becoming its fourth member.",
            id="a-shipping-alliance",
        ),
    ],
)
def test_the_member_of_a_business_alliance_joins_nothing(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "alliance.joined"] == [], _events(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param("Sweden joined NATO on Thursday, becoming its 32nd member.", "NATO", id="nato"),
        pytest.param(
            "Uzbekistan joined the Shanghai Cooperation Organisation on Monday, becoming its tenth"
            " member.",
            "Shanghai Cooperation Organisation",
            id="a-regional-body",
        ),
    ],
)
def test_a_state_that_joins_a_body_and_becomes_its_member_still_joins(text: str, body: str) -> None:
    assert body in _parties(text, "alliance.joined"), _events(text)


# --- sanctions compared with others' ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "warned", "compared"),
    [
        pytest.param(
            "The European Union warned Belarus of sanctions tougher than the ones imposed on Russia.",
            "Belarus",
            "Russia",
            id="than-the-ones-imposed-on",
        ),
        pytest.param(
            "China threatened Lithuania with sanctions harsher than those on Taiwan.",
            "Lithuania",
            "Taiwan",
            id="than-those-on",
        ),
    ],
)
def test_the_sanctions_compared_with_give_no_target(text: str, warned: str, compared: str) -> None:
    parties = _parties(text, "sanctions.threatened")
    assert warned in parties and compared not in parties, _events(text)


@pytest.mark.parametrize(
    ("text", "kind", "targets"),
    [
        pytest.param(
            "The United States threatened sanctions on Iran and Venezuela.",
            "sanctions.threatened",
            {"Iran", "Venezuela"},
            id="a-list-of-targets",
        ),
        pytest.param(
            "The EU imposed more sanctions on Russia than on any other state.",
            "sanctions.imposed",
            {"Russia"},
            id="the-target-before-than",
        ),
    ],
)
def test_targets_before_or_without_a_comparison_are_read(
    text: str, kind: str, targets: set[str]
) -> None:
    assert targets <= _parties(text, kind), _events(text)


# --- commands merged --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Norway merged its two regional commands into a single joint command on Monday.",
            "Norway",
            id="regional-commands-merged",
        ),
        pytest.param(
            "Kenya and Uganda agreed to form a combined command for their border on Friday.",
            "Uganda",
            id="a-combined-command-formed",
        ),
    ],
)
def test_commands_merged_or_combined_are_an_integration(text: str, party: str) -> None:
    assert party in _parties(text, "forces.integrated"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A Chinese carmaker integrated voice commands into its new model.", id="voice"),
        pytest.param(
            "A Kenyan software company merged its two offices into a single command centre.",
            id="a-command-centre",
        ),
    ],
)
def test_commands_of_machines_and_firms_stay_quiet(text: str) -> None:
    assert _alerts(text) == [], _events(text)


# --- "United" opening a known name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "Canada and the United States agreed to form a unified command for the defence of the"
            " Arctic.",
            {"Canada", "United States"},
            id="the-united-states",
        ),
        pytest.param(
            "Kenya and the United Nations agreed on Monday to form a joint force.",
            {"Kenya", "United Nations"},
            id="the-united-nations",
        ),
        pytest.param(
            "The United Arab Emirates and Egypt formed a joint force on Monday.",
            {"United Arab Emirates", "Egypt"},
            id="the-united-arab-emirates",
        ),
    ],
)
def test_united_in_a_known_name_is_no_verb(text: str, parties: set[str]) -> None:
    rows = [r for r in _alerts(text) if r[0] == "forces.integrated"]
    assert rows and all(parties <= r[2] for r in rows), _events(text)


# --- a pronoun going on with a dated paragraph ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "In March 2019 the Netherlands recalled its ambassador from Tehran over two killings on"
            " its soil. It also imposed sanctions on two Iranian intelligence officers.",
            id="in-a-month-and-year",
        ),
        pytest.param(
            "ANALYST: In 2017 Saudi Arabia and its allies cut ties with Qatar. They closed the border"
            " and imposed sanctions on Qatari banks.",
            id="a-speaker-s-label-then-a-year",
        ),
    ],
)
def test_a_pronoun_going_on_with_a_dated_paragraph_is_background(text: str) -> None:
    assert _alerts(text) == [], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "In March 2019 the Netherlands recalled its ambassador from Tehran. It imposed sanctions"
            " on two Iranian intelligence officers on Monday.",
            id="a-day-of-its-own",
        ),
        pytest.param(
            "In March 2019 the Netherlands recalled its ambassador from Tehran.\n\nIt imposed"
            " sanctions on two Iranian intelligence officers.",
            id="a-new-paragraph",
        ),
        pytest.param(
            "The Netherlands recalled its ambassador from Tehran on Friday. It imposed sanctions on"
            " two Iranian intelligence officers.",
            id="an-undated-opening",
        ),
        pytest.param(
            "In March 2019 the Netherlands recalled its ambassador from Tehran. It will impose"
            " sanctions on two Iranian intelligence officers.",
            id="a-step-ahead",
        ),
    ],
)
def test_a_pronoun_with_a_day_of_its_own_or_after_no_dated_opening_stays_news(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "sanctions.imposed" and "Netherlands" in r[2]], (
        _events(text)
    )
