"""Instellingen: company and lead for the PDFs, working days and hours, language, rules,
the database file in use (open another, start a new one), its backups (make one, put one
back) and the export log."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.labels import label
from teamlead_app.services.common import settings as settings_service
from teamlead_app.services.common.settings import AppSettings
from teamlead_app.services.storage.export_log import describe_scope, list_export_log
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.translations import install_language
from teamlead_app.ui.widgets.backups_box import BackupsBox
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_datetime


class SettingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._build_ui()
        self._connect_signals()
        guard_writes(
            self.context.ctx, self.save_button, self.templates_button, self.cert_types_button
        )

    def _day_names(self) -> list[str]:
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        outer.addWidget(title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        company = QGroupBox(self.tr("On printouts"))
        form = QFormLayout(company)
        self.company_name = QLineEdit()
        self.lead_name = QLineEdit()
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_button = QPushButton(self.tr("Choose…"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_button)
        form.addRow(self.tr("Company name"), self.company_name)
        form.addRow(self.tr("Your name (team lead)"), self.lead_name)
        form.addRow(self.tr("Logo (optional)"), logo_row)
        layout.addWidget(company)

        planning = QGroupBox(self.tr("Planning"))
        form = QFormLayout(planning)
        days = QHBoxLayout()
        self.day_boxes = [QCheckBox(name) for name in self._day_names()]
        for box in self.day_boxes:
            days.addWidget(box)
        days.addStretch(1)
        self.work_start = QTimeEdit()
        self.work_end = QTimeEdit()
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.work_end)
        hours.addStretch(1)
        self.grace = QSpinBox()
        self.grace.setRange(0, 60)
        self.grace.setSuffix(self.tr(" days"))
        self.stopped = QSpinBox()
        self.stopped.setRange(1, 60)
        self.stopped.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Working days"), days)
        form.addRow(self.tr("Working hours"), hours)
        form.addRow(self.tr("Overdue after the rhythm plus"), self.grace)
        form.addRow(self.tr("Signal 'stopped learning' after"), self.stopped)
        self.templates_button = QPushButton(self.tr("Conversation &templates…"))
        form.addRow(self.tr("Questions per kind"), self.templates_button)
        layout.addWidget(planning)

        certs = QGroupBox(self.tr("Certificates"))
        form = QFormLayout(certs)
        self.cert_days = QSpinBox()
        self.cert_days.setRange(0, 730)
        self.cert_days.setSuffix(self.tr(" days before expiry"))
        self.cert_types_button = QPushButton(self.tr("Certificate &types…"))
        form.addRow(self.tr("Warn about certificates"), self.cert_days)
        form.addRow(self.tr("Types and validity"), self.cert_types_button)
        layout.addWidget(certs)

        general = QGroupBox(self.tr("Language and privacy"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.retention = QSpinBox()
        self.retention.setRange(1, 10)
        self.retention.setSuffix(self.tr(" years after leaving"))
        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(self.tr("Optional: a USB stick or a network folder"))
        self.backup_folder_button = QPushButton(self.tr("Choose…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.backup_folder_button)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Keep records of people who left"), self.retention)
        form.addRow(self.tr("Second backup folder"), folder_row)
        layout.addWidget(general)

        self.error = FormError()
        layout.addWidget(self.error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save settings"))
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

        database = QGroupBox(self.tr("Database file"))
        database_box = QVBoxLayout(database)
        self.db_label = QLabel()
        self.db_label.setWordWrap(True)
        database_box.addWidget(self.db_label)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open another file…"))
        self.new_button = QPushButton(self.tr("Start a new file…"))
        for button in (self.open_button, self.new_button):
            row.addWidget(button)
        row.addStretch(1)
        database_box.addLayout(row)
        layout.addWidget(database)
        self.backups = BackupsBox(self.context)
        layout.addWidget(self.backups)

        log = QGroupBox(self.tr("Export log"))
        log_layout = QVBoxLayout(log)
        hint = QLabel(
            self.tr(
                "Every export of personal data is recorded here (what, for whom by number, the "
                "kind of file), never the content or a name, so you can answer who exported what."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667;")
        self.export_log = QTreeWidget()
        self.export_log.setRootIsDecorated(False)
        self.export_log.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Scope"),
                self.tr("File type"),
                self.tr("User"),
            ]
        )
        self.export_log.setMinimumHeight(220)
        log_layout.addWidget(hint)
        log_layout.addWidget(self.export_log)
        layout.addWidget(log)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.logo_button.clicked.connect(self._choose_logo)
        self.templates_button.clicked.connect(self._templates)
        self.cert_types_button.clicked.connect(self._certificate_types)
        self.open_button.clicked.connect(self._open_other)
        self.new_button.clicked.connect(self._start_new)
        self.backup_folder_button.clicked.connect(self._choose_backup_folder)

    def refresh(self) -> None:
        s = settings_service.get_settings(self.context.ctx)
        self.company_name.setText(s.company_name)
        self.lead_name.setText(s.lead_name)
        self.logo_path.setText(s.logo_path)
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in s.working_days)
        self.work_start.setTime(QTime.fromString(s.work_start, "HH:mm"))
        self.work_end.setTime(QTime.fromString(s.work_end, "HH:mm"))
        self.grace.setValue(s.overdue_grace_days)
        self.stopped.setValue(s.stopped_learning_months)
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        self.retention.setValue(s.retention_years)
        self.backup_folder.setText(s.backup_folder)
        self.cert_days.setValue(s.certificate_warning_days)
        self.db_label.setText(self.tr("In use: {0}").format(self.context.ctx.describe()))
        self._fill_export_log()
        self.backups.refresh()
        self.error.show_message("")

    def _fill_export_log(self) -> None:
        self.export_log.clear()
        for row in list_export_log(self.context.ctx, limit=300):
            self.export_log.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_datetime(row.at),
                        label("export_action", row.action),
                        describe_scope(row.scope),
                        row.file_name,
                        row.os_user,
                    ]
                )
            )
        if self.export_log.topLevelItemCount() == 0:
            self.export_log.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing exported yet.")]))
        for column in range(3):  # when, what, for whom: read in full
            self.export_log.resizeColumnToContents(column)

    def current(self) -> AppSettings:
        base = settings_service.get_settings(self.context.ctx)
        return replace(
            base,
            company_name=self.company_name.text().strip(),
            lead_name=self.lead_name.text().strip(),
            logo_path=self.logo_path.text(),
            working_days=tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
            work_start=self.work_start.time().toString("HH:mm"),
            work_end=self.work_end.time().toString("HH:mm"),
            overdue_grace_days=self.grace.value(),
            stopped_learning_months=self.stopped.value(),
            language=str(self.language.currentData()),
            retention_years=self.retention.value(),
            backup_folder=self.backup_folder.text().strip(),
            certificate_warning_days=self.cert_days.value(),
        )

    def save(self) -> bool:
        new = self.current()
        old_language = settings_service.get_settings(self.context.ctx).language
        try:
            settings_service.save_settings(self.context.ctx, new)
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return False
        self.error.show_message("")
        if new.language != old_language:
            app = QApplication.instance()
            assert app is not None
            install_language(app, new.language)
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The new language is used everywhere after a restart of the program."),
            )
        return True

    def _templates(self) -> None:
        from teamlead_app.ui.dialogs.templates_dialog import TemplatesDialog

        TemplatesDialog.ask(self, self.context.ctx)

    def _certificate_types(self) -> None:
        from teamlead_app.ui.dialogs.certificate_types_dialog import CertificateTypesDialog

        CertificateTypesDialog.ask(self, self.context.ctx)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo_path.setText(name)

    def _choose_backup_folder(self) -> None:
        start = self.backup_folder.text() or str(Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"), start)
        if name:
            self.backup_folder.setText(name)

    def _start_folder(self) -> str:
        """Where the file dialogs start: beside the open file (the home folder on a server)."""
        db = self.context.ctx
        return str(Path.home() if db.is_server else db.path.parent)

    def _db_filter(self) -> str:
        return self.tr("Database (*.sqlite *.db);;All files (*)")

    def _open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self._start_folder(), self._db_filter()
        )
        if name:
            self.context.nav.switch_database(Path(name))

    def _start_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self._start_folder(), self._db_filter()
        )
        if not name:
            return
        path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("File exists"),
                self.tr("{0} already exists. Use 'Open another file' to open it.").format(
                    path.name
                ),
            )
            return
        self.context.nav.switch_database(path)
