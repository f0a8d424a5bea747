"""Who may read and write what on the company database, enforced by PostgreSQL itself (roles,
grants, column privileges and row-level security), set up by `server init` after the schema;
the rule of each table is in data/server_rules.py, what the app does on a lead's or HR's
connection in data/server_sessions.py.

Everything here lives on the server only, in the schema `teamlead_access` next to the app's
tables (a database file has one user and no roles, so the shared migrations stay as they are):

- the group roles `teamlead_lead` and `teamlead_hr` (NOLOGIN); every user is a LOGIN role in
  one of them (`server add-user`);
- `teamlead_access.lead_team(role_name, team_id)`: which lead leads which team(s);
- `teamlead_access.author(kind, row_id, role_name)`: who wrote a conversation, a draft, a
  pairing check-in or an export-log line, recorded by a trigger with the login of the lead
  or HR officer who inserted it (a conversation written by the administrator, e.g. data
  brought in by IT, gets no author: the team's lead reads its private part);
- the functions the rules use (my_teams, my_people, my_authored, author_ok, private_ok) and
  the two that give a conversation's private note and score to their author only
  (`teamlead_access.private_notes(id)`, `score(id)`: no lead is granted those columns).

A superuser or the tables' owner, i.e. the administrator, is not bound by any of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from teamlead_app.data import server_rules

if TYPE_CHECKING:
    from teamlead_app.data.context import CurrentUser

LEAD = "teamlead_lead"
HR = "teamlead_hr"
GROUPS = {"lead": LEAD, "hr": HR}
ACCESS = "teamlead_access"


# Whether the session's user reads the private part of conversation `cid` of person `person`:
# its author, or (no author: written by the administrator) a lead of the person's team.
_PRIVATE_OK = f"""COALESCE((SELECT role_name = session_user FROM {ACCESS}.author
                           WHERE kind = 'conversation' AND row_id = cid),
                          EXISTS (SELECT 1 FROM public.employee e
                                  JOIN {ACCESS}.lead_team l ON l.team_id = e.team_id
                                  WHERE e.id = person AND l.role_name = session_user))"""
_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"


def _private_function(column: str, kind: str, hidden: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION {ACCESS}.{column}(cid integer) RETURNS {kind}
        LANGUAGE plpgsql STABLE {_DEFINER} AS $$
        DECLARE value {kind}; person integer;
        BEGIN
            SELECT c.{column}, c.employee_id INTO value, person
            FROM public.conversation c WHERE c.id = cid;
            IF {_PRIVATE_OK} THEN RETURN value; END IF;
            RETURN {hidden};
        END $$"""


def _functions_sql() -> list[str]:
    a = ACCESS
    definer = _DEFINER
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
        # PL/pgSQL (its plans are kept for the session) and the check written out in each:
        # a SQL function calling a SQL function cost about 250 us a row (a person's
        # score history read 120 rows), this about a tenth.
        f"""CREATE OR REPLACE FUNCTION {a}.private_ok(cid integer, person integer)
            RETURNS boolean LANGUAGE plpgsql STABLE {definer} AS $$ BEGIN
            RETURN {_PRIVATE_OK}; END $$""",
        # Named like the columns, so a query reads `teamlead_access.private_notes(c.id)` under
        # the column's own name (data/server_sessions.py: read_private_through_functions).
        _private_function("private_notes", "text", "''"),
        _private_function("score", "integer", "NULL"),
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
        # The company page names each team's lead(s): who leads which team is no secret
        # from HR or the other leads (which people they are stays behind the rules).
        f"GRANT SELECT ON {a}.lead_team TO {LEAD}, {HR}",
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
                "DELETE": f"USING ({rule.lead_delete or using})",
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


# For the app's own check of writes before they are sent (data/write_rules.py): the same
# tables as the rules, rows of one person and rows hanging off another row.
BY_PERSON = server_rules.BY_PERSON
BY_PARENT = server_rules.CHILDREN


def current_user(connection: Any) -> CurrentUser:
    """Who this connection's login is (SQLAlchemy connection): HR (a member of teamlead_hr,
    not of teamlead_lead), a lead with the ids of their teams, or else the administrator (a
    superuser, the tables' owner, IT: bound by no policy)."""
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
