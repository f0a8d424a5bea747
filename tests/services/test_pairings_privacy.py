"""Pairings and check-ins in the access export (JSON and PDF), and the retention deletion: the
mentor's own record of having mentored survives the mentee's deletion, without the mentee."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

from pypdf import PdfReader
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Pairing, PairingCheckin
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.privacy import access as privacy
from tests.services.pairing_helpers import Company, company

START = date(2022, 6, 1)
OUT = date(2023, 3, 1)
PAST = date(2025, 3, 2)


def _paired(ctx: ServiceContext) -> tuple[Company, int]:
    c = company(ctx)
    pairings.add_buddy_training(ctx, c.senior, date(2021, 9, 1), "Vakschool <b>& 3 dagen")
    saved = pairings.save_pairing(
        ctx,
        PairingDraft(c.senior, c.apprentice, START, status="actief", focus_skill_ids=(c.kantbank,)),
        today=START,
    )
    pairings.add_checkin(ctx, saved.id, date(2022, 7, 1), "GEDEELD-CHECKIN 😀")
    pairings.add_checkin(ctx, saved.id, date(2022, 8, 1), "PRIVE-CHECKIN", shared=False)
    pairings.set_status(ctx, saved.id, "afgerond", on=date(2022, 12, 1), evaluation="EVALUATIE-1")
    return c, saved.id


def _export(ctx: ServiceContext, who: int) -> tuple[dict, str]:  # type: ignore[type-arg]
    archive = zipfile.ZipFile(io.BytesIO(privacy.access_export(ctx, who, today=PAST)))
    record = json.loads(archive.read("inzage.json"))
    reader = PdfReader(io.BytesIO(archive.read("inzage.pdf")))
    return record, "\n".join(page.extract_text() for page in reader.pages)


def test_the_mentee_sees_every_checkin_and_the_evaluation(ctx: ServiceContext) -> None:
    c, _ = _paired(ctx)
    record, text = _export(ctx, c.apprentice)
    [item] = record["pairings"]
    assert (item["role"], item["mentor"], item["kind"]) == ("mentee", "Łukasz Wiśniewski", "buddy")
    assert [x["note"] for x in item["checkins"]] == ["GEDEELD-CHECKIN 😀", "PRIVE-CHECKIN"]
    assert item["focus_skills"] == ["Kantbank <b>&"]
    for expected in (
        "Buddy- en mentorkoppels",
        "Begeleid door",
        "Łukasz Wiśniewski",
        "GEDEELD-CHECKIN",
        "PRIVE-CHECKIN",
        "werkaantekening",
        "EVALUATIE-1",
        "Kantbank <b>&",
    ):
        assert expected in text, expected


def test_the_mentor_sees_the_pairing_but_not_the_mentees_checkins(ctx: ServiceContext) -> None:
    c, _ = _paired(ctx)
    record, text = _export(ctx, c.senior)
    [item] = record["pairings"]
    assert (item["role"], item["mentee"], item["checkins"]) == ("mentor", "Sem Bakker", [])
    assert record["buddy_training"][0]["how"] == "Vakschool <b>& 3 dagen"
    assert "Begeleider van" in text and "Vakschool <b>& 3 dagen" in text
    assert "PRIVE-CHECKIN" not in text and "GEDEELD-CHECKIN" not in text
    leader, _ = _export(ctx, c.leader)
    assert leader["team_leader"][0]["role"] == "ploegleider"


def test_deleting_the_mentee_keeps_the_mentors_record_without_the_mentee(
    ctx: ServiceContext,
) -> None:
    c, pid = _paired(ctx)
    people.archive_employee(ctx, c.apprentice, OUT)
    privacy.delete_person(ctx, c.apprentice, today=PAST, vacuum=False)
    with ctx.sessions() as session:
        row = session.get(Pairing, pid)
        assert row is not None
        assert (row.mentor_id, row.mentee_id, row.kind, row.start_on) == (
            c.senior,
            None,
            "buddy",
            START,
        )
        assert (row.focus_json, row.evaluation, row.stop_reason) == ("{}", "", "")
        assert session.scalar(select(func.count(PairingCheckin.id))) == 0
    record, text = _export(ctx, c.senior)
    [item] = record["pairings"]
    assert item["mentee"] == "" and "Sem Bakker" not in text and "(verwijderd)" in text
    [view] = pairings.list_pairings(ctx, c.senior)
    assert view.mentee == "" and view.mentee_id is None


def test_deleting_both_sides_leaves_nothing(ctx: ServiceContext) -> None:
    c, _ = _paired(ctx)
    for who in (c.apprentice, c.senior):
        people.archive_employee(ctx, who, OUT)
        privacy.delete_person(ctx, who, today=PAST, vacuum=False)
    with ctx.sessions() as session:
        assert session.scalar(select(func.count(Pairing.id))) == 0


def _onboarded(ctx: ServiceContext) -> Company:
    from teamlead_app.services.pairings.onboarding_plan import (
        OnboardingDraft,
        TalkDraft,
        set_task_done,
        start_onboarding,
    )
    from teamlead_app.services.pairings.onboarding_views import onboarding_plan

    c = company(ctx)
    draft = OnboardingDraft(
        c.apprentice,
        START,
        (TalkDraft("week_1", date(2022, 6, 3)), TalkDraft("week_6", date(2022, 7, 8))),
        ("CHECKLIST-VEILIGHEID <b>&", "CHECKLIST-GEREEDSCHAP"),
        (c.kantbank,),
    )
    start_onboarding(ctx, draft)
    plan = onboarding_plan(ctx, c.apprentice)
    assert plan is not None
    set_task_done(ctx, plan.tasks[0].id, True, on=date(2022, 6, 2))
    return c


def test_the_access_export_holds_the_onboarding_plan(ctx: ServiceContext) -> None:
    c = _onboarded(ctx)
    record, text = _export(ctx, c.apprentice)
    assert [(i["kind"], i["code"] or i["text"]) for i in record["onboarding"]] == [
        ("talk", "week_1"),
        ("talk", "week_6"),
        ("task", "CHECKLIST-VEILIGHEID <b>&"),
        ("task", "CHECKLIST-GEREEDSCHAP"),
    ]
    assert "Inwerkplan" in text
    assert "CHECKLIST-VEILIGHEID <b>& (gedaan 02-06-2022)" in text
    assert "CHECKLIST-GEREEDSCHAP (nog open)" in text
    assert "Week 6" in text


def test_deleting_the_newcomer_removes_the_onboarding_plan(ctx: ServiceContext) -> None:
    from teamlead_app.data.models import OnboardingItem

    c = _onboarded(ctx)
    people.archive_employee(ctx, c.apprentice, OUT)
    privacy.delete_person(ctx, c.apprentice, today=PAST, vacuum=False)
    with ctx.sessions() as session:
        assert session.scalar(select(func.count(OnboardingItem.id))) == 0
