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
- **HR** reads everything shared and writes nothing (SELECT grants only); the columns
  `conversation.private_notes`, `conversation.score` and `signed_version.snapshot_json` (the
  signed content holds the score) are not granted, the drafts not at all, private pairing
  check-ins are filtered out.
"""

from __future__ import annotations

import re
from typing import Any

from teamlead_app.data import server_rules

LEAD = "teamlead_lead"
HR = "teamlead_hr"
GROUPS = {"lead": LEAD, "hr": HR}
ACCESS = "teamlead_access"
_STAR_EXISTS = re.compile(r"EXISTS \(SELECT \*\s+FROM")


def _functions_sql() -> list[str]:
    a = ACCESS
    definer = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION {a}.my_teams() RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
            SELECT team_id FROM {a}.lead_team WHERE role_name = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.my_people() RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
            SELECT e.id FROM public.employee e JOIN {a}.lead_team l ON l.team_id = e.team_id
            WHERE l.role_name = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.my_authored(k text) RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
            SELECT row_id FROM {a}.author WHERE role_name = session_user AND kind = k $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.author_ok(k text, id integer) RETURNS boolean
            LANGUAGE sql STABLE {definer} AS $$
            SELECT COALESCE((SELECT role_name = session_user FROM {a}.author
                             WHERE kind = k AND row_id = id), true) $$""",
        # The private parts of a conversation: its author's, or (written by the
        # administrator: no author) the lead's of the person's team.
        f"""CREATE OR REPLACE FUNCTION {a}.private_ok(cid integer, person integer)
            RETURNS boolean LANGUAGE sql STABLE {definer} AS $$
            SELECT COALESCE((SELECT role_name = session_user FROM {a}.author
                             WHERE kind = 'conversation' AND row_id = cid),
                            person IN (SELECT {a}.my_people())) $$""",
        # Named like the columns, so a query reads `teamlead_access.private_notes(c.id)` under
        # the column's own name (data/server_roles.py: read_private_through_functions).
        f"""CREATE OR REPLACE FUNCTION {a}.private_notes(cid integer) RETURNS text
            LANGUAGE sql STABLE {definer} AS $$
            SELECT CASE WHEN {a}.private_ok(c.id, c.employee_id) THEN c.private_notes
                        ELSE '' END
            FROM public.conversation c WHERE c.id = cid $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.score(cid integer) RETURNS integer
            LANGUAGE sql STABLE {definer} AS $$
            SELECT CASE WHEN {a}.private_ok(c.id, c.employee_id) THEN c.score END
            FROM public.conversation c WHERE c.id = cid $$""",
        f"""CREATE OR REPLACE FUNCTION {a}.record_author() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$ BEGIN
            IF TG_ARGV[0] = 'export_log' OR EXISTS (SELECT 1 FROM pg_auth_members m
                       JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                       WHERE g.rolname IN ('{LEAD}', '{HR}') AND u.rolname = session_user) THEN
                INSERT INTO {a}.author VALUES (TG_ARGV[0], NEW.id, session_user)
                ON CONFLICT (kind, row_id) DO UPDATE SET role_name = EXCLUDED.role_name;
            ELSE
                DELETE FROM {a}.author WHERE kind = TG_ARGV[0] AND row_id = NEW.id;
            END IF;
            RETURN NULL; END $$""",
        # A lead who reads only the shared part of a conversation cannot overwrite its
        # private note or score either (the column grants allow the write itself).
        f"""CREATE OR REPLACE FUNCTION {a}.keep_private() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$ BEGIN
            IF (NEW.private_notes IS DISTINCT FROM OLD.private_notes
                OR NEW.score IS DISTINCT FROM OLD.score)
               AND EXISTS (SELECT 1 FROM pg_auth_members m
                       JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                       WHERE g.rolname = '{LEAD}' AND u.rolname = session_user)
               AND NOT {a}.private_ok(OLD.id, OLD.employee_id) THEN
                RAISE EXCEPTION 'private part of another lead''s conversation'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW; END $$""",
    ]


def _setup_sql() -> list[str]:
    a = ACCESS
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
        # my_authored(kind): one index scan for "what did I write".
        f"CREATE INDEX IF NOT EXISTS author_by_role ON {a}.author (role_name, kind)",
        *_functions_sql(),
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {a} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {a} TO {LEAD}, {HR}",
        # Export lines written before the roles: the administrator's.
        f"INSERT INTO {a}.author SELECT 'export_log', id, current_user FROM public.export_log "
        "ON CONFLICT DO NOTHING",
    ]
    sql += [
        f"CREATE OR REPLACE TRIGGER teamlead_author AFTER INSERT ON public.{table} "
        f"FOR EACH ROW EXECUTE FUNCTION {a}.record_author('{table}')"
        for table in server_rules.AUTHORED
    ]
    sql += [
        "CREATE OR REPLACE TRIGGER teamlead_keep_private BEFORE UPDATE ON public.conversation "
        f"FOR EACH ROW EXECUTE FUNCTION {a}.keep_private()",
        # Deny by default: every grant below comes from a rule.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {LEAD}, {HR}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {LEAD}, {HR}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {LEAD}, {HR}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {LEAD}",
    ]
    for table, rule in server_rules.RULES.items():
        sql += _table_sql(table, rule)
    return sql


def _table_sql(table: str, rule: server_rules.Rule) -> list[str]:
    t = f"public.{table}"
    rule = server_rules.for_table(rule, table)
    sql = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    if rule.lead_read is not None:
        if not rule.lead_hidden:
            sql.append(f"GRANT SELECT ON {t} TO {LEAD}")
        sql.append(f"CREATE POLICY lead_read ON {t} FOR SELECT TO {LEAD} USING ({rule.lead_read})")
    if rule.lead_write is not None:
        sql.append(f"GRANT {', '.join(rule.lead_verbs)} ON {t} TO {LEAD}")
        using, check = rule.lead_write, rule.check or rule.lead_write
        for verb in rule.lead_verbs:
            clauses = {
                "INSERT": f"WITH CHECK ({check})",
                "UPDATE": f"USING ({using}) WITH CHECK ({check})",
                "DELETE": f"USING ({using})",
            }[verb]
            sql.append(f"CREATE POLICY lead_{verb.lower()} ON {t} FOR {verb} TO {LEAD} {clauses}")
    if rule.hr_read is not None:
        if not rule.hr_hidden:
            sql.append(f"GRANT SELECT ON {t} TO {HR}")
        sql.append(f"CREATE POLICY hr_read ON {t} FOR SELECT TO {HR} USING ({rule.hr_read})")
    if rule.hr_insert is not None:
        sql.append(f"GRANT INSERT ON {t} TO {HR}")
        sql.append(f"GRANT USAGE ON SEQUENCE public.{table}_id_seq TO {HR}")
        sql.append(
            f"CREATE POLICY hr_insert ON {t} FOR INSERT TO {HR} WITH CHECK ({rule.hr_insert})"
        )
    return sql


def _drop_policies(connection: Any) -> list[str]:
    """Every policy on the app's tables, dropped before the rules make them anew (so a rule
    that changed or a policy of an earlier version leaves nothing behind)."""
    rows = connection.exec_driver_sql(
        "SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'"
    ).fetchall()
    return [f'DROP POLICY "{name}" ON public."{table}"' for name, table in rows]


def _column_grants(connection: Any) -> list[str]:
    """SELECT on the readable columns of the tables with hidden columns (read from the
    catalog, so a column added by a later migration is readable unless listed as hidden)."""
    sql = []
    for table, rule in server_rules.RULES.items():
        for group, readable, hidden in (
            (LEAD, rule.lead_read, rule.lead_hidden),
            (HR, rule.hr_read, rule.hr_hidden),
        ):
            if readable is None or not hidden:
                continue
            rows = connection.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %(t)s ORDER BY ordinal_position",
                {"t": table},
            ).fetchall()
            shared = ", ".join(f'"{r[0]}"' for r in rows if r[0] not in hidden)
            sql.append(f"GRANT SELECT ({shared}) ON public.{table} TO {group}")
    return sql


def apply(connection: Any) -> None:
    """Create or refresh the roles, grants and policies (idempotent), on an SQLAlchemy
    connection inside the caller's transaction: all or nothing."""
    for statement in _drop_policies(connection) + _setup_sql() + _column_grants(connection):
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


def hand_over(
    connection: Any, old: str, new: str, teams: list[str], private_notes: bool = False
) -> list[str]:
    """The teams of `old` (all, or the named ones) go to `new`; `old` keeps no team of them.
    `new` reads the teams' whole shared history (also what `old` wrote); the private notes,
    scores, drafts and private check-ins stay with their author (`old` keeps reading their own
    conversations) unless `private_notes`: then `new` becomes their author for the people of
    the handed-over teams. Returns the team names moved."""
    rows = connection.exec_driver_sql(
        f"SELECT t.name, t.id FROM {ACCESS}.lead_team l JOIN public.team t ON t.id = l.team_id "
        "WHERE l.role_name = %(o)s ORDER BY t.name",
        {"o": old},
    ).fetchall()
    moved = [(n, i) for n, i in rows if not teams or n in teams]
    ids = [i for _n, i in moved]
    for team_id in ids:
        connection.exec_driver_sql(
            f"DELETE FROM {ACCESS}.lead_team WHERE role_name = %(o)s AND team_id = %(t)s",
            {"o": old, "t": team_id},
        )
        connection.exec_driver_sql(
            f"INSERT INTO {ACCESS}.lead_team VALUES (%(n)s, %(t)s) ON CONFLICT DO NOTHING",
            {"n": new, "t": team_id},
        )
    if private_notes and ids:
        people = "SELECT id FROM public.employee WHERE team_id = ANY(%(teams)s)"
        owned = {
            "conversation": f"SELECT id FROM public.conversation WHERE employee_id IN ({people})",
            "draft": f"SELECT id FROM public.draft WHERE employee_id IN ({people})",
            "pairing_checkin": "SELECT c.id FROM public.pairing_checkin c JOIN public.pairing p "
            f"ON p.id = c.pairing_id WHERE p.mentee_id IN ({people})",
        }
        for kind, rows_of_team in owned.items():
            connection.exec_driver_sql(
                f"UPDATE {ACCESS}.author SET role_name = %(n)s WHERE role_name = %(o)s "
                f"AND kind = %(k)s AND row_id IN ({rows_of_team})",
                {"n": new, "o": old, "k": kind, "teams": ids},
            )
    return [n for n, _ in moved]


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


def is_read_only(connection: Any) -> bool:
    """Whether the session's user is HR: the app then refuses every write itself (but its own
    export lines), with a message, before the server would."""
    return session_group(connection) == "hr"


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
