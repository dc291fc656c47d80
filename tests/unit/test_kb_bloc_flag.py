"""Blocs of states whose names do not say so (``bloc: true`` in the knowledge base).

A bloc that suspends a member state imposes sanctions on it (``is_bloc_of_states``). The check
read a bloc from its English name ("Union", "Community", "Organisation of ... States"), so the
Pacific Islands Forum suspending Fiji, ALBA or the Central American Integration System suspending a
member, or the FATF suspending Russia's membership gave no event. Those bodies are now marked in
the knowledge base, and a watchlist may mark its own. Each sentence below gave no event before.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.events.kbinfo import is_bloc_of_states
from rasd.kb.loader import load_kb
from tests.unit.rule_rows import event_rows


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target"),
    [
        pytest.param("The Pacific Islands Forum suspended Fiji on Saturday.", "en",
                     "Pacific Islands Forum", "Fiji", id="pif-suspends-fiji"),
        pytest.param("The Indian Ocean Commission suspended Madagascar after the coup.", "en",
                     "Indian Ocean Commission", "Madagascar", id="ioc-suspends-madagascar"),
        pytest.param("The Central American Integration System suspended Honduras on Monday.", "en",
                     "Central American Integration System", "Honduras", id="sica-suspends-honduras"),
        pytest.param("The Financial Action Task Force suspended Russia's membership on Friday.", "en",
                     "Financial Action Task Force", "Russia", id="fatf-suspends-russia"),
        pytest.param("علق منتدى جزر المحيط الهادئ عضوية فيجي يوم السبت.", "ar",
                     "Pacific Islands Forum", "Fiji", id="pif-suspends-fiji-ar"),
    ],
)
def test_a_marked_bloc_suspending_a_member_imposes_sanctions(text: str, lang: str, actor: str, target: str) -> None:
    rows = event_rows(text, lang=lang, published=date(2023, 2, 25))
    assert ("sanctions.imposed", "occurred", {actor}, {target}) in rows


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank suspended Uganda on Thursday.",  # a lender, not a bloc of its members
        "FIFA suspended Kenya on Thursday.",  # a sports body
        "Star Alliance suspended Air India on Thursday.",  # an airline alliance
    ],
)
def test_lenders_sports_bodies_and_firms_stay_quiet(text: str) -> None:
    assert event_rows(text, lang="en", published=date(2023, 2, 25)) == []


def test_a_watchlist_may_mark_a_bloc(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "watch.yaml"
    path.write_text(
        "- id: acme:forum\n  type: ORG\n  en: Southern Seas Forum\n  bloc: true\n"
        "- id: acme:club\n  type: ORG\n  en: Southern Seas Club\n",
        encoding="utf-8",
    )
    kb = load_kb([path], builtin=False)
    assert kb.entities["acme:forum"].bloc is True
    assert kb.entities["acme:club"].bloc is False


@pytest.mark.parametrize("entity_id", ["rasd:org:pacific-islands-forum", "rasd:org:alba", "rasd:org:g7", "rasd:org:fatf"])
def test_marked_blocs_are_blocs(entity_id: str) -> None:
    assert is_bloc_of_states(entity_id)
