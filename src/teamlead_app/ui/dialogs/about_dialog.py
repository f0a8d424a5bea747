"""Over Teamlead: the version (from the installed package), where the data lives, and the
licences of everything that ships with the program."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.config import DbPaths, default_db_path, log_dir
from teamlead_app.licences import COMPONENTS, app_version, component_version
from teamlead_app.ui.identity import app_icon
from teamlead_app.ui.open_files import open_path


def _link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{escape(url)}">{escape(str(path))}</a>'


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, db_path: Path | None) -> None:
        super().__init__(parent)
        self.db_path = db_path or default_db_path()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("About Teamlead"))
        self.setWindowIcon(app_icon())
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon)
        title = QLabel(
            "<span style='font-size:18pt; font-weight:600'>Teamlead</span><br>"
            + escape(self.tr("Version {0}").format(app_version()))
            + "<br>"
            + escape(
                self.tr("Monthly one-on-ones, agreements and development (POP) for the team lead.")
            )
        )
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(title, 1)
        layout.addLayout(head)

        where = QGroupBox(self.tr("Where your data lives"))
        form = QFormLayout(where)
        self.data_labels: dict[str, QLabel] = {}
        paths = DbPaths(self.db_path)
        for key, text, path in (
            ("db", self.tr("Database"), paths.db),
            ("backups", self.tr("Backups"), paths.backups),
            ("logs", self.tr("Log files"), log_dir()),
        ):
            label = QLabel(_link(path))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setOpenExternalLinks(False)
            label.setProperty("path", str(path))
            self.data_labels[key] = label
            form.addRow(text, label)
        note = QLabel(
            self.tr(
                "Uninstalling the program leaves these folders alone. Click a path to open "
                "its folder."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #556;")
        form.addRow(note)
        layout.addWidget(where)

        shipped = QGroupBox(self.tr("Licences of what ships with the program"))
        box = QVBoxLayout(shipped)
        self.licences = QTreeWidget()
        self.licences.setRootIsDecorated(False)
        self.licences.setHeaderLabels([self.tr("Part"), self.tr("Version"), self.tr("Licence")])
        for component in COMPONENTS:
            item = QTreeWidgetItem(
                [component.name, component_version(component), component.licence]
            )
            item.setToolTip(0, component.link)
            self.licences.addTopLevelItem(item)
        for column in range(3):
            self.licences.resizeColumnToContents(column)
        box.addWidget(self.licences)
        lgpl = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: they are separate "
                "libraries in the program folder, which you may replace with your own build. "
                "Their source code is at qt.io and pypi.org/project/PySide6-Essentials."
            )
        )
        lgpl.setWordWrap(True)
        box.addWidget(lgpl)
        layout.addWidget(shipped, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = self.buttons.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        for label in self.data_labels.values():
            label.linkActivated.connect(
                lambda _url, lb=label: self._open(Path(lb.property("path")))
            )

    def _open(self, path: Path) -> None:
        """The folder (for the database: the folder it is in); made when it is not there yet."""
        folder = path.parent if path.suffix else path
        if folder.is_dir():
            open_path(folder)
        else:
            QMessageBox.information(
                self,
                self.tr("Not there yet"),
                self.tr("The folder {0} is made when it is first needed.").format(folder),
            )

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path | None) -> None:
        cls(parent, db_path).exec()
