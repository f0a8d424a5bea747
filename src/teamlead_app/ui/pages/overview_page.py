"""Overzicht: where the lead starts the day. With an empty database it is the welcome screen
that offers the three ways to fill the app (demo, import, add a person)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.pages.dashboard import Dashboard
from teamlead_app.ui.write_access import guard_writes


def _centred(label: QLabel) -> QHBoxLayout:
    """A wrapped text as wide as it may be (up to its maximum), centred. Added with an
    alignment instead, a word-wrapped label shrinks to a narrow column and its last lines are
    cut off."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label, 100)
    row.addStretch(1)
    return row


class WelcomePanel(QWidget):
    def __init__(self, page: OverviewPage) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome"))
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = intro = QLabel(
            self.tr(
                "Here you keep the monthly conversations with your team, the agreements you "
                "make, and everyone's development plan (POP). Everything stays on this PC.\n\n"
                "There is nobody in the program yet. How do you want to start?"
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setStyleSheet("font-size: 11pt;")
        intro.setMaximumWidth(640)
        layout.addWidget(title)
        layout.addLayout(_centred(intro))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import team from HR file…"))
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.demo_button = QPushButton(self.tr("Load demo company"))
        for button in (self.import_button, self.add_button, self.demo_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(210)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addSpacing(18)
        layout.addLayout(buttons)
        self.hint = hint = QLabel(
            self.tr(
                "The demo company is made-up: use it to look around. It can only be loaded "
                "into an empty database; start a new file under Settings for your real team."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: #666;")
        hint.setMaximumWidth(640)
        layout.addSpacing(12)
        layout.addLayout(_centred(hint))
        layout.addStretch(2)
        self.import_button.clicked.connect(page.import_people)
        self.add_button.clicked.connect(page.add_person)
        self.demo_button.clicked.connect(page.load_demo)


class OverviewPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.stack = QStackedLayout(self)
        self.welcome = WelcomePanel(self)
        guard_writes(context.ctx, self.welcome.import_button, self.welcome.add_button)
        guard_writes(context.ctx, self.welcome.demo_button)
        self.dashboard = Dashboard(context)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.dashboard)

    def refresh(self) -> None:
        if people.count_employees(self.context.ctx) == 0:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.dashboard.refresh()
            self.stack.setCurrentWidget(self.dashboard)

    def load_demo(self) -> None:
        from teamlead_app.services.demo.company import generate_company

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            generate_company(self.context.ctx)
        except AppError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()

    def import_people(self) -> None:
        from teamlead_app.ui.dialogs.import_dialog import ImportDialog

        if ImportDialog.ask(self, self.context.ctx):
            self.refresh()

    def add_person(self) -> None:
        saved = EmployeeDialog.ask(self, self.context.ctx, None)
        if saved is not None:
            from teamlead_app.ui.pairing_flow import offer_if_newcomer

            offer_if_newcomer(self, self.context.ctx, saved)
            self.refresh()
