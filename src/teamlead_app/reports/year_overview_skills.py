"""The craftsmanship figures in the yearly overview: per team the skill coverage (red, amber,
green), the rotations held in the year with their outcomes and the certificates that expired.
Only counts and team names; team names go through `para()`, which escapes them."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, TableStyle

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.year_overview import ROTATION_OUTCOME_ORDER, SkillsYear, TeamYear
from teamlead_app.reports.style import MUTED, Column, data_table, fit_width
from teamlead_app.util.dates import format_date


def outcome_label(outcome: str) -> str:
    if not outcome:
        return t("nog te evalueren", "not evaluated yet")
    return label("rotation_outcome", outcome)


def outcomes_text(s: SkillsYear) -> str:
    """ "4 (2 doorgaan, 1 nog niet, 1 niet voor mij)": every outcome that occurred."""
    parts = [
        f"{s.rotations[o]} {outcome_label(o).lower()}"
        for o in (*ROTATION_OUTCOME_ORDER, "")
        if s.rotations.get(o)
    ]
    return f"{s.rotations_held} ({', '.join(parts)})" if parts else "0"


def skills_line(s: SkillsYear) -> str:
    """One line under a team's heading."""
    return t(
        f"Vaardigheden: {s.red} rood, {s.amber} oranje, {s.green} groen · roulaties: "
        f"{outcomes_text(s)} · certificaten verlopen: {s.certificates_expired}",
        f"Skills: {s.red} red, {s.amber} amber, {s.green} green · rotations: "
        f"{outcomes_text(s)} · certificates expired: {s.certificates_expired}",
    )


def skills_table(teams: tuple[TeamYear, ...], total: SkillsYear) -> Flowable:
    """Per team and in total: coverage, rotations by outcome, certificates expired."""
    outcomes = [*ROTATION_OUTCOME_ORDER, ""]
    titles = [
        t("Rood", "Red"),
        t("Oranje", "Amber"),
        t("Groen", "Green"),
        t("Roulaties", "Rotations"),
        *[outcome_label(o).capitalize() for o in outcomes],
        t("Certificaten verlopen", "Certificates expired"),
    ]
    rows: list[list[Any]] = []
    for name, s in [
        (team.name or t("Zonder team", "Without a team"), team.skills) for team in teams
    ]:
        rows.append(_row(name, s, outcomes))
    rows.append(_row(t("Totaal (ook bedrijfsbreed)", "Total (also company-wide)"), total, outcomes))
    columns = [Column(t("Team", "Team"), "*")] + [
        Column(title, fit_width(title, ["999"], cap=80), "RIGHT") for title in titles
    ]
    table = data_table(columns, rows)
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)]))
    return table


def _row(name: str, s: SkillsYear, outcomes: list[str]) -> list[Any]:
    return [
        name,
        str(s.red),
        str(s.amber),
        str(s.green),
        str(s.rotations_held),
        *[str(s.rotations.get(o, 0)) for o in outcomes],
        str(s.certificates_expired),
    ]


def skills_legend(printed_on: Any) -> str:
    return t(
        f"Dekking per vaardigheid op {format_date(printed_on)}: rood = minder dan 2 "
        "bekwaam (U/O), oranje = precies 2 en één van hen op roulatie, vertrekkend of met "
        "een certificaat dat binnenkort verloopt. Bedrijfsbrede vaardigheden tellen alleen "
        "in het totaal. Roulaties: begonnen in of lopend door dit jaar, naar uitkomst; "
        "'niet voor mij' is een geldige uitkomst.",
        f"Coverage per skill on {format_date(printed_on)}: red = fewer than 2 qualified "
        "(U/O), amber = exactly 2 with one of them on rotation, leaving or with a certificate "
        "expiring soon. Company-wide skills count in the total only. Rotations: started in or "
        "running through this year, by outcome; 'not for me' is a valid outcome.",
    )
