"""Buttons that change data are off for a user who may change nothing (HR on the company
server): the window never offers what the server would refuse. The rule itself is the
services' (services/common/lead_rules.py); the pages only mark their writing buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.common.lead_rules import can_write


class _KeepOff(QObject):
    """Turns a button off again whenever a page's own logic (a selection, a loaded record)
    turns it on: those pages know nothing of roles, and need not."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def read_only_reason() -> str:
    return QCoreApplication.translate(
        "WriteAccess", "With the HR role you can only view, not change."
    )


def guard_writes(ctx: ServiceContext, *buttons: QAbstractButton) -> None:
    """For a user who may not write: these buttons stay off, with the reason as tooltip."""
    if can_write(ctx):
        return
    for button in buttons:
        keeper = _KeepOff(button)
        button.installEventFilter(keeper)
        button.setEnabled(False)
        button.setToolTip(read_only_reason())
