"""The versions of a signed conversation or POP: a bar that says it is locked (with "Change
after signing…" and "Earlier versions…"), and a dialog to read what was signed in each
version."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.labels import label
from teamlead_app.records.development import PopView
from teamlead_app.records.signed import VersionInfo, VersionView, snapshot_lines
from teamlead_app.services.common import signed_versions
from teamlead_app.ui.dialogs.change_reason_dialog import ChangeReasonDialog
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


LOCKED_STYLE = "QPlainTextEdit, QLineEdit { background: #f2f2ee; color: #333; }"


def tint_locked(box: QWidget, *, locked: bool = True) -> None:
    """A locked text box looks read-only: a grey ground on top of its own style, which is
    kept (and restored when the box is open again)."""
    base = box.property("unlockedStyle")
    if base is None:
        base = box.styleSheet()
        box.setProperty("unlockedStyle", base)
    box.setStyleSheet(f"{base}\n{LOCKED_STYLE}" if locked else str(base))


def added_after_signing(view: PopView) -> dict[int, str]:
    """Goal id -> "added after signing on 01-02-2026" for the goals of a POP that were not in
    what was signed."""
    info = view.version
    day = format_date(info.last_signed_on)
    text = QCoreApplication.translate("VersionBar", "added after signing on {0}").format(day)
    return {goal_id: text for goal_id in info.added_after_signing}


class VersionHistoryDialog(QDialog):
    """Read-only: each signed version with its day, reason and content."""

    def __init__(
        self,
        parent: QWidget | None,
        kind: str,
        versions: Sequence[VersionView],
        questions: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.versions = [v for v in reversed(versions) if v.snapshot is not None]
        self.questions = tuple(questions)
        self._build_ui()
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Signed versions"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.list = QListWidget()
        for version in self.versions:
            self.list.addItem(self.title(version))
        self.content = QPlainTextEdit()
        self.content.setReadOnly(True)
        splitter.addWidget(self.list)
        splitter.addWidget(self.content)
        splitter.setSizes([240, 520])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def title(self, version: VersionView) -> str:
        return self.tr("Version {0}: {1} on {2}").format(
            version.version, label("signoff", version.signoff), format_date(version.signed_on)
        )

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            self.content.clear()
            return
        version = self.versions[row]
        head = []
        if version.reason:
            head.append(
                self.tr("Changed on {0}: {1}").format(
                    format_date(version.changed_on), version.reason
                )
            )
        assert version.snapshot is not None
        lines = snapshot_lines(self.kind, version.snapshot, self.questions)
        parts = head + [f"{caption}\n{text}" for caption, text in lines]
        self.content.setPlainText("\n\n".join(parts))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        kind: str,
        versions: Sequence[VersionView],
        questions: Sequence[str] = (),
    ) -> None:
        cls(parent, kind, versions, questions).exec()


class VersionBar(QFrame):
    """Shown while a record is signed or has versions: what the lock means, the version line,
    and the two ways on. `bind` gives it the database and what to do after a new version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change after signing…"))
        self.history_button = QPushButton(self.tr("Earlier versions…"))
        row.addWidget(self.text, 1)
        row.addWidget(self.history_button)
        row.addWidget(self.change_button)
        self.kind = ""
        self.record_id = 0
        self.info = VersionInfo()
        self.questions: tuple[str, ...] = ()
        self._ctx: ServiceContext | None = None
        self._reload: Callable[[], None] = lambda: None
        self._error: Callable[[str], None] = lambda _text: None
        self.change_button.clicked.connect(self.change)
        self.history_button.clicked.connect(self.show_history)
        self.hide()

    def bind(
        self, ctx: ServiceContext, reload: Callable[[], None], error: Callable[[str], None]
    ) -> None:
        self._ctx, self._reload, self._error = ctx, reload, error

    def show_info(
        self,
        kind: str,
        record_id: int,
        info: VersionInfo,
        *,
        locked: bool,
        questions: Sequence[str] = (),
    ) -> None:
        self.kind, self.record_id, self.info = kind, record_id, info
        self.questions = tuple(questions)
        lines = []
        if locked:
            lines.append(
                self.tr(
                    "Signed: the content is locked. The employee's response can still be added."
                )
            )
        lines += [text for text in (info.line(), info.difference_note()) if text]
        self.text.setText("\n".join(lines))
        # Green while signed and locked; amber while a changed version waits for signing.
        colours = ("#eef3e8", "#b9cba6") if locked else ("#fff4d6", "#e0c27a")
        self.setStyleSheet(
            f"#versionBar {{ background: {colours[0]}; border: 1px solid {colours[1]};"
            " border-radius: 4px; }"
        )
        self.change_button.setVisible(locked)
        self.history_button.setVisible(info.current > 1 and bool(info.readable()))
        self.setVisible(bool(lines))

    def change(self) -> None:
        what = self.tr("This conversation") if self.kind == "conversation" else self.tr("This POP")
        reason = ChangeReasonDialog.ask(self, what)
        if reason is None or self._ctx is None:
            return
        try:
            signed_versions.change_after_signing(self._ctx, self.kind, self.record_id, reason)
        except ValidationError as exc:
            self._error(str(exc))
            return
        self._reload()

    def show_history(self) -> None:
        VersionHistoryDialog.ask(self, self.kind, self.info.versions, self.questions)
