"""Benchmark: entity tagging + event detection on a generated mixed Arabic/English corpus.

Prints, on one core: articles/s of event detection alone (entities precomputed), of tagging +
event detection together (the detect path of the pipeline), and of a naive baseline run side
by side in the same process: one Python ``re`` alternation of every trigger form of both
lexicons over the raw text (it finds trigger words and nothing else: no status, no roles).
Target: >= 1,000 articles/s per core for tagging + events.

    .venv/bin/python -m bench.bench_events [--articles 2000]   (from the repo root)
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from bench.corpus import generate
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()

    from rasd.kb.loader import load_kb

    kb = load_kb()
    articles = list(generate(kb, args.articles))
    langs = [detect_language(text) for text in articles]
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB, mean {megabytes * 1e6 / len(articles):.0f} bytes, "
          f"{Counter(langs)}")
    for lang in ("ar", "en"):
        load_lexicon(lang)  # compiled once per process, not part of the per-article cost
    extract_events(articles[0], langs[0], [], None)  # warm caches the same way for every run

    t = time.perf_counter()
    tagged = [tag_entities(text, kb, lang=lang) for text, lang in zip(articles, langs, strict=True)]
    tag_s = time.perf_counter() - t

    t = time.perf_counter()
    found: Counter[str] = Counter()
    for text, lang, entities in zip(articles, langs, tagged, strict=True):
        for event in extract_events(text, lang, entities, None):
            found[f"{event.type}/{event.status}"] += 1
    events_s = time.perf_counter() - t

    pattern = _naive_pattern()
    t = time.perf_counter()
    naive_hits = sum(len(pattern.findall(text)) for text in articles)
    naive_s = time.perf_counter() - t

    n = len(articles)
    print(f"events only       {n / events_s:9.0f} articles/s  {megabytes / events_s:6.2f} MB/s  "
          f"{sum(found.values())} events")
    print(f"tagging + events  {n / (tag_s + events_s):9.0f} articles/s  "
          f"(tagging {n / tag_s:.0f} articles/s) target >= 1,000 articles/s per core")
    print(f"naive trigger re  {n / naive_s:9.0f} articles/s  {megabytes / naive_s:6.2f} MB/s  {naive_hits} trigger hits")
    print(f"ratio events/naive: {naive_s / events_s:.2f}x the naive baseline's speed "
          f"(the baseline only finds trigger words)")
    print("events by type/status:", dict(found.most_common()))


if __name__ == "__main__":
    main()
