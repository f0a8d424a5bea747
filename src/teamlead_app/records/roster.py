"""What the team roster (Teamoverzicht) prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RosterPerson:
    """One line of the roster. `kind` and `stage` are codes; the report labels them."""

    id: int
    list_name: str
    personnel_number: str
    function: str
    kind: str
    stage: str
    date_in_service: date | None


@dataclass(frozen=True)
class RosterTeam:
    """A team with its active people. `team_id` None is the group of people without a team."""

    team_id: int | None
    name: str
    lead_name: str
    location: str
    people: tuple[RosterPerson, ...]

    @property
    def head_count(self) -> int:
        return len(self.people)


@dataclass(frozen=True)
class RosterData:
    """The team roster: one team (`single_team`) or all teams, active people only."""

    teams: tuple[RosterTeam, ...]
    printed_on: date
    company_name: str = ""
    logo_path: str = ""
    single_team: bool = False

    @property
    def head_count(self) -> int:
        return sum(team.head_count for team in self.teams)
