"""HR's company page (Bedrijfsoverzicht): per team its lead(s), people, the coverage of the
monthly talks, the moved, cancelled and missed talks, who is overdue now, the POPs by status
and the goals; and the company's totals. Counts only: no names of people, no note, no score.
Computed by services/conversations/company_overview.py."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from teamlead_app.i18n import language


@dataclass(frozen=True)
class TeamCoverage:
    """One team (team_id None and name "": the people without a team) or the company."""

    team_id: int | None
    name: str
    leads: tuple[str, ...] = ()
    people: int = 0
    # The yearly overview's coverage rule (records/year_overview.py: counted_months): months
    # in service that have passed, and months of those with a held talk.
    months_due: int = 0
    months_held: int = 0
    held: int = 0
    moved: int = 0
    cancelled: int = 0
    missed: int = 0
    # People overdue for their talk today (services/conversations/cadence.py); None for
    # another year than the current one (the count is about today).
    overdue: int | None = None
    pop_none: int = 0
    pop_draft: int = 0
    pop_agreed: int = 0
    pop_evaluated: int = 0
    goals_open: int = 0
    goals_achieved: int = 0

    @property
    def coverage(self) -> float | None:
        """Held / due; None when no month was due yet."""
        return self.months_held / self.months_due if self.months_due else None


_COUNTS = tuple(
    f.name for f in fields(TeamCoverage) if f.name not in {"team_id", "name", "leads", "overdue"}
)


def total_of(teams: tuple[TeamCoverage, ...], *, overdue_known: bool) -> TeamCoverage:
    """The company line: every count summed."""
    values = {name: sum(getattr(team, name) for team in teams) for name in _COUNTS}
    overdue = sum(team.overdue or 0 for team in teams) if overdue_known else None
    return TeamCoverage(None, "", (), overdue=overdue, **values)


@dataclass(frozen=True)
class CompanyOverview:
    year: int
    today: date
    teams: tuple[TeamCoverage, ...]
    totals: TeamCoverage

    @property
    def is_empty(self) -> bool:
        """Nobody in service in the year: the page shows guidance instead of zeros."""
        return self.totals.people == 0


def percent_text(value: float | None) -> str:
    """A coverage as people read it: "87 %" in Dutch, "87%" in English, "–" when nothing
    was due yet. Rounded as the yearly overview's PDF rounds, so the page and the printed
    overview HR compares it with show the same figure."""
    if value is None:
        return "–"
    whole = round(value * 100)
    return f"{whole}\u00a0%" if language() != "en" else f"{whole}%"
