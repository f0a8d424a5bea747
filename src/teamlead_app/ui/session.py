"""Which database file the window works on: lock it, open it (check, back up, migrate) and
hand it to the window; on a problem offer a way out instead of a traceback."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from teamlead_app.config import DbPaths
from teamlead_app.data.filelock import AlreadyOpenError, DbLock
from teamlead_app.errors import StorageError
from teamlead_app.ui.dialogs.storage_problem import StorageChoice, StorageProblemDialog
from teamlead_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DatabaseSession(QObject):
    def __init__(self, window: MainWindow, language_forced: bool = False) -> None:
        super().__init__(window)
        self._window = window
        self._lock: DbLock | None = None
        self._db = None
        self.language_forced = language_forced
        window.set_session(self)

    @property
    def path(self) -> Path | None:
        return self._db.path if self._db is not None else None

    def open(self, path: Path) -> bool:
        """Open `path`; on failure let the user choose another way. False when they quit."""
        while True:
            try:
                self._open_once(path)
                return True
            except AlreadyOpenError:
                QMessageBox.information(
                    self._window,
                    self.tr("Already open"),
                    self.tr(
                        "This database is already open in another window of the program. "
                        "Use that window; this one closes."
                    ),
                )
                QApplication.quit()
                return False
            except StorageError as exc:
                choice = StorageProblemDialog.ask(self._window, path, str(exc))
                if choice is None or choice.action == StorageChoice.QUIT:
                    QApplication.quit()
                    return False
                path = choice.path

    def _open_once(self, path: Path) -> None:
        from teamlead_app.services.storage import open_database

        self.close()
        lock = DbLock(DbPaths(path).lock)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                self.tr("The folder {0} cannot be made: {1}").format(path.parent, exc.strerror)
            ) from exc
        lock.acquire()
        try:
            db = open_database(path)
        except BaseException:
            lock.release()
            raise
        self._lock, self._db = lock, db
        log.info("database opened")
        self._window.attach(db)

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
        if self._db is not None:
            self._window.detach()
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
