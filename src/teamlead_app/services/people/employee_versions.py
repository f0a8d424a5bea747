"""The edit-version check of the employee dialog's save (services/common/edit_versions.py),
apart from employees.py to keep that module small."""

from __future__ import annotations

from teamlead_app.data.models import Employee
from teamlead_app.services.common import edit_versions
from teamlead_app.services.common.conflict_fields import employee_fields
from teamlead_app.services.common.edit_versions import retry_when_stale

__all__ = ["check_employee_version", "retry_when_stale"]
from teamlead_app.services.people.employee_form import EmployeeDraft


def check_employee_version(employee: Employee, draft: EmployeeDraft) -> None:
    """Refuse when someone else saved the person since the dialog loaded them
    (draft.row_version): ConflictError, nothing written."""

    def fields() -> list[tuple[str, str, str]]:
        function = employee.function.name if employee.function is not None else ""
        return employee_fields(employee, draft, function)

    edit_versions.check_version(edit_versions.EMPLOYEE, employee, draft.row_version, fields)
