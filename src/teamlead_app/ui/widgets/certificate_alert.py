"""A one-line warning on the conversation screen: this person's certificates that have
expired or expire within the warning window, so the refresher can be agreed in the talk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from teamlead_app.services.common import settings
from teamlead_app.services.skills import certificates
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class CertificateAlert(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("background: #fdecea; color: #7a1f1f; padding: 6px; border-radius: 4px;")
        self.hide()

    def show_for(self, ctx: ServiceContext, employee_id: int) -> None:
        days = settings.get_settings(ctx).certificate_warning_days
        found = certificates.certificate_alerts(ctx, employee_id=employee_id, warning_days=days)
        parts = [
            (
                self.tr("{0} expired on {1}")
                if cert.status == "expired"
                else self.tr("{0} expires on {1}")
            ).format(cert.type_name, format_date(cert.expires_on))
            for cert in found
        ]
        self.setText(self.tr("Certificates: {0}. Agree on the refresher?").format("; ".join(parts)))
        self.setVisible(bool(parts))
