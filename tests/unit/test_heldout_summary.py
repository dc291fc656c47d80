"""The held-out summary (``python -m tests.unit.heldout_summary``) reads each set's before-fix F1
from its docstring and averages the last ten per language: the unseen estimate quoted in the
project's notes. A set that does not record its first figures would silently drop out of it."""

from __future__ import annotations

import importlib

import pytest

from tests.unit.heldout_summary import before_fix_f1, estimate, held_out_sets, main


def test_reads_the_english_and_arabic_forms_of_the_first_run() -> None:
    english = "Measured before any fix (on commit b6ca96d): P 0.833, R 0.900, F1 0.865 (recall 9/10"
    arabic = "Figures of the first run, before any fix (2026-12-07): events P 0.800, R 0.700, F1 0.747"
    assert before_fix_f1(english) == pytest.approx(0.865)
    assert before_fix_f1(arabic) == pytest.approx(0.747)


def test_takes_the_first_figure_not_the_after_fix_one() -> None:
    text = "Before any fix: P 0.7, R 0.6, F1 0.650.\n\nAfter the fixes: P 1.000, R 1.000, F1 1.000."
    assert before_fix_f1(text) == pytest.approx(0.65)
    assert before_fix_f1("After the fixes: F1 1.000.") is None


def test_estimate_is_the_mean_of_the_last_ten() -> None:
    figures = [0.0] * 5 + [0.8] * 5 + [0.9] * 5
    assert estimate(figures) == pytest.approx(0.85)
    assert estimate([0.7, 0.9]) == pytest.approx(0.8)
    assert estimate([]) is None


def test_every_numbered_set_records_its_first_figures() -> None:
    sets = held_out_sets()
    assert {s.lang for s in sets} == {"en", "ar"}
    missing = [s.label for s in sets
               if before_fix_f1(importlib.import_module(s.module).__doc__ or "") is None]
    assert missing == []


def test_prints_both_estimates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-now", "--last", "3"]) == 0
    out = capsys.readouterr().out
    assert "EN: unseen estimate 0." in out
    assert "AR: unseen estimate 0." in out
