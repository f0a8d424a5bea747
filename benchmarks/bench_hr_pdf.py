"""HR's yearly PDF against raw ReportLab platypus on a document of the same size, measured
interleaved (A B A B) so the shared machine's load hits both alike.

The raw document is what plain platypus does with the same content: the same page size and
margins, the same team tables (one row per employee, the same cell texts) and per employee the
same name line, month strip and goal table, as plain string cells in a `Table` and a
`Paragraph` per heading, on `SimpleDocTemplate` with a plain "page N" footer. It has no
"pagina X van Y", no keep-together and no wrapping cells: the floor the report's own layout is
measured against. Prints JSON: pages per second of each, the pairwise ratio report/raw (median,
range). Target: at least 0.7.

    .venv/bin/python benchmarks/bench_hr_pdf.py [--db PATH] [--year YYYY] [--pairs 5]

Give `--db` a copy of the cached benchmark database: opening one migrates it.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import big_database
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from teamlead_app.records.year_overview import YearOverview, month_names
from teamlead_app.reports import year_overview_pdf
from teamlead_app.reports.style import FONT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, register_fonts
from teamlead_app.reports.year_overview_team import _numbers, _signed
from teamlead_app.services.exports.year_overview import overview_data
from teamlead_app.services.storage.database import open_database


def _raw_story(data: YearOverview) -> list[Any]:
    sheet = getSampleStyleSheet()
    grid = TableStyle(
        [("FONT", (0, 0), (-1, -1), FONT, 8), ("GRID", (0, 0), (-1, -1), 0.3, "grey")]
    )
    story: list[Any] = [Paragraph(f"Jaaroverzicht {data.year}", sheet["Title"])]
    for team in data.teams:
        story.append(PageBreak())
        story.append(Paragraph(team.name or "-", sheet["Heading2"]))
        rows = [["Naam", "Functie", "POP", "Getekend", *["x"] * 8]]
        rows += [
            [e.name, e.function, e.pop_status, _signed(e), *_numbers(e)] for e in team.employees
        ]
        story.append(Table(rows, repeatRows=1, style=grid))
    for team in data.teams:
        story.append(PageBreak())
        for e in team.employees:
            story.append(Paragraph(f"{e.name} {e.function}", sheet["Heading4"]))
            held = e.conversations.held_by_month
            strip = [
                ["", *month_names()],
                ["Gesprekken", *(str(held.get(m, 0)) for m in range(1, 13))],
            ]
            story.append(Table(strip, style=grid))
            if e.goals:
                goals = [
                    [
                        g.what,
                        g.category,
                        g.status,
                        str(g.target_date),
                        f"{g.steps_done}/{g.steps_total}",
                    ]
                    for g in e.goals
                ]
                story.append(Table(goals, style=grid))
    return story


def _raw_pdf(data: YearOverview) -> bytes:
    buffer = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont(FONT, 8)
        canvas.drawRightString(doc.pagesize[0] - MARGIN_X, 20, f"page {doc.page}")

    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build(_raw_story(data), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _timed(make: Any) -> tuple[float, int, float]:
    """Wall seconds, pages, and the CPU seconds of this process (less swayed by other jobs on
    a shared machine than the wall clock)."""
    start, cpu = time.perf_counter(), time.process_time()
    pdf = make()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return seconds, len(PdfReader(io.BytesIO(pdf)).pages), cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    db = open_database(args.db or big_database(history=True))
    data = overview_data(db, args.year)
    db.close()
    register_fonts()
    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401

        accel = True
    except ImportError:
        accel = False
    report: list[tuple[float, int, float]] = []
    raw: list[tuple[float, int, float]] = []
    for _ in range(args.pairs):
        report.append(_timed(lambda: year_overview_pdf.render_pdf(data)))
        raw.append(_timed(lambda: _raw_pdf(data)))
    ratios = [(p / s) / (rp / rs) for (s, p, _), (rs, rp, _) in zip(report, raw, strict=True)]
    cpu_ratios = [(p / c) / (rp / rc) for (_, p, c), (_, rp, rc) in zip(report, raw, strict=True)]
    print(
        json.dumps(
            {
                "employees": len(data.employees),
                "rl_accel": accel,
                "report_pages": report[0][1],
                "raw_pages": raw[0][1],
                "report_s": [round(s, 2) for s, _, _ in report],
                "raw_s": [round(s, 2) for s, _, _ in raw],
                "report_pages_per_s": round(statistics.median(p / s for s, p, _ in report), 1),
                "raw_pages_per_s": round(statistics.median(p / s for s, p, _ in raw), 1),
                "ratio_median": round(statistics.median(ratios), 2),
                "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)],
                "cpu_ratio_median": round(statistics.median(cpu_ratios), 2),
                "cpu_ratio_range": [round(min(cpu_ratios), 2), round(max(cpu_ratios), 2)],
                "target_ratio": 0.7,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
