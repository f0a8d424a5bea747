"""The yearly POP overview as a report HR hands to management: a summary page with key
figures, a chart per team and the goals per category; a page per team with a table of its
people; then a compact block per employee. Landscape A4. Shared fields only: what the
overview holds has no notes, answers, summaries or scores to print.

Layout is the slow part of a big report, so zero-size checkpoints in the story report
progress (and let the user cancel) while ReportLab lays out the pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from teamlead_app.data.statuses import GoalStatus
from teamlead_app.i18n import t
from teamlead_app.labels import choices, label
from teamlead_app.records.year_overview import TeamYear, Totals, YearOverview
from teamlead_app.reports.style import (
    MUTED,
    Block,
    Column,
    ReportMeta,
    content_height,
    content_width,
    data_table,
    empty_note,
    fit_width,
    heading,
    para,
    render_story,
    styles,
)
from teamlead_app.reports.year_overview_charts import (
    Tile,
    coverage_chart,
    number,
    percent,
    tiles,
)
from teamlead_app.reports.year_overview_skills import skills_legend, skills_line, skills_table
from teamlead_app.reports.year_overview_team import TeamTable, employee_block, team_table
from teamlead_app.util.progress import NO_PROGRESS, Progress

GOAL_STATUS_ORDER = tuple(GoalStatus)
# A chart reads well for a handful of teams; a whole company gets a table.
MAX_CHART_TEAMS = 10


class _Checkpoint(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Takes no room; when the layout reaches it, reports progress (and raises Cancelled
    when the user cancelled)."""

    def __init__(self, progress: Progress, done: int, total: int) -> None:
        super().__init__()
        self._progress, self._done, self._total = progress, done, total

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self._progress.step(self._done, self._total)


# --- summary ---------------------------------------------------------------------------------


def _key_figures(totals: Totals, year: int) -> list[Tile]:
    c, n = totals.conversations, number
    employees, agreed = n(totals.employees), n(totals.with_agreed_pop)
    held, months = n(totals.months_held), n(totals.months_in_service)
    running = n(totals.goals_with(GoalStatus.OPEN) + totals.goals_with(GoalStatus.IN_PROGRESS))
    goals, stopped = n(totals.goal_count), n(totals.goals_with(GoalStatus.STOPPED))
    postponed = n(totals.goals_with(GoalStatus.POSTPONED))
    return [
        Tile(
            employees,
            t("Medewerkers", "Employees"),
            t(f"in dienst in {year}, ook een deel van het jaar", f"in service in {year}"),
        ),
        Tile(
            percent(totals.with_agreed_pop, totals.employees),
            t("Met afgesproken POP", "With an agreed POP"),
            t(f"{agreed} van {employees} medewerkers", f"{agreed} of {employees} employees"),
        ),
        Tile(
            percent(totals.months_held, totals.months_in_service),
            t("Maanden met een gesprek", "Months with a conversation"),
            t(f"{held} van {months} maanden in dienst", f"{held} of {months} months in service"),
        ),
        Tile(
            n(c.held),
            t("Gesprekken gevoerd", "Conversations held"),
            t(
                f"{n(c.moved)} verplaatst, {n(c.missed)} gemist, {n(c.cancelled)} geannuleerd, "
                f"{n(c.planned)} nog gepland",
                f"{n(c.moved)} moved, {n(c.missed)} missed, {n(c.cancelled)} cancelled, "
                f"{n(c.planned)} still planned",
            ),
        ),
        Tile(
            n(totals.goals_with(GoalStatus.ACHIEVED)),
            t("Ontwikkeldoelen bereikt", "Development goals achieved"),
            # The parts add up to the whole: achieved + running + stopped + postponed.
            t(
                f"van {goals}; {running} lopend, {stopped} gestopt, {postponed} uitgesteld",
                f"of {goals}; {running} running, {stopped} stopped, {postponed} postponed",
            ),
        ),
    ]


def _goals_by_category(totals: Totals) -> Flowable:
    statuses = [label("goal_status", s) for s in GOAL_STATUS_ORDER]
    total_title = t("Totaal", "Total")
    rows: list[list[Any]] = []
    for code, name in choices("goal_category"):
        counts = totals.goals.get(code, {})
        if sum(counts.values()):
            values = [counts.get(s, 0) for s in GOAL_STATUS_ORDER]
            rows.append([name, *map(str, values), str(sum(values))])
    if not rows:
        return empty_note(t("Geen ontwikkeldoelen in dit jaar.", "No development goals this year."))
    sums = [totals.goals_with(s) for s in GOAL_STATUS_ORDER]
    rows.append([total_title, *map(str, sums), str(sum(sums))])
    columns = [Column(t("Categorie", "Category"), "*")] + [
        Column(title, fit_width(title, ["999"], cap=70), "RIGHT")
        for title in [*statuses, total_title]
    ]
    table = data_table(columns, rows)
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)]))
    return table


def _coverage_table(teams: tuple[TeamYear, ...]) -> Flowable:
    columns = [
        Column(t("Team", "Team"), "*"),
        Column(t("Medewerkers", "Employees"), 80, "RIGHT"),
        Column(t("Met afgesproken POP", "With an agreed POP"), 130, "RIGHT"),
        Column(t("Maanden met gesprek", "Months with a conversation"), 150, "RIGHT"),
        Column(t("Gesprekken gevoerd", "Conversations held"), 110, "RIGHT"),
        Column(t("Doelen bereikt", "Goals achieved"), 100, "RIGHT"),
    ]
    rows = []
    for team in teams:
        s = team.totals
        rows.append(
            [
                team.name or t("Zonder team", "Without a team"),
                str(s.employees),
                f"{s.with_agreed_pop} ({percent(s.with_agreed_pop, s.employees)})",
                f"{s.months_held} / {s.months_in_service} "
                f"({percent(s.months_held, s.months_in_service)})",
                str(s.conversations.held),
                f"{s.goals_with('achieved')} / {s.goal_count}",
            ]
        )
    return data_table(columns, rows)


def _side_by_side(left: list[Flowable], right: list[Flowable], split: float) -> Table:
    width = content_width(landscape_page=True)
    table = Table([[left, right]], colWidths=[width * split, width * (1 - split)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 14),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return table


def _summary(data: YearOverview) -> list[Flowable]:
    st = styles()
    scope = data.team or t("alle teams", "all teams")
    story: list[Flowable] = [
        para(t(f"Jaaroverzicht POP {data.year}", f"Yearly POP overview {data.year}"), st.title),
        para(f"{data.company} · {scope}" if data.company else scope, st.subtitle),
    ]
    if not data.has_records:
        story.append(empty_note(_no_data_text(data)))
        return story
    width = content_width(landscape_page=True)
    story.append(tiles(_key_figures(data.totals, data.year), width))
    goals_title = t("Ontwikkeldoelen per categorie", "Development goals per category")
    if 1 < len(data.teams) <= MAX_CHART_TEAMS:
        split = 0.44
        chart_title = t("POP en gesprekken per team", "POP and conversations per team")
        left = [para(chart_title, st.subheading), coverage_chart(data.teams, width * split - 14)]
        right = [para(goals_title, st.subheading), _goals_by_category(data.totals)]
        story.append(_side_by_side(left, right, split))
    else:
        if len(data.teams) > 1:
            story += heading(t("Per team", "Per team"))
            story.append(_coverage_table(data.teams))
        story += heading(goals_title)
        story.append(_goals_by_category(data.totals))
    if not data.skills.is_empty:
        # Kept together: on the summary page when it fits, else all of it on the next.
        craft_title = t("Vakmanschap per team", "Craftsmanship per team")
        story.append(Spacer(1, 6))
        story.append(
            KeepTogether(
                [
                    para(craft_title, st.subheading),
                    skills_table(data.teams, data.skills),
                    para(skills_legend(data.printed_on), st.small),
                ]
            )
        )
    story.append(Spacer(1, 6))
    story.append(
        para(
            t(
                "Alleen gedeelde gegevens: geen werkaantekeningen, geen antwoorden of "
                "verslagen van gesprekken en geen maandscores. Wie in de loop van het jaar in "
                "of uit dienst ging, telt mee voor de maanden in dienst.",
                "Shared data only: no working notes, no answers or summaries of "
                "conversations and no monthly scores. People who joined or left during the "
                "year count for their months in service.",
            ),
            st.small,
        )
    )
    return story


def _no_data_text(data: YearOverview) -> str:
    text = t(
        f"Er zijn geen gegevens voor {data.year}: in dat jaar zijn geen POP's, "
        "ontwikkeldoelen of gesprekken vastgelegd.",
        f"There is no data for {data.year}: no POPs, development goals or conversations "
        "were recorded that year.",
    )
    count = len(data.employees)
    if count == 1:
        text += " " + t(
            "Er was dat jaar 1 medewerker in dienst.", "1 employee was in service that year."
        )
    elif count:
        text += " " + t(
            f"Er waren dat jaar {count} medewerkers in dienst.",
            f"{count} employees were in service that year.",
        )
    return text


# --- the whole report --------------------------------------------------------------------------


def _team_section(
    team: TeamYear, year: int, last_month: int, *, tight: bool = False
) -> list[Flowable]:
    s = team.totals
    line = t(
        f"{s.employees} medewerkers · afgesproken POP: {s.with_agreed_pop} van {s.employees} "
        f"({percent(s.with_agreed_pop, s.employees)}) · maanden met een gesprek: "
        f"{s.months_held} van {s.months_in_service} "
        f"({percent(s.months_held, s.months_in_service)})",
        f"{s.employees} employees · agreed POP: {s.with_agreed_pop} of {s.employees} "
        f"({percent(s.with_agreed_pop, s.employees)}) · months with a conversation: "
        f"{s.months_held} of {s.months_in_service} "
        f"({percent(s.months_held, s.months_in_service)})",
    )
    craft = [] if team.skills.is_empty else [para(skills_line(team.skills), styles().muted)]
    return [
        para(_team_name(team), styles().heading),
        para(line, styles().muted),
        *craft,
        Spacer(1, 5),
        team_table(team, year, tight=tight),
        para(_legend(year, last_month), styles().small),
    ]


def _height(parts: list[Flowable], width: float, height: float) -> float:
    """The height the parts take on a page, with the space before and after each."""
    return float(
        sum(
            part.wrap(width, height)[1] + part.getSpaceBefore() + part.getSpaceAfter()
            for part in parts
        )
    )


def _team_sections(data: YearOverview, checkpoint: Callable[[], Flowable]) -> list[Flowable]:
    """The team pages. A team that fits on a page is kept together: it follows the previous
    team when there is room, else starts a new page (small teams share a page instead of
    each leaving one nearly empty); when it fits only with tighter rows, it gets them. A
    bigger team starts on a new page of its own; its table splits without leaving a few rows
    alone on the last page (TeamTable)."""
    width = content_width(landscape_page=True)
    height = content_height(landscape_page=True) - _SLACK
    story: list[Flowable] = [PageBreak()]
    for index, team in enumerate(data.teams):
        section = _team_section(team, data.year, data.last_month)
        fits = _height(section, width, height) <= height
        if not fits:
            table = next(part for part in section if isinstance(part, TeamTable))
            table.use_tight_rows(True)
            fits = _height(section, width, height) <= height
            if not fits:
                table.use_tight_rows(False)
        if fits:
            story.append(Block(section))
        else:
            story += ([PageBreak()] if index else []) + section
        story.append(checkpoint())
    return story


# Room kept free when deciding whether a team fits a page (rounding in ReportLab's layout).
_SLACK = 4.0


def _legend(year: int, last_month: int) -> str:
    so_far = last_month < 12
    return t(
        "POP: het POP van dit jaar. Getekend: ja = door medewerker én leidinggevende, deels = "
        "door één van beiden. Doelen: bereikt van totaal. Stappen: gedaan van totaal. "
        "Gemist: gepland en in die maand niet gevoerd (niet verplaatst of geannuleerd). "
        f"Maanden: maanden met een gevoerd gesprek van de maanden in dienst in {year}"
        + (" tot nu toe." if so_far else "."),
        "POP: this year's POP. Signed: yes = by employee and lead, partly = by one of them. "
        "Goals: achieved of all. Steps: done of all. "
        "Missed: planned and not held in that month (not moved or cancelled). "
        f"Months: months with a held conversation of the months in service in {year}"
        + (" so far." if so_far else "."),
    )


def _team_name(team: TeamYear) -> str:
    return team.name or t("Zonder team", "Without a team")


# Building the story takes about a fifth of the time, laying it out the rest: one progress
# scale of BUILD + LAYOUT units per team page and employee.
BUILD, LAYOUT = 1, 4


def build_story(data: YearOverview, progress: Progress = NO_PROGRESS) -> list[Flowable]:
    """The report's flowables. `progress` is reported while the story is built and again,
    through checkpoints, while the pages are laid out: one step per team and per employee."""
    story = _summary(data)
    if not data.has_records:
        return story
    count = len(data.teams) + len(data.employees)
    scale, done = (BUILD + LAYOUT) * count, 0

    def checkpoint() -> Flowable:
        nonlocal done
        done += 1
        if done % 50 == 0:
            progress.step(BUILD * done, scale)
        return _Checkpoint(progress, BUILD * count + LAYOUT * done, scale)

    story += _team_sections(data, checkpoint)
    for team in data.teams:
        story.append(PageBreak())
        story += heading(
            t(f"Per medewerker – {_team_name(team)}", f"Per employee – {_team_name(team)}")
        )
        story.append(para(_strip_legend(), styles().small))
        for employee in team.employees:
            story.append(employee_block(employee, data.year, data.last_month))
            story.append(checkpoint())
    return story


def _strip_legend() -> str:
    return t(
        "Per maand het aantal gevoerde gesprekken; grijs: niet in dienst; leeg: de maand "
        "moet nog komen.",
        "Conversations held per month; grey: not in service; empty: the month is still to come.",
    )


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
