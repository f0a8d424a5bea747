"""The pairings part of the access PDF: each pairing (as mentee or as mentor) with its kind,
dates, focus, how often, the stop reason and the end evaluation, and the check-ins of the
pairings where the person is the mentee (private ones marked); buddy training; the teams the
person leads."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.reports.style import Column, data_table, details_table, empty_note, heading
from teamlead_app.util.dates import format_date

# Which columns the PDF prints and which it leaves to the JSON (a test checks every column
# is placed). The mentor and mentee ids print as names, the focus as skill names.
PAIRING_SHOWN: dict[str, frozenset[str]] = {
    "pairing": frozenset(
        {
            "kind",
            "status",
            "mentor_id",
            "mentee_id",
            "focus_json",
            "start_on",
            "planned_end_on",
            "ended_on",
            "checkin_weeks",
            "stop_reason",
            "evaluation",
        }
    ),
    "pairing_checkin": frozenset({"held_on", "note", "shared"}),
    "buddy_training": frozenset({"trained_on", "how"}),
    "team_leader": frozenset({"team_id", "role"}),
    "onboarding_item": frozenset({"kind", "code", "text", "done_on", "conversation_id"}),
}
PAIRING_HIDDEN: dict[str, frozenset[str]] = {
    "pairing": frozenset({"id", "rotation_id", "created_at", "version"}),
    "pairing_checkin": frozenset({"id", "pairing_id", "created_at"}),
    "buddy_training": frozenset({"id", "employee_id", "created_at"}),
    "team_leader": frozenset({"employee_id"}),
    "onboarding_item": frozenset({"id", "employee_id", "position", "created_at"}),
}


def _pairing(item: dict[str, Any]) -> list[Flowable]:
    removed = t("(verwijderd)", "(deleted)")
    role = (
        t("Begeleid door", "Guided by")
        if item["role"] == "mentee"
        else t("Begeleider van", "Guide of")
    )
    other = item["mentor"] if item["role"] == "mentee" else item["mentee"]
    title = f"{label('pairing_kind', item['kind'])} · {format_date(item['start_on'])}"
    rows: list[tuple[str, str]] = [
        (role, other or removed),
        (t("Status", "Status"), label("pairing_status", item["status"])),
        (t("Start", "Start"), format_date(item["start_on"])),
        (t("Gepland einde", "Planned end"), format_date(item["planned_end_on"])),
        (t("Beëindigd op", "Ended on"), format_date(item["ended_on"])),
        (
            t("Check-in om de", "Check-in every"),
            t(f"{item['checkin_weeks']} weken", f"{item['checkin_weeks']} weeks"),
        ),
        (t("Vaardigheden", "Skills"), ", ".join(item["focus_skills"])),
        (t("Reden gestopt", "Reason stopped"), item["stop_reason"]),
        (t("Eindevaluatie", "End evaluation"), item["evaluation"]),
    ]
    story: list[Flowable] = [*heading(title, sub=True), details_table(rows)]
    if item["checkins"]:
        columns = [
            Column(t("Datum", "Date"), 70),
            Column(t("Zichtbaar", "Visible"), 110),
            Column(t("Notitie", "Note"), "*"),
        ]
        story.append(
            data_table(
                columns,
                [
                    [
                        format_date(c["held_on"]),
                        t("gedeeld", "shared")
                        if c["shared"]
                        else t("werkaantekening", "working note"),
                        c["note"],
                    ]
                    for c in item["checkins"]
                ],
            )
        )
    return story


def pairings_story(record: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = heading(t("Buddy- en mentorkoppels", "Buddy and mentor pairings"))
    pairings = record.get("pairings", [])
    if not pairings:
        story.append(empty_note(t("Geen koppels.", "No pairings.")))
    for item in pairings:
        story += _pairing(item)
    training = record.get("buddy_training", [])
    leads = record.get("team_leader", [])
    if training or leads:
        story += heading(t("Buddytraining en rollen", "Buddy training and roles"), sub=True)
        rows = [
            (t("Buddytraining", "Buddy training"), f"{format_date(r['trained_on'])} · {r['how']}")
            for r in training
        ]
        rows += [
            (label("leader_role", r["role"]), t(f"team {r['team']}", f"team {r['team']}"))
            for r in leads
        ]
        story.append(details_table(rows))
    return story + _onboarding(record.get("onboarding", []))


def _onboarding(items: list[dict[str, Any]]) -> list[Flowable]:
    """The onboarding plan: each talk (its moment; the talk itself is under the
    conversations) and each checklist item with the day it was ticked off."""
    if not items:
        return []
    rows = []
    for item in items:
        if item["kind"] == "talk":
            kind, _, number = str(item["code"]).partition("_")
            moment = (
                t(f"Week {number}", f"Week {number}")
                if kind == "week"
                else t(f"Maand {number}", f"Month {number}")
            )
            rows.append((t("Inwerkgesprek", "Onboarding talk"), f"{moment} {item['text']}".strip()))
        else:
            done = item["done_on"]
            state = (
                t(f"gedaan {format_date(done)}", f"done {format_date(done)}")
                if done
                else t("nog open", "still open")
            )
            rows.append((t("Checklist", "Checklist"), f"{item['text']} ({state})"))
    return [*heading(t("Inwerkplan", "Onboarding plan"), sub=True), details_table(rows)]
