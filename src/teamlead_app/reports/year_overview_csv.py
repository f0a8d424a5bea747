"""The goals of the yearly overview as CSV for Dutch Excel: UTF-8 with a BOM (or Excel reads
"Ł" as "Å"), `;` between fields (Dutch Excel's list separator), dates as 25-11-2026. The csv
module quotes a field only when it holds `;`, a quote or a line break. Shared fields only.

Text that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) would be read by Excel
as a formula: such a cell gets a leading `'`, which Excel shows as plain text (CSV injection)."""

from __future__ import annotations

import csv
import io

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.year_overview import YearOverview
from teamlead_app.util.dates import format_date

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A CSV cell Excel will not run: text that looks like a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def headers() -> list[str]:
    """The goal columns, shared with the XLSX sheet of goals."""
    return [
        t("Medewerker", "Employee"),
        t("Personeelsnummer", "Personnel number"),
        t("Team", "Team"),
        t("Doel", "Goal"),
        t("Categorie", "Category"),
        t("Status", "Status"),
        t("In POP", "In POP"),
        t("Gestart", "Started"),
        t("Streefdatum", "Target date"),
        t("Bereikt op", "Achieved on"),
        t("Stappen gedaan", "Steps done"),
        t("Stappen totaal", "Steps total"),
    ]


def render_csv(data: YearOverview) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers())
    yes, no = t("ja", "yes"), t("nee", "no")
    for goal in data.goals:
        row = [
            goal.employee,
            goal.personnel_number,
            goal.team,
            goal.what,
            label("goal_category", goal.category),
            label("goal_status", goal.status),
            yes if goal.in_pop else no,
            format_date(goal.start_date),
            format_date(goal.target_date),
            format_date(goal.achieved_on),
            goal.steps_done,
            goal.steps_total,
        ]
        writer.writerow([cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")
