"""What the conversation summary (gespreksverslag) and the preparation sheet for the next
conversation print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from teamlead_app.records.conversations import AgreementView, ConversationView
from teamlead_app.records.development import ActiveGoal
from teamlead_app.records.skills import CertificateView


@dataclass(frozen=True)
class SummaryData:
    """One conversation for the summary. `conversation` comes without the private notes and
    without the score (both emptied here), so the report cannot print them by mistake."""

    conversation: ConversationView
    printed_on: date
    company_name: str = ""
    logo_path: str = ""

    @property
    def held(self) -> bool:
        return self.conversation.status == "held"


@dataclass(frozen=True)
class OpenAgreement:
    """An open agreement with what was last said about it in a follow-up (if anything)."""

    agreement: AgreementView
    last_comment: str = ""
    last_comment_on: date | None = None


@dataclass(frozen=True)
class NextConversation:
    conversation_id: int
    scheduled_at: datetime
    kind: str
    duration_minutes: int


@dataclass(frozen=True)
class LastConversation:
    """The shared parts of the last held conversation (never its private notes)."""

    conversation_id: int
    day: date
    kind: str
    shared_summary: str
    employee_response: str


@dataclass(frozen=True)
class PrepData:
    """The preparation sheet for the next conversation with one person."""

    employee_id: int
    employee: str
    personnel_number: str
    function: str
    team: str
    lead_name: str
    date_in_service: date | None
    next_conversation: NextConversation | None
    last_conversation: LastConversation | None
    open_agreements: tuple[OpenAgreement, ...]
    scores: tuple[ScorePoint, ...]  # oldest first
    goals: tuple[ActiveGoal, ...]
    printed_on: date
    company_name: str = ""
    logo_path: str = ""
    # Expired and expiring certificates (the warning window of the settings).
    certificates: tuple[CertificateView, ...] = ()


@dataclass(frozen=True)
class ScorePoint:
    conversation_id: int
    day: date
    score: int
