"""Benchmark: entity tagging + event detection on a generated mixed Arabic/English corpus.

Prints, on one core: articles/s of event detection alone (entities precomputed), of tagging +
event detection together (the detect path of the pipeline), and of a naive baseline run side
by side in the same process: one Python ``re`` alternation of every trigger form of both
lexicons over the raw text (it finds trigger words and nothing else: no status, no roles).
Target: >= 1,000 articles/s per core for tagging + events.

    .venv/bin/python -m bench.bench_events [--articles 2000] [--rounds 2]   (from the repo root)

Each round prints articles per second of wall time and per CPU-second of this process
(``time.process_time``): on a shared machine the CPU figure is the one to compare.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from bench.corpus import corpus
from rasd.build import core_build
from rasd.entities.tagger import tag_entities
from rasd.events import extract_events
from rasd.events.lexicon import load_lexicon
from rasd.text.langid import detect_language


def _naive_pattern() -> re.Pattern[str]:
    forms: set[str] = set()
    for lang in ("ar", "en"):
        for specs in load_lexicon(lang).triggers.values():
            for spec in specs:
                forms.add(" ".join(spec.words))
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)


def _timed(fn):
    """(result, wall seconds, CPU seconds of this process) of ``fn()``: the machine is shared,
    so CPU time per article is the figure to compare; wall time is printed beside it."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", choices=("generated", "real"), default="generated",
                        help="generated articles, or the real ones of ../shared/gold repeated")
    parser.add_argument("--rounds", type=int, default=2, help="measure this many times in a row")
    args = parser.parse_args()

    from rasd.events.kbinfo import capital_state
    from rasd.kb.loader import load_kb

    kb = load_kb()
    articles = corpus(kb, args.articles, args.corpus)
    langs = [detect_language(text) for text in articles]
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    n = len(articles)
    print(f"analysis core: {core_build()}")
    print(f"corpus: {n} articles, {megabytes:.2f} MB, mean {megabytes * 1e6 / n:.0f} bytes, {Counter(langs)}")
    for lang in ("ar", "en"):
        load_lexicon(lang)  # compiled once per process, not part of the per-article cost
    capital_state("rasd:place:damascus")  # the KB facts the event stage asks for, loaded once
    extract_events(articles[0], langs[0], [], None)  # warm caches the same way for every run
    pattern = _naive_pattern()

    def tag_all():
        return [tag_entities(text, kb, lang=lang) for text, lang in zip(articles, langs, strict=True)]

    def events_all(tagged):
        found: Counter[str] = Counter()
        for text, lang, entities in zip(articles, langs, tagged, strict=True):
            for event in extract_events(text, lang, entities, None):
                found[f"{event.type}/{event.status}"] += 1
        return found

    for round_no in range(1, args.rounds + 1):
        tagged, tag_wall, tag_cpu = _timed(tag_all)
        found, ev_wall, ev_cpu = _timed(lambda tagged=tagged: events_all(tagged))
        naive_hits, nv_wall, nv_cpu = _timed(lambda: sum(len(pattern.findall(text)) for text in articles))
        print(f"--- round {round_no} (articles/s wall | per CPU-second)")
        print(f"events only       {n / ev_wall:7.0f} | {n / ev_cpu:7.0f}   {megabytes / ev_cpu:6.2f} MB/CPU-s  "
              f"{sum(found.values())} events")
        print(f"tagging           {n / tag_wall:7.0f} | {n / tag_cpu:7.0f}")
        print(f"tagging + events  {n / (tag_wall + ev_wall):7.0f} | {n / (tag_cpu + ev_cpu):7.0f}   "
              f"target >= 1,000 articles per CPU-second")
        print(f"naive trigger re  {n / nv_wall:7.0f} | {n / nv_cpu:7.0f}   {naive_hits} trigger hits")
        print(f"ratio to the naive baseline (CPU): events {nv_cpu / ev_cpu:.2f}x, "
              f"tagging + events {nv_cpu / (tag_cpu + ev_cpu):.2f}x (the baseline only finds trigger words)")
    print("events by type/status:", dict(found.most_common()))


if __name__ == "__main__":
    main()
