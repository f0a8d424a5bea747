"""Deletion leaves nothing behind: a deleted person's name and a unique marker are gone from
the database file, the drafts, the export log and the backups (also the second folder, at
the next backup that reaches it); ids are never handed out again."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from teamlead_app.config import DbPaths
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Draft, Pop, Setting
from teamlead_app.services.common import drafts
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.privacy import access as privacy
from teamlead_app.services.storage import backups
from teamlead_app.services.storage.export_log import list_export_log
from tests.services.test_privacy import PAST, full_person

NAME = b"Vlasblomkwast"
MARKER = b"WERKNOTITIE-7Q"  # in every full_person: unique only when alone
UNIQUE = b"POPMARKER-9"


def _in_any(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.iterdir() if needle in p.read_bytes()] if folder.is_dir() else []


def test_name_and_marker_are_gone_from_file_drafts_log_and_backups(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with ctx.sessions.begin() as session:
        session.add(Setting(key=backups.FOLDER_KEY, value=json.dumps(str(usb))))
    gone = full_person(ctx, "Vlasblomkwast")
    stays = full_person(ctx, "Blijft", out=None, number="2")
    drafts.save_draft(ctx, drafts.POP_DRAFT, gone.pop, {"ambition": "POPMARKER-9 Vlasblomkwast"})
    first = backups.make_backup(db_path, backups.AUTO, datetime(2026, 11, 1, 8, 0))
    backups.make_backup(db_path, backups.AUTO, datetime(2026, 11, 20, 8, 0))
    folder = DbPaths(db_path).backups
    assert first.copy is not None
    assert _in_any(folder, NAME) and _in_any(folder, UNIQUE) and _in_any(usb, NAME)

    # The stick is out during the deletion: its copies are cleaned at the next backup.
    usb.rename(tmp_path / "usb-elsewhere")
    report = privacy.run_retention(ctx, [gone.id], today=PAST)
    assert [d.employee_id for d in report.deleted] == [gone.id]
    assert _in_any(folder, NAME) == [] and _in_any(folder, UNIQUE) == []
    assert len(list(folder.glob("*.sqlite"))) == 1  # a fresh backup, after the deletion

    ctx.close()
    data = db_path.read_bytes()
    assert NAME not in data and UNIQUE not in data
    with ctx.sessions() as session:
        left = session.scalars(select(Draft)).all()
    assert {d.employee_id for d in left} <= {stays.id}
    for entry in list_export_log(ctx):
        text = f"{entry.scope} {entry.file_name}"
        assert "Vlasblomkwast" not in text and "Łukasz" not in text

    (tmp_path / "usb-elsewhere").rename(usb)
    assert _in_any(usb, NAME)  # still there until a backup reaches the stick
    backups.make_backup(db_path)
    assert _in_any(usb, NAME) == [] and _in_any(usb, UNIQUE) == []
    assert list(usb.glob("*.sqlite"))  # the new copy is there


def test_secure_delete_zeroes_the_rows_even_without_vacuum(
    ctx: ServiceContext, db_path: Path
) -> None:
    gone = full_person(ctx, "Vlasblomkwast")
    ctx.close()
    assert NAME in db_path.read_bytes()
    privacy.delete_person(ctx, gone.id, PAST, vacuum=False)
    ctx.close()
    data = db_path.read_bytes()
    assert NAME not in data and MARKER not in data


def test_ids_are_not_reused_after_deleting_the_highest(ctx: ServiceContext) -> None:
    full_person(ctx, "Eerste", out=None, number="1")
    gone = full_person(ctx, "Vlasblomkwast")  # the highest ids of every table
    privacy.delete_person(ctx, gone.id, PAST)
    newcomer = people.save_employee(ctx, EmployeeDraft(first_name="Nieuw", last_name="Iemand"))
    assert newcomer > gone.id
    with ctx.sessions.begin() as session:
        pop = Pop(
            employee_id=newcomer,
            period_start=PAST,
            period_end=PAST,
            created_at=datetime(2025, 3, 2),
        )
        session.add(pop)
        session.flush()
        new_pop = pop.id
    assert new_pop > gone.pop
    # So a draft left under the old POP id could never be offered for the new POP.
    assert drafts.load_draft(ctx, drafts.POP_DRAFT, new_pop) is None
