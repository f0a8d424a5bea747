"""Editing the texts of a POP: the period, the longer view and the support, validated and
checked against the person's other plans and the signature. Used on its own (update_pop) and
inside the transaction of an action that saves what is typed along with it (sign-off,
evaluation, planning the evaluation moments), so one user action stays one transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import SUPPORT_KINDS, Pop, PopSupport
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.development import PopDraft
from teamlead_app.records.signed import POP
from teamlead_app.services.common import edit_versions
from teamlead_app.services.common.conflict_fields import pop_fields
from teamlead_app.services.common.drafts import POP_DRAFT, discard_in
from teamlead_app.services.common.signed_versions import pop_content, refuse_change
from teamlead_app.services.development.goal_rules import (
    MAX_TEXT,
    check_not_evaluated,
    load_pop,
    raise_first,
)
from teamlead_app.util.dates import format_date

MAX_PERIOD_DAYS = 731  # two years: a typo like 2062 must not block every later plan


_TEXT_FIELDS = {
    "ambition": ("Waar over drie jaar", "Where in three years"),
    "lead_perspective": ("Perspectief leidinggevende", "Lead's perspective"),
    "strengths": ("Sterke punten", "Strengths"),
    "development_points": ("Ontwikkelpunten", "Development points"),
    "evaluation": ("Evaluatie", "Evaluation"),
}


# --- validation --------------------------------------------------------------------------


def validate_pop(draft: PopDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.period_end < draft.period_start:
        problems["period_end"] = t(
            f"Het einde van de periode ({format_date(draft.period_end)}) ligt vóór het begin "
            f"({format_date(draft.period_start)}).",
            f"The end of the period ({format_date(draft.period_end)}) is before its start "
            f"({format_date(draft.period_start)}).",
        )
    elif (draft.period_end - draft.period_start).days > MAX_PERIOD_DAYS:
        problems["period_end"] = t(
            "Een POP-periode duurt hooguit twee jaar.", "A POP period lasts two years at most."
        )
    for name, (caption_nl, caption_en) in _TEXT_FIELDS.items():
        if len(getattr(draft, name)) > MAX_TEXT:
            problems[name] = t(
                f"'{caption_nl}' is te lang (max. {MAX_TEXT} tekens).",
                f"'{caption_en}' is too long (max {MAX_TEXT} characters).",
            )
    for item in draft.support:
        if item.kind not in SUPPORT_KINDS:
            problems["support"] = t("Onbekende soort ondersteuning.", "Unknown kind of support.")
        elif len(item.description) > MAX_TEXT:
            problems["support"] = t(
                "De omschrijving van de ondersteuning is te lang.",
                "The description of the support is too long.",
            )
    return problems


def check_overlap(
    session: Session, employee_id: int, start: date, end: date, exclude: int | None = None
) -> None:
    query = select(Pop.period_start, Pop.period_end).where(
        Pop.employee_id == employee_id, Pop.period_start <= end, Pop.period_end >= start
    )
    if exclude is not None:
        query = query.where(Pop.id != exclude)
    clash = session.execute(query.limit(1)).first()
    if clash is not None:
        other = f"{format_date(clash[0])} – {format_date(clash[1])}"
        raise ValidationError(
            t(
                f"Deze periode overlapt met een ander POP van deze medewerker ({other}).",
                f"This period overlaps another POP of this employee ({other}).",
            ),
            field="period_start",
        )


def apply_draft(pop: Pop, draft: PopDraft) -> None:
    pop.period_start = draft.period_start
    pop.period_end = draft.period_end
    for name in _TEXT_FIELDS:
        setattr(pop, name, getattr(draft, name))
    if not _same_support(pop, draft):  # equal rows stay: replacing them is no change
        pop.support = [PopSupport(kind=s.kind, description=s.description) for s in draft.support]


@edit_versions.retry_when_stale
def update_pop(ctx: ServiceContext, pop_id: int, draft: PopDraft) -> None:
    """Edit a plan that is not signed yet. A signed plan is locked (signed_versions.py): a
    change is refused until a new version is opened with change_after_signing; an evaluated
    plan is read-only. The autosaved draft of the form is discarded in the same transaction:
    kept when the save is refused."""
    raise_first(validate_pop(draft))
    with ctx.sessions.begin() as session:
        save_typed(session, load_pop(session, pop_id), draft)


def save_typed(session: Session, pop: Pop, draft: PopDraft | None) -> None:
    """Write what was typed on the POP page into `pop` within the caller's transaction, and
    drop the autosaved draft with it. Nothing typed (None): nothing to do."""
    if draft is None:
        return
    raise_first(validate_pop(draft))
    check_not_evaluated(pop)
    edit_versions.check_version(
        edit_versions.POP, pop, draft.row_version, lambda: pop_fields(pop, draft)
    )
    before = pop_content(session, pop) if pop.signoff is not None else None
    check_overlap(session, pop.employee_id, draft.period_start, draft.period_end, pop.id)
    apply_draft(pop, draft)
    if before is not None:
        refuse_change(POP, before, pop_content(session, pop))
    discard_in(session, POP_DRAFT, pop.id)


def _same_support(pop: Pop, draft: PopDraft) -> bool:
    return [(s.kind, s.description) for s in pop.support] == [
        (s.kind, s.description) for s in draft.support
    ]
