"""The steps a foreman takes around pairings from more than one screen: a new or changed
pairing through the pairing form (one save call), and a newcomer's onboarding: offered after
adding a starter, intern, BBL apprentice or zij-instromer, planned with one call, followed by
the pairing form for the buddy (prefilled with the newcomer and the kind)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from teamlead_app.errors import AppError
from teamlead_app.services.pairings import onboarding_plan, pairings
from teamlead_app.services.pairings import suggestions as pairing_suggestions
from teamlead_app.services.pairings.rules import PairingCheck, PairingDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.conflicts import save_or_resolve
from teamlead_app.ui.errors import show_error
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext
    from teamlead_app.records.pairings import PairingView


def trained_marks(ctx: ServiceContext) -> dict[int, str]:
    """Person id -> "12-03-2025 · vakschool" of their newest buddy training."""
    found: dict[int, str] = {}
    for t in pairings.buddy_trainings(ctx):  # newest first
        found.setdefault(t.employee_id, f"{format_date(t.trained_on)} · {t.how}".rstrip(" ·"))
    return found


def ask_pairing(
    parent: QWidget,
    ctx: ServiceContext,
    *,
    mentee_id: int | None = None,
    kind: str | None = None,
    existing: PairingView | None = None,
) -> int | None:
    """The pairing form, new or changing `existing`; saved with one call. The saved id, or
    None when cancelled or refused (the refusal shown)."""
    from teamlead_app.ui.dialogs.pairing_dialog import PairingDialog

    staff = [(e.id, e.list_name) for e in people.list_employees(ctx)]
    pairing_id = existing.id if existing is not None else None

    def suggest(mentee: int, chosen_kind: str) -> pairing_suggestions.Suggestions:
        return pairing_suggestions.suggest(ctx, mentee, chosen_kind)

    def check(draft: PairingDraft) -> PairingCheck:
        return pairings.check_draft(ctx, draft, pairing_id)

    draft = PairingDialog.ask(
        parent,
        staff,
        trained_marks(ctx),
        suggest,
        check,
        mentee_id=mentee_id,
        kind=kind,
        existing=existing,
    )
    if draft is None:
        return None
    try:  # saved by someone else meanwhile: the conflict dialog asks (ui/conflicts.py)
        result = save_or_resolve(
            parent,
            lambda version, _knowingly: pairings.save_pairing(
                ctx, replace(draft, row_version=version), pairing_id
            ),
            draft.row_version,
        )
    except AppError as exc:
        show_error(parent, exc)
        return None
    return result.value.id if result.value is not None else None


def offer_onboarding(parent: QWidget, ctx: ServiceContext, employee_id: int) -> bool:
    """For a newcomer without a plan: the onboarding form, then the buddy. True when planned."""
    from teamlead_app.ui.dialogs.onboarding_dialog import OnboardingDialog

    proposal = onboarding_plan.propose_onboarding(ctx, employee_id)
    if proposal.has_plan:
        return False
    draft = OnboardingDialog.ask(parent, proposal)
    if draft is None:
        return False
    try:
        result = onboarding_plan.start_onboarding(ctx, draft)
    except AppError as exc:
        show_error(parent, exc)
        return False
    if result.warnings:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PairingFlow", "Onboarding planned"),
            "\n".join(result.warnings),
        )
    ask_pairing(parent, ctx, mentee_id=employee_id, kind=proposal.pairing_kind)
    return True


def offer_if_newcomer(parent: QWidget, ctx: ServiceContext, employee_id: int) -> bool:
    """After adding a person: a starter, junior, intern, BBL apprentice or zij-instromer is
    offered the onboarding plan."""
    row = people.get_employee(ctx, employee_id).row
    if row.archived or not onboarding_plan.is_newcomer(row.kind, row.stage):
        return False
    return offer_onboarding(parent, ctx, employee_id)
