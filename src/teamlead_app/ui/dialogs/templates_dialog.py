"""The template editor: sections and questions of each conversation kind; add, remove,
reorder. Saving makes a new version, so an old conversation keeps the questions asked then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.i18n import language
from teamlead_app.labels import label
from teamlead_app.services.conversations import templates
from teamlead_app.services.conversations.templates import QuestionDraft, TemplateView
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.db = ctx
        self.current: TemplateView | None = None
        self._build_ui()
        self._connect_signals()
        self._fill_list()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Conversation templates"))
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        layout.addWidget(self.list)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.version = QLabel()
        self.version.setStyleSheet("color: #667;")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Default duration"), self.minutes)
        form.addRow(self.tr("Version"), self.version)
        right.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Question")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.verticalHeader().hide()
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add question"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        right.addLayout(row)
        note = QLabel(
            self.tr(
                "Saving makes a new version. Conversations already planned or held keep the "
                "questions of their own version."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #667;")
        right.addWidget(note)
        self.error = FormError()
        right.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        right.addWidget(self.buttons)
        layout.addLayout(right, 1)
        self.resize(980, 620)

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._show_selected)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _fill_list(self, select_key: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for view in templates.list_templates(self.db, language()):
            kind = label("conversation_kind", view.kind)
            text = view.name if view.name == kind else f"{view.name}\n{kind}"
            item = QListWidgetItem(f"{text}  (v{view.version})")
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.list.addItem(item)
            if view.key == select_key:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        view: TemplateView = item.data(Qt.ItemDataRole.UserRole)
        self.current = view
        self.name.setText(view.name)
        self.minutes.setValue(view.default_minutes)
        self.version.setText(
            self.tr("{0} (since {1})").format(view.version, f"{view.created_at:%d-%m-%Y}")
        )
        self.table.setRowCount(0)
        for question in view.questions:
            self._append(question.section, question.text)
        self.error.show_message("")

    def _append(self, section: str, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(section))
        self.table.setItem(row, 1, QTableWidgetItem(text))

    def _add(self) -> None:
        current = self.table.item(self.table.currentRow(), 0)
        section = current.text() if current is not None else ""
        self._append(section, "")
        last = self.table.rowCount() - 1
        self.table.setCurrentCell(last, 1)
        new_item = self.table.item(last, 1)
        if new_item is not None:
            self.table.editItem(new_item)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for column in range(2):
            a, b = self.table.takeItem(row, column), self.table.takeItem(target, column)
            self.table.setItem(row, column, b)
            self.table.setItem(target, column, a)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def questions(self) -> list[QuestionDraft]:
        result = []
        for row in range(self.table.rowCount()):
            section, text = (self.table.item(row, c) for c in range(2))
            result.append(
                QuestionDraft(section.text() if section else "", text.text() if text else "")
            )
        return result

    def save(self) -> bool:
        if self.current is None:
            return False
        try:
            saved = templates.save_template(
                self.db,
                self.current.key,
                self.current.language,
                self.name.text(),
                self.questions(),
                self.minutes.value(),
            )
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return False
        self._fill_list(select_key=saved.key)
        self.error.show_message("")
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext) -> None:
        cls(parent, ctx).exec()
