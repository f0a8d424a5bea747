"""`server import-sqlite FILE --lead NAME`: a lead's own database file brought into the company
database on the server, every row of every table, in one transaction (all or nothing), run by
the administrator (the tables' owner).

Every imported row gets a new id from the server's sequence and every reference is rewritten:
the foreign keys, the polymorphic ids (`draft.ref_id`, `signed_version.record_id`, by their
`kind`) and the ids inside JSON text (services/storage/import_ids.py; the settings hold no
ids). Teams and the company's lists are matched by name or created; the file's teams are
mapped to the lead (`teamlead_access.lead_team`) and the imported conversations, drafts and
pairing check-ins get the lead as author (`teamlead_access.author`), so the private notes stay
the lead's. Settings already on the server are kept; the file's others are added.

Everything is checked before anything is written: the file (not open in the app, undamaged,
of this app's schema; an older file is upgraded in a copy in a temporary folder, the lead's
file is never changed), the server (initialised, up to date) and the lead."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, create_engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError

from teamlead_app.config import DbPaths
from teamlead_app.data import migrate, server, server_roles, server_schema
from teamlead_app.data.filelock import DbLock
from teamlead_app.data.models import DERIVED_TABLES, Base
from teamlead_app.errors import StorageError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.storage.database import PasswordPrompt
from teamlead_app.services.storage.import_ids import Ids, json_with_new_ids

log = logging.getLogger(__name__)

# Polymorphic ids: (table, column) -> {kind: table the id points to}.
_BY_KIND = {
    ("draft", "ref_id"): {"conversation": "conversation", "pop": "pop", "goal": "goal"},
    ("signed_version", "record_id"): {"conversation": "conversation", "pop": "pop"},
}
_AUTHORED = ("conversation", "draft", "pairing_checkin")

Counts = tuple[tuple[str, int], ...]
# rows per table, teams created, teams matched, settings kept, list rows reused
_Written = tuple[Counts, tuple[str, ...], tuple[str, ...], int, Counts]


@dataclass(frozen=True)
class ImportReport:
    rows: tuple[tuple[str, int], ...]  # (table, rows brought in), in the order written
    teams_created: tuple[str, ...]
    teams_matched: tuple[str, ...]
    settings_kept: int  # settings of the file not taken: the server had them already
    upgraded_from: str | None  # the file's older schema, upgraded in a copy
    seconds: float
    reused: tuple[tuple[str, int], ...] = ()  # (list, rows the server had by that name)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.rows)


def _refuse(message_nl: str, message_en: str) -> ValidationError:
    return ValidationError(
        t(message_nl + " Er is niets gewijzigd.", message_en + " Nothing was changed.")
    )


def hold_file(path: Path) -> DbLock:
    """The app's lock on the file, held for the whole import: a file open in the app (or
    opened during the import) is refused."""
    if not path.is_file():
        raise _refuse(f"Het bestand {path} bestaat niet.", f"The file {path} does not exist.")
    lock = DbLock(DbPaths(path).lock)
    try:
        lock.acquire()
    except StorageError as exc:
        raise ValidationError(
            t(
                f"{exc} Sluit de app op die computer eerst; er is niets gewijzigd.",
                f"{exc} Close the app on that computer first; nothing was changed.",
            )
        ) from None
    return lock


def check_file(path: Path) -> str:
    """The file's schema revision; refuses a damaged, unfinished or newer file."""
    try:
        if migrate.has_hot_journal(path):
            raise _refuse(
                f"{path.name} is niet netjes afgesloten. Open het eerst één keer in de app.",
                f"{path.name} was not closed cleanly. Open it once in the app first.",
            )
        migrate.quick_check(path)
        revision = migrate.read_revision(path)
    except StorageError as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError(
            f"{exc} " + t("Er is niets gewijzigd.", "Nothing was changed.")
        ) from None
    if revision is None:
        raise _refuse(f"{path.name} is leeg.", f"{path.name} is empty.")
    if revision not in migrate.KNOWN_REVISIONS:
        raise ValidationError(
            migrate.newer_message(path, revision)
            + t(" Er is niets gewijzigd.", " Nothing was changed.")
        )
    return revision


def import_sqlite(
    url_text: str,
    file: Path,
    lead: str,
    ask_password: PasswordPrompt | None = None,
) -> ImportReport:
    started = time.perf_counter()
    lock = hold_file(file)
    try:
        revision = check_file(file)
        url = server.with_password(server.parse_url(url_text), ask_password)
        server_schema.check(url)
        with tempfile.TemporaryDirectory(prefix="teamlead-import-") as folder:
            source = file
            if revision != migrate.SCHEMA_HEAD:
                # An older file: upgraded in a copy; the lead's own file stays as it is.
                source = Path(folder) / "kopie.sqlite"
                shutil.copyfile(file, source)
                migrate.upgrade(source)
            report = _copy(url, source, lead)
    finally:
        lock.release()
    log.info(
        "imported a database file: %s rows (%s)",
        sum(n for _, n in report[0]),
        ", ".join(f"{name} {n}" for name, n in report[0]),
    )
    rows, created, matched, kept, reused = report
    return ImportReport(
        rows,
        created,
        matched,
        kept,
        None if revision == migrate.SCHEMA_HEAD else revision,
        time.perf_counter() - started,
        reused,
    )


def _read(path: Path) -> dict[str, list[dict[str, Any]]]:
    uri = migrate.sqlite_file_uri(path, "ro")
    engine = create_engine("sqlite://", creator=lambda: migrate_connect(uri))
    try:
        with engine.connect() as connection:
            return {
                table.name: [dict(r._mapping) for r in connection.execute(select(table))]
                for table in _order()
            }
    finally:
        engine.dispose()


def migrate_connect(uri: str) -> Any:
    import sqlite3

    return sqlite3.connect(uri, uri=True)


def _copy(url: Any, source: Path, lead: str) -> _Written:
    data = _read(source)
    engine = server.make_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            if not server_roles.is_lead(connection, lead):
                raise _refuse(
                    f"{lead} is geen leidinggevende op deze server (maak de gebruiker eerst "
                    "met `server add-user ... --role lead`).",
                    f"{lead} is not a lead on this server (create the user first with "
                    "`server add-user ... --role lead`).",
                )
            try:
                return _write(connection, data, lead)
            except IntegrityError as exc:
                # A row the server's keys refuse (e.g. a broken link left in the file): the
                # transaction is rolled back whole.
                log.warning("import refused by the server: %s", type(exc.orig).__name__)
                raise _refuse(
                    "Het bestand kan niet worden overgenomen: de server weigert een rij "
                    "(dubbel of met een verwijzing die niet klopt). Laat de beheerder het "
                    "bestand controleren.",
                    "The file cannot be imported: the server refuses a row (a duplicate or "
                    "a broken reference). Have the administrator check the file.",
                ) from None
    finally:
        engine.dispose()


def _new_ids(connection: Connection, table: str, count: int) -> list[int]:
    return [
        int(r[0])
        for r in connection.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('public.{table}', 'id')) "
            "FROM generate_series(1, %(n)s)",
            {"n": count},
        )
    ]


# The company's lists, matched on their unique name: a row the server has already is used
# (its id) instead of a copy, which the unique key would refuse.
_MATCH = {
    "certificate_type": ("name",),
    "job_function": ("name",),
    "rotation_form": ("name",),
    "template_version": ("template_key", "language", "version"),
    "skill": ("team_id", "name"),
}


def _write(connection: Connection, data: dict[str, list[dict[str, Any]]], lead: str) -> _Written:
    ids: Ids = {}
    counts: list[tuple[str, int]] = []
    created: list[str] = []
    matched: list[str] = []
    kept = 0
    reused: list[tuple[str, int]] = []
    for table in _order():
        rows = data[table.name]
        if table.name == "team":
            counts.append(("team", len(rows)))
            ids["team"] = _teams(connection, rows, created, matched)
            continue
        if table.name == "setting":
            have = {r[0] for r in connection.exec_driver_sql("SELECT key FROM public.setting")}
            new = [r for r in rows if r["key"] not in have]
            kept = len(rows) - len(new)
            if new:
                connection.execute(table.insert(), new)
            counts.append(("setting", len(new)))
            continue
        if table.name == "employee":
            _check_personnel_numbers(connection, rows)
        ids[table.name] = {}
        if table.name in _MATCH:
            rows = _match(connection, table, rows, ids)
            if len(rows) < len(data[table.name]):
                reused.append((table.name, len(data[table.name]) - len(rows)))
        has_id = [c.name for c in table.primary_key.columns] == ["id"]
        if has_id and rows:
            new_ids = _new_ids(connection, table.name, len(rows))
            ids[table.name].update(zip((r["id"] for r in rows), new_ids, strict=True))
        self_refs = _self_refs(table)
        out = [_remap(table, row, ids, self_refs) for row in rows]
        if out and has_id:
            connection.execute(table.insert(), out)
        elif out:
            # A link between two of the company's lists (a function's skill) that the server
            # has already stays as it is there.
            connection.execute(pg_insert(table).on_conflict_do_nothing(), out)
        for column in self_refs:
            later = [
                {"new": ids[table.name][r["id"]], "ref": ids[table.name][r[column]]}
                for r in rows
                if r[column] is not None and r[column] in ids[table.name]
            ]
            if later:
                connection.exec_driver_sql(
                    f"UPDATE public.{table.name} SET {column} = %(ref)s WHERE id = %(new)s", later
                )
        counts.append((table.name, len(data[table.name])))
    _access(connection, ids, lead)
    return tuple(counts), tuple(created), tuple(matched), kept, tuple(reused)


def _order() -> list[Table]:
    """Parents before children; the tables with polymorphic ids (no foreign key) after the
    records their ids point to. Not the talk summaries: the server's triggers fill them."""
    last = {owner for owner, _ in _BY_KIND}
    tables = [t for t in Base.metadata.sorted_tables if t.name not in DERIVED_TABLES]
    return [t for t in tables if t.name not in last] + [t for t in tables if t.name in last]


def _match(
    connection: Connection, table: Table, rows: list[dict[str, Any]], ids: Ids
) -> list[dict[str, Any]]:
    """The rows the server does not have yet; the others map to the server's row."""
    columns = _MATCH[table.name]
    found = {
        tuple(r[1:]): int(r[0])
        for r in connection.exec_driver_sql(
            f"SELECT id, {', '.join(columns)} FROM public.{table.name}"
        )
    }
    rest = []
    for row in rows:
        key = tuple(_remap(table, row, ids, [])[c] for c in columns)
        if key in found:
            ids[table.name][int(row["id"])] = found[key]
        else:
            rest.append(row)
    return rest


def _check_personnel_numbers(connection: Connection, rows: list[dict[str, Any]]) -> None:
    numbers = [r["personnel_number"] for r in rows if r["personnel_number"]]
    if not numbers:
        return
    taken = [
        str(r[0])
        for r in connection.exec_driver_sql(
            "SELECT personnel_number FROM public.employee WHERE personnel_number = ANY(%(n)s) "
            "ORDER BY personnel_number",
            {"n": numbers},
        )
    ]
    if taken:
        shown = ", ".join(taken[:5]) + (" ..." if len(taken) > 5 else "")
        raise _refuse(
            f"Er staan al mensen met dezelfde personeelsnummers op de server ({shown}): "
            "dit bestand is waarschijnlijk al overgenomen.",
            f"People with the same personnel numbers are on the server already ({shown}): "
            "this file was probably imported before.",
        )


def _teams(
    connection: Connection, rows: list[dict[str, Any]], created: list[str], matched: list[str]
) -> dict[int, int]:
    mapping = {}
    for row in rows:
        found = connection.exec_driver_sql(
            "SELECT id FROM public.team WHERE name = %(n)s", {"n": row["name"]}
        ).scalar()
        if found is None:
            found = connection.exec_driver_sql(
                "INSERT INTO public.team (name, lead_name, location) "
                "VALUES (%(n)s, %(l)s, %(o)s) RETURNING id",
                {"n": row["name"], "l": row["lead_name"], "o": row["location"]},
            ).scalar()
            created.append(row["name"])
        else:
            matched.append(row["name"])
        mapping[int(row["id"])] = int(found or 0)
    return mapping


def _self_refs(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]


def _remap(table: Table, row: dict[str, Any], ids: Ids, self_refs: list[str]) -> dict[str, Any]:
    out = dict(row)
    if "id" in out and table.name in ids:
        out["id"] = ids[table.name].get(row["id"], row["id"])
    for fk in table.foreign_keys:
        name = fk.parent.name
        if name in self_refs:
            out[name] = None
        elif row[name] is not None:
            # A reference to a row that is not in the file (a broken link) becomes empty.
            out[name] = ids.get(fk.column.table.name, {}).get(row[name])
    for (owner, column), kinds in _BY_KIND.items():
        if owner == table.name:
            target = kinds.get(row["kind"], "")
            out[column] = ids.get(target, {}).get(row[column], row[column])
    if table.name == "draft":
        out["payload_json"] = json_with_new_ids(row["payload_json"], ids)
    elif table.name == "signed_version" and row["snapshot_json"]:
        out["snapshot_json"] = json_with_new_ids(row["snapshot_json"], ids)
    elif table.name == "pairing":
        out["focus_json"] = json_with_new_ids(row["focus_json"], ids)
    return out


def _access(connection: Connection, ids: Ids, lead: str) -> None:
    """The lead leads the file's teams and is the author of what the file's lead wrote."""
    a = server_roles.ACCESS
    for team_id in ids.get("team", {}).values():
        connection.exec_driver_sql(
            f"INSERT INTO {a}.lead_team VALUES (%(n)s, %(t)s) ON CONFLICT DO NOTHING",
            {"n": lead, "t": team_id},
        )
    rows = [
        {"k": kind, "i": new, "n": lead} for kind in _AUTHORED for new in ids.get(kind, {}).values()
    ]
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO {a}.author VALUES (%(k)s, %(i)s, %(n)s) "
            "ON CONFLICT (kind, row_id) DO UPDATE SET role_name = EXCLUDED.role_name",
            rows,
        )
