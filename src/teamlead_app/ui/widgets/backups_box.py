"""The Back-ups box of the settings page: the backups beside the database with the date and
what each holds (read from the file itself), a backup now, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.services.storage import backups
from teamlead_app.services.storage import database as storage
from teamlead_app.services.storage.backups import BackupInfo
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.errors import show_error
from teamlead_app.util.dates import format_datetime

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Backups"))
        layout = QVBoxLayout(self)
        self._file_hint = self.tr(
            "A backup is made when the program starts (at most once a day) and when it "
            "closes, if something changed, and checked before it counts. Kept: one a day "
            "for a week, one a week for a month, one a month for half a year."
        )
        self.hint = hint = QLabel(self._file_hint)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667;")
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Made on"), self.tr("Kind"), self.tr("Employees"), self.tr("Conversations")]
        )
        self.tree.setMinimumHeight(180)
        self.tree.header().setStretchLastSection(False)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Make a backup now"))
        self.restore_button = QPushButton(self.tr("Put selected backup back…"))
        self.file_button = QPushButton(self.tr("Put back from a file…"))
        for button in (self.backup_button, self.restore_button, self.file_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(self.tree)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._restore_file)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self._restore_selected())

    def _kind(self, label: str) -> str:
        if label == backups.AUTO:
            return self.tr("Automatic")
        if label == backups.MANUAL:
            return self.tr("By hand")
        if label == backups.BEFORE_RESTORE:
            return self.tr("Before putting back a backup")
        if label.startswith("voor-migratie"):
            return self.tr("Before an update")
        return self.tr("Backup")

    def refresh(self) -> None:
        self.tree.clear()
        on_server = self.context.ctx.is_server
        self.tree.setHidden(on_server)
        for button in (self.backup_button, self.restore_button, self.file_button):
            button.setHidden(on_server)
        if on_server:
            self.hint.setText(
                self.tr(
                    "The database is on a server: its administrator makes the backups "
                    "(for example with pg_dump)."
                )
            )
            return
        self.hint.setText(self._file_hint)
        for info in backups.list_backups(self.context.ctx.path):
            counts = info.counts
            item = QTreeWidgetItem(
                [
                    format_datetime(info.made_at),
                    self._kind(info.label),
                    str(counts.people) if counts else self.tr("unreadable"),
                    str(counts.conversations) if counts else "",
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount() == 0:
            empty = QTreeWidgetItem(["", self.tr("No backups yet: make one now.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.restore_button.setEnabled(item is not None and bool(item.data(0, PATH_ROLE)))

    def backup_now(self) -> None:
        try:
            result = storage.make_backup(self.context.ctx)  # logged like every export
        except AppError as exc:
            show_error(self, exc)
            return
        text = self.tr("Backup made and checked: {0}").format(result.path.name)
        if result.copy is not None:
            text += "\n" + self.tr("A copy is in {0}.").format(result.copy.parent)
        if result.warning:
            QMessageBox.warning(self, self.tr("Backup"), text + "\n\n" + result.warning)
        else:
            QMessageBox.information(self, self.tr("Backup"), text)
        self.refresh()

    def _selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        path = item.data(0, PATH_ROLE) if item is not None else None
        if not path:
            return None
        found = [i for i in backups.list_backups(self.context.ctx.path) if str(i.path) == path]
        return found[0] if found else None

    def _restore_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        counts = info.counts
        what = (
            self.tr("{0} employees, {1} conversations").format(counts.people, counts.conversations)
            if counts
            else self.tr("contents unreadable")
        )
        self._confirm_and_restore(
            info.path,
            self.tr("the backup of {0} ({1})").format(format_datetime(info.made_at), what),
        )

    def _restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Put back a backup"),
            str(self.context.ctx.path.parent),
            self.tr("Database (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self._confirm_and_restore(Path(name), Path(name).name)

    def _confirm_and_restore(self, path: Path, what: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Put back a backup"),
            self.tr(
                "Replace the data in use by {0}?\n\nThe current data is first kept as a "
                "backup ('before putting back a backup'), so this can be undone."
            ).format(what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.nav.restore_database(path)
