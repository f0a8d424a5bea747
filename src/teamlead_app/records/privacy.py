"""What the access export (AVG inzage) holds about one person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from teamlead_app.i18n import t


@dataclass(frozen=True)
class AccessData:
    """Everything about one person. `record` is the JSON document (dates as date objects):
    person, conversations (answers with their questions, moves), agreements (follow-ups),
    pops (support), goals (steps, progress), drafts, export_log, and the `about` texts."""

    employee_id: int
    full_name: str
    created_on: date
    company_name: str
    record: dict[str, Any]
    logo_path: str = ""
    # Scanned certificates: (name inside the ZIP, bytes).
    scans: tuple[tuple[str, bytes], ...] = ()


def about_label(key: str) -> str:
    """The heading of one `about` text (purposes, source, ...), the same in the PDF and in
    LEESMIJ.txt."""
    names = {
        "purposes": t("Waarvoor", "What for"),
        "source": t("Herkomst", "Source"),
        "retention": t("Hoe lang", "How long"),
        "recipients": t("Wie ziet wat", "Who sees what"),
        "rights": t("Je rechten", "Your rights"),
    }
    return names.get(key, key)
