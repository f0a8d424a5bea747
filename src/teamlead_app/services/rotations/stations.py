"""Stations (werkplekken) with a complexity and prerequisite skills, and the editable list of
rotation forms (domain §3.9)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import RotationForm, Station, StationSkill
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t


def _clean(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class RotationFormView:
    id: int
    name: str
    purpose: str
    duration: str


@dataclass(frozen=True)
class StationDraft:
    name: str
    team_id: int | None = None
    complexity: int = 1
    prerequisite_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StationView:
    id: int
    team_id: int | None
    name: str
    complexity: int
    prerequisite_ids: tuple[int, ...]


def list_forms(ctx: ServiceContext) -> list[RotationFormView]:
    with ctx.sessions() as session:
        rows = session.scalars(select(RotationForm).order_by(RotationForm.position))
        return [RotationFormView(f.id, f.name, f.purpose, f.duration) for f in rows]


def save_form(
    ctx: ServiceContext,
    view: RotationFormView | None,
    name: str,
    purpose: str = "",
    duration: str = "",
) -> int:
    """Add (view None) or change a rotation form; the name is required and unique."""
    name = _clean(name)
    if not name or len(name) > 200:
        raise ValidationError(
            t(
                "Naam van de roulatievorm is verplicht (max. 200 tekens).",
                "Rotation form name is required (max 200 characters).",
            ),
            field="name",
        )
    with ctx.sessions.begin() as session:
        other = session.scalar(
            select(RotationForm.id).where(func.lower(RotationForm.name) == name.lower())
        )
        if other is not None and (view is None or other != view.id):
            raise ValidationError(
                t(f"Er is al een roulatievorm '{name}'.", f"There already is a form '{name}'."),
                field="name",
            )
        if view is None:
            last = session.scalar(select(func.max(RotationForm.position))) or 0
            form = RotationForm(name=name, position=last + 1)
            session.add(form)
        else:
            found = session.get(RotationForm, view.id)
            if found is None:
                raise NotFoundError(t("Roulatievorm niet gevonden.", "Rotation form not found."))
            form = found
            form.name = name
        form.purpose = _clean(purpose)[:300]
        form.duration = _clean(duration)[:100]
        session.flush()
        return form.id


def save_station(ctx: ServiceContext, draft: StationDraft, station_id: int | None = None) -> int:
    name = _clean(draft.name)
    if not name or len(name) > 200:
        raise ValidationError(
            t(
                "Naam van de werkplek is verplicht (max. 200 tekens).",
                "Station name is required (max 200 characters).",
            ),
            field="name",
        )
    if draft.complexity not in (1, 2, 3):
        raise ValidationError(
            t(
                "Complexiteit is 1 (eenvoudig), 2 of 3 (complex).",
                "Complexity is 1 (simple), 2 or 3 (complex).",
            ),
            field="complexity",
        )
    with ctx.sessions.begin() as session:
        if station_id is None:
            station = Station(name=name)
            session.add(station)
        else:
            found = session.get(Station, station_id)
            if found is None:
                raise NotFoundError(t("Werkplek niet gevonden.", "Station not found."))
            station = found
        station.team_id = draft.team_id
        station.complexity = draft.complexity
        session.flush()
        session.query(StationSkill).filter(StationSkill.station_id == station.id).delete()
        for skill_id in dict.fromkeys(draft.prerequisite_ids):
            session.add(StationSkill(station_id=station.id, skill_id=skill_id))
        return station.id


def list_stations(ctx: ServiceContext, team_id: int | None = None) -> list[StationView]:
    with ctx.sessions() as session:
        query = select(Station)
        if team_id is not None:
            query = query.where((Station.team_id == team_id) | Station.team_id.is_(None))
        stations = list(session.scalars(query))
        needs: dict[int, list[int]] = {}
        for station_id, skill_id in session.execute(
            select(StationSkill.station_id, StationSkill.skill_id)
        ):
            needs.setdefault(station_id, []).append(skill_id)
    return sorted(
        (
            StationView(s.id, s.team_id, s.name, s.complexity, tuple(needs.get(s.id, ())))
            for s in stations
        ),
        key=lambda s: (s.complexity, s.name.lower()),
    )
