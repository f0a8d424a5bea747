"""A small company for the pairing tests: team Assemblage with a leader (Henk), seniors who
can teach the Kantbank and TIG-lassen, and a BBL apprentice with both as gap skills."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.skills import knowledge
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft

TODAY = date(2026, 3, 2)


@dataclass(frozen=True)
class Company:
    team: int
    other_team: int
    leader: int
    senior: int  # O on Kantbank, U on TIG, same team
    colleague: int  # U on Kantbank, same team
    welder: int  # O on TIG, other team
    apprentice: int  # BBL, gap on Kantbank and TIG
    kantbank: int
    tig: int


def person(ctx: ServiceContext, first: str, last: str, team: int | None, **extra: object) -> int:
    return people.save_employee(
        ctx,
        EmployeeDraft(
            first_name=first,
            last_name=last,
            team_id=team,
            function=str(extra.pop("function", "Monteur")),
            date_in_service=date(2020, 1, 1),
            **extra,  # type: ignore[arg-type]
        ),
    )


def level(ctx: ServiceContext, who: int, skill: int, value: str) -> None:
    skills.set_level(ctx, LevelDraft(who, skill, value, date(2025, 6, 1), "Henk"), today=TODAY)


def company(ctx: ServiceContext) -> Company:
    team = people.save_team(ctx, TeamDraft("Assemblage"))
    other = people.save_team(ctx, TeamDraft("Lassen"))
    kantbank = skills.save_skill(ctx, SkillDraft("Kantbank <b>&", "machine"))
    tig = skills.save_skill(ctx, SkillDraft("TIG-lassen", "process"))
    leader = person(ctx, "Henk", "de Vries", team)
    senior = person(ctx, "Łukasz", "Wiśniewski", team)
    colleague = person(ctx, "Piet", "Jansen", team)
    welder = person(ctx, "Ayşe", "Yılmaz", other)
    apprentice = person(ctx, "Sem", "Bakker", team, kind="bbl", stage="starter")
    for skill in (kantbank, tig):
        knowledge.set_required_level(ctx, "Monteur", skill, "U")
    for who, skill, value in (
        (leader, kantbank, "O"),
        (leader, tig, "O"),
        (senior, kantbank, "O"),
        (senior, tig, "U"),
        (colleague, kantbank, "U"),
        (colleague, tig, "L"),
        (welder, tig, "O"),
        (welder, kantbank, "U"),
        (apprentice, kantbank, "I"),
    ):
        level(ctx, who, skill, value)
    # the welder is in another function, without a requirement; fine for the tests
    from teamlead_app.services.pairings.pairings import set_team_leaders

    set_team_leaders(ctx, team, [(leader, "ploegleider")])
    return Company(team, other, leader, senior, colleague, welder, apprentice, kantbank, tig)
