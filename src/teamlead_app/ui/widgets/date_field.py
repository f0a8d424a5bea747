"""A date typed the Dutch way (25-11-2026, 1-2-26 or 2026-11-25); may be left empty."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import QLineEdit, QWidget

from teamlead_app.util.dates import format_date, parse_date


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(10)
        self.setClearButtonEnabled(optional)

    def date(self) -> datetime.date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            return None

    def is_valid(self) -> bool:
        text = self.text().strip()
        if not text:
            return self.optional
        return self.date() is not None

    def set_date(self, value: datetime.date | None) -> None:
        self.setText(format_date(value))
