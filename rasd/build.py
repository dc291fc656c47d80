"""Which build of the analysis core is running: compiled by mypyc (``setup.py``) or pure Python.

A compiled module sits beside its source and is imported in its place, so after an edit to the
source a compiled install runs the old code until it is rebuilt. ``stale_modules`` names the
modules where that is so; ``rasd`` warns about them at import and the test suite refuses to run.
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

# The packages setup.py compiles (it reads this list from here).
COMPILED_PACKAGES = ("text", "entities", "events")
_ROOT = Path(__file__).resolve().parent
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _compiled_beside_source(root: Path) -> list[tuple[Path, Path]]:
    """(source, extension) pairs of the compiled modules present under ``root``."""
    pairs = []
    for package in COMPILED_PACKAGES:
        for source in sorted((root / package).glob("*.py")):
            for suffix in _SUFFIXES:
                ext = source.with_name(source.stem + suffix)
                if ext.exists():
                    pairs.append((source, ext))
                    break
    return pairs


def core_build() -> str:
    """"compiled" when the event extractor runs as an extension module, else "pure Python"."""
    from rasd.events import extractor

    return "compiled" if str(extractor.__file__).endswith(_SUFFIXES) else "pure Python"


# A wheel's installer writes a module's source and its compiled copy in any order, a moment
# apart: a source newer by less than this was installed with its build, not edited after it.
_SAME_INSTALL_SECONDS = 5.0


def stale_modules(root: Path = _ROOT) -> list[str]:
    """Modules whose compiled copy is older than their source (edited since the last build)."""
    return [
        f"rasd.{source.parent.name}.{source.stem}"
        for source, ext in _compiled_beside_source(root)
        if source.stat().st_mtime > ext.stat().st_mtime + _SAME_INSTALL_SECONDS
    ]


STALE_HINT = (
    "compiled modules older than their source: {names}. Rebuild them with `make install`, or "
    "run the source as pure Python while editing it: `make pure`"
)
