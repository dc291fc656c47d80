"""Rule sentences for the general causes fixed after the eighty-seventh Arabic held-out set
(``test_heldout87_events_ar.py``): each was written for this test, with other names, states and
wording than the set's articles, and each failed before the fix it pins (the guards excepted:
sentences that must keep their reading)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

ALERTABLE = ("occurred", "planned")

DAY = date(2021, 12, 11)


# --- "أعلنت الفصائل … اندماجها في تشكيل واحد": armed units, the lead's subject, merged into one
# formation named without a military noun ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    pytest.param("أعلنت ستة فصائل مسلحة في شرق ليبيا تابعة للجيش الوطني الليبي، اليوم، حل نفسها "
                 "واندماجها الكامل في كيان جديد.", "Libyan National Army", id="dissolved-into-new-entity"),
    pytest.param("أعلنت عدة كتائب مسلحة في غرب ليبيا موالية لحكومة الوحدة الوطنية، مساء الأحد، "
                 "اندماجها في تشكيل واحد.", "Government of National Unity (Libya)", id="one-formation"),
    pytest.param("أعلنت أربع ميليشيات في إقليم دارفور، أمس، اندماجها في جسم موحد تحت قيادة حركة العدل "
                 "والمساواة.", "Justice and Equality Movement", id="one-body-under-a-movement"),
])
def test_armed_units_merged_into_one_formation(text: str, name: str) -> None:
    rows = _events(text, "forces.integrated")
    assert len(rows) == 1 and name in rows[0][0] + rows[0][1], rows


@pytest.mark.parametrize("text", [
    # guard: parties or firms that merge "في كيان جديد" are no forces
    pytest.param("أعلنت ثلاثة أحزاب معارضة في الأردن، أمس، اندماجها في كيان جديد.", id="parties"),
    pytest.param("أعلنت شركتان للتأمين في السعودية، أمس، اندماجهما في كيان واحد.", id="insurers"),
    # guard: armed units that report another's merger, after "إن"
    pytest.param("وقالت الفصائل في بيان إن شركتي اتصالات تركيتين أعلنتا اندماجهما في كيان جديد في إدلب.",
                 id="units-report-firms-merger"),
])
def test_other_mergers_into_one_entity_are_no_integration(text: str) -> None:
    assert _events(text, "forces.integrated") == []


# --- "مددت لجنة العقوبات … الإعفاء": a sanctions committee's name is no measure extended --------

@pytest.mark.parametrize("text", [
    pytest.param("مددت لجنة العقوبات التابعة لمجلس الأمن الدولي والخاصة بليبيا، أمس، لمدة شهرين "
                 "إضافيين الإعفاء الذي يسمح لمسؤولين ليبيين بالسفر.", id="exemption-extended"),
])
def test_a_committee_extending_an_exemption_extends_no_sanctions(text: str) -> None:
    assert _events(text, "sanctions.extended") == []


@pytest.mark.parametrize("text, target", [
    # guard: a council that extends the sanctions themselves still extends them
    pytest.param("مدد مجلس الأمن الدولي، أمس، لمدة عام العقوبات المفروضة على الصومال.", "Somalia",
                 id="council-extends-sanctions"),
    pytest.param("مدد مجلس الاتحاد الأوروبي، أمس، العقوبات المفروضة على بيلاروس لعام إضافي.", "Belarus",
                 id="eu-extends-sanctions"),
])
def test_sanctions_extended_are_still_read(text: str, target: str) -> None:
    rows = _events(text, "sanctions.extended")
    assert len(rows) == 1 and target in rows[0][1], rows


# --- "بعد أسابيع من الخلاف حول دمج …": a merger argued over is held up, not done -----------------

@pytest.mark.parametrize("text", [
    pytest.param("وتجددت الاشتباكات في طرابلس بعد أشهر من الخلاف حول دمج الكتائب المسلحة في الجيش "
                 "الليبي.", id="after-months-of-dispute"),
    pytest.param("وتعطل تشكيل الحكومة بسبب خلافات حول دمج قوات البيشمركة في الجيش العراقي.",
                 id="held-up-by-disputes"),
])
def test_a_merger_argued_over_is_no_alert(text: str) -> None:
    assert _events(text, "forces.integrated") == []


@pytest.mark.parametrize("text, kind", [
    # guard: an act done despite a dispute over something else is still done
    pytest.param("وقعت مصر والسودان اتفاقية للتعاون العسكري رغم الخلاف حول سد النهضة.", "agreement.signed",
                 id="signed-despite-dispute"),
    pytest.param("وفي ظل الخلاف على الحدود، أعادت الجزائر والمغرب علاقاتهما الدبلوماسية أمس.",
                 "relations.restored", id="restored-amid-dispute"),
    pytest.param("وبعد الخلاف، دمجت الحكومة الكتائب المسلحة في الجيش الليبي أمس.", "forces.integrated",
                 id="merged-after-dispute"),
])
def test_acts_beside_a_dispute_are_still_read(text: str, kind: str) -> None:
    assert len(_events(text, kind)) == 1


def _events(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    """The actors and targets of each alertable event of type ``kind`` read in ``text``."""
    return [([r.name for r in e.actors], [r.name for r in e.targets])
            for e in analyze(text, lang="ar", published=DAY).events
            if e.type == kind and e.status in ALERTABLE]
