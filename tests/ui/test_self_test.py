"""`teamlead-app --self-test`: a demo database, every page the main window knows and every
export, one summary line and exit 0; a failure is named (exit 1); a folder that cannot be
written or a database already open gives a clear message and exit 2. Paths with spaces and
diacritics throughout (C:\\Users\\Jürgen Müller\\...)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from teamlead_app.config import DbPaths
from teamlead_app.data.filelock import DbLock
from teamlead_app.ui import main_window, translations
from teamlead_app.ui.pages.people_page import PeoplePage
from teamlead_app.ui.self_test import run_self_test


class NewPage(QWidget):
    def __init__(self, _context: object) -> None:
        raise RuntimeError("nieuw scherm")


PAGE_COUNT = len(main_window.PAGES) + len(main_window.HIDDEN_PAGES)


def _self_test(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "teamlead_app", "--self-test", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Users" / "Jürgen Müller" / "Documenten"
    folder.mkdir(parents=True)
    return folder


def test_passes_on_a_new_database_with_one_line(user_folder: Path) -> None:
    db = user_folder / "team lead.sqlite"
    result = _self_test("--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Zelftest geslaagd"), result.stdout
    assert f"{PAGE_COUNT} schermen" in lines[0]
    assert "1 XLSX" in lines[0] and "PDF's" in lines[0]
    assert result.stderr == ""
    # The scratch is gone; the lock file stays by design (deleting it would let two own it).
    assert sorted(p.name for p in user_folder.iterdir()) == [
        "team lead.sqlite",
        "team lead.sqlite.lock",
    ]


def test_without_db_it_works_in_a_temporary_folder_and_cleans_up(tmp_path: Path) -> None:
    temp = tmp_path / "Temp map ü"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    result = _self_test("--lang", "en", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Self-test passed")
    assert list(temp.iterdir()) == []


def test_a_folder_that_cannot_be_written_gives_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "Jürgen Müller.txt"
    blocker.write_text("a file where a folder should be")
    assert run_self_test(["--self-test", "--db", str(blocker / "x.sqlite")]) == 2
    message = capsys.readouterr().err
    assert "kan niet worden geschreven" in message and "Jürgen Müller.txt" in message


def test_a_read_only_folder_gives_exit_2_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "Alleen lezen ü"
    folder.mkdir()
    folder.chmod(0o555)
    command = [
        sys.executable,
        "-m",
        "teamlead_app",
        "--self-test",
        "--db",
        str(folder / "x.sqlite"),
    ]
    if os.geteuid() == 0:
        # An administrator may write anywhere: drop that right, as for an ordinary user.
        assert shutil.which("setpriv"), "setpriv (util-linux) is needed to test as root"
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}", "--", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "kan niet worden geschreven" in result.stderr
    assert "Permission denied" in result.stderr or "Toegang geweigerd" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_database_already_open_gives_exit_2(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = user_folder / "team lead.sqlite"
    lock = DbLock(DbPaths(db).lock)
    lock.acquire()
    try:
        assert run_self_test(["--self-test", "--db", str(db)]) == 2
    finally:
        lock.release()
    assert "al geopend" in capsys.readouterr().err


@pytest.fixture
def restored_language(qapp: QCoreApplication) -> Iterator[None]:
    locale = QLocale()
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QLocale.setDefault(locale)


@pytest.mark.qt_log_ignore(".*propagateSizeHints.*")
def test_a_broken_page_is_named_and_new_pages_are_covered(
    user_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    restored_language: None,
) -> None:
    def broken(self: PeoplePage) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(PeoplePage, "refresh", broken)
    extra = ("extra", f"{__name__}:NewPage")  # a page another helper adds later
    monkeypatch.setattr(main_window, "HIDDEN_PAGES", (*main_window.HIDDEN_PAGES, extra))
    code = run_self_test(["--self-test", "--db", str(user_folder / "team lead.sqlite")])
    line = capsys.readouterr().err.strip()
    assert code == 1
    assert line.startswith("Zelftest MISLUKT (2 fouten)"), line
    assert "scherm people: RuntimeError: kapot" in line
    assert "scherm extra: RuntimeError: nieuw scherm" in line
