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
from sqlalchemy import delete, event, func, select, text, update

from teamlead_app.data.context import CurrentUser, Role, ServiceContext
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
from teamlead_app.errors import StorageError
from teamlead_app.records.skills import SkillCardView
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.skills import card_state
from teamlead_app.services.skills.alerts import card_lines, skill_alerts, skill_card
from teamlead_app.services.skills.levels import LevelDraft, set_level

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


def _dirty(ctx: ServiceContext) -> tuple[set[int], set[int]]:
    with ctx.sessions() as session:
        skills = set(session.scalars(text("SELECT skill_id FROM skill_dirty")))
        people = set(session.scalars(text("SELECT employee_id FROM certificate_dirty")))
    return skills, people


def _skills_of(ctx: ServiceContext, person: int) -> set[int]:
    with ctx.sessions() as session:
        found = select(PersonSkill.skill_id).where(PersonSkill.employee_id == person)
        return set(session.scalars(found))


def test_after_one_save_only_that_skill_is_recomputed(
    ctx: ServiceContext, db_path: Any, monkeypatch: Any
) -> None:
    generate_company(ctx, seed=5, teams=2, size=8, today=TODAY)
    skill_card(ctx, None, TODAY)  # the day's state, computed in full
    assert _dirty(ctx) == (set(), set())
    with ctx.sessions() as session:
        person, skill, level = session.execute(
            select(PersonSkill.employee_id, PersonSkill.skill_id, PersonSkill.level)
            .order_by(PersonSkill.employee_id, PersonSkill.skill_id)
            .limit(1)
        ).one()
    assert set_level(ctx, LevelDraft(person, skill, "I" if level in "UO" else "O", TODAY), TODAY)
    assert _dirty(ctx) == ({skill}, set())

    asked: list[Any] = []
    real = card_state.coverage_query

    def spy(**kwargs: Any) -> Any:
        asked.append(kwargs["skill_ids"])
        return real(**kwargs)

    monkeypatch.setattr(card_state, "coverage_query", spy)
    assert skill_card(ctx, None, TODAY) == live_card(ctx, None, TODAY, 17)
    assert asked == [[skill]], "only the changed skill is recomputed"
    assert _dirty(ctx) == (set(), set())
    # Nothing changed since: the next card reads the state and writes nothing.
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        assert skill_card(ctx, None, TODAY) == live_card(ctx, None, TODAY, 17)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert asked == [[skill]]
    card_statements = [q for q in seen if "skill_day" in q or "skill_dirty" in q]
    assert card_statements and not [
        q for q in seen if q.split()[0] in ("INSERT", "UPDATE", "DELETE")
    ], seen
    # Another day: everything again, once.
    assert skill_card(ctx, None, TODAY + timedelta(days=1)) == live_card(
        ctx, None, TODAY + timedelta(days=1), 17
    )
    assert asked == [[skill], None]


def test_every_kind_of_change_marks_what_it_feeds(ctx: ServiceContext, db_path: Any) -> None:
    generate_company(ctx, seed=6, teams=2, size=8, today=TODAY)
    skill_card(ctx, None, TODAY)
    with ctx.sessions() as session:
        person, skill = session.execute(
            select(PersonSkill.employee_id, PersonSkill.skill_id).order_by(PersonSkill.skill_id)
        ).first() or (0, 0)
        team = session.scalar(select(Skill.team_id).where(Skill.id == skill))
        ctype = session.scalar(select(CertificateType.id).order_by(CertificateType.id))
    mine = _skills_of(ctx, person)
    assert person and skill and team and ctype and len(mine) > 1

    def after(sql: str, **values: Any) -> tuple[set[int], set[int]]:
        with ctx.sessions.begin() as session:
            session.execute(text("DELETE FROM skill_dirty"))
            session.execute(text("DELETE FROM certificate_dirty"))
        with ctx.sessions.begin() as session:
            session.execute(text(sql), values)
        return _dirty(ctx)

    who = {"p": person, "s": skill, "t": team, "c": ctype}
    # A level or knowledge-holder change: that skill.
    assert after(
        "UPDATE person_skill SET level = 'I' WHERE employee_id = :p AND skill_id = :s", **who
    ) == ({skill}, set())
    assert after(
        "UPDATE person_skill SET knowledge_holder = 1 WHERE employee_id = :p AND skill_id = :s",
        **who,
    ) == ({skill}, set())
    assert after("DELETE FROM person_skill WHERE employee_id = :p AND skill_id = :s", **who) == (
        {skill},
        set(),
    )
    assert after("INSERT INTO person_skill VALUES (:p, :s, 'U', 0)", **who) == ({skill}, set())
    mine = _skills_of(ctx, person)
    # A certificate: the person's skills that require its type, and the person's alerts.
    after("UPDATE skill SET certificate_type_id = :c WHERE id = :s", **who)
    insert = (
        "INSERT INTO certificate (employee_id, type_id, issued_on, expires_on, note, created_at)"
        " VALUES (:p, :c, '2026-01-01', '2027-01-01', '', '2026-01-01 00:00:00')"
    )
    with ctx.sessions() as session:
        certified = set(
            session.scalars(
                select(Skill.id).where(Skill.certificate_type_id == ctype, Skill.id.in_(mine))
            )
        )
    assert skill in certified
    assert after(insert, **who) == (certified, {person})
    assert after(
        "UPDATE certificate SET expires_on = '2026-12-31' WHERE employee_id = :p AND type_id = :c",
        **who,
    ) == (certified, {person})
    gone = "DELETE FROM certificate WHERE employee_id = :p AND type_id = :c"
    assert after(gone, **who) == (certified, {person})
    # A rotation: all the person's skills (away today or not).
    rotation = (
        "INSERT INTO rotation (employee_id, department, date_from, date_to, status, learned,"
        " next_step, shared_with_team, created_at) VALUES (:p, '', '2026-12-01', '2026-12-20',"
        " 'gepland', '', '', 0, '2026-01-01 00:00:00')"
    )
    assert after(rotation, **who) == (mine, set())
    assert after("UPDATE rotation SET status = 'afgebroken' WHERE employee_id = :p", **who) == (
        mine,
        set(),
    )
    assert after("UPDATE rotation SET learned = 'x' WHERE employee_id = :p", **who) == (
        set(),
        set(),
    )
    assert after("DELETE FROM rotation WHERE employee_id = :p", **who) == (mine, set())
    # Leaving: all the person's skills and alerts; another team: the alerts.
    assert after("UPDATE employee SET date_out_of_service = '2027-01-31' WHERE id = :p", **who) == (
        mine,
        {person},
    )
    assert after("UPDATE employee SET team_id = NULL WHERE id = :p", **who) == (set(), {person})
    assert after("UPDATE employee SET first_name = 'Ans' WHERE id = :p", **who) == (set(), set())
    # The skills themselves, their team's name (the card's order) and a certificate type.
    team_skills = {s for s in _all_skills(ctx) if _team_of(ctx, s) == team}
    assert after("UPDATE team SET name = 'Zagerij 2' WHERE id = :t", **who) == (team_skills, set())
    assert after("UPDATE skill SET position = 9 WHERE id = :s", **who) == ({skill}, set())
    after("INSERT INTO certificate_type (name) VALUES ('Tijdelijk')")
    with ctx.sessions() as session:
        who["n"] = session.scalar(text("SELECT id FROM certificate_type WHERE name = 'Tijdelijk'"))
    after("UPDATE skill SET certificate_type_id = :n WHERE id = :s", **who)
    assert after("DELETE FROM certificate_type WHERE id = :n", **who) == ({skill}, set())
    marked, _people = after(
        "INSERT INTO skill (team_id, name, skill_group, position)"
        " VALUES (:t, 'Nieuw', 'machine', 0)",
        **who,
    )
    assert len(marked) == 1 and marked.isdisjoint(_all_skills(ctx) - marked)
    assert after("DELETE FROM skill WHERE id = :s", **who) == ({skill}, set())
    # A person removed (the privacy action): their skills, and their alerts gone at once.
    mine = _skills_of(ctx, person)
    with ctx.sessions.begin() as session:
        session.execute(
            text("INSERT OR IGNORE INTO certificate_day VALUES (:p, :c, 0)"),
            {"p": person, "c": ctype},
        )
    # (their certificates go by the cascade, whose own triggers list them)
    assert after("DELETE FROM employee WHERE id = :p", **who) == (mine, {person})
    with ctx.sessions() as session:
        assert not session.scalar(
            text("SELECT count(*) FROM certificate_day WHERE employee_id = :p"), {"p": person}
        )
    # A team removed: its skills.
    team_skills = {s for s in _all_skills(ctx) if _team_of(ctx, s) == team}
    assert team_skills and after("DELETE FROM team WHERE id = :t", **who)[0] >= team_skills
    # And the card is right after all of it.
    assert skill_card(ctx, None, TODAY, limit=1000) == live_card(ctx, None, TODAY, 1000)


def _all_skills(ctx: ServiceContext) -> set[int]:
    with ctx.sessions() as session:
        return set(session.scalars(select(Skill.id)))


def _team_of(ctx: ServiceContext, skill: int) -> int | None:
    with ctx.sessions() as session:
        return session.scalar(select(Skill.team_id).where(Skill.id == skill))


def test_read_only_users_and_servers_compute_live(ctx: ServiceContext) -> None:
    """HR (who writes nothing) and a server (no triggers) get the live card, and the state is
    never written there; the file's lead gets the same card from the state."""
    generate_company(ctx, seed=7, teams=2, size=8, today=TODAY)
    hr = ServiceContext(ctx.db, ctx.language, CurrentUser(name="hr", role=Role.HR))
    for user in (hr, ctx):
        for team in (None, 1):
            assert skill_card(user, team, TODAY) == live_card(ctx, team, TODAY, 17)
    with ctx.sessions() as session:
        kept = session.scalar(text("SELECT count(*) FROM skill_day_state"))
    assert kept == (0 if ctx.is_server else 1)


def test_a_file_that_takes_no_write_gets_the_live_card(
    ctx: ServiceContext, db_path: Any, monkeypatch: Any
) -> None:
    """A file that cannot take the day's state (read only, busy, full) still shows the card."""
    generate_company(ctx, seed=8, teams=1, size=8, today=TODAY)

    def refuse(*_args: Any) -> None:
        raise StorageError("read only")

    monkeypatch.setattr(card_state, "bring_up_to_date", refuse)
    assert skill_card(ctx, None, TODAY) == live_card(ctx, None, TODAY, 17)
    monkeypatch.undo()
    ctx.db.read_only = True
    try:
        assert skill_card(ctx, None, TODAY) == live_card(ctx, None, TODAY, 17)
    finally:
        ctx.db.read_only = False
    with ctx.sessions() as session:
        assert not session.scalar(text("SELECT count(*) FROM skill_day_state"))
