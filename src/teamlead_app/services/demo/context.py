"""What a demo history step gets (see the docstring of company.py): the company's teams and
people with their story tags, the seed's generators and the pinned date."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

# Story tags on DemoPerson.tags, for history steps that tell the §7 stories.
TAG_KENNISDRAGER = "kennisdrager"  # the team's specialist ("petje"), see DemoTeam.specialism
TAG_WANTS_PREP = "wil_werkvoorbereiding"  # a monteur who wants to try work preparation
TAG_TEMP = "uitzendkracht"  # agency worker
TAG_FORMER_BAKER = "oud_bakker"  # the zij-instromer of the first team, 8 months in service
TAG_WEEK_6 = "week_6"  # the zij-instromer of the second team, in his sixth week


@dataclass(frozen=True)
class DemoTeam:
    id: int
    name: str
    lead_name: str
    location: str
    specialism: str


@dataclass(frozen=True)
class DemoPerson:
    id: int
    team_id: int
    first_name: str
    function: str
    kind: str
    stage: str
    date_in_service: date
    date_out_of_service: date | None
    tags: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return self.date_out_of_service is None


@dataclass(frozen=True)
class DemoContext:
    """What a history step gets: the seed's generators, the pinned date, the company made."""

    seed: int
    rng: random.Random
    today: date
    teams: tuple[DemoTeam, ...]
    people: tuple[DemoPerson, ...]

    @property
    def team_ids(self) -> list[int]:
        return [team.id for team in self.teams]

    @property
    def employee_ids(self) -> list[int]:
        return [person.id for person in self.people]

    def rng_for(self, step: str) -> random.Random:
        """A generator of its own per step: steps stay stable when another step is added."""
        return random.Random(f"{self.seed}:{step}")

    def in_team(self, team_id: int, *, active: bool = True) -> list[DemoPerson]:
        return [p for p in self.people if p.team_id == team_id and (p.active or not active)]

    def tagged(self, tag: str) -> list[DemoPerson]:
        return [p for p in self.people if tag in p.tags]


HistoryStep = Callable[[Session, DemoContext], None]
