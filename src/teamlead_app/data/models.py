"""The SQLAlchemy models: one table per thing the lead keeps. Portable SQL only (SQLite now,
PostgreSQL later). Enumerations are stored as short lowercase strings with a CHECK, so a
migration never has to rebuild a native enum type."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Sets the edit version once per transaction (the versioned mappers leave it to this module).
from teamlead_app.data import versioning as _versioning  # noqa: F401
from teamlead_app.data.statuses import (
    AgreementStatus,
    ConversationStatus,
    GoalStatus,
    PairingStatus,
    PopStatus,
    RotationStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

EMPLOYEE_KINDS = ("medewerker", "junior", "stagiair", "bbl", "zij_instromer")
STAGES = ("starter", "medior", "senior")
CADENCES = ("monthly", "weeks", "paused")
CONVERSATION_KINDS = ("maandgesprek", "functionering", "ontwikkel", "inwerk", "informeel")


CONVERSATION_STATUSES = tuple(status.value for status in ConversationStatus)
SIGNOFFS = ("gezien", "akkoord")
SIGNOFF_METHODS = ("paper", "screen")
AGREEMENT_OWNERS = ("medewerker", "leidinggevende", "beiden")


AGREEMENT_STATUSES = tuple(status.value for status in AgreementStatus)


POP_STATUSES = tuple(status.value for status in PopStatus)
GOAL_CATEGORIES = (
    "demanding",
    "cross_department",
    "independence",
    "responsibility",
    "employability",
    "guiding",
    "soft_skills",
    "certificate",
)


GOAL_STATUSES = tuple(status.value for status in GoalStatus)
SUPPORT_KINDS = ("training", "time", "budget", "coaching", "meelopen", "rotation", "buddy", "other")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _edit_version() -> Mapped[int]:
    """The edit version of a record edited in a form (migration 0009). Mapped as the mapper's
    `version_id_col`: every ORM UPDATE says `WHERE id = ? AND version = ?` and raises
    StaleDataError when another transaction saved in between (SQLite and PostgreSQL alike);
    data/versioning.py raises it by one per transaction; the services also compare it with
    the version the form was loaded with (services/common/edit_versions.py)."""
    return mapped_column(Integer, default=1, server_default=text("1"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Data-affecting settings (company name, working hours, retention...), as JSON text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    lead_name: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")


class JobFunction(Base):
    """The editable list of functions (monteur, CNC-operator, lasser ...)."""

    __tablename__ = "job_function"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Employee(Base):
    __tablename__ = "employee"
    __table_args__ = (
        CheckConstraint(_in("kind", EMPLOYEE_KINDS), name="kind"),
        CheckConstraint(_in("stage", STAGES), name="stage"),
        CheckConstraint(_in("cadence", CADENCES), name="cadence"),
        Index("ix_employee_sort", "last_name", "first_name"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    tussenvoegsel: Mapped[str] = mapped_column(String(40), default="")
    last_name: Mapped[str] = mapped_column(String(200))
    personnel_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    function_id: Mapped[int | None] = mapped_column(
        ForeignKey("job_function.id", ondelete="SET NULL"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), index=True
    )
    date_in_service: Mapped[date | None] = mapped_column(Date)
    date_out_of_service: Mapped[date | None] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="medewerker")
    stage: Mapped[str] = mapped_column(String(20), default="medior")
    cadence: Mapped[str] = mapped_column(String(10), default="monthly")
    cadence_weeks: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    function: Mapped[JobFunction | None] = relationship()
    team: Mapped[Team | None] = relationship()


class TemplateVersion(Base):
    """One frozen version of a conversation template. Editing a template adds a version, so a
    conversation always shows the questions that were asked then."""

    __tablename__ = "template_version"
    __table_args__ = (
        UniqueConstraint("template_key", "language", "version", name="key_lang_version"),
        CheckConstraint(_in("kind", CONVERSATION_KINDS), name="kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    template_key: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5), default="nl")
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    # JSON list of {"section": str, "text": str}
    questions_json: Mapped[str] = mapped_column(Text)
    default_minutes: Mapped[int] = mapped_column(Integer, default=30)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Conversation(Base):
    __tablename__ = "conversation"
    __table_args__ = (
        CheckConstraint(_in("kind", CONVERSATION_KINDS), name="kind"),
        CheckConstraint(_in("status", CONVERSATION_STATUSES), name="status"),
        CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="score"),
        Index("ix_conversation_employee_when", "employee_id", "scheduled_at"),
        Index("ix_conversation_when", "scheduled_at"),
        # The overview: each person's last held day is one seek (cadence, overdue, longest
        # without), and the month/year counts read the status from the index, not the rows.
        Index("ix_conversation_employee_status_held", "employee_id", "status", "held_on"),
        Index("ix_conversation_when_status", "scheduled_at", "status"),
        # Keeping employee_talks.last_planned right on every write: one seek (schema 0008).
        Index(
            "ix_conversation_planned",
            "employee_id",
            "scheduled_at",
            sqlite_where=text("status = 'planned'"),
            postgresql_where=text("status = 'planned'"),
        ),
        # "Nog te tekenen": only the held, unsigned talks, newest first (schema 0010).
        Index(
            "ix_conversation_unsigned",
            "scheduled_at",
            "employee_id",
            sqlite_where=text("status = 'held' AND signoff IS NULL"),
            postgresql_where=text("status = 'held' AND signoff IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="maandgesprek")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    # Local wall time in Europe/Amsterdam.
    scheduled_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    template_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("template_version.id", ondelete="SET NULL")
    )
    # Evaluation moments of a POP; indexed for the POP view and the "evaluation due" signal.
    pop_id: Mapped[int | None] = mapped_column(
        ForeignKey("pop.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[date | None] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer)
    shared_summary: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    signoff: Mapped[str | None] = mapped_column(String(10))
    signoff_date: Mapped[date | None] = mapped_column(Date)
    signoff_method: Mapped[str | None] = mapped_column(String(10))
    employee_response: Mapped[str] = mapped_column(Text, default="")
    # A code (afwezig, operationele_drukte, uit_dienst, anders); the free text for "anders"
    # goes in cancel_note. Never a health field.
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    cancel_note: Mapped[str] = mapped_column(String(200), default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    employee: Mapped[Employee] = relationship()
    template_version: Mapped[TemplateVersion | None] = relationship()
    answers: Mapped[list[ConversationAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="ConversationAnswer.position"
    )
    moves: Mapped[list[ConversationMove]] = relationship(
        cascade="all, delete-orphan", order_by="ConversationMove.id"
    )


class ConversationAnswer(Base):
    __tablename__ = "conversation_answer"
    __table_args__ = (UniqueConstraint("conversation_id", "position", name="conv_position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(Text, default="")


class ConversationMove(Base):
    """A planned conversation moved to another moment: the history is kept."""

    __tablename__ = "conversation_move"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    from_at: Mapped[datetime] = mapped_column(DateTime)
    to_at: Mapped[datetime] = mapped_column(DateTime)
    # A code (operationele_drukte, afwezig, verlof, anders) or "" (no reason given); free
    # text in note.
    reason: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    moved_on: Mapped[date] = mapped_column(Date)


class Agreement(Base):
    """An afspraak: what, who, when; carried over until closed."""

    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint(_in("owner", AGREEMENT_OWNERS), name="owner"),
        CheckConstraint(_in("status", AGREEMENT_STATUSES), name="status"),
        Index("ix_agreement_employee_status", "employee_id", "status"),
        # The overview's late agreements: only the open ones, by due date (schema 0008).
        Index(
            "ix_agreement_open_due",
            "due_date",
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(20), default="medewerker")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_on: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class AgreementFollowUp(Base):
    """What became of an earlier agreement, recorded in a later conversation."""

    __tablename__ = "agreement_followup"
    # One follow-up per agreement per conversation: saving again replaces it.
    __table_args__ = (
        UniqueConstraint("agreement_id", "conversation_id", name="agreement_conversation"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")


class Draft(Base):
    """Autosaved typing: offered back after a crash or kill."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("kind", "ref_id", name="kind_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    ref_id: Mapped[int] = mapped_column(Integer)
    # The person the draft is about (schema 0002): deleting the person deletes every kind of
    # draft through the cascade, and services.drafts refuses a kind without a known owner.
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    payload_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Pop(Base):
    """A persoonlijk ontwikkelingsplan for one employee and one period."""

    __tablename__ = "pop"
    __table_args__ = (
        CheckConstraint(_in("status", POP_STATUSES), name="status"),
        CheckConstraint("period_end >= period_start", name="period"),
        Index("ix_pop_employee_period", "employee_id", "period_start"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=PopStatus.DRAFT.value)
    ambition: Mapped[str] = mapped_column(Text, default="")
    lead_perspective: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    development_points: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    signoff: Mapped[str | None] = mapped_column(String(10))
    signoff_date: Mapped[date | None] = mapped_column(Date)
    signoff_method: Mapped[str | None] = mapped_column(String(10))
    lead_signed_on: Mapped[date | None] = mapped_column(Date)
    employee_response: Mapped[str] = mapped_column(Text, default="")
    previous_pop_id: Mapped[int | None] = mapped_column(ForeignKey("pop.id", ondelete="SET NULL"))
    # The day the plan was evaluated (status evaluated): a timeline event.
    evaluated_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    support: Mapped[list[PopSupport]] = relationship(
        cascade="all, delete-orphan", order_by="PopSupport.id"
    )


class PopSupport(Base):
    __tablename__ = "pop_support"
    __table_args__ = (CheckConstraint(_in("kind", SUPPORT_KINDS), name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pop_id: Mapped[int] = mapped_column(ForeignKey("pop.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    description: Mapped[str] = mapped_column(Text, default="")


class Goal(Base):
    """An ontwikkeldoel; may live outside a POP (raised in a monthly talk) and be taken in."""

    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint(_in("category", GOAL_CATEGORIES), name="category"),
        CheckConstraint(_in("status", GOAL_STATUSES), name="status"),
        Index("ix_goal_employee_status", "employee_id", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    pop_id: Mapped[int | None] = mapped_column(
        ForeignKey("pop.id", ondelete="SET NULL"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), default="employability")
    success_criterion: Mapped[str] = mapped_column(Text, default="")
    support_needed: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")
    achieved_on: Mapped[date | None] = mapped_column(Date)
    # The day the goal was stopped: a timeline event, like achieved_on.
    stopped_on: Mapped[date | None] = mapped_column(Date)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    # The conversation in which the goal was raised, when it came up in a talk.
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    steps: Mapped[list[GoalStep]] = relationship(
        cascade="all, delete-orphan", order_by="GoalStep.position"
    )
    progress: Mapped[list[GoalProgress]] = relationship(
        cascade="all, delete-orphan", order_by="GoalProgress.id"
    )


class GoalStep(Base):
    """A small action towards a goal: what, who, when."""

    __tablename__ = "goal_step"
    # Covers the "stopped learning" signal's look at step dates without reading the texts.
    __table_args__ = (Index("ix_goal_step_goal_dates", "goal_id", "created_on", "done_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(200), default="")
    planned_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    created_on: Mapped[date] = mapped_column(Date)


class GoalProgress(Base):
    """One line of progress on a goal, usually written in a monthly conversation."""

    __tablename__ = "goal_progress"
    # (goal, day): the latest line per goal is an index seek, not a sort, in every goal list.
    __table_args__ = (Index("ix_goal_progress_goal_written", "goal_id", "written_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL"), index=True
    )
    written_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)


class ExportLog(Base):
    """Append-only: who exported what personal data, when. Never the content."""

    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(400), default="")
    os_user: Mapped[str] = mapped_column(String(120), default="")


SIGNED_KINDS = ("conversation", "pop")


class SignedVersion(Base):
    """One version of a signed record (a conversation or a POP), for the lock step of
    domain.md §3.1 and §5.7. Version 1 is the first signed content; a change after signing
    adds the next version with the day and the reason, and its sign-off is open again.
    `snapshot_json` is the content as it was signed (NULL while the version is not signed).
    The person's id cascades, so the retention deletion leaves no snapshot behind."""

    __tablename__ = "signed_version"
    __table_args__ = (
        CheckConstraint(_in("kind", SIGNED_KINDS), name="kind"),
        UniqueConstraint("kind", "record_id", "version", name="kind_record_version"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    # Why the signed content was changed ("" for version 1) and on which day.
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_on: Mapped[date | None] = mapped_column(Date)
    signoff: Mapped[str | None] = mapped_column(String(10))
    signed_on: Mapped[date | None] = mapped_column(Date)
    snapshot_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


# --- skills matrix and certificates (migration 0004) -------------------------------------

SKILL_GROUPS = ("machine", "process", "topic", "sector", "soft")
ILUO_LEVELS = ("-", "I", "L", "U", "O")
LEVEL_SOURCES = ("matrix", "import", "demo", "rotation")


class CertificateType(Base):
    """VCA, NEN 3140, BHV ...: an editable list with a default validity (None: no expiry)."""

    __tablename__ = "certificate_type"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    validity_months: Mapped[int | None] = mapped_column(Integer)


class Skill(Base):
    """A column of the matrix, in one team's catalogue (team None: the whole company)."""

    __tablename__ = "skill"
    __table_args__ = (
        CheckConstraint(_in("skill_group", SKILL_GROUPS), name="skill_group"),
        UniqueConstraint("team_id", "name", name="team_name"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    skill_group: Mapped[str] = mapped_column(String(10), default="machine")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # While set, the skill counts as qualified only with a valid certificate of this type.
    certificate_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate_type.id", ondelete="SET NULL")
    )


class SkillLevel(Base):
    """One assessment on the ILUO scale. Append-only: a change is a new row, never an edit."""

    __tablename__ = "skill_level"
    __table_args__ = (
        CheckConstraint(_in("level", ILUO_LEVELS), name="level"),
        CheckConstraint(_in("source", LEVEL_SOURCES), name="source"),
        Index("ix_skill_level_person_skill", "employee_id", "skill_id", "assessed_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(1))
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(200), default="")
    evidence: Mapped[str] = mapped_column(String(300), default="")
    # Where the change came from; a rotation's sign-off will add its rotation id next to it.
    source: Mapped[str] = mapped_column(String(10), default="matrix")
    # The rotation whose evaluation set this level (source "rotation"), migration 0005.
    rotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("rotation.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PersonSkill(Base):
    """The current state of one person and skill, kept in the same transaction as each new
    SkillLevel row (coverage reads this, not ten years of history), plus the "petje"."""

    __tablename__ = "person_skill"
    __table_args__ = (
        CheckConstraint(_in("level", ILUO_LEVELS), name="level"),
        Index("ix_person_skill_skill_level", "skill_id", "level"),
    )
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[str] = mapped_column(String(1), default="-")
    knowledge_holder: Mapped[bool] = mapped_column(Boolean, default=False)


class FunctionSkill(Base):
    """The level a function needs on a skill (the gap view)."""

    __tablename__ = "function_skill"
    __table_args__ = (CheckConstraint(_in("level", ILUO_LEVELS), name="level"),)
    function_id: Mapped[int] = mapped_column(
        ForeignKey("job_function.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[str] = mapped_column(String(1))


class Certificate(Base):
    __tablename__ = "certificate"
    __table_args__ = (
        CheckConstraint("expires_on IS NULL OR expires_on >= issued_on", name="dates"),
        Index("ix_certificate_employee_type", "employee_id", "type_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    type_id: Mapped[int] = mapped_column(ForeignKey("certificate_type.id", ondelete="RESTRICT"))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CertificateScan(Base):
    """The scanned certificate (PDF or image, at most 10 MB), apart so lists never load it."""

    __tablename__ = "certificate_scan"
    certificate_id: Mapped[int] = mapped_column(
        ForeignKey("certificate.id", ondelete="CASCADE"), primary_key=True
    )
    file_name: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(60))
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- stations and the rotation planner (migration 0005) ----------------------------------


ROTATION_STATUSES = tuple(status.value for status in RotationStatus)
ROTATION_OUTCOMES = ("doorgaan", "nog_niet", "niet_voor_mij", "afgebroken")


class RotationForm(Base):
    """A form of rotation (domain §3.9): an editable list seeded by the migration."""

    __tablename__ = "rotation_form"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    purpose: Mapped[str] = mapped_column(String(300), default="")
    duration: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Station(Base):
    """A workplace with a complexity (1 simple - 3 complex) and prerequisite skills."""

    __tablename__ = "station"
    __table_args__ = (CheckConstraint("complexity BETWEEN 1 AND 3", name="complexity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    complexity: Mapped[int] = mapped_column(Integer, default=1)


class StationSkill(Base):
    __tablename__ = "station_skill"
    station_id: Mapped[int] = mapped_column(
        ForeignKey("station.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True
    )


class Rotation(Base):
    """Who goes where (a station, another team or a department), with which host, when, to
    learn what; and, once evaluated, what came of it."""

    __tablename__ = "rotation"
    __table_args__ = (
        CheckConstraint(_in("status", ROTATION_STATUSES), name="status"),
        CheckConstraint("outcome IS NULL OR " + _in("outcome", ROTATION_OUTCOMES), name="outcome"),
        CheckConstraint("date_to >= date_from", name="dates"),
        Index("ix_rotation_dates", "date_from", "date_to"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    form_id: Mapped[int | None] = mapped_column(ForeignKey("rotation_form.id", ondelete="SET NULL"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id", ondelete="SET NULL"))
    target_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    department: Mapped[str] = mapped_column(String(200), default="")
    host_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL"), index=True
    )
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skill.id", ondelete="SET NULL"))
    target_level: Mapped[str | None] = mapped_column(String(1))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default=RotationStatus.PLANNED.value)
    learned: Mapped[str] = mapped_column(Text, default="")
    new_level: Mapped[str | None] = mapped_column(String(1))
    next_step: Mapped[str] = mapped_column(Text, default="")
    shared_with_team: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(14))
    evaluated_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


# --- buddy and mentor pairings, team leaders, buddy training (migration 0006) -------------

PAIRING_KINDS = ("buddy", "mentor", "leermeester", "trainingsmaatje", "reverse", "rotation_host")
PAIRING_STATUSES = tuple(status.value for status in PairingStatus)
LEADER_ROLES = ("leider", "ploegleider", "meewerkend_voorman")


class TeamLeader(Base):
    """One of a team's own people named as its leader or shift leader: a mentor may never be
    the mentee's own leader (domain §3.10)."""

    __tablename__ = "team_leader"
    __table_args__ = (CheckConstraint(_in("role", LEADER_ROLES), name="role"),)
    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
    )
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), default="leider")


class BuddyTraining(Base):
    """A person's preparation as a buddy or mentor: when and how."""

    __tablename__ = "buddy_training"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    trained_on: Mapped[date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Pairing(Base):
    """A mentor (buddy, leermeester ...) next to a mentee. After the mentee's deletion the
    mentor's record survives without the mentee (mentee_id NULL, texts cleared)."""

    __tablename__ = "pairing"
    __table_args__ = (
        CheckConstraint(_in("kind", PAIRING_KINDS), name="kind"),
        CheckConstraint(_in("status", PAIRING_STATUSES), name="status"),
        CheckConstraint("planned_end_on >= start_on", name="dates"),
        CheckConstraint("checkin_weeks BETWEEN 1 AND 52", name="checkin_weeks"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="buddy")
    status: Mapped[str] = mapped_column(String(12), default=PairingStatus.PROPOSED.value)
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL"), index=True
    )
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL"), index=True
    )
    # JSON {"skills": [skill ids], "goals": [goal ids]}: the gap skills and POP goals in focus.
    focus_json: Mapped[str] = mapped_column(Text, default="{}")
    start_on: Mapped[date] = mapped_column(Date)
    planned_end_on: Mapped[date] = mapped_column(Date, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    checkin_weeks: Mapped[int] = mapped_column(Integer, default=4)
    stop_reason: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    # The rotation this pairing hosts (kind rotation_host): a link, not a copy.
    rotation_id: Mapped[int | None] = mapped_column(ForeignKey("rotation.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = _edit_version()
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class PairingCheckin(Base):
    """A short check-in of a pairing; shared or private like conversation notes."""

    __tablename__ = "pairing_checkin"
    __table_args__ = (Index("ix_pairing_checkin_pairing_held", "pairing_id", "held_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairing.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


ONBOARDING_ITEM_KINDS = ("talk", "task")


class OnboardingItem(Base):
    """A newcomer's onboarding plan (domain §3.11, schema 0007): the inwerkgesprekken (kind
    talk: the moment code and the planned conversation) and the checklist (kind task: the
    text, ticked off with a date)."""

    __tablename__ = "onboarding_item"
    __table_args__ = (CheckConstraint(_in("kind", ONBOARDING_ITEM_KINDS), name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300), default="")
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL")
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


# --- summaries kept by the database itself (schema 0008) -------------------------------------
# Triggers on conversation and conversation_move (written in migration 0008 for SQLite and
# PostgreSQL) keep these right on every write path (services, demo, import, raw SQL), so the
# overview reads a row per person or per person-month instead of ten years of talks. They hold
# no private data (no score, no note); the services never write them.


class EmployeeTalks(Base):
    """Per person: the last held day and the latest planned moment (a planned talk from today
    on exists exactly when last_planned >= today)."""

    __tablename__ = "employee_talks"
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_held: Mapped[date | None] = mapped_column(Date)
    last_planned: Mapped[datetime | None] = mapped_column(DateTime)


class TalkMonth(Base):
    """Per person and calendar month of the planned moment (month = year * 100 + month):
    how many talks are planned, held and cancelled, and how many of them were ever moved."""

    __tablename__ = "talk_month"
    __table_args__ = (Index("ix_talk_month_month", "month"),)
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    planned: Mapped[int] = mapped_column(Integer, default=0)
    held: Mapped[int] = mapped_column(Integer, default=0)
    moved: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[int] = mapped_column(Integer, default=0)
    # The person's team (0: none), so team_month follows a move to another team.
    team_id: Mapped[int] = mapped_column(Integer, default=0)


class TeamMonth(Base):
    """talk_month summed per team (0: people without a team) and month: the overview's counts
    read a dozen rows per team, whatever the number of people."""

    __tablename__ = "team_month"
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    planned: Mapped[int] = mapped_column(Integer, default=0)
    held: Mapped[int] = mapped_column(Integer, default=0)
    moved: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[int] = mapped_column(Integer, default=0)


# --- the overview cards' state for one day (schema 0010) -----------------------------------
# Per person what the overview's cards count and order by, computed for one day by the same
# statements that make the full lists (services/cards/person_day.py). Triggers on a SQLite file
# mark a person whose rows changed (person_day_dirty); the cards then recompute only those
# people, and everyone once on a new day. A company server computes the cards directly.


class PersonDay(Base):
    __tablename__ = "person_day"
    __table_args__ = (
        Index("ix_person_day_team", "team_id"),
        Index("ix_person_day_to_plan", "to_plan_due"),
        Index("ix_person_day_without", "without_key"),
        Index("ix_person_day_no_pop", "no_pop", "last_key", "first_key", "employee_id"),
        Index("ix_person_day_stopped", "stopped", "last_key", "first_key", "employee_id"),
        Index("ix_person_day_goals", "goals_first", "last_key", "first_key", "employee_id"),
        Index("ix_person_day_evaluations", "evaluations_first", "employee_id"),
    )
    # No foreign key: a derived row, not data about the person (the access export leaves it
    # out); a trigger removes it with the person.
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    team_id: Mapped[int | None] = mapped_column(Integer)
    # The name order of the signal lists (lower(last_name), lower(first_name), as they sort).
    last_key: Mapped[str] = mapped_column(String(200), default="")
    first_key: Mapped[str] = mapped_column(String(200), default="")
    # Still to plan: the due day (None: not listed); overdue but already planned.
    to_plan_due: Mapped[date | None] = mapped_column(Date)
    planned_late: Mapped[int] = mapped_column(Integer, default=0)
    # Longest without a held talk, as text in that order: "0" never held / "1" held, then
    # the day ("12020-01-06"); None: the cadence does not apply.
    without_key: Mapped[str | None] = mapped_column(String(11))
    unsigned: Mapped[int] = mapped_column(Integer, default=0)
    no_pop: Mapped[int] = mapped_column(Integer, default=0)
    stopped: Mapped[int] = mapped_column(Integer, default=0)
    # Goals past their date and evaluations due: how many, and the first one's day.
    goals: Mapped[int] = mapped_column(Integer, default=0)
    goals_first: Mapped[date | None] = mapped_column(Date)
    evaluations: Mapped[int] = mapped_column(Integer, default=0)
    evaluations_first: Mapped[date | None] = mapped_column(Date)


class PersonDayTeam(Base):
    """person_day summed per team (0: people without a team): a card's totals read a row
    per team, not a row per person."""

    __tablename__ = "person_day_team"
    team_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    to_plan: Mapped[int] = mapped_column(Integer, default=0)
    planned_late: Mapped[int] = mapped_column(Integer, default=0)
    unsigned: Mapped[int] = mapped_column(Integer, default=0)
    no_pop: Mapped[int] = mapped_column(Integer, default=0)
    goals: Mapped[int] = mapped_column(Integer, default=0)
    evaluations: Mapped[int] = mapped_column(Integer, default=0)
    stopped: Mapped[int] = mapped_column(Integer, default=0)


class PersonDayDirty(Base):
    """People whose person_day row is out of date (filled by triggers)."""

    __tablename__ = "person_day_dirty"
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class PersonDayStamp(Base):
    """The day (and the settings) person_day was computed for: one row."""

    __tablename__ = "person_day_stamp"
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[date] = mapped_column(Date)
    settings: Mapped[str] = mapped_column(String(100), default="")


# Tables the database derives from others: never copied (import-sqlite); the summaries of 0008
# are never written by the app, the cards' state only by services/cards.
# --- the craftsmanship card's state of one day (schema 0011) ---------------------------------
# The overview's card names the red, amber and single-holder skills of *today*; working that
# out reads every person's skills (57,000 rows at 4,000 people). services/skills/card_state.py
# keeps the answer for one day here and recomputes only the skills that SQLite triggers
# (migration 0011) marked in skill_dirty since. A cache: derived, never copied to a server (a
# server computes live and has no triggers), and rebuilt whenever the day, the warning window
# or the rule's version differ from skill_day_state's.


class SkillDay(Base):
    """One line of the card: a flagged skill under one kind (0 red, 1 amber, 2 one knowledge
    holder; a red skill with one holder has two lines), its coverage figures of the day, and
    the card's order (team name, group, position, lowercased name, id) to read it by index."""

    __tablename__ = "skill_day"
    __table_args__ = (
        Index(
            "ix_skill_day_order",
            "kind",
            "team_name",
            "group_rank",
            "position",
            "name_key",
            "skill_id",
        ),
        Index("ix_skill_day_team", "team_id"),
    )
    skill_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    team_id: Mapped[int | None] = mapped_column(Integer)
    team_name: Mapped[str] = mapped_column(String(120))
    group_rank: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    name_key: Mapped[str] = mapped_column(String(200))
    qualified: Mapped[int] = mapped_column(Integer)
    leaving: Mapped[int] = mapped_column(Integer)
    away: Mapped[int] = mapped_column(Integer)
    expiring: Mapped[int] = mapped_column(Integer)
    holders: Mapped[int] = mapped_column(Integer)


class SkillDayState(Base):
    """One row: the day, the certificate warning window and the rule's version skill_day was
    computed for."""

    __tablename__ = "skill_day_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    warning_days: Mapped[int] = mapped_column(Integer)
    rule_version: Mapped[int] = mapped_column(Integer)


class CertificateDay(Base):
    """One certificate alert of the day: a (person, type) whose certificate has expired or
    expires within the window, the person in service, none valid beyond it; with the person's
    team (0: none) so a team's alerts are counted by index."""

    __tablename__ = "certificate_day"
    __table_args__ = (Index("ix_certificate_day_team", "team_id"),)
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    type_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    team_id: Mapped[int] = mapped_column(Integer)


class CertificateDirty(Base):
    """People whose certificate alerts may have changed since certificate_day was computed."""

    __tablename__ = "certificate_dirty"
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SkillDirty(Base):
    """Skills whose coverage may have changed since skill_day was computed (filled by the
    triggers of migration 0011, emptied by the card)."""

    __tablename__ = "skill_dirty"
    skill_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


# Tables the database derives from others: never copied (import-sqlite); the talk summaries
# are written by triggers only, the cards' state by services/cards and
# services/skills/card_state.py.
DERIVED_TABLES = (
    "employee_talks",
    "talk_month",
    "team_month",
    "person_day",
    "person_day_team",
    "person_day_dirty",
    "person_day_stamp",
    "skill_day",
    "skill_day_state",
    "skill_dirty",
    "certificate_day",
    "certificate_dirty",
)


# Ids are never reused (schema 0002): SQLite's AUTOINCREMENT on every integer primary key, so
# a deleted person's id (and their POP's, conversation's ...) is never handed to someone else.
for _table in Base.metadata.tables.values():
    if [c.name for c in _table.primary_key.columns] == ["id"]:
        _table.dialect_kwargs["sqlite_autoincrement"] = True
