"""No module of the analysis core binds a module-level name twice.

The core keeps its word lists as module constants; a second ``_X_AR = …`` further down a long
module silently replaces the first for every rule that reads it (this happened twice, once
through an edit that inserted a new list in the middle of another's name)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "rasd"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1 and name != "__all__")


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert not _bound_twice(path), f"{path.name} binds these names twice: {_bound_twice(path)}"


def test_a_second_binding_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('_WORDS_AR = frozenset({"a"})\n\n\ndef f():\n    pass\n\n\n_WORDS_AR = frozenset()\n')
    assert _bound_twice(module) == ["_WORDS_AR"]
