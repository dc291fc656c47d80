"""Rule sentences for the general causes found by the seventy-fourth Arabic held-out set
(``test_heldout74_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2022, 5, 18)
ALERTABLE = ("occurred", "planned")


_events = partial(event_rows, lang="ar", published=DAY)


# --- a coalition of firms, qualified before its members are named, is no alliance ---

@pytest.mark.parametrize("text", [
    pytest.param("أعلنت شركة الاتصالات السعودية انضمامها إلى تحالف عالمي من شركات التقنية لتطوير شبكات الجيل "
                 "السادس.", id="firms"),
    pytest.param("أعلنت الشركة السعودية للكهرباء انضمامها إلى تحالف دولي من شركات الطاقة لإنتاج الهيدروجين.",
                 id="state-named-firm"),
    pytest.param("«السعودية للكهرباء» تنضم إلى تحالف لإنتاج الهيدروجين الأخضر.", id="firm-by-its-trade"),
])
def test_a_coalition_of_firms_is_no_alliance(text: str) -> None:
    rows = _events(text)
    assert not any(st in ALERTABLE for _, st, _, _ in rows), rows


@pytest.mark.parametrize("text, actor", [
    pytest.param("انضمت السويد إلى حلف شمال الأطلسي رسميا أمس.", "Sweden", id="nato"),
    pytest.param("انضمت مصر إلى التحالف الدولي ضد داعش، وهو ما رحب به عدد من الشركات.", "Egypt",
                 id="firms-further-off"),
    pytest.param("وقال وزير الطاقة إن انضمام السعودية إلى التحالف الدولي جاء بعد مشاورات.", "Saudi Arabia",
                 id="state-after-a-minister"),
])
def test_an_alliance_of_states_still_joined(text: str, actor: str) -> None:
    rows = _events(text)
    assert any(t == "alliance.joined" and st == "occurred" and actor in a for t, st, a, _ in rows), rows
