"""A short section for the preparation sheet: the person's certificates that have expired
or expire soon, so the refresher is on the table in the talk. Nothing when all is well."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.skills import CertificateView
from teamlead_app.reports.style import Column, data_table, heading
from teamlead_app.util.dates import format_date


def certificate_section(certs: Sequence[CertificateView], today: date) -> list[Flowable]:
    if not certs:
        return []
    rows = []
    for cert in certs:
        days = cert.days_left(today)
        when = (
            t(f"{-days} dagen geleden", f"{-days} days ago")
            if days is not None and days < 0
            else t(f"over {days} dagen", f"in {days} days")
        )
        rows.append(
            [
                cert.type_name,
                format_date(cert.expires_on),
                label("certificate_status", cert.status),
                when,
            ]
        )
    columns = [
        Column(t("Certificaat", "Certificate"), "*"),
        Column(t("Geldig tot", "Valid until"), 70),
        Column(t("Status", "Status"), 110),
        Column(t("Wanneer", "When"), 100),
    ]
    return [
        *heading(
            t("Certificaten: verlopen of bijna verlopen", "Certificates: expired or expiring")
        ),
        data_table(columns, rows),
    ]
