"""Rule sentences for the sanctions causes found by the sixty-seventh and sixty-sixth English
held-out sets (``test_heldout67_events_en``, ``test_heldout66_events_en``): a list drawn up "with
a view to" sanctions, a waiver made indefinite, a designation "as" a favourable status, and
sanctions widened. Each was written for this test (other states,
bodies and wording than the articles'), and each failed before the fix it pins; the guards (near
misses in other senses of the same words) stay quiet or keep their reading."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 3, 12)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- suspensions that must stay quiet (the bloc's suspension of a member state is left: sets
# 11 and 18 annotate it as no event, set 67 as an imposition) -----------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Armenia suspended its participation in the Collective Security Treaty Organization on Friday.",
                 id="own-participation"),
    pytest.param("The Confederation of African Football suspended the Senegal striker for three matches.",
                 id="sport-player"),
    pytest.param("The Nairobi bourse suspended trading in the shares of the Ugandan telecoms firm on Monday.",
                 id="bourse-trading"),
    pytest.param("The city council suspended its director of water services on Tuesday.", id="municipal"),
])
def test_other_suspensions_are_no_sanctions(text: str) -> None:
    assert not any(t.startswith("sanctions.") for t, _, _, _ in _alerts(text)), _alerts(text)


# --- a list "with a view to applying sanctions" is a threat to those listed ------------------

@pytest.mark.parametrize("text", [
    pytest.param("The regional bloc asked its secretariat to draw up a list of Mali's coup leaders and their "
                 "financiers, with a view to imposing individual sanctions on them.", id="imposing"),
    pytest.param("ECOWAS asked its commission to compile a list of members of Guinea's junta with a view to "
                 "applying targeted sanctions against them.", id="applying"),
])
def test_a_list_with_a_view_to_sanctions_is_a_threat(text: str) -> None:
    rows = _alerts(text)
    assert [t for t, _, _, _ in rows] == ["sanctions.threatened"], rows
    assert rows[0][3] & {"Mali", "Guinea"}, rows


def test_a_list_of_fans_with_a_view_to_sanctions_is_no_state_threat() -> None:
    assert _alerts("The club asked the league to draw up a list of fans who invaded the pitch, with a view "
                   "to imposing sanctions on them.") == []


# --- a waiver or an exemption made indefinite is a suspension --------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The United States turned its six-month exemption for TSMC from its export controls on China "
                 "into an indefinite one.", id="turned-into-indefinite"),
    pytest.param("Washington extended indefinitely its waiver from the export controls for the Taiwanese "
                 "chipmaker's plant in China.", id="extended-indefinitely"),
    pytest.param("Japan made its exemption for the Indian refiner from its sanctions on Iran permanent on Tuesday.",
                 id="made-permanent"),
])
def test_a_waiver_made_indefinite_is_a_suspension(text: str) -> None:
    rows = _alerts(text)
    assert [t for t, _, _, _ in rows] == ["sanctions.suspended"], rows


@pytest.mark.parametrize("text", [
    pytest.param("The council made the tax exemption for small shops permanent on Tuesday.", id="tax"),
    pytest.param("The city extended indefinitely its fee waiver for pensioners.", id="fee"),
])
def test_other_waivers_made_indefinite_are_no_sanctions(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)


# --- "designate ... as" a favourable or neutral status is no sanctions designation ----------

@pytest.mark.parametrize("text", [
    pytest.param("The Commerce Department designated the Indian company's factories in Vietnam as trusted "
                 "suppliers on Tuesday.", id="trusted-suppliers"),
    pytest.param("Washington designated Qatar as a major non-NATO ally on Monday.", id="ally"),
])
def test_a_favourable_designation_is_no_sanction(text: str) -> None:
    assert not any(t == "sanctions.imposed" for t, _, _, _ in _alerts(text)), _alerts(text)


@pytest.mark.parametrize("text", [
    pytest.param("The State Department designated the Houthis as a foreign terrorist organisation on Friday.",
                 id="terrorist"),
    pytest.param("Russia designated the German foundation as an undesirable organisation on Monday.",
                 id="undesirable"),
    pytest.param("The Treasury designated three Iranian officials on Tuesday.", id="no-as"),
])
def test_a_hostile_designation_stays_a_sanction(text: str) -> None:
    assert any(t == "sanctions.imposed" for t, _, _, _ in _alerts(text)), _alerts(text)


# --- sanctions widened are more sanctions imposed --------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("The European Union widened its sanctions on Iran to cover drone makers on Monday.", id="widened"),
    pytest.param("Canada broadened its sanctions against Myanmar on Friday.", id="broadened"),
    pytest.param("EU ministers are expected to widen the legal basis of the Russia sanctions next week.",
                 id="planned-legal-basis"),
])
def test_widening_sanctions_imposes_more(text: str) -> None:
    rows = _alerts(text)
    assert any(t == "sanctions.imposed" for t, _, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The gap between rich and poor widened after the sanctions.",
    "The council widened the road after complaints from residents about the sanctions on speeding.",
])
def test_other_widening_is_no_sanction(text: str) -> None:
    assert _alerts(text) == [], _alerts(text)
