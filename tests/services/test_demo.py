"""The demo company: deterministic per seed, only into an empty database, the §7 team table,
Dutch names with diacritics, stages that fit the dates, large scale, and history steps."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database, catch_up_ids
from teamlead_app.data.models import Agreement, Conversation, Employee, JobFunction, Team
from teamlead_app.errors import ValidationError
from teamlead_app.services.common.settings import AppSettings, get_settings, save_settings
from teamlead_app.services.demo import company as demo
from teamlead_app.services.demo import steps as demo_steps
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.demo.context import DemoContext
from teamlead_app.services.demo.names import WOMEN
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.employees import EmployeeRow
from teamlead_app.services.people.teams import TeamDraft

TODAY = date(2026, 5, 20)
SEEN: list[DemoContext] = []


def _second_db(tmp_path: Path, migrated_template: Path, name: str) -> Database:
    path = tmp_path / name
    shutil.copy(migrated_template, path)
    return Database(path)


def _everyone(ctx: ServiceContext) -> list[EmployeeRow]:
    return people.list_employees(ctx, archived=None)


def _snapshot(ctx: ServiceContext) -> tuple[object, ...]:
    rows = sorted(_everyone(ctx), key=lambda r: r.personnel_number)
    return (
        [(r.full_name, r.personnel_number, r.function, r.team, r.kind, r.stage) for r in rows],
        [(r.date_in_service, r.date_out_of_service) for r in rows],
        [(t.name, t.lead_name, t.location) for t in people.list_teams(ctx)],
        get_settings(ctx),
    )


def _years(since: date) -> float:
    return (TODAY - since).days / 365.25


# --- history steps used through the registry -------------------------------------------------


def record_step(session: Session, ctx: DemoContext) -> None:
    SEEN.append(ctx)


def agreement_step(session: Session, ctx: DemoContext) -> None:
    """What a later feature would do: add history for a story person, in the same session."""
    for person in ctx.tagged(demo.TAG_WANTS_PREP):
        session.add(
            Agreement(
                employee_id=person.id,
                text="Loopt 2 dagen mee met werkvoorbereiding",
                due_date=ctx.today + timedelta(days=30),
                created_on=ctx.today,
            )
        )
    session.flush()


def failing_step(session: Session, ctx: DemoContext) -> None:
    raise RuntimeError("step broke")


# --- tests -----------------------------------------------------------------------------------


def test_same_seed_gives_the_same_company(
    ctx: ServiceContext, tmp_path: Path, migrated_template: Path
) -> None:
    other = _second_db(tmp_path, migrated_template, "other.sqlite")
    third = _second_db(tmp_path, migrated_template, "third.sqlite")
    try:
        generate_company(ctx, seed=3, today=TODAY)
        generate_company(other, seed=3, today=TODAY)
        generate_company(third, seed=4, today=TODAY)
        assert _snapshot(ctx) == _snapshot(other)
        assert _snapshot(ctx)[0] != _snapshot(third)[0]
    finally:
        other.close()
        third.close()


def test_refuses_a_database_that_holds_people(ctx: ServiceContext) -> None:
    people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))
    with pytest.raises(ValidationError, match="bevat al medewerkers"):
        generate_company(ctx, today=TODAY)
    assert [r.full_name for r in _everyone(ctx)] == ["Kees Bakker"]
    assert people.list_teams(ctx) == []
    assert get_settings(ctx).company_name == ""


def test_counts_kinds_and_functions_of_the_default_company(ctx: ServiceContext) -> None:
    result = generate_company(ctx, today=TODAY)
    assert (result.teams, result.employees, result.archived) == (2, 44, 2)
    assert result.seconds > 0
    teams = people.list_teams(ctx)
    assert sorted(t.name for t in teams) == ["Assemblage", "Productie Verspaning"]
    assert all(t.active_count == 22 and t.lead_name and t.location for t in teams)
    first = people.resolve_team(ctx, "Productie Verspaning")
    rows = people.list_employees(ctx, team_id=first)
    kinds = Counter(r.kind for r in rows)
    assert kinds == {"medewerker": 17, "bbl": 2, "stagiair": 1, "zij_instromer": 1, "junior": 1}
    staff = Counter(r.function for r in rows if r.kind in ("medewerker", "junior"))
    assert staff["CNC-operator"] == 5
    assert staff["Lasser"] == 3
    assert staff["Monteur"] + staff["Basismonteur"] == 4
    assert staff["Basismonteur"] == 1
    assert staff["Werkvoorbereider"] == staff["Kwaliteitscontroleur"] == 1
    every_function = {r.function for r in _everyone(ctx)}
    assert {"CNC-operator", "Lasser", "Kantbankoperator", "Monteur", "Basismonteur"} <= (
        every_function
    )
    assert {"Werkvoorbereider", "Kwaliteitscontroleur"} <= every_function


def test_names_include_diacritics_and_dutch_tussenvoegsels(ctx: ServiceContext) -> None:
    generate_company(ctx, today=TODAY)
    first = people.resolve_team(ctx, "Productie Verspaning")
    names = [r.full_name for r in people.list_employees(ctx, team_id=first)]
    assert "Łukasz Wiśniewski" in names
    assert "Mehmet Yılmaz" in names
    assert any(name.startswith("Léon ") for name in names)
    assert any(name.startswith("Jean-Paul ") for name in names)
    rows = _everyone(ctx)
    with_prefix = [r for r in rows if r.tussenvoegsel]
    assert with_prefix, "some surnames carry a tussenvoegsel"
    # Stored apart: the surname itself never starts with the lowercase prefix.
    assert all(not r.last_name[:1].islower() for r in rows)
    assert all(r.list_name.startswith(r.last_name + ", ") for r in with_prefix)
    women = {name for names_ in WOMEN.values() for name in names_}
    assert sum(r.first_name in women for r in rows if r.archived is False) == 4


def test_personnel_numbers_unique_and_in_order_of_entry(ctx: ServiceContext) -> None:
    generate_company(ctx, teams=3, size=25, today=TODAY)
    rows = _everyone(ctx)
    numbers = [r.personnel_number for r in rows]
    assert all(numbers) and len(set(numbers)) == len(numbers)
    by_number = sorted(rows, key=lambda r: int(r.personnel_number))
    entries = [r.date_in_service for r in by_number]
    assert entries == sorted(d for d in entries if d is not None)


def test_newcomers_and_leavers(ctx: ServiceContext) -> None:
    generate_company(ctx, today=TODAY)
    rows = _everyone(ctx)
    entrants = {r.team: r for r in rows if r.kind == "zij_instromer"}
    baker = entrants["Productie Verspaning"].date_in_service
    assert baker == date(2025, 9, 20)  # eight months in service
    week_six = entrants["Assemblage"].date_in_service
    assert week_six is not None and 35 <= (TODAY - week_six).days <= 41
    leavers = [r for r in rows if r.archived]
    assert len(leavers) == 2
    for r in leavers:
        assert r.date_in_service is not None and r.date_out_of_service is not None
        assert r.date_in_service < r.date_out_of_service < TODAY
        assert r.team
    assert len(people.list_employees(ctx)) == 44


def test_stage_mix_fits_the_dates_in_service(ctx: ServiceContext) -> None:
    generate_company(ctx, teams=5, size=30, today=TODAY)
    rows = people.list_employees(ctx)
    share = {k: v / len(rows) for k, v in Counter(r.stage for r in rows).items()}
    assert share["starter"] == pytest.approx(0.2, abs=0.05)
    assert share["medior"] == pytest.approx(0.5, abs=0.05)
    assert share["senior"] == pytest.approx(0.3, abs=0.05)
    for r in rows:
        assert r.date_in_service is not None and r.date_in_service <= TODAY
        years = _years(r.date_in_service)
        if r.stage == "starter":
            assert years < 2
        elif r.stage == "medior":
            assert 2 <= years < 9.5
        else:
            assert years >= 9
        if r.kind in ("bbl", "stagiair", "zij_instromer", "junior"):
            assert r.stage == "starter"


def test_thirty_teams_of_thirty(ctx: ServiceContext) -> None:
    result = generate_company(ctx, teams=30, size=30, today=TODAY)
    assert (result.teams, result.employees) == (30, 900)
    teams = people.list_teams(ctx)
    assert len({t.name for t in teams}) == 30
    assert all(t.active_count == 30 for t in teams)
    assert len({r.personnel_number for r in _everyone(ctx)}) == 902
    # Loose: a generous bound that only catches one-commit-per-person regressions.
    assert result.seconds < 60


def test_team_names_stay_unique_for_a_hundred_teams(ctx: ServiceContext) -> None:
    people.save_team(ctx, TeamDraft("Assemblage"))
    generate_company(ctx, teams=100, size=1, today=TODAY)
    names = [t.name for t in people.list_teams(ctx)]
    assert len(names) == len({n.casefold() for n in names}) == 101
    assert "Lasafdeling" in names
    assert any(n.startswith("Assemblage ") for n in names)


def test_reuses_functions_the_user_already_has(ctx: ServiceContext) -> None:
    people.save_team(ctx, TeamDraft("Expeditie"))
    with ctx.sessions.begin() as session:
        session.add(JobFunction(name="monteur"))
    generate_company(ctx, today=TODAY)
    with ctx.sessions() as session:
        names = list(session.scalars(select(JobFunction.name)))
        monteurs = session.scalar(
            select(func.count(Employee.id))
            .join(JobFunction, Employee.function_id == JobFunction.id)
            .where(JobFunction.name == "monteur")
        )
    assert [n.casefold() for n in names].count("monteur") == 1
    assert monteurs and monteurs > 0


def test_settings_filled_only_where_empty(ctx: ServiceContext) -> None:
    save_settings(ctx, AppSettings(company_name="Eigen Bedrijf B.V."))
    generate_company(ctx, today=TODAY)
    settings = get_settings(ctx)
    assert settings.company_name == "Eigen Bedrijf B.V."
    first = people.resolve_team(ctx, "Productie Verspaning")
    assert settings.lead_name == next(t.lead_name for t in people.list_teams(ctx) if t.id == first)


def test_company_name_set_on_an_empty_database(ctx: ServiceContext) -> None:
    generate_company(ctx, today=TODAY)
    assert get_settings(ctx).company_name.endswith("B.V.")


@pytest.mark.parametrize(("teams", "size"), [(0, 22), (101, 22), (2, 0), (2, 201)])
def test_rejects_sizes_out_of_range(ctx: ServiceContext, teams: int, size: int) -> None:
    with pytest.raises(ValidationError):
        generate_company(ctx, teams=teams, size=size, today=TODAY)
    assert people.count_employees(ctx) == 0


def test_history_steps_run_in_order_in_the_same_transaction(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    SEEN.clear()
    monkeypatch.setattr(
        demo_steps,
        "STEPS",
        ("tests.services.test_demo:record_step", "tests.services.test_demo:agreement_step"),
    )
    generate_company(ctx, today=TODAY)
    (seen,) = SEEN
    assert seen.today == TODAY and len(seen.teams) == 2
    assert len(seen.people) == 46 and sorted(seen.employee_ids) == seen.employee_ids
    assert {p.team_id for p in seen.people} == set(seen.team_ids)
    assert len(seen.in_team(seen.team_ids[0])) == 22
    assert len(seen.in_team(seen.team_ids[0], active=False)) == 23
    assert [p.kind for p in seen.tagged(demo.TAG_FORMER_BAKER)] == ["zij_instromer"]
    assert all(p.stage == "senior" for p in seen.tagged(demo.TAG_KENNISDRAGER))
    assert seen.rng_for("goals").random() == seen.rng_for("goals").random()
    assert seen.rng_for("goals").random() != seen.rng_for("pop").random()
    with ctx.sessions() as session:
        agreements = list(session.scalars(select(Agreement)))
    assert {a.employee_id for a in agreements} == {p.id for p in seen.tagged(demo.TAG_WANTS_PREP)}
    assert len(agreements) == 2


def test_a_failing_step_rolls_the_whole_demo_back(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_steps, "STEPS", ("tests.services.test_demo:failing_step",))
    with pytest.raises(RuntimeError):
        generate_company(ctx, today=TODAY)
    assert people.count_employees(ctx) == 0
    with ctx.sessions() as session:
        assert session.scalar(select(func.count(Team.id))) == 0
    assert get_settings(ctx).company_name == ""
    # history=False skips the steps altogether.
    assert generate_company(ctx, today=TODAY, history=False).employees == 44


def test_a_wrong_step_name_fails_loudly() -> None:
    with pytest.raises(LookupError):
        demo_steps.load_steps(("teamlead_app.services.demo.company:no_such_step",))
    assert demo_steps.load_steps(("tests.services.test_demo:record_step",)) == [record_step]


def test_after_the_demo_ordinary_saves_get_fresh_ids(ctx: ServiceContext) -> None:
    """The demo writes its rows with ids of its own; on PostgreSQL the sequences must follow,
    or the next conversation, move or agreement saved by hand collides with a demo id."""
    from datetime import datetime

    from teamlead_app.services.conversations import use_cases as conversations
    from teamlead_app.services.conversations.use_cases import ConversationPlanDraft

    generate_company(ctx, teams=1, size=6, today=date(2026, 11, 25))
    with ctx.sessions() as session:
        highest = session.scalar(select(func.max(Conversation.id))) or 0
    someone = _everyone(ctx)[0].id
    planned = conversations.plan_conversation(
        ctx, ConversationPlanDraft(someone, datetime(2027, 3, 3, 9, 0))
    )
    assert planned.conversation_id > highest
    with ctx.sessions.begin() as session:
        catch_up_ids(session, ["conversation"])  # again: never moves a sequence back
    again = conversations.plan_conversation(
        ctx, ConversationPlanDraft(someone, datetime(2027, 3, 10, 9, 0))
    )
    assert again.conversation_id == planned.conversation_id + 1
