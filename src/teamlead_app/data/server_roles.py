"""Who may read and write what on the company database, enforced by PostgreSQL itself (roles,
grants, column privileges and row-level security), set up by `server init` after the schema.

Everything here lives on the server only, in the schema `teamlead_access` next to the app's
tables (a database file has one user and no roles, so the shared migrations stay as they are):

- the group roles `teamlead_lead` and `teamlead_hr` (NOLOGIN); every user is a LOGIN role in
  one of them (`server add-user`);
- `teamlead_access.lead_team(role_name, team_id)`: which lead leads which team(s);
- `teamlead_access.author(kind, row_id, role_name)`: who wrote a conversation, a draft or a
  pairing check-in, recorded by a trigger with the login of the lead who inserted it (a row
  written by the administrator, e.g. data brought in by IT, gets no author).

The rules (a superuser or the tables' owner, i.e. the administrator, is not bound by them):
- a **lead** reads and writes the people of their own team(s) and every row hanging off them
  (conversations, agreements, POPs, goals, skills, certificates, rotations, onboarding ...);
  of those, a conversation, a draft and a private pairing check-in written by another user
  stay invisible (a row without a recorded author, written by the administrator or before the
  roles existed, is read by the lead(s) of the person's team);
- the teams are read only for leads (IT makes and renames them); the other company-wide lists
  (functions, skills, templates, settings, stations ...) are not restricted yet;
- **HR** reads everything shared and writes nothing but the export log's rows of its own
  exports (SELECT grants, INSERT on export_log); the columns
  `conversation.private_notes`, `conversation.score` and `signed_version.snapshot_json` (the
  signed content holds the score) are not granted, the drafts not at all, private pairing
  check-ins are filtered out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from teamlead_app.data.context import CurrentUser

LEAD = "teamlead_lead"
HR = "teamlead_hr"
GROUPS = {"lead": LEAD, "hr": HR}
ACCESS = "teamlead_access"
_STAR_EXISTS = re.compile(r"EXISTS \(SELECT \*\s+FROM")
# The one write HR makes: the export log's row for an export (granted below).
_EXPORT_LOG = re.compile(r"\s*INSERT INTO export_log\b", re.IGNORECASE)

# Tables whose rows belong to one person (their employee_id).
_BY_PERSON = (
    "agreement",
    "pop",
    "goal",
    "skill_level",
    "person_skill",
    "certificate",
    "rotation",
    "buddy_training",
    "onboarding_item",
    "team_leader",
    "employee_talks",
    "talk_month",
)
# The summaries the database keeps itself (schema 0008, its triggers run as the owner): leads
# and HR read them, nobody writes them. No score and no note in them.
_DERIVED = ("employee_talks", "talk_month", "team_month")
# Tables hanging off another protected table: visible when their parent is visible.
_BY_PARENT = {
    "conversation_answer": ("conversation_id", "conversation"),
    "conversation_move": ("conversation_id", "conversation"),
    "agreement_followup": ("agreement_id", "agreement"),
    "pop_support": ("pop_id", "pop"),
    "goal_step": ("goal_id", "goal"),
    "goal_progress": ("goal_id", "goal"),
    "certificate_scan": ("certificate_id", "certificate"),
}
_MINE = f"employee_id IN (SELECT {ACCESS}.my_people())"
_LEAD_ROWS: dict[str, tuple[str, str]] = {
    # table: (USING for what a lead reads/changes, WITH CHECK for what a lead writes)
    "employee": (f"team_id IN (SELECT {ACCESS}.my_teams())",) * 2,
    "conversation": (f"{_MINE} AND {ACCESS}.author_ok('conversation', id)", _MINE),
    "draft": (f"{_MINE} AND {ACCESS}.author_ok('draft', id)", _MINE),
    "signed_version": (
        f"{_MINE} AND (kind <> 'conversation' OR record_id IN (SELECT id FROM conversation))",
        _MINE,
    ),
    "pairing": (
        f"mentee_id IN (SELECT {ACCESS}.my_people()) OR mentor_id IN (SELECT {ACCESS}.my_people())",
    )
    * 2,
    "pairing_checkin": (
        "pairing_id IN (SELECT id FROM pairing) "
        f"AND (shared OR {ACCESS}.author_ok('pairing_checkin', id))",
        "pairing_id IN (SELECT id FROM pairing)",
    ),
    **{table: (_MINE, _MINE) for table in _BY_PERSON},
    "team_month": (f"team_id IN (SELECT {ACCESS}.my_teams())",) * 2,
    **{
        table: (f"{column} IN (SELECT id FROM {parent})",) * 2
        for table, (column, parent) in _BY_PARENT.items()
    },
}
# For the app's own pre-check of writes (data/write_rules.py): the same lists.
BY_PERSON = _BY_PERSON
BY_PARENT = _BY_PARENT
_HR_ROWS = {table: "true" for table in _LEAD_ROWS} | {"pairing_checkin": "shared"}
# Columns only the author reads: never granted to HR.
_PRIVATE_COLUMNS = {
    "conversation": ("private_notes", "score"),
    "signed_version": ("snapshot_json",),
}
_NOT_FOR_HR = ("draft",)
_AUTHORED = ("conversation", "draft", "pairing_checkin")


def _setup_sql() -> list[str]:
    a = ACCESS
    definer = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
    sql = [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{LEAD}') THEN
                CREATE ROLE {LEAD} NOLOGIN; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{HR}') THEN
                CREATE ROLE {HR} NOLOGIN; END IF;
        END $$""",
        f"CREATE SCHEMA IF NOT EXISTS {a}",
        f"REVOKE ALL ON SCHEMA {a} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {a} TO {LEAD}, {HR}",
        f"""CREATE TABLE IF NOT EXISTS {a}.lead_team (
            role_name name NOT NULL,
            team_id integer NOT NULL REFERENCES public.team(id) ON DELETE CASCADE,
            PRIMARY KEY (role_name, team_id))""",
        f"""CREATE TABLE IF NOT EXISTS {a}.author (
            kind text NOT NULL, row_id integer NOT NULL, role_name name NOT NULL,
            PRIMARY KEY (kind, row_id))""",
        f"""CREATE OR REPLACE FUNCTION {a}.my_teams() RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
            SELECT team_id FROM {a}.lead_team WHERE role_name = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.my_people() RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
            SELECT e.id FROM public.employee e JOIN {a}.lead_team l ON l.team_id = e.team_id
            WHERE l.role_name = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.author_ok(k text, id integer) RETURNS boolean
            LANGUAGE sql STABLE {definer} AS $$
            SELECT COALESCE((SELECT role_name = session_user FROM {a}.author
                             WHERE kind = k AND row_id = id), true) $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.record_author() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_auth_members m
                       JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                       WHERE g.rolname = '{LEAD}' AND u.rolname = session_user) THEN
                INSERT INTO {a}.author VALUES (TG_ARGV[0], NEW.id, session_user)
                ON CONFLICT (kind, row_id) DO UPDATE SET role_name = EXCLUDED.role_name;
            ELSE
                DELETE FROM {a}.author WHERE kind = TG_ARGV[0] AND row_id = NEW.id;
            END IF;
            RETURN NULL; END $$""",
    ]
    for fn in ("my_teams()", "my_people()", "author_ok(text, integer)", "record_author()"):
        sql.append(f"REVOKE ALL ON FUNCTION {a}.{fn} FROM PUBLIC")
    sql.append(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {a} TO {LEAD}, {HR}")
    sql += [
        f"CREATE OR REPLACE TRIGGER teamlead_author AFTER INSERT ON public.{table} "
        f"FOR EACH ROW EXECUTE FUNCTION {a}.record_author('{table}')"
        for table in _AUTHORED
    ]
    sql += [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {LEAD}, {HR}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {LEAD}, {HR}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {LEAD}",
        # The teams are the company's: a lead who deleted another team would set its people
        # team-less (out of the other lead's sight). IT (the owner) manages the teams.
        f"REVOKE INSERT, UPDATE, DELETE ON public.alembic_version, public.team FROM {LEAD}",
        f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(f'public.{t}' for t in _DERIVED)} "
        f"FROM {LEAD}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {LEAD}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {HR}",
        # HR saves the yearly overview, and every export is logged (export_log.py): the
        # one row HR writes, append-only (no UPDATE, no DELETE).
        f"GRANT INSERT ON public.export_log TO {HR}",
        f"""DO $$ BEGIN EXECUTE 'GRANT USAGE ON SEQUENCE '
            || pg_get_serial_sequence('public.export_log', 'id') || ' TO {HR}'; END $$""",
        # The company page names each team's lead(s): who leads which team is no secret
        # from HR or the other leads (which people they are stays behind the policies).
        f"GRANT SELECT ON {a}.lead_team TO {LEAD}, {HR}",
    ]
    for table in _NOT_FOR_HR:
        sql.append(f"REVOKE SELECT ON public.{table} FROM {HR}")
    for table in _PRIVATE_COLUMNS:
        sql.append(f"REVOKE SELECT ON public.{table} FROM {HR}")
    for table, (using, check) in _LEAD_ROWS.items():
        sql += [
            f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS lead_rows ON public.{table}",
            f"CREATE POLICY lead_rows ON public.{table} TO {LEAD} "
            f"USING ({using}) WITH CHECK ({check})",
            f"DROP POLICY IF EXISTS hr_reads ON public.{table}",
            f"CREATE POLICY hr_reads ON public.{table} FOR SELECT TO {HR} "
            f"USING ({_HR_ROWS[table]})",
        ]
    return sql


def _column_grants(connection: Any) -> list[str]:
    """HR's SELECT on the shared columns of the tables with private columns (read from the
    catalog, so a column added by a later migration is shared unless listed as private)."""
    sql = []
    for table, private in _PRIVATE_COLUMNS.items():
        rows = connection.exec_driver_sql(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = %(t)s ORDER BY ordinal_position",
            {"t": table},
        ).fetchall()
        shared = ", ".join(f'"{r[0]}"' for r in rows if r[0] not in private)
        sql.append(f"GRANT SELECT ({shared}) ON public.{table} TO {HR}")
    return sql


def apply(connection: Any) -> None:
    """Create or refresh the roles, grants and policies (idempotent), on an SQLAlchemy
    connection inside the caller's transaction: all or nothing."""
    for statement in _setup_sql() + _column_grants(connection):
        connection.exec_driver_sql(statement)


def add_user(connection: Any, name: str, role: str, teams: list[str]) -> list[str]:
    """Create the LOGIN role `name` in the group of `role` ("lead" or "hr") without a password
    (IT sets it: `ALTER ROLE ... PASSWORD` or psql's `\\password`), or add an existing role to
    the group; map a lead's teams (by name). Returns the team names not found (then nothing
    is written: the caller rolls back)."""
    ident = '"' + name.replace('"', '""') + '"'
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}
    ).first()
    if exists is None:
        connection.exec_driver_sql(f"CREATE ROLE {ident} LOGIN")
    connection.exec_driver_sql(f"GRANT {GROUPS[role]} TO {ident}")
    return map_teams(connection, name, teams)


def map_teams(connection: Any, name: str, teams: list[str]) -> list[str]:
    missing = []
    for team in teams:
        found = connection.exec_driver_sql(
            f"INSERT INTO {ACCESS}.lead_team (role_name, team_id) "
            "SELECT %(n)s, id FROM public.team WHERE name = %(t)s "
            "ON CONFLICT DO NOTHING RETURNING team_id",
            {"n": name, "t": team},
        ).first()
        known = connection.exec_driver_sql(
            "SELECT 1 FROM public.team WHERE name = %(t)s", {"t": team}
        ).first()
        if found is None and known is None:
            missing.append(team)
    return missing


def is_lead(connection: Any, name: str) -> bool:
    return (
        connection.exec_driver_sql(
            "SELECT pg_has_role(%(n)s, %(g)s, 'MEMBER') FROM pg_roles WHERE rolname = %(n)s",
            {"n": name, "g": LEAD},
        ).scalar()
        is True
    )


def hand_over(connection: Any, old: str, new: str, teams: list[str]) -> list[str]:
    """The teams of `old` (all, or the named ones) go to `new`; `old` keeps nothing of them.
    The authors stay as they are: the old lead's private notes (and conversations, drafts,
    private check-ins) are not handed over. Returns the team names moved."""
    rows = connection.exec_driver_sql(
        f"SELECT t.name, t.id FROM {ACCESS}.lead_team l JOIN public.team t ON t.id = l.team_id "
        "WHERE l.role_name = %(o)s ORDER BY t.name",
        {"o": old},
    ).fetchall()
    moved = [(n, i) for n, i in rows if not teams or n in teams]
    for _name, team_id in moved:
        connection.exec_driver_sql(
            f"DELETE FROM {ACCESS}.lead_team WHERE role_name = %(o)s AND team_id = %(t)s",
            {"o": old, "t": team_id},
        )
        connection.exec_driver_sql(
            f"INSERT INTO {ACCESS}.lead_team VALUES (%(n)s, %(t)s) ON CONFLICT DO NOTHING",
            {"n": new, "t": team_id},
        )
    return [n for n, _ in moved]


def is_read_only(connection: Any) -> bool:
    """Whether the session's user is HR (a member of teamlead_hr, not of teamlead_lead, and
    not a superuser): the app then refuses every write itself, with a message, before the
    server would (psycopg connection)."""
    row = connection.execute(
        "SELECT r.rolsuper, "
        f"EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{HR}') "
        f"AND pg_has_role(current_user, '{HR}', 'MEMBER'), "
        f"EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{LEAD}') "
        f"AND pg_has_role(current_user, '{LEAD}', 'MEMBER') "
        "FROM pg_roles r WHERE r.rolname = current_user"
    ).fetchone()
    return row is not None and not row[0] and bool(row[1]) and not row[2]


def refuse_writes(engine: Any) -> None:
    """Every INSERT, UPDATE or DELETE through this engine is refused with a Dutch message
    before it reaches the server (HR reads only; the server refuses it too)."""
    from sqlalchemy import event

    from teamlead_app.errors import StorageError, ValidationError
    from teamlead_app.i18n import t

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> Any:
        words = statement.lstrip()[:6].upper()
        if words in {"INSERT", "UPDATE", "DELETE"} and not _EXPORT_LOG.match(statement):
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


def current_user(connection: Any) -> CurrentUser:
    """Who this connection's login is (SQLAlchemy connection): HR (a member of teamlead_hr,
    not of teamlead_lead), a lead with the ids of their teams, or else the administrator (a
    superuser, the tables' owner, IT: bound by no policy). The same rules as `is_read_only`."""
    from teamlead_app.data.context import CurrentUser, Role

    def member(group: str) -> str:
        return (
            f"(EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"AND pg_has_role(session_user, '{group}', 'MEMBER'))"
        )

    name, superuser, hr, lead = connection.exec_driver_sql(
        f"SELECT session_user::text, r.rolsuper, {member(HR)}, {member(LEAD)} "
        "FROM pg_roles r WHERE r.rolname = session_user"
    ).one()
    if superuser or not (hr or lead):
        return CurrentUser(name=name, role=Role.ADMIN)
    if hr and not lead:
        return CurrentUser(name=name, role=Role.HR, team_ids=frozenset())
    teams = connection.exec_driver_sql(f"SELECT {ACCESS}.my_teams()").scalars().all()
    return CurrentUser(name=name, role=Role.LEAD, team_ids=frozenset(int(t) for t in teams))
