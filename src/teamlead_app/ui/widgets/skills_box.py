"""On the profile: the person's certificates (add, edit, delete, attach and open a scan) and
the skills with the level the function needs (the gap view)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.records.skills import CertificateView
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.common import settings
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills.knowledge import PersonLevelRow
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.certificate_dialog import CertificateDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.models.table import Column, RowTableModel
from teamlead_app.ui.widgets.lists import row_table
from teamlead_app.util.dates import format_date

STATUS_COLOURS = {"expired": "#c62828", "expiring": "#b26a00"}


class SkillsBox(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employee_id: int | None = None
        self._build_certificates()
        self._build_levels()
        self.setMinimumHeight(200)

    def _build_certificates(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.cert_model: RowTableModel[CertificateView] = RowTableModel(
            [
                Column(self.tr("Certificate"), lambda c: c.type_name),
                Column(self.tr("Issued"), lambda c: format_date(c.issued_on)),
                Column(self.tr("Valid until"), lambda c: format_date(c.expires_on)),
                Column(self.tr("Status"), lambda c: label("certificate_status", c.status)),
                Column(self.tr("Scan"), lambda c: c.scan_name),
                Column(self.tr("Note"), lambda c: c.note),
            ],
            self,
        )
        self.cert_table = row_table(self.cert_model)  # type: ignore[arg-type]
        self.cert_table.setSortingEnabled(False)
        layout.addWidget(self.cert_table)
        row = QHBoxLayout()
        self.add_cert = QPushButton(self.tr("Add certificate…"))
        self.edit_cert = QPushButton(self.tr("Edit…"))
        self.delete_cert = QPushButton(self.tr("Delete"))
        self.attach_scan = QPushButton(self.tr("Attach scan…"))
        self.open_scan = QPushButton(self.tr("Open scan"))
        for button in (self.add_cert, self.edit_cert, self.delete_cert):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.attach_scan)
        row.addWidget(self.open_scan)
        layout.addLayout(row)
        self.addTab(page, self.tr("Certificates"))
        self.add_cert.clicked.connect(self._add)
        self.edit_cert.clicked.connect(self._edit)
        self.delete_cert.clicked.connect(self._delete)
        self.attach_scan.clicked.connect(self._attach)
        self.open_scan.clicked.connect(self._open)
        self.cert_table.doubleClicked.connect(lambda _i: self._edit())
        self.cert_table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_levels(self) -> None:
        self.level_model: RowTableModel[PersonLevelRow] = RowTableModel(
            [
                Column(self.tr("Group"), lambda r: label("skill_group", r.group)),
                Column(self.tr("Skill"), lambda r: r.skill),
                Column(
                    self.tr("Level"),
                    lambda r: f"{level_text(r.level)} · {label('iluo_level', r.level)}",
                ),
                Column(
                    self.tr("Required"),
                    lambda r: level_text(r.required) if r.required else "",
                ),
                Column(self.tr("Gap"), lambda r: self.tr("below required") if r.gap else ""),
                Column(
                    self.tr("Last change"),
                    lambda r: format_date(r.history[0].assessed_on) if r.history else "",
                ),
            ],
            self,
        )
        self.level_table: QTableView = row_table(self.level_model)  # type: ignore[arg-type]
        self.level_table.setSortingEnabled(False)
        self.addTab(self.level_table, self.tr("Skills and gaps"))

    # --- data ----------------------------------------------------------------------------

    def show_employee(self, employee_id: int, archived: bool) -> None:
        self.employee_id = employee_id
        db = self.context.ctx
        days = settings.get_settings(db).certificate_warning_days
        rows = certificates.list_certificates(db, employee_id=employee_id, warning_days=days)
        self.cert_model.set_rows(rows)
        self.cert_table.resizeColumnsToContents()
        levels = knowledge.person_levels(db, employee_id)
        self.level_model.set_rows(levels)
        self.level_table.resizeColumnsToContents()
        expired = sum(r.status == "expired" for r in rows)
        expiring = sum(r.status == "expiring" for r in rows)
        title = self.tr("Certificates ({0})").format(len(rows))
        if expired or expiring:
            title = self.tr("Certificates ({0}, {1} expired, {2} expiring)").format(
                len(rows), expired, expiring
            )
            self.tabBar().setTabTextColor(0, QColor(STATUS_COLOURS["expired"]))
        else:
            self.tabBar().setTabTextColor(0, QColor())
        self.setTabText(0, title)
        gaps = sum(r.gap for r in levels)
        self.setTabText(1, self.tr("Skills and gaps ({0} below required)").format(gaps))
        self.add_cert.setEnabled(not archived)
        self._update_buttons()

    def _selected(self) -> CertificateView | None:
        rows = self.cert_table.selectionModel().selectedRows()
        return self.cert_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        for button in (self.edit_cert, self.delete_cert, self.attach_scan):
            button.setEnabled(chosen is not None)
        self.open_scan.setEnabled(chosen is not None and chosen.has_scan)

    def _reload(self) -> None:
        if self.employee_id is not None:
            self.show_employee(self.employee_id, not self.add_cert.isEnabled())

    # --- actions -------------------------------------------------------------------------

    def _add(self) -> None:
        if self.employee_id is not None and CertificateDialog.ask(
            self, self.context.ctx, self.employee_id
        ):
            self._reload()

    def _edit(self) -> None:
        chosen = self._selected()
        if chosen is not None and CertificateDialog.ask(
            self, self.context.ctx, chosen.employee_id, chosen
        ):
            self._reload()

    def _delete(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete certificate"),
            self.tr("Delete {0} of {1}?").format(chosen.type_name, format_date(chosen.issued_on)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            certificates.delete_certificate(self.context.ctx, chosen.id)
            self._reload()

    def _attach(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach scan"),
            str(Path.home()),
            self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)"),
        )
        if not name:
            return
        try:
            certificates.attach_scan(self.context.ctx, chosen.id, Path(name))
        except AppError as exc:
            show_error(self, exc)
        self._reload()

    def _open(self) -> None:
        chosen = self._selected()
        scan = certificates.get_scan(self.context.ctx, chosen.id) if chosen else None
        if scan is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="teamlead-scan-"))
        path = folder / (Path(scan.file_name).name or f"scan-{date.today()}")
        path.write_bytes(scan.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
