"""The data-affecting settings, kept in one typed place (the `setting` table, JSON values)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import time
from typing import Any

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Setting
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import LANGUAGES, t


@dataclass(frozen=True)
class AppSettings:
    company_name: str = ""
    logo_path: str = ""
    lead_name: str = ""
    # Monday = 0 ... Sunday = 6
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    work_start: str = "07:30"
    work_end: str = "16:00"
    language: str = "nl"
    # Days after the cadence before someone counts as overdue.
    overdue_grace_days: int = 7
    # The "stopped learning" signal: months without a new goal, step or achieved goal.
    stopped_learning_months: int = 12
    # Years that records of people out of service are kept (AP advice: 2).
    retention_years: int = 2
    # A second folder for backups (USB stick, network share); "" for none.
    backup_folder: str = ""
    # Certificates expiring within this many days are flagged (and make coverage amber).
    certificate_warning_days: int = 90
    # A host (begeleider) takes at most this many rotation guests at once.
    max_guests_per_host: int = 2
    # Active mentees per mentor before the pairing form warns (domain §3.10: 2).
    max_active_mentees: int = 2

    @property
    def start_time(self) -> time:
        return time.fromisoformat(self.work_start)

    @property
    def end_time(self) -> time:
        return time.fromisoformat(self.work_end)


def validate_settings(settings: AppSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(settings.company_name) > 200:
        problems["company_name"] = t("Bedrijfsnaam is te lang.", "Company name is too long.")
    if len(settings.lead_name) > 200:
        problems["lead_name"] = t("Naam is te lang.", "Name is too long.")
    if not settings.working_days or any(d not in range(7) for d in settings.working_days):
        problems["working_days"] = t(
            "Kies minstens één werkdag.", "Choose at least one working day."
        )
    try:
        if settings.start_time >= settings.end_time:
            problems["work_end"] = t(
                "Het einde van de werkdag ligt vóór het begin.",
                "The working day ends before it starts.",
            )
    except ValueError:
        problems["work_start"] = t(
            "Werktijden als uu:mm, bijvoorbeeld 07:30.", "Working hours as hh:mm, e.g. 07:30."
        )
    if settings.language not in LANGUAGES:
        problems["language"] = t("Onbekende taal.", "Unknown language.")
    if not 0 <= settings.overdue_grace_days <= 60:
        problems["overdue_grace_days"] = t("Kies 0 tot 60 dagen.", "Choose 0 to 60 days.")
    if not 1 <= settings.stopped_learning_months <= 60:
        problems["stopped_learning_months"] = t("Kies 1 tot 60 maanden.", "Choose 1 to 60 months.")
    if len(settings.backup_folder) > 1000:
        problems["backup_folder"] = t("Mapnaam is te lang.", "Folder name is too long.")
    if not 1 <= settings.retention_years <= 10:
        problems["retention_years"] = t("Kies 1 tot 10 jaar.", "Choose 1 to 10 years.")
    if not 0 <= settings.certificate_warning_days <= 730:
        problems["certificate_warning_days"] = t("Kies 0 tot 730 dagen.", "Choose 0 to 730 days.")
    if not 1 <= settings.max_guests_per_host <= 10:
        problems["max_guests_per_host"] = t("Kies 1 tot 10 gasten.", "Choose 1 to 10 guests.")
    if not 1 <= settings.max_active_mentees <= 10:
        problems["max_active_mentees"] = t("Kies 1 tot 10 pupillen.", "Choose 1 to 10 mentees.")
    return problems


def get_settings(ctx: ServiceContext) -> AppSettings:
    with ctx.sessions() as session:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
    values: dict[str, Any] = {}
    for f in fields(AppSettings):
        if f.name in stored:
            value = json.loads(stored[f.name])
            values[f.name] = tuple(value) if isinstance(value, list) else value
    try:
        return replace(AppSettings(), **values)
    except TypeError:
        return AppSettings()


def save_settings(ctx: ServiceContext, settings: AppSettings) -> None:
    problems = validate_settings(settings)
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)
    with ctx.sessions.begin() as session:
        for key, value in asdict(settings).items():
            encoded = json.dumps(list(value) if isinstance(value, tuple) else value)
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=encoded))
            else:
                row.value = encoded
