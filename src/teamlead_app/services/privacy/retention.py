"""The retention period (bewaartermijn, domain §5.1): records of people out of service are
kept `settings.retention_years` (default 2, as the AP advises for appraisal records), then
deleted for good.

`retention_worklist` lists who is past it with what is linked to them; `run_retention` is the
"verwijderen" action of the Reports page and `teamlead-app retention --delete --yes`: it
deletes the people (the ON DELETE CASCADE foreign keys remove their conversations, answers,
moves, agreements, follow-ups, POPs, support, goals, steps and progress, and the autosaved
drafts of every kind through `Draft.employee_id`), prunes backups older than the retention
and every backup made before the deletion (services.backups.purge_after_deletion: a fresh
one is made after it; the second backup folder is cleaned at the next backup), prunes
export-log rows older than two years (domain §5.9 keeps the log "about 2 years"; its rows
hold ids only), logs each deletion with the id and never the name, and VACUUMs the file so
the deleted rows do not linger in free pages. `services.privacy` re-exports all of this.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from teamlead_app.config import DbPaths
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Agreement,
    Conversation,
    Draft,
    Employee,
    ExportLog,
    Goal,
    Pop,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.common.drafts import discard_person_in
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.names import list_name
from teamlead_app.services.privacy.pairings import forget_pairings
from teamlead_app.services.storage.backups import purge_after_deletion
from teamlead_app.services.storage.export_log import log_export, scrub_file_names
from teamlead_app.util.dates import format_date

__all__ = [
    "EXPORT_LOG_YEARS",
    "DeletionReport",
    "RetentionItem",
    "RetentionReport",
    "delete_person",
    "keep_until",
    "person_drafts",
    "prune_backups",
    "prune_export_log",
    "retention_worklist",
    "run_retention",
    "vacuum_database",
]

log = logging.getLogger(__name__)

EXPORT_LOG_YEARS = 2
# The stamp backup_file (data/migrate.py) puts in a backup's name: -YYYYMMDD-HHMMSS.sqlite
_BACKUP_STAMP = re.compile(r"(\d{8})-(\d{6})\.sqlite$")


def _shift_years(day: date, years: int) -> date:
    """The same day `years` later (earlier when negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def keep_until(date_out_of_service: date, retention_years: int) -> date:
    """The last day the records of someone out of service may be kept."""
    return _shift_years(date_out_of_service, retention_years)


def person_drafts(employee_id: int) -> ColumnElement[bool]:
    """The autosaved drafts of every kind that belong to the person (services.drafts)."""
    return Draft.employee_id == employee_id


@dataclass(frozen=True)
class RetentionItem:
    """Someone out of service longer than the retention, with what would go."""

    employee_id: int
    name: str  # "Vries, Jan de"
    team: str
    date_out_of_service: date
    keep_until: date
    conversations: int
    agreements: int
    goals: int
    pops: int

    @property
    def counts_text(self) -> str:
        """For a column beside the name: "34 gesprekken, 1 afspraak, 5 ontwikkeldoelen,
        2 POP's"."""
        counts = (
            counted(self.conversations, "gesprek", "gesprekken", "conversation", "conversations"),
            counted(self.agreements, "afspraak", "afspraken", "agreement", "agreements"),
            counted(self.goals, "ontwikkeldoel", "ontwikkeldoelen", "goal", "goals"),
            counted(self.pops, "POP", "POP's", "POP", "POPs"),
        )
        return ", ".join(counts)

    @property
    def what_goes(self) -> str:
        """For the confirmation: "Vries, Jan de: 34 gesprekken, 1 afspraak,
        5 ontwikkeldoelen, 2 POP's"."""
        return f"{self.name}: {self.counts_text}"


def counted(number: int, one_nl: str, many_nl: str, one_en: str, many_en: str) -> str:
    """ "1 afspraak", "3 afspraken" in the current language."""
    return f"{number} {t(one_nl, one_en) if number == 1 else t(many_nl, many_en)}"


@dataclass(frozen=True)
class DeletionReport:
    employee_id: int
    conversations: int
    agreements: int
    goals: int
    pops: int
    drafts: int


@dataclass(frozen=True)
class RetentionReport:
    deleted: tuple[DeletionReport, ...]
    backups_removed: tuple[Path, ...]
    log_rows_removed: int


def _counts(session: Session, employee_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """(conversations, agreements, goals, pops) per person: one grouped query per table."""
    found: dict[int, list[int]] = {pid: [0, 0, 0, 0] for pid in employee_ids}
    models: tuple[Any, ...] = (Conversation, Agreement, Goal, Pop)
    for i, model in enumerate(models):
        query = (
            select(model.employee_id, func.count(model.id))
            .where(model.employee_id.in_(employee_ids))
            .group_by(model.employee_id)
        )
        for pid, count in session.execute(query):
            found[pid][i] = count
    return {pid: tuple(values) for pid, values in found.items()}


def _past_retention(session: Session, today: date, years: int) -> list[tuple[Employee, str]]:
    rows = session.execute(
        select(Employee, Team.name)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(Employee.date_out_of_service < today)
    ).all()
    return [
        (employee, team or "")
        for employee, team in rows
        if employee.date_out_of_service is not None
        and keep_until(employee.date_out_of_service, years) < today
    ]


def retention_worklist(ctx: ServiceContext, today: date | None = None) -> list[RetentionItem]:
    """Everyone whose date out of service plus the retention lies before `today`, longest
    gone first, with counts of what is linked to them."""
    day = today or date.today()
    years = get_settings(ctx).retention_years
    with ctx.sessions() as session:
        people = _past_retention(session, day, years)
        counts = _counts(session, [e.id for e, _team in people])
    items = [
        RetentionItem(
            e.id,
            list_name(e.first_name, e.tussenvoegsel, e.last_name),
            team,
            e.date_out_of_service,
            keep_until(e.date_out_of_service, years),
            *counts[e.id],
        )
        for e, team in people
        if e.date_out_of_service is not None
    ]
    return sorted(items, key=lambda i: (i.date_out_of_service, i.name.casefold()))


def _not_past(employee: Employee, years: int) -> ValidationError:
    out = employee.date_out_of_service
    if out is None:
        return ValidationError(
            t(
                "Deze medewerker is niet uit dienst; alleen wie de bewaartermijn voorbij is, "
                "kan worden verwijderd.",
                "This employee is not out of service; only people past the retention period "
                "can be deleted.",
            )
        )
    until = format_date(keep_until(out, years))
    return ValidationError(
        t(
            f"De bewaartermijn loopt nog tot en met {until}; daarna kan deze medewerker "
            "worden verwijderd.",
            f"The retention period runs until {until}; after that this employee can be deleted.",
        )
    )


def _delete(session: Session, employee_id: int, today: date, years: int) -> DeletionReport:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    out = employee.date_out_of_service
    if out is None or not keep_until(out, years) < today:
        raise _not_past(employee, years)
    conversations, agreements, goals, pops = _counts(session, [employee_id])[employee_id]
    # On a server also the drafts kept on this PC (once the deletion is committed).
    drafts = discard_person_in(session, employee_id)
    forget_pairings(session, employee_id)  # the mentor's record stays, without this person
    session.execute(delete(Employee).where(Employee.id == employee_id))
    scrub_file_names(session)  # rows from older versions may hold a name in the file name
    return DeletionReport(employee_id, conversations, agreements, goals, pops, drafts)


def vacuum_database(ctx: ServiceContext) -> None:
    """Rebuild the file so deleted rows do not linger in free pages (on a server: VACUUM
    frees the dead rows of the tables the user owns). VACUUM cannot run inside a
    transaction, hence the autocommit connection."""
    with ctx.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")


def delete_person(
    ctx: ServiceContext, employee_id: int, today: date | None = None, *, vacuum: bool = True
) -> DeletionReport:
    """Delete someone past the retention and everything linked, for good. ValidationError for
    someone not (yet) past it, NotFoundError for an unknown id. Logged with the id only."""
    years = get_settings(ctx).retention_years
    with ctx.sessions.begin() as session:
        report = _delete(session, employee_id, today or date.today(), years)
    log_export(ctx, "delete", f"employee={employee_id}")
    log.info("employee %s deleted after the retention period", employee_id)
    if vacuum:
        vacuum_database(ctx)
        purge_after_deletion(ctx)
    return report


def _backup_day(path: Path) -> date:
    """When a backup was made: the stamp in its name (see data/migrate.backup_file), else
    the file's modification time."""
    found = _BACKUP_STAMP.search(path.name)
    if found:
        try:
            return datetime.strptime(found.group(1), "%Y%m%d").date()
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime).date()


def prune_backups(db_path: Path, retention_years: int, today: date | None = None) -> list[Path]:
    """Remove backups (*.sqlite in the backups folder) made more than `retention_years` ago:
    they may hold people deleted since. Returns the removed files."""
    folder = DbPaths(db_path).backups
    if not folder.is_dir():
        return []
    cutoff = _shift_years(today or date.today(), -retention_years)
    removed = []
    for path in sorted(folder.glob("*.sqlite")):
        if _backup_day(path) < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def prune_export_log(ctx: ServiceContext, today: date | None = None) -> int:
    """Remove export-log rows older than EXPORT_LOG_YEARS; returns how many went."""
    cutoff = datetime.combine(_shift_years(today or date.today(), -EXPORT_LOG_YEARS), time())
    with ctx.sessions.begin() as session:
        old = select(func.count(ExportLog.id)).where(ExportLog.at < cutoff)
        count = int(session.scalar(old) or 0)
        session.execute(delete(ExportLog).where(ExportLog.at < cutoff))
    return count


def run_retention(
    ctx: ServiceContext, employee_ids: Sequence[int] | None = None, today: date | None = None
) -> RetentionReport:
    """The "verwijderen" action: delete the given people (default: the whole worklist), prune
    old backups and old export-log rows, log it, and vacuum once. Every id is checked first,
    so one person not past the retention stops the action before anything is deleted."""
    day = today or date.today()
    years = get_settings(ctx).retention_years
    if employee_ids is None:
        employee_ids = [item.employee_id for item in retention_worklist(ctx, day)]
    # One transaction: one person not past the retention rolls the whole action back.
    with ctx.sessions.begin() as session:
        deleted = tuple(_delete(session, pid, day, years) for pid in dict.fromkeys(employee_ids))
    for report in deleted:
        log_export(ctx, "delete", f"employee={report.employee_id}")
    # A server has no backup files of ours: its backups are the administrator's (pg_dump).
    backups = () if ctx.is_server else tuple(prune_backups(ctx.path, years, day))
    log_rows = prune_export_log(ctx, day)
    vacuum_database(ctx)
    if deleted:
        # Backups made before the deletion still hold the people: they go, a fresh one comes.
        backups += tuple(purge_after_deletion(ctx))
    log_export(ctx, "purge", f"deleted={len(deleted)} backups={len(backups)} log={log_rows}")
    log.info(
        "retention: %s deleted, %s backups, %s log rows pruned",
        len(deleted),
        len(backups),
        log_rows,
    )
    return RetentionReport(deleted, backups, log_rows)
