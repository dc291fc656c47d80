"""The sanctions a verb of more measures acts on are its object. "Russia expanded trade with China
despite sanctions" and «وسعت روسيا تجارتها مع الهند رغم العقوبات» grow trade in spite of sanctions:
nobody imposed anything, though "expanded" and «وسعت» do impose when the sanctions are what grows.
And in English the verbs that tell of harder measures ("stepped up", "toughened") impose more of
them, as "tightened" did."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2024, 6, 3)
_en = partial(event_rows, lang="en", published=DAY)
_ar = partial(event_rows, lang="ar", published=DAY)


@pytest.mark.parametrize("text", [
    "Russia expanded trade with China despite sanctions.",
    "Iran tightened its grip on the economy despite sanctions.",
    "Venezuela has expanded oil exports to Asia in spite of US sanctions.",
    "Moscow stepped up efforts to evade Western sanctions, the report said.",
    "North Korea intensified its missile tests despite UN sanctions.",
])
def test_what_grows_in_spite_of_sanctions_imposes_nothing(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize("text", [
    "وسعت روسيا تجارتها مع الهند رغم العقوبات الغربية.",
    "وسعت إيران جهودها للتحايل على العقوبات الأمريكية.",
    "شددت كوريا الشمالية قبضتها على الحدود على الرغم من العقوبات الدولية.",
    "كثفت فنزويلا صادراتها النفطية إلى آسيا متحدية العقوبات الأمريكية.",
    "عززت روسيا علاقاتها التجارية مع الصين للالتفاف على العقوبات.",
])
def test_what_grows_in_spite_of_sanctions_imposes_nothing_in_arabic(text: str) -> None:
    assert _ar(text) == []


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("The United States stepped up sanctions on North Korea on Thursday.", "United States", "North Korea"),
    ("Japan toughened its sanctions on Russia on Friday.", "Japan", "Russia"),
    ("Britain strengthened its sanctions against Iran on Monday.", "United Kingdom", "Iran"),
    ("Canada ramped up sanctions on Myanmar's military on Tuesday.", "Canada", "Myanmar"),
    # (the guards: the verbs that already imposed still do)
    ("The European Union expanded its sanctions on Iran on Monday.", "European Union", "Iran"),
    ("Washington tightened sanctions on Venezuela on Friday.", "United States", "Venezuela"),
])
def test_harder_measures_are_imposed(text: str, actor: str, target: str) -> None:
    rows = _en(text)
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
    assert actor in rows[0][2] and target in rows[0][3], rows


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("شددت الولايات المتحدة العقوبات على إيران أمس.", "United States", "Iran"),
    ("وسع الاتحاد الأوروبي عقوباته على روسيا أمس.", "European Union", "Russia"),
    ("وسعت كندا نطاق العقوبات على ميانمار رغم اعتراض الصين.", "Canada", "Myanmar"),
])
def test_sanctions_tightened_in_arabic_are_still_imposed(text: str, actor: str, target: str) -> None:
    rows = _ar(text)
    assert [r[:2] for r in rows] == [("sanctions.imposed", "occurred")], rows
    assert actor in rows[0][2] and target in rows[0][3], rows


def test_a_ban_strengthened_at_home_is_no_sanction() -> None:
    assert _en("The city council strengthened its ban on smoking in parks on Monday.") == []


@pytest.mark.parametrize("text", [
    "فرضت العقوبات الأمريكية أعباء ثقيلة على الاقتصاد الإيراني.",
    "شددت العقوبات الأوروبية الخناق على الاقتصاد الروسي خلال العام الماضي.",
    "وسعت العقوبات الأمريكية النفوذ الصيني في فنزويلا.",
])
def test_sanctions_that_did_something_are_no_imposition_in_arabic(text: str) -> None:
    assert _ar(text) == []


@pytest.mark.parametrize(("text", "target"), [
    ("قالت واشنطن إنها فرضت العقوبات على إيران أمس.", "Iran"),
    ("فرضت العقوبات الأمريكية الجديدة على إيران مطلع الشهر.", "Iran"),
    ("أعادت الولايات المتحدة فرض العقوبات النفطية على فنزويلا اليوم.", "Venezuela"),
    ("وفرضت العقوبات مجددا على كوريا الشمالية الأحد.", "North Korea"),
])
def test_sanctions_imposed_right_after_the_verb_still_are(text: str, target: str) -> None:
    rows = _ar(text)
    assert [r[0] for r in rows] == ["sanctions.imposed"], rows
    assert target in rows[0][3], rows
