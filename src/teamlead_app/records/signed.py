"""What a signed record's versions look like (domain.md §3.1, §5.7): the version info the
screens and printouts show, and an earlier signed snapshot read back as (caption, text) lines.
The lock step itself is services/common/signed_versions.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.util.dates import format_date

CONVERSATION = "conversation"
POP = "pop"

Content = dict[str, Any]


@dataclass(frozen=True)
class VersionView:
    """One version of a signed record. `snapshot` is the content as signed (None: this version
    is not signed yet, or was signed before versions were kept)."""

    version: int
    reason: str
    changed_on: date | None
    signoff: str | None
    signed_on: date | None
    snapshot: Content | None = field(default=None, compare=False)


@dataclass(frozen=True)
class VersionInfo:
    """Where a record stands: its version, whether that version is signed, and whether the
    content shown now differs from what was last signed."""

    current: int = 1
    reason: str = ""
    changed_on: date | None = None
    signed: bool = False
    last_signed_version: int | None = None
    last_signed_on: date | None = None
    differs: bool = False
    versions: tuple[VersionView, ...] = ()
    # Goals of a POP that were not in the last signed content (empty for a conversation).
    added_after_signing: frozenset[int] = frozenset()

    def line(self) -> str:
        """ "Versie 2, gewijzigd op 03-12-2026: <reden>"; "" for an unchanged version 1."""
        if self.current <= 1:
            return ""
        return t(
            f"Versie {self.current}, gewijzigd op {format_date(self.changed_on)}: {self.reason}",
            f"Version {self.current}, changed on {format_date(self.changed_on)}: {self.reason}",
        )

    def difference_note(self) -> str:
        """What a printout says when its content is not what was signed; "" when it is."""
        if not self.differs or self.last_signed_version is None:
            return ""
        signed = format_date(self.last_signed_on)
        if self.signed:
            return t(
                f"Let op: de inhoud hieronder wijkt af van wat op {signed} is ondertekend.",
                f"Note: the content below differs from what was signed on {signed}.",
            )
        return t(
            f"Let op: deze versie is nog niet ondertekend. De inhoud wijkt af van versie "
            f"{self.last_signed_version}, ondertekend op {signed}.",
            f"Note: this version is not signed yet. The content differs from version "
            f"{self.last_signed_version}, signed on {signed}.",
        )

    def readable(self) -> tuple[VersionView, ...]:
        """The signed versions whose content can be read back, newest first."""
        return tuple(v for v in reversed(self.versions) if v.snapshot is not None)


def _agreement_line(item: dict[str, Any]) -> str:
    due = date.fromisoformat(item["due_date"]) if item.get("due_date") else None
    who = label("agreement_owner", item.get("owner"))
    return " · ".join(part for part in (item.get("text", ""), who, format_date(due)) if part)


def _conversation_lines(snapshot: Content, questions: Sequence[str]) -> list[tuple[str, str]]:
    held = snapshot.get("held_on")
    lines = [(t("Gevoerd op", "Held on"), format_date(date.fromisoformat(held)) if held else "")]
    for position, answer in sorted(snapshot.get("answers", {}).items(), key=lambda p: int(p[0])):
        index = int(position)
        question = questions[index] if index < len(questions) else t("Vraag", "Question")
        lines.append((question, answer))
    summary = snapshot.get("shared_summary", "")
    lines.append((t("Samenvatting (gedeeld)", "Summary (shared)"), summary))
    agreements = [_agreement_line(a) for a in snapshot.get("agreements", [])]
    lines.append((t("Afspraken", "Agreements"), "\n".join(agreements)))
    follow_ups = [
        " · ".join(p for p in (label("agreement_status", f["status"]), f["comment"]) if p)
        for f in snapshot.get("follow_ups", [])
    ]
    lines.append((t("Opvolging eerdere afspraken", "Follow-up"), "\n".join(follow_ups)))
    return lines


def _pop_lines(snapshot: Content) -> list[tuple[str, str]]:
    period = [date.fromisoformat(day) for day in snapshot.get("period", []) if day]
    lines = [(t("Periode", "Period"), " – ".join(format_date(day) for day in period))]
    for key, nl, en in (
        ("ambition", "Waar over drie jaar", "Where in three years"),
        ("lead_perspective", "Perspectief leidinggevende", "Lead's perspective"),
        ("strengths", "Sterke punten", "Strengths"),
        ("development_points", "Ontwikkelpunten", "Development points"),
    ):
        lines.append((t(nl, en), snapshot.get(key, "")))
    goals = [
        f"{g['what']} ({label('goal_category', g['category'])})" for g in snapshot.get("goals", [])
    ]
    lines.append((t("Ontwikkeldoelen", "Development goals"), "\n".join(goals)))
    support = [
        f"{label('support_kind', kind)}: {text}" if text else label("support_kind", kind)
        for kind, text in snapshot.get("support", [])
    ]
    lines.append((t("Ondersteuning", "Support"), "\n".join(support)))
    return lines


def snapshot_lines(
    kind: str, snapshot: Content, questions: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """A signed snapshot as (caption, text) pairs to read back, empty parts left out.
    `questions`: the conversation's questions by position."""
    lines = (
        _conversation_lines(snapshot, questions) if kind == CONVERSATION else _pop_lines(snapshot)
    )
    return [(caption, text) for caption, text in lines if text.strip()]
