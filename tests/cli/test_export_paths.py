"""One path for every export: each command writes its file and one export-log row (kind and
ids, no name); a file held open gives the Excel/PDF-reader message and exit 2; `list ... |
head -1` ends quietly."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee
from teamlead_app.services.storage.export_log import list_export_log
from tests.services.test_privacy import full_person


def _commands(person_id: int, conversation_id: int) -> dict[str, list[str]]:
    return {
        "roster": ["export", "roster", "--out", "rooster.pdf"],
        "summary": ["export", "summary", "--conversation", str(conversation_id), "--out", "v.pdf"],
        "prep": ["export", "prep", "--employee", "1001", "--out", "prep.pdf"],
        "calendar": ["export", "calendar", "--from", "1-1-2019", "--out", "agenda.ics"],
        "pop": ["export", "pop", "--employee", "1001", "--year", "2022", "--out", "pop.pdf"],
        "pop_prep": ["export", "pop-prep", "--employee", "1001", "--out", "pp.pdf"],
        "overview": ["export", "overview", "--year", "2022", "--out", "jaar.xlsx"],
        "person": ["export", "person", "--employee", f"id:{person_id}", "--out", "inzage.zip"],
        "backup": ["backup", "--out", "kopie.sqlite"],
    }


@pytest.mark.parametrize(
    "kind",
    ["roster", "summary", "prep", "calendar", "pop", "pop_prep", "overview", "person", "backup"],
)
def test_every_cli_export_writes_one_log_row(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    person = full_person(ctx, out=None)
    before = len(list_export_log(ctx))
    folder = tmp_path / "uit"
    folder.mkdir()
    monkeypatch.chdir(folder)
    args = _commands(person.id, person.conversations[0])[kind]
    assert main(["--db", str(db_path), *args]) == 0
    out = folder / args[-1]
    assert out.stat().st_size > 0
    logged = list_export_log(ctx)
    assert len(logged) == before + 1
    assert logged[0].action == kind
    assert logged[0].file_name == out.suffix
    assert "Wiśniewski" not in logged[0].scope and "Łukasz" not in logged[0].scope


def test_a_file_held_open_gives_the_close_it_message_and_exit_2(
    ctx: ServiceContext,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    full_person(ctx)
    out = tmp_path / "rooster.pdf"
    out.write_bytes(b"open in de PDF-lezer")

    def locked(_src: object, _dst: object) -> None:  # what Windows does to a file in use
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    assert main(["--db", str(db_path), "export", "roster", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Sluit het bestand in Excel of de PDF-lezer en probeer het opnieuw." in err
    assert "Traceback" not in err
    assert out.read_bytes() == b"open in de PDF-lezer"
    assert "roster" not in {e.action for e in list_export_log(ctx)}


def test_list_into_a_closed_pipe_prints_no_traceback(ctx: ServiceContext, db_path: Path) -> None:
    # More than a pipe buffer holds (64 KiB), so the writer is still writing when the
    # reader goes away, whatever the timing.
    with ctx.sessions.begin() as session:
        session.add_all(
            Employee(
                first_name="Łukasz",
                last_name=f"Wiśniewski-Kowalczyk-Nowakowski {n:05d}",
                personnel_number=str(10000 + n),
                created_at=datetime(2026, 1, 1),
            )
            for n in range(2000)
        )
    command = [sys.executable, "-m", "teamlead_app", "--db", str(db_path), "list", "employees"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()
    child.stdout.close()  # what `| head -1` does after the first line
    err = child.stderr.read().decode()
    child.stderr.close()
    code = child.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert code == 0
