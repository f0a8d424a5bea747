"""`teamlead-app import employees FILE [--team NAME] [--dry-run] [--skip-invalid]`.

Prints what the file holds (new, updated, unchanged, rejected) and every rejected row. Exit 0
when every row was good, 1 when rows were rejected (nothing written without --skip-invalid),
2 when the file itself cannot be used (one line on stderr, printed by `cli.run`)."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK, EXIT_REJECTED
from teamlead_app.cli.common import open_db
from teamlead_app.data.context import ServiceContext
from teamlead_app.i18n import t
from teamlead_app.services.people import importing
from teamlead_app.services.people.importing import ImportPreview


def _print_report(preview: ImportPreview) -> None:
    mapped = ", ".join(f"{c.column} → {c.label}" for c in preview.columns)
    print(t(f"Bestand: {preview.path.name}", f"File: {preview.path.name}"))
    print(t(f"Herkende kolommen: {mapped}", f"Recognised columns: {mapped}"))
    if preview.ignored_columns:
        ignored = ", ".join(preview.ignored_columns)
        print(t(f"Genegeerde kolommen: {ignored}", f"Ignored columns: {ignored}"))
    if preview.new_teams:
        teams = ", ".join(preview.new_teams)
        print(t(f"Nieuwe teams: {teams}", f"New teams: {teams}"))
    c = preview.counts
    print(
        t(
            f"Nieuw: {c.new}, bijgewerkt: {c.update}, ongewijzigd: {c.unchanged}, "
            f"afgekeurd: {c.rejected}",
            f"New: {c.new}, updated: {c.update}, unchanged: {c.unchanged}, rejected: {c.rejected}",
        )
    )
    if c.rejected:
        print(t("Afgekeurde rijen:", "Rejected rows:"))
        for problem in preview.problems:
            print(f"  {importing.format_problem(problem)}")


def cmd_import_employees(args: argparse.Namespace) -> int:
    db = open_db(args)  # first: it applies the user's language to every message below
    try:
        preview = importing.preview_file(db, args.file, args.team)
        _print_report(preview)
        return _save(db, preview, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    finally:
        db.close()


def _save(ctx: ServiceContext, preview: ImportPreview, *, dry_run: bool, skip_invalid: bool) -> int:
    exit_code = EXIT_REJECTED if preview.counts.rejected else EXIT_OK
    if dry_run:
        print(t("Proefdraai: er is niets opgeslagen.", "Dry run: nothing was saved."))
        return exit_code
    if preview.counts.rejected and not skip_invalid:
        print(
            t(
                "Er is niets opgeslagen. Verbeter de afgekeurde rijen, of gebruik "
                "--skip-invalid om alleen de goede rijen op te slaan.",
                "Nothing was saved. Fix the rejected rows, or use --skip-invalid to save "
                "only the valid rows.",
            )
        )
        return exit_code
    result = importing.commit(ctx, preview, skip_invalid=skip_invalid)
    print(
        t(
            f"Opgeslagen: {result.created} nieuw, {result.updated} bijgewerkt.",
            f"Saved: {result.created} new, {result.updated} updated.",
        )
    )
    if result.skipped:
        print(
            t(
                f"Afgekeurd en niet opgeslagen: {importing.rows(result.skipped)}.",
                f"Rejected and not saved: {importing.rows(result.skipped)}.",
            )
        )
    return exit_code
