"""Bewijs van bekwaamheid (proof of competence, domain §3.12): the skills a person masters
(level U or O) with the day it was signed off, who signed it off (the host of a rotation)
and the rotation it came from; a signature line for the host, the lead and the employee."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.rotations import CompetenceData
from teamlead_app.reports.style import (
    Column,
    ReportMeta,
    Signer,
    clip,
    data_table,
    details_table,
    empty_note,
    heading,
    para,
    render_story,
    signature_block,
    styles,
    title_block,
)
from teamlead_app.util.dates import format_date


def _title() -> str:
    return t("Bewijs van bekwaamheid", "Proof of competence")


def build_story(data: CompetenceData) -> list[Flowable]:
    story: list[Flowable] = [
        title_block(
            f"{_title()} – {data.employee}",
            t(f"Stand op {format_date(data.printed_on)}", f"As of {format_date(data.printed_on)}"),
        ),
        details_table(
            [
                (t("Naam", "Name"), data.employee),
                (t("Functie", "Function"), data.function),
                (t("Team", "Team"), data.team),
            ]
        ),
        Spacer(1, 4),
        para(
            t(
                "Hieronder staan de vaardigheden die deze medewerker zelfstandig beheerst (U) of "
                "kan opleiden (O), met de datum van aftekenen en wie heeft afgetekend.",
                "Below are the skills this employee masters independently (U) or can teach "
                "(O), with the day of sign-off and who signed off.",
            ),
            styles().body,
        ),
        *heading(t("Verworven vaardigheden", "Acquired skills")),
    ]
    if not data.skills:
        story.append(
            empty_note(
                t(
                    "Nog geen vaardigheid afgetekend op U of O.",
                    "No skill signed off at U or O yet.",
                )
            )
        )
    else:
        columns = [
            Column(t("Vaardigheid", "Skill"), "*"),
            Column(t("Niveau", "Level"), 110),
            Column(t("Afgetekend op", "Signed off on"), 80),
            Column(t("Door", "By"), "18%"),
            Column(t("Via", "Through"), "26%"),
        ]
        rows = [
            [
                s.skill,
                f"{s.level} – {label('iluo_level', s.level)}",
                format_date(s.since),
                s.assessor,
                s.via or t("Vakmanschapsmatrix", "Skills matrix"),
            ]
            for s in data.skills
        ]
        story.append(data_table(columns, rows))
    host = ", ".join(data.hosts)
    story.append(
        signature_block(
            [
                Signer(t("Begeleider", "Host"), clip(host)),
                Signer(t("Leidinggevende", "Lead"), clip(data.lead_name)),
                Signer(t("Medewerker", "Employee"), clip(data.employee)),
            ],
            t("Ondertekening", "Signatures"),
        )
    )
    return story


def render_pdf(data: CompetenceData, *, invariant: bool = False) -> bytes:
    meta = ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=data.employee,
        company=data.company_name,
        logo_path=data.logo_path,
    )
    return render_story(build_story(data), meta, invariant=invariant)
