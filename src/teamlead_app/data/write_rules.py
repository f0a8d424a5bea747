"""The app's own check of who may write what, made before anything is flushed: the same rules
that data/server_roles.py has PostgreSQL enforce (a lead writes only the people of their own
team(s) and what hangs off them; HR writes nothing), so the user gets the app's own Dutch
message instead of the server's refusal, and no write statement is sent at all.

It is installed on the sessions of a ServiceContext whose user is restricted (HR, or a lead
with a list of teams); the file's one user and the server's administrator are not checked.
Bulk UPDATE/DELETE statements (not flushes) are refused for HR here too; for a lead they are
left to the server's row-level security (which rows they touch is not known beforehand)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from teamlead_app.data import server_roles
from teamlead_app.data.models import Base, Employee, ExportLog
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t

if TYPE_CHECKING:
    from teamlead_app.data.context import CurrentUser

# Rows of one person (employee_id), as server_roles has them, plus the authored ones.
_BY_PERSON = frozenset((*server_roles.BY_PERSON, "conversation", "draft", "signed_version"))


class NotAllowedError(ValidationError):
    """The current user may not make this change (the server would refuse it too)."""


def hr_reads_only() -> NotAllowedError:
    return NotAllowedError(
        t(
            "Met de HR-rol kun je alleen inzien, niet wijzigen.",
            "With the HR role you can only view, not change.",
        )
    )


def own_teams_only() -> NotAllowedError:
    return NotAllowedError(
        t(
            "Je kunt alleen mensen van je eigen team(s) wijzigen.",
            "You can only change people of your own team(s).",
        )
    )


def restricted(user: CurrentUser | None) -> bool:
    """Whether this user's writes are checked (HR, or a lead with a list of teams)."""
    return user is not None and (not user.may_write or user.team_ids is not None)


def guarded(sessions: sessionmaker[Session], user: CurrentUser | None) -> sessionmaker[Session]:
    """`sessions` itself for an unrestricted user; else sessions of a subclass of its class
    (so what was listened for on `sessions`, like HR's hidden columns, still applies) whose
    flushes are checked first."""
    if not restricted(user):
        return sessions
    assert user is not None
    checked: sessionmaker[Session] = sessionmaker(
        sessions.kw["bind"], class_=sessions.class_, expire_on_commit=False
    )

    def before_flush(session: Session, _context: Any, _instances: Any) -> None:
        check_flush(session, user)

    def before_execute(state: Any) -> None:
        if not user.may_write and (state.is_insert or state.is_update or state.is_delete):
            raise hr_reads_only()

    event.listen(checked, "before_flush", before_flush)
    event.listen(checked, "do_orm_execute", before_execute)
    return checked


def check_flush(session: Session, user: CurrentUser) -> None:
    """Raise NotAllowedError when this flush writes a row `user` may not write."""
    changed = [
        *session.new,
        *(o for o in session.dirty if session.is_modified(o)),
        *session.deleted,
    ]
    if not changed:
        return
    if not user.may_write:
        # The one thing HR writes: the log line of its own export (the server grants INSERT
        # on export_log and nothing else), so HR can save the yearly overview.
        if all(isinstance(o, ExportLog) for o in changed) and not session.dirty | session.deleted:
            return
        raise hr_reads_only()
    with session.no_autoflush:
        for obj in changed:
            if not _allowed(session, user, obj):
                raise own_teams_only()


def _allowed(session: Session, user: CurrentUser, obj: object) -> bool:
    if isinstance(obj, Employee):
        return all(user.leads_team(team) for team in _teams_of_employee(obj))
    people = _people_of(session, obj)
    if people is None:
        return True  # a company-wide list (skills, templates, ...): not restricted (yet)
    return any(user.leads_team(_team_of_person(session, person)) for person in people)


def _teams_of_employee(employee: Employee) -> set[int | None]:
    """The team now and, for a change, the team before: moving someone out of your team, or
    into it from another, writes a row of both."""
    from sqlalchemy import inspect

    teams: set[int | None] = {employee.team_id}
    history = inspect(employee).attrs.team_id.history
    teams.update(history.deleted or ())
    return teams


def _people_of(session: Session, obj: object, depth: int = 0) -> list[object] | None:
    """The people a row belongs to, as ids or (not yet flushed) Employee objects; None for a
    row of nobody in particular."""
    table = getattr(obj, "__tablename__", "")
    if table in _BY_PERSON:
        return [_person(obj, "employee_id", "employee")]
    if table == "pairing":
        return [_person(obj, "mentor_id", "mentor"), _person(obj, "mentee_id", "mentee")]
    parent = server_roles.BY_PARENT.get(table) or (
        ("pairing_id", "pairing") if table == "pairing_checkin" else None
    )
    if parent is None or depth > 3:
        return None
    column, parent_table = parent
    model = _model(parent_table)
    parent_id = getattr(obj, column, None)
    found = getattr(obj, parent_table, None) if parent_id is None else None
    if parent_id is not None:
        found = session.get(model, parent_id)
    if not isinstance(found, model):
        return [None]  # a parent this user cannot see is not theirs
    return _people_of(session, found, depth + 1)


def _person(obj: object, column: str, relation: str) -> object:
    """The person's id, or the pending Employee object when the id is not known yet."""
    value = getattr(obj, column, None)
    return value if value is not None else getattr(obj, relation, None)


def _team_of_person(session: Session, person: object) -> int | None:
    if isinstance(person, Employee):
        return person.team_id
    employee = session.get(Employee, person) if isinstance(person, int) else None
    return None if employee is None else employee.team_id


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise KeyError(table)
