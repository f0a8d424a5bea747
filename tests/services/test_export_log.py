"""The export log records who exported what, never the content, never a name: one service
(`save_export`) writes the file and the log row, both or neither."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import ExportLog
from teamlead_app.errors import StorageError
from teamlead_app.services.privacy.access import run_retention, write_access_export
from teamlead_app.services.storage import export_log
from teamlead_app.services.storage.export_log import list_export_log, log_export, save_export
from tests.services.test_privacy import full_person


def test_log_records_kind_scope_and_the_kind_of_file_only(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    log_export(ctx, "summary", "conversation=12", tmp_path / "sub" / "verslag Jan.pdf")
    log_export(ctx, "overview", "year=2026 team=3", "overzicht.XLSX")
    log_export(ctx, "delete", "employee=4")
    rows = list_export_log(ctx)
    assert [(r.action, r.scope, r.file_name) for r in rows] == [
        ("delete", "employee=4", ""),
        ("overview", "year=2026 team=3", ".xlsx"),
        ("summary", "conversation=12", ".pdf"),
    ]
    assert all(r.at is not None for r in rows)


def _all_text(ctx: ServiceContext) -> str:
    with ctx.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM export_log")).all()
    return repr(rows)


def test_a_retention_deletion_leaves_no_name_in_the_export_log(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    person = full_person(ctx, out=date(2020, 1, 31))  # Łukasz Wiśniewski, long gone
    write_access_export(ctx, person.id, tmp_path / "Inzage Łukasz Wiśniewski 25-11-2026.zip")
    # A row as an older version wrote it, with the person's name in the file name.
    with ctx.sessions.begin() as session:
        session.add(
            ExportLog(
                at=export_log.datetime.now(),
                action="pop",
                scope=f"employee={person.id} year=2024",
                file_name="POP-Łukasz Wiśniewski-2024.pdf",
                os_user="",
            )
        )
    run_retention(ctx, [person.id], today=date(2026, 11, 25))
    stored = _all_text(ctx)
    for word in ("Łukasz", "Wiśniewski", "Lukasz", "Wisniewski"):
        assert word not in stored
    assert "employee=" in stored  # the rows are still there, with ids


def test_a_failing_log_removes_the_written_file(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / "overzicht.pdf"

    def broken(*_args: object, **_kw: object) -> None:
        raise StorageError("de database is even bezet")

    monkeypatch.setattr(export_log, "log_export", broken)
    with pytest.raises(StorageError):
        save_export(ctx, "overview", "year=2026 team=all", out, b"%PDF-1.4")
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temporary file either
    assert list_export_log(ctx) == []


def test_a_failing_write_logs_nothing(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / "rooster.pdf"
    out.write_bytes(b"old")

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(StorageError) as caught:
        save_export(ctx, "roster", "team=all", out, b"%PDF-1.4")
    assert "Sluit het bestand in Excel of de PDF-lezer en probeer het opnieuw." in str(caught.value)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["rooster.pdf"]
    assert list_export_log(ctx) == []


@pytest.mark.sqlite_only  # a backup file; on a server: tests/data/test_server.py
def test_a_backup_that_cannot_be_logged_is_removed_again(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from teamlead_app.services.storage.database import make_backup

    out = tmp_path / "kopie.sqlite"
    assert make_backup(ctx, out).path == out and out.exists()
    assert [(r.action, r.scope, r.file_name) for r in list_export_log(ctx)] == [
        ("backup", "database", ".sqlite")
    ]
    out.unlink()

    def broken(*_args: object, **_kw: object) -> None:
        raise StorageError("de database is even bezet")

    monkeypatch.setattr(export_log, "log_export", broken)
    with pytest.raises(StorageError):
        make_backup(ctx, out)
    assert not out.exists()


@pytest.mark.parametrize(
    ("scope", "shown"),
    [
        ("conversation=5 employee=1", "gesprek id:5 · medewerker id:1"),
        ("year=2026 team=all", "jaar 2026 · alle teams"),
        (
            "team=3 from=2026-12-01 to=2027-01-31",
            "team id:3 · vanaf 01-12-2026 · tot en met 31-01-2027",
        ),
        ("team=all from=None", "alle teams"),
        ("blank", "leeg formulier"),
        ("deleted=1 backups=3 log=2", "verwijderd 1 · back-ups 3 · logregels 2"),
        ("people/conversations=44/683->40/600", "mensen/gesprekken 44/683 → 40/600"),
        ("pairing=2 employee=7 mentor=9", "koppeling id:2 · medewerker id:7 · mentor id:9"),
        ("something=else", "something=else"),  # unknown: as stored, never dropped
    ],
)
def test_the_scope_reads_in_dutch(scope: str, shown: str) -> None:
    assert export_log.describe_scope(scope) == shown
