"""The access export (inzage) as a readable PDF of everything stored about one person
(services/privacy/access.py bundles it with the JSON and a LEESMIJ.txt in a ZIP).

The PDF follows the JSON record of services/privacy/access.py section by section. It shows every
stored column except technical keys (HIDDEN): ids, and links that are printed another way
(an agreement's conversation is its "made on" date). Empty fields are left out; the JSON
holds them all. Codes print as their labels, links to other rows as dates or periods.
The lead's working notes are printed, clearly named: they fall under the access right.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable

from teamlead_app.data.models import AGREEMENT_OWNERS
from teamlead_app.i18n import language, t
from teamlead_app.labels import label
from teamlead_app.records.privacy import AccessData, about_label
from teamlead_app.records.signed import snapshot_lines
from teamlead_app.reports.access_pairings import PAIRING_HIDDEN, PAIRING_SHOWN, pairings_story
from teamlead_app.reports.access_skills import (
    SKILL_HIDDEN,
    SKILL_SHOWN,
    rotations_story,
    skills_story,
)
from teamlead_app.reports.style import (
    Cell,
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
from teamlead_app.util.dates import format_date, format_datetime

# A field: (key, Dutch label, English label, label group of its codes or a link kind).
Field = tuple[str, str, str, str | None]

PERSON: tuple[Field, ...] = (
    ("first_name", "Voornaam", "First name", None),
    ("tussenvoegsel", "Tussenvoegsel", "Name prefix", None),
    ("last_name", "Achternaam", "Last name", None),
    ("personnel_number", "Personeelsnummer", "Personnel number", None),
    ("function", "Functie", "Function", None),
    ("team", "Team", "Team", None),
    ("team_lead", "Leidinggevende", "Lead", None),
    ("date_in_service", "In dienst", "In service", None),
    ("date_out_of_service", "Uit dienst", "Out of service", None),
    ("kind", "Soort medewerker", "Kind of employee", "employee_kind"),
    ("stage", "Ervaring", "Experience", "stage"),
    ("cadence", "Gespreksritme", "Conversation rhythm", "cadence"),
    ("cadence_weeks", "Om de zoveel weken", "Every so many weeks", None),
    ("created_at", "Vastgelegd op", "Recorded on", None),
)
CONVERSATION: tuple[Field, ...] = (
    ("scheduled_at", "Gepland op", "Planned for", None),
    ("duration_minutes", "Duur (minuten)", "Duration (minutes)", None),
    ("held_on", "Gevoerd op", "Held on", None),
    ("template", "Vragenlijst", "Question list", "template"),
    ("pop_id", "Evaluatiemoment van POP", "Evaluation moment of POP", "pop"),
    ("score", "Hoe gaat het (1–5)", "How is it going (1–5)", None),
    ("shared_summary", "Samenvatting (gedeeld)", "Summary (shared)", None),
    ("private_notes", "Werkaantekening leidinggevende", "Lead's working note", None),
    ("signoff", "Medewerker tekende", "Employee signed", "signoff"),
    ("signoff_date", "Getekend op", "Signed on", None),
    ("signoff_method", "Manier", "How", "signoff_method"),
    ("employee_response", "Reactie medewerker", "Employee's response", None),
    ("cancel_reason", "Reden annulering", "Reason for cancelling", "cancel_reason"),
    ("cancel_note", "Toelichting", "Explanation", None),
    ("cancelled_on", "Geannuleerd op", "Cancelled on", None),
    ("created_at", "Aangemaakt", "Created", None),
    ("updated_at", "Laatst gewijzigd", "Last changed", None),
)
POP: tuple[Field, ...] = (
    ("status", "Status", "Status", "pop_status"),
    ("previous_pop_id", "Vervolg op POP", "Follows POP", "pop"),
    ("ambition", "Waar over drie jaar", "Where in three years", None),
    ("lead_perspective", "Perspectief leidinggevende", "Lead's perspective", None),
    ("strengths", "Sterke punten", "Strengths", None),
    ("development_points", "Ontwikkelpunten", "Development points", None),
    ("evaluation", "Evaluatie", "Evaluation", None),
    ("evaluated_on", "Geëvalueerd op", "Evaluated on", None),
    ("signoff", "Medewerker tekende", "Employee signed", "signoff"),
    ("signoff_date", "Getekend op", "Signed on", None),
    ("signoff_method", "Manier", "How", "signoff_method"),
    ("lead_signed_on", "Leidinggevende tekende op", "Lead signed on", None),
    ("employee_response", "Reactie medewerker", "Employee's response", None),
    ("created_at", "Aangemaakt", "Created", None),
)
GOAL: tuple[Field, ...] = (
    ("what", "Doel", "Goal", None),
    ("why", "Waarom", "Why", None),
    ("category", "Categorie", "Category", "goal_category"),
    ("success_criterion", "Wanneer gelukt", "Success criterion", None),
    ("support_needed", "Nodig", "Support needed", None),
    ("start_date", "Start", "Start", None),
    ("target_date", "Streefdatum", "Target date", None),
    ("status", "Status", "Status", "goal_status"),
    ("achieved_on", "Bereikt op", "Achieved on", None),
    ("stopped_on", "Gestopt op", "Stopped on", None),
    ("pop_id", "Hoort bij POP", "Part of POP", "pop"),
    ("conversation_id", "Besproken in gesprek van", "Raised in the conversation of", "talk"),
    ("carried_from_id", "Vervolg op doel", "Continues goal", "goal"),
    ("created_at", "Aangemaakt", "Created", None),
)
# Per table: the technical columns the PDF leaves to the JSON.
# `version` (migration 0009) counts saves for two leads at once: bookkeeping, not about the
# person, so left to the JSON like the ids.
HIDDEN: dict[str, frozenset[str]] = {
    "employee": frozenset({"id", "function_id", "team_id", "version"}),
    "conversation": frozenset({"id", "employee_id", "template_version_id", "version"}),
    "conversation_answer": frozenset({"id", "conversation_id", "position"}),
    "conversation_move": frozenset({"id", "conversation_id"}),
    # The conversation an agreement was made in is its created_on date.
    "agreement": frozenset({"id", "employee_id", "conversation_id", "version"}),
    "agreement_followup": frozenset({"id", "agreement_id"}),
    "pop": frozenset({"id", "employee_id", "version"}),
    "pop_support": frozenset({"id", "pop_id"}),
    "goal": frozenset({"id", "employee_id", "version"}),
    "goal_step": frozenset({"id", "goal_id", "position"}),
    "goal_progress": frozenset({"id", "goal_id"}),
    "export_log": frozenset({"id"}),
    # A draft's record is named in its heading; its text is the payload.
    "draft": frozenset({"id", "employee_id", "ref_id", "payload_json"}),
    # The record is named by its kind and date in the block's heading.
    "signed_version": frozenset({"id", "employee_id", "record_id"}),
    **SKILL_HIDDEN,
    **PAIRING_HIDDEN,
}


def _keys(fields: Sequence[Field]) -> frozenset[str]:
    return frozenset(key for key, *_rest in fields)


# Per table: the columns the PDF prints (tests check SHOWN and HIDDEN cover every column).
SHOWN: dict[str, frozenset[str]] = {
    "employee": _keys(PERSON),
    "conversation": _keys(CONVERSATION) | {"kind", "status"},  # in the block's heading
    "conversation_answer": frozenset({"answer"}),
    "conversation_move": frozenset({"from_at", "to_at", "reason", "note", "moved_on"}),
    "agreement": frozenset({"text", "owner", "due_date", "status", "closed_on", "created_on"}),
    "agreement_followup": frozenset({"conversation_id", "status", "comment"}),
    "pop": _keys(POP) | {"period_start", "period_end"},  # in the block's heading
    "pop_support": frozenset({"kind", "description"}),
    "goal": _keys(GOAL),
    "goal_step": frozenset({"what", "who", "planned_on", "done_on", "created_on"}),
    "goal_progress": frozenset({"written_on", "note", "conversation_id"}),
    "export_log": frozenset({"at", "action", "scope", "file_name", "os_user"}),
    "draft": frozenset({"kind", "updated_at"}),
    "signed_version": frozenset(
        {"kind", "version", "reason", "changed_on", "signoff", "signed_on", "snapshot_json"}
    )
    | {"created_at"},
    **SKILL_SHOWN,
    **PAIRING_SHOWN,
}


class _Refs:
    """Links between rows, printed as dates and periods instead of ids."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.talks = {c["id"]: _talk_day(c) for c in record["conversations"]}
        self.pops = {p["id"]: _period(p) for p in record["pops"]}
        self.goals = {g["id"]: g["what"] for g in record["goals"]}

    def show(self, kind: str, value: Any) -> str:
        if kind == "talk":
            return format_date(self.talks.get(value))
        if kind == "pop":
            return self.pops.get(value, "")
        if kind == "goal":
            return str(self.goals.get(value, ""))
        if kind == "template":
            return f"{value['name']} (versie {value['version']})" if value else ""
        return label(kind, value)


def _talk_day(conversation: dict[str, Any]) -> date:
    held: date | None = conversation["held_on"]
    return held or conversation["scheduled_at"].date()


def _period(pop: dict[str, Any]) -> str:
    return f"{format_date(pop['period_start'])} – {format_date(pop['period_end'])}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


_BLOCKS_ROOM = 165.0  # points: the heading (31), then the room a sub heading asks for (130)
_DAY = "00-00-0000"
_MOMENT = "00-00-0000 00:00"


def _fit(title: str, values: Sequence[str], *extra: str) -> Column:
    """A column just wide enough for its header and values (dates, codes) on one line."""
    return Column(title, fit_width(title, [*values, *extra], cap=120))


def _when(title: str, sample: str = _DAY) -> Column:
    return _fit(title, [sample])


@functools.cache
def _label_width_for(lang: str) -> float:  # one width per language
    names = [t(nl, en) for fields in (PERSON, CONVERSATION, POP, GOAL) for _k, nl, en, _g in fields]
    # Labels print bold, as fit_width measures a header.
    return max(fit_width(name, [], cap=content_width() * 0.36) for name in names)


def _label_width() -> float:
    """One label column for every details table, wide enough for the longest label."""
    return _label_width_for(language())


def _details(item: dict[str, Any], fields: Sequence[Field], refs: _Refs) -> list[Flowable]:
    rows = []
    for key, nl, en, kind in fields:
        value = item.get(key)
        shown = refs.show(kind, value) if kind and value not in (None, "") else _text(value)
        if shown.strip():
            rows.append((t(nl, en), shown))
    return [details_table(rows, label_width=_label_width())] if rows else []


def _table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> list[Flowable]:
    return [data_table(columns, rows)] if rows else []


# --- sections ----------------------------------------------------------------------------------


def _about(record: dict[str, Any]) -> list[Flowable]:
    about = record["about"]
    return [
        *heading(t("Waarvoor, hoe lang en voor wie", "What for, how long and for whom")),
        details_table([(about_label(k), v) for k, v in about.items()], label_width="22%"),
    ]


def _conversation(item: dict[str, Any], refs: _Refs) -> list[Flowable]:
    title = (
        f"{label('conversation_kind', item['kind'])} – {format_date(_talk_day(item))} – "
        f"{label('conversation_status', item['status'])}"
    )
    answers = [[a["question"] or a["section"], a["answer"]] for a in item["answers"] if a["answer"]]
    moves = [
        [
            format_datetime(m["from_at"]),
            format_datetime(m["to_at"]),
            ": ".join(x for x in (label("move_reason", m["reason"] or None), m["note"]) if x),
            format_date(m["moved_on"]),
        ]
        for m in item["moves"]
    ]
    return [
        *heading(title, sub=True),
        *_details(item, CONVERSATION, refs),
        *_table(
            [Column(t("Vraag", "Question"), _label_width()), Column(t("Antwoord", "Answer"))],
            answers,
        ),
        *_table(
            [
                _when(t("Verplaatst van", "Moved from"), _MOMENT),
                _when(t("Naar", "To"), _MOMENT),
                Column(t("Reden", "Reason")),
                _when(t("Op", "On")),
            ],
            moves,
        ),
    ]


def _agreements(record: dict[str, Any], refs: _Refs) -> list[Flowable]:
    st = styles()
    rows: list[list[Cell]] = []
    for a in record["agreements"]:
        made = t(f"gemaakt {format_date(a['created_on'])}", f"made {format_date(a['created_on'])}")
        status = label("agreement_status", a["status"])
        followups = "\n".join(
            f"{format_date(refs.talks.get(f['conversation_id']))} "
            + " – ".join(x for x in (label("followup_status", f["status"]), f["comment"]) if x)
            for f in a["followups"]
        )
        rows.append(
            [
                [para(a["text"], st.cell), para(made, st.small)],
                label("agreement_owner", a["owner"]),
                format_date(a["due_date"]),
                "\n".join(x for x in (status, format_date(a["closed_on"])) if x),
                followups,
            ]
        )
    columns = [
        Column(t("Afspraak", "Agreement")),
        _fit(t("Wie", "Who"), [label("agreement_owner", o) for o in AGREEMENT_OWNERS]),
        _when(t("Uiterlijk", "Due")),
        _fit(t("Status", "Status"), [label("agreement_status", "dropped")], _DAY),
        Column(t("Opvolging", "Follow-up"), "33%"),
    ]
    return _table(columns, rows) or [empty_note(t("Geen afspraken.", "No agreements."))]


def _pop(item: dict[str, Any], refs: _Refs) -> list[Flowable]:
    support = [[label("support_kind", s["kind"]), s["description"]] for s in item["support"]]
    return [
        *heading(f"POP {_period(item)}", sub=True),
        *_details(item, POP, refs),
        *_table(
            [Column(t("Ondersteuning", "Support"), "25%"), Column(t("Omschrijving", "What"))],
            support,
        ),
    ]


def _goal(number: int, item: dict[str, Any], refs: _Refs) -> list[Flowable]:
    steps = [
        [s["what"], s["who"], *map(format_date, (s["planned_on"], s["done_on"], s["created_on"]))]
        for s in item["steps"]
    ]
    progress = [
        [format_date(p["written_on"]), p["note"], format_date(refs.talks.get(p["conversation_id"]))]
        for p in item["progress"]
    ]
    when = [_when(t("Gepland", "Planned")), _when(t("Gedaan", "Done"))]
    created = _when(t("Aangemaakt", "Created"))
    return [
        *heading(t(f"Doel {number}", f"Goal {number}"), sub=True),
        *_details(item, GOAL, refs),
        *_table(
            [Column(t("Stap", "Step")), Column(t("Wie", "Who"), "20%"), *when, created],
            steps,
        ),
        *_table(
            [
                _when(t("Datum", "Date")),
                Column(t("Voortgang", "Progress")),
                _when(t("In gesprek van", "In the talk of")),
            ],
            progress,
        ),
    ]


def _draft_value(value: Any) -> str:
    """A value of an autosaved draft as text: lists line by line, records on one line."""
    if isinstance(value, bool):
        return t("ja", "yes") if value else ""
    if isinstance(value, list):
        return "\n".join(text for text in map(_draft_value, value) if text)
    if isinstance(value, dict):
        return " · ".join(str(v) for v in value.values() if v not in (None, ""))
    return "" if value is None else str(value)


def _draft_heading(draft: dict[str, Any], refs: _Refs) -> str:
    """ "Concept van het gesprek van 12-05-2022, bewaard ...", per kind of draft."""
    saved = format_datetime(draft["updated_at"])
    ref, kind = draft["ref_id"], draft["kind"]
    if kind == "pop":
        period = refs.pops.get(ref, "")
        return t(
            f"Concept van POP {period}, bewaard {saved}", f"Draft of POP {period}, saved {saved}"
        )
    if kind == "goal":
        what = refs.goals.get(ref, "")
        return t(
            f"Concept van ontwikkeldoel {what}, bewaard {saved}",
            f"Draft of development goal {what}, saved {saved}",
        )
    day = format_date(refs.talks.get(ref))
    return t(
        f"Concept van het gesprek van {day}, bewaard {saved}",
        f"Draft of the conversation of {day}, saved {saved}",
    )


def _drafts(record: dict[str, Any], refs: _Refs) -> list[Flowable]:
    names = {key: t(nl, en) for key, nl, en, _kind in (*CONVERSATION, *POP, *GOAL)}
    names["answers"] = t("Antwoorden", "Answers")
    names["goal_notes"] = t("Voortgang doelen", "Progress on goals")
    names["period_start"] = t("Periode van", "Period from")
    names["period_end"] = t("Periode tot", "Period to")
    names["support"] = t("Ondersteuning", "Support")
    story: list[Flowable] = []
    for d in record["drafts"]:
        story.append(para(_draft_heading(d, refs), styles().subheading))
        payload = d["payload"] if isinstance(d["payload"], dict) else {"": d["payload"]}
        rows = [(names.get(k, k), _draft_value(v)) for k, v in payload.items()]
        shown = [(k, v) for k, v in rows if v.strip()]
        story.append(details_table(shown, label_width=_label_width()))
    return story


def _signed_versions(record: dict[str, Any], refs: _Refs) -> list[Flowable]:
    """Every version of a signed conversation or POP, with the content as it was signed."""
    story: list[Flowable] = []
    questions: dict[int, list[str]] = {}  # conversation id -> its questions by position
    for talk in record["conversations"]:
        for answer in talk["answers"]:
            known = questions.setdefault(talk["id"], [])
            known.extend([""] * (answer["position"] + 1 - len(known)))
            known[answer["position"]] = answer.get("question", "")
    for v in record.get("signed_versions", []):
        what = (
            t("Gesprek van ", "Conversation of ") + format_date(refs.talks.get(v["record_id"]))
            if v["kind"] == "conversation"
            else t("POP ", "POP ") + refs.pops.get(v["record_id"], "")
        )
        story.append(para(f"{what}: {t('versie', 'version')} {v['version']}", styles().subheading))
        snapshot = json.loads(v["snapshot_json"]) if v["snapshot_json"] else {}
        rows = [
            (t("Reden wijziging", "Reason for change"), v["reason"]),
            (t("Gewijzigd op", "Changed on"), format_date(v["changed_on"])),
            (t("Medewerker tekende", "Employee signed"), label("signoff", v["signoff"])),
            (t("Getekend op", "Signed on"), format_date(v["signed_on"])),
            (t("Vastgelegd", "Recorded"), format_datetime(v["created_at"])),
            *(
                snapshot_lines(v["kind"], snapshot, questions.get(v["record_id"], []))
                if snapshot
                else []
            ),
        ]
        shown = [(k, str(val)) for k, val in rows if val and str(val).strip()]
        story.append(details_table(shown, label_width=_label_width()))
    return story


def _log_texts(entry: dict[str, Any]) -> list[str]:
    return [entry["scope"], entry["file_name"], entry["os_user"]]


def _export_log(record: dict[str, Any]) -> list[Flowable]:
    rows = [
        [format_datetime(e["at"]), label("export_action", e["action"]), *_log_texts(e)]
        for e in record["export_log"]
    ]
    columns = [
        _when(t("Wanneer", "When"), _MOMENT),
        _fit(t("Wat", "What"), [row[1] for row in rows], label("export_action", "person")),
        Column(t("Bereik", "Scope")),
        _fit(t("Soort bestand", "File type"), [row[3] for row in rows]),
        Column(t("Gebruiker", "User"), "14%"),
    ]
    none = t("Nog geen eerdere exports.", "No earlier exports.")
    return _table(columns, rows) or [empty_note(none)]


def _intro(data: AccessData) -> list[Flowable]:
    return [
        title_block(t("Inzage persoonsgegevens", "Access to personal data"), data.full_name),
        para(
            t(
                f"Alles wat op {format_date(data.created_on)} in de app over "
                f"{data.full_name} is vastgelegd, ook de werkaantekeningen van de "
                "leidinggevende. Lege velden zijn weggelaten; inzage.json in hetzelfde "
                "ZIP-bestand bevat alle velden, ook de technische kenmerken.",
                f"Everything the app held about {data.full_name} on "
                f"{format_date(data.created_on)}, including the lead's working notes. Empty "
                "fields are left out; inzage.json in the same ZIP file holds every field, "
                "including the technical keys.",
            )
        ),
    ]


def _blocks_heading(title: str) -> list[Flowable]:
    """A section heading followed by blocks with their own sub heading: it asks for room for
    both, or the sub heading's own page break would leave this one alone at the page foot."""
    return [CondPageBreak(_BLOCKS_ROOM), para(title, styles().heading)]


def build_story(data: AccessData) -> list[Flowable]:
    record, refs = data.record, _Refs(data.record)
    story = [*_intro(data), *_about(record)]
    story += heading(t("Persoonsgegevens", "Personal details"))
    story += _details(record["person"], PERSON, refs)
    count = len(record["conversations"])
    story += _blocks_heading(t(f"Gesprekken ({count})", f"Conversations ({count})"))
    for item in record["conversations"]:
        story += _conversation(item, refs)
    if not count:
        story.append(empty_note(t("Geen gesprekken.", "No conversations.")))
    story += [*heading(t("Afspraken", "Agreements")), *_agreements(record, refs)]
    story += _blocks_heading(t("POP's", "POPs"))
    for item in record["pops"]:
        story += _pop(item, refs)
    if not record["pops"]:
        story.append(empty_note(t("Geen POP.", "No POP.")))
    story += _blocks_heading(t("Ontwikkeldoelen", "Development goals"))
    for number, item in enumerate(record["goals"], 1):
        story += _goal(number, item, refs)
    if not record["goals"]:
        story.append(empty_note(t("Geen ontwikkeldoelen.", "No development goals.")))
    if record.get("signed_versions"):
        story += _blocks_heading(t("Ondertekende versies", "Signed versions"))
        story += _signed_versions(record, refs)
    story += skills_story(record)
    story += rotations_story(record)
    story += pairings_story(record)
    if record["drafts"]:
        story += heading(t("Automatisch bewaarde concepten", "Autosaved drafts"))
        story += _drafts(record, refs)
    story += [*heading(t("Exportlogboek", "Export log")), *_export_log(record)]
    return story


def meta(data: AccessData) -> ReportMeta:
    return ReportMeta(
        title=t("Inzage persoonsgegevens", "Access to personal data"),
        printed_on=data.created_on,
        subject=data.full_name,
        company=data.company_name,
        footer_note=t("Vertrouwelijk: persoonsgegevens", "Confidential: personal data"),
        logo_path=data.logo_path,
    )


def render_pdf(data: AccessData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
