"""A missing or damaged DejaVu font file (a broken installation): the PDF is still made, with
the built-in Helvetica under the same style names, and the log says why. Run in a fresh Python:
ReportLab's font registry is global to the process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import io, logging, sys
from datetime import date
from pathlib import Path
from pypdf import PdfReader
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
import teamlead_app.reports.style as style
style.fonts_dir = lambda: Path(sys.argv[1])
story = [style.title_block("Gespreksverslag", "Łukasz Wiśniewski"), style.para("Tekst <b>& 😀")]
data = style.render_story(story, style.ReportMeta(title="Test", printed_on=date(2026, 11, 25)))
reader = PdfReader(io.BytesIO(data))
fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
print("PAGES", len(reader.pages))
print("FONTS", sorted(fonts))
print("PROBLEM", style.font_problem())
print("TEXT", "Tekst <b>&" in reader.pages[0].extract_text())
"""


def _render_with(fonts: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(fonts)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_pdf_falls_back_to_helvetica_with_a_log_message(tmp_path: Path, damage: str) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    if damage == "damaged":
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
            (fonts / name).write_bytes(b"\x00\x01\x00\x00 this is no font" * 10)
    result = _render_with(fonts)
    assert result.returncode == 0, result.stderr
    assert "PAGES 1" in result.stdout
    assert "Helvetica" in result.stdout.split("FONTS", 1)[1].splitlines()[0]
    assert "PROBLEM PDF font DejaVu Sans cannot be loaded" in result.stdout
    assert "TEXT True" in result.stdout
    assert "ERROR PDF font DejaVu Sans cannot be loaded" in result.stderr


def test_with_the_fonts_in_place_there_is_no_problem(tmp_path: Path) -> None:
    real = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    result = _render_with(real)
    assert result.returncode == 0, result.stderr
    assert "PROBLEM None" in result.stdout
    assert "DejaVuSans" in result.stdout.split("FONTS", 1)[1].splitlines()[0]
