"""The yearly POP overview as a report HR hands to management: a summary page with the totals
and a chart, a page per team, then a compact block per employee. Shared fields only."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from teamlead_app.i18n import t
from teamlead_app.labels import choices, label
from teamlead_app.reports.style import (
    FONT,
    Column,
    ReportMeta,
    content_width,
    data_table,
    details_table,
    empty_note,
    fit_width,
    heading,
    para,
    render_story,
    styles,
    title_block,
)
from teamlead_app.services.year_overview import EmployeeYear, TeamYear, Totals, YearOverview
from teamlead_app.util.dates import format_date
from teamlead_app.util.progress import NO_PROGRESS, Progress

GOAL_STATUS_ORDER = ("open", "in_progress", "achieved", "stopped", "postponed")
MAX_CHART_TEAMS = 10


def _pct(part: int, whole: int) -> str:
    return f"{part} / {whole} ({round(100 * part / whole) if whole else 0}%)"


def _totals_rows(totals: Totals) -> list[tuple[str, str]]:
    c = totals.conversations
    return [
        (t("Medewerkers", "Employees"), str(totals.employees)),
        (
            t("Met afgesproken POP", "With an agreed POP"),
            _pct(totals.with_agreed_pop, totals.employees),
        ),
        (
            t("Maanden met een gevoerd gesprek", "Months with a held conversation"),
            _pct(totals.months_held, totals.months_in_service),
        ),
        (
            t("Gesprekken", "Conversations"),
            t(
                f"{c.held} gevoerd, {c.planned} gepland, {c.moved} verplaatst, "
                f"{c.cancelled} geannuleerd",
                f"{c.held} held, {c.planned} planned, {c.moved} moved, {c.cancelled} cancelled",
            ),
        ),
        (
            t("Ontwikkeldoelen", "Development goals"),
            t(
                f"{totals.goal_count} in totaal: {totals.goals_with('achieved')} bereikt, "
                f"{totals.goals_with('open') + totals.goals_with('in_progress')} lopend, "
                f"{totals.goals_with('stopped')} gestopt",
                f"{totals.goal_count} in all: {totals.goals_with('achieved')} achieved, "
                f"{totals.goals_with('open') + totals.goals_with('in_progress')} running, "
                f"{totals.goals_with('stopped')} stopped",
            ),
        ),
    ]


def _coverage_chart(teams: tuple[TeamYear, ...]) -> Drawing:
    """POP coverage and conversation coverage per team, as horizontal bars in percent."""
    width = content_width(landscape_page=True)
    height = 54 + 26 * len(teams)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 40
    chart.width, chart.height = width - 170, height - 50
    chart.data = [
        [round(100 * team.totals.pop_coverage) for team in reversed(teams)],
        [round(100 * team.totals.conversation_coverage) for team in reversed(teams)],
    ]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.categoryAxis.categoryNames = [team.name[:28] or "–" for team in reversed(teams)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor("#3d6e8f")
    chart.bars[1].fillColor = colors.HexColor("#9bbad0")
    chart.barSpacing = 1
    drawing.add(chart)
    for index, (text, colour) in enumerate(
        (
            (t("% met afgesproken POP", "% with agreed POP"), "#3d6e8f"),
            (t("% maanden met gesprek", "% months with a conversation"), "#9bbad0"),
        )
    ):
        drawing.add(
            String(
                150 + index * 180,
                4,
                f"■ {text}",
                fontName=FONT,
                fontSize=8,
                fillColor=colors.HexColor(colour),
            )
        )
    return drawing


def _coverage_table(teams: tuple[TeamYear, ...]) -> Flowable:
    columns = [
        Column(t("Team", "Team"), "*"),
        Column(t("Medewerkers", "Employees"), 80, "RIGHT"),
        Column(t("Met afgesproken POP", "With agreed POP"), 130, "RIGHT"),
        Column(t("Maanden met gesprek", "Months with a conversation"), 150, "RIGHT"),
    ]
    rows = [
        [
            team.name or t("Zonder team", "Without a team"),
            str(team.totals.employees),
            _pct(team.totals.with_agreed_pop, team.totals.employees),
            _pct(team.totals.months_held, team.totals.months_in_service),
        ]
        for team in teams
    ]
    return data_table(columns, rows)


def _goals_by_category(totals: Totals) -> Flowable:
    columns = [Column(t("Categorie", "Category"), "*")] + [
        Column(label("goal_status", s), 58, "RIGHT") for s in GOAL_STATUS_ORDER
    ]
    rows = []
    for code, name in choices("goal_category"):
        counts = totals.goals.get(code, {})
        if sum(counts.values()):
            rows.append([name, *(str(counts.get(s, 0)) for s in GOAL_STATUS_ORDER)])
    if not rows:
        return empty_note(t("Geen ontwikkeldoelen in dit jaar.", "No development goals this year."))
    return data_table(columns, rows)


def _summary(data: YearOverview) -> list[Flowable]:
    scope = data.team or t("alle teams", "all teams")
    story: list[Flowable] = [
        title_block(
            t(f"Jaaroverzicht POP {data.year}", f"Yearly POP overview {data.year}"),
            f"{data.company} · {scope}" if data.company else scope,
        ),
        para(
            t(
                "Alleen gedeelde gegevens: geen werkaantekeningen, geen antwoorden uit de "
                "gesprekken en geen maandscores.",
                "Shared data only: no working notes, no answers from the conversations and "
                "no monthly scores.",
            ),
            styles().muted,
        ),
        Spacer(1, 6),
    ]
    if not data.employees:
        story.append(
            empty_note(
                t(
                    f"Er zijn geen gegevens voor {data.year}: niemand was dat jaar in dienst.",
                    f"There is no data for {data.year}: nobody was in service that year.",
                )
            )
        )
        return story
    story += heading(t("Totalen", "Totals"))
    story.append(details_table(_totals_rows(data.totals), label_width="38%"))
    if len(data.teams) > 1:
        story += heading(t("Per team", "Per team"))
        # A chart reads well for a handful of teams; a whole company gets a table.
        if len(data.teams) <= MAX_CHART_TEAMS:
            story.append(_coverage_chart(data.teams))
        else:
            story.append(_coverage_table(data.teams))
    # Kept whole: a table of eight rows reads badly split over two pages.
    title = heading(t("Ontwikkeldoelen per categorie", "Development goals per category"))
    story.append(KeepTogether([*title[1:], _goals_by_category(data.totals)]))
    return story


def _team_table(team: TeamYear) -> Flowable:
    header = [
        t("Naam", "Name"),
        t("Functie", "Function"),
        t("POP", "POP"),
        t("Getekend", "Signed"),
        t("Doelen", "Goals"),
        t("Gevoerd", "Held"),
        t("Verpl.", "Moved"),
        t("Gean.", "Canc."),
        t("Maanden", "Months"),
    ]
    rows = []
    for e in team.employees:
        c = e.conversations
        achieved = sum(1 for g in e.goals if g.status == "achieved")
        rows.append(
            [
                e.name,
                e.function,
                label("pop_status", e.pop_status),
                _signed(e),
                f"{achieved}/{len(e.goals)}",
                str(c.held),
                str(c.moved),
                str(c.cancelled),
                f"{min(c.months_held, e.months_in_service)}/{e.months_in_service}",
            ]
        )
    # Short columns fit their content; the names take what is left.
    columns = [Column(header[0], "*")]
    for index, title in enumerate(header[1:], start=1):
        width = fit_width(title, [row[index] for row in rows], cap=110)
        columns.append(Column(title, width, "LEFT" if index < 4 else "RIGHT"))
    return data_table(columns, rows)


def _signed(e: EmployeeYear) -> str:
    if e.signed_by_employee and e.signed_by_lead:
        return t("beiden", "both")
    if e.signed_by_employee or e.signed_by_lead:
        return t("één", "one")
    return "–"


def _employee_block(e: EmployeeYear) -> list[Flowable]:
    facts = [e.function, e.team, label("pop_status", e.pop_status)]
    if e.date_in_service:
        facts.append(t("in dienst ", "in service ") + format_date(e.date_in_service))
    if e.date_out_of_service:
        facts.append(t("uit dienst ", "left ") + format_date(e.date_out_of_service))
    parts: list[Flowable] = [
        para(e.name, styles().subheading),
        para(" · ".join(f for f in facts if f), styles().muted),
    ]
    if e.goals:
        parts.append(
            data_table(
                [
                    Column(t("Doel", "Goal"), "*"),
                    Column(t("Categorie", "Category"), "26%"),
                    Column(t("Status", "Status"), 70),
                    Column(
                        t("Stappen", "Steps"),
                        fit_width(t("Stappen", "Steps"), ["10/10"], cap=80),
                        "RIGHT",
                    ),
                ],
                [
                    [
                        g.what,
                        label("goal_category", g.category),
                        label("goal_status", g.status),
                        f"{g.steps_done}/{g.steps_total}",
                    ]
                    for g in e.goals
                ],
            )
        )
    else:
        parts.append(empty_note(t("Geen ontwikkeldoelen dit jaar.", "No goals this year.")))
    return [KeepTogether(parts[:3]), *parts[3:], Spacer(1, 6)]


def build_story(data: YearOverview, progress: Progress = NO_PROGRESS) -> list[Flowable]:
    story = _summary(data)
    for team in data.teams:
        story.append(PageBreak())
        story += heading(team.name or t("Zonder team", "Without a team"))
        story.append(details_table(_totals_rows(team.totals), label_width="38%"))
        story.append(Spacer(1, 8))
        story.append(_team_table(team))
    if data.employees:
        story.append(PageBreak())
        story += heading(t("Per medewerker", "Per employee"))
    employees = data.employees
    for index, employee in enumerate(employees, start=1):
        story += _employee_block(employee)
        if index % 25 == 0:
            progress.step(index, len(employees))
    return story


def render_pdf(
    data: YearOverview, progress: Progress = NO_PROGRESS, *, invariant: bool = False
) -> bytes:
    meta = ReportMeta(
        title=t(f"Jaaroverzicht POP {data.year}", f"Yearly POP overview {data.year}"),
        printed_on=data.printed_on,
        subject=data.team or t("alle teams", "all teams"),
        company=data.company,
        logo_path=data.logo_path,
        footer_note=t("Vertrouwelijk: personeelsgegevens", "Confidential: personnel data"),
        landscape=True,
    )
    return render_story(build_story(data, progress), meta, invariant=invariant)
