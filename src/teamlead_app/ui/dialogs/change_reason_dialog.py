"""Ask why signed content must change ("Gewijzigd na ondertekening"): a short reason that is
printed with the new version. OK only with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from teamlead_app.services.common.signed_versions import MAX_REASON
from teamlead_app.ui.widgets.text_box import TextBox


class ChangeReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, what: str) -> None:
        super().__init__(parent)
        self.what = what
        self._build_ui()
        self._connect_signals()
        self._validate()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Change after signing"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} has been signed, so it is locked. A change makes a new version: the signed "
                "version stays readable, the printout shows the new version with today's date "
                "and your reason, and the employee signs again."
            ).format(self.what)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason for the change:")))
        self.reason = TextBox(lines=3, hint=self.tr("For example: agreement date corrected"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make new version"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.reason.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _validate(self) -> None:
        text = self.reason.text().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < len(text) <= MAX_REASON)

    def draft(self) -> str:
        return self.reason.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str | None:
        """The reason, or None when the lead cancels."""
        dialog = cls(parent, what)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.draft()
