"""Rule sentences for the causes fixed after the hundred-and-seventeenth English held-out set
(``test_heldout117_events_en``). First, forces that "will land", "are due to land" or "are expected to
land" somewhere are a planned presence, and forces that "began landing" or "began to land" an
occurred one, as forces that "landed" or "will arrive" already were; a bare "land" or "lands"
stays no trigger (the noun: "troops on land", "the land border", "their lands"). Second, a
demonym right before the sanctions' noun with a party named after "on" says whose sanctions they
are ("the lifting of British sanctions on Zimbabwe": Britain acts, Zimbabwe is the target), as
"Britain's sanctions on Zimbabwe" already did; it was read as a second target. Third, a warner
named before "warned that it would impose sanctions on Uganda" threatens Uganda: the scan for the
target stopped at "that" when a pronoun, not a name, opened the clause. Each was written
for this test (other states, forces and wording than the article's), and each positive failed
before the fix it pins; the guards (aircraft and officials that land, the noun, a denial) keep
their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2024, 5, 2)


def _presences(text: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="en", published=DAY) if r[0] == "military.presence"]


# --- a landing to come, or one that begins -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "parties"),
    [
        pytest.param(
            "A Kenyan-led police force will land in Port-au-Prince next week, officials said.",
            "planned",
            {"Kenya", "Haiti"},
            id="led-force-will-land",
        ),
        pytest.param(
            "The first Nigerian soldiers are due to land in Monrovia on Saturday.",
            "planned",
            {"Nigeria", "Liberia"},
            id="soldiers-due-to-land",
        ),
        pytest.param(
            "About 300 Indian troops are expected to land in Mozambique later this month.",
            "planned",
            {"India", "Mozambique"},
            id="troops-expected-to-land",
        ),
        pytest.param(
            "The minister said that Brazilian marines would land in Haiti within days.",
            "planned",
            {"Brazil", "Haiti"},
            id="reported-would-land",
        ),
        pytest.param(
            "The first Rwandan troops began landing in Bangui on Sunday.",
            "occurred",
            {"Rwanda", "Central African Republic"},
            id="troops-began-landing",
        ),
        pytest.param(
            "Hundreds of Chadian soldiers started to land in Mali on Monday.",
            "occurred",
            {"Chad", "Mali"},
            id="soldiers-started-to-land",
        ),
    ],
)
def test_forces_landing_are_present(text: str, status: str, parties: set[str]) -> None:
    alerts = _presences(text)
    assert any(st == status and parties <= who for st, who in alerts), alerts


@pytest.mark.parametrize(
    "text",
    [
        # no forces: a plane, a delegation, a president
        "The plane carrying the Angolan delegation will land in Nairobi tomorrow.",
        "The president's aircraft is due to land in Canberra tonight after a visit to Indonesia.",
        # the noun, not the verb
        "Russia keeps troops on land in Syria and ships off its coast.",
        "Turkish troops guard the land border with Syria.",
        "The soldiers seized the lands of the villagers in Myanmar.",
        # aircraft coming home are no presence abroad
        "Pilots said the fighter jets would land at their home base in Texas.",
    ],
)
def test_other_landings_are_no_presence(text: str) -> None:
    assert _presences(text) == [], _presences(text)


def test_denied_landing_raises_no_alert() -> None:
    text = "The minister said Kenyan troops will not land in Somalia."
    assert _presences(text) == [], event_rows(text, lang="en", published=DAY)


def test_past_landing_keeps_its_reading() -> None:
    """The plain past is still read, once, and a landing of another year stays history."""
    rows = [r for r in event_rows("Russian troops landed in Syria in 2015.", lang="en", published=DAY)
            if r[0] == "military.presence"]
    assert [(r[1], r[2] | r[3]) for r in rows] == [("historical", {"Russia", "Syria"})], rows


# --- "the lifting of British sanctions on Zimbabwe": the demonym is whose they are --------------------


def _sanctions(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    return [r for r in event_rows(text, lang="en", published=DAY) if r[0].startswith("sanctions.")]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        pytest.param(
            "The foreign ministry welcomed the lifting of Canadian sanctions on Myanmar on Monday.",
            "sanctions.lifted",
            "Canada",
            "Myanmar",
            id="lifting-of-demonym-sanctions",
        ),
        pytest.param(
            "The extension of Australian sanctions on Fiji was announced in Canberra yesterday.",
            "sanctions.extended",
            "Australia",
            "Fiji",
            id="extension-of-demonym-sanctions",
        ),
        pytest.param(
            "Harare said the renewal of most British sanctions on Zimbabwe was an insult.",
            "sanctions.extended",
            "United Kingdom",
            "Zimbabwe",
            id="renewal-of-most-demonym-sanctions",
        ),
    ],
)
def test_demonym_before_sanctions_on_a_state_is_the_actor(
    text: str, kind: str, actor: str, target: str
) -> None:
    rows = [r for r in _sanctions(text) if r[0] == kind]
    assert rows and all(actor in r[2] and r[3] == {target} for r in rows), rows


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a short name before the noun: those on that state
        ("The lifting of Iran sanctions was announced in Vienna on Monday.", "Iran"),
        # the demonym after "on": whom they are on
        ("The lifting of sanctions on Iranian banks was announced on Monday.", "Iran"),
        # no party after the noun: the demonym keeps its reading
        ("The lifting of Syrian sanctions is not on the agenda, the minister said.", "Syria"),
    ],
)
def test_other_names_by_the_sanctions_stay_targets(text: str, target: str) -> None:
    rows = _sanctions(text)
    assert rows and all(target in r[3] and target not in r[2] for r in rows), rows


# --- "warned that it would impose sanctions on X": the warner's own threat, and its target -------


def _threats(text: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in event_rows(text, lang="en", published=DAY)
            if r[0] == "sanctions.threatened"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "Canada warned on Friday that it would impose sanctions on Uganda over the law.",
            "Canada",
            "Uganda",
            id="warned-that-it-would",
        ),
        pytest.param(
            "The European Union has warned that it will impose targeted sanctions on Burundi if "
            "the talks fail.",
            "European Union",
            "Burundi",
            id="warned-that-it-will-if",
        ),
        pytest.param(
            "Washington and London warned that they could impose travel bans on Malawi's leaders.",
            "United States",
            "Malawi",
            id="warned-that-they-could",
        ),
    ],
)
def test_warner_that_it_would_impose_threatens_whom_it_names(text: str, actor: str, target: str) -> None:
    rows = _threats(text)
    assert any(actor in a and target in t for _, a, t in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        # no warner named before "it": the pronoun is no one, and no threat alerts
        "The minister warned that it would take years to lift the sanctions on Iran.",
    ],
)
def test_warning_without_a_named_warner_stays_quiet(text: str) -> None:
    assert [r for r in _threats(text) if r[0] in ("occurred", "planned")] == [], _threats(text)


def test_named_subject_after_that_keeps_its_reading() -> None:
    """'France warned that Washington would impose sanctions': Washington threatens, not France."""
    rows = _threats("France warned that Washington would impose sanctions on Venezuela.")
    assert rows and all("United States" in a and "France" not in a and "Venezuela" in t for _, a, t in rows), rows
