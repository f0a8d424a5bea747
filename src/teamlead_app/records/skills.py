"""The plain data of craftsmanship: certificates, coverage per skill, the matrix view
(people × skills) and what the matrix export prints, with the ILUO level order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.models import ILUO_LEVELS


@dataclass(frozen=True)
class CertificateView:
    id: int
    employee_id: int
    employee: str
    team: str
    type_id: int
    type_name: str
    issued_on: date
    expires_on: date | None
    note: str
    status: str
    scan_name: str

    @property
    def has_scan(self) -> bool:
        return bool(self.scan_name)

    def days_left(self, today: date) -> int | None:
        return None if self.expires_on is None else (self.expires_on - today).days


MIN_QUALIFIED = 2


@dataclass(frozen=True)
class CoverageRow:
    skill_id: int
    skill: str
    group: str
    team_id: int | None
    team: str
    certificate_type: str
    qualified: int
    leaving: int
    away: int
    certificate_expiring: int
    holders: int
    position: int = 0

    @property
    def status(self) -> str:
        if self.qualified < MIN_QUALIFIED:
            return "red"
        at_risk = self.leaving or self.away or self.certificate_expiring
        if self.qualified == MIN_QUALIFIED and at_risk:
            return "amber"
        return "green"


@dataclass(frozen=True)
class MatrixPerson:
    id: int
    name: str
    function: str
    team: str
    leaving_on: date | None


@dataclass(frozen=True)
class MatrixCell:
    level: str
    knowledge_holder: bool
    required: str | None
    # False when the level is U/O but the required certificate is missing or expired.
    certified: bool


@dataclass(frozen=True)
class MatrixView:
    people: tuple[MatrixPerson, ...]
    skills: tuple[CoverageRow, ...]
    cells: dict[tuple[int, int], MatrixCell]

    def cell(self, employee_id: int, skill_id: int) -> MatrixCell:
        return self.cells.get((employee_id, skill_id), EMPTY_CELL)


EMPTY_CELL = MatrixCell("-", False, None, True)


LEVEL_RANK = {level: rank for rank, level in enumerate(ILUO_LEVELS)}


@dataclass(frozen=True)
class MatrixSection:
    """One team's matrix: its people × its skills (and the company-wide ones)."""

    team: str
    view: MatrixView


@dataclass(frozen=True)
class MatrixExportData:
    sections: tuple[MatrixSection, ...]
    team: str  # the one team asked for; "" for all teams
    printed_on: date
    company_name: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class SkillCardView:
    """The overview's craftsmanship card: its first lines in order, each a kind ("red",
    "amber", "single": a CoverageRow; "certificate": a CertificateView), and how many lines
    the whole card has (the rest are counted, never read)."""

    lines: tuple[tuple[str, CoverageRow | CertificateView], ...]
    total: int
