"""What the app does on a connection to the company server as a lead or as HR (the rules
themselves are PostgreSQL's: data/server_roles.py and data/server_rules.py): find the user's
group, read a conversation's private parts through the author-only functions (a lead), refuse
every write before the server does and never ask for a private column (HR)."""

from __future__ import annotations

import re
from typing import Any

from teamlead_app.data.server_roles import ACCESS, HR, LEAD

_STAR_EXISTS = re.compile(r"EXISTS \(SELECT \*\s+FROM")


def session_group(connection: Any) -> str | None:
    """ "hr" (a member of teamlead_hr, not of teamlead_lead, not a superuser), "lead" (a
    member of teamlead_lead, not a superuser) or None (the administrator) for the session's
    user (psycopg connection)."""
    row = connection.execute(
        "SELECT r.rolsuper, "
        f"EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{HR}') "
        f"AND pg_has_role(current_user, '{HR}', 'MEMBER'), "
        f"EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{LEAD}') "
        f"AND pg_has_role(current_user, '{LEAD}', 'MEMBER') "
        "FROM pg_roles r WHERE r.rolname = current_user"
    ).fetchone()
    if row is None or row[0]:
        return None
    if row[2]:
        return "lead"
    return "hr" if row[1] else None


_PRIVATE_COLUMN = re.compile(r"\b(conversation(?:_\d+)?)\.(private_notes|score)\b")


def read_private_through_functions(engine: Any) -> None:
    """A lead's engine reads a conversation's private note and score through the functions
    that give them to their author only (the columns themselves are not granted to leads):
    `conversation.private_notes` becomes `teamlead_access.private_notes(conversation.id)`,
    a column of the same name ('' / NULL where another lead wrote the conversation)."""
    from sqlalchemy import event

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> Any:
        statement = _PRIVATE_COLUMN.sub(rf"{ACCESS}.\2(\1.id)", statement)
        return _STAR_EXISTS.sub("EXISTS (SELECT 1 FROM", statement), parameters

    event.listen(engine, "before_cursor_execute", before, retval=True)


def private_hidden(session: Any, conversation_id: int) -> bool:
    """Whether the session's lead may not read the conversation's private note and score."""
    from sqlalchemy import text

    hidden = session.execute(
        text(f"SELECT NOT {ACCESS}.private_ok(id, employee_id) FROM conversation WHERE id = :c"),
        {"c": conversation_id},
    ).scalar()
    return bool(hidden)


def refuse_writes(engine: Any) -> None:
    """Every INSERT, UPDATE or DELETE through this engine is refused with a Dutch message
    before it reaches the server (HR reads only; the server refuses it too)."""
    from sqlalchemy import event

    from teamlead_app.errors import StorageError, ValidationError
    from teamlead_app.i18n import t

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> Any:
        verb = statement.lstrip()[:6].upper()
        # HR's own export lines (the yearly overview saved) are the one thing HR writes.
        own_line = statement.lstrip().startswith("INSERT INTO export_log ")
        if verb in {"INSERT", "UPDATE", "DELETE"} and not own_line:
            raise ValidationError(
                t(
                    "U bent aangemeld met de HR-rol: u kunt de gedeelde gegevens bekijken, "
                    "maar niets wijzigen. Er is niets opgeslagen.",
                    "You are signed in with the HR role: you can view the shared data but "
                    "change nothing. Nothing was saved.",
                )
            )
        # `EXISTS (SELECT * ...)` asks for every column, the private ones too: the same
        # question with a constant asks for none.
        return _STAR_EXISTS.sub("EXISTS (SELECT 1 FROM", statement), parameters

    def refused(context: Any) -> None:
        from psycopg import errors

        if isinstance(context.original_exception, errors.InsufficientPrivilege):
            raise StorageError(
                t(
                    "Met de HR-rol kunt u dit niet inzien: het bevat privénotities of scores, "
                    "die alleen de leidinggevende leest die ze schreef. Er is niets gewijzigd.",
                    "With the HR role you cannot view this: it holds private notes or scores, "
                    "read only by the lead who wrote them. Nothing was changed.",
                )
            )

    event.listen(engine, "before_cursor_execute", before, retval=True)
    # Before the general translation of server errors (data/server.py), which is put back.
    from teamlead_app.data import server

    event.remove(engine, "handle_error", server.translate_error)
    event.listen(engine, "handle_error", refused)
    event.listen(engine, "handle_error", server.translate_error)


def defer_private_columns(sessions: Any) -> None:
    """HR's sessions never ask for a column HR may not read: every ORM query that loads a
    conversation or a signed version leaves the private columns out (read only if touched,
    which the server then refuses with the message above)."""
    from sqlalchemy import event
    from sqlalchemy.orm import defer

    from teamlead_app.data.models import Conversation, SignedVersion

    hidden = {
        Conversation: (Conversation.private_notes, Conversation.score),
        SignedVersion: (SignedVersion.snapshot_json,),
    }

    def before(state: Any) -> None:
        if not state.is_select:
            return
        # Only where the statement loads the whole entity (not a few of its columns).
        descriptions = getattr(state.statement, "column_descriptions", [])
        classes = {d.get("expr") for d in descriptions}
        options = [defer(c) for model, cols in hidden.items() if model in classes for c in cols]
        if options:
            state.statement = state.statement.options(*options)

    event.listen(sessions, "do_orm_execute", before)
