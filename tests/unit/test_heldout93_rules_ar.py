"""Rule sentences for the general causes fixed after the ninety-third Arabic held-out set
(``test_heldout93_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

DAY = date(2021, 5, 4)


# --- "عقوبات على شركة «…» وشركتها الأم الصينية": the firm's home after its owner's pronoun ---

@pytest.mark.parametrize("text, home", [
    pytest.param("فرضت بريطانيا أمس عقوبات على شركة «ألفا للشحن» وشركتها الأم الصينية.", "China",
                 id="parent-firm"),
    pytest.param("أدرج الاتحاد الأوروبي رجل الأعمال سامر فوز وشركته التركية على قائمة العقوبات.", "Turkey",
                 id="a-businessman-and-his-firm"),
])
def test_a_firms_home_after_its_owners_pronoun_is_no_target(text: str, home: str) -> None:
    rows = _events(text, "sanctions.imposed")
    assert rows and all(home not in r[3] for r in rows), rows


@pytest.mark.parametrize("text, target", [
    # guards: a state's government and a state named with its firms stay the targets
    pytest.param("فرضت الولايات المتحدة أمس عقوبات على الحكومة الروسية وشركاتها.", "Russia", id="government"),
    pytest.param("فرضت اليابان عقوبات على إيران وشركاتها.", "Iran", id="state-and-its-firms"),
])
def test_a_state_with_its_firms_stays_the_target(text: str, target: str) -> None:
    assert any(target in r[3] for r in _events(text, "sanctions.imposed"))


# --- a headline's measure on a firm the knowledge base lacks, beside a denial of measures on others ---

@pytest.mark.parametrize("text, actor", [
    pytest.param("لندن تفرض عقوبات على «بلو ريفر» لتجارة الذهب\n\nفرضت وزارة الخارجية البريطانية، أمس "
                 "الثلاثاء، عقوبات على شركة «بلو ريفر» لتجارة الذهب، متهمة إياها بتمويل مجموعات مسلحة. ولم "
                 "تفرض بريطانيا حتى الآن أي عقوبات على وزراء في الحكومة الحالية.",
                 "United Kingdom", id="state-and-its-ministry"),
    pytest.param("كندا تفرض عقوبات على «نورث ستار للتعدين»\n\nفرضت وزارة الخارجية الكندية، أمس، عقوبات على "
                 "شركة «نورث ستار للتعدين» العاملة في ميانمار. ولم تفرض الوزارة في الحزمة الجديدة أي عقوبات "
                 "على مسؤولين حكوميين في نايبيداو.",
                 "Canada", id="denial-of-any-measure"),
])
def test_a_headlines_measure_stays_beside_a_denial_on_others(text: str, actor: str) -> None:
    occurred = [r for r in _events(text, "sanctions.imposed") if r[1] == "occurred"]
    assert len(occurred) == 1 and actor in occurred[0][2], occurred


def test_the_state_and_its_ministry_are_one_measure() -> None:
    text = ("لندن تفرض عقوبات على «بلو ريفر» لتجارة الذهب\n\nفرضت وزارة الخارجية البريطانية، أمس الثلاثاء، "
            "عقوبات على شركة «بلو ريفر» لتجارة الذهب، متهمة إياها بتمويل مجموعات مسلحة.")
    occurred = [r for r in _events(text, "sanctions.imposed") if r[1] == "occurred"]
    assert len(occurred) == 1 and "United Kingdom" in occurred[0][2], occurred


def test_two_states_measures_on_unknown_firms_stay_two() -> None:
    # guard: the fold is for one state and its body, not for another state's measure
    text = "فرضت بريطانيا أمس عقوبات على شركة «ألفا للشحن». وفرضت كندا في اليوم نفسه عقوبات على شركة «بيتا للتعدين»."
    actors = {r[2][0] for r in _events(text, "sanctions.imposed") if r[1] == "occurred"}
    assert actors == {"United Kingdom", "Canada"}, actors


def _events(text: str, kind: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, status, actors, targets) of each event of type ``kind`` read in ``text``."""
    return [(e.type, e.status, [a.name for a in e.actors], [t.name for t in e.targets])
            for e in analyze(text, lang="ar", published=DAY).events if e.type == kind]


# --- "جان إيف لو دريان": the "لو" of a person's name is the French article, not "if" ---

@pytest.mark.parametrize("text, kind, status, actor", [
    pytest.param("وقال وزير الخارجية الفرنسي جان إيف لو دريان إن قوات فرنسية موجودة في مالي.",
                 "military.presence", "occurred", "France", id="le-drian-troops-present"),
    pytest.param("أعلن وزير الاقتصاد الفرنسي برونو لو مير أن فرنسا وقعت اتفاقا مع المغرب.",
                 "agreement.signed", "occurred", "France", id="le-maire-signed"),
    pytest.param("قال جان إيف لو دريان إن فرنسا ستفرض عقوبات على المسؤولين عن عرقلة الانتخابات في ليبيا.",
                 "sanctions.imposed", "planned", "France", id="le-drian-plan-not-threat"),
])
def test_lo_inside_a_name_sets_no_condition(text: str, kind: str, status: str, actor: str) -> None:
    assert any(r[1] == status and actor in r[2] for r in _events(text, kind)), _events(text, kind)


def test_lo_before_a_verb_stays_a_condition() -> None:
    # guard: "لو فرضت" is "if … imposed", no imposition
    text = "قال الوزير إنه لو فرضت واشنطن عقوبات على تركيا فسترد أنقرة."
    assert not [r for r in _events(text, "sanctions.imposed") if r[1] == "occurred"]
