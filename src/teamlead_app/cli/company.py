"""`teamlead-app company-overview [--year Y] [--json]`: HR's company page on the command line,
through the same service (services/conversations/company_overview.py)."""

from __future__ import annotations

import argparse
import json
import unicodedata

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db
from teamlead_app.i18n import t
from teamlead_app.records.company import CompanyOverview, TeamCoverage, percent_text
from teamlead_app.services.conversations.company_overview import company_overview


def _headers() -> list[str]:
    return [
        t("Team", "Team"),
        t("Leidinggevende", "Lead"),
        t("Mensen", "People"),
        t("Gesprekken", "Talks"),
        t("Dekking", "Coverage"),
        t("Verplaatst", "Moved"),
        t("Geannuleerd", "Cancelled"),
        t("Gemist", "Missed"),
        t("Nu te laat", "Overdue now"),
        t("Geen POP", "No POP"),
        t("POP concept", "POP draft"),
        t("POP akkoord", "POP agreed"),
        t("POP geëvalueerd", "POP evaluated"),
        t("Doelen open", "Goals open"),
        t("Doelen behaald", "Goals achieved"),
    ]


def _cells(line: TeamCoverage, name: str) -> list[str]:
    return [
        name,
        ", ".join(line.leads) or "–",
        str(line.people),
        f"{line.months_held}/{line.months_due}",
        percent_text(line.coverage),
        str(line.moved),
        str(line.cancelled),
        str(line.missed),
        "–" if line.overdue is None else str(line.overdue),
        str(line.pop_none),
        str(line.pop_draft),
        str(line.pop_agreed),
        str(line.pop_evaluated),
        str(line.goals_open),
        str(line.goals_achieved),
    ]


def _width(text: str) -> int:
    """Terminal columns: wide characters (emoji, CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _print_table(rows: list[list[str]]) -> None:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell + " " * (widths[i] - _width(cell)) if i < 2 else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())


def _json(data: CompanyOverview) -> dict[str, object]:
    def one(line: TeamCoverage) -> dict[str, object]:
        return {
            "team_id": line.team_id,
            "team": line.name,
            "leads": list(line.leads),
            "people": line.people,
            "months_held": line.months_held,
            "months_due": line.months_due,
            "coverage": None if line.coverage is None else round(line.coverage, 4),
            "held": line.held,
            "moved": line.moved,
            "cancelled": line.cancelled,
            "missed": line.missed,
            "overdue_now": line.overdue,
            "pop": {
                "none": line.pop_none,
                "draft": line.pop_draft,
                "agreed": line.pop_agreed,
                "evaluated": line.pop_evaluated,
            },
            "goals_open": line.goals_open,
            "goals_achieved": line.goals_achieved,
        }

    return {"year": data.year, "teams": [one(x) for x in data.teams], "total": one(data.totals)}


def cmd_company_overview(args: argparse.Namespace) -> int:
    db = open_db(args)
    data = company_overview(db, args.year)
    if args.json:
        print(json.dumps(_json(data), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(t(f"Bedrijfsoverzicht {data.year}", f"Company overview {data.year}"))
    if data.is_empty:
        print(
            t(
                f"Niemand in dienst in {data.year}: voeg mensen toe of importeer het team.",
                f"Nobody in service in {data.year}: add people or import the team.",
            )
        )
        return EXIT_OK
    no_team = t("(zonder team)", "(no team)")
    rows = [_headers()]
    rows += [_cells(line, line.name or no_team) for line in data.teams]
    rows.append(_cells(data.totals, t("Totaal", "Total")))
    _print_table(rows)
    return EXIT_OK
