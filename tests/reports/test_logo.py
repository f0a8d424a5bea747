"""The company logo from the settings prints in the header; a missing or broken file never
stops a printout."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.exports.roster import export_roster
from teamlead_app.services.people import employees as people


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_logo_is_drawn_on_every_page(ctx: ServiceContext, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (61, 110, 143)).save(logo)
    people.save_employee(ctx, people.EmployeeDraft(first_name="Jan", last_name="Smit"))
    assert _images(export_roster(ctx, None)) == 0
    save_settings(ctx, replace(get_settings(ctx), company_name="Metaal B.V.", logo_path=str(logo)))
    pdf = export_roster(ctx, None)
    assert _images(pdf) == len(PdfReader(io.BytesIO(pdf)).pages) >= 1


def test_broken_or_missing_logo_prints_without_it(ctx: ServiceContext, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.png"
    broken.write_bytes(b"not an image")
    for path in (broken, tmp_path / "weg.png"):
        save_settings(ctx, replace(get_settings(ctx), logo_path=str(path)))
        pdf = export_roster(ctx, None)
        assert pdf.startswith(b"%PDF") and _images(pdf) == 0
