"""Everything stored about one person for the access export (inzage, domain §5.2): the rows
copied column by column from the models, one query per table, with the purposes, retention
and recipients of the data (`about_texts`). access.py packs it into the ZIP."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Agreement,
    AgreementFollowUp,
    Base,
    Conversation,
    ConversationAnswer,
    ConversationMove,
    Employee,
    ExportLog,
    Goal,
    GoalProgress,
    GoalStep,
    JobFunction,
    Pop,
    PopSupport,
    SignedVersion,
    Team,
    TemplateVersion,
)
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.records.privacy import AccessData
from teamlead_app.services.common.drafts import person_drafts_in
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.names import full_name
from teamlead_app.services.privacy.pairings import pairing_record
from teamlead_app.services.privacy.retention import (
    keep_until,
)
from teamlead_app.services.privacy.skills import certificate_record, rotation_record, skill_record
from teamlead_app.util.dates import format_date

FORMAT_VERSION = 1

# A person's tables: (record key, table, order, children); a child is (record key, table,
# foreign key to the parent, order). Every child is read with one query for all parents.
_Child = tuple[str, Any, str, tuple[Any, ...]]
_OWNED: tuple[tuple[str, Any, tuple[Any, ...], tuple[_Child, ...]], ...] = (
    (
        "conversations",
        Conversation,
        (Conversation.scheduled_at,),
        (
            ("answers", ConversationAnswer, "conversation_id", (ConversationAnswer.position,)),
            ("moves", ConversationMove, "conversation_id", ()),
        ),
    ),
    (
        "agreements",
        Agreement,
        (Agreement.created_on,),
        (("followups", AgreementFollowUp, "agreement_id", ()),),
    ),
    ("pops", Pop, (Pop.period_start,), (("support", PopSupport, "pop_id", ()),)),
    # What was signed, version by version (the lock step); the snapshot is content too.
    (
        "signed_versions",
        SignedVersion,
        (SignedVersion.kind, SignedVersion.record_id, SignedVersion.version),
        (),
    ),
    (
        "goals",
        Goal,
        (Goal.start_date,),
        (
            ("steps", GoalStep, "goal_id", (GoalStep.position,)),
            ("progress", GoalProgress, "goal_id", (GoalProgress.written_on,)),
        ),
    ),
)


def _columns(row: Base) -> dict[str, Any]:
    """Every stored column of one row, under its attribute name."""
    return {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs}


def _grouped(rows: Iterable[Base], key: str) -> dict[int, list[dict[str, Any]]]:
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        values = _columns(row)
        groups[values[key]].append(values)
    return groups


def _person(session: Session, employee_id: int) -> tuple[Employee, dict[str, Any]]:
    found = session.execute(
        select(Employee, Team, JobFunction)
        .outerjoin(Team, Team.id == Employee.team_id)
        .outerjoin(JobFunction, JobFunction.id == Employee.function_id)
        .where(Employee.id == employee_id)
    ).first()
    if found is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    employee, team, function = found
    person = _columns(employee)
    person["team"] = team.name if team else ""
    person["team_lead"] = team.lead_name if team else ""
    person["function"] = function.name if function else ""
    return employee, person


def _owned(
    session: Session, employee_id: int, model: Any, order: tuple[Any, ...], children: Any
) -> list[dict[str, Any]]:
    mine = select(model.id).where(model.employee_id == employee_id)
    query = select(model).where(model.employee_id == employee_id).order_by(*order, model.id)
    items = [_columns(row) for row in session.scalars(query)]
    for name, child, key, child_order in children:
        column = getattr(child, key)
        rows = session.scalars(
            select(child).where(column.in_(mine)).order_by(*child_order, child.id)
        )
        groups = _grouped(rows, key)
        for item in items:
            item[name] = groups.get(item["id"], [])
    return items


def _with_questions(session: Session, conversations: list[dict[str, Any]]) -> None:
    """Put the question of its template version beside each answer, and name the version."""
    ids = {c["template_version_id"] for c in conversations} - {None}
    templates = {
        tv.id: tv
        for tv in session.scalars(select(TemplateVersion).where(TemplateVersion.id.in_(ids)))
    }
    for item in conversations:
        template = templates.get(item["template_version_id"])
        questions: list[dict[str, str]] = json.loads(template.questions_json) if template else []
        item["template"] = (
            {"name": template.name, "version": template.version, "language": template.language}
            if template
            else None
        )
        for answer in item["answers"]:
            at = answer["position"]
            known = questions[at] if 0 <= at < len(questions) else {}
            answer["section"] = str(known.get("section", ""))
            answer["question"] = str(known.get("text", ""))


def _drafts(session: Session, employee_id: int) -> list[dict[str, Any]]:
    # On a company server this includes the drafts kept on this PC (services.common.drafts).
    return person_drafts_in(session, employee_id)


def _export_log(session: Session, employee: Employee) -> list[dict[str, Any]]:
    """Log rows whose scope names this person. Ids may be reused after a deletion: rows from
    before the person was created were about someone else."""
    token = f"employee={employee.id}"
    rows = session.scalars(
        select(ExportLog)
        .where(ExportLog.scope.contains(token), ExportLog.at >= employee.created_at)
        .order_by(ExportLog.at, ExportLog.id)
    )
    return [_columns(r) for r in rows if token in re.split(r"[\s,;]+", r.scope)]


def about_texts(retention_years: int, out_of_service: date | None = None) -> dict[str, str]:
    """Purposes, source, retention, recipients and rights (AVG art. 15), in the current
    language: printed in the PDF and stored in the JSON."""
    if out_of_service is None:
        kept = t(
            f"Tot {retention_years} jaar na de datum uit dienst.",
            f"Until {retention_years} years after the date out of service.",
        )
    else:
        until = format_date(keep_until(out_of_service, retention_years))
        kept = t(
            f"Tot {retention_years} jaar na de datum uit dienst: tot en met {until}.",
            f"Until {retention_years} years after the date out of service: up to {until}.",
        )
    return {
        "purposes": t(
            "Begeleiding en ontwikkeling in het werk: maandgesprekken en andere gesprekken, "
            "afspraken, ontwikkeldoelen en het POP, het plannen van gesprekken, en het "
            "jaaroverzicht voor HR.",
            "Guidance and development at work: monthly and other conversations, agreements, "
            "development goals and the POP, planning conversations, and HR's yearly overview.",
        ),
        "source": t(
            "Ingevoerd door de leidinggevende; personeelsgegevens soms ingelezen uit de "
            "HR-lijst. De gegevens staan in een lokaal bestand op de computer van de "
            "leidinggevende, niet in de cloud.",
            "Entered by the lead; personnel details sometimes imported from HR's list. The "
            "data is kept in a local file on the lead's computer, not in the cloud.",
        ),
        "retention": t(
            f"{kept} Daarna worden alle gegevens verwijderd, ook uit back-ups ouder dan de "
            "bewaartermijn.",
            f"{kept} After that all data is deleted, also from backups older than the "
            "retention period.",
        ),
        "recipients": t(
            "De leidinggevende: alles, ook de werkaantekeningen. De medewerker: verslagen en "
            "POP ter ondertekening, en alles via deze inzage. HR: het POP en aantallen "
            "gesprekken in het jaaroverzicht; nooit de werkaantekeningen of de maandscore. "
            "Niemand buiten de organisatie.",
            "The lead: everything, including the working notes. The employee: summaries and "
            "the POP to sign, and everything through this access export. HR: the POP and "
            "conversation counts in the yearly overview; never the working notes or the "
            "monthly score. No one outside the organisation.",
        ),
        "rights": t(
            "Je kunt vragen gegevens te verbeteren of aan te vullen, een eigen reactie laten "
            "toevoegen en bezwaar maken. Een klacht kun je indienen bij HR of bij de "
            "Autoriteit Persoonsgegevens.",
            "You can ask for data to be corrected or completed, have your own response "
            "added, and object. A complaint can be made to HR or to the Dutch Data "
            "Protection Authority (Autoriteit Persoonsgegevens).",
        ),
    }


def access_data(ctx: ServiceContext, employee_id: int, *, today: date | None = None) -> AccessData:
    """Everything stored about one person; NotFoundError for an unknown id."""
    settings = get_settings(ctx)
    with ctx.sessions() as session:
        employee, person = _person(session, employee_id)
        record: dict[str, Any] = {
            "format": "teamlead-app inzage",
            "format_version": FORMAT_VERSION,
            "created_on": today or date.today(),
            "employee_id": employee_id,
            "about": about_texts(settings.retention_years, employee.date_out_of_service),
            "person": person,
            **{key: _owned(session, employee_id, *spec) for key, *spec in _OWNED},
            "drafts": _drafts(session, employee_id),
            "export_log": _export_log(session, employee),
        }
        _with_questions(session, record["conversations"])
        record["skill_levels"] = skill_record(session, employee_id)
        record["certificates"], scans = certificate_record(session, employee_id)
        record["rotations"] = rotation_record(session, employee_id)
        record.update(pairing_record(session, employee_id))
        name = full_name(employee.first_name, employee.tussenvoegsel, employee.last_name)
    return AccessData(
        employee_id,
        name,
        record["created_on"],
        settings.company_name,
        record,
        settings.logo_path,
        tuple(scans),
    )
