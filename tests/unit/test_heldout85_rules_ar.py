"""Rule sentences for the general cause fixed after the eighty-fifth Arabic held-out set
(``test_heldout85_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

ALERTABLE = ("occurred", "planned")

DAY = date(2021, 12, 11)


# --- "تقيم علاقات مع الصين وتقطعها مع تايوان": the state dropped is no party of the ties made ---

@pytest.mark.parametrize("text, actor, partner, dropped", [
    pytest.param("جمهورية الدومينيكان تقيم علاقات دبلوماسية مع بكين وتقطعها مع تايبيه",
                 "Dominican Republic", "China", "Taiwan", id="headline-cuts-them"),
    pytest.param("أعادت نيكاراغوا أمس علاقاتها الدبلوماسية مع الصين وقطعت علاقاتها مع تايوان.",
                 "Nicaragua", "China", "Taiwan", id="past-verb-cuts-its-ties"),
])
def test_the_state_dropped_is_no_partner(text: str, actor: str, partner: str, dropped: str) -> None:
    rows = _restorations(text)
    assert len(rows) == 1 and actor in rows[0][0] and partner in rows[0][1], rows
    assert dropped not in rows[0][1], rows


@pytest.mark.parametrize("text, actor, partners", [
    # guard: two partners joined by و are both restored with
    pytest.param("أعادت قطر أمس علاقاتها الدبلوماسية مع مصر والبحرين.", "Qatar", ["Egypt", "Bahrain"],
                 id="two-partners"),
    # guard: a cut of something else than ties ends nothing
    pytest.param("أعادت الكويت أمس علاقاتها الدبلوماسية مع العراق وقطعت الطريق أمام الوسطاء.", "Kuwait",
                 ["Iraq"], id="road-cut-no-ties"),
])
def test_partners_joined_are_still_read(text: str, actor: str, partners: list[str]) -> None:
    rows = _restorations(text)
    assert len(rows) == 1 and actor in rows[0][0] and all(p in rows[0][1] for p in partners), rows


def _restorations(text: str) -> list[tuple[list[str], list[str]]]:
    """The actors and targets of each alertable restoration read in ``text``."""
    return [([r.name for r in e.actors], [r.name for r in e.targets])
            for e in analyze(text, lang="ar", published=DAY).events
            if e.type == "relations.restored" and e.status in ALERTABLE]
