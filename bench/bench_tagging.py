"""Benchmark: entity tagging alone on a generated mixed Arabic/English corpus.

Prints KB load + automaton compile time, articles/s and MB/s of the tagger on one core, the
same figures for a naive baseline run side by side (one Python ``re`` alternation over the same
normalised aliases, longest-first, on the normalised text), their ratio, and peak memory.
Targets: >= 2,000 articles/s, KB load < 2 s, memory < 200 MB.

Rates are given per wall-clock second and per CPU second of this process: on a machine shared
with other work the CPU figure is the fairer "per core" one (the ratio uses wall time for
both runs). A breakdown per stage (language id, normalisation, tagging) follows.

    .venv/bin/python -m bench.bench_tagging [--articles 2000]   (from the repo root)
"""

from __future__ import annotations

import argparse
import re
import resource
import time

from bench.corpus import corpus
from rasd.entities.matcher import get_matcher
from rasd.entities.tagger import tag_entities
from rasd.text.langid import detect_language
from rasd.text.normalize import normalize, normalize_alias


def _naive_pattern(kb) -> re.Pattern[str]:
    aliases: set[str] = set()
    for e in kb.entities.values():
        for name in (e.name_en, e.name_ar):
            if name:
                aliases.add(normalize_alias(name))
        for group in (e.aliases, e.ambiguous, e.demonyms):
            for values in group.values():
                aliases.update(normalize_alias(a) for a in values)
    ordered = sorted((a for a in aliases if len(a) > 1), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", choices=("generated", "real"), default="generated",
                        help="generated articles, or the real ones of ../shared/gold repeated")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from rasd.kb.loader import load_kb

    kb = load_kb()
    t1 = time.perf_counter()
    matcher = get_matcher(kb)
    t2 = time.perf_counter()
    print(f"KB: {len(kb.entities)} entities, {len(kb.offices)} offices, {matcher.size} keys")
    print(f"KB load {t1 - t0:.3f} s + automaton compile {t2 - t1:.3f} s = {t2 - t0:.3f} s (target < 2 s)")

    articles = corpus(kb, args.articles, args.corpus)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB, mean {megabytes * 1e6 / len(articles):.0f} bytes")

    t, c = time.perf_counter(), time.process_time()
    mentions = 0
    for text in articles:
        for r in tag_entities(text, kb, lang=detect_language(text)):
            mentions += len(r.mentions)
    tagger_s, tagger_cpu = time.perf_counter() - t, time.process_time() - c

    pattern = _naive_pattern(kb)
    t, c = time.perf_counter(), time.process_time()
    naive_mentions = sum(len(pattern.findall(normalize(text).text)) for text in articles)
    naive_s, naive_cpu = time.perf_counter() - t, time.process_time() - c

    runs = (("tagger", tagger_s, tagger_cpu, mentions), ("naive re", naive_s, naive_cpu, naive_mentions))
    for label, seconds, cpu, found in runs:
        print(f"{label:<9} {len(articles) / seconds:9.0f} articles/s  {megabytes / seconds:6.2f} MB/s  "
              f"({len(articles) / cpu:.0f} articles per CPU second)  {found} mentions")
    print(f"ratio tagger/naive: {naive_s / tagger_s:.1f}x faster (target >= 2,000 articles/s)")
    _stages(kb, articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB (target < 200 MB)")


def _stages(kb, articles: list[str]) -> None:
    """CPU milliseconds per article of each stage, each timed on its own."""
    def cpu_ms(step) -> float:  # type: ignore[no-untyped-def]
        c = time.process_time()
        for text in articles:
            step(text)
        return (time.process_time() - c) * 1e3 / len(articles)

    langs = {text: detect_language(text) for text in articles}
    copies = {text: normalize(text) for text in articles}
    figures = {
        "language id": cpu_ms(detect_language),
        "normalise": cpu_ms(normalize),
        "tag (given the copy)": cpu_ms(lambda text: tag_entities(text, kb, lang=langs[text], nt=copies[text])),
    }
    print("per stage, CPU ms/article: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
