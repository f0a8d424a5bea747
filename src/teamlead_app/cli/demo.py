"""`teamlead-app demo [--seed N] [--teams N] [--size N]`: the demo company in an empty file."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.demo.company import generate_company, validate_demo_request


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_demo(args: argparse.Namespace) -> int:
    # Check the numbers before open_db, which would create the database file.
    problems = validate_demo_request(args.teams, args.size)
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(f"--{name}: {message}", field=name)
    db = open_db(args)
    try:
        result = generate_company(db, seed=args.seed, teams=args.teams, size=args.size)
    finally:
        db.close()
    teams = _count(result.teams, "team", "teams")
    print(
        t(
            f"Demobedrijf gemaakt: {teams}, "
            f"{_count(result.employees, 'medewerker', 'medewerkers')}, "
            f"{result.archived} uit dienst.",
            f"Demo company made: {teams}, {_count(result.employees, 'employee', 'employees')}, "
            f"{result.archived} out of service.",
        )
    )
    return EXIT_OK
