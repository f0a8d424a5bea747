"""Who may change what, asked by services and by the UI before offering a button: the same
rules as the company server's (data/server_roles.py) and as the check every flush of a
restricted user makes (data/write_rules.py). A lead changes the people of their own team(s)
and what hangs off them; HR changes nothing; the user of a database file and the server's
administrator change everything."""

from __future__ import annotations

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.write_rules import NotAllowedError, hr_reads_only, own_teams_only

__all__ = ["NotAllowedError", "can_write", "may_change_team", "require_team", "require_write"]


def can_write(ctx: ServiceContext) -> bool:
    """Whether this user changes anything at all (False for HR: write buttons are off)."""
    return not ctx.read_only


def may_change_team(ctx: ServiceContext, team_id: int | None) -> bool:
    """Whether this user may change the people of `team_id` (None: someone in no team)."""
    if not can_write(ctx):
        return False
    return ctx.user is None or ctx.user.leads_team(team_id)


def require_write(ctx: ServiceContext) -> None:
    if not can_write(ctx):
        raise hr_reads_only()


def require_team(ctx: ServiceContext, team_id: int | None) -> None:
    require_write(ctx)
    if not may_change_team(ctx, team_id):
        raise own_teams_only()
