"""Without --db everything goes to the per-user data folder, also when the user's name has a
space and diacritics (C:\\Users\\Jürgen Müller\\AppData\\Local\\Teamlead\\Teamlead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.config import default_db_path


def test_the_default_database_and_backups_live_in_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "Users" / "Jürgen Müller" / "AppData" / "Local" / "Teamlead" / "Teamlead"
    monkeypatch.setenv("TEAMLEAD_DATA_DIR", str(data))
    assert default_db_path() == data / "teamlead.sqlite"
    assert main(["demo", "--size", "6"]) == 0
    assert main(["backup"]) == 0
    out = tmp_path / "Users" / "Jürgen Müller" / "Mijn documenten" / "team overzicht.pdf"
    out.parent.mkdir()
    assert main(["export", "roster", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert (data / "teamlead.sqlite").exists()
    assert [p.parent for p in (data / "backups").iterdir()] == [data / "backups"]
    assert str(data) in capsys.readouterr().out
