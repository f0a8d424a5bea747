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
    # Links print as names: the form, station, team, host, skill and POP goal.
    "rotation": frozenset(
        {"form_id", "station_id", "target_team_id", "department", "host_id", "date_from"}
        | {"date_to", "skill_id", "target_level", "goal_id", "status", "learned", "new_level"}
        | {"next_step", "shared_with_team", "outcome", "evaluated_on"}
    ),
}
SKILL_HIDDEN: dict[str, frozenset[str]] = {
    # The rotation that set a level is named in its evidence text.
    "skill_level": frozenset({"id", "employee_id", "source", "created_at", "rotation_id"}),
    "person_skill": frozenset({"employee_id"}),
    "certificate": frozenset({"id", "employee_id", "created_at"}),
    # The scan itself is a file in the ZIP.
    "certificate_scan": frozenset({"certificate_id", "mime", "data"}),
    "rotation": frozenset({"id", "employee_id", "created_at", "version"}),
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


def _evaluation(r: dict[str, Any]) -> str:
    parts = []
    if r["outcome"]:
        parts.append(f"{t('Uitkomst', 'Outcome')}: {label('rotation_outcome', r['outcome'])}")
    if r["new_level"]:
        parts.append(f"{t('Nieuw niveau', 'New level')}: {level_text(r['new_level'])}")
    if r["learned"]:
        parts.append(f"{t('Geleerd', 'Learned')}: {r['learned']}")
    if r["next_step"]:
        parts.append(f"{t('Volgende stap', 'Next step')}: {r['next_step']}")
    if r["evaluated_on"]:
        parts.append(f"{t('Geëvalueerd op', 'Evaluated on')} {format_date(r['evaluated_on'])}")
        shared = t("gedeeld met het team", "shared with the team")
        parts.append(shared if r["shared_with_team"] else t("niet gedeeld", "not shared"))
    return "\n".join(parts)


def rotations_story(record: dict[str, Any]) -> list[Flowable]:
    found = record.get("rotations", {"own": [], "hosted": []})
    story: list[Flowable] = heading(t("Roulaties", "Rotations"))
    if not found["own"] and not found["hosted"]:
        story.append(empty_note(t("Geen roulaties.", "No rotations.")))
        return story
    if found["own"]:
        columns = [
            Column(t("Periode", "Period"), 110),
            Column(t("Vorm en plek", "Form and place"), "24%"),
            Column(t("Begeleider", "Host"), "14%"),
            Column(t("Leerdoel", "Learning goal"), "20%"),
            Column(t("Status en evaluatie", "Status and evaluation"), "*"),
        ]
        rows = []
        for r in found["own"]:
            place = " · ".join(x for x in (r["station"], r["team"], r["department"]) if x)
            goal = " → ".join(x for x in (r["skill"], r["target_level"] or "") if x)
            if r["goal"]:
                goal += f"\n{t('POP-doel', 'POP goal')}: {r['goal']}"
            status = label("rotation_status", r["status"])
            rows.append(
                [
                    f"{format_date(r['date_from'])} – {format_date(r['date_to'])}",
                    "\n".join(x for x in (r["form"], place) if x),
                    r["host"],
                    goal,
                    "\n".join(x for x in (status, _evaluation(r)) if x),
                ]
            )
        story.append(data_table(columns, rows))
    if found["hosted"]:
        story += heading(t("Als begeleider", "As host"), sub=True)
        columns = [Column(t("Periode", "Period"), 140), Column(t("Vorm", "Form"), "*")]
        story.append(
            data_table(
                columns,
                [
                    [f"{format_date(h['date_from'])} – {format_date(h['date_to'])}", h["form"]]
                    for h in found["hosted"]
                ],
            )
        )
    return story
