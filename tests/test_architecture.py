"""The one dependency rule: only ui/ (and the entry point) may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "teamlead_app"
QT_MODULES = ("PySide6", "shiboken6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_only_ui_imports_qt() -> None:
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        imports = _qt_imports(path)
        if imports:
            offenders[str(relative)] = imports
    assert offenders == {}


def test_the_rule_catches_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport shiboken6\n")
    assert _qt_imports(sample) == ["PySide6.QtWidgets", "shiboken6"]


def test_ui_never_imports_sqlalchemy() -> None:
    """The UI talks to services and gets plain dataclasses back."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            module = None
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            if module and (module.startswith("sqlalchemy") or module.endswith("data.models")):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
