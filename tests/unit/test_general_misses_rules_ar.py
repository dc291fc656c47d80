"""Rule sentences (Arabic) for the general causes fixed in the general-misses round of 2026-12-07
(see ``test_general_misses_rules_en.py``): an accord whose parties are two blocs of states and no
state ("وقع الاتحاد الأفريقي والاتحاد الأوروبي اتفاقية …") is an accord of their member states,
as it now is in English; one bloc signing a contract alone is none. Each sentence was written for
this test, and each positive failed before the fix; the guards keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import alert_rows

DAY = date(2023, 10, 18)


def _alerts(text: str, kind: str) -> list[tuple[str, set[str]]]:
    return [(r[1], r[2] | r[3]) for r in alert_rows(text, lang="ar", published=DAY) if r[0] == kind]


# --- an accord of two blocs of states is an accord of states ---


@pytest.mark.parametrize(
    ("text", "blocs"),
    [
        pytest.param(
            "وقع الاتحاد الأفريقي والاتحاد الأوروبي اتفاقية للتعاون في مجال الهجرة أمس في أبيدجان.",
            {"African Union", "European Union"},
            id="two-unions",
        ),
        pytest.param(
            "وقع مجلس التعاون لدول الخليج العربية ورابطة دول جنوب شرق آسيا اتفاقية للتجارة الحرة في "
            "الرياض أمس.",
            {"Gulf Cooperation Council", "ASEAN"},
            id="gulf-and-asean",
        ),
    ],
)
def test_an_accord_of_two_blocs_is_an_accord_of_states(text: str, blocs: set[str]) -> None:
    signed = _alerts(text, "agreement.signed")
    assert signed and signed[0][0] == "occurred" and blocs <= signed[0][1]


def test_one_bloc_alone_signs_no_accord() -> None:
    assert not _alerts("وقع الاتحاد الأفريقي عقد إيجار لمقره الجديد في أديس أبابا أمس.", "agreement.signed")
