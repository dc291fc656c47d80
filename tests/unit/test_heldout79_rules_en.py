"""Rule sentences for the causes found by the seventy-ninth English held-out set
(``test_heldout79_events_en``): a navy's ship named by its task ("Canada will send the navy patrol
ship HMCS Harry DeWolf to Jamaica next month") is a deployment, as a "patrol vessel" already is, while
a ship with no navy word stays quiet; armed men taken into a force named for a federal state or for
the countryside ("Peru's rondas campesinas were incorporated into a new rural force") are an
integration, while a law "brought into force" stays quiet; and an act of last month with no day
whose "in <month>" stands past a long object ("Canada lifted its travel bans and asset freezes on
Zimbabwe's former ministers in March", in a story of mid-April) is background, as it already was
within six words, while the same act "on Tuesday" or in this month stays news. Two causes seen on
the set without touching its score: a ban on a state's people investing in another ("Canada
suspended its ban on new investment in Burma") is a sanction on the state after "in", while a ban on
"foreign" investment or on investment in a sector is a state's own rule; and the state whose
"jurisdiction" the frozen property lies under ("The Treasury froze any property the two hold under
American jurisdiction") is where the law reaches, not whom the freeze is on.
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


# --- a navy's ship named by its task ------------------------------------------------------------

@pytest.mark.parametrize(("text", "host"), [
    pytest.param("Canada will send the navy patrol ship HMCS Harry DeWolf to Jamaica next month.", "Jamaica",
                 id="will-send-a-navy-patrol-ship"),
    pytest.param("Japan has sent a coast guard patrol ship to Palau for joint exercises.", "Palau",
                 id="has-sent-a-patrol-ship"),
    pytest.param("India sent a navy ship to Mauritius on Monday to patrol its waters.", "Mauritius",
                 id="sent-a-navy-ship"),
])
def test_a_navy_ship_sent_to_a_state_is_a_deployment(text: str, host: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "military.presence" and host in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("A cruise line will send a new ship to Jamaica next winter.", id="a-cruise-ship"),
])
def test_a_ship_with_no_navy_word_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "military.presence"], _events(text)


# --- a force of a federal state or of the countryside -------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Peru's rondas campesinas were incorporated into a new rural force on Monday.", "Peru",
                 id="incorporated-into-a-rural-force"),
    pytest.param("Hundreds of members of Colombia's peasant militias were merged into a new rural guard.",
                 "Colombia", id="merged-into-a-rural-guard"),
])
def test_men_taken_into_a_rural_or_state_force_are_an_integration(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated" and state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The new tax law was brought into force in Kenya on Monday.", id="a-law-into-force"),
    pytest.param("The ban on rural land sales was brought into force in Uganda.", id="a-rural-ban-into-force"),
])
def test_a_law_brought_into_force_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- last month's act dated after a long object ---------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Canada lifted its travel bans and asset freezes on Zimbabwe's former ministers in March.",
                 id="lifted-a-long-object-in-last-month"),
    pytest.param("Japan suspended its financial and trade sanctions on Myanmar's generals in March.",
                 id="suspended-a-long-object-in-last-month"),
    pytest.param("New Zealand extended its travel bans on Fiji's military officers for another year in March.",
                 id="extended-for-a-year-in-last-month"),
])
def test_last_months_act_after_a_long_object_is_background(text: str) -> None:
    assert not _alerts(text), _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Canada lifted its travel bans and asset freezes on Zimbabwe's former ministers on Tuesday.",
                 id="on-a-weekday"),
    pytest.param("Canada lifted its travel bans and asset freezes on Zimbabwe's former ministers in April.",
                 id="in-this-month"),
])
def test_the_same_act_this_week_or_month_is_still_news(text: str) -> None:
    assert "sanctions.lifted" in {r[0] for r in _alerts(text)}, _events(text)


# --- a ban on investment in a state -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "state"), [
    pytest.param("Canada suspended its ban on new investment in Burma on Friday.", "sanctions.suspended",
                 "Myanmar", id="suspended-its-ban-on-new-investment-in"),
    pytest.param("The European Union lifted its ban on investment in Belarus.", "sanctions.lifted", "Belarus",
                 id="lifted-its-ban-on-investment-in"),
    pytest.param("Australia imposed a ban on new investment in Russia.", "sanctions.imposed", "Russia",
                 id="imposed-a-ban-on-new-investment-in"),
])
def test_a_ban_on_investment_in_a_state_is_a_sanction_on_it(text: str, kind: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == kind and state in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("India eased its ban on foreign investment in India's e-commerce sector.",
                 id="foreign-investment-at-home"),
    pytest.param("Kenya lifted its ban on new investment in coal plants.", id="investment-in-a-sector"),
    pytest.param("Saudi Arabia lifted its ban on foreign investment in Mecca.", id="foreign-investment-in-a-city"),
])
def test_a_states_own_rule_on_investment_stays_quiet(text: str) -> None:
    assert not _alerts(text), _events(text)


# --- the state whose jurisdiction the frozen property lies under ------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The Treasury froze any property the two hold under American jurisdiction.",
                 id="under-american-jurisdiction"),
    pytest.param("The Office of Foreign Assets Control froze any assets the three ministers hold under United "
                 "States jurisdiction.", id="under-united-states-jurisdiction"),
])
def test_the_state_of_the_jurisdiction_is_no_target(text: str) -> None:
    rows = [r for r in _alerts(text) if r[0] == "sanctions.imposed"]
    assert rows and not [r for r in rows if "United States" in r[3]], _events(text)
