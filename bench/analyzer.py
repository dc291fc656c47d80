"""Analyzer speed on one core: tagging, and tagging + events, against naive ``re`` baselines.

Runs in its own process (``python -m bench.analyzer --articles N``, one JSON line out) so that
its peak memory and CPU time are the analyzer's alone. The baselines are the ones of
``bench.bench_tagging`` and ``bench.bench_events``, timed in the same process on the same
corpus: one alternation over every normalised alias (on the normalised text), plus one over
every trigger form for the events. They find strings and nothing else: no linking, no context
rules, no roles or status, so the ratio says how much the real analysis costs over a scan.
"""

from __future__ import annotations

import argparse
import gc
import resource
import subprocess
import sys
import time
from typing import Any

import orjson

from bench.corpus import real_articles
from bench.figures import Section

KB_LOAD_SCRIPT = (
    "import time; t = time.perf_counter()\n"
    "from rasd.kb.loader import load_kb\n"
    "from rasd.entities.matcher import get_matcher\n"
    "get_matcher(load_kb())\n"
    "print(time.perf_counter() - t)\n"
)


# The seed of the corpus that warms a process for the steady-state figure: not the measured
# corpus's (``generate``'s default, 7), so that no article is seen twice.
WARM_SEED = 8


def measure(count: int, kind: str = "generated", *, warm: bool = False) -> dict[str, Any]:
    """Figures of one run over ``count`` articles of corpus ``kind`` (this process, one thread).

    With ``warm``, the process first analyses ``count`` generated articles of another seed
    (``WARM_SEED``), as a worker that has been running has, and only tagging + events is timed:
    the steady-state figure, reported beside the cold one, never instead of it."""
    from bench import bench_events, bench_tagging
    from bench.corpus import corpus
    from rasd.entities.tagger import tag_entities
    from rasd.events import extract_events
    from rasd.events.lexicon import load_lexicon
    from rasd.kb.loader import load_kb
    from rasd.text.langid import detect_language
    from rasd.text.normalize import normalize
    from rasd.warmup import prepare_analysis

    kb = load_kb()
    articles = corpus(kb, count, kind)
    count = len(articles)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    for lang in ("ar", "en"):
        load_lexicon(lang)
    alias_re = bench_tagging._naive_pattern(kb)
    trigger_re = bench_events._naive_pattern()
    prepare_analysis(kb)  # readied as a worker readies itself at start (rasd.warmup)
    # Warm every cache once so that no run pays a one-off cost the others do not.
    first = articles[0]
    extract_events(first, detect_language(first), tag_entities(first, kb, lang=detect_language(first)), None)
    if warm:
        from bench.corpus import generate

        for text in generate(kb, count, seed=WARM_SEED):
            lang = detect_language(text)
            extract_events(text, lang, tag_entities(text, kb, lang=lang), None)

    def timed(step) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
        wall, cpu = time.perf_counter(), time.process_time()
        found = sum(step(text) for text in articles)
        return time.perf_counter() - wall, time.process_time() - cpu, found

    collector = _CollectorClock()

    def tag_only(text: str) -> int:
        return len(tag_entities(text, kb, lang=detect_language(text)))

    def tag_and_events(text: str) -> int:
        lang = detect_language(text)
        return len(extract_events(text, lang, tag_entities(text, kb, lang=lang), None))

    def naive_aliases(text: str) -> int:
        return len(alias_re.findall(normalize(text).text))

    def naive_aliases_and_triggers(text: str) -> int:
        return naive_aliases(text) + len(trigger_re.findall(text))

    out: dict[str, Any] = {"articles": count, "megabytes": megabytes}
    steps = (
        ("tag", tag_only),
        ("tag_events", tag_and_events),
        ("naive_tag", naive_aliases),
        ("naive_tag_events", naive_aliases_and_triggers),
    )
    for label, step in steps[1:2] if warm else steps:
        collector.reset()
        gc.callbacks.append(collector)
        try:
            wall, cpu, found = timed(step)
        finally:
            gc.callbacks.remove(collector)
        out[label] = {"wall_s": wall, "cpu_s": cpu, "found": found,
                      "gc_collections": collector.collections, "gc_cpu_s": collector.cpu_s}
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


class _CollectorClock:
    """Counts the garbage collector's runs and the CPU time they take (a ``gc.callbacks`` entry):
    the share of a run that the collector's settings decide."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.collections = 0
        self.cpu_s = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.collections += 1
            self.cpu_s += time.process_time() - self._started


def run_child(count: int, kind: str = "generated", *, warm: bool = False) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.analyzer", "--articles", str(count), "--corpus", kind]
        + (["--warm"] if warm else []),
        capture_output=True, check=True, timeout=1800,
    )
    return orjson.loads(done.stdout.splitlines()[-1])


def kb_load_seconds() -> float:
    done = subprocess.run(
        [sys.executable, "-c", KB_LOAD_SCRIPT], capture_output=True, check=True, timeout=300, text=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def bench(*, quick: bool, repeats: int) -> Section:
    count = 300 if quick else 2000
    section = Section("Analyzer (in-process, one core)")
    runs = [run_child(count) for _ in range(repeats)]
    loads = [kb_load_seconds() for _ in range(repeats)]
    first = runs[0]
    section.notes.append(
        f"Corpus: {count} generated articles (bench/corpus.py), {first['megabytes']:.2f} MB, "
        f"mean {first['megabytes'] * 1e6 / count:,.0f} bytes, half Arabic, half English. "
        f"Each repetition is a fresh process; rates are per wall-clock second of one thread, "
        f"with per-CPU-second rates in the notes (fairer on a shared machine)."
    )
    _add_rates(section, runs, "", targets=True)
    warmed = [run_child(count, warm=True) for _ in range(repeats)]
    section.add(
        "tagging + events, steady state (warmed on another seed): articles/s", "articles/s",
        [r["articles"] / r["tag_events"]["wall_s"] for r in warmed],
        note="a worker's state, beside the cold figure above (not instead of it): each process "
        f"first analyses {count} articles of seed {WARM_SEED}; per CPU second: "
        + ", ".join(f"{r['articles'] / r['tag_events']['cpu_s']:,.0f}" for r in warmed),
    )
    if real_articles():
        real = [run_child(count, "real") for _ in range(repeats)]
        n = real[0]["articles"]
        section.notes.append(
            f"Real articles: the {len(real_articles())} hand-annotated news articles of "
            f"../shared/gold (read in place), repeated to {n} ({real[0]['megabytes']:.2f} MB, mean "
            f"{real[0]['megabytes'] * 1e6 / n:,.0f} bytes): fewer trigger sentences and more office "
            f"titles per article than the generated corpus."
        )
        _add_rates(section, real, "real articles, ", targets=False)
    else:
        section.notes.append("Real articles: skipped, ../shared/gold is absent.")
    section.add("KB load + automaton compile (fresh process)", "s", loads, target="< 2 s", meets=lambda v: v < 2)
    section.add("peak memory of the analyzer process", "MB", [r["peak_rss_mb"] for r in runs])
    return section


def _collector_share(run: dict[str, Any]) -> str:
    figures = run["tag_events"]
    return f"{figures['gc_collections']} ({100 * figures['gc_cpu_s'] / figures['cpu_s']:.1f} %)"


def _add_rates(section: Section, runs: list[dict[str, Any]], prefix: str, *, targets: bool) -> None:
    """Rows for tagging alone and tagging + events, each with its baseline and ratio."""
    def rate(run: dict[str, Any], key: str, clock: str = "wall_s") -> float:
        return run["articles"] / run[key][clock]

    for key, label in (("tag", "tagging alone"), ("tag_events", "tagging + events")):
        gated = targets and key == "tag_events"
        cpu_rates = ", ".join(f"{rate(r, key, 'cpu_s'):,.0f}" for r in runs)
        if key == "tag_events":
            cpu_rates += "; garbage-collector runs (share of CPU): " + ", ".join(map(_collector_share, runs))
        section.add(f"{prefix}{label}: articles/s", "articles/s", [rate(r, key) for r in runs],
                    target=">= 1,000/s per core" if gated else "",
                    meets=(lambda v: v >= 1000) if gated else None,
                    note=f"per CPU second: {cpu_rates}")
        section.add(f"{prefix}{label}: MB/s", "MB/s", [r["megabytes"] / r[key]["wall_s"] for r in runs])
        naive = "naive_" + key
        section.add(f"{prefix}{label}: naive re baseline", "articles/s", [rate(r, naive) for r in runs])
        section.add(
            f"{prefix}{label}: ratio to the naive baseline", "x",
            [r[naive]["wall_s"] / r[key]["wall_s"] for r in runs],
            target=">= 10x" if gated else "",
            meets=(lambda v: v >= 10) if gated else None,
            note="> 1 means faster than the baseline",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", choices=("generated", "real"), default="generated")
    parser.add_argument("--warm", action="store_true",
                        help=f"analyse as many articles of seed {WARM_SEED} first; time tagging + events only")
    args = parser.parse_args()
    out = measure(args.articles, args.corpus, warm=args.warm)
    sys.stdout.write(orjson.dumps(out).decode() + "\n")


if __name__ == "__main__":
    main()
