"""The evaluation moments of a POP: mid-period and end-of-period conversations of kind
ontwikkel, linked to the plan by pop_id, planned on working days at 10:00."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Pop, TemplateVersion
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import language, t
from teamlead_app.records.development import PopDraft
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.development.goal_rules import (
    check_not_evaluated,
    load_pop,
    now,
    require_employee,
)
from teamlead_app.services.development.pop_texts import save_typed
from teamlead_app.util.dates import format_date

EVALUATION_TIME = time(10, 0)
DEFAULT_EVALUATION_MINUTES = 60


def _working_day_from(day: date, working_days: tuple[int, ...]) -> date:
    for offset in range(7):
        candidate = day + timedelta(days=offset)
        if candidate.weekday() in working_days:
            return candidate
    return day


def default_evaluation_moments(
    period_start: date, period_end: date, working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
) -> tuple[datetime, datetime]:
    """Mid-period and end-of-period moments at 10:00 on a working day: the first of the month
    holding the period's midpoint, and the first of the month a month before the end. For a
    calendar year that is 1 July and the first working day of December."""
    midpoint = period_start + (period_end - period_start) / 2
    mid = max(midpoint.replace(day=1), period_start)
    before_end = period_end - timedelta(days=30)
    end = max(before_end.replace(day=1), mid + timedelta(days=1))
    mid, end = (_working_day_from(d, working_days) for d in (mid, end))
    return datetime.combine(mid, EVALUATION_TIME), datetime.combine(end, EVALUATION_TIME)


def plan_evaluations(
    ctx: ServiceContext,
    pop_id: int,
    mid_year: datetime | None = None,
    end: datetime | None = None,
    *,
    today: date | None = None,
    typed: PopDraft | None = None,
) -> list[int]:
    """Plan the evaluation moments as conversations of kind ontwikkel linked to the POP and
    return their ids. Given moments are always planned; a default moment that lies before
    `today` is left out (a plan agreed in September gets only its end evaluation). `typed`:
    the POP page's unsaved texts (its period decides the moments), saved in the same go."""
    settings = get_settings(ctx)
    with ctx.sessions.begin() as session:
        pop = load_pop(session, pop_id)
        check_not_evaluated(pop)
        save_typed(session, pop, typed)
        require_employee(session, pop.employee_id)
        _no_planned_moments(session, pop.id)
        moments = _moments(pop, mid_year, end, settings.working_days, today or date.today())
        template = _template(session, settings.language)
        ids: list[int] = []
        for moment in moments:
            conversation = Conversation(
                employee_id=pop.employee_id,
                kind="ontwikkel",
                status="planned",
                scheduled_at=moment,
                duration_minutes=(
                    template.default_minutes if template else DEFAULT_EVALUATION_MINUTES
                ),
                template_version_id=template.id if template else None,
                pop_id=pop.id,
                created_at=now(),
                updated_at=now(),
            )
            session.add(conversation)
            session.flush()
            ids.append(conversation.id)
        return ids


def _no_planned_moments(session: Session, pop_id: int) -> None:
    planned = session.scalar(
        select(Conversation.id)
        .where(Conversation.pop_id == pop_id, Conversation.status == "planned")
        .limit(1)
    )
    if planned is not None:
        raise ValidationError(
            t(
                "Voor dit POP staan al evaluatiemomenten gepland; verplaats die gesprekken.",
                "Evaluation moments are already planned for this POP; reschedule those.",
            ),
            field="mid_year",
        )


def _moments(
    pop: Pop,
    mid: datetime | None,
    end: datetime | None,
    working_days: tuple[int, ...],
    today: date,
) -> list[datetime]:
    default_mid, default_end = default_evaluation_moments(
        pop.period_start, pop.period_end, working_days
    )
    if mid is None and default_mid.date() >= today:
        mid = default_mid
    if end is None and default_end.date() >= today:
        end = default_end
    latest_end = pop.period_end + timedelta(days=31)
    if mid is not None and not pop.period_start <= mid.date() <= pop.period_end:
        raise ValidationError(_outside_period(pop), field="mid_year")
    if end is not None and not pop.period_start <= end.date() <= latest_end:
        raise ValidationError(_outside_period(pop), field="end")
    if mid is not None and end is not None and end <= mid:
        raise ValidationError(
            t(
                "De eindevaluatie ligt vóór de tussenevaluatie.",
                "The end evaluation is before the mid-period evaluation.",
            ),
            field="end",
        )
    if mid is None and end is None:
        raise ValidationError(
            t(
                "De evaluatiemomenten van deze periode liggen al in het verleden; kies een datum.",
                "This period's evaluation moments have passed; choose a date.",
            ),
            field="end",
        )
    return [moment for moment in (mid, end) if moment is not None]


def _outside_period(pop: Pop) -> str:
    period = f"{format_date(pop.period_start)} – {format_date(pop.period_end)}"
    return t(
        f"Het evaluatiemoment valt buiten de POP-periode ({period}).",
        f"The evaluation moment lies outside the POP period ({period}).",
    )


def _template(session: Session, lang: str) -> TemplateVersion | None:
    """The newest ontwikkelgesprek template, in the app's language when there is one."""
    query = select(TemplateVersion).where(TemplateVersion.kind == "ontwikkel")
    preferred = (TemplateVersion.language == (lang or language())).desc()
    return session.scalars(
        query.order_by(preferred, TemplateVersion.version.desc(), TemplateVersion.id.desc())
    ).first()
