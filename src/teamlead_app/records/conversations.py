"""The plain data of one conversation: what the conversation screen and the summary PDF show
(*View) and what the screen hands back (*Draft), with the draft's JSON form for autosave; and
the two small facts they read: when a move warns, and the retired agreements question."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from teamlead_app.data.statuses import AgreementStatus, ConversationStatus
from teamlead_app.labels import label
from teamlead_app.records.conversation_state import ConversationState, conversation_state
from teamlead_app.records.signed import VersionInfo

# A conversation moved this often shows a warning (the planning rules and the screen).
MOVE_WARNING_AT = 2

# The agreements question as version 1 of the shipped templates asked it, last, in this
# section: kind -> {language: (section, question)}.
RETIRED_QUESTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "maandgesprek": {
        "nl": ("Resultaatafspraken", "Afspraken: wat, wie, wanneer?"),
        "en": ("Result agreements", "Agreements: what, who, when?"),
    },
    "inwerk": {
        "nl": ("Afspraken", "Afspraken: wat, wie, wanneer?"),
        "en": ("Agreements", "Agreements: what, who, when?"),
    },
    "functionering": {
        "nl": ("Afspraken", "Afspraken: wat, wie, wanneer?"),
        "en": ("Agreements", "Agreements: what, who, when?"),
    },
}


_AGREEMENTS_QUESTIONS = frozenset(
    " ".join(question.split()).casefold()
    for by_language in RETIRED_QUESTIONS.values()
    for _section, question in by_language.values()
)


def is_agreements_question(text: str) -> bool:
    """True for "Afspraken: wat, wie, wanneer?" (any case or spacing, Dutch or English): the
    agreements editor answers it."""
    return " ".join(text.split()).casefold() in _AGREEMENTS_QUESTIONS


@dataclass(frozen=True)
class AgreementView:
    id: int
    employee_id: int
    conversation_id: int | None
    text: str
    owner: str
    due_date: date | None
    status: str
    closed_on: date | None
    created_on: date
    row_version: int = 1  # the edit version (migration 0009)

    def is_overdue(self, today: date) -> bool:
        return (
            self.status == AgreementStatus.OPEN
            and self.due_date is not None
            and self.due_date < today
        )


@dataclass(frozen=True)
class FollowUpView:
    """What was said about an earlier agreement in one conversation."""

    conversation_id: int
    conversation_date: date
    status: str
    comment: str


@dataclass(frozen=True)
class CarriedAgreement:
    """An agreement from an earlier conversation that was open when this one took place:
    `follow_up` is what this conversation recorded about it (None: nothing yet), `earlier`
    what conversations before this one said, oldest first."""

    agreement: AgreementView
    follow_up: FollowUpView | None
    earlier: tuple[FollowUpView, ...] = ()


@dataclass(frozen=True)
class AnswerView:
    position: int
    section: str
    question: str
    answer: str

    @property
    def in_agreements_editor(self) -> bool:
        """The old "Afspraken: wat, wie, wanneer?" question left unanswered: the agreements
        editor answers it, so screens and printouts leave its box out. An answer typed there
        earlier keeps it on show."""
        return not self.answer.strip() and is_agreements_question(self.question)


@dataclass(frozen=True)
class MoveView:
    from_at: datetime
    to_at: datetime
    reason: str
    note: str
    moved_on: date

    @property
    def reason_text(self) -> str:
        """The reason's label with the free text, e.g. "Anders: klant op bezoek"."""
        name = label("move_reason", self.reason) if self.reason else ""
        return ": ".join(part for part in (name, self.note) if part)


@dataclass(frozen=True)
class AgreementDraft:
    """An agreement made in this conversation; `id` None = new."""

    text: str
    owner: str = "medewerker"
    due_date: date | None = None
    status: str = "open"
    id: int | None = None
    # The agreement's edit version when the screen loaded it; None: new, or not checked.
    row_version: int | None = None


@dataclass(frozen=True)
class FollowUpDraft:
    """The follow-up of an earlier agreement: done, dropped, or still open (with a comment).
    "open" without a comment records nothing."""

    agreement_id: int
    status: str
    comment: str = ""


@dataclass(frozen=True)
class GoalProgressDraft:
    """A line of progress on a development goal, written in this conversation: one line per
    goal per conversation (saving again replaces it)."""

    goal_id: int
    note: str


@dataclass(frozen=True)
class ConversationDraft:
    """Everything the conversation screen saves at once. `agreements` is the complete list of
    agreements made in this conversation (one left out is removed); `follow_ups` the complete
    list of follow-ups recorded here. `answers` follow the questions of the conversation's
    template version by position. `mark_held` turns a planned conversation into a held one
    on `held_on` (default: the planned day, or today when that is still ahead).
    `goal_progress` are the progress lines on goals written here (new or changed)."""

    answers: tuple[str, ...] = ()
    score: int | None = None
    shared_summary: str = ""
    private_notes: str = ""
    agreements: tuple[AgreementDraft, ...] = ()
    follow_ups: tuple[FollowUpDraft, ...] = ()
    signoff: str | None = None
    signoff_date: date | None = None
    signoff_method: str | None = None
    employee_response: str = ""
    mark_held: bool = False
    held_on: date | None = None
    goal_progress: tuple[GoalProgressDraft, ...] = ()
    # The conversation's edit version when the screen loaded it (services/common/
    # edit_versions.py); None: not checked (the command line).
    row_version: int | None = None

    def to_payload(self) -> dict[str, Any]:
        """JSON-ready form for the autosaved draft."""
        return {
            "answers": list(self.answers),
            "score": self.score,
            "shared_summary": self.shared_summary,
            "private_notes": self.private_notes,
            "agreements": [
                {
                    "id": a.id,
                    "text": a.text,
                    "owner": a.owner,
                    "due_date": _iso(a.due_date),
                    "status": a.status,
                    "row_version": a.row_version,
                }
                for a in self.agreements
            ],
            "follow_ups": [
                {"agreement_id": f.agreement_id, "status": f.status, "comment": f.comment}
                for f in self.follow_ups
            ],
            "signoff": self.signoff,
            "signoff_date": _iso(self.signoff_date),
            "signoff_method": self.signoff_method,
            "employee_response": self.employee_response,
            "mark_held": self.mark_held,
            "held_on": _iso(self.held_on),
            "goal_progress": [{"goal_id": g.goal_id, "note": g.note} for g in self.goal_progress],
            "row_version": self.row_version,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> ConversationDraft:
        """Rebuild a draft from `to_payload`; ValueError when the payload is not one."""
        try:
            return cls(
                answers=tuple(str(a) for a in payload.get("answers", [])),
                score=_opt_int(payload.get("score")),
                shared_summary=str(payload.get("shared_summary", "")),
                private_notes=str(payload.get("private_notes", "")),
                agreements=tuple(
                    AgreementDraft(
                        text=str(a["text"]),
                        owner=str(a.get("owner", "medewerker")),
                        due_date=_date(a.get("due_date")),
                        status=str(a.get("status", "open")),
                        id=_opt_int(a.get("id")),
                        row_version=_opt_int(a.get("row_version")),
                    )
                    for a in payload.get("agreements", [])
                ),
                follow_ups=tuple(
                    FollowUpDraft(
                        int(f["agreement_id"]), str(f["status"]), str(f.get("comment", ""))
                    )
                    for f in payload.get("follow_ups", [])
                ),
                signoff=_opt_str(payload.get("signoff")),
                signoff_date=_date(payload.get("signoff_date")),
                signoff_method=_opt_str(payload.get("signoff_method")),
                employee_response=str(payload.get("employee_response", "")),
                mark_held=bool(payload.get("mark_held", False)),
                held_on=_date(payload.get("held_on")),
                goal_progress=tuple(
                    GoalProgressDraft(int(g["goal_id"]), str(g["note"]))
                    for g in payload.get("goal_progress", [])
                ),
                row_version=_opt_int(payload.get("row_version")),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(str(exc)) from exc


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class ConversationView:
    """One conversation as the screen shows it. `answers` are the questions of the
    conversation's own template version (an edited template does not change them);
    `agreements` were made here; `carried` are earlier agreements for follow-up."""

    id: int
    employee_id: int
    employee: str
    function: str
    team: str
    lead_name: str
    kind: str
    status: str
    scheduled_at: datetime
    duration_minutes: int
    held_on: date | None
    template_version_id: int | None
    template_name: str
    template_version: int | None
    answers: tuple[AnswerView, ...]
    score: int | None
    shared_summary: str
    private_notes: str
    agreements: tuple[AgreementView, ...]
    carried: tuple[CarriedAgreement, ...]
    signoff: str | None
    signoff_date: date | None
    signoff_method: str | None
    employee_response: str
    cancel_reason: str
    cancel_note: str
    cancelled_on: date | None
    moves: tuple[MoveView, ...] = field(default=())
    pop_id: int | None = None
    updated_at: datetime | None = None
    # On the company server after a hand-over: the private note and score were written by
    # an earlier lead and are not readable (shown empty, with a line saying so).
    private_hidden: bool = False
    # The lock step: version, reason, what was signed (signed_versions.py).
    version: VersionInfo = field(default_factory=VersionInfo)
    # The edit version (migration 0009), handed back in the draft: not the signed version.
    row_version: int = 1

    @property
    def locked(self) -> bool:
        """Signed by the employee: the shared content can only change as a new version."""
        return self.status == ConversationStatus.HELD and self.signoff is not None

    def state(self, today: date | None = None) -> ConversationState:
        """planned / moved / held / signed / missed / cancelled (conversation_state.py)."""
        return conversation_state(
            self.status, self.scheduled_at, self.signoff, self.move_count, today or date.today()
        )

    @property
    def move_count(self) -> int:
        return len(self.moves)

    @property
    def many_moves(self) -> bool:
        """Moved often enough to warn the lead (domain.md §3.1), while it is still planned: a
        held or cancelled conversation needs no warning any more."""
        return self.status == ConversationStatus.PLANNED and self.move_count >= MOVE_WARNING_AT

    @property
    def original_at(self) -> datetime:
        """The first planned moment, before any move."""
        return self.moves[0].from_at if self.moves else self.scheduled_at

    @property
    def day(self) -> date:
        """The day the conversation counts for: held on, or planned for."""
        return self.held_on or self.scheduled_at.date()

    @property
    def cancel_text(self) -> str:
        name = label("cancel_reason", self.cancel_reason) if self.cancel_reason else ""
        return ": ".join(part for part in (name, self.cancel_note) if part)

    def without_private_notes(self) -> ConversationView:
        """The same conversation with the lead's working note left out: for the summary PDF
        and the show-to-employee view, so they cannot print or show it by mistake."""
        return replace(self, private_notes="")

    def draft(self) -> ConversationDraft:
        """The stored state as a draft, to edit and hand back to save_conversation."""
        return ConversationDraft(
            answers=tuple(a.answer for a in self.answers),
            score=self.score,
            shared_summary=self.shared_summary,
            private_notes=self.private_notes,
            agreements=tuple(
                AgreementDraft(a.text, a.owner, a.due_date, a.status, a.id) for a in self.agreements
            ),
            follow_ups=tuple(
                FollowUpDraft(c.agreement.id, c.follow_up.status, c.follow_up.comment)
                for c in self.carried
                if c.follow_up is not None
            ),
            signoff=self.signoff,
            signoff_date=self.signoff_date,
            signoff_method=self.signoff_method,
            employee_response=self.employee_response,
            mark_held=self.status == ConversationStatus.HELD,
            held_on=self.held_on,
        )
