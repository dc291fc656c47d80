"""The rows a benchmark reports, and the small statistics they are built from."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    """One measured quantity. ``runs`` holds every repetition (the machine is shared, so the
    spread matters as much as the best value); ``value`` is their median."""

    name: str
    unit: str
    runs: tuple[float, ...]
    target: str = ""
    met: bool | None = None  # None: no target for this figure
    note: str = ""

    @property
    def value(self) -> float:
        return statistics.median(self.runs) if self.runs else math.nan

    @property
    def spread(self) -> str:
        if len(self.runs) < 2:
            return ""
        return f"{fmt(min(self.runs))}–{fmt(max(self.runs))}"


@dataclass
class Section:
    """The figures of one benchmark, with the facts a reader needs to interpret them."""

    title: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        name: str,
        unit: str,
        runs: Sequence[float],
        *,
        target: str = "",
        meets: Callable[[float], bool] | None = None,
        note: str = "",
    ) -> Figure:
        values = tuple(float(r) for r in runs if r is not None and not math.isnan(r))
        value = statistics.median(values) if values else math.nan
        met = meets(value) if meets is not None and values else None
        figure = Figure(name, unit, values, target, met, note)
        self.figures.append(figure)
        return figure


def fmt(value: float) -> str:
    """A figure with as many digits as it deserves."""
    if math.isnan(value):
        return "n/a"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)
