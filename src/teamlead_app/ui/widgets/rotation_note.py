"""A short line on the conversation screen about this person's rotation in progress, or one
that finished in the last 30 days, so it is discussed in the talk. Hidden when there is none."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from teamlead_app.labels import label
from teamlead_app.services.rotations.recent import is_running, rotation_for_talk
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext
    from teamlead_app.records.rotations import RotationView


class RotationNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("background: #e8f1fb; color: #1f3b5c; padding: 6px; border-radius: 4px;")
        self.hide()

    def show_for(self, ctx: ServiceContext, employee_id: int, day: date) -> None:
        rotation = rotation_for_talk(ctx, employee_id, day)
        self.setText(self._text(rotation, day) if rotation else "")
        self.setVisible(rotation is not None)

    def _text(self, r: RotationView, day: date) -> str:
        what = " · ".join(p for p in (r.form, r.where) if p)
        facts = [
            self.tr("{0} to {1}").format(format_date(r.date_from), format_date(r.date_to)),
            *([self.tr("host {0}").format(r.host)] if r.host else []),
            *(
                [self.tr("learning goal {0} {1}").format(r.skill, r.target_level or "")]
                if r.skill
                else []
            ),
        ]
        if is_running(r, day):
            head = self.tr("Rotation in progress")
            tail = self.tr("Ask how it is going.")
        elif r.outcome:
            head = self.tr("Rotation finished")
            tail = self.tr("Outcome: {0}.").format(label("rotation_outcome", r.outcome))
            if r.new_level and r.skill:
                tail += " " + self.tr("New level {0}: {1}.").format(r.skill, r.new_level)
        else:
            head = self.tr("Rotation finished")
            tail = self.tr("Not evaluated yet: discuss what was learned.")
        head += f": {what}" if what else ""
        return f"{head} ({', '.join(f.strip() for f in facts)}). {tail}"
