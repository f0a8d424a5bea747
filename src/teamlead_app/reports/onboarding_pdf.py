"""A newcomer's onboarding plan (inwerkplan), A4 portrait: who, the buddy or leermeester, the
inwerkgesprekken with their dates and state, the checklist with boxes to tick, and the
first-year goals of the draft POP. Data in (OnboardingPdfData), bytes out."""

from __future__ import annotations

from reportlab.platypus import Flowable

from teamlead_app.data.statuses import PairingStatus
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.onboarding import OnboardingPdfData, OnboardingPlanView
from teamlead_app.reports.style import (
    Column,
    ReportMeta,
    data_table,
    details_table,
    empty_note,
    heading,
    para,
    render_story,
    title_block,
)
from teamlead_app.util.dates import format_date

_BOX, _TICKED = "☐", "☑"


def _state(status: str) -> str:
    if not status:
        return t("uit de planning gehaald", "removed from the planning")
    return label("conversation_status", status)


def _facts(plan: OnboardingPlanView) -> list[tuple[str, str]]:
    rows = [
        (t("Nieuwe collega", "Newcomer"), plan.name),
        (t("Soort", "Kind"), label("employee_kind", plan.kind)),
        (t("Functie", "Function"), plan.function),
        (t("Team", "Team"), plan.team),
        (t("Eerste werkdag", "First working day"), format_date(plan.start_on)),
    ]
    b = plan.buddy
    if b is None:
        rows.append((t("Buddy", "Buddy"), t("nog niet gekozen", "not chosen yet")))
    else:
        who = b.mentor or t("(verwijderd)", "(deleted)")
        status = (
            "" if b.status == PairingStatus.ACTIVE else f" ({label('pairing_status', b.status)})"
        )
        until = t(
            f"{format_date(b.start_on)} tot {format_date(b.planned_end_on)}",
            f"{format_date(b.start_on)} to {format_date(b.planned_end_on)}",
        )
        rows.append((label("pairing_kind", b.kind), f"{who}{status}, {until}"))
    return rows


def _talks(plan: OnboardingPlanView) -> list[Flowable]:
    story = heading(t("Inwerkgesprekken", "Onboarding talks"))
    if not plan.talks:
        return [*story, empty_note(t("Geen gesprekken gepland.", "No talks planned."))]
    columns = [
        Column(t("Moment", "Moment"), "16%"),
        Column(t("Datum", "Date"), "16%"),
        Column(t("Stand", "State"), "18%"),
        Column(t("Waarover", "About"), "*"),
    ]
    rows = [
        [v.label, format_date(v.day) if v.day else "–", _state(v.status), v.note]
        for v in plan.talks
    ]
    story.append(data_table(columns, rows))
    return story


def _checklist(plan: OnboardingPlanView) -> list[Flowable]:
    story = heading(t("Checklist", "Checklist"))
    if not plan.tasks:
        return [*story, empty_note(t("Geen checklist.", "No checklist."))]
    columns = [
        Column("", "6%"),
        Column(t("Wat", "What"), "*"),
        Column(t("Gedaan op", "Done on"), "18%"),
    ]
    rows = [
        [_TICKED if x.done_on else _BOX, x.text, format_date(x.done_on) if x.done_on else ""]
        for x in plan.tasks
    ]
    story.append(data_table(columns, rows))
    return story


def _goals(plan: OnboardingPlanView) -> list[Flowable]:
    story = heading(t("Eerstejaarsplan (concept-POP)", "First-year plan (draft POP)"))
    if not plan.goals:
        note = (
            t(
                "Nog geen doelen; vul ze in bij het gesprek van week 6.",
                "No goals yet; fill them in at the week-6 talk.",
            )
            if plan.pop_id is not None
            else t(
                "Geen concept-POP bij dit inwerkplan.", "No draft POP with this onboarding plan."
            )
        )
        return [*story, empty_note(note)]
    story.append(
        para(
            t(
                "Doelen uit de leerpunten van de functie, te bespreken in week 6:",
                "Goals from the function's gap skills, to discuss in week 6:",
            )
        )
    )
    story += [para(f"• {goal}") for goal in plan.goals]
    return story


def build_story(data: OnboardingPdfData) -> list[Flowable]:
    plan = data.plan
    return [
        title_block(t("Inwerkplan", "Onboarding plan"), plan.name),
        details_table(_facts(plan), label_width="32%"),
        *_talks(plan),
        *_checklist(plan),
        *_goals(plan),
    ]


def meta(data: OnboardingPdfData) -> ReportMeta:
    return ReportMeta(
        title=t("Inwerkplan", "Onboarding plan"),
        printed_on=data.printed_on,
        subject=data.plan.name,
        company=data.company_name,
        logo_path=data.logo_path,
    )


def render_pdf(data: OnboardingPdfData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
