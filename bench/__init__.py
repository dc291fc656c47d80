"""Rasd's benchmarks: ``python -m bench`` runs them, prints a table and writes BENCHMARKS.md.

Each benchmark module returns ``Figure`` rows (a measured value, its unit, the same-run
baseline it is compared with and the target) instead of printing, so that one entry point can
tabulate and publish them. Timing never fails anything: a missed target is reported as such.
"""

from bench.figures import Figure, Section

__all__ = ["Figure", "Section"]
