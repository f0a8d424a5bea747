"""Rewrite `db: Database` parameters to `ctx: ServiceContext`, mechanically and re-runnably.

    python tools/to_service_context.py            # rewrite the tree, print what changed
    python tools/to_service_context.py --check    # change nothing; exit 1 if it would

Run it again after merging a branch that still passes `db: Database` around: a second run on a
converted tree changes nothing (idempotent). It looks at src/teamlead_app/{services,ui,cli},
tests/, benchmarks/ and tools/ (never data/, where `Database` itself lives, and never reports/,
which take data, not a database).

What it does, per file, with `ast` for finding and exact text edits for changing (so comments,
formatting and everything else stay as they were):
1. every function parameter `db` annotated with `Database` (also `"Database"`, `Database |
   None`) becomes `ctx` annotated `ServiceContext`, and every use of that `db` inside the
   function (nested functions, lambdas and comprehensions that close over it included) becomes
   `ctx`; a nested function or lambda with a `db` parameter of its own is left to itself;
2. a return annotation naming `Database` becomes `ServiceContext` when the function returns or
   yields that parameter (test fixtures that hand the context on);
3. a keyword argument `db=` in a call to a function (or class) that takes `ctx: ServiceContext`
   anywhere in the tree becomes `ctx=`;
4. a class field `db: Database` (the UI's `AppContext`) becomes `ctx: ServiceContext`, and the
   attribute `.db` on an expression named `context` / `_context` (`self.context.db`) `.ctx`;
5. where an annotation changed, the import `from teamlead_app.data.context import
   ServiceContext` next to the `Database` import (inside `if TYPE_CHECKING:` when that one
   was), and `Database` dropped from its import when nothing in the file names it any more;
   then `ruff check --select I --fix` and `ruff format` on the changed files.
Each file's result is parsed again and compared with the original tree renamed in memory the
same way: a text edit in the wrong place stops the script before it writes that file.

What it cannot do (by hand after a run; mypy strict, `--check` and the tests show where):
- The places where a `Database` is made and a context must be built from it: `open_db`
  (cli/common.py), the window's session (`DatabaseSession._context_for`), the `ctx` test
  fixture, `restore`, the self-test. They call `data.context.context_for(database)` and name
  their parameter `database: Database`, so a re-run leaves them alone. A test or benchmark
  that makes `Database(path)` itself and hands it to a service still runs (the context has the
  same `.sessions`, `.engine`, `.path`, ...), but its writes then skip the lead-rule check:
  wrap it in `context_for(...)` where that matters.
- A function that assigns to its `db` parameter, or already has something called `ctx` (a
  local variable, a nested function's parameter, its own name: the test fixture `ctx(db)`
  that builds the context): reported ("left alone") and left alone; rename the local by hand
  (as in `preview_source`), then convert.
- A parameter `db` without an annotation, a local variable `db = open_db(...)` (it simply holds
  the context then), an attribute `self._db = ctx` and its annotation, `Callable[[Database], ...]`
  and parameters of other names annotated `Database` (fixtures such as `company: Database`):
  left as they are; the ones still annotated `Database` are listed ("by hand: ...").
- `db=` in a call whose callee it cannot name (`getattr`, `**kwargs`, a dict key `"db"`).
- The docstrings and comments that say "db" in words.

After merging a branch: run it, then `ruff check .`, `mypy` and the tests; fix what they name;
`--check` must then print no "converted" line (tests/test_to_service_context.py checks that).
"""

from __future__ import annotations

import argparse
import ast
import itertools
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = (
    "src/teamlead_app/services",
    "src/teamlead_app/ui",
    "src/teamlead_app/cli",
    "tests",
    "benchmarks",
    "tools",
)
OLD_PARAM, NEW_PARAM = "db", "ctx"
OLD_TYPE, NEW_TYPE = "Database", "ServiceContext"
OLD_MODULE, NEW_MODULE = "teamlead_app.data.db", "teamlead_app.data.context"
CONTEXT_HOLDERS = {"context", "_context"}
NEW_IMPORT = f"from {NEW_MODULE} import {NEW_TYPE}"

Scope = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


@dataclass
class Edit:
    start: int  # offsets into the file's text
    end: int
    old: str
    new: str


@dataclass
class FileResult:
    path: Path
    text: str
    edits: list[Edit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def python_files(root: Path) -> Iterator[Path]:
    me = Path(__file__).resolve()
    for tree in TREES:
        base = root / tree
        if base.is_dir():
            yield from (p for p in sorted(base.rglob("*.py")) if p.resolve() != me)


def _names_type(annotation: ast.expr | None, name: str) -> bool:
    """Whether an annotation names `name`: `Database`, `"Database"`, `Database | None`."""
    if annotation is None:
        return False
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name) and node.id == name:
            return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                inner = ast.parse(node.value, mode="eval")
            except SyntaxError:
                continue
            if _names_type(inner.body, name):
                return True
    return False


def _params(scope: Scope) -> list[ast.arg]:
    a = scope.args
    extra = [x for x in (a.vararg, a.kwarg) if x is not None]
    return [*a.posonlyargs, *a.args, *a.kwonlyargs, *extra]


def _own_param(scope: Scope, name: str) -> ast.arg | None:
    return next((p for p in _params(scope) if p.arg == name), None)


def _scope_body(scope: Scope) -> list[ast.AST]:
    """What runs inside the scope: body, and the defaults of nested scopes are walked by the
    caller. Decorators and this scope's own defaults belong to the enclosing scope."""
    if isinstance(scope, ast.Lambda):
        return [scope.body]
    return list(scope.body)


def _walk_scope(nodes: Iterable[ast.AST], name: str) -> Iterator[ast.AST]:
    """Every node in these statements, not descending into a nested scope that has its own
    parameter `name` (its defaults and decorators are still ours)."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            outer: list[ast.AST] = [*node.args.defaults]
            outer += [d for d in node.args.kw_defaults if d is not None]
            if not isinstance(node, ast.Lambda):
                outer += node.decorator_list
            if _own_param(node, name) is not None:
                stack.extend(outer)
                continue
            stack.extend(outer)
            stack.extend(_scope_body(node))
            continue
        stack.extend(ast.iter_child_nodes(node))


class Converter:
    def __init__(self, text: str, path: Path, callees: set[str]) -> None:
        self.text = text
        self.path = path
        self.callees = callees
        self.lines = text.splitlines(keepends=True)
        starts = [0]
        for line in self.lines:
            starts.append(starts[-1] + len(line))
        self.starts = starts
        self.result = FileResult(path, text)
        self.renamed: dict[int, str] = {}  # id(node) -> what it becomes (for the check)

    # -- positions ------------------------------------------------------------------------
    def offset(self, line: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets: convert within the line.
        raw = self.lines[line - 1].encode("utf-8")
        return self.starts[line - 1] + len(raw[:col].decode("utf-8"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        start = self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]
        end = self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]
        return start, end

    def edit(self, start: int, end: int, expected: str, new: str) -> None:
        found = self.text[start:end]
        if found != expected:
            raise SystemExit(
                f"{self.path}: expected {expected!r} at offset {start}, found {found!r}"
            )
        self.result.edits.append(Edit(start, end, expected, new))

    # -- the conversions --------------------------------------------------------------------
    def run(self, tree: ast.Module) -> FileResult:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.function(node)
            elif isinstance(node, ast.ClassDef):
                self.class_fields(node)
            elif isinstance(node, ast.Call):
                self.keywords(node)
            elif (
                isinstance(node, ast.Attribute)
                and node.attr == OLD_PARAM
                and _terminal_name(node.value) in CONTEXT_HOLDERS
            ):
                _, end = self.span(node)
                self.edit(end - len(OLD_PARAM), end, OLD_PARAM, NEW_PARAM)
                self.renamed[id(node)] = "attr"
        return self.result

    def function(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        param = _own_param(fn, OLD_PARAM)
        if param is None or not _names_type(param.annotation, OLD_TYPE):
            return
        body = list(_walk_scope(_scope_body(fn), OLD_PARAM))
        stores = [
            n
            for n in body
            if isinstance(n, ast.Name) and n.id == OLD_PARAM and not isinstance(n.ctx, ast.Load)
        ]
        if stores:
            self.result.notes.append(
                f"{self.path}:{fn.lineno}: {fn.name}() assigns to `db`: left alone"
            )
            return
        taken = [
            n
            for n in body
            if (isinstance(n, ast.Name) and n.id == NEW_PARAM)
            or (isinstance(n, ast.arg) and n.arg == NEW_PARAM)
        ]
        if taken or _own_param(fn, NEW_PARAM) is not None or fn.name == NEW_PARAM:
            self.result.notes.append(
                f"{self.path}:{fn.lineno}: {fn.name}() already uses the name `ctx`: left alone"
            )
            return
        self.annotation(param)
        start, _ = self.span(param)
        self.edit(start, start + len(OLD_PARAM), OLD_PARAM, NEW_PARAM)
        self.renamed[id(param)] = "param"
        returns_it = False
        for node in body:
            if isinstance(node, ast.Name) and node.id == OLD_PARAM:
                start, end = self.span(node)
                self.edit(start, end, OLD_PARAM, NEW_PARAM)
                self.renamed[id(node)] = "name"
            if (
                isinstance(node, ast.Return | ast.Yield)
                and isinstance(node.value, ast.Name)
                and node.value.id == OLD_PARAM
            ):
                returns_it = True
        if returns_it and fn.returns is not None:
            self.type_names(fn.returns)

    def annotation(self, param: ast.arg) -> None:
        assert param.annotation is not None
        self.type_names(param.annotation)

    def type_names(self, annotation: ast.expr) -> None:
        for node in ast.walk(annotation):
            if isinstance(node, ast.Name) and node.id == OLD_TYPE:
                start, end = self.span(node)
                self.edit(start, end, OLD_TYPE, NEW_TYPE)
                self.renamed[id(node)] = "type"
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _names_type(node, OLD_TYPE)
            ):
                start, end = self.span(node)
                old = self.text[start:end]
                self.edit(start, end, old, _replace_word(old, OLD_TYPE, NEW_TYPE))
                self.renamed[id(node)] = "string"

    def class_fields(self, cls: ast.ClassDef) -> None:
        for stmt in cls.body:
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id == OLD_PARAM
                and _names_type(stmt.annotation, OLD_TYPE)
            ):
                start, end = self.span(stmt.target)
                self.edit(start, end, OLD_PARAM, NEW_PARAM)
                self.renamed[id(stmt.target)] = "name"
                self.type_names(stmt.annotation)

    def keywords(self, call: ast.Call) -> None:
        if _terminal_name(call.func) not in self.callees:
            return
        for kw in call.keywords:
            if kw.arg == OLD_PARAM:
                start, _ = self.span(kw)
                self.edit(start, start + len(OLD_PARAM), OLD_PARAM, NEW_PARAM)
                self.renamed[id(kw)] = "keyword"


def _replace_word(text: str, old: str, new: str) -> str:
    import re

    return re.sub(rf"\b{old}\b", new, text)


def _terminal_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def takes_context(tree: ast.Module) -> set[str]:
    """Names of functions (and classes whose __init__) take a `db: Database` or already a
    `ctx: ServiceContext` parameter: a `db=` keyword in a call to them is renamed."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__" and _takes(item):
                    names.add(node.name)
            if any(
                isinstance(s, ast.AnnAssign)
                and isinstance(s.target, ast.Name)
                and s.target.id in (OLD_PARAM, NEW_PARAM)
                and (_names_type(s.annotation, OLD_TYPE) or _names_type(s.annotation, NEW_TYPE))
                for s in node.body
            ):
                names.add(node.name)  # a dataclass with the field (AppContext)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _takes(node):
            names.add(node.name)
    return names


def _takes(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    old = _own_param(fn, OLD_PARAM)
    new = _own_param(fn, NEW_PARAM)
    return (old is not None and _names_type(old.annotation, OLD_TYPE)) or (
        new is not None and _names_type(new.annotation, NEW_TYPE)
    )


def expected_tree(tree: ast.Module, renamed: dict[int, str]) -> str:
    """The original tree with the same renames made in memory: what the new text must parse
    to (ast.dump leaves out positions)."""
    for node in ast.walk(tree):
        kind = renamed.get(id(node))
        if kind == "param":
            assert isinstance(node, ast.arg)
            node.arg = NEW_PARAM
        elif kind == "name":
            assert isinstance(node, ast.Name)
            node.id = NEW_PARAM
        elif kind == "type":
            assert isinstance(node, ast.Name)
            node.id = NEW_TYPE
        elif kind == "string":
            assert isinstance(node, ast.Constant)
            node.value = _replace_word(node.value, OLD_TYPE, NEW_TYPE)
        elif kind == "keyword":
            assert isinstance(node, ast.keyword)
            node.arg = NEW_PARAM
        elif kind == "attr":
            assert isinstance(node, ast.Attribute)
            node.attr = NEW_PARAM
    return ast.dump(tree)


def apply_edits(text: str, edits: list[Edit]) -> str:
    ordered = sorted(edits, key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        if a.end > b.start:
            raise SystemExit(f"overlapping edits at {a.start} and {b.start}")
    for e in reversed(ordered):
        text = text[: e.start] + e.new + text[e.end :]
    return text


def fix_imports(text: str, path: Path) -> str:
    """Import ServiceContext where Database was imported; drop Database when unused."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    has_new = any(
        isinstance(n, ast.ImportFrom)
        and n.module == NEW_MODULE
        and any(a.name == NEW_TYPE for a in n.names)
        for n in ast.walk(tree)
    )
    old_imports = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom)
        and n.module == OLD_MODULE
        and any(a.name == OLD_TYPE for a in n.names)
    ]
    still_used = _uses_name(tree, OLD_TYPE)
    anchor = old_imports[0] if old_imports else _last_top_import(tree)
    indent = " " * anchor.col_offset
    replacement: dict[int, list[str]] = {}  # first line index -> new lines (for the span)
    spans: dict[int, int] = {}
    for node in old_imports:
        first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        keep = [a for a in node.names if a.name != OLD_TYPE or still_used]
        new_lines = []
        if keep:
            names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in keep)
            new_lines.append(f"{' ' * node.col_offset}from {OLD_MODULE} import {names}\n")
        if node is anchor and not has_new:
            new_lines.append(f"{indent}{NEW_IMPORT}\n")
        replacement[first] = new_lines
        spans[first] = last
    if not old_imports and not has_new:
        at = (anchor.end_lineno or anchor.lineno) - 1
        replacement[at] = [lines[at], f"{indent}{NEW_IMPORT}\n"]
        spans[at] = at
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i in replacement:
            out.extend(replacement[i])
            i = spans[i] + 1
            continue
        out.append(lines[i])
        i += 1
    return "".join(out)


def _uses_name(tree: ast.Module, name: str) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            continue
        if isinstance(node, ast.Name) and node.id == name:
            return True
        if isinstance(node, ast.Constant) and _names_type(node, name):
            return True
    return False


def _last_top_import(tree: ast.Module) -> ast.stmt:
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    if not imports:
        raise SystemExit("a converted file without imports")
    return imports[-1]


def convert_file(path: Path, callees: set[str]) -> FileResult:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    converter = Converter(text, path, callees)
    result = converter.run(tree)
    if not result.edits:
        return result
    new_text = apply_edits(text, result.edits)
    if ast.dump(ast.parse(new_text)) != expected_tree(tree, converter.renamed):
        raise SystemExit(f"{path}: the rewritten text does not parse to the renamed tree")
    # Only a file that now names ServiceContext needs its import (not one where merely
    # `self.context.db` or a `db=` keyword changed).
    if {"type", "string"} & set(converter.renamed.values()):
        new_text = fix_imports(new_text, path)
    result.text = new_text
    ast.parse(result.text)
    return result


def leftovers(path: Path, text: str) -> list[str]:
    """Annotations that still name Database (for the report: by hand)."""
    notes = []
    for node in ast.walk(ast.parse(text)):
        # `database: Database` is where a context is built by hand: not a leftover.
        if (
            isinstance(node, ast.arg)
            and node.arg != "database"
            and _names_type(node.annotation, OLD_TYPE)
        ):
            notes.append(f"{path}:{node.lineno}: parameter {node.arg}: Database")
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout (default: this)")
    parser.add_argument("--check", action="store_true", help="change nothing; 1 if it would")
    parser.add_argument("--no-ruff", action="store_true", help="skip ruff's import sort/format")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    files = list(python_files(root))
    callees: set[str] = set()
    for path in files:
        callees |= takes_context(ast.parse(path.read_text(encoding="utf-8")))
    changed: list[Path] = []
    notes: list[str] = []
    for path in files:
        result = convert_file(path, callees)
        notes += result.notes
        if result.edits:
            changed.append(path)
            if not args.check:
                path.write_text(result.text, encoding="utf-8")
        notes += leftovers(path.relative_to(root), result.text)
    for path in changed:
        print(f"converted {path.relative_to(root)}")
    for note in notes:
        print(f"by hand: {note}")
    if args.check:
        return 1 if changed else 0
    if changed and not args.no_ruff:
        names = [str(p) for p in changed]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "--quiet", "--select", "I", "--fix", *names], check=True)
        subprocess.run([*ruff, "format", "--quiet", *names], check=True)
    print(f"{len(changed)} file(s) converted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
