"""Import people from an HR or payroll export: pick the file, see a preview with a status per
row and the reason for every rejected row, and only then write (one transaction)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people import import_source, importing
from teamlead_app.services.people.importing import ImportPreview

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext

STATUS_COLOURS = {
    importing.NEW: "#e6f4ea",
    importing.UPDATE: "#e8f0fe",
    importing.UNCHANGED: "#f5f5f5",
    importing.REJECTED: "#fce8e6",
}


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.db = ctx
        self.preview: ImportPreview | None = None
        self.result_: importing.ImportResult | None = None
        self._build_ui()
        self._connect_signals()

    def _status_text(self, status: str) -> str:
        return {
            importing.NEW: self.tr("New"),
            importing.UPDATE: self.tr("Update"),
            importing.UNCHANGED: self.tr("Unchanged"),
            importing.REJECTED: self.tr("Rejected"),
        }[status]

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Import people from HR"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose an export from HR or payroll (CSV or Excel). Columns such as Voornaam, "
                "Tussenvoegsel, Achternaam, Functie, Afdeling, Datum in dienst and "
                "Personeelsnummer are recognised. Nothing is saved until you press Import."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        options = QHBoxLayout()
        self.team = QComboBox()
        self.team.addItem(self.tr("Team from the file (Afdeling/Team column)"), None)
        for team in people.list_teams(self.db):
            self.team.addItem(self.tr("Everyone into: {0}").format(team.name), team.name)
        self.skip_invalid = QCheckBox(self.tr("Import the good rows, skip rejected ones"))
        options.addWidget(self.team, 1)
        options.addWidget(self.skip_invalid)
        layout.addLayout(options)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Status"), self.tr("Name"), self.tr("Details")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.ok.setEnabled(False)
        layout.addWidget(self.buttons)
        self.resize(900, 620)

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self._choose)
        self.team.currentIndexChanged.connect(self._reload)
        self.skip_invalid.toggled.connect(self._update_ok)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

    def _choose(self) -> None:
        start = str(QSettings().value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose HR export"),
            start,
            self.tr("HR export (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            QSettings().setValue("import/folder", str(Path(name).parent))
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path.setText(str(path))
        self._reload()

    def _reload(self) -> None:
        if not self.path.text():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = importing.preview_file(
                self.db, Path(self.path.text()), self.team.currentData()
            )
        except AppError as exc:
            self.preview = None
            self.table.setRowCount(0)
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color: #b3261e;")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_preview(self.preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        counts = preview.counts
        text = self.tr("{0} new, {1} updated, {2} unchanged, {3} rejected.").format(
            counts.new, counts.update, counts.unchanged, counts.rejected
        )
        if preview.new_teams:
            text += " " + self.tr("New teams: {0}.").format(", ".join(preview.new_teams))
        if preview.ignored_columns:
            text += " " + self.tr("Ignored columns: {0}.").format(
                ", ".join(preview.ignored_columns)
            )
        self.summary.setText(text)
        self.summary.setStyleSheet("")
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            if row.problems:
                details = "\n".join(importing.format_problem(p) for p in row.problems)
            elif row.changed:
                details = self.tr("Changes: {0}").format(
                    ", ".join(import_source.field_label(f) for f in row.changed)
                )
            else:
                details = row.team_name
            cells = [str(row.row), self._status_text(row.status), row.name, details]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QColor(STATUS_COLOURS[row.status]))
                if column == 3 and value:
                    item.setToolTip(value)
                self.table.setItem(index, column, item)
        for column in range(3):  # the reasons column stretches and wraps: read in full
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        self._update_ok()

    def _update_ok(self) -> None:
        preview = self.preview
        if preview is None:
            self.ok.setEnabled(False)
            return
        writable = preview.counts.new + preview.counts.update
        blocked = preview.counts.rejected > 0 and not self.skip_invalid.isChecked()
        self.ok.setEnabled(writable > 0 and not blocked)
        self.ok.setToolTip(
            self.tr("Some rows are rejected: fix the file, or tick 'skip rejected ones'.")
            if blocked
            else ""
        )

    def _import(self) -> None:
        if self.preview is None:
            return
        try:
            self.result_ = importing.commit(
                self.db, self.preview, skip_invalid=self.skip_invalid.isChecked()
            )
        except AppError as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color: #b3261e;")
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext) -> importing.ImportResult | None:
        dialog = cls(parent, ctx)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_
        return None
