"""Resident memory of the analyzer with the full knowledge base over many articles.

Runs in its own process (``python -m bench.memory --articles N``, JSON lines out): loads the
KB, then tags and extracts events from N generated articles (never held all at once),
sampling RSS every ``--every`` articles. A leak shows as growth between the middle and the
end; a worker's steady state is the end figure. The worker process RSS after the end-to-end
run is reported by ``bench.e2e``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import orjson

from bench.figures import Section
from bench.machine import rss_mb


def measure(count: int, every: int) -> dict[str, Any]:
    from bench.corpus import generate
    from rasd.entities.tagger import tag_entities
    from rasd.events import extract_events
    from rasd.kb.loader import load_kb
    from rasd.text.langid import detect_language
    from rasd.warmup import prepare_analysis

    baseline = rss_mb()
    kb = load_kb()
    after_kb = rss_mb()
    prepare_analysis(kb)  # as a worker does at start (its collector settings hold memory too)
    samples: list[tuple[int, float]] = []
    started = time.perf_counter()
    for i, text in enumerate(generate(kb, count, seed=11), start=1):
        lang = detect_language(text)
        extract_events(text, lang, tag_entities(text, kb, lang=lang), None)
        if i % every == 0 or i == count:
            samples.append((i, rss_mb()))
    return {
        "articles": count,
        "interpreter_mb": baseline,
        "after_kb_mb": after_kb,
        "samples": samples,
        "seconds": time.perf_counter() - started,
    }


def bench(*, quick: bool, echo: Callable[[str], None]) -> Section:
    count = 2000 if quick else 100_000
    every = max(count // 20, 1)
    echo(f"  tag + events over {count:,} articles in a child process ...")
    done = subprocess.run(
        [sys.executable, "-m", "bench.memory", "--articles", str(count), "--every", str(every)],
        capture_output=True, check=True, timeout=7200,
    )
    result = orjson.loads(done.stdout.splitlines()[-1])
    samples = result["samples"]
    middle = samples[len(samples) // 2][1]
    final = samples[-1][1]
    section = Section("Memory (analyzer with the full KB)")
    section.add("RSS of the bare interpreter", "MB", [result["interpreter_mb"]])
    section.add("RSS after loading the KB", "MB", [result["after_kb_mb"]])
    section.add(f"RSS after {count:,} articles (tag + events)", "MB", [final],
                target="< 300 MB", meets=lambda v: v < 300)
    section.add("peak RSS sampled", "MB", [max(mb for _, mb in samples)])
    section.add("growth over the second half of the run", "MB", [final - middle],
                note="about 0 when nothing accumulates per article")
    section.notes.append(
        f"{count:,} generated articles (seed 11) in {result['seconds']:.0f} s, RSS sampled every "
        f"{every:,} articles: " + ", ".join(f"{n:,}: {mb:.0f}" for n, mb in samples[:: max(len(samples) // 5, 1)])
        + " MB."
    )
    return section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=5000)
    args = parser.parse_args()
    sys.stdout.write(orjson.dumps(measure(args.articles, args.every)).decode() + "\n")


if __name__ == "__main__":
    main()
