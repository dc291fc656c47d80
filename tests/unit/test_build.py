"""Which build of the analysis core runs, and the guard against a stale compiled module."""

from __future__ import annotations

import importlib.machinery
import os
from pathlib import Path

from agents.doctor import NOTE, OK, PROBLEM, check_core_build
from rasd import build
from rasd.build import core_build, stale_modules

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _module(root: Path, package: str, name: str, source_age: float, ext_age: float | None) -> None:
    folder = root / package
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.py"
    source.write_text("x = 1\n")
    os.utime(source, (source_age, source_age))
    if ext_age is not None:
        ext = folder / f"{name}{SUFFIX}"
        ext.write_bytes(b"")
        os.utime(ext, (ext_age, ext_age))


def test_a_source_edited_after_its_build_is_named_stale(tmp_path: Path) -> None:
    _module(tmp_path, "events", "extractor", source_age=2_000, ext_age=1_000)  # edited since
    _module(tmp_path, "events", "status", source_age=1_000, ext_age=2_000)  # built after the edit
    _module(tmp_path, "text", "fold", source_age=2_000, ext_age=None)  # never compiled
    _module(tmp_path, "kb", "loader", source_age=2_000, ext_age=1_000)  # not a compiled package
    _module(tmp_path, "entities", "tagger", source_age=1_001, ext_age=1_000)  # written by one install
    assert stale_modules(tmp_path) == ["rasd.events.extractor"]


def test_this_checkout_has_no_stale_module_and_names_its_build() -> None:
    assert stale_modules() == []
    assert core_build() in ("compiled", "pure Python")


def test_doctor_reports_the_build_and_a_stale_module(monkeypatch) -> None:
    [finding] = check_core_build()
    assert finding.level == (OK if core_build() == "compiled" else NOTE)
    monkeypatch.setattr(build, "stale_modules", lambda: ["rasd.events.extractor"])
    [finding] = check_core_build()
    assert finding.level == PROBLEM and "rasd.events.extractor" in finding.message
    assert "make install" in finding.fix
