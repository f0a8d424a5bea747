"""The team roster (Teamoverzicht): per team its name, lead, location and head count, then a
table of the active people in list order ("Vries, Jan de")."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.roster import RosterData, RosterPerson, RosterTeam
from teamlead_app.reports.style import (
    Column,
    ReportMeta,
    TextParagraph,
    content_width,
    data_table,
    empty_note,
    esc,
    fit_width,
    heading,
    render_story,
    styles,
    title_block,
)
from teamlead_app.util.dates import format_date

# Portrait unless the name column would get narrower than this (in points).
_MIN_NAME_WIDTH = 120.0


def _title() -> str:
    return t("Teamoverzicht", "Team roster")


def _headers() -> list[str]:
    return [
        t("Naam", "Name"),
        t("Personeelsnummer", "Personnel number"),
        t("Functie", "Function"),
        t("Soort", "Kind"),
        t("Fase", "Stage"),
        t("In dienst", "In service"),
    ]


def _cells(person: RosterPerson) -> list[str]:
    return [
        person.list_name,
        person.personnel_number,
        person.function,
        label("employee_kind", person.kind),
        label("stage", person.stage),
        format_date(person.date_in_service),
    ]


def _widths(data: RosterData, *, wide: bool, squeeze: bool = True) -> list[float]:
    """Natural widths of the short columns, capped so a freak value wraps instead; on a
    landscape page they may grow. When even that leaves the names too little room, the
    personnel number and function columns give way (their text wraps; labels and dates not)."""
    rows = [_cells(p) for team in data.teams for p in team.people]
    scale = 1.8 if wide else 1.0
    caps = (110.0, 130.0, 90.0, 60.0, 62.0)
    widths = [
        fit_width(header, (row[i + 1] for row in rows), cap=caps[i] * scale)
        for i, header in enumerate(_headers()[1:])
    ]
    excess = sum(widths) - (content_width(landscape_page=wide) - _MIN_NAME_WIDTH)
    if squeeze and excess > 0:
        flexible = widths[0] + widths[1]
        widths[0] -= excess * widths[0] / flexible
        widths[1] -= excess * widths[1] / flexible
    return widths


def use_landscape(data: RosterData) -> bool:
    """Portrait fits a normal team; long functions or numbers turn the page."""
    return content_width() - sum(_widths(data, wide=False, squeeze=False)) < _MIN_NAME_WIDTH


def _columns(data: RosterData) -> list[Column]:
    names = _headers()
    widths = _widths(data, wide=use_landscape(data))
    return [Column(names[0], "*")] + [
        Column(name, width) for name, width in zip(names[1:], widths, strict=True)
    ]


def _team_name(team: RosterTeam) -> str:
    return team.name if team.team_id is not None else t("Zonder team", "No team")


def _team_line(team: RosterTeam) -> Flowable:
    """ "Leidinggevende: … · Locatie: … · 12 medewerkers"; unknown fields are left out."""
    parts = []
    for name, value in (
        (t("Leidinggevende", "Lead"), team.lead_name),
        (t("Locatie", "Location"), team.location),
    ):
        if value:
            parts.append(f"<b>{esc(name)}:</b> {esc(value)}")
    parts.append(_count(team.head_count))
    style = ParagraphStyle("team_line", parent=styles().muted, spaceAfter=5)
    return TextParagraph(" · ".join(parts), style)


def _team_section(team: RosterTeam, columns: list[Column]) -> list[Flowable]:
    story: list[Flowable] = [*heading(_team_name(team)), _team_line(team)]
    if team.people:
        story.append(data_table(columns, [_cells(p) for p in team.people]))
    else:
        story.append(
            empty_note(t("Er zijn nog geen medewerkers in dit team.", "This team has nobody yet."))
        )
    return story


def _count(n: int, active: str = "") -> str:
    """ "1 medewerker", "12 actieve medewerkers" (`active` is the adjective, translated)."""
    noun = t("medewerker", "employee") if n == 1 else t("medewerkers", "employees")
    return " ".join(part for part in (str(n), active, noun) if part)


def _subtitle(data: RosterData) -> str:
    when = format_date(data.printed_on)
    if data.single_team:
        return t(f"Actieve medewerkers op {when}", f"Active employees on {when}")
    if not data.teams:
        return t(f"Alle teams op {when}", f"All teams on {when}")
    people = _count(data.head_count, t("actieve", "active"))
    return t(f"Alle teams · {people} op {when}", f"All teams · {people} on {when}")


def build_story(data: RosterData) -> list[Flowable]:
    story: list[Flowable] = [title_block(_title(), _subtitle(data))]
    if not data.teams:
        story.append(
            empty_note(
                t(
                    "Er zijn nog geen medewerkers. Voeg ze toe onder Mensen of importeer een "
                    "personeelslijst.",
                    "There is nobody yet. Add people under People or import a staff list.",
                )
            )
        )
        return story
    columns = _columns(data)
    for team in data.teams:
        story += _team_section(team, columns)
    return story


def meta(data: RosterData) -> ReportMeta:
    subject = (
        _team_name(data.teams[0])
        if data.single_team and data.teams
        else t("alle teams", "all teams")
    )
    return ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=subject,
        company=data.company_name,
        logo_path=data.logo_path,
        footer_note=t("Vertrouwelijk: personeelsgegevens", "Confidential: personnel data"),
        landscape=use_landscape(data),
    )


def render_pdf(data: RosterData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
