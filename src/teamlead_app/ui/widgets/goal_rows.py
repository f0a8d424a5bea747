"""The rows and columns of the Development page: a person with the year's plan, and goals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtWidgets import QApplication

from teamlead_app.data.statuses import PopStatus
from teamlead_app.labels import choices, label
from teamlead_app.services.development.goals import GoalRow
from teamlead_app.services.development.pop_queries import PopYearRow
from teamlead_app.services.people.employees import EmployeeRow
from teamlead_app.ui.models.table import Column
from teamlead_app.util.dates import format_date


@dataclass(frozen=True)
class PersonPop:
    """One line of the POP list: a person and the plan for the year, if any."""

    employee: EmployeeRow
    plan: PopYearRow | None

    @property
    def pop_id(self) -> int | None:
        return self.plan.pop_id if self.plan else None

    @property
    def status(self) -> str:
        return self.plan.status if self.plan else "none"

    @property
    def goals_open(self) -> int:
        return self.plan.goals_open if self.plan else 0

    @property
    def goals_achieved(self) -> int:
        return self.plan.goals_achieved if self.plan else 0

    @property
    def next_evaluation(self) -> datetime | None:
        return self.plan.next_evaluation if self.plan else None


# The order in which a lead works through the list: nothing yet, a draft, agreed, done.
_STATUS_ORDER = {"none": 0, PopStatus.DRAFT: 1, PopStatus.AGREED: 2, PopStatus.EVALUATED: 3}


def person_columns() -> list[Column[PersonPop]]:
    return [
        Column(
            QApplication.translate("GoalRows", "Name"),
            lambda r: r.employee.list_name,
            sort_key=lambda r: (r.employee.last_name.casefold(), r.employee.first_name.casefold()),
        ),
        Column(QApplication.translate("GoalRows", "Function"), lambda r: r.employee.function),
        Column(QApplication.translate("GoalRows", "Team"), lambda r: r.employee.team),
        Column(
            QApplication.translate("GoalRows", "POP"),
            lambda r: label("pop_status", r.status),
            sort_key=lambda r: _STATUS_ORDER.get(r.status, 9),
        ),
        Column(
            QApplication.translate("GoalRows", "Goals open"),
            lambda r: str(r.goals_open),
            sort_key=lambda r: r.goals_open,
        ),
        Column(
            QApplication.translate("GoalRows", "Achieved"),
            lambda r: str(r.goals_achieved),
            sort_key=lambda r: r.goals_achieved,
        ),
        Column(
            QApplication.translate("GoalRows", "Next evaluation"),
            lambda r: format_date(r.next_evaluation.date()) if r.next_evaluation else "",
            sort_key=lambda r: r.next_evaluation or datetime.max,
        ),
    ]


def goal_columns(today: date) -> list[Column[GoalRow]]:
    def target(row: GoalRow) -> str:
        text = format_date(row.target_date)
        if row.is_overdue(today):
            return QApplication.translate("GoalRows", "{0} (overdue)").format(text)
        return text

    def in_pop(row: GoalRow) -> str:
        if row.pop_id is None:
            return QApplication.translate("GoalRows", "outside a POP")
        return label("pop_status", row.pop_status)

    return [
        Column(QApplication.translate("GoalRows", "Employee"), lambda r: r.employee),
        # The category shows as the goal's tooltip: the list stays readable without scrolling
        # sideways, and the latest progress stays in view.
        Column(
            QApplication.translate("GoalRows", "Goal"),
            lambda r: r.what,
            tooltip=lambda r: f"{r.what}\n{label('goal_category', r.category)}",
        ),
        Column(
            QApplication.translate("GoalRows", "Status"), lambda r: label("goal_status", r.status)
        ),
        Column(
            QApplication.translate("GoalRows", "Target date"),
            target,
            sort_key=lambda r: r.target_date or date.max,
        ),
        Column(
            QApplication.translate("GoalRows", "Steps done"),
            lambda r: f"{r.steps_done}/{r.steps_total}",
        ),
        Column(QApplication.translate("GoalRows", "POP"), in_pop),
        Column(
            QApplication.translate("GoalRows", "Latest progress"),
            lambda r: r.latest_progress or "",
            tooltip=lambda r: r.latest_progress or "",
        ),
    ]


def goal_status_filters() -> list[tuple[str, str | None]]:
    """(text, code) for the status filter: running goals first, then each status, then all."""
    return [
        (QApplication.translate("GoalRows", "Running (open, in progress, postponed)"), "active"),
        *[(text, code) for code, text in choices("goal_status")],
        (QApplication.translate("GoalRows", "All goals"), None),
    ]
