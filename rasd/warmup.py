"""Readying a long-running process for analysis: what the first article would build is built
before it, and the garbage collector is told what is there to stay.

The entity automaton and both event lexicons take a second or more to build on first use, so a
worker that builds them at start does not make its first article wait for them. Built, they and
the knowledge base are several hundred thousand container objects that live as long as the
process; ``gc.freeze`` moves them to a generation the cyclic collector never walks, so a full
collection in a worker that has run for days walks the caches and the articles in flight, not
the knowledge base again. (A larger first-generation threshold was measured as well and left
out: fewer collections, no gain in articles per CPU-second in steady state.)
"""

from __future__ import annotations

import gc
import logging
import time

from rasd.entities.matcher import get_matcher
from rasd.entities.tagger import tag_entities
from rasd.kb.model import KnowledgeBase

__all__ = ["prepare_analysis", "settle_heap"]

log = logging.getLogger(__name__)

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


def settle_heap() -> int:
    """Freeze what is alive now; returns how many objects are frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
