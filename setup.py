"""Build hook: the analysis core compiled to C extensions with mypyc.

Everything else about the package is declared in pyproject.toml. With ``RASD_COMPILE=1`` (what
``scripts/bootstrap.sh`` sets unless told otherwise) the modules that run once per article or
per sentence (``rasd.text``, ``rasd.entities``, ``rasd.events``) are compiled from the same typed
Python: about 1.4x the articles per CPU-second (BENCHMARKS.md), same results. With
``RASD_COMPILE=0`` the package is pure Python, which is what to use while editing those modules:
an extension module shadows its source, so a compiled install must be rebuilt after each edit
(``rasd.compiled`` warns when one is older than its source).

Module-level constants of those packages are declared ``Final``: compiled, a ``Final`` name is
a C static (or its literal inlined), where any other module global is looked up in the module's
dictionary at each use. Names a test switches with ``monkeypatch`` stay plain (``SHORTCUTS``,
``BYTE_COUNTS``): a compiled module would not see the switch.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from setuptools import setup


def _compiled_packages() -> list[str]:
    # rasd/build.py names them (the running package checks those for stale builds); loaded
    # from its file, as the package it belongs to cannot be imported before it is built.
    spec = importlib.util.spec_from_file_location("rasd_build", Path("rasd") / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return [f"rasd/{package}" for package in build.COMPILED_PACKAGES]


def _compiled_modules() -> list:
    if os.environ.get("RASD_COMPILE", "0") != "1":
        return []
    from mypyc.build import mypycify  # build requirement (pyproject.toml), only needed here

    sources = sorted(str(p) for pkg in _compiled_packages() for p in Path(pkg).glob("*.py"))
    # One shared library for all modules, so calls between them are direct C calls.
    return mypycify(sources, opt_level="3", group_name="rasd_core")


setup(ext_modules=_compiled_modules())
