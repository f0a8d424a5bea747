"""The quiet health-word reminder (AVG, domain §5.3): one line under a form that appears while
any watched text contains a health word (services/common/sensitive.py, the app's one word list) and
disappears when the word is gone. It never blocks saving. The same widget stands on the
conversation screen, the POP page, the goal dialog and the move and cancel dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from teamlead_app.services.common.sensitive import sensitive_reminder

TextSource = Callable[[], Iterable[str]]


class HealthHint(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthHint")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#healthHint { color: #7a4300; background: #fff4d6;"
            " border-left: 3px solid #d99a00; padding: 3px 6px; }"
        )
        self._editors: list[QLineEdit | QPlainTextEdit] = []
        self._sources: list[TextSource] = []
        self.hide()

    def watch(self, *editors: QLineEdit | QPlainTextEdit) -> None:
        """Check again whenever one of these editors changes (editors that live as long as
        the form; rows that come and go are read through add_source)."""
        for editor in editors:
            self._editors.append(editor)
            editor.textChanged.connect(self.check)

    def add_source(self, source: TextSource) -> None:
        """Texts that come and go with the form (rows, answers): read on every check."""
        self._sources.append(source)

    def texts(self) -> list[str]:
        found = [
            e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text() for e in self._editors
        ]
        for source in self._sources:
            found.extend(source())
        return found

    def check(self) -> None:
        reminder = sensitive_reminder("\n".join(self.texts()))
        self.setText(reminder or "")
        self.setVisible(bool(reminder))
