"""The administrator's user commands on the company database: `server add-user` (a lead or an
HR officer gets a login role in their group; a lead's teams are mapped) and `server hand-over`
(a colleague takes over a lead's teams with their shared history; the private notes stay with
their author unless handed over explicitly). The
rights themselves are enforced by PostgreSQL (data/server_roles.py). The app never sets or
keeps a password: IT sets it on the server (`ALTER ROLE ... PASSWORD` or psql's
`\\password NAME`)."""

from __future__ import annotations

import re

from teamlead_app.data import server, server_roles
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.storage.database import PasswordPrompt

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def _check_name(name: str, field: str) -> None:
    if not _ROLE_NAME.match(name) or name.startswith("teamlead_") or name.startswith("pg_"):
        raise ValidationError(
            t(
                f"'{name}' is geen bruikbare gebruikersnaam: gebruik kleine letters, cijfers, "
                "_ . of - (hoogstens 63 tekens), niet beginnend met teamlead_ of pg_.",
                f"'{name}' is not a usable user name: use lower-case letters, digits, _ . "
                "or - (at most 63 characters), not starting with teamlead_ or pg_.",
            ),
            field=field,
        )


def _missing_teams(missing: list[str]) -> ValidationError:
    names = ", ".join(missing)
    return ValidationError(
        t(
            f"Onbekend team: {names}. Er is niets gewijzigd; controleer de naam (zoals in "
            "de app) of maak het team eerst aan.",
            f"Unknown team: {names}. Nothing was changed; check the name (as in the app) "
            "or create the team first.",
        ),
        field="team",
    )


def add_user(
    url_text: str,
    name: str,
    role: str,
    teams: list[str],
    ask_password: PasswordPrompt | None = None,
) -> None:
    """Create (or complete) the user `name` as "lead" or "hr", in one transaction."""
    _check_name(name, "name")
    if role not in server_roles.GROUPS:
        raise ValidationError(t("Rol moet lead of hr zijn.", "Role must be lead or hr."))
    if role == "hr" and teams:
        raise ValidationError(
            t(
                "HR leest alle teams; --team hoort alleen bij een leidinggevende (lead).",
                "HR reads every team; --team belongs to a lead only.",
            ),
            field="team",
        )
    url = server.with_password(server.parse_url(url_text), ask_password)
    engine = server.make_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            missing = server_roles.add_user(connection, name, role, teams)
            if missing:
                raise _missing_teams(missing)
    finally:
        engine.dispose()


def hand_over(
    url_text: str,
    old: str,
    new: str,
    teams: list[str],
    ask_password: PasswordPrompt | None = None,
    private_notes: bool = False,
) -> list[str]:
    """The teams of lead `old` (all, or the named ones) go to lead `new`, with the teams'
    shared history; the private notes and scores too only when `private_notes`. Returns the
    team names handed over."""
    _check_name(old, "from")
    _check_name(new, "to")
    url = server.with_password(server.parse_url(url_text), ask_password)
    engine = server.make_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            for who in (old, new):
                if not server_roles.is_lead(connection, who):
                    raise ValidationError(
                        t(
                            f"{who} is geen leidinggevende op deze server (maak de "
                            "gebruiker eerst met `server add-user ... --role lead`).",
                            f"{who} is not a lead on this server (create the user first "
                            "with `server add-user ... --role lead`).",
                        )
                    )
            moved = server_roles.hand_over(connection, old, new, teams, private_notes)
            missing = [team for team in teams if team not in moved]
            if missing or not moved:
                raise ValidationError(
                    t(
                        f"{old} heeft geen team {', '.join(missing) or ''} om over te "
                        "dragen. Er is niets gewijzigd.",
                        f"{old} has no team {', '.join(missing) or ''} to hand over. "
                        "Nothing was changed.",
                    ),
                    field="team",
                )
            return moved
    finally:
        engine.dispose()
