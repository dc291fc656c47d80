"""Rule sentences for the general causes found by the seventy-seventh Arabic held-out set
(``test_heldout77_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2023, 6, 20)
ALERTABLE = ("occurred", "planned")
THREE_SEAS = "Three Seas Initiative"


_ar_events = partial(event_rows, lang="ar", published=DAY)
_en_events = partial(event_rows, lang="en", published=DAY)


# --- the Three Seas Initiative is a body states join (knowledge base) ---

@pytest.mark.parametrize("text, state", [
    pytest.param("انضمت النمسا رسميا، أمس الثلاثاء، إلى مبادرة البحار الثلاث لتصبح أحدث الدول المشاركة فيها.", "Austria",
                 id="alias-three"),
    pytest.param("ستنضم سلوفينيا إلى «مبادرة البحار الثلاثة» في القمة المقبلة بمدينة ريغا.", "Slovenia",
                 id="quoted-planned"),
])
def test_the_three_seas_initiative_is_joined_ar(text: str, state: str) -> None:
    rows = _ar_events(text)
    assert any(t == "alliance.joined" and st in ALERTABLE and state in a and THREE_SEAS in g
               for t, st, a, g in rows), rows


def test_the_three_seas_initiative_is_joined_en() -> None:
    rows = _en_events("Austria joined the Three Seas Initiative on Tuesday as its newest participating state.")
    assert any(t == "alliance.joined" and st == "occurred" and "Austria" in a and THREE_SEAS in g
               for t, st, a, g in rows), rows


@pytest.mark.parametrize("text", [
    pytest.param("انضم البحار التركي إلى طاقم سفينة شحن تعبر البحار الثلاثة في رحلة تستمر شهرين.", id="sailor"),
    pytest.param("The swimmer joined a relay across the three seas that meet near the cape.", id="swimmer"),
])
def test_three_seas_in_a_plain_sense_is_no_body(text: str) -> None:
    rows = (_en_events if text.isascii() else _ar_events)(text)
    assert not any(THREE_SEAS in a | g for _, _, a, g in rows), rows


# --- the object of a verb of threat ("هدد X Y بفرض عقوبات") is the one threatened, no second actor ---

@pytest.mark.parametrize("text, actor, target", [
    pytest.param("هددت الولايات المتحدة تركيا أمس بفرض عقوبات إذا مضت في صفقة الصواريخ.", "United States", "Turkey",
                 id="day-after-object"),
    pytest.param("هدد الاتحاد الأوروبي صربيا بعقوبات اقتصادية إذا لم تلتزم بالحوار.", "European Union", "Serbia",
                 id="bare-sanctions"),
    pytest.param("وتوعدت واشنطن كوبا بالعقوبات إذا واصلت دعم الحكومة الفنزويلية.", "United States", "Cuba",
                 id="promised"),
])
def test_the_object_of_a_threat_is_its_target(text: str, actor: str, target: str) -> None:
    rows = _ar_events(text)
    assert any(t == "sanctions.threatened" and st == "occurred" and actor in a and target in g
               and target not in a for t, st, a, g in rows), rows


@pytest.mark.parametrize("text, actors", [
    pytest.param("هددت الولايات المتحدة وبريطانيا بفرض عقوبات على إيران.", {"United States", "United Kingdom"},
                 id="two-subjects"),
])
def test_joined_subjects_of_a_threat_stay_actors(text: str, actors: set[str]) -> None:
    rows = _ar_events(text)
    assert any(t == "sanctions.threatened" and actors <= a and "Iran" in g for t, st, a, g in rows), rows
