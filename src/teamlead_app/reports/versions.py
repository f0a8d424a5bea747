"""The version lines of a signed record on its printout (summary and POP form): which version
this is, when and why it changed after signing, and whether what is printed differs from what
was signed (services/common/signed_versions.py)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from teamlead_app.i18n import t
from teamlead_app.records.signed import VersionInfo
from teamlead_app.reports.style import content_width, markup
from teamlead_app.util.dates import format_date

VERSION_BG = colors.HexColor("#FFF4D6")


def version_box(info: VersionInfo) -> list[Flowable]:
    """A shaded box under the title; nothing for an unchanged version 1 that is as signed."""
    lines = [text for text in (info.line(), info.difference_note()) if text]
    if info.current > 1 and info.signed and not info.differs and info.last_signed_on:
        lines.append(
            t(
                f"Deze versie is ondertekend op {format_date(info.last_signed_on)}.",
                f"This version was signed on {format_date(info.last_signed_on)}.",
            )
        )
    if not lines:
        return []
    head = t("Gewijzigd na ondertekening.", "Changed after signing.")
    if info.current <= 1:
        head = t("Afwijking van de ondertekende inhoud.", "Differs from the signed content.")
    rows = [[markup("<b>{head}</b> {body}", head=head, body=lines[0])]]
    rows += [[markup("{body}", body=line)] for line in lines[1:]]
    box = Table(rows, colWidths=[content_width()], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), VERSION_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [box, Spacer(1, 6)]


def added_after_signing(info: VersionInfo, goal_id: int) -> str:
    """ "toegevoegd na ondertekening op 03-12-2026" for a goal not in the signed POP."""
    if goal_id not in info.added_after_signing:
        return ""
    day = format_date(info.last_signed_on)
    return t(f"toegevoegd na ondertekening op {day}", f"added after signing on {day}")
