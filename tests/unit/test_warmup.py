"""A worker readies analysis at start: its first article does not wait for the automaton or the
lexicons, and the collector no longer walks what lives as long as the process."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from rasd.analyze import analyze
from rasd.entities import matcher as matcher_module
from rasd.kb.loader import load_kb
from rasd.warmup import prepare_analysis, settle_heap


@pytest.fixture
def restored_collector() -> Iterator[None]:
    """The test process's collector as it was (freezing is for a worker, not for the suite)."""
    yield
    gc.unfreeze()


def test_prepared_process_analyses_its_first_article_without_building_the_automaton(
    restored_collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = load_kb()  # a KB object of its own: no automaton built for it yet
    prepare_analysis(kb)

    def no_build(_kb: object) -> None:
        raise AssertionError("the automaton was built again for the first article")

    monkeypatch.setattr(matcher_module, "EntityMatcher", no_build)
    text = "The European Union extended its sanctions on Belarus for another year on Monday."
    events = analyze(text, lang="en", kb=kb).events
    assert [(e.type, e.status, [a.name for a in e.actors]) for e in events] == [
        ("sanctions.extended", "occurred", ["European Union"])
    ]


def test_settled_heap_takes_the_knowledge_base_out_of_the_collectors_walks(restored_collector: None) -> None:
    kb = load_kb()
    assert any(o is kb.entities for o in gc.get_objects())
    frozen = settle_heap()
    assert frozen == gc.get_freeze_count() > 0
    gc.collect()
    assert not any(o is kb.entities for o in gc.get_objects())  # frozen: no generation holds it
