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


# --- the import graph: services render through reports, reports never reach services ------


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package modules it imports (anywhere in the file, lazy imports too), read
    with ast: nothing is executed. `from pkg import mod` counts as an import of pkg.mod."""
    files = {_module_name(path, root): path for path in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    dotted = f"{node.module}.{alias.name}"
                    targets.add(dotted if dotted in files else node.module)
        graph[module] = {target for target in targets if target in files and target != module}
    return graph


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in graph[todo.pop()] - seen:
            seen.add(target)
            todo.append(target)
    return seen


def services_reports_cycles(graph: dict[str, set[str]], package: str) -> list[tuple[str, str]]:
    """(reports module, services module) pairs where the report module reaches the services
    module: with services importing reports to render, each such path closes a loop."""
    services, reports = f"{package}.services", f"{package}.reports"
    found = []
    for module in sorted(graph):
        if module == reports or module.startswith(f"{reports}."):
            found += [
                (module, target)
                for target in sorted(_reachable(graph, module))
                if target == services or target.startswith(f"{services}.")
            ]
    return found


def test_no_import_cycle_between_services_and_reports() -> None:
    graph = import_graph(PACKAGE)
    services = {m for m in graph if m.startswith("teamlead_app.services.")}
    reports = {m for m in graph if m.startswith("teamlead_app.reports.")}
    # services render through reports: the edge this test keeps one-way
    assert any(graph[m] & reports for m in services)
    assert services_reports_cycles(graph, "teamlead_app") == []
    records = {m for m in graph if m.startswith("teamlead_app.records")}
    assert records, "the report input types live in teamlead_app.records"
    leaks = {
        m: sorted(graph[m] & (services | reports))
        for m in records
        if graph[m] & (services | reports)
    }
    assert leaks == {}


def test_the_cycle_check_finds_a_loop(tmp_path: Path) -> None:
    root = tmp_path / "app"
    for folder in ("services", "reports", "records"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    (root / "services" / "pop.py").write_text(
        "from app.records.pop import PopView\n\n"
        "def export():\n    from app.reports import pop_form\n"
    )
    (root / "records" / "pop.py").write_text("class PopView: ...\n")
    (root / "reports" / "pop_form.py").write_text("from app.records.pop import PopView\n")
    graph = import_graph(root)
    assert graph["app.services.pop"] == {"app.records.pop", "app.reports.pop_form"}
    assert services_reports_cycles(graph, "app") == []
    (root / "reports" / "pop_form.py").write_text("from app.services.pop import export\n")
    assert services_reports_cycles(import_graph(root), "app") == [
        ("app.reports.pop_form", "app.services.pop")
    ]


MAX_SERVICE_LINES = 400


def test_no_services_module_over_400_lines() -> None:
    lengths = {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in (PACKAGE / "services").rglob("*.py")
    }
    assert len(lengths) > 80
    assert {name: n for name, n in lengths.items() if n > MAX_SERVICE_LINES} == {}


def test_services_are_packages_by_area() -> None:
    """No flat module left in services/: every module lives in a package named for its area,
    and each package says in its docstring what lives there."""
    services = PACKAGE / "services"
    assert sorted(p.name for p in services.glob("*.py")) == ["__init__.py"]
    for package in (p for p in services.iterdir() if p.is_dir() and p.name != "__pycache__"):
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
        assert doc, package.name
