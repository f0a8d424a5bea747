"""Conversation templates: versioned lists of questions grouped in sections.

Saving a template adds a version and never changes an old one, so a conversation keeps
pointing at the questions that were asked then. The shipped defaults (template_defaults.py)
are version 1 of the template whose key is the conversation kind, in Dutch and in English.
Where the shipped questions changed (the agreements question left the answers, see
template_defaults.py), a database whose newest version is still the untouched old default
gets the new default as the next version; a template the user edited is left alone."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import CONVERSATION_KINDS, TemplateVersion
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import LANGUAGES, language, t
from teamlead_app.records.conversations import RETIRED_QUESTIONS
from teamlead_app.services.conversations.template_defaults import default_template

MAX_QUESTIONS = 60
MAX_QUESTION = 500
MAX_SECTION = 120
MAX_NAME = 200
MAX_KEY = 60
MIN_MINUTES = 5
MAX_MINUTES = 480


@dataclass(frozen=True)
class QuestionDraft:
    """One question; `section` groups consecutive questions under a heading ("" = none)."""

    section: str
    text: str


@dataclass(frozen=True)
class TemplateView:
    id: int
    key: str
    kind: str
    language: str
    name: str
    version: int
    questions: tuple[QuestionDraft, ...]
    default_minutes: int
    created_at: datetime

    def sections(self) -> tuple[tuple[str, tuple[tuple[int, str], ...]], ...]:
        """Consecutive questions with the same section: (section, ((position, text), ...))."""
        groups: list[tuple[str, list[tuple[int, str]]]] = []
        for position, question in enumerate(self.questions):
            if not groups or groups[-1][0] != question.section:
                groups.append((question.section, []))
            groups[-1][1].append((position, question.text))
        return tuple((section, tuple(items)) for section, items in groups)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def default_questions(kind: str, lang: str) -> tuple[QuestionDraft, ...]:
    """The shipped questions of a kind, for "restore the default" in the editor."""
    return tuple(
        QuestionDraft(section, text)
        for section, texts in default_template(kind, lang).sections
        for text in texts
    )


def version_questions(row: TemplateVersion) -> tuple[QuestionDraft, ...]:
    """The questions stored in one template version."""
    items = json.loads(row.questions_json)
    return tuple(QuestionDraft(str(q["section"]), str(q["text"])) for q in items)


def _view(row: TemplateVersion) -> TemplateView:
    return TemplateView(
        id=row.id,
        key=row.template_key,
        kind=row.kind,
        language=row.language,
        name=row.name,
        version=row.version,
        questions=version_questions(row),
        default_minutes=row.default_minutes,
        created_at=row.created_at,
    )


def _encode(questions: Sequence[QuestionDraft]) -> str:
    return json.dumps(
        [{"section": q.section, "text": q.text} for q in questions], ensure_ascii=False
    )


# --- seeding -------------------------------------------------------------------------------


def seed_defaults(session: Session) -> int:
    """Add version 1 of every shipped template that is missing, inside the caller's
    transaction; returns how many were added (0 on every later call)."""
    present = {
        (key, lang)
        for key, lang in session.execute(
            select(TemplateVersion.template_key, TemplateVersion.language)
            .where(TemplateVersion.template_key.in_(CONVERSATION_KINDS))
            .distinct()
        )
    }
    added = 0
    for kind in CONVERSATION_KINDS:
        for lang in LANGUAGES:
            if (kind, lang) in present:
                continue
            shipped = default_template(kind, lang)
            session.add(
                TemplateVersion(
                    template_key=kind,
                    kind=kind,
                    language=lang,
                    name=shipped.name,
                    version=1,
                    questions_json=_encode(default_questions(kind, lang)),
                    default_minutes=shipped.minutes,
                    created_at=_now(),
                )
            )
            added += 1
    if added:
        session.flush()
    for kind in RETIRED_QUESTIONS:
        for lang in LANGUAGES:
            latest = _latest(session, kind, lang)
            if latest is not None:
                _replace_retired_default(session, latest)
    return added


def _old_default_questions(kind: str, lang: str) -> tuple[QuestionDraft, ...]:
    """The questions of version 1 as shipped before the agreements question left them."""
    section, question = RETIRED_QUESTIONS[kind][lang]
    return (*default_questions(kind, lang), QuestionDraft(section, question))


def _replace_retired_default(session: Session, row: TemplateVersion) -> TemplateVersion:
    """`row` itself, or a new version with the current default when `row` is the untouched
    old default of its kind (old conversations keep pointing at `row` and their answers)."""
    kind, lang = row.template_key, row.language
    if (
        kind not in RETIRED_QUESTIONS
        or lang not in RETIRED_QUESTIONS[kind]
        or version_questions(row) != _old_default_questions(kind, lang)
    ):
        return row
    shipped = default_template(kind, lang)
    newer = TemplateVersion(
        template_key=kind,
        kind=row.kind,
        language=lang,
        name=row.name,
        version=row.version + 1,
        questions_json=_encode(default_questions(kind, lang)),
        default_minutes=row.default_minutes or shipped.minutes,
        created_at=_now(),
    )
    session.add(newer)
    session.flush()
    return newer


def ensure_default_templates(ctx: ServiceContext) -> int:
    """Seed the shipped templates once (idempotent); call at start-up."""
    with ctx.sessions.begin() as session:
        return seed_defaults(session)


def _latest(session: Session, key: str, lang: str) -> TemplateVersion | None:
    return session.scalars(
        select(TemplateVersion)
        .where(TemplateVersion.template_key == key, TemplateVersion.language == lang)
        .order_by(TemplateVersion.version.desc())
        .limit(1)
    ).first()


def current_version(session: Session, kind: str, lang: str | None = None) -> TemplateVersion:
    """The newest version of the template of `kind` (key = kind) in `lang` (default: the app's
    language), seeding the defaults when they are missing. For services that plan conversations
    inside their own transaction."""
    if kind not in CONVERSATION_KINDS:
        raise ValidationError(t("Onbekend soort gesprek.", "Unknown kind of conversation."), "kind")
    lang = lang if lang in LANGUAGES else language()
    found = _latest(session, kind, lang)
    if found is None:
        seed_defaults(session)
        found = _latest(session, kind, lang)
    assert found is not None  # seed_defaults adds every kind in every language
    return _replace_retired_default(session, found)


# --- reading -------------------------------------------------------------------------------


def current_template(ctx: ServiceContext, kind: str, lang: str | None = None) -> TemplateView:
    with ctx.sessions.begin() as session:
        return _view(current_version(session, kind, lang))


def get_template(ctx: ServiceContext, version_id: int) -> TemplateView:
    with ctx.sessions() as session:
        row = session.get(TemplateVersion, version_id)
        if row is None:
            raise NotFoundError(t("Sjabloon niet gevonden.", "Template not found."))
        return _view(row)


def list_templates(ctx: ServiceContext, lang: str | None = None) -> list[TemplateView]:
    """The newest version of every template in `lang`, in the order of the conversation kinds
    and then by name, in one query (after seeding the defaults when they are missing)."""
    lang = lang if lang in LANGUAGES else language()
    with ctx.sessions.begin() as session:
        seed_defaults(session)
        newest = (
            select(TemplateVersion.template_key, func.max(TemplateVersion.version).label("v"))
            .where(TemplateVersion.language == lang)
            .group_by(TemplateVersion.template_key)
            .subquery()
        )
        rows = session.scalars(
            select(TemplateVersion)
            .join(
                newest,
                (newest.c.template_key == TemplateVersion.template_key)
                & (newest.c.v == TemplateVersion.version),
            )
            .where(TemplateVersion.language == lang)
        )
        views = [_view(row) for row in rows]
    return sorted(views, key=lambda v: (CONVERSATION_KINDS.index(v.kind), v.name.casefold()))


# --- saving --------------------------------------------------------------------------------


def clean_questions(questions: Sequence[QuestionDraft]) -> tuple[QuestionDraft, ...]:
    return tuple(QuestionDraft(_fold(q.section), _fold(q.text)) for q in questions)


def validate_template(
    name: str, questions: Sequence[QuestionDraft], default_minutes: int
) -> dict[str, str]:
    """Field name -> message. Question fields are named "questions[i]" (0-based)."""
    problems: dict[str, str] = {}
    if not _fold(name):
        problems["name"] = t("Geef het sjabloon een naam.", "Give the template a name.")
    elif len(_fold(name)) > MAX_NAME:
        problems["name"] = t(
            f"Naam is te lang (max. {MAX_NAME} tekens).",
            f"Name is too long (max {MAX_NAME} characters).",
        )
    if not questions:
        problems["questions"] = t(
            "Een sjabloon heeft minstens één vraag.", "A template needs at least one question."
        )
    elif len(questions) > MAX_QUESTIONS:
        problems["questions"] = t(
            f"Te veel vragen (max. {MAX_QUESTIONS}).", f"Too many questions (max {MAX_QUESTIONS})."
        )
    for i, question in enumerate(clean_questions(questions)):
        if not question.text:
            problems[f"questions[{i}]"] = t(
                f"Vraag {i + 1} is leeg.", f"Question {i + 1} is empty."
            )
        elif len(question.text) > MAX_QUESTION or len(question.section) > MAX_SECTION:
            problems[f"questions[{i}]"] = t(
                f"Vraag {i + 1} of haar kopje is te lang (max. {MAX_QUESTION} tekens).",
                f"Question {i + 1} or its heading is too long (max {MAX_QUESTION} characters).",
            )
    if not MIN_MINUTES <= default_minutes <= MAX_MINUTES:
        problems["default_minutes"] = t(
            f"Kies een duur van {MIN_MINUTES} tot {MAX_MINUTES} minuten.",
            f"Choose a duration from {MIN_MINUTES} to {MAX_MINUTES} minutes.",
        )
    return problems


def save_template(
    ctx: ServiceContext,
    key: str,
    lang: str,
    name: str,
    questions: Sequence[QuestionDraft],
    default_minutes: int,
    *,
    kind: str | None = None,
) -> TemplateView:
    """Store the edited template as a new version and return it. Unchanged content returns
    the current version without adding one. A new key needs `kind`; an existing key keeps its
    kind."""
    problems = validate_template(name, questions, default_minutes)
    key = _fold(key)
    if not key or len(key) > MAX_KEY:
        problems.setdefault("key", t("Ongeldige sjabloonsleutel.", "Invalid template key."))
    if lang not in LANGUAGES:
        problems.setdefault("language", t("Onbekende taal.", "Unknown language."))
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)
    cleaned = clean_questions(questions)
    with ctx.sessions.begin() as session:
        seed_defaults(session)
        latest = _latest(session, key, lang)
        chosen_kind = latest.kind if latest is not None else kind
        if chosen_kind not in CONVERSATION_KINDS:
            raise ValidationError(
                t("Onbekend soort gesprek.", "Unknown kind of conversation."), field="kind"
            )
        if latest is not None and (
            latest.name == _fold(name)
            and latest.default_minutes == default_minutes
            and _view(latest).questions == cleaned
        ):
            return _view(latest)
        row = TemplateVersion(
            template_key=key,
            kind=chosen_kind,
            language=lang,
            name=_fold(name),
            version=(latest.version + 1) if latest is not None else 1,
            questions_json=_encode(cleaned),
            default_minutes=default_minutes,
            created_at=_now(),
        )
        session.add(row)
        session.flush()
        return _view(row)
