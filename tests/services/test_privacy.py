"""The access export (inzage) and the retention period (bewaartermijn), on a real SQLite file:
everything about one person and nothing about anyone else goes into the export, working notes
included; deletion removes every linked row, is logged by id, and leaves no trace in the file.

`full_person` builds one person with a row in every table that can hold their data (and is
imported by the report and CLI tests)."""

from __future__ import annotations

import io
import json
import os
import time as clock
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import and_, event, func, or_, select

from teamlead_app.config import DbPaths
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Agreement,
    AgreementFollowUp,
    Conversation,
    ConversationAnswer,
    ConversationMove,
    Draft,
    Employee,
    ExportLog,
    Goal,
    GoalProgress,
    GoalStep,
    JobFunction,
    Pop,
    PopSupport,
    Team,
    TemplateVersion,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.services.common.drafts import CONVERSATION_DRAFT, GOAL_DRAFT, POP_DRAFT
from teamlead_app.services.privacy import access as privacy
from teamlead_app.services.storage.export_log import list_export_log

PRIVATE = "WERKNOTITIE-7Q <b>&"
OUT = date(2023, 3, 1)  # out of service; with 2 years' retention kept up to 2025-03-01
PAST = date(2025, 3, 2)
NOT_YET = date(2025, 3, 1)


@dataclass(frozen=True)
class Person:
    id: int
    conversations: tuple[int, ...]
    agreement: int
    goal: int
    pop: int


def _stamp(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0)


def full_person(
    ctx: ServiceContext, last_name: str = "Wiśniewski", out: date | None = OUT, number: str = "1001"
) -> Person:
    """One person with data in every table, every text field filled with a distinct marker."""
    with ctx.sessions.begin() as s:
        team = s.scalar(select(Team).where(Team.name == "Team Noord")) or Team(
            name="Team Noord", lead_name="Rick van den Broek"
        )
        function = s.scalar(select(JobFunction).where(JobFunction.name == "Lasser"))
        template = s.scalar(select(TemplateVersion).where(TemplateVersion.template_key == "t"))
        template = template or TemplateVersion(
            template_key="t",
            kind="maandgesprek",
            name="Maandgesprek",
            version=3,
            created_at=_stamp(date(2020, 1, 1)),
            questions_json=json.dumps(
                [
                    {"section": "Start", "text": "Hoe gaat het met je?"},
                    {"section": "Start", "text": "Waar loop je tegenaan?"},
                ]
            ),
        )
        e = Employee(
            first_name="Łukasz",
            last_name=last_name,
            personnel_number=number,
            function=function or JobFunction(name="Lasser"),
            team=team,
            date_in_service=date(2015, 4, 1),
            date_out_of_service=out,
            kind="zij_instromer",
            stage="medior",
            cadence="weeks",
            cadence_weeks=6,
            created_at=_stamp(date(2015, 4, 1)),
        )
        s.add(e)
        s.flush()
        held = Conversation(
            employee=e,
            kind="maandgesprek",
            status="held",
            scheduled_at=_stamp(date(2022, 5, 10)),
            duration_minutes=45,
            template_version=template,
            held_on=date(2022, 5, 12),
            score=4,
            shared_summary="SAMENVATTING-1",
            private_notes=PRIVATE,
            signoff="akkoord",
            signoff_date=date(2022, 5, 13),
            signoff_method="paper",
            employee_response="REACTIE-1",
            created_at=_stamp(date(2022, 5, 1)),
            updated_at=_stamp(date(2022, 5, 12)),
        )
        cancelled = Conversation(
            employee=e,
            status="cancelled",
            scheduled_at=_stamp(date(2022, 6, 10)),
            cancel_reason="anders",
            cancel_note="ANNULEERNOTITIE",
            cancelled_on=date(2022, 6, 9),
            created_at=_stamp(date(2022, 6, 1)),
            updated_at=_stamp(date(2022, 6, 9)),
        )
        s.add_all([held, cancelled])
        s.flush()
        s.add_all(
            [
                ConversationAnswer(conversation_id=held.id, position=0, answer="ANTWOORD-0"),
                ConversationAnswer(conversation_id=held.id, position=1, answer="ANTWOORD-1"),
                ConversationMove(
                    conversation_id=held.id,
                    from_at=_stamp(date(2022, 5, 10)),
                    to_at=_stamp(date(2022, 5, 12), 14),
                    reason="anders",
                    note="VERPLAATSNOTITIE",
                    moved_on=date(2022, 5, 9),
                ),
            ]
        )
        agreement = Agreement(
            employee_id=e.id,
            conversation_id=held.id,
            text="AFSPRAAK-1",
            owner="beiden",
            due_date=date(2022, 7, 1),
            status="done",
            closed_on=date(2022, 6, 30),
            created_on=date(2022, 5, 12),
        )
        pop = Pop(
            employee_id=e.id,
            period_start=date(2022, 1, 1),
            period_end=date(2022, 12, 31),
            status="evaluated",
            ambition="AMBITIE-1",
            lead_perspective="PERSPECTIEF-1",
            strengths="STERK-1",
            development_points="ONTWIKKELPUNT-1",
            evaluation="EVALUATIE-1",
            signoff="gezien",
            signoff_date=date(2022, 2, 1),
            signoff_method="screen",
            lead_signed_on=date(2022, 2, 2),
            employee_response="POPREACTIE-1",
            evaluated_on=date(2022, 12, 20),
            created_at=_stamp(date(2022, 1, 15)),
        )
        s.add_all([agreement, pop])
        s.flush()
        first_goal = Goal(
            employee_id=e.id,
            what="EERDERDOEL-1",
            category="guiding",
            start_date=date(2021, 3, 1),
            status="postponed",
            created_at=_stamp(date(2021, 3, 1)),
        )
        s.add(first_goal)
        s.flush()
        goal = Goal(
            employee_id=e.id,
            pop_id=pop.id,
            what="DOEL-1",
            why="WAAROM-1",
            category="employability",
            success_criterion="CRITERIUM-1",
            support_needed="NODIG-1",
            start_date=date(2022, 2, 1),
            target_date=date(2022, 11, 1),
            status="achieved",
            achieved_on=date(2022, 10, 1),
            carried_from_id=first_goal.id,
            conversation_id=held.id,
            created_at=_stamp(date(2022, 2, 1)),
        )
        s.add(goal)
        s.flush()
        s.add_all(
            [
                AgreementFollowUp(
                    agreement_id=agreement.id,
                    conversation_id=held.id,
                    status="done",
                    comment="OPVOLGING-1",
                ),
                PopSupport(pop_id=pop.id, kind="training", description="STEUN-1"),
                GoalStep(
                    goal_id=goal.id,
                    what="STAP-1",
                    who="STAPWIE-1",
                    planned_on=date(2022, 3, 1),
                    done_on=date(2022, 3, 2),
                    created_on=date(2022, 2, 1),
                ),
                GoalProgress(
                    goal_id=goal.id,
                    conversation_id=held.id,
                    written_on=date(2022, 5, 12),
                    note="VOORTGANG-1",
                ),
                Draft(
                    kind=CONVERSATION_DRAFT,
                    ref_id=cancelled.id,
                    employee_id=e.id,
                    payload_json=json.dumps({"private_notes": "CONCEPTNOTITIE-1"}),
                    updated_at=_stamp(date(2022, 6, 8)),
                ),
                Draft(
                    kind=POP_DRAFT,
                    ref_id=pop.id,
                    employee_id=e.id,
                    payload_json=json.dumps({"ambition": "POPCONCEPT-1"}),
                    updated_at=_stamp(date(2022, 6, 9)),
                ),
                Draft(
                    kind=GOAL_DRAFT,
                    ref_id=goal.id,
                    employee_id=e.id,
                    payload_json=json.dumps({"what": "DOELCONCEPT-1"}),
                    updated_at=_stamp(date(2022, 6, 10)),
                ),
                ExportLog(
                    at=_stamp(date(2022, 8, 1)),
                    action="pop",
                    scope=f"employee={e.id} year=2022",
                    file_name="POPBESTAND-1.pdf",
                    os_user="HRGEBRUIKER",
                ),
                # Someone else's id that starts with this one's: not theirs.
                ExportLog(
                    at=_stamp(date(2022, 8, 2)),
                    action="pop",
                    scope=f"employee={e.id}9 year=2022",
                    file_name="ANDERBESTAND.pdf",
                ),
            ]
        )
        return Person(e.id, (held.id, cancelled.id), agreement.id, goal.id, pop.id)


def zip_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# --- access export -------------------------------------------------------------------------------


def test_the_record_holds_everything_about_the_person(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    other = full_person(ctx, "Yılmaz", number="1002")
    record = privacy.access_data(ctx, person.id, today=date(2024, 1, 5)).record
    assert record["person"]["last_name"] == "Wiśniewski"
    assert record["person"]["team"] == "Team Noord"
    assert record["person"]["function"] == "Lasser"
    held, cancelled = record["conversations"]
    assert held["private_notes"] == PRIVATE
    assert held["template"] == {"name": "Maandgesprek", "version": 3, "language": "nl"}
    assert [(a["question"], a["answer"]) for a in held["answers"]] == [
        ("Hoe gaat het met je?", "ANTWOORD-0"),
        ("Waar loop je tegenaan?", "ANTWOORD-1"),
    ]
    assert [m["note"] for m in held["moves"]] == ["VERPLAATSNOTITIE"]
    assert cancelled["cancel_note"] == "ANNULEERNOTITIE"
    (agreement,) = record["agreements"]
    assert [f["comment"] for f in agreement["followups"]] == ["OPVOLGING-1"]
    (pop,) = record["pops"]
    assert (pop["evaluation"], [s["description"] for s in pop["support"]]) == (
        "EVALUATIE-1",
        ["STEUN-1"],
    )
    goals = {g["what"]: g for g in record["goals"]}
    assert [s["what"] for s in goals["DOEL-1"]["steps"]] == ["STAP-1"]
    assert [p["note"] for p in goals["DOEL-1"]["progress"]] == ["VOORTGANG-1"]
    assert sorted((d["kind"], d["payload"]) for d in record["drafts"]) == [
        ("conversation", {"private_notes": "CONCEPTNOTITIE-1"}),
        ("goal", {"what": "DOELCONCEPT-1"}),
        ("pop", {"ambition": "POPCONCEPT-1"}),
    ]
    assert [e["file_name"] for e in record["export_log"]] == ["POPBESTAND-1.pdf"]
    assert {"purposes", "retention", "recipients"} <= record["about"].keys()
    assert "2 jaar na de datum uit dienst: tot en met 01-03-2025" in record["about"]["retention"]
    assert "nooit de werkaantekeningen" in record["about"]["recipients"]
    # Nothing of the other person.
    assert other.id not in {c["employee_id"] for c in record["conversations"]}
    assert len(record["goals"]) == 2


def test_the_zip_has_a_pdf_a_json_and_a_readme(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    parts = zip_parts(privacy.access_export(ctx, person.id, today=date(2024, 1, 5)))
    assert sorted(parts) == ["LEESMIJ.txt", "inzage.json", "inzage.pdf"]
    text = pdf_text(parts["inzage.pdf"])
    assert "Inzage persoonsgegevens" in text and "Łukasz Wiśniewski" in text
    assert "Werkaantekening leidinggevende" in text and PRIVATE in text
    for marker in ("SAMENVATTING-1", "DOEL-1", "STAP-1", "AMBITIE-1", "STEUN-1", "AFSPRAAK-1"):
        assert marker in text
    document = json.loads(parts["inzage.json"].decode("utf-8"))
    assert document["conversations"][0]["private_notes"] == PRIVATE
    assert document["conversations"][0]["held_on"] == "2022-05-12"
    assert document["conversations"][0]["scheduled_at"] == "2022-05-10T10:00:00"
    assert "Łukasz" in parts["inzage.json"].decode("utf-8")  # ensure_ascii off: readable
    readme = parts["LEESMIJ.txt"].decode("utf-8")
    assert "inzage.json" in readme and "werkaantekeningen" in readme
    lines = readme.split("\r\n")  # every text says what it is, as in the PDF
    for heading in ("Waarvoor: ", "Herkomst: ", "Hoe lang: ", "Wie ziet wat: ", "Je rechten: "):
        assert sum(line.startswith(heading) for line in lines) == 1, heading


def test_an_unknown_person_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        privacy.access_export(ctx, 4242)


def test_log_rows_from_before_the_person_existed_are_not_theirs(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    with ctx.sessions.begin() as s:  # an id reused after an earlier deletion
        s.add(
            ExportLog(at=_stamp(date(2010, 1, 1)), action="delete", scope=f"employee={person.id}")
        )
    record = privacy.access_data(ctx, person.id).record
    assert [e["action"] for e in record["export_log"]] == ["pop"]


def test_ten_years_of_history_in_a_few_queries_and_seconds(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    with ctx.sessions.begin() as s:
        for month in range(120):
            day = date(2012, 1, 15) + timedelta(days=30 * month)
            talk = Conversation(
                employee_id=person.id,
                status="held",
                scheduled_at=_stamp(day),
                held_on=day,
                private_notes=f"Notitie {month}",
                shared_summary=f"Samenvatting van maand {month}",
                created_at=_stamp(day),
                updated_at=_stamp(day),
            )
            s.add(talk)
            s.flush()
            s.add(ConversationAnswer(conversation_id=talk.id, position=0, answer="Prima"))
            s.add(Agreement(employee_id=person.id, text=f"Afspraak {month}", created_on=day))
    statements: list[str] = []

    def count(*_args: Any) -> None:
        statements.append("x")

    event.listen(ctx.engine, "before_cursor_execute", count)
    try:
        record = privacy.access_data(ctx, person.id).record
    finally:
        event.remove(ctx.engine, "before_cursor_execute", count)
    assert len(record["conversations"]) == 122
    assert len(statements) < 35  # per table (about 26 now), not per row (122 conversations)
    started = clock.perf_counter()
    parts = zip_parts(privacy.access_export(ctx, person.id))
    assert clock.perf_counter() - started < 30
    assert "Samenvatting van maand 119" in pdf_text(parts["inzage.pdf"])


# --- retention ----------------------------------------------------------------------------------


def test_the_worklist_holds_only_people_past_the_retention(ctx: ServiceContext) -> None:
    gone = full_person(ctx)
    full_person(ctx, "Recent", out=date(2024, 6, 1), number="2")
    full_person(ctx, "Actief", out=None, number="3")
    assert privacy.retention_worklist(ctx, NOT_YET) == []
    (item,) = privacy.retention_worklist(ctx, PAST)
    assert (item.employee_id, item.name, item.team) == (gone.id, "Wiśniewski, Łukasz", "Team Noord")
    assert (item.keep_until, item.conversations, item.agreements, item.goals, item.pops) == (
        date(2025, 3, 1),
        2,
        1,
        2,
        1,
    )
    assert item.what_goes == (
        "Wiśniewski, Łukasz: 2 gesprekken, 1 afspraak, 2 ontwikkeldoelen, 1 POP"
    )


def test_leap_day_retention() -> None:
    assert privacy.keep_until(date(2024, 2, 29), 2) == date(2026, 2, 28)


def _rows_left(ctx: ServiceContext, person: Person) -> dict[str, int]:
    talks = person.conversations
    queries = {
        "employee": select(func.count()).where(Employee.id == person.id),
        "conversation": select(func.count()).where(Conversation.employee_id == person.id),
        "conversation_answer": select(func.count()).where(
            ConversationAnswer.conversation_id.in_(talks)
        ),
        "conversation_move": select(func.count()).where(
            ConversationMove.conversation_id.in_(talks)
        ),
        "agreement": select(func.count()).where(Agreement.employee_id == person.id),
        "agreement_followup": select(func.count()).where(
            AgreementFollowUp.agreement_id == person.agreement
        ),
        "pop": select(func.count()).where(Pop.employee_id == person.id),
        "pop_support": select(func.count()).where(PopSupport.pop_id == person.pop),
        "goal": select(func.count()).where(Goal.employee_id == person.id),
        "goal_step": select(func.count()).where(GoalStep.goal_id == person.goal),
        "goal_progress": select(func.count()).where(GoalProgress.goal_id == person.goal),
        "draft": select(func.count()).where(
            or_(
                and_(Draft.kind == CONVERSATION_DRAFT, Draft.ref_id.in_(talks)),
                and_(Draft.kind == POP_DRAFT, Draft.ref_id == person.pop),
                and_(Draft.kind == GOAL_DRAFT, Draft.ref_id == person.goal),
            )
        ),
    }
    with ctx.sessions() as s:
        return {table: int(s.scalar(query) or 0) for table, query in queries.items()}


def test_deleting_removes_every_linked_row_and_nothing_else(ctx: ServiceContext) -> None:
    gone = full_person(ctx)
    stays = full_person(ctx, "Blijft", out=None, number="2")
    assert all(_rows_left(ctx, gone).values())  # the check can fail: every table had a row
    report = privacy.delete_person(ctx, gone.id, PAST)
    assert _rows_left(ctx, gone) == dict.fromkeys(_rows_left(ctx, gone), 0)
    assert (report.conversations, report.agreements, report.goals, report.pops) == (2, 1, 2, 1)
    assert report.drafts == 3  # every kind: conversation, POP, goal
    assert all(_rows_left(ctx, stays).values())


def test_deletion_is_logged_by_id_only(ctx: ServiceContext) -> None:
    gone = full_person(ctx)
    privacy.delete_person(ctx, gone.id, PAST)
    entry = list_export_log(ctx)[0]
    assert (entry.action, entry.scope, entry.file_name) == ("delete", f"employee={gone.id}", "")


def test_someone_not_past_the_retention_is_refused(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    active = full_person(ctx, "Actief", out=None, number="2")
    with pytest.raises(ValidationError, match="loopt nog tot en met 01-03-2025"):
        privacy.delete_person(ctx, person.id, NOT_YET)
    with pytest.raises(ValidationError, match="niet uit dienst"):
        privacy.delete_person(ctx, active.id, PAST)
    with pytest.raises(NotFoundError):
        privacy.delete_person(ctx, 4242, PAST)
    assert _rows_left(ctx, person)["conversation"] == 2
    assert {e.action for e in list_export_log(ctx)} == {"pop"}  # no deletion logged


def test_the_file_keeps_no_trace_of_the_deleted_person(ctx: ServiceContext, db_path: Path) -> None:
    gone = full_person(ctx, "Vlasblomkwast")
    ctx.close()  # everything written to the file
    before = db_path.read_bytes()
    assert b"Vlasblomkwast" in before and b"WERKNOTITIE-7Q" in before
    privacy.delete_person(ctx, gone.id, PAST)
    ctx.close()
    after = db_path.read_bytes()
    assert b"Vlasblomkwast" not in after
    for marker in (b"WERKNOTITIE-7Q", b"CONCEPTNOTITIE-1", b"POPCONCEPT-1", b"DOELCONCEPT-1"):
        assert marker not in after


def _backup(folder: Path, name: str, mtime: datetime | None = None) -> Path:
    path = folder / name
    path.write_bytes(b"SQLite format 3\x00")
    if mtime is not None:
        stamp = mtime.timestamp()
        os.utime(path, (stamp, stamp))
    return path


def test_prune_backups_removes_only_those_older_than_the_retention(tmp_path: Path) -> None:
    db_file = tmp_path / "teamlead.sqlite"
    folder = DbPaths(db_file).backups
    folder.mkdir()
    old = _backup(folder, "teamlead-backup-20230101-120000.sqlite")
    young = _backup(folder, "teamlead-pre-0002-20240601-120000.sqlite")
    old_by_time = _backup(folder, "handmatig.sqlite", datetime(2022, 5, 1))
    young_by_time = _backup(folder, "handmatig-2.sqlite", datetime(2024, 5, 1))
    other = _backup(folder, "notitie.txt", datetime(2010, 1, 1))
    removed = privacy.prune_backups(db_file, 2, date(2025, 3, 2))
    assert sorted(removed) == sorted([old, old_by_time])
    assert [p.exists() for p in (old, young, old_by_time, young_by_time, other)] == [
        False,
        True,
        False,
        True,
        True,
    ]
    assert privacy.prune_backups(tmp_path / "elders" / "x.sqlite", 2) == []


def test_the_retention_action_deletes_prunes_and_logs(ctx: ServiceContext, db_path: Path) -> None:
    gone = full_person(ctx)
    recent = full_person(ctx, "Recent", out=date(2024, 6, 1), number="2")
    folder = DbPaths(db_path).backups
    folder.mkdir(exist_ok=True)
    old = _backup(folder, "teamlead-backup-20220101-120000.sqlite")
    with ctx.sessions.begin() as s:
        s.add(ExportLog(at=datetime(2022, 1, 1, 9, 0), action="roster", scope="team=1"))
    report = privacy.run_retention(ctx, today=PAST)
    assert [d.employee_id for d in report.deleted] == [gone.id]
    assert report.backups_removed == (old,)
    # 2022-01-01 and both people's rows from 2022-08 are older than two years on 2025-03-02.
    assert report.log_rows_removed == 5
    actions = [(e.action, e.scope) for e in list_export_log(ctx)]
    assert actions[0] == ("purge", "deleted=1 backups=1 log=5")
    assert ("delete", f"employee={gone.id}") in actions
    assert _rows_left(ctx, recent)["conversation"] == 2


def test_one_person_not_past_the_retention_stops_the_whole_action(ctx: ServiceContext) -> None:
    gone = full_person(ctx)
    recent = full_person(ctx, "Recent", out=date(2024, 6, 1), number="2")
    with pytest.raises(ValidationError):
        privacy.run_retention(ctx, [gone.id, recent.id], today=PAST)
    assert _rows_left(ctx, gone)["employee"] == 1
    assert {e.action for e in list_export_log(ctx)} == {"pop"}
