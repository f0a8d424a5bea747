"""tools/to_service_context.py on a small sample tree (a copy in tmp_path): it converts
`db: Database` parameters, their uses, `db=` keywords and `self.context.db`, fixes the
imports, leaves alone what it cannot do safely, and a second run changes nothing."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

SERVICE = '''\
"""A service."""

from __future__ import annotations

from collections.abc import Callable

from teamlead_app.data.db import Database, catch_up_ids


def count(db: Database, team: int) -> int:
    """Says db in words: stays."""
    with db.sessions() as session:
        catch_up_ids(session, [])
    return helper(db=db, team=team) + len([db for _ in range(team)])


def helper(db: "Database", team: int) -> int:
    return team if db.is_server else 0


def rebinds(db: Database) -> None:
    db = other(db)


def clashes(db: Database) -> int:
    ctx = 1
    return ctx + count(db, 1)


def outer(db: Database) -> Callable[[int], object]:
    def inner(x: int) -> object:
        return db.sessions, x

    return lambda db: db


def other(x: object) -> Database:
    raise NotImplementedError
'''

PAGE = """\
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from teamlead_app.services.sample import count

if TYPE_CHECKING:
    from teamlead_app.data.db import Database


@dataclass(frozen=True)
class AppContext:
    db: Database


class Page:
    def __init__(self, context: AppContext) -> None:
        self.context = context

    def go(self) -> int:
        return count(self.context.db, 1)
"""

TEST = """\
from teamlead_app.data.db import Database
from teamlead_app.services.sample import count


def filled(db: Database) -> Database:
    count(db, 2)
    return db


def test_it(db: Database) -> None:
    assert count(db=db, team=1) >= 0
"""


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("to_ctx", ROOT / "tools/to_service_context.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {
        "src/teamlead_app/services/sample.py": SERVICE,
        "src/teamlead_app/ui/page.py": PAGE,
        "tests/test_sample.py": TEST,
        "src/teamlead_app/data/db.py": "class Database: ...\n",  # data/ is never touched
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _texts(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.py"))}


def test_converts_the_sample_and_a_second_run_changes_nothing(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _tool()
    assert tool.main(["--root", str(tree), "--check"]) == 1  # there is work to do
    assert tool.main(["--root", str(tree)]) == 0
    out = capsys.readouterr().out
    first = _texts(tree)
    service = first["src/teamlead_app/services/sample.py"]
    assert "def count(ctx: ServiceContext, team: int) -> int:" in service
    assert "with ctx.sessions() as session:" in service
    assert "helper(ctx=ctx, team=team) + len([ctx for _ in range(team)])" in service
    assert 'def helper(ctx: "ServiceContext", team: int) -> int:' in service
    assert "Says db in words: stays." in service
    assert "def rebinds(db: Database) -> None:\n    db = other(db)" in service  # left alone
    assert "def clashes(db: Database) -> int:" in service  # `ctx` taken: left alone
    assert "return ctx.sessions, x" in service  # a closure over the parameter
    assert "return lambda db: db" in service  # the lambda's own `db`
    assert "from teamlead_app.data.context import ServiceContext" in service
    assert "from teamlead_app.data.db import Database, catch_up_ids" in service  # still used
    assert "rebinds() assigns to `db`: left alone" in out
    assert "clashes() already uses the name `ctx`: left alone" in out
    page = first["src/teamlead_app/ui/page.py"]
    assert "    ctx: ServiceContext\n" in page
    assert "return count(self.context.ctx, 1)" in page
    assert "if TYPE_CHECKING:\n    from teamlead_app.data.context import ServiceContext\n" in page
    assert "Database" not in page
    test = first["tests/test_sample.py"]
    assert "def filled(ctx: ServiceContext) -> ServiceContext:" in test
    assert "count(ctx=ctx, team=1)" in test
    assert first["src/teamlead_app/data/db.py"] == "class Database: ...\n"

    assert tool.main(["--root", str(tree), "--check"]) == 0
    assert tool.main(["--root", str(tree)]) == 0
    assert _texts(tree) == first


def test_this_tree_is_converted(capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing in the checkout still passes `db: Database` to a service (a merge that brings
    one back fails here: run the tool)."""
    assert _tool().main(["--root", str(ROOT), "--check"]) == 0, capsys.readouterr().out


def test_a_misplaced_edit_is_caught(tmp_path: Path) -> None:
    """The rewritten text must parse to the renamed tree: an edit in the wrong place stops
    the script instead of writing a broken file."""
    tool = _tool()
    path = tmp_path / "x.py"
    path.write_text(textwrap.dedent(SERVICE))
    original = tool.Converter.edit

    def off_by_one(self: object, start: int, end: int, expected: str, new: str) -> None:
        if expected == "db" and new == "ctx":
            self.result.edits.append(tool.Edit(start + 1, end, expected, new))  # type: ignore[attr-defined]
            return
        original(self, start, end, expected, new)

    tool.Converter.edit = off_by_one
    with pytest.raises(SystemExit, match="does not parse to the renamed tree"):
        tool.convert_file(path, set())
