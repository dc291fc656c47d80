"""Benchmark: entity tagging alone on a generated mixed Arabic/English corpus.

Prints KB load + automaton compile time, articles/s and MB/s of the tagger on one core, the
same figures for a naive baseline run side by side (one Python ``re`` alternation over the same
normalised aliases, longest-first, on the normalised text), their ratio, and peak memory.
Targets: >= 2,000 articles/s, KB load < 2 s, memory < 200 MB.

    .venv/bin/python -m bench.bench_tagging [--articles 2000]   (from the repo root)
"""

from __future__ import annotations

import argparse
import re
import resource
import time

from bench.corpus import generate
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
    args = parser.parse_args()

    t0 = time.perf_counter()
    from rasd.kb.loader import load_kb

    kb = load_kb()
    t1 = time.perf_counter()
    matcher = get_matcher(kb)
    t2 = time.perf_counter()
    print(f"KB: {len(kb.entities)} entities, {len(kb.offices)} offices, {matcher.size} keys")
    print(f"KB load {t1 - t0:.3f} s + automaton compile {t2 - t1:.3f} s = {t2 - t0:.3f} s (target < 2 s)")

    articles = list(generate(kb, args.articles))
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB, mean {megabytes * 1e6 / len(articles):.0f} bytes")

    t = time.perf_counter()
    mentions = 0
    for text in articles:
        for r in tag_entities(text, kb, lang=detect_language(text)):
            mentions += len(r.mentions)
    tagger_s = time.perf_counter() - t

    pattern = _naive_pattern(kb)
    t = time.perf_counter()
    naive_mentions = sum(len(pattern.findall(normalize(text).text)) for text in articles)
    naive_s = time.perf_counter() - t

    for label, seconds, found in (("tagger", tagger_s, mentions), ("naive re", naive_s, naive_mentions)):
        print(f"{label:<9} {len(articles) / seconds:9.0f} articles/s  {megabytes / seconds:6.2f} MB/s  "
              f"{found} mentions")
    print(f"ratio tagger/naive: {naive_s / tagger_s:.1f}x faster (target >= 2,000 articles/s)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
