"""Rule sentences for the general causes fixed after the eighty-eighth Arabic held-out set
(``test_heldout88_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

ALERTABLE = ("occurred", "planned")

DAY = date(2022, 1, 10)


# --- "سيقترح على الدول الأعضاء فرض عقوبات": a proposal still to be made imposes nothing ---

@pytest.mark.parametrize("text", [
    pytest.param("وقال وزير الخارجية الفرنسي إنه سيقترح على نظرائه الأوروبيين فرض عقوبات على قادة "
                 "المجلس العسكري في مالي.", id="future-proposal-to-peers"),
    pytest.param("أعلنت رئيسة المفوضية أنها ستقترح على الدول الأعضاء فرض حزمة عقوبات جديدة على "
                 "بيلاروسيا.", id="future-proposal-to-members"),
    pytest.param("ويقترح الرئيس الأمريكي على الكونغرس فرض عقوبات على فنزويلا.", id="present-proposal"),
])
def test_a_proposal_ahead_imposes_nothing(text: str) -> None:
    assert _alerts(text, "sanctions.imposed") == [], _alerts(text, "sanctions.imposed")


@pytest.mark.parametrize("text, event_type, status", [
    # guard: a government's own measure announced ahead stays a planned imposition
    pytest.param("وقالت الحكومة إنها ستفرض عقوبات على كوريا الشمالية الأسبوع المقبل.",
                 "sanctions.imposed", "planned", id="own-measure-ahead"),
    # guard: a threat stays a threat
    pytest.param("هدد الاتحاد الأوروبي بفرض عقوبات على قادة المجلس العسكري في مالي.",
                 "sanctions.threatened", "occurred", id="threat"),
])
def test_measures_not_proposed_keep_their_reading(text: str, event_type: str, status: str) -> None:
    assert [e[0] for e in _alerts(text, event_type)] == [status], _alerts(text, event_type)


# --- "ضم مهاجم يلعب في الدوري التونسي": a league's adjective names no party to a deal ---

@pytest.mark.parametrize("text", [
    pytest.param("أعلن نادي الزمالك توصله إلى اتفاق نهائي مع ناديه لضم مهاجم يلعب في الدوري الليبي.",
                 id="club-deal-league-after"),
    pytest.param("اقترب الأهلي من ضم حارس يلعب في الدوري السعودي، بعد التوصل إلى اتفاق مع ناديه على "
                 "قيمة الصفقة.", id="league-before-deal"),
])
def test_a_transfer_deal_is_no_agreement(text: str) -> None:
    assert _alerts(text, "agreement.signed") == [], _alerts(text, "agreement.signed")


@pytest.mark.parametrize("text, partners", [
    # guard: two governments' deal keeps its reading
    pytest.param("توصلت الحكومة الليبية إلى اتفاق مع تونس على إعادة فتح معبر راس جدير.",
                 ["Libya", "Tunisia"], id="governments-deal"),
    # guard: "الدوري" as "periodic" is no league
    pytest.param("وقعت وزارة الشباب والرياضة المصرية مذكرة تفاهم مع نظيرتها الأردنية، في اجتماعها "
                 "الدوري.", ["Egypt", "Jordan"], id="periodic-meeting"),
])
def test_deals_of_states_are_still_read(text: str, partners: list[str]) -> None:
    rows = _alerts(text, "agreement.signed")
    assert len(rows) == 1 and all(p in rows[0][1] for p in partners), rows


def _alerts(text: str, event_type: str) -> list[tuple[str, list[str]]]:
    """The status and the participants of each alertable ``event_type`` event read in ``text``."""
    return [(e.status, [r.name for r in [*e.actors, *e.targets]])
            for e in analyze(text, lang="ar", published=DAY).events
            if e.type == event_type and e.status in ALERTABLE]
