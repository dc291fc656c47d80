"""Rule sentences for general English fixes found on real-style articles by an earlier round and
made again: forces that "take up their posts" in a state are a military presence (envoys taking up
theirs are none); "servicemen" and "service members" are forces as "troops" are; a capital right
after "with" in an accord stands for its state ("signed a security treaty with Jakarta"), Tel Aviv
for Israel's government; "returned its ambassador to Qatar" names the counterpart of the ties restored;
a head of state named alone as the one who merges armed groups into the army acts for his state; a refusal of more forces ("refused to send more
troops") does not deny the presence of the forces told beside it.
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (near misses, and the alertable senses) keep their reading."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


def _presence(text: str, actor: str, place: str) -> bool:
    return any(r[0] == "military.presence" and actor in r[2] and place in r[3] for r in _alerts(text))


# --- forces that take up their posts in a state ---------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "place"), [
    pytest.param("The first 150 Chadian soldiers took up their posts in Bangui on Friday.", "Chad",
                 "Central African Republic", id="soldiers-took-up-their-posts"),
    pytest.param("Ghanaian police officers have taken up their posts in Juba, the UN mission said.", "Ghana",
                 "South Sudan", id="police-officers-have-taken-up-their-posts"),
    pytest.param("A contingent of 120 Bangladeshi peacekeepers took up posts in Kinshasa on Thursday.", "Bangladesh",
                 "Democratic Republic of the Congo", id="peacekeepers-took-up-posts"),
])
def test_forces_taking_up_their_posts_are_a_presence(text: str, actor: str, place: str) -> None:
    assert _presence(text, actor, place), _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The new ambassadors took up their posts in Paris on Monday.", id="ambassadors"),
    pytest.param("Kenyan customs officers took up their posts at the Namanga border post on Monday.",
                 id="customs-officers"),
    pytest.param("Newly appointed ministers took up their posts in Nairobi on Tuesday.", id="ministers"),
    pytest.param("Nigerian police officers took up their posts in Lagos on Monday.", id="police-at-home"),
])
def test_civil_posts_or_forces_at_home_are_no_presence(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "military.presence"], _events(text)


# --- "servicemen" and "service members" are forces ---------------------------------------------------

@pytest.mark.parametrize(("text", "actor", "place"), [
    pytest.param("Hundreds of American servicemen arrived in Poland on Monday.", "United States", "Poland",
                 id="servicemen-arrived"),
    pytest.param("About 500 US service members will deploy to Kuwait next month.", "United States", "Kuwait",
                 id="service-members-will-deploy"),
    pytest.param("Some 2,000 Dutch servicemen will be stationed in Lithuania.", "Netherlands", "Lithuania",
                 id="servicemen-stationed"),
    pytest.param("British servicewomen arrived in Estonia on Tuesday.", "United Kingdom", "Estonia",
                 id="servicewomen-arrived"),
    pytest.param("The Pentagon will send 1,500 more service members to Qatar.", "United States", "Qatar",
                 id="send-service-members"),
])
def test_servicemen_are_forces_of_a_presence(text: str, actor: str, place: str) -> None:
    assert _presence(text, actor, place), _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Ukrainian servicemen were integrated into the national guard.", id="servicemen-integrated"),
    pytest.param("Kyiv will merge the volunteer servicemen with the national guard.", id="servicemen-merged"),
])
def test_servicemen_integrated_still_alert(text: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated" and "Ukraine" in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Two US service members were killed in Iraq on Monday.", id="killed"),
    pytest.param("Veterans and servicemen marched in Washington on Monday.", id="marched-at-home"),
])
def test_servicemen_in_other_news_are_no_presence(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "military.presence"], _events(text)


# --- a capital right after "with" in an accord stands for its state ---------------------------------

@pytest.mark.parametrize(("text", "type_", "actor", "partner"), [
    pytest.param("Canberra signed a security treaty with Jakarta on Thursday.", "agreement.signed", "Australia",
                 "Indonesia", id="treaty-with-a-capital"),
    pytest.param("Seoul concluded a free trade deal with Hanoi last week.", "agreement.signed", "South Korea",
                 "Vietnam", id="deal-with-a-capital"),
    pytest.param("Bahrain resumed relations with Tel Aviv after a two-year freeze.", "relations.restored",
                 "Bahrain", "Israel", id="ties-with-tel-aviv"),
    pytest.param("Sudan signed a normalisation accord with Tel Aviv.", "agreement.signed", "Sudan", "Israel",
                 id="accord-with-tel-aviv"),
])
def test_a_capital_after_with_is_its_state(text: str, type_: str, actor: str, partner: str) -> None:
    rows = _alerts(text)
    assert [r for r in rows if r[0] == type_ and actor in r[2] and partner in r[2] | r[3]], _events(text)


@pytest.mark.parametrize(("text", "parties"), [
    pytest.param("Japan and the Philippines signed an agreement in Manila on Monday.", {"Japan", "Philippines"},
                 id="capital-as-the-scene"),
    pytest.param("Japan signed an agreement with the Philippines in Manila on Monday.", {"Japan", "Philippines"},
                 id="state-after-with-capital-as-the-scene"),
])
def test_the_states_named_stay_the_parties(text: str, parties: set[str]) -> None:
    assert [r for r in _alerts(text) if r[0] == "agreement.signed" and r[2] | r[3] == parties], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Rockets were fired at Tel Aviv on Monday.", id="a-city-attacked"),
])
def test_a_city_in_other_news_names_no_event(text: str) -> None:
    assert not _alerts(text), _events(text)


# --- "returned its ambassador to X": X is the counterpart ------------------------------------------

@pytest.mark.parametrize(("text", "actor", "partner"), [
    pytest.param("Egypt returned its ambassador to Qatar on Monday.", "Egypt", "Qatar", id="returned-to-a-state"),
    pytest.param("Morocco has returned its ambassador to Algiers after a three-year rupture.", "Morocco", "Algeria",
                 id="returned-to-a-capital"),
    pytest.param("Bahrain said it would return its ambassador to Beirut next month.", "Bahrain", "Lebanon",
                 id="will-return-to-a-capital"),
])
def test_the_post_an_ambassador_is_returned_to_is_the_counterpart(text: str, actor: str, partner: str) -> None:
    rows = _alerts(text)
    assert [r for r in rows if r[0] == "relations.restored" and actor in r[2] and partner in r[3]], _events(text)


@pytest.mark.parametrize(("text", "actor", "partner"), [
    pytest.param("Sweden sent its ambassador back to Tehran on Tuesday.", "Sweden", "Iran", id="sent-back-to"),
])
def test_an_ambassador_sent_back_still_names_the_counterpart(text: str, actor: str, partner: str) -> None:
    rows = _alerts(text)
    assert [r for r in rows if r[0] == "relations.restored" and actor in r[2] and partner in r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("The museum returned its ambassador to the public on Monday.", id="a-museums-ambassador"),
])
def test_a_brand_ambassador_names_no_ties(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "relations.restored"], _events(text)


# --- a head of state who merges armed groups acts for his state -------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    pytest.param("President Salva Kiir signed a decree integrating the opposition fighters into the army.",
                 "South Sudan", id="decree-integrating"),
    pytest.param("Tshisekedi merged the Wazalendo militias with the army on Monday.",
                 "Democratic Republic of the Congo", id="merged-with-the-army"),
    pytest.param("Tshisekedi ordered the integration of the Wazalendo militias into the army.",
                 "Democratic Republic of the Congo", id="ordered-the-integration"),
])
def test_a_head_of_state_who_merges_armed_groups_acts_for_his_state(text: str, state: str) -> None:
    assert [r for r in _alerts(text) if r[0] == "forces.integrated" and state in r[2] | r[3]], _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("General Haftar merged the Salafist brigades with his army.", id="a-commander-no-head-of-state"),
    pytest.param("Ouattara met the army chiefs on Monday.", id="a-head-of-state-meeting-the-army"),
])
def test_no_head_of_state_or_no_merger_stays_quiet(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "forces.integrated"], _events(text)


# --- a refusal of more forces leaves the presence told beside it -------------------------------------

@pytest.mark.parametrize(("text", "actor", "place"), [
    pytest.param("Chad refused to send more troops after 400 Chadian soldiers arrived in Mali on Monday.", "Chad",
                 "Mali", id="refused-more-after-arrival"),
    pytest.param("Although Chad refused to send more troops, 400 Chadian soldiers arrived in Mali on Monday.",
                 "Chad", "Mali", id="although-refused-more"),
    pytest.param("Chad, which refused to send more troops, said 400 Chadian soldiers arrived in Mali on Monday.",
                 "Chad", "Mali", id="which-refused-more"),
])
def test_a_refusal_of_more_forces_leaves_the_presence(text: str, actor: str, place: str) -> None:
    assert _presence(text, actor, place), _events(text)


@pytest.mark.parametrize("text", [
    pytest.param("Germany refused to send more troops to Afghanistan.", id="more-troops-refused"),
    pytest.param("Britain refused to send troops to Estonia.", id="troops-refused"),
    pytest.param("Spain declined a request for additional soldiers to be stationed in Latvia.",
                 id="additional-soldiers-declined"),
])
def test_a_refused_sending_stays_no_alert(text: str) -> None:
    assert not [r for r in _alerts(text) if r[0] == "military.presence"], _events(text)
