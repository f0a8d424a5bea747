"""The command line: global options anywhere, list employees, backup, check, exit codes."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from teamlead_app.__main__ import _wants_gui
from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft


@pytest.fixture
def filled(ctx: ServiceContext) -> ServiceContext:
    team = people.save_team(ctx, TeamDraft("Assemblage"))
    people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            function="Lasser",
            team_id=team,
            personnel_number="1001",
            date_in_service=date(2021, 4, 1),
        ),
    )
    gone = people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))
    people.archive_employee(ctx, gone, date(2025, 1, 31))
    return ctx


def test_gui_only_without_a_command() -> None:
    assert _wants_gui([])
    assert _wants_gui(["--db", "x.sqlite", "--lang", "en"])
    assert not _wants_gui(["list", "employees"])
    assert not _wants_gui(["--db", "x.sqlite", "check"])


def test_list_employees_json(
    filled: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "employees", "--json", "--db", str(db_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["team"], r["date_in_service"]) for r in rows] == [
        ("Łukasz Wiśniewski", "Assemblage", "2021-04-01")
    ]
    assert isinstance(rows[0]["id"], int)


def test_list_archived_and_team_filter(
    filled: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "list", "employees", "--archived", "--json"]) == 0
    assert [r["last_name"] for r in json.loads(capsys.readouterr().out)] == ["Bakker"]
    assert main(["--db", str(db_path), "list", "employees", "--team", "assemblage"]) == 0
    out = capsys.readouterr().out
    assert "Wiśniewski, Łukasz" in out and "01-04-2021" in out


def test_unknown_team_is_one_clear_line(
    filled: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "list", "employees", "--team", "Nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Fout: Team 'Nope' bestaat niet."


def test_english_messages(
    filled: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "--db", str(db_path), "list", "employees", "--team", "X"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["list", "nothing"])
    assert info.value.code == 2
    assert "Fout:" in capsys.readouterr().err


def test_backup_and_check(
    filled: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.sqlite"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert out.exists()
    assert main(["--db", str(out), "check"]) == 0
    assert "in orde" in capsys.readouterr().out
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"nonsense" * 64)
    assert main(["--db", str(broken), "check"]) == 2
    assert main(["--db", str(tmp_path / "missing.sqlite"), "backup"]) == 2


def test_corrupt_database_gives_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"nonsense" * 64)
    assert main(["--db", str(broken), "list", "employees"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "broken.sqlite" in err


def test_a_windowed_start_without_console_streams_does_not_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The windowed exe of the Windows bundle has sys.stdout = sys.stderr = None."""
    from teamlead_app.__main__ import main as entry

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert entry(["--db", str(tmp_path / "x.sqlite"), "list", "employees"]) == 0
    assert sys.stdout is not None and sys.stderr is not None
    sys.stdout.close()
    sys.stderr.close()
