"""Which database file the window works on: lock it, open it (check, back up, migrate) and
hand it to the window; on a problem offer a way out instead of a traceback. A backup is made
after opening (when changed, at most daily) and on close (when changed); restoring a backup
closes the file, puts the backup in its place and opens it again.

The whole-file integrity check is not on the start path: it runs while opening only when the
last session on the file did not end cleanly (seen at the lock), and otherwise in a worker
thread right after the window shows the data; a damaged file then still gets the dialog.

Before opening, the window may already show the overview read with plain sqlite3
(ui/first_look.py): the lock taken for that is handed to open(), and the full page replaces
the first screen when the file is attached."""

from __future__ import annotations

import contextvars
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from teamlead_app.config import default_db_path
from teamlead_app.data.filelock import AlreadyOpenError, DbLock
from teamlead_app.errors import StorageError
from teamlead_app.ui.dialogs.storage_problem import StorageChoice, StorageProblemDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.util.private import make_private_folder

if TYPE_CHECKING:  # SQLAlchemy is imported only once the window is painted
    from teamlead_app.data.context import ServiceContext
    from teamlead_app.data.db import Database
    from teamlead_app.services.storage.restore import RestoreReport

log = logging.getLogger(__name__)


class DatabaseSession(QObject):
    # (path as str, message) from the background check; delivered in the UI thread.
    damaged = Signal(str, str)

    def __init__(
        self, window: MainWindow, language_forced: bool = False, background_check: bool = True
    ) -> None:
        super().__init__(window)
        self._window = window
        self._lock: DbLock | None = None
        self._db: Database | None = None
        self.language_forced = language_forced
        self._background_check = background_check
        self.check_thread: threading.Thread | None = None
        self.damaged.connect(self._on_damaged)
        window.set_session(self)

    @property
    def path(self) -> Path | None:
        """The open database file; None when nothing, or a server database, is open."""
        if self._db is None or self._db.is_server:
            return None
        return self._db.path

    def open_server(self, url_text: str) -> bool:
        """Open the company database on a PostgreSQL server: no lock file, no backup files
        and no file check (the server and its administrator see to those). The password is
        asked when the server wants one; the app never writes it down, the user may have it
        remembered in the computer's credential store (ui/server_login.py). On a problem:
        the message, and try again or quit. False when the user quits."""
        from teamlead_app.data.server import WrongPasswordError
        from teamlead_app.services.storage.database import open_server
        from teamlead_app.ui.server_login import PasswordPrompt, refused_note

        self.close()
        note = ""
        while True:
            prompt = PasswordPrompt(self._window, url_text, note)
            note = ""
            try:
                db = open_server(url_text, prompt)
            except WrongPasswordError as exc:
                if prompt.refused():
                    note = refused_note()
                    continue
                if not self._retry_server(str(exc)):
                    QApplication.quit()
                    return False
                continue
            except StorageError as exc:
                if not self._retry_server(str(exc)):
                    QApplication.quit()
                    return False
                continue
            prompt.settle()
            self._db = db
            log.info("server database opened")
            self._window.attach(self._context_for(db))
            return True

    @staticmethod
    def _context_for(database: Database) -> ServiceContext:
        """The one ServiceContext of this opened database: the window's language and who is
        logged in (on a server: the login's role and teams, read once here)."""
        from teamlead_app.data.context import context_for

        return context_for(database)

    def _retry_server(self, message: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Database cannot be opened"),
            message,
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Retry).setText(self.tr("Try again"))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Quit"))
        return box.exec() == QMessageBox.StandardButton.Retry

    def open(self, path: Path, lock: DbLock | None = None) -> bool:
        """Open `path`; on failure let the user choose another way. False when they quit.
        `lock`: the file's lock, already taken for the fast first screen (ui/first_look.py)."""
        while True:
            taken, lock = lock, None
            try:
                self._open_once(path, taken)
                return True
            except AlreadyOpenError:
                self._window.drop_first_screen()
                QMessageBox.information(
                    self._window,
                    self.tr("Already open"),
                    self.tr(
                        "This database is already open in another window or command of the "
                        "program. Use that window; this one closes."
                    ),
                )
                QApplication.quit()
                return False
            except StorageError as exc:
                self._window.drop_first_screen()  # no data of a file that does not open
                choice = StorageProblemDialog.ask(self._window, path, str(exc))
                if choice is None or choice.action == StorageChoice.QUIT:
                    QApplication.quit()
                    return False
                path = choice.path

    def _open_once(self, path: Path, taken: DbLock | None = None) -> None:
        from teamlead_app.data.migrate import recreated_message
        from teamlead_app.services.storage.database import (
            lock_database,
            open_database,
            require_folder,
        )

        if taken is None:
            self.close()
        if not path.parent.is_dir():
            if path != default_db_path():
                require_folder(path)  # a mistyped --db is refused, not silently created
            try:
                make_private_folder(path.parent)  # the first start: the per-user folder
            except OSError as exc:
                raise StorageError(
                    self.tr("The folder {0} cannot be made: {1}").format(path.parent, exc.strerror)
                ) from exc
        lock = taken if taken is not None else lock_database(path)
        thorough = not lock.previous_exit_clean
        try:
            db = open_database(path, thorough=thorough)
        except BaseException:
            lock.release()
            raise
        self._lock, self._db = lock, db
        log.info("database opened (%s)", db.opened_as)
        if db.opened_as == "recreated":
            QMessageBox.information(
                self._window, self.tr("Database created again"), recreated_message(path)
            )
        self._window.attach(self._context_for(db))
        self._auto_backup(path, daily=True)
        if not thorough and db.opened_as == "current" and self._background_check:
            self._start_background_check(path)

    def _start_background_check(self, path: Path) -> None:
        from teamlead_app.services.storage.database import background_check

        def work() -> None:
            problem = background_check(path)
            if problem is not None:
                self.damaged.emit(str(path), problem)

        # The message is written in the window's language: the thread runs in a copy of this
        # context (i18n's ContextVar), not in a fresh one that would say it in Dutch.
        self.check_thread = threading.Thread(
            target=contextvars.copy_context().run, args=(work,), name="integrity-check", daemon=True
        )
        self.check_thread.start()

    def _on_damaged(self, path_text: str, message: str) -> None:
        if self.path is None or str(self.path) != path_text:
            return  # another file was opened meanwhile
        path = Path(path_text)
        log.warning("background integrity check failed")
        self.close()
        choice = StorageProblemDialog.ask(self._window, path, message)
        if choice is None or choice.action == StorageChoice.QUIT:
            QApplication.quit()
            return
        self.open(choice.path)

    def _auto_backup(self, path: Path, *, daily: bool) -> None:
        """Never in the way: a failure is logged (and a second folder that cannot be reached
        is shown in the status bar), the work goes on."""
        from teamlead_app.services.storage import backups

        try:
            result = backups.auto_backup(path, daily=daily)
        except (StorageError, OSError) as exc:
            log.warning("automatic backup failed: %s", type(exc).__name__)
            return
        if result is not None and result.warning:
            log.warning("second backup folder not reached")
            self._window.statusBar().showMessage(result.warning, 30_000)

    def restore(self, source: object) -> None:
        """Put the backup `source` in place of the open file (kept aside first), reopen, and
        show what changed; on a refusal the current file stays open."""
        from teamlead_app.services.storage import restore

        path = self.path
        if path is None or self._db is None:
            return
        self._window.detach()
        self._db.close()
        self._db = None
        try:
            report = restore.restore_backup(path, Path(str(source)))
        except (StorageError, OSError) as exc:
            self._reopen(path)
            show_error(
                self._window, exc if isinstance(exc, StorageError) else StorageError(str(exc))
            )
            return
        self._reopen(path)
        self._show_restored(report)

    def _reopen(self, path: Path) -> None:
        from teamlead_app.services.storage.database import open_database

        try:
            db = open_database(path)
        except StorageError:
            self.open(path)  # the usual way out: another file, a backup, quit
            return
        self._db = db
        self._window.attach(self._context_for(db))

    def _show_restored(self, report: RestoreReport) -> None:
        from teamlead_app.services.storage.backups import made_at
        from teamlead_app.util.dates import format_datetime

        before, after = report.before, report.after
        made = made_at(report.source)
        lines = [
            self.tr("The backup of {0} is back in use.").format(format_datetime(made))
            if made
            else self.tr("The backup {0} is back in use.").format(report.source.name),
            "",
            self.tr("Employees: {0} → {1}").format(before.people if before else "?", after.people),
            self.tr("Conversations: {0} → {1}").format(
                before.conversations if before else "?", after.conversations
            ),
        ]
        if report.migrated:
            lines.append(self.tr("The backup was brought up to date for this version."))
        kept = report.kept_aside
        if kept is not None and made_at(kept) is not None:
            lines += [
                "",
                self.tr(
                    "The data used until now is kept as a backup of {0} (before putting back "
                    "a backup), so you can go back to it."
                ).format(format_datetime(made_at(kept))),
            ]
        elif kept is not None:
            lines += ["", self.tr("The damaged file used until now is kept as {0}.").format(kept)]
        QMessageBox.information(self._window, self.tr("Backup put back"), "\n".join(lines))

    def switch(self, path: Path) -> bool:
        """Open another file from the settings page; the current one stays if that fails."""
        previous = self.path
        self._window.detach()
        if self.open(path):
            return True
        if previous is not None:
            return self.open(previous)
        return False

    def close(self) -> None:
        if self._db is not None and self._db.is_server:
            self._window.detach()
            self._db.close()
            self._db = None
        if self._db is not None:
            path = self._db.path
            self._window.detach()
            self._db.close()
            self._db = None
            self._auto_backup(path, daily=False)
        if self._lock is not None:
            self._lock.release()
            self._lock = None
