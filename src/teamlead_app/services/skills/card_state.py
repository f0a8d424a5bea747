"""The craftsmanship card's state of one day (schema 0011).

The card names the red, amber and single-holder skills of *today*. Working that out reads every
person's skills (57,000 rows at 4,000 people); the answer changes only when the day changes or
a row feeding the rule is written. So a SQLite file keeps it: `skill_day` holds the card's
lines with their coverage figures and their order, `skill_day_state` the day, warning window
and rule version they hold for, and the triggers of migration 0011 list in `skill_dirty` every
skill a write may have changed. Bringing the state up to date recomputes, with the one coverage
statement of coverage.py (the rule stays in one place), either everything (another day,
another window, a new rule version, or very many changes) or only the dirty skills, in the
caller's transaction. The certificate alerts the card counts after its skill lines are kept
alike: `certificate_day` per (person, type), recomputed with certificates.alert_pairs for the
people the triggers list in `certificate_dirty`.

A server (PostgreSQL, no triggers) and a read-only file (or HR) never use the state: the
card computes live there (`keeps_state`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    CertificateDay,
    CertificateDirty,
    CertificateType,
    Skill,
    SkillDay,
    SkillDayState,
    SkillDirty,
    Team,
)
from teamlead_app.records.skills import CoverageRow
from teamlead_app.services.skills.certificates import alert_pairs
from teamlead_app.services.skills.coverage import coverage_query
from teamlead_app.services.skills.levels import group_order

# Raise when the coverage rule or the card's choice of skills changes: a file's state of an
# older rule is then recomputed instead of read.
RULE_VERSION = 1
STATE_ID = 1
# More dirty skills (or people) than this (a matrix import, a team removed): one pass over
# all is cheaper.
FULL_ABOVE = 300
# The card's kinds of skill line, in the card's order.
KINDS = ("red", "amber", "single")
ORDER = (
    SkillDay.kind,
    SkillDay.team_name,
    SkillDay.group_rank,
    SkillDay.position,
    SkillDay.name_key,
    SkillDay.skill_id,
)


def keeps_state(ctx: ServiceContext) -> bool:
    """Whether the card reads the kept state: a writable file (a server has no triggers; a
    read-only file or HR cannot bring it up to date)."""
    return not ctx.is_server and not ctx.read_only


def kinds_of(row: CoverageRow) -> list[int]:
    """The card's lines of one skill: red or amber, and once more when one person holds it."""
    kinds = []
    if row.status in ("red", "amber"):
        kinds.append(KINDS.index(row.status))
    if row.holders == 1:
        kinds.append(KINDS.index("single"))
    return kinds


def bring_up_to_date(session: Session, today: date, warning_days: int) -> None:
    """Make skill_day and certificate_day hold today's lines; writes only when something
    changed."""
    state = session.get(SkillDayState, STATE_ID)
    if state is not None and (state.day, state.warning_days, state.rule_version) == (
        today,
        warning_days,
        RULE_VERSION,
    ):
        skills = list(session.scalars(select(SkillDirty.skill_id)))
        if skills:
            _recompute(session, today, warning_days, skills if len(skills) <= FULL_ABOVE else None)
            session.execute(delete(SkillDirty))
        people = list(session.scalars(select(CertificateDirty.employee_id)))
        if people:
            _recompute_certificates(
                session, today, warning_days, people if len(people) <= FULL_ABOVE else None
            )
            session.execute(delete(CertificateDirty))
        return
    _recompute(session, today, warning_days, None)
    _recompute_certificates(session, today, warning_days, None)
    session.execute(delete(SkillDirty))
    session.execute(delete(CertificateDirty))
    if state is None:
        state = SkillDayState(id=STATE_ID)
        session.add(state)
    state.day, state.warning_days, state.rule_version = today, warning_days, RULE_VERSION


def _recompute_certificates(
    session: Session, today: date, warning_days: int, employee_ids: list[int] | None
) -> None:
    """The certificate alerts of these people (None: everyone), replacing theirs."""
    if employee_ids is None:
        session.execute(delete(CertificateDay))
    else:
        session.execute(delete(CertificateDay).where(CertificateDay.employee_id.in_(employee_ids)))
    rows = [
        {"employee_id": employee_id, "type_id": type_id, "team_id": team_id}
        for employee_id, type_id, team_id in session.execute(
            alert_pairs(today, warning_days, employee_ids)
        )
    ]
    if rows:
        session.execute(insert(CertificateDay), rows)


def count_certificate_alerts(session: Session, team_id: int | None) -> int:
    """len(certificate_alerts(...)) of the day, from the kept pairs (by index for a team)."""
    query = select(func.count()).select_from(CertificateDay)
    if team_id is not None:
        query = query.where(CertificateDay.team_id == team_id)
    return session.scalar(query) or 0


def _recompute(
    session: Session, today: date, warning_days: int, skill_ids: Collection[int] | None
) -> None:
    """The lines of these skills (None: all) from the coverage rule, replacing theirs."""
    if skill_ids is None:
        session.execute(delete(SkillDay))
    else:
        session.execute(delete(SkillDay).where(SkillDay.skill_id.in_(list(skill_ids))))
    query = coverage_query(
        today=today, warning_days=warning_days, flagged_only=True, skill_ids=skill_ids
    )
    lines: list[dict[str, Any]] = []
    for values in session.execute(query):
        row = CoverageRow(*values)
        for kind in kinds_of(row):
            lines.append(
                {
                    "skill_id": row.skill_id,
                    "kind": kind,
                    "team_id": row.team_id,
                    "team_name": row.team,
                    "group_rank": group_order(row.group),
                    "position": row.position,
                    "name_key": row.skill.lower(),
                    "qualified": row.qualified,
                    "leaving": row.leaving,
                    "away": row.away,
                    "expiring": row.certificate_expiring,
                    "holders": row.holders,
                }
            )
    if lines:
        session.execute(insert(SkillDay), lines)


def read_lines(
    session: Session, team_id: int | None, limit: int
) -> tuple[list[tuple[str, CoverageRow]], int]:
    """The first `limit` skill lines of the card in its order (read along the order index)
    and how many there are; the skills' names and teams are read live for those few."""
    where: Sequence[Any] = (
        () if team_id is None else ((SkillDay.team_id == team_id) | SkillDay.team_id.is_(None),)
    )
    count = session.scalar(select(func.count()).select_from(SkillDay).where(*where)) or 0
    first = session.execute(
        select(
            SkillDay.kind,
            SkillDay.skill_id,
            SkillDay.qualified,
            SkillDay.leaving,
            SkillDay.away,
            SkillDay.expiring,
            SkillDay.holders,
        )
        .where(*where)
        .order_by(*ORDER)
        .limit(limit)
    ).all()
    if not first:
        return [], count
    details = select(
        Skill.id,
        Skill.name,
        Skill.skill_group,
        Skill.team_id,
        func.coalesce(Team.name, ""),
        func.coalesce(CertificateType.name, ""),
        Skill.position,
    )
    details = details.outerjoin(Team, Team.id == Skill.team_id).outerjoin(
        CertificateType, CertificateType.id == Skill.certificate_type_id
    )
    names: dict[int, Any] = {
        row[0]: row[1:]
        for row in session.execute(details.where(Skill.id.in_({f.skill_id for f in first})))
    }
    lines = []
    for kind, skill_id, qualified, leaving, away, expiring, holders in first:
        name, group, team, team_name, certificate, position = names[skill_id]
        row = CoverageRow(
            skill_id,
            name,
            group,
            team,
            team_name,
            certificate,
            qualified,
            leaving,
            away,
            expiring,
            holders,
            position,
        )
        lines.append((KINDS[kind], row))
    return lines, count
