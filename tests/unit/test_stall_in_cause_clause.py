"""A failure told as the cause of an act is not the act's stall (English, and Arabic causes).

"ECOWAS imposed sanctions on Mali after the junta failed to present a timetable" reports sanctions
imposed; the failure is the junta's. Before this rule a stall cue anywhere in the sentence
("failed", "collapsed", "stalled") made the imposition *stalled*, so the news raised no alert. The
stall belongs to the act only where the act is no finite verb: talks on a step, efforts to take
it, or a step named by a noun, whose stall is the sentence's own news. In Arabic a stall after
"بعد" or "وسط" was already the backdrop's; "بسبب", "إثر", "جراء", "نتيجة" and "على خلفية" now are
too. Each positive sentence failed before the rule; the guards stayed as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2021, 5, 3)


def _statuses(text: str, kind: str) -> list[str]:
    return [r[1] for r in event_rows(text, lang="en", published=DAY) if r[0] == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The European Union imposed sanctions on Belarus on Monday after Minsk failed to release the detained journalist.",
            "sanctions.imposed", id="imposed-after-failed",
        ),
        pytest.param(
            "The United States imposed new sanctions on Nicaragua because talks with the opposition collapsed.",
            "sanctions.imposed", id="imposed-because-collapsed",
        ),
        pytest.param(
            "The African Union suspended Guinea on Sunday after the junta failed to set a date for elections.",
            "sanctions.imposed", id="bloc-suspends-after-failed",
        ),
        pytest.param(
            "Washington extended its sanctions on South Sudan's leaders on Friday amid stalled peace talks.",
            "sanctions.extended", id="extended-amid-stalled",
        ),
        pytest.param(
            "Britain imposes sanctions on Zimbabwean officials as talks on reform break down.",
            "sanctions.imposed", id="headline-present-as-break-down",
        ),
        pytest.param(
            "Canada and the European Union signed the trade agreement on Sunday after talks with Wallonia collapsed twice.",
            "agreement.signed", id="signed-after-collapsed",
        ),
    ],
)
def test_a_failure_told_as_the_cause_leaves_the_act_alertable(text: str, kind: str) -> None:
    assert _statuses(text, kind) == ["occurred"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Talks on lifting the sanctions on Iran stalled on Monday.", "sanctions.lifted", id="talks-stalled"),
        pytest.param(
            "Efforts to lift the sanctions on Iran after the election stalled on Monday.",
            "sanctions.lifted", id="infinitive-in-subject",
        ),
        pytest.param(
            "The lifting of sanctions on Iran after the vote has stalled.", "sanctions.lifted", id="noun-in-subject",
        ),
    ],
)
def test_a_step_whose_own_stall_is_the_news_stays_stalled(text: str, kind: str) -> None:
    assert _statuses(text, kind) == ["stalled"]


def test_a_denied_act_with_a_failure_as_cause_stays_negated() -> None:
    text = "The United States has not lifted sanctions on Iran after talks collapsed."
    assert _statuses(text, "sanctions.lifted") == ["negated"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("علق الاتحاد الأفريقي عضوية غينيا بسبب تعثر المرحلة الانتقالية.", "sanctions.imposed",
                     id="ar-because-of"),
        pytest.param("فرض الاتحاد الأوروبي عقوبات على بيلاروس إثر انهيار المفاوضات.", "sanctions.imposed",
                     id="ar-following"),
        pytest.param("فرضت كندا عقوبات على نيكاراغوا جراء تعثر الحوار مع المعارضة.", "sanctions.imposed",
                     id="ar-as-a-result-of"),
        pytest.param("جمدت بريطانيا أصول مسؤولين في ميانمار على خلفية فشل المحادثات.", "sanctions.imposed",
                     id="ar-against-the-backdrop"),
    ],
)
def test_arabic_a_failure_told_as_the_cause_leaves_the_act_alertable(text: str, kind: str) -> None:
    assert [r[1] for r in event_rows(text, lang="ar", published=DAY) if r[0] == kind] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "تعثرت المحادثات بشأن رفع العقوبات عن إيران بسبب الخلاف على الضمانات.",
        "تعثرت مساعي رفع العقوبات عن إيران إثر انهيار المفاوضات.",
    ],
)
def test_arabic_a_step_whose_own_stall_is_the_news_stays_stalled(text: str) -> None:
    rows = event_rows(text, lang="ar", published=DAY)
    assert [r[1] for r in rows if r[0] == "sanctions.lifted"] == ["stalled"]
