"""Readying a long-running process for analysis: what the first article would build is built
before it, and the garbage collector is told what is there to stay.

The entity automaton and both event lexicons take a second or more to build on first use, so a
worker that builds them at start does not make its first article wait for them. Built, they and
the knowledge base are several hundred thousand container objects that live as long as the
process, and the cyclic garbage collector would walk them again at every full collection:
``gc.freeze`` moves them to a generation it never walks.

Each article then allocates many short-lived containers (tokens, candidates, role lists) and
adds entries to the lexicons' word caches. With CPython's default first-generation threshold
(700 net allocations) a collection runs several times per article and promotes whatever is
alive at that moment; a larger threshold lets most of an article's containers die by reference
counting first. Garbage in cycles waits a little longer for its collection: a few thousand
objects at most. ``python -m bench.analyzer --gc-default`` measures the analyzer without these
settings, beside the default run that has them.
"""

from __future__ import annotations

import gc
import logging
import time

from rasd.entities.matcher import get_matcher
from rasd.entities.tagger import tag_entities
from rasd.kb.model import KnowledgeBase

__all__ = ["GEN0_THRESHOLD", "prepare_analysis", "settle_heap"]

log = logging.getLogger(__name__)

GEN0_THRESHOLD = 10_000

# One sentence per language with a trigger and entities: analysing them runs every lazy step an
# article with an event would (the lexicon's screen and caches, the extractor's tables).
_WARM_TEXTS = (
    ("en", "The United States imposed sanctions on Syria on Monday."),
    ("ar", "فرضت الولايات المتحدة عقوبات على سوريا يوم الاثنين."),
)


def prepare_analysis(kb: KnowledgeBase) -> float:
    """Build the automaton of ``kb`` and both lexicons, analyse one sentence per language, then
    settle the heap; returns the seconds it took."""
    from rasd.events import extract_events  # the extractor pulls in the lexicons: the slow part

    started = time.perf_counter()
    get_matcher(kb)
    for lang, text in _WARM_TEXTS:
        extract_events(text, lang, tag_entities(text, kb, lang=lang), None)
    frozen = settle_heap()
    seconds = time.perf_counter() - started
    log.info("analysis ready in %.2f s (%d long-lived objects moved out of the collector's walks)", seconds, frozen)
    return seconds


def settle_heap(gen0: int = GEN0_THRESHOLD) -> int:
    """Freeze what is alive now and raise the first-generation threshold to at least ``gen0``;
    returns how many objects are frozen."""
    gc.collect()
    gc.freeze()
    current, gen1, gen2 = gc.get_threshold()
    if current:  # (0: collection switched off by whoever runs the process, left so)
        gc.set_threshold(max(current, gen0), gen1, gen2)
    return gc.get_freeze_count()
