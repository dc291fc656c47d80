"""Rule sentences for the cause found by the eighty-third English held-out set
(``test_heldout83_events_en``): the present perfect with "already" right before a sanctions verb
("Canada and Britain have both already imposed asset freezes on ...") tells measures in force
before the news, told beside it, so it is historical and raises no alert; while the day's act
stays news, also in a sentence that adds what was "already" done in a participle ("imposed
sanctions on Tuesday, having already sanctioned ..."), and a present perfect without "already".
Each was written for this test (other states, bodies and wording than the articles'), and each
failed before the fix it pins; the guards (the same words in their alertable sense) stay as they
were."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.unit.rule_rows import alert_rows, event_rows

DAY = date(2025, 4, 14)


_events = partial(event_rows, lang="en", published=DAY)

_alerts = partial(alert_rows, lang="en", published=DAY)


# --- the present perfect with "already": measures in force before the news -------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Canada and Britain have both already imposed asset freezes on two Haitian gang leaders.",
            id="have-both-already-imposed",
        ),
        pytest.param(
            "Switzerland has already imposed a travel ban on the junta's leaders in Niamey.",
            id="has-already-imposed",
        ),
        pytest.param(
            "Japan has already sanctioned four Myanmar generals, the ministry said.",
            id="has-already-sanctioned",
        ),
    ],
)
def test_already_imposed_is_background(text: str) -> None:
    events = _events(text)
    assert events and all(status == "historical" for _, status, _, _ in events), events
    assert _alerts(text) == [], _alerts(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Norway imposed sanctions on Tuesday on three Sudanese commanders, having already "
            "sanctioned two of their companies.",
            "Norway",
            id="guard-the-day-act-beside-a-participle-with-already",
        ),
        pytest.param(
            "Japan has imposed sanctions on four Myanmar generals, the ministry said on Monday.",
            "Japan",
            id="guard-present-perfect-without-already",
        ),
    ],
)
def test_the_day_act_stays_news(text: str, actor: str) -> None:
    rows = _alerts(text)
    assert any(
        kind == "sanctions.imposed" and status == "occurred" and actor in actors
        for kind, status, actors, _ in rows
    ), rows
