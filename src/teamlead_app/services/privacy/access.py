"""The employee's right of access (inzage, domain §5.2): everything stored about one person,
including the lead's working notes (Gerechtshof Den Haag, 17 Sept 2019: internal notes fall
under the access right), as a ZIP with a readable PDF, a machine-readable JSON and a
LEESMIJ.txt, with the purposes, retention and recipients of the data.

Rows are copied column by column from the models (access_record.py), so a column added later
is in the JSON by itself (tests/reports/test_access_pdf.py makes sure the PDF shows it too).
One query per table, never one per row: ten years of monthly talks stay fast.

The retention side (worklist, deletion, pruning) lives in services/privacy/retention.py and is
re-exported here, so the GUI and CLI find both rights in one place.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from teamlead_app.data.context import ServiceContext
from teamlead_app.i18n import t
from teamlead_app.records.privacy import AccessData, about_label
from teamlead_app.services.privacy.access_record import about_texts, access_data
from teamlead_app.services.privacy.retention import (
    EXPORT_LOG_YEARS,
    DeletionReport,
    RetentionItem,
    RetentionReport,
    delete_person,
    keep_until,
    prune_backups,
    prune_export_log,
    retention_worklist,
    run_retention,
    vacuum_database,
)
from teamlead_app.services.storage.export_log import save_export
from teamlead_app.util.dates import format_date

__all__ = [
    "EXPORT_LOG_YEARS",
    "AccessData",
    "DeletionReport",
    "RetentionItem",
    "RetentionReport",
    "about_texts",
    "access_data",
    "access_export",
    "access_file_name",
    "delete_person",
    "keep_until",
    "prune_backups",
    "prune_export_log",
    "render_json",
    "retention_worklist",
    "run_retention",
    "vacuum_database",
    "write_access_export",
]


def access_file_name(employee_id: int, today: date | None = None) -> str:
    """A default file name with the id only (it may be mailed or lie in a shared folder)."""
    return f"inzage-{employee_id}-{(today or date.today()).isoformat()}.zip"


def _iso(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def render_json(data: AccessData) -> bytes:
    """The record as UTF-8 JSON, dates and times in ISO 8601."""
    return json.dumps(data.record, ensure_ascii=False, indent=2, default=_iso).encode("utf-8")


def _readme(data: AccessData) -> str:
    lines = [
        f"{t('Inzage persoonsgegevens', 'Access to personal data')}: {data.full_name}",
        f"{t('Gemaakt op', 'Created on')}: {format_date(data.created_on)}",
        "",
        t(
            "inzage.pdf   alle gegevens, leesbaar, ook de werkaantekeningen van de leidinggevende",
            "inzage.pdf   all data, readable, including the lead's working notes",
        ),
        t(
            "inzage.json  dezelfde gegevens machineleesbaar (UTF-8, datums als JJJJ-MM-DD)",
            "inzage.json  the same data, machine-readable (UTF-8, dates as YYYY-MM-DD)",
        ),
        *(
            [t("scans/       gescande certificaten", "scans/       scanned certificates")]
            if data.scans
            else []
        ),
        "",
        *(
            line
            for key, text in data.record["about"].items()
            for line in (f"{about_label(key)}: {text}", "")
        ),
        t(
            "Voor HR: controleer vóór het overhandigen of vrije teksten gegevens over collega's "
            "bevatten en lak die zo nodig weg. Beantwoord een verzoek binnen een maand.",
            "For HR: before handing this over, check whether free texts contain data about "
            "colleagues and redact them if needed. Answer a request within one month.",
        ),
    ]
    return "\r\n".join(lines) + "\r\n"  # Notepad on older Windows wants CRLF


def _zip(data: AccessData) -> bytes:
    """inzage.pdf, inzage.json and LEESMIJ.txt in one ZIP, built in memory."""
    from teamlead_app.reports.access_pdf import render_pdf  # ReportLab only when exporting

    stamp = (data.created_on.year, data.created_on.month, data.created_on.day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in (
            ("inzage.pdf", render_pdf(data)),
            ("inzage.json", render_json(data)),
            ("LEESMIJ.txt", _readme(data).encode("utf-8")),
            *data.scans,
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16  # readable once unpacked
            archive.writestr(info, content)
    return buffer.getvalue()


def access_export(ctx: ServiceContext, employee_id: int, *, today: date | None = None) -> bytes:
    """The access export as a ZIP: inzage.pdf, inzage.json and LEESMIJ.txt."""
    return _zip(access_data(ctx, employee_id, today=today))


def write_access_export(
    ctx: ServiceContext, employee_id: int, out: Path, *, today: date | None = None
) -> None:
    """Write the access export to `out` (all or nothing) and record it in the export log with
    the id only: what the profile's "Inzage-export" button and the CLI both do."""
    save_export(
        ctx, "person", f"employee={employee_id}", out, access_export(ctx, employee_id, today=today)
    )
