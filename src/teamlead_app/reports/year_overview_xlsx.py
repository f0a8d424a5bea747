"""The yearly overview as an Excel workbook for HR to filter and pivot: a sheet of employees,
one of goals and one of held conversations per month. Real date cells (dd-mm-yyyy), frozen
header, autofilter, fitted columns; user text that looks like a formula stays text."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

import xlsxwriter

from teamlead_app.data.statuses import GoalStatus
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.year_overview import (
    ROTATION_OUTCOME_ORDER,
    EmployeeYear,
    GuidanceYear,
    SkillsYear,
    YearOverview,
    month_names,
)
from teamlead_app.reports.year_overview_csv import headers as goal_headers
from teamlead_app.reports.year_overview_skills import outcome_label
from teamlead_app.util.progress import NO_PROGRESS, Progress

MAX_WIDTH = 60
# A month the person was not in service: an empty grey cell, so a sum or pivot skips it and
# it is not mistaken for a month without a conversation (0). A month still to come is empty.
OUT_OF_SERVICE = object()


class _Sheet:
    """Writes one sheet: every value by its type, strings always as strings."""

    def __init__(self, book: Any, name: str, header: Sequence[str], formats: dict[str, Any]):
        self.sheet = book.add_worksheet(name)
        self.formats = formats
        self.widths = [len(h) + 2 for h in header]
        self.rows = 0
        for column, text in enumerate(header):
            self.sheet.write_string(0, column, text, formats["header"])

    def add(self, values: Sequence[Any]) -> None:
        self.rows += 1
        for column, value in enumerate(values):
            self.widths[column] = max(self.widths[column], self._write(column, value) + 2)

    def _write(self, column: int, value: Any) -> int:
        """Write one cell; the width its content needs."""
        row, sheet = self.rows, self.sheet
        if value is None:
            return 0
        if value is OUT_OF_SERVICE:
            sheet.write_blank(row, column, None, self.formats["out"])
            return 0
        if isinstance(value, date):
            sheet.write_datetime(row, column, value, self.formats["date"])
            return 10
        if isinstance(value, bool):
            text = t("ja", "yes") if value else t("nee", "no")
            sheet.write_string(row, column, text)
            return len(text)
        if isinstance(value, int | float):
            sheet.write_number(row, column, value)
            return len(str(value))
        # write_string: "=SUM(A1)", "+31 6", "-" and "@home" stay text, never a formula.
        sheet.write_string(row, column, str(value))
        return min(len(str(value)), MAX_WIDTH)

    def finish(self) -> None:
        self.sheet.freeze_panes(1, 0)
        self.sheet.autofilter(0, 0, max(self.rows, 1), len(self.widths) - 1)
        for column, width in enumerate(self.widths):
            self.sheet.set_column(column, column, width)


def _employee_header() -> list[str]:
    return [
        t("Medewerker", "Employee"),
        t("Personeelsnummer", "Personnel number"),
        t("Functie", "Function"),
        t("Team", "Team"),
        t("In dienst", "In service"),
        t("Uit dienst", "Out of service"),
        t("Maanden in dienst", "Months in service"),
        t("POP-status", "POP status"),
        t("POP getekend medewerker", "POP signed by employee"),
        t("POP getekend leidinggevende", "POP signed by lead"),
        t("Doelen", "Goals"),
        t("Doelen bereikt", "Goals achieved"),
        t("Doelen lopend", "Goals running"),
        t("Doelen gestopt", "Goals stopped"),
        t("Stappen gedaan", "Steps done"),
        t("Stappen totaal", "Steps total"),
        t("Gesprekken gepland", "Conversations planned"),
        t("Gesprekken gevoerd", "Conversations held"),
        t("Verplaatst", "Moved"),
        t("Gemist", "Missed"),
        t("Geannuleerd", "Cancelled"),
        t("Maanden met gesprek", "Months with a conversation"),
    ]


def _employee_row(e: EmployeeYear) -> list[Any]:
    c = e.conversations
    return [
        e.name,
        e.personnel_number,
        e.function,
        e.team,
        e.date_in_service,
        e.date_out_of_service,
        e.months_in_service,
        label("pop_status", e.pop_status),
        e.signed_by_employee,
        e.signed_by_lead,
        len(e.goals),
        e.goals_with(GoalStatus.ACHIEVED),
        e.goals_with(GoalStatus.OPEN, GoalStatus.IN_PROGRESS),
        e.goals_with(GoalStatus.STOPPED),
        e.steps_done,
        e.steps_total,
        c.planned,
        c.held,
        c.moved,
        c.missed,
        c.cancelled,
        e.months_held,
    ]


def _month_cell(e: EmployeeYear, month: int, last_month: int) -> Any:
    if month > last_month:
        return None
    if month not in e.service_months:
        return OUT_OF_SERVICE
    return e.conversations.held_by_month.get(month, 0)


def _month_row(e: EmployeeYear, last_month: int) -> list[Any]:
    months = [_month_cell(e, m, last_month) for m in range(1, 13)]
    return [
        e.name,
        e.personnel_number,
        e.team,
        *months,
        e.conversations.held,
        e.months_in_service,
        e.months_held,
    ]


def _goal_rows(e: EmployeeYear) -> list[list[Any]]:
    return [
        [
            g.employee,
            g.personnel_number,
            g.team,
            g.what,
            label("goal_category", g.category),
            label("goal_status", g.status),
            g.in_pop,
            g.start_date,
            g.target_date,
            g.achieved_on,
            g.steps_done,
            g.steps_total,
        ]
        for g in e.goals
    ]


def _skills_header() -> list[str]:
    return [
        t("Team", "Team"),
        t("Vaardigheden rood", "Skills red"),
        t("Vaardigheden oranje", "Skills amber"),
        t("Vaardigheden groen", "Skills green"),
        t("Roulaties", "Rotations"),
        *[outcome_label(o).capitalize() for o in (*ROTATION_OUTCOME_ORDER, "")],
        t("Certificaten verlopen", "Certificates expired"),
    ]


def _skills_row(name: str, s: SkillsYear) -> list[Any]:
    outcomes = [s.rotations.get(o, 0) for o in (*ROTATION_OUTCOME_ORDER, "")]
    return [name, s.red, s.amber, s.green, s.rotations_held, *outcomes, s.certificates_expired]


def _guidance_header() -> list[str]:
    return [
        t("Team", "Team"),
        t("Nieuwe collega's", "Newcomers"),
        t("Met buddy of mentor", "With a buddy or mentor"),
        t("Zonder buddy", "Without a buddy"),
        t("Koppels afgerond", "Pairings completed"),
    ]


def _guidance_row(name: str, g: GuidanceYear) -> list[Any]:
    return [name, g.newcomers, g.with_buddy, g.without_buddy, g.pairings_completed]


def render_xlsx(data: YearOverview, progress: Progress = NO_PROGRESS) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "default_date_format": "dd-mm-yyyy",
        },
    )
    # No names in the file properties: they travel with the file unseen.
    book.set_properties(
        {
            "title": t(f"Jaaroverzicht POP {data.year}", f"Yearly POP overview {data.year}"),
            "company": data.company,
        }
    )
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#DCE6F0", "border": 1}),
        "date": book.add_format({"num_format": "dd-mm-yyyy"}),
        "out": book.add_format({"bg_color": "#E7E7E7"}),
    }
    people = _Sheet(book, t("Medewerkers", "Employees"), _employee_header(), formats)
    goals = _Sheet(book, t("Doelen", "Goals"), goal_headers(), formats)
    month_header = [
        t("Medewerker", "Employee"),
        t("Personeelsnummer", "Personnel number"),
        t("Team", "Team"),
        *month_names(),
        t("Gevoerd totaal", "Held in all"),
        t("Maanden in dienst", "Months in service"),
        t("Maanden met gesprek", "Months with a conversation"),
    ]
    months = _Sheet(
        book, t("Gesprekken per maand", "Conversations per month"), month_header, formats
    )
    employees = data.employees
    for index, e in enumerate(employees, start=1):
        people.add(_employee_row(e))
        for row in _goal_rows(e):
            goals.add(row)
        months.add(_month_row(e, data.last_month))
        if index % 50 == 0:
            progress.step(index, len(employees) + 1)
    craft = _Sheet(
        book, t("Vakmanschap per team", "Craftsmanship per team"), _skills_header(), formats
    )
    for team in data.teams:
        craft.add(_skills_row(team.name or t("Zonder team", "Without a team"), team.skills))
    if data.teams or not data.skills.is_empty:
        total = t("Totaal (ook bedrijfsbreed)", "Total (also company-wide)")
        craft.add(_skills_row(total, data.skills))
    guidance = _Sheet(
        book, t("Begeleiding per team", "Guidance per team"), _guidance_header(), formats
    )
    for team in data.teams:
        guidance.add(_guidance_row(team.name or t("Zonder team", "Without a team"), team.guidance))
    if data.teams:
        guidance.add(_guidance_row(t("Totaal", "Total"), data.guidance))
    for sheet in (people, goals, months, craft, guidance):
        sheet.finish()
    book.close()
    progress.step(1, 1)
    return buffer.getvalue()
