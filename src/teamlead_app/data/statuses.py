"""The stored statuses as StrEnums: the strings in the database stay exactly these values, and
code compares against names instead of loose strings. Plain Python (no SQLAlchemy), so the fast
first screen and the records can use them without loading the ORM."""

from __future__ import annotations

from enum import StrEnum


class ConversationStatus(StrEnum):
    """The stored status of a conversation; a StrEnum, so the stored strings stay exactly
    these. "Moved" and "missed" are no statuses of their own but states derived at read time
    (services/conversations/status.py: ConversationState)."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class PopStatus(StrEnum):
    """draft -> agreed (signed by both) -> evaluated (read-only)."""

    DRAFT = "draft"
    AGREED = "agreed"
    EVALUATED = "evaluated"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    STOPPED = "stopped"
    POSTPONED = "postponed"


class RotationStatus(StrEnum):
    """Stored in Dutch, as the foreman's words: planned, running, finished, broken off."""

    PLANNED = "gepland"
    RUNNING = "bezig"
    FINISHED = "afgerond"
    BROKEN_OFF = "afgebroken"


class PairingStatus(StrEnum):
    """A buddy or mentor pairing: proposed, active, completed or stopped (stored in Dutch)."""

    PROPOSED = "voorgesteld"
    ACTIVE = "actief"
    COMPLETED = "afgerond"
    STOPPED = "gestopt"
