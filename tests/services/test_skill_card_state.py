"""The craftsmanship card from its kept state of one day (schema 0011) is exactly the card
computed live: after any sequence of level and knowledge-holder changes, certificates with
their dates, rotations, people leaving or removed, skills added, changed, moved between teams
and removed, teams renamed or removed, certificate types removed, a new warning window, and
today moving on, for the whole company and for every team (SQLite: the state is the file's)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text, update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Certificate,
    CertificateType,
    Employee,
    PersonSkill,
    Rotation,
    Skill,
    Team,
)
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.records.skills import SkillCardView
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.skills.alerts import card_lines, skill_alerts, skill_card

TODAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 9, 0)
LEVELS = ("-", "I", "L", "U", "O", "U", "O")
_SERIAL = itertools.count()  # names stay unique over all examples


def live_card(ctx: ServiceContext, team_id: int | None, today: date, limit: int) -> SkillCardView:
    every = card_lines(skill_alerts(ctx, team_id, today))
    return SkillCardView(tuple(every[:limit]), len(every))


def assert_card_is_live(ctx: ServiceContext, today: date) -> None:
    with ctx.sessions() as session:
        teams: list[int | None] = [None, *session.scalars(select(Team.id))]
    for team_id in teams:
        # Every line (the skill lines from the state, the certificates live), then the
        # card's own cut (the certificates counted from the state), then one line only.
        for limit in (100_000, 17, 1):
            kept = skill_card(ctx, team_id, today, limit=limit)
            assert kept == live_card(ctx, team_id, today, limit), (team_id, limit)


def _pick(session: Any, query: Any, which: int) -> Any:
    found = list(session.scalars(query))
    return found[which % len(found)] if found else None


def _change(ctx: ServiceContext, what: str, which: int, days: int, today: date) -> None:
    """One write of the kind `what`, straight to the tables (the triggers catch every path)."""
    with ctx.sessions.begin() as session:
        person = _pick(session, select(Employee.id).order_by(Employee.id), which)
        skill = _pick(session, select(Skill.id).order_by(Skill.id), which * 7 + days)
        team = _pick(session, select(Team.id).order_by(Team.id), which + days)
        ctype = _pick(session, select(CertificateType.id).order_by(CertificateType.id), which)
        if what == "level" and person and skill:
            row = session.get(PersonSkill, (person, skill))
            if row is None:
                row = PersonSkill(employee_id=person, skill_id=skill)
                session.add(row)
            row.level = LEVELS[(which + days) % len(LEVELS)]
            row.knowledge_holder = (which + days) % 3 == 0
        elif what == "forget" and person:
            row = _pick(session, select(PersonSkill).where(PersonSkill.employee_id == person), days)
            if row is not None:
                session.delete(row)
        elif what == "certificate" and person and ctype:
            issued = today + timedelta(days=days)
            expires = None if which % 4 == 0 else issued + timedelta(days=abs(days) * 3)
            session.add(
                Certificate(
                    employee_id=person,
                    type_id=ctype,
                    issued_on=issued,
                    expires_on=expires,
                    created_at=NOW,
                )
            )
        elif what == "certificate_edit":
            row = _pick(session, select(Certificate).order_by(Certificate.id), which + days)
            if row is not None:
                row.expires_on = max(row.issued_on, today + timedelta(days=days))
                if which % 3 == 0 and person:
                    row.employee_id = person
        elif what == "certificate_delete":
            row = _pick(session, select(Certificate).order_by(Certificate.id), which * 5 + days)
            if row is not None:
                session.delete(row)
        elif what == "rotation" and person:
            start = today + timedelta(days=days % 20 - 10)
            status = list(RotationStatus)[which % len(RotationStatus)]
            session.add(
                Rotation(
                    employee_id=person,
                    date_from=start,
                    date_to=start + timedelta(days=which % 15),
                    status=status,
                    created_at=NOW,
                )
            )
        elif what == "rotation_edit":
            row = _pick(session, select(Rotation).order_by(Rotation.id.desc()), which)
            if row is not None:
                row.date_from = today + timedelta(days=days % 8 - 4)
                row.date_to = row.date_from + timedelta(days=which % 6)
                row.status = list(RotationStatus)[days % len(RotationStatus)]
        elif what == "rotation_delete":
            row = _pick(session, select(Rotation).order_by(Rotation.id.desc()), which)
            if row is not None:
                session.delete(row)
        elif what == "leave" and person:
            leaving = None if days % 5 == 0 else today + timedelta(days=days)
            session.execute(
                update(Employee).where(Employee.id == person).values(date_out_of_service=leaving)
            )
        elif what == "person_team" and person:
            session.execute(update(Employee).where(Employee.id == person).values(team_id=team))
        elif what == "remove_person" and person and which % 3 == 0:
            session.execute(delete(Employee).where(Employee.id == person))
        elif what == "skill_add":
            session.add(
                Skill(
                    team_id=None if which % 5 == 0 else team,
                    name=f"Vaardigheid {next(_SERIAL)} É",
                    skill_group=("machine", "process", "topic", "sector", "soft")[which % 5],
                    position=days % 4,
                    certificate_type_id=ctype if which % 2 else None,
                )
            )
            session.flush()
        elif what == "skill_edit" and skill:
            row = session.get(Skill, skill)
            assert row is not None
            row.certificate_type_id = None if row.certificate_type_id else ctype
            row.position = days % 3
            row.skill_group = ("machine", "process", "topic", "sector", "soft")[days % 5]
        elif what == "skill_move" and skill:
            row = session.get(Skill, skill)
            assert row is not None
            row.name = f"{row.name[:150]} ({next(_SERIAL)})"
            row.team_id = None if which % 4 == 0 else team
        elif what == "skill_remove" and skill:
            session.execute(delete(Skill).where(Skill.id == skill))
        elif what == "team_rename" and team:
            names = ("Zagerij", "assemblage", "Ätzerei", "Bouw", "")
            session.execute(
                update(Team)
                .where(Team.id == team)
                .values(name=f"{names[days % 5]} {next(_SERIAL)}")
            )
        elif what == "type_remove":
            kind = CertificateType(name=f"Tijdelijk {next(_SERIAL)}")
            session.add(kind)
            session.flush()
            if skill:
                session.execute(
                    update(Skill).where(Skill.id == skill).values(certificate_type_id=kind.id)
                )
            session.flush()
            session.execute(delete(CertificateType).where(CertificateType.id == kind.id))


_KINDS = [
    "level",
    "level",
    "level",
    "forget",
    "certificate",
    "certificate",
    "certificate_edit",
    "certificate_delete",
    "rotation",
    "rotation",
    "rotation_edit",
    "rotation_delete",
    "leave",
    "person_team",
    "remove_person",
    "skill_add",
    "skill_edit",
    "skill_move",
    "skill_remove",
    "team_rename",
    "type_remove",
    "day",
    "window",
]
_STEP = st.tuples(st.sampled_from(_KINDS), st.integers(0, 40), st.integers(-120, 120))
_TODAY = [TODAY]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_STEP, min_size=1, max_size=12))
def test_the_kept_card_always_equals_the_live_card(
    ctx: ServiceContext, db_path: Any, steps: list[Any]
) -> None:
    with ctx.sessions() as session:
        empty = not session.scalar(select(func.count()).select_from(Employee))
    if empty:
        generate_company(ctx, seed=4, teams=3, size=9, today=TODAY)
    for what, which, days in steps:
        today = _TODAY[0]
        if what == "day":
            _TODAY[0] = today + timedelta(days=abs(days) % 45)
        elif what == "window":
            save_settings(ctx, replace(get_settings(ctx), certificate_warning_days=abs(days) * 3))
        else:
            _change(ctx, what, which, days, today)
        assert_card_is_live(ctx, _TODAY[0])


def test_the_state_is_used_and_kept(ctx: ServiceContext, db_path: Any) -> None:
    """On a writable file the card writes its state once and reads it afterwards; a change
    marks only what it touches and the next card empties the marks."""
    generate_company(ctx, seed=5, teams=2, size=8, today=TODAY)
    skill_card(ctx, None, TODAY)
    with ctx.sessions() as session:
        state = session.execute(text("SELECT day, warning_days FROM skill_day_state")).one()
        assert (state[0], state[1]) == (
            TODAY.isoformat(),
            get_settings(ctx).certificate_warning_days,
        )
        lines = session.scalar(text("SELECT count(*) FROM skill_day"))
        assert lines and lines == skill_card(ctx, None, TODAY, limit=0).total - session.scalar(
            text("SELECT count(*) FROM certificate_day")
        )
        assert not session.scalar(text("SELECT count(*) FROM skill_dirty"))
