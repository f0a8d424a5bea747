"""The skills and certificates part of the access PDF: each skill with its current level and
every change (date, level, assessor, evidence), and the certificates with their dates and the
name of the scan file in the ZIP."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.reports.style import Column, data_table, empty_note, heading
from teamlead_app.util.dates import format_date

# Which columns of the skills tables the PDF prints and which it leaves to the JSON (the
# access PDF's SHOWN/HIDDEN; a test checks every column is placed).
SKILL_SHOWN: dict[str, frozenset[str]] = {
    "skill_level": frozenset({"skill_id", "level", "assessed_on", "assessor", "evidence"}),
    "person_skill": frozenset({"skill_id", "level", "knowledge_holder"}),
    "certificate": frozenset({"type_id", "issued_on", "expires_on", "note"}),
    "certificate_scan": frozenset({"file_name"}),
}
SKILL_HIDDEN: dict[str, frozenset[str]] = {
    "skill_level": frozenset({"id", "employee_id", "source", "created_at"}),
    "person_skill": frozenset({"employee_id"}),
    "certificate": frozenset({"id", "employee_id", "created_at"}),
    # The scan itself is a file in the ZIP.
    "certificate_scan": frozenset({"certificate_id", "mime", "data"}),
}


def _history(item: dict[str, Any]) -> str:
    lines = []
    for h in reversed(item["history"]):
        line = f"{format_date(h['assessed_on'])} {level_text(h['level'])}"
        if h["assessor"]:
            line += " · " + h["assessor"]
        if h["evidence"]:
            line += " · " + h["evidence"]
        lines.append(line)
    return "\n".join(lines)


def skills_story(record: dict[str, Any]) -> list[Flowable]:
    levels = record.get("skill_levels", [])
    story: list[Flowable] = heading(t("Vakmanschap (niveaus)", "Craftsmanship (levels)"))
    if not levels:
        story.append(empty_note(t("Geen niveaus vastgelegd.", "No levels recorded.")))
    else:
        columns = [
            Column(t("Vaardigheid", "Skill"), "28%"),
            Column(t("Niveau", "Level"), 80),
            Column(t("Vereist", "Required"), 50),
            Column(t("Geschiedenis (nieuwste eerst)", "History (newest first)"), "*"),
        ]
        rows = [
            [
                item["skill"]
                + (t(" (kennisdrager)", " (knowledge holder)") if item["knowledge_holder"] else ""),
                f"{level_text(item['level'])} {label('iluo_level', item['level'])}",
                level_text(item["required_level"]) if item["required_level"] else "",
                _history(item),
            ]
            for item in levels
        ]
        story.append(data_table(columns, rows))
    certs = record.get("certificates", [])
    story += heading(t("Certificaten", "Certificates"))
    if not certs:
        story.append(empty_note(t("Geen certificaten.", "No certificates.")))
        return story
    columns = [
        Column(t("Certificaat", "Certificate"), "*"),
        Column(t("Afgegeven", "Issued"), 70),
        Column(t("Geldig tot", "Valid until"), 70),
        Column(t("Scan in de ZIP", "Scan in the ZIP"), 150),
        Column(t("Opmerking", "Note"), 110),
    ]
    rows = [
        [
            c["type"],
            format_date(c["issued_on"]),
            format_date(c["expires_on"]) or t("verloopt niet", "no expiry"),
            c["scan_file"] or "",
            c["note"],
        ]
        for c in certs
    ]
    story.append(data_table(columns, rows))
    return story
