"""The yearly overview as an Excel workbook for HR to filter and pivot: a sheet of employees,
one of goals and one of held conversations per month. Real date cells, frozen header,
autofilter; user text that looks like a formula stays text."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

import xlsxwriter

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.reports.year_overview_csv import headers as goal_headers
from teamlead_app.services.year_overview import YearOverview, month_names
from teamlead_app.util.progress import NO_PROGRESS, Progress


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
            if isinstance(value, date):
                self.sheet.write_datetime(self.rows, column, value, self.formats["date"])
                width = 11
            elif isinstance(value, bool):
                self.sheet.write_string(
                    self.rows, column, t("ja", "yes") if value else t("nee", "no")
                )
                width = 4
            elif isinstance(value, int | float):
                self.sheet.write_number(self.rows, column, value)
                width = len(str(value))
            elif value is None:
                continue
            else:
                # write_string: "=SUM(A1)", "+31 6", "@home" stay text, never a formula.
                self.sheet.write_string(self.rows, column, str(value))
                width = min(len(str(value)), 60)
            self.widths[column] = max(self.widths[column], width + 2)

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
        t("Getekend medewerker", "Signed by employee"),
        t("Getekend leidinggevende", "Signed by lead"),
        t("Doelen", "Goals"),
        t("Doelen bereikt", "Goals achieved"),
        t("Gesprekken gevoerd", "Conversations held"),
        t("Gepland", "Planned"),
        t("Verplaatst", "Moved"),
        t("Geannuleerd", "Cancelled"),
        t("Maanden met gesprek", "Months with a conversation"),
    ]


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
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#DCE6F0", "border": 1}),
        "date": book.add_format({"num_format": "dd-mm-yyyy"}),
    }
    people = _Sheet(book, t("Medewerkers", "Employees"), _employee_header(), formats)
    goals = _Sheet(book, t("Doelen", "Goals"), goal_headers(), formats)
    months = _Sheet(
        book,
        t("Gesprekken per maand", "Conversations per month"),
        [t("Medewerker", "Employee"), t("Team", "Team"), *month_names(), t("Totaal", "Total")],
        formats,
    )
    employees = data.employees
    for index, e in enumerate(employees, start=1):
        c = e.conversations
        people.add(
            [
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
                sum(1 for g in e.goals if g.status == "achieved"),
                c.held,
                c.planned,
                c.moved,
                c.cancelled,
                c.months_held,
            ]
        )
        for g in e.goals:
            goals.add(
                [
                    g.employee,
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
            )
        held = [c.held_by_month.get(m, 0) for m in range(1, 13)]
        months.add([e.name, e.team, *held, sum(held)])
        if index % 50 == 0:
            progress.step(index, len(employees))
    for sheet in (people, goals, months):
        sheet.finish()
    book.close()
    return buffer.getvalue()
