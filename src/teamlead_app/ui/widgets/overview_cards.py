"""The overview's cards that the full app fills (craftsmanship, guidance), made empty: the
fast first screen shows them before the services that fill them are loaded. Qt only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from teamlead_app.ui.widgets.card import Card


def make_skill_card() -> Card:
    return Card(
        QCoreApplication.translate("SkillAlertsCard", "Craftsmanship and certificates"),
        QCoreApplication.translate(
            "SkillAlertsCard",
            "Every skill has at least two qualified people and no certificate needs renewal.",
        ),
    )


def make_guidance_cards() -> tuple[Card, Card]:
    people = Card(
        QCoreApplication.translate("GuidanceCards", "Newcomers and mentors"),
        QCoreApplication.translate(
            "GuidanceCards", "Every newcomer has a buddy and no mentor guides more than the limit."
        ),
    )
    pairs = Card(
        QCoreApplication.translate("GuidanceCards", "Check-ins and pairings ending"),
        QCoreApplication.translate(
            "GuidanceCards", "No check-in due and no pairing ends within 30 days."
        ),
    )
    return people, pairs
