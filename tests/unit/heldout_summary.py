"""The held-out event sets at a glance: each set's F1 measured before any fix (the figure its
docstring records, taken when the set was new to the analyzer) beside its F1 now, and the
estimate of the unseen score that the project quotes: the mean before-fix F1 of the last ten
sets of a language.

Why the before-fix figure: a set is written and annotated before the analyzer is run on it, so
its first measurement is a fair sample of articles the analyzer has never seen; the figure after
its fixes is not (its causes were fixed on it). The "now" column shows what the fixes and the
later sets' fixes did to the older sets.

    python -m tests.unit.heldout_summary            # every set, then the estimates
    python -m tests.unit.heldout_summary --last 10  # only the estimate window
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SET_FILE = re.compile(r"test_heldout(\d+)_events_(en|ar)\.py")
# "Measured before any fix (on commit b6ca96d): P 0.833, R 0.900, F1 0.865" (English) and
# "Figures of the first run, before any fix (2026-12-07): events P 0.800, R 0.700, F1 0.747"
# (Arabic): the first F1 after the phrase, within the sentence that gives the figures.
_BEFORE_FIX = re.compile(r"before any fix.{0,300}?\bF1\s+([01]\.\d+)", re.I | re.S)
WINDOW = 10  # sets in the estimate, per language


@dataclass(frozen=True)
class HeldOutSet:
    number: int
    lang: str
    module: str  # dotted name

    @property
    def label(self) -> str:
        return f"{self.number} {self.lang.upper()}"


def held_out_sets(folder: Path = HERE) -> list[HeldOutSet]:
    """The numbered held-out event sets in ``folder``, by language, then number."""
    found = []
    for path in folder.glob("test_heldout*_events_*.py"):
        m = _SET_FILE.fullmatch(path.name)
        if m:
            found.append(HeldOutSet(int(m.group(1)), m.group(2), f"tests.unit.{path.stem}"))
    return sorted(found, key=lambda s: (s.lang, s.number))


def before_fix_f1(docstring: str) -> float | None:
    """The F1 a set's docstring records for its first run, before any fix; None if it has none."""
    m = _BEFORE_FIX.search(docstring)
    return float(m.group(1)) if m else None


def f1_now(module: object, lang: str) -> float:
    """The set's event F1 with today's analyzer, scored as ``rasd eval`` scores it."""
    articles = module.ARTICLES  # type: ignore[attr-defined]
    if lang == "en":
        from tests.unit.heldout_support_en import totals

        return totals(articles)[2]
    from tests.unit.heldout_support_ar import score

    return score(articles)[0].f1


def estimate(before: Sequence[float], window: int = WINDOW) -> float | None:
    """The mean of the last ``window`` before-fix figures (None without any)."""
    last = list(before)[-window:]
    return sum(last) / len(last) if last else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--last", type=int, default=0, help="only the last N sets of each language")
    parser.add_argument("--no-now", action="store_true", help="skip running the analyzer")
    args = parser.parse_args(argv)
    for lang in ("en", "ar"):
        sets = [s for s in held_out_sets() if s.lang == lang]
        if args.last:
            sets = sets[-args.last:]
        before: list[tuple[HeldOutSet, float]] = []
        now: list[float] = []
        print(f"{'set':>7}  {'before any fix':>14}  {'now':>6}")
        for s in sets:
            module = importlib.import_module(s.module)
            b = before_fix_f1(module.__doc__ or "")
            n = None if args.no_now else f1_now(module, lang)
            if b is not None:
                before.append((s, b))
            if n is not None:
                now.append(n)
            shown_b = f"{b:.3f}" if b is not None else "-"
            shown_n = f"{n:.3f}" if n is not None else "-"
            print(f"{s.label:>7}  {shown_b:>14}  {shown_n:>6}")
        est = estimate([b for _, b in before])
        window = [s for s, _ in before[-WINDOW:]]
        if est is not None:
            print(f"{lang.upper()}: unseen estimate {est:.3f} (mean before-fix F1 of sets "
                  f"{window[0].number}-{window[-1].number})")
        if now:
            print(f"{lang.upper()}: mean F1 now over these {len(now)} sets {sum(now) / len(now):.3f}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
