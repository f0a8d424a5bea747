"""The export log records who exported what, never the content."""

from __future__ import annotations

from pathlib import Path

from teamlead_app.data.db import Database
from teamlead_app.services.export_log import list_export_log, log_export


def test_log_records_kind_scope_and_file_name_only(db: Database, tmp_path: Path) -> None:
    log_export(db, "summary", "conversation=12", tmp_path / "sub" / "verslag.pdf")
    log_export(db, "overview", "year=2026 team=3", "overzicht.xlsx")
    rows = list_export_log(db)
    assert [(r.action, r.scope, r.file_name) for r in rows] == [
        ("overview", "year=2026 team=3", "overzicht.xlsx"),
        ("summary", "conversation=12", "verslag.pdf"),
    ]
    assert all(r.at is not None for r in rows)
