"""The fast first screen: the overview's counts line, this week, still to be signed, late
agreements and the teams, read with the standard library's sqlite3 (read-only) so the window
shows data before SQLAlchemy and the ORM are imported. The statements are those of the
services (services/conversations/overview.py, overview_counts.py, people/teams.py) written out
by hand; tests/data/test_first_screen.py holds them to the same results.

Only a file that today's path would open as it is gets read: it exists, has no rollback journal
left by a crash (opening rolls that back first), and its schema revision is exactly
SCHEMA_HEAD (a file to migrate or from a newer version is left to the full path). Any sqlite3
error (damaged, busy, not a database) gives None: the full path then opens the file and shows
its usual dialog. Nothing here writes: the connection is opened read-only (mode=ro) and
query_only. No SQLAlchemy or Qt import (tests/data/test_first_screen.py checks it)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from teamlead_app.data.migrate import SCHEMA_HEAD, sqlite_file_uri
from teamlead_app.data.statuses import AgreementStatus, ConversationStatus
from teamlead_app.records.overview import (
    UNSIGNED_DAYS,
    AgendaItem,
    FirstScreen,
    Hidden,
    LateAgreement,
    PeriodCounts,
    TeamLine,
    UnsignedTalk,
)

_NAME = "e.first_name, e.tussenvoegsel, e.last_name"
_MOVED = "EXISTS (SELECT 1 FROM conversation_move m WHERE m.conversation_id = c.id)"


def _moment(day: date) -> str:
    """Midnight of `day` as SQLAlchemy stores a DateTime in SQLite (and binds it)."""
    return f"{day.isoformat()} 00:00:00.000000"


def _name(first: str, tussenvoegsel: str, last: str) -> str:
    # as services.people.names.full_name
    return " ".join(part for part in (first, tussenvoegsel, last) if part)


def _team(team_id: int | None) -> tuple[str, tuple[int, ...]]:
    return ("", ()) if team_id is None else (" AND e.team_id = ?", (team_id,))


def _limited(
    con: sqlite3.Connection, sql: str, params: tuple[object, ...], limit: int | None
) -> tuple[list[tuple[object, ...]], int]:
    """As overview_limits.first_rows: the first `limit` rows (in SQL) and how many more."""
    if limit is None:
        return [tuple(row) for row in con.execute(sql, params)], 0
    # The count as an uncorrelated subquery over the same conditions (not a window count,
    # which builds every row before the limit); its parameters come first in the text.
    head, _, rest = sql.rpartition(" FROM ")
    where = rest.rpartition(" ORDER BY ")[0]
    count = f"(SELECT count(*) FROM {where})"
    counted = (*params[: where.count("?")], *params, limit)
    rows = list(con.execute(f"{head}, {count} FROM {rest} LIMIT ?", counted))
    total = int(rows[0][-1]) if rows else 0
    return [tuple(row[:-1]) for row in rows], total - len(rows)


def usable(con: sqlite3.Connection) -> bool:
    """The schema is exactly this version's and there is somebody to show."""
    try:
        versions = [row[0] for row in con.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError:
        return False
    if versions != [SCHEMA_HEAD]:
        return False
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM employee)").fetchone()[0] == 1)


def read_first_screen(
    path: Path, today: date | None = None, team_id: int | None = None, *, limit: int = 13
) -> FirstScreen | None:
    """The first screen's data, or None when the file is not one to read on the fast path
    (missing, empty, crashed, another schema, damaged, busy, nobody in it)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        if Path(f"{path}-journal").exists() or Path(f"{path}-wal").exists():
            return None  # a crash left a journal: today's path rolls it back first
    except OSError:
        return None
    today = today or date.today()
    try:
        con = sqlite3.connect(sqlite_file_uri(path, "ro"), uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        con.execute("PRAGMA query_only = ON")
        if not usable(con):
            return None
        return _read(con, today, team_id, limit)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # damaged, busy or odd values: the full path judges the file
    finally:
        con.close()


def _read(con: sqlite3.Connection, today: date, team_id: int | None, limit: int) -> FirstScreen:
    month, year = period_counts(con, today, team_id)
    week, more_week = agenda(con, today, team_id, limit)
    to_sign, more_unsigned = unsigned(con, today, team_id, limit)
    late, more_late = late_agreements(con, today, team_id, limit)
    return FirstScreen(
        today=today,
        week=week,
        unsigned=to_sign,
        late_agreements=late,
        month_counts=month,
        year_counts=year,
        teams=teams(con, today),
        hidden=Hidden(more_week, more_unsigned, more_late),
    )


def period_counts(
    con: sqlite3.Connection, today: date, team_id: int | None
) -> tuple[PeriodCounts, PeriodCounts]:
    """As overview_counts.period_counts: one statement over the maintained team_month."""
    now = today.year * 100 + today.month
    sql = (
        "SELECT coalesce(sum(CASE WHEN month >= ? THEN planned ELSE 0 END), 0),"
        " coalesce(sum(held), 0), coalesce(sum(moved), 0), coalesce(sum(cancelled), 0),"
        " coalesce(sum(CASE WHEN month < ? THEN planned ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN month = ? THEN planned ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN month = ? THEN held ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN month = ? THEN moved ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN month = ? THEN cancelled ELSE 0 END), 0)"
        " FROM team_month WHERE month >= ? AND month <= ?"
    )
    params: list[object] = [*[now] * 6, today.year * 100 + 1, today.year * 100 + 12]
    if team_id is not None:
        sql += " AND team_id = ?"
        params.append(team_id)
    values = [int(v) for v in con.execute(sql, params).fetchone()]
    return PeriodCounts(*values[5:]), PeriodCounts(*values[:5])


def _agenda_order(item: AgendaItem, today: date) -> tuple[int, datetime, int]:
    day = item.start.date()
    return (0 if day == today else 1 if day > today else 2, item.start, item.conversation_id)


def agenda(
    con: sqlite3.Connection, today: date, team_id: int | None, limit: int | None
) -> tuple[tuple[AgendaItem, ...], int]:
    """As overview.agenda: Monday to Sunday of today's week, today first."""
    monday = today - timedelta(days=today.weekday())
    team_sql, team = _team(team_id)
    sql = (
        f"SELECT c.id, c.employee_id, {_NAME}, c.kind, c.status, c.scheduled_at,"
        f" c.duration_minutes, {_MOVED}"
        " FROM conversation c JOIN employee e ON e.id = c.employee_id"
        f" WHERE c.status != '{ConversationStatus.CANCELLED.value}'"
        f" AND c.scheduled_at >= ? AND c.scheduled_at < ?{team_sql}"
        " ORDER BY coalesce(CASE WHEN c.scheduled_at < ? THEN 2"
        " WHEN c.scheduled_at >= ? THEN 1 END, 0), c.scheduled_at, c.id"
    )
    params = (
        _moment(monday),
        _moment(monday + timedelta(days=7)),
        *team,
        _moment(today),
        _moment(today + timedelta(days=1)),
    )
    rows, more = _limited(con, sql, params, limit)
    items = [
        AgendaItem(
            int(str(cid)),
            int(str(eid)),
            _name(str(first), str(tv), str(last)),
            str(kind),
            str(status),
            datetime.fromisoformat(str(at)),
            int(str(minutes)),
            bool(moved),
        )
        for cid, eid, first, tv, last, kind, status, at, minutes, moved in rows
    ]
    return tuple(sorted(items, key=lambda item: _agenda_order(item, today))), more


def unsigned(
    con: sqlite3.Connection, today: date, team_id: int | None, limit: int | None
) -> tuple[tuple[UnsignedTalk, ...], int]:
    """As overview.unsigned: held in the last UNSIGNED_DAYS days, not signed, most recent
    first, people in service only."""
    team_sql, team = _team(team_id)
    sql = (
        f"SELECT c.id, c.employee_id, {_NAME}, c.kind, c.held_on, c.scheduled_at"
        " FROM conversation c JOIN employee e ON e.id = c.employee_id"
        f" WHERE c.status = '{ConversationStatus.HELD.value}' AND c.signoff IS NULL"
        " AND c.scheduled_at >= ? AND c.scheduled_at < ?"
        f" AND e.date_out_of_service IS NULL{team_sql}"
        " ORDER BY c.scheduled_at DESC, c.id DESC"
    )
    params = (
        _moment(today - timedelta(days=UNSIGNED_DAYS)),
        _moment(today + timedelta(days=1)),
        *team,
    )
    rows, more = _limited(con, sql, params, limit)
    return tuple(
        UnsignedTalk(
            int(str(cid)),
            int(str(eid)),
            _name(str(first), str(tv), str(last)),
            str(kind),
            date.fromisoformat(str(held)) if held else datetime.fromisoformat(str(at)).date(),
        )
        for cid, eid, first, tv, last, kind, held, at in rows
    ), more


def late_agreements(
    con: sqlite3.Connection, today: date, team_id: int | None, limit: int | None
) -> tuple[tuple[LateAgreement, ...], int]:
    """As overview.late_agreements: open, past their due date, people in service."""
    team_sql, team = _team(team_id)
    sql = (
        f"SELECT a.id, a.employee_id, {_NAME}, a.text, a.owner, a.due_date, a.conversation_id"
        " FROM agreement a JOIN employee e ON e.id = a.employee_id"
        f" WHERE a.status = '{AgreementStatus.OPEN.value}' AND a.due_date < ?"
        f" AND (e.date_out_of_service IS NULL OR e.date_out_of_service >= ?){team_sql}"
        " ORDER BY a.due_date, e.last_name, e.first_name, a.id"
    )
    rows, more = _limited(con, sql, (today.isoformat(), today.isoformat(), *team), limit)
    late = []
    for aid, eid, first, tv, last, text, owner, due, cid in rows:
        due_date = date.fromisoformat(str(due))
        late.append(
            LateAgreement(
                int(str(aid)),
                int(str(eid)),
                _name(str(first), str(tv), str(last)),
                str(text),
                str(owner),
                due_date,
                (today - due_date).days,
                None if cid is None else int(str(cid)),
            )
        )
    return tuple(late), more


def teams(con: sqlite3.Connection, today: date) -> tuple[TeamLine, ...]:
    """As people.teams.list_teams: every team with its people in service."""
    sql = (
        "SELECT t.id, t.name, t.lead_name, t.location, coalesce(a.n, 0) FROM team t"
        " LEFT OUTER JOIN (SELECT team_id, count(id) AS n FROM employee"
        " WHERE date_out_of_service IS NULL OR date_out_of_service >= ? GROUP BY team_id) a"
        " ON a.team_id = t.id ORDER BY lower(t.name)"
    )
    return tuple(
        TeamLine(int(tid), str(name), str(lead), str(place), int(n))
        for tid, name, lead, place, n in con.execute(sql, (today.isoformat(),))
    )
