"""``python -m bench``: run Rasd's benchmarks, print a table, write BENCHMARKS.md.

    python -m bench                      # everything, full size (tens of minutes)
    python -m bench --quick              # everything, small (about three minutes)
    python -m bench --only analyzer,e2e  # a selection: analyzer, e2e, feeds, memory
    python -m bench --no-write           # print only; BENCHMARKS.md stays as it is

Timing never fails: a missed target is printed as "missed" and the exit status stays 0.
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
import time
from pathlib import Path

from bench.figures import Section
from bench.machine import machine_facts
from bench.report import render_markdown, render_table

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = ("analyzer", "e2e", "feeds", "memory")


def echo(line: str) -> None:
    print(line, flush=True)


TITLES = {
    "analyzer": "Analyzer (in-process, one core)",
    "e2e": "End to end through the embedded Kafka",
    "feeds": "Feed poller (local server, one process)",
    "memory": "Memory (analyzer with the full KB)",
}


def _one(name: str, *, quick: bool, repeats: int, workers: list[int], corpus: str = "generated") -> Section:
    if name == "analyzer":
        from bench import analyzer

        return analyzer.bench(quick=quick, repeats=repeats)
    if name == "e2e":
        from bench import e2e

        return e2e.bench(quick=quick, repeats=repeats, worker_counts=workers, echo=echo, corpus=corpus)[0]
    if name == "feeds":
        from bench import feeds

        return feeds.bench(quick=quick, repeats=repeats)
    from bench import memory

    return memory.bench(quick=quick, echo=echo)


def run(names: list[str], *, quick: bool, repeats: int, workers: list[int],
        corpus: str = "generated") -> list[Section]:
    sections: list[Section] = []
    for name in names:
        started = time.monotonic()
        echo(f"== {name} ...")
        try:
            sections.append(_one(name, quick=quick, repeats=repeats, workers=workers, corpus=corpus))
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not lose the others' figures
            logging.getLogger(__name__).debug("benchmark %s failed", name, exc_info=True)
            failed = Section(TITLES[name])
            failed.notes.append(f"not measured: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
            sections.append(failed)
        echo(f"== {name} done in {time.monotonic() - started:.0f} s")
        echo(render_table([sections[-1]]))
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: about three minutes in all")
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help=f"comma-separated selection of {', '.join(BENCHMARKS)}")
    parser.add_argument("--repeats", type=int, default=None,
                        help="repetitions of each measurement (default 2, 1 with --quick)")
    parser.add_argument("--workers", default=None,
                        help="worker process counts for the end-to-end runs (default 1,2; 1 with --quick)")
    parser.add_argument("--corpus", choices=("generated", "real"), default="generated",
                        help="end-to-end articles: generated, or the real ones of ../shared/gold repeated")
    parser.add_argument("--output", type=Path, default=REPO / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)

    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}: choose from {', '.join(BENCHMARKS)}")
    repeats = args.repeats or (1 if args.quick else 2)
    try:
        workers = [int(w) for w in (args.workers or ("1" if args.quick else "1,2")).split(",")]
    except ValueError:
        parser.error(f"--workers {args.workers!r}: give numbers such as 1,2")
    if repeats < 1 or any(w < 1 for w in workers):
        parser.error("--repeats and --workers take numbers from 1 up")

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from rasd.settings import Settings

    facts = machine_facts(Settings.load().kafka_version)
    command = "python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:])
    started = time.monotonic()
    sections = run(names, quick=args.quick, repeats=repeats, workers=workers, corpus=args.corpus)
    facts["wall time"] = f"{time.monotonic() - started:.0f} s"
    echo("")
    echo(render_table(sections))
    if not args.no_write:
        args.output.write_text(render_markdown(facts, command.strip(), sections, previous=args.output), encoding="utf-8")
        echo(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
