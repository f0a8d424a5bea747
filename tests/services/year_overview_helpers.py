"""A small company for the yearly-overview tests, built through the real services: people who
stay, join and leave in 2025, a POP with goals and steps, conversations held, moved and
cancelled, and a unique marker in every private or non-HR text (notes, answers, summaries,
responses, agreements, move and cancel notes), so each format can prove they stay out."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

import openpyxl
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.moves import cancel_conversation, move_conversation
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals, pop
from teamlead_app.services.people import employees as people

YEAR = 2025
TODAY = date(2026, 1, 15)  # the report date: every month of 2025 has passed
NOW = datetime(2026, 1, 15, 12, 0)

PRIVATE_NOTE = "WERKNOTITIE-7731"
ANSWER = "ANTWOORD-4410"
SUMMARY = "VERSLAG-2291"
RESPONSE = "REACTIE-8810"
AGREEMENT = "AFSPRAAK-5521"
MOVE_NOTE = "VERPLAATS-6630"
CANCEL_NOTE = "ANNULEER-9902"
MARKERS = (PRIVATE_NOTE, ANSWER, SUMMARY, RESPONSE, AGREEMENT, MOVE_NOTE, CANCEL_NOTE)
# User text that a spreadsheet would take for a formula or a number.
FORMULA_LIKE = ("=SUM(A1)", "+31 6", "-", "@home")


@dataclass(frozen=True)
class Company:
    assembly: int
    home_team: int
    stays: int  # Łukasz: in service all year, agreed and signed POP
    joined: int  # Anouk: in service from 1 October 2025
    left: int  # Kees: out of service on 31 March 2025
    gone: int  # left in 2023: not in the 2025 overview
    pop_id: int


def employee(
    ctx: ServiceContext,
    first: str,
    last: str,
    team: int | None,
    start: date | None,
    out: date | None = None,
    number: str = "",
) -> int:
    return people.save_employee(
        ctx,
        people.EmployeeDraft(
            first_name=first,
            last_name=last,
            team_id=team,
            date_in_service=start,
            date_out_of_service=out,
            personnel_number=number,
        ),
    )


def held(ctx: ServiceContext, who: int, when: datetime, *, score: int = 3) -> int:
    """A conversation that took place, filled in with every private kind of text."""
    cid = conversations.log_conversation(
        ctx, ConversationPlanDraft(employee_id=who, when=when), now=NOW
    ).conversation_id
    conversations.save_conversation(
        ctx,
        cid,
        ConversationDraft(
            answers=(f"{ANSWER} gaat goed",),
            score=score,
            shared_summary=f"{SUMMARY} samen besproken",
            private_notes=f"{PRIVATE_NOTE} thuis lastig",
            employee_response=f"{RESPONSE} eens",
            agreements=(AgreementDraft(text=f"{AGREEMENT} VCA aanvragen"),),
        ),
        today=TODAY,
    )
    return cid


def planned(ctx: ServiceContext, who: int, when: datetime) -> int:
    draft = ConversationPlanDraft(employee_id=who, when=when)
    return conversations.plan_conversation(ctx, draft, now=datetime(2024, 12, 1)).conversation_id


def build_company(ctx: ServiceContext, *, score: int = 3) -> Company:
    assembly = people.save_team(ctx, people.TeamDraft("Assemblage"))
    home = people.save_team(ctx, people.TeamDraft("@home"))
    stays = employee(ctx, "Łukasz", "Wiśniewski", assembly, date(2019, 1, 1), number="1001")
    joined = employee(ctx, "Anouk", "Visser", assembly, date(2025, 10, 1), number="1002")
    left = employee(ctx, "Kees", "Bakker", assembly, date(2010, 1, 1))
    gone = employee(ctx, "Oud", "Gediende", assembly, date(2000, 1, 1), date(2023, 1, 1))
    employee(ctx, "Mehmet", "Yılmaz", home, date(2024, 5, 1), number="+31 6")

    for month in (2, 3, 5):
        held(ctx, stays, datetime(YEAR, month, 10, 10, 0), score=score)
    held(ctx, stays, datetime(YEAR, 5, 24, 10, 0), score=score)  # a second one in May
    moved = planned(ctx, stays, datetime(YEAR, 6, 10, 10, 0))
    move_conversation(
        ctx, moved, datetime(YEAR, 6, 17, 10, 0), "anders", MOVE_NOTE, now=datetime(2025, 6, 9)
    )
    cancelled = planned(ctx, stays, datetime(YEAR, 7, 10, 10, 0))
    cancel_conversation(ctx, cancelled, "anders", CANCEL_NOTE, today=date(2025, 7, 9))
    held(ctx, joined, datetime(YEAR, 11, 5, 9, 0), score=score)
    held(ctx, stays, datetime(2024, 12, 10, 10, 0), score=score)  # another year: not counted

    plan = pop.create_pop(ctx, stays, YEAR)
    weld = goals.create_goal(
        ctx,
        stays,
        goals.GoalDraft(what="=SUM(A1)", category="certificate", start_date=date(2025, 1, 6)),
        pop_id=plan,
    )
    first = goals.add_step(ctx, weld, goals.StepDraft(what="Cursus zoeken"))
    goals.add_step(ctx, weld, goals.StepDraft(what="Examen doen"))
    goals.mark_step_done(ctx, first, date(2025, 2, 1))
    call = goals.create_goal(
        ctx,
        stays,
        goals.GoalDraft(
            what="-",
            category="soft_skills",
            start_date=date(2025, 1, 6),
            target_date=date(2025, 6, 30),
        ),
        pop_id=plan,
    )
    goals.set_goal_status(ctx, call, "achieved", on=date(2025, 6, 1))
    pop.agree_pop(ctx, plan, "akkoord", date(2025, 2, 1), "paper")
    # A goal outside a POP, raised in a talk in 2025, and a draft POP for the leaver.
    goals.create_goal(
        ctx,
        joined,
        goals.GoalDraft(what="@home", category="guiding", start_date=date(2025, 11, 5)),
    )
    goals.create_goal(
        ctx,
        joined,
        goals.GoalDraft(
            what='Łukasz helpt; <b>&amp; \'n "test"; met ;', start_date=date(2025, 11, 6)
        ),
    )
    pop.create_pop(ctx, left, YEAR)
    held(ctx, left, datetime(YEAR, 1, 20, 9, 0), score=score)
    people.archive_employee(ctx, left, date(2025, 3, 31))
    return Company(assembly, home, stays, joined, left, gone, plan)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def xlsx_cells(data: bytes) -> list[object]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
